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
