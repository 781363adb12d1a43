"""How well the networks read digits that were drawn, not scanned.

    digitpad bench robustness [--n 2000] [--seed 0] [--weights shipped|PATH] [--book PATH]
    python benchmarks/robustness.py ...

MNIST's test digits are turned into drawings the way a person makes them in
the Draw tab:

1. the digit's ink is thinned to its centre line (Zhang-Suen thinning, one
   whole-image NumPy pass per sub-iteration, at twice MNIST's resolution);
2. the centre-line pixels are ordered into polyline strokes (walks along the
   8-neighbour graph, endpoints first);
3. the strokes are slanted by a random shear (up to +-20 degrees), scaled so
   the digit is 40-90% of the canvas height and put at a random place, then
   drawn on the app's own ``Canvas`` widget with its default brush (Qt,
   offscreen);
4. the canvas's strokes go through the app's own preparation (``--input``:
   or its picture through ``mnist_style``) and the network, exactly as a
   drawing in the Draw tab does.

Everything is seeded. Printed: accuracy on the drawings beside the accuracy
on the same digits as MNIST ships them (and on the whole test set), for the
shipped weights and the book's, and the drawings' accuracy by size and slant.
"""

from __future__ import annotations

import argparse
import functools
import math
import os
import sys
import time
from dataclasses import dataclass

import numpy as np

from ..cli import options
from ..nn.network import PIXEL_SCALE

SIDE = 28
MAX_SHEAR_DEG = 20.0
SIZE_RANGE = (0.40, 0.90)
SIZE_BUCKETS = ((0.40, 0.55), (0.55, 0.70), (0.70, 0.90))
SLANT_BUCKETS = ((-20.0, -7.0), (-7.0, 7.0), (7.0, 20.0))


# centre lines ---------------------------------------------------------------------

def skeleton(image28, level: int = 100) -> np.ndarray:
    """Zhang-Suen thinning of the ink (pixels >= ``level``): a one-pixel-wide centre line (bools).

    Each sub-iteration looks at every pixel's 8 neighbours p2..p9 at once
    (shifted views of the padded image) and removes the boundary pixels whose
    removal keeps the shape connected; it stops when nothing changes.
    """
    img = np.pad(np.asarray(image28) >= level, 1).astype(np.uint8)
    changed = True
    while changed:
        changed = False
        for step in (0, 1):
            P = img
            p2, p3, p4 = P[:-2, 1:-1], P[:-2, 2:], P[1:-1, 2:]
            p5, p6, p7 = P[2:, 2:], P[2:, 1:-1], P[2:, :-2]
            p8, p9 = P[1:-1, :-2], P[:-2, :-2]
            ring = (p2, p3, p4, p5, p6, p7, p8, p9, p2)
            B = sum(r.astype(np.int8) for r in ring[:8])
            A = sum(((ring[k] == 0) & (ring[k + 1] == 1)).astype(np.int8) for k in range(8))
            if step == 0:
                c1, c2 = p2 & p4 & p6, p4 & p6 & p8
            else:
                c1, c2 = p2 & p4 & p8, p2 & p6 & p8
            core = P[1:-1, 1:-1]
            remove = (core == 1) & (B >= 2) & (B <= 6) & (A == 1) & (c1 == 0) & (c2 == 0)
            if remove.any():
                core[remove] = 0
                changed = True
    return img[1:-1, 1:-1].astype(bool)


_STEPS = ((0, 1), (1, 0), (0, -1), (-1, 0), (1, 1), (1, -1), (-1, 1), (-1, -1))


def strokes_from_skeleton(sk) -> list[list[tuple[float, float]]]:
    """Order centre-line pixels into polylines of (x, y) pixel-centre coordinates.

    The pixels are nodes of a graph whose edges join 8-neighbours; a diagonal
    edge is left out where the two pixels already meet through a shared
    4-neighbour (it would only add a little triangle). Every edge is walked
    once: walks start at endpoints (odd degree) while there are any, and go
    on while an unwalked edge leaves the current pixel, straight steps first.
    A pixel with no neighbours is a dot (a one-point stroke).
    """
    sk = np.asarray(sk, bool)
    on = set(zip(*(a.tolist() for a in np.nonzero(sk))))

    def neighbours(p):
        y, x = p
        out = []
        for dy, dx in _STEPS:
            q = (y + dy, x + dx)
            if q not in on:
                continue
            if dy and dx and ((y + dy, x) in on or (y, x + dx) in on):
                continue
            out.append(q)
        return out

    adj = {p: neighbours(p) for p in on}
    unwalked = {p: set(qs) for p, qs in adj.items()}
    strokes: list[list[tuple[float, float]]] = []
    for p in sorted(on):
        if not adj[p]:
            strokes.append([(p[1] + 0.5, p[0] + 0.5)])
    while True:
        live = [p for p in sorted(unwalked) if unwalked[p]]
        if not live:
            break
        odd = [p for p in live if len(unwalked[p]) % 2 == 1]
        p = odd[0] if odd else live[0]
        path = [p]
        while unwalked[p]:
            q = next(n for n in adj[p] if n in unwalked[p])  # adj keeps the step order
            unwalked[p].discard(q)
            unwalked[q].discard(p)
            path.append(q)
            p = q
        strokes.append([(x + 0.5, y + 0.5) for y, x in path])
    return strokes


def upsample2(image) -> np.ndarray:
    """An image at twice the resolution, by bilinear interpolation (pixel centres kept in place)."""
    a = np.asarray(image, dtype=np.float64)
    return _linear_2x(a.shape[0]) @ a @ _linear_2x(a.shape[1]).T


@functools.lru_cache(maxsize=8)
def _linear_2x(n: int) -> np.ndarray:
    """(2n, n): row i interpolates the input at (i + 0.5) / 2 - 0.5, clamped to the edge pixels."""
    t = np.clip((np.arange(2 * n) + 0.5) / 2 - 0.5, 0, n - 1)
    j = np.minimum(np.floor(t).astype(int), n - 2)
    f = t - j
    m = np.zeros((2 * n, n))
    m[np.arange(2 * n), j] = 1 - f
    m[np.arange(2 * n), j + 1] = f
    return m


def trace(image28, level: int = 100) -> list[list[tuple[float, float]]]:
    """Strokes along a digit's centre line, in the image's pixel coordinates (0..28 across).

    The image is thinned at twice its resolution: on the coarse grid the
    centre line of a thick stroke snaps to whole pixels and small holes (the
    eye of a 6 or an 8 drawn thick) close up; at double resolution the redrawn
    digits match their originals better (ink overlap 0.59 against 0.55 on 300
    training digits redrawn upright at 70% of the canvas).
    """
    strokes = strokes_from_skeleton(skeleton(upsample2(image28), level))
    return [[(x / 2, y / 2) for x, y in s] for s in strokes]


# drawings --------------------------------------------------------------------------

@dataclass(frozen=True)
class Placement:
    """How one digit is drawn: height as a fraction of the canvas, slant in degrees, top-left corner."""

    size: float
    slant: float
    left: float
    top: float


def place(strokes, size: float, slant_deg: float, u: tuple[float, float],
          margin: float) -> tuple[list[list[tuple[float, float]]], Placement]:
    """Slant, scale and position strokes (pixel coordinates) into unit canvas coordinates.

    The shear x += tan(slant) (cy - y) tilts the tops to the right for a
    positive slant, about the digit's middle. The centre line's height becomes
    ``size`` of the canvas (less if the slanted digit would be wider than the
    canvas allows); ``u`` (two numbers in [0, 1)) picks the position among
    those that keep the ink ``margin`` away from the edges.
    """
    pts = np.concatenate([np.asarray(s, float) for s in strokes])
    cy = (pts[:, 1].min() + pts[:, 1].max()) / 2
    k = math.tan(math.radians(slant_deg))
    sheared = [np.column_stack([np.asarray(s, float)[:, 0] + k * (cy - np.asarray(s, float)[:, 1]),
                                np.asarray(s, float)[:, 1]]) for s in strokes]
    allp = np.concatenate(sheared)
    lo, hi = allp.min(axis=0), allp.max(axis=0)
    extent = np.maximum(hi - lo, 1.0)  # a dot or a straight line still has a size
    room = 1 - 2 * margin
    scale = min(size * room / extent[1], room / extent[0])
    w, h = extent * scale
    left = margin + u[0] * (room - w)
    top = margin + u[1] * (room - h)
    out = [[(float(left + (x - lo[0]) * scale), float(top + (y - lo[1]) * scale)) for x, y in s]
           for s in sheared]
    return out, Placement(float(h / room), float(slant_deg), float(left), float(top))


def draw(canvas, strokes) -> np.ndarray:
    """Clear ``canvas``, draw ``strokes`` (unit coordinates) with its brush; its image (uint8)."""
    canvas.blockSignals(True)
    try:
        canvas.clear()
        for points in strokes:
            canvas.draw_stroke(points)
    finally:
        canvas.blockSignals(False)
    return canvas.image_array()


def make_drawings(images28, seed: int = 0, canvas=None, progress=None, brush: float | None = None,
                  how: str = "app", sizes: tuple[float, float] = SIZE_RANGE):
    """Each image drawn on the canvas and prepared as ``how`` says (see ``prepare``):
    (inputs (N, 784) uint8, placements).

    ``brush`` is the brush diameter in model pixels (default: the canvas's own);
    ``sizes`` the range of heights, as fractions of the canvas.
    """
    from ..ui.canvas import MODEL_SIDE, Canvas

    if canvas is None:
        _qt_app()
        canvas = Canvas()
    if brush is not None:
        canvas.set_brush_width(brush)
    rng = np.random.default_rng(seed)
    n = len(images28)
    inputs = np.zeros((n, SIDE * SIDE), np.uint8)
    placements = []
    margin = 0.5 * canvas.brush_width / MODEL_SIDE + 0.01
    for i, image in enumerate(images28):
        size = rng.uniform(*sizes)
        slant = rng.uniform(-MAX_SHEAR_DEG, MAX_SHEAR_DEG)
        u = (rng.random(), rng.random())
        strokes = trace(np.asarray(image).reshape(SIDE, SIDE))
        if not strokes:  # no ink above the threshold: leave the input blank
            placements.append(Placement(size, slant, 0.0, 0.0))
            continue
        unit, placement = place(strokes, size, slant, u, margin)
        prepared = prepare(canvas, draw(canvas, unit), how)
        if prepared is not None:
            inputs[i] = prepared.reshape(-1)
        placements.append(placement)
        if progress is not None and (i + 1) % 250 == 0:
            progress(i + 1, n)
    return inputs, placements


INPUTS = ("app", "raster", "vector")
INPUT_TEXT = {"app": "prepared as the Draw tab prepares it (from the strokes)",
              "raster": "prepared from the canvas picture by mnist_style",
              "vector": "drawn from the strokes at MNIST's stroke width by vector_input"}


def prepare(canvas, image, how: str = "app"):
    """The (28, 28) input for what is on ``canvas`` (its picture is ``image``), or None if blank:
    as the Draw tab makes it ("app"), from the picture by ``mnist_style`` ("raster"),
    or from the strokes by ``vector_input`` ("vector")."""
    from ..data.preprocess import mnist_style
    from ..data.strokes import network_input, vector_input

    if how == "raster":
        return mnist_style(image)
    if how == "vector":
        return vector_input(canvas.strokes() or [])
    return network_input(canvas.strokes(), image)


def _qt_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication([])


# scoring ---------------------------------------------------------------------------

def predictions(network, images) -> np.ndarray:
    """The class ``network`` picks for each uint8 row (N, 784), pixels / 255 as in training."""
    return network.predict(np.asarray(images), input_scale=PIXEL_SCALE).argmax(axis=1)


def breakdown(right: np.ndarray, placements) -> list[tuple[str, int, float]]:
    """(bucket name, count, accuracy) by size and by slant.

    The outer buckets are open-ended: a digit too wide for its drawn height
    to fit comes out a little smaller than asked, and still counts as small.
    """
    rows = []
    for what, values, buckets, fmt in (
            ("size", np.array([p.size for p in placements]), SIZE_BUCKETS, "{:.0%}-{:.0%}"),
            ("slant", np.array([p.slant for p in placements]), SLANT_BUCKETS,
             "{:+.0f} to {:+.0f} deg")):
        edges = [hi for _, hi in buckets[:-1]]
        which = np.searchsorted(edges, values, side="right")
        for k, (lo, hi) in enumerate(buckets):
            m = which == k
            rows.append((f"{what} {fmt.format(lo, hi)}", int(m.sum()), _mean(right[m])))
    return rows


def _mean(a) -> float:
    return float(np.mean(a)) if len(a) else float("nan")


def _size_range(text: str) -> tuple[float, float]:
    """'0.2-0.35' -> (0.2, 0.35), for --sizes."""
    try:
        lo, hi = (float(v) for v in text.split("-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected two fractions like 0.2-0.35") from None
    if not 0.05 <= lo <= hi <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r}: sizes must satisfy 0.05 <= LO <= HI <= 1")
    return lo, hi


def add_model_options(p: argparse.ArgumentParser) -> None:
    """The options the drawing benchmarks share: which networks to score, and the brush."""
    p.add_argument("--weights", action="append", default=None, metavar="shipped|PATH",
                   type=options.text,
                   help="a network to score (repeatable; default: shipped)")
    p.add_argument("--book", metavar="PATH", default=None, type=options.text,
                   help="the book's sample_weight.pkl (default: the usual places; skipped if absent)")
    p.add_argument("--no-book", action="store_true", help="do not score the book's weights")
    p.add_argument("--brush", type=options.number(0, 280), default=None, metavar="PX",
                   help="brush diameter in canvas model pixels (default: the canvas's, 21 of 280)")
    p.add_argument("--input", choices=INPUTS, default="app",
                   help="how the canvas becomes the network's input: as the Draw tab does (app), "
                        "from its picture (raster) or from its strokes (vector)")


def main(argv=None) -> int:
    p = options.Parser(prog="digitpad bench robustness",
                       description="MNIST test digits redrawn on the canvas: accuracy per model")
    p.add_argument("--n", type=options.whole(1), default=2000, help="digits to draw (default 2000)")
    p.add_argument("--seed", type=options.whole(0, 2 ** 32 - 1), default=0,
                   help="picks the digits and their placement")
    p.add_argument("--mnist", metavar="PATH", default=None, type=options.text,
                   help="MNIST folder (default: search)")
    p.add_argument("--sizes", type=_size_range, default=SIZE_RANGE, metavar="LO-HI",
                   help=f"digit heights as fractions of the canvas (default {SIZE_RANGE[0]:g}-{SIZE_RANGE[1]:g})")
    add_model_options(p)
    args = p.parse_args(argv)

    from ..data.mnist import load_mnist
    from ..models import check_digit_network, load_book, resolve
    from ..nn.blas import limit_blas_threads
    from ..nn.network import WeightsError

    models = []
    for spec in args.weights or ["shipped"]:
        m = resolve(spec)
        models.append(("shipped" if spec == "shipped" else spec, m.network))
    if not args.no_book:
        try:
            models.append(("book", check_digit_network(load_book(args.book)).network))
        except WeightsError as e:
            if args.book:
                print(f"error: {e}", file=sys.stderr)
                return 2
            print(f"(book's weights not scored: {e})")

    X, y = load_mnist("test", args.mnist)
    rng = np.random.default_rng(args.seed)
    n = min(args.n, len(y))
    pick = np.sort(rng.choice(len(y), n, replace=False))
    images, labels = X[pick], y[pick].astype(np.intp)

    t0 = time.perf_counter()
    from ..ui.canvas import DEFAULT_BRUSH
    brush = DEFAULT_BRUSH if args.brush is None else args.brush
    drawn, placements = make_drawings(images.reshape(n, SIDE, SIDE), seed=args.seed + 1, brush=brush,
                                      how=args.input, sizes=args.sizes,
                                      progress=lambda i, total: print(f"  drawn {i}/{total}",
                                                                      file=sys.stderr, flush=True))
    seconds = time.perf_counter() - t0
    print(f"{n} MNIST test digits (seed {args.seed}) traced along their centre lines and drawn "
          f"on the canvas with a {brush:g} px brush, {args.sizes[0]:.0%}-{args.sizes[1]:.0%} of its "
          f"height, slant +-{MAX_SHEAR_DEG:.0f} deg, {INPUT_TEXT[args.input]} ({seconds:.1f} s)\n")

    results = []
    with limit_blas_threads(1):
        for name, net in models:
            full = float(np.mean(net.predict(X, input_scale=PIXEL_SCALE).argmax(axis=1) == y))
            same = float(np.mean(predictions(net, images) == labels))
            right = predictions(net, drawn) == labels
            results.append((name, full, same, right))

    w = max(len(name) for name, *_ in results) + 2
    print(f"{'model':{w}s} {'MNIST test (10k)':>17s} {f'same {n} digits':>17s} {'drawn':>8s}")
    for name, full, same, right in results:
        print(f"{name:{w}s} {full:17.2%} {same:17.2%} {float(np.mean(right)):8.2%}")
    print()
    print(f"{'drawn, by':24s} {'n':>5s} " + " ".join(f"{name[-10:]:>10s}" for name, *_ in results))
    tables = [breakdown(right, placements) for *_, right in results]
    for k, (bucket, count, _) in enumerate(tables[0]):
        print(f"{bucket:24s} {count:5d} " + " ".join(f"{t[k][2]:10.2%}" for t in tables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
