"""A short fine-tune that teaches a trained network one person's handwriting.

The user's labelled digits are few (one per correction), and the network
must keep reading MNIST. Every step therefore trains on a mixed batch:

- ``user_batch`` of the user's digits (their corrections), drawn with
  replacement; their targets are their labels. ``augment`` distorts them
  lightly if set (``nn.augment``);
- ``read_right_batch`` of the drawings the network already read right and
  the user moved on from (cleared without correcting), if there are any,
  their answers as targets: they show the person's hand in every digit, so a
  correction does not push their other digits into a new mistake and the
  hand's own look is learned from far more than the few corrections;
- ``replay_batch`` MNIST training digits (a replay), whose targets are the
  starting network's own answers: distilling the old answers, rather than
  the labels, holds the network to what it already did on MNIST, not to a
  new compromise.

The backpropagation, the per-row targets and Adam are ``nn.train``'s: each
row's target goes in through the soft targets of ``forward_backward`` (a
one-hot row for a user digit, the starting network's probabilities for a replayed one).
The layers do not all learn at one rate: the last ones, which draw the
boundaries between the digits in the space of features the first layer
finds, learn faster (``top_lr_scale``); the first layer, which holds most
of the weights and most of what reading MNIST needs, moves at ``lr``.
Seeded: the same network, digits, replay and seed give the same weights.
Progress and cancel are plain callbacks, as in ``nn.train.train``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

from .augment import AugmentConfig, Augmenter
from .blas import limit_blas_threads
from .functions import softmax
from .network import PIXEL_SCALE, Network
from .backprop import SGD, Adam, _MLP
from .train import StepProgress, _check_data


@dataclass(frozen=True)
class FineTuneConfig:
    """How one fine-tune runs: ``steps`` steps of ``optimizer`` at ``lr`` on mixed batches.

    ``top_lr_scale`` is how many times ``lr`` the last layers learn at, the
    output layer first (10x for 100 -> 10, 3x for 50 -> 100); the layers it
    does not reach learn at ``lr``, and multiples beyond the network's layers
    are unused.

    The defaults were chosen with ``digitpad bench teach`` (pen writers as
    users), from the shipped weights and from two networks made by the same
    recipe with other thirds of the writers held out, so that 30 writers the
    network never saw were users (over fine-tune seeds 0-2): a small share of
    the user's digits in a large replay batch forgets least MNIST (a quarter
    of user digits cost about three times more test accuracy); Adam's fresh
    per-parameter steps did no worse than SGD's.
    Taught / untaught second-half error, on all 30 writers (the shipped
    network's 10 alone), and the most MNIST test points one writer cost:
    these defaults, 16 corrections and 16 read-right drawings (the network
    at least half sure of them) with 480 replayed, 200 steps: 0.41 (0.59),
    0.19, at up to 0.6 s of CPU a correction; the corrections alone, 16 with
    496 replayed: 0.55 (0.73), 0.17. Every read-right drawing, however
    unsure: 0.39 (0.59); only those 90% sure: 0.48 (0.71); 32 read-right a
    step: 0.40 (0.57); corrections distorted (rotation 8 degrees, scale
    0.9-1.1, shear 0.15, shift 1.5 px, thickness 0.3, elastic 0.5): 0.41
    (0.71); twice the learning rate 0.41 (0.59); 300 steps 0.43 (0.59).
    A careless user, who corrects only half the mistakes and moves on from
    the rest (which then join the read-right drawings with the wrong answer):
    0.57 with read-right drawings, 0.64 without.
    With every 32 more read-right drawings also taught between corrections
    (``teach.READ_RIGHT_REFRESH``, bench seeds 0-2): 0.38 (0.51).
    The last two layers learning faster (``top_lr_scale``), over bench seeds
    0-2: second-half errors of all 30 writers taught / untaught, the ratio
    (the shipped network's 10 alone), the most MNIST test points one writer
    cost. One rate for all: 103/273, 0.377 (0.51), 0.20; 10x and 3x (these
    defaults): 97/273, 0.355 (0.43), 0.20, the fine-tune no slower (seeds
    0-4: 164/455, 0.360 (0.44) against 173/455, 0.380 (0.52), fewer errors
    with every seed; most of the gain is on the shipped 10, e.g. one of
    writer 15's two later 7s drawn like a 2 is now read as its corrections
    taught); 5x and 2x: 99/273, 0.363 (0.45); 20x and 5x: 97/273, 0.355
    (0.43). Not better, on writers 3, 6, ..., 30 and 1, 4, ..., 28 (seeds
    0-2, one rate: 76/165, the shipped 10 0.51): the output layer alone 5x
    76/165 (0.51); each correction weighing 3 times more in the loss 75/165
    (0.59); the corrections shifted by up to 1 pixel 78/165 (0.69); the
    read-right drawings it was least sure of picked more often 75/165 (0.51).
    Earlier, from the shipped weights and seed 0: 120 steps of 8 distorted
    corrections 1.00; 32 corrections a step 1.24; the distortions without
    thickness or wobble 1.00.
    """

    steps: int = 200
    user_batch: int = 16
    read_right_batch: int = 16
    replay_batch: int = 480
    lr: float = 1e-3
    top_lr_scale: tuple[float, ...] = (10.0, 3.0)
    optimizer: str = "adam"
    augment: AugmentConfig | None = None
    seed: int = 0

    def __post_init__(self):
        if self.steps < 1:
            raise ValueError(f"steps must be at least 1, got {self.steps}")
        if self.user_batch < 1 or self.replay_batch < 0:
            raise ValueError("the batch needs at least one of the user's digits per step")
        if self.read_right_batch < 0:
            raise ValueError(f"read_right_batch must be at least 0, got {self.read_right_batch}")
        if not (self.lr > 0 and math.isfinite(self.lr)):
            raise ValueError(f"the learning rate must be a positive number, got {self.lr}")
        try:
            if isinstance(self.top_lr_scale, str):  # its characters are not multiples
                raise TypeError
            scale = tuple(float(m) for m in self.top_lr_scale)
        except (TypeError, ValueError):
            scale = (float("nan"),)
        if not all(m > 0 and math.isfinite(m) for m in scale):
            raise ValueError(f"top_lr_scale must be positive numbers, got {self.top_lr_scale!r}")
        object.__setattr__(self, "top_lr_scale", scale)
        if self.optimizer not in ("adam", "sgd"):
            raise ValueError(f"unknown optimizer {self.optimizer!r} (choose from adam, sgd)")
        if not 0 <= self.seed < 2 ** 63:
            raise ValueError(f"the seed must be a whole number >= 0, got {self.seed}")

    def to_dict(self) -> dict:
        """Plain JSON-ready values (the personal model's card stores them)."""
        return {"steps": self.steps, "user_batch": self.user_batch,
                "read_right_batch": self.read_right_batch, "replay_batch": self.replay_batch, "lr": self.lr,
                "top_lr_scale": list(self.top_lr_scale), "optimizer": self.optimizer,
                "augment": self.augment.to_dict() if self.augment else None, "seed": self.seed}


@dataclass
class FineTuneResult:
    """The taught network; ``stopped`` when ``should_stop`` ended it before ``steps``."""

    network: Network
    steps: int  # steps actually taken
    stopped: bool
    seconds: float
    loss: float  # mean loss over the last tenth of the steps taken (NaN if none)


def fine_tune(network: Network, images, labels, replay_images=None, replay_labels=None,
              config: FineTuneConfig = FineTuneConfig(), *, replay_targets=None, read_right=None,
              on_step: Callable[[StepProgress], None] | None = None,
              should_stop: Callable[[], bool] | None = None, report_every: int = 10,
              blas_threads: int | None = 1) -> FineTuneResult:
    """``network`` taught the user's uint8 ``images`` (N, 784) with ``labels`` (N,).

    ``replay_images``/``replay_labels`` are MNIST training digits replayed
    alongside, with ``network``'s own answers as their targets (None: none,
    and the network may then forget MNIST). ``replay_targets`` are those
    answers if already known (``answers(network, replay_images)``): they are
    the same for every fine-tune from the same network, and computing them
    once saves a forward pass per step. ``read_right`` is (images, labels)
    of drawings the network read right, the labels being its answers (None
    or empty: none).
    ``on_step(StepProgress)`` is called every ``report_every`` steps and at
    the end; ``should_stop()`` before every step. ``network`` is not changed.
    """
    images, labels = _check_data(images, labels, "user")
    has_replay = replay_images is not None and config.replay_batch > 0
    if has_replay:
        replay_images, replay_labels = _check_data(replay_images, replay_labels, "replay")
        if replay_images.shape[1] != images.shape[1]:
            raise ValueError("the replay images and the user's digits differ in size")
        if replay_targets is not None:
            replay_targets = np.asarray(replay_targets, np.float32)
            if replay_targets.shape != (len(replay_images), network.n_outputs):
                raise ValueError(f"replay_targets must be ({len(replay_images)}, "
                                 f"{network.n_outputs}), got {replay_targets.shape}")
    if images.shape[1] != network.n_inputs:
        raise ValueError(f"the network reads {network.n_inputs} pixels, the digits have "
                         f"{images.shape[1]}")
    right = None
    if read_right is not None and len(read_right[1]) and config.read_right_batch:
        right = _check_data(*read_right, "read-right")
        if right[0].shape[1] != images.shape[1]:
            raise ValueError("the read-right drawings and the user's digits differ in size")
        right = right[0], right[1].astype(np.intp)
    with limit_blas_threads(blas_threads):
        return _fine_tune(network, images, labels.astype(np.intp), right,
                          replay_images if has_replay else None, replay_targets, config,
                          on_step, should_stop, report_every)


def answers(network: Network, images, chunk: int = 5000) -> np.ndarray:
    """``network``'s probabilities (N, K) float32 for uint8 images (N, 784): the replay's targets."""
    out = np.empty((len(images), network.n_outputs), np.float32)
    for start in range(0, len(images), chunk):
        out[start:start + chunk] = network.predict(images[start:start + chunk],
                                                   input_scale=PIXEL_SCALE)
    return out


def layer_rates(mlp: _MLP, lr: float, top_scale) -> np.ndarray | float:
    """Each parameter's learning rate, laid out as ``mlp.flat``: ``lr`` times the multiple of its
    layer (``top_scale``, output layer first; 1 for the layers before). Just ``lr`` if all are 1."""
    scale = [float(m) for m in top_scale][:len(mlp.W)]
    if all(m == 1 for m in scale):
        return lr
    rate = np.full(mlp.flat.size, lr, mlp.dtype)
    for k, m in enumerate(scale, start=1):
        mlp._view_of(rate, mlp.W[-k])[...] *= m
        mlp._view_of(rate, mlp.b[-k])[...] *= m
    return rate


def _fine_tune(network, images, labels, right, replay, replay_targets, config, on_step,
               should_stop, report_every) -> FineTuneResult:
    t0 = time.perf_counter()
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(config.seed).spawn(4)]
    pick, augment_rng, replay_rng, right_rng = streams
    mlp = _MLP(network.weights, network.biases, network.activations, np.float32)
    anchor = _MLP(network.weights, network.biases, network.activations, np.float32)
    optimizer = Adam(mlp.flat.size) if config.optimizer == "adam" else SGD(mlp.flat.size)
    rate = layer_rates(mlp, config.lr, config.top_lr_scale)
    augmenter = Augmenter(config.augment, augment_rng) if config.augment else None
    n_user = config.user_batch
    n_right = config.read_right_batch if right is not None else 0
    n_mine = n_user + n_right  # rows with a one-hot target
    n_replay = config.replay_batch if replay is not None else 0
    x = np.empty((n_mine + n_replay, images.shape[1]), np.float32)
    soft = np.zeros((n_mine + n_replay, network.n_outputs), np.float32)
    batch_labels = np.empty(n_mine + n_replay, np.intp)
    losses: list[float] = []
    stopped = False
    for step in range(config.steps):
        if should_stop is not None and should_stop():
            stopped = True
            break
        chosen = pick.integers(0, len(labels), n_user)
        np.multiply(images[chosen], np.float32(PIXEL_SCALE), out=x[:n_user])
        if augmenter is not None:
            augmenter.augment_inplace(x[:n_user])
        batch_labels[:n_user] = labels[chosen]
        if n_right:
            kept = right_rng.integers(0, len(right[1]), n_right)
            np.multiply(right[0][kept], np.float32(PIXEL_SCALE), out=x[n_user:n_mine])
            batch_labels[n_user:n_mine] = right[1][kept]
        soft[:n_mine] = 0
        soft[np.arange(n_mine), batch_labels[:n_mine]] = 1
        if n_replay:
            rows = replay_rng.integers(0, len(replay), n_replay)
            np.multiply(replay[rows], np.float32(PIXEL_SCALE), out=x[n_mine:])
            if replay_targets is not None:
                soft[n_mine:] = replay_targets[rows]
            else:
                soft[n_mine:] = softmax(anchor.logits(x[n_mine:]))
            batch_labels[n_mine:] = soft[n_mine:].argmax(axis=1)
        value, _ = mlp.forward_backward(x, batch_labels, soft=soft, soft_weight=1.0)
        optimizer.step(mlp.flat, mlp.grad, rate)
        losses.append(value)
        if on_step is not None and ((step + 1) % report_every == 0 or step + 1 == config.steps):
            window = losses[-report_every:]
            on_step(StepProgress(1, 1, step + 1, config.steps, float(np.mean(window)),
                                 config.lr, phase="teach"))
    if losses and not math.isfinite(sum(losses)):
        raise FloatingPointError("the fine-tune's loss diverged: lower the learning rate")
    tail = losses[-max(1, len(losses) // 10):]
    return FineTuneResult(mlp.network(), len(losses), stopped, time.perf_counter() - t0,
                          float(np.mean(tail)) if losses else float("nan"))
