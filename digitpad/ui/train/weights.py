"""The Train tab's picture of the first layer: one 28x28 tile per hidden neuron, redrawn every epoch.

By default it shows what training changed: the weights minus the seed's
random start (the trainer's own first draw, made again here).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ...nn.train import TrainConfig, initial_network
from .. import theme
from .panel_box import PanelBox
from .weight_images import WeightImages


class WeightsPanel(PanelBox):
    """Layer 1's weights as pictures, with the choice to subtract where they started."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="weightsBox")
        self.setTitle(self.tr("Layer 1: what each neuron looks for"))
        self._W1: np.ndarray | None = None        # the first layer's weights shown last
        self._W1_start: np.ndarray | None = None  # ... and where the run started them
        self.weightImages = WeightImages()
        self.weightsCaption = QLabel(objectName="weightsCaption")
        self.weightsCaption.setWordWrap(True)
        self.weightsCaption.setStyleSheet(f"color: {theme.MUTED};")
        self.weightsCaption.setText(self.tr("One tile per hidden neuron: its 784 input weights as a "
                                            "28x28 image. Orange ink excites it, blue ink inhibits it."))
        self.weightsChangeCheck = QCheckBox(self.tr("Only what training changed"),
                                            objectName="weightsChangeCheck")
        self.weightsChangeCheck.setChecked(True)
        self.weightsChangeCheck.setToolTip(self.tr(
            "Subtract the random starting weights. The border pixels are black in every MNIST "
            "image, so their weights never change and would show only the starting noise."))
        self.weightsChangeCheck.toggled.connect(lambda _checked: self.show_weights(self._W1))
        # stacked, not side by side: a wrapped caption beside the check box was given too little
        # height on a narrow window and its last lines were cut off
        layout = QVBoxLayout(self)
        layout.addWidget(self.weightImages, 1)
        layout.addWidget(self.weightsCaption)
        layout.addWidget(self.weightsChangeCheck)

    def start(self, config: TrainConfig) -> None:
        """A run starts: the trainer draws its starting weights from the seed, the same draw here."""
        self._W1_start = initial_network(config).weights[0]
        self.show_weights(None)

    def show_weights(self, W1: np.ndarray | None) -> None:
        self._W1 = W1
        change = self.weightsChangeCheck.isChecked() and self._W1_start is not None
        self.weightImages.set_weights(W1, self._W1_start if change else None)
