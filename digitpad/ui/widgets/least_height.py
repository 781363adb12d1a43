"""The least height a widget's layout can have at a given width, its word-wrapped text whole.

Qt has the pieces but not the sum: a layout's ``totalMinimumHeightForWidth``
asks every widget inside it for its *preferred* height at the width
(``QWidget.heightForWidth`` is the preferred height of its own layout), and a
stack of pages answers with the tallest of all of them, shown or not. For a
page holding a code panel, a plot and a wrapped caption that is the height
of every line of code and a plot at its full size: twice a small screen.

``least_height`` walks the layouts itself and takes, all the way down, the
minimum of each item, a word-wrapped text's height at its width, and only
the page a stack shows. Box, grid and form layouts are walked; the widths of
the items side by side are the ones the layout gave them (so call it once the
widget has the width asked about). Any other layout gives its own minimum.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QBoxLayout, QFormLayout, QGridLayout, QLayout, QLayoutItem,
                               QStackedLayout, QWidget)


def least_height(widget: QWidget, width: int) -> int:
    """The least height of ``widget`` at ``width``: every item at its minimum, wrapped text whole."""
    layout = widget.layout()
    if layout is None:
        return widget.minimumSizeHint().expandedTo(widget.minimumSize()).height()
    margins = widget.contentsMargins()
    inner = _layout_least(layout, width - margins.left() - margins.right())
    height = max(inner + margins.top() + margins.bottom(), widget.minimumHeight(),
                 layout.totalMinimumSize().height() if not layout.hasHeightForWidth() else 0)
    return min(height, widget.maximumHeight())


def _item_least(item: QLayoutItem, width: int) -> int:
    if item.spacerItem() is not None:
        return item.minimumSize().height()
    if item.isEmpty():
        return 0
    plain = item.minimumSize().height()
    widget, layout = item.widget(), item.layout()
    if widget is not None:
        if widget.layout() is not None and widget.layout().hasHeightForWidth():
            return max(plain, least_height(widget, width))
        if item.hasHeightForWidth():
            return max(plain, item.heightForWidth(width))
        return plain
    if layout is not None:
        return max(plain, _layout_least(layout, width))
    return plain


def _layout_least(layout: QLayout, width: int) -> int:
    if not layout.hasHeightForWidth():
        return layout.minimumSize().height()
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, QStackedLayout):
        shown = layout.currentWidget()
        height = max((_item_least(item, inner) for item in items if item.widget() is shown), default=0)
    elif isinstance(layout, QBoxLayout):
        height = _box_least(layout, items, inner)
    elif isinstance(layout, QGridLayout):
        height = _rows_least(layout.verticalSpacing(), items,
                             [layout.getItemPosition(i)[0] for i in range(len(items))])
    elif isinstance(layout, QFormLayout):
        height = _rows_least(layout.verticalSpacing(), items,
                             [layout.getItemPosition(i)[0] for i in range(len(items))])
    else:
        return layout.totalMinimumSize().height()
    return height + margins.top() + margins.bottom()


def _box_least(layout: QBoxLayout, items: list[QLayoutItem], width: int) -> int:
    direction = layout.direction()
    if direction in (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft):
        return max((_item_least(item, item.geometry().width()) for item in items), default=0)
    spacing = max(0, layout.spacing())
    shown = sum(1 for item in items if not item.isEmpty())
    return sum(_item_least(item, width) for item in items) + spacing * max(0, shown - 1)


def _rows_least(spacing: int, items: list[QLayoutItem], rows: list[int]) -> int:
    """Items in rows, each at the width the layout gave it: the rows' tallest items and the gaps."""
    tallest: dict[int, int] = {}
    for item, row in zip(items, rows):
        if row < 0:
            continue
        need = _item_least(item, item.geometry().width())
        if need > 0 or not item.isEmpty():
            tallest[row] = max(tallest.get(row, 0), need)
    shown = sum(1 for row in tallest.values())
    return sum(tallest.values()) + max(0, spacing) * max(0, shown - 1)
