"""The main window's status bar: a message too long for it ends in "…", the whole in its tooltip.

QStatusBar draws a message in the room left of its permanent widgets (the
model's name, the personal-model switch) and cuts what does not fit with no
sign that anything is missing: at 1024 pixels, or in Korean or Japanese,
that is often half a sentence. This one elides the message to that room, the
way Qt measures it (from 6 px in to 2 px before the first permanent widget
shown, or 12 px before the right edge), and fits it again whenever the room
changes, keeping the time the message has left: once the layout has settled
(a widget being shown is at x = 0 for a moment), and never down to nothing.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

_LEFT, _GAP, _RIGHT = 6, 2, 12  # QStatusBar's own margins around a message

_ROOM_CHANGES = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""            # the message as given
        self._drawn = ""           # what this class last handed QStatusBar to draw
        self._until: float | None = None  # when it goes (monotonic seconds); None: it stays
        self._permanent: list[QWidget] = []
        self._refit = QTimer(self, singleShot=True, interval=0)  # once the layout has settled
        self._refit.timeout.connect(self._fit)
        self.messageChanged.connect(self._on_message_changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        super().addPermanentWidget(widget, stretch)
        self._permanent.append(widget)
        widget.installEventFilter(self)  # it moves or grows: the message's room changes

    def showMessage(self, text: str, timeout: int = 0) -> None:
        self._full = text
        self._until = time.monotonic() + timeout / 1000 if timeout > 0 else None
        self._fit(again=True)

    def clearMessage(self) -> None:
        self._full = self._drawn = ""
        super().clearMessage()

    def currentMessage(self) -> str:
        """The message as given, not as elided."""
        return self._full if super().currentMessage() else ""

    def shown_message(self) -> str:
        """The message as it is drawn, elided if it did not fit."""
        return super().currentMessage()

    def message_room(self) -> int:
        """How wide a message may be drawn, in pixels."""
        right = self.width() - _RIGHT
        shown = [w.x() for w in self._permanent if w.isVisible()]
        if shown:
            right = min(right, min(shown) - _GAP)
        return max(0, right - _LEFT)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._full:
            self._refit.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ROOM_CHANGES and self._full:
            self._refit.start()
        return False

    def _fit(self, again: bool = False) -> None:
        """Show the message elided to the room it has; ``again``: even if it is shown so already
        (it was given anew, with a time of its own)."""
        if not self._full:
            return
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              self.message_room()) or "\u2026"  # never nothing
        self.setToolTip(self._full if shown != self._full else "")
        if shown == super().currentMessage() and not again:
            return  # drawn as it should be: the message keeps its time
        left = 0
        if self._until is not None:
            left = round((self._until - time.monotonic()) * 1000)
            if left <= 0:
                self.clearMessage()
                return
        self._drawn = shown
        super().showMessage(shown, left)

    def _on_message_changed(self, text: str) -> None:
        if not text:  # its time ran out (or it was cleared)
            self._full = self._drawn = ""
            self.setToolTip("")
        elif text != self._drawn:
            # shown by Qt itself, past showMessage (a menu item's status tip): fitted too
            self._full, self._until = text, None
            self._fit(again=True)
