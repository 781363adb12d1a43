"""How large the window opens (at its saved size only if that is sensible on the screens there are),
and how far it grows when View > Zoom makes the tabs need more."""

from __future__ import annotations

import struct
from typing import Iterable

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

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


def restore_geometry(window: QWidget, saved) -> bool:
    """Give ``window`` the geometry ``saved`` by ``QWidget.saveGeometry``, if it is one a user can
    work with on the screens there are now; False, and the window untouched, if not.

    ``saved`` comes from the settings file, so it may be anything: not bytes, bytes cut short
    (Qt reads the missing numbers as zeros and shrinks the window to its minimum), or a window
    smaller than its minimum, larger than the screen's available area, or off every screen.
    """
    if not isinstance(saved, (QByteArray, bytes)) or not saved:
        return False
    rooms = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    if not sensible_geometry(bytes(saved), rooms):
        return False
    return window.restoreGeometry(QByteArray(saved))


def sensible_geometry(saved: bytes, rooms: Iterable[QRect]) -> bool:
    """Whether ``saved`` (as ``QWidget.saveGeometry`` writes it) is complete and places a window
    of at least SMALLEST_WINDOW whose middle is on one of ``rooms`` (the screens' available
    areas) and which fits in that room."""
    placed = _saved_window(saved)
    if placed is None:
        return False
    left, top, right, bottom = placed          # the window without its frame, edges included
    width, height = right - left + 1, bottom - top + 1
    if width < SMALLEST_WINDOW[0] or height < SMALLEST_WINDOW[1]:
        return False
    middle_x, middle_y = (left + right) // 2, (top + bottom) // 2
    for room in rooms:
        if (room.left() <= middle_x <= room.right() and room.top() <= middle_y <= room.bottom()):
            return width <= room.width() and height <= room.height()
    return False


_GEOMETRY_MAGIC = 0x1D9D0CB   # QWidget::saveGeometry's first four bytes
_GEOMETRY_BYTES = {1: 46, 2: 50, 3: 66}   # a whole geometry of each format (a later minor may add more)


def _saved_window(saved: bytes) -> tuple[int, int, int, int] | None:
    """The (left, top, right, bottom) that ``QWidget.restoreGeometry`` would give the window,
    or None if ``saved`` is not a whole geometry of a format it reads (1 to 3).

    The format (big-endian, as QDataStream writes): magic, major and minor version, the
    frame's and the normal rectangle, the screen's number, the maximized and full-screen
    flags, from version 2 the screen's width, from version 3 the window's rectangle.
    """
    if len(saved) < 8:
        return None
    magic, major, _minor = struct.unpack_from(">IHH", saved, 0)
    if magic != _GEOMETRY_MAGIC or major not in _GEOMETRY_BYTES or len(saved) < _GEOMETRY_BYTES[major]:
        return None
    maximized, full_screen = struct.unpack_from(">BB", saved, 44)
    if major >= 3 and not (maximized or full_screen):
        return struct.unpack_from(">4i", saved, 50)
    return struct.unpack_from(">4i", saved, 24)   # the normal rectangle, also under a maximized window


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
