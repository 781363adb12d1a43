"""The first layer's weights as pictures: what each hidden neuron looks for.

Column j of W1 (784 numbers) holds the weight of every pixel for hidden unit
j; laid out as 28x28 it shows the pattern of ink that excites the unit
(warm) and the ink that inhibits it (cool). Each unit is scaled by its own
largest weight, so the colours compare pixels within one unit. The units
are tiled in a grid (5 x 10 for 50 units) drawn as one image, built with
NumPy and painted without smoothing.

Pixels near the border are black in every MNIST image, so their weights
never receive a gradient and keep their random starting values: given the
starting weights as ``reference``, the view shows only what training changed.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import theme
from ..widgets.grid_shapes import wide_grid_shape

SIDE = 28
GAP = 1

# a diverging map with a dark middle, to sit on the dark theme: cool blue < 0 < warm orange
_NEGATIVE = np.array(theme.WEIGHT_NEGATIVE, float)
_ZERO = np.array(theme.WEIGHT_ZERO, float)
_POSITIVE = np.array(theme.WEIGHT_POSITIVE, float)


def diverging_rgb(values: np.ndarray) -> np.ndarray:
    """Values in [-1, 1] -> uint8 RGB (..., 3)."""
    v = np.clip(np.asarray(values, float), -1, 1)[..., None]
    neg = _ZERO + (_NEGATIVE - _ZERO) * np.clip(-v, 0, 1)
    pos = _ZERO + (_POSITIVE - _ZERO) * np.clip(v, 0, 1)
    return np.where(v < 0, neg, pos).round().astype(np.uint8)


def mosaic(W1: np.ndarray) -> np.ndarray:
    """W1 (784, H) -> an RGB mosaic (rows*29-1, cols*29-1, 3) of the H units, each scaled to its max |w|."""
    W1 = np.asarray(W1, float)
    n = W1.shape[1]
    rows, cols = wide_grid_shape(n)
    if n == 0:
        return np.zeros((0, 0, 3), np.uint8)
    tiles = W1.T.reshape(n, SIDE, SIDE)
    scale = np.abs(tiles).max(axis=(1, 2), keepdims=True)
    tiles = tiles / np.where(scale > 0, scale, 1)
    step = SIDE + GAP
    canvas = np.full((rows * step - GAP, cols * step - GAP), np.nan)
    for k in range(n):
        r, c = divmod(k, cols)
        canvas[r * step:r * step + SIDE, c * step:c * step + SIDE] = tiles[k]
    rgb = diverging_rgb(np.nan_to_num(canvas))
    rgb[np.isnan(canvas)] = QColor(theme.WINDOW).getRgb()[:3]
    return rgb


class WeightImages(QWidget):
    """``set_weights(W1)``; ``images()`` gives back the (H, 28, 28) weights shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weightImages")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 110)
        self._weights: np.ndarray | None = None
        self._image: QImage | None = None
        self._shape = (0, 0)
        self.setToolTip(self.tr("Layer 1: each tile is one hidden neuron's 784 weights laid out as "
                                "the 28x28 image. Orange pixels excite it, blue ones inhibit it."))

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def set_weights(self, W1: np.ndarray | None, reference: np.ndarray | None = None) -> None:
        """Show W1 (784, H), or W1 - reference: what training changed since the reference."""
        if W1 is None:
            self._weights, self._image, self._shape = None, None, (0, 0)
            self.update()
            return
        W1 = np.asarray(W1)
        if W1.ndim != 2 or W1.shape[0] != SIDE * SIDE:
            raise ValueError(f"expected first-layer weights (784, H), got {W1.shape}")
        if reference is not None:
            W1 = W1 - np.asarray(reference, W1.dtype)
        self._weights = W1.T.reshape(-1, SIDE, SIDE).copy()
        rgb = np.ascontiguousarray(mosaic(W1))
        h, w = rgb.shape[:2]
        self._image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self._shape = wide_grid_shape(W1.shape[1])
        self.update()

    def images(self) -> np.ndarray | None:
        """The (H, 28, 28) weights last shown, or None."""
        return None if self._weights is None else self._weights.copy()

    def grid(self) -> tuple[int, int]:
        """(rows, columns) of the tiles."""
        return self._shape

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.WINDOW))
        if self._image is None:
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("The first layer's weights appear here\nafter every epoch"))
            painter.end()
            return
        iw, ih = self._image.width(), self._image.height()
        scale = min(self.width() / iw, self.height() / ih)
        if scale >= 4:
            scale = math.floor(scale)  # whole screen pixels per weight once they are big
        w, h = iw * scale, ih * scale
        target = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale < 1)
        painter.drawImage(target, self._image)
        painter.end()
