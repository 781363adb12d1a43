"""The confusion matrix as a heatmap with counts: rows are true digits, columns what the network read.

Right answers sit on the diagonal (blue, shaded by the share of that digit
read correctly); mistakes are off it (red, shaded by how many). Clicking a
cell asks for exactly those samples; clicking a row or column header asks
for a whole true or predicted class.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .. import theme
from ..i18n import translate
from ..units import accuracy_text

N = 10
#: over the column of each true digit's share read right (translated where shown)
ACCURACY_HEADING = QT_TRANSLATE_NOOP("ConfusionMatrixView", "right")
_EMPTY = QColor(theme.MATRIX_EMPTY)
_RIGHT_LOW, _RIGHT_HIGH = QColor(theme.MATRIX_RIGHT_LOW), QColor(theme.MATRIX_RIGHT_HIGH)
_WRONG_LOW, _WRONG_HIGH = QColor(theme.MATRIX_WRONG_LOW), QColor(theme.MATRIX_WRONG_HIGH)
_SELECTED = QColor(theme.ACCENT)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = min(max(t, 0.0), 1.0)
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def _accuracy_heading() -> str:
    return translate("ConfusionMatrixView", ACCURACY_HEADING)


def _text_on(background: QColor) -> QColor:
    return QColor(theme.DARK_TEXT) if background.lightnessF() > 0.62 else QColor(theme.TEXT)


class ConfusionMatrixView(QWidget):
    """Paints ``counts[true, predicted]`` (10x10) with a number in every non-empty cell."""

    cellClicked = Signal(int, int)      # true digit, predicted digit
    rowClicked = Signal(int)            # a true digit (the row header)
    columnClicked = Signal(int)         # a predicted digit (the column header)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("confusionMatrix")
        self._counts: np.ndarray | None = None
        self._selected: tuple[int, int] | None = None
        self._hover: tuple[int, int] | None = None
        self._colours = [[_EMPTY] * N for _ in range(N)]   # worked out once per matrix, not per paint
        self.setMouseTracking(True)
        self.setMinimumSize(230, 210)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip("")

    def sizeHint(self) -> QSize:
        return QSize(400, 380)

    # data ---------------------------------------------------------------------------

    def set_matrix(self, counts) -> None:
        """A (10, 10) array of counts, or None to show an empty matrix."""
        if counts is None:
            self._counts = None
        else:
            counts = np.asarray(counts, dtype=np.int64)
            if counts.shape != (N, N):
                raise ValueError(f"expected a 10x10 matrix, got {counts.shape}")
            self._counts = counts.copy()
        self._colours = [[self._cell_colour(t, p) for p in range(N)] for t in range(N)]
        self._selected = None
        self.update()

    def matrix(self) -> np.ndarray | None:
        return None if self._counts is None else self._counts.copy()

    def select(self, cell: tuple[int, int] | None) -> None:
        """Outline one cell (true, predicted), or none."""
        self._selected = cell
        self.update()

    def selected(self) -> tuple[int, int] | None:
        return self._selected

    # geometry -----------------------------------------------------------------------

    def _header(self) -> float:
        """The depth of the row and column headers (the digits), whatever the cell size."""
        return max(18.0, self.fontMetrics().horizontalAdvance("00") + 6)

    def _accuracy_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.9))
        return small

    def _accuracy_width(self) -> float:
        """Room for the per-digit accuracy column and its heading."""
        metrics = QFontMetricsF(self._accuracy_font())
        return max(metrics.horizontalAdvance("100%"), metrics.horizontalAdvance(_accuracy_heading())) + 8

    def _layout(self) -> tuple[float, float, float]:
        """(left, top, cell side) of the 10x10 grid inside the widget."""
        title = self.fontMetrics().height() + 4
        header = self._header()
        left_margin = title + header
        top_margin = title + header
        right_margin = self._accuracy_width()
        bottom_margin = 6.0
        side = min((self.width() - left_margin - right_margin) / N,
                   (self.height() - top_margin - bottom_margin) / N)
        side = max(side, 8.0)
        grid = side * N
        left = left_margin + max(0.0, (self.width() - left_margin - right_margin - grid) / 2)
        top = top_margin + max(0.0, (self.height() - top_margin - bottom_margin - grid) / 2)
        return left, top, side

    def cell_rect(self, true: int, predicted: int) -> QRectF:
        left, top, side = self._layout()
        return QRectF(left + predicted * side, top + true * side, side, side)

    def row_header_rect(self, true: int) -> QRectF:
        left, top, side = self._layout()
        return QRectF(left - side, top + true * side, side, side)

    def column_header_rect(self, predicted: int) -> QRectF:
        left, top, side = self._layout()
        return QRectF(left + predicted * side, top - self._header(), side, self._header())

    def title_rect(self) -> QRectF:
        """Where "read as (predicted)" goes: just above the column digits, wherever the grid sits."""
        left, top, side = self._layout()
        height = self.fontMetrics().height() + 2
        return QRectF(left, top - self._header() - height - 2, side * N, height)

    def accuracy_heading_rect(self) -> QRectF:
        """The heading of the per-digit accuracy column, level with the column digits."""
        left, top, side = self._layout()
        return QRectF(left + side * N + 4, top - self._header(), self._accuracy_width() - 4, self._header())

    def _hit(self, pos: QPointF):
        """("cell", t, p), ("row", t), ("column", p) or None."""
        left, top, side = self._layout()
        col = int((pos.x() - left) // side)
        row = int((pos.y() - top) // side)
        inside_x, inside_y = 0 <= col < N, 0 <= row < N
        if inside_x and inside_y:
            return ("cell", row, col)
        if inside_y and left - side * 1.2 <= pos.x() < left:
            return ("row", row)
        if inside_x and top - self._header() <= pos.y() < top:
            return ("column", col)
        return None

    # painting -----------------------------------------------------------------------

    def _cell_colour(self, t: int, p: int) -> QColor:
        counts = self._counts
        if counts is None:
            return _EMPTY
        value = int(counts[t, p])
        if t == p:
            total = int(counts[t].sum())
            if total == 0:
                return _EMPTY
            share = value / total
            # most digits score 90-100%: spread that range over the colour ramp
            return _mix(_RIGHT_LOW, _RIGHT_HIGH, 0.25 + 0.75 * max(0.0, (share - 0.5) / 0.5))
        if value == 0:
            return _EMPTY
        off = counts.copy()
        np.fill_diagonal(off, 0)
        peak = max(int(off.max()), 1)   # (a 10x10 copy: cheap, and only when the matrix changes)
        return _mix(_WRONG_LOW, _WRONG_HIGH, 0.1 + 0.9 * np.sqrt(value / peak))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        left, top, side = self._layout()
        grid = side * N
        base = QFont(self.font())
        muted = QColor(theme.MUTED)

        # axis titles
        painter.setPen(muted)
        painter.drawText(self.title_rect(), Qt.AlignmentFlag.AlignCenter, self.tr("read as (predicted)"))
        painter.save()
        painter.translate(self.fontMetrics().height() * 0.5 + 1, top + grid / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-grid / 2, -self.fontMetrics().height() / 2, grid,
                                self.fontMetrics().height() + 2),
                         Qt.AlignmentFlag.AlignCenter, self.tr("true digit"))
        painter.restore()

        # headers
        header_font = QFont(base)
        header_font.setBold(True)
        painter.setFont(header_font)
        painter.setPen(QColor(theme.TEXT))
        for k in range(N):
            painter.drawText(self.column_header_rect(k), Qt.AlignmentFlag.AlignCenter, str(k))
            painter.drawText(self.row_header_rect(k).adjusted(0, 0, -4, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, str(k))

        # cells
        number_font = QFont(base)
        number_font.setPointSizeF(max(6.5, min(base.pointSizeF() * 1.2, side * 0.30)))
        counts = self._counts
        biggest = str(int(counts.max())) if counts is not None else "0"
        metrics = QFontMetricsF(number_font)
        while metrics.horizontalAdvance(biggest) > side - 4 and number_font.pointSizeF() > 6:
            number_font.setPointSizeF(number_font.pointSizeF() - 0.5)
            metrics = QFontMetricsF(number_font)
        painter.setFont(number_font)
        for t in range(N):
            for p in range(N):
                rect = QRectF(left + p * side, top + t * side, side, side)
                colour = self._colours[t][p]
                painter.fillRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), colour)
                if counts is None:
                    continue
                value = int(counts[t, p])
                if value or t == p:
                    painter.setPen(_text_on(colour))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))

        # the diagonal outlined faintly, so right and wrong read apart at a glance
        painter.setPen(QPen(QColor(*theme.MATRIX_GRID), 1))
        painter.drawRect(QRectF(left, top, grid, grid).adjusted(0, 0, -1, -1))

        # per-digit accuracy at the right, under its heading
        small = self._accuracy_font()
        painter.setFont(small)
        painter.setPen(muted)
        column = self._accuracy_width() - 4
        painter.drawText(self.accuracy_heading_rect(), Qt.AlignmentFlag.AlignCenter, _accuracy_heading())
        if counts is not None:
            for t in range(N):
                total = int(counts[t].sum())
                text = f"{counts[t, t] / total:.0%}" if total else "-"
                rect = QRectF(left + grid + 4, top + t * side, column, side)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        else:
            painter.setFont(base)
            painter.drawText(QRectF(left, top, grid, grid), Qt.AlignmentFlag.AlignCenter
                             | Qt.TextFlag.TextWordWrap, self.tr("Run the network to fill\nthe confusion matrix"))

        for cell, pen in ((self._hover, QPen(QColor(*theme.CELL_HOVER), 1.5)),
                          (self._selected, QPen(_SELECTED, 2.5))):
            if cell is not None:
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.cell_rect(*cell).adjusted(1, 1, -1, -1))
        painter.end()

    # mouse ---------------------------------------------------------------------------

    def mouseMoveEvent(self, event) -> None:
        hit = self._hit(event.position())
        hover = (hit[1], hit[2]) if hit is not None and hit[0] == "cell" else None
        if hover != self._hover:
            self._hover = hover
            self.update()
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit is not None and self._counts is not None
                       else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._counts is None:
            super().mousePressEvent(event)
            return
        hit = self._hit(event.position())
        if hit is None:
            return
        if hit[0] == "cell":
            self._selected = (hit[1], hit[2])
            self.update()
            self.cellClicked.emit(hit[1], hit[2])
        elif hit[0] == "row":
            self._selected = None
            self.update()
            self.rowClicked.emit(hit[1])
        else:
            self._selected = None
            self.update()
            self.columnClicked.emit(hit[1])

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            text = self._tooltip(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip(self, pos: QPointF) -> str:
        if self._counts is None:
            return ""
        hit = self._hit(pos)
        if hit is None:
            return ""
        counts = self._counts
        if hit[0] == "row":
            t = hit[1]
            total = int(counts[t].sum())
            return self.tr("All %Ln sample(s) that are a {0}: click to show them", "", total).format(t)
        if hit[0] == "column":
            p = hit[1]
            total = int(counts[:, p].sum())
            return self.tr("All %Ln sample(s) read as a {0}: click to show them", "", total).format(p)
        _, t, p = hit
        value = int(counts[t, p])
        total = int(counts[t].sum())
        if not total:
            return ""
        share = accuracy_text(value / total)
        if t == p:
            return self.tr("{0} {1}s read correctly ({2} of the {3} {1}s)").format(
                f"{value:,}", t, share, f"{total:,}")
        return self.tr("{0} {1}s read as {2} ({3} of the {4} {1}s): click to show them").format(
            f"{value:,}", t, p, share, f"{total:,}")
