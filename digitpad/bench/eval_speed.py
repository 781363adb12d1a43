"""How fast digitpad evaluates the MNIST test set, against references measured in the same run.

    digitpad bench eval-speed [--weights shipped|book|PATH] [--repeats 5]

Measures, on the 10k test images, with medians over interleaved repeats:
- digitpad's ``evaluate`` per-sample, in batches of 100, and in one batch of 10k;
- the book's own loops (ch03/neuralnet_mnist.py and neuralnet_mnist_batch.py), written
  inline below as the reference, on data normalised to float32 up front as the book does;
- the three bare float32 matrix products of one 10k batch (the floor for any forward pass).

digitpad evaluates with the BLAS on one thread (see digitpad/nn/blas.py), so the
references run on one thread too; the book's code is also timed as NumPy runs it
out of the box, with the BLAS's own thread count.

Absolute times mean little on a shared machine; the ratios are the result.
"""

from __future__ import annotations

import statistics
import sys
import time

import numpy as np

from ..cli import options
from ..data.mnist import load_mnist
from ..evaluate import evaluate
from ..models import resolve
from ..nn.blas import blas_threads, limit_blas_threads


# --- the book's reference code (common/functions.py and ch03), inline ---------------

def book_sigmoid(x):
    return 1 / (1 + np.exp(-x))


def book_softmax(x):
    if x.ndim == 2:
        x = x.T
        x = x - np.max(x, axis=0)
        y = np.exp(x) / np.sum(np.exp(x), axis=0)
        return y.T
    x = x - np.max(x)
    return np.exp(x) / np.sum(np.exp(x))


def book_predict(network, x):
    W1, W2, W3 = network["W1"], network["W2"], network["W3"]
    b1, b2, b3 = network["b1"], network["b2"], network["b3"]
    a1 = np.dot(x, W1) + b1
    z1 = book_sigmoid(a1)
    a2 = np.dot(z1, W2) + b2
    z2 = book_sigmoid(a2)
    a3 = np.dot(z2, W3) + b3
    return book_softmax(a3)


def book_per_sample(network, x, t):
    accuracy_cnt = 0
    for i in range(len(x)):
        y = book_predict(network, x[i])
        p = np.argmax(y)
        if p == t[i]:
            accuracy_cnt += 1
    return accuracy_cnt / len(x)


def book_batch(network, x, t, batch_size=100):
    accuracy_cnt = 0
    for i in range(0, len(x), batch_size):
        y_batch = book_predict(network, x[i:i + batch_size])
        p = np.argmax(y_batch, axis=1)
        accuracy_cnt += np.sum(p == t[i:i + batch_size])
    return accuracy_cnt / len(x)


# --- measurement ---------------------------------------------------------------------

def timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def main(argv=None) -> int:
    parser = options.Parser(prog="digitpad bench eval-speed",
                            description=__doc__.split("\n")[0])
    parser.add_argument("--weights", default="shipped", type=options.text, metavar="shipped|book|PATH",
                        help="the network to time (default: shipped)")
    parser.add_argument("--repeats", type=options.whole(1, 1000), default=5, metavar="N",
                        help="timings of each case, interleaved; their median counts (default: 5)")
    parser.add_argument("--mnist", default=None, type=options.text, metavar="PATH",
                        help="MNIST folder or mnist.npz (default: search)")
    args = parser.parse_args(argv)

    model = resolve(args.weights)
    net = model.network
    images, labels = load_mnist("test", args.mnist)
    book_x = images.astype(np.float32) / 255.0  # the book's load_mnist(normalize=True)
    book_net = {f"{p}{k}": arr for k, (W, b) in enumerate(zip(net.weights, net.biases), 1)
                for p, arr in (("W", W), ("b", b))}
    h1 = np.ascontiguousarray(book_sigmoid(book_x @ net.weights[0] + net.biases[0]), np.float32)
    h2 = np.ascontiguousarray(book_sigmoid(h1 @ net.weights[1] + net.biases[1]), np.float32)

    def bare_gemms():
        book_x @ net.weights[0]
        h1 @ net.weights[1]
        h2 @ net.weights[2]

    def one_thread(fn):
        def run():
            with limit_blas_threads(1):
                return fn()
        return run

    default = f"BLAS default, {blas_threads()} threads"
    cases = {
        "bare matrix products (10k)": one_thread(bare_gemms),
        "book per-sample loop": one_thread(lambda: book_per_sample(book_net, book_x, labels)),
        "book batch-100 loop": one_thread(lambda: book_batch(book_net, book_x, labels, 100)),
        "book one batch (10k)": one_thread(lambda: book_batch(book_net, book_x, labels, 10000)),
        "digitpad per-sample": lambda: evaluate(net, images, labels, mode="per-sample").accuracy,
        "digitpad batch 100": lambda: evaluate(net, images, labels, batch_size=100).accuracy,
        "digitpad one batch (10k)": lambda: evaluate(net, images, labels, batch_size=10000).accuracy,
        f"bare products, {default}": bare_gemms,
        f"book batch-100, {default}": lambda: book_batch(book_net, book_x, labels, 100),
        f"book one batch, {default}": lambda: book_batch(book_net, book_x, labels, 10000),
    }
    times = {name: [] for name in cases}
    accuracy = {}
    print(f"model: {model.name} {net!r}; {len(labels)} test images; {args.repeats} repeats\n")
    with np.errstate(over="ignore"):  # the book's sigmoid overflows harmlessly in float32
        for _ in range(args.repeats):
            for name, fn in cases.items():
                fn()  # warm caches and the BLAS's threads for this case
                seconds, value = timed(fn)
                times[name].append(seconds)
                accuracy[name] = value
    med = {name: statistics.median(ts) for name, ts in times.items()}
    for name in cases:
        acc = accuracy[name]
        acc_text = f"accuracy {acc:.4f}" if acc is not None else ""
        print(f"{name:38s} median {med[name] * 1000:9.2f} ms  "
              f"(min {min(times[name]) * 1000:8.2f})  {acc_text}")

    def ratio(ours, ref):
        """The median of the ratios measured in the same round: slow drifts of a busy machine cancel."""
        return statistics.median(a / b for a, b in zip(times[ours], times[ref]))

    print("\nThe first seven run the BLAS on one thread, digitpad's default for evaluation;\n"
          "the last three are the book's code as NumPy runs it out of the box.")
    print("\nratios, all on one BLAS thread (median of per-round ratios; lower is faster):")
    checks = [
        ("digitpad one batch (10k)", "bare matrix products (10k)", 1.5),
        ("digitpad batch 100", "book batch-100 loop", 0.8),
        ("digitpad per-sample", "book per-sample loop", 0.7),
    ]
    for ours, ref, target in checks:
        r = ratio(ours, ref)
        verdict = "meets" if r <= target else "MISSES"
        print(f"  {ours} / {ref}: {r:.2f}x  (target <= {target}x: {verdict})")
    print(f"  batching speedup (digitpad per-sample / batch 100): "
          f"{ratio('digitpad per-sample', 'digitpad batch 100'):.1f}x")
    print(f"\nagainst the book's code with the {default}:")
    for ours, ref in (("digitpad batch 100", f"book batch-100, {default}"),
                      ("digitpad one batch (10k)", f"book one batch, {default}"),
                      ("digitpad one batch (10k)", f"bare products, {default}")):
        print(f"  {ours} / {ref}: {ratio(ours, ref):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
