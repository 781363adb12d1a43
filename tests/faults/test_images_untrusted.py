"""Pictures dropped on the Draw tab's canvas: too large, colour-only contrast, empty image data.

Each is dropped with a real QDropEvent on the canvas, as a file manager or another
program would, and must end in a picture on the canvas or one clear message.
"""

import struct
import zlib

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication

from digitpad.ui.draw_tab import DrawTab
from digitpad.ui.pictures import largest_square
from digitpad.ui.model_state import ModelState


@pytest.fixture
def tab(qtbot):
    tab = DrawTab(ModelState())
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.messages = []
    tab.messageRequested.connect(lambda level, title, text: tab.messages.append((title, text)))
    tab.start()
    return tab


def drop(canvas, mime):
    """Drag ``mime`` onto the middle of ``canvas`` and let go (Qt delivers a drop only after an enter)."""
    where = canvas.rect().center()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(where, *args)
    QApplication.sendEvent(canvas, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(canvas, QDropEvent(QPointF(where), *args))


def png_header(width, height) -> bytes:
    """A PNG that declares ``width`` x ``height`` pixels and holds almost nothing (as a hostile file may)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)   # 8-bit grey
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def test_a_huge_picture_is_refused_with_the_largest_size_accepted(tab, tmp_path):
    path = tmp_path / "poster.png"
    path.write_bytes(png_header(20000, 20000))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop(tab.canvas, mime)
    assert len(tab.messages) == 1
    title, text = tab.messages[0]
    assert title == "The picture is too large"
    assert "20,000 x 20,000" in text and f"{largest_square():,} x {largest_square():,}" in text
    assert tab.canvas.is_empty()


def test_blue_ink_on_red_is_read(tab):
    picture = QImage(200, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor(255, 0, 0))
    painter = QPainter(picture)
    painter.fillRect(90, 40, 20, 120, QColor(0, 0, 255))   # a 1, as bright as the paper in grey
    painter.end()
    mime = QMimeData()
    mime.setImageData(picture)
    drop(tab.canvas, mime)
    assert tab.messages == []
    ink = tab.canvas.image_array()
    assert ink.max() == 255 and tab.probabilities() is not None
    rows, cols = np.nonzero(ink > 128)
    assert cols.max() - cols.min() < rows.max() - rows.min()   # upright, as drawn


def test_dropped_image_data_that_is_empty_is_explained(tab):
    mime = QMimeData()
    mime.setImageData(QImage())
    assert mime.hasImage()
    drop(tab.canvas, mime)
    assert len(tab.messages) == 1 and "holds no image data" in tab.messages[0][1]
    assert tab.canvas.is_empty()


def test_an_empty_file_is_said_to_be_empty(tab, tmp_path):
    """Not "Unsupported image format": a file of 0 bytes holds no picture of any format."""
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop(tab.canvas, mime)
    assert tab.messages == [("Cannot open the picture", "empty.png is empty: there is no picture in it.")]
    assert tab.canvas.is_empty()
    path.write_bytes(b"not a picture at all")          # a file that is not empty keeps Qt's reason
    drop(tab.canvas, mime)
    assert len(tab.messages) == 2 and "could not be read as an image" in tab.messages[1][1]
