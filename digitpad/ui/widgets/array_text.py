"""A NumPy value as ``print`` shows it, wrapped across lines the way NumPy wraps a long array.

A word-wrapped QLabel is only as tall as its wrapped lines when the layout
has the height to spare: in a window that just fits (1920x1080 at 200%) the
layout squeezed the values of 3.5 to one line, and a vector's last values
were cut off without a scroll bar. ``ArrayText`` wraps its text itself, at
the width the layout gives it (an array between its numbers, with NumPy's own
``max_line_width``; words between words), and asks for every line as its
*minimum* height: a layout cannot squeeze it, and a window too short for it
scrolls instead.
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy

from .explore_common import mono_font, np_str

_TOKENS = re.compile(r"\s+|\S+")
MIN_WORD_CHARS = 12   # a longer word (a run of Japanese) is broken anywhere rather than widen the column


def _array_lines(value: np.ndarray, chars: int) -> list[str]:
    """``value`` as NumPy prints it with lines of at most ``chars`` characters (one number per line
    at the least)."""
    return np.array2string(value, precision=8, max_line_width=max(chars, 1), separator=" ",
                           floatmode="maxprec", suppress_small=False, threshold=1000).split("\n")


def wrap_parts(parts, room: int, metrics: QFontMetrics) -> list[str]:
    """``parts`` (arrays, numbers and words) in lines at most ``room`` pixels wide.

    A part that fits on the line goes on it; an array that does not starts a
    line of its own and wraps as NumPy wraps it; words wrap between words,
    and a word wider than a line is broken anywhere.
    """
    digit = max(1, metrics.horizontalAdvance("0"))
    lines = [""]
    gap = ""

    def fits(text: str) -> bool:
        return metrics.horizontalAdvance(text) <= room

    for part in parts:
        if isinstance(part, np.ndarray):
            whole = np_str(part)
            if lines[-1] and fits(lines[-1] + gap + whole):
                lines[-1] += gap + whole
            else:
                if lines[-1]:
                    lines.append("")
                block = [whole] if fits(whole) else _array_lines(part, room // digit)
                lines[-1] = block[0]
                lines.extend(block[1:])
            gap = ""
            continue
        for token in _TOKENS.findall(part if isinstance(part, str) else np_str(part)):
            if token.isspace():
                gap = token
                continue
            if lines[-1] and fits(lines[-1] + gap + token):
                lines[-1] += gap + token
            else:
                if lines[-1]:
                    lines.append("")
                while not fits(token) and len(token) > 1:   # a run without spaces wider than the line
                    cut = next((n for n in range(len(token) - 1, 0, -1) if fits(token[:n])), 1)
                    lines[-1] = token[:cut]
                    lines.append("")
                    token = token[cut:]
                lines[-1] = token
            gap = ""
    return [line.rstrip() for line in lines]


class ArrayText(QLabel):
    """Monospace, selectable text of NumPy values and words that wraps itself to its width and is
    never shorter than its lines."""

    def __init__(self, object_name: str | None = None, point_size: float = 10):
        super().__init__()
        self._parts: tuple = ()
        if object_name:
            self.setObjectName(object_name)
        self.setFont(mono_font(point_size))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_parts(self, *parts) -> None:
        """Show ``parts`` (NumPy arrays, numbers, text) side by side, as far as the width allows."""
        self._parts = parts
        self._wrap()

    def set_value(self, value) -> None:
        self.set_parts(value)

    def plain_text(self) -> str:
        """The text on one line, as NumPy prints it (what a wide enough label shows)."""
        return "".join(np_str(p) if not isinstance(p, str) else p for p in self._parts)

    def _room(self) -> int:
        return self.contentsRect().width()

    def _wrap(self) -> None:
        metrics = QFontMetrics(self.font())
        room = self._room()
        one_line = self.plain_text()
        if room <= 0 or metrics.horizontalAdvance(one_line) <= room:
            text = one_line
        else:
            text = "\n".join(wrap_parts(self._parts, room, metrics))
        if text != self.text():
            self.setText(text)

    def _least_width(self) -> int:
        """The narrowest the text can be wrapped: its widest number (or word, up to a limit)."""
        metrics = QFontMetrics(self.font())
        widest = 0
        for part in self._parts:
            if isinstance(part, np.ndarray):
                lines = _array_lines(part, 1)
            else:
                text = part if isinstance(part, str) else np_str(part)
                lines = [t[:MIN_WORD_CHARS] for t in text.split()]
            widest = max([widest, *(metrics.horizontalAdvance(line) for line in lines)])
        margins = self.contentsMargins()
        return widest + margins.left() + margins.right() + 2 * self.margin()

    def _height(self) -> int:
        """Every line's height, by the font's measure (a line with Korean in the fallback font is
        taller than the monospace font's line, which is all QLabel counts)."""
        lines = QFontMetrics(self.font()).boundingRect(
            0, 0, 100_000, 100_000, int(self.alignment()), self.text()).height()
        margins = self.contentsMargins()
        return max(super().minimumSizeHint().height(),
                   lines + margins.top() + margins.bottom() + 2 * self.margin())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._least_width(), self._height())

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self.plain_text()) + margins.left() + margins.right() + 2 * self.margin()
        return QSize(max(width, self._least_width()), self._height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._wrap()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._wrap()
            self.updateGeometry()
