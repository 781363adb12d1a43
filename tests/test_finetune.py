"""The fine-tune that teaches a network someone's digits: it learns them and keeps MNIST."""

import numpy as np
import pytest

from digitpad.models import load_shipped
from digitpad.nn.finetune import FineTuneConfig, fine_tune
from digitpad.nn.train import accuracy
from shared_data import mnist

QUICK = FineTuneConfig(steps=20, user_batch=4, replay_batch=28)


def misread_digits(network, images, labels, n):
    """The first n test digits ``network`` gets wrong, and the indices of the rest."""
    wrong = np.flatnonzero(network.predict(images, input_scale=1 / 255).argmax(axis=1) != labels)
    return wrong[:n], np.setdiff1d(np.arange(len(labels)), wrong[:n])


@pytest.mark.mnist
def test_it_learns_the_digits_it_misread_and_keeps_reading_mnist():
    base = load_shipped().network
    X, y = mnist("test")
    replay = mnist("train")
    taught_idx, others = misread_digits(base, X, y, 20)
    assert accuracy(base, X[taught_idx], y[taught_idx]) == 0
    result = fine_tune(base, X[taught_idx], y[taught_idx], *replay)
    assert result.steps == FineTuneConfig().steps and not result.stopped
    assert accuracy(result.network, X[taught_idx], y[taught_idx]) >= 0.8
    held = others[:3000]
    before, after = accuracy(base, X[held], y[held]), accuracy(result.network, X[held], y[held])
    assert after >= before - 0.005
    assert result.loss > 0 and np.isfinite(result.loss)


@pytest.mark.mnist
def test_without_a_replay_the_same_fine_tune_forgets_more():
    """The replay is what keeps MNIST: taught hard on a few digits alone, the network drifts."""
    base = load_shipped().network
    X, y = mnist("test")
    taught_idx, others = misread_digits(base, X, y, 10)
    hard = FineTuneConfig(steps=120, user_batch=64, replay_batch=64, lr=3e-3)
    with_replay = fine_tune(base, X[taught_idx], y[taught_idx], *mnist("train"), config=hard)
    alone = fine_tune(base, X[taught_idx], y[taught_idx], config=hard)
    held = others[:3000]
    assert accuracy(alone.network, X[held], y[held]) < accuracy(with_replay.network, X[held], y[held])


def small_problem(seed=0):
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, (6, 784), dtype=np.uint8)
    labels = np.array([0, 1, 2, 3, 4, 5], np.uint8)
    replay = rng.integers(0, 256, (50, 784), dtype=np.uint8), rng.integers(0, 10, 50)
    return images, labels, replay


def test_same_seed_same_weights_and_the_start_is_left_alone():
    from digitpad.nn.network import Network
    start = Network.random([784, 12, 10], seed=3)
    kept = [p.copy() for p in start.parameters()]
    images, labels, replay = small_problem()
    one = fine_tune(start, images, labels, *replay, config=QUICK)
    two = fine_tune(start, images, labels, *replay, config=QUICK)
    other = fine_tune(start, images, labels, *replay, config=FineTuneConfig(
        steps=20, user_batch=4, replay_batch=28, seed=1))
    for a, b, c, k, s in zip(one.network.parameters(), two.network.parameters(),
                             other.network.parameters(), kept, start.parameters()):
        assert np.array_equal(a, b)
        assert np.array_equal(k, s)
    assert any(not np.array_equal(a, c) for a, c in zip(one.network.parameters(),
                                                         other.network.parameters()))
    assert any(not np.array_equal(a, k) for a, k in zip(one.network.parameters(), kept))


def test_progress_is_reported_and_a_cancel_stops_between_steps():
    from digitpad.nn.network import Network
    start = Network.random([784, 12, 10], seed=3)
    images, labels, replay = small_problem()
    seen = []
    done = fine_tune(start, images, labels, *replay, config=QUICK, on_step=seen.append,
                     report_every=5)
    assert [p.step for p in seen] == [5, 10, 15, 20]
    assert seen[-1].fraction == 1 and {p.phase for p in seen} == {"teach"}
    assert done.steps == 20 and not done.stopped
    asked = []

    def stop_after_three():
        asked.append(1)
        return len(asked) > 3

    stopped = fine_tune(start, images, labels, *replay, config=QUICK,
                        should_stop=stop_after_three)
    assert stopped.stopped and stopped.steps == 3


def test_bad_digits_and_settings_are_refused_with_a_reason():
    from digitpad.nn.network import Network
    start = Network.random([784, 12, 10], seed=3)
    images, labels, replay = small_problem()
    with pytest.raises(ValueError, match="labels must be whole numbers 0..9"):
        fine_tune(start, images, np.array([0, 1, 2, 3, 4, 12]), *replay, config=QUICK)
    with pytest.raises(ValueError, match="uint8"):
        fine_tune(start, images.astype(np.float32), labels, config=QUICK)
    with pytest.raises(ValueError, match="no user images"):
        fine_tune(start, images[:0], labels[:0], config=QUICK)
    with pytest.raises(ValueError, match="reads 784 pixels"):
        fine_tune(start, images[:, :100], labels, config=QUICK)
    with pytest.raises(ValueError, match="differ in size"):
        fine_tune(start, images, labels, replay[0][:, :100], replay[1], config=QUICK)
    for bad, message in ((dict(steps=0), "steps"), (dict(lr=float("nan")), "learning rate"),
                         (dict(user_batch=0), "at least one"), (dict(optimizer="rmsprop"), "rmsprop"),
                         (dict(seed=-1), "seed"), (dict(top_lr_scale=(10, 0)), "top_lr_scale"),
                         (dict(top_lr_scale=(float("inf"),)), "top_lr_scale"),
                         (dict(top_lr_scale=("fast",)), "top_lr_scale"),
                         (dict(top_lr_scale="55"), "top_lr_scale")):
        with pytest.raises(ValueError, match=message):
            FineTuneConfig(**bad)


@pytest.mark.parametrize("optimizer", ["adam", "sgd"])
def test_the_last_layers_learn_faster_by_their_multiples(optimizer):
    """One step from the same start and batch: each layer moves its multiple of the one-rate step."""
    from digitpad.nn.network import Network
    start = Network.random([784, 12, 11, 10], seed=3)
    images, labels, replay = small_problem()

    def moved(scale):
        config = FineTuneConfig(steps=1, user_batch=4, replay_batch=28, optimizer=optimizer,
                                lr=0.05, top_lr_scale=scale)  # steps far above float32's grain
        taught = fine_tune(start, images, labels, *replay, config=config).network
        return [a - b for a, b in zip(taught.parameters(), start.parameters())]

    even, fast = moved(()), moved((10, 3))
    assert FineTuneConfig().top_lr_scale == (10.0, 3.0)
    for k, times in enumerate([1, 1, 3, 3, 10, 10]):  # W1, b1, W2, b2, W3, b3
        assert np.abs(even[k]).max() > 0
        # float32 weights: the step is known to about 1e-7 of a weight, far below a factor of 3
        assert np.allclose(fast[k], times * even[k], rtol=0, atol=1e-3 * times * np.abs(even[k]).max()), k
    # a multiple for a layer the network does not have is unused
    one_layer = Network.random([784, 10], seed=3)
    config = FineTuneConfig(steps=1, user_batch=4, replay_batch=28, top_lr_scale=(2, 50))
    twice = fine_tune(one_layer, images, labels, *replay, config=config).network
    once = fine_tune(one_layer, images, labels, *replay,
                     config=FineTuneConfig(steps=1, user_batch=4, replay_batch=28,
                                           top_lr_scale=())).network
    step = once.weights[0] - one_layer.weights[0]
    assert np.allclose(twice.weights[0] - one_layer.weights[0], 2 * step, rtol=0,
                       atol=2e-3 * np.abs(step).max())


def test_replay_targets_computed_once_stand_for_the_starting_networks_answers():
    from digitpad.nn.finetune import answers
    from digitpad.nn.network import Network
    start = Network.random([784, 12, 10], seed=3)
    images, labels, replay = small_problem()
    targets = answers(start, replay[0])
    assert targets.shape == (50, 10) and np.allclose(targets.sum(axis=1), 1, atol=1e-5)
    fresh = fine_tune(start, images, labels, *replay, config=QUICK)
    kept = fine_tune(start, images, labels, *replay, config=QUICK, replay_targets=targets)
    for a, b in zip(fresh.network.parameters(), kept.network.parameters()):
        assert np.allclose(a, b, atol=1e-4)
    other = answers(Network.random([784, 12, 10], seed=9), replay[0])
    moved = fine_tune(start, images, labels, *replay, config=QUICK, replay_targets=other)
    assert not np.allclose(moved.network.weights[-1], kept.network.weights[-1], atol=1e-4)
    with pytest.raises(ValueError, match=r"replay_targets must be \(50, 10\)"):
        fine_tune(start, images, labels, *replay, config=QUICK, replay_targets=targets[:9])


def test_drawings_read_right_are_taught_with_their_answers():
    """Rows of the read-right drawings join every batch: seeded, and what they teach shows."""
    from digitpad.nn.network import Network
    start = Network.random([784, 12, 10], seed=3)
    images, labels, replay = small_problem()
    rng = np.random.default_rng(7)
    right = rng.integers(0, 256, (5, 784), dtype=np.uint8), np.full(5, 9, np.uint8)
    config = FineTuneConfig(steps=30, user_batch=4, read_right_batch=8, replay_batch=20, lr=3e-3)
    alone = fine_tune(start, images, labels, *replay, config=config)
    none = fine_tune(start, images, labels, *replay, config=config, read_right=(right[0][:0], right[1][:0]))
    one = fine_tune(start, images, labels, *replay, config=config, read_right=right)
    two = fine_tune(start, images, labels, *replay, config=config, read_right=right)
    for a, b, c in zip(alone.network.parameters(), none.network.parameters(), one.network.parameters()):
        assert np.array_equal(a, b)  # none kept: the same fine-tune as without them
    assert all(np.array_equal(a, b) for a, b in zip(one.network.parameters(), two.network.parameters()))
    nine = lambda net: net.predict(right[0], input_scale=1 / 255)[:, 9].mean()  # noqa: E731
    assert nine(one.network) > nine(alone.network) + 0.2
    # a batch of none of them is the corrections alone, whatever is given
    off = fine_tune(start, images, labels, *replay, read_right=right,
                    config=FineTuneConfig(steps=30, user_batch=4, read_right_batch=0,
                                          replay_batch=20, lr=3e-3))
    assert all(np.array_equal(a, b) for a, b in zip(off.network.parameters(), alone.network.parameters()))


def test_bad_read_right_drawings_are_refused_with_a_reason():
    from digitpad.nn.network import Network
    start = Network.random([784, 12, 10], seed=3)
    images, labels, replay = small_problem()
    with pytest.raises(ValueError, match="read-right labels must be whole numbers"):
        fine_tune(start, images, labels, config=QUICK, read_right=(images, labels + 5))
    with pytest.raises(ValueError, match="read-right images must be uint8"):
        fine_tune(start, images, labels, config=QUICK, read_right=(images / 255, labels))
    with pytest.raises(ValueError, match="read-right drawings and the user's digits differ"):
        fine_tune(start, images, labels, config=QUICK, read_right=(images[:, :100], labels))
    with pytest.raises(ValueError, match="read_right_batch"):
        FineTuneConfig(read_right_batch=-1)
