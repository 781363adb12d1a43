"""A 1024x768 projector: every tab fits 1024x640, nothing is cut off, and no control moves under
the pointer while it is being used."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox, QLabel,
                               QLineEdit, QPushButton, QScrollArea, QSpinBox, QStyle, QStyleOptionComboBox,
                               QStyleOptionSpinBox, QTabWidget, QWidget)

from digitpad.ui.train import PRESET_TITLES
from digitpad.ui.testset.confusion_matrix import ConfusionMatrixView
from shared_data import mnist

LONG = 60_000


def settle():
    """Let nested layouts finish: each level takes a turn of the event loop."""
    for _ in range(10):
        QApplication.processEvents()


def at(widget: QWidget, relative_to: QWidget) -> QPoint:
    return widget.mapTo(relative_to, QPoint(0, 0))


def buttons_outside(window) -> list[str]:
    """Every visible, enabled button of the window that does not lie wholly inside it."""
    outside = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled() and button.window() is window:
            rect = QRect(at(button, window), button.size())
            if not window.rect().contains(rect):
                outside.append(f"{button.objectName() or button.text()!r} at {rect.getRect()}")
    return outside


def painted(widget: QWidget) -> bool:
    """Whether anything is drawn on ``widget`` (its picture is not one colour)."""
    image = widget.grab().toImage()
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return False
    first = image.pixel(0, 0)
    return any(image.pixel(x, y) != first for x in range(image.width()) for y in range(image.height()))


def shows_whole_or_nothing(label: QLabel) -> bool:
    """A word-wrapped text that is all there, or its short form all there, or not drawn at all
    (never cut off)."""
    whole = label.height() >= QLabel.heightForWidth(label, label.width())
    if label.height() <= 0 or whole:
        return True if label.height() <= 0 else painted(label)
    short = getattr(label, "short", "")
    if short and label.shown_text() == short:
        room = label.contentsRect()
        need = label.fontMetrics().boundingRect(0, 0, room.width(), 100_000,
                                                int(Qt.TextFlag.TextWordWrap), short).height()
        return need <= room.height() and painted(label)
    return not painted(label)


def show_test_set_with_data(window, qtbot):
    tab = window.tab("Test set")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.data is not None, timeout=LONG)
    return tab


def run_the_test_set(window, qtbot, size):
    """The Test set tab of ``window`` (not maximised, at ``size``) once Run has read the whole set,
    and the result."""
    from qt_helpers import shown_result
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    tab = show_test_set_with_data(window, qtbot)
    qtbot.mouseClick(tab.findChild(QPushButton, "runButton"), Qt.MouseButton.LeftButton)
    result = shown_result(qtbot, tab)
    settle()
    return tab, result


@pytest.mark.mnist
def test_every_tab_fits_1024x640_with_every_button_inside(window, qtbot):
    mnist("test")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
    show_test_set_with_data(window, qtbot)
    hint = window.tabs.minimumSizeHint()  # what the tabs need before they would have to scroll
    assert hint.width() <= 1024 - 2 and hint.height() <= 720 - 60, hint  # less the menu and status bars
    window.resize(1024, 640)
    settle()
    assert (window.width(), window.height()) == (1024, 640)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        tab = window.tabs.widget(index)
        pages = getattr(tab, "sections", None) or {None: None}
        for key in pages:
            if key is not None:
                tab.show_section(key)
                settle()
            where = window.tabs.tabText(index) + (f" / {key}" if key else "")
            assert buttons_outside(window) == [], where


@pytest.mark.mnist
def test_long_paths_and_names_give_way_instead_of_pushing_buttons_off(window, qtbot):
    tab = show_test_set_with_data(window, qtbot)
    window.resize(1024, 640)
    settle()
    status = tab.findChild(QLabel, "dataStatus")
    model = tab.findChild(QLabel, "modelLabel")
    assert model.text() == f"Model: {window.state.model.name}"
    assert status.text().startswith(f"{tab.data.n:,} images")      # the whole text, always
    if status.is_elided():
        assert status.text() in status.toolTip()
    choose = tab.findChild(QPushButton, "chooseFolderButton")
    assert QRect(at(choose, window), choose.size()).right() < 1024


def test_train_buttons_stay_put_when_a_settings_message_appears(window, qtbot):
    tab = window.tab("Train")
    window.tabs.setCurrentWidget(tab)
    window.resize(1024, 640)
    settle()
    buttons = [tab.findChild(QPushButton, name) for name in ("startButton", "pauseButton", "stopButton")]
    before = [at(b, tab) for b in buttons]
    hidden = tab.findChild(QLineEdit, "hiddenEdit")
    hidden.selectAll()
    qtbot.keyClicks(hidden, "50,abc")
    settle()
    error = tab.findChild(QLabel, "settingsError")
    assert error.isVisible() and "whole numbers" in error.text()
    assert [at(b, tab) for b in buttons] == before
    bottom = error.mapTo(tab, QPoint(0, error.height())).y()
    assert bottom <= before[0].y()                  # the message shows above them, in sight


def click_up_arrow(qtbot, spin: QSpinBox) -> None:
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    up = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                     QStyle.SubControl.SC_SpinBoxUp, spin)
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=up.center())


def test_matrix_spin_boxes_stay_under_the_pointer_as_the_matrices_grow(window, qtbot):
    explore = window.tab("Explore")
    window.tabs.setCurrentWidget(explore)
    section = explore.show_section("matrix")
    settle()
    for name in ("xRowsSpin", "xColsSpin", "wRowsSpin", "wColsSpin"):
        spin = section.findChild(QSpinBox, name)
        for _ in range(spin.maximum() - spin.value()):
            before = at(spin, explore)
            value = spin.value()
            click_up_arrow(qtbot, spin)
            settle()
            assert spin.value() == value + 1, name
            assert at(spin, explore) == before, f"{name} moved when it went to {spin.value()}"


def test_code_tabs_stay_put_when_more_functions_are_ticked(window, qtbot):
    explore = window.tab("Explore")
    window.tabs.setCurrentWidget(explore)
    section = explore.show_section("activations")
    settle()
    tabs = section.findChild(QTabWidget, "sourceTabs")
    before = at(tabs, explore)
    boxes = [box for box in section.findChildren(QCheckBox) if box.objectName().startswith("show_")]
    assert len(boxes) == 5
    for box in boxes:
        if not box.isChecked():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
            settle()
            assert box.isChecked()
            assert at(tabs, explore) == before
    for box in boxes:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
        settle()
        assert at(tabs, explore) == before


@pytest.mark.parametrize("width", [1024, 1920])
def test_every_preset_name_fits_its_box(window, width):
    tab = window.tab("Train")
    window.tabs.setCurrentWidget(tab)
    window.resize(width, 700)
    settle()
    combo = tab.findChild(QComboBox, "presetCombo")
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    for title in PRESET_TITLES.values():
        assert combo.fontMetrics().horizontalAdvance(title) <= field.width(), title
    scroll = tab.findChild(QScrollArea, "settingsScroll")
    assert scroll.widget().width() <= scroll.viewport().width()    # the panel is not cut off


def test_layer_titles_fit_in_the_activation_maps_at_their_smallest(window, qtbot):
    tab = window.tab("Test set")
    window.tabs.setCurrentWidget(tab)
    maps = tab.findChild(QWidget, "sampleMaps")
    maps.resize(maps.minimumWidth() or 250, maps.minimumHeight())
    settle()
    assert_layer_titles_inside(maps)


def assert_layer_titles_inside(maps) -> None:
    """Both layer titles of the activation maps lie wholly inside the maps' view."""
    view = maps.getPlotItem().getViewBox()
    box = view.mapRectToScene(view.boundingRect())
    assert len(maps._titles) == 2
    for title in maps._titles:
        text = title.mapRectToScene(title.boundingRect())
        # a title starts at the view's left edge: mapped to the scene, 1.0 may come out 0.99999999999998
        assert box.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(text), (title.toPlainText(), text, box)


def test_the_sweep_plots_y_title_fits_its_axis(window):
    tab = window.tab("Test set")
    window.tabs.setCurrentWidget(tab)
    plot = tab.findChild(QWidget, "sweepPlot")
    plot.resize(400, plot.minimumHeight())
    settle()
    axis = plot.getPlotItem().getAxis("left")
    # the title is turned on its side: its width runs along the axis
    assert axis.label.boundingRect().width() <= axis.geometry().height()
    assert "time" in axis.labelString() and "best" in plot.getPlotItem().getAxis("bottom").labelString()


@pytest.mark.parametrize("size", [(240, 220), (400, 380), (900, 420)])
def test_confusion_matrix_titles_clear_the_digits_and_label_the_accuracy_column(qtbot, size):
    matrix = ConfusionMatrixView()
    qtbot.addWidget(matrix)
    matrix.resize(*size)
    matrix.show()
    title = matrix.title_rect()
    heading = matrix.accuracy_heading_rect()
    inside = QRectF(matrix.rect())
    assert inside.contains(title) and inside.contains(heading)
    for k in range(10):
        column = matrix.column_header_rect(k)
        assert title.bottom() <= column.top(), (k, title, column)
        assert not heading.intersects(column)
        assert heading.left() >= matrix.cell_rect(k, 9).right()
    assert matrix.fontMetrics().horizontalAdvance("right") <= heading.width()


@pytest.mark.mnist
def test_no_lone_dash_before_the_first_run(window, qtbot):
    tab = show_test_set_with_data(window, qtbot)
    label = tab.findChild(QLabel, "accuracyLabel")
    assert not label.isVisible() and label.text() == ""
    assert tab.findChild(QLabel, "resultDetail").text().startswith("10,000 samples")



def test_an_elided_label_keeps_its_whole_text_and_shows_it_on_hover(qtbot):
    from digitpad.ui.widgets.elided_label import ElidedLabel
    path = "10,000 images from /home/someone/a/very/long/folder/name/mnist (folder of IDX files)"
    label = ElidedLabel(path, object_name="pathLabel")
    label.setToolTip("Where the data comes from")
    qtbot.addWidget(label)
    label.resize(160, 20)
    label.show()
    settle()
    shown = QLabel.text(label)
    assert label.is_elided() and label.text() == path
    assert "\u2026" in shown and shown.startswith("10,000") and shown.endswith("files)")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert path in label.toolTip() and "Where the data comes from" in label.toolTip()
    label.resize(label.fontMetrics().horizontalAdvance(path) + 20, 20)
    settle()
    assert not label.is_elided() and QLabel.text(label) == path
    assert label.toolTip() == "Where the data comes from"


@pytest.mark.parametrize("factor", [1.0, 1.5, 2.0])
def test_a_full_bars_percentage_fits_above_it_at_the_smallest_height(qtbot, factor):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QFontMetricsF

    from digitpad.ui import zoom
    from digitpad.ui.widgets.probability_bars import LABEL_POINTS, ProbabilityBars
    bars = ProbabilityBars(object_name="sampleBars")
    qtbot.addWidget(bars)
    try:
        zoom.apply(bars, factor)
        bars.resize(260, bars.minimumHeight())
        bars.show()
        bars.set_probabilities([0.0] * 7 + [1.0, 0.0, 0.0])
        settle()
        view = bars.getPlotItem().getViewBox()
        top_of_bar = view.mapViewToScene(QPointF(7, 1.0)).y()
        font = QFont()
        font.setPointSizeF(LABEL_POINTS * factor)
        text_top = top_of_bar - 3 - QFontMetricsF(font).height()
        assert text_top >= view.mapRectToScene(view.boundingRect()).top(), (text_top, factor)
        assert bars.label_texts()[7] == "100%"
    finally:
        zoom.apply(bars, 1.0)
        settle()


def test_the_weight_images_caption_has_room_for_all_its_lines_at_1024x640(window, qtbot):
    window.tabs.setCurrentWidget(window.tab("Train"))
    window.resize(1024, 640)
    settle()
    caption = window.findChild(QLabel, "weightsCaption")
    assert caption.isVisible()
    assert caption.height() >= caption.heightForWidth(caption.width()), "its last lines are cut off"


def test_on_a_screen_smaller_than_the_tabs_need_they_scroll_instead_of_overlapping(window, qtbot):
    """200% on a 1920x1080 monitor leaves 960x540: the window fits it, and every button can be
    scrolled to instead of being squeezed on top of its neighbours."""
    draw = window.tab("Draw")
    window.tabs.setCurrentWidget(draw)
    window.resize(912, 486)  # what 200% leaves on a 1920x1080 screen, less the window's frame
    settle()
    view, text = window.findChild(QWidget, "networkInput"), window.findChild(QLabel, "recipeText")
    assert not QRect(view.mapTo(draw, QPoint(0, 0)), view.size()).intersects(
        QRect(text.mapTo(draw, QPoint(0, 0)), text.size())), "the 28x28 view overlaps its caption"
    assert shows_whole_or_nothing(text)
    window.resize(800, 480)
    settle()
    assert (window.width(), window.height()) == (800, 480)
    scroll = window.findChild(QScrollArea, "tabsScroll")
    need = draw.minimumSizeHint()
    assert draw.width() >= need.width() and draw.height() >= need.height()
    assert scroll.verticalScrollBar().maximum() > 0 and scroll.horizontalScrollBar().maximum() > 0
    save = window.findChild(QAbstractButton, "clearButton")  # below the canvas, out of sight at first
    scroll.ensureWidgetVisible(save)
    settle()
    corner = save.mapTo(scroll.viewport(), QPoint(0, 0))
    assert scroll.viewport().rect().contains(QRect(corner, save.size()))


@pytest.mark.parametrize("size", [(1024, 640), (1220, 760), (1600, 1000)])
def test_a_window_the_tabs_fit_in_never_scrolls(window, qtbot, size):
    """The scroll area is for screens smaller than the tabs need, not for a square canvas or a
    stack of sections asking for more height than they must have."""
    window.resize(*size)
    scroll = window.findChild(QScrollArea, "tabsScroll")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        where = f"{window.tabs.tabText(index)} at {size}"
        assert scroll.verticalScrollBar().maximum() == 0, where
        assert scroll.horizontalScrollBar().maximum() == 0, where


def test_the_tabs_settle_at_every_size_and_zoom_instead_of_resizing_forever(window, qtbot):
    """Sizing the tabs once must be the end of it: a size that depended on whether a scroll bar
    shows once made the window resize itself in a loop and stop answering."""
    from PySide6.QtCore import QEvent, QObject

    class CountResizes(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Resize:
                CountResizes.count += 1
            return False

    counter = CountResizes(window)
    window.tabs.installEventFilter(counter)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for zoom in (1.0, 1.5):
            window.set_zoom(zoom)
            for size in [(912, 486), (800, 480), (1024, 640), (1220, 760), (1700, 960)]:
                window.resize(*size)
                settle()
                window.statusBar().showMessage("a message that changes the window's layout " * 3)
                settle()
                before = CountResizes.count
                for _ in range(3):
                    settle()
                where = f"{window.tabs.tabText(index)} at {size}, zoom {zoom}"
                assert CountResizes.count == before, where
    window.set_zoom(1.0)


@pytest.mark.mnist
@pytest.mark.parametrize("code", ["en", "ja"])
def test_picking_a_confusion_matrix_cell_leaves_the_test_set_tab_as_it_was(qtbot, qapp, state, code):
    """The sample picked and the count of samples shown change their words, not the tab's layout:
    the confusion matrix keeps its size and the tab still fits a 1024 px wide window."""
    from digitpad.ui import i18n
    from qt_helpers import new_window
    mnist("test")
    assert i18n.install(qapp, code)
    try:
        window = new_window(qtbot, state)
        tab, result = run_the_test_set(window, qtbot, (1024, 700))
        matrix = tab.findChild(ConfusionMatrixView, "confusionMatrix")
        panel = tab.findChild(QWidget, "sampleScroll")
        scroll = window.findChild(QScrollArea, "tabsScroll")
        before = (matrix.size(), panel.size(), window.tabs.minimumSizeHint())
        for pick in ("cell", "all"):
            if pick == "cell":
                qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton,
                                 pos=matrix.cell_rect(9, 4).center().toPoint())
            else:
                qtbot.mouseClick(tab.findChild(QAbstractButton, "showAllButton"), Qt.MouseButton.LeftButton)
            settle()
            shown = result.confusion_matrix()[9, 4] if pick == "cell" else result.n_samples
            assert tab.findChild(QWidget, "digitGrid").model().rowCount() == shown
            assert (matrix.size(), panel.size(), window.tabs.minimumSizeHint()) == before, pick
            assert not scroll.horizontalScrollBar().isVisible(), pick
            count = tab.findChild(QLabel, "browserCount")
            assert not count.is_elided(), count.text()
        window.close()
    finally:
        i18n.install(qapp, i18n.ENGLISH)


@pytest.mark.parametrize("code, zoom", [("en", 1.0), ("ja", 1.0), ("en", 1.5)])
def test_the_canvas_keeps_its_size_under_the_pen_with_the_plain_downscale_shown(qtbot, qapp, state, code, zoom):
    """The comparison's reading appears with the first stroke: its room is kept from the moment the
    option is on, so the canvas (and the stroke on it) never moves while it is drawn, or on Clear."""
    from PySide6.QtCore import QEvent
    from digitpad.ui import i18n
    from drawing import LEFT, mouse
    from qt_helpers import new_window
    assert i18n.install(qapp, code)
    try:
        window = new_window(qtbot, state)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.set_zoom(zoom)
        window.resize(*((1024, 700) if zoom == 1.0 else (1600, 1000)))
        draw = window.tab("Draw")
        canvas = draw.findChild(QWidget, "canvas")
        toggle = draw.findChild(QCheckBox, "naiveToggle")
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton, pos=QPoint(6, toggle.height() // 2))
        settle()
        assert toggle.isChecked() and draw.findChild(QWidget, "naivePanel").isVisible()
        label = draw.findChild(QLabel, "naiveLabel")
        where = QRect(at(canvas, window), canvas.size())
        geometries = []
        side = canvas.width()
        mouse(canvas, QEvent.Type.MouseButtonPress, (0.55 * side, 0.15 * side), LEFT, LEFT)
        for k in range(1, 16):
            mouse(canvas, QEvent.Type.MouseMove, (0.55 * side, (0.15 + 0.045 * k) * side),
                  Qt.MouseButton.NoButton, LEFT)
            settle()
            geometries.append(QRect(at(canvas, window), canvas.size()))
        mouse(canvas, QEvent.Type.MouseButtonRelease, (0.55 * side, 0.83 * side), LEFT, Qt.MouseButton.NoButton)
        settle()
        assert label.text(), "the plain downscale was not read"
        assert label.height() >= label.heightForWidth(label.width()), "the reading is cut off"
        geometries.append(QRect(at(canvas, window), canvas.size()))
        draw.clear()
        settle()
        geometries.append(QRect(at(canvas, window), canvas.size()))
        assert all(g == where for g in geometries), (where, [g for g in geometries if g != where][:3])
        window.set_zoom(1.0)
        window.close()
    finally:
        i18n.install(qapp, i18n.ENGLISH)


@pytest.mark.parametrize("code", ["en", "ko"])
def test_the_draw_tab_fits_960x540_without_scrolling(qtbot, qapp, state, code):
    """1920x1080 at 200% leaves 960x540: the Draw tab fits it, the canvas shrinking to what the rest
    leaves, so the answer, the canvas and the buttons under it are all in sight at once. The
    recipe's words, shown under the 28x28 input where there is room, give way."""
    from digitpad.ui import i18n
    from qt_helpers import new_window
    assert i18n.install(qapp, code)
    try:
        window = new_window(qtbot, state)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(960, 531)          # maximised: less the window manager's title bar
        settle()
        scroll = window.findChild(QScrollArea, "tabsScroll")
        assert not scroll.verticalScrollBar().isVisible() and not scroll.horizontalScrollBar().isVisible()
        viewport = scroll.viewport()
        for name in ("canvas", "predictionLabel", "probabilityBars", "undoButton", "clearButton",
                     "saveButton0", "saveButton9", "naiveToggle", "activationMaps", "myDigitsCount"):
            widget = window.findChild(QWidget, name)
            rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
            assert widget.isVisible() and viewport.rect().contains(rect), (name, rect, viewport.rect())
        canvas = window.findChild(QWidget, "canvas")
        assert canvas.width() == canvas.height() >= 300
        recipe = window.findChild(QLabel, "recipeText")
        assert shows_whole_or_nothing(recipe)
        window.resize(1220, 760)         # the default window: room for the recipe's words
        settle()
        assert recipe.height() >= QLabel.heightForWidth(recipe, recipe.width()) and painted(recipe)
        window.close()
    finally:
        i18n.install(qapp, i18n.ENGLISH)


@pytest.mark.parametrize("code", ["en", "ko"])
def test_at_960x540_the_other_tabs_scroll_only_as_far_as_the_shown_one_needs(qtbot, qapp, state, code):
    """A tab wider than 960 px (Explore) does not make the narrower ones (Draw, Train) scroll too."""
    from digitpad.ui import i18n
    from qt_helpers import new_window
    assert i18n.install(qapp, code)
    try:
        window = new_window(qtbot, state)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(960, 531)
        for index in range(window.tabs.count()):   # every tab built
            window.tabs.setCurrentIndex(index)
            settle()
        window.tab("explore").show_section("network")   # the widest section
        settle()
        assert window.tabs.minimumSizeHint().width() > 960 - 2
        scroll = window.findChild(QScrollArea, "tabsScroll")
        for key in ("draw", "train"):
            window.tabs.setCurrentWidget(window.tab(key))
            settle()
            assert not scroll.horizontalScrollBar().isVisible(), key
            assert not scroll.verticalScrollBar().isVisible(), key
        window.close()
    finally:
        i18n.install(qapp, i18n.ENGLISH)


@pytest.mark.mnist
@pytest.mark.parametrize("code", ["en", "ja"])
def test_at_110_percent_on_a_1024x768_projector_draw_test_set_and_train_fit(qtbot, qapp, state, code):
    """What the README says of 110% on a 1024x768 projector: the Draw, Test set and Train tabs fit
    with no scroll bar, and the Draw tab's big words are said whole, in smaller letters if need be."""
    from digitpad.ui import i18n
    from qt_helpers import new_window
    mnist("test")
    assert i18n.install(qapp, code)
    try:
        window = new_window(qtbot, state)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1024, 749)                  # maximised on a 1024x768 screen
        show_test_set_with_data(window, qtbot)
        window.tabs.setCurrentWidget(window.tab("Draw"))
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(20)
        assert window.zoom == pytest.approx(1.1)
        window.resize(1024, 749)                  # (a window that is not maximised grows with the zoom)
        scroll = window.findChild(QScrollArea, "tabsScroll")
        for key in ("draw", "testset", "train"):
            window.tabs.setCurrentWidget(window.tab(key))
            settle()
            assert not scroll.horizontalScrollBar().isVisible(), key
            assert not scroll.verticalScrollBar().isVisible(), key
            assert buttons_outside(window) == [], key
        window.tabs.setCurrentWidget(window.tab("draw"))
        settle()
        answer = window.findChild(QLabel, "predictionLabel")
        assert not answer.is_elided(), QLabel.text(answer)
        assert 0.6 <= answer.shown_scale() <= 1.0
        window.set_zoom(1.0)
        window.close()
    finally:
        i18n.install(qapp, i18n.ENGLISH)


@pytest.mark.parametrize("zoom", [1.1, 1.25])
def test_the_layer_titles_are_whole_in_japanese_when_zoomed_on_a_1024x768_projector(qtbot, qapp, state, zoom):
    """"第2層：ニューロン 100 個" is longer than the English title: at 125% it ran past the maps' edge."""
    from digitpad.ui import i18n
    from qt_helpers import new_window
    assert i18n.install(qapp, "ja")
    try:
        window = new_window(qtbot, state)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.set_zoom(zoom)
        window.resize(1024, 749)
        settle()
        maps = window.tab("Draw").findChild(QWidget, "activationMaps")
        assert_layer_titles_inside(maps)
        for title in maps._titles:
            assert maps.minimumWidth() >= title.textItem.boundingRect().width()
        assert maps.width() >= maps.minimumWidth()          # the box around it is not narrower
        window.set_zoom(1.0)
        window.close()
    finally:
        i18n.install(qapp, i18n.ENGLISH)
