"""Live training curves: the loss every few steps, and the accuracies after every epoch.

Two plots side by side. The x axis of both is the epoch (fractional for the
loss, which is reported within an epoch). Every curve is created once and
updated with ``setData``; the points live in NumPy buffers that grow by
doubling, so a long run costs no more per update than a short one.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from .. import theme
from ..widgets.plot_style import LINE, SMALL_TICK_POINTS, LegendLine, still_plot, style_axis

TRAIN_COLOUR = theme.BAR
VALIDATION_COLOUR = theme.VALIDATION
TEST_COLOUR = theme.ACCENT
TEACHER_COLOUR = theme.MUTED
TITLE_SIZE = "10pt"
PLOT_HEIGHT = 160   # the least height of a plot and its legend together


class _Series:
    """x and y values that grow, kept in buffers that double when full."""

    def __init__(self):
        self._x = np.zeros(256)
        self._y = np.zeros(256)
        self.n = 0

    def extend(self, xs, ys) -> None:
        xs, ys = np.asarray(xs, float), np.asarray(ys, float)
        need = self.n + xs.size
        if need > self._x.size:
            size = max(need, 2 * self._x.size)
            self._x = np.resize(self._x, size)
            self._y = np.resize(self._y, size)
        self._x[self.n:need] = xs
        self._y[self.n:need] = ys
        self.n = need

    def clear(self) -> None:
        self.n = 0

    @property
    def x(self) -> np.ndarray:
        return self._x[:self.n]

    @property
    def y(self) -> np.ndarray:
        return self._y[:self.n]


def _plot(title: str, x_label: str, y_label: str) -> pg.PlotWidget:
    widget = pg.PlotWidget(background=None)
    plot = widget.getPlotItem()
    still_plot(plot)
    plot.setTitle(title, color=theme.TEXT, size=TITLE_SIZE)
    for name, label in (("bottom", x_label), ("left", y_label)):
        style_axis(plot.getAxis(name), theme.TEXT, tick_points=SMALL_TICK_POINTS, label=label)
    return widget


class TrainingCurves(QWidget):
    """``add_losses(epochs, losses)`` as training runs, ``add_epoch(...)`` after each epoch."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingCurves")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(0)

        epoch = self.tr("epoch")
        # Each legend is a line under its plot, not a box on it: rising curves and a range that
        # zooms in on their top leave no corner free of points, and a box on a short plot (a
        # small window, a large scale) covered a third of it. The plots share a row, the legends
        # the one under it, so the plots stay level when one legend wraps and the other not.
        self.lossPlot = _plot(self.tr("Loss"), epoch, self.tr("loss"))
        self.lossPlot.setObjectName("lossPlot")
        self.lossLegend = LegendLine("lossLegend")
        self.accuracyPlot = _plot(self.tr("Accuracy"), epoch, self.tr("accuracy"))
        self.accuracyPlot.setObjectName("accuracyPlot")
        self.accuracyLegend = LegendLine("accuracyLegend")
        for column, (plot, legend) in enumerate(((self.lossPlot, self.lossLegend),
                                                 (self.accuracyPlot, self.accuracyLegend))):
            layout.addWidget(plot, 0, column)
            layout.addWidget(legend, 1, column)
            layout.setColumnStretch(column, 1)
        layout.setRowStretch(0, 1)

        self._loss = _Series()
        self._teacher = _Series()
        self._acc = {name: _Series() for name in ("train", "validation", "test")}
        loss_item = self.lossPlot.getPlotItem()
        self.lossCurve = loss_item.plot([], [], pen=pg.mkPen(TRAIN_COLOUR, width=2))
        # in the legend only while it has points (see _refresh_teacher)
        self.teacherCurve = loss_item.plot([], [], pen=pg.mkPen(TEACHER_COLOUR, width=1))
        self.teacherCurve.setVisible(False)
        self._teacher_in_legend = None
        acc_item = self.accuracyPlot.getPlotItem()
        self.accuracyCurves = {}
        entries = []
        for name, colour, label in (("train", TRAIN_COLOUR, self.tr("train")),
                                    ("validation", VALIDATION_COLOUR, self.tr("validation")),
                                    ("test", TEST_COLOUR, self.tr("test"))):
            self.accuracyCurves[name] = acc_item.plot(
                [], [], name=label, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6,
                symbolBrush=pg.mkBrush(colour), symbolPen=pg.mkPen(None))
            entries.append((label, colour))
        self.accuracyLegend.set_entries(entries)
        self._fit_plot_heights()
        self._epochs = 1
        self.clear()

    def _fit_plot_heights(self) -> None:
        """Each plot and its legend together at least ``PLOT_HEIGHT`` tall."""
        legend = self.accuracyLegend.fontMetrics().lineSpacing()
        for plot in (self.lossPlot, self.accuracyPlot):
            plot.setMinimumHeight(max(PLOT_HEIGHT - legend, PLOT_HEIGHT // 2))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_plot_heights()

    def clear(self, epochs: int = 1) -> None:
        """Empty every curve; the x axes span ``epochs``."""
        self._epochs = max(int(epochs), 1)
        self._loss.clear()
        self._teacher.clear()
        for series in self._acc.values():
            series.clear()
        self._refresh_loss()
        self._refresh_teacher()
        for name in self._acc:
            self.accuracyCurves[name].setData([], [])
        for widget in (self.lossPlot, self.accuracyPlot):
            widget.getPlotItem().setXRange(0, self._epochs, padding=0.02)
        self.lossPlot.getPlotItem().enableAutoRange(axis="y")
        self.accuracyPlot.getPlotItem().setYRange(0, 1, padding=0.02)

    def set_epochs(self, epochs: int) -> None:
        self._epochs = max(int(epochs), 1)
        for widget in (self.lossPlot, self.accuracyPlot):
            widget.getPlotItem().setXRange(0, self._epochs, padding=0.02)

    def add_losses(self, epochs, losses, teacher: bool = False) -> None:
        """Loss values at fractional epochs (the teacher's are drawn thin and grey)."""
        if len(epochs) == 0:
            return
        if teacher:
            self._teacher.extend(epochs, losses)
            self._refresh_teacher()
        else:
            self._loss.extend(epochs, losses)
            self._refresh_loss()

    def add_epoch(self, epoch: float, train: float | None, validation: float | None,
                  test: float | None) -> None:
        """The accuracies after an epoch (or, for a run stopped partway, where it stopped)."""
        for name, value in (("train", train), ("validation", validation), ("test", test)):
            if value is not None and np.isfinite(value):
                series = self._acc[name]
                series.extend([epoch], [value])
                self.accuracyCurves[name].setData(series.x, series.y)
        low = min((float(s.y.min()) for s in self._acc.values() if s.n), default=0.0)
        # zoom in once every curve is high, so the last percents stay visible
        bottom = 0.0 if low < 0.5 else max(0.0, np.floor(low * 20) / 20 - 0.05)
        self.accuracyPlot.getPlotItem().setYRange(bottom, 1, padding=0.02)

    def _refresh_loss(self) -> None:
        self.lossCurve.setData(self._loss.x, self._loss.y)

    def _refresh_teacher(self) -> None:
        self.teacherCurve.setData(self._teacher.x, self._teacher.y)
        shown = self._teacher.n > 0
        self.teacherCurve.setVisible(shown)
        if shown != self._teacher_in_legend:
            entries = [(self.tr("training loss"), TRAIN_COLOUR, LINE)]
            if shown:
                entries.append((self.tr("teacher"), TEACHER_COLOUR, LINE))
            self.lossLegend.set_entries(entries)
            self._teacher_in_legend = shown

    # reading back (tests, export) ------------------------------------------------------

    def loss_data(self, teacher: bool = False) -> tuple[np.ndarray, np.ndarray]:
        series = self._teacher if teacher else self._loss
        return series.x.copy(), series.y.copy()

    def accuracy_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """("train" | "validation" | "test") -> (epochs, accuracies)."""
        series = self._acc[name]
        return series.x.copy(), series.y.copy()
