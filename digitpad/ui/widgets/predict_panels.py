"""Two panels of "predict() on your digit": one unit explained, and why this digit.

``UnitPanel`` shows what ``digitpad.nn.explain.contributions`` finds for the
unit under the pointer: for a first-layer unit its 784 weights as a 28x28
picture, its weighted sum and its sigmoid; for a later unit the units below
that push it up and down the most.

``EvidencePanel`` shows integrated gradients of a3[answer] - a3[rival] over
the drawing (red toward the answer, blue toward the rival). It costs a few
milliseconds, so it is recomputed at most every EVIDENCE_INTERVAL_MS while the
drawing changes, never once per pointer event.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...nn import explain
from ...nn.network import PIXEL_SCALE, Network
from .. import theme
from ..i18n import translate
from ..units import probability_text
from .predict_views import ColourPixelView, signed_colours

EVIDENCE_INTERVAL_MS = 150
TOP = 4


def _sub(name: str, index) -> str:
    return f"{name}[{index}]"


class UnitPanel(QGroupBox):
    """One unit of the network, term by term: what goes into its weighted sum and what comes out."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("One neuron, explained"))
        self.setObjectName("unitPanel")
        self.explanation: explain.UnitExplanation | None = None
        self.weightsView = ColourPixelView(guides=False)
        self.weightsView.setObjectName("unitWeights")
        self.weightsView.setFixedSize(84, 84)
        self.weightsView.setToolTip(self.tr("The unit's 784 incoming weights, one per pixel: red raises its "
                                            "weighted sum where there is ink, blue lowers it"))
        self.unitText = QLabel(objectName="unitText")
        self.unitText.setWordWrap(True)
        self.unitText.setTextFormat(Qt.TextFormat.RichText)
        self.unitText.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.weightsView, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.unitText, 1)
        self.clear()

    def clear(self, hint: str | None = None) -> None:
        if hint is None:
            hint = self.tr("Point at a cell or a bar of the network to see what goes into it.")
        self.explanation = None
        self.weightsView.set_rgb(None)
        self.weightsView.hide()
        self.unitText.setText(f"<span style='color:{theme.MUTED}'>{hint}</span>")

    def show_unit(self, network: Network, tr: explain.Trace, layer: int, unit: int) -> None:
        u = explain.contributions(network, tr, layer, unit, top=TOP)
        self.explanation = u
        last = layer == tr.n_layers
        below = "x" if layer == 1 else f"z{layer - 1}"
        a = _sub(f"a{layer}", unit)
        sign = "+" if u.bias >= 0 else "\u2212"
        heading = self.tr("output {0} of layer {1}") if last else self.tr("neuron {0} of layer {1}")
        lines = [f"<b>{heading.format(unit, layer)}</b>",
                 f"{a} = {below} \u00b7 W{layer}[:, {unit}] + b{layer}[{unit}]",
                 f"&nbsp;&nbsp;= {u.terms.sum():+.3f} {sign} {abs(u.bias):.3f} = <b>{u.weighted_sum:+.3f}</b>"]
        if last:
            lines.append(f"y[{unit}] = softmax(a{layer})[{unit}] = <b>{probability_text(u.output)}</b>")
        else:
            lines.append(f"z{layer}[{unit}] = {u.activation}({u.weighted_sum:.3f}) = <b>{u.output:.3f}</b>")
        if layer == 1:
            self.weightsView.set_rgb(signed_colours(u.weights.reshape(28, 28)))
            self.weightsView.show()
            inked = int(np.count_nonzero(u.below))
            lines.append(f"<span style='color:{theme.MUTED}'>"
                         + self.tr("W1[:, {0}] as 28\u00d728: only the {1} inked pixels count; red weights "
                                   "there raise {2}, blue lower it.").format(unit, inked, a) + "</span>")
        else:
            self.weightsView.hide()
            lines.append(self._pushes(u, below, True, u.up, theme.PUSH_UP))
            lines.append(self._pushes(u, below, False, u.down, theme.PUSH_DOWN))
        self.unitText.setText("<br>".join(lines))

    @staticmethod
    def _pushes(u: explain.UnitExplanation, below: str, up: bool, units, colour: str) -> str:
        if not units:
            nothing = (translate("UnitPanel", "nothing pushes it up") if up
                       else translate("UnitPanel", "nothing pushes it down"))
            return f"<span style='color:{theme.MUTED}'>{nothing}</span>"
        terms = ", ".join(f"{below}[{i}] {u.below[i]:.2f}\u00d7{u.weights[i]:+.2f} = "
                          f"<span style='color:{colour}'>{u.terms[i]:+.2f}</span>" for i in units)
        pushed = (translate("UnitPanel", "pushed up most by {0}") if up
                  else translate("UnitPanel", "pushed down most by {0}"))
        return pushed.format(terms)


class EvidencePanel(QGroupBox):
    """The drawing with every pixel's evidence: red toward the answer, blue toward the rival digit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Why this digit, not that one"))
        self.setObjectName("evidencePanel")
        self.network: Network | None = None
        self.image: np.ndarray | None = None
        self.trace: explain.Trace | None = None
        self.evidence: explain.Evidence | None = None
        self._timer = QTimer(self, singleShot=True, interval=EVIDENCE_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)

        self.evidenceView = ColourPixelView(guides=False)
        self.evidenceView.setObjectName("evidenceMap")
        self.evidenceView.setMinimumSize(112, 112)
        self.rivalCombo = QComboBox(objectName="rivalCombo")
        self.rivalCombo.addItem(self.tr("the runner-up"), None)
        for digit in range(10):
            self.rivalCombo.addItem(str(digit), digit)
        self.rivalCombo.setToolTip(self.tr("Blue pixels push toward this digit instead of the answer"))
        self.rivalCombo.currentIndexChanged.connect(self._on_rival_index_changed)
        self.evidenceCaption = QLabel(objectName="evidenceCaption")
        self.evidenceCaption.setWordWrap(True)
        self.evidenceCaption.setTextFormat(Qt.TextFormat.RichText)
        self.evidenceCaption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend = QLabel(objectName="evidenceLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(QLabel(self.tr("Answer against")))
        side.addWidget(self.rivalCombo)
        side.addWidget(self.legend)
        side.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.evidenceView, 1, Qt.AlignmentFlag.AlignTop)
        top.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.evidenceCaption, 1)
        self.refresh()

    # public ------------------------------------------------------------------------

    def set_drawing(self, network: Network, image: np.ndarray | None, tr: explain.Trace | None) -> None:
        """A new drawing (or model): the map follows within EVIDENCE_INTERVAL_MS."""
        self.network, self.image, self.trace = network, image, tr
        if not self._timer.isActive():
            self._timer.start()

    def rival(self) -> int | None:
        """The digit the blue pixels push toward: the one picked, or the runner-up."""
        picked = self.rivalCombo.currentData()
        if picked is not None or self.trace is None:
            return picked
        return self.trace.runner_up

    def set_rival(self, digit: int | None) -> None:
        self.rivalCombo.setCurrentIndex(0 if digit is None else digit + 1)

    def refresh(self) -> None:
        """Compute the map now."""
        self._timer.stop()
        tr, rival = self.trace, self.rival()
        if tr is None or self.image is None:
            self._show(None, self.tr("Draw a digit in the Draw tab: its evidence map appears here."))
        elif rival == tr.answer:
            self._show(None, self.tr("{0} is the answer itself: pick another digit to compare it with.")
                       .format(rival))
        else:
            self.evidence = explain.integrated_gradients(self.network, self.image, tr.answer, rival)
            self._show(self.evidence, self._caption(self.evidence))

    # details -----------------------------------------------------------------------

    def _show(self, evidence: explain.Evidence | None, text: str) -> None:
        if evidence is None:
            self.evidence = None
            self.evidenceView.set_rgb(None)
            self.legend.setText("")
        else:
            self.evidenceView.set_rgb(signed_colours(evidence.as_image(), under=self.image * PIXEL_SCALE))
            self.legend.setText(self.tr("<span style='color:{0}'><b>red</b></span>: toward {1}<br>"
                                        "<span style='color:{2}'><b>blue</b></span>: toward {3}")
                                .format(theme.PUSH_UP, evidence.digit, theme.PUSH_DOWN, evidence.rival))
        self.evidenceCaption.setText(text)

    def _caption(self, ev: explain.Evidence) -> str:
        d, r = ev.digit, ev.rival
        a = f"a{len(self.network.weights)}"
        text = self.tr("Each pixel's share of {0} \u2212 {1}, the gap between the two scores, collected on "
                       "the way from a blank canvas to your drawing (integrated gradients). Blank: {2}, "
                       "yours: {3}; the pixels add up to {4} of the {5} change.").format(
            f"{a}[{d}]", f"{a}[{r}]", f"{ev.at_blank:+.2f}", f"{ev.at_drawing:+.2f}", f"{ev.total:+.2f}",
            f"{ev.change:+.2f}")
        if ev.completeness_error > 0.01:
            text += (f"<br><span style='color:{theme.BAD}'>"
                     + self.tr("They miss it by {0}: this network's activation has no usable slope "
                               "(a gradient of 0 almost everywhere).").format(f"{ev.completeness_error:.0%}")
                     + "</span>")
        return text

    def _on_rival_index_changed(self, _index: int) -> None:
        self.refresh()
