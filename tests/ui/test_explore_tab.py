"""The Explore tab: every number of chapter 3 found in its widgets, and every input pokeable.

Reference values are computed here independently (plain math / NumPy formulas)
or taken from the book's printed output, never from the functions under test.
"""

import inspect
import math
import warnings

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from drawing import LEFT, mouse, stroke
from qt_helpers import shown_alone, tabs_of
from shared_data import mnist

BOOK_SOFTMAX = [0.01821127, 0.24519181, 0.73659691]
BOOK_STABLE = "[9.99954600e-01 4.53978686e-05 2.06106005e-09]"
BOOK_Y = [0.31682708, 0.69627909]


def _sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


def _vector(text: str) -> np.ndarray:
    return np.array([float(v) for v in text.strip("[]").split()])


def _wait_idle(qtbot, section):
    qtbot.waitUntil(lambda: not section.is_busy(), timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)


# the tab ---------------------------------------------------------------------------

def test_sections_are_listed_in_the_books_order_and_switch_the_page(explore, qtbot):
    from digitpad.ui.explore_tab import SECTIONS
    names = [explore.sectionList.item(i).text() for i in range(explore.sectionList.count())]
    assert names == ["Activation functions", "Matrix product", "A 3-layer network", "Softmax",
                     "Swap the activation", "predict() on your digit"]
    assert explore.current_section() == "activations"
    for row, (key, _, _) in enumerate(SECTIONS):
        rect = explore.sectionList.visualItemRect(explore.sectionList.item(row))
        qtbot.mouseClick(explore.sectionList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert explore.current_section() == key
        assert explore.sectionStack.currentWidget() is explore.sections[key]
        assert explore.sections[key].isVisible()


def test_fits_the_default_window_size(explore):
    # the window's default size is 1220x760; the tab gets that minus the tab bar and margins
    hint = explore.minimumSizeHint()
    assert hint.width() <= 1200 and hint.height() <= 680, hint


# activation functions --------------------------------------------------------------

def test_sigmoid_is_read_off_at_the_marker(explore):
    section = explore.show_section("activations")
    section.markerSpin.setValue(1.0)
    rows = {section.readout.item(r, 0).data(Qt.ItemDataRole.UserRole): r
            for r in range(section.readout.rowCount())}
    assert set(rows) == {"step", "sigmoid", "relu"}  # the book's three, shown by default
    text = section.readout.item(rows["sigmoid"], 1).text()
    assert float(text) == pytest.approx(_sigmoid(1.0), abs=5e-7)
    assert section.readout.item(rows["step"], 1).text() == "1"
    assert section.readout.item(rows["relu"], 1).text() == "1"
    assert section.readout_values()["sigmoid"][0] == pytest.approx(_sigmoid(1.0), rel=1e-12)


def test_moving_the_marker_updates_the_readout_and_the_spin_box(explore):
    section = explore.show_section("activations")
    section.derivativeCheck.setChecked(True)
    section.marker.setValue(-2.0)  # what dragging the line does
    assert section.markerSpin.value() == pytest.approx(-2.0)
    values = section.readout_values()
    s = _sigmoid(-2.0)
    assert values["sigmoid"] == (pytest.approx(s), pytest.approx(s * (1 - s)))
    assert values["relu"] == (0.0, 0.0)
    assert values["step"] == (0.0, 0.0)
    assert not section.readout.isColumnHidden(2)
    row = [section.readout.item(r, 0).data(Qt.ItemDataRole.UserRole)
           for r in range(section.readout.rowCount())].index("sigmoid")
    assert float(section.readout.item(row, 2).text()) == pytest.approx(s * (1 - s), abs=5e-7)


def test_dragging_the_marker_with_the_mouse(explore, qtbot):
    section = explore.show_section("activations")
    plot = section.plot
    view = plot.getPlotItem().getViewBox()
    QApplication.processEvents()

    def widget_pos(x, y):
        return plot.mapFromScene(view.mapViewToScene(QPointF(x, y)))

    start, end = widget_pos(1.0, 0.5), widget_pos(3.0, 0.5)
    vp = plot.viewport()
    NO = Qt.MouseButton.NoButton
    mouse(vp, QEvent.Type.MouseMove, (start.x(), start.y()), NO, NO)
    mouse(vp, QEvent.Type.MouseButtonPress, (start.x(), start.y()), LEFT, LEFT)
    qtbot.wait(600)  # pyqtgraph takes a press shorter than half a second for a click
    for t in np.linspace(0, 1, 12)[1:]:
        x = start.x() + (end.x() - start.x()) * t
        mouse(vp, QEvent.Type.MouseMove, (x, start.y()), NO, LEFT)
    mouse(vp, QEvent.Type.MouseButtonRelease, (end.x(), end.y()), LEFT, NO)
    assert section.marker_x() == pytest.approx(3.0, abs=0.1)
    assert section.readout_values()["sigmoid"][0] == pytest.approx(_sigmoid(section.marker_x()))


def test_several_functions_with_their_own_colours_and_a_legend(explore):
    section = explore.show_section("activations")
    section.set_visible("tanh", True)
    section.set_visible("step", False)
    assert section.visible_functions() == ["sigmoid", "relu", "tanh"]
    assert not section.curves["step"].isVisible() and section.curves["tanh"].isVisible()
    colours = {section.curves[n].opts["pen"].color().name() for n in ("step", "sigmoid", "relu",
                                                                      "identity", "tanh")}
    assert len(colours) == 5
    assert section.legend.names() == ["sigmoid", "ReLU", "tanh"]
    section.derivativeCheck.setChecked(True)
    assert section.derivative_curves["tanh"].isVisible()
    assert not section.derivative_curves["step"].isVisible()
    assert section.legend.names() == ["sigmoid", "ReLU", "tanh", "h\u2032(x)"]   # dashed: each one's slope
    for name in ("sigmoid", "relu", "tanh"):
        section.set_visible(name, False)
    assert section.legend.names() == []


@pytest.mark.parametrize("size", [(1200, 720), (740, 470)])
def test_the_legend_covers_no_curve(explore, qtbot, size):
    """The legend was a box in the plot's top-left corner, over ReLU and identity on a wide x range
    and over the derivatives; it is a line under the plot now, wrapped where the plot is narrow."""
    import pyqtgraph as pg
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel
    from test_small_screens import settle
    explore.resize(*size)
    section = explore.show_section("activations")
    for name in ("identity", "tanh"):                    # every function, and the derivatives
        qtbot.mouseClick(section.checkboxes[name], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.derivativeCheck, Qt.MouseButton.LeftButton)
    section.xMinSpin.setValue(-20.0)                     # curves from corner to corner
    section.xMaxSpin.setValue(20.0)
    settle()
    assert section.visible_functions() == ["step", "sigmoid", "relu", "identity", "tanh"]
    plot = section.plot
    view = plot.getPlotItem().getViewBox()
    boxes = [item for item in plot.scene().items() if isinstance(item, pg.LegendItem) and item.isVisible()]
    assert not any(box.sceneBoundingRect().intersects(view.sceneBoundingRect()) for box in boxes)
    legend = section.findChild(QLabel, "activationLegend")
    assert legend.isVisible()
    assert all(title in legend.text() for title in ("step", "sigmoid", "ReLU", "identity", "tanh"))
    data = plot.mapFromScene(view.sceneBoundingRect()).boundingRect()
    data.translate(plot.mapTo(section, QPoint(0, 0)))
    assert data.width() > 100 and data.height() > 100
    assert not QRect(legend.mapTo(section, QPoint(0, 0)), legend.size()).intersects(data)
    assert legend.height() >= legend.heightForWidth(legend.width())     # no line of it cut


def test_curves_are_the_real_functions_over_the_chosen_range(explore):
    from digitpad.nn.activations import REGISTRY
    section = explore.show_section("activations")
    section.xMinSpin.setValue(-3.0)
    section.xMaxSpin.setValue(8.0)
    for name in ("step", "sigmoid", "relu", "identity", "tanh"):
        x, y = section.curves[name].getData()
        assert x[0] == pytest.approx(-3.0) and x[-1] == pytest.approx(8.0)
        np.testing.assert_array_equal(y, np.asarray(REGISTRY[name].function(x), dtype=float))
        _, dy = section.derivative_curves[name].getData()
        np.testing.assert_array_equal(dy, np.asarray(REGISTRY[name].derivative(x), dtype=float))
    # independent reference for two of them
    x, y = section.curves["sigmoid"].getData()
    np.testing.assert_allclose(y, 1 / (1 + np.exp(-x)), rtol=1e-12)
    x, y = section.curves["relu"].getData()
    np.testing.assert_array_equal(y, np.where(x > 0, x, 0.0))


def test_the_source_shown_is_the_real_source(explore):
    from digitpad.nn.activations import REGISTRY
    from digitpad.ui.widgets.explore_common import CodeView
    section = explore.show_section("activations")
    for name in ("step", "sigmoid", "relu", "identity", "tanh"):
        view = explore.findChild(CodeView, f"source_{name}")
        assert view is section.sources[name]
        assert view.toPlainText() == inspect.getsource(REGISTRY[name].function)
        assert section.derivative_sources[name].toPlainText() == inspect.getsource(REGISTRY[name].derivative)
        assert section.sources[name].isReadOnly()
    assert "def sigmoid(x):" in section.sources["sigmoid"].toPlainText()


@pytest.mark.parametrize("width", [1200, 1000])  # 1000: the tab in a window on a 1024x768 projector
def test_the_sigmoid_page_shows_the_books_code_first_and_why_the_app_differs(explore, qtbot, width):
    from digitpad.nn import functions as F
    from digitpad.ui.widgets.explore_common import CodeView
    from PySide6.QtWidgets import QApplication, QLabel
    explore.resize(width, 640)
    explore.show_section("activations")
    for _ in range(5):  # the code wraps at its new width, then the view takes the height it needs
        QApplication.processEvents()
    book = explore.findChild(CodeView, "bookSource_sigmoid")
    app_form = explore.findChild(CodeView, "source_sigmoid")
    why = explore.findChild(QLabel, "whyNotBook_sigmoid")
    assert book.isVisible() and app_form.isVisible() and why.isVisible()
    assert "return 1 / (1 + np.exp(-x))" in book.toPlainText().splitlines()[-1]
    assert book.toPlainText() == inspect.getsource(F.naive_sigmoid)
    assert book.verticalScrollBar().maximum() == 0  # all of it in sight, the return line too
    assert "np.tanh" in app_form.toPlainText()
    assert "overflow" in why.text() and "-88" in why.text()
    top = [w.mapTo(explore, w.rect().topLeft()).y() for w in (book, why, app_form)]
    assert top == sorted(top)  # the book's code first, then why, then what the app runs


# softmax ---------------------------------------------------------------------------

def test_softmax_shows_the_books_numbers(explore):
    section = explore.show_section("softmax")
    out = section.output_text
    assert section.input.text() == "0.3, 2.9, 4.0"
    assert out("expSumOutput") == "74.1221542101633"
    assert out("softmaxOutput") == "[0.01821127 0.24519181 0.73659691]"
    np.testing.assert_allclose(_vector(out("softmaxOutput")), BOOK_SOFTMAX, atol=1e-8)
    np.testing.assert_allclose(_vector(out("expOutput")), np.exp([0.3, 2.9, 4.0]), rtol=1e-8)
    assert out("naiveOutput") == out("softmaxOutput")
    assert out("softmaxSumOutput").startswith("1.0")
    assert out("orderOutput").startswith("(2, 2)")
    assert out("rankOutput").startswith("[3 2 1]  [3 2 1]")
    assert not section.naiveWarning.isVisible()
    np.testing.assert_allclose(section.outputBars.values(), BOOK_SOFTMAX, atol=1e-8)


def test_typing_a_vector_updates_everything(explore, qtbot):
    section = explore.show_section("softmax")
    section.input.clear()
    qtbot.keyClicks(section.input, "[1, -2, 3.5, 0]")
    a = np.array([1, -2, 3.5, 0])
    expected = np.exp(a) / np.exp(a).sum()
    np.testing.assert_allclose(_vector(section.output_text("softmaxOutput")), expected, atol=1e-8)
    assert float(section.output_text("expSumOutput")) == pytest.approx(np.exp(a).sum(), rel=1e-14)
    assert section.output_text("shiftedOutput") == "[-2.5 -5.5  0.  -3.5]"
    assert section.output_text("orderOutput").startswith("(2, 2)")
    np.testing.assert_allclose(section.outputBars.values(), expected, atol=1e-12)
    assert not section.error.isVisible()


def test_invalid_text_gives_an_inline_message(explore, qtbot):
    section = explore.show_section("softmax")
    before = section.output_text("softmaxOutput")
    section.input.setText("1, abc")  # as if pasted
    assert section.error.isVisible()
    assert "'abc' is not a number" in section.error.text()
    assert section.output_text("softmaxOutput") == before  # the last valid input stays shown
    section.input.clear()
    qtbot.keyClicks(section.input, "1, x")  # typed: "1," was valid on the way
    assert "'x' is not a number" in section.error.text()
    assert section.output_text("softmaxOutput") == "[1.]"
    section.input.clear()
    qtbot.keyClicks(section.input, "1, 1e400")
    assert "finite" in section.error.text()
    section.input.clear()
    assert "Type a few numbers" in section.error.text()
    qtbot.keyClicks(section.input, "2 2")
    assert not section.error.isVisible()
    assert section.output_text("softmaxOutput") == "[0.5 0.5]"


def test_overflow_preset_captures_the_warning_and_shows_the_fix(explore, qtbot, recwarn, capfd):
    section = explore.show_section("softmax")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning escaping the tab would raise here
        qtbot.mouseClick(section.presetButtons["presetOverflow"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(section.presetButtons["presetOverflow"], Qt.MouseButton.LeftButton)
    out = section.output_text
    assert section.input.text() == "1010, 1000, 990"
    assert out("naiveOutput") == "[nan nan nan]"
    assert out("expOutput") == "[inf inf inf]"
    assert section.naiveWarning.isVisible()
    assert "RuntimeWarning: overflow encountered in exp" in section.naiveWarning.text()
    assert "RuntimeWarning: invalid value encountered in divide" in section.naiveWarning.text()
    assert out("maxOutput") == "1010"
    assert out("shiftedOutput") == "[  0 -10 -20]"
    assert out("softmaxOutput") == BOOK_STABLE
    assert out("softmaxSumOutput").startswith("1.0")
    assert "overflow" not in section.note.text() or "inf" in section.note.text()
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]
    assert "RuntimeWarning" not in capfd.readouterr().err
    # and back: the warning goes away with the inputs that caused it
    qtbot.mouseClick(section.presetButtons["presetBook"], Qt.MouseButton.LeftButton)
    assert not section.naiveWarning.isVisible()
    assert section.warning_texts() == []


# the matrix product ----------------------------------------------------------------

def _cells(table):
    return [[table.item(i, j).text() for j in range(table.columnCount())] for i in range(table.rowCount())]


def test_matrix_product_default_and_shapes(explore):
    section = explore.show_section("matrix")
    assert _cells(section.matrixX) == [["1", "2"]]
    assert _cells(section.matrixW) == [["1", "3", "5"], ["2", "4", "6"]]
    assert _cells(section.matrixY) == [["5", "11", "17"]]
    np.testing.assert_array_equal(section.result_values(), [[5, 11, 17]])
    assert "(1, 2)" in section.shapeRule.text().replace("<span style='color:#7bd88f; font-weight:bold'>2</span>", "2")
    assert section.shapeY.text() == "(1, 3)"
    assert "array([[ 5, 11, 17]])" in section.console.toPlainText()
    assert not section.error.isVisible()


def test_editing_a_cell_recomputes(explore, qtbot):
    section = explore.show_section("matrix")
    table = section.matrixX
    table.setFocus()
    table.setCurrentCell(0, 0)  # moving onto a cell opens its editor (any trigger edits)
    if table.state() != QAbstractItemView.State.EditingState:
        table.editItem(table.item(0, 0))
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the loop
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState, timeout=2_000)
    assert _cells(section.matrixY) == [["7", "17", "27"]]
    section.set_cell("W", 1, 2, "0.5")
    np.testing.assert_allclose(section.result_values(), [[7, 17, 16]])
    assert _cells(section.matrixY) == [["7", "17", "16"]]


def test_shape_mismatch_is_explained_not_raised(explore, qtbot):
    section = explore.show_section("matrix")
    section.xCols.setValue(3)
    assert section.result_values() is None
    assert section.error.isVisible()
    text = section.error.text()
    assert "X has 3 columns but W has 2 rows" in text
    assert "not aligned" in text  # NumPy's own words
    assert "ValueError" in section.console.toPlainText()
    assert _cells(section.matrixY) == [["?", "?", "?"]]
    section.wRows.setValue(3)
    assert not section.error.isVisible()
    np.testing.assert_array_equal(section.result_values(), [[5, 11, 17]])  # the new cells are 0


def test_a_cell_that_is_not_a_number(explore):
    section = explore.show_section("matrix")
    section.set_cell("W", 0, 1, "three")
    assert section.error.isVisible() and "W[0, 1]" in section.error.text()
    section.set_cell("W", 0, 1, "3")
    assert not section.error.isVisible()
    np.testing.assert_array_equal(section.result_values(), [[5, 11, 17]])


def test_choosing_an_entry_of_y_explains_it(explore):
    section = explore.show_section("matrix")
    section.matrixY.setCurrentCell(0, 1)
    text = section.explain.text()
    assert "Y[0, 1]" in text and "1\u00b73 + 2\u00b74" in text and ">11<" in text


# the 3-layer network ---------------------------------------------------------------

def test_formulas_above_the_columns_shrink_to_fit_between_them(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF
    from digitpad.ui.widgets.network_diagram import _fitted
    font = QFont()
    font.setPointSizeF(8.5)
    text = "z\u00b9 = sigmoid(a\u00b9)"
    wide = QFontMetricsF(font).horizontalAdvance(text)
    assert _fitted(font, text, wide + 1).pointSizeF() == 8.5            # room enough: unchanged
    smaller = QFont(font)
    smaller.setPointSizeF(7.5)
    room = QFontMetricsF(smaller).horizontalAdvance(text)
    fitted = _fitted(font, text, room)
    assert 6.5 < fitted.pointSizeF() <= 7.5 and QFontMetricsF(fitted).horizontalAdvance(text) <= room
    assert _fitted(font, text, 5).pointSizeF() == 6.5                   # never smaller than readable


def _book_forward(x, h=lambda a: 1 / (1 + np.exp(-a))):
    W1 = np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]])
    W2 = np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]])
    W3 = np.array([[0.1, 0.3], [0.2, 0.4]])
    z1 = h(np.asarray(x) @ W1 + [0.1, 0.2, 0.3])
    z2 = h(z1 @ W2 + [0.1, 0.2])
    return z2 @ W3 + [0.1, 0.2]


def test_small_network_gives_the_books_y(explore):
    section = explore.show_section("network")
    assert section.outputs["y"].text() == "[0.31682708 0.69627909]"
    np.testing.assert_allclose(section.output(), BOOK_Y, atol=1e-8)
    assert section.outputs["a1"].text() == "[0.3 0.7 1.1]"
    assert section.diagram.node_text(3, 0) == "a 0.317  y 0.317"
    assert section.diagram.node_text(1, 2) == "a 1.100  z 0.750"
    assert section.diagram.node_text(0, 1) == "0.50"


def test_changing_x_updates_the_diagram_and_the_listing(explore, qtbot):
    section = explore.show_section("network")
    section.xSpins[0].setValue(0.0)
    expected = _book_forward([0.0, 0.5])
    np.testing.assert_allclose(_vector(section.outputs["y"].text()), expected, atol=1e-8)
    section.xSliders[1].setValue(-150)  # the slider moves x2 to -1.5
    assert section.xSpins[1].value() == pytest.approx(-1.5)
    expected = _book_forward([0.0, -1.5])
    np.testing.assert_allclose(section.output(), expected, rtol=1e-12)
    np.testing.assert_allclose(section.diagram.post[-1], expected, rtol=1e-12)
    qtbot.mouseClick(section.resetButton, Qt.MouseButton.LeftButton)
    np.testing.assert_allclose(section.output(), BOOK_Y, atol=1e-8)


def test_stepping_through_the_forward_pass(explore, qtbot):
    section = explore.show_section("network")
    section.set_step(0)
    assert section.diagram.step == 0 and section.diagram.node_text(1, 0) == ""
    qtbot.mouseClick(section.stepNext, Qt.MouseButton.LeftButton)
    assert section.diagram.node_text(1, 0) == "a 0.300"
    qtbot.mouseClick(section.stepNext, Qt.MouseButton.LeftButton)
    assert section.diagram.node_text(1, 0) == "a 0.300  z 0.574"
    assert section.diagram.node_text(2, 0) == ""
    assert "z1" in section.stepCaption.text()
    assert section.outputs["z1"].text() == "[0.57444252 0.66818777 0.75026011]"
    assert section.outputs["a2"].text() == "\u2026"  # not computed yet
    qtbot.mouseClick(section.stepAll, Qt.MouseButton.LeftButton)
    assert section.diagram.step == 6 and not section.stepNext.isEnabled()
    assert "a1 of layer 1 = x1\u00b70.1 + x2\u00b70.2 + 0.1" in section.diagram.explain(1, 0)


def test_hovering_a_node_explains_its_value(explore, qtbot):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip
    section = explore.show_section("network")
    diagram = section.diagram
    diagram.repaint()
    centre = diagram._layout()["nodes"][3][0].toPoint()
    assert diagram.node_at(QPointF(centre)) == (3, 0)
    QApplication.sendEvent(diagram, QHelpEvent(QEvent.Type.ToolTip, centre, diagram.mapToGlobal(centre)))
    text = QToolTip.text()
    assert "a1 of layer 3" in text and "0.31682708" in text and "identity" in text
    QToolTip.hideText()


def test_hidden_activation_of_the_small_network(explore):
    section = explore.show_section("network")
    section.set_hidden("relu")
    np.testing.assert_allclose(section.output(), _book_forward([1.0, 0.5], lambda a: np.maximum(a, 0)),
                               rtol=1e-12)
    assert section.codes["z1"].text() == "z1 = relu(a1)"


# swapping the activation of the trained network ------------------------------------

def test_the_drawing_is_read_by_both_networks(explore, state):
    from digitpad.nn.network import Network
    section = explore.show_section("swap")
    assert section.drawing() is None
    assert "Draw a digit" in section.drawingMessage.text()
    image = np.zeros((28, 28), np.uint8)
    image[4:24, 12:16] = 255   # a thick vertical stroke, like a '1' prepared MNIST-style
    state.set_drawing(image)
    x = image.reshape(1, 784)
    original = state.network.predict(x, input_scale=1 / 255)[0]
    np.testing.assert_allclose(section.original_probabilities, original, rtol=1e-6)
    np.testing.assert_allclose(section.originalBars.heights(), original, rtol=1e-6)
    assert section.swapped_activation() == "step"
    swapped = Network(state.network.weights, state.network.biases, "step").predict(x, 1 / 255)[0]
    np.testing.assert_allclose(section.swapped_probabilities, swapped, rtol=1e-6)
    np.testing.assert_allclose(section.swappedBars.heights(), swapped, rtol=1e-6)
    section.set_swapped_activation("identity")
    identity = Network(state.network.weights, state.network.biases, "identity").predict(x, 1 / 255)[0]
    np.testing.assert_allclose(section.swapped_probabilities, identity, rtol=1e-6)
    assert "identity" in section.swappedCaption.text()
    assert not np.allclose(identity, original)


@pytest.mark.mnist
def test_the_swap_table_never_scrolls_sideways_in_a_wordier_language(qtbot, state, monkeypatch):
    """Headers twice as long, as a translation may make them: the table widens instead of scrolling."""
    from PySide6.QtWidgets import QTableWidget
    from digitpad.ui.explore_swap import SwapSection
    from digitpad.ui.explore_tab import ExploreTab
    monkeypatch.setattr(SwapSection, "tr", lambda self, text, *args: f"{text} {text}")
    explore = shown_alone(qtbot, ExploreTab(state), (1200, 720))
    explore.show_section("swap")
    table = explore.findChild(QTableWidget, "swapTable")
    qtbot.waitUntil(lambda: table.isVisible())
    QApplication.processEvents()
    assert table.horizontalHeaderItem(1).text() == "test accuracy test accuracy"
    assert not table.horizontalScrollBar().isVisible()
    assert table.viewport().width() >= table.horizontalHeader().length()
    explore.shutdown(10.0)


def test_activation_swap_on_the_test_set(explore, qtbot):
    mnist("test")
    section = explore.show_section("swap")
    # the job's results reach the tab through the worker's signals, relayed by the section;
    # the runner reports idle once the worker's `finished` has arrived
    with qtbot.waitSignal(section.runner.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=120_000):
        qtbot.mouseClick(section.evaluateButton, Qt.MouseButton.LeftButton)
        worker = section.runner.current
        assert "Scoring" in section.message.text()
    assert worker is not None and worker.error is None
    _wait_idle(qtbot, section)
    assert worker.done
    texts = section.accuracy_texts()
    assert texts["sigmoid"] == "0.9352"
    assert section.accuracy("sigmoid") == pytest.approx(0.9352, abs=1e-9)
    for name in ("step", "identity"):
        assert section.accuracy(name) < 0.9352 - 0.01, (name, texts)
    assert set(texts) == {"step", "sigmoid", "relu", "identity", "tanh"}
    assert all(t != "\u2013" for t in texts.values())
    assert "as trained" in section.table.item(1, 0).text()
    assert section.progress.value() == section.progress.maximum()
    assert "93.52%" in section.message.text()


@pytest.mark.mnist
def test_switching_the_model_clears_and_rescores(explore, qtbot, state):
    from digitpad.models import Model
    mnist("test")
    section = explore.show_section("swap")
    section.start_evaluation()
    _wait_idle(qtbot, section)
    from digitpad.ui.explore_tab import SWAP_ORDER
    assert len(section.results) == len(SWAP_ORDER)
    relu_net = state.network.with_activation("relu")
    state.set_model(Model(relu_net, "relu copy", "test"))
    assert section.accuracy_texts()["sigmoid"] == "\u2013"  # the old scores are gone at once
    assert section.is_busy()                                 # and new ones are on their way
    _wait_idle(qtbot, section)
    assert section.results["relu"] == (8415, 10000)  # the same weights with ReLU scored 0.8415
    assert "as trained" in section.table.item(2, 0).text()


def test_missing_mnist_points_to_the_test_set_tab(explore, qtbot, monkeypatch, tmp_path):
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "no-keras"))
    section = explore.show_section("swap")
    qtbot.mouseClick(section.evaluateButton, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, section)
    text = section.message.text()
    assert "not on this computer" in text
    assert "Test set" in text and "digitpad mnist fetch" in text
    assert section.accuracy_texts()["sigmoid"] == "\u2013"


def test_damaged_mnist_is_not_called_missing(explore, qtbot, monkeypatch, tmp_path):
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    (tmp_path / "keras" / "datasets").mkdir(parents=True)
    (tmp_path / "keras" / "datasets" / "mnist.npz").write_bytes(b"PK\x03\x04 cut short")
    section = explore.show_section("swap")
    qtbot.mouseClick(section.evaluateButton, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, section)
    text = section.message.text()
    assert "not on this computer" not in text
    assert "MNIST could not be read" in text and "mnist.npz" in text


def test_cancel_stops_the_job_and_drops_its_results(explore, qtbot):
    section = explore.show_section("swap")
    section.start_evaluation()
    assert section.cancelButton.isEnabled()
    qtbot.mouseClick(section.cancelButton, Qt.MouseButton.LeftButton)
    assert not section.is_busy()
    assert "Cancelled" in section.message.text()
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()
    assert section.results == {} and "Cancelled" in section.message.text()   # nothing came late
    assert section.progress.value() == 0


# in the main window -----------------------------------------------------------------

def window_with_a_drawing(qtbot, state):
    """A window of the Draw and Explore tabs, a 1 drawn on the canvas, the Explore tab shown."""
    from digitpad.ui.app import MainWindow
    win = MainWindow(state, tabs=tabs_of("draw", "explore"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    draw = win.tab("Draw")
    stroke(draw.canvas, [(0.5, 0.15), (0.5, 0.85)])
    qtbot.waitUntil(lambda: draw.probabilities() is not None, timeout=5_000)
    win.tabs.setCurrentIndex(1)
    return win, draw


def test_in_the_main_window_the_drawing_comes_from_the_draw_tab(qtbot, state):
    win, draw = window_with_a_drawing(qtbot, state)
    explore = win.tab("Explore")
    assert explore.objectName() == "exploreTab"
    section = explore.show_section("swap")
    np.testing.assert_array_equal(section.drawing(), draw.input_image())
    np.testing.assert_allclose(section.original_probabilities, draw.probabilities(), atol=1e-6)
    # a new stroke while the Explore tab is hidden is read when it is shown again
    win.tabs.setCurrentIndex(0)
    stroke(draw.canvas, [(0.3, 0.3), (0.7, 0.3)])
    win.tabs.setCurrentIndex(1)
    np.testing.assert_allclose(section.original_probabilities, draw.probabilities(), atol=1e-6)
    # and predict() on your digit walks the same drawing
    page = explore.show_section("predict")
    np.testing.assert_allclose(page.trace["x"] * 255, draw.input_image().reshape(784), atol=1e-9)
    np.testing.assert_allclose(page.trace.probabilities, draw.probabilities(), atol=1e-5)
    win.close()


def test_a_drawing_made_before_explore_is_first_opened_is_walked_through_predict(qtbot, state):
    """The drawing is there before the Explore tab is built: predict() on your digit shows it at once."""
    win, draw = window_with_a_drawing(qtbot, state)
    page = win.tab("Explore").show_section("predict")
    assert page.trace is not None, "the section waits for a drawing that is already there"
    np.testing.assert_allclose(page.trace["x"] * 255, draw.input_image().reshape(784), atol=1e-9)
    win.close()


def test_settings_round_trip(qtbot, state, settings_dir):
    from digitpad.ui.explore_tab import ExploreTab
    tab = ExploreTab(state)
    qtbot.addWidget(tab)
    tab.show_section("softmax")
    tab.softmaxSection.set_input("1, 2, 3")
    tab.activationSection.set_visible("tanh", True)
    tab.activationSection.markerSpin.setValue(-1.5)
    tab.swapSection.set_swapped_activation("relu")
    settings = QSettings(str(settings_dir / "explore.ini"), QSettings.Format.IniFormat)
    tab.save_settings(settings)
    settings.sync()

    again = ExploreTab(state)
    qtbot.addWidget(again)
    again.restore_settings(QSettings(str(settings_dir / "explore.ini"), QSettings.Format.IniFormat))
    assert again.current_section() == "softmax"
    assert again.softmaxSection.input.text() == "1, 2, 3"
    assert again.activationSection.visible_functions() == ["step", "sigmoid", "relu", "tanh"]
    assert again.activationSection.marker_x() == pytest.approx(-1.5)
    assert again.swapSection.swapped_activation() == "relu"
    assert tab.shutdown(1.0) and again.shutdown(1.0)
