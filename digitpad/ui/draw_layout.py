"""The Draw tab's layout: the canvas and its tools on the left; the answer, the bars, what the
network sees and what lights up inside on the right; the two boxes that keep it steady; and the
words of the answer and of how the network's input was made, as each read is shown."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QPainter
from PySide6.QtWidgets import (QCheckBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSizePolicy, QSlider, QToolButton, QVBoxLayout, QWidget)

from . import theme
from .i18n import translate
from .units import probability_text
from .canvas import DEFAULT_BRUSH, MAX_BRUSH, MIN_BRUSH, Canvas
from .widgets.elided_label import ElidedLabel
from .widgets.heatmaps import ActivationMaps
from .widgets.naive_reading import NaiveReading, centred_caption
from .widgets.pixel_view import PixelView
from .widgets.probability_bars import ProbabilityBars

PIXEL_VIEW_SIDE = 5 * 28    # the 28x28 views, 5 screen pixels per input pixel
MIN_DIGIT_BUTTON = 28       # the Save-as buttons' side at actual size
# what the tab keeps of the bars when the window is short: on a 960x540 screen (1920x1080 at 200%)
# the whole tab fits, the canvas taking what the rest leaves; a full bar's percentage still fits
BARS_LEAST_HEIGHT = 100


class SquareBox(QWidget):
    """Keeps its one child a centred square as large as fits in the room it is given.

    The box takes the room of its column both ways and is not height-for-width:
    a square sized from a wide column's width alone would make the tab taller
    than a wide, short window, and push the buttons below the canvas off it.
    """

    def __init__(self, child: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(child.minimumSize())

    def sizeHint(self) -> QSize:
        return self.child.sizeHint()

    def resizeEvent(self, event) -> None:
        # never taller than wide: the room below a square as wide as the column goes to the
        # column's stretch, under the tools, not between the canvas and its buttons
        if self.maximumHeight() != max(self.width(), self.minimumHeight()):
            self.setMaximumHeight(max(self.width(), self.minimumHeight()))
        side = min(self.width(), self.height())
        self.child.setGeometry((self.width() - side) // 2, 0, side, side)


class TextIfRoom(QLabel):
    """Word-wrapped words that ask for the room they need but can do without it: shown when all of
    them fit, else their ``short`` form when that fits (one line, say, where a short window leaves
    a gap), else nothing, so they never make the tab taller (the same words are a tooltip nearby).
    On a short window (960x540) the room goes to what the tab cannot do without; a cut-off
    sentence would be worse than none.
    """

    def __init__(self, text: str, objectName: str = "", short: str = ""):
        super().__init__(text, objectName=objectName)
        self.setWordWrap(True)
        self.short = short
        if short:
            self.setToolTip(text)   # the whole of it, where the short form is shown

    def set_words(self, text: str) -> None:
        """Say ``text`` instead (the short form stays)."""
        if text != self.text():
            self.setText(text)
            if self.short:
                self.setToolTip(text)
            self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return False      # what it needs is its size hint; what it must have is nothing

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 0 else super().sizeHint().width()
        return QSize(super().sizeHint().width(), super().heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)

    def fits(self) -> bool:
        return self.height() >= super().heightForWidth(self.width())

    def shown_text(self) -> str:
        """What is drawn: the whole text, its short form, or nothing, whichever fits first."""
        if self.fits():
            return self.text()
        room = self.contentsRect()
        need = self.fontMetrics().boundingRect(0, 0, room.width(), 100_000, self._flags(), self.short)
        return self.short if self.short and need.height() <= room.height() else ""

    def _flags(self) -> int:
        return int(self.alignment()) | int(Qt.TextFlag.TextWordWrap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()   # narrower, it needs more lines

    def paintEvent(self, event) -> None:
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
        elif shown:
            painter = QPainter(self)
            self.style().drawItemText(painter, self.contentsRect(), self._flags(), self.palette(),
                                      self.isEnabled(), shown, self.foregroundRole())


class InsideBox(QGroupBox):
    """The hidden layers' box: 180 px wide, wider only when the maps need it (their titles, longer in
    Japanese and when zoomed); never for its own title, which may run past it, so that the
    comparison's panel beside it keeps its room and the canvas its size."""

    LEAST_WIDTH = 180

    def minimumSizeHint(self) -> QSize:
        inner = self.layout().totalMinimumSize().width() if self.layout() is not None else 0
        return QSize(max(self.LEAST_WIDTH, inner), super().minimumSizeHint().height())


class FixedSizeRows(QWidget):
    """Stacks labels that change text many times a second, each at a fixed size.

    A QLabel whose size is not fixed asks its layout to re-run on every new
    text, and the window then repaints everything; here each label's size is
    set from the box's width on resize, so new text repaints only the label.
    """

    def __init__(self, rows: list[tuple[QWidget, int]], parent: QWidget | None = None):
        super().__init__(parent)
        # each row's room beyond its text's line height: kept when View > Zoom changes the text
        self._margins = [height - widget.fontMetrics().height() for widget, height in rows]
        self.rows = rows
        for widget, height in rows:
            widget.setParent(self)
            widget.installEventFilter(self)
        self.setFixedHeight(sum(height for _, height in rows))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.rows = [(widget, widget.fontMetrics().height() + margin)
                         for (widget, _), margin in zip(self.rows, self._margins)]
            self.setFixedHeight(sum(height for _, height in self.rows))
            self.resizeEvent(None)
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        return QSize(320, self.height())

    def resizeEvent(self, event) -> None:
        y = 0
        for widget, height in self.rows:
            widget.setFixedSize(self.width(), height)
            widget.move(0, y)
            y += height


class DigitButton(QPushButton):
    """A square Save-as button that grows with its font (the presentation zoom), never below 28 px."""

    def __init__(self, digit: int):
        super().__init__(str(digit), objectName=f"saveButton{digit}")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        side = max(MIN_DIGIT_BUTTON, round(self.fontMetrics().height() * 1.7))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def build(tab) -> None:
    """Make the Draw tab's widgets, kept on ``tab`` under their objectNames, and lay them out."""
    tab.canvas = Canvas()
    canvas_box = SquareBox(tab.canvas)

    tab.brushSlider = QSlider(Qt.Orientation.Horizontal, objectName="brushSlider")
    tab.brushSlider.setRange(int(MIN_BRUSH), int(MAX_BRUSH))
    tab.brushSlider.setValue(round(DEFAULT_BRUSH))
    tab.brushSlider.setToolTip(translate("DrawTab", "Brush width. The default makes strokes as thick as MNIST's "
                                                    "once the drawing is scaled to 20 pixels."))
    tab.brushSlider.valueChanged.connect(tab._on_brush_value_changed)
    tab.brushLabel = QLabel(objectName="brushLabel")
    tab.brushLabel.setMinimumWidth(40)
    tab.brushLabel.setStyleSheet(f"color: {theme.MUTED};")
    tab.eraserButton = _tool_button(translate("DrawTab", "Eraser"), "eraserButton",
                                    translate("DrawTab", "Erase with the left button too, for one-button "
                                                         "trackpads (E); the right button always erases"),
                                    tab.canvas.set_eraser)
    tab.eraserButton.setCheckable(True)
    tab.eraserButton.setStyleSheet(theme.checked_style("QToolButton"))
    tab.eraserButton.setShortcut(QKeySequence(Qt.Key.Key_E))
    tab.canvas.eraserChanged.connect(tab.eraserButton.setChecked)
    tab.undoButton = _tool_button(translate("DrawTab", "Undo"), "undoButton",
                                  translate("DrawTab", "Undo the last stroke (Ctrl+Z)"), tab.undo)
    tab.redoButton = _tool_button(translate("DrawTab", "Redo"), "redoButton",
                                  translate("DrawTab", "Redo (Ctrl+Shift+Z)"), tab.redo)
    tab.clearButton = _tool_button(translate("DrawTab", "Clear"), "clearButton",
                                   translate("DrawTab", "Clear the canvas (Esc)"), tab.clear)

    # the brush on a row of its own, so that the tools' words (longer in some languages) never squeeze
    # the slider away
    brush_row = QHBoxLayout()
    brush_row.setSpacing(6)
    brush_caption = QLabel(translate("DrawTab", "Brush"))
    brush_row.addWidget(brush_caption)
    brush_row.addWidget(tab.brushSlider, 1)
    brush_row.addWidget(tab.brushLabel)
    tools = QHBoxLayout()
    tools.setSpacing(6)
    for button in (tab.eraserButton, tab.undoButton, tab.redoButton, tab.clearButton):
        tools.addWidget(button)
    tools.addStretch(1)

    save_row = QHBoxLayout()
    save_row.setSpacing(3)
    save_caption = QLabel(translate("DrawTab", "Save as"))
    save_caption.setToolTip(translate("DrawTab", "Keep this drawing in My digits with its true label "
                                                 "(or press the digit key while the canvas has focus)"))
    save_row.addWidget(save_caption)
    tab.saveButtons: list[QPushButton] = []
    for digit in range(10):
        button = DigitButton(digit)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _=False, d=digit: tab.save_digit(d))
        save_row.addWidget(button)
        tab.saveButtons.append(button)
    save_row.addStretch(1)
    tab.myDigitsCount = QLabel(objectName="myDigitsCount")
    tab.myDigitsCount.setStyleSheet(f"color: {theme.MUTED};")

    left = QVBoxLayout()
    left.setSpacing(8)
    left.addWidget(canvas_box, 100)   # the canvas takes the room first, up to a square
    left.addLayout(brush_row)
    left.addLayout(tools)
    left.addLayout(save_row)
    left.addWidget(tab.myDigitsCount)
    left.addStretch(1)

    # the answer, one line each whatever the language: a text longer than the column ends in "…"
    # (the whole text is then the tooltip); the big one first takes smaller letters
    tab.predictionLabel = ElidedLabel(object_name="predictionLabel", mode=Qt.TextElideMode.ElideRight,
                                      shrink=0.6)
    big = QFont()
    big.setPointSizeF(34)
    big.setBold(True)
    tab.predictionLabel.setFont(big)
    tab.predictionLabel.setStyleSheet(f"color: {theme.ACCENT};")
    tab.predictionDetail = ElidedLabel(object_name="predictionDetail", mode=Qt.TextElideMode.ElideRight,
                                       shrink=0.8)   # the instruction is longer in Korean and Japanese
    tab.predictionDetail.setStyleSheet(f"color: {theme.MUTED};")
    answer = FixedSizeRows([(tab.predictionLabel, 58),
                            (tab.predictionDetail, tab.predictionDetail.fontMetrics().height() + 4)])

    tab.bars = ProbabilityBars()
    tab.bars.setMinimumHeight(BARS_LEAST_HEIGHT)

    # what the network sees
    tab.networkInput = PixelView()
    tab.networkInput.setObjectName("networkInput")
    tab.networkInput.setFixedSize(PIXEL_VIEW_SIDE, PIXEL_VIEW_SIDE)
    tab.naivePanel = NaiveReading(PIXEL_VIEW_SIDE)
    tab.naiveInput, tab.naiveBars, tab.naiveLabel = (tab.naivePanel.view, tab.naivePanel.bars,
                                                     tab.naivePanel.label)
    tab.naiveToggle = QCheckBox(translate("DrawTab", "Compare with a plain downscale"), objectName="naiveToggle")
    tab.naiveToggle.setToolTip(translate("DrawTab", "Show the whole canvas shrunk to 28x28 without MNIST's "
                                                    "preprocessing, and what the network makes of it"))
    tab.naiveToggle.toggled.connect(tab._on_naive_toggled)

    prepared = QVBoxLayout()
    prepared.setSpacing(3)
    prepared.addWidget(tab.networkInput, 0, Qt.AlignmentFlag.AlignHCenter)
    prepared.addWidget(centred_caption(translate("DrawTab", "prepared like MNIST")))
    prepared.addStretch(1)

    tab.naivePanel.setVisible(False)

    tab.recipeText = TextIfRoom("", objectName="recipeText", short=translate("DrawTab", "20 px box, centred by mass"))
    show_recipe(tab, picture=False)
    tab.recipeText.setWordWrap(True)
    tab.recipeText.setStyleSheet(f"color: {theme.MUTED};")
    tab.recipeText.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    sees = QGroupBox(translate("DrawTab", "What the network sees"))
    sees_grid = QGridLayout(sees)
    sees_grid.setHorizontalSpacing(14)
    sees_grid.addLayout(prepared, 0, 0, Qt.AlignmentFlag.AlignTop)
    # the recipe's words beside the 28x28 view, where the comparison goes when it is on (they
    # are hidden then): in a row of their own below it, a short window left them no room but a gap
    sees_grid.addWidget(tab.naivePanel, 0, 1, Qt.AlignmentFlag.AlignTop)
    sees_grid.addWidget(tab.recipeText, 0, 1)
    sees_grid.addWidget(tab.naiveToggle, 1, 0, 1, 2)
    sees_grid.setColumnStretch(0, 1)
    sees_grid.setColumnStretch(1, 1)
    sees_grid.setRowStretch(2, 1)

    tab.insideBox = inside = InsideBox(translate("DrawTab", "Inside the network"), objectName="insideBox")
    inside_layout = QVBoxLayout(inside)
    inside_layout.setContentsMargins(6, 6, 6, 6)
    tab.activationMaps = ActivationMaps()
    tab.activationMaps.setToolTip(translate("DrawTab", "Each cell is one hidden unit; brighter means a larger "
                                                       "activation."))
    inside_layout.addWidget(tab.activationMaps)

    lower = QHBoxLayout()
    lower.setSpacing(10)
    lower.addWidget(sees, 2)
    lower.addWidget(inside, 1)

    right = QVBoxLayout()
    right.setSpacing(8)
    right.addWidget(answer)
    right.addWidget(tab.bars, 1)
    right.addLayout(lower, 0)

    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setStyleSheet(f"color: {theme.DIVIDER};")
    root = QHBoxLayout(tab)
    root.setContentsMargins(12, 12, 12, 8)
    root.setSpacing(14)
    root.addLayout(left, 1)
    root.addWidget(line)
    root.addLayout(right, 1)
    tab._on_brush_value_changed(tab.brushSlider.value())


UNSURE_BELOW = 0.6          # below this top probability the answer is given as "a or b?"


def show_answer(tab, probs, too_small: bool = False) -> None:
    """The answer in large type and a line under it: the digit read (or "a or b?"), or with no
    probabilities, what to do: draw a digit, or draw it bigger."""
    if (probs is None) != tab._showing_empty:  # restyle only when the state flips
        tab._showing_empty = probs is None
        colour = theme.MUTED if probs is None else theme.ACCENT
        tab.predictionLabel.setStyleSheet(f"color: {colour};")
    if probs is None and too_small:
        tab.predictionLabel.setText(translate("DrawTab", "Too small to read"))
        tab.predictionDetail.setText(translate("DrawTab", "A mark less than two brush widths across is not read "
                                                          "as a digit: draw it bigger."))
    elif probs is None:
        tab.predictionLabel.setText(translate("DrawTab", "Draw a digit"))
        tab.predictionDetail.setText(translate("DrawTab", "Left button draws, right or Eraser (E) erases; "
                                                          "or drop a picture."))
    else:
        order = np.argsort(probs)[::-1]
        first, second = int(order[0]), int(order[1])
        if probs[first] >= UNSURE_BELOW:
            tab.predictionLabel.setText(f"{first}  {probability_text(probs[first])}")
            if probs[second] >= 0.005:
                tab.predictionDetail.setText(translate("DrawTab", "The network reads a {0}; next best {1} ({2}).")
                                             .format(first, second, probability_text(probs[second])))
            else:
                tab.predictionDetail.setText(
                    translate("DrawTab", "The network reads a {0}; nothing else comes close.").format(first))
        else:
            tab.predictionLabel.setText(translate("DrawTab", "{0} or {1}?").format(first, second))
            tab.predictionDetail.setText(translate("DrawTab", "Not sure: {0} ({1}) or {2} ({3}).").format(
                first, probability_text(probs[first]), second, probability_text(probs[second])))


def show_recipe(tab, picture: bool) -> None:
    """Say how the 28x28 input was made: from the strokes (drawn again at MNIST's pen width,
    ``data.live_input``) or, for a picture on the canvas, from its pixels (``preprocess.mnist_style``)."""
    if picture:
        words = translate("DrawTab", "Your picture cropped to its ink, scaled so the longer side is 20 pixels "
                                     "(dashed box), moved so the centre of mass sits in the middle (cross): how "
                                     "MNIST's digits were made.")
        tip = translate("DrawTab", "The 28x28 input: the picture on the canvas (and anything drawn on it) cropped "
                                   "to its ink, its lines as thick as they are, scaled so the longer side is 20 px "
                                   "(dashed box), and moved so the centre of mass is at the centre (cross), how "
                                   "MNIST's digits were made.")
    else:
        words = translate("DrawTab", "Your strokes redrawn with MNIST's pen width, scaled so the longer side is 20 "
                                     "pixels (dashed box), moved so the centre of mass sits in the middle (cross): "
                                     "how MNIST's digits were made.")
        tip = translate("DrawTab", "The 28x28 input: your strokes drawn again with MNIST's pen width, whatever your "
                                   "brush, scaled so the longer side is 20 px (dashed box), and moved so the centre "
                                   "of mass is at the centre (cross), how MNIST's digits were made.")
    tab.recipeText.set_words(words)
    tab.networkInput.setToolTip(tip)


def _tool_button(text, name, tip, slot) -> QToolButton:
    button = QToolButton(objectName=name)
    button.setText(text)
    button.setToolTip(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumWidth(52)
    button.clicked.connect(slot)
    return button
