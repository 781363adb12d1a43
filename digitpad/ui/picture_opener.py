"""Pictures put on the Draw tab's canvas: a file or dropped image data, read, checked and made
into the canvas's white-on-black ink.

A picture of more than ``READ_AT_ONCE_PIXELS`` is read on a pool thread (a
QImage may be made anywhere; no widget is touched there), with "Opening ..." in
the status bar until it is read or given up. The last picture asked for is the
one that reaches the canvas: another, or anything else the canvas is given
meanwhile (``cancel``), drops a read under way. Every problem (too large,
empty, unreadable, blank) is one message, and the canvas is left as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo, QObject, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from ..data import preprocess
from .pictures import MAX_IMAGE_SIDE, largest_square, max_image_pixels, qimage_to_array
from .workers import JobRunner

READ_AT_ONCE_PIXELS = 2_000_000
"""A picture of at most this many pixels is read on the window's thread (tens of milliseconds); a
larger one in the background. Measured: an 8000 x 8000 PNG took 1.0 s to read (2.3 s on a busy
machine), a 4000 x 3000 one 0.34 s, a 4000 x 3000 JPEG 0.06 s (read at a scale)."""
_EMPTY_FILE = "empty"


class PictureOpener(QObject):
    """Reads pictures for the canvas: ``inkReady(ink, name)`` once one is ready, with ``ink`` the
    (h, w) uint8 white-on-black picture and ``name`` what to call it."""

    inkReady = Signal(object, str)
    messageRequested = Signal(str, str, str)  # level, title, text
    statusMessage = Signal(str, int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = JobRunner(self)
        self._opening = False  # "Opening ..." is in the status bar

    def is_busy(self) -> bool:
        """A large picture is being read."""
        return self.runner.is_busy()

    def shutdown(self, timeout: float = 5.0) -> bool:
        return self.runner.shutdown(timeout)

    def cancel(self) -> None:
        """Give up a picture being read: something else goes on the canvas."""
        self.runner.cancel()
        self._opened()

    def _opened(self) -> None:
        """A read in the background is over: its "Opening ..." goes (no other message does)."""
        if self._opening:
            self._opening = False
            self.statusMessage.emit("", 0)

    def open_file(self, path: str) -> bool:
        """Read the picture in ``path`` (any size; dark ink on light is inverted): False if it was
        refused (and said why); True if it is ready, or, for a large one, being read.
        (One whose header does not say its size is read at once: Qt could not make sense of
        its start.)"""
        name = Path(path).name
        size = QImageReader(str(path)).size()
        if size.isValid() and size.width() * size.height() > max_image_pixels():
            self.messageRequested.emit(
                "warning", self.tr("The picture is too large"),
                self.tr("{0} is {1} x {2} pixels; the largest picture digitpad opens has {3} megapixels "
                        "(for example {4} x {4}).").format(
                    name, f"{size.width():,}", f"{size.height():,}",
                    f"{max_image_pixels() / 1e6:.0f}", f"{largest_square():,}"))
            return False
        self.cancel()  # the last picture asked for is the one shown
        if not size.isValid() or size.width() * size.height() <= READ_AT_ONCE_PIXELS:
            image, problem = read_picture(None, str(path))
            return self._on_read(name, image, problem)
        self._opening = True
        self.statusMessage.emit(self.tr("Opening {0}...").format(name), 0)
        self.runner.start(read_picture, str(path),
                          returned=lambda read: self._on_read(name, *read),
                          errored=lambda exc: self._on_read(name, QImage(), str(exc)))
        return True

    def _on_read(self, name: str, image: QImage, problem: str) -> bool:
        self._opened()
        if image.isNull():
            if problem == _EMPTY_FILE:
                text = self.tr("{0} is empty: there is no picture in it.").format(name)
            else:
                text = self.tr("{0} could not be read as an image: {1}.").format(name, problem)
            self.messageRequested.emit("warning", self.tr("Cannot open the picture"), text)
            return False
        return self._ink_of(image, name)

    def open_qimage(self, image: QImage, name: str | None = None) -> bool:
        """Make ``image`` (dropped image data) into ink, instead of any picture being read: True
        once ``inkReady`` was emitted, False if it was refused (and said why)."""
        self.cancel()
        return self._ink_of(image, name)

    def _ink_of(self, image: QImage, name: str | None) -> bool:
        if name is None:
            name = self.tr("the dropped picture")
        if image.isNull():
            self.messageRequested.emit("warning", self.tr("Cannot use the picture"),
                                       self.tr("{0} holds no image data: the program it came from "
                                               "sent an empty picture. Try saving it as a file and dropping "
                                               "the file instead.").format(name))
            return False
        if max(image.width(), image.height()) > MAX_IMAGE_SIDE:
            image = image.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        pixels = qimage_to_array(image)
        try:
            ink = preprocess.normalize_image(pixels)
        except ValueError as exc:
            self.messageRequested.emit("warning", self.tr("Cannot use the picture"), f"{name}: {exc}")
            return False
        if ink.max() < preprocess.EMPTY_LEVEL:
            self.messageRequested.emit("warning", self.tr("Nothing to read"),
                                       self.tr("{0} looks blank: no ink stands out from its background.").format(name))
            return False
        self.inkReady.emit(ink, name)
        return True


def read_picture(job, path: str) -> tuple[QImage, str]:
    """The picture in the file at ``path`` as a QImage no larger than ``MAX_IMAGE_SIDE`` (read at
    that scale where its format allows), and "" ; or a null QImage and why it could not be read
    (``_EMPTY_FILE`` for an empty file). Safe on any thread: it touches no widget."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_IMAGE_SIDE:
        reader.setScaledSize(size.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if not image.isNull():
        return image, ""
    info = QFileInfo(path)
    if info.isFile() and info.size() == 0:  # Qt says "Unsupported image format" of it
        return image, _EMPTY_FILE
    return image, reader.errorString()
