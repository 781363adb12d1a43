"""The Train tab, driven through its widgets: presets and the form, bad settings, MNIST missing,
short runs on the real MNIST that learn, pause, resume and stop, saving, and the Draw tab switching
to the new network."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from digitpad.models import sha256_of
from digitpad.nn.network import Network
from digitpad.nn import train as train_module
from digitpad.nn.train import PRESETS, initial_network
from digitpad.ui.train import PRESET_TITLES, TrainTab
from digitpad.ui.train import job as job_module
from drawing import stroke
from shared_data import mnist

from qt_helpers import click, named, shown_alone, tabs_of, train_to_end  # noqa: E402
LONG = 120_000  # ms: generous, for a shared and busy machine


# --------------------------------------------------------------------------- helpers

def choose_preset(tab, name):
    named(tab, "presetCombo").setCurrentIndex(named(tab, "presetCombo").findData(name))


def make_tab(qtbot, state):
    return shown_alone(qtbot, TrainTab(state), (1200, 720))


def short_run_settings(tab, limit=3000, epochs=1, batch=32):
    """The quick preset on the first ``limit`` images: seconds, and clearly better than chance."""
    choose_preset(tab, "quick")
    named(tab, "limitSpin").setValue(limit)
    named(tab, "epochsSpin").setValue(epochs)
    named(tab, "batchSpin").setValue(batch)
    assert tab.settings_problem() is None


def wait_idle(qtbot, tab):
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=LONG)


# --------------------------------------------------------------------------- the form

def test_presets_fill_the_form_and_an_edit_makes_it_custom(qtbot, state):
    tab = make_tab(qtbot, state)
    assert named(tab, "presetCombo").findText(PRESET_TITLES["keras"]) >= 0
    assert named(tab, "presetCombo").findText("Our shipped recipe") >= 0

    choose_preset(tab, "keras")
    keras = PRESETS["keras"].config
    assert tab.preset() == "keras" and not tab.is_custom()
    assert named(tab, "hiddenEdit").text() == "50,100"
    assert named(tab, "lossCombo").currentData() == "mse"
    assert named(tab, "optimizerCombo").currentData() == "adam"
    assert named(tab, "epochsSpin").value() == 20 and named(tab, "batchSpin").value() == keras.batch_size
    assert not named(tab, "augmentCheck").isChecked()
    assert tab.config() == keras

    choose_preset(tab, "shipped")
    assert named(tab, "augmentCheck").isChecked() and named(tab, "teacherCheck").isChecked()
    assert tab.config() == PRESETS["shipped"].config

    named(tab, "epochsSpin").setValue(3)
    assert tab.is_custom()
    assert named(tab, "presetCombo").currentData() == "custom"
    assert "epochs" in named(tab, "presetDescription").text()
    assert tab.config().epochs == 3
    named(tab, "epochsSpin").setValue(PRESETS["shipped"].config.epochs)
    assert not tab.is_custom()   # back to the recipe

    choose_preset(tab, "sgd")
    assert named(tab, "momentumSpin").isEnabled()
    assert named(tab, "optimizerCombo").currentData() == "sgd"
    named(tab, "optimizerCombo").setCurrentIndex(named(tab, "optimizerCombo").findData("adam"))
    assert not named(tab, "momentumSpin").isEnabled() and tab.is_custom()


def test_bad_settings_are_explained_and_do_not_start(qtbot, state):
    tab = make_tab(qtbot, state)
    failures = []   # what the status bar is asked to say
    tab.statusMessage.connect(lambda text, ms: text.startswith("Not started") and failures.append(text))
    for field, text, words in ((named(tab, "hiddenEdit"), "50,abc", "whole numbers"),
                               (named(tab, "hiddenEdit"), "0,100", "at least 1"),
                               (named(tab, "lrEdit"), "fast", "not a number"),
                               (named(tab, "lrEdit"), "-0.1", "positive")):
        choose_preset(tab, "quick")
        field.clear()
        qtbot.keyClicks(field, text)
        problem = tab.settings_problem()
        assert problem and words in problem, (text, problem)
        assert named(tab, "settingsError").isVisible()
        assert not named(tab, "startButton").isEnabled()
        assert tab.start_training() is False
        assert not tab.is_running()
    assert len(failures) == 4
    choose_preset(tab, "quick")
    assert tab.settings_problem() is None and named(tab, "startButton").isEnabled()


def test_settings_are_kept(qtbot, state, settings_dir):
    tab = make_tab(qtbot, state)
    choose_preset(tab, "keras")
    named(tab, "epochsSpin").setValue(4)
    named(tab, "limitSpin").setValue(5000)
    path = str(settings_dir / "train.ini")
    settings = QSettings(path, QSettings.Format.IniFormat)
    tab.save_settings(settings)
    settings.sync()

    other = make_tab(qtbot, state)
    other.restore_settings(QSettings(path, QSettings.Format.IniFormat))
    assert other.preset() == "keras" and other.is_custom()
    assert named(other, "epochsSpin").value() == 4 and named(other, "limitSpin").value() == 5000
    assert other.config() == tab.config()


def test_mnist_missing_is_explained_inline(qtbot, state, monkeypatch, tmp_path):
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    tab = make_tab(qtbot, state)
    click(qtbot, named(tab, "startButton"))
    wait_idle(qtbot, tab)
    assert named(tab, "mnistMessage").isVisible()
    assert "digitpad mnist fetch" in named(tab, "mnistMessage").text()
    assert "Test set tab" in named(tab, "mnistMessage").text()
    assert tab.result() is None and not named(tab, "useButton").isEnabled()


def test_damaged_mnist_is_not_called_missing(qtbot, state, monkeypatch, tmp_path):
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    (tmp_path / "keras" / "datasets").mkdir(parents=True)
    (tmp_path / "keras" / "datasets" / "mnist.npz").write_bytes(b"PK\x03\x04 cut short")
    tab = make_tab(qtbot, state)
    click(qtbot, named(tab, "startButton"))
    wait_idle(qtbot, tab)
    message = named(tab, "mnistMessage")
    assert message.isVisible()
    assert message.text().startswith("MNIST's files are here, but they cannot be read")
    assert "not on this computer" not in message.text()
    assert "mnist.npz" in named(tab, "progressLabel").text()   # which file, and why


# --------------------------------------------------------------------------- runs on MNIST

@pytest.mark.mnist
def test_on_a_projector_the_result_and_the_weights_caption_keep_their_room(qtbot, state):
    """A custom run's result takes more lines; the box grows into the curves' room rather than
    cutting its last line off or running the weights' caption over their picture."""
    tab = shown_alone(qtbot, TrainTab(state), (1000, 560))   # short: a projector, the window zoomed
    short_run_settings(tab, limit=2000)
    named(tab, "hiddenEdit").setText("30")
    named(tab, "hiddenEdit").textEdited.emit("30")
    assert tab.is_custom()
    train_to_end(qtbot, tab)
    qtbot.wait(50)   # the layout settles after the new text

    label = named(tab, "resultLabel")
    assert "changed from" in label.text()
    assert label.height() >= label.heightForWidth(label.width())
    image, caption = named(tab, "weightImages"), named(tab, "weightsCaption")
    assert caption.geometry().top() >= image.geometry().bottom()
    assert caption.height() >= caption.heightForWidth(caption.width())


@pytest.mark.mnist
@pytest.mark.mnist
def test_a_short_run_learns_and_every_view_follows(qtbot, state):
    tab = make_tab(qtbot, state)
    short_run_settings(tab)
    result = train_to_end(qtbot, tab)
    assert not result.stopped and result.epochs_completed == 1
    assert result.eval_accuracy > 0.5, result.eval_accuracy   # chance is 0.1

    x, loss = named(tab, "trainingCurves").loss_data()
    assert x.size >= 5 and np.all(np.isfinite(loss))
    assert 0 < x[0] < x[-1] <= 1.0
    assert loss[-1] < loss[0]
    for name, value in (("train", result.history[0].train_accuracy),
                        ("validation", result.history[0].validation_accuracy),
                        ("test", result.eval_accuracy)):
        ex, acc = named(tab, "trainingCurves").accuracy_data(name)
        assert list(ex) == [1.0] and acc[0] == pytest.approx(value), name

    assert len(result.history) == 1
    images = named(tab, "weightImages").images()
    assert images.shape == (50, 28, 28) and named(tab, "weightImages").grid() == (5, 10)
    # by default the change since the seed's starting weights; the weights themselves on request
    start = initial_network(result.config).weights[0]
    W1 = result.network.weights[0]
    # (the tab recomputes the start on another thread; it may differ in the last float32 bits)
    np.testing.assert_allclose(images, (W1 - start.astype(W1.dtype)).T.reshape(50, 28, 28), atol=1e-5)
    assert np.all(images[:, 0, 0] == 0)   # a corner pixel is black in every image: never changed
    named(tab, "weightsChangeCheck").setChecked(False)
    np.testing.assert_array_equal(named(tab, "weightImages").images(), W1.T.reshape(50, 28, 28))
    assert named(tab, "trainProgress").value() == named(tab, "trainProgress").maximum()
    assert "Test accuracy" in named(tab, "resultLabel").text()
    assert named(tab, "saveButton").isEnabled() and named(tab, "useButton").isEnabled()


@pytest.mark.mnist
@pytest.mark.mnist
def test_pause_holds_resume_continues_stop_keeps_the_network(qtbot, state, book_model):
    tab = make_tab(qtbot, state)
    short_run_settings(tab, limit=0, epochs=5, batch=64)
    click(qtbot, named(tab, "startButton"))
    qtbot.waitUntil(lambda: tab.steps_done() > 0, timeout=LONG)
    assert tab.is_running()

    click(qtbot, named(tab, "pauseButton"))
    qtbot.waitUntil(tab.is_paused, timeout=LONG)   # the job says it holds
    assert named(tab, "pauseButton").text() == "Resume"
    held = tab.steps_done()
    # the app's model changes elsewhere meanwhile: the run does not care
    state.set_model(book_model)
    qtbot.wait(800)
    assert tab.steps_done() == held and tab.is_running()

    click(qtbot, named(tab, "pauseButton"))
    qtbot.waitUntil(lambda: not tab.is_paused(), timeout=LONG)
    assert named(tab, "pauseButton").text() == "Pause"
    qtbot.waitUntil(lambda: tab.steps_done() > held, timeout=LONG)

    click(qtbot, named(tab, "stopButton"))
    wait_idle(qtbot, tab)
    result = tab.result()
    assert result.stopped and result.epochs_completed < 5
    assert "Stopped" in named(tab, "progressLabel").text()
    net = tab.network()
    probs = net.predict(np.zeros((3, 784), np.uint8), input_scale=1 / 255)
    assert probs.shape == (3, 10) and np.all(np.isfinite(probs))
    assert result.eval_accuracy is not None
    assert named(tab, "useButton").isEnabled() and named(tab, "saveButton").isEnabled()
    assert state.model is book_model   # nothing switched by itself


class JumpingClock:
    """The ``time`` module as the trainer and its job read it, with a clock that can be made to
    jump: a pause made to last 1,000 s without waiting for them."""

    def __init__(self):
        self.offset = 0.0

    def perf_counter(self):
        return time.perf_counter() + self.offset

    def __getattr__(self, name):
        return getattr(time, name)


@pytest.mark.mnist
def test_a_pause_is_not_counted_as_training_time(qtbot, state, monkeypatch, tmp_path):
    clock = JumpingClock()
    monkeypatch.setattr(train_module, "time", clock)
    monkeypatch.setattr(job_module, "time", clock)
    tab = make_tab(qtbot, state)
    said = []
    tab.statusMessage.connect(lambda text, ms: said.append(text))
    short_run_settings(tab, limit=0, epochs=2, batch=64)
    click(qtbot, named(tab, "startButton"))
    qtbot.waitUntil(lambda: tab.steps_done() > 0, timeout=LONG)
    click(qtbot, named(tab, "pauseButton"))
    qtbot.waitUntil(tab.is_paused, timeout=LONG)
    clock.offset += 1000   # the pause lasts 1,000 s by the clock
    click(qtbot, named(tab, "pauseButton"))
    wait_idle(qtbot, tab)

    result = tab.result()
    assert not result.stopped and result.epochs_completed == 2
    assert result.seconds < 1000 and all(epoch.seconds < 1000 for epoch in result.history)
    epochs_said = [text for text in said if text.startswith("Epoch ")]
    assert len(epochs_said) == 2 and not any("min" in text for text in epochs_said), epochs_said
    assert named(tab, "progressLabel").text().startswith("Done: 2 epochs in ")
    assert "min" not in named(tab, "progressLabel").text()
    assert "Paused for 16 min 4" in named(tab, "resultLabel").text()   # said apart, not counted
    card = json.loads(tab.save_to(tmp_path / "paused.npz").with_suffix(".json").read_text())
    assert card["train_seconds"] < 1000
    assert all(epoch["seconds"] < 1000 for epoch in card["history"])


@pytest.mark.mnist
def test_a_stop_partway_through_an_epoch_says_so_and_what_is_shown_is_the_weights_kept(
        qtbot, state, tmp_path):
    tab = make_tab(qtbot, state)
    short_run_settings(tab, limit=0, epochs=3, batch=64)
    per_epoch = -(-55_000 // 64)
    click(qtbot, named(tab, "startButton"))
    qtbot.waitUntil(lambda: tab.steps_done() > per_epoch, timeout=LONG)   # into epoch 2
    while True:   # held inside an epoch, not at its last step
        click(qtbot, named(tab, "pauseButton"))
        qtbot.waitUntil(tab.is_paused, timeout=LONG)
        held = tab.steps_done()
        if held % per_epoch:
            break
        click(qtbot, named(tab, "pauseButton"))
        qtbot.waitUntil(lambda: not tab.is_paused(), timeout=LONG)
    click(qtbot, named(tab, "stopButton"))
    wait_idle(qtbot, tab)

    result = tab.result()
    done, steps = divmod(held, per_epoch)
    assert result.stopped and result.epochs_completed == done
    assert (result.steps_into_epoch, result.steps_per_epoch) == (steps, per_epoch)
    assert named(tab, "progressLabel").text() == (
        f"Stopped in epoch {done + 1} of 3, after {steps:,} of its {per_epoch} steps")
    text = named(tab, "resultLabel").text()
    assert f"{done} epoch{'s' if done > 1 else ''} and {steps:,} of {per_epoch} steps in " in text
    assert f"Stopped partway through epoch {done + 1}: the weights as they were then." in text
    # the accuracy shown is the weights' kept, drawn where the run stopped
    images, labels = mnist("test")
    assert result.eval_accuracy == train_module.accuracy(tab.network(), images, labels)
    x, test = named(tab, "trainingCurves").accuracy_data("test")
    assert x[-1] == pytest.approx(done + steps / per_epoch) and test[-1] == result.eval_accuracy
    assert list(x[:-1]) == list(range(1, done + 1))
    card = json.loads(tab.save_to(tmp_path / "stopped.npz").with_suffix(".json").read_text())
    assert card["stopped_early"] is True and len(card["history"]) == done
    assert (card["epochs_completed"], card["steps_into_next_epoch"], card["steps_per_epoch"]) == (
        done, steps, per_epoch)
    assert card["test_accuracy"] == result.eval_accuracy


@pytest.mark.mnist
@pytest.mark.mnist
def test_shutdown_stops_a_run_and_waits(qtbot, state):
    tab = make_tab(qtbot, state)
    short_run_settings(tab, limit=0, epochs=5, batch=64)
    click(qtbot, named(tab, "startButton"))
    qtbot.waitUntil(lambda: tab.steps_done() > 0, timeout=LONG)
    tab.pause()   # a held job must wake up to stop
    assert tab.shutdown(30)
    assert not tab.is_running()


@pytest.mark.mnist
@pytest.mark.mnist
def test_saved_weights_load_and_drive_the_draw_tab(qtbot, state, tmp_path):
    from digitpad.ui.app import MainWindow
    win = MainWindow(state, tabs=tabs_of("draw", "train"))
    qtbot.addWidget(win)
    win.resize(1220, 760)
    win.show()
    qtbot.waitExposed(win)
    draw = win.tab("Draw")
    stroke(draw.canvas, [(0.5, 0.2), (0.5, 0.8)])   # a 1
    draw.refresh()
    before = draw.probabilities()
    assert before is not None

    train_tab = win.tab("Train")
    win.tabs.setCurrentWidget(train_tab)
    short_run_settings(train_tab)
    result = train_to_end(qtbot, train_tab)

    path = train_tab.save_to(tmp_path / "mine")
    assert path == tmp_path / "mine.npz"
    loaded = Network.load(path)
    for a, b in zip(loaded.weights + loaded.biases, result.network.weights + result.network.biases):
        np.testing.assert_array_equal(a, b)
    card = json.loads(path.with_suffix(".json").read_text())
    assert card["sha256"] == sha256_of(path)
    assert card["architecture"] == [784, 50, 100, 10]
    assert card["test_accuracy"] == pytest.approx(result.eval_accuracy)
    assert card["command"].startswith("digitpad train --preset quick")
    assert "--no-pen" not in card["command"]  # the quick preset has no pen digits to leave out
    assert "--limit 3000" in card["command"] and "--out mine.npz" in card["command"]
    assert len(card["history"]) == 1
    assert not list(tmp_path.glob("*.tmp"))

    changed = []
    state.modelChanged.connect(changed.append)
    click(qtbot, named(train_tab, "useButton"))
    assert len(changed) == 1 and state.model.source == str(path)
    after = draw.probabilities()
    assert after is not None and not np.allclose(after, before)
    expected = loaded.predict(draw.input_image().reshape(1, 784), input_scale=1 / 255)[0]
    np.testing.assert_allclose(after, expected, rtol=1e-4, atol=1e-6)


@pytest.mark.mnist
@pytest.mark.mnist
def test_the_shipped_recipe_trains_its_teacher_first_and_a_stop_then_leaves_nothing_to_use(
        qtbot, state):
    tab = make_tab(qtbot, state)
    choose_preset(tab, "shipped")
    named(tab, "limitSpin").setValue(3000)
    named(tab, "epochsSpin").setValue(1)
    assert tab.config().teacher is not None
    click(qtbot, named(tab, "startButton"))
    qtbot.waitUntil(lambda: tab.steps_done() > 0, timeout=LONG)
    assert named(tab, "progressLabel").text().startswith("Teacher")
    click(qtbot, named(tab, "stopButton"))
    wait_idle(qtbot, tab)
    assert tab.result().stopped
    x, loss = named(tab, "trainingCurves").loss_data(teacher=True)
    assert x.size >= 1 and np.all(np.isfinite(loss))
    assert named(tab, "trainingCurves").loss_data()[0].size == 0
    assert "nothing to use" in named(tab, "resultLabel").text()
    assert not named(tab, "useButton").isEnabled() and not named(tab, "saveButton").isEnabled()


def cli_config(command):
    """The TrainConfig and image limit ``digitpad train`` reads from ``command``."""
    import shlex

    from digitpad.cli import build_parser
    from digitpad.training_request import TrainingRequest
    args = build_parser().parse_args(shlex.split(command)[1:])
    plan = TrainingRequest.from_args(args).check()
    return plan.config, plan.limit


@pytest.mark.mnist
@pytest.mark.mnist
def test_a_run_with_distortions_the_preset_lacks_is_reproduced_by_its_command(qtbot, state):
    tab = make_tab(qtbot, state)
    short_run_settings(tab, limit=600, epochs=1, batch=64)
    augment = named(tab, "augmentCheck")   # the quick preset trains on clean digits
    qtbot.mouseClick(augment, Qt.MouseButton.LeftButton, pos=QPoint(6, augment.height() // 2))
    assert augment.isChecked()
    hidden = named(tab, "hiddenEdit")
    hidden.clear()
    qtbot.keyClicks(hidden, "40")
    lr = named(tab, "lrEdit")
    lr.clear()
    qtbot.keyClicks(lr, "0.004")
    named(tab, "seedSpin").setValue(5)
    assert tab.settings_problem() is None
    result = train_to_end(qtbot, tab)

    command = tab.model().card["command"]
    assert "--augment" in command and "--limit 600" in command
    config, limit = cli_config(command)
    assert config == result.config and limit == 600
    assert config.augment is not None and config.hidden == (40,) and config.seed == 5


def test_every_preset_the_form_can_describe_is_a_command_the_cli_reads_back(qtbot, state):
    tab = make_tab(qtbot, state)
    form = named(tab, "settingsBox")
    for name in PRESETS:
        choose_preset(tab, name)
        named(tab, "epochsSpin").setValue(2)
        named(tab, "limitSpin").setValue(1000)
        augment, teacher = named(tab, "augmentCheck"), named(tab, "teacherCheck")
        augment.setChecked(not augment.isChecked())
        if teacher.isEnabled():
            teacher.setChecked(False)
        plan, problem = form.check()
        assert problem is None, (name, problem)
        assert cli_config(plan.command_line("x.npz")) == (tab.config(), 1000), name
