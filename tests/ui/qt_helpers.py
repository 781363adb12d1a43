"""Helpers shared by the UI tests: waiting on a tab's signal with its failures surfaced, clicking."""

from contextlib import contextmanager

from PySide6.QtCore import Qt


@contextmanager
def waiting(qtbot, tab, signal, timeout=120_000):
    """Wait for ``signal``; the tab's ``failed`` ends the wait too and fails the test with its text."""
    errors = []
    tab.failed.connect(errors.append)
    try:
        with qtbot.waitSignal(signal, timeout=timeout) as blocker:
            blocker.connect(tab.failed)
            yield blocker
    finally:
        tab.failed.disconnect(errors.append)
    assert not errors, f"the tab reported a failure: {errors[0]}"


def train_to_end(qtbot, tab, timeout=120_000):
    """Press Train and wait for the run to end; a failure fails the test with its words. The result."""
    errors = []
    tab.failed.connect(errors.append)
    try:
        click(qtbot, tab.startButton)
        qtbot.waitUntil(lambda: bool(errors) or not tab.is_running(), timeout=timeout)
    finally:
        tab.failed.disconnect(errors.append)
    assert not errors, f"the tab reported a failure: {errors[0]}"
    result = tab.result()
    assert result is not None, tab.progressLabel.text()
    return result


def click(qtbot, widget):
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown_alone(qtbot, widget, size=(1100, 700)):
    """``widget`` as a window of its own at ``size``, shown and exposed (closed after the test)."""
    from digitpad.ui.tab import AppTab
    qtbot.addWidget(widget)
    if isinstance(widget, AppTab):
        widget.start()   # as the window does once the settings are in place
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def new_window(qtbot, state):
    """The app's main window on ``state``, shown and exposed."""
    from digitpad.ui.app import MainWindow
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def tabs_of(*keys):
    """The app's tabs with these keys, in the app's order (a smaller window for a test)."""
    from digitpad.ui.app import TABS
    return [tab for tab in TABS if tab.key in keys]
