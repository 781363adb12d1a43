"""`digitpad teach` and the benchmarks refuse bad places and values before any work, in one line.

`teach --out` gets the same checks as `train --out`; both keep out of every
place digitpad's own weights may be found; the pen and teach benchmarks
check their seeds and steps as the other commands do.
"""

from pathlib import Path

import numpy as np
import pytest

import digitpad
from digitpad.__main__ import main
from digitpad.bench import pen as pen_bench
from digitpad.bench import teach as teach_bench
from digitpad.data.mydigits import MyDigits
from digitpad.models import in_shipped_folder
from digitpad.paths import weights_dir


@pytest.fixture
def teaching_must_not_start(monkeypatch):
    """Reading MNIST is the first step of teaching: fail loudly if it is reached."""
    import digitpad.data.mnist

    def refuse(*args, **kwargs):
        raise AssertionError("teaching started")

    monkeypatch.setattr(digitpad.data.mnist, "load_mnist", refuse)


@pytest.fixture
def store(tmp_path) -> Path:
    digits = MyDigits(tmp_path / "mine")
    rng = np.random.default_rng(0)
    for label in range(3):
        digits.add((rng.random((28, 28)) * 255).astype(np.uint8), label)
    return tmp_path / "mine"


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


def test_teach_never_writes_into_digitpads_own_weights(store, capsys, teaching_must_not_start):
    before = sorted(p.name for p in weights_dir().iterdir())
    out = weights_dir() / "taught.npz"
    assert main(["teach", "--digits", str(store), "--out", str(out), "--force"]) == 2
    assert "digitpad's own weights folder" in one_line(capsys)
    assert sorted(p.name for p in weights_dir().iterdir()) == before


def test_teach_refuses_an_unwritable_destination_before_teaching(store, tmp_path, capsys,
                                                                 teaching_must_not_start):
    blocker = tmp_path / "notes.txt"  # a file where the destination's folder should be
    blocker.write_text("the user's")
    assert main(["teach", "--digits", str(store), "--out", str(blocker / "me.npz")]) == 2
    err = one_line(capsys)
    assert err.startswith("digitpad teach: error: --out: cannot write") and "notes.txt" in err
    assert blocker.read_text() == "the user's"


@pytest.mark.parametrize("flag", ["--digits", "--out"])
def test_teach_refuses_an_empty_path_rather_than_the_current_folder(store, tmp_path, capsys, flag):
    given = {"--digits": str(store), "--out": str(tmp_path / "me.npz"), flag: ""}
    with pytest.raises(SystemExit) as stop:
        main(["teach", "--digits", given["--digits"], "--out", given["--out"]])
    assert stop.value.code == 2
    assert f"argument {flag}: must not be empty" in one_line(capsys)


def test_a_weights_folder_made_inside_the_package_counts_as_digitpads_own():
    """In a source checkout a `digitpad/weights` folder would replace the shipped one when found."""
    inside = Path(digitpad.__file__).resolve().parent / "weights" / "mine.npz"
    beside = Path(digitpad.__file__).resolve().parent.parent / "weights" / "mine.npz"
    assert in_shipped_folder(inside) and in_shipped_folder(beside)


@pytest.mark.parametrize("bench, argv, message", [
    (pen_bench, ["--seed", "-1"], "argument --seed: must be at least 0, got -1"),
    (teach_bench, ["--seed", "-1"], "argument --seed: must be at least 0, got -1"),
    (teach_bench, ["--steps", "0"], "argument --steps: must be at least 1, got 0"),
    (pen_bench, ["--data", ""], "argument --data: must not be empty"),
])
def test_pen_and_teach_benchmarks_check_their_options(capsys, bench, argv, message):
    with pytest.raises(SystemExit) as stop:
        bench.main(argv)
    assert stop.value.code == 2
    assert message in one_line(capsys)


def test_train_refuses_an_empty_out_rather_than_naming_the_current_folder(capsys, teaching_must_not_start):
    with pytest.raises(SystemExit) as stop:
        main(["train", "--out", ""])
    assert stop.value.code == 2
    assert "argument --out: must not be empty" in one_line(capsys)


@pytest.mark.parametrize("count, words", [(1, "1 drawing saved in"), (2, "2 drawings saved in")])
def test_my_digits_window_counts_drawings_in_words(qtbot, tmp_path, count, words):
    from PySide6.QtWidgets import QLabel

    from digitpad.ui.mydigits_view import MyDigitsView
    store = MyDigits(tmp_path / "mine")
    for label in range(count):
        store.add(np.zeros((28, 28), np.uint8), label)
    view = MyDigitsView(store)
    qtbot.addWidget(view)
    view.reload()
    assert view.findChild(QLabel, "myDigitsSummary").text().startswith(words)
