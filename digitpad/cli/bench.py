"""``digitpad bench [NAME|all] [options]``: run the measurements in digitpad.bench, one or all of them.

Every benchmark prints ratios against reference code measured in the same run.
With no name (or ``all``) each one that has what it needs runs with its
defaults, and each one that does not is named with the reason it was skipped.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Benchmark:
    """One measurement: its module in digitpad.bench, what it compares, and what it needs to run."""

    module: str
    what: str
    needs: tuple[str, ...] = ()


#: name on the command line -> the benchmark
BENCHMARKS = {
    "eval-speed": Benchmark("eval_speed", "evaluation per-sample and batched vs the book's loops and bare GEMMs",
                            ("mnist",)),
    "train-speed": Benchmark("train_speed", "one training epoch vs PyTorch on the CPU, same network and batches",
                             ("mnist", "torch")),
    "robustness": Benchmark("robustness", "MNIST test digits redrawn on the canvas: accuracy by size and slant",
                            ("mnist",)),
    "pen": Benchmark("pen", "real pen digits replayed on the canvas: accuracy per digit, writer, confusion",
                     ("pen",)),
    "teach": Benchmark("teach", "pen writers correct the network as they draw: their error before and after",
                       ("pen", "mnist")),
    "teach-window": Benchmark("teach_window", "corrections in the real window: its stalls; click to taught "
                              "vs the fine-tune called directly", ("mnist",)),
    "explain-speed": Benchmark("explain_speed", "predict() on your digit per drawing vs the Draw tab's predict",
                               ("mnist",)),
    "draw-latency": Benchmark("draw_latency", "mouse event to updated bars vs the reading itself; app start"),
    "long-stroke": Benchmark("long_stroke", "a move late in a long stroke vs early; vs reading it all again"),
    "testset-timing": Benchmark("testset_timing", "the Test set tab's time vs digitpad eval's; its stalls",
                                ("mnist",)),
}
ALL = "all"


def _missing_mnist() -> str | None:
    from ..data.mnist import find_mnist
    return _problem(find_mnist)


def _missing_pen() -> str | None:
    from ..data.pendigits import find_pendigits
    return _problem(find_pendigits)


def _problem(find: Callable[[], object]) -> str | None:
    """What ``find()`` says is wrong (its error, in the user's words), or None when it finds the data."""
    from ..errors import DigitpadError
    try:
        find()
    except DigitpadError as exc:
        return str(exc)
    return None


def _missing_torch() -> str | None:
    if importlib.util.find_spec("torch") is None:
        return "PyTorch, its reference, is not installed (pip install 'digitpad[bench]')"
    return None


#: what a benchmark may need -> a check that says why it is missing (None: it is there)
NEEDS: dict[str, Callable[[], str | None]] = {
    "mnist": _missing_mnist, "pen": _missing_pen, "torch": _missing_torch,
}


def why_not(name: str) -> str | None:
    """Why benchmark ``name`` cannot run here with its defaults, or None when it can."""
    for need in BENCHMARKS[name].needs:
        reason = NEEDS[need]()
        if reason:
            return reason
    return None


def add_parser(sub) -> None:
    lines = "\n".join(f"  {name:15s} {bench.what}" for name, bench in BENCHMARKS.items())
    p = sub.add_parser("bench", help="run the benchmarks, or one of them",
                       description=f"Run a benchmark; it prints its figures and ratios against reference "
                                   f"code run alongside.\nWith no NAME, or '{ALL}', every benchmark whose "
                                   f"data is here runs with its defaults.\n\n{lines}",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("name", choices=sorted(BENCHMARKS) + [ALL], metavar="NAME", nargs="?", default=ALL,
                   help=f"the benchmark to run, from the list above (default: {ALL})")
    p.add_argument("options", nargs=argparse.REMAINDER, help="passed to the benchmark")
    p.set_defaults(run=run)


def run(args) -> int:
    if args.name != ALL:
        return run_one(args.name, args.options)
    if args.options:
        from ..errors import UsageError
        raise UsageError(f"options go to one benchmark (digitpad bench NAME {' '.join(args.options)}), "
                         f"not to all of them")
    return run_all()


def run_one(name: str, argv: list[str]) -> int:
    module = importlib.import_module(f"digitpad.bench.{BENCHMARKS[name].module}")
    return int(module.main(argv) or 0)


def run_all() -> int:
    """Run every benchmark that can run here, in the table's order; name the skipped ones and why.

    A benchmark that fails says so in one line and the others still run. Returns 0 when
    every benchmark that ran succeeded, else the first failing status.
    """
    from ..errors import DigitpadError
    status, ran, skipped = 0, [], []
    for name, bench in BENCHMARKS.items():
        reason = why_not(name)
        if reason:
            skipped.append(name)
            print(f"== {name}: skipped: {reason}\n", flush=True)
            continue
        print(f"== {name}: {bench.what}", flush=True)
        try:
            code = run_one(name, [])
        except DigitpadError as exc:
            print(f"digitpad bench {name}: error: {exc}", file=sys.stderr)
            code = 2
        ran.append(name)
        status = status or code
        print(flush=True)
    print(f"ran {len(ran)} of {len(BENCHMARKS)} benchmarks"
          + (f"; skipped {', '.join(skipped)}" if skipped else ""))
    return status
