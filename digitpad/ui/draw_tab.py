"""The Draw tab: draw a digit and watch the network read it, live.

Left: the canvas and its tools (brush, eraser, undo, redo, clear) and the row that
saves the drawing into My digits with its true label. Right: the answer,
the ten probabilities, the 28x28 image the network is actually given (and,
on request, the naive whole-canvas downscale beside it with its own
answer), and the two hidden layers lighting up.

Updates are coalesced to the screen's refresh rate while a stroke is being
drawn (a change is shown at once if the last update is most of a frame old;
changes that come sooner are merged into one update when that time is up),
and always begun at once when a stroke ends. A read of a long drawing that
must be drawn anew goes on a slice at a time (``CanvasReader``); changes made
meanwhile are read when it is shown.
"""

from __future__ import annotations

import time
from collections import deque

import numpy as np
from PySide6.QtCore import QFileSystemWatcher, QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from .. import teach
from ..data import preprocess
from ..data.mydigits import MyDigits, MyDigitsError, UnreadableStore
from ..nn.activations import title as activation_title
from ..nn.network import PIXEL_SCALE
from . import draw_layout
from .canvas import DEFAULT_BRUSH, MAX_BRUSH, MIN_BRUSH
from .canvas_reader import PICTURE, TOO_SMALL, CanvasReader
from .model_state import ModelState
from .picture_opener import PictureOpener
from .settings import SettingsReader
from .tab import AppTab
from .units import probability_text
from .workers import user_words

__all__ = ["DrawTab"]

# Live updates are at most one per screen frame; a pointer reporting at the frame rate
# arrives with some jitter, so an update is allowed after 3/4 of a frame.
FRAME_SLACK = 0.75
SAVED_REMEMBERED = 32       # the latest labelled drawings, never kept as read right if brought back


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
        self._too_small = False     # the last read was of strokes too small to be a digit
        self._last_refresh = 0.0
        self._moved_on: tuple[np.ndarray, int] | None = None  # cleared, read right: (28x28, answer)
        self._saved_inputs: deque[bytes] = deque(maxlen=SAVED_REMEMBERED)  # labelled: never read right
        self.pictures = PictureOpener(self)  # a large picture is read off the window's thread
        self.pictures.inkReady.connect(self._put_picture)
        self.pictures.messageRequested.connect(self.messageRequested)
        self.pictures.statusMessage.connect(self.statusMessage)

        draw_layout.build(self)
        self._min_interval = FRAME_SLACK / 60
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setTimerType(Qt.TimerType.PreciseTimer)
        self._throttle.timeout.connect(self.refresh)
        self.reader = CanvasReader(self.canvas, self)
        self.reader.read.connect(self._on_reader_read)

        self.setFocusProxy(self.canvas)   # shown, the tab hands the keyboard to the canvas
        self.canvas.changed.connect(self._on_canvas_changed)
        self.canvas.historyChanged.connect(self._on_canvas_history_changed)
        self.canvas.digitKeyPressed.connect(self.save_digit)
        self.canvas.strokeStarted.connect(self.send_read_right)
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
        """Wipe the canvas. A drawing of the user's own strokes that the network read is
        then taken as read right once the next one is begun (``readRight``), unless the
        clear is undone first: the user moved on instead of correcting it. One still
        being read (a long one read anew) is not waited for, nor taken."""
        if self.canvas.is_empty():  # a second Clear: the one before still stands
            self.canvas.clear()
            return
        strokes = self.canvas.strokes()
        probabilities, x28 = self._probabilities, self._input28
        answer = (teach.is_read_right(probabilities, x28)
                  if probabilities is not None and x28 is not None else None)
        read = not self.reader.busy()
        self.canvas.clear()
        saved = x28 is not None and x28.tobytes() in self._saved_inputs  # brought back by undo
        self._moved_on = (None if not strokes or answer is None or x28 is None or saved or not read
                          else (x28.copy(), answer))

    def forget_read_right(self) -> None:
        self._moved_on = None

    def send_read_right(self) -> None:
        if self._moved_on is not None:
            x28, answer = self._moved_on
            self._moved_on = None
            self.readRight.emit(x28, answer)

    def refresh(self) -> None:
        """Read the canvas, run the network once, update every view: at once, or for a long
        drawing that must be drawn anew, when its read is done."""
        self._throttle.stop()
        self.reader.start()

    def is_reading(self) -> bool:
        """Whether a change to the drawing is still to be shown: a read under way, or one due."""
        return self.reader.busy() or self._throttle.isActive()

    def settle(self) -> None:
        """Read the canvas as it is now and update every view before returning, however long it takes."""
        self._throttle.stop()
        self.reader.start(at_once=True)

    def _on_reader_read(self, x28, pixels, kind: str) -> None:
        draw_layout.show_recipe(self, kind == PICTURE)
        self._too_small = kind == TOO_SMALL   # read like an empty canvas, and said so
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
        if self.reader.changed_since():
            self._on_canvas_changed()

    def _show(self, probs, hidden, naive_probs) -> None:
        self.bars.set_probabilities(probs)
        self.networkInput.set_pixels(self._input28)
        self.activationMaps.set_activations(hidden)
        # the first moments of a first stroke are a dot too: no telling-off until it is let go
        draw_layout.show_answer(self, probs, self._too_small and not self.canvas.is_drawing())
        if self.naiveToggle.isChecked():
            answer = None if probs is None else int(np.argmax(probs))
            self.naivePanel.show_reading(self._naive28, naive_probs, answer)

    # pictures ------------------------------------------------------------------------

    def open_image(self, path: str) -> bool:
        """Put a picture file on the canvas and read it (``PictureOpener.open_file``: a large
        one is read in the background, and True then means it is being read)."""
        return self.pictures.open_file(path)

    def open_qimage(self, image: QImage, name: str | None = None) -> bool:
        return self.pictures.open_qimage(image, name)

    def _put_picture(self, ink, name: str) -> None:
        self.canvas.load_array(ink)
        self.refresh()
        probs = self._probabilities
        if probs is not None:
            top = int(np.argmax(probs))
            reading = probability_text(probs[top])
            self.statusMessage.emit(self.tr("Opened {0}: the network reads a {1} ({2}). "
                                            "Keep drawing on it, or Ctrl+Z to undo.").format(name, top, reading), 8000)

    def shutdown(self, timeout: float = 5.0) -> bool:
        return self.pictures.shutdown(timeout)

    # My digits ------------------------------------------------------------------------

    def save_digit(self, label: int) -> bool:
        """Keep the current drawing, prepared like MNIST, with its true label; then clear."""
        if self.canvas.is_empty():
            self.statusMessage.emit(self.tr("Nothing to save: draw a digit first."), 4000)
            return False
        if self.is_reading():   # else the last read is of this drawing: no need to show it again
            self.settle()
        if self._too_small:
            self.statusMessage.emit(self.tr("Not saved: the drawing is too small to be a digit. "
                                            "Draw it bigger."), 5000)
            return False
        pixels, x28 = self.canvas.image_array(), self._input28
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
            self.messageRequested.emit("error", self.tr("Could not save the digit"), user_words(exc))
            return False
        self._store_count = count
        if x28 is not None:
            self._saved_inputs.append(x28.tobytes())
        self._watch_store()
        self._update_count()
        if self._probabilities is None:
            saved = self.tr("Saved as a {0}; {1} in My digits. "
                            "The canvas was cleared: Ctrl+Z brings the drawing back.").format(label, count)
        elif int(np.argmax(self._probabilities)) == label:
            saved = self.tr("Saved as a {0} (the network read it right); {1} in My digits. "
                            "The canvas was cleared: Ctrl+Z brings the drawing back.").format(label, count)
        else:
            saved = self.tr("Saved as a {0} (the network read a {1}); {2} in My digits. "
                            "The canvas was cleared: Ctrl+Z brings the drawing back.").format(
                label, int(np.argmax(self._probabilities)), count)
        self.statusMessage.emit(saved, 6000)
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
                    self.tr("{0}\n\nIt could not be moved aside either ({1}), "
                            "so saving is off until the file is fixed or removed.").format(exc, reason))
                self._update_count()
                return
            if aside is None:  # another copy of the app has already started afresh
                self._check_store()
                return
            self._store_count = 0
            self._report_store_problem(self.tr("{0}\n\nIt was kept as {1}; "
                                               "new digits will be saved in a fresh file beside it.").format(
                exc, aside.name))
        self._watch_store()
        self._update_count()

    def _report_store_problem(self, text: str) -> None:
        if text != self._store_problem:
            self._store_problem = text
            self.messageRequested.emit("warning", self.tr("My digits could not be read"), text)

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
            self.myDigitsCount.setText(self.tr("My digits: unavailable"))
        else:
            self.myDigitsCount.setText(self.tr("My digits: {0} saved  \u00b7  the keys 0-9 save the drawing too")
                                       .format(n))
            self.myDigitsCount.setToolTip(self.tr("Kept in {0}").format(self.store.file))
        for button in self.saveButtons:
            button.setEnabled(n is not None)
            button.setToolTip(self.tr("Save the drawing as a {0} (key {0})").format(button.text()))

    # slots -----------------------------------------------------------------------------

    def _on_canvas_changed(self) -> None:
        if self.reader.busy():
            self.reader.note_change()
            return  # read once the read under way is shown
        if self._throttle.isActive():
            return  # an update is already due at the end of this frame
        wait = self._min_interval - (time.perf_counter() - self._last_refresh)
        if wait <= 0:
            self.refresh()
        else:
            self._throttle.start(max(1, int(wait * 1000)))

    def _on_canvas_history_changed(self) -> None:
        """A stroke ended, or undo, redo, clear, a picture: show the result at once."""
        if self._moved_on is not None and not self.canvas.is_empty():
            self._moved_on = None  # the clear was undone (or a picture came): not moved on
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
        self.pictures.cancel()  # a picture still being read would come over it
        self.canvas.load_array(image)
        self.refresh()
        probs = self.probabilities()
        if probs is not None:
            top = int(np.argmax(probs))
            self.statusMessage.emit(self.tr("The sample is on the canvas: the network reads a {0} ({1}). "
                                            "Draw on it to see what changes.").format(
                top, probability_text(probs[top])), 8000)

    def _on_model_changed(self, model) -> None:
        net = model.network
        self.activationMaps.set_architecture(net.sizes[1:-1], net.activations)
        kinds = ", ".join(sorted({activation_title(name) for name in net.activations}))
        self.insideBox.setTitle(self.tr("Inside the network ({0})").format(kinds) if kinds
                                else self.tr("Inside the network"))
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
