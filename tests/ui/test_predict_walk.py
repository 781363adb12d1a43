"""predict() on your digit: the Explore section that walks the drawing through the book's predict()."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListWidget, QPushButton, QWidget

from digitpad.nn import explain
from drawing import LEFT, mouse
from shared_data import mnist

NO = Qt.MouseButton.NoButton


class Drawing:
    """Draws as the Draw tab does: the 28x28 input goes into the app state."""

    def __init__(self, state):
        self.state = state

    def draw(self, image):
        self.state.set_drawing(image)


@pytest.fixture(scope="module")
def digits():
    images, labels = mnist("test")
    return images[:4].reshape(-1, 28, 28)


@pytest.fixture
def section(explore, digits):
    source = Drawing(explore.state)
    page = explore.show_section("predict")
    source.draw(digits[0])
    page.source = source
    return page


def click(widget: QWidget, pos: QPointF) -> None:
    mouse(widget, QEvent.Type.MouseButtonPress, (pos.x(), pos.y()), LEFT, LEFT)
    mouse(widget, QEvent.Type.MouseButtonRelease, (pos.x(), pos.y()), LEFT, NO)


def hover(widget: QWidget, pos: QPointF) -> None:
    mouse(widget, QEvent.Type.MouseMove, (pos.x(), pos.y()), NO, NO)


def assert_reads(tr, image) -> None:
    """The trace's x is this 28x28 image, pixels / 255."""
    np.testing.assert_allclose(tr["x"] * 255.0, np.asarray(image, np.float64).reshape(784), atol=1e-9)


def button(page, name) -> QPushButton:
    return page.findChild(QPushButton, name)


def test_the_section_follows_swap_in_the_books_order(explore):
    from digitpad.ui.explore_tab import SECTIONS
    assert SECTIONS[-2][0] == "swap" and SECTIONS[-1] == ("predict", "3.6.2", "predict() on your digit")
    last = explore.sectionList.item(explore.sectionList.count() - 1)
    rect = explore.sectionList.visualItemRect(last)
    click(explore.sectionList.viewport(), QPointF(rect.center()))
    assert explore.current_section() == "predict"
    assert explore.sectionStack.currentWidget().objectName() == "predictSection"


def test_the_drawing_goes_through_predict_as_the_book_writes_it(section, state, digits):
    tr = section.trace
    expected = explain.trace(state.network, digits[0])
    for name in expected.names:
        np.testing.assert_array_equal(tr[name], expected[name])
    app = state.network.predict(digits[0].reshape(1, 784), input_scale=1 / 255)[0]
    np.testing.assert_allclose(tr.probabilities, app, atol=1e-5)
    code = section.findChild(QListWidget, "predictCode")
    lines = [code.item(i).text() for i in range(code.count())]
    assert lines[1].startswith("a1 = np.dot(x, W1) + b1") and lines[1].endswith("(1, 784) x (784, 50) -> (1, 50)")
    assert lines[-1].startswith("y = softmax(a3)")
    bars = section.findChild(QWidget, "outputBars")
    np.testing.assert_array_equal(bars.values, tr["y"])
    caption = section.findChild(QLabel, "stepCaption").text()
    assert f"the answer is {tr.answer}" in caption


def test_a_new_drawing_is_followed_while_shown_and_read_when_shown_again(explore, section, digits):
    section.source.draw(digits[1])
    assert section.trace.answer == explain.trace(section.state.network, digits[1]).answer
    assert_reads(section.trace, digits[1])
    explore.show_section("softmax")
    section.source.draw(digits[2])
    assert_reads(section.trace, digits[1])  # not yet
    explore.show_section("predict")
    assert_reads(section.trace, digits[2])
    assert "Point at a cell" in section.findChild(QLabel, "unitText").text()
    section.source.draw(None)
    assert section.trace is None
    assert "Draw a digit" in section.findChild(QLabel, "unitText").text()
    assert "Draw a digit" in section.findChild(QLabel, "stepCaption").text()
    assert section.findChild(QWidget, "layer1Cells").values is None


def test_step_buttons_walk_the_lines_back_and_forth(section, qtbot):
    code = section.findChild(QListWidget, "predictCode")
    back, forward, everything = (button(section, n) for n in ("stepBack", "stepNext", "stepAll"))
    layer1, layer2, bars = (section.findChild(QWidget, n) for n in ("layer1Cells", "layer2Cells", "outputBars"))
    tr = section.trace
    assert code.currentRow() == 6 and not forward.isEnabled()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert code.currentRow() == 5 and section.current_line() == "a3 = np.dot(z2, W3) + b3"
    assert bars.signed
    np.testing.assert_array_equal(bars.values, tr["a3"])
    for _ in range(3):
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert section.current_line() == "z1 = sigmoid(a1)"
    np.testing.assert_array_equal(layer1.values, tr["z1"])
    assert layer2.values is None and bars.values is None          # not computed yet
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(layer1.values, tr["a1"])
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert code.currentRow() == 0 and not back.isEnabled() and layer1.values is None
    assert "divided by 255" in section.findChild(QLabel, "stepCaption").text()
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    assert section.current_line() == "a1 = np.dot(x, W1) + b1"
    qtbot.mouseClick(everything, Qt.MouseButton.LeftButton)
    assert code.currentRow() == 6 and not everything.isEnabled()
    np.testing.assert_array_equal(bars.values, tr["y"])
    rect = code.visualItemRect(code.item(3))
    click(code.viewport(), QPointF(rect.center()))
    assert section.current_line() == "a2 = np.dot(z1, W2) + b2"
    np.testing.assert_array_equal(layer2.values, tr["a2"])


def test_hovering_a_first_layer_cell_shows_its_784_weights(section, state):
    from digitpad.ui.widgets.predict_views import signed_colours
    cells = section.findChild(QWidget, "layer1Cells")
    unit = 23
    hover(cells, cells.unit_rect(unit).center())
    panel = section.findChild(QWidget, "unitPanel")
    u = panel.explanation
    assert (u.layer, u.unit) == (1, unit)
    weights = panel.findChild(QWidget, "unitWeights")
    assert weights.isVisible()
    np.testing.assert_array_equal(weights.pixels(), signed_colours(state.network.weights[0][:, unit].reshape(28, 28)))
    text = panel.findChild(QLabel, "unitText").text()
    a1 = section.trace["a1"][unit]
    assert f"a1[{unit}] = x \u00b7 W1[:, {unit}] + b1[{unit}]" in text
    assert f"{a1:+.3f}" in text and f"sigmoid({a1:.3f}) = <b>{1 / (1 + np.exp(-a1)):.3f}" in text


@pytest.mark.parametrize("width", [1200, 1000])   # 1000: the tab in a window on a 1024x768 screen
def test_pointing_from_cell_to_cell_keeps_the_evidence_panel_in_place(section, width):
    """The explanation grows and shrinks with the unit pointed at; the map must not move."""
    section.window().resize(width, 640)
    QApplication.processEvents()
    evidence = section.findChild(QWidget, "evidencePanel") or section.evidencePanel
    places = []
    for name, unit in (("layer1Cells", 5), ("layer2Cells", 57), ("layer1Cells", 30), ("layer2Cells", 3)):
        cells = section.findChild(QWidget, name)
        hover(cells, cells.unit_rect(unit).center())
        QApplication.processEvents()
        places.append(evidence.mapTo(section, evidence.rect().topLeft()).y())
    assert len(set(places)) == 1, places


def test_clicking_a_second_layer_cell_pins_its_strongest_pushes(section, state, digits):
    cells = section.findChild(QWidget, "layer2Cells")
    panel = section.findChild(QWidget, "unitPanel")
    unit = 57
    click(cells, cells.unit_rect(unit).topLeft() - QPointF(0.5, 0.5))   # the gap between cells counts too
    assert cells.selected == unit
    expected = explain.contributions(state.network, section.trace, 2, unit, top=4)
    text = panel.findChild(QLabel, "unitText").text()
    assert not panel.findChild(QWidget, "unitWeights").isVisible()
    for i in expected.up:
        assert f"z1[{i}] {expected.below[i]:.2f}\u00d7{expected.weights[i]:+.2f}" in text
    for i in expected.down:
        assert f"z1[{i}] {expected.below[i]:.2f}\u00d7{expected.weights[i]:+.2f}" in text
    # pointing elsewhere shows that unit; leaving brings the pinned one back
    hover(cells, cells.unit_rect(3).center())
    assert panel.explanation.unit == 3
    QApplication.sendEvent(cells, QEvent(QEvent.Type.Leave))
    assert (panel.explanation.layer, panel.explanation.unit) == (2, unit)
    # a new drawing: the pinned unit again, with the new drawing's values
    section.source.draw(digits[3])
    again = explain.contributions(state.network, explain.trace(state.network, digits[3]), 2, unit, top=4)
    assert panel.explanation.unit == unit
    assert panel.explanation.weighted_sum == pytest.approx(again.weighted_sum)
    assert f"<b>{again.weighted_sum:+.3f}</b>" in panel.findChild(QLabel, "unitText").text()


def test_clicking_an_output_bar_explains_that_digit(section):
    bars = section.findChild(QWidget, "outputBars")
    panel = section.findChild(QWidget, "unitPanel")
    digit = section.trace.answer
    click(bars, bars.unit_rect(digit).center())
    u = panel.explanation
    assert (u.layer, u.unit, u.activation) == (3, digit, "softmax")
    assert f"y[{digit}] = softmax(a3)[{digit}]" in panel.findChild(QLabel, "unitText").text()


def test_the_evidence_map_compares_the_answer_with_the_runner_up_or_a_picked_digit(section, qtbot):
    panel = section.evidencePanel
    panel.refresh()
    tr = section.trace
    ev = panel.evidence
    assert (ev.digit, ev.rival) == (tr.answer, tr.runner_up)
    assert ev.completeness_error < 0.01
    shown = panel.findChild(QWidget, "evidenceMap").pixels()
    strong_up, strong_down = int(np.argmax(ev.pixels)), int(np.argmin(ev.pixels))
    r_up, _, b_up = shown.reshape(784, 3)[strong_up]
    r_down, _, b_down = shown.reshape(784, 3)[strong_down]
    assert r_up > b_up and b_down > r_down                  # red toward the answer, blue toward the rival
    assert f"toward {tr.runner_up}" in panel.findChild(QLabel, "evidenceLegend").text()

    combo = panel.findChild(QComboBox, "rivalCombo")
    rival = next(d for d in range(10) if d not in (tr.answer, tr.runner_up))
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    qtbot.wait(QApplication.doubleClickInterval() + 100)   # the popup ignores a release this soon
    rect = view.visualRect(combo.model().index(rival + 1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert combo.currentData() == rival
    ev = panel.evidence
    assert (ev.digit, ev.rival) == (tr.answer, rival)
    assert ev.total == pytest.approx(ev.change, rel=0.01)
    assert ev.at_drawing == pytest.approx(tr["a3"][tr.answer] - tr["a3"][rival])
    caption = panel.findChild(QLabel, "evidenceCaption").text()
    assert f"a3[{tr.answer}] \u2212 a3[{rival}]" in caption and f"{ev.change:+.2f} change" in caption
    panel.set_rival(tr.answer)
    assert panel.evidence is None and "the answer itself" in panel.findChild(QLabel, "evidenceCaption").text()


def test_the_map_refreshes_less_often_than_the_drawing_changes(section, digits, qtbot):
    panel = section.evidencePanel
    panel.refresh()
    before = panel.evidence                                    # each map computed is a new object
    for image in (digits[1], digits[2], digits[3], digits[1], digits[3]):
        section.source.draw(image)
    assert panel.evidence is before                            # every stroke traced, the map waits
    assert_reads(section.trace, digits[3])
    qtbot.waitUntil(lambda: panel.evidence is not before, timeout=5_000)
    after = panel.evidence
    expected = explain.integrated_gradients(section.state.network, digits[3], section.trace.answer,
                                            section.trace.runner_up)
    np.testing.assert_allclose(after.pixels, expected.pixels)  # once, for the last drawing
    qtbot.wait(400)
    assert panel.evidence is after                             # and not again


def test_another_architecture_rebuilds_the_layers(section, state):
    from digitpad.models import Model
    from digitpad.nn.network import Network
    before = section.findChild(QWidget, "layer2Cells")
    click(before, before.unit_rect(80).center())             # a unit the new network does not have
    assert section.unitPanel.explanation.unit == 80
    net = Network.random([784, 30, 10], "relu", seed=2)
    state.set_model(Model(net, "small relu", "random", {}))
    code = section.findChild(QListWidget, "predictCode")
    lines = ["x = img.reshape(1, 784) / 255", "a1 = np.dot(x, W1) + b1", "z1 = relu(a1)",
             "a2 = np.dot(z1, W2) + b2", "y = softmax(a2)"]
    assert code.count() == len(lines)
    assert all(code.item(i).text().startswith(line + " ") for i, line in enumerate(lines))
    assert section.findChild(QWidget, "layer2Cells") is None
    cells = section.findChild(QWidget, "layer1Cells")
    assert cells.n_units == 30 and cells.isVisible()
    assert section.unitPanel.explanation is None
    np.testing.assert_array_equal(cells.values, section.trace["z1"])
    bars = section.findChild(QWidget, "outputBars")
    click(bars, bars.unit_rect(4).center())
    assert section.unitPanel.explanation.layer == 2


def test_a_drawing_that_is_not_an_image_is_shown_as_no_drawing(section):
    for bad in (np.zeros((27, 28)), np.full((28, 28), np.nan), "not an image"):
        section.set_input(bad)
        assert section.trace is None and section.image is None
        assert "Draw a digit" in section.findChild(QLabel, "stepCaption").text()


def test_zooming_keeps_every_line_of_predict_in_view(section):
    from digitpad.ui import zoom
    code = section.findChild(QListWidget, "predictCode")
    before = code.height()
    zoom.apply(section.window(), 1.5)
    try:
        assert code.font().pointSizeF() == pytest.approx(9 * 1.5)
        assert code.height() > before
        last = code.visualItemRect(code.item(code.count() - 1))
        assert code.viewport().rect().contains(last)                  # no line scrolled away
    finally:
        zoom.apply(section.window(), 1.0)


def test_the_speed_benchmark_runs_and_the_pieces_add_up(tmp_path):
    import subprocess
    import sys
    mnist("test")  # it reads MNIST test digits
    done = subprocess.run([sys.executable, "-m", "digitpad", "bench", "explain-speed", "--digits", "3",
                           "--repeats", "1"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(" median")[0].strip() for line in lines[:3]] == [
        "Draw tab predict (1 row)", "trace (every line)", "evidence map"]
    assert float(lines[3].split("completeness error ")[1].split()[0]) < 0.01
