"""``digitpad eval``: accuracy, time and throughput on MNIST, like the book's scripts."""

from __future__ import annotations

from ..evaluate import BATCH_SIZE, MAX_BATCH_SIZE
from . import options


def add_parser(sub) -> None:
    p = sub.add_parser(
        "eval", help="evaluate a network on MNIST",
        description="Evaluate a network on the MNIST test (or training) set and print "
                    "accuracy, elapsed time and throughput.")
    p.add_argument("--weights", default="shipped", type=options.text, metavar="shipped|book|PATH",
                   help="the network: the shipped weights, the book's sample_weight.pkl, "
                        "or an .npz/.pkl file (default: shipped)")
    p.add_argument("--mode", choices=("batch", "per-sample"), default=None,
                   help="one sample at a time in a Python loop, or batches (default: batch)")
    p.add_argument("--batch-size", type=options.whole(1, MAX_BATCH_SIZE), default=None, metavar="N",
                   help=f"rows per batch in batch mode and with --compare, at most {MAX_BATCH_SIZE:,} "
                        f"(default: {BATCH_SIZE})")
    p.add_argument("--raw", action="store_true",
                   help="feed raw 0..255 pixels instead of dividing by 255")
    p.add_argument("--split", choices=("test", "train"), default="test",
                   help="the 10,000 test images or the 60,000 training images (default: test)")
    p.add_argument("--mnist", metavar="PATH", type=options.text, help="MNIST folder or mnist.npz (default: search)")
    p.add_argument("--compare", action="store_true",
                   help="run per-sample and batch mode and print the speedup (so no --mode)")
    p.set_defaults(run=run)




def modes_asked(args) -> tuple[str, ...]:
    """The modes to run, in order; UsageError naming both options when they ask for different things."""
    from . import UsageError
    if args.compare and args.mode is not None:
        raise UsageError(f"--mode {args.mode}: --compare runs both modes, per-sample and batch; "
                         "leave out --mode")
    if args.compare:
        return ("per-sample", "batch")
    return (args.mode or "batch",)


def run(args) -> int:
    from ..data.mnist import load_mnist
    from ..evaluate import evaluate
    from ..models import resolve

    modes = modes_asked(args)
    batch_size = options.batch_size_for(modes[-1], args.batch_size, BATCH_SIZE)
    model = resolve(args.weights)
    images, labels = load_mnist(args.split, args.mnist)
    normalize = not args.raw
    print(f"model:   {model.name}  {model.network!r}")
    print(f"data:    MNIST {args.split}, {len(labels)} images, "
          f"pixels {'/255' if normalize else 'raw 0..255'}")
    if "batch" in modes and batch_size > len(labels):
        print(f"note:    --batch-size {batch_size:,} is more than the {len(labels):,} images: "
              f"they go in one batch")
    results = {}
    for mode in modes:
        result = evaluate(model.network, images, labels, mode=mode,
                          batch_size=batch_size, normalize=normalize)
        results[mode] = result
        label = "per-sample" if mode == "per-sample" else f"batch {result.batch_size}"
        print(f"{label + ':':12s} Accuracy:{result.accuracy:.4f}  "
              f"({result.correct}/{result.n_samples})  "
              f"{result.elapsed:.3f} s  {result.samples_per_second:,.0f} samples/s")
    if args.compare:
        slow, fast = results["per-sample"], results["batch"]
        print(f"speedup:     {slow.elapsed / fast.elapsed:.1f}x faster in batches of "
              f"{fast.batch_size}, {slow.elapsed - fast.elapsed:.3f} s saved")
    return 0
