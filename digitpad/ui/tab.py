"""What a tab is to the main window: ``AppTab``, the base every tab derives from.

The window builds a tab as ``Tab(state)`` (the app's ``AppState``, which the
tab reads and writes: it never looks inside another tab), then, in this order:

1. connects its signals: ``statusMessage(text, ms)`` to the status bar,
   ``messageRequested(level, title, text)`` to a message box, and the
   requests it serves for every tab, ``digitSaved(label, count)`` and
   ``teachRequested()`` to the teacher, whose reports on a fine-tune asked
   for that way come back to ``show_lesson``;
2. calls ``restore_settings(settings)`` with a QSettings already inside the
   tab's own group (``tabs/<key>``), which returns the keys it refused;
3. calls ``start()``: the tab's first work (loading data, counting files),
   done once, with its settings in place and its signals heard;
4. when the window is asked to close: ``unsaved_work()``, what closing would
   lose (a trained network not saved, a run still training); the window asks
   the user about it first (``unsaved.py``) and may stay open;
5. when the window closes: ``save_settings(settings)``, then
   ``shutdown(timeout)``, which cancels and waits for the tab's background jobs.

A tab that edits a drawing sets ``EDITS`` and implements ``undo``/``redo``/
``clear`` (the Edit menu); one that opens pictures sets ``OPENS_IMAGES`` and
implements ``open_image(path)`` (File > Open image). Used on its own (in a
test, say), a tab is built, restored and started the same way, and closing it
calls ``shutdown``.

Below the contract, what tabs share: ``shut_down(runners, timeout)`` for a
``shutdown`` that ends several ``JobRunner``s, and for settings,
``restore_choice`` (a combo box's saved item), ``item_data``, and
``restore_splitters``/``save_splitters``.
"""

from __future__ import annotations

from typing import ClassVar, Iterable, NamedTuple

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QSplitter, QWidget

from .settings import SettingsReader
from .unsaved import Unsaved
from .workers import JobRunner


class AppTab(QWidget):
    """A page of the main window; the defaults do nothing, so a tab implements only what it has."""

    statusMessage = Signal(str, int)              # text, milliseconds (0: until replaced)
    messageRequested = Signal(str, str, str)      # level ("warning", "error", "info"), title, text
    digitSaved = Signal(int, int)                 # a drawing was labelled: label, how many are saved now
    teachRequested = Signal()                     # fine-tune the active model on My digits
    readRight = Signal(object, int)               # a drawing read right was moved on from: 28x28, answer

    EDITS: ClassVar[bool] = False
    OPENS_IMAGES: ClassVar[bool] = False

    def restore_settings(self, settings: QSettings) -> list[str]:
        """Apply the saved settings; return the keys whose values were refused."""
        return []

    def save_settings(self, settings: QSettings) -> None:
        """Write the settings worth keeping into ``settings`` (already inside the tab's group)."""

    def start(self) -> None:
        """Begin the tab's own work, once its settings are restored and its signals connected."""

    def unsaved_work(self) -> Unsaved | None:
        """What closing the window now would lose of the user's work here (None: nothing)."""
        return None

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Cancel background work and wait up to ``timeout`` seconds; False if some is still running."""
        return True

    def closeEvent(self, event) -> None:
        """Used on its own, outside the main window (a test, a benchmark), a tab still ends its jobs."""
        self.shutdown()
        super().closeEvent(event)

    def undo(self) -> None:
        """Edit > Undo (only when ``EDITS``)."""

    def redo(self) -> None:
        """Edit > Redo (only when ``EDITS``)."""

    def clear(self) -> None:
        """Edit > Clear (only when ``EDITS``)."""

    def show_lesson(self, lesson) -> None:
        """How the fine-tune asked for with ``teachRequested`` goes (a ``teacher.Lesson``)."""

    def forget_read_right(self) -> None:
        """Drop a drawing read right that waits to be sent (``readRight``): the personal model was reset."""

    def send_read_right(self) -> None:
        """Send a drawing read right that waits for the next stroke now (``readRight``): the
        window closes, so the user moved on from it."""

    def open_image(self, path: str) -> bool:
        """File > Open image (only when ``OPENS_IMAGES``): True if the picture was used."""
        return False


class TabSpec(NamedTuple):
    """One tab of the window: a stable ``key`` (its settings group), the ``title`` the user sees,
    and its class or "module:Class" (imported when the tab is first shown)."""

    key: str
    title: str
    spec: str | type


# --------------------------------------------------------------------------- what tabs share

def shut_down(runners: Iterable[JobRunner], timeout: float = 5.0) -> bool:
    """Shut every runner down (each cancels its job and waits up to ``timeout``); False if one is
    still running. Every runner is asked, even after one has failed to stop in time."""
    stopped = [runner.shutdown(timeout) for runner in runners]
    return all(stopped)


def item_data(combo: QComboBox) -> list:
    """The data of every item of ``combo``: the values a saved choice may take."""
    return [combo.itemData(i) for i in range(combo.count())]


def restore_choice(saved: SettingsReader, key: str, combo: QComboBox):
    """Select the item whose data was saved under ``key`` (a value the box does not offer is refused
    and the current item kept); returns the data selected."""
    value = saved.choice(key, combo.currentData(), item_data(combo))
    combo.setCurrentIndex(combo.findData(value))
    return value


def restore_splitters(saved: SettingsReader, splitters: Iterable[tuple[str, QSplitter]]) -> None:
    """Give each ``(key, splitter)`` the sizes saved under ``key``, keeping its orientation: a state
    saved by another layout must not turn it."""
    for key, splitter in splitters:
        state = saved.state(key)
        if state is not None:
            orientation = splitter.orientation()
            splitter.restoreState(state)
            splitter.setOrientation(orientation)


def save_splitters(settings: QSettings, splitters: Iterable[tuple[str, QSplitter]]) -> None:
    for key, splitter in splitters:
        settings.setValue(key, splitter.saveState())
