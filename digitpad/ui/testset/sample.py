"""The sample selected in the browser: its picture, what the network made of it, its hidden activations."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...nn.network import PIXEL_SCALE
from .. import theme
from ..units import probability_text
from ..widgets.heatmaps import ActivationMaps
from ..widgets.pixel_view import PixelView
from ..widgets.probability_bars import ProbabilityBars


class SelectedSample(QGroupBox):
    """One sample read by the network: verdict, probabilities, the hidden layers; Open in Draw tab."""

    openRequested = Signal()              # put this sample on the Draw tab's canvas

    def __init__(self, parent=None):
        super().__init__(parent, objectName="selectedSample")
        self.setTitle(self.tr("Selected sample"))
        self.sampleView = PixelView(guides=False)
        self.sampleView.setObjectName("sampleView")
        self.sampleView.setFixedSize(112, 112)
        self.sampleTitle = QLabel(objectName="sampleTitle")
        title_font = QFont()
        title_font.setPointSizeF(12)
        title_font.setBold(True)
        self.sampleTitle.setFont(title_font)
        # "#1,232  ·  a 9" is wider than "#0  ·  a 7": the title has the panel's width less the
        # button's, above the picture, and wraps if even that is too narrow, so that picking a sample
        # never widens the panel (which would squeeze the confusion matrix and push the tab past
        # the window)
        self.sampleTitle.setWordWrap(True)
        self.sampleVerdict = QLabel(objectName="sampleVerdict")
        self.sampleVerdict.setWordWrap(True)
        self.openInDrawButton = QPushButton(self.tr("Open in Draw tab"), objectName="openInDrawButton")
        self.openInDrawButton.setToolTip(self.tr("Put this digit on the canvas, to see what changes when you "
                                                 "edit it"))
        # the button beside the title, not under the verdict: beside the picture it made the
        # panel 10 px wider than its least width, and the tab wider than a 960 px window
        heading = QHBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(self.sampleTitle, 1)
        heading.addWidget(self.openInDrawButton, 0, Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.sampleView)
        top.addWidget(self.sampleVerdict, 1, Qt.AlignmentFlag.AlignTop)
        self.sampleBars = ProbabilityBars(object_name="sampleBars")
        self.sampleBars.setMinimumHeight(120)
        self.sampleMaps = ActivationMaps()
        self.sampleMaps.setObjectName("sampleMaps")
        self.sampleMaps.setMinimumHeight(150)
        caption = QLabel(self.tr("Inside the network: each cell a hidden unit, brighter is more active"))
        caption.setWordWrap(True)
        caption.setStyleSheet(f"color: {theme.MUTED};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addLayout(top)
        layout.addWidget(self.sampleBars, 4)
        layout.addWidget(caption)
        layout.addWidget(self.sampleMaps, 5)
        self.setMinimumWidth(240)   # with the rest of the tab, no wider than a 960 px window
        self.openInDrawButton.clicked.connect(self.openRequested)

    def set_network(self, network) -> None:
        """The hidden layers' shape, for the activation maps."""
        self.sampleMaps.set_architecture(network.sizes[1:-1], network.activations)

    def show_nothing(self) -> None:
        self.sampleView.set_pixels(None)
        self.sampleTitle.setText("")
        self.sampleVerdict.setText(self.tr("Click a digit to see what the network makes of it."))
        self.sampleVerdict.setStyleSheet(f"color: {theme.MUTED};")
        self.sampleBars.set_probabilities(None)
        self.sampleMaps.set_activations(None)
        self.openInDrawButton.setEnabled(False)

    def show_sample(self, sample: int, image: np.ndarray, truth: int, network, normalize: bool) -> None:
        """Sample number ``sample`` (uint8 784 pixels, labelled ``truth``) as ``network`` reads it."""
        forward = network.forward(image.reshape(1, 784), input_scale=PIXEL_SCALE if normalize else 1.0)
        probs = np.asarray(forward.probabilities[0], dtype=np.float64)
        top = int(np.argmax(probs))
        self.sampleView.set_pixels(image)
        self.sampleTitle.setText(self.tr("#{0}  ·  a {1}").format(f"{sample:,}", truth))
        sure = probability_text(probs[top])
        if top == truth:
            self.sampleVerdict.setText(self.tr("Right: read as {0}, {1} sure.").format(top, sure))
            self.sampleVerdict.setStyleSheet(f"color: {theme.TEXT};")
        else:
            self.sampleVerdict.setText(self.tr("Wrong: read as {0}, {1} sure; it gave {2} to {3}.").format(
                top, sure, probability_text(probs[truth]), truth))
            self.sampleVerdict.setStyleSheet(f"color: {theme.BAD};")
        self.sampleBars.set_probabilities(probs)
        self.sampleMaps.set_activations([h[0] for h in forward.hidden])
        self.openInDrawButton.setEnabled(True)
