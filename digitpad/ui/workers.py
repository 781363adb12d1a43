"""Background jobs for the tabs: a QRunnable, a QObject of signals, a cancel flag.

The pattern of superqt's ``_qthreading`` and Orange's ``concurrent``:

- ``Worker`` is a QRunnable that calls ``fn(job, *args, **kwargs)`` on a pool
  thread. ``job`` is a ``Job``: ``job.progress(value)`` reports progress,
  ``job.cancelled`` (or ``job.check()``, which raises ``Cancelled``) is the
  cooperative cancel flag the function looks at between chunks. The data
  layer takes plain callbacks, so a tab passes ``progress=job.progress,
  should_stop=lambda: job.cancelled`` and nothing below the UI sees Qt.
- Its signals live on a separate QObject (a QRunnable is not a QObject):
  ``started``, ``progress(object)``, ``returned(object)``,
  ``errored(object)`` (the exception), ``finished``. Workers emit plain
  data, never widgets; the slots run in the GUI thread.
- ``JobRunner`` gives each owner (a tab) one job at a time: starting a new
  job cancels the old one, whose late results are dropped, and ``shutdown``
  cancels and waits, with a timeout, for everything it started.
  ``pause``/``resume`` hold the running job at its next ``job.hold()``.

Long NumPy work gives the window its turn one way: call ``job.give_way()``
between chunks. A loop that lets go of the GIL in every NumPy call and takes
it straight back can starve the GUI thread for 100 ms and more; so while a
job runs, its runner notes the time in the GUI thread every ``HEARTBEAT``
seconds, and ``give_way`` sleeps ``YIELD_FOR`` (which hands the GIL over for
sure) only when that note is ``STARVED_AFTER`` old. A window that runs
freely costs the job nothing.

Two helpers for the GUI side: ``BarProgress`` shows a job's progress on a
QProgressBar, and ``user_words`` turns what a job raised into the sentence
the user reads.
"""

from __future__ import annotations

import os
import threading
import time
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressBar

from ..errors import Cancelled, DigitpadError
from . import i18n

HEARTBEAT = 0.010       # seconds: the GUI thread notes the time this often while a job runs ...
STARVED_AFTER = 0.015   # ... and a job that sees no note for this long ...
YIELD_FOR = 0.001       # ... sleeps this long in give_way, to hand it the GIL
PROGRESS_STEPS = 1000   # a progress bar's range: fine enough for any width


class WorkerSignals(QObject):
    started = Signal()
    progress = Signal(object)
    returned = Signal(object)
    errored = Signal(object)
    finished = Signal()


class Job:
    """What the function running in the background sees of its worker."""

    def __init__(self, worker: "Worker"):
        self._worker = worker

    @property
    def cancelled(self) -> bool:
        return self._worker._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the job was asked to stop."""
        if self._worker._cancel.is_set():
            raise Cancelled("cancelled")

    def on_cancel(self, stop: Callable[[], None]) -> None:
        """Call ``stop()`` when the job is cancelled (at once if it already is), from the
        cancelling thread: for work blocked where it cannot look at the flag, such as a socket read."""
        self._worker._add_stopper(stop)

    def progress(self, value: Any) -> None:
        if not self._worker._cancel.is_set():
            self._worker.signals.progress.emit(value)

    def give_way(self) -> None:
        """Let the window run if it has been waiting for the GIL (see the module's notes)."""
        beat = self._worker._beat
        if beat is not None and time.perf_counter() - beat[0] > STARVED_AFTER:
            time.sleep(YIELD_FOR)

    @property
    def paused(self) -> bool:
        return not self._worker._running.is_set()

    def hold(self) -> float:
        """While the job is paused, wait (a cancel ends the wait); returns the seconds held."""
        if self._worker._running.is_set():
            return 0.0
        began = time.perf_counter()
        while not self._worker._running.wait(0.05):
            if self._worker._cancel.is_set():
                break
        return time.perf_counter() - began


class Worker(QRunnable):
    """Runs ``fn(job, *args, **kwargs)`` once on a pool thread."""

    def __init__(self, fn: Callable[..., Any], *args, **kwargs):
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; JobRunner drops it after `finished`
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self._stoppers: list[Callable[[], None]] = []
        self._stoppers_lock = threading.Lock()
        self._done = threading.Event()
        self._running = threading.Event()   # cleared while the job is paused
        self._running.set()
        self._beat: list[float] | None = None   # when the GUI thread last ran, if its runner notes it
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        with self._stoppers_lock:
            self._cancel.set()
            stoppers, self._stoppers = self._stoppers, []
        self._running.set()   # a paused job wakes up to stop
        for stop in stoppers:
            stop()

    def _add_stopper(self, stop: Callable[[], None]) -> None:
        with self._stoppers_lock:
            if not self._cancel.is_set():
                self._stoppers.append(stop)
                return
        stop()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until ``run`` has returned; False on timeout."""
        return self._done.wait(timeout)

    def run(self) -> None:  # on the pool thread
        signals = self.signals
        try:
            signals.started.emit()
            try:
                self.result = self.fn(Job(self), *self.args, **self.kwargs)
            except Cancelled:
                pass
            except BaseException as exc:  # reported, never raised into Qt's thread
                exc.traceback_text = traceback.format_exc()
                self.error = exc
                if not self._cancel.is_set():
                    signals.errored.emit(exc)
            else:
                if not self._cancel.is_set():
                    signals.returned.emit(self.result)
        finally:
            # Emit before marking done: once ``wait`` returns, the owner may drop the
            # signals object, and the pool thread must not touch it after that.
            try:
                signals.finished.emit()
            finally:
                self._done.set()


class JobRunner(QObject):
    """One background job at a time for one owner.

    >>> runner = JobRunner(self)                                  # doctest: +SKIP
    >>> runner.start(evaluate_chunks, images, returned=self._on_eval_returned,
    ...              progress=self._on_eval_progress)             # doctest: +SKIP
    """

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._current: Worker | None = None
        self._alive: set[Worker] = set()  # started and not yet finished (incl. cancelled ones)
        self._beat = [time.perf_counter()]
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(round(HEARTBEAT * 1000))
        self._heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self._heartbeat.timeout.connect(self._on_heartbeat_timeout)
        self._shut_down = False
        self._when_idle: list[Callable[[], None]] = []

    @property
    def current(self) -> Worker | None:
        return self._current

    def is_busy(self) -> bool:
        return self._current is not None

    def start(self, fn: Callable[..., Any], *args, returned: Callable | None = None,
              errored: Callable | None = None, progress: Callable | None = None,
              finished: Callable | None = None, **kwargs) -> Worker:
        """Cancel the running job, if any, and start ``fn(job, *args, **kwargs)``.

        The callbacks run in the GUI thread and only for this job: a job that
        was cancelled or replaced reports nothing more.
        """
        self.cancel()
        worker = Worker(fn, *args, **kwargs)
        worker._beat = self._beat
        if self._shut_down:  # asked for as the owner closes: nobody would wait for it
            worker.cancel()
            return worker

        def current() -> bool:
            return self._current is worker and not worker.cancelled

        if returned is not None:
            worker.signals.returned.connect(lambda value: current() and returned(value))
        if errored is not None:
            worker.signals.errored.connect(lambda exc: current() and errored(exc))
        if progress is not None:
            worker.signals.progress.connect(lambda value: current() and progress(value))
        worker.signals.finished.connect(lambda: self._on_worker_finished(worker, finished))
        self._current = worker
        self._alive.add(worker)
        self._beat[0] = time.perf_counter()
        self._heartbeat.start()
        self._pool.start(worker)
        self.busyChanged.emit(True)
        return worker

    def pause(self) -> None:
        """Hold the running job at its next ``job.hold()``."""
        if self._current is not None:
            self._current._running.clear()

    def resume(self) -> None:
        if self._current is not None:
            self._current._running.set()

    def is_paused(self) -> bool:
        return self._current is not None and not self._current._running.is_set()

    def cancel(self) -> None:
        """Ask the running job to stop; its results, if any, are dropped."""
        worker, self._current = self._current, None
        if worker is not None:
            worker.cancel()
            self.busyChanged.emit(False)

    def stop(self, timeout: float = 5.0) -> bool:
        """Cancel everything this runner started and wait for it; False if something is still running."""
        self.cancel()
        ok = True
        for worker in list(self._alive):
            worker.cancel()
            if self._pool.tryTake(worker):  # never started: nothing to wait for
                self._alive.discard(worker)
                continue
            ok = worker.wait(timeout) and ok
        if not self._alive:  # all were taken before they began: no finished signal will come
            self._call_when_idle()
        return ok

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (in the GUI thread) once nothing this runner started still runs: at
        once if nothing does. Unlike ``stop`` it never waits: a job cancelled a moment ago may
        take a while to reach its next check."""
        for worker in list(self._alive):
            if worker is not self._current and worker.cancelled and self._pool.tryTake(worker):
                self._alive.discard(worker)  # never started: nothing to wait for
        if not self._alive:
            callback()
        else:
            self._when_idle.append(callback)

    def _on_heartbeat_timeout(self) -> None:
        self._beat[0] = time.perf_counter()

    def shutdown(self, timeout: float = 5.0) -> bool:
        """``stop`` for good, as the owner closes: a job asked for afterwards is not started."""
        self._shut_down = True
        return self.stop(timeout)

    @Slot()
    def _on_worker_finished(self, worker: Worker, finished: Callable | None) -> None:
        self._alive.discard(worker)
        if not self._alive:
            self._heartbeat.stop()
        if self._current is worker:
            self._current = None
            self.busyChanged.emit(False)
            if finished is not None:
                finished()
        if not self._alive:
            self._call_when_idle()

    def _call_when_idle(self) -> None:
        callbacks, self._when_idle = self._when_idle, []
        for callback in callbacks:
            callback()


class BarProgress:
    """A QProgressBar that shows one job: a fraction done, a wait of unknown length, or nothing.

    >>> bar = BarProgress(self.progressBar)                      # doctest: +SKIP
    >>> bar.show(0.25, "Epoch 1 of 4")                           # doctest: +SKIP
    """

    def __init__(self, bar: QProgressBar):
        self.bar = bar
        bar.setRange(0, PROGRESS_STEPS)
        bar.setValue(0)

    def show(self, fraction: float, text: str | None = None) -> None:
        """``fraction`` (0..1) done, and what the bar says if it shows text."""
        if self.bar.maximum() != PROGRESS_STEPS:
            self.bar.setRange(0, PROGRESS_STEPS)
        self.bar.setValue(round(PROGRESS_STEPS * min(max(float(fraction), 0.0), 1.0)))
        if text is not None:
            self.bar.setFormat(text)

    def busy(self, text: str | None = None) -> None:
        """Work whose length is not known (yet): the bar moves to and fro."""
        self.bar.setRange(0, 0)
        if text is not None:
            self.bar.setFormat(text)

    def reset(self, text: str | None = None) -> None:
        """Nothing running: an empty bar."""
        self.show(0.0, text)

    def done(self, text: str | None = None) -> None:
        self.show(1.0, text)


#: What the user can act on: our own errors, a run whose numbers blew up, the core's checks of a
#: value (``ValueError``) and what the system said about a file (``OSError``).
USER_PROBLEMS = (DigitpadError, FloatingPointError, ValueError, OSError)


def user_words(exc: BaseException, one_line: bool = False) -> str:
    """What a job raised, as the user reads it: a problem they can act on says itself; anything
    else is a bug, named by its type so that a report of it can be searched for.

    The core says what went wrong in English (with the file, the size, the checksum at fault).
    In another language the window first says in that language what kind of problem it is,
    then keeps the core's words for the details. ``one_line``: for the status bar.
    """
    if not isinstance(exc, USER_PROBLEMS):
        return f"{type(exc).__name__}: {exc}"
    said = _own_words(exc)
    if i18n.installed() == i18n.ENGLISH or getattr(exc, "in_the_users_language", False):
        return said   # (a problem the window words itself is in the user's language already)
    return _ProblemWords().kind_of(exc) + (" " if one_line else "\n\n") + said


def _own_words(exc: BaseException) -> str:
    """What ``exc`` says; the system's refusal of a file as "file: reason", not as Python words
    it ("[Errno 30] Read-only file system: '/data/personal/.personal.lock'")."""
    if isinstance(exc, OSError) and exc.strerror and str(exc).startswith("[Errno "):
        where = exc.filename
        if where is not None and exc.filename2 is not None:
            where = f"{where} -> {exc.filename2}"
        return f"{os.fsdecode(where)}: {exc.strerror}" if where is not None else exc.strerror
    return str(exc)


class _ProblemWords(QObject):
    """The kind of a problem in the window's language (lupdate reads these tr() calls)."""

    def kind_of(self, exc: BaseException) -> str:
        from ..data.errors import DownloadError, MnistNotFound, NothingThere, found_but_unreadable
        from ..data.idx import IdxError
        from ..data.mydigits import MyDigitsError
        from ..errors import ConfigError, UsageError
        from ..nn.network import WeightsError
        if isinstance(exc, (MnistNotFound, NothingThere)):
            return (self.tr("MNIST's files are here, but they cannot be read.") if found_but_unreadable(exc)
                    else self.tr("MNIST is not on this computer."))
        kinds = ((DownloadError, self.tr("The download did not finish.")),
                 (IdxError, self.tr("An MNIST file is damaged or is not an MNIST file.")),
                 (MyDigitsError, self.tr("My digits could not be read or saved.")),
                 (WeightsError, self.tr("This is not a network digitpad can use.")),
                 ((ConfigError, UsageError), self.tr("These settings cannot be used.")),
                 (FloatingPointError, self.tr("The numbers grew too large to compute.")),
                 (OSError, self.tr("The file could not be read or written.")))
        for kind, words in kinds:
            if isinstance(exc, kind):
                return words
        return self.tr("Something in the data is not as digitpad expects.")
