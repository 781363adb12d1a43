"""A group box as tall as its wrapped text needs at the width it is given.

A layout's minimum height does not know how many lines a word-wrapped label
takes at the width it ends up with, so a splitter could squeeze the box until
its text ran over the picture above it or was cut off at the bottom. Words
in Korean or Japanese, or a larger font, wrap into more lines than English.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGroupBox


class PanelBox(QGroupBox):
    """A ``QGroupBox`` whose minimum height is its layout's least height at its current width."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.totalMinimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()   # the wrapped lines, and so the least height, changed
