"""The drawing canvas: smooth antialiased strokes, an eraser, undo and redo.

Strokes are kept as vectors in unit coordinates (0..1 across the square),
so the canvas can be any size and any pixel density; ``InkImages`` paints
them into the network's input image and the image shown on screen.
History is a list of operations (strokes, a loaded picture, a clear); undo
and redo move operations between two stacks and repaint from the last
picture or clear, or from a checkpoint: a copy of both images kept after every
``CHECKPOINT_POINTS`` points drawn, so that taking back a dot after a long
drawing does not paint the whole drawing again. A long drawing is not painted again at every
step of a resize either: it is stretched, and painted sharp once the size stays put.

Ink exists only on the canvas: a drag that leaves it (by more than the brush's
radius, so a pointer just past the edge still inks it) ends its stroke there,
and one that comes back starts another where it enters, as if the pen were
lifted outside. So what the network reads (and what My digits keeps) is what
the user sees; the pieces of one drag are undone together. The eraser is never
cut: rubbing along the edge from outside takes away what its circle covers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPen, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..data.preprocess import EMPTY_LEVEL, fit_square
from . import theme
from .brush_cursor import brush_cursor
from .ink_images import MODEL_SIDE, Clear, InkImages, Picture, Stroke, WholePath
from ..data.strokes import PenStroke

# Brush diameter in model pixels. Measured: MNIST test digits traced along their
# centre lines at 70% of the canvas height (as MNIST's 20 px box fills 28) come
# out of preprocessing with strokes 0.94x, 0.99x, 1.01x as thick as the originals
# for 20, 21, 22 px (tests/ui/test_mnist_redraw.py keeps it within 15%).
DEFAULT_BRUSH = 21.0
MIN_BRUSH, MAX_BRUSH = 4.0, 48.0
ERASER_SCALE = 1.6        # the eraser is wider than the brush, so one pass takes a line away
CHECKPOINT_POINTS = 500
"""Points drawn between two checkpoints of the images (undo and redo repaint from the newest one
they can). Measured at display scale 2 on a 560 px canvas, with no checkpoints, undoing a dot
drawn after one stroke of 1,000 / 10,000 / 30,000 points took 0.04 / 0.22 / 1.6 s; with them,
at most 0.01 s."""
STRETCH_POINTS = 500
"""A drawing of at least this many points is not painted again at every step of a resize: the
image shown is stretched to the new size, and painted sharp once the size has stayed put for
``SHARPEN_AFTER_MS``. Measured at display scale 2, painting it again at a new size took 0.06 s for
a stroke of 1,000 points, 0.25 s for 10,000 and 1.7 s for 30,000."""
SHARPEN_AFTER_MS = 150
MAX_CHECKPOINTS = 6  # the newest kept: each holds a copy of the display image (5 MB at 2x)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff", ".pgm", ".ppm"}


@dataclass
class _Drag:
    """A press of the pointer until its release: what it draws, and where it was last."""

    width: float  # as a fraction of the side
    erase: bool
    last: tuple[float, float]
    number: int  # the pieces it draws on the canvas carry it, to be undone together

    @property
    def reach(self) -> float:
        """How far past the edge its pointer still inks the canvas (the eraser: any distance)."""
        return math.inf if self.erase else self.width / 2


def _inside(x: float, y: float, reach: float) -> bool:
    return -reach <= x <= 1.0 + reach and -reach <= y <= 1.0 + reach


def _on_canvas(a, b, reach: float) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The part of the line from ``a`` to ``b`` (unit coordinates) that lies on the canvas (the
    unit square grown by a finite ``reach`` on every side; Liang-Barsky), or None if none of it
    does. (The eraser's reach is infinite: its every point is inside, and it never gets here.)"""
    lo, hi = -reach, 1.0 + reach
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, ax - lo), (dx, hi - ax), (-dy, ay - lo), (dy, hi - ay)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None

    def at(t):  # on the edge to the last bit, never a hair outside
        return (min(max(ax + t * dx, lo), hi), min(max(ay + t * dy, lo), hi))

    return at(t0), at(t1)


class Canvas(QWidget):
    """A square drawing surface; left button draws (or erases in eraser mode), right button erases."""

    changed = Signal()           # the model image changed (stroke extended, undo, clear, ...)
    strokeStarted = Signal()
    strokeFinished = Signal()
    historyChanged = Signal()    # can_undo / can_redo may have changed
    eraserChanged = Signal(bool)  # eraser mode on or off
    digitKeyPressed = Signal(int)
    fileDropped = Signal(str)
    imageDropped = Signal(QImage)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("canvas")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 160)
        self.setToolTip(self.tr("Draw with the left button, erase with the right (or turn the eraser on: E).\n"
                                "Esc clears; Ctrl+Z undoes; keys 0-9 save the drawing with that label."))

        self._brush = DEFAULT_BRUSH
        self._eraser = False
        self._cursor_key: tuple | None = None
        self._ops: list[Stroke | Picture | Clear] = []
        self._redo: list[Stroke | Picture | Clear] = []
        # len(ops) -> (the last of those operations, the model and display images after them);
        # the display image is None once the display changed size
        self._checkpoints: dict[int, tuple[object, QImage, QImage | None]] = {}
        self._sharpen = QTimer(self)  # a stretched display image is painted sharp when it fires
        self._sharpen.setSingleShot(True)
        self._sharpen.setInterval(SHARPEN_AFTER_MS)
        self._sharpen.timeout.connect(self._paint_display_sharp)
        self._active: Stroke | None = None  # the piece of the drag being drawn on the canvas
        self._drag: _Drag | None = None
        self._drags = 0
        self._active_button = Qt.MouseButton.NoButton
        self._before_stroke: QImage | None = None
        self._model_path: WholePath | None = None  # the stroke being drawn, as the model image takes it
        self._hint = self.tr("Draw a digit")

        self._images = InkImages()
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
        self._update_cursor()

    @property
    def eraser(self) -> bool:
        """Eraser mode: the left button (or a one-button trackpad) erases."""
        return self._eraser

    def set_eraser(self, on: bool) -> None:
        if bool(on) != self._eraser:
            self._eraser = bool(on)
            self._update_cursor()
            self.eraserChanged.emit(self._eraser)

    def image_array(self) -> np.ndarray:
        """The drawing as (MODEL_SIDE, MODEL_SIDE) uint8, white ink on black (a fresh copy)."""
        if self._array_cache is None or self._array_cache[0] != self._version:
            img = self._images.model
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

    def is_drawing(self) -> bool:
        """A button (or the pen) is down: a stroke is being drawn."""
        return self._drag is not None

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
        self._ensure_display()
        self._images.wipe()
        self._touch()
        self._push(Clear())

    def undo(self) -> None:
        """Take back the last operation (every piece of the last drag, if it left the canvas)."""
        self.end_stroke()
        if self._ops:
            self._move_drag(self._ops, self._redo)
            self._rerender()
            self.historyChanged.emit()

    def redo(self) -> None:
        self.end_stroke()
        if self._redo:
            self._move_drag(self._redo, self._ops)
            self._rerender()
            self.historyChanged.emit()

    @staticmethod
    def _move_drag(source: list, target: list) -> None:
        """Move the last operation of ``source`` to ``target``, with the pieces of its drag."""
        op = source.pop()
        target.append(op)
        drag = getattr(op, "drag", 0)
        while drag and source and getattr(source[-1], "drag", 0) == drag:
            target.append(source.pop())

    def load_array(self, image) -> None:
        """Put a white-on-black picture (any size, 0..255) on the canvas, letterboxed (undoable)."""
        self.end_stroke()
        pixels = fit_square(image, MODEL_SIDE)
        self._append(Picture(pixels))
        self._rerender()
        self._push(None)

    def begin_stroke(self, x: float, y: float, erase: bool = False) -> None:
        """Start a stroke at (x, y) in unit coordinates (0..1 across the canvas; a press
        outside it draws from where it comes onto the canvas)."""
        self.end_stroke()
        width = self._brush * (ERASER_SCALE if erase else 1.0)
        self._drags += 1
        x, y = float(x), float(y)
        self._drag = _Drag(width / MODEL_SIDE, erase, (x, y), self._drags)
        if _inside(x, y, self._drag.reach):
            self._begin_piece(x, y)
        self._update_cursor()

    def extend_stroke(self, x: float, y: float) -> None:
        drag = self._drag
        if drag is None:
            return
        x, y = float(x), float(y)
        if self._active is not None and _inside(x, y, drag.reach):
            drag.last = (x, y)
            self._extend_piece(x, y)
            return
        seen = _on_canvas(drag.last, (x, y), drag.reach)
        drag.last = (x, y)
        if self._active is not None:  # leaving the canvas: the stroke ends on its edge
            if seen is not None:
                self._extend_piece(*seen[1])
            self._end_piece()
        elif seen is not None:  # coming onto it (and perhaps off again): a stroke from its edge
            self._begin_piece(*seen[0])
            self._extend_piece(*seen[1])
            if not _inside(x, y, drag.reach):
                self._end_piece()

    def end_stroke(self) -> None:
        self._drag = None
        self._active_button = Qt.MouseButton.NoButton
        self._end_piece()

    def _begin_piece(self, x: float, y: float) -> None:
        drag = self._drag
        self._active = Stroke(drag.width, drag.erase, [(x, y)], drag.number)
        self._before_stroke = self._images.model.copy()
        self._model_path = WholePath(MODEL_SIDE)
        self._model_path.extend(self._active.points)
        self.strokeStarted.emit()
        self._ensure_display()
        dot = self._images.paint_dot(self._active)
        self._touch(None if self._hint_shown(ignore_active=True) else dot)  # the hint goes at once
        self._update_cursor()

    def _extend_piece(self, x: float, y: float) -> None:
        stroke = self._active
        last = stroke.points[-1]
        min_step = 0.25 / max(self._side(), MODEL_SIDE)
        if abs(x - last[0]) < min_step and abs(y - last[1]) < min_step:
            return
        stroke.points.append((float(x), float(y)))
        self._model_path.extend(stroke.points)
        self._ensure_display()
        self._touch(self._images.paint_segment(stroke))

    def _end_piece(self) -> None:
        stroke, self._active = self._active, None
        if stroke is None:
            return
        self._ensure_display()
        if len(stroke.points) > 1:
            self._touch(self._images.paint_tail(stroke))
        # The pieces painted live overlap a little at their joins; paint the model image
        # again as one path, so it is exactly what a replay (undo, redo) would give.
        self._images.model = self._before_stroke
        self._before_stroke = None
        self._images.paint_whole(stroke, display=False, model_path=self._model_path)
        self._model_path = None
        self._touch()
        self._append(stroke)
        self._push(None)
        self._update_cursor()
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

    def _append(self, op) -> None:
        """Add ``op`` to the history; the checkpoints of the history it replaces (what undo took
        back) go."""
        self._ops.append(op)
        for k in [k for k in self._checkpoints if k >= len(self._ops)]:
            del self._checkpoints[k]

    def _push(self, op) -> None:
        """Record ``op`` (None if already appended) after the images show it; forget redo."""
        if op is not None:
            self._append(op)
        self._redo.clear()
        if not self._sharpen.isActive():  # a stretched display image is not kept
            self._keep_checkpoint()
        self.historyChanged.emit()

    def _keep_checkpoint(self) -> None:
        """Keep both images as they are after the whole history, if painting it again from the
        last checkpoint would cost ``CHECKPOINT_POINTS`` or more."""
        done = len(self._ops)
        if self._active is not None or self._points_to_replay(done) < CHECKPOINT_POINTS:
            return
        self._checkpoints[done] = (self._ops[done - 1], self._images.model.copy(), self._images.display.copy())
        for k in sorted(self._checkpoints)[:-MAX_CHECKPOINTS]:
            del self._checkpoints[k]

    def _replay_start(self, done: int) -> int:
        """Where painting the first ``done`` operations starts: their last picture or clear."""
        for k in range(done - 1, -1, -1):
            if isinstance(self._ops[k], (Picture, Clear)):
                return k
        return 0

    def _checkpoint_for(self, done: int, display: bool = False) -> int:
        """The most operations (at most ``done``) a checkpoint holds painted, past the last picture
        or clear; 0 if none does. It is of this very history: the operation it was taken after
        is the one there now. ``display``: one with a display image of the display's size."""
        start = self._replay_start(done)
        shown = self._images.display

        def usable(k):
            last, _, image = self._checkpoints[k]
            if not (start < k <= done and self._ops[k - 1] is last):
                return False
            return not display or (image is not None and image.size() == shown.size()
                                   and image.devicePixelRatio() == shown.devicePixelRatio())

        return max((k for k in self._checkpoints if usable(k)), default=0)

    def _points_to_replay(self, done: int) -> int:
        """The points painting the first ``done`` operations on the display would cost, from the
        best checkpoint."""
        first = max(self._checkpoint_for(done, display=True), self._replay_start(done))
        return sum(len(op.points) for op in self._ops[first:done] if isinstance(op, Stroke))

    def _rerender(self) -> None:
        """Paint both images from the last picture or clear onwards."""
        self._ensure_display()
        self._sharpen.stop()  # painted sharp here
        self._images.wipe()
        self._replay()
        self._touch()

    def _replay(self, model: bool = True) -> None:
        """Paint the operations from the last picture or clear (or the newest checkpoint of
        them) onwards, and the stroke in progress; the model image too if ``model``."""
        done = len(self._ops)
        model_from = display_from = self._replay_start(done)
        kept = self._checkpoint_for(done)
        if model and kept:
            self._images.model = self._checkpoints[kept][1].copy()
            model_from = kept
        kept = self._checkpoint_for(done, display=True)
        if kept:
            self._images.display = self._checkpoints[kept][2].copy()
            display_from = kept
        for k in range(min(model_from if model else done, display_from), done):
            op = self._ops[k]
            in_model, in_display = model and k >= model_from, k >= display_from
            if isinstance(op, Picture):
                self._images.paint_picture(op, in_model, in_display)
            elif isinstance(op, Stroke):
                self._images.paint_whole(op, in_model, in_display)
            kept = self._checkpoints.get(k + 1)
            if in_display and kept is not None and kept[0] is op and kept[2] is None:
                # a checkpoint whose display image was of another size: it passes by, keep it anew
                self._checkpoints[k + 1] = (op, kept[1], self._images.display.copy())
        if self._active is not None:
            self._images.paint_whole(self._active, model)

    def _touch(self, dirty: QRectF | None = None) -> None:
        self._version += 1
        if dirty is None:
            self.update()
        else:
            self.update(dirty.toAlignedRect())
        self.changed.emit()

    # the display image -------------------------------------------------------

    def _ensure_display(self) -> None:
        """Fit the display image to the widget and the screen, repainting it from the history if new."""
        before = self._images.display
        if self._images.fit_display(self._side(), self.devicePixelRatioF()):
            # the display images kept are of another size now; the model images still serve
            self._checkpoints = {k: (last, model, None) for k, (last, model, _) in self._checkpoints.items()}
            active = len(self._active.points) if self._active is not None else 0
            if not before.isNull() and self._points_to_replay(len(self._ops)) + active >= STRETCH_POINTS:
                painter = QPainter(self._images.display)  # for now; sharp once the size stays put
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                side = self._images.display_side()
                painter.drawImage(QRectF(0, 0, side, side), before)
                painter.end()
                self._sharpen.start()
            else:
                self._replay(model=False)  # the model image never depends on the widget or the screen
            self._update_cursor()

    def _paint_display_sharp(self) -> None:
        self._images.wipe(model=False)
        self._replay(model=False)
        self._keep_checkpoint()  # from the event loop: the model image is the history's
        self.update()

    # the pointer ----------------------------------------------------------------

    def cursor_diameter(self) -> float:
        """How wide, in logical pixels, the next stroke (or the one being drawn) is on screen."""
        if self._drag is not None:
            width = self._drag.width
        else:
            width = self._brush * (ERASER_SCALE if self._eraser else 1.0) / MODEL_SIDE
        return width * self._images.display_side()

    def _update_cursor(self) -> None:
        """Outline the brush (or the eraser, while erasing) at the screen's device pixel ratio."""
        erase = self._drag.erase if self._drag is not None else self._eraser
        key = (round(self.cursor_diameter(), 2), self.devicePixelRatioF(), erase)
        if key != self._cursor_key:
            self._cursor_key = key
            self.setCursor(brush_cursor(key[0], key[1], erase))

    # Qt events --------------------------------------------------------------

    def paintEvent(self, event) -> None:
        self._ensure_display()
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        side = self._side()
        shown = self._images.display_side()  # one image pixel per device pixel, even at scales like 1.25
        painter.drawImage(QRectF(0, 0, shown, shown), self._images.display)
        if self._hint_shown():
            painter.setPen(QColor(*theme.CANVAS_HINT))
            font = painter.font()
            font.setPointSizeF(max(11.0, side / 22))
            painter.setFont(font)
            painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, self._hint)
        if self.hasFocus():
            painter.setPen(QPen(QColor(*theme.FOCUS_RING), 2))
            painter.drawRect(QRectF(1, 1, side - 2, side - 2))
        painter.end()

    def _hint_shown(self, ignore_active: bool = False) -> bool:
        """Whether "Draw a digit" is on the canvas: nothing drawn since the last clear."""
        return bool(self._hint) and (ignore_active or self._active is None) and not self._ops_since_clear()

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
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton) or self._drag:
            event.ignore()
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        erase = button == Qt.MouseButton.RightButton or self._eraser
        self.begin_stroke(*self._to_unit(event.position()), erase=erase)
        self._active_button = button
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None or not (event.buttons() & self._active_button):
            event.ignore()
            return
        self.extend_stroke(*self._to_unit(event.position()))
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is not None and event.button() == self._active_button:
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
            erase = event.pointerType() == QPointingDevice.PointerType.Eraser or self._eraser
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.begin_stroke(*pos, erase=erase)
            self._active_button = Qt.MouseButton.LeftButton
        elif kind == QEvent.Type.TabletMove:
            if self._drag is not None:
                self.extend_stroke(*pos)
        elif kind == QEvent.Type.TabletRelease:
            if self._drag is not None:
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
            data = mime.imageData()   # None or a null image when the source sent nothing usable
            self.imageDropped.emit(data if isinstance(data, QImage) else QImage())
        else:
            event.ignore()


def _dropped_file(mime) -> str | None:
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES:
            return url.toLocalFile()
    return None

