"""A word-wrapped label that keeps, from the start, the room of a text it will show later.

A result that arrives as a sentence two or three lines long pushes everything
under it down by those lines, and the window jumps. This label is as tall, at
its width, as the longer of its own text and the one it was told to reserve
room for (``reserve``), in its own font and format, so nothing under it moves
when the result comes; a longer text still gets the room it needs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ReservedLabel(QLabel):
    def __init__(self, object_name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setWordWrap(True)
        self._reserved = ""
        self._narrower_by = 0
        self._probe = QLabel()     # never shown: measures the reserved text
        self._probe.setWordWrap(True)

    def reserve(self, text: str, narrower_by: int = 0) -> None:
        """Keep room for ``text`` (written in this label's format) even while another is shown;
        ``narrower_by``: the label will be that much narrower when ``text`` comes (a widget
        beside it appears then), so its lines are counted at that width."""
        if (text, narrower_by) != (self._reserved, self._narrower_by):
            self._reserved, self._narrower_by = text, narrower_by
            self.updateGeometry()

    def reserved(self) -> str:
        return self._reserved

    def hasHeightForWidth(self) -> bool:
        return bool(self._reserved) or super().hasHeightForWidth()   # even with no text yet

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width)
        if not self._reserved:
            return own
        probe = self._probe
        probe.setFont(self.font())
        probe.setTextFormat(self.textFormat())
        probe.setContentsMargins(self.contentsMargins())
        probe.setIndent(self.indent())
        probe.setMargin(self.margin())
        probe.setText(self._reserved)
        return max(own, probe.heightForWidth(max(1, width - self._narrower_by)))
