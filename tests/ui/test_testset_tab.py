"""The Test set tab, driven through its widgets: runs on the real MNIST test set, the browser and the
confusion matrix, cancelling, downloading from a local HTTP server, folders, CSV, closing mid-run."""

from __future__ import annotations

import csv
import gzip
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool

from digitpad import models
from digitpad.data.idx import write_idx
from digitpad.data.mnist import clear_cache, default_mnist_dir
from digitpad.data.mydigits import MyDigits
from digitpad.evaluate import evaluate
from digitpad.ui.model_state import ModelState, untrained_model
from local_server import spec_for as spec
from shared_data import book_weights_path, mnist, needs_mnist

REPO = Path(__file__).resolve().parents[2]
from qt_helpers import click, loaded, settled, shown_alone, shown_result, tabs_of  # noqa: E402

LONG = 60_000  # ms: generous, for a shared and busy machine


# --------------------------------------------------------------------------- helpers



def make_tab(qtbot, state, settings=None, **kwargs):
    """The tab on its own, as the window builds it: settings restored before the first event."""
    from digitpad.ui.testset_tab import TestSetTab
    return shown_alone(qtbot, TestSetTab(state, **kwargs), (1220, 720), settings)


def shown(tab) -> np.ndarray:
    return tab.gridModel.visible_samples()


def run_with(qtbot, tab, mode, normalize, batch_size=100):
    tab.modeCombo.setCurrentIndex(tab.modeCombo.findData(mode))
    tab.normalizeCheck.setChecked(normalize)
    tab.batchSpin.setValue(batch_size)
    click(qtbot, tab.runButton)
    return shown_result(qtbot, tab)


@pytest.fixture
def tab(qtbot, state):
    """The tab on its own with the book's weights and the real MNIST test set loaded."""
    mnist("test")  # skips without DIGITPAD_MNIST
    tab = make_tab(qtbot, state)
    loaded(qtbot, tab)
    assert tab.data.n == 10_000
    yield tab
    assert tab.shutdown(10)


@pytest.fixture
def no_mnist(monkeypatch, tmp_path):
    """A computer without MNIST: no DIGITPAD_MNIST, an empty data dir, no Keras cache."""
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    clear_cache()
    yield
    clear_cache()


def tiny_mnist(folder: Path, n_test=30, n_train=40, seed=0) -> dict[str, bytes]:
    """Four small but valid gzipped IDX files with the canonical names; returns name -> bytes."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    bodies = {}
    for prefix, n in (("t10k", n_test), ("train", n_train)):
        images = rng.integers(0, 256, (n, 28, 28), dtype=np.uint8)
        labels = rng.integers(0, 10, n, dtype=np.uint8)
        for kind, array in (("images-idx3", images), ("labels-idx1", labels)):
            path = folder / f"{prefix}-{kind}-ubyte.gz"
            write_idx(path, array)
            bodies[path.name] = path.read_bytes()
    return bodies


# --------------------------------------------------------------------------- accuracy


@pytest.mark.mnist
@needs_mnist
def test_per_sample_and_batched_runs_give_the_books_numbers(qtbot, tab):
    expected = {True: ("93.52%", 9352), False: ("92.07%", 9207)}
    for mode in ("per-sample", "batch"):
        for normalize in (True, False):
            result = run_with(qtbot, tab, mode, normalize)
            text, correct = expected[normalize]
            assert result.mode == mode and result.normalize is normalize
            assert result.correct == correct
            assert tab.accuracyLabel.text() == text
            assert f"{correct:,} of 10,000 right" in tab.resultDetail.text()
            assert "samples/s" in tab.resultDetail.text()
    runs = tab.runsModel.runs()
    assert [(r.mode, r.normalize, r.correct) for r in runs] == [
        ("per-sample", True, 9352), ("per-sample", False, 9207), ("batch", True, 9352), ("batch", False, 9207)]
    assert runs[2].reference == 2  # the latest per-sample run on the same data
    assert all(r.model == "the book's sample weights" for r in runs)


@pytest.mark.mnist
@needs_mnist
def test_the_shipped_weights_score_what_their_card_says(qtbot):
    mnist("test")
    try:
        model = models.load_shipped()
    except models.WeightsError as exc:
        pytest.skip(f"the shipped weights are not there yet: {exc}")
    card_accuracy = model.test_accuracy
    assert card_accuracy is not None, "the shipped model card has no test_accuracy"
    tab = make_tab(qtbot, ModelState(model))
    try:
        loaded(qtbot, tab)
        result = run_with(qtbot, tab, "batch", True)
        assert abs(result.accuracy - card_accuracy) < 0.5 / result.n_samples
        assert tab.accuracyLabel.text() == f"{card_accuracy:.2%}"
        assert "digitpad (shipped)" in tab.modelLabel.text()
    finally:
        assert tab.shutdown(10)


# --------------------------------------------------------------------------- browsing


@pytest.mark.mnist
@needs_mnist
def test_wrong_filter_and_confusion_matrix_agree_with_the_accuracy(qtbot, tab):
    result = run_with(qtbot, tab, "batch", True)
    n, wrong = result.n_samples, result.n_samples - result.correct
    assert shown(tab).size == n

    click(qtbot, tab.wrongCheck)
    assert tab.gridModel.rowCount() == wrong == 648
    assert tab.browserCount.text() == "648 of 10,000 shown"
    samples = shown(tab)
    assert np.all(result.predictions[samples] != result.labels[samples])

    matrix = tab.matrix.matrix()
    assert matrix.sum() == n
    assert np.trace(matrix) == result.correct
    assert np.array_equal(matrix, result.confusion_matrix())

    # the worst confusion, then a diagonal cell, clicked where they are painted
    off = matrix.copy()
    np.fill_diagonal(off, 0)
    t, p = np.unravel_index(int(np.argmax(off)), off.shape)
    for true, predicted in ((int(t), int(p)), (3, 3)):
        centre = tab.matrix.cell_rect(true, predicted).center().toPoint()
        qtbot.mouseClick(tab.matrix, Qt.MouseButton.LeftButton, pos=centre)
        samples = shown(tab)
        assert samples.size == matrix[true, predicted]
        assert np.all(result.labels[samples] == true)
        assert np.all(result.predictions[samples] == predicted)
        assert tab.matrix.selected() == (true, predicted)
        assert not tab.wrongCheck.isChecked()

    # a row header: every sample of that digit
    centre = tab.matrix.row_header_rect(5).center().toPoint()
    qtbot.mouseClick(tab.matrix, Qt.MouseButton.LeftButton, pos=centre)
    assert shown(tab).size == matrix[5].sum()

    # by true class, by predicted class, through the combo boxes
    click(qtbot, tab.showAllButton)
    assert shown(tab).size == n
    tab.predictedCombo.setCurrentIndex(tab.predictedCombo.findData(8))
    assert shown(tab).size == matrix[:, 8].sum()
    tab.trueCombo.setCurrentIndex(tab.trueCombo.findData(2))
    assert shown(tab).size == matrix[2, 8]

    # low confidence, least sure first
    click(qtbot, tab.showAllButton)
    tab.thresholdSpin.setValue(70)
    click(qtbot, tab.lowCheck)
    confidence = result.confidence
    assert shown(tab).size == np.count_nonzero(confidence < 0.7)
    tab.sortCombo.setCurrentIndex(tab.sortCombo.findData("least-confident"))
    assert np.all(np.diff(confidence[shown(tab)]) >= 0)
    tab.sortCombo.setCurrentIndex(tab.sortCombo.findData("most-confident"))
    assert np.all(np.diff(confidence[shown(tab)]) <= 0)


@pytest.mark.mnist
@needs_mnist
def test_selecting_a_thumbnail_shows_its_probabilities_and_activations(qtbot, tab, state):
    result = run_with(qtbot, tab, "batch", True)
    click(qtbot, tab.wrongCheck)
    grid = tab.grid
    index = tab.gridModel.index(2, 0)
    qtbot.waitUntil(lambda: grid.visualRect(index).isValid())   # the view lays items out lazily
    rect = grid.visualRect(index)
    assert rect.isValid() and grid.viewport().rect().contains(rect.center())
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    sample = tab.selected_sample()
    assert sample == int(shown(tab)[2])
    assert np.allclose(tab.sampleBars.probabilities(), result.probabilities[sample], atol=1e-5)
    assert tab.sampleTitle.text() == f"#{sample:,}  \u00b7  a {result.labels[sample]}"
    assert tab.sampleVerdict.text().startswith(f"Wrong: read as {result.predictions[sample]}")
    forward = state.network.forward(tab.data.images[sample][None], input_scale=1 / 255)
    for image, hidden in zip(tab.sampleMaps.images(), forward.hidden):
        assert np.allclose(image.image.ravel()[:hidden.size], hidden.ravel(), atol=1e-6)

    # the delegate paints mistakes and right answers without complaint, and the grid scrolls
    grid.viewport().grab()
    click(qtbot, tab.showAllButton)
    grid.scrollToBottom()
    grid.viewport().grab()


@pytest.mark.mnist
@needs_mnist
def test_open_in_draw_tab_puts_the_sample_on_the_canvas(qtbot, state):
    mnist("test")
    from digitpad.ui.app import MainWindow
    from digitpad.ui.testset_tab import TestSetTab
    window = MainWindow(state, tabs=tabs_of("draw", "testset"))
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Test set")
    assert isinstance(tab, TestSetTab)
    window.tabs.setCurrentWidget(tab)
    try:
        loaded(qtbot, tab)
        result = run_with(qtbot, tab, "batch", True)
        tab.grid.select_row(0)
        sample = tab.selected_sample()
        assert sample == 0 and result.predictions[0] == result.labels[0] == 7
        click(qtbot, tab.openInDrawButton)
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


# --------------------------------------------------------------------------- runs


@pytest.mark.mnist
@needs_mnist
def test_compare_states_the_speedup_in_words_and_exports_to_csv(qtbot, tab, tmp_path, monkeypatch):
    tab.batchSpin.setValue(100)
    click(qtbot, tab.compareButton)
    fast = shown_result(qtbot, tab)
    slow = tab.runsModel.runs()[-2]   # the per-sample run, as its row in the table keeps it
    assert (slow.mode, fast.mode, fast.batch_size) == ("per-sample", "batch", 100)
    assert slow.correct == fast.correct == 9352
    ratio = slow.elapsed / fast.elapsed
    text = tab.compareLabel.text()
    word = "faster" if ratio >= 1 else "slower"
    shown_ratio = ratio if ratio >= 1 else 1 / ratio
    assert re.fullmatch(rf"Batches of 100 were {shown_ratio:.1f}x {word}: \S+ m?s instead of \S+ m?s\.", text), text
    runs = tab.runsModel.runs()
    assert [r.mode for r in runs] == ["per-sample", "batch"]
    assert runs[1].reference == 1 and runs[1].speedup == pytest.approx(ratio)
    assert tab.runsModel.index(1, 9).data() == f"{ratio:.1f}x"
    assert tab.runsModel.index(0, 9).data() == "baseline"

    target = tmp_path / "runs.csv"
    monkeypatch.setattr("digitpad.ui.testset_tab.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "CSV files (*.csv)"))
    click(qtbot, tab.exportButton)
    with open(target, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [row["mode"] for row in rows] == ["per-sample", "batch"]
    assert [int(row["correct"]) for row in rows] == [9352, 9352]
    assert float(rows[0]["seconds"]) == pytest.approx(slow.elapsed, abs=1e-6)
    assert float(rows[1]["speedup_vs_per_sample"]) == pytest.approx(ratio, rel=1e-3)
    assert rows[1]["compared_with_run"] == "1" and rows[0]["speedup_vs_per_sample"] == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["runs.csv"]  # no temporary file left

    click(qtbot, tab.clearRunsButton)
    assert tab.runsModel.rowCount() == 0 and not tab.exportButton.isEnabled()


@pytest.mark.mnist
@needs_mnist
def test_cancel_leaves_the_tab_usable(qtbot, tab):
    tab.set_mode("per-sample")
    click(qtbot, tab.runButton)
    qtbot.waitUntil(lambda: tab.progressBar.value() > 0, timeout=LONG)   # under way
    assert tab.is_running() and tab.cancelButton.isEnabled()
    click(qtbot, tab.cancelButton)
    assert not tab.is_running() and not tab.cancelButton.isEnabled()
    assert tab.result is None and tab.runsModel.rowCount() == 0
    assert tab.progressBar.format() == "Cancelled"
    result = run_with(qtbot, tab, "per-sample", True)
    assert result.correct == 9352 and tab.runsModel.rowCount() == 1


@pytest.mark.mnist
@needs_mnist
def test_starting_a_run_during_a_run_replaces_it(qtbot, tab):
    tab.set_mode("per-sample")
    click(qtbot, tab.runButton)
    tab.set_mode("batch")
    click(qtbot, tab.runButton)
    assert shown_result(qtbot, tab).mode == "batch"
    qtbot.wait(50)
    assert [r.mode for r in tab.runsModel.runs()] == ["batch"]


@pytest.mark.mnist
@needs_mnist
def test_switching_the_model_during_a_run_cancels_it(qtbot, tab, state):
    tab.set_mode("per-sample")
    click(qtbot, tab.runButton)
    qtbot.waitUntil(lambda: tab.progressBar.value() > 0, timeout=LONG)   # under way
    random_model = untrained_model()
    state.set_model(random_model)
    assert not tab.is_running() and tab.result is None
    assert "untrained" in tab.modelLabel.text()
    assert "model changed" in tab.progressBar.format()
    result = run_with(qtbot, tab, "batch", True)
    expected = evaluate(random_model.network, tab.data.images, tab.data.labels)
    assert result.correct == expected.correct
    assert tab.runsModel.runs()[-1].model == random_model.name


@pytest.mark.mnist
@needs_mnist
def test_sweep_plots_time_against_batch_size_on_my_digits(qtbot, state, data_dir):
    images, labels = mnist("test")
    store = MyDigits.default()
    for k in range(120):
        store.add(images[k].reshape(28, 28), int(labels[k]))
    tab = make_tab(qtbot, state)
    try:
        loaded(qtbot, tab)
        tab.batchSpin.setValue(500)
        tab.set_source("mydigits")
        loaded(qtbot, tab)
        assert tab.data.n == 120 and tab.data.source == "mydigits"
        assert "120 of your digits" in tab.dataStatus.text()
        assert tab.batchSpin.maximum() == tab.batchSpin.value() == 120
        assert not tab.presetButtons[-1].isEnabled()   # batches of 10k: more than there are
        click(qtbot, tab.sweepButton)
        shown_result(qtbot, tab)
        plot_sizes, plot_seconds = tab.sweepPlot.points()
        assert list(plot_sizes) == [1, 2, 5, 10, 20, 50, 100, 120] and np.all(plot_seconds > 0)
        assert tab.sweepPlot.getPlotItem().ctrl.logXCheck.isChecked()
        assert tab.lowerTabs.currentWidget() is tab.sweepPlot
        assert tab.compareLabel.text().startswith("Fastest: batches of ")

        # the 500 chosen before is kept for a set large enough
        tab.set_source("test")
        loaded(qtbot, tab)
        assert tab.batchSpin.value() == 500 and tab.batchSpin.maximum() == 10_000
        tab.set_source("mydigits")
        loaded(qtbot, tab)

        result = run_with(qtbot, tab, "batch", True, batch_size=7)
        expected = evaluate(state.network, images[:120], labels[:120])
        assert result.correct == expected.correct and result.n_samples == 120
        assert tab.runsModel.runs()[-1].data == "My digits"
    finally:
        assert tab.shutdown(10)


@pytest.mark.mnist
@needs_mnist
def test_a_sweep_can_be_cancelled(qtbot, tab):
    click(qtbot, tab.sweepButton)
    qtbot.waitUntil(lambda: tab.progressBar.value() > 0, timeout=LONG)   # under way
    click(qtbot, tab.cancelButton)
    assert not tab.is_running()
    result = run_with(qtbot, tab, "batch", True)
    assert result.correct == 9352


@pytest.mark.mnist
@needs_mnist
def test_the_training_set_loads_in_the_background_and_evaluates(qtbot, tab, state):
    tab.sourceCombo.setCurrentIndex(tab.sourceCombo.findData("train"))
    assert tab.progressBar.maximum() == 0  # busy while the worker reads 60,000 images
    assert loaded(qtbot, tab) == 60_000
    result = run_with(qtbot, tab, "batch", True, batch_size=1000)
    images, labels = mnist("train")
    expected = evaluate(state.network, images, labels, batch_size=1000)
    assert result.correct == expected.correct
    assert tab.matrix.matrix().sum() == 60_000
    click(qtbot, tab.wrongCheck)
    assert tab.gridModel.rowCount() == 60_000 - result.correct
    assert tab.batchSpin.maximum() == 60_000


# --------------------------------------------------------------------------- getting MNIST


def test_download_panel_fetches_checks_and_loads(qtbot, state, no_mnist, server, tmp_path):
    bodies = tiny_mnist(tmp_path / "made")
    good = server.serve("good", bodies)
    dead = server.serve("dead", {})
    files = [spec(name, data) for name, data in bodies.items()]
    tab = make_tab(qtbot, state, mirrors=[dead, good], download_files=files)
    try:
        qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.missingPage, timeout=LONG)
        assert re.fullmatch(r"Download MNIST \(about \d+ kB\)", tab.downloadButton.text())
        assert str(default_mnist_dir()) in tab.downloadWhere.text()
        assert not tab.runButton.isEnabled()
        click(qtbot, tab.downloadButton)
        assert loaded(qtbot, tab) == 30
        assert tab.stack.currentWidget() is tab.workPage
        for name, data in bodies.items():
            assert (default_mnist_dir() / name).read_bytes() == data
        # every file was asked of the dead mirror first, until the good one had answered
        assert server.hits[0].startswith("/dead/") and server.hits[1].startswith("/good/")
        assert tab.runButton.isEnabled()
        result = run_with(qtbot, tab, "batch", True)
        assert result.n_samples == 30
    finally:
        assert tab.shutdown(10)


def test_a_download_can_be_cancelled_and_tried_again(qtbot, state, no_mnist, server, tmp_path):
    bodies = tiny_mnist(tmp_path / "made")
    big = np.random.default_rng(5).integers(0, 256, 400_000, dtype=np.uint8).tobytes()
    slow_files = {"big.bin": big}
    slow = server.serve("slow", slow_files, slow=["big.bin"])
    tab = make_tab(qtbot, state, mirrors=[slow], download_files=[spec("big.bin", big)])
    try:
        qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.missingPage, timeout=LONG)
        click(qtbot, tab.downloadButton)
        bar = tab.downloadProgress
        qtbot.waitUntil(lambda: 0 < bar.value() < bar.maximum(), timeout=LONG)   # part of the file
        assert tab.downloadRow.isVisible() and not tab.downloadButton.isEnabled()
        click(qtbot, tab.cancelDownloadButton)
        assert not tab.downloadRow.isVisible() and tab.downloadButton.isEnabled()
        assert QThreadPool.globalInstance().waitForDone(10_000)
        folder = default_mnist_dir()
        assert not (folder / "big.bin").exists()
        assert [p.name for p in folder.iterdir()] == []  # the partial file is gone too

        # a second try, from a quick mirror with the real (tiny) files, completes and loads
        tab.mirrors = (server.serve("good", bodies),)
        tab.download_files = tuple(spec(name, data) for name, data in bodies.items())
        click(qtbot, tab.downloadButton)
        assert loaded(qtbot, tab) == 30
    finally:
        assert tab.shutdown(10)


def test_a_folder_with_a_corrupt_idx_file_gets_a_clear_message(qtbot, state, no_mnist, tmp_path, monkeypatch):
    folder = tmp_path / "broken"
    tiny_mnist(folder)
    images = folder / "t10k-images-idx3-ubyte.gz"
    raw = gzip.decompress(images.read_bytes())
    images.write_bytes(gzip.compress(raw[:-100]))   # the last 100 pixels are missing
    tab = make_tab(qtbot, state)
    messages = []
    tab.messageRequested.connect(lambda *args: messages.append(args))
    try:
        qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.missingPage, timeout=LONG)
        monkeypatch.setattr("digitpad.ui.testset_tab.QFileDialog.getExistingDirectory",
                            lambda *args, **kwargs: str(folder))
        click(qtbot, tab.missingChooseButton)
        qtbot.waitUntil(lambda: len(messages) == 1, timeout=LONG)
        text = messages[-1][2]
        assert "t10k-images-idx3-ubyte.gz" in text and "truncated" in text
        assert tab.missingProblem.isVisible() and "truncated" in tab.missingProblem.text()
        assert messages and messages[-1][0] == "warning" and "truncated" in messages[-1][2]
        assert tab.stack.currentWidget() is tab.missingPage
        assert state.mnist_path is None   # a folder that failed is not remembered

        # a folder without MNIST at all says so too
        tab.use_mnist_folder(tmp_path)
        qtbot.waitUntil(lambda: len(messages) == 2, timeout=LONG)
        assert "not an MNIST folder" in messages[-1][2]
    finally:
        assert tab.shutdown(10)


@pytest.mark.parametrize("kind", ["idx", "keras"])
def test_a_chosen_folder_is_remembered(qtbot, state, no_mnist, tmp_path, kind):
    folder = tmp_path / "elsewhere"
    if kind == "idx":
        tiny_mnist(folder)
    else:
        folder.mkdir()
        rng = np.random.default_rng(1)
        np.savez(folder / "mnist.npz",
                 x_train=rng.integers(0, 256, (40, 28, 28), dtype=np.uint8),
                 y_train=rng.integers(0, 10, 40, dtype=np.uint8),
                 x_test=rng.integers(0, 256, (30, 28, 28), dtype=np.uint8),
                 y_test=rng.integers(0, 10, 30, dtype=np.uint8))
    tab = make_tab(qtbot, state)
    try:
        qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.missingPage, timeout=LONG)
        tab.use_mnist_folder(folder)
        assert loaded(qtbot, tab) == 30
        assert state.mnist_path == str(folder)   # every tab uses it from now on
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        state.save_settings(settings)
        settings.sync()
    finally:
        assert tab.shutdown(10)

    restarted = ModelState(state.model)
    restarted.restore_settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    again = make_tab(qtbot, restarted)
    try:
        assert loaded(qtbot, again) == 30
        assert str(folder) in again.dataStatus.text()
    finally:
        assert again.shutdown(10)


# --------------------------------------------------------------------------- the window


@pytest.mark.mnist
@needs_mnist
def test_in_the_main_window_with_settings(qtbot, state):
    mnist("test")
    from digitpad.ui.app import MainWindow
    tabs = tabs_of("draw", "testset")
    window = MainWindow(state, tabs=tabs)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Test set")
    window.tabs.setCurrentWidget(tab)
    loaded(qtbot, tab)
    tab.set_mode("per-sample")
    tab.normalizeCheck.setChecked(False)
    tab.batchSpin.setValue(250)
    messages = []
    tab.statusMessage.connect(lambda text, ms: messages.append(text))
    click(qtbot, tab.runButton)
    shown_result(qtbot, tab)
    assert window.statusBar().currentMessage().startswith("Accuracy 92.07%")
    window.close()   # saves settings, shuts the tab down
    assert not tab.is_running()

    window2 = MainWindow(state, tabs=tabs)
    qtbot.addWidget(window2)
    tab2 = window2.tab("Test set")
    assert tab2.mode() == "per-sample" and not tab2.normalizeCheck.isChecked()
    assert tab2.batchSpin.value() == 250
    loaded(qtbot, tab2)
    window2.close()


CLOSE_DURING_RUN = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from digitpad.models import load_book
    from digitpad.ui.app import TABS, MainWindow, make_application
    from digitpad.ui.model_state import ModelState

    app = make_application([])
    window = MainWindow(ModelState(load_book(sys.argv[1])),
                        tabs=[tab for tab in TABS if tab.key in ("draw", "testset")])
    window.show()
    tab = window.tab("Test set")
    window.tabs.setCurrentWidget(tab)
    state = {"ran": False, "closed": False}

    def watch():
        if not state["ran"] and tab.data is not None and not tab.is_loading():
            state["ran"] = True
            tab.set_mode("per-sample")
            tab.run()
        elif state["ran"] and not state["closed"] and tab.progressBar.value() > 0:
            state["closed"] = True
            window.close()    # mid-run

    watcher = QTimer()
    watcher.timeout.connect(watch)
    watcher.start(5)
    tab.messageRequested.connect(lambda level, title, text: (print("FAILED", text), app.exit(3)))
    code = app.exec()
    print("closed", state["closed"], "running", tab.is_running())
    sys.exit(code if state["closed"] else 4)
""")


@pytest.mark.mnist
@needs_mnist
def test_closing_the_window_during_a_run_exits_cleanly(tmp_path):
    mnist("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DIGITPAD_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    script = tmp_path / "close_during_run.py"
    script.write_text(CLOSE_DURING_RUN)
    done = subprocess.run([sys.executable, str(script), str(book_weights_path())], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "running False" in done.stdout
    for bad in ("QThread", "Traceback", "Destroyed while", "Segmentation"):
        assert bad not in done.stderr, done.stderr


# --------------------------------------------------------------------------- the pieces


def test_sweep_sizes_and_the_speedup_sentence():
    from digitpad.evaluate import EvalResult
    from digitpad.ui.testset_tab import speedup_sentence, sweep_sizes
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
