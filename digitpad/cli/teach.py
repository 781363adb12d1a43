"""``digitpad teach``: fine-tune a network on a store of My digits, as the Draw tab does.

``digitpad teach --digits ~/.local/share/digitpad/mydigits --weights shipped --out me.npz``
writes the taught weights and their model card (``me.json``) beside them.
MNIST's training digits are replayed so it is not forgotten, and its test
set is measured before and after. ``--read-right STORE`` adds the drawings
the network read right, as the app keeps them (``personal/read-right`` in the
data folder). An existing OUT is kept unless ``--force``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import UsageError
from .options import text as nonempty, whole
from .train import check_destination

MAX_STEPS = 100_000  # minutes of teaching (the app's 200 steps take under a second); more is a typo
MAX_SEED = 2 ** 63 - 1  # the largest seed FineTuneConfig takes


def add_parser(sub) -> None:
    p = sub.add_parser(
        "teach", help="fine-tune a network on your saved digits (My digits)",
        description="Fine-tune a network on a My digits store, replaying MNIST training digits "
                    "so it keeps reading MNIST, and write the weights (.npz) with a model card "
                    "(.json) beside them.")
    p.add_argument("--digits", metavar="STORE", required=True, type=nonempty,
                   help="the My digits folder (or its mydigits.npz)")
    p.add_argument("--weights", metavar="shipped|book|PATH", default="shipped",
                   help="the network to start from (default: shipped)")
    p.add_argument("--out", metavar="PATH", required=True, type=nonempty,
                   help="where to write the taught weights (.npz); the card goes beside it")
    p.add_argument("--read-right", metavar="STORE", type=nonempty, default=None,
                   help="also teach these drawings it read right (the app keeps them in "
                        "personal/read-right in its data folder)")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.add_argument("--steps", metavar="N", type=whole(1, MAX_STEPS), default=None,
                   help=f"fine-tune steps, 1 to {MAX_STEPS:,} (default: the app's)")
    p.add_argument("--seed", metavar="N", type=whole(0, MAX_SEED), default=None,
                   help="the random seed, 0 to 2**63-1 (default 0)")
    p.add_argument("--mnist", metavar="PATH", help="MNIST folder or mnist.npz (default: search)")
    p.set_defaults(run=run)

    def one_line_error(message):  # argparse's usage block would bury the message
        print(f"digitpad teach: error: {message}", file=sys.stderr)
        sys.exit(2)

    p.error = one_line_error


def fine_tune_config(steps: int | None, seed: int | None):
    """The FineTuneConfig of ``--steps`` and ``--seed`` (the app's values where not given);
    a value it refuses is a UsageError, the user's one line, never a traceback."""
    from ..nn.finetune import FineTuneConfig
    asked = {name: value for name, value in (("steps", steps), ("seed", seed)) if value is not None}
    try:
        return FineTuneConfig(**asked)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def check_out(text: str, force: bool) -> Path:
    """The weights file to write, refused before any teaching as ``train --out`` is refused:
    not .npz, a folder, digitpad's own weights, existing without ``--force``, or unwritable."""
    out = Path(text)
    check_destination(out, force)
    return out


def load_store(flag: str, store: Path, when_empty: str):
    """The (images, labels) of the My digits store ``store``, given as ``flag``; UsageError
    saying what is wrong when it is not a store (a folder holding mydigits.npz, or that
    file) or holds nothing, ``when_empty`` saying the latter."""
    from ..data.mydigits import FILENAME, MyDigits, MyDigitsError

    if not store.exists():
        raise UsageError(f"{flag}: {store} does not exist")
    if store.is_file() and store.suffix != ".npz":
        raise UsageError(f"{flag}: {store} is not a My digits store: that is a folder holding "
                         f"{FILENAME}, or that file")
    if store.is_dir() and not os.path.lexists(store / FILENAME):
        raise UsageError(f"{flag}: {store} is not a My digits store: it holds no {FILENAME}")
    try:
        images, labels = MyDigits(store).load()
    except MyDigitsError as exc:
        raise UsageError(f"{flag}: {exc}") from None
    if len(labels) == 0:
        raise UsageError(f"{flag}: {store} {when_empty}")
    return images, labels


def run(args) -> int:
    from ..data.mnist import load_mnist
    from ..models import resolve
    from ..nn.train import accuracy
    from ..teach import save_taught, teach

    config = fine_tune_config(args.steps, args.seed)
    out = check_out(args.out, args.force)
    store = Path(args.digits)
    images, labels = load_store("--digits", store, "holds no digits to learn from")
    read_right = None
    if args.read_right is not None:
        read_right = load_store("--read-right", Path(args.read_right),
                                "holds no drawings (the app keeps them in personal/read-right)")
    base = resolve(args.weights)
    if base.network.n_inputs != images.shape[1] or base.network.n_outputs != 10:
        raise UsageError(f"--weights: {base.name} does not read 28x28 digits into 10 classes")
    replay = load_mnist("train", args.mnist)
    test = load_mnist("test", args.mnist)

    before = accuracy(base.network, *test)
    right = "" if read_right is None else (f" and {len(read_right[1])} drawings it read right "
                                           f"from {args.read_right}")
    print(f"teaching {base.name} {len(labels)} digits from {store}{right} "
          f"({config.steps} steps, {config.user_batch} of them"
          + ("" if read_right is None else f", {config.read_right_batch} read right")
          + f" and {config.replay_batch} MNIST training digits per step)")
    taught = teach(base, images, labels, replay, test, config, read_right=read_right)
    path = save_taught(taught, out)
    mine = accuracy(taught.network, images, labels)
    print(f"MNIST test accuracy {before:.4f} -> {taught.card['test_accuracy']:.4f}; "
          f"reads {mine:.1%} of the taught digits; {taught.result.seconds:.2f} s")
    print(f"wrote {path} and {path.with_suffix('.json').name}")
    return 0
