"""Which labelled set the Test set tab shows, read in the background: MNIST's test or training set, or My digits.

``DataLoader`` finds MNIST where the app state says it lives (or in a folder
the user chose, which the state then remembers for every tab), reads it on
the tab's data runner and says what happened: ``loaded(data)``,
``missing(problem, found)`` when MNIST is not here or cannot be used, and the words
for the source row in ``statusChanged``. It holds no widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...data.errors import MnistNotFound, found_but_unreadable
from ...data.mydigits import MyDigits
from ..i18n import translate
from ..model_state import ModelState
from ..workers import JobRunner, user_words
from .jobs import SOURCES, DataSet, load_job


class DataLoader(QObject):
    """The set to evaluate and where it came from; one load at a time on ``runner``."""

    loading = Signal(str)                 # what is being read, in words: a run must stop
    loaded = Signal(object)               # the DataSet now shown, or None (My digits unreadable)
    failed = Signal()                     # a load ended without new data (what it means follows)
    missing = Signal(object, bool)        # MNIST cannot be used here: the problem, or None if simply absent;
                                          # whether its files are there but cannot be read
    sourceChanged = Signal(str)           # the loader changed the source itself (a folder of MNIST came)
    statusChanged = Signal(str)           # words on the set: how many, from where
    statusMessage = Signal(str, int)
    messageRequested = Signal(str, str, str)

    def __init__(self, state: ModelState, store: MyDigits, runner: JobRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.store = store
        self.runner = runner
        self.source = "test"
        self.data: DataSet | None = None
        self.started = False
        self._store_stamp = None

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def start(self) -> None:
        """Load the source (once: after this, a change of source loads itself)."""
        if not self.started:
            self.started = True
            self.load()

    def switch(self, source: str) -> None:
        """Read ``source`` from now on: loaded at once if the tab has started, else when it starts."""
        self.source = source
        if self.started:
            self.load()

    def show(self, source: str) -> None:
        """Load ``source`` now, unless it is the set already loaded."""
        if not self.started or self.data is None or self.data.source != source:
            self.source = source
            self.started = True
            self.load()

    def load(self, mnist_path: str | None = None, chosen: bool = False) -> None:
        """Load the current source (MNIST from ``mnist_path`` if given, else from the app's MNIST location)."""
        path = mnist_path if mnist_path is not None else self.state.mnist_path
        source = self.source
        words = self.tr("Loading the {0}...").format(translate("testset", dict(SOURCES)[source]))
        self.loading.emit(words)
        self.statusChanged.emit(words)
        self.runner.start(load_job, source, path, str(self.store.file),
                          returned=lambda data: self._on_load_returned(data, path, chosen),
                          errored=lambda exc: self._on_load_errored(exc, path, chosen))

    def use_mnist(self, folder: str) -> None:
        """Load MNIST from ``folder``, which the user chose (or a download filled)."""
        if self.source == "mydigits":     # My digits has no folder: the test set is meant
            self.source = "test"
            self.sourceChanged.emit("test")
        self.load(folder, chosen=True)

    def reload_if_changed(self) -> None:
        """Digits saved (in the Draw tab, say) since My digits was loaded: load it again."""
        if (self.started and self.source == "mydigits" and not self.runner.is_busy()
                and self.store.stamp() != self._store_stamp):
            self.store = MyDigits(self.store.file)
            self.load()

    def status_text(self, data: DataSet | None) -> str:
        if data is None:
            return ""
        if data.source == "mydigits":
            if data.n == 0:
                return self.tr("No digits saved yet: draw some in the Draw tab and save them with their labels")
            return self.tr("{0} of your digits, from {1}").format(f"{data.n:,}", data.where_text())
        return self.tr("{0} images from {1}").format(f"{data.n:,}", data.where_text())

    def _set(self, data: DataSet | None) -> None:
        self.data = data
        if data is not None and data.source == "mydigits":
            self._store_stamp = self.store.stamp()
        self.loaded.emit(data)
        self.statusChanged.emit(self.status_text(data))

    def _missing(self, problem: str | None, found: bool = False) -> None:
        self.data = None
        self.missing.emit(problem, found)
        self.statusChanged.emit(self.tr("MNIST was not found") if problem is None
                                else self.tr("MNIST could not be used"))

    def _on_load_returned(self, data: DataSet, path: str | None, chosen: bool) -> None:
        if data.source != "mydigits" and path is not None:
            self.state.set_mnist_path(path)   # it worked: every tab uses it from now on
        self._set(data)
        if chosen:
            self.statusMessage.emit(self.tr("Using MNIST from {0}").format(path), 6000)

    def _on_load_errored(self, exc: BaseException, path: str | None, chosen: bool) -> None:
        self.failed.emit()
        source = self.source
        found = found_but_unreadable(exc)
        if isinstance(exc, MnistNotFound) and not chosen:
            if exc.unusable:     # the sentence of ``exc.headline``, in the window's language
                self._missing(self.tr("MNIST was found but cannot be used: {0}").format("; ".join(exc.unusable)),
                              found)
            else:
                self._missing(None)
                self.statusChanged.emit(self.tr("MNIST was not found on this computer"))
            return
        text = user_words(exc)
        if chosen:
            message = self.tr("That folder cannot be used as MNIST.\n\n{0}").format(text)
            self.messageRequested.emit("warning", self.tr("Not a usable copy of MNIST"), message)
            if self.data is not None and self.data.source == source:
                self.statusChanged.emit(self.status_text(self.data))
            else:
                self._missing(text, found)
        elif source == "mydigits":
            self._set(None)
            self.statusChanged.emit(self.tr("My digits could not be read"))
            self.messageRequested.emit("warning", self.tr("My digits could not be read"), text)
        elif path is not None and path == self.state.mnist_path:
            # the remembered folder went bad: forget it and look in the usual places
            self.state.set_mnist_path(None)
            self.statusMessage.emit(self.tr("The MNIST folder used last time cannot be used ({0}); "
                                            "looking elsewhere").format(text), 8000)
            self.load()
        else:
            self._missing(text, found)

