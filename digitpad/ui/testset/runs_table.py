"""The table of evaluation runs: one row per run, each batched run set against the latest per-sample one.

``RunsTableModel`` is a QAbstractTableModel over a list of ``RunRecord``;
``write_csv`` saves it through ``fileio.atomic_write``, so an export is whole or absent.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from ...fileio import atomic_write
from .. import theme
from ..i18n import translate
from ..units import accuracy_text, seconds_text


@dataclass(frozen=True)
class RunRecord:
    number: int
    data: str                 # "MNIST test", "MNIST train", "My digits"
    n_samples: int
    mode: str                 # "per-sample" or "batch"
    batch_size: int
    normalize: bool
    model: str
    accuracy: float
    correct: int
    elapsed: float            # seconds in prediction, as evaluate measures it
    samples_per_second: float
    reference: int | None = None   # the per-sample run this one is compared with
    reference_elapsed: float | None = None

    @property
    def speedup(self) -> float | None:
        if self.reference_elapsed is None or self.elapsed <= 0:
            return None
        return self.reference_elapsed / self.elapsed

    @property
    def saved(self) -> float | None:
        return None if self.reference_elapsed is None else self.reference_elapsed - self.elapsed


#: the headers (translated where shown). The batch size is in the mode ("batches of 100") and the
#: time saved in the speedup's tooltip, so the table fits beside the selected sample on a 1024x768
#: screen; the CSV has every figure in a column of its own. The model's name, the longest, comes
#: last and takes the room the rest leave (shortened in the middle, whole in its tooltip).
COLUMNS = ("#", QT_TRANSLATE_NOOP("RunsTableModel", "Data"), QT_TRANSLATE_NOOP("RunsTableModel", "Mode"),
           QT_TRANSLATE_NOOP("RunsTableModel", "Pixels"), QT_TRANSLATE_NOOP("RunsTableModel", "Accuracy"),
           QT_TRANSLATE_NOOP("RunsTableModel", "Time"), QT_TRANSLATE_NOOP("RunsTableModel", "Samples/s"),
           QT_TRANSLATE_NOOP("RunsTableModel", "Speedup"), QT_TRANSLATE_NOOP("RunsTableModel", "Model"))
CSV_HEADER = ("run", "data", "samples", "mode", "batch_size", "pixels", "model", "accuracy",
              "correct", "seconds", "samples_per_second", "speedup_vs_per_sample",
              "seconds_saved", "compared_with_run")
_NUMERIC = {0, 4, 5, 6, 7}
SPEEDUP_COLUMN = 7
MODEL_COLUMN = 8


def _comparable(run: RunRecord, data: str, n_samples: int, model: str) -> bool:
    """The same model on the same samples: their times measure only how the samples were fed."""
    return run.data == data and run.n_samples == n_samples and run.model == model


class RunsTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._runs: list[RunRecord] = []

    def runs(self) -> list[RunRecord]:
        return list(self._runs)

    def add(self, *, data: str, n_samples: int, mode: str, batch_size: int, normalize: bool,
            model: str, accuracy: float, correct: int, elapsed: float,
            samples_per_second: float) -> RunRecord:
        """Append a run. A batched one is compared with the latest per-sample run of the same
        model on the same data; a per-sample one becomes the reference of the batched runs
        made before it that had none, so the order the user runs them in does not matter."""
        reference = None
        if mode != "per-sample":
            for run in reversed(self._runs):
                if run.mode == "per-sample" and _comparable(run, data, n_samples, model):
                    reference = run
                    break
        record = RunRecord(len(self._runs) + 1, data, n_samples, mode, batch_size, normalize, model,
                           accuracy, correct, elapsed, samples_per_second,
                           reference.number if reference else None,
                           reference.elapsed if reference else None)
        row = len(self._runs)
        self.beginInsertRows(QModelIndex(), row, row)
        self._runs.append(record)
        self.endInsertRows()
        if mode == "per-sample":
            self._refer_earlier_runs_to(record)
        return record

    def _refer_earlier_runs_to(self, reference: RunRecord) -> None:
        for row, run in enumerate(self._runs[:-1]):
            if (run.mode != "per-sample" and run.reference is None
                    and _comparable(run, reference.data, reference.n_samples, reference.model)):
                self._runs[row] = replace(run, reference=reference.number,
                                          reference_elapsed=reference.elapsed)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def clear(self) -> None:
        self.beginResetModel()
        self._runs.clear()
        self.endResetModel()

    # Qt -------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._runs)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section == SPEEDUP_COLUMN:
                return self.tr("How many times faster than the latest per-sample run of the same model "
                               "on the same data")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        run = self._runs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(run, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if col in _NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == SPEEDUP_COLUMN:
                return QColor(theme.ACCENT if run.speedup is not None else theme.MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return self.tr("{0}: {1} samples").format(translate("testset", run.data), f"{run.n_samples:,}")
        if role == Qt.ItemDataRole.ToolTipRole and col == MODEL_COLUMN:
            return run.model
        if role == Qt.ItemDataRole.ToolTipRole and col == SPEEDUP_COLUMN:
            if run.mode == "per-sample":
                return self.tr("A per-sample run: the baseline batched runs of the same model on the same data "
                               "are compared with")
            if run.reference is None:
                return self.tr("Run per-sample on the same data first to see the speedup")
            return self.tr("Against run #{0} (per-sample, {1}): {2} saved").format(
                run.reference, seconds_text(run.reference_elapsed), seconds_text(run.saved))
        return None

    @staticmethod
    def _text(run: RunRecord, col: int) -> str:
        if col == 0:
            return str(run.number)
        if col == 1:
            return translate("testset", run.data)
        if col == 2:
            return (translate("RunsTableModel", "per-sample") if run.mode == "per-sample"
                    else translate("RunsTableModel", "batches of {0}").format(f"{run.batch_size:,}"))
        if col == 3:
            return "/255" if run.normalize else translate("RunsTableModel", "raw 0-255")
        if col == 4:
            return accuracy_text(run.accuracy)
        if col == 5:
            return seconds_text(run.elapsed)
        if col == 6:
            return f"{run.samples_per_second:,.0f}"
        if col == SPEEDUP_COLUMN:
            if run.mode == "per-sample":
                return translate("RunsTableModel", "baseline")
            return "-" if run.speedup is None else f"{run.speedup:.1f}x"
        if col == MODEL_COLUMN:
            return run.model
        return ""

    # CSV ------------------------------------------------------------------------------

    def write_csv(self, path) -> Path:
        """Write every run to ``path`` as CSV, atomically; returns the path."""
        path = Path(path)
        rows = [CSV_HEADER]
        for run in self._runs:
            rows.append((run.number, run.data, run.n_samples, run.mode, run.batch_size,
                         "/255" if run.normalize else "raw", run.model, f"{run.accuracy:.6f}",
                         run.correct, f"{run.elapsed:.6f}", f"{run.samples_per_second:.1f}",
                         "" if run.speedup is None else f"{run.speedup:.6g}",
                         "" if run.saved is None else f"{run.saved:.6f}",
                         "" if run.reference is None else run.reference))
        text = io.StringIO(newline="")
        csv.writer(text).writerows(rows)
        atomic_write(path, lambda f: f.write(text.getvalue().encode("utf-8")))
        return path
