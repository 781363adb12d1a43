<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <source>Active model</source>
        <translation>사용 중인 모델</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&lt;p&gt;Draw a digit and watch the network of chapter 3 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; read it: a 784-50-100-10 perceptron in plain NumPy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;숫자를 그리면 &lt;i&gt;Deep Learning from Scratch&lt;/i&gt;(밑바닥부터 시작하는 딥러닝) 3장의 신경망이 그것을 읽는 모습을 볼 수 있습니다. 순수 NumPy로 만든 784-50-100-10 신경망입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About digitpad</source>
        <translation>digitpad 정보</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>구조</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>은닉층 활성화 함수</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>시험 데이터 정확도</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>훈련 이미지 수</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>학습 시간</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Reproduce with</source>
        <translation>재현 명령</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>스케줄</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>augmented</source>
        <translation>데이터 확장</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>early</source>
        <translation>중간에</translation>
    </message>
    <message>
        <source>in epoch {0}, after {1} of its {2} steps</source>
        <translation>에폭 {0}에서, {2}단계 중 {1}단계 후</translation>
    </message>
    <message>
        <source>after epoch {0}</source>
        <translation>에폭 {0} 후</translation>
    </message>
</context>
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>What the app runs, below: the same values, but the book&apos;s np.exp(-x) overflows (inf, and a warning) below x = -88 in float32, and tanh never does.</source>
        <translation>아래는 앱이 실제로 실행하는 코드입니다. 값은 같지만, 책의 np.exp(-x)는 32비트 부동소수점에서 x = -88보다 작으면 오버플로(무한대와 경고)가 일어나고 tanh는 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>Drag me (or click anywhere on the plot) to read every curve at this x</source>
        <translation>끌어서 옮기거나(그래프 아무 곳이나 클릭해도 됩니다) 이 x에서 모든 곡선의 값을 읽으세요</translation>
    </message>
    <message>
        <source>Plot {0}</source>
        <translation>{0} 그리기</translation>
    </message>
    <message>
        <source>Plot {0} (not in the book&apos;s figures: an extra)</source>
        <translation>{0} 그리기 (책의 그림에는 없는 추가 함수)</translation>
    </message>
    <message>
        <source>derivatives h′(x)</source>
        <translation>도함수 h′(x)</translation>
    </message>
    <message>
        <source>Dashed: the slope of each function, its derivative (what backpropagation multiplies by)</source>
        <translation>점선: 각 함수의 기울기, 즉 도함수(오차역전파법에서 곱하는 값)</translation>
    </message>
    <message>
        <source>Left end of the x axis</source>
        <translation>x축의 왼쪽 끝</translation>
    </message>
    <message>
        <source>Right end of the x axis</source>
        <translation>x축의 오른쪽 끝</translation>
    </message>
    <message>
        <source>Where the marker stands</source>
        <translation>표시선의 위치</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x 범위</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>function</source>
        <translation>함수</translation>
    </message>
    <message>
        <source>At the marker</source>
        <translation>표시선에서의 값</translation>
    </message>
    <message>
        <source>its derivative, {0}</source>
        <translation>도함수 {0}</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>A neuron passes its weighted sum a through h(a). Tick functions to compare them, drag the white line to read each one off, and see the NumPy code that computes it.</source>
        <translation>뉴런은 가중합 a를 h(a)에 통과시킵니다. 함수를 체크해 비교하고, 흰 선을 끌어 각 값을 읽고, 그 값을 계산하는 NumPy 코드를 확인하세요.</translation>
    </message>
    <message>
        <source>{0}   # the book&apos;s code</source>
        <translation>{0}   # 책의 코드</translation>
    </message>
</context>
<context>
    <name>ActivationMaps</name>
    <message>
        <source>layer {0}: {1} units</source>
        <translation>{0}층: 뉴런 {1}개</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>The shipped weights could not be loaded ({0}). Using the book&apos;s sample weights instead.</source>
        <translation>기본 제공 가중치를 불러올 수 없습니다({0}). 대신 책의 예제 가중치를 사용합니다.</translation>
    </message>
    <message>
        <source>No trained weights were found: {0}; {1}. The network has random weights, so its guesses mean nothing yet: use File &gt; Open weights... or import the book&apos;s sample_weight.pkl.</source>
        <translation>학습된 가중치를 찾을 수 없습니다: {0}; {1}. 신경망의 가중치가 무작위이므로 아직 추론 결과에 의미가 없습니다. 파일 &gt; 가중치 열기...를 사용하거나 책의 sample_weight.pkl을 가져오세요.</translation>
    </message>
    <message>
        <source>no place to look for MNIST</source>
        <translation>MNIST를 찾을 위치가 없습니다</translation>
    </message>
    <message>
        <source>digitpad (shipped)</source>
        <translation>digitpad (기본 제공)</translation>
    </message>
    <message>
        <source>the book&apos;s sample weights</source>
        <translation>책의 예제 가중치</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <source>book</source>
        <translation>책</translation>
    </message>
    <message>
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>trained in this window, not saved</source>
        <translation>이 창에서 학습함, 저장하지 않음</translation>
    </message>
    <message>
        <source>untrained (random weights)</source>
        <translation>학습 전 (무작위 가중치)</translation>
    </message>
    <message>
        <source>random weights: no training yet</source>
        <translation>무작위 가중치: 아직 학습하지 않음</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Draw with the left button, erase with the right (or turn the eraser on: E).
Esc clears; Ctrl+Z undoes; keys 0-9 save the drawing with that label.</source>
        <translation>왼쪽 버튼으로 그리고 오른쪽 버튼으로 지웁니다(또는 지우개를 켜세요: E).
Esc는 모두 지우기, Ctrl+Z는 실행 취소, 0-9 키는 그 레이블로 그림을 저장합니다.</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>숫자를 그리세요</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>right</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>read as (predicted)</source>
        <translation>읽은 숫자 (예측)</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>실제 숫자</translation>
    </message>
    <message>
        <source>Run the network to fill
the confusion matrix</source>
        <translation>신경망을 실행하면
혼동 행렬이 채워집니다</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln sample(s) that are a {0}: click to show them</source>
        <translation>
            <numerusform>정답이 {0}인 샘플 %Ln개 모두: 클릭하면 보여 줍니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln sample(s) read as a {0}: click to show them</source>
        <translation>
            <numerusform>인식 결과가 {0}인 샘플 %Ln개 모두: 클릭하면 보여 줍니다</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}s read correctly ({2} of the {3} {1}s)</source>
        <translation>{1}인 샘플 {0}개를 바르게 읽었습니다({1}인 샘플 {3}개 중 {2})</translation>
    </message>
    <message>
        <source>{0} {1}s read as {2} ({3} of the {4} {1}s): click to show them</source>
        <translation>정답 {1}, 인식 결과 {2}인 샘플 {0}개(정답이 {1}인 샘플 {4}개 중 {3}). 클릭하면 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>DataLoader</name>
    <message>
        <source>Loading the {0}...</source>
        <translation>{0} 읽는 중...</translation>
    </message>
    <message>
        <source>No digits saved yet: draw some in the Draw tab and save them with their labels</source>
        <translation>저장한 숫자가 아직 없습니다. 그리기 탭에서 숫자를 그리고 레이블과 함께 저장하세요</translation>
    </message>
    <message>
        <source>{0} of your digits, from {1}</source>
        <translation>내 숫자 {0}개  ·  {1}</translation>
    </message>
    <message>
        <source>{0} images from {1}</source>
        <translation>이미지 {0}개  ·  {1}</translation>
    </message>
    <message>
        <source>MNIST was not found</source>
        <translation>MNIST를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>MNIST could not be used</source>
        <translation>MNIST를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Using MNIST from {0}</source>
        <translation>{0}의 MNIST를 사용합니다</translation>
    </message>
    <message>
        <source>MNIST was found but cannot be used: {0}</source>
        <translation>MNIST를 찾았지만 사용할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>MNIST was not found on this computer</source>
        <translation>이 컴퓨터에서 MNIST를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>That folder cannot be used as MNIST.

{0}</source>
        <translation>그 폴더는 MNIST로 사용할 수 없습니다.

{0}</translation>
    </message>
    <message>
        <source>Not a usable copy of MNIST</source>
        <translation>사용할 수 있는 MNIST가 아닙니다</translation>
    </message>
    <message>
        <source>My digits could not be read</source>
        <translation>내 숫자를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The MNIST folder used last time cannot be used ({0}); looking elsewhere</source>
        <translation>지난번에 사용한 MNIST 폴더를 사용할 수 없어({0}) 다른 곳을 찾습니다</translation>
    </message>
</context>
<context>
    <name>DigitDelegate</name>
    <message>
        <source>is {0}</source>
        <translation>정답 {0}</translation>
    </message>
</context>
<context>
    <name>DigitGridModel</name>
    <message>
        <source>Sample #{0} · a {1}</source>
        <translation>샘플 #{0} · 정답 {1}</translation>
    </message>
    <message>
        <source>Sample #{0} · a {1}
read as {2} ({3} sure): right</source>
        <translation>샘플 #{0} · 정답 {1}
인식 결과 {2} (확률 {3}): 맞음</translation>
    </message>
    <message>
        <source>Sample #{0} · a {1}
read as {2} ({3} sure): wrong</source>
        <translation>샘플 #{0} · 정답 {1}
인식 결과 {2} (확률 {3}): 틀림</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>There is no connection to the download sites, so MNIST cannot be downloaded now: choose a folder that holds the four MNIST files instead (Choose folder...).</source>
        <translation>다운로드 사이트에 연결할 수 없어 지금은 MNIST를 다운로드할 수 없습니다. 대신 MNIST 파일 4개가 든 폴더를 선택하세요(폴더 선택...).</translation>
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
        <translation>이 컴퓨터에 아직 MNIST가 없습니다</translation>
    </message>
    <message>
        <source>This tab runs the network over MNIST&apos;s handwritten digits: 10,000 in the test set, 60,000 in the training set. Download the four files (each is checked against its published checksum), or choose a folder that already has them: the four IDX files, gzipped or not, or Keras&apos;s mnist.npz.</source>
        <translation>이 탭은 MNIST의 손글씨 숫자(시험 데이터 10,000개, 훈련 데이터 60,000개)로 신경망을 실행합니다. 파일 4개를 다운로드하거나(각 파일은 공개된 체크섬으로 확인합니다), 이미 파일이 있는 폴더를 선택하세요. IDX 파일 4개(gzip 압축 여부는 상관없음)나 케라스의 mnist.npz 파일을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation>폴더 선택...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Or pick My digits above to evaluate the digits you drew and saved.</source>
        <translation>또는 위에서 내 숫자를 골라 직접 그려 저장한 숫자를 평가하세요.</translation>
    </message>
    <message>
        <source>MNIST&apos;s files are here, but they cannot be read</source>
        <translation>MNIST 파일이 이 컴퓨터에 있지만 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Download MNIST (about {0})</source>
        <translation>MNIST 다운로드 (약 {0})</translation>
    </message>
    <message>
        <source>From, in turn: {0}</source>
        <translation>다음 순서로 시도합니다: {0}</translation>
    </message>
    <message>
        <source>Downloads go to {0}</source>
        <translation>다운로드 위치: {0}</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>연결하는 중...</translation>
    </message>
    <message>
        <source>Download cancelled; nothing half-written was kept.</source>
        <translation>다운로드를 취소했습니다. 쓰다 만 파일은 남기지 않았습니다.</translation>
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
        <translation>MNIST를 다운로드하고 확인했습니다: {0}</translation>
    </message>
    <message>
        <source>The download failed. {0}</source>
        <translation>다운로드에 실패했습니다. {0}</translation>
    </message>
    <message>
        <source>MNIST could not be downloaded</source>
        <translation>MNIST를 다운로드할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>Brush width. The default makes strokes as thick as MNIST&apos;s once the drawing is scaled to 20 pixels.</source>
        <translation>붓 굵기. 기본값은 그림을 20픽셀로 줄였을 때 MNIST와 같은 굵기가 됩니다.</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>지우개</translation>
    </message>
    <message>
        <source>Erase with the left button too, for one-button trackpads (E); the right button always erases</source>
        <translation>왼쪽 버튼으로도 지웁니다. 버튼이 하나인 트랙패드용(E). 오른쪽 버튼은 항상 지웁니다</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>마지막 획 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>다시 실행 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Clear the canvas (Esc)</source>
        <translation>캔버스 모두 지우기 (Esc)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>붓</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Keep this drawing in My digits with its true label (or press the digit key while the canvas has focus)</source>
        <translation>이 그림을 올바른 레이블과 함께 내 숫자에 저장합니다(캔버스에 포커스가 있을 때 숫자 키를 눌러도 됩니다)</translation>
    </message>
    <message>
        <source>Too small to read</source>
        <translation>너무 작아서 읽을 수 없음</translation>
    </message>
    <message>
        <source>A mark less than two brush widths across is not read as a digit: draw it bigger.</source>
        <translation>붓 굵기 두 배보다 작은 표시는 숫자로 읽지 않습니다. 더 크게 그리세요.</translation>
    </message>
    <message>
        <source>The 28x28 input: your strokes drawn again with MNIST&apos;s pen width, whatever your brush, scaled so the longer side is 20 px (dashed box), and moved so the centre of mass is at the centre (cross), how MNIST&apos;s digits were made.</source>
        <translation>28x28 입력: 붓 굵기와 상관없이 MNIST의 펜 굵기로 획을 다시 그리고, 긴 변이 20 px가 되도록 크기를 맞추고(점선 상자), 무게 중심이 가운데 오도록(십자) 옮깁니다. MNIST의 숫자를 만든 방법과 같습니다.</translation>
    </message>
    <message>
        <source>Compare with a plain downscale</source>
        <translation>단순 축소와 비교</translation>
    </message>
    <message>
        <source>Show the whole canvas shrunk to 28x28 without MNIST&apos;s preprocessing, and what the network makes of it</source>
        <translation>MNIST의 전처리 없이 캔버스 전체를 28x28로 줄인 모습과, 신경망이 그것을 어떻게 읽는지 보여 줍니다</translation>
    </message>
    <message>
        <source>prepared like MNIST</source>
        <translation>MNIST처럼 전처리</translation>
    </message>
    <message>
        <source>Your picture cropped to its ink, scaled so the longer side is 20 pixels (dashed box), moved so the centre of mass sits in the middle (cross): how MNIST&apos;s digits were made.</source>
        <translation>그림을 잉크가 있는 부분만 잘라 긴 변이 20픽셀이 되도록 맞추고(점선 상자), 무게 중심이 가운데 오도록(십자) 옮겼습니다. MNIST의 숫자를 만든 방법과 같습니다.</translation>
    </message>
    <message>
        <source>The 28x28 input: the picture on the canvas (and anything drawn on it) cropped to its ink, its lines as thick as they are, scaled so the longer side is 20 px (dashed box), and moved so the centre of mass is at the centre (cross), how MNIST&apos;s digits were made.</source>
        <translation>28x28 입력: 캔버스의 그림(그 위에 그린 것 포함)을 잉크가 있는 부분만 잘라 선 굵기는 그대로 두고, 긴 변이 20 px가 되도록 크기를 맞추고(점선 상자), 무게 중심이 가운데 오도록(십자) 옮깁니다. MNIST의 숫자를 만든 방법과 같습니다.</translation>
    </message>
    <message>
        <source>Your strokes redrawn with MNIST&apos;s pen width, scaled so the longer side is 20 pixels (dashed box), moved so the centre of mass sits in the middle (cross): how MNIST&apos;s digits were made.</source>
        <translation>MNIST의 펜 굵기로 다시 그린 획을 긴 변이 20픽셀이 되도록 맞추고(점선 상자), 무게 중심이 가운데 오도록(십자) 옮겼습니다. MNIST의 숫자를 만든 방법과 같습니다.</translation>
    </message>
    <message>
        <source>20 px box, centred by mass</source>
        <translation>20픽셀 상자, 무게중심 맞춤</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>신경망이 보는 것</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>신경망 내부</translation>
    </message>
    <message>
        <source>Each cell is one hidden unit; brighter means a larger activation.</source>
        <translation>칸 하나가 은닉층의 뉴런 하나입니다. 밝을수록 활성화 값이 큽니다.</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>숫자를 그리세요</translation>
    </message>
    <message>
        <source>Left button draws, right or Eraser (E) erases; or drop a picture.</source>
        <translation>왼쪽 버튼은 그리기, 오른쪽 버튼이나 지우개(E)는 지우기. 그림을 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <source>The network reads a {0}; next best {1} ({2}).</source>
        <translation>신경망의 답은 {0}입니다. 다음 후보는 {1}({2})입니다.</translation>
    </message>
    <message>
        <source>The network reads a {0}; nothing else comes close.</source>
        <translation>신경망의 답은 {0}입니다. 다른 후보는 거의 없습니다.</translation>
    </message>
    <message>
        <source>{0} or {1}?</source>
        <translation>{0} 또는 {1}?</translation>
    </message>
    <message>
        <source>Not sure: {0} ({1}) or {2} ({3}).</source>
        <translation>확실하지 않습니다: {0}({1}) 또는 {2}({3}).</translation>
    </message>
    <message>
        <source>Opened {0}: the network reads a {1} ({2}). Keep drawing on it, or Ctrl+Z to undo.</source>
        <translation>열었습니다: {0}. 신경망의 답은 {1}({2})입니다. 그 위에 계속 그리거나 Ctrl+Z로 되돌리세요.</translation>
    </message>
    <message>
        <source>Nothing to save: draw a digit first.</source>
        <translation>저장할 것이 없습니다. 먼저 숫자를 그리세요.</translation>
    </message>
    <message>
        <source>Not saved: the drawing is too small to be a digit. Draw it bigger.</source>
        <translation>저장하지 않았습니다: 그림이 너무 작아 숫자로 볼 수 없습니다. 더 크게 그리세요.</translation>
    </message>
    <message>
        <source>Could not save the digit</source>
        <translation>숫자를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved as a {0}; {1} in My digits. The canvas was cleared: Ctrl+Z brings the drawing back.</source>
        <translation>저장했습니다(레이블 {0}). 내 숫자에 {1}개가 있습니다. 캔버스를 지웠습니다. Ctrl+Z로 그림을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Saved as a {0} (the network read it right); {1} in My digits. The canvas was cleared: Ctrl+Z brings the drawing back.</source>
        <translation>저장했습니다(레이블 {0}, 신경망이 맞게 읽음). 내 숫자에 {1}개가 있습니다. 캔버스를 지웠습니다. Ctrl+Z로 그림을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Saved as a {0} (the network read a {1}); {2} in My digits. The canvas was cleared: Ctrl+Z brings the drawing back.</source>
        <translation>저장했습니다(레이블 {0}, 신경망의 답은 {1}). 내 숫자에 {2}개가 있습니다. 캔버스를 지웠습니다. Ctrl+Z로 그림을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>{0}

It could not be moved aside either ({1}), so saving is off until the file is fixed or removed.</source>
        <translation>{0}

파일을 옆으로 옮길 수도 없었습니다({1}). 파일을 고치거나 지울 때까지 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>{0}

It was kept as {1}; new digits will be saved in a fresh file beside it.</source>
        <translation>{0}

그 파일은 다음 이름으로 보관했습니다: {1}. 새 숫자는 그 옆의 새 파일에 저장됩니다.</translation>
    </message>
    <message>
        <source>My digits could not be read</source>
        <translation>내 숫자를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>My digits: unavailable</source>
        <translation>내 숫자: 사용할 수 없음</translation>
    </message>
    <message>
        <source>My digits: {0} saved  ·  the keys 0-9 save the drawing too</source>
        <translation>내 숫자: {0}개 저장됨  ·  0-9 키로도 저장합니다</translation>
    </message>
    <message>
        <source>Kept in {0}</source>
        <translation>저장 위치: {0}</translation>
    </message>
    <message>
        <source>Save the drawing as a {0} (key {0})</source>
        <translation>그림 저장: 레이블 {0} (키 {0})</translation>
    </message>
    <message>
        <source>The sample is on the canvas: the network reads a {0} ({1}). Draw on it to see what changes.</source>
        <translation>샘플을 캔버스에 올렸습니다. 신경망의 답은 {0}({1})입니다. 그 위에 그려서 무엇이 바뀌는지 보세요.</translation>
    </message>
    <message>
        <source>Inside the network ({0})</source>
        <translation>신경망 내부 ({0})</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Why this digit, not that one</source>
        <translation>왜 저 숫자가 아니라 이 숫자인가</translation>
    </message>
    <message>
        <source>the runner-up</source>
        <translation>2위 숫자</translation>
    </message>
    <message>
        <source>Blue pixels push toward this digit instead of the answer</source>
        <translation>파란 픽셀은 답 대신 이 숫자 쪽으로 밉니다</translation>
    </message>
    <message>
        <source>Answer against</source>
        <translation>비교할 숫자</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab: its evidence map appears here.</source>
        <translation>그리기 탭에서 숫자를 그리세요. 근거 지도가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>{0} is the answer itself: pick another digit to compare it with.</source>
        <translation>고른 숫자({0})는 답 그 자체입니다. 비교할 다른 숫자를 고르세요.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt;: toward {1}&lt;br&gt;&lt;span style=&apos;color:{2}&apos;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt;: toward {3}</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;&lt;b&gt;빨강&lt;/b&gt;&lt;/span&gt;: {1} 쪽&lt;br&gt;&lt;span style=&apos;color:{2}&apos;&gt;&lt;b&gt;파랑&lt;/b&gt;&lt;/span&gt;: {3} 쪽</translation>
    </message>
    <message>
        <source>Each pixel&apos;s share of {0} − {1}, the gap between the two scores, collected on the way from a blank canvas to your drawing (integrated gradients). Blank: {2}, yours: {3}; the pixels add up to {4} of the {5} change.</source>
        <translation>두 점수의 차이 {0} − {1}에 대한 각 픽셀의 몫으로, 빈 캔버스에서 내 그림까지 가는 길에서 모은 값입니다(적분 기울기). 빈 캔버스: {2}, 내 그림: {3}. 픽셀을 모두 더하면 변화량 {5} 중 {4}입니다.</translation>
    </message>
    <message>
        <source>They miss it by {0}: this network&apos;s activation has no usable slope (a gradient of 0 almost everywhere).</source>
        <translation>{0}만큼 어긋납니다. 이 신경망의 활성화 함수에는 쓸 만한 기울기가 없습니다(거의 모든 곳에서 기울기가 0).</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Activation functions</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Matrix product</source>
        <translation>다차원 배열의 계산</translation>
    </message>
    <message>
        <source>A 3-layer network</source>
        <translation>3층 신경망 구현하기</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>출력층 설계하기</translation>
    </message>
    <message>
        <source>Swap the activation</source>
        <translation>활성화 함수 바꿔 보기</translation>
    </message>
    <message>
        <source>predict() on your digit</source>
        <translation>내 숫자로 predict() 실행</translation>
    </message>
    <message>
        <source>section {0}</source>
        <translation>{0}절</translation>
    </message>
    <message>
        <source>Section {0} of the book: {1}</source>
        <translation>책의 {0}절: {1}</translation>
    </message>
    <message>
        <source>Every value here is computed by {0} while you watch: change an input and everything after it follows.</source>
        <translation>여기 있는 모든 값은 보는 동안 {0} 코드가 직접 계산합니다. 입력을 바꾸면 그 뒤의 모든 값이 따라 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open weights...</source>
        <translation>가중치 열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Use a network saved as .npz (or the book&apos;s .pkl)</source>
        <translation>.npz로 저장된 신경망(또는 책의 .pkl)을 사용합니다</translation>
    </message>
    <message>
        <source>&amp;Import the book&apos;s sample_weight.pkl...</source>
        <translation>책의 sample_weight.pkl 가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>Read the book&apos;s ch03/sample_weight.pkl through a safe importer</source>
        <translation>책의 ch03/sample_weight.pkl을 안전한 방법으로 읽습니다</translation>
    </message>
    <message>
        <source>Use the &amp;shipped weights</source>
        <translation>기본 제공 가중치 사용(&amp;S)</translation>
    </message>
    <message>
        <source>Switch back to the network that comes with digitpad</source>
        <translation>digitpad에 포함된 신경망으로 돌아갑니다</translation>
    </message>
    <message>
        <source>Open i&amp;mage...</source>
        <translation>그림 열기(&amp;M)...</translation>
    </message>
    <message>
        <source>Classify a picture of a digit (PNG, JPG, ...)</source>
        <translation>숫자 그림(PNG, JPG, ...)을 분류합니다</translation>
    </message>
    <message>
        <source>My &amp;digits...</source>
        <translation>내 숫자(&amp;D)...</translation>
    </message>
    <message>
        <source>See every drawing you saved: relabel, delete, open in the Draw tab, export</source>
        <translation>저장한 그림을 모두 봅니다: 레이블 변경, 삭제, 그리기 탭에서 열기, 내보내기</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>획 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>획 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear canvas</source>
        <translation>캔버스 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text everywhere, for a projector or the back row</source>
        <translation>모든 글자를 크게 합니다. 프로젝터나 뒷자리를 위해</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text everywhere</source>
        <translation>모든 글자를 작게 합니다</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>글자를 보통 크기로</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the screen with the window (F11 again to leave)</source>
        <translation>창을 화면 가득 채웁니다(F11을 다시 누르면 돌아옵니다)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About digitpad and the model</source>
        <translation>digitpad와 모델 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
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
        <translation>다음에 시작할 때부터 digitpad를 이 언어로 표시합니다: {0}.</translation>
    </message>
    <message>
        <source>Restarting closes the window as Quit does: settings, My digits and saved models are kept; a drawing not saved to My digits and a trained network not saved are not.</source>
        <translation>다시 시작하면 종료할 때처럼 창이 닫힙니다. 설정, 내 숫자, 저장한 모델은 그대로 남지만, 내 숫자에 저장하지 않은 그림과 저장하지 않은 학습 결과 신경망은 남지 않습니다.</translation>
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
        <translation>{0} 글자를 표시할 수 있는 글꼴이 없어 digitpad를 영어로 표시합니다. 글꼴을 설치하고(Linux: fonts-noto-cjk) 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>{0} tab: its saved settings could not be used; it starts on its defaults.</source>
        <translation>{0} 탭: 저장된 설정을 사용할 수 없어 기본값으로 시작합니다.</translation>
    </message>
    <message>
        <source>{0} tab</source>
        <translation>{0} 탭</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: saved {1} could not be used; defaults instead.</source>
        <translation>{0}: 저장된 설정({1})을 사용할 수 없어 기본값을 씁니다.</translation>
    </message>
    <message>
        <source>Zoom {0}</source>
        <translation>확대/축소 {0}</translation>
    </message>
    <message>
        <source>Model: {0}  ·  {1}  ·  test accuracy {2}</source>
        <translation>모델: {0}  ·  {1}  ·  시험 데이터 정확도 {2}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>출처: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <source>Now using {0}</source>
        <translation>사용 중인 모델: {0}</translation>
    </message>
    <message>
        <source>Cannot use these weights</source>
        <translation>이 가중치를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>{0}

Still using {1}.</source>
        <translation>{0}

계속 사용하는 모델: {1}.</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>가중치 열기</translation>
    </message>
    <message>
        <source>Network weights (*.npz *.pkl);;All files (*)</source>
        <translation>신경망 가중치 (*.npz *.pkl);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import the book&apos;s sample_weight.pkl</source>
        <translation>책의 sample_weight.pkl 가져오기</translation>
    </message>
    <message>
        <source>The book&apos;s weights (sample_weight.pkl *.pkl)</source>
        <translation>책의 가중치 (sample_weight.pkl *.pkl)</translation>
    </message>
    <message>
        <source>Cannot use the shipped weights</source>
        <translation>기본 제공 가중치를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Open a picture of a digit</source>
        <translation>숫자 그림 열기</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.pgm *.ppm);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.pgm *.ppm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>MNIST folder</source>
        <translation>MNIST 폴더</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
</context>
<context>
    <name>MatrixProduct</name>
    <message>
        <source>Click an entry of Y to see which row and column make it</source>
        <translation>Y의 원소를 클릭하면 어느 행과 열로 만들어지는지 보여 줍니다</translation>
    </message>
    <message>
        <source>Rows of X (how many samples in the batch)</source>
        <translation>X의 행 수 (배치에 든 샘플 수)</translation>
    </message>
    <message>
        <source>Columns of X (inputs per sample)</source>
        <translation>X의 열 수 (샘플 하나의 입력 수)</translation>
    </message>
    <message>
        <source>Rows of W (must equal the columns of X)</source>
        <translation>W의 행 수 (X의 열 수와 같아야 합니다)</translation>
    </message>
    <message>
        <source>Columns of W (neurons in the layer)</source>
        <translation>W의 열 수 (층의 뉴런 수)</translation>
    </message>
    <message>
        <source>Edit any cell; change the shapes with the spin boxes</source>
        <translation>셀을 고쳐 보고, 형상은 스핀 상자로 바꾸세요</translation>
    </message>
    <message>
        <source>Try two rows in X: a batch of two inputs gives Y a row for each, the same product. That is how the network reads 100 images in one go (section 3.6.3).</source>
        <translation>X를 2행으로 해 보세요. 입력 2개짜리 배치를 넣으면 같은 곱으로 Y에 입력마다 한 행씩 생깁니다. 신경망은 이렇게 이미지 100장을 한 번에 읽습니다(3.6.3 배치 처리).</translation>
    </message>
    <message>
        <source>The same in NumPy</source>
        <translation>NumPy로 똑같이</translation>
    </message>
    <message>
        <source>np.dot(X, W) of 2-D arrays is the matrix product; a layer of a neural network is exactly this, plus a bias.</source>
        <translation>2차원 배열의 np.dot(X, W)은 행렬의 곱입니다. 신경망의 층 하나는 바로 이것에 편향을 더한 것입니다.</translation>
    </message>
    <message>
        <source>Matrix product</source>
        <translation>행렬의 곱</translation>
    </message>
    <message>
        <source>Y = X · W: each entry of Y is a row of X times a column of W, so the columns of X must match the rows of W.</source>
        <translation>Y = X · W: Y의 각 원소는 X의 한 행과 W의 한 열을 곱한 것이므로, X의 열 수와 W의 행 수가 같아야 합니다.</translation>
    </message>
    <message>
        <source>Not a number in {0}: type a number there.</source>
        <translation>{0}에 숫자가 아닌 값이 있습니다. 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>X has {0} column</source>
        <translation>X는 열이 {0}개</translation>
    </message>
    <message>
        <source>X has {0} columns</source>
        <translation>X는 열이 {0}개</translation>
    </message>
    <message>
        <source>W has {0} row</source>
        <translation>W는 행이 {0}개</translation>
    </message>
    <message>
        <source>W has {0} rows</source>
        <translation>W는 행이 {0}개</translation>
    </message>
    <message>
        <source>{0} but {1}. Every entry of Y pairs a row of X with a column of W, number by number, so they must be equally long: make X {2} or W {3}.
NumPy says: ValueError: {4}</source>
        <translation>{0}인데 {1}입니다. Y의 각 원소는 X의 행과 W의 열을 원소끼리 짝지어 계산하므로 두 길이가 같아야 합니다. X를 {2} 모양으로, 또는 W를 {3} 모양으로 바꾸세요.
NumPy의 메시지: ValueError: {4}</translation>
    </message>
    <message>
        <source>inner sizes match</source>
        <translation>안쪽 차원 일치</translation>
    </message>
    <message>
        <source>inner sizes differ</source>
        <translation>안쪽 차원 불일치</translation>
    </message>
    <message>
        <source>no product</source>
        <translation>곱 불가</translation>
    </message>
    <message>
        <source>Y[{0}, {1}] = row {0} of X · column {1} of W = {2} = {3}</source>
        <translation>Y[{0}, {1}] = X의 {0}행 · W의 {1}열 = {2} = {3}</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>28x28 pixels, row by row, divided by 255 (white digit on black)</source>
        <translation>28x28 픽셀을 한 줄씩 펼쳐 255로 나눈 값 (검은 바탕에 흰 숫자)</translation>
    </message>
</context>
<context>
    <name>MyDigitsView</name>
    <message>
        <source>My digits</source>
        <translation>내 숫자</translation>
    </message>
    <message>
        <source>Label as</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Give the selected drawing the label {0} (key {0})</source>
        <translation>선택한 그림의 레이블 바꾸기: {0} (키 {0})</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the selected drawing (Del); Undo brings it back</source>
        <translation>선택한 그림 삭제(Del). 실행 취소로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo the last relabel or delete (Ctrl+Z)</source>
        <translation>마지막 레이블 변경이나 삭제를 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Open in Draw tab</source>
        <translation>그리기 탭에서 열기</translation>
    </message>
    <message>
        <source>Put the drawing on the canvas (or double-click it)</source>
        <translation>그림을 캔버스에 올립니다(또는 두 번 클릭)</translation>
    </message>
    <message>
        <source>Export as IDX...</source>
        <translation>IDX로 내보내기...</translation>
    </message>
    <message>
        <source>Write every digit as MNIST&apos;s IDX files, for other tools</source>
        <translation>모든 숫자를 MNIST의 IDX 파일로 씁니다(다른 도구용)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close this window (Esc); every change is already saved</source>
        <translation>이 창을 닫습니다 (Esc). 바꾼 내용은 모두 이미 저장되어 있습니다</translation>
    </message>
    <message>
        <source>No drawings saved yet: draw one and press a digit key to keep it.</source>
        <translation>아직 저장한 그림이 없습니다. 그림을 그리고 숫자 키를 눌러 저장하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n drawing saved in {0}</source>
        <translation>
            <numerusform>그림 %n개가 {0}에 저장되어 있습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawings saved in {0}</source>
        <translation>
            <numerusform>그림 %n개가 {0}에 저장되어 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Now labelled {0} (was {1}).</source>
        <translation>레이블을 바꿨습니다: {1} → {0}.</translation>
    </message>
    <message>
        <source>Deleted. Undo brings it back.</source>
        <translation>삭제했습니다. 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Export My digits as IDX files</source>
        <translation>내 숫자를 IDX 파일로 내보내기</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
    <message>
        <source>{0} already exist in {1}: replace?</source>
        <translation>{1}에 이미 있는 파일: {0}. 바꿀까요?</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Could not export: {0}</source>
        <translation>내보낼 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Wrote {0} and {1} in {2}.</source>
        <translation>{2}에 썼습니다: {0}, {1}.</translation>
    </message>
</context>
<context>
    <name>NaiveReading</name>
    <message>
        <source>The whole canvas squeezed into 28x28 with no cropping or centring.</source>
        <translation>자르거나 가운데로 옮기지 않고 캔버스 전체를 28x28로 줄였습니다.</translation>
    </message>
    <message>
        <source>Green when the plain downscale is read as the same digit as the network&apos;s answer (read from the input prepared like MNIST); red when it is read as another digit.</source>
        <translation>단순 축소한 그림을 신경망의 답(MNIST처럼 전처리한 입력에서 읽은 것)과 같은 숫자로 읽으면 초록색, 다른 숫자로 읽으면 빨간색입니다.</translation>
    </message>
    <message>
        <source>plain downscale</source>
        <translation>단순 축소</translation>
    </message>
    <message>
        <source>reads {0} ({1}): same as the answer</source>
        <translation>{0}({1}): 답과 같음</translation>
    </message>
    <message>
        <source>reads {0} ({1}): the answer is {2}</source>
        <translation>{0}({1}): 답은 {2}</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>input</source>
        <translation>입력층</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>{0}층</translation>
    </message>
    <message>
        <source>bias {0}</source>
        <translation>편향 {0}</translation>
    </message>
    <message>
        <source>The bias node: a constant 1, weighted by b{0} = {1} into layer {0}.</source>
        <translation>편향 노드: 상수 1 × b{0}({1}) 값을 {0}층에 더합니다.</translation>
    </message>
    <message>
        <source>input x{0}{1}</source>
        <translation>입력 x{0}{1}</translation>
    </message>
    <message>
        <source>a{0} of layer {1} = {2} + {3}</source>
        <translation>{1}층의 a{0} = {2} + {3}</translation>
    </message>
</context>
<context>
    <name>PersonalSwitch</name>
    <message>
        <source>Teaching your digits...</source>
        <translation>내 숫자를 학습하는 중...</translation>
    </message>
    <message>
        <source>Use the shipped weights</source>
        <translation>기본 제공 가중치 사용</translation>
    </message>
    <message>
        <source>Read with digitpad&apos;s shipped network (your model is kept)</source>
        <translation>digitpad에 포함된 신경망으로 읽습니다(내 모델은 그대로 남습니다)</translation>
    </message>
    <message>
        <source>Use my model</source>
        <translation>내 모델 사용</translation>
    </message>
    <message numerus="yes">
        <source>Read with {0} (and %n drawing(s) it read right)</source>
        <translation>
            <numerusform>읽는 모델: {0} (맞게 읽은 그림 %n개도 배움)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read with {0}</source>
        <translation>읽는 모델: {0}</translation>
    </message>
    <message>
        <source>Cannot use the shipped weights</source>
        <translation>기본 제공 가중치를 사용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>PictureOpener</name>
    <message>
        <source>The picture is too large</source>
        <translation>그림이 너무 큽니다</translation>
    </message>
    <message>
        <source>{0} is {1} x {2} pixels; the largest picture digitpad opens has {3} megapixels (for example {4} x {4}).</source>
        <translation>{0}: {1} x {2} 픽셀입니다. digitpad가 열 수 있는 가장 큰 그림은 {3}메가픽셀입니다(예: {4} x {4}).</translation>
    </message>
    <message>
        <source>Opening {0}...</source>
        <translation>{0} 여는 중...</translation>
    </message>
    <message>
        <source>{0} is empty: there is no picture in it.</source>
        <translation>{0} 파일이 비어 있습니다. 그림이 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>{0} could not be read as an image: {1}.</source>
        <translation>{0}: 이미지로 읽을 수 없습니다. {1}.</translation>
    </message>
    <message>
        <source>Cannot open the picture</source>
        <translation>그림을 열 수 없습니다</translation>
    </message>
    <message>
        <source>the dropped picture</source>
        <translation>끌어다 놓은 그림</translation>
    </message>
    <message>
        <source>Cannot use the picture</source>
        <translation>그림을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>{0} holds no image data: the program it came from sent an empty picture. Try saving it as a file and dropping the file instead.</source>
        <translation>{0}에 이미지 데이터가 없습니다. 원래 프로그램이 빈 그림을 보냈습니다. 파일로 저장한 뒤 그 파일을 끌어다 놓아 보세요.</translation>
    </message>
    <message>
        <source>Nothing to read</source>
        <translation>읽을 것이 없습니다</translation>
    </message>
    <message>
        <source>{0} looks blank: no ink stands out from its background.</source>
        <translation>{0}: 비어 있는 것 같습니다. 배경과 구별되는 선이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PredictWalk</name>
    <message>
        <source>The input layer: the 28×28 drawing as 784 numbers, each pixel divided by 255 (normalize=True). The app folds the /255 into W1 when it runs; the values are the same.</source>
        <translation>입력층: 28×28 그림을 784개의 수로 펼치고 각 픽셀을 255로 나눕니다(정규화). 앱은 실행할 때 /255를 W1에 미리 합쳐 두지만 값은 같습니다.</translation>
    </message>
    <message>
        <source>softmax turns the scores into probabilities that add up to 1, keeping their order: the answer is {0} ({1}), the runner-up {2}.</source>
        <translation>소프트맥스 함수는 점수를 순서는 그대로 두고 합이 1인 확률로 바꿉니다. 답은 {0} ({1}), 2위는 {2}입니다.</translation>
    </message>
    <message>
        <source>The weighted sums: each of the {0} neurons multiplies the {1} values of {2} by its weights and adds its bias. Red: positive, blue: negative. These are the output layer&apos;s scores.</source>
        <translation>가중합: 뉴런 {0}개가 각각 {2}의 값 {1}개에 가중치를 곱하고 편향을 더합니다. 빨강은 양수, 파랑은 음수입니다. 이것이 출력층의 점수입니다.</translation>
    </message>
    <message>
        <source>The weighted sums: each of the {0} neurons multiplies the {1} values of {2} by its weights and adds its bias. Red: positive, blue: negative.</source>
        <translation>가중합: 뉴런 {0}개가 각각 {2}의 값 {1}개에 가중치를 곱하고 편향을 더합니다. 빨강은 양수, 파랑은 음수입니다.</translation>
    </message>
    <message>
        <source>The activation function h() = {0} turns each weighted sum into the signal the next layer receives (0 to 1).</source>
        <translation>활성화 함수 h() = {0}: 각 가중합을 다음 층이 받을 신호(0~1)로 바꿉니다.</translation>
    </message>
    <message>
        <source>The activation function h() = {0} turns each weighted sum into the signal the next layer receives.</source>
        <translation>활성화 함수 h() = {0}: 각 가중합을 다음 층이 받을 신호로 바꿉니다.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <source>The line before: undo one step of predict()</source>
        <translation>이전 줄: predict()를 한 단계 되돌립니다</translation>
    </message>
    <message>
        <source>Run the next line of predict()</source>
        <translation>predict()의 다음 줄을 실행합니다</translation>
    </message>
    <message>
        <source>Run predict() to the end</source>
        <translation>predict()를 끝까지 실행합니다</translation>
    </message>
    <message>
        <source>predict() on your digit</source>
        <translation>내 숫자로 predict() 실행</translation>
    </message>
    <message>
        <source>The network reading your drawing, as the book&apos;s predict() computes it, line by line. Step through it, point at a neuron, see which ink made it choose.</source>
        <translation>책의 predict()가 계산하는 그대로, 신경망이 내 그림을 한 줄씩 읽습니다. 한 단계씩 진행하고, 뉴런을 가리키고, 어떤 획이 답을 정했는지 확인하세요.</translation>
    </message>
    <message>
        <source>x as 28×28</source>
        <translation>28×28로 본 x</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab to see what goes into each neuron.</source>
        <translation>그리기 탭에서 숫자를 그리면 각 뉴런에 무엇이 들어가는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>{0}: shape {1}</source>
        <translation>{0}: 형상 {1}</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab: every line below is then computed on it.</source>
        <translation>그리기 탭에서 숫자를 그리세요. 아래의 모든 줄이 그 숫자로 계산됩니다.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>No network trained yet.</source>
        <translation>아직 학습한 신경망이 없습니다.</translation>
    </message>
    <message>
        <source>Training a new network: its result appears here when the run ends.</source>
        <translation>새 신경망을 학습하는 중입니다. 학습이 끝나면 결과가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>저장...</translation>
    </message>
    <message>
        <source>Write the weights (.npz) and their model card (.json) beside them</source>
        <translation>가중치(.npz)를 저장하고 그 옆에 모델 카드(.json)를 씁니다</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>이 모델 사용</translation>
    </message>
    <message>
        <source>Make this network the app&apos;s model: every tab switches to it</source>
        <translation>이 신경망을 앱의 모델로 정합니다. 모든 탭이 이 모델로 바뀝니다</translation>
    </message>
    <message>
        <source>Fine-tune on My digits</source>
        <translation>내 숫자로 미세 조정</translation>
    </message>
    <message>
        <source>Teach the active model all of your saved digits, replaying MNIST so it is not forgotten; it becomes your personal model</source>
        <translation>사용 중인 모델에 저장한 숫자를 모두 학습시킵니다. MNIST도 함께 다시 학습해 잊지 않게 하며, 결과는 내 모델이 됩니다</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;From the run before: the new one failed.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;이전 학습의 결과입니다. 새 학습은 실패했습니다.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Fine-tune on My digits: it starts when the fine-tune running now ends.</source>
        <translation>내 숫자로 미세 조정: 지금 진행 중인 미세 조정이 끝나면 시작합니다.</translation>
    </message>
    <message>
        <source>The fine-tune was stopped: your personal model was reset.</source>
        <translation>미세 조정을 멈췄습니다. 내 모델이 초기화되었습니다.</translation>
    </message>
    <message>
        <source>Not fine-tuned: {0}</source>
        <translation>미세 조정하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>Fine-tuning {0} on My digits: reading them and MNIST...</source>
        <translation>미세 조정 중 (모델: {0}): 내 숫자와 MNIST를 읽는 중...</translation>
    </message>
    <message numerus="yes">
        <source>Fine-tuning {0} on %n of your digit(s): step {1} of {2}...</source>
        <translation>
            <numerusform>미세 조정 중 (모델: {0}, 내 숫자 %n개): {2}단계 중 {1}단계...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fine-tuned {0} on %n of your digit(s) in {1}.</source>
        <translation>
            <numerusform>미세 조정했습니다 (모델: {0}, 내 숫자 %n개, {1}).</numerusform>
        </translation>
    </message>
    <message>
        <source>MNIST test accuracy {0} before, &lt;b style=&apos;color:{2}&apos;&gt;{1}&lt;/b&gt; after.</source>
        <translation>MNIST 시험 데이터 정확도: 전 {0}, 후 &lt;b style=&apos;color:{2}&apos;&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>MNIST test accuracy after: &lt;b style=&apos;color:{1}&apos;&gt;{0}&lt;/b&gt;.</source>
        <translation>미세 조정 후 MNIST 시험 데이터 정확도: &lt;b style=&apos;color:{1}&apos;&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>It is now your personal model, and every tab uses it.</source>
        <translation>이제 이것이 내 모델이며, 모든 탭이 이 모델을 사용합니다.</translation>
    </message>
    <message>
        <source>changed from {0}: {1}</source>
        <translation>{0}에서 바꾼 항목: {1}</translation>
    </message>
    <message>
        <source>Test accuracy &lt;b style=&apos;color:{0}&apos;&gt;{1}&lt;/b&gt;, validation {2}</source>
        <translation>시험 데이터 정확도 &lt;b style=&apos;color:{0}&apos;&gt;{1}&lt;/b&gt;, 검증 {2}</translation>
    </message>
    <message>
        <source>Test accuracy &lt;b style=&apos;color:{0}&apos;&gt;{1}&lt;/b&gt;</source>
        <translation>시험 데이터 정확도 &lt;b style=&apos;color:{0}&apos;&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Validation {0}</source>
        <translation>검증 {0}</translation>
    </message>
    <message>
        <source>{0} training images</source>
        <translation>훈련 이미지 {0}장</translation>
    </message>
    <message>
        <source>{0} of {1} steps in {2}</source>
        <translation>{2} 동안 {1}단계 중 {0}단계</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) and {0} of {1} steps in {2}</source>
        <translation>
            <numerusform>{2} 동안 %n 에폭과 {1}단계 중 {0}단계</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped partway through epoch {0}: the weights as they were then.</source>
        <translation>에폭 {0} 중간에 멈췄습니다. 그때의 가중치입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) in {0}</source>
        <translation>
            <numerusform>{0} 동안 %n 에폭</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused for {0} (not counted)</source>
        <translation>{0} 동안 일시 정지 (시간에 넣지 않음)</translation>
    </message>
    <message>
        <source>Stopped while the teacher trained: this network has not learned anything yet, so there is nothing to use or save.</source>
        <translation>교사 신경망을 학습하는 중에 멈췄습니다. 이 신경망은 아직 아무것도 학습하지 않았으므로 사용하거나 저장할 것이 없습니다.</translation>
    </message>
    <message>
        <source>The accuracies above are theirs, not epoch {0}&apos;s.</source>
        <translation>위의 정확도는 에폭 {0}의 것이 아니라 이 가중치의 것입니다.</translation>
    </message>
    <message>
        <source>Stopped early: the weights as trained so far.</source>
        <translation>중간에 멈췄습니다. 지금까지 학습한 가중치입니다.</translation>
    </message>
    <message>
        <source>trained here with “{0}”</source>
        <translation>여기서 학습한 모델(“{0}”)</translation>
    </message>
    <message>
        <source>{0}, changed: {1}</source>
        <translation>{0}, 바꾼 항목: {1}</translation>
    </message>
    <message>
        <source>Saved {0} and {1}</source>
        <translation>{0}, {1} 파일을 저장했습니다</translation>
    </message>
    <message>
        <source>Save the trained network</source>
        <translation>학습한 신경망 저장</translation>
    </message>
    <message>
        <source>Weights (*.npz)</source>
        <translation>가중치 (*.npz)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>{0} holds digitpad&apos;s own weights, which are never replaced. Choose another folder.</source>
        <translation>{0}에는 digitpad 자체의 가중치가 있으며, 이 가중치는 바꾸지 않습니다. 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Saving writes {0} and its model card {1}.
{2} already exists in {3}: replace?</source>
        <translation>저장하면 {0} 파일과 모델 카드 {1} 파일을 씁니다.
{3} 폴더에 {2} 파일이 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>Saving writes {0} and its model card {1}.
{2} already exist in {3}: replace?</source>
        <translation>저장하면 {0} 파일과 모델 카드 {1} 파일을 씁니다.
{3} 폴더에 {2} 파일이 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>one at a time</source>
        <translation>한 장씩</translation>
    </message>
    <message>
        <source>in batches of {0}</source>
        <translation>배치 크기 {0}</translation>
    </message>
    <message>
        <source>pixels /255</source>
        <translation>픽셀 /255</translation>
    </message>
    <message>
        <source>raw 0-255 pixels</source>
        <translation>원래의 0-255 픽셀</translation>
    </message>
    <message>
        <source>{0} of {1} right, {2} wrong  ·  {3}, {4} samples/s  ·  {5}, {6}  ·  {7}</source>
        <translation>{1}개 중 {0}개 정답, {2}개 오답  ·  {3}, 초당 {4}개  ·  {5}, {6}  ·  {7}</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Batched</source>
        <translation>배치 처리</translation>
    </message>
    <message>
        <source>Per-sample</source>
        <translation>한 장씩</translation>
    </message>
    <message>
        <source>Per-sample: predict() on one image at a time in a Python loop, as the book&apos;s neuralnet_mnist.py. Batched: on chunks of images at once.</source>
        <translation>한 장씩: 책의 neuralnet_mnist.py처럼 Python 루프에서 이미지를 한 장씩 predict()에 넣습니다. 배치 처리: 이미지 여러 장을 한 번에 넣습니다.</translation>
    </message>
    <message>
        <source>Images per call of predict() in batched mode</source>
        <translation>배치 처리에서 predict()를 한 번 호출할 때 넣는 이미지 수</translation>
    </message>
    <message>
        <source>10k</source>
        <translation>1만</translation>
    </message>
    <message>
        <source>Batches of {0}</source>
        <translation>배치 크기 {0}</translation>
    </message>
    <message>
        <source>Pixels / 255</source>
        <translation>픽셀 / 255</translation>
    </message>
    <message>
        <source>Divide the 0..255 pixels by 255 before the network sees them, as the book does (its weights score 93.52% so, 92.07% without)</source>
        <translation>책처럼 0..255 픽셀 값을 신경망에 넣기 전에 255로 나눕니다(정규화). 책의 가중치는 이렇게 하면 정확도 93.52%, 하지 않으면 92.07%입니다</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Evaluate the active model on the whole set with these settings</source>
        <translation>이 설정으로 현재 모델을 데이터 전체에 대해 평가합니다</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Run per-sample, then batched, and say how much faster batches are</source>
        <translation>한 장씩 실행한 뒤 배치 처리로 실행하고, 배치가 얼마나 빠른지 알려 줍니다</translation>
    </message>
    <message>
        <source>Sweep batch sizes</source>
        <translation>배치 크기별 측정</translation>
    </message>
    <message>
        <source>Time batch sizes 1, 2, 5, 10, ... up to the whole set and plot them</source>
        <translation>배치 크기 1, 2, 5, 10, ...부터 데이터 전체까지 시간을 재어 그래프로 그립니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>Export CSV...</source>
        <translation>CSV 내보내기...</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>batch size  (each timed {0} times, the best shown)</source>
        <translation>배치 크기  (각각 {0}번 재어 가장 빠른 값)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <source>Batch-size sweep</source>
        <translation>배치 크기별 시간</translation>
    </message>
    <message>
        <source>{0}x faster than the per-sample run #{1} ({2} instead of {3}).</source>
        <translation>한 장씩 실행한 #{1}보다 {0}배 빠릅니다({3} 대신 {2}).</translation>
    </message>
    <message>
        <source>The batched run #{0} was {1}x faster than this one ({2} instead of {3}).</source>
        <translation>배치 처리 실행(#{0})이 이것보다 {1}배 빨랐습니다({3} 대신 {2}).</translation>
    </message>
    <message>
        <source>Could not export the runs</source>
        <translation>실행 기록을 내보낼 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) written to {0}</source>
        <translation>
            <numerusform>실행 기록 %Ln개를 {0}에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the runs</source>
        <translation>실행 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>RunsTableModel</name>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation>샘플/초</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>Against run #{0} (per-sample, {1}): {2} saved</source>
        <translation>실행 #{0}(한 장씩, {1})과 비교: {2} 줄어듦</translation>
    </message>
    <message>
        <source>batches of {0}</source>
        <translation>{0}장씩</translation>
    </message>
    <message>
        <source>How many times faster than the latest per-sample run of the same model on the same data</source>
        <translation>같은 모델, 같은 데이터로 가장 최근에 한 장씩 실행한 것보다 몇 배 빠른가</translation>
    </message>
    <message>
        <source>{0}: {1} samples</source>
        <translation>{0}: 샘플 {1}개</translation>
    </message>
    <message>
        <source>A per-sample run: the baseline batched runs of the same model on the same data are compared with</source>
        <translation>한 장씩 실행한 기록: 같은 모델, 같은 데이터의 배치 처리 실행을 이것과 비교합니다</translation>
    </message>
    <message>
        <source>Run per-sample on the same data first to see the speedup</source>
        <translation>속도 향상을 보려면 먼저 같은 데이터로 한 장씩 실행하세요</translation>
    </message>
    <message>
        <source>per-sample</source>
        <translation>한 장씩</translation>
    </message>
    <message>
        <source>raw 0-255</source>
        <translation>원래 0-255</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>기준</translation>
    </message>
</context>
<context>
    <name>SampleBrowser</name>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>모든 필터 해제</translation>
    </message>
    <message>
        <source>Mistakes only</source>
        <translation>틀린 것만</translation>
    </message>
    <message>
        <source>any digit</source>
        <translation>모든 숫자</translation>
    </message>
    <message>
        <source>Only samples that truly are this digit</source>
        <translation>실제로 이 숫자인 샘플만</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>무엇이든</translation>
    </message>
    <message>
        <source>Only samples the network read as this digit</source>
        <translation>신경망이 이 숫자로 읽은 샘플만</translation>
    </message>
    <message>
        <source>Less sure than</source>
        <translation>확률 미만:</translation>
    </message>
    <message>
        <source>Only samples whose top probability is below the threshold</source>
        <translation>가장 높은 확률이 기준값보다 낮은 샘플만</translation>
    </message>
    <message>
        <source>In data order</source>
        <translation>데이터 순서대로</translation>
    </message>
    <message>
        <source>Least sure first</source>
        <translation>확률 낮은 순</translation>
    </message>
    <message>
        <source>Most sure first</source>
        <translation>확률 높은 순</translation>
    </message>
    <message>
        <source>is</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>read as</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플</translation>
    </message>
    <message>
        <source>{0} {1}s read correctly</source>
        <translation>{1}인 샘플 {0}개를 바르게 읽었습니다</translation>
    </message>
    <message>
        <source>{0} {1}s read as {2}</source>
        <translation>정답 {1}, 인식 결과 {2}인 샘플 {0}개</translation>
    </message>
    <message>
        <source>{0} of {1} shown</source>
        <translation>{1}개 중 {0}개 표시</translation>
    </message>
    <message>
        <source>all {0}</source>
        <translation>전체 {0}개</translation>
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
        <translation>선택한 샘플</translation>
    </message>
    <message>
        <source>Open in Draw tab</source>
        <translation>그리기 탭에서 열기</translation>
    </message>
    <message>
        <source>Put this digit on the canvas, to see what changes when you edit it</source>
        <translation>이 숫자를 캔버스에 올려, 고쳐 그리면 무엇이 바뀌는지 봅니다</translation>
    </message>
    <message>
        <source>Inside the network: each cell a hidden unit, brighter is more active</source>
        <translation>신경망의 내부: 칸 하나가 은닉층의 뉴런 하나이며, 밝을수록 활성화 값이 큽니다</translation>
    </message>
    <message>
        <source>Click a digit to see what the network makes of it.</source>
        <translation>숫자를 클릭하면 신경망이 그것을 어떻게 읽는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>#{0}  ·  a {1}</source>
        <translation>#{0}  ·  정답 {1}</translation>
    </message>
    <message>
        <source>Right: read as {0}, {1} sure.</source>
        <translation>맞게 읽었습니다: {0}(확률 {1}).</translation>
    </message>
    <message>
        <source>Wrong: read as {0}, {1} sure; it gave {2} to {3}.</source>
        <translation>잘못 읽었습니다: {0}(확률 {1}). {3}의 확률은 {2}였습니다.</translation>
    </message>
</context>
<context>
    <name>SmallNetwork</name>
    <message>
        <source>Input x</source>
        <translation>입력 x</translation>
    </message>
    <message>
        <source>Book&apos;s x</source>
        <translation>책의 x</translation>
    </message>
    <message>
        <source>Back to x = {0}</source>
        <translation>되돌리기: x = {0}</translation>
    </message>
    <message>
        <source>The activation h of both hidden layers (the book uses sigmoid)</source>
        <translation>두 은닉층의 활성화 함수 h (책에서는 sigmoid)</translation>
    </message>
    <message>
        <source>hidden h</source>
        <translation>은닉층 h</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <source>Compute the next step</source>
        <translation>다음 단계 계산</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Show the whole forward pass</source>
        <translation>순전파 전체를 보여 줍니다</translation>
    </message>
    <message>
        <source>forward(network, x), step by step</source>
        <translation>forward()로 한 단계씩 보는 순전파</translation>
    </message>
    <message>
        <source>Edge thickness shows the size of a weight (blue positive, red negative; dashed: biases). Hover a node to see the sum behind its value.</source>
        <translation>선의 굵기는 가중치의 크기입니다(파랑은 양수, 빨강은 음수, 점선은 편향). 노드에 마우스를 올리면 그 값을 만든 합을 보여 줍니다.</translation>
    </message>
    <message>
        <source>A 3-layer network</source>
        <translation>3층 신경망</translation>
    </message>
    <message>
        <source>The book&apos;s small network with its init_network() weights. Change x and watch every layer follow, or step through the forward pass one computation at a time.</source>
        <translation>책의 init_network() 가중치로 만든 작은 신경망입니다. x를 바꾸면 모든 층이 따라 바뀌는 모습을 보거나, 순전파를 계산 하나씩 진행해 보세요.</translation>
    </message>
    <message>
        <source>Step 0: the input x. Press ▶ to compute the first layer.</source>
        <translation>0단계: 입력 x. ▶를 누르면 첫 번째 층을 계산합니다.</translation>
    </message>
    <message>
        <source>Step 1: each unit of layer 1 sums x times its weights, plus its bias: a1 = x·W1 + b1.</source>
        <translation>1단계: 1층의 각 뉴런이 x에 가중치를 곱해 더하고 편향을 더합니다: a1 = x·W1 + b1.</translation>
    </message>
    <message>
        <source>Step 2: the activation turns each sum into the layer&apos;s output: z1 = {0}(a1).</source>
        <translation>2단계: 활성화 함수가 각 합을 층의 출력으로 바꿉니다: z1 = {0}(a1).</translation>
    </message>
    <message>
        <source>Step 3: layer 2 does the same with z1 as its input: a2 = z1·W2 + b2.</source>
        <translation>3단계: 2층이 z1을 입력으로 같은 계산을 합니다: a2 = z1·W2 + b2.</translation>
    </message>
    <message>
        <source>Step 4: z2 = {0}(a2).</source>
        <translation>4단계: z2 = {0}(a2).</translation>
    </message>
    <message>
        <source>Step 5: the output layer&apos;s sums a3 = z2·W3 + b3.</source>
        <translation>5단계: 출력층의 합 a3 = z2·W3 + b3.</translation>
    </message>
    <message>
        <source>Step 6: the output activation is the identity here (regression), so y = a3.</source>
        <translation>6단계: 여기서 출력층의 활성화 함수는 항등 함수(회귀)이므로 y = a3입니다.</translation>
    </message>
</context>
<context>
    <name>SoftmaxExplorer</name>
    <message>
        <source>The book&apos;s example (3.5.1)</source>
        <translation>책의 예 (3.5.1)</translation>
    </message>
    <message>
        <source>Large scores: exp overflows and the formula as written gives nan (3.5.2)</source>
        <translation>큰 점수: exp가 오버플로되어 식 그대로 계산하면 결과가 수가 아니게 됩니다 (3.5.2)</translation>
    </message>
    <message>
        <source>Equal scores share the probability equally</source>
        <translation>같은 점수는 확률을 똑같이 나눕니다</translation>
    </message>
    <message>
        <source>Type a few numbers separated by commas, e.g. 0.3, 2.9, 4.0</source>
        <translation>쉼표로 구분한 숫자 몇 개를 입력하세요. 예: 0.3, 2.9, 4.0</translation>
    </message>
    <message>
        <source>{0} numbers: up to {1} are shown here</source>
        <translation>숫자 {0}개: 여기서는 {1}개까지만 보여 줍니다</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>숫자가 아닙니다: &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Use finite numbers: nan and inf (or anything beyond ±1.8e308) are not scores</source>
        <translation>유한한 수를 쓰세요. nan과 inf(또는 ±1.8e308을 넘는 수)는 점수가 아닙니다</translation>
    </message>
    <message>
        <source>scores, e.g. 0.3, 2.9, 4.0</source>
        <translation>점수, 예: 0.3, 2.9, 4.0</translation>
    </message>
    <message>
        <source>The scores a (the output layer&apos;s sums); up to {0} numbers</source>
        <translation>점수 a (출력층의 합), 최대 {0}개</translation>
    </message>
    <message>
        <source>3.5.1  Softmax as written:  y_k = exp(a_k) / Σ exp(a_i)</source>
        <translation>3.5.1  식 그대로의 소프트맥스 함수:  y_k = exp(a_k) / Σ exp(a_i)</translation>
    </message>
    <message>
        <source>3.5.2  The overflow fix: subtract the largest score first</source>
        <translation>3.5.2  오버플로 대책: 가장 큰 점수를 먼저 뺍니다</translation>
    </message>
    <message>
        <source>3.5.3  What softmax keeps</source>
        <translation>3.5.3  소프트맥스 함수가 지키는 것</translation>
    </message>
    <message>
        <source>ranks of a and of y</source>
        <translation>a와 y의 순위</translation>
    </message>
    <message>
        <source>1 marks the largest entry</source>
        <translation>1이 가장 큰 원소입니다</translation>
    </message>
    <message>
        <source>The chapter&apos;s code, run on your a</source>
        <translation>이 장의 코드를 내 a로 실행</translation>
    </message>
    <message>
        <source>a (scores)</source>
        <translation>a (점수)</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>소프트맥스 함수</translation>
    </message>
    <message>
        <source>The output layer turns scores into probabilities. Edit a, or try the large scores that make the formula as written overflow.</source>
        <translation>출력층은 점수를 확률로 바꿉니다. a를 고쳐 보거나, 식 그대로 계산하면 오버플로가 일어나는 큰 점수를 넣어 보세요.</translation>
    </message>
    <message>
        <source>⚠  {0}. The values below are for the last valid input.</source>
        <translation>⚠  {0}. 아래 값은 마지막으로 올바르게 입력한 값의 결과입니다.</translation>
    </message>
    <message>
        <source>captured, not printed:
{0}</source>
        <translation>출력하지 않고 가로챈 경고:
{0}</translation>
    </message>
    <message>
        <source>{0}   (1 up to rounding)</source>
        <translation>{0}   (반올림 오차 안에서 1)</translation>
    </message>
    <message>
        <source>{0}   the same entry wins</source>
        <translation>{0}   같은 원소가 가장 큽니다</translation>
    </message>
    <message>
        <source>{0}   the same order</source>
        <translation>{0}   순서가 같습니다</translation>
    </message>
    <message>
        <source>{0}   ties in y: exp underflowed to 0</source>
        <translation>{0}   y에 동점: exp가 언더플로되어 0이 되었습니다</translation>
    </message>
    <message>
        <source>exp({0}) is beyond the largest float64 (about 1.8e308), so it becomes inf and inf / inf is nan. softmax subtracts c = max(a) first: the largest exponent is then exp(0) = 1 and nothing overflows. The result is the same, because the factor exp(-c) cancels between the numerator and the sum.</source>
        <translation>exp({0})의 값은 float64의 최댓값(약 1.8e308)을 넘어 inf가 되고, inf / inf는 nan입니다. softmax는 먼저 c = max(a)를 빼므로 가장 큰 지수가 exp(0) = 1이 되어 오버플로가 일어나지 않습니다. 분자와 분모의 합에서 exp(-c)가 약분되므로 결과는 같습니다.</translation>
    </message>
    <message>
        <source>Every y is between 0 and 1 and they sum to 1. The bars share colours by rank: exp is increasing, so the largest score gets the largest probability, which is why a classifier may skip softmax when it only needs the answer.</source>
        <translation>모든 y는 0과 1 사이이고 합은 1입니다. 막대는 순위별로 같은 색입니다. exp는 증가 함수이므로 가장 큰 점수가 가장 큰 확률이 됩니다. 그래서 답만 필요한 분류에서는 소프트맥스 함수를 생략하기도 합니다.</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>What to evaluate the network on</source>
        <translation>신경망을 평가할 데이터</translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation>폴더 선택...</translation>
    </message>
    <message>
        <source>Use MNIST from a folder: the four IDX files (gzipped or not) or Keras&apos;s mnist.npz</source>
        <translation>폴더의 MNIST를 사용합니다: IDX 파일 4개(gzip 압축 여부는 상관없음) 또는 케라스의 mnist.npz 파일</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>모델: {0}</translation>
    </message>
    <message>
        <source>The app&apos;s active model: {0}, {1} ({2}). Change it in the File menu.</source>
        <translation>앱이 사용 중인 모델: {0}, {1} ({2}). 파일 메뉴에서 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SwapSection</name>
    <message>
        <source>hidden activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>vs as trained</source>
        <translation>학습 대비</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>정답 수</translation>
    </message>
    <message>
        <source>Score every activation on the test set</source>
        <translation>모든 활성화 함수를 시험 데이터로 평가</translation>
    </message>
    <message>
        <source>Evaluate the active network on MNIST&apos;s 10,000 test digits once per hidden activation, in the background</source>
        <translation>사용 중인 신경망을 은닉층 활성화 함수마다 한 번씩 MNIST 시험 데이터 10,000개로 백그라운드에서 평가합니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>What to look for. Step is what sigmoid becomes when |a| is large: wherever the trained sums are far from 0 the two agree. tanh(a) = 2·sigmoid(2a) − 1 and ReLU have other ranges and slopes, so the next layer receives values it was never trained on. Identity removes the non-linearity altogether: the layers collapse into one linear map, x · W1 · W2 · W3 plus biases.</source>
        <translation>눈여겨볼 점: |a|가 크면 시그모이드 함수는 계단 함수가 됩니다. 학습된 가중합이 0에서 멀리 떨어진 곳에서는 두 함수가 같은 값을 냅니다. tanh(a) = 2·sigmoid(2a) − 1과 ReLU 함수는 값의 범위와 기울기가 달라서, 다음 층은 학습 때 본 적 없는 값을 받게 됩니다. 항등 함수는 비선형성을 아예 없앱니다. 층들이 하나의 선형 변환 x · W1 · W2 · W3(+ 편향)으로 합쳐집니다.</translation>
    </message>
    <message>
        <source>Test accuracy with each hidden activation</source>
        <translation>은닉층 활성화 함수별 시험 데이터 정확도</translation>
    </message>
    <message>
        <source>The hidden activation of the swapped network</source>
        <translation>바꾼 신경망의 은닉층 활성화 함수</translation>
    </message>
    <message>
        <source>Swap in</source>
        <translation>바꿀 함수</translation>
    </message>
    <message>
        <source>Your drawing, read by both networks</source>
        <translation>두 신경망이 읽은 내 그림</translation>
    </message>
    <message>
        <source>Swap the activation</source>
        <translation>활성화 함수 바꿔 보기</translation>
    </message>
    <message>
        <source>Keep every weight of the trained network and change only its hidden activation. The weights were learned for one function; see what another one does to them.</source>
        <translation>학습된 신경망의 가중치는 모두 그대로 두고 은닉층의 활성화 함수만 바꿉니다. 가중치는 한 함수에 맞춰 학습되었습니다. 다른 함수를 쓰면 어떻게 되는지 확인해 보세요.</translation>
    </message>
    <message>
        <source>Scoring the 10,000 test digits with each activation…</source>
        <translation>활성화 함수마다 시험 데이터 10,000개를 평가하는 중…</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} activations.</source>
        <translation>활성화 함수 {1}개 중 {0}개를 평가한 뒤 취소했습니다.</translation>
    </message>
    <message>
        <source>as trained</source>
        <translation>학습 그대로</translation>
    </message>
    <message>
        <source>As trained ({0})</source>
        <translation>학습 그대로 ({0})</translation>
    </message>
    <message>
        <source>With {0}</source>
        <translation>{0} 사용</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab: its ten probabilities under the trained network and under the swapped one appear here.</source>
        <translation>그리기 탭에서 숫자를 그리세요. 학습된 신경망과 활성화 함수를 바꾼 신경망이 낸 10개의 확률이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>As trained ({0}): reads {1}  ({2})</source>
        <translation>학습 그대로 ({0}): 인식 결과 {1}  ({2})</translation>
    </message>
    <message>
        <source>With {0}: reads {1}  ({2})</source>
        <translation>{0} 사용: 인식 결과 {1}  ({2})</translation>
    </message>
    <message>
        <source>The 28×28 image the Draw tab gives the network. With {0} it gives the same answer.</source>
        <translation>그리기 탭이 신경망에 주는 28×28 이미지입니다. {0} 함수로 바꿔도 같은 답을 냅니다.</translation>
    </message>
    <message>
        <source>The 28×28 image the Draw tab gives the network. With {0} it gives a different answer.</source>
        <translation>그리기 탭이 신경망에 주는 28×28 이미지입니다. {0} 함수로 바꾸면 다른 답을 냅니다.</translation>
    </message>
    <message>
        <source>{0}   (as trained)</source>
        <translation>{0}   (학습 그대로)</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0}%p</translation>
    </message>
    <message>
        <source>As trained with {0}: {1}. Worst swap: {2} ({3}). No other activation does better: the weights were learned for this one.</source>
        <translation>학습 그대로인 {0}: {1}. 가장 나쁜 함수: {2} ({3}). 더 나은 활성화 함수는 없습니다. 가중치가 이 함수에 맞춰 학습되었기 때문입니다.</translation>
    </message>
    <message>
        <source>As trained with {0}: {1}. Worst swap: {2} ({3}). Best: {4} ({5}).</source>
        <translation>학습 그대로인 {0}: {1}. 가장 나쁜 함수: {2} ({3}). 가장 좋은 함수: {4} ({5}).</translation>
    </message>
    <message>
        <source>Scored on the 10,000 test digits.</source>
        <translation>시험 데이터 10,000개로 평가했습니다.</translation>
    </message>
    <message>
        <source>Activation swap: every activation scored on the test set</source>
        <translation>활성화 함수 바꿔 보기: 모든 활성화 함수를 시험 데이터로 평가했습니다</translation>
    </message>
    <message>
        <source>The MNIST test set is not on this computer. Get it in the &lt;b&gt;Test set&lt;/b&gt; tab, or run &lt;code&gt;digitpad mnist fetch&lt;/code&gt; in a terminal (about 11 MB), then score again.</source>
        <translation>이 컴퓨터에 MNIST 시험 데이터가 없습니다. &lt;b&gt;시험 데이터&lt;/b&gt; 탭에서 받거나 터미널에서 &lt;code&gt;digitpad mnist fetch&lt;/code&gt;를 실행한 뒤(약 11 MB) 다시 평가하세요.</translation>
    </message>
    <message>
        <source>MNIST could not be read. The &lt;b&gt;Test set&lt;/b&gt; tab (or &lt;code&gt;digitpad mnist verify&lt;/code&gt;) checks the files; &lt;code&gt;digitpad mnist fetch&lt;/code&gt; downloads them again.</source>
        <translation>MNIST를 읽을 수 없습니다. &lt;b&gt;시험 데이터&lt;/b&gt; 탭(또는 &lt;code&gt;digitpad mnist verify&lt;/code&gt;)에서 파일을 검사하고, &lt;code&gt;digitpad mnist fetch&lt;/code&gt;로 다시 내려받을 수 있습니다.</translation>
    </message>
    <message>
        <source>The evaluation failed.</source>
        <translation>평가하지 못했습니다.</translation>
    </message>
    <message>
        <source>Score again</source>
        <translation>다시 평가</translation>
    </message>
    <message>
        <source>Now using {0}.</source>
        <translation>사용 중인 모델: {0}.</translation>
    </message>
</context>
<context>
    <name>SweepPlot</name>
    <message>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Run a sweep to see how the time falls as batches grow</source>
        <translation>배치 크기별 측정을 실행하면 배치가 커질수록 시간이 어떻게 줄어드는지 보입니다</translation>
    </message>
    <message>
        <source>fastest: batches of {0}, {1}</source>
        <translation>가장 빠름: 배치 크기 {0}, {1}</translation>
    </message>
</context>
<context>
    <name>TabSpec</name>
    <message>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>탐구</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>시험 데이터</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
</context>
<context>
    <name>Teacher</name>
    <message>
        <source>My digits is empty: save a drawing with its digit first</source>
        <translation>내 숫자가 비어 있습니다. 먼저 그림을 숫자와 함께 저장하세요</translation>
    </message>
    <message>
        <source>Your model&apos;s save was cut short; teaching it again from My digits.</source>
        <translation>내 모델 저장이 중간에 끊겨 내 숫자로 다시 학습하는 중입니다.</translation>
    </message>
    <message>
        <source>Your personal model could not be read</source>
        <translation>내 모델을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>{0}

Using {1}. Label a drawing to teach a new one; My digits were not touched.</source>
        <translation>{0}

사용하는 모델: {1}. 그림에 레이블을 붙이면 새 모델을 학습합니다. 내 숫자는 그대로입니다.</translation>
    </message>
    <message>
        <source>Could not delete your personal model</source>
        <translation>개인 모델을 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>{0}

It is kept as it was; My digits were not touched.</source>
        <translation>{0}

모델은 그대로 남아 있습니다. 내 숫자는 건드리지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not forget the drawings it read right</source>
        <translation>맞게 읽은 그림을 지우지 못했습니다</translation>
    </message>
    <message>
        <source>{0}

Your personal model was deleted; My digits were kept.</source>
        <translation>{0}

내 모델은 삭제했고, 내 숫자는 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>Cannot use the shipped weights</source>
        <translation>기본 제공 가중치를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Your personal model was reset; My digits were kept.</source>
        <translation>내 모델을 초기화했습니다. 내 숫자는 그대로입니다.</translation>
    </message>
    <message>
        <source>Cannot teach</source>
        <translation>학습할 수 없습니다</translation>
    </message>
    <message>
        <source>My digits is empty; your model keeps what it learned until reset.</source>
        <translation>내 숫자가 비었습니다. 내 모델은 재설정할 때까지 배운 것을 유지합니다.</translation>
    </message>
    <message>
        <source>Your model was taught in {0}; {1} still reads.</source>
        <translation>내 모델을 {0} 만에 학습했습니다. 읽기는 계속 이 모델이 합니다: {1}.</translation>
    </message>
    <message>
        <source>Your model is up to date with My digits (taught in {0}).</source>
        <translation>내 모델이 내 숫자를 모두 배웠습니다({0} 만에 학습).</translation>
    </message>
    <message numerus="yes">
        <source>Taught in {0}, with %n drawing(s) it read right.</source>
        <translation>
            <numerusform>{0} 만에 학습했습니다(맞게 읽은 그림 %n개 포함).</numerusform>
        </translation>
    </message>
    <message>
        <source>Taught in {0}.</source>
        <translation>{0} 만에 학습했습니다.</translation>
    </message>
    <message>
        <source>Not taught: {0}</source>
        <translation>학습하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>Teaching needs MNIST, and it is not on this computer yet: your digits are taught beside MNIST&apos;s, so that the network goes on reading those too. Download it from the Test set tab (about 11 MB).</source>
        <translation>이 컴퓨터에 아직 MNIST가 없는데, 가르치려면 MNIST가 필요합니다. 신경망이 MNIST 숫자도 계속 읽을 수 있도록 내 숫자를 MNIST 숫자와 함께 학습하기 때문입니다. 시험 데이터 탭에서 내려받으세요(약 11 MB).</translation>
    </message>
    <message>
        <source>Could not teach the network</source>
        <translation>신경망을 학습시킬 수 없습니다</translation>
    </message>
    <message>
        <source>{0}

Your digits are kept in My digits and are taught with the next one saved once this is fixed.</source>
        <translation>{0}

숫자는 내 숫자에 남아 있고, 문제가 해결된 뒤 다음 숫자를 저장할 때 함께 학습합니다.</translation>
    </message>
    <message>
        <source>Teaching failed</source>
        <translation>학습에 실패했습니다</translation>
    </message>
    <message>
        <source>your personal model</source>
        <translation>내 모델</translation>
    </message>
    <message>
        <source>Reset my personal model</source>
        <translation>내 모델 초기화</translation>
    </message>
    <message>
        <source>Delete “{0}” and the drawings it read right? The digits it learned from stay in My digits, and a correction teaches a new one from them.</source>
        <translation>“{0}” 모델 및 이 모델이 맞게 읽은 그림을 삭제할까요? 학습에 쓴 숫자는 내 숫자에 남고, 다음에 고쳐 저장하면 그 숫자로 새 모델을 학습합니다.</translation>
    </message>
    <message>
        <source>Delete the personal model</source>
        <translation>내 모델 삭제</translation>
    </message>
    <message>
        <source>Use my &amp;personal model</source>
        <translation>내 모델 사용(&amp;P)</translation>
    </message>
    <message>
        <source>Read with the network taught your digits</source>
        <translation>내 숫자로 학습한 신경망으로 읽습니다</translation>
    </message>
    <message>
        <source>&amp;Reset my personal model</source>
        <translation>내 모델 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the network taught your digits (My digits are kept)</source>
        <translation>내 숫자로 학습한 신경망을 삭제합니다(내 숫자는 남습니다)</translation>
    </message>
    <message>
        <source>&amp;Learn from drawings it reads right</source>
        <translation>맞게 읽은 그림에서도 배우기(&amp;L)</translation>
    </message>
    <message>
        <source>A drawing it read right that you clear without correcting is taught with your next correction</source>
        <translation>맞게 읽은 그림을 고치지 않고 지우면, 다음에 고칠 때 함께 가르칩니다</translation>
    </message>
</context>
<context>
    <name>TestSetTab</name>
    <message>
        <source>Choose the folder that holds MNIST</source>
        <translation>MNIST가 있는 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>시작하는 중...</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소했습니다</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <source>Sweep done  ·  {0} batch sizes</source>
        <translation>측정 완료  ·  배치 크기 {0}가지</translation>
    </message>
    <message>
        <source>Done  ·  {0} samples in {1}  ·  {2} samples/s</source>
        <translation>완료  ·  샘플 {0}개를 {1}에  ·  초당 {2}개</translation>
    </message>
    <message>
        <source>Accuracy {0} in {1}</source>
        <translation>정확도 {0}, {1} 걸림</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>The evaluation failed</source>
        <translation>평가에 실패했습니다</translation>
    </message>
    <message>
        <source>{0} samples of the {1} set ready. Press Run to read them all with {2}.</source>
        <translation>{1} 샘플 {0}개가 준비되었습니다. 실행을 누르면 모두 읽습니다(모델: {2}).</translation>
    </message>
    <message>
        <source>Cancelled: the model changed</source>
        <translation>취소했습니다: 모델이 바뀌었습니다</translation>
    </message>
    <message>
        <source>The model changed to {0}: run again to see its results.</source>
        <translation>모델이 바뀌었습니다: {0}. 결과를 보려면 다시 실행하세요.</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Hidden layer sizes, first to last, e.g. 50,100 (the book&apos;s)</source>
        <translation>은닉층의 크기를 앞에서부터 순서대로 씁니다. 예: 50,100 (책의 신경망)</translation>
    </message>
    <message>
        <source>The peak learning rate, e.g. 0.001 or 1e-3</source>
        <translation>최대 학습률. 예: 0.001 또는 1e-3</translation>
    </message>
    <message>
        <source>constant; cosine: down to 0 by the end; step: x0.1 every few epochs</source>
        <translation>일정: 바꾸지 않음, 코사인: 끝까지 0으로 줄어듦, 계단식: 몇 에폭마다 x0.1</translation>
    </message>
    <message>
        <source>Distorted digits</source>
        <translation>변형한 숫자</translation>
    </message>
    <message>
        <source>Rotate, scale, shear, shift, thicken and wobble the training images, so the network reads digits drawn by hand</source>
        <translation>훈련 이미지를 회전, 확대·축소, 기울이기, 이동, 굵게 하기, 흔들기로 변형해 신경망이 손으로 그린 숫자를 읽도록 합니다</translation>
    </message>
    <message>
        <source>Learn from a teacher network</source>
        <translation>교사 신경망에게서 배우기</translation>
    </message>
    <message>
        <source>Train a bigger network first and mix its answers into the targets (only the shipped recipe has one)</source>
        <translation>먼저 더 큰 신경망을 학습하고 그 답을 정답 레이블에 섞습니다 (기본 제공 레시피에만 있습니다)</translation>
    </message>
    <message>
        <source>all {0}</source>
        <translation>전체 {0}장</translation>
    </message>
    <message>
        <source>Use only the first N training images, for a quick run (a tenth of them, at most 5,000, are held out to validate)</source>
        <translation>빠르게 해 보도록 앞의 훈련 이미지 N장만 씁니다 (그중 10분의 1, 최대 5,000장은 검증용으로 떼어 둡니다)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Custom (from {0})</source>
        <translation>사용자 지정 ({0} 기반)</translation>
    </message>
    <message>
        <source>{0}. Changed: {1}.</source>
        <translation>{0}. 바꾼 항목: {1}.</translation>
    </message>
    <message>
        <source>The book&apos;s network, Keras-style (MSE, Adam, 20 epochs)</source>
        <translation>책의 신경망, 케라스 방식 (MSE, Adam, 20 에폭)</translation>
    </message>
    <message>
        <source>Our shipped recipe</source>
        <translation>기본 제공 레시피</translation>
    </message>
    <message>
        <source>Quick look (Adam, 5 epochs)</source>
        <translation>빠르게 보기 (Adam, 5 에폭)</translation>
    </message>
    <message>
        <source>SGD with momentum (20 epochs)</source>
        <translation>모멘텀 SGD (20 에폭)</translation>
    </message>
    <message>
        <source>The shipped weights: the book&apos;s 784-50-100-10 sigmoid network, Adam with a cosine schedule, distorted digits, distilled from a 784-400-400-10 ReLU teacher (and, from the command line, real pen digits of 20 writers and MNIST digits redrawn as strokes)</source>
        <translation>기본 제공 가중치: 책의 784-50-100-10 시그모이드 신경망, 코사인 스케줄의 Adam, 변형한 숫자, 784-400-400-10 ReLU 교사 신경망에서 증류 (명령줄에서는 20명이 펜으로 쓴 실제 숫자와 획으로 다시 그린 MNIST 숫자도)</translation>
    </message>
    <message>
        <source>The book&apos;s network, Keras-style: MSE, Adam, 20 epochs</source>
        <translation>책의 신경망, 케라스 방식: MSE, Adam, 20 에폭</translation>
    </message>
    <message>
        <source>A few seconds&apos; look at learning: the book&apos;s network, Adam, 5 epochs, no distortions</source>
        <translation>몇 초 만에 학습을 살펴봅니다: 책의 신경망, Adam, 5 에폭, 변형 없음</translation>
    </message>
    <message>
        <source>Mini-batch SGD with Nesterov momentum and a cosine schedule, 20 epochs</source>
        <translation>네스테로프 모멘텀과 코사인 스케줄을 쓰는 미니배치 SGD, 20 에폭</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>데이터 확장</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>교사</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>훈련 이미지</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation>레이블 스무딩</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>검증 이미지</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <source>label smoothing</source>
        <translation>레이블 스무딩</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>검증 이미지</translation>
    </message>
    <message>
        <source>distortions</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>no distortions</source>
        <translation>변형 없음</translation>
    </message>
    <message>
        <source>no teacher</source>
        <translation>교사 없음</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피 오차</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>모멘텀 SGD</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <source>step</source>
        <translation>계단식</translation>
    </message>
    <message>
        <source>{0} must be at least {1} and at most {2}, got {3}.</source>
        <translation>{0} 값은 {1} 이상 {2} 이하여야 합니다(입력: {3}).</translation>
    </message>
    <message>
        <source>{0} must be a positive number, at most {1}, got {2}.</source>
        <translation>{0} 값은 0보다 크고 {1} 이하인 수여야 합니다(입력: {2}).</translation>
    </message>
    <message>
        <source>{0} must be a number from {1} to {2}, got {3}.</source>
        <translation>{0} 값은 {1}부터 {2}까지의 수여야 합니다(입력: {3}).</translation>
    </message>
    <message>
        <source>{0} must be a number from {1} to below {2}, got {3}.</source>
        <translation>{0} 값은 {1} 이상 {2} 미만인 수여야 합니다(입력: {3}).</translation>
    </message>
    <message>
        <source>{0}: not a whole number: {1}.</source>
        <translation>{0}: 정수가 아닙니다: {1}.</translation>
    </message>
    <message>
        <source>{0}: not a number: {1}.</source>
        <translation>{0}: 숫자가 아닙니다: {1}.</translation>
    </message>
    <message>
        <source>{0}: write whole numbers separated by commas, like 50,100 (got {1}).</source>
        <translation>{0}: 50,100처럼 쉼표로 구분한 정수를 쓰세요(입력: {1}).</translation>
    </message>
    <message>
        <source>{0}: give at least one layer size, like 50,100.</source>
        <translation>{0}: 50,100처럼 층의 크기를 하나 이상 쓰세요.</translation>
    </message>
    <message>
        <source>{0} must be at least 1 neuron each, got {1}.</source>
        <translation>{0}: 각 층의 뉴런은 1개 이상이어야 합니다(입력: {1}).</translation>
    </message>
    <message>
        <source>Unknown preset {1} (choose from {2}).</source>
        <translation>알 수 없는 프리셋 {1}입니다({2} 중에서 고르세요).</translation>
    </message>
    <message>
        <source>{0}: unknown {3} {1} (choose from {2}).</source>
        <translation>{0}: 알 수 없는 값 {1}입니다({2} 중에서 고르세요).</translation>
    </message>
    <message>
        <source>{0}: the {1} preset has no teacher to learn from.</source>
        <translation>{0}: {1} 프리셋에는 배울 교사 신경망이 없습니다.</translation>
    </message>
    <message>
        <source>{0}: cannot hold out {1} validation images from {2}: hold out fewer or train on more images.</source>
        <translation>{0}: 이미지 {2}장에서 검증 이미지 {1}장을 떼어 둘 수 없습니다. 검증 이미지를 줄이거나 더 많은 이미지로 학습하세요.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{0}.</source>
        <comment>settings that cannot be trained together: the trainer&apos;s reason, in English</comment>
        <translation>이 설정으로는 학습할 수 없습니다: {0}.</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Not started: {0}</source>
        <translation>시작하지 않았습니다: {0}</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}: train {2} ({3})</source>
        <translation>에폭 {0}/{1}: 훈련 {2} ({3})</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}: train {2}, test {3} ({4})</source>
        <translation>에폭 {0}/{1}: 훈련 {2}, 시험 {3} ({4})</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>학습 실패</translation>
    </message>
    <message>
        <source>Every tab now uses {0}</source>
        <translation>이제 모든 탭에서 {0} 모델을 사용합니다</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>학습이 진행 중입니다</translation>
    </message>
    <message>
        <source>A network is still training on the Train tab. Closing digitpad stops it, and what it has learned is lost.</source>
        <translation>학습 탭에서 신경망이 아직 학습 중입니다. digitpad를 닫으면 학습이 중지되고, 지금까지 학습한 내용은 사라집니다.</translation>
    </message>
    <message>
        <source>Stop training and close</source>
        <translation>학습을 중지하고 닫기</translation>
    </message>
    <message>
        <source>{0}, test accuracy {1}</source>
        <translation>{0}, 시험 데이터 정확도 {1}</translation>
    </message>
    <message>
        <source>Save the trained network?</source>
        <translation>학습한 신경망을 저장할까요?</translation>
    </message>
    <message>
        <source>The network you trained on the Train tab ({0}) is not saved: closing digitpad without saving it loses it.</source>
        <translation>학습 탭에서 학습한 신경망({0})이 아직 저장되지 않았습니다. 저장하지 않고 digitpad를 닫으면 사라집니다.</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>test</source>
        <translation>시험</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>교사</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>MNIST is not on this computer yet, and training needs it. Download it from the Test set tab (about 11 MB), or run &lt;code&gt;digitpad mnist fetch&lt;/code&gt; in a terminal, then press Train again.</source>
        <translation>이 컴퓨터에 아직 MNIST가 없습니다. 학습하려면 MNIST가 필요합니다. 시험 데이터 탭에서 내려받거나(약 11 MB) 터미널에서 &lt;code&gt;digitpad mnist fetch&lt;/code&gt;를 실행한 뒤 학습 버튼을 다시 누르세요.</translation>
    </message>
    <message>
        <source>MNIST&apos;s files are here, but they cannot be read, and training needs them. The Test set tab (or &lt;code&gt;digitpad mnist verify&lt;/code&gt;) checks them; download them again from the Test set tab (about 11 MB), or run &lt;code&gt;digitpad mnist fetch&lt;/code&gt; in a terminal, then press Train again.</source>
        <translation>MNIST 파일이 이 컴퓨터에 있지만 읽을 수 없습니다. 학습하려면 이 파일이 필요합니다. 시험 데이터 탭(또는 &lt;code&gt;digitpad mnist verify&lt;/code&gt;)에서 파일을 검사할 수 있습니다. 시험 데이터 탭에서 다시 내려받거나(약 11 MB) 터미널에서 &lt;code&gt;digitpad mnist fetch&lt;/code&gt;를 실행한 뒤 학습 버튼을 다시 누르세요.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Train a new network from random weights with these settings</source>
        <translation>이 설정으로 무작위 가중치에서 새 신경망을 학습합니다</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>End training now and keep the network as trained so far</source>
        <translation>지금 학습을 끝내고 지금까지 학습한 신경망을 남깁니다</translation>
    </message>
    <message>
        <source>Choose a preset and press Train.</source>
        <translation>프리셋을 고르고 학습 버튼을 누르세요.</translation>
    </message>
    <message>
        <source>Loading MNIST...</source>
        <translation>MNIST를 읽는 중...</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>{0}  (pausing...)</source>
        <translation>{0}  (일시 정지하는 중...)</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>중지하는 중...</translation>
    </message>
    <message>
        <source>Training on {0} images ({1} held out to validate)</source>
        <translation>이미지 {0}장으로 학습하는 중 (검증용 {1}장 제외)</translation>
    </message>
    <message>
        <source>Paused at step {0} of {1}</source>
        <translation>{1}단계 중 {0}단계에서 일시 정지함</translation>
    </message>
    <message>
        <source>Teacher {0}/{1}, step {2}/{3}, loss {4}</source>
        <translation>교사 {0}/{1}, 단계 {2}/{3}, 손실 {4}</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}, step {2}/{3}, loss {4}</source>
        <translation>에폭 {0}/{1}, 단계 {2}/{3}, 손실 {4}</translation>
    </message>
    <message>
        <source>{0}, about {1} left</source>
        <translation>{0}, 약 {1} 남음</translation>
    </message>
    <message>
        <source>Stopped in epoch {0} of {1}, after {2} of its {3} steps</source>
        <translation>{1} 에폭 중 에폭 {0}에서 {3}단계 중 {2}단계 후에 중지함</translation>
    </message>
    <message>
        <source>Stopped after {0} of {1} epochs</source>
        <translation>{1} 에폭 중 {0} 에폭 후에 중지함</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n epoch(s) in {0}</source>
        <translation>
            <numerusform>완료: {0} 동안 %n 에폭</numerusform>
        </translation>
    </message>
    <message>
        <source>Training stopped with an error</source>
        <translation>오류로 학습이 멈췄습니다</translation>
    </message>
    <message>
        <source>MNIST was found but cannot be used: {0}</source>
        <translation>MNIST를 찾았지만 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>MNIST was not found on this computer</source>
        <translation>이 컴퓨터에서 MNIST를 찾지 못했습니다</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <source>One neuron, explained</source>
        <translation>뉴런 하나 자세히 보기</translation>
    </message>
    <message>
        <source>The unit&apos;s 784 incoming weights, one per pixel: red raises its weighted sum where there is ink, blue lowers it</source>
        <translation>이 뉴런으로 들어오는 가중치 784개(픽셀마다 하나): 획이 있는 곳에서 빨강은 가중합을 올리고 파랑은 내립니다</translation>
    </message>
    <message>
        <source>Point at a cell or a bar of the network to see what goes into it.</source>
        <translation>신경망의 칸이나 막대를 가리키면 무엇이 들어가는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>output {0} of layer {1}</source>
        <translation>{1}층의 출력 {0}</translation>
    </message>
    <message>
        <source>neuron {0} of layer {1}</source>
        <translation>{1}층의 뉴런 {0}</translation>
    </message>
    <message>
        <source>W1[:, {0}] as 28×28: only the {1} inked pixels count; red weights there raise {2}, blue lower it.</source>
        <translation>W1[:, {0}]을 28×28로 본 것: 획이 있는 픽셀 {1}개만 영향을 줍니다. 그곳의 빨간 가중치는 {2} 값을 올리고 파란 가중치는 내립니다.</translation>
    </message>
    <message>
        <source>nothing pushes it up</source>
        <translation>올리는 입력 없음</translation>
    </message>
    <message>
        <source>nothing pushes it down</source>
        <translation>내리는 입력 없음</translation>
    </message>
    <message>
        <source>pushed up most by {0}</source>
        <translation>가장 크게 올리는 입력: {0}</translation>
    </message>
    <message>
        <source>pushed down most by {0}</source>
        <translation>가장 크게 내리는 입력: {0}</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Save...</source>
        <translation>저장...</translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message>
        <source>Layer 1: each tile is one hidden neuron&apos;s 784 weights laid out as the 28x28 image. Orange pixels excite it, blue ones inhibit it.</source>
        <translation>1층: 각 타일은 은닉층 뉴런 하나의 가중치 784개를 28x28 이미지로 펼친 것입니다. 주황색 픽셀은 뉴런을 흥분시키고, 파란색 픽셀은 억제합니다.</translation>
    </message>
    <message>
        <source>The first layer&apos;s weights appear here
after every epoch</source>
        <translation>에폭이 끝날 때마다
첫 번째 층의 가중치가 여기에 나타납니다</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Layer 1: what each neuron looks for</source>
        <translation>1층: 각 뉴런이 찾는 것</translation>
    </message>
    <message>
        <source>One tile per hidden neuron: its 784 input weights as a 28x28 image. Orange ink excites it, blue ink inhibits it.</source>
        <translation>은닉층 뉴런 하나에 타일 하나: 입력 가중치 784개를 28x28 이미지로 보여 줍니다. 주황색 잉크는 뉴런을 흥분시키고, 파란색 잉크는 억제합니다.</translation>
    </message>
    <message>
        <source>Only what training changed</source>
        <translation>학습으로 바뀐 부분만</translation>
    </message>
    <message>
        <source>Subtract the random starting weights. The border pixels are black in every MNIST image, so their weights never change and would show only the starting noise.</source>
        <translation>무작위로 정한 처음 가중치를 뺍니다. 가장자리 픽셀은 모든 MNIST 이미지에서 검은색이라 그 가중치는 바뀌지 않으므로, 빼지 않으면 처음의 잡음만 보입니다.</translation>
    </message>
</context>
<context>
    <name>_PersonalName</name>
    <message numerus="yes">
        <source>digitpad, taught by you: %n correction(s)</source>
        <translation>
            <numerusform>digitpad, 내가 가르친 모델: 수정 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>digitpad, taught by you: {0} ({1})</source>
        <translation>digitpad, 내가 가르친 모델: {0} (수정 {1})</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>숫자 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ProblemWords</name>
    <message>
        <source>MNIST&apos;s files are here, but they cannot be read.</source>
        <translation>MNIST 파일이 이 컴퓨터에 있지만 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>MNIST is not on this computer.</source>
        <translation>이 컴퓨터에 MNIST가 없습니다.</translation>
    </message>
    <message>
        <source>The download did not finish.</source>
        <translation>다운로드를 끝내지 못했습니다.</translation>
    </message>
    <message>
        <source>An MNIST file is damaged or is not an MNIST file.</source>
        <translation>MNIST 파일이 손상되었거나 MNIST 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>My digits could not be read or saved.</source>
        <translation>내 숫자를 읽거나 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>This is not a network digitpad can use.</source>
        <translation>digitpad가 쓸 수 있는 신경망이 아닙니다.</translation>
    </message>
    <message>
        <source>These settings cannot be used.</source>
        <translation>이 설정은 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The numbers grew too large to compute.</source>
        <translation>수가 너무 커져서 계산할 수 없습니다.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>파일을 읽거나 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>Something in the data is not as digitpad expects.</source>
        <translation>데이터가 digitpad가 예상한 형태가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>testset</name>
    <message>
        <source>MNIST test set</source>
        <translation>MNIST 시험 데이터</translation>
    </message>
    <message>
        <source>MNIST training set</source>
        <translation>MNIST 훈련 데이터</translation>
    </message>
    <message>
        <source>My digits</source>
        <translation>내 숫자</translation>
    </message>
    <message>
        <source>MNIST test</source>
        <translation>MNIST 시험 데이터</translation>
    </message>
    <message>
        <source>MNIST train</source>
        <translation>MNIST 훈련 데이터</translation>
    </message>
    <message>
        <source>the path given</source>
        <translation>지정한 경로</translation>
    </message>
    <message>
        <source>digitpad&apos;s data folder</source>
        <translation>digitpad의 데이터 폴더</translation>
    </message>
    <message>
        <source>Keras&apos;s dataset cache</source>
        <translation>케라스의 데이터셋 캐시</translation>
    </message>
    <message>
        <source>folder of IDX files</source>
        <translation>IDX 파일 폴더</translation>
    </message>
    <message>
        <source>Keras mnist.npz</source>
        <translation>케라스의 mnist.npz 파일</translation>
    </message>
    <message>
        <source>{0} ({1}, found through {2})</source>
        <translation>{0} ({1}, {2}에서 찾음)</translation>
    </message>
    <message>
        <source>{0} (Keras mnist.npz)</source>
        <translation>{0} (케라스의 mnist.npz 파일)</translation>
    </message>
    <message>
        <source>per-sample</source>
        <translation>한 장씩</translation>
    </message>
    <message>
        <source>batches of {0}</source>
        <translation>배치 크기 {0}</translation>
    </message>
    <message>
        <source>{0}  ·  done in {1}</source>
        <translation>{0}  ·  {1}에 완료</translation>
    </message>
    <message>
        <source>{0}  ·  {1} / {2}  ·  {3} samples/s  ·  {4} left</source>
        <translation>{0}  ·  {1} / {2}  ·  초당 {3}개  ·  {4} 남음</translation>
    </message>
    <message>
        <source>Fastest: batches of {0}, {1}, {2}x faster than one at a time ({3}).</source>
        <translation>가장 빠름: 배치 크기 {0}, {1}. 한 장씩({3})보다 {2}배 빠릅니다.</translation>
    </message>
    <message>
        <source>Fastest: batches of {0}, {1}.</source>
        <translation>가장 빠름: 배치 크기 {0}, {1}.</translation>
    </message>
    <message>
        <source>Batches of {0} took {1}, one at a time {2}.</source>
        <translation>걸린 시간 · 배치 크기 {0}: {1}, 한 장씩: {2}.</translation>
    </message>
    <message>
        <source>Batches of {0} were {1}x faster: {2} instead of {3}.</source>
        <translation>배치 크기 {0}: {1}배 빨랐습니다({3} 대신 {2}).</translation>
    </message>
    <message>
        <source>Batches of {0} were {1}x slower: {2} instead of {3}.</source>
        <translation>배치 크기 {0}: {1}배 느렸습니다({3} 대신 {2}).</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0}분 {1}초</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0}시간 {1}분</translation>
    </message>
</context>
</TS>
