"""Colours and the application palette, in one place so every view agrees."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

WINDOW = "#1f232b"
PANEL = "#262b35"
BASE = "#171a21"
TEXT = "#e8e6e1"
MUTED = "#9aa3b2"
ACCENT = "#ffb547"      # the network's answer: top bar, the big digit
BAR = "#5b7fa8"         # the other nine bars
NAIVE_ACCENT = "#e9707a"
GOOD = "#7bd88f"        # right, agrees, fits
BAD = "#ff6b6b"         # wrong, disagrees, does not fit
LINK = "#6ea8ff"
PUSH_UP = "#ff6b6b"     # evidence and weights that push toward a unit (or the answer)
PUSH_DOWN = "#4f8fff"   # ... and away from it (toward the rival digit)

#: One colour per hidden activation, in the registry's order (step, sigmoid, ReLU, identity, tanh).
ACTIVATION_PALETTE = ("#6ea8ff", "#ffb547", "#7bd88f", "#c792ea", "#e9707a")


def activation_colour(index: int) -> str:
    """The colour of the registry's ``index``-th activation (the palette repeats past its end)."""
    return ACTIVATION_PALETTE[index % len(ACTIVATION_PALETTE)]


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: BASE,
        QPalette.ColorRole.AlternateBase: PANEL,
        QPalette.ColorRole.ToolTipBase: PANEL,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: MUTED,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: PANEL,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: LINK,
        QPalette.ColorRole.Light: "#3a404c",
        QPalette.ColorRole.Midlight: "#303642",
        QPalette.ColorRole.Mid: "#2a2f3a",
        QPalette.ColorRole.Dark: "#14161b",
        QPalette.ColorRole.Shadow: "#0c0d10",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7280"))
    return p
