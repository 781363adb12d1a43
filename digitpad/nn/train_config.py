"""What a training run is asked to do: ``TrainConfig``, its choices, and the learning-rate schedule.

``nn.train`` runs a config; ``nn.presets`` names the recipes the app and the
command line offer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

from .activations import TRAINABLE_ACTIVATIONS
from .augment import AugmentConfig

N_CLASSES = 10

LOSSES = ("cross-entropy", "mse")
OPTIMIZERS = ("adam", "sgd")
SCHEDULES = ("constant", "cosine", "step")


# configuration ----------------------------------------------------------------

@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides the trained weights (besides the data).

    ``lr`` is the peak learning rate. ``momentum`` is SGD's momentum and
    ``betas`` Adam's decay rates. The schedule warms up linearly over
    ``warmup_epochs``, then stays ``constant``, follows a half ``cosine``
    down to ``lr * final_lr``, or drops by ``step_gamma`` every
    ``step_epochs`` (``step``). ``weight_decay`` adds the L2 penalty
    wd/2 * sum(W^2) over the weight matrices (not the biases).
    ``augment`` distorts the training images (None: never); the last
    ``clean_epochs`` epochs train on undistorted images.
    ``ema_decay`` > 0 keeps an exponential moving average of the weights
    (decay per step, ramped up over the first steps) and returns that
    average instead of the last weights: a cheap way to smooth out the noise
    of the last steps.
    ``teacher`` is another config: a network trained first, on the same
    training images (never the validation ones), whose outputs at
    ``distill_temperature`` are mixed into the targets with weight
    ``distill_weight`` (knowledge distillation: a small network learns more
    from a big one's graded answers than from the labels alone).
    ``validation_size`` images are held out of the training data, chosen by
    the seed, to measure ``validation_accuracy``; 0 holds none out.
    """

    hidden: tuple[int, ...] = (50, 100)
    activation: str = "sigmoid"
    loss: str = "cross-entropy"
    optimizer: str = "adam"
    lr: float = 1e-3
    momentum: float = 0.9
    nesterov: bool = True
    betas: tuple[float, float] = (0.9, 0.999)
    eps: float = 1e-8
    weight_decay: float = 0.0
    schedule: str = "cosine"
    warmup_epochs: float = 0.0
    final_lr: float = 0.0
    step_epochs: int = 10
    step_gamma: float = 0.1
    batch_size: int = 128
    epochs: int = 20
    augment: AugmentConfig | None = None
    clean_epochs: int = 0
    label_smoothing: float = 0.0
    ema_decay: float = 0.0
    teacher: "TrainConfig | None" = None
    distill_weight: float = 0.0
    distill_temperature: float = 1.0
    seed: int = 0
    validation_size: int = 5000

    def __post_init__(self):
        object.__setattr__(self, "hidden", tuple(int(h) for h in self.hidden))
        object.__setattr__(self, "betas", tuple(float(b) for b in self.betas))
        if isinstance(self.augment, dict):
            object.__setattr__(self, "augment", AugmentConfig.from_dict(self.augment))
        if isinstance(self.teacher, dict):
            object.__setattr__(self, "teacher", TrainConfig.from_dict(self.teacher))
        problem = self._problem()
        if problem:
            raise ValueError(problem)

    def _problem(self) -> str | None:
        if any(h < 1 for h in self.hidden):
            return f"hidden layer sizes must be at least 1, got {list(self.hidden)}"
        choices = (("activation", TRAINABLE_ACTIVATIONS), ("loss", LOSSES),
                   ("optimizer", OPTIMIZERS), ("schedule", SCHEDULES))
        for name, allowed in choices:
            if getattr(self, name) not in allowed:
                return (f"unknown {name} {getattr(self, name)!r} "
                        f"(choose from {', '.join(allowed)})")
        if not (self.lr > 0 and math.isfinite(self.lr)):
            return f"the learning rate must be a positive number, got {self.lr}"
        if not 0 <= self.momentum < 1:
            return f"momentum must be in [0, 1), got {self.momentum}"
        if len(self.betas) != 2 or not all(0 <= b < 1 for b in self.betas):
            return f"Adam's betas must be two numbers in [0, 1), got {self.betas}"
        if not self.eps > 0:
            return f"eps must be positive, got {self.eps}"
        if not self.weight_decay >= 0:
            return f"weight decay must be >= 0, got {self.weight_decay}"
        if not 0 <= self.final_lr <= 1:
            return f"final_lr is a fraction of lr in [0, 1], got {self.final_lr}"
        if self.batch_size < 1:
            return f"the batch size must be at least 1, got {self.batch_size}"
        if self.epochs < 1:
            return f"epochs must be at least 1, got {self.epochs}"
        if not 0 <= self.warmup_epochs <= self.epochs:
            return f"warmup_epochs must be between 0 and epochs, got {self.warmup_epochs}"
        if self.step_epochs < 1 or not 0 < self.step_gamma <= 1:
            return "the step schedule needs step_epochs >= 1 and 0 < step_gamma <= 1"
        if not 0 <= self.clean_epochs <= self.epochs:
            return f"clean_epochs must be between 0 and epochs, got {self.clean_epochs}"
        if not 0 <= self.label_smoothing < 1:
            return f"label smoothing must be in [0, 1), got {self.label_smoothing}"
        if not 0 <= self.ema_decay < 1:
            return f"ema_decay must be in [0, 1), got {self.ema_decay}"
        if not 0 <= self.distill_weight <= 1:
            return f"distill_weight must be in [0, 1], got {self.distill_weight}"
        if self.distill_weight and self.teacher is None:
            return "distill_weight needs a teacher to distill from"
        if not self.distill_temperature > 0:
            return f"distill_temperature must be positive, got {self.distill_temperature}"
        if self.validation_size < 0:
            return f"the validation size must be >= 0, got {self.validation_size}"
        if not 0 <= self.seed < 2 ** 63:
            return f"the seed must be a whole number >= 0, got {self.seed}"
        return None

    def replace(self, **changes) -> "TrainConfig":
        return replace(self, **changes)

    def sizes(self, n_inputs: int = 784, n_outputs: int = N_CLASSES) -> list[int]:
        return [n_inputs, *self.hidden, n_outputs]

    def to_dict(self) -> dict:
        """Plain JSON-ready values (the model card stores them)."""
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d["hidden"] = list(self.hidden)
        d["betas"] = list(self.betas)
        d["augment"] = self.augment.to_dict() if self.augment else None
        d["teacher"] = self.teacher.to_dict() if self.teacher else None
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "TrainConfig":
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - names)
        if unknown:
            raise ValueError(f"unknown training settings: {', '.join(unknown)}")
        return cls(**d)


def learning_rate(config: TrainConfig, step: int, steps_per_epoch: int) -> float:
    """The learning rate for (0-based) global step ``step``."""
    total = config.epochs * steps_per_epoch
    warmup = config.warmup_epochs * steps_per_epoch
    if step < warmup:
        return config.lr * (step + 1) / warmup
    if config.schedule == "constant":
        return config.lr
    if config.schedule == "step":
        return config.lr * config.step_gamma ** (step // (config.step_epochs * steps_per_epoch))
    # cosine from lr down to lr * final_lr over the steps after the warmup
    progress = (step - warmup) / max(total - warmup, 1)
    low = config.lr * config.final_lr
    return low + (config.lr - low) * 0.5 * (1 + math.cos(math.pi * progress))
