<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>About</name>
    <message>
        <source>Active model</source>
        <translation>使用中のモデル</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&lt;p&gt;Draw a digit and watch the network of chapter 3 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; read it: a 784-50-100-10 perceptron in plain NumPy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;数字を描くと、&lt;i&gt;Deep Learning from Scratch&lt;/i&gt;（ゼロから作るDeep Learning）3章のニューラルネットワークがそれを読み取る様子が見られます。NumPyだけで作った784-50-100-10のネットワークです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About digitpad</source>
        <translation>digitpad について</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>中間層の活性化関数</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>テストデータの認識精度</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>検証データの認識精度</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>訓練画像の数</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>学習時間</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Reproduce with</source>
        <translation>再現コマンド</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出所</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>augmented</source>
        <translation>データ拡張</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>early</source>
        <translation>途中で</translation>
    </message>
    <message>
        <source>in epoch {0}, after {1} of its {2} steps</source>
        <translation>エポック {0} の途中、{2} ステップ中 {1} ステップの後</translation>
    </message>
    <message>
        <source>after epoch {0}</source>
        <translation>エポック {0} の後</translation>
    </message>
</context>
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>What the app runs, below: the same values, but the book&apos;s np.exp(-x) overflows (inf, and a warning) below x = -88 in float32, and tanh never does.</source>
        <translation>下はアプリが実際に実行するコードです。値は同じですが、本の np.exp(-x) は 32 ビット浮動小数点数で x = -88 より小さいとオーバーフロー（無限大と警告）を起こし、tanh は起こしません。</translation>
    </message>
    <message>
        <source>Drag me (or click anywhere on the plot) to read every curve at this x</source>
        <translation>ドラッグして（またはグラフのどこかをクリックして）この x での各曲線の値を読み取ります</translation>
    </message>
    <message>
        <source>Plot {0}</source>
        <translation>{0} を描く</translation>
    </message>
    <message>
        <source>Plot {0} (not in the book&apos;s figures: an extra)</source>
        <translation>{0} を描く（本の図にはない追加の関数）</translation>
    </message>
    <message>
        <source>derivatives h′(x)</source>
        <translation>導関数 h′(x)</translation>
    </message>
    <message>
        <source>Dashed: the slope of each function, its derivative (what backpropagation multiplies by)</source>
        <translation>破線：各関数の傾き、つまり導関数（誤差逆伝播法で掛ける値）</translation>
    </message>
    <message>
        <source>Left end of the x axis</source>
        <translation>x 軸の左端</translation>
    </message>
    <message>
        <source>Right end of the x axis</source>
        <translation>x 軸の右端</translation>
    </message>
    <message>
        <source>Where the marker stands</source>
        <translation>マーカーの位置</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x の範囲</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>At the marker</source>
        <translation>マーカーの位置での値</translation>
    </message>
    <message>
        <source>its derivative, {0}</source>
        <translation>導関数 {0}</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>A neuron passes its weighted sum a through h(a). Tick functions to compare them, drag the white line to read each one off, and see the NumPy code that computes it.</source>
        <translation>ニューロンは重み付き和 a を h(a) に通します。関数にチェックを入れて比べ、白い線をドラッグして値を読み取り、それを計算する NumPy のコードを見てみましょう。</translation>
    </message>
    <message>
        <source>{0}   # the book&apos;s code</source>
        <translation>{0}   # 本のコード</translation>
    </message>
</context>
<context>
    <name>ActivationMaps</name>
    <message>
        <source>layer {0}: {1} units</source>
        <translation>第{0}層：ニューロン {1} 個</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>The shipped weights could not be loaded ({0}). Using the book&apos;s sample weights instead.</source>
        <translation>同梱の重みを読み込めませんでした（{0}）。代わりに本のサンプルの重みを使います。</translation>
    </message>
    <message>
        <source>No trained weights were found: {0}; {1}. The network has random weights, so its guesses mean nothing yet: use File &gt; Open weights... or import the book&apos;s sample_weight.pkl.</source>
        <translation>学習済みの重みが見つかりません: {0}; {1}。ネットワークの重みはランダムなので、推論結果にはまだ意味がありません。ファイル &gt; 重みを開く... を使うか、本の sample_weight.pkl をインポートしてください。</translation>
    </message>
    <message>
        <source>no place to look for MNIST</source>
        <translation>MNISTを探す場所がありません</translation>
    </message>
    <message>
        <source>digitpad (shipped)</source>
        <translation>digitpad（同梱）</translation>
    </message>
    <message>
        <source>the book&apos;s sample weights</source>
        <translation>本のサンプルの重み</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>book</source>
        <translation>本</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>trained in this window, not saved</source>
        <translation>このウィンドウで学習、未保存</translation>
    </message>
    <message>
        <source>untrained (random weights)</source>
        <translation>未学習（ランダムな重み）</translation>
    </message>
    <message>
        <source>random weights: no training yet</source>
        <translation>ランダムな重み: まだ学習していません</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Draw with the left button, erase with the right (or turn the eraser on: E).
Esc clears; Ctrl+Z undoes; keys 0-9 save the drawing with that label.</source>
        <translation>左ボタンで描き、右ボタンで消します（または消しゴムをオン: E）。
Escで全消去、Ctrl+Zで元に戻す、0-9キーでそのラベルを付けて保存します。</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>数字を描いてください</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>right</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>read as (predicted)</source>
        <translation>読んだ数字（予測）</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>正解の数字</translation>
    </message>
    <message>
        <source>Run the network to fill
the confusion matrix</source>
        <translation>ネットワークを実行すると
混同行列が埋まります</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln sample(s) that are a {0}: click to show them</source>
        <translation>
            <numerusform>正解が {0} のサンプル %Ln 個すべて：クリックで表示します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln sample(s) read as a {0}: click to show them</source>
        <translation>
            <numerusform>{0} と認識したサンプル %Ln 個すべて：クリックで表示します</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}s read correctly ({2} of the {3} {1}s)</source>
        <translation>正解 {1} のサンプル {0} 個を正しく認識しました（正解 {1} の {3} 個中 {2}）</translation>
    </message>
    <message>
        <source>{0} {1}s read as {2} ({3} of the {4} {1}s): click to show them</source>
        <translation>正解 {1} のサンプル {0} 個を {2} と認識しました（正解 {1} の {4} 個中 {3}）。クリックで表示します</translation>
    </message>
</context>
<context>
    <name>DataLoader</name>
    <message>
        <source>Loading the {0}...</source>
        <translation>{0}を読み込んでいます...</translation>
    </message>
    <message>
        <source>No digits saved yet: draw some in the Draw tab and save them with their labels</source>
        <translation>保存した数字はまだありません。描画タブで数字を描き、ラベル付きで保存してください</translation>
    </message>
    <message>
        <source>{0} of your digits, from {1}</source>
        <translation>マイ数字 {0} 個  ·  {1}</translation>
    </message>
    <message>
        <source>{0} images from {1}</source>
        <translation>画像 {0} 枚  ·  {1}</translation>
    </message>
    <message>
        <source>MNIST was not found</source>
        <translation>MNISTが見つかりません</translation>
    </message>
    <message>
        <source>MNIST could not be used</source>
        <translation>MNISTを使えません</translation>
    </message>
    <message>
        <source>Using MNIST from {0}</source>
        <translation>{0} のMNISTを使います</translation>
    </message>
    <message>
        <source>MNIST was found but cannot be used: {0}</source>
        <translation>MNISTは見つかりましたが使えません: {0}</translation>
    </message>
    <message>
        <source>MNIST was not found on this computer</source>
        <translation>このコンピューターにMNISTが見つかりません</translation>
    </message>
    <message>
        <source>That folder cannot be used as MNIST.

{0}</source>
        <translation>そのフォルダーはMNISTとして使えません。

{0}</translation>
    </message>
    <message>
        <source>Not a usable copy of MNIST</source>
        <translation>使えるMNISTではありません</translation>
    </message>
    <message>
        <source>My digits could not be read</source>
        <translation>マイ数字を読み込めません</translation>
    </message>
    <message>
        <source>The MNIST folder used last time cannot be used ({0}); looking elsewhere</source>
        <translation>前回使ったMNISTフォルダーが使えないため（{0}）、ほかの場所を探します</translation>
    </message>
</context>
<context>
    <name>DigitDelegate</name>
    <message>
        <source>is {0}</source>
        <translation>正解 {0}</translation>
    </message>
</context>
<context>
    <name>DigitGridModel</name>
    <message>
        <source>Sample #{0} · a {1}</source>
        <translation>サンプル #{0} · 正解 {1}</translation>
    </message>
    <message>
        <source>Sample #{0} · a {1}
read as {2} ({3} sure): right</source>
        <translation>サンプル #{0} · 正解 {1}
{2} と認識（確率 {3}）: 正解</translation>
    </message>
    <message>
        <source>Sample #{0} · a {1}
read as {2} ({3} sure): wrong</source>
        <translation>サンプル #{0} · 正解 {1}
{2} と認識（確率 {3}）: 不正解</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>There is no connection to the download sites, so MNIST cannot be downloaded now: choose a folder that holds the four MNIST files instead (Choose folder...).</source>
        <translation>ダウンロードサイトに接続できないため、今はMNISTをダウンロードできません。代わりにMNISTの4つのファイルがあるフォルダーを選んでください（フォルダーを選択...）。</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>{0} kB</source>
        <translation>{0} kB</translation>
    </message>
    <message>
        <source>MNIST is not on this computer yet</source>
        <translation>このコンピューターにはまだMNISTがありません</translation>
    </message>
    <message>
        <source>This tab runs the network over MNIST&apos;s handwritten digits: 10,000 in the test set, 60,000 in the training set. Download the four files (each is checked against its published checksum), or choose a folder that already has them: the four IDX files, gzipped or not, or Keras&apos;s mnist.npz.</source>
        <translation>このタブはMNISTの手書き数字（テストデータ10,000枚、訓練データ60,000枚）でネットワークを実行します。4つのファイルをダウンロードするか（各ファイルは公開されたチェックサムで確認します）、すでにファイルがあるフォルダーを選んでください。4つのIDXファイル（gzip圧縮の有無は問いません）かKerasの mnist.npz が使えます。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation>フォルダーを選択...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Or pick My digits above to evaluate the digits you drew and saved.</source>
        <translation>または上でマイ数字を選ぶと、自分で描いて保存した数字を評価できます。</translation>
    </message>
    <message>
        <source>MNIST&apos;s files are here, but they cannot be read</source>
        <translation>MNISTのファイルはこのコンピューターにありますが、読み込めません</translation>
    </message>
    <message>
        <source>Download MNIST (about {0})</source>
        <translation>MNISTをダウンロード（約 {0}）</translation>
    </message>
    <message>
        <source>From, in turn: {0}</source>
        <translation>次の順に試します: {0}</translation>
    </message>
    <message>
        <source>Downloads go to {0}</source>
        <translation>ダウンロード先: {0}</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>接続しています...</translation>
    </message>
    <message>
        <source>Download cancelled; nothing half-written was kept.</source>
        <translation>ダウンロードをキャンセルしました。書きかけのファイルは残していません。</translation>
    </message>
    <message>
        <source>{0}  ·  {1} of {2} MB</source>
        <translation>{0}  ·  {1} / {2} MB</translation>
    </message>
    <message>
        <source>{0}  ·  {1} MB</source>
        <translation>{0}  ·  {1} MB</translation>
    </message>
    <message>
        <source>MNIST downloaded and checked, in {0}</source>
        <translation>MNISTをダウンロードして確認しました: {0}</translation>
    </message>
    <message>
        <source>The download failed. {0}</source>
        <translation>ダウンロードに失敗しました。{0}</translation>
    </message>
    <message>
        <source>MNIST could not be downloaded</source>
        <translation>MNISTをダウンロードできません</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>Brush width. The default makes strokes as thick as MNIST&apos;s once the drawing is scaled to 20 pixels.</source>
        <translation>ブラシの太さ。既定値では、絵を20ピクセルに縮めたときにMNISTと同じ太さになります。</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>Erase with the left button too, for one-button trackpads (E); the right button always erases</source>
        <translation>左ボタンでも消します。ボタンが一つのトラックパッド用(E)。右ボタンは常に消しゴムです</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>最後の線を取り消す（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>やり直す（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Clear the canvas (Esc)</source>
        <translation>キャンバスを消去（Esc）</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Keep this drawing in My digits with its true label (or press the digit key while the canvas has focus)</source>
        <translation>この絵を正しいラベル付きでマイ数字に保存します（キャンバスにフォーカスがあるときは数字キーでも可）</translation>
    </message>
    <message>
        <source>Too small to read</source>
        <translation>小さすぎて読めません</translation>
    </message>
    <message>
        <source>A mark less than two brush widths across is not read as a digit: draw it bigger.</source>
        <translation>ブラシの太さの2倍に満たない印は数字として読みません。もっと大きく描いてください。</translation>
    </message>
    <message>
        <source>The 28x28 input: your strokes drawn again with MNIST&apos;s pen width, whatever your brush, scaled so the longer side is 20 px (dashed box), and moved so the centre of mass is at the centre (cross), how MNIST&apos;s digits were made.</source>
        <translation>28x28の入力: ブラシの太さにかかわらずMNISTのペンの太さで線を描き直し、長い辺が20 pxになるよう拡大縮小し（破線の枠）、重心が中央に来るよう移動します（十字）。MNISTの数字の作り方と同じです。</translation>
    </message>
    <message>
        <source>Compare with a plain downscale</source>
        <translation>単純な縮小と比べる</translation>
    </message>
    <message>
        <source>Show the whole canvas shrunk to 28x28 without MNIST&apos;s preprocessing, and what the network makes of it</source>
        <translation>MNISTの前処理なしでキャンバス全体を 28x28 に縮めた画像と、ネットワークの答えを表示します</translation>
    </message>
    <message>
        <source>prepared like MNIST</source>
        <translation>MNISTと同じ前処理</translation>
    </message>
    <message>
        <source>Your picture cropped to its ink, scaled so the longer side is 20 pixels (dashed box), moved so the centre of mass sits in the middle (cross): how MNIST&apos;s digits were made.</source>
        <translation>画像をインクのある部分で切り抜き、長い辺が20ピクセルになるよう拡大縮小し（破線の枠）、重心が中央に来るよう移動しました（十字）。MNISTの数字の作り方と同じです。</translation>
    </message>
    <message>
        <source>The 28x28 input: the picture on the canvas (and anything drawn on it) cropped to its ink, its lines as thick as they are, scaled so the longer side is 20 px (dashed box), and moved so the centre of mass is at the centre (cross), how MNIST&apos;s digits were made.</source>
        <translation>28x28の入力: キャンバス上の画像（その上に描いたものも含む）をインクのある部分で切り抜き、線の太さはそのままで、長い辺が20 pxになるよう拡大縮小し（破線の枠）、重心が中央に来るよう移動します（十字）。MNISTの数字の作り方と同じです。</translation>
    </message>
    <message>
        <source>Your strokes redrawn with MNIST&apos;s pen width, scaled so the longer side is 20 pixels (dashed box), moved so the centre of mass sits in the middle (cross): how MNIST&apos;s digits were made.</source>
        <translation>MNISTのペンの太さで描き直した線を、長い辺が20ピクセルになるよう拡大縮小し（破線の枠）、重心が中央に来るよう移動しました（十字）。MNISTの数字の作り方と同じです。</translation>
    </message>
    <message>
        <source>20 px box, centred by mass</source>
        <translation>20ピクセル枠・重心で中央へ</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>ネットワークが見ているもの</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>中間層</translation>
    </message>
    <message>
        <source>Each cell is one hidden unit; brighter means a larger activation.</source>
        <translation>1マスが中間層のニューロン1個です。明るいほど活性化の値が大きくなります。</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>数字を描いてください</translation>
    </message>
    <message>
        <source>Left button draws, right or Eraser (E) erases; or drop a picture.</source>
        <translation>左ボタンで描き、右ボタンか消しゴム(E)で消します。画像のドロップも可。</translation>
    </message>
    <message>
        <source>The network reads a {0}; next best {1} ({2}).</source>
        <translation>ネットワークの答えは {0} です。次点は {1}（{2}）です。</translation>
    </message>
    <message>
        <source>The network reads a {0}; nothing else comes close.</source>
        <translation>ネットワークの答えは {0} です。ほかに近い候補はありません。</translation>
    </message>
    <message>
        <source>{0} or {1}?</source>
        <translation>{0} か {1}?</translation>
    </message>
    <message>
        <source>Not sure: {0} ({1}) or {2} ({3}).</source>
        <translation>確信がありません: {0}（{1}）か {2}（{3}）。</translation>
    </message>
    <message>
        <source>Opened {0}: the network reads a {1} ({2}). Keep drawing on it, or Ctrl+Z to undo.</source>
        <translation>{0} を開きました。ネットワークの答えは {1}（{2}）です。続けて描き足すか、Ctrl+Zで元に戻せます。</translation>
    </message>
    <message>
        <source>Nothing to save: draw a digit first.</source>
        <translation>保存するものがありません。先に数字を描いてください。</translation>
    </message>
    <message>
        <source>Not saved: the drawing is too small to be a digit. Draw it bigger.</source>
        <translation>保存しませんでした: 絵が小さすぎて数字になりません。もっと大きく描いてください。</translation>
    </message>
    <message>
        <source>Could not save the digit</source>
        <translation>数字を保存できませんでした</translation>
    </message>
    <message>
        <source>Saved as a {0}; {1} in My digits. The canvas was cleared: Ctrl+Z brings the drawing back.</source>
        <translation>{0} として保存しました。マイ数字は {1} 個です。キャンバスを消去しました。Ctrl+Zで絵が戻ります。</translation>
    </message>
    <message>
        <source>Saved as a {0} (the network read it right); {1} in My digits. The canvas was cleared: Ctrl+Z brings the drawing back.</source>
        <translation>{0} として保存しました（ネットワークは正解）。マイ数字は {1} 個です。キャンバスを消去しました。Ctrl+Zで絵が戻ります。</translation>
    </message>
    <message>
        <source>Saved as a {0} (the network read a {1}); {2} in My digits. The canvas was cleared: Ctrl+Z brings the drawing back.</source>
        <translation>{0} として保存しました（ネットワークの答えは {1}）。マイ数字は {2} 個です。キャンバスを消去しました。Ctrl+Zで絵が戻ります。</translation>
    </message>
    <message>
        <source>{0}

It could not be moved aside either ({1}), so saving is off until the file is fixed or removed.</source>
        <translation>{0}

ファイルを退避することもできませんでした（{1}）。ファイルを直すか削除するまで保存できません。</translation>
    </message>
    <message>
        <source>{0}

It was kept as {1}; new digits will be saved in a fresh file beside it.</source>
        <translation>{0}

そのファイルは {1} として残しました。新しい数字はその隣の新しいファイルに保存されます。</translation>
    </message>
    <message>
        <source>My digits could not be read</source>
        <translation>マイ数字を読み込めません</translation>
    </message>
    <message>
        <source>My digits: unavailable</source>
        <translation>マイ数字: 使用できません</translation>
    </message>
    <message>
        <source>My digits: {0} saved  ·  the keys 0-9 save the drawing too</source>
        <translation>マイ数字: {0} 個保存  ·  0-9キーでも保存できます</translation>
    </message>
    <message>
        <source>Kept in {0}</source>
        <translation>保存先: {0}</translation>
    </message>
    <message>
        <source>Save the drawing as a {0} (key {0})</source>
        <translation>絵を {0} として保存（キー {0}）</translation>
    </message>
    <message>
        <source>The sample is on the canvas: the network reads a {0} ({1}). Draw on it to see what changes.</source>
        <translation>サンプルをキャンバスに置きました。ネットワークの答えは {0}（{1}）です。描き足して何が変わるか見てみましょう。</translation>
    </message>
    <message>
        <source>Inside the network ({0})</source>
        <translation>中間層 ({0})</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Why this digit, not that one</source>
        <translation>なぜあの数字ではなくこの数字か</translation>
    </message>
    <message>
        <source>the runner-up</source>
        <translation>2 位の数字</translation>
    </message>
    <message>
        <source>Blue pixels push toward this digit instead of the answer</source>
        <translation>青いピクセルは答えではなくこの数字の方へ押します</translation>
    </message>
    <message>
        <source>Answer against</source>
        <translation>比べる数字</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab: its evidence map appears here.</source>
        <translation>描画タブで数字を書いてください。根拠マップがここに表示されます。</translation>
    </message>
    <message>
        <source>{0} is the answer itself: pick another digit to compare it with.</source>
        <translation>{0} は答えそのものです。比べる別の数字を選んでください。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt;: toward {1}&lt;br&gt;&lt;span style=&apos;color:{2}&apos;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt;: toward {3}</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;赤&lt;/b&gt;&lt;/span&gt;：{1} の方へ&lt;br&gt;&lt;span style=&apos;color:{2}&apos;&gt;&lt;b&gt;青&lt;/b&gt;&lt;/span&gt;：{3} の方へ</translation>
    </message>
    <message>
        <source>Each pixel&apos;s share of {0} − {1}, the gap between the two scores, collected on the way from a blank canvas to your drawing (integrated gradients). Blank: {2}, yours: {3}; the pixels add up to {4} of the {5} change.</source>
        <translation>2 つのスコアの差 {0} − {1} に対する各ピクセルの取り分で、白紙のキャンバスからあなたの数字までの道のりで集めた値です（積分勾配）。白紙：{2}、あなたの数字：{3}。ピクセルを合計すると変化量 {5} のうち {4} です。</translation>
    </message>
    <message>
        <source>They miss it by {0}: this network&apos;s activation has no usable slope (a gradient of 0 almost everywhere).</source>
        <translation>{0} ずれています。このネットワークの活性化関数には使える傾きがありません（ほぼどこでも勾配が 0）。</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Matrix product</source>
        <translation>多次元配列の計算</translation>
    </message>
    <message>
        <source>A 3-layer network</source>
        <translation>3層ニューラルネットワークの実装</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>出力層の設計</translation>
    </message>
    <message>
        <source>Swap the activation</source>
        <translation>活性化関数の入れ替え</translation>
    </message>
    <message>
        <source>predict() on your digit</source>
        <translation>あなたの数字で predict() を実行</translation>
    </message>
    <message>
        <source>section {0}</source>
        <translation>{0} 節</translation>
    </message>
    <message>
        <source>Section {0} of the book: {1}</source>
        <translation>本の {0} 節：{1}</translation>
    </message>
    <message>
        <source>Every value here is computed by {0} while you watch: change an input and everything after it follows.</source>
        <translation>ここの値はすべて、見ている間に {0} が計算しています。入力を変えると、その後の値がすべて変わります。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open weights...</source>
        <translation>重みを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Use a network saved as .npz (or the book&apos;s .pkl)</source>
        <translation>.npzで保存したネットワーク（または本の.pkl）を使います</translation>
    </message>
    <message>
        <source>&amp;Import the book&apos;s sample_weight.pkl...</source>
        <translation>本の sample_weight.pkl をインポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Read the book&apos;s ch03/sample_weight.pkl through a safe importer</source>
        <translation>本の ch03/sample_weight.pkl を安全な方法で読み込みます</translation>
    </message>
    <message>
        <source>Use the &amp;shipped weights</source>
        <translation>同梱の重みを使う(&amp;S)</translation>
    </message>
    <message>
        <source>Switch back to the network that comes with digitpad</source>
        <translation>digitpad に付属のネットワークに戻します</translation>
    </message>
    <message>
        <source>Open i&amp;mage...</source>
        <translation>画像を開く(&amp;M)...</translation>
    </message>
    <message>
        <source>Classify a picture of a digit (PNG, JPG, ...)</source>
        <translation>数字の画像（PNG, JPG, ...）を分類します</translation>
    </message>
    <message>
        <source>My &amp;digits...</source>
        <translation>マイ数字(&amp;D)...</translation>
    </message>
    <message>
        <source>See every drawing you saved: relabel, delete, open in the Draw tab, export</source>
        <translation>保存した絵をすべて表示します: ラベル変更、削除、描画タブで開く、書き出し</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>線を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>線をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear canvas</source>
        <translation>キャンバスを消去(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text everywhere, for a projector or the back row</source>
        <translation>すべての文字を大きくします。プロジェクターや後ろの席のために</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text everywhere</source>
        <translation>すべての文字を小さくします</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>文字を通常のサイズに</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the screen with the window (F11 again to leave)</source>
        <translation>ウィンドウを画面いっぱいに広げます（もう一度F11で戻ります）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About digitpad and the model</source>
        <translation>digitpad とモデルについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
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
        <source>Restarting closes the window as Quit does: settings, My digits and saved models are kept; a drawing not saved to My digits and a trained network not saved are not.</source>
        <translation>再起動すると、終了するときと同じようにウィンドウが閉じます。設定、マイ数字、保存したモデルは残りますが、マイ数字に保存していない絵と、保存していない学習済みネットワークは残りません。</translation>
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
        <translation>{0}を表示できるフォントがないため、digitpad を英語で表示します。フォントをインストールして（Linux: fonts-noto-cjk）起動し直してください。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>{0} tab: its saved settings could not be used; it starts on its defaults.</source>
        <translation>{0} タブ: 保存された設定を使えないため、既定値で始めます。</translation>
    </message>
    <message>
        <source>{0} tab</source>
        <translation>{0} タブ</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: saved {1} could not be used; defaults instead.</source>
        <translation>{0}: 保存された {1} を使えないため、既定値を使います。</translation>
    </message>
    <message>
        <source>Zoom {0}</source>
        <translation>ズーム {0}</translation>
    </message>
    <message>
        <source>Model: {0}  ·  {1}  ·  test accuracy {2}</source>
        <translation>モデル: {0}  ·  {1}  ·  テストデータの認識精度 {2}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>出所: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} を読み込み中…</translation>
    </message>
    <message>
        <source>Now using {0}</source>
        <translation>{0} を使用中</translation>
    </message>
    <message>
        <source>Cannot use these weights</source>
        <translation>この重みは使えません</translation>
    </message>
    <message>
        <source>{0}

Still using {1}.</source>
        <translation>{0}

引き続き {1} を使います。</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>重みを開く</translation>
    </message>
    <message>
        <source>Network weights (*.npz *.pkl);;All files (*)</source>
        <translation>ネットワークの重み (*.npz *.pkl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import the book&apos;s sample_weight.pkl</source>
        <translation>本の sample_weight.pkl をインポート</translation>
    </message>
    <message>
        <source>The book&apos;s weights (sample_weight.pkl *.pkl)</source>
        <translation>本の重み (sample_weight.pkl *.pkl)</translation>
    </message>
    <message>
        <source>Cannot use the shipped weights</source>
        <translation>同梱の重みを使えません</translation>
    </message>
    <message>
        <source>Open a picture of a digit</source>
        <translation>数字の画像を開く</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.pgm *.ppm);;All files (*)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.pgm *.ppm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>MNIST folder</source>
        <translation>MNISTフォルダー</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
</context>
<context>
    <name>MatrixProduct</name>
    <message>
        <source>Click an entry of Y to see which row and column make it</source>
        <translation>Y の要素をクリックすると、どの行と列から作られるかを表示します</translation>
    </message>
    <message>
        <source>Rows of X (how many samples in the batch)</source>
        <translation>X の行数（バッチのサンプル数）</translation>
    </message>
    <message>
        <source>Columns of X (inputs per sample)</source>
        <translation>X の列数（1 サンプルあたりの入力数）</translation>
    </message>
    <message>
        <source>Rows of W (must equal the columns of X)</source>
        <translation>W の行数（X の列数と同じでなければなりません）</translation>
    </message>
    <message>
        <source>Columns of W (neurons in the layer)</source>
        <translation>W の列数（層のニューロン数）</translation>
    </message>
    <message>
        <source>Edit any cell; change the shapes with the spin boxes</source>
        <translation>セルを編集し、形状はスピンボックスで変えてください</translation>
    </message>
    <message>
        <source>Try two rows in X: a batch of two inputs gives Y a row for each, the same product. That is how the network reads 100 images in one go (section 3.6.3).</source>
        <translation>X を 2 行にしてみましょう。2 つの入力のバッチから、同じ積で Y に入力ごとの行ができます。ニューラルネットワークはこうして 100 枚の画像を一度に読みます（3.6.3 バッチ処理）。</translation>
    </message>
    <message>
        <source>The same in NumPy</source>
        <translation>NumPy で同じ計算</translation>
    </message>
    <message>
        <source>np.dot(X, W) of 2-D arrays is the matrix product; a layer of a neural network is exactly this, plus a bias.</source>
        <translation>2 次元配列の np.dot(X, W) は行列の積です。ニューラルネットワークの層は、まさにこれにバイアスを足したものです。</translation>
    </message>
    <message>
        <source>Matrix product</source>
        <translation>行列の積</translation>
    </message>
    <message>
        <source>Y = X · W: each entry of Y is a row of X times a column of W, so the columns of X must match the rows of W.</source>
        <translation>Y = X · W：Y の各要素は X の行と W の列の積なので、X の列数と W の行数が一致しなければなりません。</translation>
    </message>
    <message>
        <source>Not a number in {0}: type a number there.</source>
        <translation>{0} が数値ではありません。数値を入力してください。</translation>
    </message>
    <message>
        <source>X has {0} column</source>
        <translation>X の列数は {0}</translation>
    </message>
    <message>
        <source>X has {0} columns</source>
        <translation>X の列数は {0}</translation>
    </message>
    <message>
        <source>W has {0} row</source>
        <translation>W の行数は {0}</translation>
    </message>
    <message>
        <source>W has {0} rows</source>
        <translation>W の行数は {0}</translation>
    </message>
    <message>
        <source>{0} but {1}. Every entry of Y pairs a row of X with a column of W, number by number, so they must be equally long: make X {2} or W {3}.
NumPy says: ValueError: {4}</source>
        <translation>{0} ですが、{1} です。Y の各要素は X の行と W の列を要素ごとに組にして計算するので、長さが同じでなければなりません。X を {2} にするか、W を {3} にしてください。
NumPy のメッセージ：ValueError: {4}</translation>
    </message>
    <message>
        <source>inner sizes match</source>
        <translation>内側の次元が一致</translation>
    </message>
    <message>
        <source>inner sizes differ</source>
        <translation>内側の次元が不一致</translation>
    </message>
    <message>
        <source>no product</source>
        <translation>積なし</translation>
    </message>
    <message>
        <source>Y[{0}, {1}] = row {0} of X · column {1} of W = {2} = {3}</source>
        <translation>Y[{0}, {1}] = X の {0} 行 · W の {1} 列 = {2} = {3}</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>28x28 pixels, row by row, divided by 255 (white digit on black)</source>
        <translation>28x28 ピクセルを1行ずつ並べて255で割った値（黒地に白い数字）</translation>
    </message>
</context>
<context>
    <name>MyDigitsView</name>
    <message>
        <source>My digits</source>
        <translation>マイ数字</translation>
    </message>
    <message>
        <source>Label as</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Give the selected drawing the label {0} (key {0})</source>
        <translation>選択した絵のラベルを {0} にします（キー {0}）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected drawing (Del); Undo brings it back</source>
        <translation>選択した絵を削除（Del）。元に戻すで復元できます</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the last relabel or delete (Ctrl+Z)</source>
        <translation>最後のラベル変更または削除を取り消す（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Open in Draw tab</source>
        <translation>描画タブで開く</translation>
    </message>
    <message>
        <source>Put the drawing on the canvas (or double-click it)</source>
        <translation>絵をキャンバスに置きます（またはダブルクリック）</translation>
    </message>
    <message>
        <source>Export as IDX...</source>
        <translation>IDXで書き出す...</translation>
    </message>
    <message>
        <source>Write every digit as MNIST&apos;s IDX files, for other tools</source>
        <translation>すべての数字をMNISTのIDXファイルとして書き出します（他のツール用）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close this window (Esc); every change is already saved</source>
        <translation>このウィンドウを閉じます (Esc)。変更はすべて保存済みです</translation>
    </message>
    <message>
        <source>No drawings saved yet: draw one and press a digit key to keep it.</source>
        <translation>まだ保存した絵はありません。絵を描いて数字キーを押すと保存されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n drawing saved in {0}</source>
        <translation>
            <numerusform>{0} に %n 枚の絵が保存されています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawings saved in {0}</source>
        <translation>
            <numerusform>{0} に %n 枚の絵が保存されています</numerusform>
        </translation>
    </message>
    <message>
        <source>Now labelled {0} (was {1}).</source>
        <translation>ラベルを {0} にしました（以前: {1}）。</translation>
    </message>
    <message>
        <source>Deleted. Undo brings it back.</source>
        <translation>削除しました。元に戻すで復元できます。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>元に戻しました。</translation>
    </message>
    <message>
        <source>Export My digits as IDX files</source>
        <translation>マイ数字をIDXファイルで書き出す</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <source>{0} already exist in {1}: replace?</source>
        <translation>{1} に {0} がすでにあります。置き換えますか?</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Could not export: {0}</source>
        <translation>書き出せませんでした: {0}</translation>
    </message>
    <message>
        <source>Wrote {0} and {1} in {2}.</source>
        <translation>{2} に {0} と {1} を書き出しました。</translation>
    </message>
</context>
<context>
    <name>NaiveReading</name>
    <message>
        <source>The whole canvas squeezed into 28x28 with no cropping or centring.</source>
        <translation>切り抜きも中央寄せもせずに、キャンバス全体を 28x28 に縮めました。</translation>
    </message>
    <message>
        <source>Green when the plain downscale is read as the same digit as the network&apos;s answer (read from the input prepared like MNIST); red when it is read as another digit.</source>
        <translation>単純に縮小した画像が、ネットワークの答え（MNISTと同じ前処理をした入力から読んだもの）と同じ数字と読まれれば緑、違う数字なら赤です。</translation>
    </message>
    <message>
        <source>plain downscale</source>
        <translation>単純な縮小</translation>
    </message>
    <message>
        <source>reads {0} ({1}): same as the answer</source>
        <translation>{0}（{1}）: 答えと同じ</translation>
    </message>
    <message>
        <source>reads {0} ({1}): the answer is {2}</source>
        <translation>{0}（{1}）: 答えは {2}</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>input</source>
        <translation>入力層</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力層</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>第{0}層</translation>
    </message>
    <message>
        <source>bias {0}</source>
        <translation>バイアス {0}</translation>
    </message>
    <message>
        <source>The bias node: a constant 1, weighted by b{0} = {1} into layer {0}.</source>
        <translation>バイアスのノード：定数 1 に b{0} = {1} を掛けて第{0}層に加えます。</translation>
    </message>
    <message>
        <source>input x{0}{1}</source>
        <translation>入力 x{0}{1}</translation>
    </message>
    <message>
        <source>a{0} of layer {1} = {2} + {3}</source>
        <translation>第{1}層の a{0} = {2} + {3}</translation>
    </message>
</context>
<context>
    <name>PersonalSwitch</name>
    <message>
        <source>Teaching your digits...</source>
        <translation>マイ数字を学習中...</translation>
    </message>
    <message>
        <source>Use the shipped weights</source>
        <translation>同梱の重みを使う</translation>
    </message>
    <message>
        <source>Read with digitpad&apos;s shipped network (your model is kept)</source>
        <translation>digitpad に付属のネットワークで読み取ります（自分のモデルは残ります）</translation>
    </message>
    <message>
        <source>Use my model</source>
        <translation>自分のモデルを使う</translation>
    </message>
    <message numerus="yes">
        <source>Read with {0} (and %n drawing(s) it read right)</source>
        <translation>
            <numerusform>{0} で読み取ります（正しく読めた絵 %n 個からも学習）</numerusform>
        </translation>
    </message>
    <message>
        <source>Read with {0}</source>
        <translation>{0} で読み取ります</translation>
    </message>
    <message>
        <source>Cannot use the shipped weights</source>
        <translation>同梱の重みを使えません</translation>
    </message>
</context>
<context>
    <name>PictureOpener</name>
    <message>
        <source>The picture is too large</source>
        <translation>画像が大きすぎます</translation>
    </message>
    <message>
        <source>{0} is {1} x {2} pixels; the largest picture digitpad opens has {3} megapixels (for example {4} x {4}).</source>
        <translation>{0} は {1} x {2} ピクセルです。digitpad が開ける画像は最大 {3} メガピクセルです（例: {4} x {4}）。</translation>
    </message>
    <message>
        <source>Opening {0}...</source>
        <translation>{0} を開いています...</translation>
    </message>
    <message>
        <source>{0} is empty: there is no picture in it.</source>
        <translation>{0} は空のファイルです。画像が入っていません。</translation>
    </message>
    <message>
        <source>{0} could not be read as an image: {1}.</source>
        <translation>{0} を画像として読み込めません: {1}。</translation>
    </message>
    <message>
        <source>Cannot open the picture</source>
        <translation>画像を開けません</translation>
    </message>
    <message>
        <source>the dropped picture</source>
        <translation>ドロップした画像</translation>
    </message>
    <message>
        <source>Cannot use the picture</source>
        <translation>画像を使えません</translation>
    </message>
    <message>
        <source>{0} holds no image data: the program it came from sent an empty picture. Try saving it as a file and dropping the file instead.</source>
        <translation>{0} には画像データがありません。送り元のプログラムが空の画像を送りました。ファイルに保存してから、そのファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>Nothing to read</source>
        <translation>読み取るものがありません</translation>
    </message>
    <message>
        <source>{0} looks blank: no ink stands out from its background.</source>
        <translation>{0} は空白のようです。背景から浮かび上がる線がありません。</translation>
    </message>
</context>
<context>
    <name>PredictWalk</name>
    <message>
        <source>The input layer: the 28×28 drawing as 784 numbers, each pixel divided by 255 (normalize=True). The app folds the /255 into W1 when it runs; the values are the same.</source>
        <translation>入力層：28×28 の数字を 784 個の数に並べ、各ピクセルを 255 で割ります（正規化）。アプリは実行時に /255 を W1 にまとめていますが、値は同じです。</translation>
    </message>
    <message>
        <source>softmax turns the scores into probabilities that add up to 1, keeping their order: the answer is {0} ({1}), the runner-up {2}.</source>
        <translation>ソフトマックス関数はスコアを、順番を保ったまま合計 1 の確率に変えます。答えは {0}（{1}）、2 位は {2} です。</translation>
    </message>
    <message>
        <source>The weighted sums: each of the {0} neurons multiplies the {1} values of {2} by its weights and adds its bias. Red: positive, blue: negative. These are the output layer&apos;s scores.</source>
        <translation>重み付き和：{0} 個のニューロンがそれぞれ {2} の {1} 個の値に重みを掛け、バイアスを足します。赤は正、青は負です。これが出力層のスコアです。</translation>
    </message>
    <message>
        <source>The weighted sums: each of the {0} neurons multiplies the {1} values of {2} by its weights and adds its bias. Red: positive, blue: negative.</source>
        <translation>重み付き和：{0} 個のニューロンがそれぞれ {2} の {1} 個の値に重みを掛け、バイアスを足します。赤は正、青は負です。</translation>
    </message>
    <message>
        <source>The activation function h() = {0} turns each weighted sum into the signal the next layer receives (0 to 1).</source>
        <translation>活性化関数 h() = {0} が、各重み付き和を次の層が受け取る信号（0〜1）に変えます。</translation>
    </message>
    <message>
        <source>The activation function h() = {0} turns each weighted sum into the signal the next layer receives.</source>
        <translation>活性化関数 h() = {0} が、各重み付き和を次の層が受け取る信号に変えます。</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 戻る</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>The line before: undo one step of predict()</source>
        <translation>前の行：predict() を 1 ステップ戻します</translation>
    </message>
    <message>
        <source>Run the next line of predict()</source>
        <translation>predict() の次の行を実行します</translation>
    </message>
    <message>
        <source>Run predict() to the end</source>
        <translation>predict() を最後まで実行します</translation>
    </message>
    <message>
        <source>predict() on your digit</source>
        <translation>あなたの数字で predict() を実行</translation>
    </message>
    <message>
        <source>The network reading your drawing, as the book&apos;s predict() computes it, line by line. Step through it, point at a neuron, see which ink made it choose.</source>
        <translation>本の predict() が計算するとおりに、ニューラルネットワークがあなたの数字を 1 行ずつ読みます。1 ステップずつ進め、ニューロンを指し、どの線が答えを決めたかを見てみましょう。</translation>
    </message>
    <message>
        <source>x as 28×28</source>
        <translation>28×28 で見た x</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab to see what goes into each neuron.</source>
        <translation>描画タブで数字を書くと、各ニューロンに何が入るかを表示します。</translation>
    </message>
    <message>
        <source>{0}: shape {1}</source>
        <translation>{0}：形状 {1}</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab: every line below is then computed on it.</source>
        <translation>描画タブで数字を書いてください。下の各行がその数字で計算されます。</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>No network trained yet.</source>
        <translation>まだ学習したネットワークはありません。</translation>
    </message>
    <message>
        <source>Training a new network: its result appears here when the run ends.</source>
        <translation>新しいネットワークを学習中です。学習が終わると結果がここに表示されます。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <source>Write the weights (.npz) and their model card (.json) beside them</source>
        <translation>重み (.npz) を保存し、その隣にモデルカード (.json) を書き出します</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>このモデルを使う</translation>
    </message>
    <message>
        <source>Make this network the app&apos;s model: every tab switches to it</source>
        <translation>このネットワークをアプリのモデルにします。すべてのタブがこのモデルに切り替わります</translation>
    </message>
    <message>
        <source>Fine-tune on My digits</source>
        <translation>マイ数字で微調整</translation>
    </message>
    <message>
        <source>Teach the active model all of your saved digits, replaying MNIST so it is not forgotten; it becomes your personal model</source>
        <translation>使用中のモデルに保存した数字をすべて学習させます。MNISTも一緒に学習し直して忘れないようにし、結果は自分のモデルになります</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;From the run before: the new one failed.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;前回の学習の結果です。新しい学習は失敗しました。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Fine-tune on My digits: it starts when the fine-tune running now ends.</source>
        <translation>マイ数字で微調整: 実行中の微調整が終わると始まります。</translation>
    </message>
    <message>
        <source>The fine-tune was stopped: your personal model was reset.</source>
        <translation>微調整を止めました。自分のモデルがリセットされました。</translation>
    </message>
    <message>
        <source>Not fine-tuned: {0}</source>
        <translation>微調整できませんでした: {0}</translation>
    </message>
    <message>
        <source>Fine-tuning {0} on My digits: reading them and MNIST...</source>
        <translation>{0} をマイ数字で微調整中: マイ数字と MNIST を読み込み中...</translation>
    </message>
    <message numerus="yes">
        <source>Fine-tuning {0} on %n of your digit(s): step {1} of {2}...</source>
        <translation>
            <numerusform>{0} をマイ数字 %n 個で微調整中: ステップ {1}/{2}...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fine-tuned {0} on %n of your digit(s) in {1}.</source>
        <translation>
            <numerusform>{0} をマイ数字 %n 個で {1} で微調整しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>MNIST test accuracy {0} before, &lt;b style=&apos;color:{2}&apos;&gt;{1}&lt;/b&gt; after.</source>
        <translation>MNIST テストデータの認識精度: 前 {0}、後 &lt;b style=&apos;color:{2}&apos;&gt;{1}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>MNIST test accuracy after: &lt;b style=&apos;color:{1}&apos;&gt;{0}&lt;/b&gt;.</source>
        <translation>微調整後の MNIST テストデータの認識精度: &lt;b style=&apos;color:{1}&apos;&gt;{0}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>It is now your personal model, and every tab uses it.</source>
        <translation>これが自分のモデルになり、すべてのタブがこれを使います。</translation>
    </message>
    <message>
        <source>changed from {0}: {1}</source>
        <translation>{0} から変更: {1}</translation>
    </message>
    <message>
        <source>Test accuracy &lt;b style=&apos;color:{0}&apos;&gt;{1}&lt;/b&gt;, validation {2}</source>
        <translation>テストデータの認識精度 &lt;b style=&apos;color:{0}&apos;&gt;{1}&lt;/b&gt;、検証 {2}</translation>
    </message>
    <message>
        <source>Test accuracy &lt;b style=&apos;color:{0}&apos;&gt;{1}&lt;/b&gt;</source>
        <translation>テストデータの認識精度 &lt;b style=&apos;color:{0}&apos;&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Validation {0}</source>
        <translation>検証 {0}</translation>
    </message>
    <message>
        <source>{0} training images</source>
        <translation>訓練画像 {0} 枚</translation>
    </message>
    <message>
        <source>{0} of {1} steps in {2}</source>
        <translation>{2} で {1} ステップ中 {0} ステップ</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) and {0} of {1} steps in {2}</source>
        <translation>
            <numerusform>{2} で %n エポックと {1} ステップ中 {0} ステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped partway through epoch {0}: the weights as they were then.</source>
        <translation>エポック {0} の途中で停止しました。その時点の重みです。</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) in {0}</source>
        <translation>
            <numerusform>{0} で %n エポック</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused for {0} (not counted)</source>
        <translation>{0} 一時停止（時間に含めず）</translation>
    </message>
    <message>
        <source>Stopped while the teacher trained: this network has not learned anything yet, so there is nothing to use or save.</source>
        <translation>教師ネットワークの学習中に停止しました。このネットワークはまだ何も学習していないため、使うものも保存するものもありません。</translation>
    </message>
    <message>
        <source>The accuracies above are theirs, not epoch {0}&apos;s.</source>
        <translation>上の精度はエポック {0} のものではなく、この重みのものです。</translation>
    </message>
    <message>
        <source>Stopped early: the weights as trained so far.</source>
        <translation>途中で停止しました。ここまで学習した重みです。</translation>
    </message>
    <message>
        <source>trained here with “{0}”</source>
        <translation>ここで「{0}」で学習したモデル</translation>
    </message>
    <message>
        <source>{0}, changed: {1}</source>
        <translation>{0}、変更: {1}</translation>
    </message>
    <message>
        <source>Saved {0} and {1}</source>
        <translation>{0} と {1} を保存しました</translation>
    </message>
    <message>
        <source>Save the trained network</source>
        <translation>学習したネットワークを保存</translation>
    </message>
    <message>
        <source>Weights (*.npz)</source>
        <translation>重み (*.npz)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>{0} holds digitpad&apos;s own weights, which are never replaced. Choose another folder.</source>
        <translation>{0} には digitpad 自身の重みがあり、置き換えることはできません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>Saving writes {0} and its model card {1}.
{2} already exists in {3}: replace?</source>
        <translation>保存すると {0} とモデルカード {1} を書き込みます。
{3} に {2} がすでにあります。置き換えますか?</translation>
    </message>
    <message>
        <source>Saving writes {0} and its model card {1}.
{2} already exist in {3}: replace?</source>
        <translation>保存すると {0} とモデルカード {1} を書き込みます。
{3} に {2} がすでにあります。置き換えますか?</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>one at a time</source>
        <translation>1枚ずつ</translation>
    </message>
    <message>
        <source>in batches of {0}</source>
        <translation>バッチサイズ {0}</translation>
    </message>
    <message>
        <source>pixels /255</source>
        <translation>ピクセル /255</translation>
    </message>
    <message>
        <source>raw 0-255 pixels</source>
        <translation>元の 0-255 のピクセル</translation>
    </message>
    <message>
        <source>{0} of {1} right, {2} wrong  ·  {3}, {4} samples/s  ·  {5}, {6}  ·  {7}</source>
        <translation>{1} 個中 {0} 個正解、{2} 個不正解  ·  {3}、毎秒 {4} 個  ·  {5}、{6}  ·  {7}</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Batched</source>
        <translation>バッチ処理</translation>
    </message>
    <message>
        <source>Per-sample</source>
        <translation>1枚ずつ</translation>
    </message>
    <message>
        <source>Per-sample: predict() on one image at a time in a Python loop, as the book&apos;s neuralnet_mnist.py. Batched: on chunks of images at once.</source>
        <translation>1枚ずつ: 本の neuralnet_mnist.py のように、Python のループで画像を1枚ずつ predict() に渡します。バッチ処理: 複数の画像をまとめて渡します。</translation>
    </message>
    <message>
        <source>Images per call of predict() in batched mode</source>
        <translation>バッチ処理で predict() を1回呼ぶときに渡す画像の数</translation>
    </message>
    <message>
        <source>10k</source>
        <translation>1万</translation>
    </message>
    <message>
        <source>Batches of {0}</source>
        <translation>バッチサイズ {0}</translation>
    </message>
    <message>
        <source>Pixels / 255</source>
        <translation>ピクセル / 255</translation>
    </message>
    <message>
        <source>Divide the 0..255 pixels by 255 before the network sees them, as the book does (its weights score 93.52% so, 92.07% without)</source>
        <translation>本と同じく、0..255 のピクセル値をネットワークに渡す前に255で割ります（正規化）。本の重みの認識精度は、こうすると93.52%、しないと92.07%です</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Evaluate the active model on the whole set with these settings</source>
        <translation>この設定で、使用中のモデルをデータ全体で評価します</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Run per-sample, then batched, and say how much faster batches are</source>
        <translation>1枚ずつ実行してからバッチ処理で実行し、バッチがどれだけ速いかを示します</translation>
    </message>
    <message>
        <source>Sweep batch sizes</source>
        <translation>バッチサイズ別に計測</translation>
    </message>
    <message>
        <source>Time batch sizes 1, 2, 5, 10, ... up to the whole set and plot them</source>
        <translation>バッチサイズ 1, 2, 5, 10, ... からデータ全体までの時間を計ってグラフにします</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>Export CSV...</source>
        <translation>CSVを書き出す...</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>batch size  (each timed {0} times, the best shown)</source>
        <translation>バッチサイズ（それぞれ {0} 回計測し、最速の値を表示）</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>Batch-size sweep</source>
        <translation>バッチサイズ別の時間</translation>
    </message>
    <message>
        <source>{0}x faster than the per-sample run #{1} ({2} instead of {3}).</source>
        <translation>1枚ずつの実行 #{1} より {0} 倍速くなりました（{3} ではなく {2}）。</translation>
    </message>
    <message>
        <source>The batched run #{0} was {1}x faster than this one ({2} instead of {3}).</source>
        <translation>バッチ処理の実行 #{0} はこれより {1} 倍速くなりました（{3} ではなく {2}）。</translation>
    </message>
    <message>
        <source>Could not export the runs</source>
        <translation>実行履歴を書き出せません</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) written to {0}</source>
        <translation>
            <numerusform>実行履歴 %Ln 件を {0} に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the runs</source>
        <translation>実行履歴を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>RunsTableModel</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>画素</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation>枚/秒</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>高速化</translation>
    </message>
    <message>
        <source>Against run #{0} (per-sample, {1}): {2} saved</source>
        <translation>実行 #{0}（1枚ずつ、{1}）との比較：{2} 短縮</translation>
    </message>
    <message>
        <source>batches of {0}</source>
        <translation>{0}枚ずつ</translation>
    </message>
    <message>
        <source>How many times faster than the latest per-sample run of the same model on the same data</source>
        <translation>同じモデル・同じデータで最後に1枚ずつ実行したときの何倍速いか</translation>
    </message>
    <message>
        <source>{0}: {1} samples</source>
        <translation>{0}: サンプル {1} 個</translation>
    </message>
    <message>
        <source>A per-sample run: the baseline batched runs of the same model on the same data are compared with</source>
        <translation>1枚ずつの実行: 同じモデル・同じデータのバッチ処理の実行をこれと比べます</translation>
    </message>
    <message>
        <source>Run per-sample on the same data first to see the speedup</source>
        <translation>高速化を見るには、先に同じデータで1枚ずつ実行してください</translation>
    </message>
    <message>
        <source>per-sample</source>
        <translation>1枚ずつ</translation>
    </message>
    <message>
        <source>raw 0-255</source>
        <translation>元の 0-255</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基準</translation>
    </message>
</context>
<context>
    <name>SampleBrowser</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>すべての絞り込みを解除</translation>
    </message>
    <message>
        <source>Mistakes only</source>
        <translation>間違いのみ</translation>
    </message>
    <message>
        <source>any digit</source>
        <translation>すべての数字</translation>
    </message>
    <message>
        <source>Only samples that truly are this digit</source>
        <translation>正解がこの数字のサンプルのみ</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>何でも</translation>
    </message>
    <message>
        <source>Only samples the network read as this digit</source>
        <translation>ネットワークがこの数字と認識したサンプルのみ</translation>
    </message>
    <message>
        <source>Less sure than</source>
        <translation>確率がこれ未満:</translation>
    </message>
    <message>
        <source>Only samples whose top probability is below the threshold</source>
        <translation>最も高い確率がしきい値より低いサンプルのみ</translation>
    </message>
    <message>
        <source>In data order</source>
        <translation>データの順</translation>
    </message>
    <message>
        <source>Least sure first</source>
        <translation>確率の低い順</translation>
    </message>
    <message>
        <source>Most sure first</source>
        <translation>確率の高い順</translation>
    </message>
    <message>
        <source>is</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>read as</source>
        <translation>認識</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>{0} {1}s read correctly</source>
        <translation>正解 {1} のサンプル {0} 個を正しく認識しました</translation>
    </message>
    <message>
        <source>{0} {1}s read as {2}</source>
        <translation>正解 {1} のサンプル {0} 個を {2} と認識しました</translation>
    </message>
    <message>
        <source>{0} of {1} shown</source>
        <translation>{1} 個中 {0} 個を表示</translation>
    </message>
    <message>
        <source>all {0}</source>
        <translation>全 {0} 個</translation>
    </message>
    <message>
        <source>a {0}</source>
        <translation>{0}</translation>
    </message>
</context>
<context>
    <name>SelectedSample</name>
    <message>
        <source>Selected sample</source>
        <translation>選択したサンプル</translation>
    </message>
    <message>
        <source>Open in Draw tab</source>
        <translation>描画タブで開く</translation>
    </message>
    <message>
        <source>Put this digit on the canvas, to see what changes when you edit it</source>
        <translation>この数字をキャンバスに置き、描き直すと何が変わるかを見ます</translation>
    </message>
    <message>
        <source>Inside the network: each cell a hidden unit, brighter is more active</source>
        <translation>ネットワークの内部: 1マスが中間層のニューロン1個で、明るいほど活性化の値が大きくなります</translation>
    </message>
    <message>
        <source>Click a digit to see what the network makes of it.</source>
        <translation>数字をクリックすると、ネットワークがそれをどう認識するかを表示します。</translation>
    </message>
    <message>
        <source>#{0}  ·  a {1}</source>
        <translation>#{0}  ·  正解 {1}</translation>
    </message>
    <message>
        <source>Right: read as {0}, {1} sure.</source>
        <translation>正しく認識しました: {0}（確率 {1}）。</translation>
    </message>
    <message>
        <source>Wrong: read as {0}, {1} sure; it gave {2} to {3}.</source>
        <translation>誤って {0} と認識しました（確率 {1}）。{3} の確率は {2} でした。</translation>
    </message>
</context>
<context>
    <name>SmallNetwork</name>
    <message>
        <source>Input x</source>
        <translation>入力 x</translation>
    </message>
    <message>
        <source>Book&apos;s x</source>
        <translation>本の x</translation>
    </message>
    <message>
        <source>Back to x = {0}</source>
        <translation>x = {0} に戻します</translation>
    </message>
    <message>
        <source>The activation h of both hidden layers (the book uses sigmoid)</source>
        <translation>2 つの中間層の活性化関数 h（本では sigmoid）</translation>
    </message>
    <message>
        <source>hidden h</source>
        <translation>中間層 h</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>1 ステップ戻る</translation>
    </message>
    <message>
        <source>Compute the next step</source>
        <translation>次のステップを計算</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show the whole forward pass</source>
        <translation>順方向の伝播をすべて表示します</translation>
    </message>
    <message>
        <source>forward(network, x), step by step</source>
        <translation>forward() による順方向の伝播を 1 ステップずつ</translation>
    </message>
    <message>
        <source>Edge thickness shows the size of a weight (blue positive, red negative; dashed: biases). Hover a node to see the sum behind its value.</source>
        <translation>線の太さは重みの大きさです（青は正、赤は負、破線はバイアス）。ノードにマウスを重ねると、その値を作った和を表示します。</translation>
    </message>
    <message>
        <source>A 3-layer network</source>
        <translation>3層ニューラルネットワーク</translation>
    </message>
    <message>
        <source>The book&apos;s small network with its init_network() weights. Change x and watch every layer follow, or step through the forward pass one computation at a time.</source>
        <translation>本の init_network() の重みによる小さなネットワークです。x を変えてすべての層が変わる様子を見るか、順方向の伝播を計算 1 つずつ進めてみましょう。</translation>
    </message>
    <message>
        <source>Step 0: the input x. Press ▶ to compute the first layer.</source>
        <translation>ステップ 0：入力 x。▶ を押すと 1 層目を計算します。</translation>
    </message>
    <message>
        <source>Step 1: each unit of layer 1 sums x times its weights, plus its bias: a1 = x·W1 + b1.</source>
        <translation>ステップ 1：第1層の各ニューロンが x に重みを掛けて足し、バイアスを加えます：a1 = x·W1 + b1。</translation>
    </message>
    <message>
        <source>Step 2: the activation turns each sum into the layer&apos;s output: z1 = {0}(a1).</source>
        <translation>ステップ 2：活性化関数が各和を層の出力に変えます：z1 = {0}(a1)。</translation>
    </message>
    <message>
        <source>Step 3: layer 2 does the same with z1 as its input: a2 = z1·W2 + b2.</source>
        <translation>ステップ 3：第2層が z1 を入力として同じ計算をします：a2 = z1·W2 + b2。</translation>
    </message>
    <message>
        <source>Step 4: z2 = {0}(a2).</source>
        <translation>ステップ 4：z2 = {0}(a2)。</translation>
    </message>
    <message>
        <source>Step 5: the output layer&apos;s sums a3 = z2·W3 + b3.</source>
        <translation>ステップ 5：出力層の和 a3 = z2·W3 + b3。</translation>
    </message>
    <message>
        <source>Step 6: the output activation is the identity here (regression), so y = a3.</source>
        <translation>ステップ 6：ここでは出力層の活性化関数は恒等関数（回帰）なので、y = a3 です。</translation>
    </message>
</context>
<context>
    <name>SoftmaxExplorer</name>
    <message>
        <source>The book&apos;s example (3.5.1)</source>
        <translation>本の例（3.5.1）</translation>
    </message>
    <message>
        <source>Large scores: exp overflows and the formula as written gives nan (3.5.2)</source>
        <translation>大きなスコア：exp がオーバーフローし、式のとおりに計算すると結果が数でなくなります（3.5.2）</translation>
    </message>
    <message>
        <source>Equal scores share the probability equally</source>
        <translation>同じスコアは確率を等しく分け合います</translation>
    </message>
    <message>
        <source>Type a few numbers separated by commas, e.g. 0.3, 2.9, 4.0</source>
        <translation>カンマで区切った数をいくつか入力してください。例：0.3, 2.9, 4.0</translation>
    </message>
    <message>
        <source>{0} numbers: up to {1} are shown here</source>
        <translation>数が {0} 個：ここでは {1} 個まで表示します</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos; は数ではありません</translation>
    </message>
    <message>
        <source>Use finite numbers: nan and inf (or anything beyond ±1.8e308) are not scores</source>
        <translation>有限の数を使ってください。nan と inf（または ±1.8e308 を超える数）はスコアではありません</translation>
    </message>
    <message>
        <source>scores, e.g. 0.3, 2.9, 4.0</source>
        <translation>スコア、例：0.3, 2.9, 4.0</translation>
    </message>
    <message>
        <source>The scores a (the output layer&apos;s sums); up to {0} numbers</source>
        <translation>スコア a（出力層の和）、最大 {0} 個</translation>
    </message>
    <message>
        <source>3.5.1  Softmax as written:  y_k = exp(a_k) / Σ exp(a_i)</source>
        <translation>3.5.1  式のとおりのソフトマックス関数：  y_k = exp(a_k) / Σ exp(a_i)</translation>
    </message>
    <message>
        <source>3.5.2  The overflow fix: subtract the largest score first</source>
        <translation>3.5.2  オーバーフロー対策：最大のスコアを先に引きます</translation>
    </message>
    <message>
        <source>3.5.3  What softmax keeps</source>
        <translation>3.5.3  ソフトマックス関数が保つもの</translation>
    </message>
    <message>
        <source>ranks of a and of y</source>
        <translation>a と y の順位</translation>
    </message>
    <message>
        <source>1 marks the largest entry</source>
        <translation>1 が最大の要素です</translation>
    </message>
    <message>
        <source>The chapter&apos;s code, run on your a</source>
        <translation>この章のコードをあなたの a で実行</translation>
    </message>
    <message>
        <source>a (scores)</source>
        <translation>a（スコア）</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>ソフトマックス関数</translation>
    </message>
    <message>
        <source>The output layer turns scores into probabilities. Edit a, or try the large scores that make the formula as written overflow.</source>
        <translation>出力層はスコアを確率に変えます。a を編集するか、式のとおりだとオーバーフローする大きなスコアを試してみましょう。</translation>
    </message>
    <message>
        <source>⚠  {0}. The values below are for the last valid input.</source>
        <translation>⚠  {0}。下の値は最後の正しい入力のものです。</translation>
    </message>
    <message>
        <source>captured, not printed:
{0}</source>
        <translation>出力せずに捕まえた警告：
{0}</translation>
    </message>
    <message>
        <source>{0}   (1 up to rounding)</source>
        <translation>{0}&#x3000;（丸め誤差の範囲で 1）</translation>
    </message>
    <message>
        <source>{0}   the same entry wins</source>
        <translation>{0}&#x3000;同じ要素が最大です</translation>
    </message>
    <message>
        <source>{0}   the same order</source>
        <translation>{0}&#x3000;順番は同じです</translation>
    </message>
    <message>
        <source>{0}   ties in y: exp underflowed to 0</source>
        <translation>{0}&#x3000;y に同点：exp がアンダーフローして 0 になりました</translation>
    </message>
    <message>
        <source>exp({0}) is beyond the largest float64 (about 1.8e308), so it becomes inf and inf / inf is nan. softmax subtracts c = max(a) first: the largest exponent is then exp(0) = 1 and nothing overflows. The result is the same, because the factor exp(-c) cancels between the numerator and the sum.</source>
        <translation>exp({0}) は float64 の最大値（約 1.8e308）を超えるので inf になり、inf / inf は nan です。softmax は先に c = max(a) を引くので、最大の指数が exp(0) = 1 になりオーバーフローしません。分子と分母の和で exp(-c) が約分されるので、結果は同じです。</translation>
    </message>
    <message>
        <source>Every y is between 0 and 1 and they sum to 1. The bars share colours by rank: exp is increasing, so the largest score gets the largest probability, which is why a classifier may skip softmax when it only needs the answer.</source>
        <translation>すべての y は 0 から 1 の間で、合計は 1 です。棒は順位ごとに同じ色です。exp は単調増加なので、最大のスコアが最大の確率になります。そのため、答えだけが必要な分類ではソフトマックス関数を省略することがあります。</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>What to evaluate the network on</source>
        <translation>ネットワークを評価するデータ</translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation>フォルダーを選択...</translation>
    </message>
    <message>
        <source>Use MNIST from a folder: the four IDX files (gzipped or not) or Keras&apos;s mnist.npz</source>
        <translation>フォルダーのMNISTを使います: 4つのIDXファイル（gzip圧縮の有無は問いません）かKerasの mnist.npz</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>モデル: {0}</translation>
    </message>
    <message>
        <source>The app&apos;s active model: {0}, {1} ({2}). Change it in the File menu.</source>
        <translation>アプリが使用中のモデル: {0}、{1}（{2}）。ファイルメニューで変更できます。</translation>
    </message>
</context>
<context>
    <name>SwapSection</name>
    <message>
        <source>hidden activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>vs as trained</source>
        <translation>学習時との差</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正解数</translation>
    </message>
    <message>
        <source>Score every activation on the test set</source>
        <translation>すべての関数をテストデータで評価</translation>
    </message>
    <message>
        <source>Evaluate the active network on MNIST&apos;s 10,000 test digits once per hidden activation, in the background</source>
        <translation>使用中のニューラルネットワークを、中間層の活性化関数ごとに MNIST のテストデータ 10,000 枚でバックグラウンドで評価します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>What to look for. Step is what sigmoid becomes when |a| is large: wherever the trained sums are far from 0 the two agree. tanh(a) = 2·sigmoid(2a) − 1 and ReLU have other ranges and slopes, so the next layer receives values it was never trained on. Identity removes the non-linearity altogether: the layers collapse into one linear map, x · W1 · W2 · W3 plus biases.</source>
        <translation>注目する点：|a| が大きいとき、シグモイド関数はステップ関数になります。学習した重み付き和が 0 から遠いところでは、2 つの関数は同じ値を出します。tanh(a) = 2·sigmoid(2a) − 1 と ReLU関数は値の範囲と傾きが違うため、次の層は学習時に見たことのない値を受け取ります。恒等関数は非線形性をなくしてしまい、層は 1 つの線形変換 x · W1 · W2 · W3（＋バイアス）にまとまります。</translation>
    </message>
    <message>
        <source>Test accuracy with each hidden activation</source>
        <translation>活性化関数ごとの認識精度</translation>
    </message>
    <message>
        <source>The hidden activation of the swapped network</source>
        <translation>入れ替えたネットワークの中間層の活性化関数</translation>
    </message>
    <message>
        <source>Swap in</source>
        <translation>入れ替える関数</translation>
    </message>
    <message>
        <source>Your drawing, read by both networks</source>
        <translation>2つのネットワークが読んだ数字</translation>
    </message>
    <message>
        <source>Swap the activation</source>
        <translation>活性化関数の入れ替え</translation>
    </message>
    <message>
        <source>Keep every weight of the trained network and change only its hidden activation. The weights were learned for one function; see what another one does to them.</source>
        <translation>学習済みネットワークの重みはすべてそのままにして、中間層の活性化関数だけを入れ替えます。重みはある 1 つの関数に合わせて学習されています。別の関数にするとどうなるか見てみましょう。</translation>
    </message>
    <message>
        <source>Scoring the 10,000 test digits with each activation…</source>
        <translation>活性化関数ごとにテストデータ 10,000 枚を評価しています…</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} activations.</source>
        <translation>活性化関数 {1} 個のうち {0} 個を評価したところでキャンセルしました。</translation>
    </message>
    <message>
        <source>as trained</source>
        <translation>学習時のまま</translation>
    </message>
    <message>
        <source>As trained ({0})</source>
        <translation>学習時のまま（{0}）</translation>
    </message>
    <message>
        <source>With {0}</source>
        <translation>{0} を使用</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab: its ten probabilities under the trained network and under the swapped one appear here.</source>
        <translation>描画タブで数字を書いてください。学習済みのネットワークと活性化関数を入れ替えたネットワークの 10 個の確率がここに表示されます。</translation>
    </message>
    <message>
        <source>As trained ({0}): reads {1}  ({2})</source>
        <translation>学習時のまま（{0}）：{1} と認識（{2}）</translation>
    </message>
    <message>
        <source>With {0}: reads {1}  ({2})</source>
        <translation>{0} を使用：{1} と認識（{2}）</translation>
    </message>
    <message>
        <source>The 28×28 image the Draw tab gives the network. With {0} it gives the same answer.</source>
        <translation>描画タブがネットワークに渡す 28×28 の画像です。{0} にしても同じ答えになります。</translation>
    </message>
    <message>
        <source>The 28×28 image the Draw tab gives the network. With {0} it gives a different answer.</source>
        <translation>描画タブがネットワークに渡す 28×28 の画像です。{0} にすると違う答えになります。</translation>
    </message>
    <message>
        <source>{0}   (as trained)</source>
        <translation>{0}（学習時）</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} ポイント</translation>
    </message>
    <message>
        <source>As trained with {0}: {1}. Worst swap: {2} ({3}). No other activation does better: the weights were learned for this one.</source>
        <translation>学習時のままの {0}：{1}。最も悪い関数：{2}（{3}）。これより良い活性化関数はありません。重みはこの関数に合わせて学習されたからです。</translation>
    </message>
    <message>
        <source>As trained with {0}: {1}. Worst swap: {2} ({3}). Best: {4} ({5}).</source>
        <translation>学習時のままの {0}：{1}。最も悪い関数：{2}（{3}）。最も良い関数：{4}（{5}）。</translation>
    </message>
    <message>
        <source>Scored on the 10,000 test digits.</source>
        <translation>テストデータ 10,000 枚で評価しました。</translation>
    </message>
    <message>
        <source>Activation swap: every activation scored on the test set</source>
        <translation>活性化関数の入れ替え：すべての活性化関数をテストデータで評価しました</translation>
    </message>
    <message>
        <source>The MNIST test set is not on this computer. Get it in the &lt;b&gt;Test set&lt;/b&gt; tab, or run &lt;code&gt;digitpad mnist fetch&lt;/code&gt; in a terminal (about 11 MB), then score again.</source>
        <translation>このコンピューターに MNIST のテストデータがありません。&lt;b&gt;テストデータ&lt;/b&gt;タブで入手するか、ターミナルで &lt;code&gt;digitpad mnist fetch&lt;/code&gt; を実行して（約 11 MB）から、もう一度評価してください。</translation>
    </message>
    <message>
        <source>MNIST could not be read. The &lt;b&gt;Test set&lt;/b&gt; tab (or &lt;code&gt;digitpad mnist verify&lt;/code&gt;) checks the files; &lt;code&gt;digitpad mnist fetch&lt;/code&gt; downloads them again.</source>
        <translation>MNIST を読み込めませんでした。&lt;b&gt;テストデータ&lt;/b&gt;タブ（または &lt;code&gt;digitpad mnist verify&lt;/code&gt;）でファイルを検査でき、&lt;code&gt;digitpad mnist fetch&lt;/code&gt; でダウンロードし直せます。</translation>
    </message>
    <message>
        <source>The evaluation failed.</source>
        <translation>評価できませんでした。</translation>
    </message>
    <message>
        <source>Score again</source>
        <translation>もう一度評価</translation>
    </message>
    <message>
        <source>Now using {0}.</source>
        <translation>{0} を使用しています。</translation>
    </message>
</context>
<context>
    <name>SweepPlot</name>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Run a sweep to see how the time falls as batches grow</source>
        <translation>バッチサイズ別の計測を実行すると、バッチが大きくなるにつれて時間がどう減るかがわかります</translation>
    </message>
    <message>
        <source>fastest: batches of {0}, {1}</source>
        <translation>最速: バッチサイズ {0}、{1}</translation>
    </message>
</context>
<context>
    <name>TabSpec</name>
    <message>
        <source>Draw</source>
        <translation>描画</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>テストデータ</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
</context>
<context>
    <name>Teacher</name>
    <message>
        <source>My digits is empty: save a drawing with its digit first</source>
        <translation>マイ数字が空です。先に絵を数字付きで保存してください</translation>
    </message>
    <message>
        <source>Your model&apos;s save was cut short; teaching it again from My digits.</source>
        <translation>自分のモデルの保存が途中で止まったため、マイ数字から学習し直しています。</translation>
    </message>
    <message>
        <source>Your personal model could not be read</source>
        <translation>自分のモデルを読み込めません</translation>
    </message>
    <message>
        <source>{0}

Using {1}. Label a drawing to teach a new one; My digits were not touched.</source>
        <translation>{0}

{1} を使います。絵にラベルを付けると新しいモデルを学習します。マイ数字はそのままです。</translation>
    </message>
    <message>
        <source>Could not delete your personal model</source>
        <translation>個人モデルを削除できませんでした</translation>
    </message>
    <message>
        <source>{0}

It is kept as it was; My digits were not touched.</source>
        <translation>{0}

モデルはそのまま残っています。マイ数字には手を付けていません。</translation>
    </message>
    <message>
        <source>Could not forget the drawings it read right</source>
        <translation>正しく読めた絵を削除できませんでした</translation>
    </message>
    <message>
        <source>{0}

Your personal model was deleted; My digits were kept.</source>
        <translation>{0}

自分のモデルは削除し、マイ数字はそのまま残しました。</translation>
    </message>
    <message>
        <source>Cannot use the shipped weights</source>
        <translation>同梱の重みを使えません</translation>
    </message>
    <message>
        <source>Your personal model was reset; My digits were kept.</source>
        <translation>自分のモデルをリセットしました。マイ数字はそのままです。</translation>
    </message>
    <message>
        <source>Cannot teach</source>
        <translation>学習できません</translation>
    </message>
    <message>
        <source>My digits is empty; your model keeps what it learned until reset.</source>
        <translation>マイ数字は空です。自分のモデルはリセットするまで学習した内容を保ちます。</translation>
    </message>
    <message>
        <source>Your model was taught in {0}; {1} still reads.</source>
        <translation>自分のモデルを {0} で学習しました。読み取りは引き続き {1} です。</translation>
    </message>
    <message>
        <source>Your model is up to date with My digits (taught in {0}).</source>
        <translation>自分のモデルがマイ数字をすべて学習しました（{0}）。</translation>
    </message>
    <message numerus="yes">
        <source>Taught in {0}, with %n drawing(s) it read right.</source>
        <translation>
            <numerusform>{0} で学習しました（正しく読めた絵 %n 個を含む）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Taught in {0}.</source>
        <translation>{0} で学習しました。</translation>
    </message>
    <message>
        <source>Not taught: {0}</source>
        <translation>学習しませんでした: {0}</translation>
    </message>
    <message>
        <source>Teaching needs MNIST, and it is not on this computer yet: your digits are taught beside MNIST&apos;s, so that the network goes on reading those too. Download it from the Test set tab (about 11 MB).</source>
        <translation>このコンピューターにはまだ MNIST がありませんが、教えるには MNIST が必要です。ネットワークが MNIST の数字も読み続けられるよう、あなたの数字は MNIST の数字と一緒に学習させるからです。テストデータタブからダウンロードしてください（約 11 MB）。</translation>
    </message>
    <message>
        <source>Could not teach the network</source>
        <translation>ネットワークを学習させられませんでした</translation>
    </message>
    <message>
        <source>{0}

Your digits are kept in My digits and are taught with the next one saved once this is fixed.</source>
        <translation>{0}

数字はマイ数字に残っています。問題が解決したら、次に保存した数字と一緒に学習します。</translation>
    </message>
    <message>
        <source>Teaching failed</source>
        <translation>学習に失敗しました</translation>
    </message>
    <message>
        <source>your personal model</source>
        <translation>自分のモデル</translation>
    </message>
    <message>
        <source>Reset my personal model</source>
        <translation>自分のモデルをリセット</translation>
    </message>
    <message>
        <source>Delete “{0}” and the drawings it read right? The digits it learned from stay in My digits, and a correction teaches a new one from them.</source>
        <translation>「{0}」と正しく読めた絵を削除しますか? 学習に使った数字はマイ数字に残り、次に訂正するとそこから新しいモデルを学習します。</translation>
    </message>
    <message>
        <source>Delete the personal model</source>
        <translation>自分のモデルを削除</translation>
    </message>
    <message>
        <source>Use my &amp;personal model</source>
        <translation>自分のモデルを使う(&amp;P)</translation>
    </message>
    <message>
        <source>Read with the network taught your digits</source>
        <translation>マイ数字で学習したネットワークで読み取ります</translation>
    </message>
    <message>
        <source>&amp;Reset my personal model</source>
        <translation>自分のモデルをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the network taught your digits (My digits are kept)</source>
        <translation>マイ数字で学習したネットワークを削除します（マイ数字は残ります）</translation>
    </message>
    <message>
        <source>&amp;Learn from drawings it reads right</source>
        <translation>正しく読めた絵からも学ぶ(&amp;L)</translation>
    </message>
    <message>
        <source>A drawing it read right that you clear without correcting is taught with your next correction</source>
        <translation>正しく読めた絵を訂正せずに消すと、次の訂正のときに一緒に教えます</translation>
    </message>
</context>
<context>
    <name>TestSetTab</name>
    <message>
        <source>Choose the folder that holds MNIST</source>
        <translation>MNISTがあるフォルダーを選んでください</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>開始しています...</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}。</translation>
    </message>
    <message>
        <source>Sweep done  ·  {0} batch sizes</source>
        <translation>計測完了  ·  バッチサイズ {0} 通り</translation>
    </message>
    <message>
        <source>Done  ·  {0} samples in {1}  ·  {2} samples/s</source>
        <translation>完了  ·  サンプル {0} 個を {1} で  ·  毎秒 {2} 個</translation>
    </message>
    <message>
        <source>Accuracy {0} in {1}</source>
        <translation>認識精度 {0}、所要時間 {1}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The evaluation failed</source>
        <translation>評価に失敗しました</translation>
    </message>
    <message>
        <source>{0} samples of the {1} set ready. Press Run to read them all with {2}.</source>
        <translation>{1}のサンプル {0} 個の準備ができました。実行を押すと {2} ですべて認識します。</translation>
    </message>
    <message>
        <source>Cancelled: the model changed</source>
        <translation>キャンセルしました: モデルが変わりました</translation>
    </message>
    <message>
        <source>The model changed to {0}: run again to see its results.</source>
        <translation>モデルが {0} に変わりました。結果を見るにはもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Hidden layer sizes, first to last, e.g. 50,100 (the book&apos;s)</source>
        <translation>中間層のサイズを前から順に書きます。例: 50,100（本のネットワーク）</translation>
    </message>
    <message>
        <source>The peak learning rate, e.g. 0.001 or 1e-3</source>
        <translation>学習率の最大値。例: 0.001 または 1e-3</translation>
    </message>
    <message>
        <source>constant; cosine: down to 0 by the end; step: x0.1 every few epochs</source>
        <translation>一定: 変えない、コサイン: 最後までに 0 へ下げる、ステップ: 数エポックごとに x0.1</translation>
    </message>
    <message>
        <source>Distorted digits</source>
        <translation>変形した数字</translation>
    </message>
    <message>
        <source>Rotate, scale, shear, shift, thicken and wobble the training images, so the network reads digits drawn by hand</source>
        <translation>訓練画像を回転・拡大縮小・せん断・平行移動・太線化・揺らぎで変形し、ネットワークが手で描いた数字を読めるようにします</translation>
    </message>
    <message>
        <source>Learn from a teacher network</source>
        <translation>教師ネットワークから学ぶ</translation>
    </message>
    <message>
        <source>Train a bigger network first and mix its answers into the targets (only the shipped recipe has one)</source>
        <translation>先に大きなネットワークを学習し、その答えを正解ラベルに混ぜます（同梱のレシピにだけあります）</translation>
    </message>
    <message>
        <source>all {0}</source>
        <translation>全 {0} 枚</translation>
    </message>
    <message>
        <source>Use only the first N training images, for a quick run (a tenth of them, at most 5,000, are held out to validate)</source>
        <translation>手早く試すため、最初の N 枚の訓練画像だけを使います（その 10 分の 1、最大 5,000 枚は検証用に取り分けます）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Custom (from {0})</source>
        <translation>カスタム（{0}ベース）</translation>
    </message>
    <message>
        <source>{0}. Changed: {1}.</source>
        <translation>{0}。変更: {1}。</translation>
    </message>
    <message>
        <source>The book&apos;s network, Keras-style (MSE, Adam, 20 epochs)</source>
        <translation>本のネットワーク、ケラス流（MSE、Adam、20 エポック）</translation>
    </message>
    <message>
        <source>Our shipped recipe</source>
        <translation>同梱のレシピ</translation>
    </message>
    <message>
        <source>Quick look (Adam, 5 epochs)</source>
        <translation>お試し（Adam、5 エポック）</translation>
    </message>
    <message>
        <source>SGD with momentum (20 epochs)</source>
        <translation>モーメンタム付き SGD（20 エポック）</translation>
    </message>
    <message>
        <source>The shipped weights: the book&apos;s 784-50-100-10 sigmoid network, Adam with a cosine schedule, distorted digits, distilled from a 784-400-400-10 ReLU teacher (and, from the command line, real pen digits of 20 writers and MNIST digits redrawn as strokes)</source>
        <translation>同梱の重み: 本の 784-50-100-10 シグモイドネットワーク、コサインスケジュールの Adam、変形した数字、784-400-400-10 ReLU 教師ネットワークからの蒸留（コマンドラインでは 20 人がペンで書いた実際の数字と、ストロークで描き直した MNIST の数字も）</translation>
    </message>
    <message>
        <source>The book&apos;s network, Keras-style: MSE, Adam, 20 epochs</source>
        <translation>本のネットワーク、ケラス流: MSE、Adam、20 エポック</translation>
    </message>
    <message>
        <source>A few seconds&apos; look at learning: the book&apos;s network, Adam, 5 epochs, no distortions</source>
        <translation>数秒で学習の様子を見ます: 本のネットワーク、Adam、5 エポック、変形なし</translation>
    </message>
    <message>
        <source>Mini-batch SGD with Nesterov momentum and a cosine schedule, 20 epochs</source>
        <translation>ネステロフのモーメンタムとコサインスケジュールによるミニバッチ SGD、20 エポック</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>中間層</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>モーメンタム</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学習率スケジュール</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>データ拡張</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教師</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>訓練画像</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>荷重減衰</translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation>ラベル平滑化</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>検証画像</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>中間層</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>学習率スケジュール</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>モーメンタム</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>荷重減衰</translation>
    </message>
    <message>
        <source>label smoothing</source>
        <translation>ラベル平滑化</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>検証画像</translation>
    </message>
    <message>
        <source>distortions</source>
        <translation>変形あり</translation>
    </message>
    <message>
        <source>no distortions</source>
        <translation>変形なし</translation>
    </message>
    <message>
        <source>no teacher</source>
        <translation>教師なし</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>平均二乗誤差</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>モーメンタム付き SGD</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>コサイン</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>{0} must be at least {1} and at most {2}, got {3}.</source>
        <translation>{0}は {1} 以上 {2} 以下にしてください（入力: {3}）。</translation>
    </message>
    <message>
        <source>{0} must be a positive number, at most {1}, got {2}.</source>
        <translation>{0}は 0 より大きく {1} 以下の数にしてください（入力: {2}）。</translation>
    </message>
    <message>
        <source>{0} must be a number from {1} to {2}, got {3}.</source>
        <translation>{0}は {1} から {2} までの数にしてください（入力: {3}）。</translation>
    </message>
    <message>
        <source>{0} must be a number from {1} to below {2}, got {3}.</source>
        <translation>{0}は {1} 以上 {2} 未満の数にしてください（入力: {3}）。</translation>
    </message>
    <message>
        <source>{0}: not a whole number: {1}.</source>
        <translation>{0}: 整数ではありません: {1}。</translation>
    </message>
    <message>
        <source>{0}: not a number: {1}.</source>
        <translation>{0}: 数値ではありません: {1}。</translation>
    </message>
    <message>
        <source>{0}: write whole numbers separated by commas, like 50,100 (got {1}).</source>
        <translation>{0}: 50,100 のようにカンマで区切った整数を書いてください（入力: {1}）。</translation>
    </message>
    <message>
        <source>{0}: give at least one layer size, like 50,100.</source>
        <translation>{0}: 50,100 のように層のサイズを 1 つ以上書いてください。</translation>
    </message>
    <message>
        <source>{0} must be at least 1 neuron each, got {1}.</source>
        <translation>{0}: 各層のニューロンは 1 個以上にしてください（入力: {1}）。</translation>
    </message>
    <message>
        <source>Unknown preset {1} (choose from {2}).</source>
        <translation>不明なプリセット {1} です（{2} から選んでください）。</translation>
    </message>
    <message>
        <source>{0}: unknown {3} {1} (choose from {2}).</source>
        <translation>{0}: 不明な値 {1} です（{2} から選んでください）。</translation>
    </message>
    <message>
        <source>{0}: the {1} preset has no teacher to learn from.</source>
        <translation>{0}: {1} プリセットには学ぶ相手の教師ネットワークがありません。</translation>
    </message>
    <message>
        <source>{0}: cannot hold out {1} validation images from {2}: hold out fewer or train on more images.</source>
        <translation>{0}: {2} 枚から検証画像 {1} 枚を取り分けることはできません。検証画像を減らすか、より多くの画像で学習してください。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{0}.</source>
        <comment>settings that cannot be trained together: the trainer&apos;s reason, in English</comment>
        <translation>この設定では学習できません: {0}。</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Not started: {0}</source>
        <translation>開始しませんでした: {0}</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}: train {2} ({3})</source>
        <translation>エポック {0}/{1}：訓練 {2}（{3}）</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}: train {2}, test {3} ({4})</source>
        <translation>エポック {0}/{1}：訓練 {2}、テスト {3}（{4}）</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>学習に失敗しました</translation>
    </message>
    <message>
        <source>Every tab now uses {0}</source>
        <translation>すべてのタブで {0} を使うようになりました</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>学習中です</translation>
    </message>
    <message>
        <source>A network is still training on the Train tab. Closing digitpad stops it, and what it has learned is lost.</source>
        <translation>学習タブでネットワークがまだ学習中です。digitpad を閉じると学習は止まり、ここまで学習した内容は失われます。</translation>
    </message>
    <message>
        <source>Stop training and close</source>
        <translation>学習を止めて閉じる</translation>
    </message>
    <message>
        <source>{0}, test accuracy {1}</source>
        <translation>{0}、テストデータの認識精度 {1}</translation>
    </message>
    <message>
        <source>Save the trained network?</source>
        <translation>学習したネットワークを保存しますか?</translation>
    </message>
    <message>
        <source>The network you trained on the Train tab ({0}) is not saved: closing digitpad without saving it loses it.</source>
        <translation>学習タブで学習したネットワーク ({0}) はまだ保存されていません。保存せずに digitpad を閉じると失われます。</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>訓練データの損失</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教師</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>MNIST is not on this computer yet, and training needs it. Download it from the Test set tab (about 11 MB), or run &lt;code&gt;digitpad mnist fetch&lt;/code&gt; in a terminal, then press Train again.</source>
        <translation>このコンピューターにはまだ MNIST がありません。学習には MNIST が必要です。テストデータタブからダウンロードするか（約 11 MB）、ターミナルで &lt;code&gt;digitpad mnist fetch&lt;/code&gt; を実行してから、もう一度「学習」を押してください。</translation>
    </message>
    <message>
        <source>MNIST&apos;s files are here, but they cannot be read, and training needs them. The Test set tab (or &lt;code&gt;digitpad mnist verify&lt;/code&gt;) checks them; download them again from the Test set tab (about 11 MB), or run &lt;code&gt;digitpad mnist fetch&lt;/code&gt; in a terminal, then press Train again.</source>
        <translation>MNIST のファイルはこのコンピューターにありますが、読み込めません。学習にはこれらのファイルが必要です。テストデータタブ（または &lt;code&gt;digitpad mnist verify&lt;/code&gt;）でファイルを検査できます。テストデータタブからダウンロードし直すか（約 11 MB）、ターミナルで &lt;code&gt;digitpad mnist fetch&lt;/code&gt; を実行してから、もう一度「学習」を押してください。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Train a new network from random weights with these settings</source>
        <translation>この設定で、ランダムな重みから新しいネットワークを学習します</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End training now and keep the network as trained so far</source>
        <translation>今すぐ学習を終え、ここまで学習したネットワークを残します</translation>
    </message>
    <message>
        <source>Choose a preset and press Train.</source>
        <translation>プリセットを選んで「学習」を押してください。</translation>
    </message>
    <message>
        <source>Loading MNIST...</source>
        <translation>MNISTを読み込み中...</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>{0}  (pausing...)</source>
        <translation>{0}（一時停止中...）</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>停止中...</translation>
    </message>
    <message>
        <source>Training on {0} images ({1} held out to validate)</source>
        <translation>{0} 枚の画像で学習中（検証用に {1} 枚を除外）</translation>
    </message>
    <message>
        <source>Paused at step {0} of {1}</source>
        <translation>ステップ {0}/{1} で一時停止中</translation>
    </message>
    <message>
        <source>Teacher {0}/{1}, step {2}/{3}, loss {4}</source>
        <translation>教師 {0}/{1}、ステップ {2}/{3}、損失 {4}</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}, step {2}/{3}, loss {4}</source>
        <translation>エポック {0}/{1}、ステップ {2}/{3}、損失 {4}</translation>
    </message>
    <message>
        <source>{0}, about {1} left</source>
        <translation>{0}、残り約 {1}</translation>
    </message>
    <message>
        <source>Stopped in epoch {0} of {1}, after {2} of its {3} steps</source>
        <translation>{1} エポック中 エポック {0} の {3} ステップ中 {2} ステップで停止</translation>
    </message>
    <message>
        <source>Stopped after {0} of {1} epochs</source>
        <translation>{1} エポック中 {0} エポックで停止</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n epoch(s) in {0}</source>
        <translation>
            <numerusform>完了: {0} で %n エポック</numerusform>
        </translation>
    </message>
    <message>
        <source>Training stopped with an error</source>
        <translation>エラーで学習が止まりました</translation>
    </message>
    <message>
        <source>MNIST was found but cannot be used: {0}</source>
        <translation>MNISTは見つかりましたが使えません: {0}</translation>
    </message>
    <message>
        <source>MNIST was not found on this computer</source>
        <translation>このコンピューターに MNIST が見つかりません</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <source>One neuron, explained</source>
        <translation>1 つのニューロンの説明</translation>
    </message>
    <message>
        <source>The unit&apos;s 784 incoming weights, one per pixel: red raises its weighted sum where there is ink, blue lowers it</source>
        <translation>このニューロンに入る 784 個の重み（ピクセルごとに 1 つ）：線のあるところで赤は重み付き和を上げ、青は下げます</translation>
    </message>
    <message>
        <source>Point at a cell or a bar of the network to see what goes into it.</source>
        <translation>ネットワークのマスや棒を指すと、何が入るかを表示します。</translation>
    </message>
    <message>
        <source>output {0} of layer {1}</source>
        <translation>第{1}層の出力 {0}</translation>
    </message>
    <message>
        <source>neuron {0} of layer {1}</source>
        <translation>第{1}層のニューロン {0}</translation>
    </message>
    <message>
        <source>W1[:, {0}] as 28×28: only the {1} inked pixels count; red weights there raise {2}, blue lower it.</source>
        <translation>W1[:, {0}] を 28×28 で見たもの：線のある {1} 個のピクセルだけが効きます。そこでは赤い重みが {2} を上げ、青い重みが下げます。</translation>
    </message>
    <message>
        <source>nothing pushes it up</source>
        <translation>上げる入力なし</translation>
    </message>
    <message>
        <source>nothing pushes it down</source>
        <translation>下げる入力なし</translation>
    </message>
    <message>
        <source>pushed up most by {0}</source>
        <translation>最も大きく上げる入力：{0}</translation>
    </message>
    <message>
        <source>pushed down most by {0}</source>
        <translation>最も大きく下げる入力：{0}</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message>
        <source>Layer 1: each tile is one hidden neuron&apos;s 784 weights laid out as the 28x28 image. Orange pixels excite it, blue ones inhibit it.</source>
        <translation>第 1 層: 各タイルは中間層のニューロン 1 個の 784 個の重みを 28x28 の画像に並べたものです。オレンジのピクセルはニューロンを興奮させ、青のピクセルは抑制します。</translation>
    </message>
    <message>
        <source>The first layer&apos;s weights appear here
after every epoch</source>
        <translation>エポックが終わるたびに
第 1 層の重みがここに表示されます</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Layer 1: what each neuron looks for</source>
        <translation>第 1 層: 各ニューロンが探すもの</translation>
    </message>
    <message>
        <source>One tile per hidden neuron: its 784 input weights as a 28x28 image. Orange ink excites it, blue ink inhibits it.</source>
        <translation>中間層のニューロン 1 個につきタイル 1 枚: 784 個の入力の重みを 28x28 の画像で表します。オレンジのインクはニューロンを興奮させ、青のインクは抑制します。</translation>
    </message>
    <message>
        <source>Only what training changed</source>
        <translation>学習で変わった分だけ</translation>
    </message>
    <message>
        <source>Subtract the random starting weights. The border pixels are black in every MNIST image, so their weights never change and would show only the starting noise.</source>
        <translation>ランダムな初期の重みを差し引きます。縁のピクセルはどの MNIST 画像でも黒なので、その重みは変わらず、差し引かないと初期のノイズだけが見えます。</translation>
    </message>
</context>
<context>
    <name>_PersonalName</name>
    <message numerus="yes">
        <source>digitpad, taught by you: %n correction(s)</source>
        <translation>
            <numerusform>digitpad（あなたが教えたモデル）：修正 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>digitpad, taught by you: {0} ({1})</source>
        <translation>digitpad（あなたが教えたモデル）：{0}（うち修正 {1}）</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>数字 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ProblemWords</name>
    <message>
        <source>MNIST&apos;s files are here, but they cannot be read.</source>
        <translation>MNIST のファイルはこのコンピューターにありますが、読み込めません。</translation>
    </message>
    <message>
        <source>MNIST is not on this computer.</source>
        <translation>このコンピューターに MNIST がありません。</translation>
    </message>
    <message>
        <source>The download did not finish.</source>
        <translation>ダウンロードが完了しませんでした。</translation>
    </message>
    <message>
        <source>An MNIST file is damaged or is not an MNIST file.</source>
        <translation>MNIST のファイルが壊れているか、MNIST のファイルではありません。</translation>
    </message>
    <message>
        <source>My digits could not be read or saved.</source>
        <translation>マイ数字を読み込むか保存することができませんでした。</translation>
    </message>
    <message>
        <source>This is not a network digitpad can use.</source>
        <translation>digitpad で使えるネットワークではありません。</translation>
    </message>
    <message>
        <source>These settings cannot be used.</source>
        <translation>この設定は使えません。</translation>
    </message>
    <message>
        <source>The numbers grew too large to compute.</source>
        <translation>数値が大きくなりすぎて計算できません。</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>ファイルを読み込むか書き込むことができませんでした。</translation>
    </message>
    <message>
        <source>Something in the data is not as digitpad expects.</source>
        <translation>データが digitpad の想定する形ではありません。</translation>
    </message>
</context>
<context>
    <name>testset</name>
    <message>
        <source>MNIST test set</source>
        <translation>MNISTテストデータ</translation>
    </message>
    <message>
        <source>MNIST training set</source>
        <translation>MNIST訓練データ</translation>
    </message>
    <message>
        <source>My digits</source>
        <translation>マイ数字</translation>
    </message>
    <message>
        <source>MNIST test</source>
        <translation>MNISTテストデータ</translation>
    </message>
    <message>
        <source>MNIST train</source>
        <translation>MNIST訓練データ</translation>
    </message>
    <message>
        <source>the path given</source>
        <translation>指定したパス</translation>
    </message>
    <message>
        <source>digitpad&apos;s data folder</source>
        <translation>digitpad のデータフォルダー</translation>
    </message>
    <message>
        <source>Keras&apos;s dataset cache</source>
        <translation>Keras のデータセットキャッシュ</translation>
    </message>
    <message>
        <source>folder of IDX files</source>
        <translation>IDXファイルのフォルダー</translation>
    </message>
    <message>
        <source>Keras mnist.npz</source>
        <translation>Keras の mnist.npz</translation>
    </message>
    <message>
        <source>{0} ({1}, found through {2})</source>
        <translation>{0}（{1}、{2}で発見）</translation>
    </message>
    <message>
        <source>{0} (Keras mnist.npz)</source>
        <translation>{0}（Keras の mnist.npz）</translation>
    </message>
    <message>
        <source>per-sample</source>
        <translation>1枚ずつ</translation>
    </message>
    <message>
        <source>batches of {0}</source>
        <translation>バッチサイズ {0}</translation>
    </message>
    <message>
        <source>{0}  ·  done in {1}</source>
        <translation>{0}  ·  {1} で完了</translation>
    </message>
    <message>
        <source>{0}  ·  {1} / {2}  ·  {3} samples/s  ·  {4} left</source>
        <translation>{0}  ·  {1} / {2}  ·  毎秒 {3} 個  ·  残り {4}</translation>
    </message>
    <message>
        <source>Fastest: batches of {0}, {1}, {2}x faster than one at a time ({3}).</source>
        <translation>最速: バッチサイズ {0}、{1}。1枚ずつ（{3}）より {2} 倍速くなりました。</translation>
    </message>
    <message>
        <source>Fastest: batches of {0}, {1}.</source>
        <translation>最速: バッチサイズ {0}、{1}。</translation>
    </message>
    <message>
        <source>Batches of {0} took {1}, one at a time {2}.</source>
        <translation>バッチサイズ {0} では {1}、1枚ずつでは {2} かかりました。</translation>
    </message>
    <message>
        <source>Batches of {0} were {1}x faster: {2} instead of {3}.</source>
        <translation>バッチサイズ {0} は {1} 倍速くなりました: {3} ではなく {2}。</translation>
    </message>
    <message>
        <source>Batches of {0} were {1}x slower: {2} instead of {3}.</source>
        <translation>バッチサイズ {0} は {1} 倍遅くなりました: {3} ではなく {2}。</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0}分{1}秒</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0}時間{1}分</translation>
    </message>
</context>
</TS>
