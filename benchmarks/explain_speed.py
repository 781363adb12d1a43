"""How long "predict() on your digit" takes per drawing, against the Draw tab's own predict.

For MNIST test digits (the shipped weights): the median time of
- the Draw tab's prediction, ``Network.predict`` of one row (the reference);
- ``explain.trace``: the book's predict() with every line kept (run on every stroke);
- ``explain.integrated_gradients`` for the answer against the runner-up (the evidence map,
  refreshed at most every 150 ms while drawing),
with the ratios to the reference, the quadrature points used and the worst completeness error.

    python benchmarks/explain_speed.py [--digits 200] [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digitpad.data.errors import DataError  # noqa: E402
from digitpad.data.mnist import load_mnist  # noqa: E402
from digitpad.models import load_shipped  # noqa: E402
from digitpad.nn import explain  # noqa: E402
from digitpad.nn.blas import set_blas_threads  # noqa: E402
from digitpad.nn.network import WeightsError  # noqa: E402


def median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digits", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    if args.digits < 1 or args.repeats < 1:
        print("explain_speed: --digits and --repeats must be at least 1", file=sys.stderr)
        return 2
    try:
        images, _ = load_mnist("test")
        network = load_shipped().network
    except (DataError, WeightsError) as exc:
        print(f"explain_speed: {exc}", file=sys.stderr)
        return 2
    set_blas_threads(1)
    images = images[:args.digits]
    predict, trace, evidence, nodes, worst = [], [], [], [], 0.0
    for image in images:
        row = image.reshape(1, 784)
        tr = explain.trace(network, image.reshape(28, 28))
        ev = explain.integrated_gradients(network, image, tr.answer, tr.runner_up)
        nodes.append(ev.nodes)
        worst = max(worst, ev.completeness_error)
        predict.append(median_time(lambda: network.predict(row, input_scale=1 / 255), args.repeats))
        trace.append(median_time(lambda: explain.trace(network, image), args.repeats))
        evidence.append(median_time(
            lambda: explain.integrated_gradients(network, image, tr.answer, tr.runner_up), args.repeats))
    ref = statistics.median(predict)
    for name, times in (("Draw tab predict (1 row)", predict), ("trace (every line)", trace),
                        ("evidence map", evidence)):
        med = statistics.median(times)
        print(f"{name:26s} median {med * 1000:7.3f} ms   max {max(times) * 1000:7.3f} ms   "
              f"{med / ref:6.1f}x predict")
    print(f"quadrature points: {min(nodes)}-{max(nodes)}; worst completeness error {worst:.2e} "
          f"over {len(images)} digits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
