"""The words on screen follow the model and the runs: after a model switch, after Compare, whatever
order runs are made in, and while a new network trains."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QObject

from digitpad.ui.train import run as run_module
from digitpad.ui.model_state import untrained_model
from digitpad.ui.testset.runs_table import SPEEDUP_COLUMN
from digitpad.ui.train import NO_RESULT, TRAINING_NOW, TrainTab
from qt_helpers import click, loaded, named, shown_alone, shown_result, train_to_end
from shared_data import mnist

LONG = 120_000

pytestmark = pytest.mark.mnist


PROJECTOR = (1024, 600)     # what a 1024x768 screen leaves a tab


# --------------------------------------------------------------------------- the Test set tab

@pytest.fixture
def testset(qtbot, state):
    from digitpad.ui.testset import TestSetTab
    mnist("test")
    tab = shown_alone(qtbot, TestSetTab(state), PROJECTOR)
    loaded(qtbot, tab)
    yield tab
    assert tab.shutdown(10)


def child(tab, name):
    """The tab's widget called ``name``."""
    widget = tab.findChild(QObject, name)
    assert widget is not None, name
    return widget


def run(qtbot, tab, mode, batch_size=100):
    tab.set_mode(mode)
    child(tab, "batchSpin").setValue(batch_size)
    click(qtbot, child(tab, "runButton"))
    result = shown_result(qtbot, tab)
    assert child(tab, "runsTable").model().runs()[-1].mode == mode
    return result


def test_the_line_below_the_toolbar_names_the_active_model(qtbot, testset, state, book_model):
    tab = testset
    assert f"with {book_model.name}." in child(tab, "resultDetail").text()
    random_model = untrained_model()
    state.set_model(random_model)
    assert f"with {random_model.name}." in child(tab, "resultDetail").text()
    assert book_model.name not in child(tab, "resultDetail").text()
    assert child(tab, "compareLabel").text() == ""        # nothing was shown, so nothing went stale

    run(qtbot, tab, "batch")
    state.set_model(book_model)
    assert child(tab, "compareLabel").text() == f"The model changed to {book_model.name}: run again to see its results."
    assert f"with {book_model.name}." in child(tab, "resultDetail").text()
    state.set_model(random_model)                # a second switch, with no run in between
    assert child(tab, "compareLabel").text() == f"The model changed to {random_model.name}: run again to see its results."
    assert f"with {random_model.name}." in child(tab, "resultDetail").text()
    assert book_model.name not in child(tab, "compareLabel").text() + child(tab, "resultDetail").text()


def test_after_compare_the_mode_box_says_what_the_headline_shows(qtbot, testset):
    tab = testset
    tab.set_mode("per-sample")
    child(tab, "batchSpin").setValue(250)
    click(qtbot, child(tab, "compareButton"))
    fast = shown_result(qtbot, tab)
    assert (fast.mode, fast.batch_size) == ("batch", 250)
    assert "in batches of 250" in child(tab, "resultDetail").text()
    assert tab.mode() == "batch" and child(tab, "modeCombo").currentText() == "Batched"
    assert child(tab, "batchSpin").value() == 250 and child(tab, "batchSpin").isEnabled()


def test_a_batched_run_made_first_gets_its_speedup_from_a_later_per_sample_run(qtbot, testset, state,
                                                                              book_model):
    tab = testset
    batched = run(qtbot, tab, "batch", 100)
    assert child(tab, "runsTable").model().runs()[0].speedup is None
    state.set_model(untrained_model())
    run(qtbot, tab, "per-sample")                 # another model: not a fair reference
    assert child(tab, "runsTable").model().runs()[0].reference is None
    state.set_model(book_model)
    slow = run(qtbot, tab, "per-sample")
    first = child(tab, "runsTable").model().runs()[0]
    assert first.reference == 3 and first.speedup == pytest.approx(slow.elapsed / batched.elapsed)
    assert child(tab, "runsTable").model().index(0, SPEEDUP_COLUMN).data() == f"{first.speedup:.1f}x"
    assert child(tab, "runsTable").model().runs()[1].reference is None   # a per-sample run is a baseline, not compared
    assert child(tab, "compareLabel").text().startswith(f"The batched run #1 was {first.speedup:.1f}x faster")


# --------------------------------------------------------------------------- the Train tab

def quick_settings(tab):
    named(tab, "presetCombo").setCurrentIndex(named(tab, "presetCombo").findData("quick"))
    named(tab, "limitSpin").setValue(2000)
    named(tab, "epochsSpin").setValue(1)
    named(tab, "batchSpin").setValue(64)


@pytest.fixture
def trainer(qtbot, state):
    mnist("train")
    tab = shown_alone(qtbot, TrainTab(state), PROJECTOR)
    quick_settings(tab)
    yield tab
    tab.shutdown(10)


def train_once(qtbot, tab):
    return train_to_end(qtbot, tab, timeout=LONG)


def test_a_new_run_takes_the_last_result_off_the_screen(qtbot, trainer):
    tab = trainer
    assert named(tab, "resultLabel").text() == NO_RESULT
    first = train_once(qtbot, tab)
    first_words = named(tab, "resultLabel").text()
    assert "Test accuracy" in first_words
    assert named(tab, "useButton").isEnabled() and named(tab, "saveButton").isEnabled()

    named(tab, "seedSpin").setValue(1)
    click(qtbot, named(tab, "startButton"))
    assert tab.is_running()
    assert named(tab, "resultLabel").text() == TRAINING_NOW
    assert not named(tab, "useButton").isEnabled() and not named(tab, "saveButton").isEnabled()
    assert tab.model() is None

    qtbot.waitUntil(lambda: not tab.is_running(), timeout=LONG)
    second = tab.result()
    assert second is not None and second is not first
    assert named(tab, "useButton").isEnabled() and "Test accuracy" in named(tab, "resultLabel").text()


def test_a_new_run_that_fails_brings_the_last_result_back(qtbot, trainer, monkeypatch):
    tab = trainer
    first = train_once(qtbot, tab)
    first_words = named(tab, "resultLabel").text()

    def broken_job(job, *args):
        raise ValueError("the data could not be read")

    monkeypatch.setattr(run_module, "train_job", broken_job)
    failures = []
    tab.messageRequested.connect(lambda level, title, text: failures.append((title, text)))
    click(qtbot, named(tab, "startButton"))
    qtbot.waitUntil(lambda: bool(failures) and not tab.is_running(), timeout=LONG)
    assert failures == [("Training failed", "the data could not be read")]
    assert named(tab, "resultLabel").text().startswith(first_words)
    assert "the new one failed" in named(tab, "resultLabel").text()
    assert named(tab, "useButton").isEnabled() and tab.result() is first
