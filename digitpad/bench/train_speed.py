"""How long one training epoch takes, against PyTorch on the CPU measured in the same run.

    digitpad bench train-speed [--repeats 5] [--limit 60000] [--batch-size 128] [--mnist PATH]

Both sides train the same network the same way: 784-50-100-10, sigmoid hidden
layers, softmax cross-entropy, Adam (lr 1e-3, betas 0.9/0.999), a constant
learning rate, the same mini-batches of the same MNIST training images
(uint8 gathered per batch and scaled by 1/255), no augmentation, no teacher,
no validation split. One epoch is timed: for digitpad the epoch loop as
``train`` reports it (``EpochResult.seconds``), for PyTorch the same loop
written the usual way (index, ``float() / 255``, forward, ``cross_entropy``,
``backward``, ``Adam.step``).

digitpad trains with its BLAS on one thread, so PyTorch is timed with
``torch.set_num_threads(1)`` and also with its default thread count. The
three are interleaved, repeat by repeat, and the medians compared: the ratio
is the result (our epoch / PyTorch's; below 1 is faster), also taken
round by round, where both ran under the same load. Without PyTorch
(``pip install digitpad[bench]``) only digitpad's time is printed.
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from ..cli import options
from ..data.mnist import load_mnist
from ..nn.train import TrainConfig, train

HIDDEN = (50, 100)
LR = 1e-3


def our_epoch(X, y, batch_size: int, seed: int) -> float:
    config = TrainConfig(hidden=HIDDEN, activation="sigmoid", loss="cross-entropy",
                         optimizer="adam", lr=LR, betas=(0.9, 0.999), eps=1e-8,
                         schedule="constant", batch_size=batch_size, epochs=1, augment=None,
                         teacher=None, seed=seed, validation_size=0)
    seconds = []
    train(config, X, y, on_epoch=lambda r: seconds.append(r.seconds))
    return seconds[0]


def torch_epoch(torch, X, y, batch_size: int, seed: int, threads: int) -> float:
    nn, F = torch.nn, torch.nn.functional
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(784, HIDDEN[0]), nn.Sigmoid(),
                          nn.Linear(HIDDEN[0], HIDDEN[1]), nn.Sigmoid(),
                          nn.Linear(HIDDEN[1], 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=LR, betas=(0.9, 0.999), eps=1e-8)
    images = torch.from_numpy(X)
    labels = torch.from_numpy(y.astype(np.int64))
    order = torch.from_numpy(np.random.default_rng(seed).permutation(len(y)))
    start = time.perf_counter()
    for first in range(0, len(y), batch_size):
        idx = order[first:first + batch_size]
        x = images[idx].float().mul_(1 / 255)
        loss = F.cross_entropy(model(x), labels[idx])
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
    return time.perf_counter() - start


def main(argv=None) -> int:
    parser = options.Parser(prog="digitpad bench train-speed",
                            description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=options.whole(1, 1000), default=5, metavar="N",
                        help="epochs timed for each case; their median counts (default: 5)")
    parser.add_argument("--limit", type=options.whole(1), default=60000,
                        help="training images per epoch")
    parser.add_argument("--batch-size", type=options.whole(1, 60000), default=128, metavar="N",
                        help="images per step, the same for both (default: 128)")
    parser.add_argument("--mnist", default=None, type=options.text,
                        help="MNIST folder or mnist.npz (default: search)")
    args = parser.parse_args(argv)

    X, y = load_mnist("train", args.mnist)
    X, y = np.array(X[:args.limit]), np.array(y[:args.limit])  # writable copies: torch shares them
    steps = -(-len(y) // args.batch_size)
    print(f"one epoch: {len(y):,} images, batches of {args.batch_size} ({steps} steps), "
          f"784-{'-'.join(map(str, HIDDEN))}-10 sigmoid, softmax cross-entropy, Adam; "
          f"median of {args.repeats}")

    try:
        import torch
    except ImportError:
        torch = None

    cases = {"digitpad (NumPy, 1 BLAS thread)": lambda seed: our_epoch(X, y, args.batch_size, seed)}
    if torch is not None:
        default_threads = torch.get_num_threads()
        cases["PyTorch, 1 thread"] = lambda seed: torch_epoch(torch, X, y, args.batch_size, seed, 1)
        cases[f"PyTorch, {default_threads} threads (its default)"] = (
            lambda seed: torch_epoch(torch, X, y, args.batch_size, seed, default_threads))

    # warm up every case on a small slice (first calls allocate and load kernels)
    warm_X, warm_y = X[:2000], y[:2000]
    our_epoch(warm_X, warm_y, args.batch_size, 0)
    if torch is not None:
        torch_epoch(torch, warm_X, warm_y, args.batch_size, 0, 1)
        torch_epoch(torch, warm_X, warm_y, args.batch_size, 0, default_threads)

    times: dict[str, list[float]] = {name: [] for name in cases}
    for repeat in range(args.repeats):
        for name, run in cases.items():
            times[name].append(run(repeat))
    if torch is not None:
        torch.set_num_threads(default_threads)

    medians = {name: statistics.median(ts) for name, ts in times.items()}
    width = max(map(len, medians))
    for name, t in medians.items():
        spread = f"{min(times[name]):.3f}-{max(times[name]):.3f}"
        print(f"  {name:{width}}  {t:7.3f} s  (range {spread} s)")
    ours_name = "digitpad (NumPy, 1 BLAS thread)"
    ours = medians[ours_name]
    if torch is None:
        print("PyTorch is not installed (pip install 'digitpad[bench]'): no comparison")
        return 0
    print(f"PyTorch {torch.__version__}")
    for name, t in medians.items():
        if name.startswith("PyTorch"):
            # the ratio within each round, where both ran under the same load, then its median
            per_round = statistics.median(a / b for a, b in zip(times[ours_name], times[name]))
            print(f"  digitpad / {name}: {ours / t:.2f}x the time (medians), "
                  f"{per_round:.2f}x (median of per-round ratios); target <= 0.50x")
    return 0
