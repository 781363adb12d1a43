"""How well the networks read digits that were drawn, not scanned.

    digitpad bench robustness [--n 2000] [--seed 0] [--weights shipped|PATH] [--book PATH]

MNIST's test digits are turned into drawings the way a person makes them in
the Draw tab:

1. the digit's ink is thinned to its centre line and the centre-line pixels
   are ordered into polyline strokes (``digitpad.data.centre_lines.trace``);
2. the strokes are slanted by a random shear (up to +-20 degrees), scaled so
   the digit is 40-90% of the canvas height and put at a random place, then
   drawn on the app's own ``Canvas`` widget with its default brush (Qt,
   offscreen);
3. the canvas's strokes go through the app's own preparation (``--input``:
   or its picture through ``mnist_style``) and the network, exactly as a
   drawing in the Draw tab does.

Everything is seeded. Printed: accuracy on the drawings beside the accuracy
on the same digits as MNIST ships them (and on the whole test set), for the
shipped weights and the book's, and the drawings' accuracy by size and slant.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from dataclasses import dataclass

import numpy as np

from ..cli import options
from ..data.centre_lines import trace
from ..nn.network import PIXEL_SCALE

SIDE = 28
MAX_SHEAR_DEG = 20.0
SIZE_RANGE = (0.40, 0.90)
SIZE_BUCKETS = ((0.40, 0.55), (0.55, 0.70), (0.70, 0.90))
SLANT_BUCKETS = ((-20.0, -7.0), (-7.0, 7.0), (7.0, 20.0))


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
    book = p.add_mutually_exclusive_group()   # its file is no use when it is not scored
    book.add_argument("--book", metavar="PATH", default=None, type=options.text,
                      help="the book's sample_weight.pkl, or the folder holding it (default: the "
                           "usual places; skipped if absent)")
    book.add_argument("--no-book", action="store_true", help="do not score the book's weights")
    p.add_argument("--brush", type=options.number(0, 280), default=None, metavar="PX",
                   help="brush diameter in canvas model pixels (default: the canvas's, 21 of 280)")
    p.add_argument("--input", choices=INPUTS, default="app",
                   help="how the canvas becomes the network's input: as the Draw tab does (app), "
                        "from its picture (raster) or from its strokes (vector)")


def book_network(args):
    """The book's network, to score beside the others (``add_model_options``): None with
    ``--no-book``, or when it is not found and ``--book`` did not name it (a line says so).
    A ``--book`` that cannot be used raises its WeightsError: the command's one-line error."""
    from ..models import check_digit_network, load_book
    from ..nn.network import WeightsError

    if args.no_book:
        return None
    try:
        return check_digit_network(load_book(args.book)).network
    except WeightsError as e:
        if args.book:
            raise
        print(f"(book's weights not scored: {e})")
        return None


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
    from ..models import resolve
    from ..nn.blas import limit_blas_threads

    models = []
    for spec in args.weights or ["shipped"]:
        m = resolve(spec)
        models.append(("shipped" if spec == "shipped" else spec, m.network))
    book = book_network(args)
    if book is not None:
        models.append(("book", book))

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
