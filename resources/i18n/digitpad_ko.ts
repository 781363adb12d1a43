<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>{0} (no installed font shows it)</source>
        <translation>{0} (설치된 글꼴로 표시할 수 없음)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>digitpad will be in {0} from its next start.</source>
        <translation>digitpad를 다음에 시작할 때부터 {0}(으)로 표시합니다.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>No installed font can show {0}, so digitpad is in English. Install one (on Linux: fonts-noto-cjk) and start it again.</source>
        <translation>설치된 글꼴로 {0}을(를) 표시할 수 없어 digitpad를 영어로 표시합니다. 글꼴을 설치한 뒤(Linux: fonts-noto-cjk) 다시 시작하세요.</translation>
    </message>
</context>
</TS>
