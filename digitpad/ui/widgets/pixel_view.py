"""A small grey image shown large, every pixel a crisp square: what the network sees."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import theme


class PixelView(QWidget):
    """Paints a (h, w) uint8 array scaled up with nearest neighbour, with a faint pixel grid.

    ``guides=True`` also outlines the central 20x20 box and marks the centre,
    the two things MNIST preprocessing aims at.
    """

    def __init__(self, parent=None, guides: bool = True):
        super().__init__(parent)
        self._pixels: np.ndarray | None = None
        self._image = QImage()
        self._guides = guides
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
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

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        side = float(min(self.width(), self.height()))
        x0 = (self.width() - side) / 2
        target = QRectF(x0, 0, side, side)
        painter.fillRect(target, QColor(0, 0, 0))
        if not self._image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(target, self._image)
        n = self._image.width() if not self._image.isNull() else 28
        cell = side / n
        if cell >= 4:
            painter.setPen(QPen(QColor(255, 255, 255, 16), 1))
            for k in range(1, n):
                painter.drawLine(int(x0 + k * cell), 0, int(x0 + k * cell), int(side))
                painter.drawLine(int(x0), int(k * cell), int(x0 + side), int(k * cell))
        if self._guides and n == 28:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(QColor(theme.LINK), 1, Qt.PenStyle.DashLine)
            pen.setColor(QColor(110, 168, 255, 150))
            painter.setPen(pen)
            painter.drawRect(QRectF(x0 + 4 * cell, 4 * cell, 20 * cell, 20 * cell))
            painter.setPen(QPen(QColor(255, 181, 71, 200), 1.5))
            cx, cy, r = x0 + 14 * cell, 14 * cell, max(3.0, cell * 0.6)
            painter.drawLine(QRectF(cx - r, cy, 2 * r, 0).topLeft(), QRectF(cx - r, cy, 2 * r, 0).topRight())
            painter.drawLine(QRectF(cx, cy - r, 0, 2 * r).topLeft(), QRectF(cx, cy - r, 0, 2 * r).bottomLeft())
        painter.setPen(QPen(QColor(255, 255, 255, 40), 1))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        painter.end()
