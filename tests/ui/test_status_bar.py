"""A status-bar message too long for the room it has ends in "…", and the whole text stays at hand."""

from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QLabel

from qt_helpers import new_window

LONG = ("Your model was taught in 0.52 s; the book's sample weights still read, and this "
        "sentence goes on well past the model's name at the right of the bar.")


def drawn_width(bar) -> int:
    return bar.fontMetrics().horizontalAdvance(bar.shown_message())


def test_a_long_message_is_elided_to_its_room_and_whole_in_the_tooltip(qtbot, state):
    window = new_window(qtbot, state)
    bar = window.statusBar()
    model = window.findChild(QLabel, "modelStatus")
    qtbot.waitUntil(lambda: model.x() > 0 and bar.width() == window.width())
    assert not model.is_elided() and model.width() > 0.3 * bar.width()
    assert bar.fontMetrics().horizontalAdvance(LONG) > bar.width()
    bar.showMessage(LONG, 60_000)
    # the model's name gives way, down to a quarter of the bar, and says itself whole in its tooltip
    qtbot.waitUntil(lambda: model.width() == round(0.25 * bar.width())
                    and bar.message_room() > 0.6 * bar.width())
    assert model.is_elided() and model.text() in model.toolTip()
    shown = bar.shown_message()
    assert shown.endswith("\u2026") and LONG.startswith(shown[:-1])
    assert drawn_width(bar) <= bar.message_room() < bar.fontMetrics().horizontalAdvance(LONG)
    assert bar.currentMessage() == LONG and bar.toolTip() == LONG

    # a short message: the name takes its room back
    bar.showMessage("Zoom 125%", 5000)
    qtbot.waitUntil(lambda: model.width() == model.sizeHint().width())
    assert not model.is_elided()
    assert bar.shown_message() == bar.currentMessage() == "Zoom 125%" and bar.toolTip() == ""

    # and so when a long one goes
    bar.showMessage(LONG, 60_000)
    qtbot.waitUntil(model.is_elided)
    bar.clearMessage()
    qtbot.waitUntil(lambda: model.width() == model.sizeHint().width())
    assert not model.is_elided()


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
    label = QLabel("A widget as wide as the window " * 8)  # one that does not give way
    bar.addPermanentWidget(label)
    qtbot.waitUntil(lambda: bar.message_room() == 0)
    bar.showMessage("My digits is empty.", 60_000)  # short: it fits whatever the window's width
    assert bar.shown_message() == "\u2026"
    assert bar.currentMessage() == "My digits is empty."
    label.setText("A")
    qtbot.waitUntil(lambda: bar.shown_message() == bar.currentMessage() == "My digits is empty.")


def point_at_file_item(qtbot, window, action) -> None:
    """Open the File menu with the mouse and point at ``action`` in it."""
    from PySide6.QtCore import QPoint, Qt
    menu_bar = window.menuBar()
    file_menu = menu_bar.actions()[0].menu()
    qtbot.mouseClick(menu_bar, Qt.MouseButton.LeftButton,
                     pos=menu_bar.actionGeometry(menu_bar.actions()[0]).center())
    qtbot.waitExposed(file_menu)
    at = file_menu.actionGeometry(action).center()
    qtbot.mouseMove(file_menu, at + QPoint(1, 0))
    qtbot.mouseMove(file_menu, at)


def test_a_menu_items_status_tip_is_fitted_too(qtbot, state):
    """Qt shows a status tip past showMessage: it is elided and whole in the tooltip all the same."""

    window = new_window(qtbot, state)
    bar = window.statusBar()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    bar.showMessage("Zoom 125%", 60_000)
    menu_bar = window.menuBar()
    file_menu = menu_bar.actions()[0].menu()
    learn = next(a for a in file_menu.actions() if a.objectName() == "readRightAction")
    tip = LONG + " " + LONG  # longer than a 1024 px bar, the model's name given way or not
    learn.setStatusTip(tip)
    point_at_file_item(qtbot, window, learn)
    qtbot.waitUntil(lambda: bar.currentMessage() == tip)
    shown = bar.shown_message()
    assert shown.endswith("\u2026") and tip.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_room()
    assert bar.toolTip() == tip
    file_menu.close()


def test_a_menu_item_says_its_status_tip_whole_in_a_tooltip(qtbot, state):
    """Pointed at, a File-menu item shows its whole status tip as a tooltip: the status bar may
    cut it, and cannot be pointed at while the menu is open."""
    from PySide6.QtWidgets import QToolTip

    window = new_window(qtbot, state)
    menu_bar = window.menuBar()
    file_menu = menu_bar.actions()[0].menu()
    reset = next(a for a in file_menu.actions() if a.objectName() == "resetPersonalAction")
    assert file_menu.toolTipsVisible() and reset.toolTip() == reset.statusTip() != ""
    item = next(a for a in file_menu.actions() if a.objectName() == "readRightAction")
    point_at_file_item(qtbot, window, item)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == item.statusTip(), timeout=5000)
    file_menu.close()


def test_the_bar_keeps_its_height_when_a_button_appears_in_it(qtbot, state):
    """The personal-model switch is a tool button, taller than a label: the window must not
    shift by a few pixels each time it comes and goes."""
    from PySide6.QtWidgets import QToolButton

    window = new_window(qtbot, state)
    bar = window.statusBar()
    qtbot.wait(50)
    height = bar.height()
    button = QToolButton()
    button.setText("Use my model")
    bar.addPermanentWidget(button)
    qtbot.waitUntil(lambda: button.isVisible() and button.height() > 0)
    qtbot.wait(50)
    assert bar.height() == height and button.height() <= height


def test_the_tooltip_on_screen_follows_the_message(qtbot, state):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QToolTip

    window = new_window(qtbot, state)
    bar = window.statusBar()
    bar.showMessage(LONG, 60_000)
    qtbot.waitUntil(lambda: bar.toolTip() == LONG)
    qtbot.mouseMove(bar, QPoint(40, bar.height() // 2 + 1))
    qtbot.mouseMove(bar, QPoint(40, bar.height() // 2))
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == LONG, timeout=5000)
    other = "Saved as a 2 (the network read it right); " + LONG
    bar.showMessage(other, 60_000)
    qtbot.waitUntil(lambda: QToolTip.text() == other)
    bar.showMessage("Zoom 125%", 5000)  # whole: no tooltip, and none left on screen
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_a_message_covered_by_a_menu_items_status_tip_comes_back_when_the_menu_closes(qtbot, state):
    from PySide6.QtCore import Qt
    window = new_window(qtbot, state)
    bar = window.statusBar()
    said = "Not taught: /data/personal: Read-only file system"
    bar.showMessage(said, 60_000)
    menu_bar = window.menuBar()
    file_menu = menu_bar.actions()[0].menu()
    qtbot.mouseClick(menu_bar, Qt.MouseButton.LeftButton,
                     pos=menu_bar.actionGeometry(menu_bar.actions()[0]).center())
    qtbot.waitExposed(file_menu)
    item = next(a for a in file_menu.actions() if a.objectName() == "readRightAction")
    for tip in (item.statusTip(), ""):  # as Qt shows an item's tip and takes it away
        QApplication.sendEvent(window, QStatusTipEvent(tip))
        assert bar.currentMessage() == (tip or said)
    file_menu.close()
    qtbot.wait(50)
    assert bar.currentMessage() == bar.shown_message() == said
    bar.showMessage("Zoom 125%", 50)  # a message given anew takes its place, and goes in time
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=3000)
    for tip in (item.statusTip(), ""):
        QApplication.sendEvent(window, QStatusTipEvent(tip))
        assert bar.currentMessage() == tip  # nothing was covered: nothing comes back
