"""The book's printed values, reproduced to the printed precision."""

import warnings

import numpy as np
import pytest

from digitpad.nn import functions as F
from digitpad.nn.activations import REGISTRY


def test_step_function():
    np.testing.assert_array_equal(F.step_function(np.array([-1.0, 1.0, 2.0])), [0, 1, 1])


def test_sigmoid_book_values():
    np.testing.assert_allclose(F.sigmoid(np.array([-1.0, 1.0, 2.0])),
                               [0.26894142, 0.73105858, 0.88079708], atol=5e-9)


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
def test_sigmoid_never_overflows(dtype):
    x = np.array([-1e4, -800.0, -100.0, 0.0, 100.0, 800.0, 1e4], dtype=np.float64).astype(dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = F.sigmoid(x)
    assert np.all(np.isfinite(y))
    assert y[0] == 0.0 and y[-1] == 1.0 and y[3] == 0.5
    assert np.all(np.diff(y.astype(np.float64)) >= 0)


def test_sigmoid_matches_the_textbook_formula_where_that_is_finite():
    x = np.linspace(-30, 30, 1001)
    np.testing.assert_allclose(F.sigmoid(x), 1 / (1 + np.exp(-x)), rtol=1e-12, atol=1e-15)


def test_the_books_sigmoid_gives_its_printed_values_and_overflows_where_the_app_says():
    np.testing.assert_allclose(F.naive_sigmoid(np.array([-1.0, 1.0, 2.0])),
                               [0.26894142, 0.73105858, 0.88079708], atol=5e-9)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        F.naive_sigmoid(np.float32(-88.0))
        with pytest.raises(RuntimeWarning, match="overflow"):
            F.naive_sigmoid(np.float32(-89.0))


def test_relu_and_identity():
    x = np.array([-2.0, 0.0, 3.5])
    np.testing.assert_array_equal(F.relu(x), [0.0, 0.0, 3.5])
    assert F.identity_function(x) is x


def test_matrix_product_book_example():
    X = np.array([1, 2])
    W = np.array([[1, 3, 5], [2, 4, 6]])
    np.testing.assert_array_equal(np.dot(X, W), [5, 11, 17])


def test_softmax_book_values():
    a = np.array([0.3, 2.9, 4.0])
    exp_a = np.exp(a)
    np.testing.assert_allclose(exp_a, [1.34985881, 18.17414537, 54.59815003], atol=5e-9)
    assert np.sum(exp_a) == pytest.approx(74.1221542101633, abs=1e-13)
    y = F.softmax(a)
    np.testing.assert_allclose(y, [0.01821127, 0.24519181, 0.73659691], atol=5e-9)
    assert np.sum(y) == pytest.approx(1.0)
    np.testing.assert_allclose(F.naive_softmax(a), y, rtol=1e-12)


def test_softmax_overflow_and_its_fix():
    a = np.array([1010.0, 1000.0, 990.0])
    with np.errstate(over="ignore", invalid="ignore"):
        naive = F.naive_softmax(a)
    assert np.all(np.isnan(naive))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stable = F.softmax(a)
    np.testing.assert_allclose(stable, [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], rtol=1e-8)


def test_softmax_over_the_last_axis_of_any_batch_shape():
    rng = np.random.default_rng(0)
    a = rng.normal(size=(2, 3, 5)) * 50
    y = F.softmax(a)
    assert y.shape == a.shape
    np.testing.assert_allclose(y.sum(axis=-1), 1.0)
    for idx in np.ndindex(2, 3):
        row = a[idx]
        expected = np.exp(row - row.max()) / np.exp(row - row.max()).sum()
        np.testing.assert_allclose(y[idx], expected, rtol=1e-12)
    np.testing.assert_array_equal(y.argmax(-1), a.argmax(-1))


def test_book_three_layer_network():
    # init_network() and forward() from the book's section 3.4.3
    network = {
        "W1": np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]), "b1": np.array([0.1, 0.2, 0.3]),
        "W2": np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]), "b2": np.array([0.1, 0.2]),
        "W3": np.array([[0.1, 0.3], [0.2, 0.4]]), "b3": np.array([0.1, 0.2]),
    }
    x = np.array([1.0, 0.5])
    a1 = np.dot(x, network["W1"]) + network["b1"]
    np.testing.assert_allclose(a1, [0.3, 0.7, 1.1])
    z1 = F.sigmoid(a1)
    np.testing.assert_allclose(z1, [0.57444252, 0.66818777, 0.75026011], atol=5e-9)
    z2 = F.sigmoid(np.dot(z1, network["W2"]) + network["b2"])
    y = F.identity_function(np.dot(z2, network["W3"]) + network["b3"])
    np.testing.assert_allclose(y, [0.31682708, 0.69627909], atol=5e-9)


def test_cross_entropy_book_values():
    t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])
    y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
    assert F.cross_entropy_error(y, t) == pytest.approx(0.510825457099338)
    y_wrong = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])
    assert F.cross_entropy_error(y_wrong, t) == pytest.approx(2.302584092994546)
    # labels as indices, in a batch, give the batch mean
    batch = np.stack([y, y_wrong])
    assert F.cross_entropy_error(batch, np.array([2, 2])) == pytest.approx(
        (0.510825457099338 + 2.302584092994546) / 2)


def test_mean_squared_error_book_values():
    t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])
    y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
    assert F.mean_squared_error(y, t) == pytest.approx(0.097500000000000031)
    y_wrong = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])
    assert F.mean_squared_error(y_wrong, t) == pytest.approx(0.59750000000000003)


@pytest.mark.parametrize("name", ["sigmoid", "relu", "identity", "tanh"])
def test_derivatives_match_finite_differences(name):
    x = np.array([-3.0, -0.7, 0.4, 2.5])
    f, df = REGISTRY[name].function, REGISTRY[name].derivative
    h = 1e-6
    numeric = (f(x + h) - f(x - h)) / (2 * h)
    np.testing.assert_allclose(df(x), numeric, rtol=1e-6, atol=1e-8)
