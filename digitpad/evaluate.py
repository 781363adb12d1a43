"""Evaluate a network on a labelled set, one sample at a time or in batches.

Per-sample mode is the book's ``neuralnet_mnist.py``: ``predict`` called on one
row at a time in a Python loop. Batched mode is ``neuralnet_mnist_batch.py``:
the same ``predict`` called on chunks of ``batch_size`` rows. Both run the
same code, so the difference in time is what batching buys.

Images stay uint8 in memory; the /255 normalisation is folded into the
network's first layer (``predict(..., input_scale=1/255)``), so no float copy
of the data set is ever made. Pure NumPy, no Qt.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from .data.errors import Cancelled
from .nn.blas import limit_blas_threads
from .nn.network import PIXEL_SCALE

# progress(done, total) and cancel() -> bool are called between chunks, at most
# every ``report_every`` samples in per-sample mode.
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


@dataclass
class EvalResult:
    """What one evaluation run measured."""

    mode: str  # "per-sample" or "batch"
    batch_size: int
    normalize: bool
    n_samples: int
    correct: int
    elapsed: float  # seconds spent in prediction (data conversion included)
    predictions: np.ndarray  # (N,) int64
    probabilities: np.ndarray  # (N, 10) float32
    labels: np.ndarray  # (N,)

    @property
    def accuracy(self) -> float:
        return self.correct / self.n_samples if self.n_samples else 0.0

    @property
    def samples_per_second(self) -> float:
        return self.n_samples / self.elapsed if self.elapsed > 0 else float("inf")

    @property
    def wrong(self) -> np.ndarray:
        """Indices of the misclassified samples."""
        return np.flatnonzero(self.predictions != self.labels)

    @property
    def confidence(self) -> np.ndarray:
        """The probability given to the predicted class, per sample."""
        return self.probabilities[np.arange(self.n_samples), self.predictions]

    def confusion_matrix(self, n_classes: int = 10) -> np.ndarray:
        """Counts[true, predicted]."""
        return confusion_matrix(self.labels, self.predictions, n_classes)


def confusion_matrix(labels, predictions, n_classes: int = 10) -> np.ndarray:
    labels = np.asarray(labels, dtype=np.int64)
    predictions = np.asarray(predictions, dtype=np.int64)
    return np.bincount(labels * n_classes + predictions,
                       minlength=n_classes * n_classes).reshape(n_classes, n_classes)


BATCH_SIZE = 100  # the book's batch size in neuralnet_mnist_batch.py
MAX_BATCH_SIZE = 60_000  # MNIST's training split in one batch; more asks for nothing new


def evaluate(network, images, labels, *, mode: str = "batch", batch_size: int = BATCH_SIZE,
             normalize: bool = True, progress: Optional[ProgressFn] = None,
             cancel: Optional[CancelFn] = None, report_every: int = 500,
             blas_threads: Optional[int] = 1) -> EvalResult:
    """Run ``network.predict`` over ``images`` (N, 784) and score it against ``labels``.

    ``mode`` is "batch" (chunks of ``batch_size``, at most all ``N`` rows in one:
    the result's ``batch_size`` is the one used) or "per-sample" (one row at a
    time, as the book's first script does). ``normalize`` divides pixels by 255
    (the book's weights give 0.9352 with it and 0.9207 without). The matrix
    products run on ``blas_threads`` threads (None: the BLAS's own choice; see
    ``digitpad.nn.blas``). Raises ``Cancelled`` if ``cancel()`` turns true.
    """
    images = np.asarray(images)
    labels = np.asarray(labels)
    n = images.shape[0]
    if images.ndim != 2 or images.shape[1] != network.n_inputs:
        raise ValueError(f"expected images of shape (N, {network.n_inputs}), got {images.shape}")
    if labels.shape != (n,):
        raise ValueError(f"expected {n} labels, got shape {labels.shape}")
    if mode not in ("batch", "per-sample"):
        raise ValueError(f"mode must be 'batch' or 'per-sample', not {mode!r}")
    if mode == "per-sample":
        batch_size = 1
    if batch_size < 1:
        raise ValueError("batch size must be at least 1")
    batch_size = min(batch_size, max(n, 1))  # a larger one is one batch of every row
    if images.dtype != np.uint8 and images.dtype != np.float32:
        images = images.astype(np.float32)
    scale = PIXEL_SCALE if normalize else 1.0
    predict = network.predictor(scale)  # checked above, once for the whole set
    probabilities = np.empty((n, network.n_outputs), dtype=np.float32)

    # Between checks the loop runs undisturbed: at least report_every samples
    # (and whole batches), so callbacks cost nothing measurable.
    step = max(batch_size, report_every // batch_size * batch_size)
    with limit_blas_threads(blas_threads):
        elapsed = _run(predict, images, probabilities, batch_size, step, progress, cancel)

    predictions = probabilities.argmax(axis=1)
    correct = int(np.count_nonzero(predictions == labels))
    return EvalResult(mode, batch_size, normalize, n, correct, elapsed, predictions,
                      probabilities, labels)


def _run(predict, images, probabilities, batch_size, step, progress, cancel) -> float:
    """Fill ``probabilities`` chunk by chunk; the seconds spent predicting."""
    n = images.shape[0]
    elapsed = 0.0
    for start in range(0, n, step):
        if cancel is not None and cancel():
            raise Cancelled("evaluation cancelled")
        stop = min(start + step, n)
        t0 = time.perf_counter()
        if batch_size == 1:
            for i in range(start, stop):
                probabilities[i] = predict(images[i])  # one row at a time, 1-D like the book's x[i]
        else:
            for i in range(start, stop, batch_size):
                chunk = images[i:min(i + batch_size, stop)]
                probabilities[i:i + chunk.shape[0]] = predict(_as_float(chunk))
        elapsed += time.perf_counter() - t0
        if progress is not None:
            progress(stop, n)
    return elapsed


def _as_float(chunk: np.ndarray) -> np.ndarray:
    # BLAS multiplies float32 only; a uint8 chunk would take NumPy's slow mixed-type loop.
    return chunk if chunk.dtype == np.float32 else chunk.astype(np.float32)
