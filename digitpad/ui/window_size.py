"""How large the window opens, and how far it grows when View > Zoom makes the tabs need more."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QScreen

DEFAULT_SIZE = (1220, 760)
SMALLEST_WINDOW = (480, 360)   # smaller than the tabs need: they scroll


def fit_window(current: QSize, needed: QSize, room: QSize) -> QSize:
    """The window size that shows ``needed`` as far as ``room`` allows, never smaller than ``current``."""
    return QSize(max(current.width(), min(needed.width(), room.width())),
                 max(current.height(), min(needed.height(), room.height())))


def default_size(screen: QScreen | None) -> tuple[int, int]:
    """DEFAULT_SIZE, or less on a screen too small for it."""
    if screen is None:
        return DEFAULT_SIZE
    room = screen.availableGeometry()
    if room.width() >= DEFAULT_SIZE[0] and room.height() >= DEFAULT_SIZE[1]:
        return DEFAULT_SIZE
    return (min(DEFAULT_SIZE[0], int(room.width() * 0.95)), min(DEFAULT_SIZE[1], int(room.height() * 0.9)))


def opens_maximized(screen: QScreen | None) -> bool:
    """A first start on a screen narrower than the default window (a 1024x768 projector):
    the window takes the whole screen, where every tab fits, instead of 95% of it, where
    the widest tabs would scroll."""
    return screen is not None and screen.availableGeometry().width() < DEFAULT_SIZE[0]


def beside(main: QRect, size: QSize, room: QRect) -> QPoint:
    """Where a window of (frame) ``size`` opens for the main window's frame ``main``: to its right if
    the screen's ``room`` has space there, else to its left, else over its middle; always on screen."""
    top = main.top()
    if main.right() + 1 + size.width() <= room.right() + 1:
        x = main.right() + 1
    elif main.left() - size.width() >= room.left():
        x = main.left() - size.width()
    else:
        x = main.left() + (main.width() - size.width()) // 2
        top = main.top() + (main.height() - size.height()) // 2
    x = max(room.left(), min(x, room.right() + 1 - size.width()))
    y = max(room.top(), min(top, room.bottom() + 1 - size.height()))
    return QPoint(x, y)


def on_a_screen(frame: QRect, rooms: Iterable[QRect]) -> bool:
    """Whether a window's ``frame`` lies wholly in one of the screens' ``rooms`` (a place saved
    on a screen that is gone, or edited by hand, is not one to open at)."""
    return not frame.isEmpty() and any(room.contains(frame) for room in rooms)
