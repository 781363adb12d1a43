"""Training: gradients against finite differences, optimizers, schedule, determinism,
augmentation, a short real run, early stopping, and ``digitpad train``."""

import dataclasses
import json
import math

import numpy as np
import pytest

from digitpad.cli import main
from digitpad.models import sha256_of
from digitpad.nn.augment import AugmentConfig, Augmenter, augment
from digitpad.nn.network import Network
from digitpad.nn.train import (
    PRESETS, SGD, Adam, TrainConfig, accuracy, initial_network, learning_rate,
    loss_and_gradients, split_validation, train)
from shared_data import mnist, pendigits_path

# a reference written independently of the trainer, in float64 ---------------------------

_F = {"sigmoid": lambda a: 1 / (1 + np.exp(-a)), "relu": lambda a: np.maximum(a, 0),
      "identity": lambda a: a, "tanh": np.tanh}


def reference_loss(params, acts, X, labels, loss, smoothing, weight_decay, soft=None, soft_weight=0.0):
    h = X
    n_layers = len(params) // 2
    for k in range(n_layers):
        a = h @ params[2 * k] + params[2 * k + 1]
        h = _F[acts[k]](a) if k < n_layers - 1 else a
    a = h - h.max(axis=1, keepdims=True)
    y = np.exp(a) / np.exp(a).sum(axis=1, keepdims=True)
    K = y.shape[1]
    t = np.full_like(y, smoothing / K)
    t[np.arange(len(labels)), labels] += 1 - smoothing
    if soft is not None:
        t = (1 - soft_weight) * t + soft_weight * soft
    if loss == "cross-entropy":
        value = -(t * np.log(y)).sum() / len(labels)
    else:
        value = 0.5 * ((y - t) ** 2).sum() / len(labels)
    return value + 0.5 * weight_decay * sum((params[2 * k] ** 2).sum() for k in range(n_layers))


def tiny_problem(activation, seed=0):
    """A 6-5-4-3 network in float64, 7 samples, and weights large enough to bend."""
    rng = np.random.default_rng(seed)
    sizes = [6, 5, 4, 3]
    weights = [rng.standard_normal((a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
    biases = [rng.standard_normal(b) * 0.5 for b in sizes[1:]]
    X = rng.standard_normal((7, 6))
    labels = rng.integers(0, 3, 7)
    if activation == "relu":  # keep pre-activations away from the kink at 0
        X = X + np.sign(X) * 0.1
    return weights, biases, X, labels


@pytest.mark.parametrize("activation", ["sigmoid", "relu", "identity", "tanh"])
@pytest.mark.parametrize("loss", ["cross-entropy", "mse"])
@pytest.mark.parametrize("smoothing, weight_decay, soft_weight", [
    (0.0, 0.0, 0.0), (0.1, 0.0, 0.0), (0.0, 0.05, 0.0), (0.1, 0.0, 0.6)])
def test_gradients_match_central_differences(activation, loss, smoothing, weight_decay,
                                             soft_weight):
    weights, biases, X, labels = tiny_problem(activation)
    acts = [activation, activation]
    params = [p for wb in zip(weights, biases) for p in wb]
    soft = np.random.default_rng(1).dirichlet(np.ones(3), len(labels)) if soft_weight else None
    settings = (loss, smoothing, weight_decay, soft, soft_weight)

    value, grads = loss_and_gradients((weights, biases, acts), X, labels, *settings)
    assert value == pytest.approx(reference_loss(params, acts, X, labels, *settings), rel=1e-12)
    assert [g.shape for g in grads] == [p.shape for p in params]

    h = 1e-6
    for p, g in zip(params, grads):
        numeric = np.empty_like(p)
        for i in np.ndindex(p.shape):
            keep = p[i]
            p[i] = keep + h
            up = reference_loss(params, acts, X, labels, *settings)
            p[i] = keep - h
            down = reference_loss(params, acts, X, labels, *settings)
            p[i] = keep
            numeric[i] = (up - down) / (2 * h)
        np.testing.assert_allclose(g, numeric, rtol=1e-5, atol=1e-8)
        assert np.abs(numeric).max() > 0  # the check compared something


def test_float32_training_gradients_agree_with_float64():
    weights, biases, X, labels = tiny_problem("sigmoid", seed=3)
    _, g64 = loss_and_gradients((weights, biases, ["sigmoid"] * 2), X, labels)
    _, g32 = loss_and_gradients((weights, biases, ["sigmoid"] * 2), X, labels, dtype=np.float32)
    for a, b in zip(g32, g64):
        assert a.dtype == np.float32
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)


# optimizers and schedule -------------------------------------------------------------------

def test_adam_first_step_moves_every_parameter_by_lr_against_its_gradient():
    params = np.array([1.0, -2.0, 3.0], np.float32)
    grad = np.array([0.5, -4.0, 1e-3], np.float32)
    Adam(3, eps=1e-12).step(params, grad, 0.01)
    np.testing.assert_allclose(params, [0.99, -1.99, 2.99], rtol=1e-6)


def test_sgd_momentum_and_nesterov_steps():
    g = np.array([1.0, -2.0], np.float32)
    plain, nesterov = np.zeros(2, np.float32), np.zeros(2, np.float32)
    sgd, nag = SGD(2, momentum=0.5, nesterov=False), SGD(2, momentum=0.5, nesterov=True)
    for _ in range(2):
        sgd.step(plain, g, 0.1)
        nag.step(nesterov, g, 0.1)
    # velocities 1 g then 1.5 g; Nesterov looks ahead by one more momentum step
    np.testing.assert_allclose(plain, -0.1 * (1 + 1.5) * g, rtol=1e-6)
    np.testing.assert_allclose(nesterov, -0.1 * ((1 + 0.5) + (1 + 0.5 * 1.5)) * g, rtol=1e-6)


def test_learning_rate_schedules():
    cosine = TrainConfig(lr=0.1, schedule="cosine", epochs=10, warmup_epochs=2, final_lr=0.01)
    steps = 10
    lrs = [learning_rate(cosine, s, steps) for s in range(100)]
    assert lrs[0] == pytest.approx(0.1 / 20) and lrs[19] == pytest.approx(0.1)
    assert all(b > a for a, b in zip(lrs[:20], lrs[1:20]))  # warm-up rises
    assert all(b < a for a, b in zip(lrs[20:], lrs[21:]))  # then it only falls
    assert 0.001 < lrs[-1] < 0.0011 and learning_rate(cosine, 100, steps) == pytest.approx(0.001)
    assert learning_rate(cosine, 60, steps) == pytest.approx(0.001 + 0.099 * 0.5 * (1 + math.cos(math.pi / 2)))

    step = TrainConfig(lr=0.1, schedule="step", step_epochs=3, step_gamma=0.5, epochs=10)
    assert [learning_rate(step, e * steps, steps) for e in (0, 2, 3, 6, 9)] == pytest.approx(
        [0.1, 0.1, 0.05, 0.025, 0.0125])
    assert learning_rate(TrainConfig(lr=0.3, schedule="constant"), 12345, steps) == 0.3


# configuration and presets -------------------------------------------------------------------

def test_presets_name_the_shipped_and_the_keras_recipes():
    assert {"shipped", "keras"} <= set(PRESETS)
    keras = PRESETS["keras"]
    assert keras.description == "The book's network, Keras-style: MSE, Adam, 20 epochs"
    assert (keras.config.loss, keras.config.optimizer, keras.config.epochs) == ("mse", "adam", 20)
    for preset in PRESETS.values():
        assert preset.config.sizes() == [784, *preset.config.hidden, 10]
    shipped = PRESETS["shipped"].config
    assert (shipped.hidden, shipped.activation) == ((50, 100), "sigmoid")


@pytest.mark.parametrize("change, words", [
    (dict(activation="step"), "activation"), (dict(loss="hinge"), "loss"),
    (dict(lr=0.0), "learning rate"), (dict(lr=float("nan")), "learning rate"),
    (dict(batch_size=0), "batch size"), (dict(epochs=0), "epochs"),
    (dict(hidden=(50, 0)), "hidden"), (dict(label_smoothing=1.0), "smoothing"),
    (dict(clean_epochs=99), "clean_epochs"), (dict(momentum=1.0), "momentum"),
    (dict(distill_weight=0.5), "teacher"), (dict(distill_temperature=0.0), "temperature"),
])
def test_bad_settings_are_refused_with_a_reason(change, words):
    with pytest.raises(ValueError, match=words):
        TrainConfig(**change)


def test_config_round_trips_through_plain_json():
    config = PRESETS["shipped"].config.replace(
        teacher=TrainConfig(hidden=(20,), activation="relu", augment=AugmentConfig()),
        distill_weight=0.3)
    again = TrainConfig.from_dict(json.loads(json.dumps(config.to_dict())))
    assert again == config
    with pytest.raises(ValueError, match="unknown"):
        TrainConfig.from_dict({**config.to_dict(), "dropout": 0.5})


def test_validation_split_is_disjoint_and_seeded():
    config = TrainConfig(validation_size=100, seed=1)
    fit, val = split_validation(config, 1000)
    assert len(fit) == 900 and len(val) == 100
    assert np.array_equal(np.sort(np.concatenate([fit, val])), np.arange(1000))
    assert np.array_equal(val, split_validation(config, 1000)[1])
    assert not np.array_equal(val, split_validation(config.replace(seed=2), 1000)[1])
    with pytest.raises(ValueError, match="hold out"):
        split_validation(config, 100)


# determinism and callbacks on synthetic data --------------------------------------------------

def synthetic_digits(n=600, seed=0):
    """uint8 'images' whose label decides which block of pixels is bright."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 10, n).astype(np.uint8)
    X = rng.integers(0, 60, (n, 784)).astype(np.uint8)
    for digit in range(10):
        rows = labels == digit
        X[np.ix_(rows, np.arange(digit * 70 + 40, digit * 70 + 100))] = 230
    return X, labels


SMALL = TrainConfig(hidden=(12, 8), epochs=2, batch_size=50, lr=0.01, validation_size=100,
                    augment=AugmentConfig(probability=0.5), label_smoothing=0.05, seed=7)


def test_same_seed_same_weights_other_seed_other_weights():
    X, y = synthetic_digits()
    a = train(SMALL, X, y).network
    b = train(SMALL, X, y).network
    c = train(SMALL.replace(seed=8), X, y).network
    for p, q in zip(a.parameters(), b.parameters()):
        assert np.array_equal(p, q)
    assert not all(np.array_equal(p, q) for p, q in zip(a.parameters(), c.parameters()))


def test_augmentation_does_not_change_the_initial_weights_or_the_split():
    plain = SMALL.replace(augment=None)
    for p, q in zip(initial_network(SMALL).parameters(), initial_network(plain).parameters()):
        assert np.array_equal(p, q)


@pytest.mark.parametrize("optimizer, loss, activation, lr", [
    ("adam", "cross-entropy", "sigmoid", 0.01), ("adam", "mse", "identity", 0.01),
    ("sgd", "mse", "relu", 0.5), ("sgd", "cross-entropy", "tanh", 0.05)])
def test_training_learns_the_synthetic_task(optimizer, loss, activation, lr):
    X, y = synthetic_digits(1000)
    config = SMALL.replace(optimizer=optimizer, loss=loss, activation=activation, epochs=4,
                           lr=lr, augment=None)
    result = train(config, X, y)
    assert result.validation_accuracy > 0.9
    assert result.history[-1].train_loss < result.history[0].train_loss


def test_callbacks_report_progress_and_hand_out_copies():
    X, y = synthetic_digits()
    steps, epochs = [], []
    result = train(SMALL.replace(epochs=3), X, y, X[:50], y[:50], on_step=steps.append,
                   on_epoch=epochs.append, report_every=3)
    per_epoch = math.ceil(500 / 50)
    assert [(s.epoch, s.step) for s in steps if s.epoch == 1] == [(1, 3), (1, 6), (1, 9), (1, 10)]
    assert all(s.steps_per_epoch == per_epoch and s.lr > 0 and s.loss > 0 for s in steps)
    assert steps[-1].fraction == 1.0
    assert [e.epoch for e in epochs] == [1, 2, 3]
    for e in epochs:
        assert isinstance(e.network, Network) and e.network.sizes == (784, 12, 8, 10)
        assert 0 <= e.train_accuracy <= 1 and e.validation_accuracy is not None
        assert e.eval_accuracy == accuracy(e.network, X[:50], y[:50])
    # each epoch's network is a snapshot, not a view of weights still changing
    assert not np.array_equal(epochs[0].network.weights[0], epochs[2].network.weights[0])
    assert np.array_equal(epochs[2].network.weights[0], result.network.weights[0])
    assert [h.epoch for h in result.history] == [1, 2, 3]
    assert all(h.network is None for h in result.history)
    assert not result.stopped and result.epochs_completed == 3


def test_times_are_read_from_the_clock_given():
    """A caller that holds the run in a callback (a pause) gives a clock that stands still
    meanwhile; here one that never moves: no time passes for the run, its teacher or its epochs."""
    X, y = synthetic_digits()
    teacher = TrainConfig(hidden=(8,), epochs=1, batch_size=100)
    result = train(SMALL.replace(teacher=teacher), X, y, clock=lambda: 100.0)
    assert result.seconds == 0.0 and [e.seconds for e in result.history] == [0.0, 0.0]
    assert train(SMALL, X, y).seconds > 0


def test_should_stop_ends_training_early_with_what_was_trained():
    X, y = synthetic_digits()
    calls, steps = [], []

    def should_stop():
        calls.append(1)
        return len(calls) > 5

    start = initial_network(SMALL)
    result = train(SMALL.replace(epochs=50), X, y, on_step=steps.append,
                   should_stop=should_stop, report_every=1)
    assert result.stopped
    assert len(steps) == 5 and result.history == []
    assert result.validation_accuracy is not None
    assert not np.array_equal(result.network.weights[0], start.weights[0])


def test_a_stop_partway_through_an_epoch_keeps_its_steps_and_says_how_many():
    X, y = synthetic_digits()   # 500 images to fit in batches of 50: 10 steps an epoch
    calls, epochs = [], []

    def stop_after(n):
        calls.clear()
        return lambda: calls.append(1) or len(calls) > n

    partway = train(SMALL.replace(epochs=3), X, y, X[:50], y[:50], on_epoch=epochs.append,
                    should_stop=stop_after(13))
    assert partway.stopped and partway.stopped_partway and len(partway.history) == 1
    assert (partway.steps_into_epoch, partway.steps_per_epoch) == (3, 10)
    assert not np.array_equal(partway.network.weights[0], epochs[0].network.weights[0])
    assert partway.eval_accuracy == accuracy(partway.network, X[:50], y[:50])

    between = train(SMALL.replace(epochs=3), X, y, should_stop=stop_after(10))
    assert between.stopped and not between.stopped_partway and len(between.history) == 1
    assert (between.steps_into_epoch, between.steps_per_epoch) == (0, 10)
    whole = train(SMALL, X, y)
    assert not whole.stopped_partway and whole.steps_into_epoch == 0


def test_a_teacher_learns_first_from_the_same_images_and_its_answers_change_the_student():
    X, y = synthetic_digits()  # 600 images, 100 held out for validation
    teacher = TrainConfig(hidden=(32,), activation="relu", epochs=2, batch_size=100, lr=0.01,
                          validation_size=5000, seed=3)
    config = SMALL.replace(teacher=teacher, distill_weight=0.5, distill_temperature=2.0,
                           augment=None, lr=0.03, epochs=4)
    steps = []
    result = train(config, X, y, on_step=steps.append, report_every=1)
    assert [s.phase for s in steps] == ["teacher"] * 10 + ["train"] * 40
    assert all(s.steps_per_epoch == 5 for s in steps[:10])  # 500 images: none held out twice
    assert result.validation_accuracy > 0.9 and len(result.history) == 4
    assert result.teacher_validation_accuracy > 0.9
    plain = train(config.replace(teacher=None, distill_weight=0.0), X, y)
    assert not np.array_equal(plain.network.weights[0], result.network.weights[0])
    again = train(config, X, y)
    assert np.array_equal(again.network.weights[0], result.network.weights[0])


def test_stopping_while_the_teacher_learns_stops_everything():
    X, y = synthetic_digits()
    teacher = TrainConfig(hidden=(32,), activation="relu", epochs=3, batch_size=100, seed=3)
    config = SMALL.replace(teacher=teacher, distill_weight=0.5)
    calls = []
    result = train(config, X, y, should_stop=lambda: calls.append(1) or len(calls) > 2)
    assert result.stopped and result.history == [] and len(calls) == 3


def test_ema_returns_the_averaged_weights():
    X, y = synthetic_digits()
    plain = train(SMALL, X, y).network
    averaged = train(SMALL.replace(ema_decay=0.9), X, y).network
    assert not np.array_equal(plain.weights[0], averaged.weights[0])


def test_blas_threads_are_limited_while_training_and_restored_after():
    from digitpad.nn.blas import blas_threads
    before = blas_threads()
    assert before is not None, "threadpoolctl found no BLAS under NumPy"
    seen = []
    X, y = synthetic_digits()
    train(SMALL.replace(epochs=1), X, y, should_stop=lambda: seen.append(blas_threads()) or False)
    assert set(seen) == {1}
    assert blas_threads() == before
    seen.clear()
    train(SMALL.replace(epochs=1), X, y, blas_threads=None,
          should_stop=lambda: seen.append(blas_threads()) or False)
    assert set(seen) == {before}


def test_bad_data_is_refused():
    X, y = synthetic_digits(200)
    with pytest.raises(ValueError, match="uint8"):
        train(SMALL, X.astype(np.float32), y)
    with pytest.raises(ValueError, match="labels"):
        train(SMALL, X, y[:-1])
    with pytest.raises(ValueError, match="0..9"):
        train(SMALL, X, y + 10)


# augmentation ----------------------------------------------------------------------------------

def blob_digits(n=64, seed=0):
    """Stroke-like test images: random thick line segments, uint8."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:28, 0:28]
    images = np.zeros((n, 28, 28), np.float64)
    for i in range(n):
        for _ in range(3):
            (x0, y0), (x1, y1) = rng.uniform(6, 22, (2, 2))
            t = np.clip(((xx - x0) * (x1 - x0) + (yy - y0) * (y1 - y0))
                        / max((x1 - x0) ** 2 + (y1 - y0) ** 2, 1e-9), 0, 1)
            d = np.hypot(xx - (x0 + t * (x1 - x0)), yy - (y0 + t * (y1 - y0)))
            images[i] = np.maximum(images[i], np.clip(1.8 - d, 0, 1))
    return (images.reshape(n, 784) * 255).round().astype(np.uint8)


@pytest.mark.parametrize("dtype", [np.uint8, np.float32, np.float64])
def test_augment_keeps_shape_dtype_and_range(dtype):
    images = blob_digits()
    if dtype != np.uint8:
        images = images.astype(dtype) / 255
    out = augment(images, 0)
    assert out.shape == images.shape
    assert out.dtype == (np.uint8 if dtype == np.uint8 else np.float32)
    assert out.min() >= 0 and out.max() <= images.max()
    assert np.isfinite(out).all()
    assert images is not out


def test_identity_settings_give_the_image_back():
    images = blob_digits(200)
    np.testing.assert_array_equal(augment(images, 0, AugmentConfig.identity()), images)
    floats = images.astype(np.float32) / 255
    np.testing.assert_array_equal(augment(floats, 0, AugmentConfig.identity()), floats)


def test_a_distortion_moves_ink_but_keeps_most_of_it():
    images = blob_digits(200).astype(np.float64)
    out = augment(images.astype(np.float32), 1).astype(np.float64)
    moved = np.abs(out - images).sum(axis=1) / images.sum(axis=1)
    kept = out.sum(axis=1) / images.sum(axis=1)
    assert np.median(moved) > 0.3  # really different pixels
    assert 0.7 < np.median(kept) < 1.4 and kept.min() > 0.3  # much the same amount of ink

    def centre(im):
        w = im.reshape(-1, 28, 28)
        m = w.sum(axis=(1, 2))
        return np.stack([(w.sum(axis=1) * np.arange(28)).sum(1) / m,
                         (w.sum(axis=2) * np.arange(28)).sum(1) / m], axis=1)

    shift = np.hypot(*(centre(out) - centre(images)).T)
    assert np.median(shift) < 3 and shift.max() < 8  # nothing thrown off the canvas


def test_halving_the_scale_halves_the_digit():
    images = blob_digits(50)
    half = dataclasses.replace(AugmentConfig.identity(), scale=(0.5, 0.5))
    out = augment(images.astype(np.float32), 0, half)
    ink_ratio = out.sum(axis=1) / images.sum(axis=1, dtype=np.float64)
    assert np.allclose(ink_ratio, 0.25, atol=0.05)

    def extent(im):
        rows = np.nonzero((im.reshape(28, 28) > 60).any(axis=1))[0]
        return rows.max() - rows.min() + 1

    for a, b in zip(images[:10], out[:10]):
        assert abs(extent(b) / extent(a) - 0.5) < 0.2


def test_probability_zero_leaves_images_alone_and_one_distorts_all():
    images = blob_digits(40)
    config = AugmentConfig(probability=0.0)
    np.testing.assert_array_equal(augment(images, 0, config), images)
    changed = (augment(images, 0, AugmentConfig(probability=1.0)) != images).any(axis=1)
    assert changed.all()


def test_augmenter_is_reproducible_and_in_place_agrees():
    images = blob_digits(100).astype(np.float32) / 255
    first = Augmenter(AugmentConfig(), 5)(images)
    again = images.copy()
    Augmenter(AugmentConfig(), 5).augment_inplace(again)
    np.testing.assert_array_equal(first, again)
    assert not np.array_equal(first, Augmenter(AugmentConfig(), 6)(images))


def test_augment_refuses_bad_input_and_settings():
    with pytest.raises(ValueError, match="784"):
        augment(np.zeros((3, 100), np.uint8), 0)
    with pytest.raises(ValueError, match="probability"):
        AugmentConfig(probability=1.5)
    with pytest.raises(ValueError, match="scale"):
        AugmentConfig(scale=(1.2, 0.8))


@pytest.mark.mnist
def test_distorted_digits_keep_their_labels():
    """A distortion leaves a digit what it was: the shipped network still reads them."""
    from digitpad.models import load_shipped
    images, labels = mnist("test")
    images, labels = images[:2000], labels[:2000]
    net = load_shipped().network
    clean = accuracy(net, images, labels)
    distorted = accuracy(net, augment(images, 0, PRESETS["shipped"].config.augment), labels)
    assert distorted > 0.93 and clean - distorted < 0.05


# real MNIST ---------------------------------------------------------------------------------------

@pytest.mark.mnist
def test_one_short_epoch_on_mnist_beats_chance_and_the_start():
    images, labels = mnist("train")
    test_images, test_labels = mnist("test")
    config = PRESETS["quick"].config.replace(epochs=1, batch_size=32, lr=0.01, schedule="constant",
                                             validation_size=300, seed=0)
    start = accuracy(initial_network(config), test_images, test_labels)
    result = train(config, images[:3000], labels[:3000], test_images, test_labels)
    assert start < 0.25
    assert result.eval_accuracy > 0.8 and result.validation_accuracy > 0.75
    assert result.eval_accuracy > start + 0.5


def test_extra_images_are_trained_on_and_never_held_out():
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (400, 784)).astype(np.uint8)
    labels = rng.integers(0, 10, 400)
    config = PRESETS["quick"].config.replace(epochs=1, validation_size=100, seed=3)
    alone = train(config, images, labels)
    more = train(config, images, labels, extra=(images[:50], (labels[:50] + 1) % 10))
    assert not np.array_equal(alone.network.weights[0], more.network.weights[0])
    # the validation images are the seed's 100 of the 400 either way, judged by the same network
    _, val = split_validation(config, 400)
    assert alone.validation_accuracy == accuracy(alone.network, images[val], labels[val])
    assert more.validation_accuracy == accuracy(more.network, images[val], labels[val])
    with pytest.raises(ValueError, match="extra training images must be uint8"):
        train(config, images, labels, extra=(images[:5].astype(float), labels[:5]))


# the command line -------------------------------------------------------------------------------

@pytest.mark.mnist
def test_cli_trains_and_writes_a_network_and_its_card(tmp_path, capsys, monkeypatch):
    mnist("test")  # skips without MNIST
    monkeypatch.setenv("DIGITPAD_PENDIGITS", str(pendigits_path()))
    out = tmp_path / "net.npz"
    code = main(["train", "--limit", "2000", "--epochs", "1", "--out", str(out)])
    assert code == 0
    net = Network.load(out)
    assert net.sizes == (784, 50, 100, 10) and set(net.activations) == {"sigmoid"}
    card = json.loads(out.with_suffix(".json").read_text())
    assert card["sha256"] == sha256_of(out)
    assert card["architecture"] == [784, 50, 100, 10] and card["activation"] == "sigmoid"
    assert card["command"] == f"digitpad train --preset shipped --epochs 1 --limit 2000 --out {out}"
    assert card["training_images"] + card["validation_images"] == 2000
    assert len(card["history"]) == 1 and "test_accuracy" in card["history"][0]
    assert card["config"]["epochs"] == 1 and card["seed"] == PRESETS["shipped"].config.seed
    test_images, test_labels = mnist("test")
    assert card["test_accuracy"] == accuracy(net, test_images, test_labels)
    printed = capsys.readouterr().out
    assert "epoch   1/1" in printed and "test accuracy" in printed
    assert not list(tmp_path.glob(".*tmp"))
    # the pen digits: 200 of the training writers' twice (the ones among them three times),
    # 200 of the held-out writers' measured, and 200 MNIST training images redrawn as strokes
    from digitpad.data.pendigits import read_pendigits
    recipe = PRESETS["shipped"].pen
    assert card["pen_validation_writers"] == sorted(recipe.validation_writers)
    assert not set(card["pen_training_writers"]) & set(card["pen_validation_writers"])
    first = [d for d in read_pendigits(pendigits_path())
             if d.writer not in recipe.validation_writers][:200]
    again = sum(d.label in recipe.more_of for d in first)
    assert recipe.more_of and again > 0
    assert card["pen_training_images"] == 200 * recipe.copies + again
    assert card["pen_validation_images"] == 200
    assert recipe.redrawn > 200 and card["mnist_redrawn_images"] == 200
    assert card["training_images"] == 1800  # MNIST's own, the pen and redrawn digits apart
    batches = -(-(1800 + card["pen_training_images"] + 200) // PRESETS["shipped"].config.batch_size)
    assert f"1 epochs of {batches} steps" in printed  # the pen and redrawn digits are batched too
    assert 0 <= card["pen_validation_accuracy"] <= 1 and len(card["pen_validation_per_digit"]) == 10
    assert any("Alpaydin" in d for d in card["datasets"]) and any("MNIST" in d for d in card["datasets"])
    assert "held-out pen writers" in printed


@pytest.mark.mnist
def test_redrawn_mnist_digits_come_from_the_training_split_and_read_as_their_labels():
    """MNIST training images traced and drawn again as the Draw tab draws strokes."""
    from digitpad.cli.train import _redrawn_mnist
    from digitpad.models import load_shipped
    from digitpad.nn.train import PenRecipe
    images, labels = mnist("train")
    images, labels = images[:1000], labels[:1000]
    config = PRESETS["shipped"].config.replace(validation_size=300)
    _, val = split_validation(config, 1000)
    blanked = images.copy()
    blanked[val] = 0  # a validation image would come out blank: none may be chosen
    recipe = PenRecipe(validation_writers=(3,), redrawn=400)
    X, y = _redrawn_mnist(recipe, config, blanked, labels, None)
    assert X.shape == (400, 784) and X.dtype == np.uint8 and (X.max(axis=1) > 0).all()
    assert np.bincount(y, minlength=10).min() > 10  # many digits of every kind
    read = load_shipped().network.predict(X, input_scale=1 / 255).argmax(axis=1)
    assert np.mean(read == y) > 0.95  # each image is drawn from the image of its label
    again, _ = _redrawn_mnist(recipe, config, blanked, labels, None)
    assert np.array_equal(X, again)  # the recipe's seed decides everything
    other, _ = _redrawn_mnist(dataclasses.replace(recipe, seed=1), config, blanked, labels, None)
    assert not np.array_equal(X, other)
    # the pen's width varies: thin and thick drawings of the same digits differ in ink
    thin, _ = _redrawn_mnist(dataclasses.replace(recipe, redrawn_width=(1.5, 1.5)), config,
                             blanked, labels, None)
    thick, _ = _redrawn_mnist(dataclasses.replace(recipe, redrawn_width=(3.0, 3.0)), config,
                              blanked, labels, None)
    assert thick.sum(dtype=np.int64) > 1.3 * thin.sum(dtype=np.int64)
    small, _ = _redrawn_mnist(recipe, config, blanked, labels, 100)
    assert len(small) == 10  # a quick try (--limit 100) redraws a tenth as many


@pytest.mark.mnist
def test_drawing_spread_over_processes_gives_the_same_images():
    """The training digits are drawn in pieces on several processes: the same bits as in one."""
    from digitpad.cli.train import DRAWN_PER_TASK, drawn, redrawn
    from digitpad.data.pendigits import network_inputs, read_pendigits
    digits = read_pendigits(pendigits_path())[:DRAWN_PER_TASK + 30]  # two pieces
    images, _ = mnist("train")
    n = 40
    jobs = [(network_inputs, digits), (redrawn, images[:n], np.linspace(1.8, 2.8, n),
                                       np.linspace(-0.3, 0.3, n))]
    alone = drawn(jobs, workers=1)
    spread = drawn(jobs, workers=2)
    assert [a.shape for a in alone] == [(len(digits), 784), (n, 784)]
    assert all(np.array_equal(a, b) for a, b in zip(alone, spread))
    assert np.array_equal(alone[0][:5], network_inputs(digits[:5]))  # in order, piece by piece
    assert (alone[1].max(axis=1) > 0).all()


@pytest.mark.mnist
def test_other_pen_writers_can_be_held_out_and_the_card_says_which(tmp_path, capsys, monkeypatch):
    from digitpad.bench.pen import trained_writers
    mnist("test")
    monkeypatch.setenv("DIGITPAD_PENDIGITS", str(pendigits_path()))
    out = tmp_path / "net.npz"
    assert main(["train", "--limit", "1000", "--epochs", "1", "--no-teacher",
                 "--pen-held-out", "1-2,30", "--out", str(out)]) == 0
    card = json.loads(out.with_suffix(".json").read_text())
    assert card["pen_validation_writers"] == [1, 2, 30] == card["pen_recipe"]["validation_writers"]
    assert not {1, 2, 30} & set(trained_writers(card))
    assert card["command"].endswith(f"--pen-held-out 1,2,30 --limit 1000 --out {out}")
    capsys.readouterr()
    for extra, why in ((["--no-pen"], "--no-pen"), (["--preset", "quick"], "--preset quick")):
        for flag, value in (("--pen-held-out", "3"), ("--pen", "/nonexistent")):
            assert main(["train", *extra, flag, value, "--out", str(tmp_path / "b.npz")]) == 2
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and f"{flag}: {why} trains on MNIST alone, with no pen digits" in err
    assert not (tmp_path / "b.npz").exists()


@pytest.mark.mnist
def test_cli_says_where_the_pen_digits_are_wanted_and_trains_on_mnist_alone_without(
        tmp_path, capsys, monkeypatch):
    mnist("test")
    monkeypatch.delenv("DIGITPAD_PENDIGITS", raising=False)
    out = tmp_path / "net.npz"
    assert main(["train", "--limit", "500", "--epochs", "1", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "real pen digits" in err and "DIGITPAD_PENDIGITS" in err and "--no-pen" in err
    assert not out.exists()
    from pen_files import ONE, write_pen_file
    damaged = write_pen_file(tmp_path / "pendigits-orig.tra", [(1, 1, 1, ONE), (1, 3, 1, ONE)])
    (tmp_path / "SHA256SUMS").write_text(f"{'0' * 64}  pendigits-orig.tra\n")
    assert main(["train", "--limit", "500", "--epochs", "1", "--pen", str(tmp_path),
                 "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "does not match" in err and err.count("\n") == 1 and not out.exists()
    assert main(["train", "--limit", "500", "--epochs", "1", "--no-pen", "--out", str(out)]) == 0
    card = json.loads(out.with_suffix(".json").read_text())
    assert card["command"].endswith(f"--no-pen --limit 500 --out {out}")
    assert "pen_training_writers" not in card and len(card["datasets"]) == 1


@pytest.mark.parametrize("argv, words", [
    (["--epochs", "zero"], "--epochs: not a whole number"),
    (["--lr", "fast"], "--lr: not a number"),
    (["--lr", "-1"], "learning rate"),
    (["--hidden", "50,x"], "--hidden"),
    (["--activation", "step"], "activation"),
    (["--preset", "nope"], "unknown preset"),
    (["--limit", "1"], "--limit"),
])
def test_cli_bad_option_values_give_one_line_and_exit_2(tmp_path, capsys, argv, words):
    out = tmp_path / "net.npz"
    assert main(["train", *argv, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err
    assert not out.exists()


def test_cli_missing_out_is_one_line_too(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["train", "--epochs", "1"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--out" in err


def test_cli_interrupted_run_writes_nothing(tmp_path, tmp_path_factory, monkeypatch, capsys):
    import digitpad.data.mnist
    import digitpad.nn.train
    from pen_files import ONE, SEVEN, write_pen_file
    X, y = synthetic_digits(300)
    monkeypatch.setattr(digitpad.data.mnist, "load_mnist", lambda split, path=None: (X, y))
    pen = write_pen_file(tmp_path_factory.mktemp("pen") / "pen.tra",
                         [(7, 1, 1, SEVEN), (1, 3, 1, ONE)])  # writer 3 is held out
    monkeypatch.setenv("DIGITPAD_PENDIGITS", str(pen))

    def interrupted(*args, on_step=None, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(digitpad.nn.train, "train", interrupted)
    out = tmp_path / "net.npz"
    assert main(["train", "--epochs", "1", "--limit", "300", "--out", str(out)]) == 130
    assert list(tmp_path.iterdir()) == []
