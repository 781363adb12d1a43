"""How long "predict() on your digit" takes per drawing, against the Draw tab's own predict.

For MNIST test digits (the shipped weights): the median time of
- the Draw tab's prediction, ``Network.predict`` of one row (the reference);
- ``explain.trace``: the book's predict() with every line kept (run on every stroke);
- ``explain.integrated_gradients`` for the answer against the runner-up (the evidence map,
  refreshed at most every 150 ms while drawing),
with the ratios to the reference, the quadrature points used and the worst completeness error.

    digitpad bench explain-speed [--digits 200] [--repeats 5]
"""

from __future__ import annotations

import statistics
import time

from ..cli import options
from ..data.mnist import load_mnist
from ..models import load_shipped
from ..nn import explain
from ..nn.blas import limit_blas_threads


def median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv=None) -> int:
    parser = options.Parser(prog="digitpad bench explain-speed", description=__doc__.splitlines()[0])
    parser.add_argument("--digits", type=options.whole(1, 10_000), default=200,
                        help="MNIST test digits to explain (default 200)")
    parser.add_argument("--repeats", type=options.whole(1, 1000), default=5,
                        help="timings per digit and step; their median counts (default 5)")
    parser.add_argument("--mnist", metavar="PATH", default=None, type=options.text,
                        help="MNIST folder or mnist.npz (default: search)")
    args = parser.parse_args(argv)
    images, _ = load_mnist("test", args.mnist)   # a data or weights error is the command's one line
    network = load_shipped().network
    with limit_blas_threads(1):   # as the app runs it
        _measure(network, images[:args.digits], args.repeats)
    return 0


def _measure(network, images, repeats: int) -> None:
    """Time the three steps on every digit and print their medians and ratios to the reference."""
    predict, trace, evidence, nodes, worst = [], [], [], [], 0.0
    for image in images:
        row = image.reshape(1, 784)
        tr = explain.trace(network, image.reshape(28, 28))
        ev = explain.integrated_gradients(network, image, tr.answer, tr.runner_up)
        nodes.append(ev.nodes)
        worst = max(worst, ev.completeness_error)
        predict.append(median_time(lambda: network.predict(row, input_scale=1 / 255), repeats))
        trace.append(median_time(lambda: explain.trace(network, image), repeats))
        evidence.append(median_time(
            lambda: explain.integrated_gradients(network, image, tr.answer, tr.runner_up), repeats))
    ref = statistics.median(predict)
    for name, times in (("Draw tab predict (1 row)", predict), ("trace (every line)", trace),
                        ("evidence map", evidence)):
        med = statistics.median(times)
        print(f"{name:26s} median {med * 1000:7.3f} ms   max {max(times) * 1000:7.3f} ms   "
              f"{med / ref:6.1f}x predict")
    print(f"quadrature points: {min(nodes)}-{max(nodes)}; worst completeness error {worst:.2e} "
          f"over {len(images)} digits")
