"""The Test-set tab's MNIST panel: a folder we may not read and a Keras file with the wrong arrays
are explained in the window, never raised."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from denied import deny
from digitpad.data.mnist import clear_cache
from digitpad.ui.model_state import ModelState
from digitpad.ui.testset import TestSetTab as _Tab   # not a test class
from test_cli_keras_folder import keras_folder


@pytest.fixture
def missing_tab(qtbot, monkeypatch, tmp_path):
    """A Test-set tab on a computer whose MNIST is only what the test puts under ``keras``."""
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    clear_cache()

    def make():
        tab = _Tab(ModelState())
        qtbot.addWidget(tab)
        tab.start()
        tab.show()
        page = tab.findChild(QWidget, "mnistMissingPage")
        qtbot.waitUntil(lambda: page.isVisible(), timeout=10_000)
        return tab
    yield make
    clear_cache()


def test_choose_folder_on_an_unreadable_folder_says_why(qtbot, missing_tab, monkeypatch, tmp_path):
    tab = missing_tab()
    folder = keras_folder(tmp_path / "locked")
    deny(monkeypatch, folder)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    button = tab.findChild(QPushButton, "missingChooseButton")
    with qtbot.waitSignal(tab.messageRequested, timeout=10_000) as message:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    level, title, text = message.args
    assert level == "warning" and str(folder) in text and "Permission denied" in text
    assert tab.findChild(QWidget, "mnistMissingPage").isVisible()


def test_a_keras_file_with_the_wrong_arrays_is_named_with_the_reason(missing_tab, tmp_path):
    keras_folder(tmp_path / "keras" / "datasets", keys=("a", "b", "c", "d"))
    tab = missing_tab()
    label = tab.findChild(QLabel, "missingProblem")
    problem = label.text()
    assert label.isVisible()
    assert "mnist.npz" in problem and "no x_train array" in problem and "a, b, c, d" in problem
    assert tab.findChild(QLabel, "dataStatus").text() == "MNIST could not be used"
