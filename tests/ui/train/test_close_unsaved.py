"""Closing the window never throws away a network trained on the Train tab without asking: Save... /
Discard / Cancel (Cancel the default) for a finished one, Stop training and close / Cancel while it
trains. The real close, through the window, and the real buttons of the box it shows."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox

from qt_helpers import click, named, tabs_of, train_to_end

LONG = 120_000  # ms

pytestmark = pytest.mark.mnist


@pytest.fixture
def train_window(qtbot, state):
    """A window with the Train tab alone, shown."""
    from digitpad.ui.app import MainWindow
    window = MainWindow(state, tabs=tabs_of("train"))
    qtbot.addWidget(window, before_close_func=leave_without_asking)
    window.resize(1220, 760)
    window.show()
    qtbot.waitExposed(window)
    yield window
    tab = window.tab("train")
    tab.shutdown(30)


def leave_without_asking(window) -> None:
    """At the test's end: a question left open is answered Discard, so the window really closes."""
    for _ in range(3):
        box = question(window)
        if box is None:
            return
        click_answer(window, "Discard")


def short_run(window, epochs=1, limit=600):
    tab = window.tab("train")
    named(tab, "presetCombo").setCurrentIndex(named(tab, "presetCombo").findData("quick"))
    named(tab, "limitSpin").setValue(limit)
    named(tab, "epochsSpin").setValue(epochs)
    return tab


def trained(qtbot, window):
    tab = short_run(window)
    train_to_end(qtbot, tab, LONG)
    return tab


def question(window) -> QMessageBox | None:
    boxes = [box for box in window.findChildren(QMessageBox, "unsavedBox") if box.isVisible()]
    assert len(boxes) <= 1, "one question at a time"
    return boxes[0] if boxes else None


def answer_button(window, answer: str) -> QAbstractButton:
    return named(question(window), f"unsaved{answer}Button")


def click_answer(window, answer: str) -> None:
    from PySide6.QtTest import QTest
    QTest.mouseClick(answer_button(window, answer), Qt.MouseButton.LeftButton)


def closes(qtbot, window) -> bool:
    """Ask the window to close, as File > Quit and the window's own close button do."""
    done = window.close()
    qtbot.wait(10)
    return done


def test_closing_with_a_network_not_saved_asks_and_cancel_keeps_everything(qtbot, train_window):
    tab = trained(qtbot, train_window)
    network = tab.network()
    assert not closes(qtbot, train_window)
    box = question(train_window)
    assert box is not None and train_window.isVisible()
    assert box.windowModality() == Qt.WindowModality.WindowModal and box.parent() is train_window
    assert box.windowTitle() == "Save the trained network?"
    assert "784-50-100-10, test accuracy" in box.text() and "is not saved" in box.text()
    assert box.defaultButton() is answer_button(train_window, "Cancel")
    assert [answer_button(train_window, a).text() for a in ("Save", "Discard", "Cancel")] == \
        ["Save...", "Discard", "Cancel"]
    assert not closes(qtbot, train_window)           # Quit again: the same question, not a second one
    click_answer(train_window, "Cancel")
    assert question(train_window) is None
    assert train_window.isVisible() and tab.network() is network
    assert named(tab, "saveButton").isEnabled()
    assert not closes(qtbot, train_window)           # still unsaved: still asked
    click_answer(train_window, "Cancel")


def test_discard_closes_without_saving(qtbot, train_window, tmp_path, monkeypatch):
    trained(qtbot, train_window)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    assert not closes(qtbot, train_window)
    click_answer(train_window, "Discard")
    qtbot.waitUntil(lambda: not train_window.isVisible())
    assert asked == []


def test_save_writes_the_network_as_the_tab_does_then_closes(qtbot, train_window, tmp_path, monkeypatch):
    tab = trained(qtbot, train_window)
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Weights (*.npz)"))
    assert not closes(qtbot, train_window)
    click_answer(train_window, "Save")
    qtbot.waitUntil(lambda: not train_window.isVisible())
    saved, card = tmp_path / "mine.npz", tmp_path / "mine.json"
    assert saved.is_file() and card.is_file()
    assert json.loads(card.read_text())["command"].startswith("digitpad train")
    from digitpad.nn.network import Network
    assert Network.load(saved).sizes == tab.network().sizes


def test_a_save_not_made_keeps_the_window_open(qtbot, train_window, tmp_path, monkeypatch):
    """The save dialog cancelled, or the save failing: nothing is lost, the window stays."""
    tab = trained(qtbot, train_window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not closes(qtbot, train_window)
    click_answer(train_window, "Save")
    assert train_window.isVisible() and question(train_window) is None

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocked / "mine.npz"), ""))
    assert not closes(qtbot, train_window)
    click_answer(train_window, "Save")
    qtbot.waitUntil(lambda: any(box.isVisible() for box in train_window.findChildren(QMessageBox, "messageBox")))
    assert train_window.isVisible() and tab.network() is not None
    messages = [box.text() for box in train_window.findChildren(QMessageBox, "messageBox") if box.isVisible()]
    assert len(messages) == 1 and "mine.npz" in messages[0]


def test_a_saved_network_closes_without_a_question(qtbot, train_window, tmp_path):
    tab = trained(qtbot, train_window)
    tab.save_to(tmp_path / "kept.npz")
    assert closes(qtbot, train_window)
    assert question(train_window) is None


def test_closing_while_training_asks_before_stopping_the_run(qtbot, train_window):
    tab = short_run(train_window, epochs=30, limit=0)
    click(qtbot, named(tab, "startButton"))
    qtbot.waitUntil(lambda: tab.steps_done() > 0, timeout=LONG)
    assert not closes(qtbot, train_window)
    box = question(train_window)
    assert box.windowTitle() == "Training is running"
    assert answer_button(train_window, "Discard").text() == "Stop training and close"
    assert box.findChild(QAbstractButton, "unsavedSaveButton") is None   # nothing to save yet
    assert box.defaultButton() is answer_button(train_window, "Cancel")
    click_answer(train_window, "Cancel")
    held = tab.steps_done()
    qtbot.waitUntil(lambda: tab.steps_done() > held, timeout=LONG)   # it trains on
    assert train_window.isVisible() and tab.is_running()

    assert not closes(qtbot, train_window)
    click_answer(train_window, "Discard")
    qtbot.waitUntil(lambda: not train_window.isVisible(), timeout=LONG)
    assert not tab.is_running()


def test_a_restart_asks_first_and_follows_a_discard(qtbot, train_window, monkeypatch):
    """View > Language's Restart now closes the window as Quit does: the same question, and the
    restart happens once the user has saved or discarded."""
    restarts = restarts_noted(monkeypatch)
    trained(qtbot, train_window)
    assert not train_window.restart()
    assert restarts == []
    click_answer(train_window, "Discard")
    qtbot.waitUntil(lambda: not train_window.isVisible())
    assert restarts == [True]


def test_a_restart_cancelled_is_not_made_by_a_later_quit(qtbot, train_window, monkeypatch):
    restarts = restarts_noted(monkeypatch)
    trained(qtbot, train_window)
    assert not train_window.restart()
    click_answer(train_window, "Cancel")
    assert train_window.isVisible()
    assert not closes(qtbot, train_window)
    click_answer(train_window, "Discard")
    qtbot.waitUntil(lambda: not train_window.isVisible())
    assert restarts == []


def restarts_noted(monkeypatch) -> list:
    import digitpad.ui.app as app_module
    restarts = []
    monkeypatch.setattr(app_module, "_start_again", lambda: restarts.append(True))
    return restarts
