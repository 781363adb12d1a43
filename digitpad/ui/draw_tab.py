"""The Draw tab: draw a digit and watch the network read it, live.

Left: the canvas and its tools (brush, eraser, undo, redo, clear) and the row that
saves the drawing into My digits with its true label. Right: the answer,
the ten probabilities, the 28x28 image the network is actually given (and,
on request, the naive whole-canvas downscale beside it with its own
answer), and the two hidden layers lighting up.

Updates are coalesced to the screen's refresh rate while a stroke is being
drawn (a change is shown at once if the last update is most of a frame old;
changes that come sooner are merged into one update when that time is up),
and always made at once when a stroke ends.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QFileSystemWatcher, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QImage, QImageReader, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSizePolicy, QSlider, QToolButton, QVBoxLayout, QWidget)

from ..data import preprocess
from ..data.mydigits import MyDigits, MyDigitsError, UnreadableStore
from ..data.strokes import network_input
from ..nn.activations import title as activation_title
from ..nn.network import PIXEL_SCALE
from . import theme
from .canvas import DEFAULT_BRUSH, MAX_BRUSH, MIN_BRUSH, Canvas
from .settings import SettingsReader
from .tab import AppTab
from .model_state import ModelState
from .units import probability_text
from .widgets.heatmaps import ActivationMaps
from .widgets.naive_reading import NaiveReading, centred_caption
from .widgets.pixel_view import PixelView
from .widgets.probability_bars import ProbabilityBars

UNSURE_BELOW = 0.6          # below this top probability the answer is given as "a or b?"
MAX_IMAGE_SIDE = 1024       # pictures are scaled down to this before any NumPy work
# Live updates are at most one per screen frame; a pointer reporting at the frame rate
# arrives with some jitter, so an update is allowed after 3/4 of a frame.
FRAME_SLACK = 0.75
PIXEL_VIEW_SIDE = 5 * 28    # the 28x28 views, 5 screen pixels per input pixel


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
        side = min(self.width(), self.height())
        self.child.setGeometry((self.width() - side) // 2, 0, side, side)


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


class DrawTab(AppTab):
    """Draw a digit; see what the network sees, what it answers and what lights up inside."""

    EDITS = True
    OPENS_IMAGES = True

    def __init__(self, state: ModelState, parent: QWidget | None = None, store: MyDigits | None = None):
        super().__init__(parent)
        self.setObjectName("drawTab")
        self.state = state
        self.store = store if store is not None else MyDigits.default()
        self._probabilities: np.ndarray | None = None
        self._naive_probabilities: np.ndarray | None = None
        self._input28: np.ndarray | None = None
        self._naive28: np.ndarray | None = None
        self._store_count: int | None = None
        self._store_problem: str | None = None  # the last one reported, so it is reported once
        self._shown_store_stamp = None
        self._store_watcher = QFileSystemWatcher(self)  # another running copy may save too
        self._store_watcher.directoryChanged.connect(self._on_store_folder_changed)
        self._showing_empty = False
        self._last_refresh = 0.0

        self._build()
        self._min_interval = FRAME_SLACK / 60
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setTimerType(Qt.TimerType.PreciseTimer)
        self._throttle.timeout.connect(self.refresh)

        self.setFocusProxy(self.canvas)   # shown, the tab hands the keyboard to the canvas
        self.canvas.changed.connect(self._on_canvas_changed)
        self.canvas.historyChanged.connect(self._on_canvas_history_changed)
        self.canvas.digitKeyPressed.connect(self.save_digit)
        self.canvas.fileDropped.connect(self.open_image)
        self.canvas.imageDropped.connect(self.open_qimage)
        state.modelChanged.connect(self._on_model_changed)
        state.drawingRequested.connect(self._on_drawing_requested)

        self._on_model_changed(state.model)
        self._on_canvas_history_changed()

    def start(self) -> None:
        """Count the saved digits (a problem is reported through our signals) and take a digit
        that was asked for before the tab was built."""
        self._check_store()
        self._on_drawing_requested()

    # layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.canvas = Canvas()
        canvas_box = SquareBox(self.canvas)

        self.brushSlider = QSlider(Qt.Orientation.Horizontal, objectName="brushSlider")
        self.brushSlider.setRange(int(MIN_BRUSH), int(MAX_BRUSH))
        self.brushSlider.setValue(round(DEFAULT_BRUSH))
        self.brushSlider.setToolTip("Brush width. The default makes strokes as thick as MNIST's "
                                    "once the drawing is scaled to 20 pixels.")
        self.brushSlider.valueChanged.connect(self._on_brush_value_changed)
        self.brushLabel = QLabel(objectName="brushLabel")
        self.brushLabel.setMinimumWidth(40)
        self.brushLabel.setStyleSheet(f"color: {theme.MUTED};")
        self.eraserButton = self._tool_button("Eraser", "eraserButton",
                                              "Erase with the left button too, for one-button "
                                              "trackpads (E); the right button always erases",
                                              self.canvas.set_eraser)
        self.eraserButton.setCheckable(True)
        self.eraserButton.setStyleSheet("QToolButton:checked { background: palette(highlight); "
                                        "color: palette(highlighted-text); border: 1px solid palette(light); "
                                        "border-radius: 3px; padding: 2px 6px; }")
        self.eraserButton.setShortcut(QKeySequence(Qt.Key.Key_E))
        self.canvas.eraserChanged.connect(self.eraserButton.setChecked)
        self.undoButton = self._tool_button("Undo", "undoButton", "Undo the last stroke (Ctrl+Z)", self.undo)
        self.redoButton = self._tool_button("Redo", "redoButton", "Redo (Ctrl+Shift+Z)", self.redo)
        self.clearButton = self._tool_button("Clear", "clearButton", "Clear the canvas (Esc)", self.clear)

        tools = QHBoxLayout()
        tools.setSpacing(6)
        brush_caption = QLabel("Brush")
        tools.addWidget(brush_caption)
        tools.addWidget(self.brushSlider, 1)
        tools.addWidget(self.brushLabel)
        tools.addSpacing(10)
        for button in (self.eraserButton, self.undoButton, self.redoButton, self.clearButton):
            tools.addWidget(button)

        save_row = QHBoxLayout()
        save_row.setSpacing(3)
        save_caption = QLabel("Save as")
        save_caption.setToolTip("Keep this drawing in My digits with its true label "
                                "(or press the digit key while the canvas has focus)")
        save_row.addWidget(save_caption)
        self.saveButtons: list[QPushButton] = []
        for digit in range(10):
            button = QPushButton(str(digit), objectName=f"saveButton{digit}")
            button.setFixedSize(28, 28)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, d=digit: self.save_digit(d))
            save_row.addWidget(button)
            self.saveButtons.append(button)
        save_row.addStretch(1)
        self.myDigitsCount = QLabel(objectName="myDigitsCount")
        self.myDigitsCount.setStyleSheet(f"color: {theme.MUTED};")

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(canvas_box)
        left.addLayout(tools)
        left.addLayout(save_row)
        left.addWidget(self.myDigitsCount)
        left.addStretch(1)

        # the answer
        self.predictionLabel = QLabel(objectName="predictionLabel")
        big = QFont()
        big.setPointSizeF(34)
        big.setBold(True)
        self.predictionLabel.setFont(big)
        self.predictionLabel.setStyleSheet(f"color: {theme.ACCENT};")
        self.predictionDetail = QLabel(objectName="predictionDetail")
        self.predictionDetail.setStyleSheet(f"color: {theme.MUTED};")
        answer = FixedSizeRows([(self.predictionLabel, 58),
                                (self.predictionDetail, self.predictionDetail.fontMetrics().height() + 4)])

        self.bars = ProbabilityBars()
        self.bars.setMinimumHeight(170)

        # what the network sees
        self.networkInput = PixelView()
        self.networkInput.setObjectName("networkInput")
        self.networkInput.setToolTip("The 28x28 input: your strokes drawn again with MNIST's pen width, "
                                     "whatever your brush, scaled so the longer side is 20 px (dashed "
                                     "box), and moved so the centre of mass is at the centre (cross), "
                                     "how MNIST's digits were made.")
        self.networkInput.setFixedSize(PIXEL_VIEW_SIDE, PIXEL_VIEW_SIDE)
        self.naivePanel = NaiveReading(PIXEL_VIEW_SIDE)
        self.naiveInput, self.naiveBars, self.naiveLabel = (self.naivePanel.view, self.naivePanel.bars,
                                                            self.naivePanel.label)
        self.naiveToggle = QCheckBox("Compare with a plain downscale", objectName="naiveToggle")
        self.naiveToggle.setToolTip("Show the whole canvas shrunk to 28x28 without MNIST's "
                                    "preprocessing, and what the network makes of it")
        self.naiveToggle.toggled.connect(self._on_naive_toggled)

        prepared = QVBoxLayout()
        prepared.setSpacing(3)
        prepared.addWidget(self.networkInput, 0, Qt.AlignmentFlag.AlignHCenter)
        prepared.addWidget(centred_caption("prepared like MNIST"))
        prepared.addStretch(1)

        self.naivePanel.setVisible(False)

        self.recipeText = QLabel(
            "Your strokes redrawn with MNIST's pen width, scaled so the longer side is 20 pixels "
            "(dashed box), moved so the centre of mass sits in the middle (cross): how MNIST's "
            "digits were made.",
            objectName="recipeText")
        self.recipeText.setWordWrap(True)
        self.recipeText.setStyleSheet(f"color: {theme.MUTED};")
        self.recipeText.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        sees = QGroupBox("What the network sees")
        sees_grid = QGridLayout(sees)
        sees_grid.setHorizontalSpacing(14)
        sees_grid.addLayout(prepared, 0, 0, Qt.AlignmentFlag.AlignTop)
        sees_grid.addWidget(self.naivePanel, 0, 1, Qt.AlignmentFlag.AlignTop)
        sees_grid.addWidget(self.recipeText, 1, 0, 1, 2)
        sees_grid.addWidget(self.naiveToggle, 2, 0, 1, 2)
        sees_grid.setColumnStretch(0, 1)
        sees_grid.setColumnStretch(1, 1)
        sees_grid.setRowStretch(3, 1)

        self.insideBox = inside = QGroupBox("Inside the network", objectName="insideBox")
        inside_layout = QVBoxLayout(inside)
        inside_layout.setContentsMargins(6, 6, 6, 6)
        self.activationMaps = ActivationMaps()
        self.activationMaps.setToolTip("Each cell is one hidden unit; brighter means a larger activation.")
        inside_layout.addWidget(self.activationMaps)

        lower = QHBoxLayout()
        lower.setSpacing(10)
        lower.addWidget(sees, 2)
        lower.addWidget(inside, 1)
        inside.setMinimumWidth(180)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(answer)
        right.addWidget(self.bars, 1)
        right.addLayout(lower, 0)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setStyleSheet(f"color: {theme.DIVIDER};")
        root = QHBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 8)
        root.setSpacing(14)
        root.addLayout(left, 1)
        root.addWidget(line)
        root.addLayout(right, 1)
        self._on_brush_value_changed(self.brushSlider.value())

    def _tool_button(self, text, name, tip, slot) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumWidth(52)
        button.clicked.connect(slot)
        return button

    # public -------------------------------------------------------------------------

    def probabilities(self) -> np.ndarray | None:
        """The current (10,) class probabilities, or None when the canvas is empty."""
        return None if self._probabilities is None else self._probabilities.copy()

    def naive_probabilities(self) -> np.ndarray | None:
        return None if self._naive_probabilities is None else self._naive_probabilities.copy()

    def input_image(self) -> np.ndarray | None:
        """The (28, 28) uint8 image the network was last given, or None."""
        return None if self._input28 is None else self._input28.copy()

    def undo(self) -> None:
        self.canvas.undo()

    def redo(self) -> None:
        self.canvas.redo()

    def clear(self) -> None:
        self.canvas.clear()

    def refresh(self) -> None:
        """Read the canvas, run the network once, update every view."""
        self._throttle.stop()
        pixels = self.canvas.image_array()
        x28 = network_input(self.canvas.strokes(), pixels)
        naive = preprocess.naive_downscale(pixels) if self.naiveToggle.isChecked() else None
        self._input28, self._naive28 = x28, naive
        if x28 is None:
            self._probabilities = self._naive_probabilities = None
            self._show(None, None, None)
        else:
            rows = [x28.reshape(784)] + ([naive.reshape(784)] if naive is not None else [])
            result = self.state.network.forward(np.stack(rows), input_scale=PIXEL_SCALE)
            probs = result.probabilities.astype(np.float64)
            self._probabilities = probs[0]
            self._naive_probabilities = probs[1] if naive is not None else None
            self._show(self._probabilities, [h[0] for h in result.hidden], self._naive_probabilities)
        self._last_refresh = time.perf_counter()
        self.state.set_drawing(x28, pixels)

    def _show(self, probs, hidden, naive_probs) -> None:
        self.bars.set_probabilities(probs)
        self.networkInput.set_pixels(self._input28)
        self.activationMaps.set_activations(hidden)
        if (probs is None) != self._showing_empty:  # restyle only when the state flips
            self._showing_empty = probs is None
            colour = theme.MUTED if probs is None else theme.ACCENT
            self.predictionLabel.setStyleSheet(f"color: {colour};")
        if probs is None:
            self.predictionLabel.setText("Draw a digit")
            self.predictionDetail.setText("Left button draws, right or Eraser (E) erases; or drop a picture.")
        else:
            order = np.argsort(probs)[::-1]
            first, second = int(order[0]), int(order[1])
            if probs[first] >= UNSURE_BELOW:
                self.predictionLabel.setText(f"{first}  {probability_text(probs[first])}")
                if probs[second] >= 0.005:
                    self.predictionDetail.setText(f"The network reads a {first}; next best {second} "
                                                  f"({probability_text(probs[second])}).")
                else:
                    self.predictionDetail.setText(f"The network reads a {first}; nothing else comes close.")
            else:
                self.predictionLabel.setText(f"{first} or {second}?")
                self.predictionDetail.setText(f"Not sure: {first} ({probability_text(probs[first])}) or "
                                              f"{second} ({probability_text(probs[second])}).")
        if self.naiveToggle.isChecked():
            answer = None if probs is None else int(np.argmax(probs))
            self.naivePanel.show_reading(self._naive28, naive_probs, answer)

    # pictures ------------------------------------------------------------------------

    def open_image(self, path: str) -> bool:
        """Put a picture file on the canvas (any size; dark ink on light is inverted) and read it."""
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and size.width() * size.height() > max_image_pixels():
            self.messageRequested.emit("warning", "The picture is too large",
                                       f"{Path(path).name} is {size.width():,} x {size.height():,} "
                                       f"pixels; the largest picture digitpad opens has "
                                       f"{max_image_pixels() / 1e6:.0f} megapixels (for example "
                                       f"{largest_square():,} x {largest_square():,}).")
            return False
        if size.isValid() and max(size.width(), size.height()) > MAX_IMAGE_SIDE:
            reader.setScaledSize(size.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE,
                                             Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            self.messageRequested.emit("warning", "Cannot open the picture",
                                       f"{Path(path).name} could not be read as an image: "
                                       f"{reader.errorString()}.")
            return False
        if self.open_qimage(image, Path(path).name):
            return True
        return False

    def open_qimage(self, image: QImage, name: str = "the dropped picture") -> bool:
        if image.isNull():
            self.messageRequested.emit("warning", "Cannot use the picture",
                                       f"{name} holds no image data: the program it came from "
                                       "sent an empty picture. Try saving it as a file and dropping "
                                       "the file instead.")
            return False
        if max(image.width(), image.height()) > MAX_IMAGE_SIDE:
            image = image.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        pixels = qimage_to_array(image)
        try:
            ink = preprocess.normalize_image(pixels)
        except ValueError as exc:
            self.messageRequested.emit("warning", "Cannot use the picture", f"{name}: {exc}")
            return False
        if ink.max() < preprocess.EMPTY_LEVEL:
            self.messageRequested.emit("warning", "Nothing to read",
                                       f"{name} looks blank: no ink stands out from its background.")
            return False
        self.canvas.load_array(ink)
        self.refresh()
        probs = self._probabilities
        if probs is not None:
            top = int(np.argmax(probs))
            reading = probability_text(probs[top])
            self.statusMessage.emit(f"Opened {name}: the network reads a {top} ({reading}). "
                                    "Keep drawing on it, or Ctrl+Z to undo.", 8000)
        return True

    # My digits ------------------------------------------------------------------------

    def save_digit(self, label: int) -> bool:
        """Keep the current drawing, prepared like MNIST, with its true label; then clear."""
        if self.canvas.is_empty():
            self.statusMessage.emit("Nothing to save: draw a digit first.", 4000)
            return False
        pixels = self.canvas.image_array()
        x28 = network_input(self.canvas.strokes(), pixels)
        raw = preprocess.naive_downscale(pixels)
        try:
            try:
                count = self.store.add(x28, int(label), raw28=raw)
            except UnreadableStore:  # damaged since it was last read: set it aside, start afresh
                self._check_store()
                if self._store_count is None:
                    return False
                count = self.store.add(x28, int(label), raw28=raw)
        except (MyDigitsError, OSError) as exc:
            self.messageRequested.emit("error", "Could not save the digit", str(exc))
            return False
        self._store_count = count
        self._watch_store()
        self._update_count()
        read = ""
        if self._probabilities is not None:
            top = int(np.argmax(self._probabilities))
            read = " (the network read it right)" if top == label else f" (the network read a {top})"
        self.statusMessage.emit(f"Saved as a {label}{read}; {count} in My digits. "
                                "The canvas was cleared: Ctrl+Z brings the drawing back.", 6000)
        self.canvas.clear()
        self.digitSaved.emit(int(label), count)
        return True

    def _check_store(self) -> None:
        """Count the saved digits; an unreadable store is moved aside and reported once."""
        try:
            self._store_count = self.store.count
            self._store_problem = None
        except MyDigitsError as exc:
            try:
                aside = self.store.set_aside()
            except (MyDigitsError, OSError) as move_error:
                self._store_count = None
                reason = getattr(move_error, "strerror", None) or str(move_error)
                self._report_store_problem(
                    f"{exc}\n\nIt could not be moved aside either ({reason}), "
                    "so saving is off until the file is fixed or removed.")
                self._update_count()
                return
            if aside is None:  # another copy of the app has already started afresh
                self._check_store()
                return
            self._store_count = 0
            self._report_store_problem(f"{exc}\n\nIt was kept as {aside.name}; "
                                       "new digits will be saved in a fresh file beside it.")
        self._watch_store()
        self._update_count()

    def _report_store_problem(self, text: str) -> None:
        if text != self._store_problem:
            self._store_problem = text
            self.messageRequested.emit("warning", "My digits could not be read", text)

    def _watch_store(self) -> None:
        """Watch the store's folder; until it exists, the nearest folder above it that does, so
        that the first digit another copy of the app saves (making the folder) is seen too."""
        folder = self.store.file.parent
        while not folder.is_dir() and folder.parent != folder:
            folder = folder.parent
        if str(folder) not in self._store_watcher.directories():
            self._store_watcher.addPath(str(folder))

    def _on_store_folder_changed(self, _folder: str) -> None:
        """Another copy of the app (or this one) saved: show the count on disk."""
        if self.store.stamp() != self._shown_store_stamp:
            self._check_store()

    def _update_count(self) -> None:
        self._shown_store_stamp = self.store.stamp()
        n = self._store_count
        if n is None:
            self.myDigitsCount.setText("My digits: unavailable")
        else:
            self.myDigitsCount.setText(f"My digits: {n} saved  \u00b7  the keys 0-9 save the drawing too")
            self.myDigitsCount.setToolTip(f"Kept in {self.store.file}")
        for button in self.saveButtons:
            button.setEnabled(n is not None)
            button.setToolTip(f"Save the drawing as a {button.text()} (key {button.text()})")

    # slots -----------------------------------------------------------------------------

    def _on_canvas_changed(self) -> None:
        if self._throttle.isActive():
            return  # an update is already due at the end of this frame
        wait = self._min_interval - (time.perf_counter() - self._last_refresh)
        if wait <= 0:
            self.refresh()
        else:
            self._throttle.start(max(1, int(wait * 1000)))

    def _on_canvas_history_changed(self) -> None:
        """A stroke ended, or undo, redo, clear, a picture: show the result at once."""
        self.undoButton.setEnabled(self.canvas.can_undo)
        self.redoButton.setEnabled(self.canvas.can_redo)
        self.refresh()

    def _on_brush_value_changed(self, value: int) -> None:
        self.canvas.set_brush_width(value)
        self.brushLabel.setText(f"{value} px")

    def _on_naive_toggled(self, on: bool) -> None:
        self.naivePanel.setVisible(on)
        self.recipeText.setVisible(not on)
        self.refresh()

    def _on_drawing_requested(self) -> None:
        """Put the digit asked for on the canvas, read it, and say what the network reads."""
        image = self.state.take_requested_drawing()
        if image is None:
            return
        self.canvas.load_array(image)
        self.refresh()
        probs = self.probabilities()
        if probs is not None:
            top = int(np.argmax(probs))
            self.statusMessage.emit(f"The sample is on the canvas: the network reads a {top} "
                                    f"({probability_text(probs[top])}). Draw on it to see what changes.", 8000)

    def _on_model_changed(self, model) -> None:
        net = model.network
        self.activationMaps.set_architecture(net.sizes[1:-1], net.activations)
        kinds = ", ".join(sorted({activation_title(name) for name in net.activations}))
        self.insideBox.setTitle(f"Inside the network ({kinds})" if kinds else "Inside the network")
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        screen = self.screen()
        rate = screen.refreshRate() if screen is not None else 60.0
        self._min_interval = FRAME_SLACK / (rate if 20.0 <= rate <= 500.0 else 60.0)

    # settings -------------------------------------------------------------------------

    def restore_settings(self, settings: QSettings) -> list[str]:
        """Apply the saved brush and comparison; returns the keys whose values were refused."""
        saved = SettingsReader(settings)
        self.brushSlider.setValue(round(saved.number("brush", DEFAULT_BRUSH, MIN_BRUSH, MAX_BRUSH)))
        self.naiveToggle.setChecked(saved.flag("compareNaive", False))
        return saved.rejected

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("brush", float(self.brushSlider.value()))
        settings.setValue("compareNaive", self.naiveToggle.isChecked())


def max_image_pixels() -> int:
    """The most pixels a picture may have: what Qt's image reader will allocate, at 4 bytes a pixel."""
    megabytes = QImageReader.allocationLimit() or 256   # 0 means no limit: keep Qt's default one
    return megabytes * 2 ** 20 // 4


def largest_square() -> int:
    return math.isqrt(max_image_pixels())


def qimage_to_array(image: QImage) -> np.ndarray:
    """A QImage as (h, w, 4) uint8 RGBA (a copy)."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    h, w = rgba.height(), rgba.width()
    rows = np.frombuffer(rgba.constBits(), np.uint8).reshape(h, rgba.bytesPerLine())
    return rows[:, :w * 4].reshape(h, w, 4).copy()
