"""Small screens and long words: 1920x1080 at 200% (960x540) and a 1024x768 projector, in English,
Korean and Japanese. What must stay in sight stays in sight, and nothing a user reads is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from shared_data import mnist
from test_small_screens import run_the_test_set, settle


def rect_in(widget: QWidget, other: QWidget) -> QRect:
    return QRect(widget.mapTo(other, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_at_960x540_the_activation_page_fits_and_its_code_scrolls_inside(window_in, code):
    """Sizing the page for its wrapped words once took every line of code and a full-size plot
    (every section's preferred height): 2.4 screens, the plot's controls two screens down. Then
    the row under the plot (the x range and the marker's x) made it 43 px too wide, and the
    scroll bar for that 14 px too tall."""
    window = window_in(code)
    window.resize(960, 531)          # maximised on 1920x1080 at 200%, less the title bar
    explore = window.tab("Explore")
    window.tabs.setCurrentWidget(explore)
    section = explore.show_section("activations")
    settle()
    scroll = window.findChild(QScrollArea, "tabsScroll")
    viewport = scroll.viewport()
    assert scroll.horizontalScrollBar().maximum() == 0, window.tabs.minimumSizeHint()
    assert scroll.verticalScrollBar().maximum() == 0, window.tabs.minimumSizeHint()
    plot, spin = section.findChild(QWidget, "activationPlot"), section.findChild(QWidget, "markerSpin")
    together = rect_in(plot, viewport).united(rect_in(spin, viewport))
    assert together.height() <= viewport.height(), "the plot and its controls do not fit one screen"
    code = section.findChild(QScrollArea, "sourcePage_sigmoid")
    assert code.isVisible() and code.verticalScrollBar().maximum() > 0    # it scrolls inside itself
    for label in section.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and not code.isAncestorOf(label):
            assert label.height() >= label.heightForWidth(label.width()), label.text()


@pytest.mark.mnist
@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_at_960x540_the_test_set_tab_scrolls_down_only(window_in, qtbot, code):
    """The Test set tab is taller than 960x540 leaves (its confusion matrix, the sweep plot and
    three rows of controls), so it scrolls down; it scrolled sideways too, by the scroll bar's
    width and by what the Japanese Run, Compare and Cancel buttons and the selected sample's
    row of picture and button were wider than the window. Every button says all its words."""
    mnist("test")
    window = window_in(code)
    tab, _ = run_the_test_set(window, qtbot, (960, 531))
    scroll = window.findChild(QScrollArea, "tabsScroll")
    assert scroll.verticalScrollBar().isVisible()
    assert scroll.horizontalScrollBar().maximum() == 0, (window.tabs.size(), scroll.viewport().size())
    assert tab.width() <= scroll.viewport().width()
    for button in tab.findChildren(QPushButton):
        if button.isVisible():
            words = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            assert words <= button.width() - 8, (button.objectName(), button.text(), button.width())


@pytest.mark.parametrize("code", ["en", "ko"])
def test_at_960x540_train_pause_and_stop_are_in_sight_while_the_settings_scroll(window_in, qtbot, code):
    """They sat at the end of the scrolled settings, two scrolls down; now they stay under them."""
    from PySide6.QtWidgets import QLineEdit, QPushButton
    window = window_in(code)
    window.resize(960, 531)
    tab = window.tab("Train")
    window.tabs.setCurrentWidget(tab)
    settle()
    viewport = window.findChild(QScrollArea, "tabsScroll").viewport()
    settings = tab.findChild(QScrollArea, "settingsScroll")
    assert settings.verticalScrollBar().maximum() > 0          # the settings do not fit: they scroll
    buttons = [tab.findChild(QPushButton, name) for name in ("startButton", "pauseButton", "stopButton")]
    bar = settings.verticalScrollBar()   # whole, not cut by the panel beside it
    assert bar.visibleRegion().boundingRect() == bar.rect()
    for scrolled in (0, settings.verticalScrollBar().maximum()):
        settings.verticalScrollBar().setValue(scrolled)
        settle()
        for button in buttons:
            assert button.isVisible() and not settings.isAncestorOf(button), button.objectName()
            assert viewport.rect().contains(rect_in(button, viewport)), button.objectName()
    hidden = tab.findChild(QLineEdit, "hiddenEdit")
    hidden.selectAll()
    qtbot.keyClicks(hidden, "50,abc")
    settle()
    error = tab.findChild(QLabel, "settingsError")
    assert error.isVisible() and viewport.rect().contains(rect_in(error, viewport))
    assert error.height() >= error.heightForWidth(error.width())
    assert viewport.rect().contains(rect_in(buttons[0], viewport))


@pytest.mark.mnist
@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_on_a_1024x768_screen_the_runs_table_shows_every_heading_whole_without_scrolling(
        window_in, qtbot, code):
    """The model's name was squeezed to "di…" under a heading cut to "Mode" (beside the real Mode),
    "Time saved" was cut off and the table scrolled sideways."""
    import numpy as np
    from digitpad.evaluate import EvalResult
    from digitpad.ui.i18n import translate
    from digitpad.ui.units import seconds_text
    from PySide6.QtWidgets import QComboBox, QPushButton
    from qt_helpers import click, loaded, shown_result
    from shared_data import mnist

    def run_with(mode, batch_size=100):
        combo = tab.findChild(QComboBox, "modeCombo")
        combo.setCurrentIndex(combo.findData(mode))
        tab.findChild(QWidget, "batchSpin").setValue(batch_size)
        click(qtbot, tab.findChild(QPushButton, "runButton"))
        shown_result(qtbot, tab)
    mnist("test")
    window = window_in(code)
    window.resize(1024, 749)         # maximised on a 1024x768 screen
    tab = window.tab("Test set")
    window.tabs.setCurrentWidget(tab)
    loaded(qtbot, tab)
    run_with("batch", 10_000)
    run_with("per-sample")
    long_name = "digitpad, taught by you: 12 corrections"
    labels = np.zeros(10_000, np.int64)
    tab.runsPanel.add_run(EvalResult("batch", 100, True, 10_000, 9_841, 0.05, labels,
                                     np.zeros((10_000, 10), np.float32), labels), "MNIST test", long_name)
    settle()
    table = tab.findChild(QWidget, "runsTable")
    header, model = table.horizontalHeader(), table.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    MODEL_COLUMN = headings.index(translate("RunsTableModel", "Model"))
    SPEEDUP_COLUMN = headings.index(translate("RunsTableModel", "Speedup"))
    assert table.isVisible() and table.horizontalScrollBar().maximum() == 0
    for column, heading in enumerate(headings):
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width(), heading
        if column != MODEL_COLUMN:
            assert header.sectionSize(column) >= table.sizeHintForColumn(column), heading
    assert header.sectionSize(MODEL_COLUMN) >= table.fontMetrics().horizontalAdvance("digitpad (shipped)")
    assert model.index(2, MODEL_COLUMN).data(Qt.ItemDataRole.ToolTipRole) == long_name
    assert "10,000" in model.index(0, 2).data()      # the batch size, in the mode
    saved = model.index(0, SPEEDUP_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    first = model.runs()[0]                          # the time saved is in its speedup's tooltip
    assert "#2" in saved and seconds_text(first.saved) in saved and seconds_text(first.reference_elapsed) in saved


@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_on_a_1024x768_screen_the_chapters_code_and_values_keep_their_lines_whole(window_in, code):
    """3.2 broke the book's sigmoid in the middle of np.exp(-x) and hid tanh's tab behind scroll
    arrows; 3.5 broke the arrays in its narrow column of values."""
    from PySide6.QtWidgets import QTabWidget
    window = window_in(code)
    window.resize(1024, 749)
    explore = window.tab("Explore")
    window.tabs.setCurrentWidget(explore)
    section = explore.show_section("activations")
    settle()
    assert window.findChild(QScrollArea, "tabsScroll").horizontalScrollBar().maximum() == 0
    bar = section.findChild(QTabWidget, "sourceTabs").tabBar()
    for index in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(index)), bar.tabText(index)
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width(), bar.tabText(index)
    book = section.findChild(QWidget, "bookSource_sigmoid")
    block = book.document().find("return 1 / (1 + np.exp(-x))").block()
    assert block.isValid() and block.layout().lineCount() == 1, "the book's line is broken"

    section = explore.show_section("softmax")
    settle()
    for name in ("expOutput", "naiveOutput", "expShiftedOutput", "softmaxOutput"):
        value = section.findChild(QLabel, name)
        assert value.fontMetrics().horizontalAdvance(value.text()) <= value.contentsRect().width(), \
            (name, value.text())


def shown_curves(qtbot, size, epochs: int):
    """The Train tab's curves on their own at ``size``, their x axes ``epochs`` long."""
    from digitpad.ui.train.training_curves import TrainingCurves
    curves = TrainingCurves()
    qtbot.addWidget(curves)
    curves.resize(*size)
    curves.show()
    curves.clear(epochs)
    return curves


@pytest.mark.parametrize("size", [(420, 170), (330, 160), (700, 300)])
def test_the_accuracy_legend_covers_no_point(qtbot, size):
    """At 960x540 the legend box filled the short plot's right side, over epochs 4 and 5 at 0.95."""
    import pyqtgraph as pg
    from PySide6.QtCore import QPointF
    curves = shown_curves(qtbot, size, epochs=5)
    for epoch, (train, validation, test) in enumerate([(0.82, 0.92, 0.923), (0.935, 0.94, 0.94),
                                                       (0.947, 0.945, 0.946), (0.952, 0.948, 0.949),
                                                       (0.955, 0.9486, 0.9524)], start=1):
        curves.add_epoch(epoch, train, validation, test)
    settle()
    plot = curves.accuracyPlot.getPlotItem()
    view = plot.getViewBox()
    legends = [item for item in curves.accuracyPlot.scene().items()
               if isinstance(item, pg.LegendItem) and item.isVisible()]
    points = [view.mapViewToScene(QPointF(x, y)) for name in ("train", "validation", "test")
              for x, y in zip(*curves.accuracy_data(name))]
    assert len(points) == 15
    for point in points:
        assert view.sceneBoundingRect().contains(point), point        # every point is in sight
        for legend in legends:
            assert not legend.sceneBoundingRect().contains(point), point
    legend = curves.findChild(QLabel, "accuracyLegend")
    assert legend.isVisible() and all(word in legend.text() for word in ("train", "validation", "test"))
    assert legend.height() >= legend.heightForWidth(legend.width())


@pytest.mark.parametrize("size", [(420, 170), (700, 300), (300, 200)])   # at 300 one legend wraps
def test_the_loss_legend_is_a_line_under_its_plot_and_the_two_plots_stay_level(qtbot, size):
    """At scale 2 the loss legend's box covered a third of the plot."""
    import pyqtgraph as pg
    from PySide6.QtCore import QPoint
    curves = shown_curves(qtbot, size, epochs=3)
    curves.add_losses([0.5, 1.0, 2.0], [2.3, 0.9, 0.4])
    settle()
    assert not [item for item in curves.lossPlot.scene().items() if isinstance(item, pg.LegendItem)]
    legend = curves.findChild(QLabel, "lossLegend")
    assert legend.isVisible() and "training loss" in legend.text() and "teacher" not in legend.text()
    assert legend.mapTo(curves, QPoint(0, 0)).y() >= curves.lossPlot.geometry().bottom()
    curves.add_losses([0.5, 1.0], [1.9, 0.7], teacher=True)
    assert "teacher" in legend.text()
    curves.clear(3)
    assert "teacher" not in legend.text()
    settle()
    boxes = [widget.getPlotItem().getViewBox().sceneBoundingRect() for widget in
             (curves.lossPlot, curves.accuracyPlot)]
    tops = [widget.mapTo(curves, QPoint(0, 0)).y() for widget in (curves.lossPlot, curves.accuracyPlot)]
    assert abs((tops[0] + boxes[0].top()) - (tops[1] + boxes[1].top())) <= 1
    assert abs((tops[0] + boxes[0].bottom()) - (tops[1] + boxes[1].bottom())) <= 1


@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_the_draw_tabs_instruction_and_recipe_are_said_on_small_screens(window_in, code):
    """The instruction under "Draw a digit" ended in "…" in Korean and Japanese; at 960x540 the
    recipe of what the network sees was hidden, leaving a gap."""
    from test_small_screens import painted, shows_whole_or_nothing
    window = window_in(code)
    draw = window.tab("Draw")
    recipe = draw.findChild(QLabel, "recipeText")
    detail = draw.findChild(QLabel, "predictionDetail")
    for size in [(960, 531), (1024, 749), (1220, 760)]:
        window.resize(*size)
        settle()
        scroll = window.findChild(QScrollArea, "tabsScroll")
        assert scroll.verticalScrollBar().maximum() == 0, size      # the tab fits
        assert not detail.is_elided() and detail.shown_scale() >= 0.8, (size, detail.text())
        assert recipe.isVisible() and painted(recipe), size          # something is said there
        assert shows_whole_or_nothing(recipe), size
        if size != (960, 531):
            assert recipe.height() >= QLabel.heightForWidth(recipe, recipe.width()), size   # all of it
        view = draw.findChild(QWidget, "networkInput")
        assert not rect_in(view, draw).intersects(rect_in(recipe, draw)), size
