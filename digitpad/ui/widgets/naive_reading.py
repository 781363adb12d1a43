"""The plain downscale beside the prepared input: the whole canvas squeezed to 28x28, and its reading.

It shows why MNIST's preprocessing matters. Its reading is coloured by
whether it agrees with the network's answer (the reading of the input
prepared like MNIST, the one the app gives), and the words say so too, for
anyone who cannot tell the colours apart.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .. import theme
from ..units import probability_text
from .pixel_view import PixelView
from .probability_bars import ProbabilityBars


def centred_caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"color: {theme.MUTED};")
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return label


class NaiveReading(QWidget):
    """The naive 28x28 image, what the network reads in it, and its ten probabilities."""

    def __init__(self, side: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("naivePanel")
        self.view = PixelView(guides=False)
        self.view.setObjectName("naiveInput")
        self.view.setToolTip(self.tr("The whole canvas squeezed into 28x28 with no cropping or centring."))
        self.view.setFixedSize(side, side)
        self.bars = ProbabilityBars(accent=theme.NAIVE_ACCENT, show_percent=False, object_name="naiveBars")
        self.bars.setFixedSize(side + 16, 64)
        self.label = QLabel(objectName="naiveLabel")
        self.label.setToolTip(self.tr("Green when the plain downscale is read as the same digit as the network's "
                                      "answer (read from the input prepared like MNIST); red when it is read as "
                                      "another digit."))
        self._agrees: bool | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(centred_caption(self.tr("plain downscale")))
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.bars, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def agrees(self) -> bool | None:
        """Whether the last reading agreed with the answer (None: nothing read)."""
        return self._agrees

    def show_reading(self, pixels28, probs, answer: int | None) -> None:
        """The naive image and its probabilities; ``answer``: the network's reading of the prepared input."""
        self.view.set_pixels(pixels28)
        self.bars.set_probabilities(probs)
        if probs is None or answer is None:
            self.label.setText("")
            self._agrees = None
            return
        top = int(np.argmax(probs))
        agrees = top == answer
        if agrees:
            self.label.setText(self.tr("reads {0} ({1}): same as the answer").format(
                top, probability_text(probs[top])))
        else:
            self.label.setText(self.tr("reads {0} ({1}): the answer is {2}").format(
                top, probability_text(probs[top]), answer))
        if agrees != self._agrees:  # restyle only when it flips: the text changes every frame
            colour = theme.GOOD if agrees else theme.BAD
            self.label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self._agrees = agrees
