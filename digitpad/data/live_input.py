"""The network's input read again after every move, at a cost that does not grow with the stroke.

``strokes.vector_input`` draws every stroke again: a move late in a long stroke
costs as much as the whole stroke so far. ``LiveInput`` gives the same input, to
the last bit, and keeps what it drew between reads:

- a stroke's smoothed line (``strokes.smoothed``) changes only at its end when a
  point is added: all of it but the last piece, from the last midpoint to the
  pointer, stays. Those points are kept, and their extent;
- a picture is drawn in a *frame* (origin, pixels per unit, size) that the drawn
  lines' extent decides. A frame keeps the strokes before the last one laid into
  one layer of ink, and the last stroke's coverage but for its last piece: a read
  adds the pieces that became fixed and lays the last piece on a copy.

A read whose lines reach past every frame kept (a stroke drawn outwards, the
first strokes of a digit) draws a new frame from all the strokes, as
``vector_input`` does, and that costs as much as the drawing is long. A
``Reading`` does its work a slice at a time, so that a window can go on
answering its user in between.
"""

from __future__ import annotations

import math
from collections import OrderedDict

import numpy as np

from .preprocess import mnist_style
from .strokes import (MNIST_STROKE, SUPERSAMPLE, PenStroke, compose, cover_line, frame,
                      left_by_the_eraser, smoothed, spans_too_little)

__all__ = ["LiveInput", "Reading"]

FRAMES = 4
"""Frames kept: the eraser's second measure needs one more, and a pointer that steps out of
the extent and back finds the frame it left."""

CHUNK = 20_000
"""Pixel measurements (pieces of line x the pixels around each) made in one step of a read: a
read can stop after any step and go on later."""


class _Line:
    """One stroke's smoothed line: ``fixed`` stays as points are added, ``tail`` is the rest
    (from the last fixed point to the pointer, or the stroke's only point, a dot)."""

    def __init__(self, stroke: PenStroke):
        self.stroke = stroke
        self._buffer = np.empty((0, 2))
        self.n_fixed = 0
        self.tail = np.empty((0, 2))
        self.lo = self.hi = None  # the whole line's extent, None while it has no point
        self._fixed_lo = self._fixed_hi = None
        self._smooth(stroke.points, 0)

    @property
    def fixed(self) -> np.ndarray:
        return self._buffer[:self.n_fixed]

    def follows(self, stroke: PenStroke) -> bool:
        """Whether ``stroke`` is this line's stroke with points added (or none) at its end."""
        old, new = self.stroke, stroke
        if new is old:
            return True
        n = len(old.points)
        return (new.width == old.width and new.erase == old.erase and len(new.points) >= n
                and new.points[:n] == old.points)

    def grow(self, stroke: PenStroke) -> None:
        """Take the points added to the stroke (``follows(stroke)`` is true)."""
        n_old = len(self.stroke.points)
        self.stroke = stroke
        if len(stroke.points) > n_old:
            self._smooth(stroke.points, n_old)

    def _smooth(self, points, n_old: int) -> None:
        n = len(points)
        if n == 0:
            return
        if n_old >= 3:  # the curves from the one after the last fixed, as smoothed() makes them
            self._append(smoothed(points[n_old - 2:])[2:-1])
        else:
            line = smoothed(points)
            self.n_fixed = 0
            self._fixed_lo = self._fixed_hi = None
            self._append(line[:max(1, len(line) - 1)])
        last = np.asarray(points[-1], dtype=np.float64)
        self.tail = self.fixed[-1:] if n == 1 else np.stack([self.fixed[-1], last])
        self.lo = np.minimum(self._fixed_lo, last)
        self.hi = np.maximum(self._fixed_hi, last)

    def _append(self, points: np.ndarray) -> None:
        need = self.n_fixed + len(points)
        if need > len(self._buffer):
            grown = np.empty((max(need, 2 * len(self._buffer), 64), 2))
            grown[:self.n_fixed] = self.fixed
            self._buffer = grown
        self._buffer[self.n_fixed:need] = points
        self.n_fixed = need
        lo, hi = points.min(axis=0), points.max(axis=0)
        self._fixed_lo = lo if self._fixed_lo is None else np.minimum(self._fixed_lo, lo)
        self._fixed_hi = hi if self._fixed_hi is None else np.maximum(self._fixed_hi, hi)


class _Frame:
    """The picture of the lines in one frame: the strokes but the last laid into ``done``, the
    last one's pieces up to its ``n_body``-th fixed point into ``body``."""

    def __init__(self, lo, hi, pen: float):
        self.pen = pen
        self.origin, self.scale, self.shape = frame(lo, hi, pen)
        self.done = np.zeros(self.shape[0] * self.shape[1])
        self.n_done = 0
        self._new_body()

    def _new_body(self) -> None:
        self.body = np.zeros_like(self.done)
        self.n_body = 1  # fixed points whose pieces are in the body: with one, there are none

    def catch_up(self, lines: list[_Line]):
        """Lay down what ``lines`` hold that this frame has not (a generator of work done)."""
        while self.n_done < len(lines) - 1:
            line = lines[self.n_done]
            yield from self._lay_fixed(line)
            yield from self._lay(self.body, line.tail, line)
            compose(self.done, self.body, line.stroke.erase)
            self.n_done += 1
            self._new_body()
        yield from self._lay_fixed(lines[-1])

    def picture(self, line: _Line) -> np.ndarray:
        """The picture with ``line``, the last stroke, ending where it ends now: (height, width)."""
        cover = self.body.copy()
        for _ in self._lay(cover, line.tail, line):
            pass
        ink = self.done.copy()
        compose(ink, cover, line.stroke.erase)
        return ink.reshape(self.shape)

    def _lay_fixed(self, line: _Line):
        if line.n_fixed > self.n_body:
            yield from self._lay(self.body, line.fixed[self.n_body - 1:], line)
            self.n_body = line.n_fixed

    def _lay(self, cover: np.ndarray, points: np.ndarray, line: _Line):
        """Raise ``cover`` to the coverage of the polyline ``points`` (unit coordinates) of ``line``."""
        stroke = line.stroke
        radius = (stroke.width * self.scale if stroke.erase else self.pen) / 2
        yield from cover_line(cover, (points - self.origin) * self.scale, radius, self.shape, CHUNK)


class Reading:
    """One read of the drawing, done a slice at a time: ``advance`` until it returns True, then
    ``result`` is the (28, 28) input, or None when nothing is drawn (or ``too_small``). ``work`` counts the pixel
    measurements made (pieces of line x the pixels around each), what a read costs."""

    def __init__(self, steps, owner: "LiveInput"):
        self._steps = steps
        self._owner = owner
        self.done = False
        self.result: np.ndarray | None = None
        self.too_small = False  # the result is None because the lines are too small to be a digit
        self.work = 0

    def advance(self, work: float = math.inf) -> bool:
        """Go on for about ``work`` pixel measurements (all of it by default); True once read."""
        if self.done:
            return True
        if self._owner._reading is not self:
            raise RuntimeError("this reading of the drawing failed, or a newer one replaced it")
        start = self.work
        try:
            while self.work - start < work:
                self.work += next(self._steps)
        except StopIteration as end:
            self.done = True
            self.result = end.value
            self._owner._reading = None
        except BaseException:
            self._owner._reading = None
            raise
        return self.done


class LiveInput:
    """``vector_input`` of a drawing that grows, kept between reads.

    Reads of strokes that extend the ones read before (more points on the last
    stroke, more strokes) cost what was added; anything else (undo, a clear)
    starts afresh. With ``least_span`` (``strokes.LEAST_SPAN``), drawn lines that span
    less than that many widths of their widest pen read as None, as nothing drawn does (and so do
    lines the eraser left that little of): ``strokes.too_small`` says so from scratch, this from
    the extents it keeps.
    """

    def __init__(self, stroke_px: float = MNIST_STROKE, least_span: float = 0.0):
        self._pen = stroke_px * SUPERSAMPLE
        self._least_span = least_span
        self._lines: list[_Line] = []
        self._frames: OrderedDict[bytes, _Frame] = OrderedDict()
        self._reading: Reading | None = None

    def read(self, strokes) -> np.ndarray | None:
        """The input for ``strokes`` (``PenStroke``s, oldest first), as ``vector_input`` gives it."""
        reading = self.reading(strokes)
        reading.advance()
        return reading.result

    def reading(self, strokes) -> Reading:
        """A read of ``strokes`` to be done by ``Reading.advance``; it replaces any reading
        not yet done, which can no longer go on."""
        if self._reading is not None:
            self._reading._steps.close()  # its frame is dropped half-built
        self._reading = Reading(self._read(list(strokes)), self)
        return self._reading

    def _read(self, strokes):
        self._follow(strokes)
        drawn = [line for line in self._lines if not line.stroke.erase and line.lo is not None]
        if not drawn:
            return None
        lo = np.min([line.lo for line in drawn], axis=0)
        hi = np.max([line.hi for line in drawn], axis=0)
        widest = max(line.stroke.width for line in drawn)
        if self._least_span and spans_too_little(lo, hi, widest, self._least_span):
            self._reading.too_small = True
            return None
        picture, where = yield from self._picture(lo, hi)
        if any(line.stroke.erase for line in self._lines):
            box = left_by_the_eraser(picture, where.origin, where.scale, self._pen)
            if box is not None:
                if self._least_span and spans_too_little(*box, widest, self._least_span):
                    self._reading.too_small = True  # what the eraser left is a dot
                    return None
                picture, _ = yield from self._picture(*box)
        return mnist_style(picture * 255.0)

    def _follow(self, strokes: list[PenStroke]) -> None:
        """Bring the lines up to ``strokes``; forget everything if they are not a continuation."""
        lines = self._lines
        kept = len(lines)
        if kept and not (kept <= len(strokes) and lines[-1].follows(strokes[kept - 1])
                         and all(line.stroke == s for line, s in zip(lines[:-1], strokes))):
            lines.clear()
            self._frames.clear()
            kept = 0
        if kept:
            lines[-1].grow(strokes[kept - 1])
        lines.extend(_Line(s) for s in strokes[kept:])

    def _picture(self, lo, hi):
        """The picture of the lines in the frame of lo..hi, and that frame (a generator of work)."""
        key = np.concatenate([lo, hi]).tobytes()
        where = self._frames.pop(key, None) or _Frame(lo, hi, self._pen)
        yield from where.catch_up(self._lines)
        self._frames[key] = where
        while len(self._frames) > FRAMES:
            self._frames.popitem(last=False)
        return where.picture(self._lines[-1]), where
