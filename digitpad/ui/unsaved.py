"""Asking before the window closes on something the user made and has not saved.

A tab says what closing would lose (``AppTab.unsaved_work``, an ``Unsaved``);
the window asks in one window-modal box, Cancel the default: Save... / Discard /
Cancel for finished work (a trained network), or Stop and close / Cancel for
work still being made (a training run). Save... saves as the tab's own Save
button does; the window closes only once the work is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from .i18n import translate

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


@dataclass(frozen=True)
class Unsaved:
    """What closing the window now would lose, in the user's words."""

    key: object     # which work this is: a "Discard" holds for it only, not for work made since
    title: str
    text: str
    save: Callable[[], bool] | None = None   # asks where and writes it; True once written (None: still being made)
    discard: str = ""                         # the button that closes without it ("": Qt's own Discard)


def ask_before_closing(window, unsaved: Unsaved, answered: Callable[[str], None]) -> QMessageBox:
    """A window-modal box over ``window``; ``answered(SAVE | DISCARD | CANCEL)`` once the user chooses
    (the box closed any other way is Cancel)."""
    box = QMessageBox(QMessageBox.Icon.Question, unsaved.title, unsaved.text,
                      QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("unsavedBox")
    buttons = {}
    if unsaved.save is not None:
        buttons[SAVE] = box.addButton(translate("Unsaved", "Save..."), QMessageBox.ButtonRole.AcceptRole)
    buttons[DISCARD] = (box.addButton(unsaved.discard, QMessageBox.ButtonRole.DestructiveRole) if unsaved.discard
                        else box.addButton(QMessageBox.StandardButton.Discard))
    buttons[CANCEL] = box.addButton(QMessageBox.StandardButton.Cancel)
    for answer, button in buttons.items():
        button.setObjectName(f"unsaved{answer.title()}Button")
    box.setDefaultButton(buttons[CANCEL])
    box.setEscapeButton(buttons[CANCEL])
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def on_finished(_result) -> None:
        clicked = box.clickedButton()
        answered(next((answer for answer, button in buttons.items() if button is clicked), CANCEL))
    box.finished.connect(on_finished)
    box.open()   # window-modal, without a nested event loop
    return box


class ClosingQuestions:
    """The window's questions before it closes: one box at a time, about each tab's unsaved work.

    ``may_close(tabs)`` is True when nothing is left to ask about; otherwise it asks and is
    False, and the window is closed again once the user saves or discards (the next tab's
    work is asked about then). ``then`` runs once the window has really closed (a restart);
    Cancel drops it.
    """

    def __init__(self, window):
        self.window = window
        self.then: Callable[[], None] | None = None
        self._discarded: set = set()   # (tab key, work key) the user chose to lose
        self._box: QMessageBox | None = None

    def may_close(self, tabs: dict) -> bool:
        for name, tab in tabs.items():
            unsaved = tab.unsaved_work()
            if unsaved is None or (name, unsaved.key) in self._discarded:
                continue
            if self._box is None:
                self._box = ask_before_closing(self.window, unsaved,
                                               lambda answer: self._on_answered(name, unsaved, answer))
            else:
                self._box.raise_()   # asked already: the box waits for its answer
            return False
        return True

    def closed(self) -> None:
        """The window has closed: run what waited for it."""
        then, self.then = self.then, None
        if then is not None:
            then()

    def _on_answered(self, name: str, unsaved: Unsaved, answer: str) -> None:
        self._box = None
        if answer == DISCARD:
            self._discarded.add((name, unsaved.key))
        elif answer != SAVE or not unsaved.save():   # Cancel, or the save did not happen: stay
            self._discarded.clear()
            self.then = None
            return
        self.window.close()
