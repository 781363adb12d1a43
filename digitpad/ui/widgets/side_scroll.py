"""A side panel that scrolls up and down instead of making the window taller.

On a 1024x768 projector a tall panel beside the main view would set the
window's minimum height; inside this it keeps its own layout and scrolls.
Its width still follows the panel's, so nothing is cut off at the side.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


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


class TabsScroll(QScrollArea):
    """The window's tabs, scrolling both ways when the window is smaller than the shown tab needs.

    On 200% on a 1920x1080 monitor (960x540 to lay out in) the tabs do not fit;
    squeezed below their minimum, widgets would overlap. The tabs are sized
    here to the viewport, or to what the current tab needs at that width if
    more: its minimum, and the height its word-wrapped text takes at that width
    (which a plain minimum size does not know).
    """

    def __init__(self, tabs: QTabWidget, object_name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setWidget(tabs)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        tabs.currentChanged.connect(self._fit_tabs)
        tabs.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self._fit_tabs()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_tabs()

    def _fit_tabs(self) -> None:
        tabs = self.widget()
        least = tabs.minimumSizeHint()
        width = max(self.viewport().width(), least.width())
        height = max(self.viewport().height(), least.height(), self._wrapped_height(tabs, width))
        if (tabs.width(), tabs.height()) != (width, height):
            tabs.resize(width, height)

    @staticmethod
    def _wrapped_height(tabs: QTabWidget, width: int) -> int:
        """The least height of the current tab, with its wrapped text, at ``width``; 0 if it has none."""
        page = tabs.currentWidget()
        layout = page.layout() if page is not None else None
        if layout is None or not layout.hasHeightForWidth():
            return 0
        around = tabs.size() - page.size()  # the tab bar and the frame
        return layout.totalMinimumHeightForWidth(width - around.width()) + around.height()
