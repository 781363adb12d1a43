"""In the app: weights chosen in File > Open are read off the GUI thread, and Save never replaces
a file (or the card beside it) without asking."""

import threading

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from digitpad import models
from digitpad.nn.network import Network
from digitpad.ui.train import TrainTab
from hostile import npy_bytes, npy_claiming, write_zip
from qt_helpers import click, named, train_to_end
from shared_data import mnist


def intercept_messages(window, monkeypatch) -> list:
    shown = []
    monkeypatch.setattr(window, "show_message", lambda level, title, text: shown.append((level, title, text)))
    return shown


def test_weights_opened_from_the_menu_are_read_off_the_gui_thread(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "mine.npz"
    Network.random([784, 50, 100, 10], seed=5).save(path)
    threads = []
    real_load = models.load_file

    def recording_load(p):
        threads.append(threading.current_thread())
        return real_load(p)

    monkeypatch.setattr(models, "load_file", recording_load)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(window.state.modelChanged, timeout=10_000):
        window.openWeightsAction.trigger()
    assert window.state.model.name == "mine.npz"
    assert threads and threads[0] is not threading.main_thread()


def test_a_weights_bomb_opened_from_the_menu_gives_one_message_and_keeps_the_model(
        window, qtbot, tmp_path, monkeypatch):
    shown = intercept_messages(window, monkeypatch)
    before = window.state.model
    path = tmp_path / "bomb.npz"
    write_zip(path, {"W1.npy": npy_claiming((30_000, 30_000), np.float64),
                     "b1.npy": npy_bytes(np.zeros(10, np.float32))})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.open_weights_dialog()
    qtbot.waitUntil(lambda: len(shown) > 0, timeout=10_000)
    level, title, text = shown[0]
    assert level == "error" and "bomb.npz" in text and "50,000,000 parameters" in text
    assert window.state.model is before


@pytest.fixture
def trained_tab(qtbot, state, app_blas_threads):
    """A Train tab after one short run on real MNIST."""
    mnist("test")  # skips without MNIST
    tab = TrainTab(state)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    named(tab, "presetCombo").setCurrentIndex(named(tab, "presetCombo").findData("quick"))
    named(tab, "limitSpin").setValue(600)
    named(tab, "epochsSpin").setValue(1)
    train_to_end(qtbot, tab)
    return tab


@pytest.mark.mnist
def test_save_as_a_bare_name_asks_before_replacing_the_card_beside_it(trained_tab, qtbot, tmp_path,
                                                                      monkeypatch):
    notes = tmp_path / "notes.json"
    notes.write_text('{"the user": "notes"}')
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "notes"), "Weights (*.npz)"))
    asked, answers = [], [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or answers.pop(0))

    click(qtbot, named(trained_tab, "saveButton"))
    assert len(asked) == 1 and "notes.json" in asked[0]
    assert notes.read_text() == '{"the user": "notes"}' and not (tmp_path / "notes.npz").exists()

    click(qtbot, named(trained_tab, "saveButton"))
    assert len(asked) == 2
    assert Network.load(tmp_path / "notes.npz").sizes == (784, 50, 100, 10)
    assert "architecture" in notes.read_text()


@pytest.mark.mnist
def test_open_weights_starts_where_the_trained_network_was_saved(trained_tab, window, qtbot, tmp_path,
                                                                 monkeypatch):
    from pathlib import Path
    folder = tmp_path / "somewhere"
    folder.mkdir()
    starts, answers = [], [str(folder / "mine.npz"), ""]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, start, *a, **k: starts.append(start) or (answers.pop(0), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, caption, start, *a, **k: starts.append(start) or ("", ""))
    click(qtbot, named(trained_tab, "saveButton"))
    assert (folder / "mine.npz").is_file()
    assert Path(starts[-1]).parent == Path.home()
    window.openWeightsAction.trigger()
    assert Path(starts[-1]) == folder
    click(qtbot, named(trained_tab, "saveButton"))          # the next save starts there too
    assert Path(starts[-1]).parent == folder and Path(starts[-1]).suffix == ".npz"
