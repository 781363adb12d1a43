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

from dataclasses import dataclass

import numpy as np

from .preprocess import BOX, mnist_style

__all__ = ["PenStroke", "network_input", "vector_input", "smoothed", "render", "MNIST_STROKE", "SUPERSAMPLE"]

MNIST_STROKE = 2.2
"""Pen width in pixels of the 28x28 input (MNIST's strokes measure 2.0 at half intensity)."""

SUPERSAMPLE = 4
"""The digit is drawn at this many times the 20 px box, then area-averaged down (smooth edges)."""

_CURVE_STEPS = 4  # straight pieces per quadratic curve


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
        cover = _line_cover(np.asarray(line, float).reshape(-1, 2), widths[k] / 2, h, w)
        if erase is not None and erase[k]:
            ink *= 1.0 - cover
        else:
            np.maximum(ink, cover, out=ink)
    return ink.reshape(h, w)


_PIECE = 2.0  # pixels: longer segments are cut into pieces this long, so one window fits each


def _line_cover(line: np.ndarray, radius: float, h: int, w: int) -> np.ndarray:
    """Coverage (h * w,) of one round-ended polyline of ``radius``.

    Each short piece of the line is measured only against the pixels of a
    small square window around it, all pieces at once.
    """
    a, b = _pieces(line)
    reach = radius + 1.0
    side = int(np.ceil(_PIECE + 2 * reach)) + 2
    corner = np.floor(np.minimum(a, b) - reach).astype(int)              # (m, 2) x, y
    oy, ox = np.mgrid[0:side, 0:side]
    px = corner[:, None, 0] + ox.ravel()[None, :]                          # (m, side * side)
    py = corner[:, None, 1] + oy.ravel()[None, :]
    ab = b - a
    length2 = np.maximum((ab ** 2).sum(axis=1), 1e-12)[:, None]
    rx, ry = px + 0.5 - a[:, None, 0], py + 0.5 - a[:, None, 1]
    t = np.clip((rx * ab[:, None, 0] + ry * ab[:, None, 1]) / length2, 0.0, 1.0)
    dist = np.hypot(rx - t * ab[:, None, 0], ry - t * ab[:, None, 1])
    cover = np.clip(radius - dist + 0.5, 0.0, 1.0)
    inside = (px >= 0) & (px < w) & (py >= 0) & (py < h) & (cover > 0)
    out = np.zeros(h * w)
    np.maximum.at(out, py[inside] * w + px[inside], cover[inside])
    return out


def _pieces(line: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the line's segments cut at most ``_PIECE`` long; a dot is one empty piece."""
    if len(line) == 1:
        return line, line
    a, b = line[:-1], line[1:]
    cuts = np.maximum(1, np.ceil(np.hypot(*(b - a).T) / _PIECE).astype(int))
    seg = np.repeat(np.arange(len(a)), cuts)
    step = np.arange(len(seg)) - np.repeat(np.cumsum(cuts) - cuts, cuts)
    f0 = (step / cuts[seg])[:, None]
    f1 = ((step + 1) / cuts[seg])[:, None]
    d = (b - a)[seg]
    return a[seg] + f0 * d, a[seg] + f1 * d


def vector_input(strokes, stroke_px: float = MNIST_STROKE) -> np.ndarray | None:
    """Strokes (``PenStroke``s, oldest first) -> the (28, 28) uint8 input, or None if nothing is drawn.

    The drawn lines' extent plus a pen of ``stroke_px`` is made to fill the
    20 px box (at ``SUPERSAMPLE`` times its size), so the pen is ``stroke_px``
    wide once ``mnist_style`` has brought the digit down to 20 px. When the
    eraser took away the ends of the digit, the lines are measured again on
    what is left and drawn once more at that size.
    """
    lines = [smoothed(s.points) for s in strokes]
    drawn = [line for line, s in zip(lines, strokes) if not s.erase and len(line)]
    if not drawn:
        return None
    pts = np.concatenate(drawn)
    pen = stroke_px * SUPERSAMPLE
    picture, origin, scale = _draw(lines, strokes, pts.min(axis=0), pts.max(axis=0), pen)
    if any(s.erase for s in strokes) and picture.max() > 0:
        rows = np.flatnonzero(picture.max(axis=1) > 0.5)
        cols = np.flatnonzero(picture.max(axis=0) > 0.5)
        if len(rows) and len(cols):
            lo = origin + (np.array([cols[0], rows[0]]) + pen / 2) / scale
            hi = origin + (np.array([cols[-1] + 1, rows[-1] + 1]) - pen / 2) / scale
            picture, _, _ = _draw(lines, strokes, lo, np.maximum(hi, lo), pen)
    return mnist_style(picture * 255.0)


def _draw(lines, strokes, lo, hi, pen: float):
    """Render ``lines`` so that the box lo..hi (unit coordinates) plus the pen fills the
    20 px box at ``SUPERSAMPLE``: (picture, origin in unit coordinates, pixels per unit)."""
    extent = float(max((hi - lo).max(), 1e-6))
    scale = (BOX * SUPERSAMPLE - pen) / extent
    size = np.ceil((hi - lo) * scale + pen + 2).astype(int)
    origin = lo - (pen / 2 + 1) / scale
    pixel_lines = [(line - origin) * scale for line in lines]
    widths = [s.width * scale if s.erase else pen for s in strokes]
    picture = render(pixel_lines, (int(size[1]), int(size[0])), widths, [s.erase for s in strokes])
    return picture, origin, scale


def network_input(strokes, pixels) -> np.ndarray | None:
    """The Draw tab's input: from the strokes (``vector_input``) when the canvas holds only
    strokes, from its picture (``mnist_style``) when a loaded picture is part of it (None)."""
    if strokes is None:
        return mnist_style(pixels)
    return vector_input(strokes)
