"""Drawing on the canvas the way a person does: real mouse events, dropped pictures, or strokes traced
from MNIST digits."""

from __future__ import annotations

import numpy as np

from digitpad.data.centre_lines import trace as centre_line_strokes
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QMouseEvent, QPainter, QPen
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


# pictures -------------------------------------------------------------------------

def write_picture(path, size=(300, 200), dark_on_light=True):
    """A picture of a 1: a vertical bar, dark on light like ink on paper, or the other way."""
    w, h = size
    image = QImage(w, h, QImage.Format.Format_RGB32)
    paper, ink = (QColor("#f3efe6"), QColor("#1a1a40")) if dark_on_light else (QColor("black"), QColor("white"))
    image.fill(paper)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, max(3, h // 14), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(w * 0.5, h * 0.15), QPointF(w * 0.52, h * 0.85))
    painter.end()
    assert image.save(str(path))
    return path


def drop(widget, path=None, mime=None):
    """Drag onto the widget and drop: a file (by URL), or any QMimeData."""
    if mime is None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    for kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
        if kind == QEvent.Type.DragEnter:
            event = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, LEFT,
                                    Qt.KeyboardModifier.NoModifier)
        else:
            event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)
        assert event.isAccepted(), kind
    return mime


# tracing MNIST digits ------------------------------------------------------------

def trace(image28) -> list[list[tuple[float, float]]]:
    """Strokes along the digit's centre line (data.centre_lines), in unit coordinates."""
    return [[(x / 28, y / 28) for x, y in points] for points in centre_line_strokes(image28)]


def redraw(canvas, image28, width=None) -> None:
    """Trace an MNIST digit onto the canvas through its own stroke API.

    The canvas is quiet while the hundred-odd little strokes go down, then
    announces one change, so views update once per digit. (A Draw tab may read
    that many strokes a slice at a time: its ``settle()`` has it read them at once.)
    """
    canvas.blockSignals(True)
    try:
        for points in trace(image28):
            canvas.draw_stroke(points, width=width)
    finally:
        canvas.blockSignals(False)
    canvas.historyChanged.emit()


# the pointer ----------------------------------------------------------------------

def ring_diameter(cursor) -> float:
    """Across the ring a brush cursor draws, in device pixels: between the light line's outer pixels."""
    image = cursor.pixmap().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    h, w = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
    middle = rows[h // 2, :w * 4].reshape(w, 4)  # BGRA
    light = np.nonzero((middle[:, 3] > 150) & (middle[:, 2] > 100))[0]
    return float(light.max() - light.min())
