"""The mouse wheel scrolls panels; it never changes a setting on its way past.

Qt gives the wheel to whatever spin box, combo box or slider is under the
pointer, and with it the keyboard focus: scrolling the Train tab's settings
once turned Schedule cosine into step and Batch size 128 into 120 unseen.
Here such a control inside a scroll area takes the wheel only while it has
the keyboard focus (clicked or tabbed into); otherwise the wheel goes on to
the scroll area, which scrolls. The wheel no longer gives these controls the
focus either (Qt's StrongFocus instead of WheelFocus), so passing over one
does not arm it. The main window guards each tab as it builds it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication,
                               QComboBox, QScrollBar, QWidget)

NAME = "wheelGuard"
_CONTROLS = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def is_setting(widget: QObject) -> bool:
    """A control whose value the wheel changes (a scroll bar is not one: scrolling is its job)."""
    return isinstance(widget, _CONTROLS) and not isinstance(widget, QScrollBar)


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        if parent.isWindow():
            return False
        parent = parent.parentWidget()
    return False


def no_wheel_focus(widget: QWidget) -> None:
    """Keep click and Tab focus, drop the focus the wheel would give."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    """The event filter of every guarded control: a wheel over one without the focus goes past it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and not watched.hasFocus()
                and in_scroll_area(watched)):
            event.ignore()   # handled here, not accepted: Qt hands it on to the parents, up to the scroll area
            return True
        return False


def guard(root: QWidget) -> int:
    """Guard every control inside ``root`` (a tab, once built); returns how many there are.

    Only these controls get the filter, not the whole application: a filter on
    the application would run Python for every event of the app, about 10 us each.
    """
    app = QApplication.instance()
    the_guard = app.findChild(WheelGuard, NAME)
    if the_guard is None:
        the_guard = WheelGuard(app)
        the_guard.setObjectName(NAME)
    controls = [widget for widget in root.findChildren(QWidget) if is_setting(widget)]
    for control in controls:
        no_wheel_focus(control)
        control.installEventFilter(the_guard)   # a second time is the same filter moved to the front
    return len(controls)
