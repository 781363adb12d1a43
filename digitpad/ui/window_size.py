"""How large the window opens, and how far it grows when View > Zoom makes the tabs need more."""

from __future__ import annotations

from PySide6.QtCore import QSize
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
