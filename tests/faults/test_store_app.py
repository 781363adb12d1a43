"""The Draw tab's My digits count with a damaged store, a FIFO, and another running copy saving."""

import os

import numpy as np
import pytest
from PySide6.QtCore import Qt

from digitpad.data import mydigits
from digitpad.data.mydigits import MyDigits
from digitpad.ui.draw_tab import DrawTab
from drawing import stroke
from hostile import break_deflate_stream


def open_draw_tab(qtbot, state):
    tab = DrawTab(state)
    qtbot.addWidget(tab)
    messages = []
    tab.messageRequested.connect(lambda *args: messages.append(args))
    tab.start()   # as the window does, once the tab's signals are connected
    tab.show()
    qtbot.waitExposed(tab)
    return tab, messages


def test_a_damaged_deflate_stream_is_moved_aside_reported_once_and_saving_works(qtbot, state, data_dir):
    folder = data_dir / "mydigits"
    folder.mkdir()
    rng = np.random.default_rng(1)
    np.savez_compressed(folder / mydigits.FILENAME, images=rng.integers(0, 256, (30, 784), np.uint8),
                        labels=np.zeros(30, np.uint8))
    break_deflate_stream(folder / mydigits.FILENAME, "images.npy")
    tab, messages = open_draw_tab(qtbot, state)
    qtbot.waitUntil(lambda: len(messages) > 0, timeout=5000)
    level, title, text = messages[0]
    kept = [p for p in folder.iterdir() if "unreadable" in p.name]
    assert level == "warning" and len(kept) == 1 and kept[0].name in text
    assert "left as it is" not in text  # it was moved, and the message says only that
    assert "0 saved" in tab.myDigitsCount.text()
    stroke(tab.canvas, [(0.5, 0.2), (0.5, 0.8)])  # a 1, saved as a 7
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_7)
    assert MyDigits.default().load()[1].tolist() == [7]
    qtbot.wait(100)  # the folder watcher sees our own save: no second report
    assert len(messages) == 1


@pytest.mark.timeout(60)  # a FIFO used to hang start-up for ever
def test_a_fifo_where_the_store_should_be_does_not_hang_start_up(qtbot, state, data_dir):
    folder = data_dir / "mydigits"
    folder.mkdir()
    os.mkfifo(folder / mydigits.FILENAME)
    tab, messages = open_draw_tab(qtbot, state)
    qtbot.waitUntil(lambda: len(messages) > 0, timeout=5000)
    assert "named pipe" in messages[0][2]
    assert "0 saved" in tab.myDigitsCount.text()


def test_digits_another_copy_saves_show_in_the_count(qtbot, state, data_dir):
    tab, _ = open_draw_tab(qtbot, state)
    other_copy = MyDigits.default()
    other_copy.add(np.zeros(784, np.uint8), 1)
    qtbot.waitUntil(lambda: "1 saved" in tab.myDigitsCount.text(), timeout=5000)
    other_copy.add(np.zeros(784, np.uint8), 2)
    qtbot.waitUntil(lambda: "2 saved" in tab.myDigitsCount.text(), timeout=5000)
