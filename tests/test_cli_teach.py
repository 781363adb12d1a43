"""``digitpad teach``: My digits in, taught weights and their card out; one-line errors."""

import json

import numpy as np
import pytest

from digitpad.cli import main
from digitpad.data.mydigits import MyDigits
from digitpad.fileio import sha256_of
from digitpad.models import shipped_weights_path
from digitpad.nn.network import Network
from shared_data import mnist_store


@pytest.mark.mnist
def test_teach_writes_weights_and_card_and_refuses_to_overwrite_them(tmp_path, capsys):
    store = mnist_store(tmp_path / "mine").file.parent
    out = tmp_path / "me.npz"
    args = ["teach", "--digits", str(store), "--out", str(out), "--steps", "10", "--seed", "5"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "teaching digitpad (shipped) 4 digits" in printed and "MNIST test accuracy 0.98" in printed
    assert f"wrote {out} and me.json" in printed
    card = json.loads((tmp_path / "me.json").read_text())
    assert card["base_sha256"] == sha256_of(shipped_weights_path())
    assert card["taught_digits"] == 4 and card["steps"] == 10 and card["sha256"] == sha256_of(out)
    first = Network.load(out)

    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err == (f"digitpad teach: error: --out: {out} and {out.with_suffix('.json')} already exist; "
                   "add --force to replace, or choose another name")
    assert np.array_equal(Network.load(out).weights[0], first.weights[0])  # left alone
    assert main(args + ["--force"]) == 0  # same digits, seed and steps: the same weights
    assert all(np.array_equal(a, b) for a, b in zip(Network.load(out).parameters(),
                                                    first.parameters()))


@pytest.mark.parametrize("extra, message", [
    (["--out", "me.txt"], "--out: the weights file must end in .npz, got 'me.txt'"),
    (["--weights", "nowhere.npz"], "nowhere.npz"),
])
def test_teach_says_in_one_line_what_is_wrong(tmp_path, capsys, monkeypatch, extra, message):
    monkeypatch.chdir(tmp_path)
    store = MyDigits(tmp_path / "mine")
    store.add(np.zeros(784, np.uint8), 3)
    assert main(["teach", "--digits", str(tmp_path / "mine"), "--out", "a.npz", *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("digitpad teach: error: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "a.npz").exists()


@pytest.mark.parametrize("extra, message", [
    (["--steps", "0"], "argument --steps: must be at least 1, got 0"),
    (["--steps", "100001"], "argument --steps: must be at most 100,000, got 100,001"),
    (["--steps", "1e9"], "argument --steps: not a whole number: '1e9'"),
    (["--seed", "x"], "argument --seed: not a whole number: 'x'"),
    (["--seed", "-1"], "argument --seed: must be at least 0, got -1"),
    (["--seed", str(2 ** 63)], "argument --seed: must be at most 9,223,372,036,854,775,807, "
                               "got 9,223,372,036,854,775,808"),
])
def test_teach_refuses_steps_and_seeds_out_of_range_naming_the_option(tmp_path, capsys, extra, message):
    with pytest.raises(SystemExit) as exited:
        main(["teach", "--digits", str(tmp_path / "none"), "--out", str(tmp_path / "a.npz"), *extra])
    assert exited.value.code == 2
    assert capsys.readouterr().err == f"digitpad teach: error: {message}\n"


def test_a_setting_the_fine_tune_refuses_is_one_line_not_a_traceback(tmp_path, capsys, monkeypatch):
    import digitpad.nn.finetune as finetune

    class Stricter(finetune.FineTuneConfig):
        def __post_init__(self):
            if self.steps > 50:
                raise ValueError(f"steps must be at most 50, got {self.steps}")

    monkeypatch.setattr(finetune, "FineTuneConfig", Stricter)
    assert main(["teach", "--digits", str(tmp_path / "none"), "--out", str(tmp_path / "a.npz"),
                 "--steps", "60"]) == 2
    assert capsys.readouterr().err == "digitpad teach: error: steps must be at most 50, got 60\n"


def test_teach_refuses_a_missing_empty_or_broken_store(tmp_path, capsys):
    out = str(tmp_path / "a.npz")
    assert main(["teach", "--digits", str(tmp_path / "none"), "--out", out]) == 2
    assert "does not exist" in capsys.readouterr().err
    emptied(tmp_path / "empty")
    assert main(["teach", "--digits", str(tmp_path / "empty"), "--out", out]) == 2
    assert "holds no digits to learn from" in capsys.readouterr().err
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "mydigits.npz").write_bytes(b"PK\x03\x04 broken")
    assert main(["teach", "--digits", str(tmp_path / "broken"), "--out", out]) == 2
    err = capsys.readouterr().err
    assert "not a readable store of digits" in err and err.count("\n") == 1
    with pytest.raises(SystemExit) as exited:
        main(["teach", "--out", out])
    assert exited.value.code == 2
    assert capsys.readouterr().err == ("digitpad teach: error: the following arguments are "
                                       "required: --digits\n")


def emptied(folder):
    """A My digits store that was saved and then had its only digit removed."""
    store = MyDigits(folder)
    store.add(np.zeros(784, np.uint8), 3)
    store.remove(0)
    return store


def test_teach_says_what_is_wrong_with_a_store_that_is_not_one(tmp_path, capsys):
    """A text file, a text file named .npz, a folder without a store: each is called what it is."""
    out = str(tmp_path / "a.npz")
    (tmp_path / "notes.txt").write_text("3 4 5\nmy digits\n")
    (tmp_path / "notes.npz").write_text("3 4 5\nmy digits\n")
    (tmp_path / "folder").mkdir()
    for given, said in (("notes.txt", "is not a My digits store: that is a folder holding mydigits.npz, "
                                      "or that file"),
                        ("notes.npz", "is not a readable store of digits: not a readable .npz file "
                                      "(it holds text)"),
                        ("folder", "is not a My digits store: it holds no mydigits.npz")):
        for flag in ("--digits", "--read-right"):
            store = tmp_path / given if flag == "--digits" else tmp_path / "empty"
            right = [] if flag == "--digits" else ["--read-right", str(tmp_path / given)]
            if flag == "--read-right":
                MyDigits(store).add(np.zeros(784, np.uint8), 3)
            assert main(["teach", "--digits", str(store), *right, "--out", out]) == 2
            err = capsys.readouterr().err
            assert err == f"digitpad teach: error: {flag}: {tmp_path / given} {said}\n"
    assert not (tmp_path / "a.npz").exists()


@pytest.mark.mnist
def test_teach_adds_the_drawings_read_right_when_given(tmp_path, capsys):
    store = mnist_store(tmp_path / "mine").file.parent
    right = MyDigits(tmp_path / "right")
    right.add_many(np.full((3, 784), 120, np.uint8), [1, 1, 0])
    out = tmp_path / "me.npz"
    assert main(["teach", "--digits", str(store), "--read-right", str(tmp_path / "right"),
                 "--out", str(out), "--steps", "5"]) == 0
    printed = capsys.readouterr().out
    assert f"and 3 drawings it read right from {tmp_path / 'right'}" in printed
    assert "16 read right" in printed
    assert json.loads((tmp_path / "me.json").read_text())["read_right_digits"] == 3
    assert main(["teach", "--digits", str(store), "--read-right", str(tmp_path / "nowhere"),
                 "--out", str(tmp_path / "b.npz")]) == 2
    err = capsys.readouterr().err
    assert err == f"digitpad teach: error: --read-right: {tmp_path / 'nowhere'} does not exist\n"
    emptied(tmp_path / "empty")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "mydigits.npz").write_bytes(b"PK\x03\x04 broken")
    for folder, said in (("empty", "holds no drawings"), ("broken", "not a readable store")):
        assert main(["teach", "--digits", str(store), "--read-right", str(tmp_path / folder),
                     "--out", str(tmp_path / "b.npz")]) == 2
        err = capsys.readouterr().err
        assert err.startswith("digitpad teach: error: --read-right: ") and said in err
        assert err.count("\n") == 1
    assert not (tmp_path / "b.npz").exists()
