"""One line of text that gives way when the window is narrow instead of being cut off.

A folder path or a model's name can be longer than the room a 1024 px wide
window leaves: the middle is elided (both ends of a path say the most), and
the whole text is the tooltip. ``text()`` is always the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", object_name: str | None = None, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._mode = mode
        self._full = ""
        self._tip = ""
        self.setText(text)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._fit()

    def setToolTip(self, tip: str) -> None:
        """A tooltip of its own; the whole text is added to it while the label is elided."""
        self._tip = tip
        self._fit()

    def is_elided(self) -> bool:
        return super().text() != self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ContentsRectChange):
            self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, self._mode, room) if room > 0 else self._full
        if shown != super().text():
            super().setText(shown)
        tip = self._full if shown != self._full else ""
        QLabel.setToolTip(self, "\n\n".join(t for t in (tip, self._tip) if t))
