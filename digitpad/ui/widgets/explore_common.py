"""Small pieces the Explore tab's sections share: fonts, headers, NumPy-style numbers, code views."""

from __future__ import annotations

import keyword
import re

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QSyntaxHighlighter, QTextCharFormat,
                           QTextOption)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLayout, QPlainTextEdit, QSizePolicy,
                               QVBoxLayout, QWidget)

from .. import theme

GOOD = theme.GOOD    # shapes that fit, sums that are 1
BAD = theme.BAD      # nan, errors, shapes that do not fit
WARN = theme.WARN    # captured warnings


def mono_font(point_size: float = 9.5) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def np_str(value) -> str:
    """What ``print`` shows for a NumPy value (8 digits, one line), as the book's listings do."""
    if isinstance(value, np.ndarray):
        return np.array2string(value, precision=8, max_line_width=10_000, separator=" ",
                               floatmode="maxprec", suppress_small=False, threshold=1000)
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    return str(value)


def np_repr(value: np.ndarray) -> str:
    """What the interactive prompt shows for an array: ``array([[ 5, 11, 17]])``."""
    return np.array2string(value, precision=8, max_line_width=10_000, separator=", ",
                           prefix="array(", suffix=")", floatmode="maxprec").join(("array(", ")"))


def section_header(title: str, blurb: str) -> QWidget:
    """A section's title in large type and one muted line saying what to try."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(2)
    heading = QLabel(title)
    font = QFont()
    font.setPointSizeF(15)
    font.setBold(True)
    heading.setFont(font)
    text = QLabel(blurb)
    text.setWordWrap(True)
    text.setStyleSheet(f"color: {theme.MUTED};")
    layout.addWidget(heading)
    layout.addWidget(text)
    return box


def lay_out_section(page: QWidget, title: str, blurb: str, columns, above=()) -> None:
    """The shape every Explore section shares: its header, anything ``above``, then columns.

    ``columns`` are (widget or layout, stretch) pairs laid side by side.
    """
    body = QHBoxLayout()
    body.setSpacing(14)
    for item, stretch in columns:
        if isinstance(item, QLayout):
            body.addLayout(item, stretch)
        else:
            body.addWidget(item, stretch)
    root = QVBoxLayout(page)
    root.setContentsMargins(0, 0, 0, 0)
    root.addWidget(section_header(title, blurb))
    for item in above:
        if isinstance(item, QLayout):
            root.addLayout(item)
        else:
            root.addWidget(item)
    root.addLayout(body, 1)


def caption(text: str, object_name: str | None = None) -> QLabel:
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setStyleSheet(f"color: {theme.MUTED};")
    return label


def code_label(text: str, object_name: str | None = None, colour: str | None = None,
               point_size: float = 10) -> QLabel:
    """A one-line monospace label whose text can be selected and copied."""
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setFont(mono_font(point_size))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    if colour:
        label.setStyleSheet(f"color: {colour};")
    return label


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet(f"color: {theme.DIVIDER};")
    return line


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, strings, comments and numbers in the colours of a quiet dark editor theme."""

    def __init__(self, document):
        super().__init__(document)

        def fmt(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
            f = QTextCharFormat()
            f.setForeground(QColor(colour))
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            f.setFontItalic(italic)
            return f

        words = "|".join(sorted(keyword.kwlist, key=len, reverse=True))
        self._rules = [
            (re.compile(r"\b(?:%s)\b" % words), fmt(theme.SYNTAX["keyword"], bold=True)),
            (re.compile(r"\b(?:np|numpy)\b"), fmt(theme.SYNTAX["numpy"])),
            (re.compile(r"(?<=def )\w+"), fmt(theme.SYNTAX["function"], bold=True)),
            (re.compile(r"\b\d+(?:\.\d*)?(?:e[-+]?\d+)?\b"), fmt(theme.SYNTAX["number"])),
        ]
        self._string = fmt(theme.SYNTAX["string"])
        self._comment = fmt(theme.SYNTAX["comment"], italic=True)
        self._docstring = fmt(theme.SYNTAX["docstring"], italic=True)

    def highlightBlock(self, text: str) -> None:
        for pattern, style in self._rules:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), style)
        # docstrings may span lines: state 1 means "inside a triple-quoted string"
        start = 0
        inside = self.previousBlockState() == 1
        self.setCurrentBlockState(0)
        while True:
            if inside:
                end = text.find('"""', start)
                if end < 0:
                    self.setFormat(start, len(text) - start, self._docstring)
                    self.setCurrentBlockState(1)
                    return
                self.setFormat(start, end + 3 - start, self._docstring)
                start, inside = end + 3, False
            else:
                begin = text.find('"""', start)
                hash_at = _comment_start(text, start)
                if hash_at >= 0 and (begin < 0 or hash_at < begin):
                    self.setFormat(hash_at, len(text) - hash_at, self._comment)
                    return
                if begin < 0:
                    for match in re.finditer(r"'[^']*'|\"[^\"]*\"", text[start:]):
                        self.setFormat(start + match.start(), match.end() - match.start(), self._string)
                    return
                self.setFormat(begin, 3, self._docstring)
                start, inside = begin + 3, True


def _comment_start(text: str, start: int) -> int:
    quote = None
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#":
            return i
    return -1


class CodeView(QPlainTextEdit):
    """Read-only, monospace, highlighted source text (taken from the running code, never typed in)."""

    def __init__(self, text: str = "", object_name: str | None = None, parent=None, wrap: bool = False):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setReadOnly(True)
        self.setFont(mono_font(9))
        if wrap:  # long lines continue on the next line instead of needing a scroll bar
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        else:
            self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(f"QPlainTextEdit {{ background: {theme.CODE_BG}; color: {theme.TEXT};"
                           " border-radius: 4px; padding: 4px; }")
        self._highlighter = PythonHighlighter(self.document())
        self.setPlainText(text)

    def set_code(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)

    def fit_lines(self, lines: int | None = None) -> None:
        """Make the view exactly as tall as ``lines`` lines (default: all of its text, as wrapped
        at the view's width, and again whenever the width or the font changes)."""
        self._fit_all = lines is None
        self._set_lines(lines if lines is not None else self._wrapped_lines())

    def _wrapped_lines(self) -> int:
        n, block = 0, self.document().begin()
        while block.isValid():
            n += max(1, block.layout().lineCount())
            block = block.next()
        return max(1, n)

    def _set_lines(self, n: int) -> None:
        height = self.fontMetrics().lineSpacing() * n + 2 * self.document().documentMargin() + 12
        self.setFixedHeight(int(height))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)  # lays the text out again at the new width
        if getattr(self, "_fit_all", False) and event.size().width() != event.oldSize().width():
            self._set_lines(self._wrapped_lines())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if getattr(self, "_fit_all", False) and event.type() == QEvent.Type.FontChange:
            self._set_lines(self._wrapped_lines())
