"""The plain downscale beside the prepared input: the whole canvas squeezed to 28x28, and its reading.

It shows why MNIST's preprocessing matters. Its reading is coloured by
whether it agrees with the network's answer (the reading of the input
prepared like MNIST, the one the app gives), and the words say so too, for
anyone who cannot tell the colours apart.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
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
        # the reading wraps in the picture's width, in as many lines as the longest reading needs,
        # kept even when there is none: the panel never changes size as the drawing is read (wider,
        # it would take the room from the canvas, which would shrink under the pen)
        self.label = QLabel(objectName="naiveLabel")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setFixedWidth(side + 16)
        self.label.setToolTip(self.tr("Green when the plain downscale is read as the same digit as the network's "
                                      "answer (read from the input prepared like MNIST); red when it is read as "
                                      "another digit."))
        self._agrees: bool | None = None
        self._reserve_reading_height()

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
        self.label.setText(self._reading(top, probability_text(probs[top]), answer))
        if agrees != self._agrees:  # restyle only when it flips: the text changes every frame
            colour = theme.GOOD if agrees else theme.BAD
            self.label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self._agrees = agrees

    def _reading(self, top: int, sure: str, answer: int) -> str:
        if top == answer:
            return self.tr("reads {0} ({1}): same as the answer").format(top, sure)
        return self.tr("reads {0} ({1}): the answer is {2}").format(top, sure, answer)

    def _reserve_reading_height(self) -> None:
        """The reading's height: the most lines any reading takes at its width, in its bold font."""
        font = QFont(self.label.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        room = QRect(0, 0, self.label.width(), 100 * metrics.height())
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter
        sures = ("99.9%", "100%", probability_text(np.nan))
        readings = [self._reading(top, sure, 8) for top in (8, 1) for sure in sures]   # agreeing or not
        self.label.setFixedHeight(max(metrics.boundingRect(room, flags, text).height() for text in readings))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:   # View > Zoom
            self._reserve_reading_height()
