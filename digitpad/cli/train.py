"""``digitpad train``: train a network on MNIST and write it with its model card.

``digitpad train --preset shipped --out weights/digitpad-784-50-100-10.npz``
is the whole recipe of the shipped weights: MNIST plus real pen digits
(``$DIGITPAD_PENDIGITS`` or ``--pen``), drawn for the network the way the Draw
tab draws a user's strokes, some writers held out whole to validate on.
Options given on the command line override the preset. The test set is
measured after every epoch and printed, never used to choose anything.
Ctrl-C stops and writes nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np

from ..training_request import (SETTINGS, TrainingRequest, load_training_data, step_position,
                                steps_in)
from . import UsageError
from .options import text as nonempty
from .options import writers

def add_parser(sub) -> None:
    from ..nn.activations import TRAINABLE_ACTIVATIONS
    from ..nn.train import LOSSES, OPTIMIZERS, PRESETS, SCHEDULES

    width = max(len(name) for name in PRESETS)
    presets = "\n".join(f"  {p.name:{width}}  {p.description}" for p in PRESETS.values())
    p = sub.add_parser(
        "train", help="train a network on MNIST and save it with its model card",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Train an MLP on the MNIST training set (a validation split is held\n"
                    "out of it), print the test accuracy after every epoch, and write the\n"
                    "weights (.npz) and a model card (.json) beside them. Options override\n"
                    "the preset. Ctrl-C stops and writes nothing.",
        epilog=f"presets:\n{presets}")
    p.add_argument("--preset", default="shipped", metavar="NAME",
                   help=f"the recipe to start from: {', '.join(PRESETS)} (default: shipped)")
    p.add_argument("--optimizer", metavar="|".join(OPTIMIZERS),
                   help="how the weights follow the gradient (default: the preset's)")
    p.add_argument("--loss", metavar="|".join(LOSSES),
                   help="cross-entropy of the softmax, or mean squared error (default: the preset's)")
    p.add_argument("--schedule", metavar="|".join(SCHEDULES), help="the learning-rate schedule")
    p.add_argument("--hidden", metavar="SIZES", help="hidden layer sizes, e.g. 50,100")
    p.add_argument("--activation", metavar="|".join(TRAINABLE_ACTIVATIONS),
                   help="the hidden layers' activation")
    for setting in SETTINGS:
        p.add_argument(setting.flag, metavar="N" if setting.kind == "whole" else "X",
                       help=setting.help)
    distort = p.add_mutually_exclusive_group()
    distort.add_argument("--augment", action="store_true",
                         help="train on distorted images too, as the shipped recipe does, even if "
                              "the preset does not")
    distort.add_argument("--no-augment", action="store_true", help="train on undistorted images only")
    p.add_argument("--no-teacher", action="store_true",
                   help="learn from the labels alone, without a teacher network to distill from")
    p.add_argument("--limit", metavar="N",
                   help="use only the first N training images (for a quick try)")
    p.add_argument("--mnist", metavar="PATH", help="MNIST folder or mnist.npz (default: search)")
    p.add_argument("--pen", metavar="PATH",
                   help="the pen-digits file or its folder, for presets that train on real pen "
                        "strokes too (default: $DIGITPAD_PENDIGITS)")
    p.add_argument("--no-pen", action="store_true", help="train on MNIST alone, even if the preset adds pen digits")
    p.add_argument("--pen-held-out", metavar="N,N-M,...", type=writers, default=None,
                   help="the pen writers held out for validation instead of the preset's, e.g. "
                        "1,4,7 (so that they can measure a network that never saw them)")
    p.add_argument("--out", metavar="PATH", required=True, type=nonempty,
                   help="where to write the weights (.npz); the card goes beside it (.json)")
    p.add_argument("--force", action="store_true",
                   help="replace the --out file and its card if they exist")
    p.set_defaults(run=run)


def run(args) -> int:
    from tqdm import tqdm

    from ..models import model_card, write_card
    from ..nn.train import PRESETS, train

    plan = TrainingRequest.from_args(args).check()
    config, preset, limit = plan.config, plan.preset, plan.limit
    out = Path(args.out)
    check_destination(out, args.force)
    card_path = out.with_suffix(".json")

    recipe = None if args.no_pen else PRESETS[preset].pen
    if recipe is None:
        _refuse_pen_options(args, preset)
    elif args.pen_held_out is not None:
        recipe = replace(recipe, validation_writers=tuple(args.pen_held_out))
    data = load_training_data(config, limit, args.mnist)
    pen = _pen_images(recipe, args.pen, limit) if recipe is not None else None
    if pen is not None and recipe.redrawn:
        pen.add_redrawn(*_redrawn_mnist(recipe, config, data.X_train, data.y_train, limit))

    n_fit = data.n_fit
    n_extra = 0 if pen is None else len(pen.y_fit) + len(pen.y_redrawn)
    steps_per_epoch = -(-(n_fit + n_extra) // config.batch_size)  # the pen digits are batched too
    print(f"training {_describe(config)} ({preset} preset) on {n_fit} images, "
          f"{config.validation_size} held out for validation; "
          f"{config.epochs} epochs of {steps_per_epoch} steps")
    if pen is not None:
        n_fit += len(pen.y_fit)
        print(f"plus {len(pen.y_fit)} pen digits drawn as the Draw tab draws strokes "
              f"(writers {_writers(pen.fit_writers)}); writers {_writers(pen.val_writers)} "
              f"({len(pen.y_val)} digits) held out to validate on")
        if len(pen.y_redrawn):
            n_fit += len(pen.y_redrawn)
            print(f"plus {len(pen.y_redrawn)} MNIST training images traced and drawn again "
                  "the same way")
    total_steps, teacher_steps = steps_in(config, n_fit)
    if config.teacher is not None:
        teacher = config.teacher
        print(f"first a teacher, {_describe(teacher)}, {teacher.epochs} epochs on the same "
              f"images; its answers at temperature {config.distill_temperature:g} make "
              f"{config.distill_weight:.0%} of the targets")

    bar = tqdm(total=total_steps, unit="step",
               dynamic_ncols=True, leave=False, file=sys.stderr)
    done = [0]

    def on_step(progress):
        position = step_position(progress, teacher_steps)
        bar.update(position - done[0])
        done[0] = position
        bar.set_description(progress.phase)
        bar.set_postfix(epoch=f"{progress.epoch}/{progress.epochs}",
                        loss=f"{progress.loss:.4f}", lr=f"{progress.lr:.2g}", refresh=False)

    def on_epoch(result):
        val = ("" if result.validation_accuracy is None
               else f"  validation {result.validation_accuracy:.4f}")
        bar.write(f"epoch {result.epoch:3d}/{result.epochs}  loss {result.train_loss:.4f}  "
                  f"train {result.train_accuracy:.4f}{val}  "
                  f"test {result.eval_accuracy:.4f}  {result.seconds:.1f} s")

    extra = None if pen is None else pen.extra()
    try:
        result = train(config, data.X_train, data.y_train, data.X_test, data.y_test, extra=extra,
                       on_step=on_step, on_epoch=on_epoch)
    finally:
        bar.close()

    result.network.save(out)
    extras = {"datasets": [MNIST_CREDIT]}
    if pen is not None:
        extras = pen.card(result.network, recipe)
    write_card(card_path, model_card(result, name=out.stem, command=plan.command_line(args.out),
                                     preset=preset, training_images=n_fit - len(extra[1]) if pen else n_fit,
                                     weights_path=out, **extras))
    val = ("" if result.validation_accuracy is None
           else f", validation accuracy {result.validation_accuracy:.4f}")
    if result.teacher_validation_accuracy is not None:
        val += f" (the teacher's {result.teacher_validation_accuracy:.4f})"
    if pen is not None:
        val += f"; held-out pen writers {extras['pen_validation_accuracy']:.4f}"
    print(f"test accuracy {result.eval_accuracy:.4f}{val}, {result.seconds:.1f} s")
    print(f"wrote {out} and {card_path.name}")
    return 0


def _refuse_pen_options(args, preset: str) -> None:
    """A run on MNIST alone would ignore where the pen digits are and which writers to hold out:
    either asked for is refused, naming the option that made the run MNIST-only."""
    why = "--no-pen" if args.no_pen else f"--preset {preset}"
    for flag, value in (("--pen", args.pen), ("--pen-held-out", args.pen_held_out)):
        if value is not None:
            raise UsageError(f"{flag}: {why} trains on MNIST alone, with no pen digits")


def check_destination(out: Path, force: bool) -> None:
    """Refuse, before any training, a place the weights could not or should not go."""
    from ..fileio import check_writable_folder
    from ..models import existing_outputs, in_shipped_folder

    if out.suffix.lower() != ".npz":
        raise UsageError(f"--out: the weights file must end in .npz, got {str(out)!r}")
    if out.is_dir():
        raise UsageError(f"--out: {out} is a folder; name the .npz file to write")
    if in_shipped_folder(out):
        raise UsageError(f"--out: {out} is in digitpad's own weights folder, which training "
                         "never changes; write elsewhere")
    existing = existing_outputs(out)
    if existing and not force:
        names = " and ".join(str(p) for p in existing)
        raise UsageError(f"--out: {names} already exist{'s' if len(existing) == 1 else ''}; "
                         "add --force to replace, or choose another name")
    try:
        check_writable_folder(out)
    except OSError as exc:
        raise UsageError(f"--out: cannot write {out} ({exc.strerror or exc}: {exc.filename})") from None


def _describe(config) -> str:
    return f"{'-'.join(map(str, config.sizes()))} {config.activation}"


MNIST_CREDIT = "MNIST (Y. LeCun, C. Cortes, C. J. C. Burges): the 60,000 training images"
PEN_CREDIT = ("Pen-Based Recognition of Handwritten Digits (E. Alpaydin, F. Alimoglu; "
              "UCI Machine Learning Repository; CC BY 4.0): pendigits-orig.tra, 30 writers")


class _PenImages:
    """The pen digits of a run: drawn for the network, split by writer."""

    def __init__(self, X_fit, y_fit, X_val, y_val, fit_writers, val_writers, sha256):
        self.X_fit, self.y_fit, self.X_val, self.y_val = X_fit, y_fit, X_val, y_val
        self.fit_writers, self.val_writers, self.sha256 = fit_writers, val_writers, sha256
        self.X_redrawn, self.y_redrawn = np.zeros((0, X_fit.shape[1]), np.uint8), np.zeros(0, np.intp)

    def add_redrawn(self, X, y) -> None:
        """MNIST training images drawn again as strokes, trained on beside the pen digits."""
        self.X_redrawn, self.y_redrawn = X, y

    def extra(self) -> tuple[np.ndarray, np.ndarray]:
        """Everything joined to MNIST's training images: the pen digits, then the redrawn ones."""
        return (np.concatenate([self.X_fit, self.X_redrawn]),
                np.concatenate([self.y_fit, self.y_redrawn]))

    def card(self, network, recipe) -> dict:
        """What the model card says about the pen digits, with the held-out writers' scores."""
        from ..data.pendigits import CARD_PEN_SHA256, CARD_TRAINED_WRITERS
        from ..nn.network import PIXEL_SCALE

        read = network.predict(self.X_val, input_scale=PIXEL_SCALE).argmax(axis=1)
        right = read == self.y_val
        return {
            "datasets": [MNIST_CREDIT, PEN_CREDIT],
            CARD_TRAINED_WRITERS: self.fit_writers,
            "pen_validation_writers": self.val_writers,
            "pen_training_images": int(len(self.y_fit)),
            "mnist_redrawn_images": int(len(self.y_redrawn)),
            "pen_validation_images": int(len(self.y_val)),
            "pen_validation_accuracy": float(np.mean(right)),
            "pen_validation_per_digit": [round(float(np.mean(right[self.y_val == d])), 4)
                                         for d in range(10)],
            "pen_recipe": recipe.to_dict(),
            CARD_PEN_SHA256: self.sha256,
        }


def _pen_images(recipe, path, limit) -> _PenImages:
    """Read, split by writer and draw the pen digits as ``recipe`` says; UsageError if absent."""
    from ..data.errors import DataError
    from ..data.pendigits import find_pendigits, network_inputs, read_pendigits, verify_checksum
    from ..fileio import sha256_of

    try:
        found = find_pendigits(path, "--pen PATH")
    except DataError as exc:
        raise UsageError(f"this preset also trains on real pen digits: {exc}, or --no-pen "
                         "for MNIST alone") from None
    verify_checksum(found)  # a damaged file raises a DataError: one line, status 2
    digits = read_pendigits(found)
    held = set(recipe.validation_writers)
    fit = [d for d in digits if d.writer not in held]
    val = [d for d in digits if d.writer in held]
    if limit is not None:  # a quick try: a tenth as many pen digits as MNIST images
        fit, val = fit[:max(1, limit // 10)], val[:max(1, limit // 10)]
    if not fit or not val:
        raise UsageError(f"{found}: no digits by the writers to train on or to validate on")
    rng = np.random.default_rng(recipe.seed)
    jobs = [(network_inputs, val), (network_inputs, fit)]
    for _ in range(recipe.copies - 1):
        shears = rng.uniform(-recipe.shear, recipe.shear, len(fit))
        aspects = 1 + rng.uniform(-recipe.aspect, recipe.aspect, len(fit))
        jobs.append((network_inputs, fit, shears, aspects))
    labels = np.array([d.label for d in fit], np.intp)
    more = [d for d in fit if d.label in recipe.more_of]
    if more:
        shears = rng.uniform(-recipe.shear, recipe.shear, len(more))
        aspects = 1 + rng.uniform(-recipe.aspect, recipe.aspect, len(more))
        jobs.append((network_inputs, more, shears, aspects))
    labels = np.concatenate([np.tile(labels, recipe.copies),
                             np.array([d.label for d in more], np.intp)])
    X_val, *parts = drawn(jobs)
    return _PenImages(np.concatenate(parts), labels,
                      X_val, np.array([d.label for d in val], np.intp),
                      sorted({d.writer for d in fit}), sorted(held & {d.writer for d in val}),
                      sha256_of(found))


def _redrawn_mnist(recipe, config, X_train, y_train, limit) -> tuple[np.ndarray, np.ndarray]:
    """``recipe.redrawn`` MNIST training images (a tenth of ``limit`` at most; never the
    validation split) traced along their centre lines and drawn again as the Draw tab
    draws strokes, at a pen width and slant drawn from the recipe's seed."""
    from ..nn.train import split_validation

    train_idx, _ = split_validation(config, len(y_train))
    count = min(recipe.redrawn, len(train_idx) if limit is None else max(1, limit // 10))
    rng = np.random.default_rng((recipe.seed, 1))
    chosen = np.sort(rng.choice(train_idx, count, replace=False))
    widths = rng.uniform(*recipe.redrawn_width, count)
    shears = rng.uniform(-recipe.redrawn_shear, recipe.redrawn_shear, count)
    (out,) = drawn([(redrawn, X_train[chosen], widths, shears)])
    return out, y_train[chosen].astype(np.intp)


def redrawn(images, widths, shears) -> np.ndarray:
    """(N, 784) uint8: MNIST images (N, 784) traced along their centre lines, slanted by
    ``shears`` and drawn again as the Draw tab draws strokes, with pens ``widths`` wide."""
    from ..bench.robustness import trace
    from ..data.strokes import PenStroke, vector_input

    out = np.zeros((len(images), images.shape[1]), np.uint8)
    for i, image in enumerate(images):
        lines = [np.asarray(line, float) for line in trace(image.reshape(28, 28))]
        if not lines:
            continue
        points = np.concatenate(lines)
        middle = (points[:, 1].min() + points[:, 1].max()) / 2
        strokes = [PenStroke(tuple(zip(((line[:, 0] + shears[i] * (middle - line[:, 1])) / 28).tolist(),
                                        (line[:, 1] / 28).tolist())), 0.05) for line in lines]
        picture = vector_input(strokes, float(widths[i]))
        if picture is not None:
            out[i] = picture.reshape(-1)
    return out


DRAWN_PER_TASK = 250
"""Digits one process draws at a time when the drawing is spread over the cores."""

PARALLEL_FROM = 2000
"""Fewer digits than this are drawn in this process: starting the others would cost more."""


def drawn(jobs, workers: int | None = None) -> list[np.ndarray]:
    """``function(*sequences)`` for each job ``(function, *sequences)``, each an (N, 784)
    uint8 array drawn one digit at a time from the N items of its sequences.

    Drawing the strokes is nearly half of a run, so it is cut into pieces
    that ``workers`` processes (default: one per core, four at most) draw at
    once. Every digit is drawn alone from its own numbers, so the images are
    the same bits whichever process draws them, and so are the weights.
    """
    tasks, owners = [], []
    for k, (function, *sequences) in enumerate(jobs):
        for start in range(0, len(sequences[0]), DRAWN_PER_TASK):
            tasks.append((function, *[s[start:start + DRAWN_PER_TASK] for s in sequences]))
            owners.append(k)
    if workers is None:
        total = sum(len(sequences[0]) for _, *sequences in jobs)
        workers = min(os.cpu_count() or 1, 4) if total >= PARALLEL_FROM else 1
    workers = max(1, min(workers, len(tasks)))
    if workers == 1:
        results = [_task(t) for t in tasks]
    else:
        context = multiprocessing.get_context("spawn")  # no forked copy of a busy process
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_ctrl_c) as pool:
            results = list(pool.map(_task, tasks))
    return [np.concatenate([r for r, owner in zip(results, owners) if owner == k])
            for k in range(len(jobs))]


def _task(task) -> np.ndarray:
    function, *args = task
    return function(*args)


def _ignore_ctrl_c() -> None:
    """Ctrl-C is the main process's to handle: it stops the drawing and writes nothing."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _writers(writers) -> str:
    return ", ".join(map(str, writers))
