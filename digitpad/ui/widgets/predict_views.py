"""Views of one line of ``predict``: 784 values as a 28x28 picture, 50 or 100 as cells, 10 as bars.

``UnitCells`` and ``UnitBars`` are painted by hand, one rectangle per unit, so
that hovering or clicking a unit can say which unit it is (``unitHovered``,
``unitClicked``). ``ColourPixelView`` is ``PixelView`` for colour pictures:
a weight image or the evidence over the drawing.

Colours: a signed value (a weighted sum, a weight, a piece of evidence) is red
when positive and blue when negative; a value in 0..1 (a sigmoid's output, a
probability) is as bright as it is large.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import theme
from .grid_shapes import unit_grid_shape
from .pixel_view import PixelView

_POSITIVE = np.array(QColor(theme.PUSH_UP).getRgb()[:3], dtype=np.float64)
_NEGATIVE = np.array(QColor(theme.PUSH_DOWN).getRgb()[:3], dtype=np.float64)
_LEVEL = np.array(QColor(theme.ACCENT).getRgb()[:3], dtype=np.float64)
_EMPTY = np.array(QColor(theme.BASE).getRgb()[:3], dtype=np.float64)


def signed_colours(values: np.ndarray, limit: float | None = None,
                   under: np.ndarray | None = None) -> np.ndarray:
    """(..., 3) uint8: red for positive, blue for negative, as strong as |value| / limit.

    ``under`` (same shape as values, 0..255 grey) is what shows where a value is
    near 0, e.g. the drawing beneath its evidence; black if not given.
    """
    values = np.asarray(values, dtype=np.float64)
    if limit is None:
        limit = float(np.abs(values).max()) if values.size else 0.0
    # the square root lifts small values into sight; the largest stay the strongest
    strength = np.sqrt(np.clip(np.abs(values) / limit, 0, 1))[..., None] if limit > 0 \
        else np.zeros(values.shape + (1,))
    base = np.zeros(values.shape + (3,)) if under is None else np.repeat(
        np.asarray(under, dtype=np.float64)[..., None] * 0.55, 3, axis=-1)
    colour = np.where(values[..., None] >= 0, _POSITIVE, _NEGATIVE)
    return np.round(base * (1 - strength) + colour * strength).astype(np.uint8)


def level_colours(values: np.ndarray) -> np.ndarray:
    """(..., 3) uint8 for values in 0..1: dark at 0, the accent colour at 1."""
    t = np.clip(np.asarray(values, dtype=np.float64), 0, 1)[..., None]
    return np.round(_EMPTY * (1 - t) + _LEVEL * t).astype(np.uint8)


class ColourPixelView(PixelView):
    """A small colour picture (h, w, 3) shown large with crisp pixels, like the network's input."""

    def set_rgb(self, rgb) -> None:
        if rgb is None:
            self.set_pixels(None)
            return
        a = np.ascontiguousarray(rgb, dtype=np.uint8)
        h, w, _ = a.shape
        self._pixels = a
        self._image = QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self.update()


class _UnitView(QWidget):
    """What the cells and the bars share: one rectangle per unit, hover and click, a selection."""

    unitHovered = Signal(int)    # -1 when the pointer leaves every unit
    unitClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.values: np.ndarray | None = None
        self.colours: np.ndarray | None = None
        self.n_units = 0
        self.selected = -1
        self.hovered = -1

    def unit_rect(self, unit: int) -> QRectF:
        raise NotImplementedError

    def unit_at(self, pos: QPointF) -> int:
        """The unit under ``pos``, the gap around each unit counted as its own: no dead pixels."""
        for unit in range(self.n_units):
            if self.unit_rect(unit).adjusted(-1, -1, 1, 1).contains(pos):
                return unit
        return -1

    def set_selected(self, unit: int) -> None:
        self.selected = unit
        self.update()

    def mouseMoveEvent(self, event) -> None:
        unit = self.unit_at(event.position()) if self.values is not None else -1
        if unit != self.hovered:
            self.hovered = unit
            self.update()
            self.unitHovered.emit(unit)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        if self.hovered != -1:
            self.hovered = -1
            self.update()
            self.unitHovered.emit(-1)
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:
        unit = self.unit_at(event.position()) if self.values is not None else -1
        if event.button() == Qt.MouseButton.LeftButton and unit >= 0:
            self.unitClicked.emit(unit)
        super().mousePressEvent(event)

    def _outline(self, painter: QPainter) -> None:
        for unit, colour in ((self.selected, theme.TEXT), (self.hovered, theme.LINK)):
            if 0 <= unit < self.n_units:
                painter.setPen(QPen(QColor(colour), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.unit_rect(unit).adjusted(-1, -1, 1, 1))


class UnitCells(_UnitView):
    """n values as a grid of square cells (50 as 5x10, 100 as 10x10), coloured by value."""

    def __init__(self, n_units: int, parent=None):
        super().__init__(parent)
        self.n_units = n_units
        self.rows, self.cols = unit_grid_shape(n_units)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.setMinimumSize(6 * self.cols, 6 * self.rows)

    def sizeHint(self) -> QSize:
        return QSize(14 * self.cols, 14 * self.rows)

    def set_values(self, values: np.ndarray | None, colours: np.ndarray | None) -> None:
        """The values (for hit-testing and tooltips) and one colour (n, 3) per unit; None empties."""
        self.values, self.colours = values, colours
        self.update()

    def _cell(self) -> float:
        return max(1.0, min(self.width() / self.cols, self.height() / self.rows))

    def unit_rect(self, unit: int) -> QRectF:
        cell = self._cell()
        x0 = (self.width() - cell * self.cols) / 2
        row, col = divmod(unit, self.cols)
        return QRectF(x0 + col * cell + 1, row * cell + 1, cell - 2, cell - 2)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        for unit in range(self.n_units):
            if self.colours is None:
                painter.setBrush(QColor(theme.PANEL))
            else:
                painter.setBrush(QColor(*(int(c) for c in self.colours[unit])))
            painter.drawRect(self.unit_rect(unit))
        self._outline(painter)
        painter.end()


class UnitBars(_UnitView):
    """Ten bars with the digit under each and the value above: probabilities, or signed scores."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.n_units = 10
        self.signed = False
        self.texts: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 80)

    def sizeHint(self) -> QSize:
        return QSize(220, 120)

    def set_values(self, values: np.ndarray | None, colours: np.ndarray | None,
                   texts: list[str] | None = None, signed: bool = False) -> None:
        self.values, self.colours, self.signed = values, colours, signed
        self.n_units = 10 if values is None else len(values)
        self.texts = texts or []
        self.update()

    def _plot_area(self) -> QRectF:
        line = self.fontMetrics().height()
        return QRectF(0, line + 2, self.width(), self.height() - 2 * line - 6)

    def unit_rect(self, unit: int) -> QRectF:
        """The whole column of a bar (bar, value and digit), so a short bar is easy to point at."""
        width = self.width() / max(self.n_units, 1)
        return QRectF(unit * width + 1, 0, width - 2, self.height())

    def _bar(self, unit: int, limit: float) -> QRectF:
        area, column = self._plot_area(), self.unit_rect(unit)
        value = float(self.values[unit]) / limit if limit > 0 else 0.0
        x, w = column.x() + column.width() * 0.15, column.width() * 0.7
        if not self.signed:
            h = area.height() * max(0.0, min(value, 1.0))
            return QRectF(x, area.bottom() - h, w, h)
        mid = area.center().y()
        h = area.height() / 2 * max(-1.0, min(value, 1.0))
        return QRectF(x, mid - h, w, h).normalized()

    def label_rects(self) -> dict[int, QRectF]:
        """Where each value is written, by unit: the strongest always (wider than its column if it
        needs), every other one where it fits its column and covers no value already written."""
        if self.values is None:
            return {}
        metrics, top = self.fontMetrics(), self._plot_area().top()

        def rect(unit: int) -> QRectF:
            width = metrics.horizontalAdvance(self.texts[unit]) + 2
            left = min(max(self.unit_rect(unit).center().x() - width / 2, 0.0), self.width() - width)
            return QRectF(left, 0, width, top)

        strongest = int(np.argmax(np.abs(self.values)))
        rects = {strongest: rect(strongest)} if strongest < len(self.texts) else {}
        for unit in range(min(self.n_units, len(self.texts))):
            if unit not in rects and metrics.horizontalAdvance(self.texts[unit]) <= self.unit_rect(unit).width():
                here = rect(unit)
                if not any(here.intersects(other) for other in rects.values()):
                    rects[unit] = here
        return rects

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        area = self._plot_area()
        if self.signed:
            painter.setPen(QPen(QColor(theme.MUTED), 1))
            painter.drawLine(QPointF(0, area.center().y()), QPointF(self.width(), area.center().y()))
        limit = 0.0
        if self.values is not None:
            limit = 1.0 if not self.signed else float(np.abs(self.values).max())
        strongest = -1 if self.values is None else int(np.argmax(np.abs(self.values)))
        written = self.label_rects()
        for unit in range(self.n_units):
            column = self.unit_rect(unit)
            if self.values is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(*(int(c) for c in self.colours[unit])))
                painter.drawRect(self._bar(unit, limit))
                if unit in written:
                    painter.setPen(QColor(theme.TEXT if unit == strongest else theme.MUTED))
                    painter.drawText(written[unit], Qt.AlignmentFlag.AlignCenter, self.texts[unit])
            painter.setPen(QColor(theme.TEXT))
            painter.drawText(QRectF(column.x(), area.bottom() + 2, column.width(),
                                    self.height() - area.bottom() - 2),
                             Qt.AlignmentFlag.AlignCenter, str(unit))
        self._outline(painter)
        painter.end()
