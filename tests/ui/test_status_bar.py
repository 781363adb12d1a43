"""A status-bar message too long for the room it has ends in "…", and the whole text stays at hand."""

from PySide6.QtWidgets import QLabel

from qt_helpers import new_window

LONG = ("Your model was taught in 0.52 s; the book's sample weights still read, and this "
        "sentence goes on well past the model's name at the right of the bar.")


def drawn_width(bar) -> int:
    return bar.fontMetrics().horizontalAdvance(bar.shown_message())


def test_a_long_message_is_elided_to_its_room_and_whole_in_the_tooltip(qtbot, state):
    window = new_window(qtbot, state)
    bar = window.statusBar()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    bar.showMessage(LONG, 60_000)
    shown = bar.shown_message()
    assert shown.endswith("\u2026") and LONG.startswith(shown[:-1])
    assert drawn_width(bar) <= bar.message_room() < bar.fontMetrics().horizontalAdvance(LONG)
    assert bar.currentMessage() == LONG and bar.toolTip() == LONG

    # the model's name grows: the message gets less room and is fitted again
    room = bar.message_room()
    window.findChild(QLabel, "modelStatus").setText("Model: " + "a much longer name " * 3)
    qtbot.waitUntil(lambda: bar.message_room() < room and len(bar.shown_message()) < len(shown))
    assert drawn_width(bar) <= bar.message_room()

    # room enough for all of it: shown whole, no tooltip
    window.findChild(QLabel, "modelStatus").setText("Model")
    window.resize(2400, 700)
    qtbot.waitUntil(lambda: bar.shown_message() == LONG)
    assert bar.toolTip() == ""
    bar.showMessage("Zoom 125%", 5000)
    assert bar.shown_message() == bar.currentMessage() == "Zoom 125%" and bar.toolTip() == ""


def test_a_message_fitted_again_still_goes_when_its_time_is_up(qtbot, state):
    window = new_window(qtbot, state)
    bar = window.statusBar()
    window.resize(1024, 700)
    bar.showMessage(LONG, 600)
    qtbot.wait(300)
    window.resize(900, 700)   # fitted again, with the time it had left
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)
    assert bar.shown_message() == "" and bar.toolTip() == ""
    bar.showMessage(LONG)
    window.resize(1000, 700)
    qtbot.wait(100)
    assert bar.currentMessage() == LONG  # no time given: it stays
    bar.clearMessage()
    assert bar.currentMessage() == bar.shown_message() == ""


def test_a_message_with_no_room_at_all_is_kept_and_shown_once_there_is(qtbot, state):
    window = new_window(qtbot, state)
    bar = window.statusBar()
    window.resize(1024, 700)
    label = window.findChild(QLabel, "modelStatus")
    label.setText("Model: " + "a name as wide as the window " * 8)
    qtbot.waitUntil(lambda: bar.message_room() == 0)
    bar.showMessage("My digits is empty; your model keeps what it learned until reset.", 60_000)
    assert bar.shown_message() == "\u2026"
    assert bar.currentMessage().startswith("My digits is empty")
    label.setText("Model")
    qtbot.waitUntil(lambda: bar.shown_message() == bar.currentMessage())
    assert bar.shown_message().startswith("My digits is empty")


def test_a_menu_items_status_tip_is_fitted_too(qtbot, state):
    """Qt shows a status tip past showMessage: it is elided and whole in the tooltip all the same."""
    from PySide6.QtCore import QPoint, Qt

    window = new_window(qtbot, state)
    bar = window.statusBar()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    bar.showMessage("Zoom 125%", 60_000)
    menu_bar = window.menuBar()
    file_menu = menu_bar.actions()[0].menu()
    learn = next(a for a in file_menu.actions() if a.objectName() == "readRightAction")
    tip = learn.statusTip()
    window.findChild(QLabel, "modelStatus").setText("Model: " + "a long name " * 6)
    qtbot.waitUntil(lambda: 50 < bar.message_room() < bar.fontMetrics().horizontalAdvance(tip))
    qtbot.mouseClick(menu_bar, Qt.MouseButton.LeftButton,
                     pos=menu_bar.actionGeometry(menu_bar.actions()[0]).center())
    qtbot.waitExposed(file_menu)
    at = file_menu.actionGeometry(learn).center()
    qtbot.mouseMove(file_menu, at + QPoint(1, 0))
    qtbot.mouseMove(file_menu, at)
    qtbot.waitUntil(lambda: bar.currentMessage() == tip)
    shown = bar.shown_message()
    assert shown.endswith("\u2026") and tip.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_room()
    assert bar.toolTip() == tip
    file_menu.close()
