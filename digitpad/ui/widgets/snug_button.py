"""A push button that may narrow to its words before a small window has to scroll sideways.

The style gives every push button with text a width of at least 80 px, which a
button saying "Run" needs less than half of. ``SnugButton`` keeps that width as
the one it asks for, so it looks as every other button where there is room, and
gives a layout short of room the least width its words and frame need.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton

_WIDE = 1000   # a text width past the style's least button width: what it adds around the text
_PADDING = 4   # on each side of the words, so that they never touch the frame


class SnugButton(QPushButton):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # a push button's width policy would hold it at the width it asks for
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        around = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option,
                                               QSize(_WIDE, hint.height()), self).width() - _WIDE
        words = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text()).width()
        return QSize(min(hint.width(), words + around + 2 * _PADDING), hint.height())

