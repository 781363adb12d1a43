"""Training requests: each bad setting named once, read by the command line and the form alike;
what was changed from the preset; the command that reproduces a run; MNIST cut and checked once."""

from __future__ import annotations

import shlex

import numpy as np
import pytest

from digitpad.cli import build_parser, main
from digitpad.nn.train import PRESETS, SHIPPED_AUGMENT, StepProgress
from digitpad.training_request import (RequestError, TrainingRequest, load_training_data,
                                       step_position, steps_in)
from digitpad.ui.train.words import problem_sentence


def config_of(command: str):
    """The TrainConfig ``digitpad train`` would train for ``command``, read by its own parser."""
    args = build_parser().parse_args(shlex.split(command)[1:])
    return TrainingRequest.from_args(args).check()


@pytest.mark.parametrize("field, text, flag_line, form_line", [
    ("lr", "1e308", "--lr: the learning rate must be a positive number, at most 10, got 1e308",
     "Learning rate must be a positive number, at most 10, got 1e308."),
    ("lr", "0", "--lr: the learning rate must be", "Learning rate must be a positive number"),
    ("lr", "nan", "--lr: the learning rate must be", "Learning rate must be"),
    ("lr", "fast", "--lr: not a number: 'fast'", "Learning rate: not a number: 'fast'."),
    ("momentum", "1", "--momentum: the momentum must be a number from 0 to below 1",
     "Momentum must be a number from 0 to below 1, got 1."),
    ("epochs", "0", "--epochs: the epochs must be at least 1", "Epochs must be at least 1"),
    ("epochs", "zero", "--epochs: not a whole number: 'zero'", "Epochs: not a whole number"),
    ("batch_size", "-3", "--batch-size: the batch size must be at least 1",
     "Batch size must be at least 1"),
    ("weight_decay", "2", "--weight-decay: the weight decay must be a number from 0 to 1",
     "Weight decay must be"),
    ("label_smoothing", "1", "--label-smoothing: the label smoothing must be",
     "Label smoothing must be"),
    ("seed", "-1", "--seed: the seed must be at least 0", "Seed must be at least 0"),
    ("validation_size", "-1", "--validation-size: the validation images must be at least 0",
     "Validation images must be at least 0"),
    ("hidden", "50,x", "--hidden: write whole numbers separated by commas",
     "Hidden layers: write whole numbers separated by commas"),
    ("hidden", "0,100", "--hidden: the hidden layers must be at least 1 neuron each",
     "Hidden layers must be at least 1 neuron each, got 0,100."),
    ("activation", "step", "--activation: unknown activation 'step'", "Activation: unknown activation"),
    ("limit", "1", "--limit: the training images must be at least 2", "Training images must be at least 2"),
])
def test_a_bad_setting_is_named_one_way_for_the_command_line_and_one_for_the_form(
        field, text, flag_line, form_line):
    with pytest.raises(RequestError) as caught:
        TrainingRequest(preset="quick", **{field: text}).check()
    error = caught.value
    assert error.field == field
    assert str(error).startswith(flag_line), str(error)
    sentence = problem_sentence(error)
    assert sentence.startswith(form_line), sentence
    assert "\n" not in str(error) and "\n" not in sentence


def test_a_huge_learning_rate_is_refused_before_any_data_is_read(tmp_path, capsys, monkeypatch):
    import digitpad.data.mnist

    def no_loading(*args, **kwargs):
        raise AssertionError("MNIST was read for a run that cannot work")

    monkeypatch.setattr(digitpad.data.mnist, "load_mnist", no_loading)
    out = tmp_path / "net.npz"
    assert main(["train", "--lr", "1e308", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--lr" in err and "at most 10" in err
    assert not out.exists()


def test_momentum_is_refused_for_an_optimizer_without_it(tmp_path, capsys):
    out = tmp_path / "net.npz"
    assert main(["train", "--preset", "quick", "--momentum", "0.5", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--momentum" in err and "adam" in err and "--optimizer sgd" in err
    assert not out.exists()
    assert config_of("digitpad train --preset quick --optimizer sgd --momentum 0.5 --out n.npz").config.momentum == 0.5
    with pytest.raises(RequestError) as caught:
        TrainingRequest(preset="quick", momentum="0.5").check()
    assert problem_sentence(caught.value).startswith("Only SGD uses momentum")


def test_augment_and_no_augment_cannot_be_asked_together(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["train", "--augment", "--no-augment", "--out", str(tmp_path / "n.npz")])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_what_was_changed_from_the_preset_is_listed_in_the_forms_words():
    quick = PRESETS["quick"].config
    plan = TrainingRequest(preset="quick").check()
    assert plan.config == quick and plan.changed == [] and not plan.custom
    plan = TrainingRequest(preset="quick", hidden="30", epochs="2", augment=True, limit="600").check()
    assert plan.changed == ["hidden layers", "epochs", "distortions"] and plan.custom
    assert plan.config.hidden == (30,) and plan.config.epochs == 2
    assert plan.config.augment == SHIPPED_AUGMENT and quick.augment is None
    assert plan.config.validation_size == 60 and plan.limit == 600   # a tenth held out


def test_a_form_names_only_what_differs_from_the_preset():
    quick = PRESETS["quick"].config
    same = TrainingRequest.from_form(
        "quick", hidden=" 50, 100", lr=f"{quick.lr:g}", epochs=quick.epochs,
        momentum=quick.momentum, augment=quick.augment is not None, teacher=False)
    assert same == TrainingRequest(preset="quick")
    changed = TrainingRequest.from_form("quick", lr=f"{quick.lr * 3:g}", epochs=quick.epochs + 1, hidden="abc")
    assert (changed.lr, changed.epochs, changed.hidden) == (repr(quick.lr * 3), str(quick.epochs + 1), "abc")
    with pytest.raises(RequestError) as caught:
        changed.check()
    assert caught.value.field == "hidden"


@pytest.mark.parametrize("request_", [
    TrainingRequest(preset="quick", hidden="30,20", lr="0.002", epochs="2", augment=True,
                    seed="7", limit="600", pen=False),
    TrainingRequest(preset="shipped", augment=False, teacher=False, batch_size="64", pen=False),
    TrainingRequest(preset="sgd", momentum="0.8", schedule="step", activation="relu",
                    label_smoothing="0.1", weight_decay="0.0001", validation_size="100"),
    TrainingRequest(preset="shipped", epochs="3", pen_held_out="1,4,7"),
])
def test_the_command_line_reproduces_the_request(request_):
    plan = request_.check()
    command = plan.command_line("out.npz")
    again = config_of(command)
    assert again.config == plan.config and again.limit == plan.limit
    assert again.changed == plan.changed
    assert again.request.pen_held_out == request_.pen_held_out
    assert ("--no-pen" in command) == (not request_.pen and PRESETS[request_.preset].pen is not None)


def test_mnist_is_cut_to_the_limit_and_must_leave_images_to_train_on(monkeypatch):
    import digitpad.data.mnist

    images = {"train": (np.zeros((500, 784), np.uint8), np.arange(500) % 10),
              "test": (np.zeros((50, 784), np.uint8), np.arange(50) % 10)}
    monkeypatch.setattr(digitpad.data.mnist, "load_mnist", lambda split, path=None: images[split])
    config = PRESETS["quick"].config.replace(validation_size=30)
    data = load_training_data(config, 300, None)
    assert len(data.y_train) == 300 and data.n_fit == 270 and len(data.y_test) == 50
    with pytest.raises(RequestError) as caught:
        load_training_data(config.replace(validation_size=300), 300, None)
    assert caught.value.field == "validation_size"
    assert str(caught.value).startswith("--validation-size: cannot hold out 300 validation images")


def test_steps_count_the_teacher_first():
    config = PRESETS["shipped"].config.replace(epochs=2, batch_size=100)
    teacher = config.teacher
    total, teacher_steps = steps_in(config, 1000)
    assert teacher_steps == teacher.epochs * -(-1000 // teacher.batch_size)
    assert total == teacher_steps + 2 * 10
    first = StepProgress(phase="teacher", epoch=1, epochs=teacher.epochs, step=3,
                         steps_per_epoch=10, loss=1.0, lr=0.1)
    later = StepProgress(phase="train", epoch=2, epochs=2, step=4, steps_per_epoch=10, loss=1.0,
                         lr=0.1)
    assert step_position(first, teacher_steps) == 3
    assert step_position(later, teacher_steps) == teacher_steps + 14
