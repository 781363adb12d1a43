"""The personal model: taught from My digits, saved with its card, loaded again, reset."""

import json
import threading
from dataclasses import replace

import numpy as np
import pytest

from digitpad import teach
from digitpad.data.mydigits import MyDigits
from digitpad.data.strokes import PenStroke, vector_input
from digitpad.fileio import FileLock, sha256_of
from digitpad.models import Model, load_file, load_shipped, network_sha256, shipped_weights_path
from digitpad.nn.finetune import FineTuneConfig
from digitpad.nn.network import Network, WeightsError
from shared_data import mnist, mnist_store, pendigits_path

QUICK = FineTuneConfig(steps=15, user_batch=4, replay_batch=60)


@pytest.mark.mnist
def test_taught_saved_and_loaded_again_with_its_card(data_dir):
    store = mnist_store(data_dir / "mydigits", 3)
    base = load_shipped()
    images, labels = store.load()
    taught = teach.teach(base, images, labels, mnist("train"), mnist("test"), QUICK)
    path = teach.save_taught(taught)
    assert path == data_dir / "personal" / "personal.npz"

    loaded = teach.load_personal()
    corrections = teach.corrections_of(base.network, images, labels)
    assert taught.card["corrections"] == corrections
    assert loaded.name == teach.personal_name(3, corrections)
    assert teach.personal_name(3) == teach.personal_name(3, 3) == "digitpad, taught by you: 3 corrections"
    assert teach.personal_name(3, 1) == "digitpad, taught by you: 3 digits (1 correction)"
    assert teach.personal_name(1, 0) == "digitpad, taught by you: 1 digit (0 corrections)"
    assert loaded.source == teach.SOURCE
    for a, b in zip(loaded.network.parameters(), taught.network.parameters()):
        assert np.array_equal(a, b)
    card = json.loads(teach.personal_card_path().read_text())
    assert card["base_sha256"] == sha256_of(shipped_weights_path())
    assert card["base_name"] == base.name
    assert card["taught_digits"] == 3 and card["steps"] == QUICK.steps
    assert card["sha256"] == sha256_of(path)
    assert 0.9 < card["test_accuracy"] <= 1 and card["fine_tune"]["replay_batch"] == 60
    assert card["fine_tune"]["seed"] == QUICK.seed + 3  # moved on by the number of digits
    assert loaded.test_accuracy == card["test_accuracy"]


def test_reset_deletes_the_personal_model_and_never_my_digits(data_dir):
    images = np.full((2, 784), 200, np.uint8)
    store = MyDigits.default()
    store.add(images[0], 7)
    store.add(images[1], 1)
    base = Model(Network.random([784, 8, 10], seed=0), "tiny", "book")
    taught = teach.teach(base, *store.load(), config=QUICK)
    teach.save_taught(taught)
    assert teach.load_personal() is not None and taught.card["test_accuracy"] is None
    assert teach.reset_personal() is True
    assert not teach.personal_weights_path().exists() and not teach.personal_card_path().exists()
    assert teach.load_personal() is None
    assert teach.reset_personal() is False
    again = MyDigits.default()
    assert again.count == 2 and list(again.load()[1]) == [7, 1]


def test_corrections_are_the_digits_the_base_reads_otherwise_than_labelled():
    base = Network.random([784, 8, 10], seed=0)
    images = np.arange(5 * 784).reshape(5, 784).astype(np.uint8)
    read = base.predict(images, input_scale=1 / 255).argmax(axis=1)
    labels = read.copy()
    assert teach.corrections_of(base, images, labels) == 0
    labels[[1, 3]] = (read[[1, 3]] + 1) % 10
    assert teach.corrections_of(base, images, labels) == 2
    assert teach.corrections_of(base, images[:0], labels[:0]) == 0


def test_a_reset_waits_for_another_copy_of_the_app_saving_the_model(data_dir, monkeypatch):
    """Not between another copy's writing of the weights and of their card: that would leave
    the new weights without a card, or a card describing deleted weights."""
    base = Model(Network.random([784, 8, 10], seed=0), "tiny", "book")
    teach.save_taught(teach.teach(base, np.full((1, 784), 200, np.uint8), [7], config=QUICK))
    saving = FileLock(teach.personal_weights_path().parent / teach.PERSONAL_LOCK_NAME)
    monkeypatch.setattr(teach, "RESET_WAIT", 0.05)
    with saving:
        with pytest.raises(teach.ModelNotDeleted, match="another copy of digitpad is saving it"):
            teach.reset_personal()
    assert teach.load_personal() is not None  # kept, weights and card
    monkeypatch.setattr(teach, "RESET_WAIT", 30.0)
    saving.acquire()
    threading.Timer(0.2, saving.release).start()  # the other copy finishes its save
    assert teach.reset_personal() is True
    assert not teach.personal_files_exist()


def test_drawings_read_right_are_taught_counted_on_the_card_and_forgotten_by_a_reset(data_dir):
    store = MyDigits.default()
    store.add(np.full(784, 200, np.uint8), 7)
    kept = teach.read_right_store()
    assert kept.file.parent == data_dir / "personal" / "read-right"
    kept.add_many(np.full((3, 784), 90, np.uint8), [1, 1, 4], keep_last=teach.READ_RIGHT_KEEP)
    base = Model(Network.random([784, 8, 10], seed=0), "tiny", "book")
    taught = teach.teach(base, *store.load(), config=QUICK, read_right=kept.load())
    teach.save_taught(taught)
    card = teach.load_personal().card
    assert card["read_right_digits"] == 3 and card["taught_digits"] == 1
    assert card["fine_tune"]["read_right_batch"] == QUICK.read_right_batch
    assert teach.reset_personal() is True
    assert not kept.file.exists() and store.count == 1


@pytest.mark.parametrize("probabilities, answer", [
    ([0.05] * 9 + [0.55], 9), ([0.5, 0.5] + [0.0] * 8, 0), ([0.45, 0.4] + [0.15 / 8] * 8, None)])
def test_a_reading_is_kept_as_read_right_only_if_the_network_was_sure_enough(probabilities, answer):
    digit = np.zeros(784, np.uint8)
    digit[:100] = 255  # 13% ink, as many digits have
    assert teach.is_read_right(probabilities, digit) == answer


def zigzag(lines: int) -> list[PenStroke]:
    """A scribble back and forth, ``lines`` times across."""
    points = []
    for i in range(lines):
        y = 0.2 + 0.6 * i / (lines - 1)
        points += [(0.2, y), (0.8, y)] if i % 2 == 0 else [(0.8, y), (0.2, y)]
    return [PenStroke(tuple(points), 0.075, False)]


def test_a_scribble_is_never_kept_as_read_right_however_sure_the_network_was():
    sure = [0.01] * 8 + [0.92, 0.0]
    assert teach.is_read_right(sure, vector_input(zigzag(4))) == 8  # a few lines: a digit's ink
    for lines in (8, 12, 20, 40):
        assert teach.is_read_right(sure, vector_input(zigzag(lines))) is None


@pytest.mark.pendigits
def test_pen_writers_digits_drawn_on_the_canvas_are_never_too_much_ink_to_keep():
    from digitpad.bench.pen import make_drawings
    from digitpad.data.pendigits import find_pendigits, read_pendigits
    digits = read_pendigits(find_pendigits(pendigits_path()))[::5]
    drawn, _ = make_drawings(digits)
    labels = [d.label for d in digits]
    kept = [teach.is_read_right(np.eye(10)[label], image) for image, label in zip(drawn, labels)]
    assert kept == labels


def test_an_unreadable_personal_model_is_reported_not_guessed(data_dir):
    assert teach.load_personal() is None
    path = teach.personal_weights_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not weights")
    with pytest.raises(WeightsError, match="personal.npz"):
        teach.load_personal()
    Network.random([784, 8, 10], seed=0).save(path)
    with pytest.raises(teach.CardMismatch, match="cut short"):
        teach.load_personal()  # no card
    teach.personal_card_path().write_text(json.dumps({"taught_digits": -4, "sha256": sha256_of(path)}))
    with pytest.raises(WeightsError, match="how many digits") as raised:
        teach.load_personal()
    assert not isinstance(raised.value, teach.CardMismatch)
    teach.personal_card_path().write_text(json.dumps({"taught_digits": 1, "sha256": sha256_of(path)}))
    assert teach.load_personal().name == "digitpad, taught by you: 1 correction"
    for corrections, name in ((0, "1 digit (0 corrections)"), (5, "1 correction"), ("x", "1 correction")):
        teach.personal_card_path().write_text(json.dumps({"taught_digits": 1, "corrections": corrections,
                                                          "sha256": sha256_of(path)}))
        assert teach.load_personal().name == "digitpad, taught by you: " + name  # 5 of 1: not shown


def test_weights_saved_without_their_card_are_recognised_as_a_save_cut_short(data_dir):
    """The app stopped between writing the weights and their card: the old card (or none)
    must not pass for the new weights' one."""
    base = Model(Network.random([784, 8, 10], seed=0), "tiny", "book")
    images = np.full((2, 784), 200, np.uint8)
    first = teach.teach(base, images[:1], [7], config=QUICK)
    teach.save_taught(first)
    second = teach.teach(base, images, [7, 1], config=QUICK)
    second.network.save(teach.personal_weights_path())  # the card was never written
    with pytest.raises(teach.CardMismatch, match="personal.json"):
        teach.load_personal()
    assert teach.personal_files_exist()
    teach.personal_card_path().unlink()
    with pytest.raises(teach.CardMismatch):
        teach.load_personal()
    teach.save_taught(second)
    assert teach.load_personal().card["taught_digits"] == 2
    teach.reset_personal()
    assert not teach.personal_files_exist()


def test_the_card_names_the_digits_taught_so_that_later_ones_are_caught_up():
    base = Model(Network.random([784, 8, 10], seed=0), "tiny", "book")
    images = np.arange(3 * 784).reshape(3, 784).astype(np.uint8)
    labels = np.array([7, 1, 4], np.uint8)
    card = teach.teach(base, images[:2], labels[:2], config=QUICK).card
    assert card["taught_digits_sha256"] == teach.digits_sha256(images[:2], labels[:2].astype(int))
    assert not teach.needs_catch_up(card, images[:2], labels[:2])
    assert teach.needs_catch_up(card, images, labels)                # one saved after
    assert teach.needs_catch_up(card, images[:2], [7, 2])            # one relabelled
    assert teach.needs_catch_up(card, images[1:], labels[1:])        # one deleted, one added
    swapped = images[:2].copy()
    swapped[0, 0] += 1
    assert teach.needs_catch_up(card, swapped, labels[:2])           # another drawing
    older = {"taught_digits": 2}                                      # a card without the sha256
    assert not teach.needs_catch_up(older, images[:2], labels[:2])
    assert teach.needs_catch_up(older, images, labels)


def test_the_card_records_how_much_faster_the_last_layers_learned():
    base = Model(Network.random([784, 8, 10], seed=0), "tiny", "book")
    images = np.arange(2 * 784).reshape(2, 784).astype(np.uint8)
    fast = teach.teach(base, images, [7, 1], config=QUICK)
    assert fast.card["fine_tune"]["top_lr_scale"] == [10.0, 3.0] == list(FineTuneConfig().top_lr_scale)
    even = teach.teach(base, images, [7, 1], config=replace(QUICK, top_lr_scale=()))
    assert even.card["fine_tune"]["top_lr_scale"] == []
    assert not np.allclose(even.network.weights[-1], fast.network.weights[-1])


def test_a_base_network_is_named_by_its_file_or_its_parameters(tmp_path):
    net = Network.random([784, 8, 10], seed=0)
    net.save(tmp_path / "w.npz")
    assert network_sha256(load_file(tmp_path / "w.npz")) == sha256_of(tmp_path / "w.npz")
    in_memory = network_sha256(Model(net, "n", "book"))
    assert in_memory == network_sha256(Model(net.copy(), "n", "book"))
    assert in_memory != network_sha256(Model(Network.random([784, 8, 10], seed=1), "n", "book"))
    assert network_sha256(load_shipped()) == sha256_of(shipped_weights_path())


@pytest.mark.parametrize("card, count", [
    ({"taught_digits": 3}, 3), ({"taught_digits": 0}, 0), ({"taught_digits": -1}, None),
    ({"taught_digits": True}, None), ({"taught_digits": "3"}, None), ({}, None), ([], None),
    ({"taught_digits": 2 ** 31}, None), ({"taught_digits": 10 ** 9}, 10 ** 9)])
def test_a_cards_count_is_a_whole_number_or_nothing(card, count):
    assert teach.card_count(card, "taught_digits") == count
