"""A training run as the command line and the Train tab ask for it: checked, and written back as a command.

The options are strings, as typed (``None`` means "as the preset says"), in
an object with the attributes of ``digitpad train``'s parsed options.
``build_config`` checks them and turns them into the preset's ``TrainConfig``
with those changes, naming the option at fault in a ``UsageError``;
``command_line`` writes the command that reproduces the run. Both
``digitpad train`` and the Train tab use them, so the two accept exactly the
same settings. No Qt, no argparse.
"""

from __future__ import annotations

import shlex

import numpy as np

from .errors import UsageError

# the options that set one number of the config: (dest, flag, config field, kind, help).
# Every option defaults to None, meaning "as the preset says", so the card's
# command names exactly what was changed.
SCALARS = (
    ("epochs", "--epochs", "epochs", "whole", "passes over the training images"),
    ("batch_size", "--batch-size", "batch_size", "whole", "images per step"),
    ("lr", "--lr", "lr", "number", "the peak learning rate"),
    ("momentum", "--momentum", "momentum", "number", "SGD's momentum"),
    ("weight_decay", "--weight-decay", "weight_decay", "number", "L2 penalty on the weights"),
    ("label_smoothing", "--label-smoothing", "label_smoothing", "number",
     "share of each target spread over all classes"),
    ("seed", "--seed", "seed", "whole", "the random seed (the teacher's too)"),
    ("validation_size", "--validation-size", "validation_size", "whole",
     "training images held out to validate on"),
)


# the largest value each whole-number option takes: beyond these a run would never end
_MOST = {"--epochs": 10_000, "--seed": 2 ** 63 - 1, "--batch-size": 10 ** 9,
         "--validation-size": 10 ** 9, "--limit": 10 ** 9}


def _whole(flag: str, text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise UsageError(f"{flag}: not a whole number: {text!r}") from None
    most = _MOST.get(flag)
    if most is not None and value > most:
        raise UsageError(f"{flag}: must be at most {most:,}, got {value:,}")
    return value


def _number(flag: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"{flag}: not a number: {text!r}") from None
    if not np.isfinite(value):
        raise UsageError(f"{flag}: must be a finite number, got {text!r}")
    return value


def build_config(args):
    """(TrainConfig, preset name, limit) from the parsed options; UsageError if wrong."""
    from .nn.train import PRESETS, check_memory

    preset = PRESETS.get(args.preset)
    if preset is None:
        raise UsageError(f"unknown preset {args.preset!r} (choose from {', '.join(PRESETS)})")
    changes = {}
    for dest, flag, field_name, kind, _ in SCALARS:
        text = getattr(args, dest)
        if text is not None:
            changes[field_name] = (_whole if kind == "whole" else _number)(flag, text)
    for name in ("optimizer", "loss", "schedule", "activation"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = value
    if args.hidden is not None:
        try:
            hidden = tuple(int(h) for h in args.hidden.replace(" ", "").split(",") if h)
        except ValueError:
            raise UsageError(f"--hidden: expected sizes like 50,100, got {args.hidden!r}") from None
        if not hidden:
            raise UsageError("--hidden: give at least one layer size, e.g. 50,100")
        changes["hidden"] = hidden
    if args.no_augment:
        changes["augment"] = None
    teacher = preset.config.teacher
    if args.no_teacher:
        changes.update(teacher=None, distill_weight=0.0)
    elif teacher is not None:
        if args.no_augment:
            teacher = teacher.replace(augment=None)
        if "seed" in changes and changes["seed"] >= 0:
            teacher = teacher.replace(seed=changes["seed"])
        changes["teacher"] = teacher
    limit = None
    if args.limit is not None:
        limit = _whole("--limit", args.limit)
        if limit < 2:
            raise UsageError(f"--limit: must be at least 2, got {limit}")
        if args.validation_size is None:  # keep a tenth for validation at most
            changes["validation_size"] = min(preset.config.validation_size, limit // 10)
    if "epochs" in changes and changes["epochs"] >= 1:
        base = preset.config
        # a shorter run keeps the preset's clean finish and warm-up where they still fit
        changes.setdefault("clean_epochs", min(base.clean_epochs, max(changes["epochs"] - 1, 0)))
        changes.setdefault("warmup_epochs", min(base.warmup_epochs, changes["epochs"] - 1))
    try:
        config = preset.config.replace(**changes)
        check_memory(config)
    except (ValueError, TypeError) as exc:
        raise UsageError(str(exc)) from None
    return config, preset.name, limit


def command_line(args) -> str:
    """The command that reproduces this run (where MNIST and the pen digits were found is left out)."""
    from .nn.train import PRESETS

    words = ["digitpad", "train", "--preset", args.preset]
    for name in ("optimizer", "loss", "schedule", "hidden", "activation"):
        value = getattr(args, name)
        if value is not None:
            words += [f"--{name}", value]
    for dest, flag, *_ in SCALARS:
        value = getattr(args, dest)
        if value is not None:
            words += [flag, value]
    if args.no_augment:
        words.append("--no-augment")
    if args.no_teacher:
        words.append("--no-teacher")
    if args.no_pen and PRESETS[args.preset].pen is not None:
        words.append("--no-pen")
    if args.limit is not None:
        words += ["--limit", args.limit]
    words += ["--out", args.out]
    return shlex.join(words)
