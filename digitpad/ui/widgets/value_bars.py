"""A small bar chart of any vector, one colour per bar and its value written on it.

Created once and updated in place (``set_values``), like ``ProbabilityBars``,
but for vectors of any length and sign: the Explore tab's softmax input and output.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont

from .. import theme
from .plot_style import still_plot, style_axis

MAX_BARS = 16
TITLE_SIZE = "10pt"   # the title's font size (View > Zoom scales it)


class ValueBars(pg.PlotWidget):
    """Bars for a 1-D vector with a title; ``set_values(values, colours, texts)``."""

    def __init__(self, title: str = "", object_name: str = "valueBars", parent=None):
        super().__init__(parent, background=None)
        self.setObjectName(object_name)
        plot = self.getPlotItem()
        still_plot(plot, grid_x=False, grid_alpha=0.12)
        if title:
            plot.setTitle(title, color=theme.TEXT, size=TITLE_SIZE)
        style_axis(plot.getAxis("left"))
        style_axis(plot.getAxis("bottom"), tick_length=0)
        plot.getAxis("left").setWidth(46)
        self._zero = plot.addLine(y=0, pen=pg.mkPen(theme.ZERO_LINE))
        self.bars = pg.BarGraphItem(x=np.arange(0), height=np.zeros(0), width=0.7)
        plot.addItem(self.bars)
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self.labels: list[pg.TextItem] = []
        self._values = np.zeros(0)
        self.setMinimumHeight(120)

    def values(self) -> np.ndarray:
        return self._values.copy()

    def label_texts(self) -> list[str]:
        return [label.textItem.toPlainText() for label in self.labels[:len(self._values)]]

    def set_values(self, values, colours, texts=None, fixed_range: tuple[float, float] | None = None) -> None:
        """Show ``values`` (non-finite ones as empty bars) in ``colours``, with ``texts`` on top."""
        values = np.asarray(values, dtype=float).reshape(-1)[:MAX_BARS]
        n = len(values)
        self._values = values.copy()
        finite = np.where(np.isfinite(values), values, 0.0)
        plot = self.getPlotItem()
        while len(self.labels) < n:
            label = pg.TextItem("", color=theme.TEXT, anchor=(0.5, 1.0))
            label.setFont(self._font)
            plot.addItem(label)
            self.labels.append(label)
        self.bars.setOpts(x=np.arange(n), height=finite, width=0.7,
                          brushes=[pg.mkBrush(c) for c in colours[:n]], pens=[pg.mkPen(None)] * n)
        if fixed_range is not None:
            lo, hi = fixed_range
        else:
            lo, hi = min(0.0, float(finite.min(initial=0.0))), max(0.0, float(finite.max(initial=0.0)))
            if hi - lo == 0:
                hi = lo + 1.0
        span = hi - lo
        top, bottom = hi + 0.18 * span, lo - (0.12 * span if lo < 0 else 0.0)
        plot.setYRange(bottom, top, padding=0)
        plot.setXRange(-0.6, max(n, 1) - 0.4, padding=0)
        plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(n)]])
        for i, label in enumerate(self.labels):
            if i < n:
                text = texts[i] if texts is not None else f"{values[i]:.3g}"
                label.setText(text)
                label.setAnchor((0.5, 1.0) if finite[i] >= 0 else (0.5, 0.0))
                label.setPos(i, finite[i] + (0.01 * span if finite[i] >= 0 else -0.01 * span))
                label.setVisible(True)
            else:
                label.setVisible(False)
