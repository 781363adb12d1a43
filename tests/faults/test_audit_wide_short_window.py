"""A wide, short window (1920x1080 at 150% leaves 1216x648) shows the whole Draw tab without scrolling.

The canvas is a square as large as fits; when its square was taken from the
column's width alone, the tab grew taller than the window and the brush,
Clear and Save as buttons went below the bottom edge.
"""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget


def settle():
    for _ in range(10):
        QApplication.processEvents()


def outside(window, widget: QWidget) -> bool:
    return not window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("size", [(1216, 648), (1500, 700), (1280, 600)])
def test_the_draw_tab_fits_a_wide_short_window(window, size):
    window.resize(*size)
    window.tabs.setCurrentWidget(window.tab("Draw"))
    settle()
    assert (window.width(), window.height()) == size
    draw = window.tab("Draw")
    canvas = draw.findChild(QWidget, "canvas")
    assert not outside(window, canvas)
    assert canvas.width() == canvas.height() >= 200   # still a square, and a usable one
    hidden = [b.objectName() or b.text() for b in draw.findChildren(QAbstractButton)
              if b.isVisible() and outside(window, b)]
    assert hidden == []
