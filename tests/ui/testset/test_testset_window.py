"""The Test set tab in the main window: its settings kept across windows, closing during a run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qt_helpers import click, loaded, shown_result, tabs_of
from shared_data import book_weights_path, mnist
from testset_helpers import find

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.mnist
@pytest.mark.mnist
def test_in_the_main_window_with_settings(qtbot, state):
    mnist("test")
    from digitpad.ui.app import MainWindow
    tabs = tabs_of("draw", "testset")
    window = MainWindow(state, tabs=tabs)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Test set")
    window.tabs.setCurrentWidget(tab)
    loaded(qtbot, tab)
    tab.set_mode("per-sample")
    find(tab, "normalizeCheck").setChecked(False)
    find(tab, "batchSpin").setValue(250)
    messages = []
    tab.statusMessage.connect(lambda text, ms: messages.append(text))
    click(qtbot, find(tab, "runButton"))
    shown_result(qtbot, tab)
    assert window.statusBar().currentMessage().startswith("Accuracy 92.07%")
    window.close()   # saves settings, shuts the tab down
    assert not tab.is_running()

    window2 = MainWindow(state, tabs=tabs)
    qtbot.addWidget(window2)
    tab2 = window2.tab("Test set")
    assert tab2.mode() == "per-sample" and not find(tab2, "normalizeCheck").isChecked()
    assert find(tab2, "batchSpin").value() == 250
    loaded(qtbot, tab2)
    window2.close()


CLOSE_DURING_RUN = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressBar
    from digitpad.models import load_book
    from digitpad.ui.app import TABS, MainWindow, make_application
    from digitpad.ui.model_state import ModelState

    app = make_application([])
    window = MainWindow(ModelState(load_book(sys.argv[1])),
                        tabs=[tab for tab in TABS if tab.key in ("draw", "testset")])
    window.show()
    tab = window.tab("Test set")
    window.tabs.setCurrentWidget(tab)
    progress = tab.findChild(QProgressBar, "runProgress")
    state = {"ran": False, "closed": False}

    def watch():
        if not state["ran"] and tab.data is not None and not tab.is_loading():
            state["ran"] = True
            tab.set_mode("per-sample")
            tab.run()
        elif state["ran"] and not state["closed"] and progress.value() > 0:
            state["closed"] = True
            window.close()    # mid-run

    watcher = QTimer()
    watcher.timeout.connect(watch)
    watcher.start(5)
    tab.messageRequested.connect(lambda level, title, text: (print("FAILED", text), app.exit(3)))
    code = app.exec()
    print("closed", state["closed"], "running", tab.is_running())
    sys.exit(code if state["closed"] else 4)
""")


@pytest.mark.mnist
@pytest.mark.mnist
def test_closing_the_window_during_a_run_exits_cleanly(tmp_path):
    mnist("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DIGITPAD_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    script = tmp_path / "close_during_run.py"
    script.write_text(CLOSE_DURING_RUN)
    done = subprocess.run([sys.executable, str(script), str(book_weights_path())], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "running False" in done.stdout
    for bad in ("QThread", "Traceback", "Destroyed while", "Segmentation"):
        assert bad not in done.stderr, done.stderr
