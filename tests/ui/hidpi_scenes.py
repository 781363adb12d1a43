"""Draw on the Draw tab with real mouse events and record what the canvas shows, at one display scale.

Run as a script in its own process (the display scale is read when the
QApplication starts): ``python hidpi_scenes.py OUT.npz [--move-to-screen NAME]``
with QT_SCALE_FACTOR (or QT_SCREEN_SCALE_FACTORS) set. After each scene it
saves two (BINS, BINS) maps in 0..1, both in the canvas's unit square:

- ``<scene>.shown``: how much ink the grabbed canvas shows in each bin,
  measured on the device pixels of the grab;
- ``<scene>.model``: the same for the network's input image;

and the input image itself (``<scene>.pixels``), the device pixel ratio and
whether the display image has one pixel per device pixel (``<scene>.sharp``).

``brush cursor`` and ``eraser cursor`` hold the ring measured on the
pointer's pixmap, the stroke's width on screen, and the pixmap's device pixel
ratio. ``unrepainted`` counts the display image pixels the 7's stroke changed, move
by move, outside the regions the canvas asked to repaint (what a wrong dirty
rect leaves stale on screen). The test compares all of these across scales
and with each other.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QRegion

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from drawing import LEFT, mouse, ring_diameter  # noqa: E402

BINS = 40
# A 7 in the bottom-right quarter (where a wrong stroke scale loses it) and a bar top-left.
SEVEN = [(0.58, 0.6), (0.9, 0.6), (0.72, 0.95)]
BAR = [(0.15, 0.12), (0.2, 0.42)]
ERASE = [(0.55, 0.78), (0.95, 0.78)]
ERASE_LEFT = [(0.6, 0.6), (0.6, 0.9)]  # with the left button, the eraser turned on (E)
AFTER_RESIZE = [(0.1, 0.9), (0.4, 0.65)]


def ink_map(levels: np.ndarray, bins: int = BINS) -> np.ndarray:
    """Average ``levels`` (square, 0..1) over bins x bins equal parts of the unit square."""
    side = levels.shape[0]
    index = np.arange(side) * bins // side
    sums = np.zeros((bins, bins))
    np.add.at(sums, (index[:, None], index[None, :]), levels)
    counts = np.bincount(index, minlength=bins)
    return sums / np.outer(counts, counts)


def shown_ink(canvas) -> np.ndarray:
    """The grabbed canvas, device pixel by device pixel, as ink level 0..1 between slate and ink."""
    from digitpad.ui.ink_images import BACKGROUND, INK
    red = pixels(canvas.grab().toImage())[:, :, 2].astype(float)  # BGRA in memory
    side = min(red.shape)
    return np.clip((red[:side, :side] - BACKGROUND.red()) / (INK.red() - BACKGROUND.red()), 0, 1)


def record(frames: dict, name: str, tab, app) -> None:
    canvas = tab.canvas
    canvas.clearFocus()  # the focus frame is not ink
    app.processEvents()
    frames[f"{name}.shown"] = ink_map(shown_ink(canvas))
    frames[f"{name}.model"] = ink_map(canvas.image_array() / 255.0)
    dpr = canvas.devicePixelRatioF()
    frames[f"{name}.dpr"] = np.array(dpr)
    frames[f"{name}.sharp"] = np.array(canvas._images.display.width() == round(canvas.width() * dpr))
    frames[f"{name}.pixels"] = canvas.image_array()  # the network's input, to compare bit for bit


class RepaintLog(QObject):
    """Collects the regions a widget is asked to repaint."""

    def __init__(self, widget):
        super().__init__()
        self.region = QRegion()
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.region = self.region.united(event.region())
        return False


def unrepainted_pixels(before, after, region, dpr: float) -> int:
    """How many display image pixels changed outside the repainted region (logical coordinates)."""
    mask = QImage(after.width(), after.height(), QImage.Format.Format_Grayscale8)
    mask.fill(0)
    painter = QPainter(mask)
    painter.scale(dpr, dpr)
    for rect in region:
        painter.fillRect(rect, QColor(255, 255, 255))
    painter.end()
    changed = pixels(before) != pixels(after)
    return int(np.count_nonzero(changed.any(axis=2) & (pixels(mask)[:, :, 0] == 0)))


def pixels(image) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    h, w = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
    return rows[:, :w * 4].reshape(h, w, 4).copy()


def stroke_checking_repaints(canvas, points, app) -> int:
    """Draw ``points`` with the left button, letting the canvas repaint after every move.

    Returns how many display pixels changed outside what the canvas asked to
    repaint, summed over the moves.
    """
    w, h = canvas.width(), canvas.height()
    legs = np.linspace(points[:-1], points[1:], 12).transpose(1, 0, 2).reshape(-1, 2)
    dense = [(x * w, y * h) for x, y in legs]
    log, missed = RepaintLog(canvas), 0
    mouse(canvas, QEvent.Type.MouseButtonPress, dense[0], LEFT, LEFT)
    for p in dense[1:]:
        before = canvas._images.display.copy()
        log.region = QRegion()
        mouse(canvas, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, LEFT)
        settle(app, 2)
        missed += unrepainted_pixels(before, canvas._images.display, log.region, canvas.devicePixelRatioF())
    mouse(canvas, QEvent.Type.MouseButtonRelease, dense[-1], LEFT, Qt.MouseButton.NoButton)
    canvas.removeEventFilter(log)
    return missed


def cursor_sizes(canvas) -> np.ndarray:
    """(ring measured on the cursor's pixmap, stroke width on screen, pixmap's ratio), device pixels."""
    cursor = canvas.cursor()
    dpr = canvas.devicePixelRatioF()
    ratio = cursor.pixmap().devicePixelRatio()
    return np.array([ring_diameter(cursor), canvas.cursor_diameter() * dpr, ratio])


def toggle_eraser(canvas, app) -> None:
    """Press E, as a user does, and wait for the button to finish its click."""
    from PySide6.QtTest import QTest
    was = canvas.eraser
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_E)
    for _ in range(200):
        if canvas.eraser != was:
            return
        QTest.qWait(10)
    raise AssertionError("E did not switch the eraser")


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--move-to-screen")
    args = parser.parse_args()

    from PySide6.QtCore import QMimeData, QPoint
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])

    from digitpad.data.mydigits import MyDigits
    from digitpad.models import load_book
    from digitpad.ui.draw_tab import DrawTab
    from digitpad.ui.model_state import ModelState
    from drawing import RIGHT, drop, stroke, write_picture
    from shared_data import book_weights_path

    scratch = Path(tempfile.mkdtemp(prefix="digitpad-hidpi-"))
    tab = DrawTab(ModelState(load_book(book_weights_path())), store=MyDigits(scratch / "mydigits.npz"))
    tab.start()
    tab.resize(1000, 640)
    tab.show()
    settle(app)
    canvas, frames = tab.canvas, {}

    frames["unrepainted"] = np.array(stroke_checking_repaints(canvas, SEVEN, app))
    stroke(canvas, BAR)
    record(frames, "drawn", tab, app)
    if args.move_to_screen:
        screen = next(s for s in app.screens() if s.name() == args.move_to_screen)
        tab.move(screen.geometry().topLeft() + QPoint(40, 40))
        settle(app)
        assert tab.screen() is screen, tab.screen().name()
        record(frames, "moved", tab, app)
        frames["moved cursor"] = cursor_sizes(canvas)
    stroke(canvas, ERASE, button=RIGHT)
    record(frames, "erased", tab, app)
    canvas.undo()
    record(frames, "undone", tab, app)
    canvas.redo()
    record(frames, "redone", tab, app)
    frames["brush cursor"] = cursor_sizes(canvas)
    toggle_eraser(canvas, app)
    frames["eraser cursor"] = cursor_sizes(canvas)
    stroke(canvas, ERASE_LEFT)
    record(frames, "erased with the eraser on", tab, app)
    toggle_eraser(canvas, app)
    tab.resize(1240, 820)
    settle(app)
    record(frames, "resized", tab, app)
    stroke(canvas, AFTER_RESIZE)
    record(frames, "drawn after resize", tab, app)

    picture = write_picture(scratch / "one.png", size=(300, 200))
    mime = QMimeData()
    mime.setImageData(QImage(str(picture)))
    drop(canvas, mime=mime)
    record(frames, "dropped image", tab, app)
    canvas.clear()
    drop(canvas, picture)
    stroke(canvas, BAR)
    record(frames, "dropped file", tab, app)

    np.savez(args.out, **frames)
    tab.close()


if __name__ == "__main__":
    main()
