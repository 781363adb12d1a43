"""Every value the Explore tab prints is whole on screen: 1920x1080 at 200% (960x531 once the title
bar is taken) and 1280x800 at 125% (1024x625), in English, Korean and Japanese. A value that does not
fit its line wraps the way NumPy wraps a long array, or the page scrolls; the values written on the
softmax bars never cover each other."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QScrollArea, QWidget

from test_small_screens import settle

SCREENS = [(960, 531), (1024, 625)]
TWELVE = ", ".join(["1"] * 12)


def text_room(label: QLabel) -> tuple[int, int]:
    """The width and height ``label``'s text takes by its font's metrics, wrapped as the label wraps it."""
    flags = int(label.alignment())
    if label.wordWrap():
        flags |= int(Qt.TextFlag.TextWordWrap)
    width = label.contentsRect().width() if label.wordWrap() else 100_000
    need = label.fontMetrics().boundingRect(0, 0, width, 100_000, flags, label.text())
    return need.width(), need.height()


def cut_off(label: QLabel, page: QWidget) -> str | None:
    """How ``label``'s text is cut, if it is: wider or taller than the label, or the label reaching out
    of a widget it is in (the page scrolls: that is not cut)."""
    width, height = text_room(label)
    room = label.contentsRect()
    if width > room.width() + 1 or height > room.height() + 1:
        return f"needs {width}x{height}, has {room.width()}x{room.height()}"
    widget = label
    while widget is not page:
        parent = widget.parentWidget()
        rect = QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())
        if not parent.rect().contains(rect):
            return f"out of {parent.objectName() or type(parent).__name__}: {rect.getRect()}"
        widget = parent
    return None


def cut_values(section: QWidget) -> list[str]:
    """Every shown plain-text label of ``section`` whose text is cut off, with how."""
    cut = []
    for label in section.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        how = cut_off(label, section)
        if how:
            cut.append(f"{label.objectName() or label.text()[:30]!r} {label.text()!r}: {how}")
    for listing in section.findChildren(QListWidget):
        if listing.isVisible():
            room = listing.viewport().width()
            for row in range(listing.count()):
                text = listing.item(row).text()
                if listing.fontMetrics().horizontalAdvance(text) > room:
                    cut.append(f"{listing.objectName()} line {row} {text!r} wider than {room}")
    return cut


def tabs_fit_or_scroll(window) -> None:
    """The tabs are no smaller than what the shown tab needs: what does not fit scrolls."""
    scroll = window.findChild(QScrollArea, "tabsScroll")
    tabs = scroll.widget()
    page = tabs.currentWidget()
    assert page.height() >= page.minimumSizeHint().height()


@pytest.mark.parametrize("size", SCREENS)
@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_softmax_shows_every_value_of_every_row(window_in, code, size):
    """At 960x531 in English each 3-value row lost its last value (the layout squeezed the wrapped
    second line away) and the ranks read "the same"; twelve 1s showed 6 of their 12 values."""
    window = window_in(code)
    window.resize(*size)
    explore = window.tab("Explore")
    window.tabs.setCurrentWidget(explore)
    section = explore.show_section("softmax")
    for text in ("0.3, 2.9, 4.0", TWELVE, "1010, 1000, 990", "-1.5, 2.25, 1e-9, 300, -7, 0.5, 12, 8, 9, 10, 11, 3"):
        section.set_input(text)
        settle()
        assert cut_values(section) == [], text
        tabs_fit_or_scroll(window)
        for name, value in section.outputs.items():
            shown = " ".join(value.text().split())     # the lines as read, wrapped or not
            assert shown == " ".join(section.output_text(name).split()), name
        assert section.output_text("rankOutput").endswith(section.tr("{0}   the same order").format("")
                                                          .strip()) or text == "1010, 1000, 990"


@pytest.mark.parametrize("size", SCREENS)
@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_the_other_sections_that_print_arrays_show_them_whole(window_in, qtbot, code, size):
    """3.3's console, 3.4's layer values at every step and 3.6.2's listing of predict()."""
    from PySide6.QtWidgets import QPushButton
    window = window_in(code)
    window.resize(*size)
    explore = window.tab("Explore")
    window.tabs.setCurrentWidget(explore)
    network = explore.show_section("network")
    for step in range(7):
        network.set_step(step)
        settle()
        assert cut_values(network) == [], step
    network.set_x([-3.5, 4.25])
    settle()
    assert cut_values(network) == []
    matrix = explore.show_section("matrix")
    settle()
    assert cut_values(matrix) == []
    console = matrix.findChild(QWidget, "matrixConsole")
    assert console.verticalScrollBar().maximum() == 0      # every line of the console in sight
    predict = explore.show_section("predict")
    predict.set_input(np.pad(np.full((20, 4), 255.0), ((4, 4), (12, 12))))   # a 1
    settle()
    assert cut_values(predict) == []
    qtbot.mouseClick(predict.findChild(QPushButton, "stepBack"), Qt.MouseButton.LeftButton)
    settle()
    assert cut_values(predict) == []


def in_pixels(plot, item):
    """Where the graphics ``item`` is drawn in the plot widget, in pixels."""
    return plot.mapFromScene(item.mapRectToScene(item.boundingRect())).boundingRect().toRectF()


@pytest.mark.parametrize("values", [[0.3, 2.9, 4.0], [1] * 12, list(range(12)), [5, -3, 0.2, 7, -8, 1, 1, 1, 1, 1]])
@pytest.mark.parametrize("size", [(240, 160), (240, 260), (180, 120)])
def test_the_values_on_the_softmax_bars_never_cover_each_other(qtbot, values, size):
    """Twelve y labels 0.083 in a 240 px column smeared into one unreadable line."""
    from digitpad.ui.widgets.softmax_explorer import SoftmaxExplorer, compute
    from digitpad.ui.widgets.value_bars import ValueBars
    section = SoftmaxExplorer()
    qtbot.addWidget(section)
    section.set_input(", ".join(str(v) for v in values))
    section.resize(1100, 700)
    section.show()
    qtbot.waitExposed(section)
    for bars in section.findChildren(ValueBars):
        bars.setFixedSize(*size)
        settle()
        n = len(bars.values())
        shown = [i for i in range(n) if bars.labels[i].isVisible()]
        assert int(np.argmax(bars.values())) in shown          # the largest value is always written
        rects = [in_pixels(bars, bars.labels[i]) for i in shown]
        inside = in_pixels(bars, bars.getPlotItem().getViewBox())
        for i, rect in zip(shown, rects):
            assert inside.adjusted(-2, -2, 2, 2).contains(rect), (bars.objectName(), i, rect, inside)
            for j, other in zip(shown, rects):
                assert i == j or not rect.intersects(other), (bars.objectName(), i, j, rect, other)
    y = compute(np.asarray(values, dtype=float)).y
    assert section.outputBars.label_texts()[int(np.argmax(y))] == f"{y.max():.3f}"


@pytest.mark.parametrize("width", [130, 170, 220, 300, 420])
@pytest.mark.parametrize("strongest", [0, 4, 9])
def test_the_values_over_predicts_output_bars_never_cover_each_other(qtbot, width, strongest):
    """3.6.2's y bars wrote "99.6%" over three columns and its neighbours' "0%" where they fitted
    their own column: the strongest value over the others."""
    from PySide6.QtGui import QColor
    from digitpad.ui.units import probability_text
    from digitpad.ui.widgets.predict_views import UnitBars
    values = np.full(10, 0.0004)
    values[strongest] = 0.9964
    colours = np.array([QColor("#888888").getRgb()[:3]] * 10)
    bars = UnitBars()
    qtbot.addWidget(bars)
    bars.resize(width, 140)
    bars.show()
    qtbot.waitExposed(bars)
    bars.set_values(values, colours, [""] * 10)
    blank = bars.grab().toImage()
    texts = [probability_text(v) for v in values]
    bars.set_values(values, colours, texts)
    written = bars.label_rects()
    assert strongest in written
    for unit, rect in written.items():
        assert bars.rect().toRectF().contains(rect), (unit, rect)
        for other, there in written.items():
            assert unit == other or not rect.intersects(there), (unit, other)
    shown = bars.grab().toImage()
    top = int(min(rect.bottom() for rect in written.values()))
    ratio = shown.devicePixelRatio()
    stray = [(x, y) for y in range(int(top * ratio)) for x in range(shown.width())
             if shown.pixel(x, y) != blank.pixel(x, y)
             and not any(rect.adjusted(-1, -1, 1, 1).contains(x / ratio, y / ratio) for rect in written.values())]
    assert stray == []                                  # nothing is written outside those places
