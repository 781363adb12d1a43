"""Ten bars, one per digit: the softmax output, created once and updated in place."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from .. import theme, zoom
from ..units import probability_text
from .plot_style import SMALL_TICK_POINTS, still_plot, style_axis

LABEL_POINTS = 9     # the percentages above the bars, at zoom 1


class ProbabilityBars(pg.PlotWidget):
    """A bar per class with its percentage above it; the most likely class in the accent colour.

    ``set_probabilities(p)`` takes a (10,) array summing to 1, or None for
    "no prediction" (all bars empty).
    """

    def __init__(self, parent=None, accent: str = theme.ACCENT, bar: str = theme.BAR,
                 show_percent: bool = True, object_name: str = "probabilityBars"):
        super().__init__(parent, background=None)
        self.setObjectName(object_name)
        self._accent = pg.mkBrush(accent)
        self._bar = pg.mkBrush(bar)
        self._show_percent = show_percent
        self._probabilities: np.ndarray | None = None

        plot = self.getPlotItem()
        still_plot(plot, grid_x=False, grid_alpha=0.12)
        plot.setXRange(-0.6, 9.6, padding=0)
        plot.setYRange(0, 1.16 if show_percent else 1.02, padding=0)
        plot.setLimits(xMin=-0.6, xMax=9.6, yMin=0, yMax=1.16)
        bottom = plot.getAxis("bottom")
        bottom.setTicks([[(i, str(i)) for i in range(10)]])
        style_axis(bottom, theme.TEXT, tick_points=11 if show_percent else 9, tick_length=0)
        left = plot.getAxis("left")
        left.setTicks([[(0.0, "0"), (0.5, "50%"), (1.0, "100%")]])
        style_axis(left, tick_points=SMALL_TICK_POINTS)
        left.setWidth(44 if show_percent else 36)

        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.72,
                                    brushes=[self._bar] * 10, pens=[pg.mkPen(None)] * 10)
        plot.addItem(self.bars)
        self.percentLabels: PercentLabels | None = None
        if show_percent:
            self.percentLabels = PercentLabels()
            plot.addItem(self.percentLabels)
        self.setMinimumHeight(120 if show_percent else 80)
        if show_percent:
            plot.getViewBox().sigResized.connect(self._fit_headroom)

    def _fit_headroom(self, *_) -> None:
        """Room above a full bar for its percentage, at any height and any zoom."""
        pixels = self.getPlotItem().getViewBox().height()
        font = QFont()
        font.setPointSizeF(zoom.font_size(LABEL_POINTS))
        text = QFontMetricsF(font).height() + 6
        top = max(1.16, 1.0 / max(0.4, 1.0 - text / max(pixels, 1.0)))
        plot = self.getPlotItem()
        plot.setLimits(yMax=top)
        plot.setYRange(0, top, padding=0)

    def probabilities(self) -> np.ndarray | None:
        return None if self._probabilities is None else self._probabilities.copy()

    def heights(self) -> np.ndarray:
        """What the bars show now (zeros when there is no prediction)."""
        return np.asarray(self.bars.opts["height"], dtype=float).copy()

    def set_probabilities(self, p) -> None:
        if p is None:
            self._probabilities = None
            heights = np.zeros(10)
            brushes = [self._bar] * 10
        else:
            heights = np.asarray(p, dtype=float).reshape(10)
            self._probabilities = heights.copy()
            top = int(np.argmax(heights))
            brushes = [self._bar] * 10
            brushes[top] = self._accent
        self.bars.setOpts(height=heights, brushes=brushes)
        if self.percentLabels is not None:
            texts = [""] * 10 if p is None else [_percent(h) for h in heights]
            self.percentLabels.set_labels(texts, heights)

    def label_texts(self) -> list[str]:
        """The percentages written above the bars ('' where none is shown)."""
        return [] if self.percentLabels is None else list(self.percentLabels.texts)


class PercentLabels(pg.GraphicsObject):
    """The ten percentages above the bars, painted in one go.

    Ten TextItems cost a text layout each per update; this item keeps the
    strings and positions and paints them in screen pixels (so they are not
    stretched by the plot's scaling) when the view repaints.
    """

    def __init__(self):
        super().__init__()
        self.texts = [""] * 10
        self._heights = np.zeros(10)
        self._font = QFont()
        self._colour = QColor(theme.TEXT)

    def set_labels(self, texts, heights) -> None:
        heights = np.asarray(heights, dtype=float)
        if list(texts) == self.texts and np.allclose(heights, self._heights, atol=1e-3):
            return
        self.texts = list(texts)
        self._heights = heights.copy()
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-0.6, 0.0, 10.2, 1.2)

    def paint(self, painter, option, widget=None) -> None:
        if not any(self.texts):
            return
        to_screen = painter.transform()
        painter.save()
        painter.resetTransform()
        self._font.setPointSizeF(zoom.font_size(LABEL_POINTS))
        painter.setFont(self._font)
        painter.setPen(self._colour)
        metrics = painter.fontMetrics()
        for i, text in enumerate(self.texts):
            if text:
                anchor = to_screen.map(QPointF(i, float(self._heights[i])))
                width = metrics.horizontalAdvance(text)
                painter.drawText(QPointF(anchor.x() - width / 2, anchor.y() - metrics.descent() - 3), text)
        painter.restore()


def _percent(value: float) -> str:
    return "" if value < 0.005 else probability_text(value)
