"""The views only the Test set tab uses, on their own: the CSV the runs table writes, the sweep plot's words."""

from __future__ import annotations

import csv
import os
import stat

import pytest

from digitpad.ui.testset.runs_table import RunsTableModel
from digitpad.ui.testset.sweep_plot import SweepPlot
from digitpad.ui.units import seconds_text


def _two_runs(model: RunsTableModel) -> None:
    common = dict(data="MNIST test", n_samples=10_000, normalize=True, model="book", accuracy=0.9352,
                  correct=9352)
    model.add(mode="per-sample", batch_size=1, elapsed=4.43, samples_per_second=2257.3, **common)
    model.add(mode="batch", batch_size=100, elapsed=0.312, samples_per_second=32051.3, **common)


def test_the_runs_csv_replaces_a_file_whole_and_keeps_it_private(qtbot, tmp_path):
    model = RunsTableModel()
    _two_runs(model)
    target = tmp_path / "runs.csv"
    target.write_text("an older export\n")
    os.chmod(target, 0o600)
    assert model.write_csv(target) == target
    with open(target, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["mode"], r["batch_size"], r["compared_with_run"]) for r in rows] == [
        ("per-sample", "1", ""), ("batch", "100", "1")]
    assert float(rows[1]["speedup_vs_per_sample"]) == pytest.approx(4.43 / 0.312, rel=1e-5)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600     # the user's choice of who may read it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["runs.csv"]


def test_a_runs_csv_that_cannot_be_written_leaves_nothing(qtbot, tmp_path):
    model = RunsTableModel()
    _two_runs(model)
    with pytest.raises(OSError):
        model.write_csv(tmp_path / "no such folder" / "runs.csv")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("seconds", [0.0042, 0.31, 4.43, 42.0, 75.0])
def test_the_sweep_plot_names_the_fastest_size_in_the_apps_duration_format(qtbot, seconds):
    plot = SweepPlot()
    qtbot.addWidget(plot)
    plot.set_points([1, 10, 100], [seconds * 3, seconds, seconds * 2], x_max=100)
    assert plot.note.toPlainText() == f"fastest: batches of 10, {seconds_text(seconds)}"


def test_the_sweep_sentence_names_the_fastest_size_and_what_it_beat():
    from digitpad.ui.testset.jobs import sweep_sentence
    points = [(1, 0.43), (10, 0.05), (500, 0.0202), (10_000, 0.03)]
    assert sweep_sentence(points) == \
        "Fastest: batches of 500, 0.02 s, 21.3x faster than one at a time (0.43 s)."
    assert sweep_sentence([(10, 0.05), (20, 0.04)]) == "Fastest: batches of 20, 0.04 s."


def test_a_runs_progress_says_the_pass_the_samples_and_the_time_left():
    from digitpad.ui.testset.jobs import RunProgress
    under_way = RunProgress(phase=1, phases=2, mode="batch", batch_size=100, done=2_500, total=10_000,
                            seconds=0.5)
    assert under_way.words() == ("2/2: batches of 100  \u00b7  2,500 / 10,000  \u00b7  5,000 samples/s"
                                 "  \u00b7  1.5 s left")
    assert under_way.fraction == pytest.approx(0.625)
    starting = RunProgress(0, 1, "per-sample", 1, 0, 10_000, 0.0)
    assert starting.words() == "per-sample  \u00b7  0 / 10,000  \u00b7  0 samples/s  \u00b7  ... left"


def test_a_sets_origin_reads_as_its_path_and_how_mnist_was_found_there():
    import numpy as np
    from digitpad.ui.testset.jobs import DataSet
    empty = np.zeros((0, 784), np.uint8), np.zeros(0, np.uint8)
    chosen = DataSet("test", *empty, "/data/mnist", "idx", "")
    found = DataSet("train", *empty, "/home/me/.local/share/digitpad/mnist", "idx", "user data")
    keras = DataSet("test", *empty, "/home/me/.keras/datasets/mnist.npz", "keras", "")
    mine = DataSet("mydigits", *empty, "/home/me/digits.npz")
    assert chosen.where_text() == "/data/mnist"
    assert found.where_text() == ("/home/me/.local/share/digitpad/mnist "
                                  "(folder of IDX files, found through digitpad's data folder)")
    assert keras.where_text() == "/home/me/.keras/datasets/mnist.npz (Keras mnist.npz)"
    assert mine.where_text() == "/home/me/digits.npz"
    assert (found.name, found.shown_name()) == ("MNIST train", "MNIST train")   # English: the same


def test_a_thumbnail_that_is_not_certain_never_reads_100_percent(qtbot):
    import numpy as np
    from PySide6.QtCore import Qt
    from digitpad.ui.units import probability_text
    from digitpad.ui.widgets.digit_grid import DigitGridModel
    model = DigitGridModel()
    model.set_samples(np.zeros((3, 784), np.uint8), np.array([1, 2, 3], np.uint8))
    model.set_results(np.array([1, 2, 5]), np.array([0.9996, 1.0, 0.42]))
    tips = [model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) for row in range(3)]
    assert tips[0] == "Sample #0 \u00b7 a 1\nread as 1 (99.9% sure): right"
    assert tips[1] == "Sample #1 \u00b7 a 2\nread as 2 (100% sure): right"
    assert tips[2] == f"Sample #2 \u00b7 a 3\nread as 5 ({probability_text(0.42)} sure): wrong"
