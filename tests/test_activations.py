"""The activation registry: every entry works on every path that reads it, and its forms agree."""

import numpy as np
import pytest

from digitpad.nn import explain
from digitpad.nn.activations import (HIDDEN_ACTIVATIONS, REGISTRY, TRAINABLE_ACTIVATIONS, activation,
                                     title)
from digitpad.nn.network import PIXEL_SCALE, Network, WeightsError
from digitpad.nn.train import TrainConfig, _MLP, initial_network, loss_and_gradients

SIZES = [784, 12, 8, 10]


def _digits(n=6, seed=0):
    return np.random.default_rng(seed).integers(0, 256, size=(n, 784)).astype(np.uint8)


def test_the_names_are_the_registrys_and_trainable_is_the_ones_with_a_slope():
    assert HIDDEN_ACTIVATIONS == tuple(REGISTRY) == ("step", "sigmoid", "relu", "identity", "tanh")
    assert TRAINABLE_ACTIVATIONS == tuple(n for n in HIDDEN_ACTIVATIONS if n != "step")
    assert not REGISTRY["step"].trainable
    assert title("relu") == "ReLU" and title("unheard-of") == "unheard-of"
    with pytest.raises(KeyError, match="known: step, sigmoid"):
        activation("swish")


@pytest.mark.parametrize("name", HIDDEN_ACTIVATIONS)
def test_in_place_form_equals_the_formula(name):
    entry = REGISTRY[name]
    a = np.linspace(-9, 9, 181, dtype=np.float32)
    expected = np.asarray(entry.function(a.astype(np.float64)), dtype=np.float64)
    got = a.copy()
    if entry.in_place is not None:
        entry.in_place(got)
    np.testing.assert_allclose(got, expected, atol=1e-6)
    if entry.output_range is not None:
        low, high = entry.output_range
        assert low <= got.min() and got.max() <= high


@pytest.mark.parametrize("name", TRAINABLE_ACTIVATIONS)
def test_derivative_from_the_output_equals_the_derivative(name):
    entry = REGISTRY[name]
    a = np.array([-3.0, -0.7, 0.4, 2.5])
    z = np.asarray(entry.function(a), dtype=np.float64)
    delta, tmp = np.full_like(a, 2.0), np.empty_like(a)
    entry.times_derivative(delta, z, tmp)
    np.testing.assert_allclose(delta, 2.0 * entry.derivative(a), rtol=1e-12)


@pytest.mark.parametrize("name", HIDDEN_ACTIVATIONS)
def test_forward_and_predict_agree_for_every_activation(name):
    net = Network.random(SIZES, name, seed=1)
    X = _digits()
    probs = net.predict(X, input_scale=PIXEL_SCALE)
    passed = net.forward(X, input_scale=PIXEL_SCALE)
    assert np.all(np.isfinite(probs))
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(passed.probabilities, probs, atol=2e-5)
    np.testing.assert_allclose(net.with_activation(name).predict(X, PIXEL_SCALE), probs)


@pytest.mark.parametrize("name", HIDDEN_ACTIVATIONS)
def test_explain_paths_run_for_every_activation(name):
    net = Network.random(SIZES, name, seed=2)
    image = _digits(1, seed=3).reshape(28, 28).astype(np.float64)
    tr = explain.trace(net, image)
    np.testing.assert_allclose(tr.probabilities, net.predict(image.reshape(1, 784), PIXEL_SCALE)[0], atol=2e-5)
    assert f"z1 = {name}(a1)" in [step.code for step in tr.steps]
    x = image.reshape(1, 784) * PIXEL_SCALE
    g = explain.gradients(net, x, digit=3, rival=5)
    assert g.shape == (1, 784) and np.all(np.isfinite(g))


@pytest.mark.parametrize("name", TRAINABLE_ACTIVATIONS)
def test_training_path_runs_and_its_gradients_are_backpropagation(name):
    config = TrainConfig(hidden=(12, 8), activation=name, epochs=1, validation_size=0)
    net = initial_network(config, rng=np.random.default_rng(0))
    assert net.activations == (name, name)
    X = _digits(8, seed=4).astype(np.float64) * PIXEL_SCALE
    labels = np.arange(8) % 10
    loss, grads = loss_and_gradients(net, X, labels)
    # the first weight's gradient against a finite difference of the loss
    W = [w.astype(np.float64) for w in net.weights]
    b = [v.astype(np.float64) for v in net.biases]
    i, j, h = 300, 3, 1e-5
    losses = []
    for sign in (1, -1):
        Wp = [w.copy() for w in W]
        Wp[0][i, j] += sign * h
        losses.append(loss_and_gradients((Wp, b, net.activations), X, labels)[0])
    numeric = (losses[0] - losses[1]) / (2 * h)
    assert grads[0][i, j] == pytest.approx(numeric, rel=1e-4, abs=1e-9)
    assert np.isfinite(loss)


def test_the_trainer_refuses_what_cannot_be_trained_and_the_network_runs_it():
    with pytest.raises(ValueError, match="unknown activation 'step'"):
        TrainConfig(activation="step")
    Network.random(SIZES, "step", seed=0)  # a network may still run it (the Explore swap)
    with pytest.raises(WeightsError, match="unknown activation 'swish'"):
        Network.random(SIZES, "swish", seed=0)


def test_mlp_runs_the_registrys_in_place_forms():
    """The trainer's own forward pass equals the network's for each trainable activation."""
    for name in TRAINABLE_ACTIVATIONS:
        net = Network.random(SIZES, name, seed=5)
        mlp = _MLP(net.weights, net.biases, net.activations, np.float32)
        X = (_digits(4, seed=6) * np.float32(PIXEL_SCALE)).astype(np.float32)
        logits = mlp.logits(X)
        np.testing.assert_allclose(logits, net.forward(X).pre_activations[-1], rtol=1e-5, atol=1e-5)
