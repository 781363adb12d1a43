"""Background jobs: results in the GUI thread, one job per owner, cooperative cancel, shutdown with a timeout."""

import threading
import time

import pytest
from PySide6.QtCore import QThreadPool

from digitpad.data.errors import Cancelled
from digitpad.ui.workers import JobRunner, Worker


@pytest.fixture
def runner(qtbot):
    r = JobRunner()
    yield r
    r.shutdown(5.0)


def test_result_and_progress_arrive_in_the_gui_thread(runner, qtbot):
    seen = []
    main = threading.current_thread()

    def job(job, n):
        for i in range(n):
            job.progress(i)
        return threading.current_thread() is not main

    def record(kind):
        return lambda value=None: seen.append((kind, value, threading.current_thread() is main))

    runner.start(job, 3, returned=record("returned"), progress=record("progress"))
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert seen == [("progress", 0, True), ("progress", 1, True), ("progress", 2, True),
                    ("returned", True, True)]  # ran on a pool thread, reported on the GUI thread


def test_signals_in_order(qtbot):
    worker = Worker(lambda job: 42)
    order = []
    for name in ("started", "returned", "finished"):
        getattr(worker.signals, name).connect(lambda *a, n=name: order.append(n))
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        QThreadPool.globalInstance().start(worker)
    assert order == ["started", "returned", "finished"] and worker.result == 42


def test_errors_are_reported_not_raised(runner, qtbot):
    errors = []

    def job(job):
        raise ValueError("bad data in chunk 3")

    runner.start(job, errored=errors.append)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert "chunk 3" in errors[0].traceback_text


def test_starting_a_new_job_cancels_the_old_one(runner, qtbot):
    results = []
    release = threading.Event()

    def slow(job, name):
        release.wait(5)
        while not job.cancelled and name == "first":
            time.sleep(0.002)
        return name

    first = runner.start(slow, "first", returned=results.append)
    second = runner.start(slow, "second", returned=results.append)
    assert first.cancelled and not second.cancelled and runner.current is second
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert first.wait(5)
    qtbot.wait(20)
    assert results == ["second"]  # the replaced job's result was dropped


def test_cancel_is_cooperative_and_silent(runner, qtbot):
    reported = []

    def chunks(job):
        for _ in range(10_000):
            job.check()  # raises Cancelled once asked to stop
            time.sleep(0.001)
        return "done"

    worker = runner.start(chunks, returned=reported.append, errored=reported.append)
    time.sleep(0.02)
    runner.cancel()
    assert not runner.is_busy()
    assert worker.wait(5)
    qtbot.wait(20)
    assert reported == [] and worker.result is None and worker.error is None


def test_shutdown_waits_for_the_job(qtbot):
    runner = JobRunner()
    stopped = []

    def job(job):
        while not job.cancelled:
            time.sleep(0.002)
        time.sleep(0.05)  # tidying up after the cancel
        stopped.append(True)

    worker = runner.start(job)
    time.sleep(0.02)
    assert runner.shutdown(timeout=5.0)
    assert worker.done and stopped == [True]


def test_shutdown_gives_up_after_the_timeout(qtbot):
    runner = JobRunner()
    release = threading.Event()
    worker = runner.start(lambda job: release.wait(5))
    time.sleep(0.02)
    start = time.perf_counter()
    assert not runner.shutdown(timeout=0.05)  # the job ignores the cancel flag
    assert time.perf_counter() - start < 1.0
    release.set()
    assert worker.wait(5)


def test_progress_after_cancel_is_dropped(runner, qtbot):
    seen = []
    gate = threading.Event()

    def job(job):
        gate.wait(5)
        job.progress("late")
        return "late"

    worker = runner.start(job, progress=seen.append, returned=seen.append)
    runner.cancel()
    gate.set()
    assert worker.wait(5)
    qtbot.wait(20)
    assert seen == []


def test_cancelled_exception_counts_as_a_cancel(qtbot):
    worker = Worker(lambda job: (_ for _ in ()).throw(Cancelled("stop")))
    errors = []
    worker.signals.errored.connect(errors.append)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        QThreadPool.globalInstance().start(worker)
    assert errors == [] and worker.error is None


# pause ------------------------------------------------------------------------------------

def _holding_job(started, proceed):
    def job(job):
        started.set()
        proceed.wait(5)          # the test pauses the runner meanwhile
        job.progress(("holding", job.paused))
        return job.hold()
    return job


def test_pause_holds_the_job_until_resumed(runner, qtbot):
    started, proceed = threading.Event(), threading.Event()
    seen, returned = [], []
    runner.start(_holding_job(started, proceed), progress=seen.append, returned=returned.append)
    assert started.wait(5)
    runner.pause()
    assert runner.is_paused()
    proceed.set()
    qtbot.waitUntil(lambda: seen == [("holding", True)], timeout=5000)
    assert runner.is_busy() and returned == []   # held
    runner.resume()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert len(returned) == 1 and returned[0] > 0   # the seconds it was held
    assert not runner.is_paused()


def test_cancel_wakes_a_paused_job(runner, qtbot):
    started, proceed = threading.Event(), threading.Event()
    worker = runner.start(_holding_job(started, proceed))
    assert started.wait(5)
    runner.pause()
    proceed.set()
    runner.cancel()
    assert worker.wait(5) and worker.cancelled


# giving the window its turn ---------------------------------------------------------------

def test_give_way_sleeps_only_when_the_window_has_waited(monkeypatch):
    from digitpad.ui import workers
    slept = []
    monkeypatch.setattr(workers.time, "sleep", slept.append)
    worker = Worker(lambda job: None)
    job = workers.Job(worker)
    job.give_way()                       # no runner notes the window's time: nothing to wait for
    worker._beat = [time.perf_counter()]
    job.give_way()                       # the window ran just now
    assert slept == []
    worker._beat[0] -= 1.0               # the window has not run for a second
    job.give_way()
    assert slept == [workers.YIELD_FOR]


def test_the_runner_notes_the_window_time_only_while_a_job_runs(runner, qtbot):
    release = threading.Event()
    runner.start(lambda job: release.wait(5))
    first = runner._beat[0]
    qtbot.waitUntil(lambda: runner._beat[0] > first, timeout=5000)   # the heartbeat runs
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert not runner._heartbeat.isActive()


# progress bars and the user's words ---------------------------------------------------------

def test_bar_progress_shows_fractions_waits_and_nothing(qtbot):
    from PySide6.QtWidgets import QProgressBar
    from digitpad.ui.workers import PROGRESS_STEPS, BarProgress
    bar = QProgressBar()
    qtbot.addWidget(bar)
    progress = BarProgress(bar)
    progress.show(0.25, "a quarter")
    assert (bar.value(), bar.maximum(), bar.format()) == (PROGRESS_STEPS // 4, PROGRESS_STEPS, "a quarter")
    progress.show(7.0)                   # clamped, the text kept
    assert bar.value() == PROGRESS_STEPS and bar.format() == "a quarter"
    progress.busy("waiting")
    assert (bar.minimum(), bar.maximum(), bar.format()) == (0, 0, "waiting")
    progress.reset("Ready")
    assert (bar.value(), bar.maximum(), bar.format()) == (0, PROGRESS_STEPS, "Ready")
    progress.done()
    assert bar.value() == PROGRESS_STEPS


def test_user_words_and_the_error_hierarchy():
    from digitpad.cli import UsageError as CliUsageError
    from digitpad.data.errors import DataError, MnistNotFound
    from digitpad.data.idx import IdxError
    from digitpad.data.mydigits import MyDigitsError
    from digitpad.errors import ConfigError, DigitpadError, UsageError
    from digitpad.nn.network import WeightsError
    from digitpad.ui.workers import user_words
    assert CliUsageError is UsageError
    for error in (DataError, MnistNotFound, IdxError, MyDigitsError, WeightsError, ConfigError, UsageError):
        assert issubclass(error, DigitpadError), error
        assert user_words(error("what is wrong, said for the user")) == "what is wrong, said for the user"
    assert not issubclass(Cancelled, (DigitpadError, DataError, ValueError))
    assert user_words(PermissionError(13, "Permission denied", "/x")) == "/x: Permission denied"
    assert user_words(OSError(30, "Read-only file system")) == "Read-only file system"
    assert user_words(OSError(18, "Invalid cross-device link", "/a", None, "/b")) == "/a -> /b: Invalid cross-device link"
    assert user_words(OSError("no such thing")) == "no such thing"  # said in its own words
    assert user_words(KeyError("w1")) == "KeyError: 'w1'"   # a bug is named as one


def test_when_idle_waits_for_a_cancelled_job_and_never_loses_its_callback(qtbot):
    calls = []
    runner = JobRunner()
    runner.when_idle(lambda: calls.append("at once"))
    assert calls == ["at once"]  # nothing runs

    release, began = threading.Event(), threading.Event()
    runner.start(lambda job: began.set() or release.wait(5))
    assert began.wait(5)  # one not begun yet is taken back at once: nothing to wait for
    runner.cancel()
    runner.when_idle(lambda: calls.append("stopped"))
    qtbot.wait(50)
    assert calls == ["at once"]  # the cancelled job has not noticed yet
    release.set()
    qtbot.waitUntil(lambda: calls == ["at once", "stopped"])

    # a job still waiting for a thread when the runner stops: nothing to wait for, and the
    # callback still runs
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    blocker, queued = JobRunner(pool=pool), JobRunner(pool=pool)
    hold = threading.Event()
    blocker.start(lambda job: hold.wait(5))
    queued.start(lambda job: None)
    queued.when_idle(lambda: calls.append("taken"))
    assert queued.stop(1.0)
    assert calls[-1] == "taken"
    hold.set()
    assert blocker.shutdown(5.0)
    runner.shutdown(5.0)
