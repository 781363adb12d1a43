"""How well the networks read real people's handwriting, drawn on the canvas.

    digitpad bench pen [--data FILE] [--seed 0] [--weights shipped|PATH] [--book PATH] [--brush PX]

Real pen trajectories (the UNIPEN-style file read by ``data.pendigits``, found
with ``--data`` or ``$DIGITPAD_PENDIGITS``) are replayed the way a person draws
on the Draw tab:

1. each digit's strokes, in the order and direction they were written, are
   flipped to y pointing down (the tablet records y up);
2. scaled so the digit is 30-85% of the canvas height (aspect kept) and put
   anywhere on it, seeded;
3. drawn on the app's own ``Canvas`` widget with its default brush (Qt,
   offscreen), the same smoothed path a mouse stroke gets;
4. the canvas image goes through the app's own preparation and the network,
   exactly as a drawing in the Draw tab does.

Printed for each network: accuracy overall, per digit, per writer (and the
worst writer) and the most frequent confusions. A network whose model card
lists pen writers it was trained on is scored only on the other writers,
since a writer's digits look alike and would flatter it.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

import numpy as np

from ..cli import options
from .robustness import INPUT_TEXT, Placement, add_model_options, book_network, draw, place, predictions, prepare

SIZE_RANGE = (0.30, 0.85)
SIZE_BUCKETS = ((0.30, 0.50), (0.50, 0.70), (0.70, 0.85))


# drawings --------------------------------------------------------------------------

def y_down(strokes) -> list[np.ndarray]:
    """Tablet strokes (y up) as screen strokes (y down), same units."""
    return [np.column_stack([np.asarray(s, float)[:, 0], -np.asarray(s, float)[:, 1]]) for s in strokes]


def placements(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(sizes (n,), positions (n, 2) in [0, 1)) for n digits, from ``seed`` alone."""
    rng = np.random.default_rng(seed)
    sizes = rng.uniform(*SIZE_RANGE, size=n)
    return sizes, rng.random((n, 2))


def make_drawings(digits, seed: int = 0, canvas=None, brush: float | None = None, progress=None,
                  how: str = "app"):
    """Each pen digit drawn on the canvas and prepared as ``how`` says (``robustness.prepare``).

    Returns (inputs (N, 784) uint8, placements). ``brush`` is the brush
    diameter in model pixels (default: the canvas's own).
    """
    from ..ui.canvas import MODEL_SIDE, Canvas
    from .robustness import _qt_app

    if canvas is None:
        _qt_app()
        canvas = Canvas()
    if brush is not None:
        canvas.set_brush_width(brush)
    margin = 0.5 * canvas.brush_width / MODEL_SIDE + 0.01
    sizes, where = placements(len(digits), seed)
    inputs = np.zeros((len(digits), 28 * 28), np.uint8)
    placed: list[Placement] = []
    for i, digit in enumerate(digits):
        unit, placement = place(y_down(digit.strokes), sizes[i], 0.0, tuple(where[i]), margin)
        prepared = prepare(canvas, draw(canvas, unit), how)
        if prepared is not None:
            inputs[i] = prepared.reshape(-1)
        placed.append(placement)
        if progress is not None and (i + 1) % 1000 == 0:
            progress(i + 1, len(digits))
    return inputs, placed


# scores --------------------------------------------------------------------------

@dataclass
class Score:
    """One network's answers on the digits it is scored on."""

    name: str
    labels: np.ndarray     # (n,) true digits of the scored digits
    writers: np.ndarray    # (n,)
    predicted: np.ndarray  # (n,)
    unseen_only: bool      # True when writers it was trained on were left out

    @property
    def right(self) -> np.ndarray:
        return self.predicted == self.labels

    @property
    def accuracy(self) -> float:
        return float(np.mean(self.right)) if len(self.labels) else float("nan")

    def per_class(self) -> np.ndarray:
        """(10,) accuracy on each true digit (NaN where none was scored)."""
        return _grouped(self.right, self.labels, range(10))

    def per_writer(self, writers) -> np.ndarray:
        return _grouped(self.right, self.writers, writers)

    def worst_writer(self) -> tuple[int, float]:
        present = np.unique(self.writers)
        acc = self.per_writer(present)
        k = int(np.argmin(acc))
        return int(present[k]), float(acc[k])

    def confusions(self, top: int = 5) -> list[tuple[int, int, int, float]]:
        """The most frequent mistakes: (true, read as, count, share of that true digit)."""
        wrong = ~self.right
        pairs = np.zeros((10, 10), np.intp)
        np.add.at(pairs, (self.labels[wrong], self.predicted[wrong]), 1)
        totals = np.bincount(self.labels, minlength=10)
        order = np.argsort(-pairs, axis=None, kind="stable")[:top]
        out = []
        for flat in order:
            t, p = divmod(int(flat), 10)
            if pairs[t, p]:
                out.append((t, p, int(pairs[t, p]), pairs[t, p] / totals[t]))
        return out


def _grouped(right, keys, groups) -> np.ndarray:
    out = []
    for g in groups:
        m = keys == g
        out.append(float(np.mean(right[m])) if m.any() else float("nan"))
    return np.array(out)


def score(name: str, network, inputs, labels, writers, seen_writers=()) -> Score:
    """``network``'s answers on the drawn ``inputs``, leaving out the writers it was trained on."""
    keep = ~np.isin(writers, list(seen_writers))
    predicted = predictions(network, inputs[keep]) if keep.any() else np.zeros(0, np.intp)
    return Score(name, labels[keep], writers[keep], predicted, bool((~keep).any()))


def trained_writers(card: dict, file_sha256: str | None = None) -> list[int]:
    """The pen writers a model card says its network was trained on (none if it says nothing).

    With the sha256 of the pen-digits file read: none if the card names another file
    (``trained_elsewhere``), whose writers are other people whatever their numbers."""
    from ..data.pendigits import CARD_TRAINED_WRITERS

    if file_sha256 is not None and trained_elsewhere(card, file_sha256):
        return []
    value = card.get(CARD_TRAINED_WRITERS, [])
    if not isinstance(value, list) or not all(isinstance(w, int) for w in value):
        return []
    return sorted(set(value))


def trained_elsewhere(card: dict, file_sha256: str) -> bool:
    """True if the card says its pen writers were in a file other than the one with ``file_sha256``."""
    from ..data.pendigits import CARD_PEN_SHA256

    sha = card.get(CARD_PEN_SHA256)
    return isinstance(sha, str) and file_sha256 != sha.lower()


# the report ----------------------------------------------------------------------

def report(scores: list[Score], all_writers, out=print) -> None:
    w = max(10, max(len(s.name) for s in scores) + 2)
    out(f"{'model':{w}s} {'digits':>7s} {'accuracy':>9s}  worst writer")
    for s in scores:
        if not len(s.labels):  # trained on every writer there is
            out(f"{s.name:{w}s} {0:7d} {'-':>9s}  -")
            continue
        writer, acc = s.worst_writer()
        out(f"{s.name:{w}s} {len(s.labels):7d} {s.accuracy:9.2%}  #{writer} {acc:.2%}")
    for s in scores:
        if s.unseen_only:
            seen = sorted(set(all_writers) - set(np.unique(s.writers).tolist()))
            out(f"({s.name}: only the writers it was not trained on; left out: "
                f"{', '.join(map(str, seen))})")
    columns = " ".join(f"{s.name[-10:]:>10s}" for s in scores)
    out(f"\n{'by digit':10s} {columns}")
    tables = [s.per_class() for s in scores]
    for d in range(10):
        out(f"{d:<10d} " + " ".join(_cell(t[d]) for t in tables))
    out(f"\n{'by writer':10s} {columns}")
    tables = [s.per_writer(all_writers) for s in scores]
    for k, writer in enumerate(all_writers):
        out(f"{'#' + str(writer):10s} " + " ".join(_cell(t[k]) for t in tables))
    out("\nmost frequent confusions (true -> read as: count, share of that digit)")
    for s in scores:
        text = ", ".join(f"{t}->{p}: {c} ({share:.1%})" for t, p, c, share in s.confusions())
        out(f"{s.name}: {text or 'none'}")


def _cell(value: float) -> str:
    return f"{'-':>10s}" if np.isnan(value) else f"{value:10.2%}"


def by_size(scores: list[Score], sizes: np.ndarray, keep_masks) -> list[str]:
    """Lines of accuracy by drawn size bucket, one column per network."""
    lines = [f"{'by size':10s} " + " ".join(f"{s.name[-10:]:>10s}" for s in scores)]
    for lo, hi in SIZE_BUCKETS:
        cells = []
        for s, keep in zip(scores, keep_masks):
            m = (sizes[keep] >= lo) & (sizes[keep] < hi + 1e-9)
            cells.append(_cell(float(np.mean(s.right[m])) if m.any() else float("nan")))
        lines.append(f"{f'{lo:.0%}-{hi:.0%}':10s} " + " ".join(cells))
    return lines


def main(argv=None) -> int:
    p = options.Parser(prog="digitpad bench pen",
                       description="Real pen digits replayed on the canvas: accuracy per model")
    p.add_argument("--data", metavar="FILE", default=None, type=options.text,
                   help="pen-digits file or its folder (default: $DIGITPAD_PENDIGITS)")
    p.add_argument("--seed", type=options.whole(0, 2 ** 32 - 1), default=0,
                   help="picks each digit's size and place")
    p.add_argument("--writers", type=options.writers, default=None, metavar="N,N-M,...",
                   help="only these writers' digits, e.g. 1-5,9 (default: all)")
    add_model_options(p)
    args = p.parse_args(argv)

    from ..data.errors import DataError
    from ..data.pendigits import find_pendigits, read_pendigits, verify_checksum
    from ..fileio import sha256_of
    from ..models import resolve
    from ..nn.blas import limit_blas_threads

    # a data or weights error is the command's one line (digitpad bench: error: ...)
    path = find_pendigits(args.data)
    checked = verify_checksum(path)
    digits = read_pendigits(path)
    if args.writers is not None:
        digits = [d for d in digits if d.writer in args.writers]
        if not digits:
            raise DataError(f"{path}: no digits by writers {', '.join(map(str, sorted(args.writers)))}")
    models, elsewhere = [], []
    file_sha256 = sha256_of(path)
    for spec in args.weights or ["shipped"]:
        m = resolve(spec)
        name = "shipped" if spec == "shipped" else spec
        models.append((name, m.network, trained_writers(m.card, file_sha256)))
        if trained_elsewhere(m.card, file_sha256):
            elsewhere.append(name)
    book = book_network(args)
    if book is not None:
        models.append(("book", book, []))

    labels = np.array([d.label for d in digits], np.intp)
    writers = np.array([d.writer for d in digits], np.intp)
    all_writers = sorted(set(writers.tolist()))
    from ..ui.canvas import DEFAULT_BRUSH
    brush = DEFAULT_BRUSH if args.brush is None else args.brush
    t0 = time.perf_counter()
    drawn, placed = make_drawings(digits, seed=args.seed, brush=brush, how=args.input,
                                  progress=lambda i, n: print(f"  drawn {i}/{n}", file=sys.stderr,
                                                              flush=True))
    seconds = time.perf_counter() - t0
    people = f"{len(all_writers)} writer{'s' if len(all_writers) != 1 else ''}"
    print(f"{len(digits)} pen digits by {people} ({path}"
          f"{', sha256 checked' if checked else ''}) replayed on the canvas with a {brush:g} px brush, "
          f"{SIZE_RANGE[0]:.0%}-{SIZE_RANGE[1]:.0%} of its height, anywhere on it "
          f"(seed {args.seed}), {INPUT_TEXT[args.input]} ({seconds:.1f} s)\n")
    for name in elsewhere:
        print(f"({name} was trained on the writers of another pen file: every writer here is new to it)\n")

    scores, keeps = [], []
    with limit_blas_threads(1):
        for name, net, seen in models:
            scores.append(score(name, net, drawn, labels, writers, seen))
            keeps.append(~np.isin(writers, seen))
    report(scores, all_writers)
    print()
    for line in by_size(scores, np.array([pl.size for pl in placed]), keeps):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
