"""The My digits window, driven with the mouse: pick a drawing, relabel it, delete it, undo,
open it in the Draw tab, export it as IDX files; and what another running copy saved shows up."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
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
