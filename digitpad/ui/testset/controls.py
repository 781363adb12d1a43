"""The run controls (mode, batch size, pixels, Run/Compare/Sweep/Cancel, the progress bar)
and the result in words below them (the accuracy, what the run was, what batching bought)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QProgressBar, QSpinBox, QToolButton,
                               QVBoxLayout, QWidget)

from ...evaluate import EvalResult
from .. import theme
from ..settings import SettingsReader
from ..tab import restore_choice
from ..units import accuracy_text, seconds_text
from ..widgets.reserved_label import ReservedLabel
from ..widgets.snug_button import SnugButton
from ..workers import BarProgress
from .jobs import PRESETS


class RunControls(QWidget):
    """How to run (mode, batch size, pixels) and the buttons that run; the progress bar under them.

    The batch size the user chose is kept while a smaller set caps the box
    (``fit_batch_size``), and comes back with a set large enough.
    """

    runClicked = Signal()
    compareClicked = Signal()
    sweepClicked = Signal()
    cancelClicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="runControls")
        self._batch_wish = 100
        self._n = 0                      # samples in the set: presets above it are off
        self._ready = self._running = False
        self._build()
        self.modeCombo.currentIndexChanged.connect(lambda _: self._update())
        self.batchSpin.valueChanged.connect(self._on_batch_value_changed)
        self.runButton.clicked.connect(self.runClicked)
        self.compareButton.clicked.connect(self.compareClicked)
        self.sweepButton.clicked.connect(self.sweepClicked)
        self.cancelButton.clicked.connect(self.cancelClicked)
        self._update()

    def _build(self) -> None:
        self.modeCombo = QComboBox(objectName="modeCombo")
        for text, mode in ((self.tr("Batched"), "batch"), (self.tr("Per-sample"), "per-sample")):
            self.modeCombo.addItem(text, mode)
        self.modeCombo.setToolTip(self.tr("Per-sample: predict() on one image at a time in a Python loop, as "
                                          "the book's neuralnet_mnist.py. Batched: on chunks of images at once."))
        self.batchSpin = QSpinBox(objectName="batchSpin")
        self.batchSpin.setRange(1, 10000)
        self.batchSpin.setValue(100)
        self.batchSpin.setAccelerated(True)
        self.batchSpin.setToolTip(self.tr("Images per call of predict() in batched mode"))
        self.presetButtons: list[QToolButton] = []
        presets = QHBoxLayout()
        presets.setSpacing(2)
        for size in PRESETS:
            button = QToolButton(objectName=f"preset{size}")
            button.setText(f"{size:,}" if size < 10000 else self.tr("10k"))
            button.setToolTip(self.tr("Batches of {0}").format(f"{size:,}"))
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, s=size: self._on_preset_clicked(s))
            presets.addWidget(button)
            self.presetButtons.append(button)
        self.normalizeCheck = QCheckBox(self.tr("Pixels / 255"), objectName="normalizeCheck")
        self.normalizeCheck.setChecked(True)
        self.normalizeCheck.setToolTip(self.tr("Divide the 0..255 pixels by 255 before the network sees them, "
                                               "as the book does (its weights score 93.52% so, 92.07% "
                                               "without)"))
        self.runButton = SnugButton(self.tr("Run"), objectName="runButton")
        self.runButton.setDefault(True)
        self.runButton.setToolTip(self.tr("Evaluate the active model on the whole set with these settings"))
        self.compareButton = SnugButton(self.tr("Compare"), objectName="compareButton")
        self.compareButton.setToolTip(self.tr("Run per-sample, then batched, and say how much faster batches are"))
        self.sweepButton = SnugButton(self.tr("Sweep batch sizes"), objectName="sweepButton")
        self.sweepButton.setToolTip(self.tr("Time batch sizes 1, 2, 5, 10, ... up to the whole set and plot them"))
        self.cancelButton = SnugButton(self.tr("Cancel"), objectName="cancelButton")

        # the buttons narrow to their words before a 960 px window scrolls sideways (in Japanese
        # this row is the widest of the tab)
        controls = QHBoxLayout()
        controls.setSpacing(6)
        controls.addWidget(self.modeCombo)
        self.batchCaption = QLabel(self.tr("Batch size"))
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
        self._bar = BarProgress(self.progressBar)
        self._bar.reset(self.tr("Ready"))
        self.progressBar.setMaximumHeight(20)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(controls)
        layout.addWidget(self.progressBar)

    # what the user chose --------------------------------------------------------------------

    def mode(self) -> str:
        return self.modeCombo.currentData()

    def set_mode(self, mode: str) -> None:
        self.modeCombo.setCurrentIndex(self.modeCombo.findData(mode))

    def batch_size(self) -> int:
        return self.batchSpin.value()

    def max_batch_size(self) -> int:
        return self.batchSpin.maximum()

    def set_batch_size(self, size: int) -> None:
        self.batchSpin.setValue(size)

    def batch_wish(self) -> int:
        """The batch size the user last chose, even while the set is too small for it."""
        return self._batch_wish

    def set_batch_wish(self, size: int) -> None:
        self._batch_wish = size

    def normalize(self) -> bool:
        return self.normalizeCheck.isChecked()

    def set_normalize(self, on: bool) -> None:
        self.normalizeCheck.setChecked(on)

    def show_settings_of(self, result: EvalResult) -> None:
        """The Mode box and batch size as ``result`` was made, so the controls and the words agree."""
        self.set_mode(result.mode)
        if result.mode != "per-sample":
            self.batchSpin.setValue(result.batch_size)

    def restore_settings(self, saved: SettingsReader, n: int) -> None:
        """The saved mode, batch size (fitted to a set of ``n``) and pixels."""
        restore_choice(saved, "mode", self.modeCombo)
        self._batch_wish = saved.whole("batchSize", 100, 1, 60000)
        self.fit_batch_size(n)
        self.normalizeCheck.setChecked(saved.flag("normalize", True))

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("mode", self.mode())
        settings.setValue("batchSize", self._batch_wish)
        settings.setValue("normalize", self.normalizeCheck.isChecked())

    # what the tab tells it ---------------------------------------------------------------------

    def show_progress(self, fraction: float, text: str) -> None:
        self._bar.show(fraction, text)

    def show_busy(self, text: str) -> None:
        """Work of unknown length (loading a set)."""
        self._bar.busy(text)

    def show_idle(self, text: str | None = None) -> None:
        """The bar at rest, saying ``text`` (Ready if None)."""
        self._bar.reset(self.tr("Ready") if text is None else text)

    def show_done(self, text: str) -> None:
        self._bar.done(text)

    def fit_batch_size(self, n: int) -> None:
        """Allow batch sizes 1..n, showing the size the user last chose if it fits."""
        self._n = n
        wish = self._batch_wish
        blocked = self.batchSpin.blockSignals(True)
        self.batchSpin.setMaximum(max(1, n))
        self.batchSpin.setValue(min(wish, max(1, n)))
        self.batchSpin.blockSignals(blocked)
        self._update()

    def set_state(self, *, ready: bool, running: bool) -> None:
        """``ready``: a set with samples is loaded; ``running``: a run is going (Cancel is on)."""
        self._ready, self._running = ready, running
        self._update()

    def _update(self) -> None:
        per_sample = self.mode() == "per-sample"
        for widget in (self.runButton, self.compareButton, self.sweepButton):
            widget.setEnabled(self._ready)
        self.batchSpin.setEnabled(not per_sample)
        self.batchCaption.setEnabled(not per_sample)
        for button, size in zip(self.presetButtons, PRESETS):
            button.setEnabled(not per_sample and size <= max(1, self._n))
        self.cancelButton.setEnabled(self._running)

    def _on_batch_value_changed(self, value: int) -> None:
        self._batch_wish = value

    def _on_preset_clicked(self, size: int) -> None:
        self.batchSpin.setValue(size)
        if self.mode() != "batch":
            self.set_mode("batch")


class ResultSummary(QWidget):
    """The big accuracy, and a line or two of words: what the run was, and what batching bought."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="resultSummary")
        self.accuracyLabel = QLabel(objectName="accuracyLabel")
        big = QFont()
        big.setPointSizeF(22)
        big.setBold(True)
        self.accuracyLabel.setFont(big)
        self.accuracyLabel.setStyleSheet(f"color: {theme.ACCENT};")
        self.accuracyLabel.setMinimumWidth(120)
        self.accuracyLabel.hide()          # no result yet (see show_ready)
        self.resultDetail = ReservedLabel("resultDetail")   # as tall as a result's words will be
        self.compareLabel = QLabel(objectName="compareLabel")
        self.compareLabel.setWordWrap(True)
        self.compareLabel.setStyleSheet(f"color: {theme.ACCENT};")
        words = QVBoxLayout()
        words.setSpacing(1)
        words.addWidget(self.resultDetail)
        words.addWidget(self.compareLabel)
        summary = QHBoxLayout(self)
        summary.setContentsMargins(0, 0, 0, 0)
        summary.setSpacing(12)
        summary.addWidget(self.accuracyLabel)
        summary.addLayout(words, 1)
        self._keep_room_for_the_accuracy()

    def _keep_room_for_the_accuracy(self) -> None:
        """As tall as the big accuracy from the start (it is hidden until a run ends), so the
        views under the summary do not move down when the first result comes."""
        self.setMinimumHeight(self.accuracyLabel.fontMetrics().height())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:   # the big accuracy's font zoomed, say
            self._keep_room_for_the_accuracy()
        return super().event(event)

    def show_ready(self, text: str, model_name: str = "") -> None:
        """No result yet: no number (no lone dash in its place), and ``text`` saying what is ready.
        The words keep the room that a result of ``model_name`` will take, beside its number."""
        self.accuracyLabel.setText("")
        self.accuracyLabel.hide()
        self.resultDetail.setText(text)
        beside = max(self.accuracyLabel.minimumWidth(),
                     self.accuracyLabel.fontMetrics().horizontalAdvance("100.00%"))
        self.resultDetail.reserve(self._longest_words(model_name),
                                  beside + self.layout().spacing())

    def show_result(self, result: EvalResult, model_name: str) -> None:
        wrong = result.n_samples - result.correct
        how = (self.tr("one at a time") if result.mode == "per-sample"
               else self.tr("in batches of {0}").format(f"{result.batch_size:,}"))
        pixels = self.tr("pixels /255") if result.normalize else self.tr("raw 0-255 pixels")
        self.accuracyLabel.setText(accuracy_text(result.accuracy))
        self.accuracyLabel.show()
        self.resultDetail.setText(self._words(f"{result.correct:,}", f"{result.n_samples:,}", f"{wrong:,}",
                                              seconds_text(result.elapsed),
                                              f"{result.samples_per_second:,.0f}", how, pixels, model_name))
        self.resultDetail.reserve(self._longest_words(model_name))

    def _words(self, *values: str) -> str:
        return self.tr("{0} of {1} right, {2} wrong  ·  {3}, {4} samples/s  ·  {5}, {6}  ·  {7}").format(*values)

    def _longest_words(self, model_name: str) -> str:
        """A result's words for ``model_name`` at their longest: 60,000 samples, a long time."""
        how = max(self.tr("one at a time"), self.tr("in batches of {0}").format("60,000"), key=len)
        pixels = max(self.tr("pixels /255"), self.tr("raw 0-255 pixels"), key=len)
        return self._words("60,000", "60,000", "60,000", seconds_text(3599), "1,000,000", how, pixels,
                           model_name)

    def comparison(self) -> str:
        return self.compareLabel.text()

    def set_comparison(self, text: str) -> None:
        self.compareLabel.setText(text)
