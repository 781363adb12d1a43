"""Time to evaluate the whole set against batch size, on a logarithmic batch-size axis.

The curve and its points are made once and updated in place as each batch
size is measured, so the plot grows while the sweep runs.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont

from .. import theme
from ..units import seconds_text
from ..widgets.plot_style import SMALL_TICK_POINTS, still_plot, style_axis


class SweepPlot(pg.PlotWidget):
    """``set_points(batch_sizes, seconds)``; the fastest point is marked and named."""

    def __init__(self, parent=None, y_label: str | None = None, x_label: str | None = None):
        """Axis titles (time, batch size if None): keep ``y_label`` short, the y axis is only as long as
        the plot is high."""
        super().__init__(parent, background=None)
        self.setObjectName("sweepPlot")
        y_label = self.tr("time") if y_label is None else y_label
        x_label = self.tr("batch size") if x_label is None else x_label
        plot = self.getPlotItem()
        still_plot(plot)
        plot.setLogMode(x=True, y=False)
        for name, label, units in (("bottom", x_label, None), ("left", y_label, "s")):
            style_axis(plot.getAxis(name), theme.TEXT, tick_points=SMALL_TICK_POINTS, label=label, units=units)
        self._set_batch_ticks(4)
        self.curve = plot.plot([], [], pen=pg.mkPen(theme.BAR, width=2), symbol="o", symbolSize=7,
                               symbolBrush=pg.mkBrush(theme.BAR), symbolPen=pg.mkPen(None))
        self.best = pg.ScatterPlotItem([], [], size=12, brush=pg.mkBrush(theme.ACCENT), pen=pg.mkPen(None))
        plot.addItem(self.best)
        self.note = pg.TextItem("", color=theme.ACCENT, anchor=(0.5, 1.3))
        font = QFont()
        font.setPointSizeF(9)
        self.note.setFont(font)
        plot.addItem(self.note)
        self.empty = pg.TextItem(self.tr("Run a sweep to see how the time falls as batches grow"),
                                 color=theme.MUTED, anchor=(0.5, 0.5))
        plot.addItem(self.empty)
        self.empty.setPos(2, 0.5)
        plot.setXRange(0, 4, padding=0.05)
        plot.setYRange(0, 1, padding=0.05)
        self._sizes = np.zeros(0)
        self._seconds = np.zeros(0)
        self.setMinimumHeight(140)

    def _set_batch_ticks(self, decades: int) -> None:
        """Plain numbers (1, 10, 100, 1,000 ...) on the log axis, and 2 and 5 of each decade as minor ticks."""
        major = [(k, f"{10 ** k:,}") for k in range(decades + 1)]
        minor = [(k + np.log10(m), "") for k in range(decades) for m in (2, 5)]
        self.getPlotItem().getAxis("bottom").setTicks([major, minor])

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        return self._sizes.copy(), self._seconds.copy()

    def set_points(self, batch_sizes, seconds, x_max: float | None = None) -> None:
        sizes = np.asarray(batch_sizes, dtype=float)
        secs = np.asarray(seconds, dtype=float)
        self._sizes, self._seconds = sizes, secs
        self.curve.setData(sizes, secs)
        self.empty.setVisible(sizes.size == 0)
        plot = self.getPlotItem()
        if sizes.size == 0:
            self.best.setData([], [])
            self.note.setText("")
            return
        k = int(np.argmin(secs))
        # ScatterPlotItem is not told about the log axis by the plot: give it log10 x itself
        self.best.setData([np.log10(sizes[k])], [secs[k]])
        self.note.setText(self.tr("fastest: batches of {0}, {1}").format(f"{int(sizes[k]):,}",
                                                                          seconds_text(secs[k])))
        self.note.setPos(np.log10(sizes[k]), secs[k])
        right = np.log10(max(x_max or sizes.max(), 10))
        self._set_batch_ticks(int(np.ceil(right)))
        plot.setXRange(0, right, padding=0.04)
        plot.setYRange(0, float(secs.max()) * 1.15, padding=0)
