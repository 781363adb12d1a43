"""Measurements that print ratios against reference code run in the same process.

Run them as ``digitpad bench NAME``, or all of them as ``digitpad bench``. A benchmark that
drives the app's widgets imports Qt only when it runs.
"""

import contextlib
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def scratch_user_files():
    """Settings and user data in a fresh temporary folder while a benchmark drives the app's widgets.

    The run never reads or writes the user's own settings, digits or personal model, and
    afterwards the environment is as it was, so the benchmarks run next (``digitpad bench``
    runs them all in one process) look for MNIST where the user keeps it.
    """
    from PySide6.QtCore import QSettings

    names = ("DIGITPAD_DATA_DIR", "XDG_CONFIG_HOME")
    saved = {name: os.environ.get(name) for name in names}
    with tempfile.TemporaryDirectory(prefix="digitpad-bench-") as scratch:
        os.environ["DIGITPAD_DATA_DIR"] = os.path.join(scratch, "data")
        os.environ["XDG_CONFIG_HOME"] = os.path.join(scratch, "config")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.path.join(scratch, "config"))
        try:
            yield Path(scratch)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def shown_window(argv=(), mnist_path=None):
    """The app's main window at the size it first opens at, shown and laid out, and start-up's
    objects left out of garbage collection as the app leaves them: (app, window)."""
    import time

    from ..ui.app import MainWindow, make_application
    from ..ui.launch import freeze_start_up_objects
    app = make_application(list(argv))
    window = MainWindow()
    if mnist_path is not None:  # where it finds MNIST, before anything reads it
        window.state.set_mnist_path(str(mnist_path))
    window.resize(1220, 760)
    window.show()
    for _ in range(10):
        app.processEvents()
        time.sleep(0.01)
    freeze_start_up_objects()  # as the app does once its window shows
    return app, window


class StallClock:
    """A precise timer ticking on the GUI thread every ``interval_ms``: a long wait between two
    ticks is a time the event loop was kept from its events (a stall). Qt only when made."""

    def __init__(self, interval_ms: int):
        import time

        from PySide6.QtCore import Qt, QTimer
        self._now = time.perf_counter
        self.gaps: list[float] = []
        self._last = self._now()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def tick(self) -> None:
        now = self._now()
        self.gaps.append(now - self._last)
        self._last = now

    def restart(self) -> None:
        """Forget the gaps so far: the next one is counted from now."""
        self.gaps.clear()
        self._last = self._now()

    def longest(self) -> float:
        """The longest gap since ``restart``, in seconds (0 if none)."""
        return max(self.gaps, default=0.0)
