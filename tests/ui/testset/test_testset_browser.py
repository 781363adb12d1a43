"""The Test set tab's browser and confusion matrix, the selected sample, Open in Draw tab, and the
plain pieces (sweep sizes, the speedup sentence, thumbnails)."""

from __future__ import annotations


import numpy as np
import pytest
from PySide6.QtCore import Qt

from qt_helpers import click, loaded, tabs_of
from shared_data import mnist
from testset_helpers import find, grid_model, run_with, shown



@pytest.mark.mnist
@pytest.mark.mnist
def test_wrong_filter_and_confusion_matrix_agree_with_the_accuracy(qtbot, tab):
    result = run_with(qtbot, tab, "batch", True)
    n, wrong = result.n_samples, result.n_samples - result.correct
    assert shown(tab).size == n

    click(qtbot, find(tab, "wrongCheck"))
    assert grid_model(tab).rowCount() == wrong == 648
    assert find(tab, "browserCount").text() == "648 / 10,000"
    assert find(tab, "browserCount").toolTip() == "648 of 10,000 shown"
    samples = shown(tab)
    assert np.all(result.predictions[samples] != result.labels[samples])

    matrix = find(tab, "confusionMatrix").matrix()
    assert matrix.sum() == n
    assert np.trace(matrix) == result.correct
    assert np.array_equal(matrix, result.confusion_matrix())

    # the worst confusion, then a diagonal cell, clicked where they are painted
    off = matrix.copy()
    np.fill_diagonal(off, 0)
    t, p = np.unravel_index(int(np.argmax(off)), off.shape)
    for true, predicted in ((int(t), int(p)), (3, 3)):
        centre = find(tab, "confusionMatrix").cell_rect(true, predicted).center().toPoint()
        qtbot.mouseClick(find(tab, "confusionMatrix"), Qt.MouseButton.LeftButton, pos=centre)
        samples = shown(tab)
        assert samples.size == matrix[true, predicted]
        assert np.all(result.labels[samples] == true)
        assert np.all(result.predictions[samples] == predicted)
        assert find(tab, "confusionMatrix").selected() == (true, predicted)
        assert not find(tab, "wrongCheck").isChecked()

    # a row header: every sample of that digit
    centre = find(tab, "confusionMatrix").row_header_rect(5).center().toPoint()
    qtbot.mouseClick(find(tab, "confusionMatrix"), Qt.MouseButton.LeftButton, pos=centre)
    assert shown(tab).size == matrix[5].sum()

    # by true class, by predicted class, through the combo boxes
    click(qtbot, find(tab, "showAllButton"))
    assert shown(tab).size == n
    find(tab, "predictedCombo").setCurrentIndex(find(tab, "predictedCombo").findData(8))
    assert shown(tab).size == matrix[:, 8].sum()
    find(tab, "trueCombo").setCurrentIndex(find(tab, "trueCombo").findData(2))
    assert shown(tab).size == matrix[2, 8]

    # low confidence, least sure first
    click(qtbot, find(tab, "showAllButton"))
    find(tab, "thresholdSpin").setValue(70)
    click(qtbot, find(tab, "lowCheck"))
    confidence = result.confidence
    assert shown(tab).size == np.count_nonzero(confidence < 0.7)
    find(tab, "sortCombo").setCurrentIndex(find(tab, "sortCombo").findData("least-confident"))
    assert np.all(np.diff(confidence[shown(tab)]) >= 0)
    find(tab, "sortCombo").setCurrentIndex(find(tab, "sortCombo").findData("most-confident"))
    assert np.all(np.diff(confidence[shown(tab)]) <= 0)


@pytest.mark.mnist
@pytest.mark.mnist
def test_selecting_a_thumbnail_shows_its_probabilities_and_activations(qtbot, tab, state):
    result = run_with(qtbot, tab, "batch", True)
    click(qtbot, find(tab, "wrongCheck"))
    grid = find(tab, "digitGrid")
    index = grid_model(tab).index(2, 0)
    qtbot.waitUntil(lambda: grid.visualRect(index).isValid())   # the view lays items out lazily
    rect = grid.visualRect(index)
    assert rect.isValid() and grid.viewport().rect().contains(rect.center())
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    sample = tab.selected_sample()
    assert sample == int(shown(tab)[2])
    assert np.allclose(find(tab, "sampleBars").probabilities(), result.probabilities[sample], atol=1e-5)
    assert find(tab, "sampleTitle").text() == f"#{sample:,}  \u00b7  a {result.labels[sample]}"
    assert find(tab, "sampleVerdict").text().startswith(f"Wrong: read as {result.predictions[sample]}")
    forward = state.network.forward(tab.data.images[sample][None], input_scale=1 / 255)
    for image, hidden in zip(find(tab, "sampleMaps").images(), forward.hidden):
        assert np.allclose(image.image.ravel()[:hidden.size], hidden.ravel(), atol=1e-6)

    # the delegate paints mistakes and right answers without complaint, and the grid scrolls
    grid.viewport().grab()
    click(qtbot, find(tab, "showAllButton"))
    grid.scrollToBottom()
    grid.viewport().grab()


@pytest.mark.mnist
@pytest.mark.mnist
def test_open_in_draw_tab_puts_the_sample_on_the_canvas(qtbot, state):
    mnist("test")
    from digitpad.ui.app import MainWindow
    from digitpad.ui.testset import TestSetTab
    window = MainWindow(state, tabs=tabs_of("draw", "testset"))
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Test set")
    assert isinstance(tab, TestSetTab)
    window.tabs.setCurrentWidget(tab)
    try:
        loaded(qtbot, tab)
        result = run_with(qtbot, tab, "batch", True)
        find(tab, "digitGrid").select_row(0)
        sample = tab.selected_sample()
        assert sample == 0 and result.predictions[0] == result.labels[0] == 7
        click(qtbot, find(tab, "openInDrawButton"))
        image = tab.data.images[0].reshape(28, 28)
        draw = window.tab("Draw")
        assert window.tabs.currentWidget() is draw
        assert "the network reads a 7" in window.statusBar().currentMessage()
        assert not draw.canvas.is_empty()
        probs = draw.probabilities()
        assert probs is not None and int(np.argmax(probs)) == 7
        seen = draw.input_image().astype(float).ravel()
        assert np.corrcoef(seen, image.astype(float).ravel())[0, 1] > 0.8
    finally:
        assert tab.shutdown(10)
        window.close()

def test_sweep_sizes_and_the_speedup_sentence():
    from digitpad.evaluate import EvalResult
    from digitpad.ui.testset.jobs import speedup_sentence, sweep_sizes
    assert sweep_sizes(10_000) == [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000]
    assert sweep_sizes(60_000)[-3:] == [20_000, 50_000, 60_000]
    assert sweep_sizes(1) == [1]

    def result(mode, batch, seconds):
        z = np.zeros(10)
        return EvalResult(mode, batch, True, 10, 10, seconds, z, np.zeros((10, 10)), z)

    slow, fast = result("per-sample", 1, 4.43), result("batch", 100, 0.312)
    assert speedup_sentence(slow, fast) == "Batches of 100 were 14.2x faster: 0.31 s instead of 4.4 s."
    assert speedup_sentence(result("per-sample", 1, 0.3), result("batch", 2, 0.6)) == \
        "Batches of 2 were 2.0x slower: 0.60 s instead of 0.30 s."


def test_thumbnails_follow_the_data_they_show(qtbot):
    from digitpad.ui.widgets.digit_grid import DigitGridView
    view = DigitGridView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    model = view.model()

    def brightness(images):
        model.set_samples(images, np.arange(len(images)) % 10)
        qtbot.waitUntil(lambda: view.visualRect(model.index(0, 0)).isValid())
        rect = view.visualRect(model.index(0, 0))
        picture = view.viewport().grab(rect).toImage()
        x, y = rect.width() // 2, 5 + 28  # the middle of the 56x56 thumbnail
        return picture.pixelColor(x, y).value()

    assert brightness(np.zeros((3, 784), np.uint8)) < 40
    assert brightness(np.full((3, 784), 255, np.uint8)) > 215   # new data, no stale thumbnail
    assert model.rowCount() == 3 and not model.has_results
    model.set_results(np.array([0, 5, 2]), np.array([0.9, 0.4, 0.99], np.float32))
    model.set_filter(wrong=True)
    assert list(model.visible_samples()) == [1]
