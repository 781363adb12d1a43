"""A folder holding Keras's mnist.npz is MNIST to the CLI, as it is to the app."""

import numpy as np
import pytest

from digitpad.cli import main
from digitpad.data import mnist


def keras_folder(folder, keys=("x_train", "y_train", "x_test", "y_test"), n=20):
    """A folder like ~/.keras/datasets holding a small mnist.npz with ``keys``."""
    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)
    arrays = {"x_train": rng.integers(0, 256, (n, 28, 28), dtype=np.uint8),
              "y_train": rng.integers(0, 10, n, dtype=np.uint8),
              "x_test": rng.integers(0, 256, (n, 28, 28), dtype=np.uint8),
              "y_test": rng.integers(0, 10, n, dtype=np.uint8)}
    np.savez(folder / "mnist.npz", **{key: value for key, value in zip(keys, arrays.values())})
    return folder


@pytest.fixture(autouse=True)
def fresh_cache():
    mnist.clear_cache()
    yield
    mnist.clear_cache()


def test_eval_reads_a_folder_holding_mnist_npz(tmp_path, capsys):
    folder = keras_folder(tmp_path / "datasets")
    assert main(["eval", "--mnist", str(folder)]) == 0
    assert "20 images" in capsys.readouterr().out


def test_verify_checks_the_mnist_npz_of_a_folder(tmp_path, capsys):
    folder = keras_folder(tmp_path / "datasets")
    assert main(["mnist", "verify", "--path", str(folder)]) == 1   # not Keras's published file
    out = capsys.readouterr().out
    assert "mnist.npz" in out and "checksum mismatch" in out and "missing" not in out


def test_wrong_keys_say_which_arrays_it_holds(tmp_path, capsys):
    folder = keras_folder(tmp_path / "datasets", keys=("a", "b", "c", "d"))
    assert main(["eval", "--mnist", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "no x_train array" in err and "a, b, c, d" in err
