"""Scroll areas that size what they hold by its layout, so a small screen scrolls instead of squeezing.

- ``SidePanelScroll``: a side panel that scrolls up and down instead of making
  the window taller. On a 1024x768 projector a tall panel beside the main
  view would set the window's minimum height; inside this it keeps its own
  layout and scrolls. Its width still follows the panel's, so nothing is cut
  off at the side.
- ``TabsScroll``: the window's tabs, scrolling both ways when the window is
  smaller than the shown tab needs (200% on a 1920x1080 monitor leaves 960x540).

QScrollArea's own resizing would give a widget with word-wrapped text its
*preferred* height for the width, often twice what is on screen, or its plain
minimum, which does not know how tall wrapped text gets; both are sized here
from the layout's least height at the width they are given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from .least_height import least_height


class _FittingScroll(QScrollArea):
    """Calls ``_fit()`` whenever the held widget's layout or font changes, or the area is resized."""

    def __init__(self, widget: QWidget, object_name: str | None, parent: QWidget | None):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setWidget(widget)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        raise NotImplementedError


class SidePanelScroll(_FittingScroll):
    """Holds ``panel`` at the scroll area's width and at least its minimum height."""

    def __init__(self, panel: QWidget, object_name: str | None = None, parent: QWidget | None = None):
        super().__init__(panel, object_name, parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit()

    def _fit(self) -> None:
        panel = self.widget()
        width = max(panel.minimumWidth(), panel.minimumSizeHint().width())
        self.setMinimumWidth(width + self.verticalScrollBar().sizeHint().width())
        room = self.viewport().width()
        needed = least_height(panel, room)
        panel.resize(room, max(self.viewport().height(), needed))


class TabsScroll(_FittingScroll):
    """Holds the tabs at the room the window gives them, or at their minimum size if more (and,
    when that is taller than the room, at the height the current tab's wrapped text needs).

    The room is the viewport's size *without* scroll bars, so the size chosen never depends on
    whether a scroll bar is showing: a scroll bar that appears cannot change it, and the sizing
    cannot chase its own tail (which once froze the window in a resize loop). What the room and
    the tabs' least size say will scroll is known beforehand, though, and so is the room that
    scroll bar takes: tabs that scroll down are made narrower by its width, so that they do not
    scroll sideways by as much too (and tabs that scroll sideways lower by its height).
    """

    def __init__(self, tabs: QTabWidget, object_name: str | None = None, parent: QWidget | None = None):
        super().__init__(tabs, object_name, parent)
        self._fitting = False
        tabs.currentChanged.connect(self._fit)

    def _fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            tabs = self.widget()
            room = self.maximumViewportSize()
            page = tabs.currentWidget()
            least = self._least_size(tabs, page)
            bar = self.verticalScrollBar().sizeHint().width()   # as thick as the other one
            width = max(room.width(), least.width())
            height = self._height(tabs, page, least, room.height(), width)
            down = height > room.height()
            if down:                                  # beside a scroll bar
                width = max(room.width() - bar, least.width())
                height = self._height(tabs, page, least, room.height(), width)
            elif width > room.width():                # above a scroll bar
                height = self._height(tabs, page, least, room.height() - bar, width)
            if (tabs.width(), tabs.height()) != (width, height):
                tabs.resize(width, height)
        finally:
            self._fitting = False

    @staticmethod
    def _height(tabs: QTabWidget, page: QWidget | None, least: QSize, room: int, width: int) -> int:
        """The tabs' height at ``width`` where ``room`` is the height they have."""
        height = max(room, least.height())
        if page is not None and room < least.height():
            # Too short for the tabs' minimum, so they scroll: give the current tab the height
            # its wrapped text needs at this width too. Not otherwise: a square canvas or a
            # stack of sections would ask for more height than it needs and scroll a window
            # that fits.
            around = tabs.size() - page.size()  # the tab bar and the frame
            height = max(height, least_height(page, width - around.width()) + around.height())
        return height

    @staticmethod
    def _least_size(tabs: QTabWidget, page: QWidget | None) -> QSize:
        """What the shown tab needs, with the tab bar and the frame around it. Not what the widest
        of all the tabs needs (QTabWidget's minimum): on a screen too small for one tab, the others
        need not scroll too."""
        if page is None:
            return tabs.minimumSizeHint()
        around = tabs.size() - page.size()      # the tab bar and the frame
        need = page.minimumSizeHint().expandedTo(page.minimumSize()) + around
        return need.expandedTo(QSize(tabs.tabBar().minimumSizeHint().width(), 0))
