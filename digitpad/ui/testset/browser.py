"""The confusion matrix beside a browser of thumbnails with filters: which samples, and how they were read.

Clicking a cell of the matrix filters the browser to those samples; a row
header to every sample of that digit, a column header to every sample read as
that digit. The filters (mistakes only, true and predicted digit, less sure
than a threshold) and the order are set here; ``sampleSelected`` says which
sample the user picked.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QGroupBox, QHBoxLayout, QLabel,
                               QSplitter, QToolButton, QVBoxLayout)

from .. import theme
from ..i18n import translate
from ..settings import SettingsReader
from ..tab import restore_choice
from ..widgets.digit_grid import DigitGridModel, DigitGridView
from ..widgets.elided_label import ElidedLabel
from .confusion_matrix import ConfusionMatrixView
from .jobs import LOW_CONFIDENCE


class SampleBrowser(QSplitter):
    """[confusion matrix | samples], side by side in a splitter the user may drag."""

    sampleSelected = Signal(int)          # the sample's index in the set; -1 for none
    statusMessage = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent, objectName="upperSplitter")
        self.gridModel = DigitGridModel(self)
        self.addWidget(self._build_matrix_box())
        self.addWidget(self._build_browser_box())
        self.setStretchFactor(0, 4)
        self.setStretchFactor(1, 5)
        self.setChildrenCollapsible(False)
        self.setSizes([400, 500])
        self._connect()

    def _build_matrix_box(self) -> QGroupBox:
        self.matrix = ConfusionMatrixView()
        self.matrix.setToolTip("")
        box = QGroupBox(self.tr("Confusion matrix"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.matrix)
        return box

    def _build_browser_box(self) -> QGroupBox:
        self.showAllButton = QToolButton(objectName="showAllButton")
        self.showAllButton.setText(self.tr("All"))
        self.showAllButton.setToolTip(self.tr("Clear every filter"))
        self.wrongCheck = QCheckBox(self.tr("Mistakes only"), objectName="wrongCheck")
        self.trueCombo = _digit_combo("trueCombo", self.tr("any digit"),
                                      self.tr("Only samples that truly are this digit"))
        self.predictedCombo = _digit_combo("predictedCombo", self.tr("anything"),
                                           self.tr("Only samples the network read as this digit"))
        self.lowCheck = QCheckBox(self.tr("Less sure than"), objectName="lowCheck")
        self.lowCheck.setToolTip(self.tr("Only samples whose top probability is below the threshold"))
        self.thresholdSpin = QDoubleSpinBox(objectName="thresholdSpin")
        self.thresholdSpin.setRange(10.0, 100.0)
        self.thresholdSpin.setDecimals(0)
        self.thresholdSpin.setSingleStep(5.0)
        self.thresholdSpin.setSuffix(" %")
        self.thresholdSpin.setValue(LOW_CONFIDENCE * 100)
        self.sortCombo = QComboBox(objectName="sortCombo")
        for text, order in ((self.tr("In data order"), "index"), (self.tr("Least sure first"), "least-confident"),
                            (self.tr("Most sure first"), "most-confident")):
            self.sortCombo.addItem(text, order)
        # the count takes the room the filters leave, and gives way ("…") rather than widen the box
        # as it changes, which would squeeze the confusion matrix or push the tab past the window
        self.browserCount = ElidedLabel(object_name="browserCount", mode=Qt.TextElideMode.ElideRight)
        self.browserCount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.browserCount.setStyleSheet(f"color: {theme.MUTED};")

        filters1 = QHBoxLayout()
        filters1.setSpacing(6)
        filters1.addWidget(self.showAllButton)
        filters1.addWidget(self.wrongCheck)
        filters1.addWidget(QLabel(self.tr("is")))
        filters1.addWidget(self.trueCombo)
        filters1.addWidget(QLabel(self.tr("read as")))
        filters1.addWidget(self.predictedCombo)
        filters1.addStretch(1)
        filters2 = QHBoxLayout()
        filters2.setSpacing(6)
        filters2.addWidget(self.lowCheck)
        filters2.addWidget(self.thresholdSpin)
        filters2.addSpacing(6)
        filters2.addWidget(self.sortCombo)
        filters2.addWidget(self.browserCount, 1)

        self.grid = DigitGridView(self.gridModel)
        self.grid.setMinimumWidth(240)
        box = QGroupBox(self.tr("Samples"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(filters1)
        layout.addLayout(filters2)
        layout.addWidget(self.grid, 1)
        return box

    def _connect(self) -> None:
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
        self.grid.sampleSelected.connect(self.sampleSelected)

    # what it shows ---------------------------------------------------------------------------

    def set_samples(self, images: np.ndarray, labels: np.ndarray) -> None:
        """A new set: every sample shown, no results yet, the first one selected."""
        self.gridModel.set_samples(images, labels)
        self.show_results(None)

    def show_results(self, result) -> None:
        """Predictions and confidences of ``result`` (an EvalResult, or None) in the matrix and the browser."""
        previous = self.grid.current_sample()
        if result is None:
            self.gridModel.set_results(None, None)
            self.matrix.set_matrix(None)
        else:
            self.gridModel.set_results(result.predictions, result.confidence)
            self.matrix.set_matrix(result.confusion_matrix())
        self._update_filter_enabled()
        self._select_again(previous)

    def select_first(self) -> None:
        self.grid.select_row(0)

    def current_sample(self) -> int:
        return self.grid.current_sample()

    def image(self, sample: int) -> np.ndarray:
        return self.gridModel.image(sample)

    def label(self, sample: int) -> int:
        return self.gridModel.label(sample)

    # filters -------------------------------------------------------------------------------

    def set_filter(self, *, true: int | None = None, predicted: int | None = None,
                   wrong: bool = False, below: float | None = None) -> None:
        """Set the filter controls (and so the browser) in one go."""
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

    def restore_settings(self, saved: SettingsReader) -> None:
        """The saved low-confidence threshold and order."""
        self.thresholdSpin.setValue(saved.number("lowConfidence", LOW_CONFIDENCE * 100,
                                                 self.thresholdSpin.minimum(), self.thresholdSpin.maximum()))
        restore_choice(saved, "sort", self.sortCombo)

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("lowConfidence", self.thresholdSpin.value())
        settings.setValue("sort", self.sortCombo.currentData())

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
        self._select_again(previous)

    def _select_again(self, previous: int) -> None:
        """Keep ``previous`` selected if it is still shown, else select the first sample shown."""
        row = self.gridModel.row_of(previous) if previous >= 0 else None
        if row is not None:
            self.grid.select_row(row)
        elif self.gridModel.rowCount():
            self.grid.select_row(0)

    def _on_matrix_cell_clicked(self, true: int, predicted: int) -> None:
        self.set_filter(true=true, predicted=predicted)
        count = self.gridModel.rowCount()
        if true == predicted:
            self.statusMessage.emit(self.tr("{0} {1}s read correctly").format(f"{count:,}", true), 4000)
        else:
            self.statusMessage.emit(self.tr("{0} {1}s read as {2}").format(f"{count:,}", true, predicted), 4000)

    def _on_grid_count_changed(self, count: int) -> None:
        total = self.gridModel.n_samples
        if count != total:
            # short in every language ("10,000 個中 10 個を表示" would not fit at 1024 px); said whole on hover
            self.browserCount.setText(f"{count:,} / {total:,}")
            self.browserCount.setToolTip(self.tr("{0} of {1} shown").format(f"{count:,}", f"{total:,}"))
        else:
            self.browserCount.setText(self.tr("all {0}").format(f"{total:,}"))
            self.browserCount.setToolTip("")

    def _update_filter_enabled(self) -> None:
        has = self.gridModel.has_results
        for widget in (self.wrongCheck, self.predictedCombo, self.lowCheck, self.thresholdSpin, self.sortCombo):
            widget.setEnabled(has)
        if not has:
            self.set_filter(true=self.trueCombo.currentData())


def _digit_combo(name: str, anything: str, tip: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItem(anything, None)
    for d in range(10):
        combo.addItem(translate("SampleBrowser", "a {0}").format(d), d)
    combo.setToolTip(tip)
    return combo
