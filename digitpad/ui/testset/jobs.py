"""The Test set tab's data and its background work: plain data in, plain data out, no widgets.

``load_job``, ``download_job`` and ``run_job`` run on a pool thread through a
``JobRunner``; what they return and report (``DataSet``, ``RunProgress``,
``EvalResult``) is plain data the panels show on the GUI thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...data.mnist import Abort, download_mnist, find_mnist, load_mnist
from ...data.mydigits import MyDigits
from ...evaluate import EvalResult, evaluate
from ..i18n import translate
from ..units import seconds_text

#: the sets the tab offers, and their names (translated where shown: ``translate("testset", name)``)
SOURCES = (("test", QT_TRANSLATE_NOOP("testset", "MNIST test set")),
           ("train", QT_TRANSLATE_NOOP("testset", "MNIST training set")),
           ("mydigits", QT_TRANSLATE_NOOP("testset", "My digits")))
SOURCE_NAMES = {"test": QT_TRANSLATE_NOOP("testset", "MNIST test"),
                "train": QT_TRANSLATE_NOOP("testset", "MNIST train"),
                "mydigits": QT_TRANSLATE_NOOP("testset", "My digits")}
#: how MNIST was found, when the user did not choose it (``MnistLocation.origin``)
FOUND_THROUGH = {"argument": QT_TRANSLATE_NOOP("testset", "the path given"),
                 "environment": "$DIGITPAD_MNIST",
                 "user data": QT_TRANSLATE_NOOP("testset", "digitpad's data folder"),
                 "keras": QT_TRANSLATE_NOOP("testset", "Keras's dataset cache")}
PRESETS = (1, 10, 100, 1000, 10000)
PROGRESS_INTERVAL = 1 / 30      # seconds between progress updates from a run (at most ~30 a second)
REPORT_EVERY = 64               # samples between evaluate's callbacks (cancel, progress, giving way)
LOW_CONFIDENCE = 0.9            # the default threshold of the low-confidence filter
COMPARE_BATCH = 100             # Compare's batch size when the spin box says 1
SWEEP_REPEATS = 3               # a sweep keeps the fastest of this many runs per batch size


@dataclass(frozen=True)
class DataSet:
    """A labelled set ready to evaluate: uint8 (N, 784) images, (N,) labels, and where they came from.

    ``kind`` is "idx", "keras" or "mydigits"; ``origin`` how MNIST was found
    ("" when the user chose its folder), a key of ``FOUND_THROUGH``.
    """

    source: str
    images: np.ndarray
    labels: np.ndarray
    where: str
    kind: str = "mydigits"
    origin: str = ""

    @property
    def n(self) -> int:
        return int(self.labels.shape[0])

    @property
    def name(self) -> str:
        """The set's name in English (as the runs table's CSV keeps it)."""
        return SOURCE_NAMES[self.source]

    def shown_name(self) -> str:
        """The set's name in the window's language."""
        return translate("testset", self.name)

    def where_text(self) -> str:
        """Where the set came from, in words: the path, and how MNIST was found there if not chosen."""
        if self.kind == "mydigits":
            return self.where
        if self.origin:
            what = (translate("testset", "folder of IDX files") if self.kind == "idx"
                    else translate("testset", "Keras mnist.npz"))
            found = translate("testset", FOUND_THROUGH.get(self.origin, self.origin))
            return translate("testset", "{0} ({1}, found through {2})").format(self.where, what, found)
        if self.kind == "keras":
            return translate("testset", "{0} (Keras mnist.npz)").format(self.where)
        return self.where


@dataclass(frozen=True)
class RunProgress:
    """What a running job reports: which pass of how many, samples done, time so far."""

    phase: int
    phases: int
    mode: str
    batch_size: int
    done: int
    total: int
    seconds: float
    result: EvalResult | None = None   # set once, when the pass has finished
    repeat: int = 0
    repeats: int = 1

    @property
    def fraction(self) -> float:
        """How much of the whole job is done, 0..1."""
        within = (self.repeat + self.done / max(self.total, 1)) / max(self.repeats, 1)
        return (self.phase + within) / max(self.phases, 1)

    def words(self) -> str:
        """What the progress bar says: the pass, and samples, speed and time left (or its time when done)."""
        what = (translate("testset", "per-sample") if self.mode == "per-sample"
                else translate("testset", "batches of {0}").format(f"{self.batch_size:,}"))
        if self.phases > 1:
            what = f"{self.phase + 1}/{self.phases}: {what}"
        if self.result is not None:
            return translate("testset", "{0}  ·  done in {1}").format(what, seconds_text(self.result.elapsed))
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        eta = (self.total - self.done) / rate if rate > 0 else float("nan")
        return translate("testset", "{0}  ·  {1} / {2}  ·  {3} samples/s  ·  {4} left").format(
            what, f"{self.done:,}", f"{self.total:,}", f"{rate:,.0f}", seconds_text(eta) if eta == eta else "...")


def sweep_sizes(n: int) -> list[int]:
    """1, 2, 5, 10, 20, 50, ... up to n, and n itself."""
    sizes = [b * 10 ** k for k in range(8) for b in (1, 2, 5) if b * 10 ** k <= n]
    if n >= 1 and (not sizes or sizes[-1] != n):
        sizes.append(n)
    return sizes


def sweep_sentence(points: list[tuple[int, float]]) -> str:
    """'Fastest: batches of 500, 0.02 s, 21.3x faster than one at a time (0.43 s).' from (size, seconds)."""
    best_size, best_time = min(points, key=lambda item: item[1])
    one = dict(points).get(1)
    if one:
        return translate("testset", "Fastest: batches of {0}, {1}, {2}x faster than one at a time ({3}).").format(
            f"{best_size:,}", seconds_text(best_time), f"{one / best_time:.1f}", seconds_text(one))
    return translate("testset", "Fastest: batches of {0}, {1}.").format(f"{best_size:,}", seconds_text(best_time))


def speedup_sentence(slow: EvalResult, fast: EvalResult) -> str:
    """'Batches of 100 were 14.2x faster: 0.31 s instead of 4.4 s.'"""
    size, fast_time, slow_time = f"{fast.batch_size:,}", seconds_text(fast.elapsed), seconds_text(slow.elapsed)
    if fast.elapsed <= 0 or slow.elapsed <= 0:
        return translate("testset", "Batches of {0} took {1}, one at a time {2}.").format(
            size, fast_time, slow_time)
    ratio = slow.elapsed / fast.elapsed
    if ratio >= 1:
        return translate("testset", "Batches of {0} were {1}x faster: {2} instead of {3}.").format(
            size, f"{ratio:.1f}", fast_time, slow_time)
    return translate("testset", "Batches of {0} were {1}x slower: {2} instead of {3}.").format(
        size, f"{1 / ratio:.1f}", fast_time, slow_time)


# --------------------------------------------------------------------------- background work
# These run on a pool thread: plain data in, plain data out, no widgets.

def load_job(job, source: str, mnist_path: str | None, store_file: str) -> DataSet:
    if source == "mydigits":
        store = MyDigits(store_file)
        images, labels = store.load()
        return DataSet(source, images, labels, str(store.file))
    location = find_mnist(mnist_path)
    job.check()
    images, labels = load_mnist(source, location.path)
    return DataSet(source, images, labels, str(location.path), location.kind,
                   location.origin if mnist_path is None else "")


def download_job(job, target: str, mirrors, files, timeout: float) -> str:
    def progress(done, total, name):
        job.progress((done, total, name))
    abort = Abort()
    job.on_cancel(abort.set)   # a silent mirror must not hold the thread until its timeout
    return str(download_mnist(target, progress=progress, cancel=abort,
                              mirrors=mirrors, timeout=timeout, files=files))


def run_job(job, network, images, labels, normalize: bool, plan, interval: float,
             repeats: int = 1) -> list[EvalResult]:
    """Evaluate for each (mode, batch size) in ``plan``, keeping the fastest of ``repeats`` runs.

    Progress goes out at most once per ``interval`` seconds, plus once with
    the result of each pass.

    Every callback gives the window its turn (``job.give_way``): the
    per-sample loop would otherwise starve it. ``evaluate`` times only the
    prediction loop, between callbacks, so the pauses cost some wall time but
    do not enter the time reported.
    """
    results = []
    last = [time.perf_counter()]
    for phase, (mode, batch_size) in enumerate(plan):
        best = None
        for repeat in range(repeats):
            start = time.perf_counter()

            def progress(done, total, phase=phase, mode=mode, batch_size=batch_size, start=start,
                         repeat=repeat):
                job.give_way()
                now = time.perf_counter()
                if now - last[0] >= interval and done < total:
                    last[0] = now
                    job.progress(RunProgress(phase, len(plan), mode, batch_size, done, total, now - start,
                                             None, repeat, repeats))

            result = evaluate(network, images, labels, mode=mode, batch_size=batch_size,
                              normalize=normalize, progress=progress, cancel=lambda: job.cancelled,
                              report_every=REPORT_EVERY)
            if best is None or result.elapsed < best.elapsed:
                best = result
        results.append(best)
        job.progress(RunProgress(phase, len(plan), mode, best.batch_size, best.n_samples, best.n_samples,
                                 best.elapsed, best, repeats - 1, repeats))
    return results
