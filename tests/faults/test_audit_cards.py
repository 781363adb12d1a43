"""A model card that is a FIFO, huge or garbage is read as no card: never waited on, never trusted."""

import json
import os

import pytest

from digitpad import models, teach
from digitpad.fileio import sha256_of
from digitpad.nn.network import Network, WeightsError


@pytest.fixture
def personal_weights(tmp_path, monkeypatch):
    """A personal model in a throwaway data folder, its card left for the test to make."""
    monkeypatch.setenv("DIGITPAD_DATA_DIR", str(tmp_path))
    path = teach.personal_weights_path()
    path.parent.mkdir(parents=True)
    Network.random([784, 50, 100, 10], seed=0).save(path)
    return path


def write_card(weights, card: dict) -> None:
    """The personal model's card, naming its weights by their sha256 as the app writes it."""
    teach.personal_card_path().write_text(json.dumps({**card, "sha256": sha256_of(weights)}))


@pytest.mark.timeout(60)  # opening a FIFO for reading used to wait for a writer for ever
def test_a_personal_card_that_is_a_fifo_is_reported_not_waited_on(personal_weights):
    os.mkfifo(teach.personal_card_path())
    with pytest.raises(WeightsError, match="the card does not describe personal.npz"):
        teach.load_personal()


@pytest.mark.timeout(60)
def test_a_weights_file_whose_card_is_a_fifo_loads_without_a_card(tmp_path):
    Network.random([784, 50, 100, 10], seed=0).save(tmp_path / "net.npz")
    os.mkfifo(tmp_path / "net.json")
    assert models.read_card(tmp_path / "net.json") == {}
    assert models.load_file(tmp_path / "net.npz").card == {}


def test_a_card_too_large_to_be_ours_is_not_read(tmp_path):
    card = tmp_path / "net.json"
    card.write_text(json.dumps({"test_accuracy": 0.5, "padding": "x" * models.MAX_CARD_BYTES}))
    assert models.read_card(card) == {}
    card.write_text(json.dumps({"test_accuracy": 0.5}))
    assert models.read_card(card) == {"test_accuracy": 0.5}


@pytest.mark.parametrize("text", ["[" * 100_000, "\udcff".encode("utf-8", "surrogatepass").decode("latin-1")])
def test_a_card_of_garbage_is_no_card(tmp_path, text):
    card = tmp_path / "net.json"
    card.write_bytes(text.encode("latin-1"))
    assert models.read_card(card) == {}


@pytest.mark.parametrize("sizes", [[784, 50, 3], [100, 50, 10]])
def test_a_personal_model_that_does_not_read_digits_is_reported_not_used(personal_weights, sizes):
    """It would otherwise reach the active model at start-up, outside the check that reports it."""
    Network.random(sizes, seed=0).save(personal_weights)
    write_card(personal_weights, {"taught_digits": 3})
    with pytest.raises(WeightsError, match="digitpad needs 784 inputs"):
        teach.load_personal()


def test_a_personal_model_that_reads_digits_is_used(personal_weights):
    write_card(personal_weights, {"taught_digits": 3})
    assert teach.load_personal().network.sizes == (784, 50, 100, 10)


def test_a_personal_model_folder_we_may_not_read_is_reported(personal_weights, monkeypatch):
    from denied import deny
    refused = deny(monkeypatch, personal_weights.parent)
    with pytest.raises(WeightsError, match="Permission denied"):
        teach.load_personal()
    assert refused
