"""A pointer that outlines the brush: a ring as wide as the stroke it will make.

A first-time drawer cannot tell how thick a line will be before drawing it;
the ring shows it, and the eraser's wider ring shows what one pass removes.
The pixmap is drawn in device pixels for the screen's device pixel ratio, so
the ring is sharp and exactly the stroke's size at any display scale.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QPainter, QPen, QPixmap

from . import theme

MIN_RING = 6.0            # logical pixels: below this a ring is a blur, so it is drawn this big
OUTLINE = QColor(*theme.CURSOR_OUTLINE)
HALO = QColor(*theme.CURSOR_HALO)
ERASER_FILL = QColor(*theme.CURSOR_ERASER_FILL)  # the eraser's ring is filled: all of that goes


def brush_cursor(diameter: float, dpr: float, erase: bool = False) -> QCursor:
    """A ring ``diameter`` logical pixels across (filled faintly for the eraser), a dot at its centre."""
    ring = max(float(diameter), MIN_RING)
    side = math.ceil(ring + 4)  # logical pixels: the ring, its halo and a pixel to spare
    side += side % 2            # an even side puts the centre on a pixel corner at every scale
    pixmap = QPixmap(max(1, math.ceil(side * dpr)), max(1, math.ceil(side * dpr)))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    centre = QPointF(side / 2, side / 2)
    radius = ring / 2
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(HALO, 3))
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QPen(OUTLINE, 1))
    painter.setBrush(ERASER_FILL if erase else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(HALO)
    painter.drawEllipse(centre, 1.5, 1.5)
    painter.setBrush(OUTLINE)
    painter.drawEllipse(centre, 0.75, 0.75)
    painter.end()
    hot = round(side / 2 * _hot_spot_scale(dpr))
    return QCursor(pixmap, hot, hot)  # the ring's centre is where the stroke will go


def _hot_spot_scale(dpr: float) -> float:
    """Pixels of the hot spot per logical pixel.

    QCursor takes the hot spot in logical pixels, and Windows, macOS and
    Wayland scale it with the pixmap; Qt's X11 backend hands it to the X
    server unscaled, which reads it in device pixels. Measured under Xvfb at
    QT_SCALE_FACTOR=2: a logical hot spot put the ring's centre a quarter of
    its width up and left of the pointer.
    """
    return dpr if QGuiApplication.platformName() == "xcb" else 1.0
