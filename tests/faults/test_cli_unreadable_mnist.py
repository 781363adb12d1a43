"""An MNIST folder we may not read: one line and exit status 2 from every command that looks at it."""

import shutil

import pytest

from denied import deny
from digitpad.cli import main
from digitpad.data import mnist as mnist_module
from digitpad.data.errors import MnistNotFound
from shared_data import mnist

COMMANDS = {
    "eval": ["eval", "--mnist", "{folder}"],
    "verify": ["mnist", "verify", "--path", "{folder}"],
    "where": ["mnist", "where"],
}


@pytest.fixture
def locked_mnist(tmp_path, monkeypatch):
    """A copy of the MNIST folder, named by $DIGITPAD_MNIST, that we may not read."""
    mnist("test")  # skips where the MNIST files are not configured
    source = mnist_module.find_mnist().path
    folder = tmp_path / "locked"
    folder.mkdir()
    for path in source.iterdir():
        if path.name.endswith(".gz"):
            shutil.copy(path, folder / path.name)
    mnist_module.clear_cache()
    monkeypatch.setenv("DIGITPAD_MNIST", str(folder))
    refused = deny(monkeypatch, folder)
    return folder, refused


@pytest.mark.mnist
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_unreadable_folder_is_one_line_and_exit_2(locked_mnist, capsys, command):
    folder, refused = locked_mnist
    argv = [a.replace("{folder}", str(folder)) for a in COMMANDS[command]]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert refused, "the code path never touched the folder"
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(folder) in lines[0] and "Permission denied" in lines[0]


@pytest.mark.mnist
def test_unreadable_user_data_folder_is_reported_among_the_places_looked(data_dir, monkeypatch,
                                                                           capsys, tmp_path):
    folder = data_dir / "mnist"
    folder.mkdir()
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    deny(monkeypatch, folder)
    with pytest.raises(MnistNotFound) as caught:
        mnist_module.find_mnist()
    assert any("Permission denied" in place for place in caught.value.unusable)
    assert main(["mnist", "where"]) == 2
    assert "Permission denied" in capsys.readouterr().err
