"""A download waiting on a server that accepts and then says nothing stops the moment it is cancelled.

Closing the window, or pressing Cancel, hangs up on the server: the pool thread
is free at once (a folder chosen next loads without waiting for the timeout),
and nothing is left to report into deleted widgets at exit.
"""

import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QPushButton

from digitpad.data.errors import Cancelled
from digitpad.data.mnist import Abort, clear_cache, download_mnist
from digitpad.ui.app import MainWindow, open_settings
from digitpad.ui.model_state import ModelState
from digitpad.ui.testset import TestSetTab as _Tab   # not a test class
from qt_helpers import loaded
from test_cli_keras_folder import keras_folder
from local_server import hang
from test_download import SPECS

SILENT_FOR = 60   # seconds the download would wait without a cancel that hangs up


def silent(server):
    for spec in SPECS:
        server.routes[f"/silent/{spec.name}"] = hang
    return server.url("silent")


def test_abort_hangs_up_on_a_silent_server(server, tmp_path):
    abort, outcome = Abort(), []

    def download():
        try:
            download_mnist(tmp_path / "m", cancel=abort, mirrors=[silent(server)],
                           timeout=SILENT_FOR, files=SPECS)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=download, daemon=True)
    thread.start()
    deadline = threading.Event()
    while not server.hits and not deadline.wait(0.01):
        pass
    abort.set()
    thread.join(5)
    assert not thread.is_alive(), "the download still waits on the server"
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    assert [p.name for p in (tmp_path / "m").iterdir()] == []   # no partial file left


@pytest.fixture
def waiting_window(qtbot, server, monkeypatch, tmp_path):  # noqa: F811
    """The main window on the Test-set tab of a computer without MNIST, its download waiting on
    a silent server."""
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    clear_cache()
    tab_class = _Tab
    monkeypatch.setattr(tab_class, "mirrors", (silent(server),))
    monkeypatch.setattr(tab_class, "download_files", tuple(SPECS))
    monkeypatch.setattr(tab_class, "download_timeout", float(SILENT_FOR))
    open_settings().setValue("window/tab", "Test set")
    window = MainWindow(ModelState())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.current_tab()
    button = tab.findChild(QPushButton, "downloadButton")
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(server.hits), timeout=10_000)
    return window, tab


def test_closing_the_window_frees_the_pool_at_once(waiting_window):
    window, tab = waiting_window
    pool = QThreadPool.globalInstance()
    assert pool.activeThreadCount() >= 1   # the download is waiting
    window.close()
    assert pool.waitForDone(250), "a job still waits on the silent server after close"
    assert not tab.is_loading()


def test_cancel_frees_the_thread_so_a_chosen_folder_loads_next(qtbot, waiting_window, tmp_path):
    window, tab = waiting_window
    cancel = tab.findChild(QPushButton, "cancelDownloadButton")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert QThreadPool.globalInstance().waitForDone(250), "the cancelled download holds its thread"
    tab.use_mnist_folder(keras_folder(tmp_path / "datasets"))
    assert loaded(qtbot, tab, timeout=10_000) == 20
    window.close()


EXIT_SCRIPT = """
import os
import sys
from PySide6.QtCore import QTimer
from digitpad.data.mnist import MnistFile
from PySide6.QtWidgets import QPushButton
from digitpad.ui.app import MainWindow, make_application, open_settings
from digitpad.ui.testset import TestSetTab

TestSetTab.mirrors = (sys.argv[1],)
TestSetTab.download_files = (MnistFile("one.gz", "0" * 32, "0" * 64, 3000),)
TestSetTab.download_timeout = 60.0
app = make_application([])
open_settings().setValue("window/tab", "Test set")
window = MainWindow()
window.show()
tab = window.current_tab()
download = tab.findChild(QPushButton, "downloadButton")

def download_then_close():
    if not download.isVisible():
        return QTimer.singleShot(20, download_then_close)
    download.click()
    close_once_asked()

def close_once_asked():  # the server leaves a mark when the request has reached it
    if not os.path.exists(sys.argv[2]):
        return QTimer.singleShot(10, close_once_asked)
    window.close()
    app.quit()

QTimer.singleShot(0, download_then_close)
sys.exit(app.exec())
"""


def test_quitting_during_a_silent_download_exits_cleanly(server, tmp_path):  # noqa: F811
    """The app quits with nothing left to report into deleted objects (no traceback at exit)."""
    asked = tmp_path / "asked"

    def mark_then_hang(handler):
        asked.touch()
        hang(handler)

    server.routes["/silent/one.gz"] = mark_then_hang
    env = {**os.environ, "DIGITPAD_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "KERAS_HOME": str(tmp_path / "keras"),
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DIGITPAD_MNIST", None)
    done = subprocess.run([sys.executable, "-c", EXIT_SCRIPT, server.url("silent"), str(asked)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert server.hits == ["/silent/one.gz"]
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "has been deleted" not in done.stderr, done.stderr
