"""Test set-up shared by every test.

- Qt runs offscreen (set before anything imports Qt), so no display is needed.
- Each test gets its own settings location and data directory, so nothing
  reads or writes the developer's real preferences or saved digits.
- A test that leaves a background job running fails: a job outliving its
  widgets is how Qt apps crash at exit.
"""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shared_data import NEEDS, require  # noqa: E402


def pytest_runtest_setup(item):
    """A test marked as needing data that is not here is skipped, saying what is missing."""
    for what in NEEDS:
        if item.get_closest_marker(what) is not None:
            require(what)


@pytest.fixture(autouse=True)
def isolated_user_files(tmp_path_factory, monkeypatch):
    """Settings and user data in fresh temporary folders for every test."""
    root = tmp_path_factory.mktemp("user")
    data, config = root / "data", root / "config"
    data.mkdir()
    config.mkdir()
    monkeypatch.setenv("DIGITPAD_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    if "PySide6.QtCore" in sys.modules or _qt_importable():
        from PySide6.QtCore import QSettings
        for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
            QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(config / "system"))
    yield root


@pytest.fixture(scope="session", autouse=True)
def english_as_the_app_speaks_it(request):
    """The app's English (its plurals: "1 digit", "2 digits"), as run_app installs it."""
    if _qt_importable():
        from digitpad.ui import i18n
        i18n.install(request.getfixturevalue("qapp"), i18n.ENGLISH)
    yield


def _qt_importable() -> bool:
    try:
        import PySide6.QtCore  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(autouse=True)
def no_jobs_left_running():
    """Fail a test that leaves a QThreadPool job running.

    A job that has just finished may hold its pool thread for a moment after
    its last signal; a quarter second of grace tells it from one still working.
    """
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QThreadPool
    pool = QThreadPool.globalInstance()
    if pool.activeThreadCount() and not pool.waitForDone(250):
        pool.waitForDone(10_000)  # let it end, so it cannot break the next test
        pytest.fail("the test left a background job running in the global QThreadPool")


@pytest.fixture
def settings_dir(isolated_user_files):
    """The folder QSettings writes to during this test."""
    return isolated_user_files / "config"


@pytest.fixture
def data_dir(isolated_user_files):
    """The folder DIGITPAD_DATA_DIR points at during this test."""
    return isolated_user_files / "data"


@pytest.fixture
def server():
    """A real HTTP server on 127.0.0.1 (see local_server.py), stopped after the test."""
    from local_server import Server
    running = Server()
    yield running
    running.close()
