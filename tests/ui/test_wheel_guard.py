"""The mouse wheel scrolls a panel past its spin boxes, combo boxes and sliders; it changes one only
when the user has given it the keyboard focus. Real wheel events, through the window as a mouse sends
them, so Qt hands an unused wheel on to the parents as it does for a user."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QWidget

from digitpad.ui.wheel_guard import in_scroll_area, is_setting
from qt_helpers import named

DOWN, UP = QPoint(0, -120), QPoint(0, 120)


def settle():
    for _ in range(3):
        QApplication.processEvents()


def wheel(window, widget: QWidget, delta: QPoint) -> None:
    """One notch of a real wheel over the middle of ``widget``."""
    where = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(where), delta)
    settle()


def value(control):
    if isinstance(control, QComboBox):
        return control.currentIndex()
    return control.value()   # spin boxes and sliders


def under_pointer(window, control) -> bool:
    """``control``'s middle is on screen and the wheel there reaches it (nothing covers it)."""
    where = control.mapTo(window, control.rect().center())
    if not window.rect().contains(where):
        return False
    hit = window.childAt(where)
    return hit is not None and (hit is control or control.isAncestorOf(hit))


def small(window) -> None:
    """A window too small for the panels (as at 200% on a 1920x1080 screen), so they scroll; one
    the test screen (800x800) holds, so a wheel anywhere in it reaches it."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(780, 480)
    settle()
    assert window.windowHandle().size() == window.size()


def small_train_tab(window):
    small(window)
    tab = window.tab("train")
    window.tabs.setCurrentWidget(tab)
    settle()
    return tab


def test_the_wheel_over_the_train_settings_scrolls_them_and_changes_nothing(window, qtbot):
    tab = small_train_tab(window)
    scroll = named(tab, "settingsScroll")
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the settings fit: this test needs them to scroll"
    form = tab.form
    before = (form.preset(), form.values())
    for name in ("scheduleCombo", "batchSpin", "presetCombo", "epochsSpin"):
        control = named(tab, name)
        bar.setValue(0)
        settle()
        if not under_pointer(window, control):
            bar.setValue(bar.maximum())
            settle()
        assert under_pointer(window, control), name
        top = bar.value()
        wheel(window, control, DOWN if top == 0 else UP)
        assert bar.value() != top, f"the wheel over {name} did not scroll the settings"
        assert not control.hasFocus(), name
    assert (form.preset(), form.values()) == before
    assert not form.is_custom()


def test_a_control_the_user_clicked_into_still_takes_the_wheel(window, qtbot):
    tab = small_train_tab(window)
    batch = named(tab, "batchSpin")
    named(tab, "settingsScroll").ensureWidgetVisible(batch)
    settle()
    start = batch.value()
    qtbot.mouseClick(batch.lineEdit(), Qt.MouseButton.LeftButton)
    settle()
    assert batch.hasFocus()
    bar = named(tab, "settingsScroll").verticalScrollBar()
    top = bar.value()
    wheel(window, batch, UP)
    assert batch.value() == start + batch.singleStep()
    assert bar.value() == top
    assert tab.form.is_custom()


def pages(window):
    """Each tab shown in turn, and each section of the Explore tab: the page shown."""
    from digitpad.ui.explore_tab import SECTIONS
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        page = window.tabs.widget(index)
        if page.objectName() == "exploreTab":
            for key, *_ in SECTIONS:
                yield page.show_section(key)
        else:
            yield page


def test_no_control_on_any_tab_takes_the_wheel_unless_it_has_the_focus(window, qtbot):
    small(window)
    seen = []
    for page in pages(window):
        settle()
        controls = [w for w in page.findChildren(QWidget) if is_setting(w) and w.isVisible() and w.isEnabled()]
        for control in controls:
            for scroll in window.findChildren(QScrollArea):
                scroll.ensureWidgetVisible(control)
            settle()
            if not under_pointer(window, control):
                continue
            assert in_scroll_area(control)
            before = value(control)
            for notch in (DOWN, UP):
                wheel(window, control, notch)
                assert value(control) == before, (page.objectName(), control.objectName())
            assert not control.hasFocus(), control.objectName()
            seen.append(control.objectName())
    for name in ("brushSlider", "xMinSpin", "x1Spin", "stepSlider", "swapActivation", "modeCombo",
                 "batchSpin", "scheduleCombo", "seedSpin"):
        assert name in seen, (name, seen)


def test_the_wheel_no_longer_gives_a_control_the_focus(window):
    """Qt's WheelFocus would focus a control the wheel passes over, and then let it take the wheel."""
    controls = [w for page in pages(window) for w in page.findChildren(QWidget) if is_setting(w)]
    assert len(controls) > 10
    for control in controls:
        assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus, control.objectName()


def test_a_scroll_bar_still_scrolls_under_the_wheel(window):
    tab = small_train_tab(window)
    bar = named(tab, "settingsScroll").verticalScrollBar()
    assert bar.isVisible() and not bar.hasFocus()
    wheel(window, bar, DOWN)
    assert bar.value() > 0
