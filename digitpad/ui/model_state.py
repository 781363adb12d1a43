"""The one active model of the app, shared by every tab.

Every view that shows a prediction listens to ``modelChanged`` and reads
``state.model`` (a ``digitpad.models.Model``: network, name, source, card).
Switching models is therefore one assignment, and every tab follows at once.
Loading a file that is not usable raises ``WeightsError`` and leaves the
current model as it was; the window turns that into a message.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Signal

from .. import models
from ..models import Model, check_digit_network
from ..nn.network import Network, WeightsError


class ModelState(QObject):
    """Holds the active ``Model`` and announces every change of it."""

    modelChanged = Signal(object)  # the new Model

    def __init__(self, model: Model | None = None, parent: QObject | None = None):
        super().__init__(parent)
        if model is not None:
            check_digit_network(model)
        self._model = model if model is not None else untrained_model()
        self.notice: str | None = None  # why the startup model is not the shipped one, if it is not

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

    @classmethod
    def startup(cls, parent: QObject | None = None) -> "ModelState":
        """The shipped weights if present, else the book's, else an untrained network, with a notice."""
        try:
            return cls(models.load_shipped(), parent)
        except WeightsError as exc:
            shipped_problem = str(exc)
        try:
            state = cls(models.load_book(), parent)
            state.notice = (f"The shipped weights could not be loaded ({shipped_problem}). "
                            "Using the book's sample weights instead.")
            return state
        except WeightsError as exc:
            book_problem = str(exc)
        state = cls(untrained_model(), parent)
        state.notice = (f"No trained weights were found: {shipped_problem}; {book_problem}. "
                        "The network has random weights, so its guesses mean nothing yet: "
                        "use File > Open weights... or import the book's sample_weight.pkl.")
        return state


def untrained_model() -> Model:
    """A 784-50-100-10 sigmoid network with random weights, honest about it."""
    net = Network.random([784, 50, 100, 10], "sigmoid", seed=0)
    return Model(net, "untrained (random weights)", "random",
                 {"architecture": [784, 50, 100, 10], "activation": "sigmoid",
                  "note": "random weights: no training yet"})
