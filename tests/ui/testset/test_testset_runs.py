"""The Test set tab's runs on the real MNIST test set: the book's numbers, Compare and its words,
the CSV export, cancelling, replacing, a model change mid-run, the sweep, the training set."""

from __future__ import annotations

import csv
import re

import numpy as np
import pytest

from digitpad import models
from digitpad.data.mydigits import MyDigits
from digitpad.evaluate import evaluate
from digitpad.ui.testset.runs_table import SPEEDUP_COLUMN
from digitpad.ui.model_state import ModelState, untrained_model
from qt_helpers import click, loaded, shown_result
from shared_data import mnist
from testset_helpers import LONG, find, grid_model, make_tab, run_with, runs_model



@pytest.mark.mnist
@pytest.mark.mnist
def test_per_sample_and_batched_runs_give_the_books_numbers(qtbot, tab):
    expected = {True: ("93.52%", 9352), False: ("92.07%", 9207)}
    for mode in ("per-sample", "batch"):
        for normalize in (True, False):
            result = run_with(qtbot, tab, mode, normalize)
            text, correct = expected[normalize]
            assert result.mode == mode and result.normalize is normalize
            assert result.correct == correct
            assert find(tab, "accuracyLabel").text() == text
            assert f"{correct:,} of 10,000 right" in find(tab, "resultDetail").text()
            assert "samples/s" in find(tab, "resultDetail").text()
    runs = runs_model(tab).runs()
    assert [(r.mode, r.normalize, r.correct) for r in runs] == [
        ("per-sample", True, 9352), ("per-sample", False, 9207), ("batch", True, 9352), ("batch", False, 9207)]
    assert runs[2].reference == 2  # the latest per-sample run on the same data
    assert all(r.model == "the book's sample weights" for r in runs)


@pytest.mark.mnist
@pytest.mark.mnist
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
        assert find(tab, "accuracyLabel").text() == f"{card_accuracy:.2%}"
        assert "digitpad (shipped)" in find(tab, "modelLabel").text()
    finally:
        assert tab.shutdown(10)

@pytest.mark.mnist
@pytest.mark.mnist
def test_compare_states_the_speedup_in_words_and_exports_to_csv(qtbot, tab, tmp_path, monkeypatch):
    find(tab, "batchSpin").setValue(100)
    click(qtbot, find(tab, "compareButton"))
    fast = shown_result(qtbot, tab)
    slow = runs_model(tab).runs()[-2]   # the per-sample run, as its row in the table keeps it
    assert (slow.mode, fast.mode, fast.batch_size) == ("per-sample", "batch", 100)
    assert slow.correct == fast.correct == 9352
    ratio = slow.elapsed / fast.elapsed
    text = find(tab, "compareLabel").text()
    word = "faster" if ratio >= 1 else "slower"
    shown_ratio = ratio if ratio >= 1 else 1 / ratio
    assert re.fullmatch(rf"Batches of 100 were {shown_ratio:.1f}x {word}: \S+ m?s instead of \S+ m?s\.", text), text
    runs = runs_model(tab).runs()
    assert [r.mode for r in runs] == ["per-sample", "batch"]
    assert runs[1].reference == 1 and runs[1].speedup == pytest.approx(ratio)
    assert runs_model(tab).index(1, SPEEDUP_COLUMN).data() == f"{ratio:.1f}x"
    assert runs_model(tab).index(0, SPEEDUP_COLUMN).data() == "baseline"

    target = tmp_path / "runs.csv"
    monkeypatch.setattr("digitpad.ui.testset.runs.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "CSV files (*.csv)"))
    click(qtbot, find(tab, "exportButton"))
    with open(target, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [row["mode"] for row in rows] == ["per-sample", "batch"]
    assert [int(row["correct"]) for row in rows] == [9352, 9352]
    assert float(rows[0]["seconds"]) == pytest.approx(slow.elapsed, abs=1e-6)
    assert float(rows[1]["speedup_vs_per_sample"]) == pytest.approx(ratio, rel=1e-3)
    assert rows[1]["compared_with_run"] == "1" and rows[0]["speedup_vs_per_sample"] == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["runs.csv"]  # no temporary file left

    click(qtbot, find(tab, "clearRunsButton"))
    assert runs_model(tab).rowCount() == 0 and not find(tab, "exportButton").isEnabled()


@pytest.mark.mnist
@pytest.mark.mnist
def test_cancel_leaves_the_tab_usable(qtbot, tab):
    tab.set_mode("per-sample")
    click(qtbot, find(tab, "runButton"))
    qtbot.waitUntil(lambda: find(tab, "runProgress").value() > 0, timeout=LONG)   # under way
    assert tab.is_running() and find(tab, "cancelButton").isEnabled()
    click(qtbot, find(tab, "cancelButton"))
    assert not tab.is_running() and not find(tab, "cancelButton").isEnabled()
    assert tab.result is None and runs_model(tab).rowCount() == 0
    assert find(tab, "runProgress").format() == "Cancelled"
    result = run_with(qtbot, tab, "per-sample", True)
    assert result.correct == 9352 and runs_model(tab).rowCount() == 1


@pytest.mark.mnist
@pytest.mark.mnist
def test_starting_a_run_during_a_run_replaces_it(qtbot, tab):
    tab.set_mode("per-sample")
    click(qtbot, find(tab, "runButton"))
    tab.set_mode("batch")
    click(qtbot, find(tab, "runButton"))
    assert shown_result(qtbot, tab).mode == "batch"
    qtbot.wait(50)
    assert [r.mode for r in runs_model(tab).runs()] == ["batch"]


@pytest.mark.mnist
@pytest.mark.mnist
def test_switching_the_model_during_a_run_cancels_it(qtbot, tab, state):
    tab.set_mode("per-sample")
    click(qtbot, find(tab, "runButton"))
    qtbot.waitUntil(lambda: find(tab, "runProgress").value() > 0, timeout=LONG)   # under way
    random_model = untrained_model()
    state.set_model(random_model)
    assert not tab.is_running() and tab.result is None
    assert "untrained" in find(tab, "modelLabel").text()
    assert "model changed" in find(tab, "runProgress").format()
    result = run_with(qtbot, tab, "batch", True)
    expected = evaluate(random_model.network, tab.data.images, tab.data.labels)
    assert result.correct == expected.correct
    assert runs_model(tab).runs()[-1].model == random_model.name


@pytest.mark.mnist
@pytest.mark.mnist
def test_sweep_plots_time_against_batch_size_on_my_digits(qtbot, state, data_dir):
    images, labels = mnist("test")
    store = MyDigits.default()
    for k in range(120):
        store.add(images[k].reshape(28, 28), int(labels[k]))
    tab = make_tab(qtbot, state)
    try:
        loaded(qtbot, tab)
        find(tab, "batchSpin").setValue(500)
        tab.set_source("mydigits")
        loaded(qtbot, tab)
        assert tab.data.n == 120 and tab.data.source == "mydigits"
        assert "120 of your digits" in find(tab, "dataStatus").text()
        assert find(tab, "batchSpin").maximum() == find(tab, "batchSpin").value() == 120
        assert not find(tab, "preset10000").isEnabled()   # batches of 10k: more than there are
        click(qtbot, find(tab, "sweepButton"))
        shown_result(qtbot, tab)
        plot_sizes, plot_seconds = find(tab, "sweepPlot").points()
        assert list(plot_sizes) == [1, 2, 5, 10, 20, 50, 100, 120] and np.all(plot_seconds > 0)
        assert find(tab, "sweepPlot").getPlotItem().ctrl.logXCheck.isChecked()
        assert find(tab, "lowerTabs").currentWidget() is find(tab, "sweepPlot")
        assert find(tab, "compareLabel").text().startswith("Fastest: batches of ")

        # the 500 chosen before is kept for a set large enough
        tab.set_source("test")
        loaded(qtbot, tab)
        assert find(tab, "batchSpin").value() == 500 and find(tab, "batchSpin").maximum() == 10_000
        tab.set_source("mydigits")
        loaded(qtbot, tab)

        result = run_with(qtbot, tab, "batch", True, batch_size=7)
        expected = evaluate(state.network, images[:120], labels[:120])
        assert result.correct == expected.correct and result.n_samples == 120
        assert runs_model(tab).runs()[-1].data == "My digits"
    finally:
        assert tab.shutdown(10)


@pytest.mark.mnist
@pytest.mark.mnist
def test_a_sweep_can_be_cancelled(qtbot, tab):
    click(qtbot, find(tab, "sweepButton"))
    qtbot.waitUntil(lambda: find(tab, "runProgress").value() > 0, timeout=LONG)   # under way
    click(qtbot, find(tab, "cancelButton"))
    assert not tab.is_running()
    result = run_with(qtbot, tab, "batch", True)
    assert result.correct == 9352


@pytest.mark.mnist
@pytest.mark.mnist
def test_the_training_set_loads_in_the_background_and_evaluates(qtbot, tab, state):
    find(tab, "sourceCombo").setCurrentIndex(find(tab, "sourceCombo").findData("train"))
    assert find(tab, "runProgress").maximum() == 0  # busy while the worker reads 60,000 images
    assert loaded(qtbot, tab) == 60_000
    result = run_with(qtbot, tab, "batch", True, batch_size=1000)
    images, labels = mnist("train")
    expected = evaluate(state.network, images, labels, batch_size=1000)
    assert result.correct == expected.correct
    assert find(tab, "confusionMatrix").matrix().sum() == 60_000
    click(qtbot, find(tab, "wrongCheck"))
    assert grid_model(tab).rowCount() == 60_000 - result.correct
    assert find(tab, "batchSpin").maximum() == 60_000
