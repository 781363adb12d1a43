"""The main window's status bar: a message too long for it ends in "…", the whole in its tooltip.

QStatusBar draws a message in the room left of its permanent widgets (the
model's name, the personal-model switch) and cuts what does not fit with no
sign that anything is missing: at 1024 pixels, or in Korean or Japanese,
that is often half a sentence. This one elides the message to that room, the
way Qt measures it (from 6 px in to 2 px before the first permanent widget
shown, or 12 px before the right edge), and fits it again whenever the room
changes, keeping the time the message has left: once the layout has settled
(a widget being shown is at x = 0 for a moment), and never down to nothing.

A permanent widget added with ``yields=True`` (the model's name) gives way to
a message that does not fit: it is narrowed, down to a quarter of the bar,
while the message is shown (an ``ElidedLabel`` then elides its own text), and
takes its room back when the message goes. The bar is always as tall as a
tool button, so one appearing in it (the personal-model switch) does not
shift the whole window by a few pixels.

A menu item's status tip covers a message only while the item is pointed at:
QStatusBar would lose the message for good ("Not taught: ..." gone as soon as
a menu is opened, which shows an empty tip), this one shows it again, for the
time it had left.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QSizePolicy, QStatusBar, QToolButton, QToolTip, QWidget

from .elided_label import ElidedLabel

_LEFT, _GAP, _RIGHT = 6, 2, 12  # QStatusBar's own margins around a message

_ROOM_CHANGES = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)
_UNLIMITED = 16777215  # QWIDGETSIZE_MAX
YIELDS_DOWN_TO = 0.25  # of the bar's width: how narrow a yielding widget may become
_TIME_UP_MS = 50  # a message cleared with no more time left than this went because its time was up


class StatusLabel(ElidedLabel):
    """A label for the status bar's right side: as wide as its whole text when there is room,
    elided (the whole text in its tooltip) when the bar narrows it to make room."""

    def __init__(self, object_name: str | None = None, parent: QWidget | None = None):
        super().__init__("", object_name, parent, mode=Qt.TextElideMode.ElideRight)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 1
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance("M\u2026") + margins.left() + margins.right()
        return QSize(width, super().minimumSizeHint().height())


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""            # the message as given
        self._drawn = ""           # what this class last handed QStatusBar to draw
        self._until: float | None = None  # when it goes (monotonic seconds); None: it stays
        self._tip = False          # the message shown is a status tip Qt showed itself
        self._behind: tuple[str, float | None] | None = None  # a message a status tip covers
        self._permanent: list[QWidget] = []
        self._yielding: QWidget | None = None
        self._refit = QTimer(self, singleShot=True, interval=0)  # once the layout has settled
        self._refit.timeout.connect(self._fit)
        self.messageChanged.connect(self._on_message_changed)
        self._probe = QToolButton(self)  # never shown: how tall a tool button in the bar is
        self._probe.setText("M")
        self._probe.hide()
        self._keep_height()

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0, yields: bool = False) -> None:
        super().addPermanentWidget(widget, stretch)
        self._permanent.append(widget)
        widget.installEventFilter(self)  # it moves or grows: the message's room changes
        if yields:
            self._yielding = widget

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._keep_height()

    def _keep_height(self) -> None:
        margins = self.layout().contentsMargins() if self.layout() is not None else None
        extra = margins.top() + margins.bottom() if margins is not None else 0
        self.setMinimumHeight(self._probe.sizeHint().height() + extra)

    def showMessage(self, text: str, timeout: int = 0) -> None:
        if not text:  # as QStatusBar does
            self.clearMessage()
            return
        self._tip, self._behind = False, None
        self._full = text
        self._until = time.monotonic() + timeout / 1000 if timeout > 0 else None
        self._fit(again=True)

    def clearMessage(self) -> None:
        self._tip, self._behind = False, None
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
        self._make_room()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              self.message_room()) or "\u2026"  # never nothing
        self._set_tip(self._full if shown != self._full else "")
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

    def _make_room(self) -> None:
        """Narrow the yielding widget by what the message lacks (as far as it may go), or
        widen it again for a shorter message."""
        widget = self._yielding
        if widget is None or not widget.isVisible():
            return
        whole = widget.sizeHint().width()
        room_beside_whole = self.message_room() - max(0, whole - widget.width())
        lacks = self.fontMetrics().horizontalAdvance(self._full) - room_beside_whole
        least = max(widget.minimumSizeHint().width(), round(self.width() * YIELDS_DOWN_TO))
        width = max(least, whole - lacks) if lacks > 0 else whole
        limit = width if width < whole else _UNLIMITED
        if widget.maximumWidth() != limit:
            widget.setMaximumWidth(limit)  # moves it: the message is fitted again

    def _give_room_back(self) -> None:
        if self._yielding is not None and self._yielding.maximumWidth() != _UNLIMITED:
            self._yielding.setMaximumWidth(_UNLIMITED)

    def _set_tip(self, tip: str) -> None:
        """The tooltip, and the one on screen now if the pointer is on the bar (not a stale one)."""
        if tip == self.toolTip():
            return
        self.setToolTip(tip)
        if QToolTip.isVisible() and self.underMouse():
            if tip:
                QToolTip.showText(QCursor.pos(), tip, self)
            else:
                QToolTip.hideText()

    def _on_message_changed(self, text: str) -> None:
        if not text:  # its time ran out, or a status tip went, or an empty one came
            behind = self._behind if self._tip else (self._full, self._until) if self._full else None
            self._tip, self._behind = False, None
            self._full = self._drawn = ""
            self._set_tip("")
            if behind is not None:
                text, until = behind
                left = None if until is None else round((until - time.monotonic()) * 1000)
                if left is None or left > _TIME_UP_MS:
                    self.showMessage(text, left or 0)
                    return
            self._give_room_back()
        elif text != self._drawn:
            # shown by Qt itself, past showMessage (a menu item's status tip): fitted too, and
            # the message it covers is kept to be shown again
            if not self._tip and self._full:
                self._behind = (self._full, self._until)
            self._tip = True
            self._full, self._until = text, None
            self._fit(again=True)
