"""The table of runs (exported to CSV, cleared) and the batch-size sweep plot, as two pages of one tab bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QPushButton,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from ...evaluate import EvalResult
from ..units import seconds_text
from .jobs import SWEEP_REPEATS
from .runs_table import MODEL_COLUMN, RunsTableModel
from .sweep_plot import SweepPlot

EXPORT_NAME = "digitpad-runs.csv"   # what the export dialog proposes


class RunsPanel(QTabWidget):
    """Runs | Batch-size sweep. Every finished run adds a row; a sweep's points go to the plot."""

    statusMessage = Signal(str, int)
    messageRequested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="lowerTabs")
        self.runsModel = RunsTableModel(self)
        self.runsTable = QTableView(objectName="runsTable")
        self.runsTable.setModel(self.runsModel)
        self.runsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runsTable.setAlternatingRowColors(True)
        self.runsTable.verticalHeader().hide()
        self.runsTable.verticalHeader().setDefaultSectionSize(22)
        self.runsTable.setTextElideMode(Qt.TextElideMode.ElideMiddle)   # a long model name keeps its end
        header = self.runsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MODEL_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(30)
        header.setResizeContentsPrecision(32)   # size columns by the last rows, not by every run
        self.runsTable.resizeColumnsToContents()
        self.exportButton = QPushButton(self.tr("Export CSV..."), objectName="exportButton")
        self.clearRunsButton = QPushButton(self.tr("Clear"), objectName="clearRunsButton")
        # the buttons beside the page's tab, not beside the table: the table keeps the panel's width
        self.runsButtons = QWidget(objectName="runsButtons")
        buttons = QHBoxLayout(self.runsButtons)
        buttons.setContentsMargins(0, 0, 4, 2)
        buttons.addWidget(self.exportButton)
        buttons.addWidget(self.clearRunsButton)
        runs_page = QWidget()
        layout = QVBoxLayout(runs_page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.runsTable, 1)
        self.sweepPlot = SweepPlot(y_label=self.tr("time"), x_label=self.tr(
            "batch size  (each timed {0} times, the best shown)").format(SWEEP_REPEATS))
        self.setDocumentMode(True)
        self.addTab(runs_page, self.tr("Runs"))
        self.addTab(self.sweepPlot, self.tr("Batch-size sweep"))
        self.setCornerWidget(self.runsButtons, Qt.Corner.TopRightCorner)
        self.currentChanged.connect(self._on_current_changed)
        self._sweep: list[tuple[int, float]] = []
        self.exportButton.clicked.connect(self.export_csv_dialog)
        self.clearRunsButton.clicked.connect(self.clear_runs)
        self._update_buttons()

    # runs ------------------------------------------------------------------------------------

    def add_run(self, result: EvalResult, data_name: str, model: str) -> None:
        self.runsModel.add(data=data_name, n_samples=result.n_samples, mode=result.mode,
                           batch_size=result.batch_size, normalize=result.normalize,
                           model=model, accuracy=result.accuracy, correct=result.correct,
                           elapsed=result.elapsed, samples_per_second=result.samples_per_second)
        for column in range(self.runsModel.columnCount()):
            if column != MODEL_COLUMN:
                self.runsTable.resizeColumnToContents(column)
        self.runsTable.scrollToBottom()
        self._update_buttons()

    def clear_runs(self) -> None:
        self.runsModel.clear()
        self._update_buttons()

    def show_runs(self) -> None:
        self.setCurrentIndex(0)

    def speedup_words(self) -> str:
        """What the latest run says about batching, set against the per-sample run it is compared with."""
        runs = self.runsModel.runs()
        if not runs:
            return ""
        run = runs[-1]
        if run.speedup is not None:
            return self.tr("{0}x faster than the per-sample run #{1} ({2} instead of {3}).").format(
                f"{run.speedup:.1f}", run.reference, seconds_text(run.elapsed),
                seconds_text(run.reference_elapsed))
        earlier = [r for r in runs if r.reference == run.number]
        if not earlier:
            return ""
        best = min(earlier, key=lambda r: r.elapsed)
        return self.tr("The batched run #{0} was {1}x faster than this one ({2} instead of {3}).").format(
            best.number, f"{best.speedup:.1f}", seconds_text(best.elapsed), seconds_text(run.elapsed))

    def _on_current_changed(self, index: int) -> None:
        self.runsButtons.setVisible(index == 0)      # they act on the runs, not on the sweep

    def _update_buttons(self) -> None:
        has = self.runsModel.rowCount() > 0
        self.exportButton.setEnabled(has)
        self.clearRunsButton.setEnabled(has)

    # CSV ---------------------------------------------------------------------------------------

    def export_csv(self, path) -> bool:
        """Write the table of runs to ``path`` (atomically); False and a message if it cannot."""
        try:
            written = self.runsModel.write_csv(path)
        except OSError as exc:
            text = f"{path}: {exc.strerror or exc}"
            self.messageRequested.emit("error", self.tr("Could not export the runs"), text)
            return False
        words = self.tr("%Ln run(s) written to {0}", "", self.runsModel.rowCount()).format(written)
        self.statusMessage.emit(words, 5000)
        return True

    def export_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the runs"), EXPORT_NAME,
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.export_csv(path)

    # the sweep --------------------------------------------------------------------------------

    def start_sweep(self) -> None:
        """An empty plot, shown, for the points to come."""
        self._sweep = []
        self.sweepPlot.set_points([], [])
        self.setCurrentWidget(self.sweepPlot)

    def add_sweep_point(self, batch_size: int, seconds: float, x_max: int | None) -> None:
        self._sweep.append((batch_size, seconds))
        sizes, secs = zip(*self._sweep)
        self.sweepPlot.set_points(sizes, secs, x_max=x_max)

    def sweep_points(self) -> list[tuple[int, float]]:
        """(batch size, seconds) of every size the sweep has timed so far."""
        return list(self._sweep)
