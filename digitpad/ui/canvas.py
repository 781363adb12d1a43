"""The drawing canvas: smooth antialiased strokes, an eraser, undo and redo.

Strokes are kept as vectors in unit coordinates (0..1 across the square),
so the canvas can be any size and any pixel density. They are painted into
two images as they are drawn:

- the *display* image, at the widget's size in device pixels (sharp on
  HiDPI screens), light ink on a dark slate;
- the *model* image, ``MODEL_SIDE`` pixels square, white ink on black, 0..255:
  the array ``image_array()`` hands to preprocessing, identical whatever the
  window size.

Each stroke is smoothed with quadratic curves through the midpoints of the
pointer samples. History is a list of operations (strokes, a loaded
picture, a clear); undo and redo move operations between two stacks and
repaint from the last picture or clear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QImage, QKeyEvent, QPainter, QPainterPath, QPen,
                           QPointingDevice, QTabletEvent)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..data.preprocess import EMPTY_LEVEL, fit_square
from ..data.strokes import PenStroke

MODEL_SIDE = 280          # pixels of the image handed to preprocessing (10 x 28)
# Brush diameter in model pixels. Measured: MNIST test digits traced along their
# centre lines at 70% of the canvas height (as MNIST's 20 px box fills 28) come
# out of preprocessing with strokes 0.94x, 0.99x, 1.01x as thick as the originals
# for 20, 21, 22 px (tests/ui/test_mnist_redraw.py keeps it within 15%).
DEFAULT_BRUSH = 21.0
MIN_BRUSH, MAX_BRUSH = 4.0, 48.0
ERASER_SCALE = 1.6        # the eraser is wider than the brush, so one pass takes a line away
BACKGROUND = QColor(0x17, 0x1a, 0x21)
INK = QColor(0xf4, 0xf1, 0xea)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff", ".pgm", ".ppm"}


@dataclass
class Stroke:
    """One press-to-release of the pointer, in unit coordinates."""

    width: float  # brush diameter as a fraction of the side
    erase: bool = False
    points: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class Picture:
    """A picture put on the canvas: replaces what was there."""

    pixels: np.ndarray  # (MODEL_SIDE, MODEL_SIDE) uint8, white on black


@dataclass
class Clear:
    """The canvas wiped (undoable)."""


class Canvas(QWidget):
    """A square drawing surface; left button draws, right button erases."""

    changed = Signal()           # the model image changed (stroke extended, undo, clear, ...)
    strokeStarted = Signal()
    strokeFinished = Signal()
    historyChanged = Signal()    # can_undo / can_redo may have changed
    digitKeyPressed = Signal(int)
    fileDropped = Signal(str)
    imageDropped = Signal(QImage)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("canvas")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 160)
        self.setToolTip("Draw with the left button, erase with the right.\n"
                        "Esc clears; Ctrl+Z undoes; keys 0-9 save the drawing with that label.")

        self._brush = DEFAULT_BRUSH
        self._ops: list[Stroke | Picture | Clear] = []
        self._redo: list[Stroke | Picture | Clear] = []
        self._active: Stroke | None = None
        self._active_button = Qt.MouseButton.NoButton
        self._before_stroke: QImage | None = None
        self._hint = "Draw a digit"

        self._model = QImage(MODEL_SIDE, MODEL_SIDE, QImage.Format.Format_Grayscale8)
        self._model.fill(0)
        self._display = QImage()
        self._version = 0
        self._array_cache: tuple[int, np.ndarray] | None = None

    # geometry ---------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(440, 440)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def _side(self) -> float:
        return float(min(self.width(), self.height()))

    def _to_unit(self, pos: QPointF) -> tuple[float, float]:
        side = self._side() or 1.0
        return pos.x() / side, pos.y() / side

    # public API -------------------------------------------------------------

    @property
    def brush_width(self) -> float:
        """Brush diameter in model pixels (the canvas is MODEL_SIDE of them across)."""
        return self._brush

    def set_brush_width(self, width: float) -> None:
        self._brush = float(min(max(width, MIN_BRUSH), MAX_BRUSH))

    def image_array(self) -> np.ndarray:
        """The drawing as (MODEL_SIDE, MODEL_SIDE) uint8, white ink on black (a fresh copy)."""
        if self._array_cache is None or self._array_cache[0] != self._version:
            img = self._model
            rows = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
            self._array_cache = (self._version, rows[:, :img.width()].copy())
        return self._array_cache[1].copy()

    def strokes(self) -> list[PenStroke] | None:
        """The strokes on the canvas since it was last cleared, oldest first, the one being
        drawn last; None when a loaded picture is part of the drawing (it has no strokes)."""
        out = [] if self._active is None else [self._active]
        for op in reversed(self._ops):
            if isinstance(op, Clear):
                break
            if isinstance(op, Picture):
                return None
            out.append(op)
        return [PenStroke(tuple(op.points), op.width, op.erase) for op in reversed(out)]

    def is_empty(self) -> bool:
        if self._array_cache is None or self._array_cache[0] != self._version:
            self.image_array()
        return int(self._array_cache[1].max()) < EMPTY_LEVEL

    @property
    def can_undo(self) -> bool:
        return bool(self._ops)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def history_length(self) -> int:
        return len(self._ops)

    def clear(self) -> None:
        """Wipe the canvas (undoable); does nothing if it is already blank."""
        self.end_stroke()
        if not self._ops or isinstance(self._ops[-1], Clear):
            return
        self._model.fill(0)
        self._paint_display_background()
        self._touch()
        self._push(Clear())

    def undo(self) -> None:
        self.end_stroke()
        if self._ops:
            self._redo.append(self._ops.pop())
            self._rerender()
            self.historyChanged.emit()

    def redo(self) -> None:
        self.end_stroke()
        if self._redo:
            self._ops.append(self._redo.pop())
            self._rerender()
            self.historyChanged.emit()

    def load_array(self, image) -> None:
        """Put a white-on-black picture (any size, 0..255) on the canvas, letterboxed (undoable)."""
        self.end_stroke()
        pixels = fit_square(image, MODEL_SIDE)
        self._ops.append(Picture(pixels))
        self._rerender()
        self._push(None)

    def begin_stroke(self, x: float, y: float, erase: bool = False) -> None:
        """Start a stroke at (x, y) in unit coordinates (0..1 across the canvas)."""
        self.end_stroke()
        width = self._brush * (ERASER_SCALE if erase else 1.0)
        self._active = Stroke(width / MODEL_SIDE, erase, [(float(x), float(y))])
        self._before_stroke = self._model.copy()
        self.strokeStarted.emit()
        self._paint_dot(self._active)

    def extend_stroke(self, x: float, y: float) -> None:
        stroke = self._active
        if stroke is None:
            return
        last = stroke.points[-1]
        min_step = 0.25 / max(self._side(), MODEL_SIDE)
        if abs(x - last[0]) < min_step and abs(y - last[1]) < min_step:
            return
        stroke.points.append((float(x), float(y)))
        self._paint_segment(stroke)

    def end_stroke(self) -> None:
        stroke, self._active = self._active, None
        self._active_button = Qt.MouseButton.NoButton
        if stroke is None:
            return
        if len(stroke.points) > 1:
            self._paint_tail(stroke)
        # The pieces painted live overlap a little at their joins; paint the model image
        # again as one path, so it is exactly what a replay (undo, redo) would give.
        self._model = self._before_stroke
        self._before_stroke = None
        self._paint_whole(stroke, display=False)
        self._touch()
        self._ops.append(stroke)
        self._push(None)
        self.strokeFinished.emit()

    def draw_stroke(self, points, erase: bool = False, width: float | None = None) -> None:
        """Draw a whole stroke through ``points`` (unit coordinates); for scripts and tests."""
        saved = self._brush
        if width is not None:
            self._brush = float(width)
        try:
            points = [(float(x), float(y)) for x, y in points]
            self.begin_stroke(*points[0], erase=erase)
            for x, y in points[1:]:
                self.extend_stroke(x, y)
            self.end_stroke()
        finally:
            self._brush = saved

    # history ------------------------------------------------------------------

    def _push(self, op) -> None:
        """Record ``op`` (None if already appended) after the images show it; forget redo."""
        if op is not None:
            self._ops.append(op)
        self._redo.clear()
        self.historyChanged.emit()

    def _rerender(self) -> None:
        """Paint both images from the last picture or clear onwards."""
        self._model.fill(0)
        self._paint_display_background()
        self._replay()
        self._touch()

    def _replay(self) -> None:
        """Paint the operations from the last picture or clear onwards, and the stroke in progress."""
        start = 0
        for k in range(len(self._ops) - 1, -1, -1):
            if isinstance(self._ops[k], (Picture, Clear)):
                start = k
                break
        for op in self._ops[start:]:
            if isinstance(op, Picture):
                self._paint_picture(op)
            elif isinstance(op, Stroke):
                self._paint_whole(op)
        if self._active is not None:
            self._paint_whole(self._active)

    def _touch(self, dirty: QRectF | None = None) -> None:
        self._version += 1
        if dirty is None:
            self.update()
        else:
            self.update(dirty.toAlignedRect())
        self.changed.emit()

    # painting into the two images --------------------------------------------

    def _targets(self, display: bool = True):
        """(image, pixels per unit) for the model image and, if asked, the display image."""
        yield self._model, float(MODEL_SIDE)
        if display:
            self._ensure_display()
            yield self._display, float(self._display.width())

    def _pen(self, stroke: Stroke, image: QImage, scale: float) -> QPen:
        if image is self._model:
            colour = QColor(0, 0, 0) if stroke.erase else QColor(255, 255, 255)
        else:
            colour = BACKGROUND if stroke.erase else INK
        return QPen(colour, stroke.width * scale, Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    def _stroke_paths(self, path_for_scale, display: bool = True) -> QRectF:
        """Stroke the path made by ``path_for_scale(scale)`` into the images; returns the dirty rect."""
        dirty = QRectF()
        for image, scale in self._targets(display):
            path, stroke = path_for_scale(scale)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = self._pen(stroke, image, scale)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.end()
            if image is self._display:
                dpr = image.devicePixelRatio()
                grow = pen.widthF() / 2 + 2
                r = path.boundingRect().adjusted(-grow, -grow, grow, grow)
                dirty = QRectF(r.x() / dpr, r.y() / dpr, r.width() / dpr, r.height() / dpr)
        return dirty

    def _paint_dot(self, stroke: Stroke) -> None:
        x, y = stroke.points[0]

        def path_for(scale):
            path = QPainterPath(QPointF(x * scale, y * scale))
            path.lineTo(QPointF(x * scale + 1e-3, y * scale))  # a zero-length line draws the round cap
            return path, stroke

        self._touch(self._stroke_paths(path_for))

    def _paint_segment(self, stroke: Stroke) -> None:
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
            return path, stroke

        self._touch(self._stroke_paths(path_for))

    def _paint_tail(self, stroke: Stroke) -> None:
        """From the last midpoint to the last sample, when the stroke ends."""
        (ax, ay), (bx, by) = stroke.points[-2:]

        def path_for(scale):
            path = QPainterPath(QPointF((ax + bx) / 2 * scale, (ay + by) / 2 * scale))
            path.lineTo(QPointF(bx * scale, by * scale))
            return path, stroke

        self._touch(self._stroke_paths(path_for))

    def _paint_whole(self, stroke: Stroke, display: bool = True) -> None:
        """A whole stroke as one path (replays after undo, resize, ...)."""
        pts = stroke.points

        def path_for(scale):
            p = [QPointF(x * scale, y * scale) for x, y in pts]
            path = QPainterPath(p[0])
            if len(p) == 1:
                path.lineTo(p[0] + QPointF(1e-3, 0))
                return path, stroke
            path.lineTo((p[0] + p[1]) / 2)
            for k in range(1, len(p) - 1):
                path.quadTo(p[k], (p[k] + p[k + 1]) / 2)
            path.lineTo(p[-1])
            return path, stroke

        self._stroke_paths(path_for, display)

    def _paint_picture(self, picture: Picture) -> None:
        pixels = np.ascontiguousarray(picture.pixels)
        gray = QImage(pixels.data, MODEL_SIDE, MODEL_SIDE, MODEL_SIDE, QImage.Format.Format_Grayscale8)
        painter = QPainter(self._model)
        painter.drawImage(0, 0, gray)
        painter.end()
        # on screen: the same grey levels between the slate background and the ink colour
        tinted = gray.convertToFormat(QImage.Format.Format_Indexed8)
        tinted.setColorTable([_mix(BACKGROUND, INK, k / 255.0).rgb() for k in range(256)])
        self._ensure_display()
        painter = QPainter(self._display)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        side = self._display.width() / self._display.devicePixelRatio()
        painter.drawImage(QRectF(0, 0, side, side), tinted)
        painter.end()

    # the display image -------------------------------------------------------

    def _ensure_display(self) -> None:
        dpr = self.devicePixelRatioF()
        side_px = max(1, round(self._side() * dpr))
        if (self._display.isNull() or self._display.width() != side_px
                or self._display.devicePixelRatio() != dpr):
            self._display = QImage(side_px, side_px, QImage.Format.Format_ARGB32_Premultiplied)
            self._display.setDevicePixelRatio(dpr)
            self._display.fill(BACKGROUND)
            self._replay_display()

    def _replay_display(self) -> None:
        """Repaint only the display image from the history (after a resize or a DPR change)."""
        model, self._model = self._model, QImage(MODEL_SIDE, MODEL_SIDE, QImage.Format.Format_Grayscale8)
        try:
            self._replay()
        finally:
            self._model = model  # the model image never depends on the widget's size

    def _paint_display_background(self) -> None:
        self._ensure_display()
        self._display.fill(BACKGROUND)

    # Qt events --------------------------------------------------------------

    def paintEvent(self, event) -> None:
        self._ensure_display()
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        side = self._side()
        painter.drawImage(QRectF(0, 0, side, side), self._display)
        if self._hint and self._active is None and not self._ops_since_clear():
            painter.setPen(QColor(255, 255, 255, 90))
            font = painter.font()
            font.setPointSizeF(max(11.0, side / 22))
            painter.setFont(font)
            painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, self._hint)
        if self.hasFocus():
            painter.setPen(QPen(QColor(0x4f, 0x9d, 0xff, 140), 2))
            painter.drawRect(QRectF(1, 1, side - 2, side - 2))
        painter.end()

    def _ops_since_clear(self) -> int:
        n = 0
        for op in reversed(self._ops):
            if isinstance(op, Clear):
                break
            n += 1
        return n

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._ensure_display()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._ensure_display()
            self.update()
        return super().event(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event) -> None:
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton) or self._active:
            event.ignore()
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.begin_stroke(*self._to_unit(event.position()), erase=button == Qt.MouseButton.RightButton)
        self._active_button = button
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._active is None or not (event.buttons() & self._active_button):
            event.ignore()
            return
        self.extend_stroke(*self._to_unit(event.position()))
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._active is not None and event.button() == self._active_button:
            self.extend_stroke(*self._to_unit(event.position()))
            self.end_stroke()
            event.accept()
        else:
            event.ignore()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen draws like the left button; its eraser end (or an eraser tool) erases."""
        kind = event.type()
        pos = self._to_unit(event.position())
        if kind == QEvent.Type.TabletPress:
            erase = event.pointerType() == QPointingDevice.PointerType.Eraser
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.begin_stroke(*pos, erase=erase)
            self._active_button = Qt.MouseButton.LeftButton
        elif kind == QEvent.Type.TabletMove:
            if self._active is not None:
                self.extend_stroke(*pos)
        elif kind == QEvent.Type.TabletRelease:
            if self._active is not None:
                self.extend_stroke(*pos)
                self.end_stroke()
        event.accept()  # no synthesized mouse events: the pen is handled once

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Escape:
            self.clear()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and mods == Qt.KeyboardModifier.NoModifier:
            self.digitKeyPressed.emit(int(key) - int(Qt.Key.Key_0))
        else:
            super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:
        if _dropped_file(event.mimeData()) or event.mimeData().hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        path = _dropped_file(mime)
        if path:
            event.acceptProposedAction()
            self.fileDropped.emit(path)
        elif mime.hasImage():
            event.acceptProposedAction()
            self.imageDropped.emit(QImage(mime.imageData()))
        else:
            event.ignore()


def _dropped_file(mime) -> str | None:
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES:
            return url.toLocalFile()
    return None


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))
