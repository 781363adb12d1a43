"""Helpers shared by the UI tests: waiting for a tab to settle with its failures surfaced, clicking."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressBar

_LEVELS = {QMessageBox.Icon.Critical: "error", QMessageBox.Icon.Warning: "warning",
           QMessageBox.Icon.Information: "info"}


def messages_shown(window):
    """(level, title, text) of every message box the window shows now, oldest first."""
    return [(_LEVELS[box.icon()], box.windowTitle(), box.text())
            for box in window.findChildren(QMessageBox, "messageBox") if box.isVisible()]


def settled(qtbot, tab, done, timeout=120_000):
    """Wait until ``done()``; a message the tab asks the window to show meanwhile (they all say
    something went wrong) ends the wait and fails the test with its words."""
    messages = []

    def note(level, title, text):
        messages.append(f"{title}: {text}")
    tab.messageRequested.connect(note)
    try:
        qtbot.waitUntil(lambda: bool(messages) or done(), timeout=timeout)
    finally:
        tab.messageRequested.disconnect(note)
    assert not messages, f"the tab reported a failure: {messages[0]}"


def loaded(qtbot, tab, timeout=120_000):
    """The Test set tab's data once it has loaded: the number of samples."""
    settled(qtbot, tab, lambda: not tab.is_loading() and tab.data is not None, timeout)
    return tab.data.n


def shown_result(qtbot, tab, timeout=120_000):
    """The Test set tab's result once its run has ended and every view shows it."""
    settled(qtbot, tab, lambda: not tab.is_running() and not tab.is_showing(), timeout)
    assert tab.result is not None, tab.findChild(QProgressBar, "runProgress").format()
    return tab.result


def train_to_end(qtbot, tab, timeout=120_000):
    """Press Train and wait for the run to end; a failure fails the test with its words. The result."""
    click(qtbot, named(tab, "startButton"))
    settled(qtbot, tab, lambda: not tab.is_running(), timeout)
    result = tab.result()
    assert result is not None, named(tab, "progressLabel").text()
    return result


def click(qtbot, widget):
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown_alone(qtbot, widget, size=(1100, 700), settings=None):
    """``widget`` as a window of its own at ``size``, shown and exposed (closed after the test).

    A tab is started as the window starts it: after its settings (``settings``, if given)
    are restored, before its first event.
    """
    from digitpad.ui.tab import AppTab
    qtbot.addWidget(widget)
    if isinstance(widget, AppTab):
        if settings is not None:
            widget.restore_settings(settings)
        widget.start()
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


def named(parent, name):
    """The widget called ``name`` (its objectName) inside ``parent``; the test fails if there is none."""
    found = parent.findChild(QObject, name)
    assert found is not None, f"{parent.objectName() or type(parent).__name__} has no {name!r}"
    return found
