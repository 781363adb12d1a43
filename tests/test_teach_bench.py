"""The teach bench: writers who correct the network as they draw, on small generated pen data."""

import numpy as np
import pytest

from digitpad.bench import pen
from digitpad.bench import teach as bench
from digitpad.data.pendigits import read_pendigits
from digitpad.models import load_shipped
from digitpad.__main__ import main
from digitpad.nn.finetune import FineTuneConfig
from pen_files import FOUR, ONE, SEVEN, write_pen_file
from shared_data import mnist

# writer 1 writes a "2" the way everyone else writes a 7: the network misreads it until taught
WRITER_1 = [(label, 1, k, strokes) for k, (label, strokes) in
            enumerate([(2, SEVEN), (1, ONE), (4, FOUR)] * 4)]
WRITER_2 = [(7, 2, 1, SEVEN), (1, 2, 2, ONE), (4, 2, 3, FOUR), (1, 2, 4, ONE)]
QUICK = FineTuneConfig(steps=40)


@pytest.mark.mnist
def test_a_writer_is_corrected_in_the_first_half_and_read_right_in_the_second(qapp, tmp_path):
    digits = read_pendigits(write_pen_file(tmp_path / "w.tra", WRITER_1))
    drawn, _ = pen.make_drawings(digits, seed=0)
    labels = np.array([d.label for d in digits])
    network = load_shipped().network
    assert np.all(bench.predictions(network, drawn[labels == 2]) == 7)
    run = bench.teach_writer(1, network, drawn, labels, mnist("train"), QUICK, mnist("test"))
    assert (run.first, run.second) == (6, 6)
    assert run.corrections == run.first_errors >= 1 and len(run.seconds) == run.corrections
    assert len(run.cpu_seconds) == run.corrections and min(run.cpu_seconds) > 0
    assert run.untaught_errors >= 2  # both of the second half's "2"s
    assert run.second_errors < run.untaught_errors
    assert run.second_error < run.untaught_error
    assert 0.97 < run.mnist_accuracy <= 1
    # the untaught network is not changed by teaching
    assert np.all(bench.predictions(network, drawn[labels == 2]) == 7)
    # the digits read right in the first half were taught as such; without them, none were
    assert 1 <= run.read_right <= run.first - run.first_errors
    alone = bench.teach_writer(1, network, drawn, labels, mnist("train"), QUICK, read_right=False)
    assert alone.read_right == 0 and alone.corrections == run.corrections
    assert alone.refreshes == 0


def test_more_digits_read_right_are_taught_between_corrections(qapp, tmp_path, monkeypatch):
    from digitpad import teach
    monkeypatch.setattr(teach, "READ_RIGHT_REFRESH", 2)
    digits = read_pendigits(write_pen_file(tmp_path / "w.tra", WRITER_1))
    drawn, _ = pen.make_drawings(digits, seed=0)
    labels = np.array([d.label for d in digits])
    network = load_shipped().network
    replay = mnist("train")
    run = bench.teach_writer(1, network, drawn, labels, replay, FineTuneConfig(steps=5))
    # the first digit, a "2" read as 7, is corrected; then every two read right are taught
    assert run.corrections >= 1 and run.read_right >= 2
    assert run.refreshes >= 1 and len(run.seconds) == run.corrections
    monkeypatch.setattr(teach, "READ_RIGHT_REFRESH", 1000)
    assert bench.teach_writer(1, network, drawn, labels, replay, FineTuneConfig(steps=5)).refreshes == 0


def test_the_report_gives_means_and_says_which_targets_were_met():
    runs = [bench.WriterRun(1, 10, 3, 10, 1, 4, 0.985, [0.2, 0.3, 0.4], [0.2, 0.2, 0.3]),
            bench.WriterRun(2, 10, 1, 10, 1, 2, 0.980, [1.7], [0.5])]
    lines = []
    summary = bench.report(runs, 0.9848, out=lines.append)
    assert summary["second_error"] == pytest.approx(0.1)
    assert summary["untaught_error"] == pytest.approx(0.3)
    assert summary["corrections"] == pytest.approx(2)
    assert summary["mnist_lowest"] == pytest.approx(0.980)
    assert summary["seconds_max"] == pytest.approx(1.7)
    assert summary["cpu_median"] == pytest.approx(0.25) and summary["cpu_max"] == 0.5
    text = "\n".join(lines)
    assert "ratio 0.33) met" in text
    assert "worst writer +0.48 points MISSED" in text
    assert "slowest 1.700 s MISSED" in text
    rows = {line.split()[0]: line.split() for line in lines if line.strip()}
    assert rows["#1"][1:3] == ["10", "30.00%"] and rows["#2"][6] == "1"
    assert rows["#1"][7] == rows["#2"][7] == "0"  # no digits read right taught
    assert rows["mean"][1:3] == ["20.00%", "10.00%"]


def test_writers_are_chosen_by_number_and_range():
    import argparse
    from digitpad.cli.options import writers
    assert writers("1-3,7, 9") == [1, 2, 3, 7, 9]
    assert writers("4,4") == [4]
    for bad in ("", "a", "5-2", "1-x", "0", "1-99999999999"):  # the last must not build a huge list
        with pytest.raises(argparse.ArgumentTypeError):
            writers(bad)
    for command in (["bench", "teach"], ["bench", "pen"]):
        with pytest.raises(SystemExit) as stopped:
            main(command + ["--writers", "5-2"])
        assert stopped.value.code == 2


@pytest.mark.mnist
def test_main_simulates_the_chosen_writers(qapp, tmp_path, capsys):
    mnist("test")
    # writer 3: one the shipped network was not trained on (its card names the ones it was)
    writer_3 = [(label, 3, n, shape) for label, _, n, shape in WRITER_1]
    data = write_pen_file(tmp_path / "pen.tra", writer_3 + WRITER_2)
    assert bench.main(["--data", str(data), "--writers", "3", "--steps", "20"]) == 0
    out = capsys.readouterr().out
    assert "12 pen digits by 1 writer (" in out and "20 steps" in out
    assert "16 of the digits read right" in out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    assert "#3" in rows and "#2" not in rows and "mean" in rows
    assert rows["#3"][1] == "6" and rows["#3"][3] == "6"
    assert int(rows["#3"][7]) >= 1  # the 1s and 4s it read right
    assert out.count("target: ") == 3
    assert bench.main(["--data", str(data), "--writers", "3", "--steps", "20",
                       "--corrections-only"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    assert "read right" not in out and rows["#3"][7] == "0"


def test_main_says_in_one_line_what_is_wrong(tmp_path, capsys):
    data = write_pen_file(tmp_path / "pen.tra", WRITER_2)
    assert main(["bench", "teach", "--data", str(data), "--writers", "5-6"]) == 2
    assert capsys.readouterr().err == (f"digitpad bench: error: --writers: none of those writers "
                                       f"is in {data} (it has 2-2)\n")
    with pytest.raises(SystemExit) as stopped:
        bench.main(["--data", str(data), "--writers", "x"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--writers" in err and "expected writer numbers" in err
    assert main(["bench", "teach", "--data", str(tmp_path / "none.tra")]) == 2
    assert capsys.readouterr().err == (f"digitpad bench: error: {tmp_path / 'none.tra'} "
                                       "(the given path): no such file\n")


@pytest.mark.mnist
def test_writers_the_network_was_trained_on_are_not_simulated(tmp_path, capsys):
    """A user is someone the network never saw: a card naming writer 2 keeps writer 2 out."""
    import json
    import shutil
    from digitpad.data.pendigits import CARD_PEN_SHA256, CARD_TRAINED_WRITERS
    from digitpad.fileio import sha256_of
    from digitpad.models import shipped_weights_path
    mnist("test")
    weights = tmp_path / "seen.npz"
    shutil.copy(shipped_weights_path(), weights)
    card = json.loads(shipped_weights_path().with_suffix(".json").read_text())
    data = write_pen_file(tmp_path / "pen.tra", WRITER_2)
    card[CARD_TRAINED_WRITERS] = [2]
    card[CARD_PEN_SHA256] = sha256_of(data)
    weights.with_suffix(".json").write_text(json.dumps(card))
    assert main(["bench", "teach", "--data", str(data), "--weights", str(weights)]) == 2
    err = capsys.readouterr().err
    assert err == (f"digitpad bench: error: {weights} was trained on every writer asked for (2): "
                   "name others with --writers\n")


def test_a_second_half_the_untaught_network_read_right_leaves_nothing_to_halve():
    """No error to halve is said as such, not judged as a ratio of nothing; the other targets still are."""
    runs = [bench.WriterRun(1, 10, 2, 10, 0, 0, 0.985, [0.2, 0.3], [0.2, 0.2]),
            bench.WriterRun(2, 10, 0, 10, 0, 0, 0.970, [], [])]
    lines = []
    bench.report(runs, 0.9848, out=lines.append)
    first, mnist_line, seconds = [line for line in lines if line.startswith("target: ")]
    assert first.endswith("0.00% vs 0.00%: nothing to halve, the untaught network misread none of "
                          "the second halves' digits")
    assert "nan" not in first and "MISSED" not in first and "ratio" not in first
    assert mnist_line.endswith("worst writer +1.48 points MISSED") and seconds.endswith("0.300 s met")
    worse = [bench.WriterRun(1, 10, 2, 10, 1, 0, 0.985, [0.2, 0.3], [0.2, 0.2])]
    lines = []
    bench.report(worse, 0.9848, out=lines.append)
    first = next(line for line in lines if line.startswith("target: 2nd-half"))
    assert "10.00% vs 0.00%: nothing to halve" in first and first.endswith("but the taught one misread 10.00% of them MISSED")
    empty = bench.targets(bench.summarise([bench.WriterRun(1, 1, 0, 0, 0, 0, 0.98)], 0.98))
    assert empty[0].endswith("no writer had digits in a second half to judge")


def test_the_readmes_examples_choose_writers_the_shipped_network_never_saw():
    """Writers it was trained on are left out of the benches, so an example naming them shows less than it says."""
    import re
    from pathlib import Path
    from digitpad.cli.options import writers
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    chosen = re.findall(r"digitpad bench (?:teach|pen)\b[^\n#`]*--writers ([\d,-]+)", readme)
    assert len(chosen) >= 3
    unseen = set(load_shipped().card["pen_validation_writers"])
    for text in chosen:
        assert set(writers(text)) <= unseen, text
