"""A job asked for after its owner shut down (a queued load as the window closes) never runs.

Its owner no longer waits for it: it would run while Qt deletes its signals
and print "Signal source has been deleted" as the app exits.
"""

import threading

from PySide6.QtCore import QThreadPool

from digitpad.ui.workers import JobRunner


def test_a_job_started_after_shutdown_never_runs_and_reports_nothing(qtbot):
    pool = QThreadPool()
    runner = JobRunner(pool=pool)
    assert runner.shutdown(timeout=5.0)
    ran = threading.Event()
    reported = []
    worker = runner.start(lambda job: ran.set(), returned=reported.append, errored=reported.append)
    assert pool.waitForDone(5000)
    assert not ran.is_set() and worker.cancelled and reported == []
    assert not runner.is_busy()
    assert runner.shutdown(timeout=5.0)


def test_a_runner_works_as_before_until_it_is_shut_down(qtbot):
    runner = JobRunner(pool=QThreadPool())
    with qtbot.waitSignal(runner.busyChanged, check_params_cb=lambda busy: not busy, timeout=10_000):
        worker = runner.start(lambda job: 42)
    assert worker.result == 42
    assert runner.shutdown(timeout=5.0)


def test_stop_waits_and_leaves_the_runner_ready_for_the_next_job(qtbot):
    """What forgetting the personal model does: stop the teaching, then teach again later."""
    runner = JobRunner(pool=QThreadPool())
    runner.start(lambda job: job.cancelled or None)
    assert runner.stop(timeout=5.0)
    with qtbot.waitSignal(runner.busyChanged, check_params_cb=lambda busy: not busy, timeout=10_000):
        worker = runner.start(lambda job: 7)
    assert worker.result == 7
    assert runner.shutdown(timeout=5.0)
