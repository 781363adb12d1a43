"""Softmax (book section 3.5): type a vector and follow exp, the sum, y and the overflow fix.

The rows are the chapter's listing, each with what NumPy prints for the
current input. ``naive_softmax`` and ``softmax`` are the real functions of
``digitpad.nn.functions``; the RuntimeWarnings NumPy raises on overflow are
captured and shown here, never printed to the console.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from ...nn import functions as F
from .. import theme
from ..i18n import translate
from .explore_common import (BAD, GOOD, WARN, caption, code_label, mono_font, np_str,
                             lay_out_section)
from .array_text import ArrayText
from .value_bars import ValueBars

BOOK_INPUT = "0.3, 2.9, 4.0"
PRESETS: tuple[tuple[str, str, str, str], ...] = (
    ("presetBook", "[0.3, 2.9, 4.0]", BOOK_INPUT, QT_TRANSLATE_NOOP("SoftmaxExplorer", "The book's example (3.5.1)")),
    ("presetOverflow", "[1010, 1000, 990]", "1010, 1000, 990",
     QT_TRANSLATE_NOOP("SoftmaxExplorer", "Large scores: exp overflows and the formula as written gives nan (3.5.2)")),
    ("presetEqual", "[2, 2, 2, 2]", "2, 2, 2, 2",
     QT_TRANSLATE_NOOP("SoftmaxExplorer", "Equal scores share the probability equally")),
)
MAX_LENGTH = 12
_INT = re.compile(r"[-+]?\d+$")
_RANK_COLOURS = theme.RANK_BARS


class VectorError(ValueError):
    """Text that is not a vector of 1 to 12 finite numbers, with what to type instead."""


def parse_vector(text: str) -> np.ndarray:
    """'0.3, 2.9, 4.0' (or with brackets, spaces, np.array(...)) as an array.

    Whole numbers give an int64 array, as ``np.array([1010, 1000, 990])`` does.
    """
    s = text.strip()
    if s.startswith("np.array(") and s.endswith(")"):
        s = s[len("np.array("):-1]
    s = s.strip().strip("[]()").strip()
    tokens = [t for t in re.split(r"[,\s;]+", s) if t]
    if not tokens:
        raise VectorError(translate("SoftmaxExplorer", "Type a few numbers separated by commas, e.g. 0.3, 2.9, 4.0"))
    if len(tokens) > MAX_LENGTH:
        raise VectorError(translate("SoftmaxExplorer", "{0} numbers: up to {1} are shown here")
                          .format(len(tokens), MAX_LENGTH))
    values = []
    for token in tokens:
        try:
            values.append(float(token))
        except ValueError:
            raise VectorError(translate("SoftmaxExplorer", "'{0}' is not a number").format(token)) from None
    if not all(np.isfinite(values)):
        raise VectorError(translate("SoftmaxExplorer", "Use finite numbers: nan and inf (or anything "
                                    "beyond ±1.8e308) are not scores"))
    if all(_INT.match(t) for t in tokens) and all(abs(v) < 2 ** 62 for v in values):
        return np.array([int(t) for t in tokens], dtype=np.int64)
    return np.array(values, dtype=np.float64)


def _captured(caught) -> list[str]:
    seen: list[str] = []
    for w in caught:
        text = f"{w.category.__name__}: {w.message}"
        if text not in seen:
            seen.append(text)
    return seen


def _ranks(v: np.ndarray) -> np.ndarray:
    """1 for the largest entry, 2 for the next, ... (ties keep their left-to-right order)."""
    return np.argsort(np.argsort(-v, kind="stable"), kind="stable") + 1


@dataclass
class SoftmaxSteps:
    """Every value the section shows for one input vector."""

    a: np.ndarray
    exp_a: np.ndarray
    sum_exp_a: float
    naive: np.ndarray
    c: object
    shifted: np.ndarray
    exp_shifted: np.ndarray
    y: np.ndarray
    y_sum: float
    naive_warnings: list[str] = field(default_factory=list)
    stable_warnings: list[str] = field(default_factory=list)

    @property
    def naive_failed(self) -> bool:
        return not np.all(np.isfinite(self.naive))

    @property
    def order_kept(self) -> bool:
        return bool(np.array_equal(_ranks(self.a), _ranks(self.y)))


def compute(a: np.ndarray) -> SoftmaxSteps:
    """The chapter's steps for ``a``, warnings captured instead of printed."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with np.errstate(all="warn"):
            exp_a = np.exp(a)
            sum_exp_a = np.sum(exp_a)
            naive = F.naive_softmax(a)
    naive_warnings = _captured(caught)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with np.errstate(all="warn", under="ignore"):
            c = np.max(a)
            shifted = a - c
            exp_shifted = np.exp(shifted)
            y = F.softmax(a)
            y_sum = np.sum(y)
    return SoftmaxSteps(a, exp_a, float(sum_exp_a), naive, c, shifted, exp_shifted, y,
                        float(y_sum), naive_warnings, _captured(caught))


class SoftmaxExplorer(QWidget):
    """An editable score vector, the chapter's softmax listing with live values, and bars."""

    computed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("softmaxSection")
        self.steps: SoftmaxSteps | None = None
        self._build()
        self.set_input(BOOK_INPUT)

    # layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.input = QLineEdit(objectName="softmaxInput")
        self.input.setFont(mono_font(11))
        self.input.setPlaceholderText(self.tr("scores, e.g. 0.3, 2.9, 4.0"))
        self.input.setToolTip(self.tr("The scores a (the output layer's sums); up to {0} numbers").format(MAX_LENGTH))
        self.input.setClearButtonEnabled(True)
        self.input.textChanged.connect(self._on_input_text_changed)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(QLabel("a ="))
        row.addWidget(self.input, 1)
        self.presetButtons: dict[str, QPushButton] = {}
        for name, text, value, tip in PRESETS:
            button = QPushButton(text, objectName=name)
            button.setToolTip(translate("SoftmaxExplorer", tip))
            button.clicked.connect(lambda _=False, v=value: self.set_input(v))
            row.addWidget(button)
            self.presetButtons[name] = button
        self.error = QLabel(objectName="softmaxError")
        self.error.setStyleSheet(f"color: {BAD};")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(1, 1)
        self.outputs: dict[str, ArrayText] = {}
        r = 0

        def heading(text: str) -> None:
            nonlocal r
            label = caption(text)
            label.setStyleSheet(f"color: {theme.MUTED}; font-weight: bold; padding-top: 6px;")
            grid.addWidget(label, r, 0, 1, 2)
            r += 1

        def line(code: str, name: str, tip: str = "") -> ArrayText:
            nonlocal r
            left = code_label(code, colour=theme.CODE_LINE)
            left.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = ArrayText(name)  # long vectors wrap between numbers instead of widening the window
            if tip:
                left.setToolTip(tip)
                value.setToolTip(tip)
            grid.addWidget(left, r, 0)
            grid.addWidget(value, r, 1)
            self.outputs[name] = value
            r += 1
            return value

        line("a", "aOutput")
        heading(self.tr("3.5.1  Softmax as written:  y_k = exp(a_k) / \u03a3 exp(a_i)"))
        line("exp_a = np.exp(a)", "expOutput")
        line("sum_exp_a = np.sum(exp_a)", "expSumOutput")
        # the book's own line (short: the values beside the code need the room on a 1024 px screen)
        line("y = exp_a / sum_exp_a", "naiveOutput", "y = digitpad.nn.functions.naive_softmax(a)")
        self.naiveWarning = QLabel(objectName="naiveWarning")
        self.naiveWarning.setFont(mono_font(9))
        self.naiveWarning.setStyleSheet(f"color: {WARN}; background: {theme.WARN_FILL}; border-radius: 3px; "
                                        "padding: 3px 6px;")
        self.naiveWarning.setWordWrap(True)
        self.naiveWarning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.naiveWarning, r, 0, 1, 2)
        r += 1
        heading(self.tr("3.5.2  The overflow fix: subtract the largest score first"))
        line("c = np.max(a)", "maxOutput")
        line("a - c", "shiftedOutput")
        line("np.exp(a - c)", "expShiftedOutput")
        line("y = softmax(a)", "softmaxOutput", "y = digitpad.nn.functions.softmax(a)")
        heading(self.tr("3.5.3  What softmax keeps"))
        line("np.sum(y)", "softmaxSumOutput")
        line("np.argmax(a), np.argmax(y)", "orderOutput")
        line(self.tr("ranks of a and of y"), "rankOutput", self.tr("1 marks the largest entry"))
        grid.setRowStretch(r, 1)

        listing = QGroupBox(self.tr("The chapter's code, run on your a"))
        listing.setLayout(grid)
        listing.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.inputBars = ValueBars(self.tr("a (scores)"), "softmaxInputBars")
        self.outputBars = ValueBars("y = softmax(a)", "softmaxBars")
        self.note = QLabel(objectName="softmaxNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {theme.MUTED};")
        bars = QVBoxLayout()
        bars.setContentsMargins(0, 0, 0, 0)
        bars.setSpacing(6)
        bars.addWidget(self.inputBars, 1)
        bars.addWidget(self.outputBars, 1)
        bars.addWidget(self.note)
        bars_box = QWidget()
        bars_box.setLayout(bars)
        bars_box.setFixedWidth(240)

        lay_out_section(
            self,
            self.tr("Softmax"),
            self.tr("The output layer turns scores into probabilities. Edit a, or try the large scores "
                    "that make the formula as written overflow."),
            [(listing, 1), (bars_box, 0)],
            above=(row, self.error))

    # public ------------------------------------------------------------------------

    def set_input(self, text: str) -> None:
        """Put ``text`` in the input field (as if typed) and show its softmax."""
        if self.input.text() == text:
            self._on_input_text_changed(text)
        else:
            self.input.setText(text)

    def output_text(self, name: str) -> str:
        """What the row ``name`` shows, on one line (as wrapped on screen, its line breaks are spaces)."""
        return self.outputs[name].plain_text()

    def warning_texts(self) -> list[str]:
        return [] if self.steps is None else list(self.steps.naive_warnings)

    # updates -----------------------------------------------------------------------

    def _on_input_text_changed(self, text: str) -> None:
        try:
            a = parse_vector(text)
        except VectorError as exc:
            self.error.setText(self.tr("\u26a0  {0}. The values below are for the last valid input.").format(exc))
            self.error.setVisible(True)
            self.input.setStyleSheet(f"QLineEdit {{ border: 1px solid {BAD}; }}")
            return
        self.error.setVisible(False)
        self.input.setStyleSheet("")
        self._show(compute(a))

    def _show(self, s: SoftmaxSteps) -> None:
        self.steps = s
        out = self.outputs
        out["aOutput"].set_value(s.a)
        out["expOutput"].set_value(s.exp_a)
        out["expSumOutput"].set_value(s.sum_exp_a)
        out["naiveOutput"].set_value(s.naive)
        out["naiveOutput"].setStyleSheet(f"color: {BAD if s.naive_failed else theme.TEXT};")
        out["expOutput"].setStyleSheet(
            f"color: {BAD if not np.all(np.isfinite(s.exp_a)) else theme.TEXT};")
        if s.naive_warnings:
            self.naiveWarning.setText(self.tr("captured, not printed:\n{0}").format("\n".join(s.naive_warnings)))
            self.naiveWarning.setVisible(True)
        else:
            self.naiveWarning.clear()
            self.naiveWarning.setVisible(False)
        out["maxOutput"].set_value(s.c)
        out["shiftedOutput"].set_value(s.shifted)
        out["expShiftedOutput"].set_value(s.exp_shifted)
        out["softmaxOutput"].set_value(s.y)
        out["softmaxOutput"].setStyleSheet(f"color: {GOOD}; font-weight: bold;")
        near_one = abs(s.y_sum - 1.0) < 1e-9
        sum_text = np_str(s.y_sum)
        if near_one and s.y_sum != 1.0:
            sum_text = self.tr("{0}   (1 up to rounding)").format(sum_text)
        out["softmaxSumOutput"].set_value(sum_text)
        out["softmaxSumOutput"].setStyleSheet(f"color: {GOOD if near_one else BAD};")
        ia, iy = int(np.argmax(s.a)), int(np.argmax(s.y))
        order = f"({ia}, {iy})"
        out["orderOutput"].set_value(self.tr("{0}   the same entry wins").format(order) if ia == iy else order)
        ra, ry = _ranks(np.asarray(s.a, dtype=float)), _ranks(s.y)
        words = (self.tr("{0}   the same order") if s.order_kept
                 else self.tr("{0}   ties in y: exp underflowed to 0"))
        before, _, after = words.partition("{0}")
        out["rankOutput"].set_parts(before, ra, "  ", ry, after)

        colours = [theme.ACCENT if rank == 1 else _RANK_COLOURS[min(rank - 2, len(_RANK_COLOURS) - 1)]
                   for rank in ra]
        self.inputBars.set_values(np.asarray(s.a, dtype=float), colours,
                                  [f"{v:.4g}" for v in np.asarray(s.a, dtype=float)])
        self.outputBars.set_values(s.y, colours, [f"{v:.3f}" if v >= 0.001 else f"{v:.2g}" for v in s.y],
                                   fixed_range=(0.0, 1.0))
        if s.naive_failed:
            self.note.setText(self.tr(
                "exp({0}) is beyond the largest float64 (about 1.8e308), so it "
                "becomes inf and inf / inf is nan. softmax subtracts c = max(a) first: the largest "
                "exponent is then exp(0) = 1 and nothing overflows. The result is the same, because "
                "the factor exp(-c) cancels between the numerator and the sum.").format(np_str(np.max(s.a))))
        else:
            self.note.setText(self.tr(
                "Every y is between 0 and 1 and they sum to 1. The bars share colours by rank: "
                "exp is increasing, so the largest score gets the largest probability, which is "
                "why a classifier may skip softmax when it only needs the answer."))
        self.computed.emit()
