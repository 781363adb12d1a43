"""The My digits window, driven with the mouse: pick a drawing, relabel it, delete it, undo,
open it in the Draw tab, export it as IDX files; and what another running copy saved shows up."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from digitpad.data.idx import read_idx
from digitpad.data.mydigits import MyDigits
from digitpad.ui.mydigits_view import MyDigitsView


def drawing(k: int) -> np.ndarray:
    """A bar at a different place for each k, so every drawing can be told apart."""
    image = np.zeros((28, 28), np.uint8)
    image[4:24, 4 + 2 * k:6 + 2 * k] = 255
    return image


@pytest.fixture
def store():
    store = MyDigits.default()
    for k, label in enumerate((3, 1, 4)):
        store.add(drawing(k), label)
    return store


@pytest.fixture
def view(qtbot, store):
    view = MyDigitsView(MyDigits.default())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def find(view, cls, name):
    widget = view.findChild(cls, name)
    assert widget is not None, name
    return widget


def click_drawing(qtbot, view, row: int, double=False) -> None:
    grid = view.findChild(type(view.grid), "myDigitsGrid")
    centre = grid.visualRect(grid.model().index(row, 0)).center()
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:  # a real double-click: a click, then the second press Qt reports as a double-click
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def click(qtbot, view, name):
    button = find(view, QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_saved_drawing_is_shown_and_nothing_acts_before_one_is_picked(view):
    assert view.grid.model().rowCount() == 3
    assert "3 drawings saved" in view.summary.text()
    for name in ("deleteButton", "openButton", "relabel0Button"):
        assert not find(view, QPushButton, name).isEnabled()
    assert find(view, QPushButton, "exportButton").isEnabled()


def test_relabel_delete_and_undo_with_the_mouse(qtbot, view):
    click_drawing(qtbot, view, 1)
    click(qtbot, view, "relabel7Button")
    assert MyDigits.default().load()[1].tolist() == [3, 7, 4]
    assert "was 1" in view.message.text()

    click_drawing(qtbot, view, 0)
    click(qtbot, view, "deleteButton")
    images, labels = MyDigits.default().load()
    assert labels.tolist() == [7, 4] and view.grid.model().rowCount() == 2
    np.testing.assert_array_equal(images[0], drawing(1).reshape(784))

    click(qtbot, view, "undoButton")
    images, labels = MyDigits.default().load()
    assert labels.tolist() == [3, 7, 4]
    np.testing.assert_array_equal(images[0], drawing(0).reshape(784))
    click(qtbot, view, "undoButton")
    assert MyDigits.default().load()[1].tolist() == [3, 1, 4]
    assert not find(view, QPushButton, "undoButton").isEnabled()


def checked_labels(view) -> list[str]:
    return [button.text() for button in view.relabelButtons if button.isChecked()]


def test_the_selected_drawings_label_is_shown_and_the_keys_0_9_relabel_it(qtbot, view):
    """The label buttons did not say which label a drawing had, and a digit key jumped to the
    next drawing with that label; on the Draw tab the keys 0-9 label the drawing."""
    assert checked_labels(view) == []
    click_drawing(qtbot, view, 2)
    assert checked_labels(view) == ["4"]
    qtbot.keyClick(view.grid, Qt.Key.Key_9)
    assert MyDigits.default().load()[1].tolist() == [3, 1, 9]
    assert view.selected() == 2 and checked_labels(view) == ["9"]
    assert "was 4" in view.message.text()
    click(qtbot, view, "relabel9Button")             # its own label again: nothing changes
    assert checked_labels(view) == ["9"] and MyDigits.default().load()[1].tolist() == [3, 1, 9]
    click_drawing(qtbot, view, 0)
    assert checked_labels(view) == ["3"]
    click(qtbot, view, "undoButton")                 # the relabel undone, that drawing selected
    assert MyDigits.default().load()[1].tolist() == [3, 1, 4]
    assert view.selected() == 2 and checked_labels(view) == ["4"]


def test_a_drawing_another_copy_deleted_is_not_changed_and_the_grid_is_read_again(qtbot, view):
    click_drawing(qtbot, view, 2)
    MyDigits.default().remove(0)  # another running copy
    click(qtbot, view, "relabel0Button")
    assert MyDigits.default().load()[1].tolist() == [1, 4]
    assert "changed since they were shown" in view.message.text()
    assert view.grid.model().rowCount() == 2


def test_double_click_opens_the_drawing_in_the_draw_tab(qtbot, window, store):
    view = window.show_my_digits()
    qtbot.waitExposed(view)
    click_drawing(qtbot, view, 2, double=True)
    draw = window.tab("Draw")
    assert window.tabs.currentWidget() is draw
    assert not draw.canvas.is_empty()
    assert draw.probabilities() is not None


def test_export_writes_idx_files_that_read_back(qtbot, view, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    click(qtbot, view, "exportButton")
    images = read_idx(tmp_path / "mydigits-images-idx3-ubyte")
    assert images.shape == (3, 28, 28)
    np.testing.assert_array_equal(images[2], drawing(2))
    assert read_idx(tmp_path / "mydigits-labels-idx1-ubyte").tolist() == [3, 1, 4]

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    MyDigits.default().add(drawing(5), 9)
    click(qtbot, view, "exportButton")
    assert asked and read_idx(tmp_path / "mydigits-labels-idx1-ubyte").tolist() == [3, 1, 4]


# --------------------------------------------------------------------------- window manners

def test_the_close_button_and_esc_close_the_window(qtbot, view):
    click_drawing(qtbot, view, 1)
    click(qtbot, view, "closeButton")
    assert not view.isVisible()
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)            # Esc is the window's key: it must have the keyboard
    click_drawing(qtbot, view, 0)                   # Esc from the grid, where the keys go
    qtbot.keyClick(view.grid, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert MyDigits.default().load()[1].tolist() == [3, 1, 4]   # closing changes nothing


def test_my_digits_opens_over_the_main_window_not_at_the_screens_corner(qtbot, window, store):
    """No room beside the main window on the (800x800) test screen: over its middle."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(150, 200, 500, 400)
    view = window.show_my_digits()
    qtbot.waitExposed(view)
    main, mine = window.frameGeometry(), view.frameGeometry()
    assert mine.topLeft() != QPoint(0, 0)
    assert abs(mine.center().x() - main.center().x()) <= 2 and abs(mine.center().y() - main.center().y()) <= 2
    assert window.screen().availableGeometry().contains(mine)



def test_my_digits_opens_where_it_was_closed_this_time_and_next_start(qtbot, window, state, store):
    from qt_helpers import new_window
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(150, 200, 500, 400)
    view = window.show_my_digits()
    qtbot.waitExposed(view)
    view.resize(420, 380)                            # moved and made smaller by the user
    view.move(30, 50)
    where = QRect(view.pos(), view.size())
    click(qtbot, view, "closeButton")
    window.move(60, 40)                              # the main window moved meanwhile
    view = window.show_my_digits()
    qtbot.waitExposed(view)
    assert QRect(view.pos(), view.size()) == where
    window.close()                                   # closes My digits too: remembered again

    again = new_window(qtbot, state)                 # the next start
    view = again.show_my_digits()
    qtbot.waitExposed(view)
    assert QRect(view.pos(), view.size()) == where


@pytest.mark.parametrize("saved", [
    "not a place at all", 12345, QRect(5000, 4000, 420, 380),    # on no screen (one unplugged)
    QRect(-300, 100, 420, 380), QRect(0, 0, 80_000, 60_000),     # partly off it; larger than it
    QRect(10, 10, -420, 380), QRect(10, 10, 0, 0),
])
def test_a_saved_place_that_is_on_no_screen_or_garbage_opens_beside_the_main_window(qtbot, window, store, saved):
    from digitpad.ui.launch import open_settings
    from digitpad.ui.mydigits_view import GEOMETRY
    from digitpad.ui.window_size import beside
    settings = open_settings()
    settings.setValue(GEOMETRY, saved)
    settings.sync()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(150, 200, 500, 400)
    view = window.show_my_digits()
    qtbot.waitExposed(view)
    assert view.size() == QSize(600, 460)            # as without a saved place
    room = window.screen().availableGeometry()
    assert view.frameGeometry().topLeft() == beside(window.frameGeometry(), view.frameGeometry().size(), room)
    assert room.contains(view.frameGeometry())


@pytest.mark.parametrize("main, expected", [
    (QRect(0, 0, 800, 700), QPoint(800, 0)),          # room to the right
    (QRect(1100, 100, 800, 700), QPoint(500, 100)),   # none there, room to the left
    (QRect(100, 50, 1400, 900), QPoint(500, 270)),    # none beside: over its middle
    (QRect(-300, -200, 700, 500), QPoint(400, 0)),    # partly off screen: kept on it
])
def test_where_a_window_opens_beside_the_main_one(main, expected):
    from digitpad.ui.window_size import beside
    screen = QRect(0, 0, 1920, 1040)
    assert beside(main, QSize(600, 460), screen) == expected


def test_export_starts_in_home_then_in_the_folder_of_the_last_export(qtbot, view, tmp_path, monkeypatch):
    from pathlib import Path
    from digitpad.ui.launch import open_settings
    from digitpad.ui.mydigits_view import EXPORT_FOLDER
    starts, answer = [], [""]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda parent, title, start="", *a, **k: starts.append(start) or answer[0])
    click(qtbot, view, "exportButton")
    assert starts == [str(Path.home())]              # not the folder digitpad was started in

    folder = tmp_path / "exports"
    folder.mkdir()
    answer[0] = str(folder)
    click(qtbot, view, "exportButton")
    assert (folder / "mydigits-labels-idx1-ubyte").is_file()
    answer[0] = ""
    click(qtbot, view, "exportButton")
    assert starts[-1] == str(folder)
    again = MyDigitsView(MyDigits.default())         # the next start too
    qtbot.addWidget(again)
    assert again.export_folder() == folder

    for saved in (str(tmp_path / "gone"), "relative/folder", "x" * 10_000, 42):
        settings = open_settings()
        settings.setValue(EXPORT_FOLDER, saved)
        settings.sync()
        assert view.export_folder() == Path.home(), saved
