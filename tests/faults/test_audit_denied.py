"""Files and folders we may not read, behind every command that takes a path: one line, exit status 2."""

import shutil

import numpy as np
import pytest

from denied import deny
from digitpad.cli import main
from digitpad.data import mnist as mnist_module
from digitpad.data.mydigits import MyDigits
from digitpad.models import shipped_weights_path
from shared_data import mnist, pendigits_path


@pytest.fixture
def locked(tmp_path, monkeypatch):
    """A folder holding a copy of MNIST, the shipped weights, a store and the pen digits, unreadable."""
    mnist("test")  # skips where the MNIST files are not configured
    folder = tmp_path / "locked"
    folder.mkdir()
    for path in mnist_module.find_mnist().path.iterdir():
        if path.name.endswith(".gz"):
            shutil.copy(path, folder / path.name)
    shutil.copy(shipped_weights_path(), folder / "net.npz")
    shutil.copy(pendigits_path(), folder / "pendigits-orig.tra")
    MyDigits(folder / "mine").add(np.zeros((28, 28), np.uint8), 3)
    mnist_module.clear_cache()
    return folder, deny(monkeypatch, folder)


def one_line(capsys, folder) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert str(folder) in err or "locked" in err, err
    return err


@pytest.mark.mnist
@pytest.mark.parametrize("argv", [
    ["train", "--mnist", "{f}", "--out", "{tmp}/net.npz", "--limit", "100", "--epochs", "1"],
    ["eval", "--weights", "{f}/net.npz"],
    ["teach", "--digits", "{f}/mine", "--out", "{tmp}/me.npz"],
    ["teach", "--digits", "{tmp}/mine", "--mnist", "{f}", "--out", "{tmp}/me.npz"],
    ["train", "--out", "{f}/net2.npz", "--limit", "100"],
], ids=["train-mnist", "eval-weights", "teach-digits", "teach-mnist", "train-out"])
def test_commands_report_an_unreadable_path_in_one_line(locked, tmp_path, capsys, argv):
    folder, refused = locked
    MyDigits(tmp_path / "mine").add(np.zeros((28, 28), np.uint8), 3)
    argv = [a.replace("{f}", str(folder)).replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv) == 2
    assert refused, "the command never touched the folder"
    assert "Permission denied" in one_line(capsys, folder)


@pytest.mark.mnist
@pytest.mark.parametrize("argv", [
    ["pen", "--data", "{f}"],
    ["teach", "--data", "{f}"],
    ["teach", "--mnist", "{f}", "--writers", "3"],  # a writer the shipped network never saw
], ids=["pen-data", "teach-data", "teach-mnist"])
def test_benchmarks_report_an_unreadable_path_in_one_line(locked, capsys, monkeypatch, argv):
    folder, refused = locked
    monkeypatch.setenv("DIGITPAD_PENDIGITS", str(pendigits_path()))
    argv = [a.replace("{f}", str(folder)) for a in argv]
    assert main(["bench", *argv]) == 2
    assert refused, "the benchmark never touched the folder"
    line = one_line(capsys, folder)
    assert line.startswith("digitpad bench: error: ") and "Permission denied" in line
