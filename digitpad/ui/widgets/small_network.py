"""The book's 3-layer network (section 3.4.3): init_network's weights, x = [1.0, 0.5], step by step.

The forward pass is the book's ``forward(network, x)`` written with the real
functions of ``digitpad.nn.functions`` (the hidden activation can be swapped
among them); the diagram and the listing show every intermediate value, and
editing x recomputes everything at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QPushButton, QSlider, QVBoxLayout, QWidget)

from ...nn import functions as F
from ...nn.activations import HIDDEN_ACTIVATIONS, REGISTRY
from .. import theme
from .array_text import ArrayText
from .explore_common import caption, code_label, mono_font, lay_out_section
from .network_diagram import NetworkDiagram

#: init_network() of the book's section 3.4.3.
BOOK_NETWORK: dict[str, np.ndarray] = {
    "W1": np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]),
    "b1": np.array([0.1, 0.2, 0.3]),
    "W2": np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]),
    "b2": np.array([0.1, 0.2]),
    "W3": np.array([[0.1, 0.3], [0.2, 0.4]]),
    "b3": np.array([0.1, 0.2]),
}
BOOK_X = (1.0, 0.5)
X_LIMIT = 5.0
SLIDER_STEPS = 100  # slider units per 1.0 of x
STEP_NAMES = ("x", "a1", "z1", "a2", "z2", "a3", "y")


@dataclass
class ForwardSteps:
    x: np.ndarray
    a: list[np.ndarray]   # a1, a2, a3
    z: list[np.ndarray]   # z1, z2, y


def forward(network: dict, x, hidden: str = "sigmoid") -> ForwardSteps:
    """The book's forward(): two hidden layers with ``hidden``, identity at the output."""
    h = REGISTRY[hidden].function
    x = np.asarray(x, dtype=np.float64)
    a1 = np.dot(x, network["W1"]) + network["b1"]
    z1 = np.asarray(h(a1), dtype=np.float64)
    a2 = np.dot(z1, network["W2"]) + network["b2"]
    z2 = np.asarray(h(a2), dtype=np.float64)
    a3 = np.dot(z2, network["W3"]) + network["b3"]
    y = F.identity_function(a3)
    return ForwardSteps(x, [a1, a2, a3], [z1, z2, y])


class SmallNetwork(QWidget):
    """x in, the diagram in the middle, the listing of the forward pass beside it."""

    computed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("networkSection")
        self.network = {k: v.copy() for k, v in BOOK_NETWORK.items()}
        self.steps: ForwardSteps | None = None
        self._values: dict[str, np.ndarray] = {}
        self._build()
        self.recompute()

    # layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.diagram = NetworkDiagram()
        self.diagram.setToolTip("")

        inputs = QGroupBox(self.tr("Input x"))
        grid = QGridLayout(inputs)
        grid.setHorizontalSpacing(8)
        self.xSpins: list[QDoubleSpinBox] = []
        self.xSliders: list[QSlider] = []
        for i, value in enumerate(BOOK_X):
            spin = QDoubleSpinBox(objectName=f"x{i + 1}Spin")
            spin.setRange(-X_LIMIT, X_LIMIT)
            spin.setDecimals(2)
            spin.setSingleStep(0.1)
            spin.setValue(value)
            spin.setFont(mono_font(10))
            slider = QSlider(Qt.Orientation.Horizontal, objectName=f"x{i + 1}Slider")
            slider.setRange(int(-X_LIMIT * SLIDER_STEPS), int(X_LIMIT * SLIDER_STEPS))
            slider.setValue(round(value * SLIDER_STEPS))
            spin.valueChanged.connect(lambda v, k=i: self._on_x_spin_changed(k, v))
            slider.valueChanged.connect(lambda v, k=i: self._on_x_slider_changed(k, v))
            grid.addWidget(QLabel("x" + "\u2081\u2082"[i]), i, 0)
            grid.addWidget(slider, i, 1)
            grid.addWidget(spin, i, 2)
            self.xSpins.append(spin)
            self.xSliders.append(slider)
        self.resetButton = QPushButton(self.tr("Book's x"), objectName="resetX")
        self.resetButton.setToolTip(self.tr("Back to x = {0}").format("[1.0, 0.5]"))
        self.resetButton.clicked.connect(lambda: self.set_x(BOOK_X))
        self.hiddenCombo = QComboBox(objectName="hiddenActivation")
        for name in HIDDEN_ACTIVATIONS:
            self.hiddenCombo.addItem(name, name)
        self.hiddenCombo.setCurrentIndex(HIDDEN_ACTIVATIONS.index("sigmoid"))
        self.hiddenCombo.setToolTip(self.tr("The activation h of both hidden layers (the book uses sigmoid)"))
        self.hiddenCombo.currentIndexChanged.connect(lambda _: self.recompute())
        grid.addWidget(QLabel(self.tr("hidden h")), 2, 0)
        grid.addWidget(self.hiddenCombo, 2, 1)
        grid.addWidget(self.resetButton, 2, 2)

        # stepping through the forward pass
        self.stepSlider = QSlider(Qt.Orientation.Horizontal, objectName="stepSlider")
        self.stepSlider.setRange(0, len(STEP_NAMES) - 1)
        self.stepSlider.setValue(len(STEP_NAMES) - 1)
        self.stepSlider.setPageStep(1)
        self.stepSlider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.stepSlider.valueChanged.connect(self._on_step_value_changed)
        self.stepBack = QPushButton("\u25c0", objectName="stepBack")
        self.stepBack.setToolTip(self.tr("One step back"))
        self.stepNext = QPushButton("\u25b6", objectName="stepNext")
        self.stepNext.setToolTip(self.tr("Compute the next step"))
        self.stepAll = QPushButton(self.tr("All"), objectName="stepAll")
        self.stepAll.setToolTip(self.tr("Show the whole forward pass"))
        for button in (self.stepBack, self.stepNext):
            button.setFixedWidth(34)
        self.stepBack.clicked.connect(lambda: self.set_step(self.stepSlider.value() - 1))
        self.stepNext.clicked.connect(lambda: self.set_step(self.stepSlider.value() + 1))
        self.stepAll.clicked.connect(lambda: self.set_step(len(STEP_NAMES) - 1))
        self.stepCaption = QLabel(objectName="stepCaption")
        self.stepCaption.setWordWrap(True)
        self.stepCaption.setStyleSheet(f"color: {theme.ACCENT};")
        # the longest step's words take two lines: keep room for them when the window is short
        self.stepCaption.setMinimumHeight(2 * self.stepCaption.fontMetrics().lineSpacing() + 2)
        step_row = QHBoxLayout()
        step_row.setSpacing(4)
        step_row.addWidget(self.stepBack)
        step_row.addWidget(self.stepSlider, 1)
        step_row.addWidget(self.stepNext)
        step_row.addWidget(self.stepAll)

        listing = QGroupBox(self.tr("forward(network, x), step by step"))
        lv = QVBoxLayout(listing)
        lv.setSpacing(1)
        lv.addLayout(step_row)
        lv.addWidget(self.stepCaption)
        self.outputs: dict[str, ArrayText] = {}
        self.codes: dict[str, QLabel] = {}
        code_lines = (
            ("a1", "a1 = np.dot(x, W1) + b1"),
            ("z1", "z1 = {h}(a1)"),
            ("a2", "a2 = np.dot(z1, W2) + b2"),
            ("z2", "z2 = {h}(a2)"),
            ("a3", "a3 = np.dot(z2, W3) + b3"),
            ("y", "y = identity_function(a3)"),
        )
        self._code_templates = dict(code_lines)
        for key, code in code_lines:
            c = code_label(code, colour=theme.CODE_LINE)
            v = ArrayText(f"{key}Output")     # wraps as NumPy wraps a long array, never cut
            v.setContentsMargins(14, 0, 0, 4)
            lv.addWidget(c)
            lv.addWidget(v)
            self.codes[key] = c
            self.outputs[key] = v
        lv.addStretch(1)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(inputs)
        right.addWidget(listing, 1)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMinimumWidth(390)
        right_box.setMaximumWidth(440)

        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.diagram, 1)
        hint = caption(self.tr("Edge thickness shows the size of a weight (blue positive, red negative; "
                               "dashed: biases). Hover a node to see the sum behind its value."))
        hint.setWordWrap(True)
        left.addWidget(hint)

        lay_out_section(
            self,
            self.tr("A 3-layer network"),
            self.tr("The book's small network with its init_network() weights. Change x and watch every "
                    "layer follow, or step through the forward pass one computation at a time."),
            [(left, 1), (right_box, 0)])

    # public ------------------------------------------------------------------------

    def x(self) -> np.ndarray:
        return np.array([spin.value() for spin in self.xSpins])

    def set_x(self, values) -> None:
        for spin, value in zip(self.xSpins, values):
            spin.setValue(float(value))

    def hidden(self) -> str:
        return self.hiddenCombo.currentData()

    def set_hidden(self, name: str) -> None:
        self.hiddenCombo.setCurrentIndex(HIDDEN_ACTIVATIONS.index(name))

    def set_step(self, step: int) -> None:
        self.stepSlider.setValue(int(min(max(step, 0), len(STEP_NAMES) - 1)))

    def output(self) -> np.ndarray | None:
        return None if self.steps is None else self.steps.z[-1].copy()

    # computing ---------------------------------------------------------------------

    def recompute(self) -> None:
        hidden = self.hidden()
        s = self.steps = forward(self.network, self.x(), hidden)
        n = self.network
        self.diagram.set_network([n["W1"], n["W2"], n["W3"]], [n["b1"], n["b2"], n["b3"]],
                                 [hidden, hidden, "identity"])
        self.diagram.set_values(s.x, s.a, s.z)
        self._values = {"a1": s.a[0], "z1": s.z[0], "a2": s.a[1], "z2": s.z[1], "a3": s.a[2], "y": s.z[2]}
        for key in self._values:
            self.codes[key].setText(self._code_templates[key].format(h=hidden))
        self._show_step()
        self.computed.emit()

    def _show_step(self) -> None:
        step = self.stepSlider.value()
        self.diagram.set_step(step)
        for index, key in enumerate(STEP_NAMES[1:], start=1):
            done = index <= step
            current = index == step
            colour = theme.ACCENT if current else (theme.TEXT if done else theme.CODE_PENDING)
            self.outputs[key].set_value(self._values[key] if done else "\u2026")  # not computed yet
            self.outputs[key].setStyleSheet(f"color: {colour};" + (" font-weight: bold;" if current else ""))
            self.codes[key].setStyleSheet(f"color: {theme.CODE_LINE if done else theme.CODE_PENDING};")
        captions = {
            0: self.tr("Step 0: the input x. Press \u25b6 to compute the first layer."),
            1: self.tr("Step 1: each unit of layer 1 sums x times its weights, plus its bias: "
                       "a1 = x\u00b7W1 + b1."),
            2: self.tr("Step 2: the activation turns each sum into the layer's output: z1 = {0}(a1)."),
            3: self.tr("Step 3: layer 2 does the same with z1 as its input: a2 = z1\u00b7W2 + b2."),
            4: self.tr("Step 4: z2 = {0}(a2)."),
            5: self.tr("Step 5: the output layer's sums a3 = z2\u00b7W3 + b3."),
            6: self.tr("Step 6: the output activation is the identity here (regression), so y = a3."),
        }
        self.stepCaption.setText(captions[step].format(self.hidden()))
        self.stepBack.setEnabled(step > 0)
        self.stepNext.setEnabled(step < len(STEP_NAMES) - 1)

    # slots -------------------------------------------------------------------------

    def _on_x_spin_changed(self, index: int, value: float) -> None:
        slider = self.xSliders[index]
        blocked = slider.blockSignals(True)
        slider.setValue(round(value * SLIDER_STEPS))
        slider.blockSignals(blocked)
        self.recompute()

    def _on_x_slider_changed(self, index: int, value: int) -> None:
        self.xSpins[index].setValue(value / SLIDER_STEPS)  # recomputes through the spin box

    def _on_step_value_changed(self, value: int) -> None:
        self._show_step()
