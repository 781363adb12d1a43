"""Drawing on the canvas the way a person does: real mouse events, or strokes traced from MNIST digits."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton
RIGHT = Qt.MouseButton.RightButton


def mouse(widget, kind, pos, button, buttons):
    """Send one QMouseEvent to ``widget`` at ``pos`` (widget coordinates)."""
    local = QPointF(*pos)
    event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(local)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


def stroke(widget, points, button=LEFT, steps: int = 6):
    """Press at the first point, move through the others with the button held, release at the last.

    ``points`` are in unit coordinates of the widget (0..1 across); each leg is
    split into ``steps`` moves, as a real pointer reports many small moves.
    """
    w, h = widget.width(), widget.height()
    px = [(x * w, y * h) for x, y in points]
    dense = [px[0]]
    for (ax, ay), (bx, by) in zip(px[:-1], px[1:]):
        for t in np.linspace(0, 1, steps + 1)[1:]:
            dense.append((ax + (bx - ax) * t, ay + (by - ay) * t))
    NO = Qt.MouseButton.NoButton
    mouse(widget, QEvent.Type.MouseButtonPress, dense[0], button, button)
    for p in dense[1:]:
        mouse(widget, QEvent.Type.MouseMove, p, NO, button)
    mouse(widget, QEvent.Type.MouseButtonRelease, dense[-1], button, NO)


# tracing MNIST digits ------------------------------------------------------------

def skeleton(image28, level: int = 100) -> np.ndarray:
    """Zhang-Suen thinning of the ink (>= level): a one-pixel-wide centre line, as bools."""
    img = np.pad(np.asarray(image28) >= level, 1).astype(np.uint8)
    changed = True
    while changed:
        changed = False
        for step in (0, 1):
            P = img
            p2, p3, p4 = P[:-2, 1:-1], P[:-2, 2:], P[1:-1, 2:]
            p5, p6, p7 = P[2:, 2:], P[2:, 1:-1], P[2:, :-2]
            p8, p9 = P[1:-1, :-2], P[:-2, :-2]
            ring = [p2, p3, p4, p5, p6, p7, p8, p9, p2]
            B = sum(ring[:8])
            A = sum(((ring[k] == 0) & (ring[k + 1] == 1)).astype(np.uint8) for k in range(8))
            if step == 0:
                c1, c2 = p2 * p4 * p6, p4 * p6 * p8
            else:
                c1, c2 = p2 * p4 * p8, p2 * p6 * p8
            core = P[1:-1, 1:-1]
            remove = (core == 1) & (B >= 2) & (B <= 6) & (A == 1) & (c1 == 0) & (c2 == 0)
            if remove.any():
                core[remove] = 0
                changed = True
    return img[1:-1, 1:-1].astype(bool)


def trace(image28) -> list[list[tuple[float, float]]]:
    """Strokes (unit coordinates, the 28x28 grid spread over the canvas) along the digit's skeleton.

    Every pair of neighbouring skeleton pixels becomes a short two-point stroke,
    a lone pixel a dot.
    """
    sk = skeleton(image28)
    ys, xs = np.nonzero(sk)
    on = set(zip(ys.tolist(), xs.tolist()))
    strokes = []
    for y, x in sorted(on):
        neighbours = [(y + dy, x + dx) for dy, dx in ((0, 1), (1, -1), (1, 0), (1, 1)) if (y + dy, x + dx) in on]
        for ny, nx in neighbours:
            strokes.append([((x + 0.5) / 28, (y + 0.5) / 28), ((nx + 0.5) / 28, (ny + 0.5) / 28)])
        if not neighbours and not any((y + dy, x + dx) in on for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                                      if (dy, dx) != (0, 0)):
            strokes.append([((x + 0.5) / 28, (y + 0.5) / 28)])
    return strokes


def redraw(canvas, image28, width=None) -> None:
    """Trace an MNIST digit onto the canvas through its own stroke API.

    The canvas is quiet while the hundred-odd little strokes go down, then
    announces one change, so views update once per digit.
    """
    canvas.blockSignals(True)
    try:
        for points in trace(image28):
            canvas.draw_stroke(points, width=width)
    finally:
        canvas.blockSignals(False)
    canvas.historyChanged.emit()
