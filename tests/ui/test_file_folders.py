"""File dialogs start in the folder last used for their kind of file (weights, pictures), remembered
across restarts; a remembered folder that has gone, or garbage in its place, starts them at home."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from digitpad.nn.network import Network
from digitpad.ui.launch import open_settings
from drawing import write_picture
from qt_helpers import new_window


class Dialogs:
    """QFileDialog's static functions, answered by the test; where each was asked to start."""

    def __init__(self, monkeypatch):
        self.starts: list[tuple[str, str]] = []
        self.answer = ""
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, self._asker(name))

    def _asker(self, name):
        def ask(parent, caption="", start="", *args, **kwargs):
            self.starts.append((name, start))
            return self.answer, ""
        return ask

    def last_start(self) -> Path:
        """The folder the last dialog started in (a save dialog starts on a name in it)."""
        name, start = self.starts[-1]
        return Path(start).parent if name == "getSaveFileName" else Path(start)


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


def test_weights_dialogs_start_where_weights_were_last_opened(qtbot, window, dialogs, tmp_path):
    window.openWeightsAction.trigger()
    assert dialogs.last_start() == Path.home()         # never the folder digitpad runs in
    folder = tmp_path / "somewhere"
    Network.random([784, 50, 100, 10], seed=5).save(folder / "mine.npz")
    dialogs.answer = str(folder / "mine.npz")
    with qtbot.waitSignal(window.state.modelChanged, timeout=10_000):
        window.openWeightsAction.trigger()
    dialogs.answer = ""
    window.openWeightsAction.trigger()
    assert dialogs.last_start() == folder
    window.importBookAction.trigger()                  # the book's weights are weights too
    assert dialogs.last_start() == folder
    window.openImageAction.trigger()                   # pictures keep their own folder
    assert dialogs.last_start() == Path.home()

    window.close()
    again = new_window(qtbot, window.state)            # and the next start
    again.openWeightsAction.trigger()
    assert dialogs.last_start() == folder
    shutil.rmtree(folder)                              # a folder that has gone: home
    again.openWeightsAction.trigger()
    assert dialogs.last_start() == Path.home()


def test_open_image_starts_where_a_picture_was_last_opened(window, dialogs, tmp_path):
    folder = tmp_path / "pictures"
    folder.mkdir()
    dialogs.answer = str(write_picture(folder / "one.png"))
    window.openImageAction.trigger()
    assert dialogs.last_start() == Path.home()
    dialogs.answer = ""
    window.openImageAction.trigger()
    assert dialogs.last_start() == folder
    window.openWeightsAction.trigger()
    assert dialogs.last_start() == Path.home()


@pytest.mark.parametrize("saved", ["relative/folder", "x" * 10_000, 42, "/no/such/folder", "/dev/null"])
def test_a_remembered_folder_is_not_trusted(window, dialogs, saved):
    from digitpad.ui.folders import IMAGES, WEIGHTS
    settings = open_settings()
    for kind in (WEIGHTS, IMAGES):
        settings.setValue(kind, saved)
    settings.sync()
    window.openWeightsAction.trigger()
    assert dialogs.last_start() == Path.home()
    window.openImageAction.trigger()
    assert dialogs.last_start() == Path.home()
