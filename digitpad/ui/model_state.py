"""The app's state, shared by every tab: the active model, where MNIST lives, the current drawing.

Tabs read and write this state and never look inside one another; each part
announces its changes with a signal:

- ``model`` (a ``digitpad.models.Model``: network, name, source, card), with
  ``modelChanged``. Every view that shows a prediction listens to it, so
  switching models is one assignment and every tab follows at once. Loading a
  file that is not usable raises ``WeightsError`` and leaves the current model
  as it was; the window turns that into a message.
- ``mnist_path``, the MNIST folder (or mnist.npz) the user chose or downloaded
  into and that loaded, or None to look in the usual places; with
  ``mnistPathChanged``. The window keeps it in the settings.
- ``drawing``, the Draw tab's latest reading: the (28, 28) uint8 image the
  network is given and the raw canvas image, with ``drawingChanged``.
  ``request_drawing`` asks for a digit to be put on the canvas (a test-set
  sample, a saved drawing); the Draw tab takes it with ``take_requested_drawing``.
"""

from __future__ import annotations

import os
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from .. import models, teach
from ..data.errors import DataError
from ..data.mnist import MnistLocation, find_mnist
from ..models import Model, check_digit_network
from ..nn.network import Network, WeightsError
from .i18n import translate
from .settings import SettingsReader


class Drawing(NamedTuple):
    """What the network is given from the canvas, and the canvas it came from (both read-only)."""

    input28: np.ndarray | None   # (28, 28) uint8, None when the canvas is empty
    canvas: np.ndarray | None    # the canvas pixels as drawn


NO_DRAWING = Drawing(None, None)


class AppState(QObject):
    """Holds the active ``Model``, the MNIST location and the current drawing; announces every change."""

    modelChanged = Signal(object)        # the new Model
    mnistPathChanged = Signal(object)    # the new folder (str), or None for the usual places
    drawingChanged = Signal(object)      # the new Drawing
    drawingRequested = Signal()          # a digit waits to be put on the canvas

    def __init__(self, model: Model | None = None, parent: QObject | None = None):
        super().__init__(parent)
        if model is not None:
            check_digit_network(model)
        self._model = model if model is not None else untrained_model()
        self.notice: str | None = None  # why the startup model is not the shipped one, if it is not
        self._mnist_path: str | None = None
        self._drawing = NO_DRAWING
        self._requested: np.ndarray | None = None

    @property
    def model(self) -> Model:
        return self._model

    @property
    def network(self) -> Network:
        return self._model.network

    def set_model(self, model: Model) -> None:
        if not isinstance(model, Model):
            raise TypeError(f"expected a Model, got {type(model).__name__}")
        check_digit_network(model)
        self._model = model
        self.modelChanged.emit(model)

    def load_file(self, path: str | os.PathLike) -> Model:
        """Switch to the weights in ``path`` (.npz, or the book's .pkl); WeightsError keeps the current one."""
        model = models.load_file(path)
        self.set_model(model)
        return model

    def load_book(self, path: str | os.PathLike | None = None) -> Model:
        model = models.load_book(path)
        self.set_model(model)
        return model

    def load_shipped(self) -> Model:
        model = models.load_shipped()
        self.set_model(model)
        return model

    # where MNIST lives ------------------------------------------------------------------

    @property
    def mnist_path(self) -> str | None:
        return self._mnist_path

    def set_mnist_path(self, path: str | os.PathLike | None) -> None:
        """Use MNIST from ``path`` from now on (None: the usual places); only a copy that loaded belongs here."""
        path = None if path is None or str(path) == "" else str(path)
        if path != self._mnist_path:
            self._mnist_path = path
            self.mnistPathChanged.emit(path)

    def mnist_paths(self) -> list[str | None]:
        """Where to look for MNIST, in order: the chosen folder, if any, then the usual places (None)."""
        return [self._mnist_path, None] if self._mnist_path else [None]

    # the current drawing -----------------------------------------------------------------

    @property
    def drawing(self) -> Drawing:
        return self._drawing

    def set_drawing(self, input28: np.ndarray | None, canvas: np.ndarray | None = None) -> None:
        """The Draw tab's latest reading (the arrays are kept, not copied: nobody may write to them)."""
        self._drawing = Drawing(input28, canvas)
        self.drawingChanged.emit(self._drawing)

    def request_drawing(self, image) -> None:
        """Ask for ``image`` (28x28 uint8) to be put on the canvas and read."""
        image = np.asarray(image, dtype=np.uint8)
        if image.size != 784:
            raise ValueError(f"a digit has 28x28 pixels, not {image.shape}")
        self._requested = image.reshape(28, 28).copy()
        self.drawingRequested.emit()

    def take_requested_drawing(self) -> np.ndarray | None:
        """The digit waiting for the canvas, once (None if there is none)."""
        image, self._requested = self._requested, None
        return image

    # settings --------------------------------------------------------------------------

    def restore_settings(self, settings) -> list[str]:
        """The saved MNIST location, if one was saved (a folder that has gone is found out, and
        forgotten, when used)."""
        saved = SettingsReader(settings)
        path = saved.text("mnistPath", "")
        if path:
            self.set_mnist_path(path)
        return saved.rejected

    def save_settings(self, settings) -> None:
        settings.setValue("mnistPath", self._mnist_path or "")

    @classmethod
    def startup(cls, parent: QObject | None = None) -> "AppState":
        """The shipped weights if present, else the book's, else an untrained network, with a notice."""
        try:
            return cls(models.load_shipped(), parent)
        except WeightsError as exc:
            shipped_problem = str(exc)
        try:
            state = cls(models.load_book(), parent)
            state.notice = translate("AppState", "The shipped weights could not be loaded ({0}). "
                                                 "Using the book's sample weights instead.").format(shipped_problem)
            return state
        except WeightsError as exc:
            book_problem = str(exc)
        state = cls(untrained_model(), parent)
        state.notice = translate("AppState", "No trained weights were found: {0}; {1}. "
                                             "The network has random weights, so its guesses mean nothing yet: "
                                             "use File > Open weights... or import the book's sample_weight.pkl."
                                 ).format(shipped_problem, book_problem)
        return state


def find_mnist_in(paths: list[str | None]) -> MnistLocation:
    """The first of ``paths`` (``AppState.mnist_paths()``) that holds MNIST; else the first problem.

    Runs on a pool thread: a chosen folder may be slow or gone since.
    """
    problem: DataError | None = None
    for path in paths:
        try:
            return find_mnist(path)
        except DataError as exc:
            problem = problem or exc
    raise problem if problem is not None else DataError(translate("AppState", "no place to look for MNIST"))


#: The name the app state had when it held only the model; callers and tests use both.
ModelState = AppState


#: The built-in models' names (the core names them in English), by their source.
_BUILT_IN_NAMES = {"shipped": QT_TRANSLATE_NOOP("AppState", "digitpad (shipped)"),
                   "book": QT_TRANSLATE_NOOP("AppState", "the book's sample weights")}
#: The sources that are not files, as the window names them.
_SOURCE_WORDS = {"shipped": QT_TRANSLATE_NOOP("AppState", "shipped"),
                 "book": QT_TRANSLATE_NOOP("AppState", "book"),
                 "random": QT_TRANSLATE_NOOP("AppState", "random"),
                 "trained": QT_TRANSLATE_NOOP("AppState", "trained in this window, not saved")}


def model_title(model: Model) -> str:
    """The model's name in the app's language: a built-in model's is translated, a file's is its name."""
    digits = teach.card_count(model.card, "taught_digits")
    corrections = teach.card_corrections(model.card)
    if (model.source == teach.SOURCE and digits is not None
            and model.name == teach.personal_name(digits, corrections)):
        return _PersonalName().text(digits, corrections)
    english = _BUILT_IN_NAMES.get(model.source)
    if english == model.name or model.name == _BUILT_IN_NAMES["book"]:   # the book's .pkl opened as a file too
        return translate("AppState", model.name)
    return model.name


class _PersonalName(QObject):
    """The personal model's name with its count (lupdate sees plurals only in a class's tr())."""

    def text(self, digits: int, corrections: int | None = None) -> str:
        if corrections is None or corrections == digits:
            return self.tr("digitpad, taught by you: %n correction(s)", "", digits)
        return self.tr("digitpad, taught by you: {0} ({1})").format(
            self.tr("%n digit(s)", "", digits), self.tr("%n correction(s)", "", corrections))


def source_title(source: str) -> str:
    """Where a model came from, in the app's language (a file's path as it is)."""
    return translate("AppState", _SOURCE_WORDS[source]) if source in _SOURCE_WORDS else source


def untrained_model() -> Model:
    """A 784-50-100-10 sigmoid network with random weights, honest about it."""
    net = Network.random([784, 50, 100, 10], "sigmoid", seed=0)
    return Model(net, translate("AppState", "untrained (random weights)"), "random",
                 {"architecture": [784, 50, 100, 10], "activation": "sigmoid",
                  "note": translate("AppState", "random weights: no training yet")})
