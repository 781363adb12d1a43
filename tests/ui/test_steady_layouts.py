"""Results arrive without moving the panels: what a run, a test-set pass or the activations' scores
show takes the room it was given (long lines wrap, or scroll, inside it), so no panel widens,
narrows or moves down when the numbers come."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from qt_helpers import click, loaded, named, shown_alone, shown_result, settled

LONG = 120_000


def places(tab, names, qtbot) -> dict[str, QRect]:
    """Where each named widget is in ``tab``, and its size, once the layout has settled."""
    qtbot.wait(50)
    found = {}
    for name in names:
        widget = named(tab, name)
        assert isinstance(widget, QWidget) and widget.isVisible(), name
        found[name] = QRect(widget.mapTo(tab, QPoint(0, 0)), widget.size())
    return found


def assert_same(before: dict, after: dict) -> None:
    moved = {name: (before[name].getRect(), after[name].getRect())
             for name in before if before[name] != after[name]}
    assert not moved, f"moved or resized when the result came: {moved}"


TRAIN_PANELS = ("resultBox", "weightsBox", "trainingCurves", "trainProgress", "progressLabel",
                "startButton", "useButton", "teachButton")


@pytest.mark.mnist
@pytest.mark.parametrize("code", ["en", "ko"])
def test_the_train_tab_keeps_its_panels_where_they_are_when_a_stopped_run_ends(
        qtbot, state, in_language, code):
    """A custom recipe stopped partway: the longest result the tab writes, and in Korean."""
    from digitpad.ui.train import TrainTab
    in_language(code)
    tab = shown_alone(qtbot, TrainTab(state), (1024, 700))
    combo = named(tab, "presetCombo")
    combo.setCurrentIndex(combo.findData("quick"))
    named(tab, "epochsSpin").setValue(3)
    assert tab.is_custom()
    before = places(tab, TRAIN_PANELS, qtbot)

    click(qtbot, named(tab, "startButton"))
    qtbot.waitUntil(lambda: tab.steps_done() > 0, timeout=LONG)
    click(qtbot, named(tab, "stopButton"))
    settled(qtbot, tab, lambda: not tab.is_running())
    assert tab.result() is not None and tab.result().stopped
    assert_same(before, places(tab, TRAIN_PANELS, qtbot))

    # the words wrap inside the box, whole, and scroll there if they are more than it holds
    label, scroll = named(tab, "resultLabel"), named(tab, "resultScroll")
    assert label.width() <= scroll.viewport().width()
    assert label.height() >= label.heightForWidth(label.width())
    progress = named(tab, "progressLabel")
    assert progress.is_elided() == (progress.toolTip() != "") and progress.text() in (
        progress.toolTip() or progress.text())


@pytest.mark.mnist
def test_the_test_set_tab_views_do_not_move_down_when_the_first_accuracy_shows(qtbot, state):
    from digitpad.ui.testset import TestSetTab
    tab = shown_alone(qtbot, TestSetTab(state), (1024, 700))
    loaded(qtbot, tab)
    panels = ("resultSummary", "mainSplitter", "digitGrid", "confusionMatrix", "sampleScroll")
    before = places(tab, panels, qtbot)
    click(qtbot, named(tab, "runButton"))
    shown_result(qtbot, tab)
    assert named(tab, "accuracyLabel").isVisible()
    assert_same(before, places(tab, panels, qtbot))


@pytest.mark.mnist
def test_scoring_every_activation_moves_neither_panel_of_section_3_6(qtbot, state, in_language):
    from digitpad.ui.explore_tab import ExploreTab
    for code in ("en", "ja"):
        in_language(code)
        explore = shown_alone(qtbot, ExploreTab(state), (1024, 700))
        section = explore.show_section("swap")
        panels = ("swapTable", "swapNotice", "drawingPreview", "originalBars", "swappedBars")
        before = places(explore, panels, qtbot)
        click(qtbot, section.evaluateButton)
        qtbot.waitUntil(lambda: not section.is_busy() and len(section.results) == 5, timeout=LONG)
        assert "93.52%" in section.message.text()
        assert_same(before, places(explore, panels, qtbot))
        explore.shutdown(10.0)
