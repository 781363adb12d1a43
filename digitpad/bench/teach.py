"""Does teaching the network your handwriting work? Real writers, simulated.

    digitpad bench teach [--data FILE] [--writers 3,6,9] [--seed 0] [--weights shipped|PATH]
                         [--corrections-only]

Each pen writer (``data.pendigits``, as ``bench pen`` reads them) is one
user of the Draw tab. Their digits are drawn in the order they wrote them,
through the same canvas and preparation ``bench pen`` uses, and read by the
network:

- over the first half, whenever the network misreads a digit the user
  gives the right one: the digit joins their digits and the fine-tune runs
  (``nn.finetune``: the untaught network taught all their corrections so
  far, with MNIST training digits replayed), exactly as a correction in the
  app does (``digitpad.teach``). A digit read right the user moves on from,
  as they clear the canvas in the app: it joins the read-right drawings the
  fine-tune also learns from, if the network was sure enough of it
  (``teach.READ_RIGHT_LEAST``; ``--corrections-only`` leaves them out), and
  once a correction was made every ``teach.READ_RIGHT_REFRESH`` more of them
  are taught without waiting for the next, as in the app.
  The first half's error rate is the share the network misread as it stood
  at the time (taught so far);
- the second half is then read by the taught network, and by the untaught
  one, on the same drawings: the gap is what teaching bought on digits it
  never saw.

Also printed per writer: the number of corrections, MNIST test accuracy
after teaching (against before) and the fine-tune's time per correction.
The targets: a writer's second-half error at most half the untaught one's
(mean over writers), MNIST test accuracy at most 0.3 points lower, and at
most 1.5 s per correction.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

import numpy as np

from ..cli import options
from ..cli.teach import MAX_STEPS
from .robustness import predictions

TARGET_ERROR_RATIO = 0.5
TARGET_MNIST_DROP = 0.003
TARGET_SECONDS = 1.5


@dataclass
class WriterRun:
    """One simulated user: how the network read them before and after their corrections."""

    writer: int
    first: int               # digits in the first half
    first_errors: int        # misread as taught so far (each one became a correction)
    second: int              # digits in the second half
    second_errors: int       # misread by the taught network
    untaught_errors: int     # misread by the untaught network, same second half
    mnist_accuracy: float    # MNIST test accuracy of the taught network (NaN if not measured)
    seconds: list[float] = field(default_factory=list)  # each correction's fine-tune
    cpu_seconds: list[float] = field(default_factory=list)  # the same, CPU time of its thread
    read_right: int = 0      # first-half digits read right and taught as such
    refreshes: int = 0       # fine-tunes on more digits read right, between corrections

    @property
    def corrections(self) -> int:
        return len(self.seconds)

    @property
    def first_error(self) -> float:
        return self.first_errors / self.first if self.first else float("nan")

    @property
    def second_error(self) -> float:
        return self.second_errors / self.second if self.second else float("nan")

    @property
    def untaught_error(self) -> float:
        return self.untaught_errors / self.second if self.second else float("nan")


def teach_writer(writer: int, network, inputs, labels, replay=None, config=None,
                 mnist_test=None, replay_targets=None, read_right: bool = True) -> WriterRun:
    """Simulate one user: ``inputs`` (N, 784) uint8 drawn in order, ``labels`` (N,).

    ``replay`` is (images, labels) of MNIST training digits, ``replay_targets``
    the untaught network's answers on them if already computed (the app keeps
    them too); ``mnist_test`` (images, labels) to measure the taught network
    on (None: not measured). ``read_right``: the digits read right are taught
    too, as the app teaches the drawings it read right.
    """
    from ..nn.finetune import FineTuneConfig, fine_tune
    from ..nn.network import PIXEL_SCALE
    from ..teach import READ_RIGHT_KEEP, READ_RIGHT_REFRESH, is_read_right, seeded

    config = config or FineTuneConfig()
    replay_images, replay_labels = replay if replay is not None else (None, None)
    half = len(labels) // 2
    taught = network
    kept: list[int] = []  # indices of the corrected digits, in order
    right: list[int] = []  # indices of the digits read right and kept as such
    seconds: list[float] = []
    cpu: list[float] = []
    since = 0  # digits read right since the last fine-tune
    refreshes = 0

    def taught_now():
        return fine_tune(network, inputs[kept], labels[kept], replay_images, replay_labels,
                         seeded(config, len(kept)), replay_targets=replay_targets,
                         read_right=(inputs[right], labels[right]) if right else None).network

    for i in range(half):
        probabilities = taught.predict(inputs[i:i + 1], input_scale=PIXEL_SCALE)[0]
        if int(np.argmax(probabilities)) == labels[i]:
            if read_right and is_read_right(probabilities, inputs[i]) is not None:
                right = (right + [i])[-READ_RIGHT_KEEP:]
                since += 1
                if kept and since >= READ_RIGHT_REFRESH:  # as the app does once a model is taught
                    taught, since = taught_now(), 0
                    refreshes += 1
            continue
        kept.append(i)
        since = 0
        t0, c0 = time.perf_counter(), time.thread_time()
        taught = taught_now()
        seconds.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
    rest, truth = inputs[half:], labels[half:]
    second = int(np.count_nonzero(predictions(taught, rest) != truth)) if len(truth) else 0
    untaught = int(np.count_nonzero(predictions(network, rest) != truth)) if len(truth) else 0
    mnist = (float(np.mean(predictions(taught, mnist_test[0]) == mnist_test[1]))
             if mnist_test is not None else float("nan"))
    return WriterRun(writer, half, len(kept), len(truth), second, untaught, mnist, seconds, cpu,
                     len(right), refreshes)


# the report ----------------------------------------------------------------------

def report(runs: list[WriterRun], mnist_before: float, out=print) -> dict:
    """Print one row per writer, the means and the targets; returns the summary numbers."""
    out(f"{'writer':>7s} {'1st half':>9s} {'errors':>8s} {'2nd half':>9s} {'taught':>8s} "
        f"{'untaught':>9s} {'fixes':>6s} {'right':>6s} {'MNIST':>8s} {'s/fix':>7s} {'max s':>7s}")
    for r in runs:
        mean_s = float(np.mean(r.seconds)) if r.seconds else float("nan")
        max_s = max(r.seconds) if r.seconds else float("nan")
        out(f"{'#' + str(r.writer):>7s} {r.first:9d} {r.first_error:8.2%} {r.second:9d} "
            f"{r.second_error:8.2%} {r.untaught_error:9.2%} {r.corrections:6d} {r.read_right:6d} "
            f"{r.mnist_accuracy:8.2%} {mean_s:7.3f} {max_s:7.3f}")
    summary = summarise(runs, mnist_before)
    out(f"{'mean':>7s} {'':9s} {summary['first_error']:8.2%} {'':9s} "
        f"{summary['second_error']:8.2%} {summary['untaught_error']:9.2%} "
        f"{summary['corrections']:6.1f} {summary['read_right']:6.1f} {summary['mnist_accuracy']:8.2%} "
        f"{summary['seconds_mean']:7.3f} {summary['seconds_max']:7.3f}")
    out("")
    if summary["refreshes"]:
        out(f"fine-tunes on more digits read right between corrections: "
            f"{summary['refreshes']:.1f} a writer")
    out(f"MNIST test accuracy before teaching {mnist_before:.2%}; after, the lowest "
        f"{summary['mnist_lowest']:.2%}; seconds per correction: median "
        f"{summary['seconds_median']:.3f}, 95th percentile {summary['seconds_p95']:.3f}; "
        f"CPU seconds (what an idle core takes; the wall time also counts waiting for a busy "
        f"one): median {summary['cpu_median']:.3f}, most {summary['cpu_max']:.3f}")
    for line in targets(summary):
        out(line)
    return summary


def summarise(runs: list[WriterRun], mnist_before: float) -> dict:
    seconds = np.array([s for r in runs for s in r.seconds])
    cpu = np.array([s for r in runs for s in r.cpu_seconds])
    mnist = np.array([r.mnist_accuracy for r in runs])

    def mean_of(values):
        values = np.array([v for v in values if not np.isnan(v)])
        return float(values.mean()) if len(values) else float("nan")

    return {
        "first_error": mean_of(r.first_error for r in runs),
        "second_error": mean_of(r.second_error for r in runs),
        "untaught_error": mean_of(r.untaught_error for r in runs),
        "corrections": mean_of(r.corrections for r in runs),
        "read_right": mean_of(r.read_right for r in runs),
        "refreshes": mean_of(r.refreshes for r in runs),
        "mnist_before": mnist_before,
        "mnist_accuracy": mean_of(mnist),
        "mnist_lowest": float(np.nanmin(mnist)) if len(mnist) and not np.isnan(mnist).all()
        else float("nan"),
        "seconds_mean": float(seconds.mean()) if len(seconds) else float("nan"),
        "seconds_median": float(np.median(seconds)) if len(seconds) else float("nan"),
        "seconds_p95": float(np.percentile(seconds, 95)) if len(seconds) else float("nan"),
        "seconds_max": float(seconds.max()) if len(seconds) else float("nan"),
        "cpu_median": float(np.median(cpu)) if len(cpu) else float("nan"),
        "cpu_max": float(cpu.max()) if len(cpu) else float("nan"),
    }


def targets(summary: dict) -> list[str]:
    """One line per target: what was measured, what was aimed at, met or missed."""
    drop = summary["mnist_before"] - summary["mnist_lowest"]
    slowest = summary["seconds_max"]
    return [
        f"target: 2nd-half error at most {TARGET_ERROR_RATIO:.0%} of the untaught model's: "
        + error_ratio_verdict(summary["second_error"], summary["untaught_error"]),
        f"target: MNIST test accuracy at most {TARGET_MNIST_DROP * 100:.1f} points lower: "
        f"worst writer {drop * 100:+.2f} points {verdict(drop <= TARGET_MNIST_DROP)}",
        f"target: a correction's fine-tune at most {TARGET_SECONDS:g} s: slowest {slowest:.3f} s "
        f"{verdict(not slowest > TARGET_SECONDS)}",
    ]


def verdict(ok: bool) -> str:
    """A target's verdict, in capitals when missed so that it stands out of the report."""
    return "met" if ok else "MISSED"


def error_ratio_verdict(taught: float, untaught: float) -> str:
    """The second halves' error taught against untaught, and whether teaching halved it.

    An untaught network that misread none of the second-half digits leaves
    nothing to halve: that is said rather than judged (unless teaching made
    it misread some, which is a miss)."""
    if np.isnan(untaught):
        return "no writer had digits in a second half to judge"
    measured = f"{taught:.2%} vs {untaught:.2%}"
    if untaught == 0:
        said = f"{measured}: nothing to halve, the untaught network misread none of the second halves' digits"
        if taught == 0:
            return said
        return f"{said}, but the taught one misread {taught:.2%} of them {verdict(False)}"
    ratio = taught / untaught
    return f"{measured} (ratio {ratio:.2f}) {verdict(ratio <= TARGET_ERROR_RATIO)}"


# the command -----------------------------------------------------------------------

def main(argv=None) -> int:
    p = options.Parser(prog="digitpad bench teach",
                       description="Pen writers as users who correct the network: "
                                            "their error before and after, MNIST kept, time per fix")
    p.add_argument("--data", metavar="FILE", default=None, type=options.text,
                   help="pen-digits file or its folder (default: $DIGITPAD_PENDIGITS)")
    p.add_argument("--writers", metavar="N,N-M,...", default=None, type=options.writers,
                   help="the writers to simulate, e.g. 3,6,9 (default: every writer the network "
                        "was not trained on; its card names those)")
    p.add_argument("--seed", type=options.whole(0, 2 ** 32 - 1), default=0,
                   help="picks each digit's size and place, and seeds the fine-tunes")
    p.add_argument("--weights", metavar="shipped|PATH", default="shipped", type=options.text,
                   help="the network users start from (default: shipped)")
    p.add_argument("--mnist", metavar="PATH", default=None, type=options.text,
                   help="MNIST folder or mnist.npz: the replay and the test set (default: search)")
    p.add_argument("--steps", type=options.whole(1, MAX_STEPS), default=None, metavar="N",
                   help="steps per fine-tune (default: the app's)")
    p.add_argument("--corrections-only", action="store_true",
                   help="teach the corrections alone, not the digits read right as well")
    args = p.parse_args(argv)

    from ..cli.teach import fine_tune_config
    from ..data.mnist import load_mnist
    from ..data.pendigits import find_pendigits, read_pendigits
    from ..errors import UsageError
    from ..models import resolve
    from ..nn.finetune import answers
    from ..fileio import sha256_of
    from .pen import make_drawings, trained_elsewhere, trained_writers

    # a data or weights error is the command's one line (digitpad bench: error: ...)
    config = fine_tune_config(args.steps, args.seed)
    wanted = args.writers
    path = find_pendigits(args.data)
    digits = read_pendigits(path)
    present = sorted({d.writer for d in digits})
    writers = present if wanted is None else [w for w in wanted if w in present]
    if not writers:
        raise UsageError(f"--writers: none of those writers is in {path} "
                         f"(it has {present[0]}-{present[-1]})")
    model = resolve(args.weights)
    network = model.network
    # a user is someone the network never saw: writers it was trained on are left out
    elsewhere = trained_elsewhere(model.card, sha256_of(path))
    seen = [] if elsewhere else sorted(set(trained_writers(model.card)) & set(writers))
    writers = [w for w in writers if w not in seen]
    if not writers:
        raise UsageError(f"{args.weights} was trained on every writer asked for "
                         f"({', '.join(map(str, seen))}): name others with --writers")
    replay = load_mnist("train", args.mnist)
    test = load_mnist("test", args.mnist)
    digits = [d for d in digits if d.writer in set(writers)]
    labels = np.array([d.label for d in digits], np.intp)
    who = np.array([d.writer for d in digits], np.intp)

    t0 = time.perf_counter()
    drawn, _ = make_drawings(digits, seed=args.seed)
    print(f"{len(digits)} pen digits by {len(writers)} writer{'s' if len(writers) > 1 else ''} "
          f"({path}) drawn on the canvas "
          f"in the order written ({time.perf_counter() - t0:.1f} s); fine-tune: {config.steps} "
          f"steps of {config.user_batch} of the writer's corrections"
          + ("" if args.corrections_only else
             f", {config.read_right_batch} of the digits read right")
          + f" and {config.replay_batch} MNIST training digits per correction"
          + (f", the last layers at {', '.join(f'{m:g}x' for m in config.top_lr_scale)} the rate "
             f"(output layer first)" if any(m != 1 for m in config.top_lr_scale) else "")
          + (f"; writers it was trained on left out ({', '.join(map(str, seen))})" if seen else "")
          + ("; it was trained on the writers of another pen file: every writer here is new to it"
             if elsewhere else "")
          + "\n")
    mnist_before = float(np.mean(predictions(network, test[0]) == test[1]))
    targets = answers(network, replay[0])
    runs = []
    for writer in writers:
        mine = who == writer  # file order is the order they were written
        runs.append(teach_writer(writer, network, drawn[mine], labels[mine], replay, config, test,
                                 targets, read_right=not args.corrections_only))
    report(runs, mnist_before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
