"""The Explore tab: everything chapter 3 prints as code and numbers, to poke at.

A list of sections on the left, one page each on the right, in the book's order:

- 3.2 Activation functions: step, sigmoid, ReLU, identity (and tanh), their
  derivatives, a movable x marker and each function's own source;
- 3.3 Matrix product: X . W = Y with editable cells and shapes;
- 3.4 A 3-layer network: the book's init_network() run step by step on a diagram;
- 3.5 Softmax: exp, the sum, y, the overflow and its fix, the order kept;
- 3.6 Swap the activation: the app's trained network with another hidden
  activation, scored on the MNIST test set and on the current drawing;
- 3.6.2 predict() on your digit: the current drawing through the
  network line by line, each neuron explained, and why it chose its answer.

Every number comes from ``digitpad.nn`` as it runs. The sections other than
3.6 are widgets in ``widgets/``; 3.6 needs the app's model and a background
job, so it lives beside this module (``explore_swap``); the section list is
``explore_sections``. 3.6.2 is given the drawing in one place,
``ExploreTab._on_drawing_changed``, through its ``set_input``.

The "current drawing" is the app state's ``drawing`` (the Draw tab writes
it as the user draws): the section reads it when it changes, or when it is
next shown if it changed while hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QStackedWidget, QVBoxLayout, QWidget)

from . import theme
from .explore_sections import SECTIONS, _SectionDelegate, section_list_width, section_title
from .explore_swap import SWAP_ORDER, SWAP_TITLES, SwapSection
from .model_state import ModelState
from .settings import SettingsReader
from .tab import AppTab
from .widgets.activation_explorer import (DEFAULT_MARKER, DEFAULT_RANGE, RANGE_LIMIT,
                                          ActivationExplorer)
from .widgets.matrix_product import MatrixProduct
from .widgets.predict_walk import PredictWalk
from .widgets.small_network import SmallNetwork
from .widgets.softmax_explorer import SoftmaxExplorer

__all__ = ["SECTIONS", "SWAP_ORDER", "SWAP_TITLES", "ExploreTab", "SwapSection", "section_list_width"]


class _ShownSectionStack(QStackedWidget):
    """The sections, one shown at a time, asking only for the room the shown one needs.

    A QStackedWidget's least size is the largest of all its pages': the tallest
    section (3.4's diagram) would make every other one as tall, and on a small
    screen stretch the activation plot past its controls.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.currentChanged.connect(self._on_current_changed)

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return super().sizeHint() if page is None else page.sizeHint().expandedTo(self.minimumSizeHint())

    def _on_current_changed(self, _index: int) -> None:
        self.updateGeometry()


class ExploreTab(AppTab):
    """Chapter 3's code and numbers, section by section, all of it live."""

    def __init__(self, state: ModelState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exploreTab")
        self.state = state

        self.activationSection = ActivationExplorer()
        self.matrixSection = MatrixProduct()
        self.networkSection = SmallNetwork()
        self.softmaxSection = SoftmaxExplorer()
        self.swapSection = SwapSection(state)
        self.swapSection.statusMessage.connect(self.statusMessage)
        self.predictSection = PredictWalk(state)
        state.drawingChanged.connect(self._on_drawing_changed)
        self._on_drawing_changed()   # a drawing made before this tab was first opened
        self.sections: dict[str, QWidget] = {
            "activations": self.activationSection,
            "matrix": self.matrixSection,
            "network": self.networkSection,
            "softmax": self.softmaxSection,
            "swap": self.swapSection,
            "predict": self.predictSection,
        }

        self.sectionList = QListWidget(objectName="sectionList")
        self.sectionList.setItemDelegate(_SectionDelegate(self.sectionList))
        self.sectionList.setMouseTracking(True)
        self.sectionList.setFrameShape(QFrame.Shape.NoFrame)
        self.sectionList.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sectionList.setStyleSheet(f"QListWidget#sectionList {{ background: {theme.PANEL}; "
                                       "border-radius: 8px; padding: 6px; outline: 0; }")
        self.sectionStack = _ShownSectionStack(objectName="sectionStack")
        for key, number, title in SECTIONS:
            item = QListWidgetItem(section_title(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.UserRole + 1, number)
            item.setToolTip(self.tr("Section {0} of the book: {1}").format(number, section_title(title)))
            self.sectionList.addItem(item)
            self.sectionStack.addWidget(self.sections[key])
        self.sectionList.currentRowChanged.connect(self._on_section_row_changed)

        note = QLabel(self.tr("Every value here is computed by {0} while you watch: "
                              "change an input and everything after it follows.").format("digitpad.nn"))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {theme.MUTED}; font-size: small;")
        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(self.sectionList, 1)
        side.addWidget(note)
        self.sideBox = QWidget(objectName="exploreSide")
        self.sideBox.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        self._fit_side_to_font()

        root = QHBoxLayout(self)
        root.setContentsMargins(12, 8, 12, 8)
        root.setSpacing(12)
        root.addWidget(self.sideBox)
        root.addWidget(self.sectionStack, 1)
        self.sectionList.setCurrentRow(0)

    # public ------------------------------------------------------------------------

    def show_section(self, key: str) -> QWidget:
        """Show the section ``key`` (one of SECTIONS' keys) and return its widget."""
        keys = [k for k, _, _ in SECTIONS]
        self.sectionList.setCurrentRow(keys.index(key))
        return self.sections[key]

    def current_section(self) -> str:
        return SECTIONS[self.sectionStack.currentIndex()][0]

    def _on_drawing_changed(self, *_) -> None:
        """The one place the section "predict() on your digit" is given the drawing."""
        self.predictSection.set_input(self.swapSection.drawing())

    def shutdown(self, timeout: float = 5.0) -> bool:
        return self.swapSection.runner.shutdown(timeout)

    # settings ----------------------------------------------------------------------

    def restore_settings(self, settings: QSettings) -> list[str]:
        """Apply the saved section, plot range, marker and inputs; returns the keys refused."""
        saved = SettingsReader(settings)
        section = saved.choice("section", "activations", self.sections)
        visible = saved.names("activations/visible", [], SWAP_TITLES)
        low = saved.number("activations/xmin", DEFAULT_RANGE[0], -RANGE_LIMIT, RANGE_LIMIT)
        high = saved.number("activations/xmax", DEFAULT_RANGE[1], -RANGE_LIMIT, RANGE_LIMIT)
        if not low < high:    # a range that ends before it starts: neither end is trusted
            saved.reject("activations/xmin", "activations/xmax")
            low, high = DEFAULT_RANGE
        # off the plot is out of range too: the default (the plot's middle if that is off it too),
        # not the nearest end
        marker = DEFAULT_MARKER if low <= DEFAULT_MARKER <= high else (low + high) / 2
        state = {"derivatives": saved.flag("activations/derivatives", False), "xmin": low, "xmax": high,
                 "marker": saved.number("activations/marker", marker, low, high)}
        softmax = saved.text("softmax/input", "", max_length=1000)
        swap = saved.choice("swap/activation", "", SWAP_TITLES)
        self.show_section(section)
        if visible:
            state["visible"] = visible
        self.activationSection.restore_state(state)
        if softmax:
            self.softmaxSection.set_input(softmax)
        if swap:
            self.swapSection.set_swapped_activation(swap)
        return saved.rejected

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("section", self.current_section())
        state = self.activationSection.state()
        settings.setValue("activations/visible", ",".join(state["visible"]))
        settings.setValue("activations/derivatives", state["derivatives"])
        settings.setValue("activations/xmin", state["xmin"])
        settings.setValue("activations/xmax", state["xmax"])
        settings.setValue("activations/marker", state["marker"])
        settings.setValue("softmax/input", self.softmaxSection.input.text())
        settings.setValue("swap/activation", self.swapSection.swapped_activation())

    # slots -------------------------------------------------------------------------

    def _on_section_row_changed(self, row: int) -> None:
        if row >= 0:
            self.sectionStack.setCurrentIndex(row)

    def _fit_side_to_font(self) -> None:
        """The section list as wide as its longest title needs at the current font (zoom)."""
        self.sideBox.setFixedWidth(section_list_width(self.font()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_side_to_font()
