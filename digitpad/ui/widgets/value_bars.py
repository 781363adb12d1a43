"""A small bar chart of any vector, one colour per bar and its value written on it.

Created once and updated in place (``set_values``), like ``ProbabilityBars``,
but for vectors of any length and sign: the Explore tab's softmax input and output.

A value is written over its bar only where it overlaps no other: the largest
values first, then the others where there is room (twelve values in a narrow
column would otherwise smear into each other; every value is also in the
listing beside the bars). The plot keeps room above the tallest bar for its
value at whatever height the plot has.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetrics

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
        self._range = (0.0, 1.0)
        self.setMinimumHeight(120)
        plot.getViewBox().sigResized.connect(self._on_view_resized)

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
        self._range = (lo, hi)
        plot.setXRange(-0.6, max(n, 1) - 0.4, padding=0)
        for i, label in enumerate(self.labels):
            if i < n:
                text = texts[i] if texts is not None else f"{values[i]:.3g}"
                label.setText(text)
                label.setAnchor((0.5, 1.0) if finite[i] >= 0 else (0.5, 0.0))
            else:
                label.setVisible(False)
        self._place_labels()

    def _on_view_resized(self, *_) -> None:
        self._place_labels()

    def _place_labels(self) -> None:
        """The y range with room for a value over the tallest (and under the lowest) bar, and each
        value over its bar where it covers no other value."""
        n = len(self._values)
        finite = np.where(np.isfinite(self._values), self._values, 0.0)
        lo, hi = self._range
        span = hi - lo
        view = self.getPlotItem().getViewBox()
        height = max(1.0, float(view.height()))
        tallest = max((self.labels[i].boundingRect().height() for i in range(n)), default=0.0)
        share = min(0.45, (tallest + 2) / height + 0.01)   # of the plot's height: a line of text
        below = lo < 0
        over = max(share, 0.18 / (1.30 if below else 1.18))     # at least 18% of the bars' span above
        under = max(share, 0.12 / 1.30) if below else 0.0         # and 12% below, if any is negative
        full = span / (1 - over - under)
        top, bottom = hi + over * full, lo - under * full
        self.getPlotItem().setYRange(bottom, top, padding=0)
        for i in range(n):
            self.labels[i].setPos(i, finite[i] + (0.01 * full if finite[i] >= 0 else -0.01 * full))
        x_unit = max(1.0, float(view.width())) / (max(n, 1) + 0.2)
        # the bars' numbers: every one, or every second (third...) where "10" and "11" would touch
        axis = self.getPlotItem().getAxis("bottom")
        widest = QFontMetrics(axis.style.get("tickFont") or axis.font()).horizontalAdvance(str(max(n - 1, 0)))
        every = max(1, math.ceil((widest + 6) / x_unit))
        axis.setTicks([[(i, str(i)) for i in range(0, n, every)]])
        # the largest values first; each one only where it covers none already written
        placed: list[QRectF] = []
        for i in np.argsort(-finite, kind="stable"):
            label = self.labels[i]
            box = label.boundingRect()
            centre = (i + 0.6) * x_unit
            y = (top - label.pos().y()) / full * height
            left = min(max(centre - box.width() / 2, 0.0), view.width() - box.width())  # inside the plot
            rect = QRectF(left, y - box.height() if finite[i] >= 0 else y, box.width(), box.height())
            label.setPos(i + (left + box.width() / 2 - centre) / x_unit, label.pos().y())
            free = not any(rect.adjusted(-1, 0, 1, 0).intersects(other) for other in placed)
            label.setVisible(free)
            if free:
                placed.append(rect)
