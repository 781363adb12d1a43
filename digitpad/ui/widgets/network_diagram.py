"""A small fully connected network drawn as nodes and weighted edges, values written in the nodes.

Edges are as thick as their weight is large and coloured by its sign; a
bias node ("1") under each layer feeds the next one. ``set_step`` reveals the
forward pass one stage at a time (a1, z1, a2, z2, ...): the stage being
computed is lit, later ones are faint and their nodes still empty. Hovering
a node shows the sum that made its value.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .. import theme

POSITIVE = QColor(theme.EDGE_POSITIVE)
NEGATIVE = QColor(theme.EDGE_NEGATIVE)
NODE_FILL = QColor(theme.NODE_FILL)
GLOW_FILL = QColor(theme.NODE_GLOW)
BIAS_FILL = QColor(theme.BIAS_FILL)
SUBSCRIPTS = str.maketrans("0123456789", "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089")
SUPERSCRIPTS = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


def _fmt(value: float, digits: int = 3) -> str:
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text  # no "-0.000"


def _fitted(font: QFont, text: str, width: float, smallest: float = 6.5) -> QFont:
    """``font``, smaller if need be (down to ``smallest`` points) so ``text`` fits in ``width``:
    neighbouring columns' formulas never run into each other on a narrow screen."""
    fitted = QFont(font)
    while QFontMetricsF(fitted).horizontalAdvance(text) > width and fitted.pointSizeF() > smallest:
        fitted.setPointSizeF(max(smallest, fitted.pointSizeF() - 0.5))
    return fitted


class NetworkDiagram(QWidget):
    """Paints an MLP of a few units per layer with its weights, biases and node values."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("networkDiagram")
        self.setMinimumSize(380, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.weights: list[np.ndarray] = []
        self.biases: list[np.ndarray] = []
        self.activations: list[str] = []
        self.x: np.ndarray | None = None
        self.pre: list[np.ndarray] = []
        self.post: list[np.ndarray] = []
        self.step = 0
        self._geometry: dict = {}

    def sizeHint(self) -> QSize:
        return QSize(640, 440)

    # data --------------------------------------------------------------------------

    @property
    def sizes(self) -> list[int]:
        if not self.weights:
            return []
        return [self.weights[0].shape[0]] + [w.shape[1] for w in self.weights]

    @property
    def n_steps(self) -> int:
        """Stages of the forward pass: an a and a z (or y) per layer."""
        return 2 * len(self.weights)

    def set_network(self, weights, biases, activations) -> None:
        """Weights W1..Wn, biases b1..bn and the activation name applied after each layer."""
        self.weights = [np.asarray(w, dtype=float) for w in weights]
        self.biases = [np.asarray(b, dtype=float) for b in biases]
        self.activations = list(activations)
        self.update()

    def set_values(self, x, pre, post) -> None:
        """The input and every layer's a (``pre``) and z (``post``; the last one is y)."""
        self.x = np.asarray(x, dtype=float)
        self.pre = [np.asarray(a, dtype=float) for a in pre]
        self.post = [np.asarray(z, dtype=float) for z in post]
        self.update()

    def set_step(self, step: int) -> None:
        self.step = int(min(max(step, 0), self.n_steps))
        self.update()

    def node_text(self, layer: int, unit: int) -> str:
        """What node ``unit`` of column ``layer`` (0 = input) shows, as one line."""
        if layer == 0:
            return _fmt(self.x[unit], 2) if self.x is not None else ""
        parts = []
        if self._a_shown(layer):
            parts.append(f"a {_fmt(self.pre[layer - 1][unit])}")
        if self._z_shown(layer):
            name = "y" if layer == len(self.weights) else "z"
            parts.append(f"{name} {_fmt(self.post[layer - 1][unit])}")
        return "  ".join(parts)

    def _a_shown(self, layer: int) -> bool:
        return self.step >= 2 * layer - 1 and len(self.pre) >= layer

    def _z_shown(self, layer: int) -> bool:
        return self.step >= 2 * layer and len(self.post) >= layer

    def _stage(self) -> tuple[int, str]:
        """(layer being computed, "a" or "z"), or (0, "") at step 0."""
        if self.step == 0:
            return 0, ""
        return (self.step + 1) // 2, ("a" if self.step % 2 else "z")

    # geometry ----------------------------------------------------------------------

    def _layout(self) -> dict:
        """Columns spread across, units centred in each, the bias nodes on a common row below."""
        sizes = self.sizes
        w, h = self.width(), self.height()
        top, bottom, side = 58.0, 26.0, 60.0
        n_cols = len(sizes)
        most = max(sizes)
        col_gap = (w - 2 * side) / max(n_cols - 1, 1)
        row_gap = (h - top - bottom) / (most + 1.1)
        radius = max(16.0, min(42.0, row_gap * 0.36, col_gap * 0.2))
        bias_y = h - bottom - row_gap * 0.45
        units_mid = top + (bias_y - row_gap * 0.75 - top) / 2
        nodes, bias = [], []
        for k, n in enumerate(sizes):
            cx = side + k * col_gap
            y0 = units_mid - (n - 1) * row_gap / 2
            nodes.append([QPointF(cx, y0 + i * row_gap) for i in range(n)])
            bias.append(QPointF(cx, bias_y) if k < n_cols - 1 else None)
        return {"nodes": nodes, "bias": bias, "radius": radius, "col_gap": col_gap, "top": top}

    # painting ----------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        if not self.weights:
            return
        geo = self._geometry = self._layout()
        nodes, bias, r = geo["nodes"], geo["bias"], geo["radius"]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        stage_layer, stage_kind = self._stage()
        biggest = max(max(float(np.abs(w).max()) for w in self.weights),
                      max(float(np.abs(b).max()) for b in self.biases), 1e-12)

        small = QFont(self.font())
        small.setPointSizeF(7.8)
        label_metrics = QFontMetricsF(small)

        # edges first, then their labels, so labels sit on top of every line
        labels = []
        for k, (W, b) in enumerate(zip(self.weights, self.biases)):
            layer = k + 1
            if layer < stage_layer or (layer == stage_layer and stage_kind == "z"):
                alpha, lit = 150, False
            elif layer == stage_layer:
                alpha, lit = 255, True
            else:
                alpha, lit = 45, False
            sources = [(nodes[k][i], W[i]) for i in range(W.shape[0])] + [(bias[k], b)]
            for src_index, (src, row) in enumerate(sources):
                for j, value in enumerate(row):
                    dst = nodes[k + 1][j]
                    colour = QColor(POSITIVE if value >= 0 else NEGATIVE)
                    colour.setAlpha(alpha)
                    pen = QPen(colour, 0.8 + 5.2 * abs(value) / biggest)
                    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                    if src_index == W.shape[0]:
                        pen.setStyle(Qt.PenStyle.DashLine)
                    painter.setPen(pen)
                    start, end = self._trim(src, dst, r if src_index < W.shape[0] else r * 0.55, r)
                    painter.drawLine(start, end)
                    labels.append((start, end, f"{value:g}", alpha, lit))
        painter.setFont(small)
        placed = self._place_labels(labels, label_metrics, nodes, bias, r)
        for box, text, alpha, lit in placed:
            fill = QColor(theme.WINDOW)
            fill.setAlpha(225 if alpha > 60 else 150)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(box, 3, 3)
            text_colour = QColor(theme.ACCENT if lit else theme.TEXT)
            text_colour.setAlpha(max(alpha, 90))
            painter.setPen(text_colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

        # column titles
        title_font = QFont(self.font())
        title_font.setPointSizeF(10)
        title_font.setBold(True)
        sub_font = QFont(self.font())
        sub_font.setPointSizeF(8.5)
        n_layers = len(self.weights)
        for k, column in enumerate(nodes):
            cx = column[0].x()
            if k == 0:
                title, sub = self.tr("input"), "x"
            elif k == n_layers:
                title, sub = self.tr("output"), f"y = {self.activations[k - 1]}(a{str(k).translate(SUPERSCRIPTS)})"
            else:
                sup = str(k).translate(SUPERSCRIPTS)
                title, sub = self.tr("layer {0}").format(k), f"z{sup} = {self.activations[k - 1]}(a{sup})"
            active = k == stage_layer
            painter.setFont(title_font)
            painter.setPen(QColor(theme.ACCENT if active else theme.TEXT))
            painter.drawText(QRectF(cx - 90, 4, 180, 20), Qt.AlignmentFlag.AlignCenter, title)
            painter.setFont(_fitted(sub_font, sub, geo["col_gap"] - 6))
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(QRectF(cx - 90, 24, 180, 18), Qt.AlignmentFlag.AlignCenter, sub)

        # nodes
        value_font = QFont(self.font())
        value_font.setPointSizeF(max(7.5, min(10.5, r / 3.6)))
        value_font.setBold(True)
        name_font = QFont(self.font())
        name_font.setPointSizeF(max(6.5, min(8.5, r / 4.6)))
        for k, column in enumerate(nodes):
            for i, centre in enumerate(column):
                self._paint_node(painter, k, i, centre, r, stage_layer, stage_kind, value_font, name_font)
            if bias[k] is not None:
                centre = bias[k]
                side = r * 1.1
                painter.setPen(QPen(QColor(theme.BIAS_EDGE), 1.4))
                painter.setBrush(BIAS_FILL)
                painter.drawRoundedRect(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side), 5, 5)
                painter.setFont(value_font)
                painter.setPen(QColor(theme.BIAS_TEXT))
                painter.drawText(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side),
                                 Qt.AlignmentFlag.AlignCenter, "1")
                painter.setFont(name_font)
                painter.setPen(QColor(theme.MUTED))
                painter.drawText(QRectF(centre.x() - 60, centre.y() + side / 2 + 1, 120, 14),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 self.tr("bias {0}").format(f"b{str(k + 1).translate(SUPERSCRIPTS)}"))
        painter.end()

    def _paint_node(self, painter, k, i, centre, r, stage_layer, stage_kind, value_font, name_font) -> None:
        lit = k == stage_layer and k > 0
        ring = QColor(theme.ACCENT) if lit else QColor(theme.NODE_RING)
        n_layers = len(self.weights)
        if k > 0 and not self._a_shown(k):
            ring.setAlpha(90)
        painter.setPen(QPen(ring, 2.6 if lit else 1.6))
        fill = QColor(NODE_FILL)
        value = None
        if k == 0 and self.x is not None:
            value = self.x[i]
        elif k > 0 and self._z_shown(k):
            value = self.post[k - 1][i]
        if value is not None and k < n_layers and np.isfinite(value):
            # hidden and input nodes glow with their value (0..1 for sigmoid and step)
            glow = float(min(max(abs(value), 0.0), 1.0))
            lo, hi = NODE_FILL, GLOW_FILL
            fill = QColor.fromRgbF(lo.redF() + (hi.redF() - lo.redF()) * glow,
                                   lo.greenF() + (hi.greenF() - lo.greenF()) * glow,
                                   lo.blueF() + (hi.blueF() - lo.blueF()) * glow)
        painter.setBrush(fill)
        painter.drawEllipse(centre, r, r)

        unit = str(i + 1).translate(SUBSCRIPTS)
        if k == 0:
            name = f"x{unit}"
            lines = [(name, theme.MUTED, name_font),
                     (_fmt(self.x[i], 2) if self.x is not None else "", theme.TEXT, value_font)]
        else:
            sup = f"\u207d{str(k).translate(SUPERSCRIPTS)}\u207e"
            out_name = "y" if k == n_layers else "z"
            a_text = f"a {_fmt(self.pre[k - 1][i])}" if self._a_shown(k) else f"a{unit}{sup}"
            if self._z_shown(k):
                z_text = _fmt(self.post[k - 1][i])
                z_colour = theme.ACCENT if k == n_layers else theme.TEXT
            else:
                z_text, z_colour = f"{out_name}{unit}{sup if k < n_layers else ''}", theme.DISABLED_TEXT
            a_colour = theme.ACCENT if (lit and stage_kind == "a") else theme.MUTED
            if lit and stage_kind == "z":
                z_colour = theme.ACCENT
            lines = [(a_text, a_colour, name_font), (z_text, z_colour, value_font)]
        total = sum(QFontMetricsF(f).height() for _, _, f in lines)
        y = centre.y() - total / 2
        for text, colour, font in lines:
            h = QFontMetricsF(font).height()
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(QRectF(centre.x() - r, y, 2 * r, h), Qt.AlignmentFlag.AlignCenter, text)
            y += h

    @staticmethod
    def _place_labels(labels, metrics, nodes, bias, r):
        """A spot on each edge for its weight where it covers no other label and no node."""
        obstacles = [QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r) for column in nodes for c in column]
        obstacles += [QRectF(b.x() - r * 0.6, b.y() - r * 0.6, r * 1.2, r * 1.2) for b in bias if b is not None]
        placed, taken = [], []
        for start, end, text, alpha, lit in labels:
            tw = metrics.horizontalAdvance(text) + 6
            th = metrics.height() + 1
            best = None
            for t in (0.24, 0.32, 0.16, 0.42, 0.5, 0.6, 0.7, 0.78):
                x = start.x() + (end.x() - start.x()) * t
                y = start.y() + (end.y() - start.y()) * t
                box = QRectF(x - tw / 2, y - th / 2, tw, th)
                if best is None:
                    best = box
                if not any(box.intersects(o) for o in taken + obstacles):
                    best = box
                    break
            taken.append(best.adjusted(-1, -1, 1, 1))
            placed.append((best, text, alpha, lit))
        return placed

    @staticmethod
    def _trim(a: QPointF, b: QPointF, ra: float, rb: float) -> tuple[QPointF, QPointF]:
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        return QPointF(a.x() + ux * ra, a.y() + uy * ra), QPointF(b.x() - ux * rb, b.y() - uy * rb)

    # tooltips ----------------------------------------------------------------------

    def node_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(column, unit) of the node under ``pos``, (column, -1) for a bias node, or None."""
        geo = self._geometry or self._layout()
        r = geo["radius"]
        for k, column in enumerate(geo["nodes"]):
            for i, centre in enumerate(column):
                if math.hypot(pos.x() - centre.x(), pos.y() - centre.y()) <= r:
                    return k, i
            b = geo["bias"][k]
            if b is not None and abs(pos.x() - b.x()) <= r * 0.6 and abs(pos.y() - b.y()) <= r * 0.6:
                return k, -1
        return None

    def explain(self, layer: int, unit: int) -> str:
        """The sum behind a node's value, with the numbers in it."""
        if unit < 0:
            b = self.biases[layer]
            return self.tr("The bias node: a constant 1, weighted by b{0} = {1} into layer {0}.").format(
                layer + 1, np.array2string(b, separator=", "))
        if layer == 0:
            value = "" if self.x is None else f" = {self.x[unit]:g}"
            return self.tr("input x{0}{1}").format(unit + 1, value)
        W, b = self.weights[layer - 1], self.biases[layer - 1]
        inputs = self.x if layer == 1 else (self.post[layer - 2] if len(self.post) >= layer - 1 else None)
        name = "x" if layer == 1 else "z"
        terms = " + ".join(f"{name}{j + 1}\u00b7{W[j, unit]:g}" for j in range(W.shape[0]))
        text = self.tr("a{0} of layer {1} = {2} + {3}").format(unit + 1, layer, terms, f"{b[unit]:g}")
        if inputs is not None and len(self.pre) >= layer:
            numbers = " + ".join(f"{inputs[j]:.4g}\u00b7{W[j, unit]:g}" for j in range(W.shape[0]))
            text += f"\n= {numbers} + {b[unit]:g} = {self.pre[layer - 1][unit]:.8g}"
            act = self.activations[layer - 1]
            out = "y" if layer == len(self.weights) else "z"
            text += f"\n{out}{unit + 1} = {act}(a{unit + 1}) = {self.post[layer - 1][unit]:.8g}"
        return text

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.node_at(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.explain(*hit), self)
            return True
        return super().event(event)
