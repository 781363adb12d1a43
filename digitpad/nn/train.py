"""Training the chapter 3 network: backpropagation, optimizers, schedules, callbacks.

The book loads trained weights in chapter 3 and trains in chapters 4-6; this
module is the part that made ``weights/digitpad-784-50-100-10.npz``.

For an MLP with hidden activation f and softmax output y, one mini-batch of
B images x with targets t goes

    forward   z0 = x,  z_k = f(z_{k-1} W_k + b_k),  y = softmax(z_{L-1} W_L + b_L)
    backward  d_L = dLoss/da_L  (cross-entropy: (y - t) / B)
              dW_k = z_{k-1}^T d_k,  db_k = sum over the batch of d_k
              d_{k-1} = (d_k W_k^T) * f'(z_{k-1})

with f' written in terms of the layer's output (sigmoid: z (1 - z), tanh:
1 - z^2, ReLU: z > 0), so nothing but the activations is kept.

Speed: every parameter lives in one flat float32 vector (W1, b1, W2, ... are
views into it), and so does every gradient, so an optimizer step is a
handful of whole-vector NumPy operations; the per-batch arrays are allocated
once and reused with ``out=``. There is no Python loop over samples.

Determinism: one ``np.random.SeedSequence(seed)`` is split into independent
streams for the validation split, the initial weights, the shuffling and the
augmentation, so the same config and data give the same weights bit for bit,
and turning augmentation off does not change the initial weights or the
batch order. The BLAS runs on one thread while training (see ``train``), so
the bits do not depend on the number of cores either; they may on the CPU
family and the NumPy/OpenBLAS build, whose kernels round differently.
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import asdict, dataclass, field, replace
from typing import Callable

import numpy as np

from .activations import REGISTRY
from .augment import Augmenter
from .backprop import SGD, Adam, _Average, _MLP, loss_and_gradients  # noqa: F401  (callers import them from here)
from .blas import limit_blas_threads
from .functions import softmax
from .network import PIXEL_SCALE, Network
from .presets import PRESETS, SHIPPED_AUGMENT, SHIPPED_TEACHER, PenRecipe, Preset  # noqa: F401  (the same)
from .train_config import (LOSSES, N_CLASSES, OPTIMIZERS, SCHEDULES,  # noqa: F401  (the same)
                           TrainConfig, learning_rate)


# results ------------------------------------------------------------------------

@dataclass(frozen=True)
class StepProgress:
    """Passed to ``on_step`` every few steps. ``loss`` is the mean since the last report."""

    epoch: int  # 1-based
    epochs: int
    step: int  # 1-based within the epoch
    steps_per_epoch: int
    loss: float
    lr: float
    phase: str = "train"  # "teacher" while a teacher network is being trained

    @property
    def fraction(self) -> float:
        """How much of the whole run is done, 0..1."""
        return ((self.epoch - 1) * self.steps_per_epoch + self.step) / (
            self.epochs * self.steps_per_epoch)


@dataclass(frozen=True)
class EpochResult:
    """One finished epoch. ``network`` is a copy of the weights after it (None in history).

    ``train_loss``/``train_accuracy`` are means over the epoch's (possibly
    distorted) batches as they were trained on; the accuracies on held-out
    data are None when there was no such data.
    """

    epoch: int  # 1-based
    epochs: int
    train_loss: float
    train_accuracy: float
    validation_accuracy: float | None
    eval_accuracy: float | None
    seconds: float
    lr: float
    network: Network | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict:
        d = asdict(self)
        del d["network"]
        return d


@dataclass
class TrainResult:
    """What ``train`` returns. ``stopped`` is True when ``should_stop`` ended it early.

    A run stopped partway through an epoch keeps the steps it took of it:
    ``steps_into_epoch`` of that epoch's ``steps_per_epoch`` (0 when it
    stopped between two epochs, or while a teacher trained), so its network
    and its accuracies are not those of the last finished epoch.
    """

    network: Network
    config: TrainConfig
    history: list[EpochResult]
    stopped: bool
    seconds: float
    validation_accuracy: float | None
    eval_accuracy: float | None
    teacher_validation_accuracy: float | None = None
    steps_into_epoch: int = 0
    steps_per_epoch: int = 0

    @property
    def epochs_completed(self) -> int:
        return len(self.history)

    @property
    def stopped_partway(self) -> bool:
        """Stopped inside an epoch: the network has some, not all, of its steps."""
        return self.stopped and self.steps_into_epoch > 0


# training ------------------------------------------------------------------------

def initial_network(config: TrainConfig, n_inputs: int = 784,
                    rng: np.random.Generator | None = None) -> Network:
    """Glorot-uniform weights (He-normal before ReLU), zero biases."""
    rng = rng if rng is not None else _streams(config.seed)["init"]
    sizes = config.sizes(n_inputs)
    weights, biases = [], []
    for k, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        if REGISTRY[config.activation].he_init and k < len(sizes) - 2:
            W = rng.standard_normal((n_in, n_out)) * math.sqrt(2 / n_in)
        else:
            limit = math.sqrt(6 / (n_in + n_out))
            W = rng.uniform(-limit, limit, (n_in, n_out))
        weights.append(W)
        biases.append(np.zeros(n_out))
    return Network(weights, biases, config.activation)


def memory_needed(config: TrainConfig, n_inputs: int = 784) -> int:
    """About how many bytes ``train`` allocates for ``config`` (its teacher included).

    Per parameter: the float64 initial draw, then float32 copies for the
    network, the flat vector, its gradient, the weight mask, the optimizer's
    state, the moving average and the returned network. Per row of a batch:
    the pixels (uint8 and float32) and three float32 buffers per layer.
    """
    sizes = config.sizes(n_inputs)
    params = sum((n_in + 1) * n_out for n_in, n_out in zip(sizes[:-1], sizes[1:]))
    copies = 5 + (3 if config.optimizer == "adam" else 2) + (2 if config.ema_decay else 0)
    per_row = n_inputs * 5 + 3 * 4 * sum(sizes[1:])
    need = params * (8 + 4 * copies) + config.batch_size * per_row
    if config.teacher is not None:
        need += memory_needed(config.teacher, n_inputs)
    return need


def physical_memory() -> int | None:
    """This computer's memory in bytes, where the platform says (None where it does not)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


def check_memory(config: TrainConfig, n_inputs: int = 784) -> None:
    """ValueError, saying how much it would take, if ``config`` cannot fit in this computer's memory."""
    need, have = memory_needed(config, n_inputs), physical_memory()
    if have is not None and need > have:
        raise ValueError(f"training {'-'.join(map(str, config.sizes(n_inputs)))} in batches of "
                         f"{config.batch_size:,} would need about {_gib(need)} of memory; this "
                         f"computer has {_gib(have)}: use a smaller batch or smaller hidden layers")


def _gib(n_bytes: int) -> str:
    return f"{n_bytes / 2 ** 30:,.1f} GiB"


def _streams(seed: int) -> dict[str, np.random.Generator]:
    names = ("split", "init", "shuffle", "augment")
    children = np.random.SeedSequence(seed).spawn(len(names))
    return {name: np.random.default_rng(child) for name, child in zip(names, children)}


def split_validation(config: TrainConfig, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(train indices, validation indices) of n training samples, chosen by the seed."""
    if config.validation_size >= n:
        raise ValueError(f"cannot hold out {config.validation_size} of {n} training images")
    if config.validation_size == 0:
        return np.arange(n), np.arange(0)
    order = _streams(config.seed)["split"].permutation(n)
    return np.sort(order[config.validation_size:]), np.sort(order[:config.validation_size])


def accuracy(network: Network, images, labels, chunk: int = 5000) -> float:
    """Share of uint8 images (N, 784) the network labels right (pixels / 255)."""
    if len(labels) == 0:
        return float("nan")
    correct = 0
    for start in range(0, len(labels), chunk):
        probs = network.predict(images[start:start + chunk], input_scale=PIXEL_SCALE)
        correct += int(np.count_nonzero(probs.argmax(axis=1) == labels[start:start + chunk]))
    return correct / len(labels)


def train(config: TrainConfig, X_train, y_train, X_eval=None, y_eval=None, *,
          extra: tuple[np.ndarray, np.ndarray] | None = None,
          on_step: Callable[[StepProgress], None] | None = None,
          on_epoch: Callable[[EpochResult], None] | None = None,
          should_stop: Callable[[], bool] | None = None,
          report_every: int = 20, blas_threads: int | None = 1,
          clock: Callable[[], float] = time.perf_counter) -> TrainResult:
    """Train a network as ``config`` says on uint8 images (N, 784) and labels (N,).

    ``X_eval``/``y_eval`` (e.g. the test set) are only measured, after every
    epoch, never used for any choice. ``on_step(StepProgress)`` is called
    every ``report_every`` steps and at the end of every epoch;
    ``on_epoch(EpochResult)`` after every epoch, with a copy of the network;
    ``should_stop()`` before every step: when it returns True, training
    stops and the result holds the network as trained so far, with
    ``stopped=True``, only the finished epochs in its history, and the steps
    it took of the epoch it stopped in (``steps_into_epoch``).
    A teacher (``config.teacher``) is trained first; its steps are reported
    with ``phase="teacher"`` and its epochs are not passed to ``on_epoch``.

    ``extra`` (images, labels) joins the training images after the validation
    split: more to learn from (the teacher too), never held out, so the split
    of ``X_train`` stays the one its seed chooses.

    ``clock()`` gives the seconds that the epochs' and the run's times are
    measured in: a caller that holds the run inside ``on_step`` (a pause)
    passes one that stands still meanwhile, so the hold is not counted as
    training time.

    ``blas_threads`` is how many threads the BLAS may use meanwhile (None:
    leave it be). One is the default: these matrices are small, a second
    thread buys little on an idle machine, OpenBLAS threads that wait for a
    busy core spin and can make an epoch ten times slower, and with one
    thread the weights do not depend on how many cores the machine has.
    """
    with limit_blas_threads(blas_threads):
        return _train(config, X_train, y_train, X_eval, y_eval, on_step, on_epoch,
                      should_stop, report_every, extra, clock)


def _train(config, X_train, y_train, X_eval, y_eval, on_step, on_epoch, should_stop,
           report_every, extra=None, clock=time.perf_counter) -> TrainResult:
    t_start = clock()
    X_train, y_train = _check_data(X_train, y_train, "training")
    if X_eval is not None or y_eval is not None:
        X_eval, y_eval = _check_data(X_eval, y_eval, "evaluation")

    train_idx, val_idx = split_validation(config, len(y_train))
    if len(val_idx):
        X_val, y_val = X_train[val_idx], y_train[val_idx]
        X_fit, y_fit = X_train[train_idx], y_train[train_idx]
    else:
        X_val = y_val = None
        X_fit, y_fit = X_train, y_train
    if extra is not None:
        X_more, y_more = _check_data(*extra, "extra training")
        X_fit, y_fit = np.concatenate([X_fit, X_more]), np.concatenate([y_fit, y_more])

    teacher = teacher_val_acc = None
    if config.teacher is not None:
        def teacher_step(progress):
            on_step(replace(progress, phase="teacher"))

        # the teacher sees exactly the student's training images: nothing held out
        taught = _train(config.teacher.replace(validation_size=0), X_fit, y_fit, None, None,
                        teacher_step if on_step else None, None, should_stop, report_every,
                        clock=clock)
        if taught.stopped:
            network = initial_network(config, X_train.shape[1])
            return TrainResult(network, config, [], True, clock() - t_start,
                               None, None)
        teacher = _MLP(taught.network.weights, taught.network.biases,
                       taught.network.activations)
        teacher_val_acc = accuracy(taught.network, X_val, y_val) if X_val is not None else None

    network, history, stopped, partway, steps_per_epoch = _fit(
        config, X_fit, y_fit.astype(np.intp), X_val, y_val, X_eval, y_eval, teacher, on_step,
        on_epoch, should_stop, report_every, clock)
    if history and not stopped:
        val_acc, eval_acc = history[-1].validation_accuracy, history[-1].eval_accuracy
    else:
        val_acc = accuracy(network, X_val, y_val) if X_val is not None else None
        eval_acc = accuracy(network, X_eval, y_eval) if X_eval is not None else None
    return TrainResult(network, config, history, stopped, clock() - t_start,
                       val_acc, eval_acc, teacher_val_acc, partway, steps_per_epoch)


def _fit(config, X_fit, y_fit, X_val, y_val, X_eval, y_eval, teacher, on_step, on_epoch,
         should_stop, report_every, clock=time.perf_counter):
    """The training loop proper: (network, history, stopped, steps taken of the epoch it
    stopped in, steps per epoch)."""
    streams = _streams(config.seed)
    n, n_inputs = X_fit.shape
    init = initial_network(config, n_inputs, streams["init"])
    mlp = _MLP(init.weights, init.biases, init.activations, np.float32)
    if config.optimizer == "adam":
        optimizer = Adam(mlp.flat.size, config.betas, config.eps)
    else:
        optimizer = SGD(mlp.flat.size, config.momentum, config.nesterov)
    augmenter = Augmenter(config.augment, streams["augment"]) if config.augment else None
    average = _Average(mlp, config.ema_decay) if config.ema_decay else None
    shuffle = streams["shuffle"]
    soft_weight = config.distill_weight if teacher is not None else 0.0
    inv_temperature = 1 / config.distill_temperature

    bs = config.batch_size
    steps_per_epoch = -(-n // bs)
    x_buf = np.empty((bs, n_inputs), np.float32)
    pixels = np.empty((bs, n_inputs), np.uint8)
    history: list[EpochResult] = []
    stopped = False
    partway = 0   # steps taken of the epoch a stop ended
    global_step = 0
    lr = learning_rate(config, 0, steps_per_epoch)

    for epoch in range(1, config.epochs + 1):
        t_epoch = clock()
        order = shuffle.permutation(n)
        distort = augmenter is not None and epoch <= config.epochs - config.clean_epochs
        loss_sum, correct_sum, seen = 0.0, 0, 0
        window_loss, window_steps = 0.0, 0
        for step in range(steps_per_epoch):
            if should_stop is not None and should_stop():
                stopped, partway = True, step
                break
            idx = order[step * bs:(step + 1) * bs]
            x, raw = x_buf[:len(idx)], pixels[:len(idx)]
            np.take(X_fit, idx, axis=0, out=raw)
            np.multiply(raw, np.float32(PIXEL_SCALE), out=x)  # float32, as the batch
            if distort:
                augmenter.augment_inplace(x)
            labels = y_fit[idx]
            soft = None
            if soft_weight:
                soft = teacher.logits(x)
                soft *= inv_temperature
                soft = softmax(soft)
            value, correct = mlp.forward_backward(x, labels, config.loss, config.label_smoothing,
                                                  config.weight_decay, soft, soft_weight)
            lr = learning_rate(config, global_step, steps_per_epoch)
            optimizer.step(mlp.flat, mlp.grad, lr)
            if average is not None:
                average.update(mlp.flat)
            global_step += 1
            loss_sum += value * len(idx)
            correct_sum += correct
            seen += len(idx)
            window_loss += value
            window_steps += 1
            if on_step is not None and ((step + 1) % report_every == 0
                                        or step + 1 == steps_per_epoch):
                on_step(StepProgress(epoch, config.epochs, step + 1, steps_per_epoch,
                                     window_loss / window_steps, lr))
                window_loss, window_steps = 0.0, 0
        if stopped:
            break
        if not math.isfinite(loss_sum):
            raise FloatingPointError(f"the loss diverged in epoch {epoch}: lower the learning rate")
        network = average.network() if average is not None else mlp.network()
        val_acc = accuracy(network, X_val, y_val) if X_val is not None else None
        eval_acc = accuracy(network, X_eval, y_eval) if X_eval is not None else None
        result = EpochResult(epoch, config.epochs, loss_sum / seen, correct_sum / seen,
                             val_acc, eval_acc, clock() - t_epoch, lr, network)
        history.append(replace(result, network=None))
        if on_epoch is not None:
            on_epoch(result)

    network = average.network() if average is not None else mlp.network()
    return network, history, stopped, partway, steps_per_epoch


def _check_data(X, y, what: str):
    if X is None or y is None:
        raise ValueError(f"the {what} images and labels must be given together")
    X, y = np.asarray(X), np.asarray(y)
    if X.dtype != np.uint8 or X.ndim != 2:
        raise ValueError(f"{what} images must be uint8 pixels (N, 784), got {X.dtype} {X.shape}")
    if y.ndim != 1 or len(y) != len(X):
        raise ValueError(f"{what} labels must be (N,) for {len(X)} images, got {y.shape}")
    if len(y) == 0:
        raise ValueError(f"no {what} images")
    if y.dtype.kind not in "iu" or y.min() < 0 or y.max() >= N_CLASSES:
        raise ValueError(f"{what} labels must be whole numbers 0..{N_CLASSES - 1}")
    return X, y
