"""One line of text that gives way when the window is narrow instead of being cut off.

A folder path or a model's name can be longer than the room a 1024 px wide
window leaves: the middle is elided (both ends of a path say the most), and
the whole text is the tooltip. ``text()`` is always the whole text.

A label given ``shrink`` (say 0.6) first makes its letters smaller, down to that
share of their size, and only then elides: the Draw tab's big "Draw a digit" is
longer in Japanese than its column at 110%, and smaller letters say it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", object_name: str | None = None, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle, shrink: float = 1.0):
        super().__init__(parent)
        self._shrink = shrink
        self._scale = 1.0     # of the font, while the text is shown smaller
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
        needed = self.fontMetrics().horizontalAdvance(self._full)
        scale = max(self._shrink, min(1.0, room / needed)) if room > 0 and needed > 0 else 1.0
        metrics = QFontMetrics(self._scaled_font(scale))
        while scale > self._shrink and metrics.horizontalAdvance(self._full) > room:  # sizes round
            scale = max(self._shrink, scale - 0.02)
            metrics = QFontMetrics(self._scaled_font(scale))
        shown = metrics.elidedText(self._full, self._mode, room) if room > 0 else self._full
        if shown != super().text() or scale != self._scale:
            self._scale = scale
            super().setText(shown)
            self.update()
        tip = self._full if shown != self._full else ""
        QLabel.setToolTip(self, "\n\n".join(t for t in (tip, self._tip) if t))

    def shown_scale(self) -> float:
        """How large the letters are drawn, as a share of the font's size (1.0 but when shrunk)."""
        return self._scale

    def _scaled_font(self, scale: float) -> QFont:
        font = QFont(self.font())
        if scale < 1.0 and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        return font

    def paintEvent(self, event) -> None:
        if self._scale >= 1.0:
            super().paintEvent(event)
            return
        painter = QPainter(self)   # the label's own painting, in smaller letters
        painter.setFont(self._scaled_font(self._scale))
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), super().text(), self.foregroundRole())
