"""A small grey image shown large, every pixel a crisp square: what the network sees."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import theme



class PixelView(QWidget):
    """Paints a (28, 28) uint8 array scaled up with nearest neighbour, with a faint pixel grid.

    ``guides=True`` also outlines the central 20x20 box and marks the centre,
    the two things MNIST preprocessing aims at.
    """

    def __init__(self, parent=None, guides: bool = True):
        super().__init__(parent)
        self._pixels: np.ndarray | None = None
        self._image = QImage()
        self._guides = guides
        self._overlay: QPixmap | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(84, 84)

    def sizeHint(self) -> QSize:
        return QSize(168, 168)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def pixels(self) -> np.ndarray | None:
        return None if self._pixels is None else self._pixels.copy()

    def set_pixels(self, pixels) -> None:
        if pixels is None:
            self._pixels = None
            self._image = QImage()
        else:
            a = np.ascontiguousarray(pixels, dtype=np.uint8)
            self._pixels = a
            h, w = a.shape
            self._image = QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._overlay = None

    def _target(self) -> QRectF:
        """The largest square of a whole multiple of 28 pixels (crisp cells), centred at the top."""
        side = float(min(self.width(), self.height()))
        if side >= 28:
            side = 28 * (side // 28)
        return QRectF((self.width() - side) / 2, 0, side, side)

    def _make_overlay(self) -> QPixmap:
        """The pixel grid, the guides and the frame, painted once per size."""
        dpr = self.devicePixelRatioF()
        overlay = QPixmap(round(self.width() * dpr), round(self.height() * dpr))
        overlay.setDevicePixelRatio(dpr)
        overlay.fill(Qt.GlobalColor.transparent)
        target = self._target()
        x0, y0, side = target.x(), target.y(), target.width()
        n = 28
        cell = side / n
        painter = QPainter(overlay)
        if cell >= 4:
            painter.setPen(QPen(QColor(*theme.PIXEL_GRID), 1))
            lines = []
            for k in range(1, n):
                x, y = round(x0 + k * cell), round(y0 + k * cell)
                lines += [QLineF(x, y0, x, y0 + side), QLineF(x0, y, x0 + side, y)]
            painter.drawLines(lines)
        if self._guides:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(*theme.PIXEL_BOX), 1, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(x0 + 4 * cell, y0 + 4 * cell, 20 * cell, 20 * cell))
            painter.setPen(QPen(QColor(theme.ACCENT), 2))
            cx, cy, r = x0 + 14 * cell, y0 + 14 * cell, max(3.0, cell * 0.6)
            painter.drawLines([QLineF(cx - r, cy, cx + r, cy), QLineF(cx, cy - r, cx, cy + r)])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(*theme.PIXEL_FRAME), 1))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        painter.end()
        return overlay

    def paintEvent(self, event) -> None:
        if self._overlay is None or self._overlay.devicePixelRatio() != self.devicePixelRatioF():
            self._overlay = self._make_overlay()
        target = self._target()
        painter = QPainter(self)
        painter.fillRect(target, QColor(theme.PIXEL_BACKDROP))
        if not self._image.isNull():
            painter.drawImage(target, self._image)  # nearest neighbour: no smoothing hint
        painter.drawPixmap(0, 0, self._overlay)
        painter.end()
