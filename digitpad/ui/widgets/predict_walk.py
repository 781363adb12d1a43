"""predict() on your digit (book section 3.6.2): the chapter's last network, line by line.

The current drawing (``set_input``) goes through ``digitpad.nn.explain.trace``,
the book's ``predict()`` with every intermediate kept. The listing highlights
the current line; below it each layer shows the newest value it has: the 784
inputs as the 28x28 picture, the hidden layers as cells (red/blue for a
weighted sum a, dark-to-bright for a sigmoid's z), the 10 outputs as bars.
Pointing at a cell or a bar explains that unit (``UnitPanel``); the evidence
map (``EvidencePanel``) says why the answer beat the runner-up.

The trace costs well under a millisecond, so it follows every stroke; the
evidence map follows at most every EVIDENCE_INTERVAL_MS. Nothing is computed
while the section is hidden: a new drawing only marks it out of date.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ...nn import explain
from .. import theme
from ..i18n import translate
from ..model_state import ModelState
from ..units import probability_text
from .explore_common import caption, mono_font, lay_out_section
from .predict_panels import EvidencePanel, UnitPanel
from .predict_views import ColourPixelView, UnitBars, UnitCells, level_colours, signed_colours

CODE_WIDTH = 25   # characters of code before the shapes column
FLOW_HEIGHT = 140  # the layers' views: the 28x28 input at 5 px a pixel


def _usable_image(image) -> np.ndarray | None:
    """A (28, 28) array of finite pixels, clipped to 0..255, or None for anything else."""
    try:
        image = np.asarray(image, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    if image.shape != (28, 28) or not np.all(np.isfinite(image)):
        return None
    return np.clip(image, 0, 255)


class _CodeList(QListWidget):
    """predict()'s lines, one row each, exactly as tall as its rows at the current font (zoom)."""

    def __init__(self):
        super().__init__(objectName="predictCode")
        self.setFont(mono_font(9))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the current line: the accent, faint behind, full in front
        self.setStyleSheet(f"QListWidget#predictCode {{ background: {theme.CODE_BG}; border-radius: 4px; }}"
                           f"QListWidget#predictCode::item:selected {{ background: "
                           f"{theme.rgba(theme.CURRENT_LINE)}; color: {theme.ACCENT}; }}")

    def fit_rows(self) -> None:
        row = QFontMetrics(self.font()).height() + 3
        self.setFixedHeight(row * max(self.count(), 1) + 2 * self.frameWidth() + 4)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_rows()


def step_caption(tr: explain.Trace, name: str) -> str:
    """What the line ``name`` does, in the book's words."""
    if name == "x":
        return translate("PredictWalk",
                         "The input layer: the 28\u00d728 drawing as 784 numbers, each pixel divided by 255 "
                         "(normalize=True). The app folds the /255 into W1 when it runs; the values are "
                         "the same.")
    layer = int(name[1:]) if name != "y" else tr.n_layers
    n = len(tr[name])
    if name == "y":
        return translate("PredictWalk",
                         "softmax turns the scores into probabilities that add up to 1, keeping their "
                         "order: the answer is {0} ({1}), the runner-up {2}.").format(
            tr.answer, probability_text(tr.probabilities[tr.answer]), tr.runner_up)
    below = "x" if layer == 1 else f"z{layer - 1}"
    if name.startswith("a"):
        if layer == tr.n_layers:
            text = translate("PredictWalk", "The weighted sums: each of the {0} neurons multiplies the {1} "
                             "values of {2} by its weights and adds its bias. Red: positive, blue: "
                             "negative. These are the output layer's scores.")
        else:
            text = translate("PredictWalk", "The weighted sums: each of the {0} neurons multiplies the {1} "
                             "values of {2} by its weights and adds its bias. Red: positive, blue: "
                             "negative.")
        return text.format(n, len(tr[below]), below)
    act = tr.activations[layer - 1]
    if act == "sigmoid":
        return translate("PredictWalk", "The activation function h() = {0} turns each weighted sum into "
                         "the signal the next layer receives (0 to 1).").format(act)
    return translate("PredictWalk", "The activation function h() = {0} turns each weighted sum into the "
                     "signal the next layer receives.").format(act)


class PredictWalk(QWidget):
    """The book's predict() on the current drawing: the listing, each layer's values, each unit, the evidence."""

    traced = Signal()

    def __init__(self, state: ModelState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("predictSection")
        self.state = state
        self.image: np.ndarray | None = None
        self.trace: explain.Trace | None = None
        self.step = 0
        self._dirty = True
        self._pinned: tuple[int, int] | None = None
        self._build()
        state.modelChanged.connect(self._on_model_changed)
        self._on_model_changed(state.model)

    # layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.codeList = _CodeList()
        self.codeList.currentRowChanged.connect(self._on_code_row_changed)
        self.backButton = QPushButton(self.tr("\u25c0 Back"), objectName="stepBack")
        self.nextButton = QPushButton(self.tr("Next \u25b6"), objectName="stepNext")
        self.allButton = QPushButton(self.tr("Show all"), objectName="stepAll")
        self.backButton.setToolTip(self.tr("The line before: undo one step of predict()"))
        self.nextButton.setToolTip(self.tr("Run the next line of predict()"))
        self.allButton.setToolTip(self.tr("Run predict() to the end"))
        self.backButton.clicked.connect(lambda: self.set_step(self.step - 1))
        self.nextButton.clicked.connect(lambda: self.set_step(self.step + 1))
        self.allButton.clicked.connect(lambda: self.set_step(self.codeList.count() - 1))
        buttons = QHBoxLayout()
        for button in (self.backButton, self.nextButton, self.allButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.stepCaption = QLabel(objectName="stepCaption")
        self.stepCaption.setWordWrap(True)
        self.stepCaption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stepCaption.setMinimumHeight(3 * self.fontMetrics().height())
        self.flow = QHBoxLayout()
        self.flow.setSpacing(10)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.codeList)
        left.addLayout(buttons)
        left.addWidget(self.stepCaption)
        left.addLayout(self.flow)
        left.addStretch(1)

        self.unitPanel = UnitPanel()
        self.evidencePanel = EvidencePanel()
        right = QVBoxLayout()
        right.setSpacing(6)
        # the map first: the explanation below it grows and shrinks with the unit pointed at, and
        # nothing under the pointer may move when it does
        right.addWidget(self.evidencePanel)
        right.addWidget(self.unitPanel)
        right.addStretch(1)
        lay_out_section(
            self, self.tr("predict() on your digit"),
            self.tr("The network reading your drawing, as the book's predict() computes it, line by line. "
                    "Step through it, point at a neuron, see which ink made it choose."),
            [(left, 3), (right, 2)])

    def _build_flow(self, sizes: tuple[int, ...]) -> None:
        """One view per layer: the picture, a grid of cells per hidden layer, the bars."""
        for widget in getattr(self, "_flow_widgets", ()):
            widget.setParent(None)    # gone from findChild at once, deleted once unreferenced
            widget.deleteLater()
        while self.flow.count():
            item = self.flow.takeAt(0)
            if item.layout() is not None:
                item.layout().deleteLater()
        self.inputView = ColourPixelView(guides=False)
        self.inputView.setObjectName("predictInput")
        self.inputView.setFixedSize(FLOW_HEIGHT, FLOW_HEIGHT)
        self.layerViews: list = []
        self.layerTitles: list[QLabel] = []
        self._inputTitle = self._title(self.tr("x as 28\u00d728"))
        self.flow.addLayout(self._column(self._inputTitle, self.inputView), 0)
        for layer, n in enumerate(sizes[1:], start=1):
            last = layer == len(sizes) - 1
            view = UnitBars() if last else UnitCells(n)
            view.setObjectName("outputBars" if last else f"layer{layer}Cells")
            view.setFixedHeight(FLOW_HEIGHT)
            view.unitHovered.connect(lambda unit, k=layer: self._on_unit_hovered(k, unit))
            view.unitClicked.connect(lambda unit, k=layer: self._on_unit_clicked(k, unit))
            title = self._title("")
            self.layerViews.append(view)
            self.layerTitles.append(title)
            self.flow.addLayout(self._column(title, view), 1)
        self._flow_widgets = [self.inputView, *self.layerViews, *self.layerTitles, self._inputTitle]
        for widget in self._flow_widgets:
            widget.show()   # at once, not after the layout's queued show

    @staticmethod
    def _column(title: QLabel, view: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(title)
        column.addWidget(view)
        column.addStretch(1)
        return column

    @staticmethod
    def _title(text: str) -> QLabel:
        label = caption(text)
        label.setFont(mono_font(9))
        return label

    # public ------------------------------------------------------------------------

    def set_input(self, image) -> None:
        """The current drawing: a (28, 28) 0..255 image, or None for an empty canvas."""
        self.image = _usable_image(image)
        if self.isVisible():
            self.recompute()
        else:
            self._dirty = True

    def set_step(self, step: int) -> None:
        """Show predict() up to line ``step`` (0 is x = ..., the last is y = softmax(...))."""
        step = max(0, min(step, self.codeList.count() - 1))
        self.step = step
        if self.codeList.currentRow() != step:
            self.codeList.setCurrentRow(step)
        self.backButton.setEnabled(step > 0)
        self.nextButton.setEnabled(step < self.codeList.count() - 1)
        self.allButton.setEnabled(step < self.codeList.count() - 1)
        self._show_values()

    def current_line(self) -> str:
        return self._steps()[self.step].code

    def recompute(self) -> None:
        """Trace the current drawing through the active network and show it."""
        self._dirty = False
        network = self.state.network
        self.trace = None if self.image is None else explain.trace(network, self.image)
        self._show_values()
        self._explain_unit_again()
        self.evidencePanel.set_drawing(network, self.image, self.trace)
        self.traced.emit()

    # showing -----------------------------------------------------------------------

    def _explain_unit_again(self) -> None:
        """The unit panel for the new drawing: the same unit (pinned, or last pointed at) with its new values."""
        shown = self.unitPanel.explanation
        unit = self._pinned or (None if shown is None else (shown.layer, shown.unit))
        if self.trace is None:
            self.unitPanel.clear(self.tr("Draw a digit in the Draw tab to see what goes into each neuron."))
        elif unit is None:
            self.unitPanel.clear()
        else:
            self.unitPanel.show_unit(self.state.network, self.trace, *unit)

    def _steps(self) -> tuple[explain.Step, ...]:
        return (self.trace or self._blank).steps

    def _fill_code(self) -> None:
        self.codeList.blockSignals(True)
        self.codeList.clear()
        for step in self._blank.steps:
            item = QListWidgetItem(f"{step.code.ljust(CODE_WIDTH)} {step.shapes}")
            item.setToolTip(self.tr("{0}: shape {1}").format(step.name, step.shape))
            self.codeList.addItem(item)
        self.codeList.blockSignals(False)
        self.codeList.fit_rows()

    def _show_values(self) -> None:
        """Each layer's newest value up to the current line; the lines after it not computed yet."""
        tr, steps = self.trace, self._steps()
        reached = {s.name for s in steps[:self.step + 1]}
        self.stepCaption.setText(step_caption(tr, steps[self.step].name) if tr is not None else
                                 self.tr("Draw a digit in the Draw tab: every line below is then computed on it."))
        self.inputView.set_rgb(None if tr is None else level_colours(tr["x"].reshape(28, 28)))
        n = len(self.layerViews)
        for layer, (view, title) in enumerate(zip(self.layerViews, self.layerTitles), start=1):
            a, z = f"a{layer}", ("y" if layer == n else f"z{layer}")
            name = z if z in reached else (a if a in reached else None)
            title.setText(f"{name or a} (1, {len(self._blank[a])})")
            if tr is None or name is None:
                view.set_values(None, None)
            elif isinstance(view, UnitBars):
                self._show_outputs(view, tr, name)
            else:
                values = tr[name]
                view.set_values(values, signed_colours(values) if name == a else level_colours(values))

    @staticmethod
    def _show_outputs(view: UnitBars, tr: explain.Trace, name: str) -> None:
        """The scores a3 as signed bars, or the probabilities y with the answer in the accent colour."""
        values = tr[name]
        if name.startswith("a"):
            view.set_values(values, signed_colours(values), [f"{v:+.1f}" for v in values], signed=True)
            return
        colours = np.array([QColor(theme.ACCENT if d == tr.answer else theme.BAR).getRgb()[:3]
                            for d in range(len(values))])
        view.set_values(values, colours, [probability_text(v) for v in values])

    # slots -------------------------------------------------------------------------

    def _on_model_changed(self, model) -> None:
        network = self.state.network
        self._blank = explain.trace(network, np.zeros(network.n_inputs))
        self._pinned = None
        self.unitPanel.clear()          # its units may not exist in the new network
        self._build_flow(network.sizes)
        self._fill_code()
        self.set_step(self.codeList.count() - 1)
        if self.isVisible():
            self.recompute()
        else:
            self._dirty = True

    def _on_code_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.step:
            self.set_step(row)

    def _on_unit_hovered(self, layer: int, unit: int) -> None:
        if self.trace is None:
            return
        if unit >= 0:
            self.unitPanel.show_unit(self.state.network, self.trace, layer, unit)
        elif self._pinned is not None:
            self.unitPanel.show_unit(self.state.network, self.trace, *self._pinned)

    def _on_unit_clicked(self, layer: int, unit: int) -> None:
        if self.trace is None:
            return
        self._pinned = (layer, unit)
        for k, view in enumerate(self.layerViews, start=1):
            view.set_selected(unit if k == layer else -1)
        self.unitPanel.show_unit(self.state.network, self.trace, layer, unit)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.recompute()
