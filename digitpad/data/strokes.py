"""The network's input drawn from the strokes themselves, at MNIST's stroke width.

The canvas keeps every stroke as a line through the pointer's positions. A
picture of the canvas shows them at the brush's width, and that width is
fixed in canvas pixels: a digit drawn small with a wide brush becomes a blob
once it is scaled into MNIST's 20 px box, and one drawn large with a thin
brush becomes a hairline. MNIST's digits were all scanned pen strokes, about
two pixels wide in that box whatever their size.

``vector_input`` draws the same lines again, scaled so the digit fills the
20 px box, with a pen of MNIST's width, and then prepares the picture exactly
as ``preprocess.mnist_style`` prepares a canvas (crop, fit, centre of mass).
Whatever brush and size the user drew with, the network sees the same strokes.
Lines are the canvas's own smoothed curves (quadratic pieces through the
midpoints of the samples); the eraser takes away what it covered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .preprocess import BOX, mnist_style

__all__ = ["PenStroke", "network_input", "vector_input", "smoothed", "render", "too_small", "MNIST_STROKE",
           "SUPERSAMPLE", "LEAST_SPAN"]

MNIST_STROKE = 2.2
"""Pen width in pixels of the 28x28 input (MNIST's strokes measure 2.0 at half intensity)."""

SUPERSAMPLE = 4
"""The digit is drawn at this many times the 20 px box, then area-averaged down (smooth edges)."""

_CURVE_STEPS = 4  # straight pieces per quadratic curve

LEAST_SPAN = 1.0
"""The least span of a drawing's lines, in widths of its widest pen, for it to be read as a digit:
its ink is then at least two pen widths across. A click, a dot or a dash is less; scaled up to
fill the 20 px box it becomes a blob the network reads as anything ("4 or 9?"). A digit drawn
small, at 15% of the canvas with the default brush, spans twice that."""


@dataclass(frozen=True)
class PenStroke:
    """One stroke as the canvas keeps it: points in unit coordinates (y down), width as a fraction."""

    points: tuple[tuple[float, float], ...]
    width: float
    erase: bool = False


def smoothed(points) -> np.ndarray:
    """The polyline the canvas paints for ``points``: line to the first midpoint, quadratic
    curves through each sample to the next midpoint, line to the last sample. (n, 2)."""
    p = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    if len(p) < 3:
        return p
    mids = (p[:-1] + p[1:]) / 2
    t = (np.arange(1, _CURVE_STEPS + 1) / _CURVE_STEPS)[:, None, None]
    a, b, c = mids[:-1], p[1:-1], mids[1:]  # each curve: from a, controlled by b, to c
    curves = (1 - t) ** 2 * a + 2 * (1 - t) * t * b + t ** 2 * c  # (steps, curves, 2)
    body = curves.transpose(1, 0, 2).reshape(-1, 2)
    return np.concatenate([p[:1], mids[:1], body, p[-1:]])


def render(lines, shape, widths, erase=None) -> np.ndarray:
    """Polylines (pixel coordinates, x right, y down) with round ends, antialiased: float (H, W) 0..1.

    A pixel's coverage is taken from its centre's distance to the nearest
    segment (1 inside, falling linearly to 0 over one pixel at the edge).
    Lines marked ``erase`` take away what they cover, in order.
    """
    h, w = shape
    ink = np.zeros(h * w)
    for k, line in enumerate(lines):
        cover = np.zeros(h * w)
        for _ in cover_line(cover, np.asarray(line, float).reshape(-1, 2), widths[k] / 2, (h, w)):
            pass
        compose(ink, cover, erase is not None and erase[k])
    return ink.reshape(h, w)


def cover_line(out: np.ndarray, line: np.ndarray, radius: float, shape, chunk: float = math.inf):
    """Raise ``out`` (h * w,) to the coverage of a round-ended polyline (pixel coordinates): a
    generator that does it ``chunk`` pixel measurements at a time, yielding how many it made.

    Only the pieces that can reach the picture are measured, and a line that covers every
    pixel fully (an eraser far wider than the picture) is not measured at all: the result is
    the same to the last bit, and an eraser drawn after a dot or a tiny mark, hundreds of
    thousands of pixels wide at that scale, costs no more than one on a digit.
    """
    if not len(line):
        return
    if covers_picture(line, radius, shape):
        out[:] = 1.0
        return
    a, b = pieces(line, radius, shape)
    per_piece = window_pixels(radius, shape)
    step = int(max(1, min(len(a), chunk // per_piece)))
    for k in range(0, len(a), step):
        cover_pieces(out, a[k:k + step], b[k:k + step], radius, shape)
        yield len(a[k:k + step]) * per_piece


def compose(ink: np.ndarray, cover: np.ndarray, erase: bool) -> None:
    """Lay one line's ``cover`` on ``ink``, in place: more ink, or the eraser taking ink away."""
    if erase:
        ink *= 1.0 - cover
    else:
        np.maximum(ink, cover, out=ink)


_PIECE = 2.0  # pixels: longer segments are cut into pieces this long, so one window fits each


def window_pixels(radius: float, shape=None) -> int:
    """How many pixels ``cover_pieces`` measures around each piece of a line of ``radius``
    (in a picture of ``shape``, no more than it has)."""
    side = _window_side(radius + 1.0)
    if shape is None:
        return side * side
    return min(side, shape[0]) * min(side, shape[1])


def _window_side(reach: float) -> int:
    return int(np.ceil(_PIECE + 2 * reach)) + 2


def cover_pieces(out: np.ndarray, a: np.ndarray, b: np.ndarray, radius: float, shape) -> None:
    """Raise ``out`` (h * w,) to the coverage of the pieces ``a[i]``-``b[i]`` of a round-ended line.

    Each short piece is measured only against the pixels of a small square
    window around it, all pieces at once; a window is moved (and cut) to lie in
    the picture, which changes nothing: the pixels it leaves are outside, those
    it takes in are out of the piece's reach. A line covers a pixel as much as
    the piece that covers it most, so its pieces may be laid down a few at a
    time, in any order, with the same result to the last bit.
    """
    h, w = shape
    reach = radius + 1.0
    side = _window_side(reach)
    side_x, side_y = min(side, w), min(side, h)
    corner = np.floor(np.minimum(a, b) - reach).astype(int)              # (m, 2) x, y
    oy, ox = np.mgrid[0:side_y, 0:side_x]
    px = np.clip(corner[:, 0], 0, w - side_x)[:, None] + ox.ravel()[None, :]   # (m, window)
    py = np.clip(corner[:, 1], 0, h - side_y)[:, None] + oy.ravel()[None, :]
    ab = b - a
    length2 = np.maximum((ab ** 2).sum(axis=1), 1e-12)[:, None]
    rx, ry = px + 0.5 - a[:, None, 0], py + 0.5 - a[:, None, 1]
    t = np.clip((rx * ab[:, None, 0] + ry * ab[:, None, 1]) / length2, 0.0, 1.0)
    dist = np.hypot(rx - t * ab[:, None, 0], ry - t * ab[:, None, 1])
    cover = np.clip(radius - dist + 0.5, 0.0, 1.0)
    inside = cover > 0
    np.maximum.at(out, py[inside] * w + px[inside], cover[inside])


def pieces(line: np.ndarray, radius: float, shape) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the line's segments cut at most ``_PIECE`` long; a dot is one empty
    piece. Only the pieces that can come within the line's ``radius`` of the picture of
    ``shape`` (the others cover none of its pixels)."""
    if len(line) == 1:
        return line, line
    a, b = line[:-1], line[1:]
    cuts = np.maximum(1, np.ceil(np.hypot(*(b - a).T) / _PIECE).astype(int))
    first, last = _near(a, b, cuts, radius, shape)
    counts = last - first
    seg = np.repeat(np.arange(len(a)), counts)
    step = np.arange(len(seg)) - np.repeat(np.cumsum(counts) - counts, counts) + first[seg]
    f0 = (step / cuts[seg])[:, None]
    f1 = ((step + 1) / cuts[seg])[:, None]
    d = (b - a)[seg]
    return a[seg] + f0 * d, a[seg] + f1 * d


def _near(a, b, cuts, radius: float, shape):
    """Per segment a-b cut in ``cuts`` pieces, the pieces [first, last) that come within reach
    of the picture: those near the chord of the circle round its middle that holds every point
    a piece covering one of its pixels can have (with a few pixels to spare)."""
    h, w = shape
    middle = np.array([w / 2.0, h / 2.0])
    far = radius + 0.5 + math.hypot(w, h) / 2 + 2 * _PIECE
    d = b - a
    length2 = np.maximum((d ** 2).sum(axis=1), 1e-12)
    t = ((middle - a) * d).sum(axis=1) / length2       # where the segment's line passes nearest
    gap2 = ((a + t[:, None] * d - middle) ** 2).sum(axis=1)
    half = np.sqrt(np.maximum(far * far - gap2, 0.0) / length2)
    first = np.clip(np.floor((t - half) * cuts) - 1, 0, cuts).astype(int)
    last = np.clip(np.ceil((t + half) * cuts) + 1, 0, cuts).astype(int)
    reached = gap2 < far * far
    return np.where(reached, first, 0), np.where(reached, np.maximum(first, last), 0)


def covers_picture(line: np.ndarray, radius: float, shape) -> bool:
    """Whether a line (pixel coordinates) of ``radius`` covers every pixel of the picture fully:
    a piece's end lies within half a piece of the line's point nearest the picture's middle, and
    if that is well within the radius of the farthest pixel, every pixel's coverage is 1.0."""
    h, w = shape
    room = radius - 0.5 - math.hypot(w, h) / 2 - _PIECE / 2 - 1e-3
    if room <= 0:
        return False
    middle = np.array([w / 2.0, h / 2.0])
    if len(line) == 1:
        return float(np.hypot(*(line[0] - middle))) <= room
    a, d = line[:-1], line[1:] - line[:-1]
    t = np.clip(((middle - a) * d).sum(axis=1) / np.maximum((d ** 2).sum(axis=1), 1e-12), 0.0, 1.0)
    return float(np.hypot(*(a + t[:, None] * d - middle).T).min()) <= room


def too_small(strokes) -> bool:
    """Whether the drawn (not erased) lines of ``strokes`` span less than ``LEAST_SPAN`` widths
    of the widest pen that drew them, across and down: a mark too small to be a digit. Where the
    eraser went, what it left is measured (a dot left of a digit is a dot)."""
    read = _read_from_scratch(strokes, MNIST_STROKE)
    if read is None:
        return False
    _, lo, hi = read
    return spans_too_little(lo, hi, max(s.width for s in strokes if not s.erase and len(s.points)))


def spans_too_little(lo, hi, widest: float, least: float = LEAST_SPAN) -> bool:
    """Whether lines whose box is lo..hi (unit coordinates) span less than ``least`` widths of
    ``widest``, the widest pen that drew them, across and down."""
    return float((np.asarray(hi) - np.asarray(lo)).max()) < least * widest


def vector_input(strokes, stroke_px: float = MNIST_STROKE) -> np.ndarray | None:
    """Strokes (``PenStroke``s, oldest first) -> the (28, 28) uint8 input, or None if nothing is drawn.

    The drawn lines' extent plus a pen of ``stroke_px`` is made to fill the
    20 px box (at ``SUPERSAMPLE`` times its size), so the pen is ``stroke_px``
    wide once ``mnist_style`` has brought the digit down to 20 px. When the
    eraser took away the ends of the digit, the lines are measured again on
    what is left and drawn once more at that size.
    """
    read = _read_from_scratch(strokes, stroke_px)
    return None if read is None else mnist_style(read[0] * 255.0)


def _read_from_scratch(strokes, stroke_px: float):
    """(picture, lo, hi): the lines of ``strokes`` drawn to fill the box at ``SUPERSAMPLE``, and
    the box lo..hi (unit coordinates) of the lines it shows, what the eraser left of them; None
    if nothing is drawn."""
    lines = [smoothed(s.points) for s in strokes]
    drawn = [line for line, s in zip(lines, strokes) if not s.erase and len(line)]
    if not drawn:
        return None
    pts = np.concatenate(drawn)
    pen = stroke_px * SUPERSAMPLE
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    picture, origin, scale = _draw(lines, strokes, lo, hi, pen)
    if any(s.erase for s in strokes):
        box = left_by_the_eraser(picture, origin, scale, pen)
        if box is not None:
            lo, hi = box
            picture, _, _ = _draw(lines, strokes, lo, hi, pen)
    return picture, lo, hi


def frame(lo, hi, pen: float):
    """Where the box lo..hi (unit coordinates) plus the pen fills the 20 px box at ``SUPERSAMPLE``:
    (origin in unit coordinates, pixels per unit, (height, width) of the picture)."""
    extent = float(max((hi - lo).max(), 1e-6))
    scale = (BOX * SUPERSAMPLE - pen) / extent
    size = np.ceil((hi - lo) * scale + pen + 2).astype(int)
    origin = lo - (pen / 2 + 1) / scale
    return origin, scale, (int(size[1]), int(size[0]))


def left_by_the_eraser(picture, origin, scale, pen: float):
    """The box (lo, hi in unit coordinates) of the lines the eraser left in ``picture``, or None."""
    if picture.max() <= 0:
        return None
    rows = np.flatnonzero(picture.max(axis=1) > 0.5)
    cols = np.flatnonzero(picture.max(axis=0) > 0.5)
    if not (len(rows) and len(cols)):
        return None
    lo = origin + (np.array([cols[0], rows[0]]) + pen / 2) / scale
    hi = origin + (np.array([cols[-1] + 1, rows[-1] + 1]) - pen / 2) / scale
    return lo, np.maximum(hi, lo)


def _draw(lines, strokes, lo, hi, pen: float):
    """Render ``lines`` in the ``frame`` of lo..hi: (picture, origin in unit coordinates, pixels per unit)."""
    origin, scale, shape = frame(lo, hi, pen)
    pixel_lines = [(line - origin) * scale for line in lines]
    widths = [s.width * scale if s.erase else pen for s in strokes]
    picture = render(pixel_lines, shape, widths, [s.erase for s in strokes])
    return picture, origin, scale


def network_input(strokes, pixels) -> np.ndarray | None:
    """The network's input for a whole drawing, read from scratch: from the strokes
    (``vector_input``) when the canvas holds only strokes, from its picture
    (``mnist_style``) when a loaded picture is part of it (None). The Draw tab gives the
    same input a move at a time (``LiveInput``); this is the reference it is checked and
    timed against."""
    if strokes is None:
        return mnist_style(pixels)
    return vector_input(strokes)
