"""A side panel that scrolls up and down instead of making the window taller.

On a 1024x768 projector a tall panel beside the main view would set the
window's minimum height; inside this it keeps its own layout and scrolls.
Its width still follows the panel's, so nothing is cut off at the side.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class SidePanelScroll(QScrollArea):
    """Holds ``panel`` at the scroll area's width and at least its minimum height.

    QScrollArea's own resizing would give a panel with word-wrapped text its
    *preferred* height for the width, often twice what is on screen, so the
    panel is sized here: the viewport's height, or the panel's minimum if more.
    """

    def __init__(self, panel: QWidget, object_name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setWidget(panel)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.installEventFilter(self)
        self._fit_panel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self._fit_panel()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_panel()

    def _fit_panel(self) -> None:
        panel = self.widget()
        width = max(panel.minimumWidth(), panel.minimumSizeHint().width())
        self.setMinimumWidth(width + self.verticalScrollBar().sizeHint().width())
        room = self.viewport().width()
        layout = panel.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalMinimumHeightForWidth(room)
        else:
            needed = panel.minimumSizeHint().height()
        panel.resize(room, max(self.viewport().height(), needed))
