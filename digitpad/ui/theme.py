"""Every colour the app paints, by role, in one place so every view agrees.

Strings are "#rrggbb" (style sheets, QColor, pyqtgraph all read them).
See-through colours are (r, g, b, alpha) tuples, read as ``QColor(*c)`` or
``pg.mkBrush(c)``: Qt's "#aarrggbb" and pyqtgraph's "#rrggbbaa" disagree on
where alpha goes, so none is written as a string. ``rgba`` writes one for a
style sheet. tests/ui/test_theme.py keeps colour literals out of the rest of
the UI.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# the window ----------------------------------------------------------------------------
WINDOW = "#1f232b"
PANEL = "#262b35"
BASE = "#171a21"
TEXT = "#e8e6e1"
BRIGHT_TEXT = "#ffffff"  # text on a selection
MUTED = "#9aa3b2"
DISABLED_TEXT = "#6b7280"  # greyed-out text, and names not yet computed
HIGHLIGHT = "#3d6fb6"   # the palette's selection
SELECTION_TINT = (61, 111, 182, 85)   # HIGHLIGHT, see-through: what lies under a selected row shows
DIVIDER = "#333a46"     # thin lines between groups of controls
EDGE = "#3a404c"        # light edges: the palette's Light
FOCUS_RING = (79, 157, 255, 140)

# meanings ------------------------------------------------------------------------------
ACCENT = "#ffb547"      # the network's answer: top bar, the big digit
ACCENT_TINT = (255, 181, 71, 60)   # ACCENT, see-through: the highlighted row and column of a product
BAR = "#5b7fa8"         # the other nine bars
NAIVE_ACCENT = "#e9707a"
GOOD = "#7bd88f"        # right, agrees, fits: the one green for "right"
BAD = "#ff6b6b"         # wrong, disagrees, does not fit: the one red for "wrong"
BAD_FILL = "#2d1c20"    # behind an error message
WARN = "#ffcc66"        # a warning NumPy raised
WARN_FILL = "#2b2618"   # behind a warning
LINK = "#6ea8ff"
PUSH_UP = "#ff6b6b"     # evidence and weights that push toward a unit (or the answer)
PUSH_DOWN = "#4f8fff"   # ... and away from it (toward the rival digit)

# the canvas and the 28x28 views --------------------------------------------------------
CANVAS_PAPER = BASE
CANVAS_INK = "#f4f1ea"
CANVAS_HINT = (255, 255, 255, 90)      # "draw a digit here"
CURSOR_OUTLINE = (255, 255, 255, 230)
CURSOR_HALO = (0, 0, 0, 170)           # around the light line, so the ring shows on ink and on paper alike
CURSOR_ERASER_FILL = (255, 255, 255, 45)
PIXEL_BACKDROP = "#000000"             # under the network's 28x28 input: MNIST's 0
PIXEL_GRID = (255, 255, 255, 16)
PIXEL_FRAME = (255, 255, 255, 40)
PIXEL_BOX = (110, 168, 255, 150)       # MNIST's 20x20 box, dashed
CELL_GRID = (255, 255, 255, 30)        # lines between the digits of a grid
CELL_HOVER = (255, 255, 255, 150)
MATRIX_GRID = (255, 255, 255, 28)

# weights and values: a diverging map with a dark middle, cool blue < 0 < warm orange --
WEIGHT_NEGATIVE = (80, 160, 255)
WEIGHT_ZERO = (23, 26, 33)
WEIGHT_POSITIVE = (255, 170, 60)

# plots -----------------------------------------------------------------------------------
ZERO_LINE = "#4a5260"   # the axes through 0
LABEL_FILL = (23, 26, 33, 220)   # behind a label drawn on a plot
VALIDATION = "#7fc97f"  # the validation curve while training
#: the softmax bars by rank, the largest first
RANK_BARS = ("#5b7fa8", "#4f6f93", "#45617f", "#3c546d", "#35495e", "#2f4051")

# the confusion matrix ------------------------------------------------------------------
MATRIX_EMPTY = "#20242d"
MATRIX_RIGHT_LOW, MATRIX_RIGHT_HIGH = "#22364f", "#3f86d8"
MATRIX_WRONG_LOW, MATRIX_WRONG_HIGH = "#33262d", BAD
DARK_TEXT = "#101216"   # text on a light cell

# the Explore tab -----------------------------------------------------------------------
NAV_SELECTED = "#34404f"  # the chosen section in the list of sections
NAV_HOVER = "#2b313c"
TRACK = "#2b3340"       # the empty part of an accuracy bar
CODE_BG = "#161920"
CODE_LINE = "#c3b5f0"   # a line of the book's code beside its values
CODE_PENDING = "#4b5260"  # a line the walk has not reached yet
CURRENT_LINE = (255, 181, 71, 45)   # ACCENT, faint: behind the line of code being shown
SYNTAX = {
    "keyword": "#c792ea", "numpy": "#82aaff", "function": "#ffcb6b", "number": "#f78c6c",
    "string": "#c3e88d", "comment": "#7f8a9c", "docstring": "#8fa8a0",
}
NODE_FILL = "#2a303b"
NODE_RING = "#7a8598"   # a unit not being computed (the one being computed: ACCENT)
NODE_GLOW = "#5c4a24"   # a unit whose output is 1 (0 keeps NODE_FILL)
BIAS_FILL = "#3a3326"
BIAS_EDGE = "#c9a66b"
BIAS_TEXT = "#f0d9a8"
EDGE_POSITIVE = LINK    # a positive weight in the small network
EDGE_NEGATIVE = NAIVE_ACCENT

#: One colour per hidden activation, in the registry's order (step, sigmoid, ReLU, identity, tanh).
ACTIVATION_PALETTE = ("#6ea8ff", "#ffb547", "#7bd88f", "#c792ea", "#e9707a")


def activation_colour(index: int) -> str:
    """The colour of the registry's ``index``-th activation (the palette repeats past its end)."""
    return ACTIVATION_PALETTE[index % len(ACTIVATION_PALETTE)]


def checked_style(widget_class: str) -> str:
    """The style sheet that makes a checked button of ``widget_class`` stand out (the dark
    palette's own checked look is barely darker than a button)."""
    return (f"{widget_class}:checked {{ background: palette(highlight); color: palette(highlighted-text); "
            "border: 1px solid palette(light); border-radius: 3px; padding: 2px 6px; }")


def rgba(colour: tuple) -> str:
    """A see-through colour for a style sheet: (61, 111, 182, 85) -> 'rgba(61, 111, 182, 85)'."""
    return "rgba({}, {}, {}, {})".format(*colour)


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
        QPalette.ColorRole.BrightText: BRIGHT_TEXT,
        QPalette.ColorRole.Highlight: HIGHLIGHT,
        QPalette.ColorRole.HighlightedText: BRIGHT_TEXT,
        QPalette.ColorRole.Link: LINK,
        QPalette.ColorRole.Light: EDGE,
        QPalette.ColorRole.Midlight: "#303642",
        QPalette.ColorRole.Mid: "#2a2f3a",
        QPalette.ColorRole.Dark: "#14161b",
        QPalette.ColorRole.Shadow: "#0c0d10",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return p
