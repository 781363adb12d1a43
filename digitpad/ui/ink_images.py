"""The two images a drawing is painted into, from strokes kept in unit coordinates.

- the *model* image, ``MODEL_SIDE`` pixels square, white ink on black, 0..255:
  what the network is given, identical whatever the window size or screen;
- the *display* image, the canvas's size in device pixels (sharp on HiDPI
  screens), light ink on a dark slate.

A QPainter on an image with a device pixel ratio works in logical pixels, so
the display image is painted at its side in logical pixels (``display_side``),
which is also the widget's own coordinate scale: strokes, pictures and the
rects to repaint all use that one number.

Each stroke is smoothed with quadratic curves through the midpoints of the
pointer samples; while it is drawn only its newest piece is painted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from . import theme

MODEL_SIDE = 280          # pixels of the image handed to preprocessing (10 x 28)
BACKGROUND = QColor(theme.CANVAS_PAPER)
INK = QColor(theme.CANVAS_INK)


@dataclass
class Stroke:
    """One press-to-release of the pointer, in unit coordinates; or one piece of it, when it
    left the canvas and came back (``drag`` then numbers the press its pieces share)."""

    width: float  # brush diameter as a fraction of the side
    erase: bool = False
    points: list[tuple[float, float]] = field(default_factory=list)
    drag: int = 0


@dataclass
class Picture:
    """A picture put on the canvas: replaces what was there."""

    pixels: np.ndarray  # (MODEL_SIDE, MODEL_SIDE) uint8, white on black


@dataclass
class Clear:
    """The canvas wiped (undoable)."""


class WholePath:
    """The path a whole stroke is painted as, at ``scale`` pixels per unit, built as its points
    come (a point costs the same however long the stroke): a line to the first midpoint, a
    curve through each point to the next midpoint, and a line to the last point."""

    def __init__(self, scale: float):
        self.scale = scale
        self._path: QPainterPath | None = None
        self._last: QPointF | None = None
        self._taken = 0

    def extend(self, points) -> None:
        """Take the points of ``points`` (the stroke's, oldest first) not taken yet."""
        for x, y in points[self._taken:]:
            p = QPointF(x * self.scale, y * self.scale)
            if self._path is None:
                self._path = QPainterPath(p)
            elif self._taken == 1:
                self._path.lineTo((self._last + p) / 2)
            else:
                self._path.quadTo(self._last, (self._last + p) / 2)
            self._last = p
            self._taken += 1

    def path(self) -> QPainterPath:
        """The stroke's path as it stands (a dot if it has one point)."""
        path = QPainterPath(self._path)
        path.lineTo(self._last + QPointF(1e-3, 0) if self._taken == 1 else self._last)
        return path


class InkImages:
    """Paints strokes and pictures into the model image and the display image."""

    def __init__(self):
        self.model = QImage(MODEL_SIDE, MODEL_SIDE, QImage.Format.Format_Grayscale8)
        self.model.fill(0)
        self.display = QImage()

    # the display image -------------------------------------------------------

    def fit_display(self, side: float, dpr: float) -> bool:
        """Give the display image ``side`` logical pixels at ``dpr``; True if it is new (and blank)."""
        side_px = max(1, round(side * dpr))
        if (not self.display.isNull() and self.display.width() == side_px
                and self.display.devicePixelRatio() == dpr):
            return False
        self.display = QImage(side_px, side_px, QImage.Format.Format_ARGB32_Premultiplied)
        self.display.setDevicePixelRatio(dpr)
        self.display.fill(BACKGROUND)
        return True

    def display_side(self) -> float:
        """The display image's side in logical pixels: the units its painter (and the widget) use."""
        if self.display.isNull():
            return 0.0
        return self.display.width() / self.display.devicePixelRatio()

    def wipe(self, model: bool = True, display: bool = True) -> None:
        if model:
            self.model.fill(0)
        if display and not self.display.isNull():
            self.display.fill(BACKGROUND)

    # strokes ------------------------------------------------------------------

    def paint_dot(self, stroke: Stroke) -> QRectF:
        """The first sample of a stroke, as a round dot; returns the display rect it changed."""
        x, y = stroke.points[0]

        def path_for(scale):
            path = QPainterPath(QPointF(x * scale, y * scale))
            path.lineTo(QPointF(x * scale + 1e-3, y * scale))  # a zero-length line draws the round cap
            return path

        return self._stroke_paths(stroke, path_for)

    def paint_segment(self, stroke: Stroke) -> QRectF:
        """The newest piece of the smoothed curve: from the previous midpoint to the newest one."""
        pts = stroke.points
        n = len(pts)

        def path_for(scale):
            p = [QPointF(px * scale, py * scale) for px, py in pts[-3:]]
            if n == 2:
                a, b = p
                path = QPainterPath(a)
                path.lineTo((a + b) / 2)
            else:
                a, b, c = p
                path = QPainterPath((a + b) / 2)
                path.quadTo(b, (b + c) / 2)
            return path

        return self._stroke_paths(stroke, path_for)

    def paint_tail(self, stroke: Stroke) -> QRectF:
        """From the last midpoint to the last sample, when the stroke ends."""
        (ax, ay), (bx, by) = stroke.points[-2:]

        def path_for(scale):
            path = QPainterPath(QPointF((ax + bx) / 2 * scale, (ay + by) / 2 * scale))
            path.lineTo(QPointF(bx * scale, by * scale))
            return path

        return self._stroke_paths(stroke, path_for)

    def paint_whole(self, stroke: Stroke, model: bool = True, display: bool = True,
                    model_path: "WholePath | None" = None) -> None:
        """A whole stroke as one path (replays after undo, resize, ...); ``model_path``, the
        stroke's path at the model image's scale if it was kept as the stroke was drawn."""

        def path_for(scale):
            if model_path is not None and scale == model_path.scale:
                return model_path.path()
            whole = WholePath(scale)
            whole.extend(stroke.points)
            return whole.path()

        self._stroke_paths(stroke, path_for, model, display)

    def _targets(self, model: bool, display: bool):
        """(image, pixels per unit) for each image asked for."""
        if model:
            yield self.model, float(MODEL_SIDE)
        if display and not self.display.isNull():
            yield self.display, self.display_side()

    def _pen(self, stroke: Stroke, image: QImage, scale: float) -> QPen:
        if image is self.model:
            colour = QColor(0, 0, 0) if stroke.erase else QColor(255, 255, 255)
        else:
            colour = BACKGROUND if stroke.erase else INK
        return QPen(colour, stroke.width * scale, Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    def _stroke_paths(self, stroke: Stroke, path_for_scale, model: bool = True,
                      display: bool = True) -> QRectF:
        """Stroke ``path_for_scale(scale)`` into the images; returns the rect it changed on the display."""
        dirty = QRectF()
        for image, scale in self._targets(model, display):
            path = path_for_scale(scale)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = self._pen(stroke, image, scale)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.end()
            if image is self.display:  # painted in logical pixels: already widget coordinates
                grow = pen.widthF() / 2 + 2
                dirty = path.boundingRect().adjusted(-grow, -grow, grow, grow)
        return dirty

    # pictures -----------------------------------------------------------------

    def paint_picture(self, picture: Picture, model: bool = True, display: bool = True) -> None:
        pixels = np.ascontiguousarray(picture.pixels)
        gray = QImage(pixels.data, MODEL_SIDE, MODEL_SIDE, MODEL_SIDE, QImage.Format.Format_Grayscale8)
        if model:
            painter = QPainter(self.model)
            painter.drawImage(0, 0, gray)
            painter.end()
        if display and not self.display.isNull():
            # on screen: the same grey levels between the slate background and the ink colour
            tinted = gray.convertToFormat(QImage.Format.Format_Indexed8)
            tinted.setColorTable([_mix(BACKGROUND, INK, k / 255.0).rgb() for k in range(256)])
            painter = QPainter(self.display)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            side = self.display_side()
            painter.drawImage(QRectF(0, 0, side, side), tinted)
            painter.end()


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))
