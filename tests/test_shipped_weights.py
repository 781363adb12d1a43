"""The shipped network is what its model card says it is."""

import numpy as np
import pytest

from digitpad.models import load_shipped, read_card, sha256_of, shipped_card_path, shipped_weights_path
from digitpad.nn.network import Network
from digitpad.nn.train import PRESETS, TrainConfig, accuracy
from shared_data import mnist, pendigits_path


@pytest.fixture(scope="module")
def card():
    card = read_card(shipped_card_path())
    assert card, f"{shipped_card_path()} is missing or unreadable"
    return card


def test_card_sha256_matches_the_file(card):
    assert card["sha256"] == sha256_of(shipped_weights_path())


def test_architecture_and_activation_match_the_card(card):
    net = Network.load(shipped_weights_path())
    assert card["architecture"] == [784, 50, 100, 10] == list(net.sizes)
    assert card["activation"] == "sigmoid" and net.activations == ("sigmoid", "sigmoid")
    assert card["output"] == "softmax"
    assert all(p.dtype == np.float32 for p in net.parameters())
    assert load_shipped().test_accuracy == card["test_accuracy"]


def test_card_tells_how_the_file_was_made(card):
    assert card["command"] == ("digitpad train --preset shipped "
                               "--out digitpad-784-50-100-10.npz")  # training never writes into weights/
    config = TrainConfig.from_dict(card["config"])
    assert config == PRESETS["shipped"].config  # the preset still makes this file
    assert card["seed"] == config.seed
    assert card["validation_images"] == config.validation_size > 0
    assert card["training_images"] + card["validation_images"] == 60000
    assert isinstance(card["test_accuracy"], float) and isinstance(card["validation_accuracy"], float)
    assert card["train_seconds"] > 0 and card["numpy_version"]
    assert len(card["history"]) == config.epochs


def test_card_names_every_data_set_and_which_pen_writers_were_held_out(card):
    recipe = PRESETS["shipped"].pen
    assert card["pen_recipe"] == recipe.to_dict()
    assert card["pen_validation_writers"] == sorted(recipe.validation_writers)
    trained = card["pen_training_writers"]
    assert sorted(trained + card["pen_validation_writers"]) == list(range(1, 31))
    assert any(d.startswith("MNIST") for d in card["datasets"])
    assert any("Alpaydin" in d and "CC BY 4.0" in d for d in card["datasets"])
    assert card["pen_training_images"] > 0 and card["pen_validation_images"] > 0
    assert card["mnist_redrawn_images"] == recipe.redrawn > 0


def test_every_digit_of_the_held_out_pen_writers_is_read_at_least_93_percent(card):
    assert len(card["pen_validation_per_digit"]) == 10
    assert min(card["pen_validation_per_digit"]) >= 0.93
    assert card["pen_validation_accuracy"] >= 0.97


def test_the_held_out_pen_writers_are_read_as_the_card_says():
    """A quarter of the held-out writers' digits, drawn as the Draw tab draws strokes."""
    from digitpad.data.pendigits import network_inputs, read_pendigits
    card = read_card(shipped_card_path())
    held = set(card["pen_validation_writers"])
    digits = [d for d in read_pendigits(pendigits_path()) if d.writer in held][::4]
    labels = np.array([d.label for d in digits])
    read = Network.load(shipped_weights_path()).predict(network_inputs(digits), input_scale=1 / 255)
    measured = float(np.mean(read.argmax(axis=1) == labels))
    assert measured == pytest.approx(card["pen_validation_accuracy"], abs=0.02)
    assert measured >= 0.96


@pytest.mark.mnist
def test_test_accuracy_is_the_cards_and_at_least_98_3_percent(card):
    images, labels = mnist("test")
    measured = accuracy(Network.load(shipped_weights_path()), images, labels)
    assert measured == pytest.approx(card["test_accuracy"], abs=1e-4)
    assert measured >= 0.983


@pytest.mark.mnist
def test_validation_accuracy_is_the_cards(card):
    """The held-out split is the one the seed chooses, and was never trained on."""
    from digitpad.nn.train import split_validation
    images, labels = mnist("train")
    config = TrainConfig.from_dict(card["config"])
    _, val = split_validation(config, len(labels))
    measured = accuracy(Network.load(shipped_weights_path()), images[val], labels[val])
    assert measured == pytest.approx(card["validation_accuracy"], abs=1e-4)
