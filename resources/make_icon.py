"""Draws digitpad's icon with QPainter: a slate tile, a hand-drawn 7 in chalk, three bars.

Run ``python resources/make_icon.py`` to rewrite ``digitpad-<size>.png`` beside
this file (16 to 256 pixels, each painted at its own size so small ones stay crisp).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256)


def paint_icon(size: int):
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0

    # the tile
    tile = QRectF(8 * s, 8 * s, 240 * s, 240 * s)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomRight())
    gradient.setColorAt(0.0, QColor("#2c3340"))
    gradient.setColorAt(1.0, QColor("#171a21"))
    p.setPen(QPen(QColor("#3d4654"), max(1.0, 4 * s)))
    p.setBrush(gradient)
    p.drawRoundedRect(tile, 48 * s, 48 * s)

    # a 7, as a pen would draw it: a slightly rising bar, then a curved downstroke
    seven = QPainterPath(QPointF(62 * s, 66 * s))
    seven.cubicTo(QPointF(100 * s, 60 * s), QPointF(150 * s, 58 * s), QPointF(190 * s, 60 * s))
    seven.cubicTo(QPointF(160 * s, 100 * s), QPointF(128 * s, 150 * s), QPointF(112 * s, 200 * s))
    width = max(2.2, 26 * s)
    p.setPen(QPen(QColor("#f4f1ea"), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(seven)

    # three probability bars, the tallest in the accent colour
    if size >= 32:
        p.setPen(Qt.PenStyle.NoPen)
        base = 214 * s
        for x, h, colour in ((160, 34, "#5b7fa8"), (184, 70, "#ffb547"), (208, 22, "#5b7fa8")):
            p.setBrush(QColor(colour))
            p.drawRoundedRect(QRectF(x * s, base - h * s, 18 * s, h * s), 3 * s, 3 * s)
    p.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    folder = Path(__file__).resolve().parent
    for size in SIZES:
        path = folder / f"digitpad-{size}.png"
        if not paint_icon(size).save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
