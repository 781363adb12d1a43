"""The app's window has every tab, each builds, and all of them follow one model."""

import numpy as np

from digitpad.models import Model
from digitpad.nn.network import Network


def test_the_window_has_all_four_tabs_and_each_builds(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Draw", "Explore", "Test set", "Train"]
    for title in titles:
        tab = window.tab(title)
        assert tab is window.tabs.widget(titles.index(title))
        assert hasattr(tab, "shutdown") or title == "Draw"


def test_switching_the_model_reaches_every_built_tab(window, state):
    for i in range(window.tabs.count()):
        window.tab(window.tabs.tabText(i))
    seen = []
    state.modelChanged.connect(lambda model: seen.append(model))
    other = Model(Network.random([784, 50, 100, 10], seed=7), "random", "test")
    state.set_model(other)
    assert seen == [other] and state.network is other.network
    assert "random" in window.modelStatus.text()


def test_open_in_draw_puts_a_digit_on_the_canvas(window):
    digit = np.zeros((28, 28), np.uint8)
    digit[4:24, 13:16] = 255  # a vertical bar: a 1
    window.tabs.setCurrentIndex(2)
    window.open_in_draw(digit)
    draw = window.tab("Draw")
    assert window.tabs.currentWidget() is draw
    probs = draw.probabilities()
    assert probs is not None and int(np.argmax(probs)) == 1
    assert "reads a 1" in window.statusBar().currentMessage()


def test_the_status_bar_and_the_draw_tab_say_the_same_percent(window):
    """One formatter: the status bar's reading of a sample is the Draw tab's, to the digit."""
    import re
    from PySide6.QtWidgets import QLabel, QWidget
    digit = np.zeros((28, 28), np.uint8)
    digit[4:24, 13:16] = 255  # a vertical bar: a 1, read with near certainty
    window.open_in_draw(digit)
    draw = window.tab("Draw")
    top = int(np.argmax(draw.probabilities()))
    shown = draw.findChild(QLabel, "predictionLabel").text().split()
    assert shown[0] == str(top)
    status = re.search(r"reads a (\d) \(([^)]*)\)", window.statusBar().currentMessage())
    assert status and status.group(1) == str(top) and status.group(2) == shown[1]
    bars = draw.findChild(QWidget, "probabilityBars")
    assert bars.label_texts()[top] == shown[1]
