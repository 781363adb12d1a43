"""The main window: tabs, menus, the one active model, messages, settings, My digits across restarts."""

import struct
import time

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from digitpad import models
from digitpad.data.mydigits import FILENAME, MyDigits
from digitpad.nn.network import Network
from digitpad.ui import app as app_module
from digitpad.ui.app import MainWindow, open_settings
from digitpad.ui.draw_tab import DrawTab
from digitpad.ui.model_state import ModelState
from digitpad.ui.tab import AppTab, TabSpec
from digitpad.ui.workers import JobRunner
from drawing import stroke
from qt_helpers import messages_shown, new_window
from shared_data import book_weights_path

VERTICAL = [(0.5, 0.15), (0.5, 0.85)]


class RecordingTab(AppTab):
    """A stand-in for a later tab: it follows the model and runs a background job."""

    built = 0

    def __init__(self, state, parent=None):
        super().__init__(parent)
        RecordingTab.built += 1
        self.state = state
        self.models = []
        state.modelChanged.connect(self.models.append)
        self.runner = JobRunner(self)
        QVBoxLayout(self).addWidget(QLabel("recording"))

    def shutdown(self, timeout=5.0):
        return self.runner.shutdown(timeout)


def intercept_messages(window, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_message", lambda level, title, text: shown.append((level, title, text)))
    return shown


def test_draw_tab_comes_first(window):
    assert window.tabs.tabText(0) == "Draw"
    assert isinstance(window.tabs.widget(0), DrawTab)
    assert window.tabs.currentIndex() == 0
    assert isinstance(window.tab("Draw"), DrawTab)


def test_menus_and_shortcuts(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Help"]
    assert window.openWeightsAction.shortcut().toString() == "Ctrl+O"
    assert window.openImageAction.shortcut().toString() == "Ctrl+I"
    assert window.quitAction.shortcut().toString() == "Ctrl+Q"
    assert window.undoAction.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [k.toString() for k in window.redoAction.shortcuts()]
    assert window.clearAction.shortcut().toString() == "Esc"
    assert "book" in window.importBookAction.text() and "sample_weight.pkl" in window.importBookAction.text()
    assert not window.windowIcon().isNull()


def test_edit_actions_reach_the_canvas(window):
    tab = window.tab("Draw")
    stroke(tab.canvas, VERTICAL)
    window.undoAction.trigger()
    assert tab.canvas.is_empty()
    window.redoAction.trigger()
    assert not tab.canvas.is_empty()
    window.clearAction.trigger()
    assert tab.canvas.is_empty()


def test_keyboard_shortcuts(window, qtbot):
    tab = window.tab("Draw")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    stroke(tab.canvas, VERTICAL)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.canvas.is_empty()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not tab.canvas.is_empty()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    assert tab.canvas.is_empty()


def test_status_bar_names_the_model_and_its_accuracy(window):
    text = window.findChild(QLabel, "modelStatus").text()
    assert "the book's sample weights" in text and "93.52%" in text


# switching models ---------------------------------------------------------------------

def test_opening_weights_switches_every_view(window, tmp_path, qtbot):
    tab = window.tab("Draw")
    stroke(tab.canvas, [(0.3, 0.25), (0.7, 0.25), (0.45, 0.85)])
    before = tab.bars.heights()
    path = tmp_path / "mine.npz"
    Network.random([784, 50, 100, 10], seed=7).save(path)
    with qtbot.waitSignal(window.state.modelChanged):
        assert window.load_weights(str(path))
    assert window.state.model.name == "mine.npz"
    assert "mine.npz" in window.modelStatus.text() and "unknown" in window.modelStatus.text()
    assert not np.allclose(tab.bars.heights(), before, atol=1e-3)


def test_a_bad_weights_file_keeps_the_model_and_says_why(window, tmp_path, monkeypatch):
    shown = intercept_messages(window, monkeypatch)
    tab = window.tab("Draw")
    stroke(tab.canvas, VERTICAL)
    before_model, before_bars = window.state.model, tab.bars.heights()
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"this is not a zip file")
    assert not window.load_weights(str(bad))
    assert window.state.model is before_model
    np.testing.assert_array_equal(tab.bars.heights(), before_bars)
    assert len(shown) == 1
    level, title, text = shown[0]
    assert level == "error" and "broken.npz" in text and "Still using the book's sample weights" in text


def test_a_network_of_the_wrong_shape_is_refused(window, tmp_path, monkeypatch):
    shown = intercept_messages(window, monkeypatch)
    path = tmp_path / "tiny.npz"
    Network.random([100, 10], seed=0).save(path)
    assert not window.load_weights(str(path))
    assert "784 inputs" in shown[0][2]
    assert window.state.model.source == "book"


def test_the_books_pickle_can_be_opened(window, qtbot):
    window.state.set_model(ModelState().model)  # start from something else
    assert window.load_weights(str(book_weights_path()))
    assert window.state.model.name == "the book's sample weights"


def test_message_box_does_not_block(window):
    box = window.show_message("warning", "Title", "Something happened")
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert messages_shown(window)[-1] == ("warning", "Title", "Something happened")
    box.close()


def test_about_shows_the_model_card(window):
    box = window.show_about()
    text = box.text()
    assert "the book's sample weights" in text and "93.52%" in text and "784-50-100-10" in text
    box.close()


def test_about_shows_a_readable_card(window):
    from digitpad.models import Model
    card = {"architecture": [784, 50, 100, 10], "activation": "sigmoid", "test_accuracy": 0.9798,
            "command": "digitpad train --preset shipped", "config": {"optimizer": "adam", "epochs": 30},
            "history": [{"epoch": 1, "train_loss": 1.41}] * 30, "sha256": "ab" * 32}
    window.state.set_model(Model(window.state.network, "digitpad (shipped)", "shipped", card))
    box = window.show_about()
    text = box.text()
    assert "97.98%" in text and "digitpad train --preset shipped" in text and "optimizer adam" in text
    assert "train_loss" not in text  # the training history stays in the file
    box.close()


def test_about_writes_the_training_images_as_every_count_is(window):
    """The shipped card's "Training images 55000" beside "60,000" in the Train tab."""
    from digitpad import models
    window.state.set_model(models.load_shipped())
    box = window.show_about()
    assert "Training images</td><td>55,000</td>" in box.text(), box.text()
    box.close()


def test_about_names_the_file_a_model_came_from_and_no_other(window):
    """The personal model's File row read "personal", a network trained and not saved "trained":
    the names digitpad keeps them by, not files."""
    from digitpad import teach
    from digitpad.models import Model
    from digitpad.ui.train.result import TRAINED_SOURCE
    card = {"architecture": [784, 50, 100, 10]}
    for source, row in ((teach.SOURCE, f"File</td><td>{teach.personal_weights_path()}</td>"),
                        (TRAINED_SOURCE, None), ("/tmp/mine.npz", "File</td><td>/tmp/mine.npz</td>")):
        window.state.set_model(Model(window.state.network, "a model", source, card))
        box = window.show_about()
        text = box.text()
        box.close()
        if row is None:
            assert ">File</td>" not in text, text
        else:
            assert row in text, text


def test_about_says_where_a_stopped_run_ended(window):
    from digitpad.models import Model
    card = {"architecture": [784, 50, 100, 10], "test_accuracy": 0.9515, "train_seconds": 1.6,
            "stopped_early": True, "epochs_completed": 3, "steps_into_next_epoch": 212,
            "steps_per_epoch": 469}
    for extra, words in (({}, "in epoch 4, after 212 of its 469 steps"),
                         ({"steps_into_next_epoch": 0}, "after epoch 3"),
                         ({"steps_into_next_epoch": "many"}, "early")):
        window.state.set_model(Model(window.state.network, "stopped.npz", "stopped.npz",
                                     {**card, **extra}))
        box = window.show_about()
        assert f"Stopped</td><td>{words}</td>" in box.text(), box.text()
        box.close()


def test_a_card_accuracy_that_is_not_a_number_reads_unknown(window):
    from digitpad.models import Model
    card = {"architecture": [784, 50, 100, 10], "test_accuracy": float("nan")}
    window.state.set_model(Model(window.state.network, "odd card", "file", card))
    box = window.show_about()
    assert "nan" not in box.text().lower() and "unknown" in box.text()
    box.close()
    status = window.findChild(QLabel, "modelStatus").text()
    assert "nan" not in status.lower() and "test accuracy unknown" in status


def test_open_image_from_the_file_menu(window, tmp_path):
    from test_draw_tab import write_picture
    path = write_picture(tmp_path / "one.png")
    assert window.open_image(str(path))
    assert int(np.argmax(window.tab("Draw").probabilities())) == 1


# start-up -------------------------------------------------------------------------

def test_startup_falls_back_to_the_book(monkeypatch, tmp_path):
    monkeypatch.setattr(models, "shipped_weights_path", lambda: tmp_path / "missing.npz")
    monkeypatch.setenv("DIGITPAD_BOOK_WEIGHTS", str(book_weights_path()))
    state = ModelState.startup()
    assert state.model.source == "book"
    assert "shipped weights" in state.notice and "book's sample weights" in state.notice


def test_startup_without_any_weights_still_opens(monkeypatch, tmp_path, qtbot):
    monkeypatch.setattr(models, "shipped_weights_path", lambda: tmp_path / "missing.npz")
    monkeypatch.setenv("DIGITPAD_BOOK_WEIGHTS", str(tmp_path / "nowhere.pkl"))
    monkeypatch.chdir(tmp_path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: len(messages_shown(win)) > 0, timeout=2000)
    level, title, text = messages_shown(win)[0]
    assert level == "warning" and "random weights" in text and "Open weights" in text
    assert win.state.model.source == "random"
    stroke(win.tab("Draw").canvas, VERTICAL)
    assert win.tab("Draw").probabilities() is not None  # it still runs


def test_startup_prefers_the_shipped_weights(monkeypatch, tmp_path):
    path = tmp_path / "shipped.npz"
    Network.random([784, 50, 100, 10], seed=1).save(path)
    monkeypatch.setattr(models, "shipped_weights_path", lambda: path)
    state = ModelState.startup()
    assert state.model.source == "shipped" and state.notice is None


# tabs -----------------------------------------------------------------------------

def test_a_tab_is_one_line_and_built_when_first_shown(qtbot, state, monkeypatch):
    monkeypatch.setattr(app_module, "TABS", app_module.TABS + [TabSpec("recording", "Recording", RecordingTab)])
    RecordingTab.built = 0
    win = new_window(qtbot, state)
    index = len(app_module.TABS) - 1
    assert win.tabs.tabText(index) == "Recording"
    assert RecordingTab.built == 0
    win.tabs.setCurrentIndex(index)
    tab = win.tab("Recording")
    assert RecordingTab.built == 1 and tab.state is state and win.tabs.widget(index) is tab
    assert win.tabs.currentIndex() == index
    assert not win.undoAction.isEnabled()  # that tab has no undo
    new = ModelState().model
    state.set_model(new)
    assert tab.models == [new]


def test_closing_the_window_cancels_and_waits_for_jobs(qtbot, state, monkeypatch):
    monkeypatch.setattr(app_module, "TABS", app_module.TABS + [TabSpec("recording", "Recording", RecordingTab)])
    win = new_window(qtbot, state)
    tab = win.tab("Recording")
    seen = []

    def long_job(job):
        while not job.cancelled:
            time.sleep(0.005)
        seen.append("stopped")
        return "never delivered"

    worker = tab.runner.start(long_job, returned=seen.append)
    time.sleep(0.02)
    win.close()
    assert worker.done and worker.cancelled
    assert seen == ["stopped"]


def test_the_window_leaves_the_screen_before_waiting_for_jobs(qtbot, state, monkeypatch):
    # a read that cannot be cancelled (a large picture's) must not keep a closed window on screen
    monkeypatch.setattr(app_module, "TABS", app_module.TABS + [TabSpec("recording", "Recording", RecordingTab)])
    win = new_window(qtbot, state)
    tab = win.tab("Recording")
    shown_while_waiting = []
    monkeypatch.setattr(tab, "shutdown", lambda timeout: shown_while_waiting.append(win.isVisible()))
    assert win.isVisible()
    win.close()
    assert shown_while_waiting == [False]


# settings -----------------------------------------------------------------------

def test_geometry_and_tab_are_remembered(qtbot, state, monkeypatch, settings_dir):
    # two small tabs, so that the window fits the 800x600 offscreen screen at any size
    monkeypatch.setattr(app_module, "TABS", [TabSpec("recording", "Recording", RecordingTab),
                                                 TabSpec("other", "Other", RecordingTab)])
    first = new_window(qtbot, state)
    first.resize(640, 480)
    first.move(30, 40)
    first.tabs.setCurrentIndex(1)
    first.close()
    assert list(settings_dir.rglob("*.ini")), "settings were written into the test's folder"
    second = new_window(qtbot, state)
    assert (second.width(), second.height()) == (640, 480)
    assert second.tabs.tabText(second.tabs.currentIndex()) == "Other"


def test_draw_settings_are_remembered(qtbot, state):
    first = new_window(qtbot, state)
    first.tab("Draw").brushSlider.setValue(30)
    first.tab("Draw").naiveToggle.setChecked(True)
    first.close()
    second = new_window(qtbot, state)
    assert second.tab("Draw").brushSlider.value() == 30
    assert second.tab("Draw").canvas.brush_width == 30
    assert second.tab("Draw").naiveToggle.isChecked()


def saved_geometry(x, y, width, height, maximized=False):
    """What QWidget.saveGeometry writes (format 3) for a window at (x, y) of ``width`` x ``height``."""
    rect = struct.pack(">4i", x, y, x + width - 1, y + height - 1)
    return QByteArray(struct.pack(">IHH", 0x1D9D0CB, 3, 0) + rect + rect
                      + struct.pack(">iBBi", 0, maximized, False, 800) + rect)


@pytest.mark.parametrize("geometry,tab,brush", [
    ("not geometry at all", "Nonexistent", "thick"),
    (12345, 7, -5),
    (QByteArray(b"\x01\x02garbage"), "", "1e400"),
    (QByteArray(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00\x7f\xff\xff\xff"), "", ""),  # cut short
    (saved_geometry(30, 40, 120, 90), "", ""),                # too small to use
    (saved_geometry(0, 0, 4000, 3000), "", ""),               # larger than the screen
    (saved_geometry(-9000, 5000, 640, 480), "", ""),          # off every screen
])
def test_corrupt_settings_fall_back_to_defaults(qtbot, state, geometry, tab, brush):
    default_size = new_window(qtbot, state).size()  # what a first start looks like
    settings = open_settings()
    settings.setValue("window/geometry", geometry)
    settings.setValue("window/tab", tab)
    settings.setValue("tabs/Draw/brush", brush)
    settings.sync()
    win = new_window(qtbot, state)
    assert win.size() == default_size
    assert win.tabs.currentIndex() == 0
    from digitpad.ui.canvas import DEFAULT_BRUSH
    assert win.tab("Draw").brushSlider.value() == round(DEFAULT_BRUSH)


def test_settings_are_isolated(settings_dir):
    path = open_settings().fileName()
    assert path.startswith(str(settings_dir))
    assert QSettings().fileName().startswith(str(settings_dir))


# My digits across restarts ----------------------------------------------------------

def test_my_digits_survive_a_restart(qtbot, state, data_dir):
    first = new_window(qtbot, state)
    tab = first.tab("Draw")
    for label in (1, 7):
        stroke(tab.canvas, VERTICAL)
        tab.canvas.setFocus()
        qtbot.keyClick(tab.canvas, getattr(Qt.Key, f"Key_{label}"))
    first.close()
    assert (data_dir / "mydigits" / FILENAME).is_file()

    second = new_window(qtbot, state)
    tab = second.tab("Draw")
    qtbot.waitUntil(lambda: "2 saved" in tab.myDigitsCount.text(), timeout=2000)
    images, labels = MyDigits.default().load()
    assert labels.tolist() == [1, 7] and images.shape == (2, 784)


def test_a_corrupt_store_is_reported_and_kept(qtbot, state, data_dir):
    folder = data_dir / "mydigits"
    folder.mkdir()
    store = folder / FILENAME
    store.write_bytes(b"PK\x03\x04 a store cut short")
    win = MainWindow(state)   # the Draw tab starts with the window: it reads the store then
    qtbot.addWidget(win)
    win.show()
    shown = messages_shown(win)
    assert len(shown) == 1
    level, title, text = shown[0]
    assert level == "warning" and "could not be read" in title and FILENAME in text
    kept = [p for p in folder.iterdir() if "unreadable" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"PK\x03\x04 a store cut short"
    assert kept[0].name in text

    tab = win.tab("Draw")
    assert "0 saved" in tab.myDigitsCount.text()
    stroke(tab.canvas, VERTICAL)
    assert tab.save_digit(1)
    assert kept[0].read_bytes() == b"PK\x03\x04 a store cut short"
    assert MyDigits.default().load()[1].tolist() == [1]


def test_a_store_that_cannot_be_moved_aside_is_left_alone(qtbot, state, data_dir, monkeypatch):
    folder = data_dir / "mydigits"
    folder.mkdir()
    (folder / FILENAME).write_bytes(b"garbage")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(MyDigits, "set_aside", refuse)
    tab = DrawTab(state)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.messageRequested, timeout=2000) as blocker:
        tab.start()
    assert "saving is off" in blocker.args[2]
    assert not tab.saveButtons[1].isEnabled()
    assert (folder / FILENAME).read_bytes() == b"garbage"


class _Screen:
    def __init__(self, width, height):
        self._room = QRect(0, 0, width, height)

    def availableGeometry(self):
        return self._room


def test_a_first_start_on_a_projector_fills_the_screen(qtbot, state):
    """On a screen narrower than the default window (1024x768) the first window is maximised,
    where every tab fits; on a large screen it opens at its default size; a saved size wins."""
    from digitpad.ui.window_size import DEFAULT_SIZE, opens_maximized
    assert opens_maximized(_Screen(1024, 740)) and not opens_maximized(_Screen(1920, 1040))
    assert not opens_maximized(None)
    first = new_window(qtbot, state)      # the offscreen screen is 800 wide: a small screen
    assert first.isMaximized() == opens_maximized(first.screen())
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.resize(640, 480)
    first.close()                         # saves its geometry
    again = new_window(qtbot, state)
    assert not again.isMaximized() and again.size().width() < DEFAULT_SIZE[0]


def test_a_saved_geometry_is_used_only_if_it_is_sensible_on_the_screens_there_are():
    from digitpad.ui.window_size import SMALLEST_WINDOW, sensible_geometry
    left, right = QRect(0, 0, 1024, 740), QRect(1024, 0, 1920, 1050)   # two screens side by side
    rooms = [left, right]

    def fits(*args, **kwargs):
        return sensible_geometry(bytes(saved_geometry(*args, **kwargs)), rooms)

    assert fits(100, 100, 800, 600)
    assert fits(1500, 200, 1600, 900)                   # on the second screen, too big for the first
    assert not fits(100, 100, 1600, 900)                # on the first, and too big for it
    assert fits(30, 40, *SMALLEST_WINDOW)               # as small as the window goes
    assert not fits(30, 40, SMALLEST_WINDOW[0] - 1, SMALLEST_WINDOW[1])
    assert fits(-200, 100, 800, 600)                    # partly off the screen, its middle on it
    assert not fits(3000, 100, 800, 600) and not fits(100, -5000, 800, 600)
    whole = bytes(saved_geometry(100, 100, 800, 600))
    assert not any(sensible_geometry(whole[:cut], rooms) for cut in range(len(whole)))
    assert not sensible_geometry(b"\x00" * len(whole), rooms)
    version_9 = whole[:4] + b"\x00\x09" + whole[6:]
    assert not sensible_geometry(version_9, rooms)
    # a maximized window is placed by its normal rectangle, which Qt restores first
    maximized = bytearray(saved_geometry(100, 100, 800, 600, maximized=True))
    maximized[50:66] = saved_geometry(0, 0, 4000, 3000)[50:66]
    assert sensible_geometry(bytes(maximized), rooms)


def test_tab_never_stops_on_a_plot(qtbot, window):
    """A plot is a figure: no key does anything to it and it shows no focus, so a Tab stop there
    (the Train tab's two curves, Explore's plots, the probability bars) seemed to lose the focus."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication
    window.activateWindow()
    qtbot.waitActive(window)
    for name in ("Draw", "Explore", "Test set", "Train"):
        window.tabs.setCurrentWidget(window.tab(name))
        window.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tabs.tabBar())
        reached = []
        for _ in range(40):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
        assert len({id(w) for w in reached}) > 3, name   # the walk went somewhere
        plots = [w.objectName() or type(w).__name__ for w in reached if isinstance(w, pg.GraphicsView)]
        assert plots == [], name
