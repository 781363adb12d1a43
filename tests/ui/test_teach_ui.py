"""Teaching the network a handwriting from the window, with real mouse strokes.

A 1 with a long, flat lead-in stroke before the down-stroke reads as a 7 to
the shipped network. The user says it is a 1 a few times (the Save-as button);
the network is taught in the background, and then reads a new one right,
while MNIST digits redrawn on the canvas are read as before.
"""

import threading

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QToolButton, QWidget

from digitpad import teach
from digitpad.data.mydigits import MyDigits
from digitpad.models import load_shipped
from digitpad.nn.finetune import FineTuneConfig
from digitpad.nn.network import PIXEL_SCALE
from digitpad.ui import teacher as teacher_module
from digitpad.ui.model_state import ModelState
from digitpad.ui.units import accuracy_text, seconds_text
from drawing import redraw, stroke
from qt_helpers import click, messages_shown, new_window
from shared_data import mnist

pytestmark = pytest.mark.mnist

CONTINENTAL_ONE = [(0.25, 0.30), (0.55, 0.20), (0.55, 0.85)]


def continental_one(dx=0.0, dy=0.0, scale=1.0):
    return [(0.5 + (x - 0.5) * scale + dx, 0.5 + (y - 0.5) * scale + dy)
            for x, y in CONTINENTAL_ONE]


def draw_and_read(tab, points):
    tab.canvas.clear()
    stroke(tab.canvas, points)
    return int(np.argmax(tab.probabilities()))


def readings(tab, images):
    out = []
    for image in images:
        tab.canvas.clear()
        redraw(tab.canvas, image)
        tab.settle()
        out.append(int(np.argmax(tab.probabilities())))
    return out


@pytest.fixture
def shipped_window(qtbot):
    mnist("train")
    return new_window(qtbot, ModelState(load_shipped()))


def test_corrections_teach_a_handwriting_and_mnist_is_still_read(qtbot, shipped_window):
    win = shipped_window
    tab = win.tab("Draw")
    teacher = win.teacher
    images, _ = mnist("test")
    sample = images[:20].reshape(-1, 28, 28)
    before = readings(tab, sample)
    assert not win.findChild(QWidget, "personalSwitch").isVisible()

    taught = []   # each personal model the teacher makes (the switch and the menu follow it)
    teacher.personalChanged.connect(lambda model: model is not None and taught.append(model))
    ticks = []
    heartbeat = QTimer(win)
    heartbeat.timeout.connect(lambda: ticks.append(teacher.is_busy()))
    heartbeat.start(10)

    # three corrections; the second and third are made while the first fine-tune runs
    variants = [continental_one(), continental_one(-0.1, 0.05, 0.8), continental_one(0.08, -0.04, 1.1)]
    assert draw_and_read(tab, variants[0]) == 7
    click(qtbot, tab.findChild(QPushButton, "saveButton1"))
    assert teacher.is_busy()
    for points in variants[1:]:
        assert draw_and_read(tab, points) == 7
        click(qtbot, tab.findChild(QPushButton, "saveButton1"))
    assert teacher.is_busy()  # the later ones wait their turn
    qtbot.waitUntil(lambda: not teacher.is_busy() and len(taught) >= 2, timeout=120_000)
    heartbeat.stop()
    assert MyDigits.default().count == 3
    assert len(taught) == 2  # one run, then one queued run that took both later digits
    assert [m.card["taught_digits"] for m in taught] == [1, 3]
    assert sum(ticks) >= 3, "the window did not handle events while the network was taught"

    model = win.state.model
    assert model.source == teach.SOURCE
    assert model.name == "digitpad, taught by you: 3 corrections"
    assert "taught by you: 3 corrections" in win.findChild(QLabel, "modelStatus").text()
    assert model.card["taught_digits"] == 3
    # a new drawing in that hand, at a size and place never taught, is read as a 1
    assert draw_and_read(tab, continental_one(0.12, 0.08, 0.7)) == 1
    after = readings(tab, sample)
    assert sum(a == b for a, b in zip(before, after)) >= 19, (before, after)

    # one click to the shipped weights and back
    button = win.findChild(QToolButton, "personalSwitchButton")
    assert win.findChild(QWidget, "personalSwitch").isVisible()
    assert button.text() == "Use the shipped weights"
    click(qtbot, button)
    assert win.state.model.source == "shipped" and button.text() == "Use my model"
    assert draw_and_read(tab, continental_one(0.12, 0.08, 0.7)) == 7
    personal_action = win.findChild(QAction, "personalAction")
    assert personal_action.isEnabled()
    personal_action.trigger()
    assert win.state.model.source == teach.SOURCE and not personal_action.isEnabled()
    tab.canvas.clear()


UPRIGHT_ONE = [(0.5, 0.15), (0.5, 0.85)]
LOOP_ZERO = [(0.5, 0.15), (0.3, 0.3), (0.3, 0.7), (0.5, 0.85), (0.7, 0.7), (0.7, 0.3), (0.5, 0.15)]


def test_a_drawing_read_right_and_cleared_is_taught_with_the_next_correction(qtbot, shipped_window):
    win = shipped_window
    tab = win.tab("Draw")
    teacher = win.teacher
    clear_button = tab.findChild(QToolButton, "clearButton")
    learn = win.findChild(QAction, "readRightAction")
    assert learn.isCheckable() and learn.isChecked()

    # read right and cleared: kept once the next drawing is begun, with the network's answer
    stroke(tab.canvas, UPRIGHT_ONE)
    assert int(np.argmax(tab.probabilities())) == 1
    click(qtbot, clear_button)
    assert teacher.pending_read_right() == 0  # not yet: the clear may still be undone
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not tab.canvas.is_empty()
    stroke(tab.canvas, [(0.2, 0.9), (0.25, 0.9)])  # drawing on after the undo: not moved on
    assert teacher.pending_read_right() == 0
    click(qtbot, clear_button)  # the 1 with its small mark, cleared for good
    stroke(tab.canvas, LOOP_ZERO)
    assert teacher.pending_read_right() == 1
    assert int(np.argmax(tab.probabilities())) == 0

    # a digit saved with its label is a correction, not a reading moved on from
    click(qtbot, tab.findChild(QPushButton, "saveButton0"))
    qtbot.waitUntil(lambda: not teacher.is_busy(), timeout=120_000)
    assert teacher.pending_read_right() == 0
    right_images, right_labels = teacher.read_right_store.load()
    assert right_labels.tolist() == [1]
    assert int(np.argmax(right_images[0].reshape(28, 28).sum(axis=0))) in range(12, 17)  # upright
    assert win.state.model.card["read_right_digits"] == 1
    assert win.state.model.card["taught_digits"] == 1
    assert "with 1 drawing it read right." in win.statusBar().currentMessage()

    # turned off: nothing is kept, and the choice is remembered
    learn.trigger()
    assert not teacher.learns_read_right
    stroke(tab.canvas, UPRIGHT_ONE)
    click(qtbot, clear_button)
    stroke(tab.canvas, UPRIGHT_ONE)
    assert teacher.pending_read_right() == 0
    again = new_window(qtbot, ModelState(load_shipped()))
    assert not again.findChild(QAction, "readRightAction").isChecked()
    assert not again.teacher.learns_read_right
    again.findChild(QAction, "readRightAction").trigger()
    assert again.teacher.learns_read_right

    # the switch says what the personal model learned from; a reset forgets the read-right ones,
    # the one cleared just before it included
    click(qtbot, win.findChild(QToolButton, "personalSwitchButton"))
    assert win.state.model.source == "shipped"
    assert "1 drawing it read right" in win.findChild(QToolButton, "personalSwitchButton").toolTip()
    learn.trigger()
    stroke(tab.canvas, UPRIGHT_ONE)
    click(qtbot, clear_button)
    teacher.reset()
    stroke(tab.canvas, LOOP_ZERO)
    assert teacher.pending_read_right() == 0
    assert not teacher.read_right_store.file.exists()
    assert MyDigits.default().count == 1


def test_a_scribble_cleared_away_is_not_kept_as_read_right(qtbot, shipped_window):
    win = shipped_window
    tab = win.tab("Draw")
    rows = [0.15 + 0.7 * i / 15 for i in range(16)]
    scribble = [(0.15 if i % 2 else 0.85, y) for i, y in enumerate(rows)]  # zigzag down
    stroke(tab.canvas, scribble, steps=3)
    tab.settle()
    assert tab.probabilities().max() >= teach.READ_RIGHT_LEAST  # the network was sure of something
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    stroke(tab.canvas, UPRIGHT_ONE)
    assert win.teacher.pending_read_right() == 0
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    stroke(tab.canvas, LOOP_ZERO)
    assert win.teacher.pending_read_right() == 1  # the 1 after it was


def test_a_digit_saved_as_what_the_network_read_is_taught_but_not_counted_as_a_correction(
        qtbot, shipped_window):
    win = shipped_window
    tab = win.tab("Draw")
    teacher = win.teacher
    assert draw_and_read(tab, UPRIGHT_ONE) == 1
    click(qtbot, tab.findChild(QPushButton, "saveButton1"))
    qtbot.waitUntil(lambda: teacher.personal is not None and not teacher.is_busy(), timeout=120_000)
    assert win.state.model.name == "digitpad, taught by you: 1 digit (0 corrections)"
    assert draw_and_read(tab, continental_one()) == 7  # misread: saving it as a 1 corrects it
    click(qtbot, tab.findChild(QPushButton, "saveButton1"))
    qtbot.waitUntil(lambda: teacher.personal.card["taught_digits"] == 2 and not teacher.is_busy(),
                    timeout=120_000)
    assert win.state.model.name == "digitpad, taught by you: 2 digits (1 correction)"
    assert "2 digits (1 correction)" in win.findChild(QLabel, "modelStatus").text()
    win.close()
    again = new_window(qtbot, ModelState(load_shipped()))  # the card keeps the count
    qtbot.waitUntil(lambda: not again.teacher.is_busy())
    assert again.state.model.name == "digitpad, taught by you: 2 digits (1 correction)"


def test_drawings_read_right_wait_in_memory_and_are_kept_when_the_window_closes(qtbot, shipped_window):
    win = shipped_window
    tab = win.tab("Draw")
    for points in (UPRIGHT_ONE, LOOP_ZERO, UPRIGHT_ONE):
        stroke(tab.canvas, points)
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    stroke(tab.canvas, LOOP_ZERO)
    assert win.teacher.pending_read_right() == 3
    assert not win.teacher.read_right_store.file.exists()
    win.close()
    assert win.teacher.read_right_store.load()[1].tolist() == [1, 0, 1]


def test_a_cleared_drawing_read_right_still_waiting_for_the_next_stroke_is_kept_on_closing(
        qtbot, shipped_window):
    win = shipped_window
    tab = win.tab("Draw")
    stroke(tab.canvas, LOOP_ZERO)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    assert win.teacher.pending_read_right() == 0  # waiting: the clear may still be undone
    win.close()
    assert win.teacher.read_right_store.load()[1].tolist() == [0]


def test_closing_keeps_the_drawings_read_right_without_starting_a_fine_tune(qtbot, shipped_window, monkeypatch):
    win = shipped_window
    teacher = win.teacher
    taught = teach.teach(load_shipped(), np.zeros((1, 784), np.uint8), [3],
                         config=FineTuneConfig(steps=2, user_batch=1, replay_batch=0))
    teach.save_taught(taught)
    teacher.restore()
    for _ in range(teach.READ_RIGHT_REFRESH - 1):
        teacher.on_read_right(np.zeros((28, 28), np.uint8), 1)
    started = []
    monkeypatch.setattr(teacher, "teach_now", lambda *args, **kwargs: started.append(args))
    stroke(win.tab("Draw").canvas, LOOP_ZERO)
    qtbot.keyClick(win.tab("Draw").canvas, Qt.Key.Key_Escape)  # the 32nd, waiting for the next stroke
    win.close()
    assert not started
    assert len(teacher.read_right_store.load()[1]) == teach.READ_RIGHT_REFRESH


def test_a_drawing_saved_with_its_label_or_cleared_twice_is_never_lost_or_kept_twice(qtbot, shipped_window):
    win = shipped_window
    tab = win.tab("Draw")
    teacher = win.teacher
    clear_button = tab.findChild(QToolButton, "clearButton")
    teacher.runner.shutdown()  # no fine-tunes here: what waits stays countable
    # saved as a 0, brought back with Ctrl+Z, cleared and moved on from: it is a correction only
    stroke(tab.canvas, LOOP_ZERO)
    click(qtbot, tab.findChild(QPushButton, "saveButton0"))
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not tab.canvas.is_empty()
    click(qtbot, clear_button)
    stroke(tab.canvas, UPRIGHT_ONE)
    assert teacher.pending_read_right() == 0
    # cleared twice before the next drawing: still moved on from once
    click(qtbot, clear_button)
    click(qtbot, clear_button)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    stroke(tab.canvas, LOOP_ZERO)
    assert teacher.pending_read_right() == 1


def test_once_the_personal_model_reads_more_drawings_read_right_are_taught_without_a_correction(
        qtbot, shipped_window, monkeypatch):
    monkeypatch.setattr(teach, "READ_RIGHT_REFRESH", 2)
    win = shipped_window
    tab = win.tab("Draw")
    teacher = win.teacher
    taught = []
    teacher.personalChanged.connect(lambda model: model is not None and taught.append(model))
    for points in (UPRIGHT_ONE, LOOP_ZERO, UPRIGHT_ONE):   # no personal model yet: they wait
        stroke(tab.canvas, points)
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    stroke(tab.canvas, LOOP_ZERO)
    assert teacher.pending_read_right() == 3 and not teacher.is_busy() and not taught
    tab.canvas.clear()
    stroke(tab.canvas, continental_one())
    click(qtbot, tab.findChild(QPushButton, "saveButton1"))
    qtbot.waitUntil(lambda: len(taught) == 1 and not teacher.is_busy(), timeout=120_000)
    assert taught[0].card["read_right_digits"] == 3 and teacher.pending_read_right() == 0
    for points in (UPRIGHT_ONE, LOOP_ZERO):
        stroke(tab.canvas, points)
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    stroke(tab.canvas, UPRIGHT_ONE)  # the second one is moved on from: taught at once
    qtbot.waitUntil(lambda: len(taught) == 2 and not teacher.is_busy(), timeout=120_000)
    assert taught[1].card["read_right_digits"] == 5 and taught[1].card["taught_digits"] == 1
    # reading with the shipped weights, the personal model is not taught behind the user's back
    click(qtbot, win.findChild(QToolButton, "personalSwitchButton"))
    for points in (LOOP_ZERO, UPRIGHT_ONE):
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
        stroke(tab.canvas, points)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    stroke(tab.canvas, LOOP_ZERO)
    assert teacher.pending_read_right() >= 2 and not teacher.is_busy()
    assert win.state.model.source == "shipped" and len(taught) == 2


def test_drawings_handed_to_a_fine_tune_that_never_began_are_kept_on_closing(qtbot, shipped_window):
    from PySide6.QtCore import QRunnable, QThreadPool
    win = shipped_window
    teacher = win.teacher
    pool = QThreadPool.globalInstance()
    release = threading.Event()

    class Busy(QRunnable):
        def run(self):
            release.wait(30)

    busy = [Busy() for _ in range(pool.maxThreadCount())]
    for runnable in busy:
        runnable.setAutoDelete(False)
        pool.start(runnable)
    try:
        one = np.zeros(784, np.uint8)
        one[14::28] = 255
        for answer in (1, 1, 4):
            teacher.on_read_right(one, answer)
        MyDigits.default().add(one, 7)
        teacher.on_digit_saved(7, 1)   # its fine-tune waits for a thread that never comes
        assert teacher.is_busy() and teacher.pending_read_right() == 0
        win.close()
    finally:
        release.set()
        pool.waitForDone(30_000)
    assert teacher.read_right_store.load()[1].tolist() == [1, 1, 4]


def test_a_reset_forgets_the_drawings_read_right_and_says_so_if_it_cannot(qtbot, shipped_window, data_dir):
    win = shipped_window
    teacher = win.teacher
    base = load_shipped()
    taught = teach.teach(base, np.zeros((1, 784), np.uint8), [3],
                         config=FineTuneConfig(steps=2, user_batch=1, replay_batch=0))
    teach.save_taught(taught)
    folder = teacher.read_right_store.file.parent
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mydigits.unreadable-20260101.npz").write_bytes(b"not a store")
    teacher.read_right_store.add_many(np.zeros((2, 784), np.uint8), [5, 6])
    teacher.restore()
    teacher.reset()
    qtbot.waitUntil(lambda: not teacher.is_busy())  # after the catch-up the restore started
    assert not teach.personal_weights_path().exists()
    assert not [p for p in folder.iterdir() if p.suffix == ".npz"]
    # a read-right path that cannot be deleted: the model still goes, and the user is told
    teach.save_taught(taught)
    teacher.restore()
    teacher.read_right_store.file.mkdir()
    teacher.reset()
    qtbot.waitUntil(lambda: not teacher.is_busy())
    assert not teach.personal_weights_path().exists()
    qtbot.waitUntil(lambda: any("read right" in title for _, title, _ in messages_shown(win)))
    assert win.state.model.source == "shipped"


def test_a_personal_model_that_cannot_be_deleted_is_kept_and_the_user_told(
        qtbot, shipped_window, monkeypatch):
    win = shipped_window
    corrected_once(qtbot, win)
    weights = teach.personal_weights_path()
    unlink = type(weights).unlink

    def refuse(path, *args, **kwargs):
        if path == weights:
            raise PermissionError(13, "Permission denied")
        return unlink(path, *args, **kwargs)

    monkeypatch.setattr(type(weights), "unlink", refuse)
    win.teacher.on_read_right(np.zeros((28, 28), np.uint8), 1)
    win.teacher.reset()
    qtbot.waitUntil(lambda: any("Could not delete your personal model" in title
                                for _, title, _ in messages_shown(win)))
    assert weights.is_file() and win.state.model.source == teach.SOURCE
    assert win.teacher.personal is not None
    assert win.teacher.pending_read_right() == 1  # what waited to be taught waits still


def test_a_reset_during_a_fine_tune_never_waits_for_it_and_a_correction_meanwhile_is_taught(
        qtbot, shipped_window, monkeypatch):
    """The fine-tune is held while it reads MNIST (as a slow disk would): Reset returns at once,
    deletes the model once the fine-tune has stopped, and a digit saved meanwhile is taught after."""
    win = shipped_window
    teacher = win.teacher
    corrected_once(qtbot, win)
    held = held_replay(monkeypatch)
    try:
        draw_and_read(win.tab("Draw"), continental_one(-0.1, 0.05, 0.8))
        click(qtbot, win.tab("Draw").findChild(QPushButton, "saveButton1"))
        assert held.started.wait(30)
        ticks = []
        heartbeat = QTimer(win)
        heartbeat.timeout.connect(lambda: ticks.append(1))
        heartbeat.start(5)
        teacher.reset()  # returns without waiting for the held fine-tune
        assert teacher.is_busy() and teach.personal_weights_path().exists()
        # the fine-tune is held until released below: ticks now mean the window did not wait
        qtbot.waitUntil(lambda: len(ticks) >= 5 and teacher.is_busy())
        held.run_freely()
        draw_and_read(win.tab("Draw"), continental_one(0.08, -0.04, 1.1))
        click(qtbot, win.tab("Draw").findChild(QPushButton, "saveButton1"))  # waits for the reset
        heartbeat.stop()
    finally:
        held.release.set()
    taught = []
    teacher.personalChanged.connect(taught.append)
    qtbot.waitUntil(lambda: not teacher.is_busy() and len(taught) == 2, timeout=120_000)
    assert taught[0] is None  # the reset, once the held fine-tune stopped; then the new digit
    assert taught[1].card["taught_digits"] == 3 and win.state.model is taught[1]
    assert teach.load_personal().card["taught_digits"] == 3


def test_a_reset_confirmed_as_the_window_closes_is_done(qtbot, shipped_window, monkeypatch):
    win = shipped_window
    held = reset_while_teaching(qtbot, win, monkeypatch)
    assert teach.personal_weights_path().exists()
    QTimer.singleShot(200, held.release.set)
    win.close()
    assert not teach.personal_weights_path().exists() and MyDigits.default().count == 1


def test_a_correction_saved_while_a_reset_waits_is_taught_at_the_next_start_if_the_window_closes(
        qtbot, shipped_window, monkeypatch):
    win = shipped_window
    held = reset_while_teaching(qtbot, win, monkeypatch)
    draw_and_read(win.tab("Draw"), continental_one(-0.1, 0.05, 0.8))
    click(qtbot, win.tab("Draw").findChild(QPushButton, "saveButton1"))  # waits for the reset
    QTimer.singleShot(200, held.release.set)
    win.close()
    assert not teach.personal_files_exist() and MyDigits.default().count == 2
    held.run_freely()
    again = new_window(qtbot, ModelState(load_shipped()))
    qtbot.waitUntil(lambda: again.teacher.personal is not None and not again.teacher.is_busy(),
                    timeout=120_000)
    assert again.teacher.personal.card["taught_digits"] == 2 and not messages_shown(again)


def test_an_edit_in_my_digits_while_a_reset_waits_does_not_bring_the_model_back(
        qtbot, shipped_window, monkeypatch):
    win = shipped_window
    teacher = win.teacher
    held = reset_while_teaching(qtbot, win, monkeypatch)
    store = MyDigits.default()
    store.add(store.load()[0][0], 4)
    teacher.on_my_digits_edited()  # as the My digits window says after an edit
    held.release.set()
    qtbot.waitUntil(lambda: not teacher.is_busy(), timeout=60_000)
    qtbot.wait(100)
    assert teacher.personal is None and not teach.personal_files_exist()
    assert win.state.model.source == "shipped" and store.count == 2


def test_a_failed_fine_tune_drops_only_the_requests_like_it(qtbot, window, book_model, monkeypatch):
    """A correction's fine-tune fails: a second correction queued would fail the same way and is
    dropped (one message), the Train tab's run queued meanwhile still runs."""
    from digitpad.data.errors import DataError
    tab = window.tab("Draw")
    teacher = window.teacher
    release = threading.Event()
    get = teacher_module._Replay.get
    calls = []

    def failing_first(replay, *args):
        calls.append(1)
        if len(calls) == 1:
            release.wait(30)
            raise DataError("the disk went away")
        return get(replay, *args)

    monkeypatch.setattr(teacher_module._Replay, "get", failing_first)
    taught = []
    teacher.personalChanged.connect(lambda model: model is not None and taught.append(model))
    try:
        draw_and_read(tab, continental_one())
        click(qtbot, tab.findChild(QPushButton, "saveButton1"))
        click(qtbot, window.tab("Train").findChild(QPushButton, "teachButton"))
        window.tabs.setCurrentWidget(tab)
        draw_and_read(tab, continental_one(-0.1, 0.05, 0.8))
        click(qtbot, tab.findChild(QPushButton, "saveButton1"))
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(taught) == 1 and not teacher.is_busy(), timeout=120_000)
    qtbot.wait(100)
    assert len(calls) == 2 and taught[0].card["base_name"] == book_model.name
    problems = [m for m in messages_shown(window) if m[1] == "Could not teach the network"]
    assert len(problems) == 1 and "the disk went away" in problems[0][2]


class held_replay:
    """Fine-tunes wait (reading MNIST, as on a slow disk) until ``release`` is set; ``started``
    is set once one waits; ``run_freely()`` lets those begun later run at once."""

    def __init__(self, monkeypatch):
        self.release, self.started = threading.Event(), threading.Event()
        get = teacher_module._Replay.get

        def held_get(replay, *args):
            self.started.set()
            self.release.wait(30)
            return get(replay, *args)

        monkeypatch.setattr(teacher_module._Replay, "get", held_get)
        self.run_freely = lambda: monkeypatch.setattr(teacher_module._Replay, "get", get)


def reset_while_teaching(qtbot, win, monkeypatch) -> held_replay:
    """A correction taught, then a reset asked for while the next fine-tune is held: the reset
    waits for it. Returns the hold (``release`` lets the fine-tune go on and the reset finish)."""
    corrected_once(qtbot, win)
    held = held_replay(monkeypatch)
    win.teacher.teach_now()
    assert held.started.wait(30)
    win.teacher.reset()
    return held


def closed_with_a_digit_untaught(qtbot, win) -> None:
    """A correction taught, the window closed, and one more digit in My digits (as when the app
    closed while its fine-tune ran)."""
    corrected_once(qtbot, win)
    win.close()
    store = MyDigits.default()
    store.add(store.load()[0][0], 1)


def corrected_once(qtbot, win) -> list:
    """A 1 saved from the Draw tab and taught; the personal models made from then on."""
    taught = []
    win.teacher.personalChanged.connect(lambda model: model is not None and taught.append(model))
    stroke(win.tab("Draw").canvas, continental_one())
    click(qtbot, win.tab("Draw").findChild(QPushButton, "saveButton1"))
    qtbot.waitUntil(lambda: len(taught) == 1 and not win.teacher.is_busy(), timeout=120_000)
    return taught


def test_the_personal_model_is_used_at_the_next_start_and_reset_keeps_my_digits(qtbot, shipped_window):
    win = shipped_window
    corrected_once(qtbot, win)
    assert teach.personal_weights_path().is_file()

    again = new_window(qtbot, ModelState(load_shipped()))
    assert again.state.model.name == "digitpad, taught by you: 1 correction"
    reset = again.findChild(QAction, "resetPersonalAction")
    assert reset.isEnabled()
    # it asks first, and Cancel (the default) keeps the personal model
    reset.trigger()
    box = again.findChild(QMessageBox, "confirmResetBox")
    assert box is not None and box.isVisible()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not box.isVisible())
    assert teach.personal_weights_path().is_file() and again.state.model.source == teach.SOURCE
    reset.trigger()
    box = [b for b in again.findChildren(QMessageBox, "confirmResetBox") if b.isVisible()][0]
    click(qtbot, box.findChild(QPushButton, "confirmResetButton"))
    qtbot.waitUntil(lambda: again.state.model.source == "shipped")
    assert not teach.personal_weights_path().exists() and not reset.isEnabled()
    assert MyDigits.default().count == 1
    assert not again.findChild(QWidget, "personalSwitch").isVisible()


def test_a_digit_relabelled_or_deleted_in_my_digits_is_taught_again(qtbot, shipped_window):
    """The personal model stops reading a label the user took back in My digits."""
    win = shipped_window
    teacher = win.teacher
    taught = corrected_once(qtbot, win)
    image = MyDigits.default().load()[0][0]

    def reads(model):
        return int(model.network.predict(image[None], input_scale=PIXEL_SCALE).argmax())

    assert reads(win.state.model) == 1
    win.show_my_digits()
    view = win._my_digits_view  # a window of its own, not a child of the main one
    grid = view.findChild(QWidget, "myDigitsGrid")
    centre = grid.visualRect(grid.model().index(0, 0)).center()
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    click(qtbot, view.findChild(QPushButton, "relabel4Button"))
    qtbot.waitUntil(lambda: len(taught) == 2 and not teacher.is_busy(), timeout=120_000)
    assert win.state.model is taught[1] and reads(win.state.model) == 4

    click(qtbot, view.findChild(QPushButton, "deleteButton"))
    assert MyDigits.default().count == 0 and not teacher.is_busy()
    assert "My digits is empty" in win.statusBar().currentMessage()
    assert win.state.model is taught[1]  # what it learned stays until a reset
    view.close()


def test_the_shipped_weights_chosen_are_used_at_the_next_start(qtbot, shipped_window):
    win = shipped_window
    corrected_once(qtbot, win)
    click(qtbot, win.findChild(QToolButton, "personalSwitchButton"))
    assert win.state.model.source == "shipped"
    win.close()

    again = new_window(qtbot, ModelState(load_shipped()))
    assert again.state.model.source == "shipped"
    assert again.teacher.personal is not None  # kept, one click away
    button = again.findChild(QToolButton, "personalSwitchButton")
    assert button.isVisible() and button.text() == "Use my model"
    click(qtbot, button)
    again.close()
    assert new_window(qtbot, ModelState(load_shipped())).state.model.source == teach.SOURCE


def test_a_correction_while_another_model_reads_teaches_the_personal_one_without_switching(
        qtbot, window, book_model):
    win = window
    win.state.set_model(book_model)
    corrected_once(qtbot, win)
    assert win.state.model is book_model
    assert "still reads" in win.statusBar().currentMessage()
    button = win.findChild(QToolButton, "personalSwitchButton")
    assert button.isVisible() and button.text() == "Use my model"


def test_a_broken_personal_model_is_reported_and_the_shipped_one_used(qtbot):
    path = teach.personal_weights_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PK\x03\x04 not really")
    win = new_window(qtbot, ModelState(load_shipped()))
    qtbot.waitUntil(lambda: bool(messages_shown(win)))
    level, title, text = messages_shown(win)[0]
    assert title == "Your personal model could not be read" and "personal.npz" in text
    assert win.state.model.source == "shipped"
    assert path.exists()  # kept for the user to look at; the next correction replaces it
    reset = win.findChild(QAction, "resetPersonalAction")
    assert reset.isEnabled()  # and one menu item away from being deleted
    win.teacher.reset()
    assert not path.exists() and not reset.isEnabled()


def test_digits_saved_as_the_app_closed_mid_fine_tune_are_taught_at_the_next_start(
        qtbot, shipped_window):
    win = shipped_window
    corrected_once(qtbot, win)
    win.close()
    # the app closed while the next correction's fine-tune ran: the digit is in My digits,
    # the personal model never learned it
    store = MyDigits.default()
    store.add(store.load()[0][0], 1)
    again = new_window(qtbot, ModelState(load_shipped()))
    qtbot.waitUntil(lambda: again.teacher.personal.card["taught_digits"] == 2
                    and not again.teacher.is_busy(), timeout=120_000)
    assert again.state.model is again.teacher.personal
    assert teach.load_personal().card["taught_digits"] == 2 and not messages_shown(again)
    assert "up to date with My digits" in again.statusBar().currentMessage()
    again.close()
    # a start with nothing new to teach teaches nothing
    saved = teach.personal_weights_path().stat().st_mtime_ns
    third = new_window(qtbot, ModelState(load_shipped()))
    qtbot.waitUntil(lambda: not third.teacher.is_busy())
    qtbot.wait(50)
    assert teach.personal_weights_path().stat().st_mtime_ns == saved
    assert third.state.model.card["taught_digits"] == 2 and not messages_shown(third)


def test_the_catch_up_at_start_finds_mnist_in_the_folder_the_user_chose(
        qtbot, shipped_window, monkeypatch):
    import os
    from digitpad.ui.launch import open_settings
    win = shipped_window
    closed_with_a_digit_untaught(qtbot, win)
    settings = open_settings()
    settings.setValue("app/mnistPath", os.environ["DIGITPAD_MNIST"])  # chosen in the window
    settings.sync()
    monkeypatch.setenv("DIGITPAD_MNIST", os.path.join(settings.fileName(), "not-here"))
    again = new_window(qtbot, ModelState(load_shipped()))
    qtbot.waitUntil(lambda: not again.teacher.is_busy(), timeout=120_000)
    assert "up to date with My digits" in again.statusBar().currentMessage()
    assert teach.load_personal().card["taught_digits"] == 2 and not messages_shown(again)


def test_a_first_correction_whose_fine_tune_the_app_closed_on_is_taught_at_the_next_start(
        qtbot, shipped_window, monkeypatch):
    win = shipped_window
    held = held_replay(monkeypatch)
    draw_and_read(win.tab("Draw"), continental_one())
    click(qtbot, win.tab("Draw").findChild(QPushButton, "saveButton1"))
    QTimer.singleShot(100, held.release.set)
    win.close()  # before the first fine-tune could save anything
    assert not teach.personal_files_exist() and MyDigits.default().count == 1
    held.run_freely()

    again = new_window(qtbot, ModelState(load_shipped()))
    qtbot.waitUntil(lambda: again.teacher.personal is not None and not again.teacher.is_busy(),
                    timeout=120_000)
    assert again.state.model is again.teacher.personal and not messages_shown(again)
    assert again.teacher.personal.card["taught_digits"] == 1
    assert not teach.first_mark_path().exists()
    # after a reset, nothing is taught at the next start: the digits stay in My digits
    again.teacher.reset()
    qtbot.waitUntil(lambda: not again.teacher.is_busy())
    again.close()
    third = new_window(qtbot, ModelState(load_shipped()))
    qtbot.wait(100)
    assert not third.teacher.is_busy() and third.teacher.personal is None
    assert not teach.personal_files_exist() and MyDigits.default().count == 1


class _Shows(QObject):
    """Records each time a widget of this name is shown, anywhere in the app."""

    def __init__(self, name: str):
        super().__init__()
        self.name, self.count = name, 0

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and watched.objectName() == self.name:
            self.count += 1
        return False


def test_teaching_is_said_while_it_lasts_but_a_start_with_nothing_to_teach_flashes_nothing(
        qtbot, qapp, shipped_window, monkeypatch):
    win = shipped_window
    corrected_once(qtbot, win)
    win.close()
    shows = _Shows("teachingLabel")
    qapp.installEventFilter(shows)
    try:
        again = new_window(qtbot, ModelState(load_shipped()))
        qtbot.waitUntil(lambda: not again.teacher.is_busy())
        qtbot.wait(300)
        assert shows.count == 0  # the catch-up found nothing to teach, in a few milliseconds
        held = held_replay(monkeypatch)
        draw_and_read(again.tab("Draw"), continental_one(-0.1, 0.05, 0.8))
        click(qtbot, again.tab("Draw").findChild(QPushButton, "saveButton1"))
        label = again.findChild(QLabel, "teachingLabel")
        qtbot.waitUntil(label.isVisible)
        held.release.set()
        qtbot.waitUntil(lambda: not again.teacher.is_busy(), timeout=120_000)
        qtbot.waitUntil(lambda: not label.isVisible())
        assert shows.count == 1
    finally:
        qapp.removeEventFilter(shows)


def test_a_first_lesson_mark_with_my_digits_empty_is_cleared_at_start(qtbot):
    teach.mark_first_lesson(True)  # the digit was deleted from My digits after the app closed
    win = new_window(qtbot, ModelState(load_shipped()))
    qtbot.waitUntil(lambda: not win.teacher.is_busy(), timeout=60_000)
    qtbot.wait(50)
    assert not teach.first_mark_path().exists() and win.teacher.personal is None
    assert not messages_shown(win)


def test_a_catch_up_with_the_shipped_weights_broken_says_so_in_the_status_bar(
        qtbot, shipped_window, monkeypatch):
    from digitpad import models
    from digitpad.nn.network import WeightsError
    win = shipped_window
    closed_with_a_digit_untaught(qtbot, win)
    shipped = load_shipped()

    def broken(*_args, **_kwargs):
        raise WeightsError("digitpad.npz: not a zip file")

    monkeypatch.setattr(models, "load_shipped", broken)
    again = new_window(qtbot, ModelState(shipped))
    qtbot.wait(100)
    assert not messages_shown(again)  # nobody asked to teach: no box at start
    assert again.statusBar().currentMessage() == "Not taught: digitpad.npz: not a zip file"
    assert again.state.model is again.teacher.personal


def test_a_personal_model_saved_without_its_card_is_taught_again_at_the_next_start(
        qtbot, shipped_window):
    win = shipped_window
    corrected_once(qtbot, win)
    win.close()
    teach.personal_card_path().unlink()  # the app stopped between writing the weights and the card
    again = new_window(qtbot, ModelState(load_shipped()))
    assert "save was cut short" in again.statusBar().currentMessage()
    assert again.findChild(QAction, "resetPersonalAction").isEnabled()
    qtbot.waitUntil(lambda: again.teacher.personal is not None and not again.teacher.is_busy(),
                    timeout=120_000)
    assert again.state.model is again.teacher.personal and not messages_shown(again)
    assert teach.load_personal().card["taught_digits"] == 1


def test_a_train_tab_fine_tune_asked_for_during_a_correction_is_not_dropped_by_the_next(
        qtbot, window, book_model):
    tab = window.tab("Draw")
    teacher = window.teacher
    taught = []
    teacher.personalChanged.connect(lambda model: model is not None and taught.append(model))
    draw_and_read(tab, continental_one())
    click(qtbot, tab.findChild(QPushButton, "saveButton1"))
    assert teacher.is_busy()
    click(qtbot, window.tab("Train").findChild(QPushButton, "teachButton"))
    window.tabs.setCurrentWidget(tab)
    draw_and_read(tab, continental_one(-0.1, 0.05, 0.8))
    click(qtbot, tab.findChild(QPushButton, "saveButton1"))
    qtbot.waitUntil(lambda: len(taught) == 3 and not teacher.is_busy(), timeout=180_000)
    shipped = load_shipped().name
    assert [m.card["base_name"] for m in taught] == [shipped, book_model.name, shipped]
    assert [m.card["taught_digits"] for m in taught] == [1, 2, 2]
    assert window.state.model is taught[-1]  # the Train tab's run made the personal model read


def test_the_train_tab_fine_tunes_the_active_model_on_my_digits_and_shows_how_it_goes(
        qtbot, window, book_model):
    """The book's network, active, is taught the saved digits from the Train tab, whose Result
    box follows the fine-tune and says what it made."""
    images, labels = mnist("test")
    store = MyDigits.default()
    for i in range(3):
        store.add(images[i], int(labels[i]))
    tab = window.tab("Train")
    window.tabs.setCurrentWidget(tab)
    label = tab.findChild(QLabel, "resultLabel")
    shown = []   # the Result box's words at each report
    window.teacher.lessonReported.connect(lambda lesson: shown.append(label.text()))
    with qtbot.waitSignal(window.teacher.personalChanged, timeout=120_000):
        click(qtbot, tab.findChild(QPushButton, "teachButton"))
    model = window.state.model
    # the book's network read all three right: they taught it, but corrected nothing
    assert model.source == teach.SOURCE and model.name == "digitpad, taught by you: 3 digits (0 corrections)"
    assert model.card["corrections"] == 0
    assert model.card["base_name"] == book_model.name == "the book's sample weights"
    assert model.card["taught_digits"] == 3
    # taught from the book's weights, not the shipped ones: it is still close to the book's
    book_w = book_model.network.weights[0]
    assert np.abs(model.network.weights[0] - book_w).max() < 0.2
    assert np.abs(model.network.weights[0] - load_shipped().network.weights[0]).max() > 0.5

    assert "Fine-tuning the book's sample weights on My digits: reading them" in shown[0]
    assert any("Fine-tuning the book's sample weights on 3 of your digits: step 100 of 200" in text
               for text in shown), shown
    text = label.text()
    assert text.startswith("No network trained yet.")   # the training run's words stay
    took = seconds_text(model.card["train_seconds"])
    assert f"Fine-tuned <b>the book's sample weights</b> on 3 of your digits in {took}." in text
    assert "MNIST test accuracy 93.52% before, " in text
    assert f">{accuracy_text(model.test_accuracy)}</b> after." in text
    assert "It is now your personal model, and every tab uses it." in text


def test_a_train_tab_fine_tune_that_cannot_run_says_why_in_the_result_box(qtbot, window):
    tab = window.tab("Train")
    window.tabs.setCurrentWidget(tab)
    click(qtbot, tab.findChild(QPushButton, "teachButton"))
    qtbot.waitUntil(lambda: not window.teacher.is_busy(), timeout=60_000)
    text = tab.findChild(QLabel, "resultLabel").text()
    assert "Not fine-tuned: My digits is empty: save a drawing with its digit first" in text
    assert "Fine-tuning" not in text and window.state.model.source != teach.SOURCE
    # the box says it too, and not that "your digits are kept": there are none
    qtbot.wait(50)
    problems = [m for m in messages_shown(window) if m[1] == "Could not teach the network"]
    assert [m[2] for m in problems] == ["My digits is empty: save a drawing with its digit first"]


def test_an_empty_my_digits_is_said_in_the_language_without_a_wrong_kind_of_problem(
        qtbot, window_in):
    """In Japanese the box began "データが digitpad の想定する形ではありません" (the data is not as
    digitpad expects) above "マイ数字が空です": nothing was wrong with any data."""
    from digitpad.ui.i18n import translate
    window = window_in("ja")
    tab = window.tab("Train")
    window.tabs.setCurrentWidget(tab)
    click(qtbot, tab.findChild(QPushButton, "teachButton"))
    qtbot.waitUntil(lambda: not window.teacher.is_busy(), timeout=60_000)
    qtbot.wait(50)
    empty = translate("Teacher", "My digits is empty: save a drawing with its digit first")
    assert empty != "My digits is empty: save a drawing with its digit first"   # it is Japanese
    assert [m[2] for m in messages_shown(window)] == [empty]


def test_a_train_tab_fine_tune_waiting_its_turn_then_stopped_by_a_reset_says_so(
        qtbot, shipped_window, monkeypatch):
    win = shipped_window
    images, labels = mnist("test")
    for i in range(2):
        MyDigits.default().add(images[i], int(labels[i]))
    tab = win.tab("Train")
    win.tabs.setCurrentWidget(tab)
    label, button = tab.findChild(QLabel, "resultLabel"), tab.findChild(QPushButton, "teachButton")
    held = held_replay(monkeypatch)
    try:
        click(qtbot, button)
        assert held.started.wait(30)
        qtbot.waitUntil(lambda: "on My digits: reading them" in label.text())
        click(qtbot, button)   # once more, while the first runs: it waits its turn
        assert "it starts when the fine-tune running now ends" in label.text()
        win.teacher.reset()
        assert "The fine-tune was stopped: your personal model was reset." in label.text()
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: not win.teacher.is_busy(), timeout=60_000)
    qtbot.wait(50)
    assert "The fine-tune was stopped" in label.text() and win.teacher.personal is None


def test_without_mnist_the_digit_is_kept_and_the_reason_said_once(qtbot, window, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setenv("DIGITPAD_MNIST", str(tmp_path / "no-mnist-here"))
    tab = window.tab("Draw")
    for n in (1, 2):
        stroke(tab.canvas, continental_one())
        click(qtbot, tab.findChild(QPushButton, "saveButton1"))
        qtbot.waitUntil(lambda: not window.teacher.is_busy(), timeout=60_000)
        qtbot.wait(50)  # the queued message reaches the window
        assert MyDigits.default().count == n
    problems = [m for m in messages_shown(window) if m[1] == "Could not teach the network"]
    assert len(problems) == 1 and "no-mnist-here" in problems[0][2]
    assert "kept in My digits" in problems[0][2]
    assert window.statusBar().currentMessage().startswith("Not taught: ")
    assert window.state.model.source != teach.SOURCE and not teach.personal_weights_path().exists()


def test_without_mnist_anywhere_the_message_says_where_the_window_gets_it(qtbot, window, tmp_path,
                                                                        monkeypatch):
    """A fresh install has no MNIST; the first correction said only where it was looked for
    and to run a command in a terminal, while the Test set tab downloads it in one click."""
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no Keras copy either
    tab = window.tab("Draw")
    stroke(tab.canvas, continental_one())
    click(qtbot, tab.findChild(QPushButton, "saveButton1"))
    qtbot.waitUntil(lambda: not window.teacher.is_busy(), timeout=60_000)
    qtbot.wait(50)
    problems = [m for m in messages_shown(window) if m[1] == "Could not teach the network"]
    assert len(problems) == 1
    assert problems[0][2].startswith("Teaching needs MNIST, and it is not on this computer yet")
    assert "Download it from the Test set tab" in problems[0][2] and "kept in My digits" in problems[0][2]
    assert MyDigits.default().count == 1
