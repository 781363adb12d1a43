"""The canvas's drawing read for the network, as the Draw tab needs it after every move.

Strokes are read by ``data.live_input.LiveInput``: a move costs what it added,
however long the stroke. A read that must draw the whole drawing again (a
stroke reaching past everything drawn so far, an undo) costs as much as the
drawing is long; past ``READ_SLICE`` of work it goes on a slice at a time, each
time the event loop is free, so the canvas keeps drawing and the window keeps
answering, and its result is shown when it is done. A drawing with a picture
in it is read from the canvas's pixels (``preprocess.mnist_style``) at once. Strokes
too small to be a digit (``strokes.too_small``: a click, a dot) read as nothing; the
read knows it from the extents it keeps, so a move still costs only what it added.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QTimer, Signal

from ..data.live_input import LiveInput
from ..data.preprocess import mnist_style
from ..data.strokes import LEAST_SPAN

STROKES, PICTURE, TOO_SMALL = "strokes", "picture", "too small"
"""What a read was of: the user's strokes, a picture (and anything drawn on it), or strokes too
small to read (its input is None, as an empty canvas's is)."""

READ_SLICE = 60_000
"""Pixel measurements a read makes before the window has its turn again: a few milliseconds,
and more than a digit drawn at an ordinary pace needs (the draw-latency benchmark's strokes
need 55,000 at the most), so that one is read at once."""


class CanvasReader(QObject):
    """Reads ``canvas`` when asked; ``read`` gives the (28, 28) input (None when nothing is
    drawn), the canvas's pixels as they were when the read began, and what was read
    (STROKES, PICTURE or TOO_SMALL)."""

    read = Signal(object, object, str)

    def __init__(self, canvas, parent: QObject | None = None):
        super().__init__(parent)
        self._canvas = canvas
        self._live = LiveInput(least_span=LEAST_SPAN)
        self._reading = None        # (Reading, pixels) while a long read goes on
        self._changed_since = False
        self._slices = QTimer(self)
        self._slices.setSingleShot(True)
        self._slices.setInterval(0)
        self._slices.timeout.connect(self._go_on)

    def busy(self) -> bool:
        """Whether a long read is under way."""
        return self._reading is not None

    def changed_since(self) -> bool:
        """Whether the drawing changed while the read last shown went on (it is behind)."""
        return self._changed_since

    def note_change(self) -> None:
        """The drawing changed while a read goes on: it finishes, then ``changed_since()``."""
        self._changed_since = True

    def start(self, at_once: bool = False) -> None:
        """Read the drawing as it is now, instead of any read under way: done here if it is short
        (or ``at_once``), else a slice at a time; ``read`` is emitted when it is done."""
        self._slices.stop()
        self._changed_since = False
        pixels = self._canvas.image_array()
        strokes = self._canvas.strokes()
        if strokes is None:  # a picture is part of the drawing
            self._reading = None
            self.read.emit(mnist_style(pixels), pixels, PICTURE)
            return
        self._reading = (self._live.reading(strokes), pixels)
        self._go_on(math.inf if at_once else READ_SLICE)

    def _go_on(self, work: float = READ_SLICE) -> None:
        if self._reading is None:
            return
        reading, pixels = self._reading
        try:
            done = reading.advance(work)
        except BaseException:
            self._reading = None  # the next change is read afresh
            raise
        if not done:
            self._slices.start()
            return
        self._reading = None
        self.read.emit(reading.result, pixels, TOO_SMALL if reading.too_small else STROKES)
