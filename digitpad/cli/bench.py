"""``digitpad bench NAME [options]``: run one of the measurements in digitpad.bench."""

from __future__ import annotations

import argparse
import importlib

#: name on the command line -> module in digitpad.bench, and what it measures
BENCHMARKS = {
    "eval-speed": ("eval_speed", "evaluation per-sample and batched vs the book's loops and bare GEMMs"),
    "train-speed": ("train_speed", "one training epoch vs PyTorch on the CPU, same network and batches"),
    "robustness": ("robustness", "MNIST test digits redrawn on the canvas: accuracy by size and slant"),
    "pen": ("pen", "real pen digits replayed on the canvas: accuracy per digit, writer, confusion"),
    "teach": ("teach", "pen writers correct the network as they draw: their error before and after"),
}


def add_parser(sub) -> None:
    lines = "\n".join(f"  {name:12s} {what}" for name, (_, what) in BENCHMARKS.items())
    p = sub.add_parser("bench", help="run a benchmark",
                       description=f"Run a benchmark; it prints its figures and ratios.\n\n{lines}",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("name", choices=sorted(BENCHMARKS), metavar="NAME")
    p.add_argument("options", nargs=argparse.REMAINDER, help="passed to the benchmark")
    p.set_defaults(run=run)


def run(args) -> int:
    module = importlib.import_module(f"digitpad.bench.{BENCHMARKS[args.name][0]}")
    return int(module.main(args.options) or 0)
