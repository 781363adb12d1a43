"""The app state the tabs share: an MNIST folder chosen in one tab is used by every tab at once,
the drawing reaches Explore without Explore looking for the Draw tab, settings move to the tabs' keys."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QPushButton, QSpinBox

from digitpad.data.mnist import clear_cache
from digitpad.ui.app import TABS, migrate_settings, open_settings
from digitpad.ui.model_state import AppState, ModelState
from drawing import stroke
from qt_helpers import messages_shown, new_window
from shared_data import mnist_folder

LONG = 120_000  # ms: generous, for a shared and busy machine


@pytest.fixture
def mnist_only_where_chosen(monkeypatch, tmp_path):
    """A computer whose only copy of MNIST is in a folder the user has to choose; returns the folder."""
    folder = str(mnist_folder())
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "no-keras"))
    clear_cache()
    yield folder
    clear_cache()


def show(window, key):
    tab = window.tab(key)
    window.tabs.setCurrentWidget(tab)
    return tab


@pytest.mark.mnist
def test_a_folder_chosen_in_test_set_is_used_by_explore_and_train_at_once(
        qtbot, state, mnist_only_where_chosen, monkeypatch):
    folder = mnist_only_where_chosen
    window = new_window(qtbot, state)
    try:
        testset = show(window, "testset")
        choose = testset.findChild(QPushButton, "missingChooseButton")
        qtbot.waitUntil(choose.isVisible, timeout=LONG)   # nothing found on its own
        monkeypatch.setattr("digitpad.ui.testset.tab.QFileDialog.getExistingDirectory",
                            lambda *args, **kwargs: folder)
        with qtbot.waitSignal(window.state.mnistPathChanged, timeout=LONG) as chosen:
            qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
        assert chosen.args == [folder] and window.state.mnist_path == folder

        # Explore > Swap the activation > Score: the test set is read from that folder
        explore = show(window, "explore")
        explore.show_section("swap")
        score = explore.findChild(QPushButton, "evaluateButton")
        progress = explore.findChild(QProgressBar, "swapProgress")
        message = explore.findChild(QLabel, "swapMessage")
        qtbot.mouseClick(score, Qt.MouseButton.LeftButton)
        assert "Scoring" in message.text()
        qtbot.waitUntil(lambda: "Scoring" not in message.text(), timeout=LONG)   # done, or failed
        assert "not on this computer" not in message.text()
        assert "93.52%" in message.text()   # the book's network, as trained, on the 10,000 test digits
        assert progress.value() == progress.maximum()

        # Train: a short run finds MNIST in the same folder
        train = show(window, "train")
        preset = train.findChild(QComboBox, "presetCombo")
        preset.setCurrentIndex(preset.findData("quick"))
        train.findChild(QSpinBox, "limitSpin").setValue(3000)
        train.findChild(QSpinBox, "epochsSpin").setValue(1)
        progress_label = train.findChild(QLabel, "progressLabel")
        qtbot.mouseClick(train.findChild(QPushButton, "startButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Training on" in progress_label.text()
                        or "not found" in progress_label.text(), timeout=LONG)
        assert "Training on" in progress_label.text(), progress_label.text()
        assert not train.findChild(QLabel, "mnistMessage").isVisible()
    finally:
        window.close()   # the run still trains: the window asks before stopping it
        stop = window.findChild(QPushButton, "unsavedDiscardButton")
        if stop is not None and stop.isVisible():
            qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=LONG)

    # the next start finds the folder again, whichever tab is opened first
    again = new_window(qtbot, AppState(state.model))
    try:
        assert again.state.mnist_path == folder
    finally:
        again.close()


@pytest.mark.mnist
def test_teaching_replays_mnist_from_the_chosen_folder(qtbot, mnist_only_where_chosen):
    from digitpad.models import load_shipped
    state = AppState(load_shipped())
    state.set_mnist_path(mnist_only_where_chosen)   # as the Test set tab does when a folder loads
    window = new_window(qtbot, state)
    try:
        taught = []
        window.teacher.personalChanged.connect(lambda model: model is not None and taught.append(model))
        draw = show(window, "draw")
        stroke(draw.canvas, [(0.5, 0.15), (0.5, 0.85)])
        qtbot.mouseClick(draw.findChild(QPushButton, "saveButton1"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(taught) or bool(messages_shown(window)), timeout=LONG)
        assert messages_shown(window) == [] and len(taught) == 1
        assert window.state.model is taught[0]
    finally:
        window.close()


def test_the_drawing_reaches_explore_through_the_state(qtbot, state):
    window = new_window(qtbot, state)
    try:
        draw = show(window, "draw")
        stroke(draw.canvas, [(0.5, 0.15), (0.5, 0.85)])
        drawing = window.state.drawing
        assert drawing.input28.shape == (28, 28) and drawing.canvas.any()
        np.testing.assert_array_equal(drawing.input28, draw.input_image())
        swap = show(window, "explore").show_section("swap")
        np.testing.assert_array_equal(swap.drawing(), draw.input_image())
        draw.clear()
        assert window.state.drawing.input28 is None
    finally:
        window.close()


def test_a_requested_digit_builds_and_shows_the_draw_tab(qtbot, state, monkeypatch):
    monkeypatch.setattr("digitpad.ui.app.TABS", [tab for tab in TABS if tab.key != "draw"] +
                        [tab for tab in TABS if tab.key == "draw"])   # Draw last: not built at start
    window = new_window(qtbot, state)
    try:
        assert window.tabs.currentIndex() == 0
        digit = np.zeros((28, 28), np.uint8)
        digit[4:24, 13:16] = 255   # a vertical bar: a 1
        window.state.request_drawing(digit)
        draw = window.tab("draw")
        assert window.tabs.currentWidget() is draw
        assert int(np.argmax(draw.probabilities())) == 1
        assert window.state.take_requested_drawing() is None   # taken once
        assert "reads a 1" in window.statusBar().currentMessage()
    finally:
        window.close()


def test_settings_saved_under_titles_move_to_keys_once(settings_dir):
    settings = open_settings()
    settings.setValue("window/tab", "Test set")
    settings.setValue("tabs/Test set/mode", "per-sample")
    settings.setValue("tabs/Test set/mnistPath", "/somewhere/mnist")
    settings.setValue("tabs/Draw/brush", 30)
    settings.setValue("tabs/draw/brush", 12)   # already saved under the key: it wins
    migrate_settings(settings, TABS)
    assert settings.value("window/tab") == "testset"
    assert settings.value("tabs/testset/mode") == "per-sample"
    assert settings.value("app/mnistPath") == "/somewhere/mnist"
    assert int(settings.value("tabs/draw/brush")) == 12
    assert not [key for key in settings.allKeys() if key.startswith(("tabs/Test set", "tabs/Draw"))]
    before = {key: settings.value(key) for key in settings.allKeys()}
    migrate_settings(settings, TABS)
    assert {key: settings.value(key) for key in settings.allKeys()} == before


def test_a_bad_saved_mnist_folder_is_refused(settings_dir):
    settings = QSettings(str(settings_dir / "state.ini"), QSettings.Format.IniFormat)
    settings.setValue("mnistPath", "x" * 100_000)
    state = ModelState()
    assert state.restore_settings(settings) == ["mnistPath"]
    assert state.mnist_path is None and state.mnist_paths() == [None]
