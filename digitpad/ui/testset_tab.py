"""The Test set tab: run the network over MNIST (or your own digits) and look at what it got wrong.

Top: where the data comes from, and the run controls (per-sample or batched,
the batch size, pixels /255 or raw, the app's active model). A run goes to a
background job with a progress bar (samples/s, time left) and Cancel; each run
lands in the table of runs, set against the latest per-sample run. "Compare"
runs per-sample then batched and says what batching bought; "Sweep" times a
range of batch sizes and plots them.

Below: the confusion matrix (click a cell to see those samples), a browser of
thumbnails with filters (mistakes, true or predicted digit, low confidence)
and, for the sample selected, its probabilities and hidden activations and a
button that opens it in the Draw tab.

If MNIST is not on the computer, a panel offers to download it (about 11 MB,
from mirrors in turn, every file checked) or to choose a folder that has it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog,
                               QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QSpinBox, QSplitter,
                               QStackedWidget, QTableView, QTabWidget, QToolButton, QVBoxLayout,
                               QWidget)

from ..data.errors import MnistNotFound
from ..data.mnist import (FILES, MIRRORS, Abort, default_mnist_dir, download_mnist, find_mnist,
                          load_mnist)
from ..data.mydigits import MyDigits
from ..evaluate import EvalResult, evaluate
from . import theme
from .model_state import ModelState
from .widgets.confusion_matrix import ConfusionMatrixView
from .widgets.digit_grid import DigitGridModel, DigitGridView
from .widgets.elided_label import ElidedLabel
from .widgets.heatmaps import ActivationMaps
from .widgets.pixel_view import PixelView
from .widgets.probability_bars import ProbabilityBars
from .units import seconds_text
from .widgets.runs_table import RunsTableModel
from .widgets.side_scroll import SidePanelScroll
from .widgets.sweep_plot import SweepPlot
from .settings import SettingsReader
from .tab import AppTab
from .workers import BarProgress, JobRunner, user_words

SOURCES = (("test", "MNIST test set"), ("train", "MNIST training set"), ("mydigits", "My digits"))
SOURCE_NAMES = {"test": "MNIST test", "train": "MNIST train", "mydigits": "My digits"}
PRESETS = (1, 10, 100, 1000, 10000)
PROGRESS_INTERVAL = 1 / 30      # seconds between progress updates from a run (at most ~30 a second)
REPORT_EVERY = 64               # samples between evaluate's callbacks (cancel, progress, giving way)
LOW_CONFIDENCE = 0.9            # the default threshold of the low-confidence filter
COMPARE_BATCH = 100             # Compare's batch size when the spin box says 1
SWEEP_REPEATS = 3               # a sweep keeps the fastest of this many runs per batch size


@dataclass(frozen=True)
class DataSet:
    """A labelled set ready to evaluate: uint8 (N, 784) images, (N,) labels, and where they came from."""

    source: str
    images: np.ndarray
    labels: np.ndarray
    where: str

    @property
    def n(self) -> int:
        return int(self.labels.shape[0])

    @property
    def name(self) -> str:
        return SOURCE_NAMES[self.source]


@dataclass(frozen=True)
class RunProgress:
    """What a running job reports: which pass of how many, samples done, time so far."""

    phase: int
    phases: int
    mode: str
    batch_size: int
    done: int
    total: int
    seconds: float
    result: EvalResult | None = None   # set once, when the pass has finished
    repeat: int = 0
    repeats: int = 1

    @property
    def fraction(self) -> float:
        """How much of the whole job is done, 0..1."""
        within = (self.repeat + self.done / max(self.total, 1)) / max(self.repeats, 1)
        return (self.phase + within) / max(self.phases, 1)


def sweep_sizes(n: int) -> list[int]:
    """1, 2, 5, 10, 20, 50, ... up to n, and n itself."""
    sizes = [b * 10 ** k for k in range(8) for b in (1, 2, 5) if b * 10 ** k <= n]
    if n >= 1 and (not sizes or sizes[-1] != n):
        sizes.append(n)
    return sizes


def speedup_sentence(slow: EvalResult, fast: EvalResult) -> str:
    """'Batches of 100 were 14.2x faster: 0.31 s instead of 4.4 s.'"""
    what = f"Batches of {fast.batch_size:,}" if fast.batch_size > 1 else "Batches of 1"
    if fast.elapsed <= 0 or slow.elapsed <= 0:
        return f"{what} took {seconds_text(fast.elapsed)}, one at a time {seconds_text(slow.elapsed)}."
    ratio = slow.elapsed / fast.elapsed
    if ratio >= 1:
        return (f"{what} were {ratio:.1f}x faster: {seconds_text(fast.elapsed)} "
                f"instead of {seconds_text(slow.elapsed)}.")
    return (f"{what} were {1 / ratio:.1f}x slower: {seconds_text(fast.elapsed)} "
            f"instead of {seconds_text(slow.elapsed)}.")


#: what the download panel says first when no mirror could be reached
OFFLINE_TEXT = ("There is no connection to the download sites, so MNIST cannot be downloaded now: "
                "choose a folder that holds the four MNIST files instead (Choose folder...).")


def _mib(n_bytes: int) -> str:
    if n_bytes >= 1 << 20:
        return f"{n_bytes / (1 << 20):.0f} MB"
    return f"{max(1, round(n_bytes / 1024))} kB"


# --------------------------------------------------------------------------- background work
# These run on a pool thread: plain data in, plain data out, no widgets.

def _load_job(job, source: str, mnist_path: str | None, store_file: str) -> DataSet:
    if source == "mydigits":
        store = MyDigits(store_file)
        images, labels = store.load()
        return DataSet(source, images, labels, str(store.file))
    location = find_mnist(mnist_path)
    job.check()
    images, labels = load_mnist(source, location.path)
    if mnist_path is None:
        where = f"{location.path} ({location.describe()})"
    else:
        where = f"{location.path}" + (" (Keras mnist.npz)" if location.kind == "keras" else "")
    return DataSet(source, images, labels, where)


def _download_job(job, target: str, mirrors, files, timeout: float) -> str:
    def progress(done, total, name):
        job.progress((done, total, name))
    abort = Abort()
    job.on_cancel(abort.set)   # a silent mirror must not hold the thread until its timeout
    return str(download_mnist(target, progress=progress, cancel=abort,
                              mirrors=mirrors, timeout=timeout, files=files))


def _run_job(job, network, images, labels, normalize: bool, plan, interval: float,
             repeats: int = 1) -> list[EvalResult]:
    """Evaluate for each (mode, batch size) in ``plan``, keeping the fastest of ``repeats`` runs.

    Progress goes out at most once per ``interval`` seconds, plus once with
    the result of each pass.

    Every callback gives the window its turn (``job.give_way``): the
    per-sample loop would otherwise starve it. ``evaluate`` times only the
    prediction loop, between callbacks, so the pauses cost some wall time but
    do not enter the time reported.
    """
    results = []
    last = [time.perf_counter()]
    for phase, (mode, batch_size) in enumerate(plan):
        best = None
        for repeat in range(repeats):
            start = time.perf_counter()

            def progress(done, total, phase=phase, mode=mode, batch_size=batch_size, start=start,
                         repeat=repeat):
                job.give_way()
                now = time.perf_counter()
                if now - last[0] >= interval and done < total:
                    last[0] = now
                    job.progress(RunProgress(phase, len(plan), mode, batch_size, done, total, now - start,
                                             None, repeat, repeats))

            result = evaluate(network, images, labels, mode=mode, batch_size=batch_size,
                              normalize=normalize, progress=progress, cancel=lambda: job.cancelled,
                              report_every=REPORT_EVERY)
            if best is None or result.elapsed < best.elapsed:
                best = result
        results.append(best)
        job.progress(RunProgress(phase, len(plan), mode, best.batch_size, best.n_samples, best.n_samples,
                                 best.elapsed, best, repeats - 1, repeats))
    return results


# --------------------------------------------------------------------------- the tab

class TestSetTab(AppTab):
    """Evaluate the active model on a labelled set; compare per-sample and batched; browse the results."""

    #: where downloads come from and what they fetch (tests point these at a local server)
    mirrors: tuple[str, ...] | None = None
    download_files = None
    download_timeout = 15.0

    def __init__(self, state: ModelState, parent: QWidget | None = None, *, mirrors=None,
                 download_files=None, store: MyDigits | None = None):
        super().__init__(parent)
        self.setObjectName("testSetTab")
        self.state = state
        if mirrors is not None:
            self.mirrors = tuple(mirrors)
        if download_files is not None:
            self.download_files = tuple(download_files)
        self.store = store if store is not None else MyDigits.default()
        self._source = "test"
        self._data: DataSet | None = None
        self._result: EvalResult | None = None
        self._run_kind: str | None = None             # "run", "compare" or "sweep" while one is going
        self._run_model = ""
        self._stage: object | None = None             # the step of showing a result still to come
        self._batch_wish = 100                        # the batch size last chosen, kept while a set is smaller
        self._sweep: list[tuple[int, float]] = []
        self._store_stamp = None
        self._started = False

        self._data_jobs = JobRunner(self)
        self._runs = JobRunner(self)
        self.runsModel = RunsTableModel(self)
        self.gridModel = DigitGridModel(self)
        self._build()
        self._connect()
        self._on_state_model_changed(state.model, first=True)
        self._update_controls()

    # layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        # data source row
        self.sourceCombo = QComboBox(objectName="sourceCombo")
        for key, text in SOURCES:
            self.sourceCombo.addItem(text, key)
        self.sourceCombo.setToolTip("What to evaluate the network on")
        self.dataStatus = ElidedLabel(object_name="dataStatus")
        self.dataStatus.setStyleSheet(f"color: {theme.MUTED};")
        self.dataStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.modelLabel = ElidedLabel(object_name="modelLabel", mode=Qt.TextElideMode.ElideRight)
        self.chooseFolderButton = QPushButton("Choose folder...", objectName="chooseFolderButton")
        self.chooseFolderButton.setToolTip("Use MNIST from a folder: the four IDX files (gzipped or "
                                           "not) or Keras's mnist.npz")
        data_row = QHBoxLayout()
        data_row.setSpacing(8)
        data_row.addWidget(_bold("Data"))
        data_row.addWidget(self.sourceCombo)
        data_row.addWidget(self.dataStatus, 3)
        data_row.addSpacing(8)
        data_row.addWidget(self.modelLabel, 2)
        data_row.addWidget(self.chooseFolderButton)

        self.stack = QStackedWidget(objectName="testSetStack")
        self.missingPage = self._build_missing_panel()
        self.workPage = self._build_work_page()
        self.stack.addWidget(self.workPage)
        self.stack.addWidget(self.missingPage)

        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 8)
        root.setSpacing(8)
        root.addLayout(data_row)
        root.addWidget(self.stack, 1)

    def _build_missing_panel(self) -> QWidget:
        page = QWidget(objectName="mnistMissingPage")
        panel = QFrame(objectName="mnistMissing")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setStyleSheet(f"QFrame#mnistMissing {{ background: {theme.PANEL}; border-radius: 8px; }}")
        panel.setMaximumWidth(640)
        title = QLabel("MNIST is not on this computer yet", objectName="missingTitle")
        font = QFont()
        font.setPointSizeF(15)
        font.setBold(True)
        title.setFont(font)
        text = QLabel("This tab runs the network over MNIST's handwritten digits: 10,000 in the test "
                      "set, 60,000 in the training set. Download the four files (each is checked "
                      "against its published checksum), or choose a folder that already has them: "
                      "the four IDX files, gzipped or not, or Keras's mnist.npz.")
        text.setWordWrap(True)
        self.missingProblem = QLabel(objectName="missingProblem")
        self.missingProblem.setWordWrap(True)
        self.missingProblem.setStyleSheet("color: #ef7b83;")
        self.missingProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missingProblem.hide()
        self.downloadDetailsButton = QPushButton("Details", objectName="downloadDetailsButton")
        self.downloadDetailsButton.setCheckable(True)
        self.downloadDetailsButton.hide()
        self.downloadDetails = QLabel(objectName="downloadDetails")
        self.downloadDetails.setWordWrap(True)
        self.downloadDetails.setStyleSheet(f"color: {theme.MUTED};")
        self.downloadDetails.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.downloadDetails.hide()
        self.downloadDetailsButton.toggled.connect(self.downloadDetails.setVisible)
        self.downloadButton = QPushButton(objectName="downloadButton")
        self.downloadButton.setDefault(True)
        self.missingChooseButton = QPushButton("Choose folder...", objectName="missingChooseButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.downloadButton)
        buttons.addWidget(self.missingChooseButton)
        buttons.addStretch(1)
        self.downloadProgress = QProgressBar(objectName="downloadProgress")
        self.downloadProgress.setTextVisible(True)
        self._download_bar = BarProgress(self.downloadProgress)
        self.cancelDownloadButton = QPushButton("Cancel", objectName="cancelDownloadButton")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.downloadProgress, 1)
        progress_row.addWidget(self.cancelDownloadButton)
        self.downloadRow = QWidget(objectName="downloadRow")
        self.downloadRow.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.downloadRow.hide()
        self.downloadWhere = QLabel(objectName="downloadWhere")
        self.downloadWhere.setWordWrap(True)
        self.downloadWhere.setStyleSheet(f"color: {theme.MUTED};")
        self.downloadWhere.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel("Or pick My digits above to evaluate the digits you drew and saved.")
        hint.setStyleSheet(f"color: {theme.MUTED};")

        inner = QVBoxLayout(panel)
        inner.setContentsMargins(22, 18, 22, 18)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(text)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.missingProblem, 1)
        problem_row.addWidget(self.downloadDetailsButton, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(problem_row)
        inner.addWidget(self.downloadDetails)
        inner.addLayout(buttons)
        inner.addWidget(self.downloadRow)
        inner.addWidget(self.downloadWhere)
        inner.addWidget(hint)

        outer = QVBoxLayout(page)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        return page

    def _build_work_page(self) -> QWidget:
        page = QWidget(objectName="testSetWork")

        # run controls
        self.modeCombo = QComboBox(objectName="modeCombo")
        self.modeCombo.addItem("Batched", "batch")
        self.modeCombo.addItem("Per-sample", "per-sample")
        self.modeCombo.setToolTip("Per-sample: predict() on one image at a time in a Python loop, as the "
                                  "book's neuralnet_mnist.py. Batched: on chunks of images at once.")
        self.batchSpin = QSpinBox(objectName="batchSpin")
        self.batchSpin.setRange(1, 10000)
        self.batchSpin.setValue(100)
        self.batchSpin.setAccelerated(True)
        self.batchSpin.setToolTip("Images per call of predict() in batched mode")
        self.presetButtons: list[QToolButton] = []
        presets = QHBoxLayout()
        presets.setSpacing(2)
        for size in PRESETS:
            button = QToolButton(objectName=f"preset{size}")
            button.setText(f"{size:,}" if size < 10000 else "10k")
            button.setToolTip(f"Batches of {size:,}")
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, s=size: self._on_preset_clicked(s))
            presets.addWidget(button)
            self.presetButtons.append(button)
        self.normalizeCheck = QCheckBox("Pixels / 255", objectName="normalizeCheck")
        self.normalizeCheck.setChecked(True)
        self.normalizeCheck.setToolTip("Divide the 0..255 pixels by 255 before the network sees them, "
                                       "as the book does (its weights score 93.52% so, 92.07% without)")
        self.runButton = QPushButton("Run", objectName="runButton")
        self.runButton.setDefault(True)
        self.runButton.setToolTip("Evaluate the active model on the whole set with these settings")
        self.compareButton = QPushButton("Compare", objectName="compareButton")
        self.compareButton.setToolTip("Run per-sample, then batched, and say how much faster batches are")
        self.sweepButton = QPushButton("Sweep batch sizes", objectName="sweepButton")
        self.sweepButton.setToolTip("Time batch sizes 1, 2, 5, 10, ... up to the whole set and plot them")
        self.cancelButton = QPushButton("Cancel", objectName="cancelButton")

        controls = QHBoxLayout()
        controls.setSpacing(6)
        controls.addWidget(self.modeCombo)
        self.batchCaption = QLabel("Batch size")
        controls.addWidget(self.batchCaption)
        controls.addWidget(self.batchSpin)
        controls.addLayout(presets)
        controls.addSpacing(6)
        controls.addWidget(self.normalizeCheck)
        controls.addStretch(1)
        controls.addWidget(self.runButton)
        controls.addWidget(self.compareButton)
        controls.addWidget(self.sweepButton)
        controls.addWidget(self.cancelButton)

        self.progressBar = QProgressBar(objectName="runProgress")
        self.progressBar.setTextVisible(True)
        self._run_bar = BarProgress(self.progressBar)
        self._run_bar.reset("Ready")
        self.progressBar.setMaximumHeight(20)

        # the result in words
        self.accuracyLabel = QLabel(objectName="accuracyLabel")
        big = QFont()
        big.setPointSizeF(22)
        big.setBold(True)
        self.accuracyLabel.setFont(big)
        self.accuracyLabel.setStyleSheet(f"color: {theme.ACCENT};")
        self.accuracyLabel.setMinimumWidth(120)
        self.resultDetail = QLabel(objectName="resultDetail")
        self.resultDetail.setWordWrap(True)
        self.compareLabel = QLabel(objectName="compareLabel")
        self.compareLabel.setWordWrap(True)
        self.compareLabel.setStyleSheet(f"color: {theme.ACCENT};")
        words = QVBoxLayout()
        words.setSpacing(1)
        words.addWidget(self.resultDetail)
        words.addWidget(self.compareLabel)
        summary = QHBoxLayout()
        summary.setSpacing(12)
        summary.addWidget(self.accuracyLabel)
        summary.addLayout(words, 1)

        # confusion matrix
        self.matrix = ConfusionMatrixView()
        self.matrix.setToolTip("")
        matrix_box = QGroupBox("Confusion matrix")
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(6, 6, 6, 6)
        matrix_layout.addWidget(self.matrix)

        # browser
        self.showAllButton = QToolButton(objectName="showAllButton")
        self.showAllButton.setText("All")
        self.showAllButton.setToolTip("Clear every filter")
        self.wrongCheck = QCheckBox("Mistakes only", objectName="wrongCheck")
        self.trueCombo = QComboBox(objectName="trueCombo")
        self.trueCombo.addItem("any digit", None)
        for d in range(10):
            self.trueCombo.addItem(f"a {d}", d)
        self.trueCombo.setToolTip("Only samples that truly are this digit")
        self.predictedCombo = QComboBox(objectName="predictedCombo")
        self.predictedCombo.addItem("anything", None)
        for d in range(10):
            self.predictedCombo.addItem(f"a {d}", d)
        self.predictedCombo.setToolTip("Only samples the network read as this digit")
        self.lowCheck = QCheckBox("Less sure than", objectName="lowCheck")
        self.lowCheck.setToolTip("Only samples whose top probability is below the threshold")
        self.thresholdSpin = QDoubleSpinBox(objectName="thresholdSpin")
        self.thresholdSpin.setRange(10.0, 100.0)
        self.thresholdSpin.setDecimals(0)
        self.thresholdSpin.setSingleStep(5.0)
        self.thresholdSpin.setSuffix(" %")
        self.thresholdSpin.setValue(LOW_CONFIDENCE * 100)
        self.sortCombo = QComboBox(objectName="sortCombo")
        self.sortCombo.addItem("In data order", "index")
        self.sortCombo.addItem("Least sure first", "least-confident")
        self.sortCombo.addItem("Most sure first", "most-confident")
        self.browserCount = QLabel(objectName="browserCount")
        self.browserCount.setStyleSheet(f"color: {theme.MUTED};")

        filters1 = QHBoxLayout()
        filters1.setSpacing(6)
        filters1.addWidget(self.showAllButton)
        filters1.addWidget(self.wrongCheck)
        filters1.addSpacing(6)
        filters1.addWidget(QLabel("is"))
        filters1.addWidget(self.trueCombo)
        filters1.addWidget(QLabel("read as"))
        filters1.addWidget(self.predictedCombo)
        filters1.addStretch(1)
        filters2 = QHBoxLayout()
        filters2.setSpacing(6)
        filters2.addWidget(self.lowCheck)
        filters2.addWidget(self.thresholdSpin)
        filters2.addSpacing(6)
        filters2.addWidget(self.sortCombo)
        filters2.addStretch(1)
        filters2.addWidget(self.browserCount)

        self.grid = DigitGridView(self.gridModel)
        self.grid.setMinimumWidth(240)
        browser_box = QGroupBox("Samples")
        browser_layout = QVBoxLayout(browser_box)
        browser_layout.setContentsMargins(6, 6, 6, 6)
        browser_layout.setSpacing(4)
        browser_layout.addLayout(filters1)
        browser_layout.addLayout(filters2)
        browser_layout.addWidget(self.grid, 1)

        # the selected sample
        self.sampleView = PixelView(guides=False)
        self.sampleView.setObjectName("sampleView")
        self.sampleView.setFixedSize(112, 112)
        self.sampleTitle = QLabel(objectName="sampleTitle")
        title_font = QFont()
        title_font.setPointSizeF(12)
        title_font.setBold(True)
        self.sampleTitle.setFont(title_font)
        self.sampleVerdict = QLabel(objectName="sampleVerdict")
        self.sampleVerdict.setWordWrap(True)
        self.openInDrawButton = QPushButton("Open in Draw tab", objectName="openInDrawButton")
        self.openInDrawButton.setToolTip("Put this digit on the canvas, to see what changes when you edit it")
        about = QVBoxLayout()
        about.setSpacing(4)
        about.addWidget(self.sampleTitle)
        about.addWidget(self.sampleVerdict)
        about.addStretch(1)
        about.addWidget(self.openInDrawButton, 0, Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.sampleView)
        top.addLayout(about, 1)
        self.sampleBars = ProbabilityBars(object_name="sampleBars")
        self.sampleBars.setMinimumHeight(120)
        self.sampleMaps = ActivationMaps()
        self.sampleMaps.setObjectName("sampleMaps")
        self.sampleMaps.setMinimumHeight(150)
        detail_box = QGroupBox("Selected sample")
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(6, 6, 6, 6)
        detail_layout.setSpacing(4)
        detail_layout.addLayout(top)
        detail_layout.addWidget(self.sampleBars, 4)
        detail_layout.addWidget(_caption("Inside the network: each cell a hidden unit, brighter is "
                                         "more active"))
        detail_layout.addWidget(self.sampleMaps, 5)
        detail_box.setMinimumWidth(250)

        # runs and sweep
        self.runsTable = QTableView(objectName="runsTable")
        self.runsTable.setModel(self.runsModel)
        self.runsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runsTable.setAlternatingRowColors(True)
        self.runsTable.verticalHeader().hide()
        self.runsTable.verticalHeader().setDefaultSectionSize(22)
        header = self.runsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)   # the model's name
        header.setHighlightSections(False)
        header.setMinimumSectionSize(30)
        header.setResizeContentsPrecision(32)   # size columns by the last rows, not by every run
        self.runsTable.resizeColumnsToContents()
        self.exportButton = QPushButton("Export CSV...", objectName="exportButton")
        self.clearRunsButton = QPushButton("Clear", objectName="clearRunsButton")
        runs_buttons = QVBoxLayout()
        runs_buttons.addWidget(self.exportButton)
        runs_buttons.addWidget(self.clearRunsButton)
        runs_buttons.addStretch(1)
        runs_page = QWidget()
        runs_layout = QHBoxLayout(runs_page)
        runs_layout.setContentsMargins(4, 4, 4, 4)
        runs_layout.addWidget(self.runsTable, 1)
        runs_layout.addLayout(runs_buttons)
        self.sweepPlot = SweepPlot(y_label="time",
                                   x_label=f"batch size  (each timed {SWEEP_REPEATS} times, the best shown)")
        self.lowerTabs = QTabWidget(objectName="lowerTabs")
        self.lowerTabs.setDocumentMode(True)
        self.lowerTabs.addTab(runs_page, "Runs")
        self.lowerTabs.addTab(self.sweepPlot, "Batch-size sweep")

        # [matrix | browser] over [runs | sweep], and the selected sample the full height at the right
        self.upperSplitter = QSplitter(Qt.Orientation.Horizontal, objectName="upperSplitter")
        self.upperSplitter.addWidget(matrix_box)
        self.upperSplitter.addWidget(browser_box)
        self.upperSplitter.setStretchFactor(0, 4)
        self.upperSplitter.setStretchFactor(1, 5)
        self.upperSplitter.setChildrenCollapsible(False)
        self.upperSplitter.setSizes([400, 500])
        self.leftSplitter = QSplitter(Qt.Orientation.Vertical, objectName="leftSplitter")
        self.leftSplitter.addWidget(self.upperSplitter)
        self.leftSplitter.addWidget(self.lowerTabs)
        self.leftSplitter.setStretchFactor(0, 3)
        self.leftSplitter.setStretchFactor(1, 1)
        self.leftSplitter.setChildrenCollapsible(False)
        self.leftSplitter.setSizes([400, 170])
        self.mainSplitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.mainSplitter.addWidget(self.leftSplitter)
        self.mainSplitter.addWidget(SidePanelScroll(detail_box, "sampleScroll"))
        self.mainSplitter.setStretchFactor(0, 3)
        self.mainSplitter.setStretchFactor(1, 1)
        self.mainSplitter.setChildrenCollapsible(False)
        self.mainSplitter.setSizes([900, 300])

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(controls)
        layout.addWidget(self.progressBar)
        layout.addLayout(summary)
        layout.addWidget(self.mainSplitter, 1)
        return page

    def _connect(self) -> None:
        self.sourceCombo.currentIndexChanged.connect(self._on_source_index_changed)
        self.chooseFolderButton.clicked.connect(self.choose_folder_dialog)
        self.missingChooseButton.clicked.connect(self.choose_folder_dialog)
        self.downloadButton.clicked.connect(self.start_download)
        self.cancelDownloadButton.clicked.connect(self.cancel_download)
        self.modeCombo.currentIndexChanged.connect(lambda _: self._update_controls())
        self.batchSpin.valueChanged.connect(self._on_batch_value_changed)
        self.runButton.clicked.connect(self.run)
        self.compareButton.clicked.connect(self.compare)
        self.sweepButton.clicked.connect(self.sweep)
        self.cancelButton.clicked.connect(lambda: self.cancel())
        self.exportButton.clicked.connect(self.export_csv_dialog)
        self.clearRunsButton.clicked.connect(self._on_clear_runs_clicked)
        self.matrix.cellClicked.connect(self._on_matrix_cell_clicked)
        self.matrix.rowClicked.connect(lambda t: self.set_filter(true=t))
        self.matrix.columnClicked.connect(lambda p: self.set_filter(predicted=p))
        self.showAllButton.clicked.connect(lambda: self.set_filter())
        for widget in (self.wrongCheck, self.lowCheck):
            widget.toggled.connect(self._on_filter_controls_changed)
        for combo in (self.trueCombo, self.predictedCombo, self.sortCombo):
            combo.currentIndexChanged.connect(self._on_filter_controls_changed)
        self.thresholdSpin.valueChanged.connect(self._on_filter_controls_changed)
        self.gridModel.countChanged.connect(self._on_grid_count_changed)
        self.grid.sampleSelected.connect(self._on_grid_sample_selected)
        self.openInDrawButton.clicked.connect(self._on_open_in_draw_clicked)
        self.state.modelChanged.connect(self._on_state_model_changed)

    # data ----------------------------------------------------------------------------------

    @property
    def data(self) -> DataSet | None:
        return self._data

    @property
    def source(self) -> str:
        return self._source

    def set_source(self, source: str) -> None:
        """Switch to "test", "train" or "mydigits" (loads it)."""
        index = self.sourceCombo.findData(source)
        if index < 0:
            raise ValueError(f"unknown source {source!r}")
        if index != self.sourceCombo.currentIndex():
            self.sourceCombo.setCurrentIndex(index)   # loads through the slot
        elif not self._started or self._data is None or self._data.source != source:
            self._source = source
            self._started = True
            self.load()

    def start(self) -> None:
        """Load the source restored from the settings (once: a later change of source loads itself)."""
        if not self._started:
            self._started = True
            self.load()

    def load(self, mnist_path: str | None = None, chosen: bool = False) -> None:
        """Load the current source in the background (MNIST from ``mnist_path`` if given, else from
        the app's MNIST location)."""
        self.cancel()
        path = mnist_path if mnist_path is not None else self.state.mnist_path
        source = self._source
        name = dict(SOURCES)[source]
        self._set_busy_text(f"Loading the {name}...")
        self.dataStatus.setText(f"Loading the {name}...")
        self._data_jobs.start(_load_job, source, path, str(self.store.file),
                              returned=lambda data: self._on_load_returned(data, path, chosen),
                              errored=lambda exc: self._on_load_errored(exc, path, chosen))
        self._update_controls()

    def _on_load_returned(self, data: DataSet, path: str | None, chosen: bool) -> None:
        if data.source != "mydigits" and path is not None:
            self.state.set_mnist_path(path)   # it worked: every tab uses it from now on
        self._set_data(data)
        if chosen:
            self.statusMessage.emit(f"Using MNIST from {path}", 6000)

    def _on_load_errored(self, exc: BaseException, path: str | None, chosen: bool) -> None:
        self._reset_progress()
        source = self._source
        if isinstance(exc, MnistNotFound) and not chosen:
            self._show_missing(exc.headline if exc.unusable else None)
            if not exc.unusable:
                self.dataStatus.setText(exc.headline)
            self._update_controls()
            return
        text = user_words(exc)
        if chosen:
            message = f"That folder cannot be used as MNIST.\n\n{text}"
            self.messageRequested.emit("warning", "Not a usable copy of MNIST", message)
            if self._data is not None and self._data.source == source:
                self.dataStatus.setText(self._data_status_text(self._data))
            else:
                self._show_missing(text)
        elif source == "mydigits":
            self._set_data(None)
            self.dataStatus.setText("My digits could not be read")
            self.messageRequested.emit("warning", "My digits could not be read", text)
        else:
            if path is not None and path == self.state.mnist_path:
                # the remembered folder went bad: forget it and look in the usual places
                self.state.set_mnist_path(None)
                self.statusMessage.emit(f"The MNIST folder used last time cannot be used ({text}); "
                                        "looking elsewhere", 8000)
                self.load()
                return
            self._show_missing(text)
        self._update_controls()

    def _set_data(self, data: DataSet | None) -> None:
        self._data = data
        self._stage = None
        self._result = None
        self.compareLabel.clear()
        if data is None:
            self.gridModel.set_samples(np.zeros((0, 784), np.uint8), np.zeros(0, np.uint8))
        else:
            self.gridModel.set_samples(data.images, data.labels)
            if data.source == "mydigits":
                self._store_stamp = _stamp(self.store.file)
        self._reset_progress()
        self._show_result(None)
        self.stack.setCurrentWidget(self.workPage)
        self.dataStatus.setText(self._data_status_text(data))
        n = 0 if data is None else data.n
        self._fit_batch_size(n)
        for button, size in zip(self.presetButtons, PRESETS):
            button.setEnabled(size <= max(1, n))
        self._update_controls()
        if n:
            self.grid.select_row(0)

    def _data_status_text(self, data: DataSet | None) -> str:
        if data is None:
            return ""
        if data.source == "mydigits":
            if data.n == 0:
                return "No digits saved yet: draw some in the Draw tab and save them with their labels"
            return f"{data.n:,} of your digits, from {data.where}"
        return f"{data.n:,} images from {data.where}"

    def _show_missing(self, problem: str | None) -> None:
        self._data = None
        self._hide_download_details()
        self.missingProblem.setVisible(bool(problem))
        self.missingProblem.setText(problem or "")
        files = self.download_files if self.download_files is not None else FILES
        size = sum(spec.size or 0 for spec in files)
        self.downloadButton.setText(f"Download MNIST (about {_mib(size)})")
        mirrors = self.mirrors if self.mirrors is not None else MIRRORS
        self.downloadButton.setToolTip("From, in turn: " + ", ".join(mirrors))
        self.downloadWhere.setText(f"Downloads go to {default_mnist_dir()}")
        self.stack.setCurrentWidget(self.missingPage)
        self.dataStatus.setText("MNIST was not found" if problem is None else "MNIST could not be used")

    def use_mnist_folder(self, path) -> None:
        """Use MNIST from ``path`` (a folder of IDX files, a folder holding mnist.npz, or the npz itself).

        Checked in the background; a folder that cannot be used is reported and not remembered.
        """
        path = Path(path).expanduser()   # looked into in the background: it may be slow or unreadable
        if self._source == "mydigits":
            index = self.sourceCombo.findData("test")
            blocked = self.sourceCombo.blockSignals(True)
            self.sourceCombo.setCurrentIndex(index)
            self.sourceCombo.blockSignals(blocked)
            self._source = "test"
        self.load(str(path), chosen=True)

    def choose_folder_dialog(self) -> None:
        start = self.state.mnist_path or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Choose the folder that holds MNIST", start)
        if folder:
            self.use_mnist_folder(folder)

    # downloading ----------------------------------------------------------------------------

    def start_download(self) -> None:
        """Download MNIST into the user's data folder in the background, then load it."""
        target = str(default_mnist_dir())
        mirrors = list(self.mirrors) if self.mirrors is not None else None
        self.missingProblem.hide()
        self._hide_download_details()
        self.downloadRow.show()
        self._download_bar.reset("Connecting...")
        self.downloadButton.setEnabled(False)
        self.missingChooseButton.setEnabled(False)
        self._data_jobs.start(_download_job, target, mirrors, self.download_files, self.download_timeout,
                              progress=self._on_download_progress,
                              returned=self._on_download_returned,
                              errored=self._on_download_errored)

    def cancel_download(self) -> None:
        self._data_jobs.cancel()
        self._end_download()
        self.statusMessage.emit("Download cancelled; nothing half-written was kept.", 5000)

    def _hide_download_details(self) -> None:
        self.downloadDetailsButton.setChecked(False)
        self.downloadDetailsButton.hide()

    def _end_download(self) -> None:
        self.downloadRow.hide()
        self.downloadButton.setEnabled(True)
        self.missingChooseButton.setEnabled(True)

    def _on_download_progress(self, value) -> None:
        done, total, name = value
        if total:
            self._download_bar.show(done / total, f"{name}  \u00b7  {done / 2**20:.1f} of {total / 2**20:.1f} MB")
        else:
            self._download_bar.busy(f"{name}  \u00b7  {done / 2**20:.1f} MB")

    def _on_download_returned(self, folder: str) -> None:
        self._download_bar.reset()
        self._end_download()
        self.statusMessage.emit(f"MNIST downloaded and checked, in {folder}", 6000)
        if self._source == "mydigits":
            self._source = "test"
            blocked = self.sourceCombo.blockSignals(True)
            self.sourceCombo.setCurrentIndex(self.sourceCombo.findData("test"))
            self.sourceCombo.blockSignals(blocked)
        self.load(folder, chosen=True)

    def _on_download_errored(self, exc: BaseException) -> None:
        self._download_bar.reset()
        self._end_download()
        text = user_words(exc)
        if getattr(exc, "unreachable", False):   # offline: what each mirror said helps nobody first
            headline = OFFLINE_TEXT
            self.downloadDetails.setText("\n".join(exc.failures) or text)
            self.downloadDetailsButton.setChecked(False)
            self.downloadDetailsButton.show()
        else:
            headline = f"The download failed. {text}"
        self.missingProblem.setText(headline)
        self.missingProblem.show()
        self.messageRequested.emit("error", "MNIST could not be downloaded", headline)

    # running ------------------------------------------------------------------------------

    @property
    def result(self) -> EvalResult | None:
        """The run whose results are shown (None before a run, or after the model or data changed)."""
        return self._result

    def is_running(self) -> bool:
        return self._run_kind is not None

    def is_loading(self) -> bool:
        """A data set is being read or downloaded."""
        return self._data_jobs.is_busy()

    def is_showing(self) -> bool:
        """A finished run's views are still being drawn (they come over the next turns of the event loop)."""
        return self._stage is not None

    def mode(self) -> str:
        return self.modeCombo.currentData()

    def set_mode(self, mode: str) -> None:
        self.modeCombo.setCurrentIndex(self.modeCombo.findData(mode))

    def run(self) -> None:
        """Evaluate once with the settings shown (cancels a run in progress)."""
        self._start_run("run", [(self.mode(), self.batchSpin.value())])

    def compare(self) -> None:
        """Per-sample, then batched with the batch size shown (100 if it says 1)."""
        batch = self.batchSpin.value()
        if batch == 1:
            batch = min(COMPARE_BATCH, self.batchSpin.maximum())
        self._start_run("compare", [("per-sample", 1), ("batch", batch)])

    def sweep(self) -> None:
        """Time every batch size of ``sweep_sizes`` in turn and plot them."""
        if self._data is None:
            return
        self._sweep = []
        self.sweepPlot.set_points([], [])
        self.lowerTabs.setCurrentWidget(self.sweepPlot)
        self._start_run("sweep", [("batch", b) for b in sweep_sizes(self._data.n)], SWEEP_REPEATS)

    def _start_run(self, kind: str, plan, repeats: int = 1) -> None:
        data = self._data
        if data is None or data.n == 0:
            return
        self._runs.cancel()
        self._stage = None
        self._run_kind = kind
        model = self.state.model
        self._run_model = model.name
        self._run_bar.reset("Starting...")
        self._runs.start(_run_job, model.network, data.images, data.labels, self.normalizeCheck.isChecked(),
                         list(plan), PROGRESS_INTERVAL, repeats,
                         progress=self._on_run_progress, returned=self._on_run_returned,
                         errored=self._on_run_errored)
        self._update_controls()

    def cancel(self, reason: str = "Cancelled") -> bool:
        """Stop the run in progress, if any; True if there was one."""
        if self._run_kind is None:
            return False
        self._runs.cancel()
        self._run_kind = None
        self._stage = None
        self._reset_progress(reason)
        self._update_controls()
        self.statusMessage.emit(f"{reason}.", 4000)
        return True

    def _on_run_progress(self, p: RunProgress) -> None:
        what = "per-sample" if p.mode == "per-sample" else f"batches of {p.batch_size:,}"
        if p.phases > 1:
            what = f"{p.phase + 1}/{p.phases}: {what}"
        if p.result is not None:
            self._on_pass_finished(p)
            text = f"{what}  \u00b7  done in {seconds_text(p.result.elapsed)}"
        else:
            rate = p.done / p.seconds if p.seconds > 0 else 0.0
            eta = (p.total - p.done) / rate if rate > 0 else float("nan")
            text = (f"{what}  \u00b7  {p.done:,} / {p.total:,}  \u00b7  {rate:,.0f} samples/s"
                    f"  \u00b7  {seconds_text(eta) if eta == eta else '...'} left")
        self._run_bar.show(p.fraction, text)

    def _on_pass_finished(self, p: RunProgress) -> None:
        result = p.result
        if self._run_kind == "sweep":
            self._sweep.append((result.batch_size, result.elapsed))
            sizes, secs = zip(*self._sweep)
            self.sweepPlot.set_points(sizes, secs, x_max=self._data.n if self._data else None)
        else:
            data = self._data
            name, model = (data.name if data else "?"), self._run_model
            QTimer.singleShot(0, self, lambda: self._add_run(result, name, model))

    def _on_run_returned(self, results: list[EvalResult]) -> None:
        # The words change now; the matrix and the browser (for 60,000 samples) in the next
        # turn of the event loop, after the table's new rows, so no one turn does it all.
        kind, self._run_kind = self._run_kind, None
        self._update_controls()
        last = results[-1]
        if kind == "sweep":
            best_size, best_time = min(self._sweep, key=lambda item: item[1])
            one = dict(self._sweep).get(1)
            words = f"Fastest: batches of {best_size:,}, {seconds_text(best_time)}"
            if one:
                words += f", {one / best_time:.1f}x faster than one at a time ({seconds_text(one)})"
            self.compareLabel.setText(words + ".")
            self.progressBar.setFormat(f"Sweep done  \u00b7  {len(self._sweep)} batch sizes")
            self.statusMessage.emit(words + ".", 8000)

            def finish():
                if self._result is None:
                    self._show_result(last)
        else:
            self._show_summary(last)
            self._run_bar.done(f"Done  \u00b7  {last.n_samples:,} samples in "
                               f"{seconds_text(last.elapsed)}  \u00b7  "
                               f"{last.samples_per_second:,.0f} samples/s")
            if kind == "compare":
                sentence = speedup_sentence(results[0], results[1])
                self.compareLabel.setText(sentence)
                self._show_settings_of(last)
                self.lowerTabs.setCurrentIndex(0)
                self.statusMessage.emit(sentence, 8000)
            else:
                self.statusMessage.emit(f"Accuracy {last.accuracy:.2%} in {seconds_text(last.elapsed)}", 5000)

            def finish():
                self._show_views(last)
                if kind != "compare":
                    self.compareLabel.setText(self._speedup_words())
        self._later(finish)

    def _show_settings_of(self, result: EvalResult) -> None:
        """The Mode box and batch size as the run shown was made, so the controls and the words agree."""
        self.set_mode(result.mode)
        if result.mode != "per-sample":
            self.batchSpin.setValue(result.batch_size)
        self._update_controls()

    def _later(self, step) -> None:
        """Run ``step`` in the next turn of the event loop, unless a run, the data or the model changes first."""
        token = self._stage = object()

        def run() -> None:
            if token is self._stage:
                self._stage = None
                step()
        QTimer.singleShot(0, self, run)

    def _speedup_words(self) -> str:
        runs = self.runsModel.runs()
        if not runs:
            return ""
        run = runs[-1]
        if run.speedup is not None:
            return (f"{run.speedup:.1f}x faster than the per-sample run #{run.reference} "
                    f"({seconds_text(run.elapsed)} instead of {seconds_text(run.reference_elapsed)}).")
        earlier = [r for r in runs if r.reference == run.number]
        if not earlier:
            return ""
        best = min(earlier, key=lambda r: r.elapsed)
        return (f"The batched run #{best.number} was {best.speedup:.1f}x faster than this one "
                f"({seconds_text(best.elapsed)} instead of {seconds_text(run.elapsed)}).")

    def _on_run_errored(self, exc: BaseException) -> None:
        self._run_kind = None
        self._reset_progress("Failed")
        self._update_controls()
        text = user_words(exc)
        self.messageRequested.emit("error", "The evaluation failed", text)

    def _add_run(self, result: EvalResult, data_name: str, model: str) -> None:
        self.runsModel.add(data=data_name, n_samples=result.n_samples, mode=result.mode,
                           batch_size=result.batch_size, normalize=result.normalize,
                           model=model, accuracy=result.accuracy, correct=result.correct,
                           elapsed=result.elapsed, samples_per_second=result.samples_per_second)
        for column in range(self.runsModel.columnCount()):
            if column != 5:
                self.runsTable.resizeColumnToContents(column)
        self.runsTable.scrollToBottom()
        self._update_controls()

    def _reset_progress(self, text: str = "Ready") -> None:
        self._run_bar.reset(text)

    def _set_busy_text(self, text: str) -> None:
        self._run_bar.busy(text)

    # results -------------------------------------------------------------------------------

    def _show_result(self, result: EvalResult | None) -> None:
        self._show_summary(result)
        self._show_views(result)

    def _show_summary(self, result: EvalResult | None) -> None:
        """The result in words: accuracy, counts, time."""
        self._result = result
        if result is None:
            data = self._data
            self.accuracyLabel.setText("")
            self.accuracyLabel.hide()     # no number yet: no lone dash in its place
            if data is None or data.n == 0:
                self.resultDetail.setText("")
            else:
                self.resultDetail.setText(f"{data.n:,} samples of the {data.name} set ready. Press Run "
                                          f"to read them all with {self.state.model.name}.")
        else:
            wrong = result.n_samples - result.correct
            how = "one at a time" if result.mode == "per-sample" else f"in batches of {result.batch_size:,}"
            pixels = "pixels /255" if result.normalize else "raw 0-255 pixels"
            self.accuracyLabel.setText(f"{result.accuracy:.2%}")
            self.accuracyLabel.show()
            self.resultDetail.setText(
                f"{result.correct:,} of {result.n_samples:,} right, {wrong:,} wrong  \u00b7  "
                f"{seconds_text(result.elapsed)}, {result.samples_per_second:,.0f} samples/s  \u00b7  "
                f"{how}, {pixels}  \u00b7  {self._run_model}")

    def _show_views(self, result: EvalResult | None) -> None:
        """The result in pictures: the confusion matrix and the browser."""
        previous = self.grid.current_sample()
        if result is None:
            self.gridModel.set_results(None, None)
            self.matrix.set_matrix(None)
        else:
            self.gridModel.set_results(result.predictions, result.confidence)
            self.matrix.set_matrix(result.confusion_matrix())
        self._update_filter_enabled()
        row = self.gridModel.row_of(previous) if previous >= 0 else None
        if row is not None:
            self.grid.select_row(row)
        elif self.gridModel.rowCount():
            self.grid.select_row(0)

    # filters -------------------------------------------------------------------------------

    def set_filter(self, *, true: int | None = None, predicted: int | None = None,
                   wrong: bool = False, below: float | None = None) -> None:
        """Set the browser's filter controls (and so the browser) in one go."""
        widgets = (self.trueCombo, self.predictedCombo, self.wrongCheck, self.lowCheck, self.thresholdSpin)
        blocked = [w.blockSignals(True) for w in widgets]
        self.trueCombo.setCurrentIndex(0 if true is None else self.trueCombo.findData(true))
        self.predictedCombo.setCurrentIndex(0 if predicted is None else self.predictedCombo.findData(predicted))
        self.wrongCheck.setChecked(wrong)
        self.lowCheck.setChecked(below is not None)
        if below is not None:
            self.thresholdSpin.setValue(below * 100)
        for w, b in zip(widgets, blocked):
            w.blockSignals(b)
        if true is None or predicted is None:
            self.matrix.select(None)
        self._on_filter_controls_changed()

    def _on_filter_controls_changed(self, *_) -> None:
        previous = self.grid.current_sample()
        below = self.thresholdSpin.value() / 100 if self.lowCheck.isChecked() else None
        true, predicted = self.trueCombo.currentData(), self.predictedCombo.currentData()
        self.gridModel.set_sort(self.sortCombo.currentData())
        self.gridModel.set_filter(true=true, predicted=predicted, wrong=self.wrongCheck.isChecked(),
                                  below=below)
        if true is not None and predicted is not None and self.gridModel.has_results:
            self.matrix.select((true, predicted))
        else:
            self.matrix.select(None)
        row = self.gridModel.row_of(previous) if previous >= 0 else None
        if row is not None:
            self.grid.select_row(row)
        elif self.gridModel.rowCount():
            self.grid.select_row(0)

    def _on_matrix_cell_clicked(self, true: int, predicted: int) -> None:
        self.set_filter(true=true, predicted=predicted)
        count = self.gridModel.rowCount()
        if true == predicted:
            self.statusMessage.emit(f"{count:,} {true}s read correctly", 4000)
        else:
            self.statusMessage.emit(f"{count:,} {true}s read as {predicted}", 4000)

    def _on_grid_count_changed(self, count: int) -> None:
        total = self.gridModel.n_samples
        self.browserCount.setText(f"{count:,} of {total:,} shown" if count != total else f"all {total:,}")

    def _update_filter_enabled(self) -> None:
        has = self.gridModel.has_results
        for widget in (self.wrongCheck, self.predictedCombo, self.lowCheck, self.thresholdSpin, self.sortCombo):
            widget.setEnabled(has)
        if not has:
            self.set_filter(true=self.trueCombo.currentData())

    # the selected sample ----------------------------------------------------------------------

    def selected_sample(self) -> int:
        return self.grid.current_sample()

    def _on_grid_sample_selected(self, sample: int) -> None:
        if sample < 0 or self._data is None:
            self.sampleView.set_pixels(None)
            self.sampleTitle.setText("")
            self.sampleVerdict.setText("Click a digit to see what the network makes of it.")
            self.sampleVerdict.setStyleSheet(f"color: {theme.MUTED};")
            self.sampleBars.set_probabilities(None)
            self.sampleMaps.set_activations(None)
            self.openInDrawButton.setEnabled(False)
            return
        image = self.gridModel.image(sample)
        truth = self.gridModel.label(sample)
        normalize = self._result.normalize if self._result is not None else self.normalizeCheck.isChecked()
        forward = self.state.network.forward(image.reshape(1, 784), input_scale=1 / 255 if normalize else 1.0)
        probs = np.asarray(forward.probabilities[0], dtype=np.float64)
        top = int(np.argmax(probs))
        self.sampleView.set_pixels(image)
        self.sampleTitle.setText(f"#{sample:,}  \u00b7  a {truth}")
        verdict = f"read as {top}, {probs[top]:.1%} sure"
        if top == truth:
            self.sampleVerdict.setText(f"Right: {verdict}.")
            self.sampleVerdict.setStyleSheet(f"color: {theme.TEXT};")
        else:
            self.sampleVerdict.setText(f"Wrong: {verdict}; it gave {probs[truth]:.1%} to {truth}.")
            self.sampleVerdict.setStyleSheet("color: #ef7b83;")
        self.sampleBars.set_probabilities(probs)
        self.sampleMaps.set_activations([h[0] for h in forward.hidden])
        self.openInDrawButton.setEnabled(True)

    def _on_open_in_draw_clicked(self) -> None:
        sample = self.grid.current_sample()
        if sample >= 0:
            self.state.request_drawing(self.gridModel.image(sample))

    # the model ----------------------------------------------------------------------------------

    def _on_state_model_changed(self, model, first: bool = False) -> None:
        net = model.network
        sizes = "-".join(str(s) for s in net.sizes)
        self.modelLabel.setText(f"Model: {model.name}")
        self.modelLabel.setToolTip(f"The app's active model: {model.name}, {sizes} "
                                   f"({model.source}). Change it in the File menu.")
        self.sampleMaps.set_architecture(net.sizes[1:-1], net.activations)
        if first:
            self._on_grid_sample_selected(-1)
            return
        self._stage = None
        if self._run_kind is not None:
            self.cancel("Cancelled: the model changed")
        # results shown, or the words that they were: both belong to an earlier model now
        stale = self._result is not None or bool(self.compareLabel.text())
        if self._result is not None:
            self._show_result(None)
        else:
            self._show_summary(None)      # "Press Run to read them all with <the new model>"
        self.compareLabel.setText(f"The model changed to {model.name}: run again to see its results."
                                  if stale else "")
        self._on_grid_sample_selected(self.grid.current_sample())

    # controls -------------------------------------------------------------------------------------

    def _update_controls(self) -> None:
        data = self._data
        ready = data is not None and data.n > 0
        running = self._run_kind is not None
        per_sample = self.mode() == "per-sample"
        for widget in (self.runButton, self.compareButton, self.sweepButton):
            widget.setEnabled(ready)
        self.batchSpin.setEnabled(not per_sample)
        self.batchCaption.setEnabled(not per_sample)
        for button, size in zip(self.presetButtons, PRESETS):
            button.setEnabled(not per_sample and size <= max(1, data.n if data else 1))
        self.cancelButton.setEnabled(running)
        self.exportButton.setEnabled(self.runsModel.rowCount() > 0)
        self.clearRunsButton.setEnabled(self.runsModel.rowCount() > 0)

    def _fit_batch_size(self, n: int) -> None:
        """Allow batch sizes 1..n, showing the size the user last chose if it fits."""
        wish = self._batch_wish
        blocked = self.batchSpin.blockSignals(True)
        self.batchSpin.setMaximum(max(1, n))
        self.batchSpin.setValue(min(wish, max(1, n)))
        self.batchSpin.blockSignals(blocked)

    def _on_batch_value_changed(self, value: int) -> None:
        self._batch_wish = value

    def _on_preset_clicked(self, size: int) -> None:
        self.batchSpin.setValue(size)
        if self.mode() != "batch":
            self.set_mode("batch")

    def _on_source_index_changed(self, index: int) -> None:
        self._source = self.sourceCombo.itemData(index)
        if self._started:
            self.load()

    def _on_clear_runs_clicked(self) -> None:
        self.runsModel.clear()
        self._update_controls()

    # runs table ------------------------------------------------------------------------------------

    def export_csv(self, path) -> bool:
        """Write the table of runs to ``path`` (atomically); False and a message if it cannot."""
        try:
            written = self.runsModel.write_csv(path)
        except OSError as exc:
            text = f"{path}: {exc.strerror or exc}"
            self.messageRequested.emit("error", "Could not export the runs", text)
            return False
        self.statusMessage.emit(f"{self.runsModel.rowCount()} runs written to {written}", 5000)
        return True

    def export_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export the runs", "digitpad-runs.csv",
                                              "CSV files (*.csv);;All files (*)")
        if path:
            self.export_csv(path)

    # life cycle -------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # digits saved in the Draw tab since My digits was loaded: load again
        if (self._started and self._source == "mydigits" and not self._data_jobs.is_busy()
                and _stamp(self.store.file) != self._store_stamp):
            self.store = MyDigits(self.store.file)
            self.load()

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Cancel every background job of this tab and wait for it; False if one did not stop in time."""
        self._run_kind = None
        ok = self._runs.shutdown(timeout)
        return self._data_jobs.shutdown(timeout) and ok

    def closeEvent(self, event) -> None:   # when used on its own, outside the main window
        self.shutdown()
        super().closeEvent(event)

    # settings ----------------------------------------------------------------------------------------

    def restore_settings(self, settings: QSettings) -> list[str]:
        """Apply the saved source, mode and view; returns the keys whose values were refused."""
        saved = SettingsReader(settings)
        source = saved.choice("source", self._source, _item_data(self.sourceCombo))
        blocked = self.sourceCombo.blockSignals(True)
        self.sourceCombo.setCurrentIndex(self.sourceCombo.findData(source))
        self.sourceCombo.blockSignals(blocked)
        self._source = source
        self.set_mode(saved.choice("mode", "batch", _item_data(self.modeCombo)))
        self._batch_wish = saved.whole("batchSize", 100, 1, 60000)
        self._fit_batch_size(self._data.n if self._data is not None else 60000)
        self.normalizeCheck.setChecked(saved.flag("normalize", True))
        self.thresholdSpin.setValue(saved.number("lowConfidence", LOW_CONFIDENCE * 100,
                                                 self.thresholdSpin.minimum(),
                                                 self.thresholdSpin.maximum()))
        sort = saved.choice("sort", "index", _item_data(self.sortCombo))
        self.sortCombo.setCurrentIndex(self.sortCombo.findData(sort))
        for key, splitter in self._splitters():
            state = saved.state(key)
            if state is not None:
                orientation = splitter.orientation()
                splitter.restoreState(state)
                splitter.setOrientation(orientation)   # a state saved by another layout must not turn it
        self._update_controls()
        return saved.rejected

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("source", self._source)
        settings.setValue("mode", self.mode())
        settings.setValue("batchSize", self._batch_wish)
        settings.setValue("normalize", self.normalizeCheck.isChecked())
        settings.setValue("lowConfidence", self.thresholdSpin.value())
        settings.setValue("sort", self.sortCombo.currentData())
        for key, splitter in self._splitters():
            settings.setValue(key, splitter.saveState())

    def _splitters(self):
        return (("upperSplitter", self.upperSplitter), ("leftSplitter", self.leftSplitter),
                ("mainSplitter", self.mainSplitter))



def _item_data(combo: QComboBox) -> list:
    """The data of every item of ``combo``: the values a saved choice may take."""
    return [combo.itemData(i) for i in range(combo.count())]


def _stamp(path: Path):
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.MUTED};")
    return label


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
