"""`digitpad train --out`: existing files, digitpad's own weights and unwritable places, refused before training."""

import json
import os
import tempfile

import pytest

from digitpad import fileio
from digitpad.__main__ import main
from digitpad.nn.network import Network
from digitpad.paths import weights_dir
from shared_data import mnist


@pytest.fixture
def training_must_not_start(monkeypatch):
    """Reading MNIST is the first step of training: fail loudly if it is reached."""
    import digitpad.data.mnist

    def refuse(*args, **kwargs):
        raise AssertionError("training started")

    monkeypatch.setattr(digitpad.data.mnist, "load_mnist", refuse)


def run_train(out, *extra) -> int:
    return main(["train", "--limit", "300", "--epochs", "1", "--no-teacher", "--no-augment", "--no-pen",
                 "--out", str(out), *extra])


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("existing", ["net.npz", "net.json"])
def test_an_existing_file_or_card_is_refused_without_force(tmp_path, capsys, training_must_not_start,
                                                          existing):
    (tmp_path / existing).write_text("the user's")
    assert run_train(tmp_path / "net.npz") == 2
    err = one_line(capsys)
    assert existing in err and "--force" in err
    assert (tmp_path / existing).read_text() == "the user's"


@pytest.mark.mnist
def test_force_replaces_both(tmp_path, capsys):
    mnist("test")  # skips without MNIST
    out = tmp_path / "net.npz"
    out.write_text("old weights")
    out.with_suffix(".json").write_text("old card")
    assert run_train(out, "--force") == 0
    assert Network.load(out).sizes == (784, 50, 100, 10)
    assert json.loads(out.with_suffix(".json").read_text())["architecture"] == [784, 50, 100, 10]


def test_digitpads_own_weights_are_never_written_even_with_force(capsys, training_must_not_start):
    before = sorted(p.name for p in weights_dir().iterdir())
    for name in ("digitpad-784-50-100-10.npz", "new-one.npz"):
        assert run_train(weights_dir() / name, "--force") == 2
        assert "own weights folder" in one_line(capsys)
    assert sorted(p.name for p in weights_dir().iterdir()) == before


def test_a_place_under_a_regular_file_fails_before_training(tmp_path, capsys, training_must_not_start):
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    assert run_train(tmp_path / "notes.txt" / "sub" / "net.npz") == 2
    err = one_line(capsys)
    assert "--out: cannot write" in err and "notes.txt" in err


def test_a_folder_that_refuses_new_files_fails_before_training(tmp_path, capsys, monkeypatch,
                                                              training_must_not_start):
    """As root every mode bit is ignored, so the system's answer is simulated where it is asked."""
    real_mkstemp = tempfile.mkstemp
    probed = []

    def denied(*args, dir=None, **kwargs):
        if os.path.samefile(dir, tmp_path / "locked"):
            probed.append(dir)
            raise PermissionError(13, "Permission denied", str(dir))
        return real_mkstemp(*args, dir=dir, **kwargs)

    (tmp_path / "locked").mkdir()
    monkeypatch.setattr(fileio.tempfile, "mkstemp", denied)
    assert run_train(tmp_path / "locked" / "new" / "net.npz") == 2
    err = one_line(capsys)
    assert "Permission denied" in err and "locked" in err and probed
    assert not (tmp_path / "locked" / "new").exists()
