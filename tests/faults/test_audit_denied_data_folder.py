"""A data folder we may not read: the app starts, shows every tab and restores nothing, raising nothing.

pytest-qt fails a test on an exception raised inside a Qt slot or timer, which
is where the My digits folder watch and the personal model restore run.
"""

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from denied import deny
from digitpad import models
from digitpad.nn.network import WeightsError
from digitpad.ui.model_state import ModelState
from qt_helpers import new_window


def test_the_app_starts_with_a_data_folder_it_may_not_read(qtbot, data_dir, monkeypatch):
    data_dir.mkdir(parents=True, exist_ok=True)
    refused = deny(monkeypatch, data_dir)
    state = ModelState()
    before = state.model
    window = new_window(qtbot, state)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
    problems = []
    window.teacher.messageRequested.connect(lambda kind, title, text: problems.append(text))
    window.teacher.restore()
    qtbot.wait(100)
    assert refused
    assert state.model is before and window.teacher.personal is None
    assert problems and "Permission denied" in problems[0]
    count = window.tab("Draw").findChild(QLabel, "myDigitsCount").text()
    assert count == "My digits: unavailable"  # not "0 saved": the digits may well be there


def test_the_books_weights_are_looked_for_past_a_data_folder_we_may_not_read(data_dir, monkeypatch,
                                                                            tmp_path):
    monkeypatch.delenv(models.BOOK_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    data_dir.mkdir(parents=True, exist_ok=True)
    refused = deny(monkeypatch, data_dir)
    with pytest.raises(WeightsError, match="sample_weight.pkl was not found"):
        models.load_book()
    assert refused


def test_a_my_digits_folder_we_may_not_read_is_not_an_empty_store(tmp_path, monkeypatch):
    from digitpad.data.mydigits import MyDigits, MyDigitsError

    store = MyDigits(tmp_path / "mine")
    store.add(np.zeros((28, 28), np.uint8), 5)
    refused = deny(monkeypatch, tmp_path / "mine")
    with pytest.raises(MyDigitsError, match="Permission denied"):
        MyDigits(tmp_path / "mine").count
    assert refused
