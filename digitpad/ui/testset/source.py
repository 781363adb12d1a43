"""The row at the top of the Test set tab: which set to evaluate, where it came from, the active model."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from .. import theme
from ..i18n import translate
from ..model_state import model_title, source_title
from ..widgets.elided_label import ElidedLabel
from .jobs import SOURCES


class SourceBar(QWidget):
    """Data: [source] where it came from ... Model: name [Choose folder...]"""

    sourceChosen = Signal(str)            # "test", "train" or "mydigits", chosen by the user
    chooseFolderRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="sourceBar")
        self.sourceCombo = QComboBox(objectName="sourceCombo")
        for key, text in SOURCES:
            self.sourceCombo.addItem(translate("testset", text), key)
        self.sourceCombo.setToolTip(self.tr("What to evaluate the network on"))
        self.dataStatus = ElidedLabel(object_name="dataStatus")
        self.dataStatus.setStyleSheet(f"color: {theme.MUTED};")
        self.dataStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.modelLabel = ElidedLabel(object_name="modelLabel", mode=Qt.TextElideMode.ElideRight)
        self.chooseFolderButton = QPushButton(self.tr("Choose folder..."), objectName="chooseFolderButton")
        self.chooseFolderButton.setToolTip(self.tr("Use MNIST from a folder: the four IDX files (gzipped or "
                                                   "not) or Keras's mnist.npz"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(bold_label(self.tr("Data")))
        row.addWidget(self.sourceCombo)
        row.addWidget(self.dataStatus, 3)
        row.addSpacing(8)
        row.addWidget(self.modelLabel, 2)
        row.addWidget(self.chooseFolderButton)
        self.sourceCombo.currentIndexChanged.connect(
            lambda index: self.sourceChosen.emit(self.sourceCombo.itemData(index)))
        self.chooseFolderButton.clicked.connect(self.chooseFolderRequested)

    def source(self) -> str:
        return self.sourceCombo.currentData()

    def sources(self) -> list[str]:
        """Every source the box offers: the values a saved choice may take."""
        return [key for key, _ in SOURCES]

    def show_source(self, source: str) -> None:
        """Show ``source`` as chosen without announcing it (the tab already acts on it)."""
        index = self.sourceCombo.findData(source)
        if index < 0:
            raise ValueError(f"unknown source {source!r}")
        blocked = self.sourceCombo.blockSignals(True)
        self.sourceCombo.setCurrentIndex(index)
        self.sourceCombo.blockSignals(blocked)

    def choose(self, source: str) -> None:
        """Choose ``source`` as the user would: announced if it differs from the one shown."""
        index = self.sourceCombo.findData(source)
        if index < 0:
            raise ValueError(f"unknown source {source!r}")
        self.sourceCombo.setCurrentIndex(index)

    def set_status(self, text: str) -> None:
        self.dataStatus.setText(text)

    def show_model(self, model) -> None:
        sizes = "-".join(str(s) for s in model.network.sizes)
        self.modelLabel.setText(self.tr("Model: {0}").format(model_title(model)))
        self.modelLabel.setToolTip(self.tr("The app's active model: {0}, {1} ({2}). Change it in the File menu.")
                                   .format(model_title(model), sizes, source_title(model.source)))


def bold_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
