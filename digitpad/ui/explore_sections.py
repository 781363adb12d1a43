"""The Explore tab's list of sections: the book's section number above each title."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from . import theme
from .i18n import translate

SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("activations", "3.2", QT_TRANSLATE_NOOP("ExploreTab", "Activation functions")),
    ("matrix", "3.3", QT_TRANSLATE_NOOP("ExploreTab", "Matrix product")),
    ("network", "3.4", QT_TRANSLATE_NOOP("ExploreTab", "A 3-layer network")),
    ("softmax", "3.5", QT_TRANSLATE_NOOP("ExploreTab", "Softmax")),
    ("swap", "3.6", QT_TRANSLATE_NOOP("ExploreTab", "Swap the activation")),
    ("predict", "3.6.2", QT_TRANSLATE_NOOP("ExploreTab", "predict() on your digit")),
)


# the section list --------------------------------------------------------------------

def section_list_width(font: QFont) -> int:
    """Room for the longest section title in bold, with the list's padding and the selection mark.

    No wider than the English titles need: a longer title, as the book's
    Japanese 3.4 is, wraps onto a second line instead of widening the tab past a 1024-wide screen.
    """
    metrics = QFontMetrics(_bold(font))
    widest = max(metrics.horizontalAdvance(section_title(title)) for _, _, title in SECTIONS)
    english = max(metrics.horizontalAdvance(title) for _, _, title in SECTIONS)
    return min(widest, english) + _TITLE_PADDING


_TITLE_PADDING = 14 + 6 + 8 + 12 + 6   # selection mark, text margins, list margins


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _title_rect_height(font: QFont, title: str) -> int:
    """The height of ``title`` in bold, wrapped at the list's text width."""
    width = section_list_width(font) - _TITLE_PADDING
    return QFontMetrics(_bold(font)).boundingRect(0, 0, width, 10_000, _WRAP, title).height()


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def section_title(title: str) -> str:
    """A title of SECTIONS in the reader's language (the book's own section titles)."""
    return translate("ExploreTab", title)


class _SectionDelegate(QStyledItemDelegate):
    """Each entry as the book's section number (small, muted) above its title."""

    def sizeHint(self, option, index) -> QSize:
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        extra = max(0, _title_rect_height(option.font, title) - option.fontMetrics.height())
        return QSize(section_list_width(option.font) - 12, 3 * option.fontMetrics.height() + 8 + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(4, 2, -4, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.NAV_SELECTED if selected else theme.NAV_HOVER))
            painter.drawRoundedRect(rect, 6, 6)
        if selected:
            painter.setBrush(QColor(theme.ACCENT))
            painter.drawRoundedRect(QRectF(rect.x(), rect.y() + 8, 3.5, rect.height() - 16), 2, 2)
        number, title = index.data(Qt.ItemDataRole.UserRole + 1), index.data(Qt.ItemDataRole.DisplayRole)
        small = QFont(option.font)
        small.setPointSizeF(max(7.5, option.font.pointSizeF() - 1.5))
        painter.setFont(small)
        painter.setPen(QColor(theme.ACCENT if selected else theme.MUTED))
        painter.drawText(rect.adjusted(14, 6, -6, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         translate("ExploreTab", "section {0}").format(number))
        big = QFont(option.font)
        big.setBold(selected)
        painter.setFont(big)
        painter.setPen(QColor(theme.BRIGHT_TEXT if selected else theme.TEXT))
        # where a one-line title has always sat; a wrapped one (measured in bold, the widest it
        # is drawn) goes on into the room sizeHint added below
        painter.drawText(rect.adjusted(14, 2 * option.fontMetrics.height() - 3, -6, 0), _WRAP, title)
        painter.restore()
