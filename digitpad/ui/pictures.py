"""Pictures opened on the canvas: how large one may be, and its pixels as an array."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtGui import QImage, QImageReader

MAX_IMAGE_SIDE = 1024       # pictures are scaled down to this before any NumPy work


def max_image_pixels() -> int:
    """The most pixels a picture may have: what Qt's image reader will allocate, at 4 bytes a pixel."""
    megabytes = QImageReader.allocationLimit() or 256   # 0 means no limit: keep Qt's default one
    return megabytes * 2 ** 20 // 4


def largest_square() -> int:
    return math.isqrt(max_image_pixels())


def qimage_to_array(image: QImage) -> np.ndarray:
    """A QImage as (h, w, 4) uint8 RGBA (a copy)."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    h, w = rgba.height(), rgba.width()
    rows = np.frombuffer(rgba.constBits(), np.uint8).reshape(h, rgba.bytesPerLine())
    return rows[:, :w * 4].reshape(h, w, 4).copy()
