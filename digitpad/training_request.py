"""A training run as the command line and the Train tab ask for it: checked, and written back as a command.

A ``TrainingRequest`` holds the settings as typed (text; ``None`` means "as
the preset says"). ``check()`` turns it into a ``TrainingPlan``: the
preset's ``TrainConfig`` with those changes, what was changed from the
preset, and the command that reproduces the run. A bad setting raises a
``RequestError`` naming the field at fault and the kind of fault, found once
and said two ways: ``digitpad train`` prints its English line (``--lr:
...``); the Train tab says it in its own translated words from the field,
the kind and the value (``Learning rate must be ...``).

The data and step rules of a run live here too, so the command line and the
tab load MNIST, hold out validation images and count steps the same way.
No Qt, no argparse.
"""

from __future__ import annotations

import math
import shlex
from dataclasses import dataclass, field, fields

from .errors import UsageError


@dataclass(frozen=True)
class Setting:
    """One number of the config the request may change, with the range it must fall in."""

    dest: str               # the request's field and the config's
    flag: str               # digitpad train's option
    label: str              # what the command line's messages call it
    kind: str               # "whole" or "number"
    low: float
    high: float
    help: str
    low_open: bool = False  # low itself is refused
    high_open: bool = False

    @property
    def shape(self) -> str:
        """The kind of range, which says how to put it in words: "whole" (at least low and at
        most high), "positive" (above 0, at most high), "closed" or "below" (from low to high,
        or to below it)."""
        if self.kind == "whole":
            return "whole"
        if self.low_open:
            return "positive"
        return "below" if self.high_open else "closed"

    @property
    def rule(self) -> str:
        """The range in English words, after "must be"."""
        low, high = (f"{self.low:,}", f"{self.high:,}") if self.kind == "whole" else \
            (f"{self.low:g}", f"{self.high:g}")
        return {"whole": f"at least {low} and at most {high}",
                "positive": f"a positive number, at most {high}",
                "closed": f"a number from {low} to {high}",
                "below": f"a number from {low} to below {high}"}[self.shape]

    def parse(self, text: str):
        """The value of ``text``; RequestError naming this setting if it is not one or out of range."""
        try:
            value = int(text) if self.kind == "whole" else float(text)
        except (ValueError, TypeError):
            what, kind = ("a whole number", "not_whole") if self.kind == "whole" else \
                ("a number", "not_number")
            raise RequestError(self.dest, f"not {what}: {text!r}", kind, repr(text)) from None
        too_low = value <= self.low if self.low_open else value < self.low
        too_high = value >= self.high if self.high_open else value > self.high
        if not math.isfinite(value) or too_low or too_high:
            shown = f"{value:,}" if self.kind == "whole" else text.strip()
            raise RequestError(self.dest, f"must be {self.rule}, got {shown}", "range", shown)
        return value


# the options that set one number of the config. Each has a range a run can end with, so a
# value like --lr 1e308 is refused before any data is read.
SETTINGS = (
    Setting("epochs", "--epochs", "epochs", "whole", 1, 10_000, "passes over the training images"),
    Setting("batch_size", "--batch-size", "batch size", "whole", 1, 10 ** 9, "images per step"),
    Setting("lr", "--lr", "learning rate", "number", 0, 10, "the peak learning rate", low_open=True),
    Setting("momentum", "--momentum", "momentum", "number", 0, 1, "SGD's momentum", high_open=True),
    Setting("weight_decay", "--weight-decay", "weight decay", "number", 0, 1,
            "L2 penalty on the weights"),
    Setting("label_smoothing", "--label-smoothing", "label smoothing", "number", 0, 1,
            "share of each target spread over all classes", high_open=True),
    Setting("seed", "--seed", "seed", "whole", 0, 2 ** 63 - 1, "the random seed (the teacher's too)"),
    Setting("validation_size", "--validation-size", "validation images", "whole", 0, 10 ** 9,
            "training images held out to validate on"),
)
LIMIT = Setting("limit", "--limit", "training images", "whole", 2, 10 ** 9,
                "use only the first N training images")
BY_DEST = {s.dest: s for s in (*SETTINGS, LIMIT)}
CHOICES = ("optimizer", "loss", "schedule", "activation")   # named in the config, checked by it

# every field the form or the command line can name: dest -> (flag, label)
FIELDS = {s.dest: (s.flag, s.label) for s in (*SETTINGS, LIMIT)}
FIELDS.update({name: (f"--{name}", name) for name in CHOICES})
FIELDS.update(preset=("--preset", "preset"), hidden=("--hidden", "hidden layers"),
              augment=("--augment", "distortions"), teacher=("--no-teacher", "teacher"))


#: What ``RequestError.kind`` may be (a form says each in its own words; "config" is the
#: trainer's own English message, in ``value``).
KINDS = ("not_whole", "not_number", "range", "hidden_format", "hidden_empty", "hidden_small",
         "unknown_preset", "unknown_choice", "no_teacher", "too_few_images", "config")


class RequestError(UsageError):
    """A setting that cannot be used, naming it; ``str()`` is the command line's one line.

    ``field`` is the request's field at fault (None when the settings only fail together),
    ``kind`` one of ``KINDS`` and ``values`` the texts the problem quotes (the value at fault,
    as quoted): what a form needs to say the problem in its own words."""

    def __init__(self, field: str | None, problem: str, kind: str, *values: str):
        self.field, self.problem, self.kind, self.values = field, problem, kind, values
        flag = FIELDS[field][0] if field else None
        super().__init__(f"{flag}: {self._said('the ' + self.label)}" if flag else problem)

    @property
    def label(self) -> str:
        return FIELDS[self.field][1] if self.field else ""

    def _said(self, subject: str) -> str:
        """'must be ...' follows the setting's name; 'not a number: ...' follows the flag."""
        return f"{subject} {self.problem}" if self.problem.startswith("must") else self.problem


def parse_hidden(text: str) -> tuple[int, ...]:
    """'50, 100' -> (50, 100); RequestError naming the hidden layers if it is not that."""
    try:
        hidden = tuple(int(h) for h in text.replace(" ", "").split(",") if h)
    except ValueError:
        raise RequestError("hidden", "write whole numbers separated by commas, like 50,100 "
                                     f"(got {text!r})", "hidden_format", repr(text)) from None
    if not hidden:
        raise RequestError("hidden", "give at least one layer size, like 50,100", "hidden_empty")
    if min(hidden) < 1:
        raise RequestError("hidden", f"must be at least 1 neuron each, got {text.strip()}",
                           "hidden_small", text.strip())
    return hidden


@dataclass(frozen=True)
class TrainingRequest:
    """What a run asks of its preset, as typed. ``None``: as the preset says.

    ``augment`` and ``teacher`` are True/False to turn the preset's distortions
    or teacher on or off; ``pen`` False trains on MNIST alone even if the
    preset adds pen digits; ``pen_held_out`` names the pen writers held out
    for validation instead of the preset's (``1,4,7`` or ``1-9``)."""

    preset: str = "shipped"
    hidden: str | None = None
    optimizer: str | None = None
    loss: str | None = None
    schedule: str | None = None
    activation: str | None = None
    epochs: str | None = None
    batch_size: str | None = None
    lr: str | None = None
    momentum: str | None = None
    weight_decay: str | None = None
    label_smoothing: str | None = None
    seed: str | None = None
    validation_size: str | None = None
    augment: bool | None = None
    teacher: bool | None = None
    limit: str | None = None
    pen: bool = True
    pen_held_out: str | None = None

    @classmethod
    def from_args(cls, args) -> "TrainingRequest":
        """The request of ``digitpad train``'s parsed options."""
        names = {f.name for f in fields(cls)} - {"augment", "teacher", "pen", "pen_held_out"}
        augment = True if getattr(args, "augment", False) else False if args.no_augment else None
        held = getattr(args, "pen_held_out", None)
        return cls(**{name: getattr(args, name) for name in names}, augment=augment,
                   teacher=False if args.no_teacher else None, pen=not args.no_pen,
                   pen_held_out=None if held is None else ",".join(map(str, held)))

    @classmethod
    def from_form(cls, preset: str, **values) -> "TrainingRequest":
        """A request naming only what differs from the preset (a form shows every setting).

        ``values`` maps fields to what the form holds: text or numbers for the settings,
        booleans for augment and teacher. A value that cannot be read is kept, so ``check``
        names it."""
        from .nn.train import PRESETS

        config = PRESETS[preset].config if preset in PRESETS else None
        kept = {}
        for name, value in values.items():
            if config is None or name in ("limit", "pen"):
                kept[name] = value
            elif name == "augment":
                kept[name] = None if value == (config.augment is not None) else value
            elif name == "teacher":
                kept[name] = None if value == (config.teacher is not None) else value
            else:
                kept[name] = _changed_text(name, value, getattr(config, name))
        return cls(preset=preset, **kept)

    def check(self) -> "TrainingPlan":
        """The checked plan; RequestError (naming the field) if a setting is wrong."""
        from .nn.train import PRESETS, SHIPPED_AUGMENT, check_memory

        preset = PRESETS.get(self.preset)
        if preset is None:
            raise RequestError(None, f"unknown preset {self.preset!r} "
                                     f"(choose from {', '.join(PRESETS)})", "unknown_preset",
                               repr(self.preset), ", ".join(PRESETS))
        base = preset.config
        changes = {}
        if self.hidden is not None:
            changes["hidden"] = parse_hidden(self.hidden)
        for name in CHOICES:
            value = getattr(self, name)
            if value is not None:
                changes[name] = value
        for setting in SETTINGS:
            text = getattr(self, setting.dest)
            if text is not None:
                changes[setting.dest] = setting.parse(text)
        _check_choices(base, changes)
        optimizer = changes.get("optimizer", base.optimizer)
        if "momentum" in changes and optimizer != "sgd":
            problem = f"only SGD uses momentum; this run's optimizer is {optimizer} (add --optimizer sgd)"
            raise RequestError("momentum", problem, "config", problem)
        if self.augment is False:
            changes["augment"] = None
        elif self.augment and base.augment is None:
            changes["augment"] = SHIPPED_AUGMENT
        teacher = base.teacher
        if self.teacher is False:
            changes.update(teacher=None, distill_weight=0.0)
        elif self.teacher and teacher is None:
            raise RequestError("teacher", f"the {preset.name} preset has no teacher to learn from",
                               "no_teacher", preset.name)
        elif teacher is not None:
            if self.augment is False:
                teacher = teacher.replace(augment=None)
            if "seed" in changes:
                teacher = teacher.replace(seed=changes["seed"])
            changes["teacher"] = teacher
        limit = None if self.limit is None else LIMIT.parse(self.limit)
        if limit is not None and self.validation_size is None:   # keep a tenth for validation at most
            changes["validation_size"] = min(base.validation_size, limit // 10)
        if "epochs" in changes:
            # a shorter run keeps the preset's clean finish and warm-up where they still fit
            changes.setdefault("clean_epochs", min(base.clean_epochs, max(changes["epochs"] - 1, 0)))
            changes.setdefault("warmup_epochs", min(base.warmup_epochs, changes["epochs"] - 1))
        try:
            config = base.replace(**changes)
            check_memory(config)
        except (ValueError, TypeError) as exc:
            raise RequestError(None, str(exc), "config", str(exc)) from None
        return TrainingPlan(self, config, preset.name, limit, self.changed())

    def changes(self) -> list[str]:
        """What the request changes from its preset: fields, then "augment" or "no_augment" and
        "no_teacher" (a form names each in its own words)."""
        keys = [name for name in ("hidden", "lr", "activation", "loss", "optimizer", "schedule")
                if getattr(self, name) is not None]
        keys += [s.dest for s in SETTINGS if s.dest != "lr" and getattr(self, s.dest) is not None]
        if self.augment is not None:
            keys.append("augment" if self.augment else "no_augment")
        if self.teacher is False:
            keys.append("no_teacher")
        return keys

    def changed(self) -> list[str]:
        """What the request changes from its preset, in English words."""
        words = {"augment": "distortions", "no_augment": "no distortions", "no_teacher": "no teacher"}
        return [words.get(key) or FIELDS[key][1] for key in self.changes()]

    def command_line(self, out: str) -> str:
        """The command that reproduces this run (where MNIST and the pen digits were found is left out)."""
        from .nn.train import PRESETS

        words = ["digitpad", "train", "--preset", self.preset]
        for name in ("optimizer", "loss", "schedule", "hidden", "activation"):
            value = getattr(self, name)
            if value is not None:
                words += [f"--{name}", value]
        for setting in SETTINGS:
            value = getattr(self, setting.dest)
            if value is not None:
                words += [setting.flag, value]
        if self.augment is not None:
            words.append("--augment" if self.augment else "--no-augment")
        if self.teacher is False:
            words.append("--no-teacher")
        if not self.pen and self.preset in PRESETS and PRESETS[self.preset].pen is not None:
            words.append("--no-pen")
        elif self.pen_held_out is not None:
            words += ["--pen-held-out", self.pen_held_out]
        if self.limit is not None:
            words += ["--limit", self.limit]
        words += ["--out", out]
        return shlex.join(words)


def _changed_text(name: str, value, preset_value) -> str | None:
    """``value`` as the request's text, or None when it is what the preset says already."""
    if name == "hidden":
        try:
            hidden = parse_hidden(str(value))
        except RequestError:
            return str(value)
        return None if hidden == tuple(preset_value) else ",".join(map(str, hidden))
    if name in CHOICES:
        return None if value == preset_value else value
    text = str(value).strip()
    setting = next(s for s in SETTINGS if s.dest == name)
    try:
        number = setting.parse(text)
    except RequestError:
        return text
    if number == preset_value:
        return None
    return text if setting.kind == "whole" else repr(float(number))


def _check_choices(base, changes) -> None:
    """An unknown optimizer, loss, schedule or activation, named before the config is built."""
    from .nn.activations import TRAINABLE_ACTIVATIONS
    from .nn.train import LOSSES, OPTIMIZERS, SCHEDULES

    allowed = {"optimizer": OPTIMIZERS, "loss": LOSSES, "schedule": SCHEDULES,
               "activation": TRAINABLE_ACTIVATIONS}
    for name, choices in allowed.items():
        if name in changes and changes[name] not in choices:
            raise RequestError(name, f"unknown {name} {changes[name]!r} "
                                     f"(choose from {', '.join(choices)})", "unknown_choice",
                               repr(changes[name]), ", ".join(choices))


@dataclass(frozen=True)
class TrainingPlan:
    """A checked request: the config to train, the preset it came from, the image limit."""

    request: TrainingRequest
    config: object          # TrainConfig
    preset: str
    limit: int | None
    changed: list = field(default_factory=list)

    @property
    def custom(self) -> bool:
        return bool(self.changed)

    @property
    def changes(self) -> list[str]:
        """What was changed from the preset, as keys (see ``TrainingRequest.changes``)."""
        return self.request.changes()

    def command_line(self, out: str) -> str:
        return self.request.command_line(out)


# --------------------------------------------------------------------------- data and steps

@dataclass
class TrainingData:
    """MNIST as a run uses it: the training images cut to the limit, and the test set."""

    X_train: object
    y_train: object
    X_test: object
    y_test: object
    validation_size: int

    @property
    def n_fit(self) -> int:
        """The images trained on (the validation ones held out)."""
        return len(self.y_train) - self.validation_size


def load_training_data(config, limit: int | None, mnist_path=None) -> TrainingData:
    """MNIST's training images (the first ``limit``) and test images; RequestError if the
    validation images to hold out would leave none to train on."""
    from .data.mnist import load_mnist

    X_train, y_train = load_mnist("train", mnist_path)
    X_test, y_test = load_mnist("test", mnist_path)
    if limit is not None:
        X_train, y_train = X_train[:limit], y_train[:limit]
    if config.validation_size >= len(y_train):
        raise RequestError("validation_size", f"cannot hold out {config.validation_size:,} "
                                              f"validation images from {len(y_train):,}: "
                                              "hold out fewer or train on more images",
                           "too_few_images", f"{config.validation_size:,}", f"{len(y_train):,}")
    return TrainingData(X_train, y_train, X_test, y_test, config.validation_size)


def steps_in(config, n_fit: int) -> tuple[int, int]:
    """(all steps, the teacher's steps) of a run on n_fit images."""
    student = config.epochs * -(-n_fit // config.batch_size)
    teacher = 0
    if config.teacher is not None:
        teacher = config.teacher.epochs * -(-n_fit // config.teacher.batch_size)
    return student + teacher, teacher


def step_position(progress, teacher_steps: int) -> int:
    """Steps done so far in the whole run (the teacher trains first) at ``progress``."""
    position = (progress.epoch - 1) * progress.steps_per_epoch + progress.step
    return position if progress.phase == "teacher" else position + teacher_steps
