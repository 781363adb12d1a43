<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>{0} (no installed font shows it)</source>
        <translation>{0}（表示できるフォントがありません）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>digitpad will be in {0} from its next start.</source>
        <translation>次回の起動から digitpad を{0}で表示します。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>No installed font can show {0}, so digitpad is in English. Install one (on Linux: fonts-noto-cjk) and start it again.</source>
        <translation>{0}を表示できるフォントがないため、digitpad を英語で表示しています。フォントをインストールして（Linux: fonts-noto-cjk）再起動してください。</translation>
    </message>
</context>
</TS>
