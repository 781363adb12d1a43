"""The status bar's model label, for every kind of model and in every language: each fact once
(its name, its layers, its test accuracy), and an accuracy always written as a percentage."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from digitpad import teach
from digitpad.models import Model, load_shipped
from digitpad.ui.model_state import ModelState, model_title
from digitpad.ui.units import accuracy_text
from qt_helpers import click, named, new_window, train_to_end
from shared_data import book_weights_path
from test_language import _english_words

SIZES = "784-50-100-10"


def label_of(window) -> str:
    return window.findChild(QLabel, "modelStatus").text()


def check_label(window, code: str, kind: str) -> str:
    """The label says the model's name, its layers and its test accuracy once each, the accuracy
    as a percentage (as every accuracy in the app is), in the window's language."""
    model = window.state.model
    text, title = label_of(window), model_title(model)
    assert text.count(title) == 1, (kind, text)
    assert text.count(SIZES) == 1, (kind, text)
    assert re.search(r"\b0\.\d{3}", text) is None, (kind, text)   # no accuracy as 0.9515
    assert text.count("%") == 1 and accuracy_text(model.test_accuracy) in text, (kind, text)
    if code != "en":
        assert not _english_words(text.replace(title, "") if kind == "file" else text), (kind, text)
    return text


@pytest.mark.mnist
@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_the_model_label_says_each_fact_once_for_every_kind_of_model(qtbot, in_language, book_model,
                                                                     tmp_path, code):
    in_language(code)
    window = new_window(qtbot, ModelState(load_shipped()))
    seen = {"shipped": check_label(window, code, "shipped")}

    window.state.set_model(book_model)
    seen["book"] = check_label(window, code, "book")
    assert window.load_weights(str(book_weights_path()))   # the book's .pkl, opened as a file
    seen["book file"] = check_label(window, code, "book file")

    personal = Model(book_model.network, teach.personal_name(3), teach.SOURCE,
                     {"architecture": [784, 50, 100, 10], "taught_digits": 3, "test_accuracy": 0.9712})
    window.state.set_model(personal)
    seen["personal"] = check_label(window, code, "personal")

    tab = window.tab("Train")
    window.tabs.setCurrentWidget(tab)
    combo = named(tab, "presetCombo")
    combo.setCurrentIndex(combo.findData("quick"))
    named(tab, "limitSpin").setValue(1000)
    named(tab, "epochsSpin").setValue(1)
    result = train_to_end(qtbot, tab)
    click(qtbot, named(tab, "useButton"))
    assert window.state.model.test_accuracy == result.eval_accuracy
    seen["trained here"] = check_label(window, code, "trained here")

    path = tab.save_to(tmp_path / "mine.npz")
    assert window.load_weights(str(path))
    seen["file"] = check_label(window, code, "file")
    assert "mine.npz" in seen["file"]
    assert seen["book file"] == seen["book"]   # the same weights, whichever way they were opened
    del seen["book file"]
    assert len(set(seen.values())) == len(seen), seen   # every other kind tells itself apart
