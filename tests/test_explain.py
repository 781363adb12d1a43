"""predict() taken apart: the trace matches an independent forward pass, the evidence adds up."""

import numpy as np
import pytest

from digitpad.nn import explain as E
from digitpad.nn.network import Network
from shared_data import book_weights_path, mnist


@pytest.fixture(scope="module")
def book():
    return Network.from_book_pickle(book_weights_path())


@pytest.fixture(scope="module")
def digits():
    images, labels = mnist("test")
    return images[:12].reshape(-1, 28, 28), labels[:12]


def reference_predict(network, image):
    """The book's predict() written out again, independently: float64, pixels / 255."""
    x = image.reshape(1, 784).astype(np.float64) / 255.0
    W = [w.astype(np.float64) for w in network.weights]
    b = [v.astype(np.float64) for v in network.biases]
    a1 = x @ W[0] + b[0]
    z1 = 1 / (1 + np.exp(-a1))
    a2 = z1 @ W[1] + b[1]
    z2 = 1 / (1 + np.exp(-a2))
    a3 = z2 @ W[2] + b[2]
    e = np.exp(a3 - a3.max())
    return {"x": x, "a1": a1, "z1": z1, "a2": a2, "z2": z2, "a3": a3, "y": e / e.sum()}


def test_trace_is_the_books_predict_line_by_line(book, digits):
    images, _ = digits
    for image in images[:5]:
        tr = E.trace(book, image)
        ref = reference_predict(book, image)
        assert tr.names == ("x", "a1", "z1", "a2", "z2", "a3", "y")
        for name, value in ref.items():
            np.testing.assert_allclose(tr[name], value[0], rtol=1e-9, atol=1e-12, err_msg=name)


def test_trace_agrees_with_what_the_app_runs(book, digits):
    """Network.predict folds /255 into W1 and runs sigmoid as tanh: the same answer all the same."""
    images, labels = digits
    app = book.predict(images.reshape(-1, 784), input_scale=1 / 255)
    for image, p in zip(images, app):
        tr = E.trace(book, image)
        np.testing.assert_allclose(tr.probabilities, p, atol=1e-5)
        assert tr.answer == int(np.argmax(p))
    assert sum(E.trace(book, im).answer == lab for im, lab in zip(images, labels)) >= 10


def test_each_line_shows_its_code_and_shapes(book, digits):
    tr = E.trace(book, digits[0][0])
    lines = {s.name: (s.code, s.shapes, s.shape) for s in tr.steps}
    assert lines["x"] == ("x = img.reshape(1, 784) / 255", "(28, 28) -> (1, 784)", (1, 784))
    assert lines["a1"] == ("a1 = np.dot(x, W1) + b1", "(1, 784) x (784, 50) -> (1, 50)", (1, 50))
    assert lines["z1"] == ("z1 = sigmoid(a1)", "(1, 50) -> (1, 50)", (1, 50))
    assert lines["a2"] == ("a2 = np.dot(z1, W2) + b2", "(1, 50) x (50, 100) -> (1, 100)", (1, 100))
    assert lines["a3"] == ("a3 = np.dot(z2, W3) + b3", "(1, 100) x (100, 10) -> (1, 10)", (1, 10))
    assert lines["y"] == ("y = softmax(a3)", "(1, 10) -> (1, 10)", (1, 10))


def test_a_relu_network_is_traced_with_its_own_activation(digits):
    net = Network.random([784, 20, 10], "relu", seed=3)
    tr = E.trace(net, digits[0][0])
    assert [s.code for s in tr.steps][2] == "z1 = relu(a1)"
    assert np.all(tr["z1"] == np.maximum(tr["a1"], 0))


def test_contributions_add_up_to_the_weighted_sum(book, digits):
    tr = E.trace(book, digits[0][1])
    for layer, unit in ((1, 7), (2, 42), (3, tr.answer)):
        u = E.contributions(book, tr, layer, unit)
        assert u.terms.sum() + u.bias == pytest.approx(u.weighted_sum, abs=1e-9)
        assert len(u.up) == 5 and len(u.down) == 5
        assert all(u.terms[i] > 0 for i in u.up) and all(u.terms[i] < 0 for i in u.down)
        assert u.terms[u.up[0]] == u.terms.max() and u.terms[u.down[0]] == u.terms.min()
        assert list(u.terms[list(u.up)]) == sorted(u.terms[list(u.up)], reverse=True)
    first = E.contributions(book, tr, 1, 7)
    assert first.below.shape == (784,) and first.activation == "sigmoid"
    assert first.output == pytest.approx(1 / (1 + np.exp(-first.weighted_sum)))
    np.testing.assert_array_equal(first.weights, book.weights[0][:, 7])
    out = E.contributions(book, tr, 3, tr.answer)
    assert out.activation == "softmax" and out.output == pytest.approx(tr.probabilities[tr.answer])


def test_contributions_refuse_units_that_do_not_exist(book, digits):
    tr = E.trace(book, digits[0][0])
    with pytest.raises(ValueError):
        E.contributions(book, tr, 4, 0)
    with pytest.raises(ValueError):
        E.contributions(book, tr, 1, 50)


def test_gradients_match_finite_differences(book, digits):
    x = digits[0][2].reshape(784) / 255.0
    rng = np.random.default_rng(0)
    points = np.stack([x, 0.4 * x, rng.uniform(0, 1, 784)])
    h = 1e-6
    for digit, rival in ((1, 7), (3, None)):
        g = E.gradients(book, points, digit, rival)
        for p, gp in zip(points, g):
            for i in rng.choice(784, 25, replace=False).tolist() + [int(np.argmax(np.abs(gp)))]:
                step = np.zeros(784)
                step[i] = h
                f = E.score_difference(book, np.stack([p + step, p - step]), digit, rival)
                numeric = (f[0] - f[1]) / (2 * h)
                assert gp[i] == pytest.approx(numeric, rel=1e-5, abs=1e-7)


def test_integrated_gradients_add_up_to_the_change(book, digits):
    """Completeness: the pixel contributions sum to F(drawing) - F(blank) within 1%."""
    images, _ = digits
    for image in images:
        tr = E.trace(book, image)
        for rival in (tr.runner_up, None, (tr.answer + 5) % 10):
            ev = E.integrated_gradients(book, image, tr.answer, rival)
            assert ev.completeness_error < 0.01
            assert ev.total == pytest.approx(ev.change, rel=0.01)
            a3 = tr["a3"]
            expected = a3[tr.answer] - (a3[rival] if rival is not None else 0.0)
            assert ev.at_drawing == pytest.approx(expected, abs=1e-9)
            assert np.all(ev.pixels[image.reshape(784) == 0] == 0)   # no ink, no evidence


def test_too_few_nodes_break_completeness_and_the_default_doubles_them():
    """A steep network needs more quadrature points: the default finds how many."""
    net = Network.random([784, 30, 10], "sigmoid", seed=1)
    net = Network([net.weights[0] * 400, net.weights[1]], net.biases, "sigmoid")
    image = np.zeros((28, 28))
    image[6:22, 12:16] = 255
    rough = E.integrated_gradients(net, image, 0, 1, nodes=2)
    fine = E.integrated_gradients(net, image, 0, 1)
    assert rough.completeness_error > 0.01
    assert fine.completeness_error < E.IG_TOLERANCE and fine.nodes > E.IG_START_NODES


def test_evidence_map_says_which_way_ink_pushes(book, digits):
    """Swapping the two digits flips the sign of every pixel's evidence."""
    image = digits[0][0]
    tr = E.trace(book, image)
    one = E.integrated_gradients(book, image, tr.answer, tr.runner_up)
    other = E.integrated_gradients(book, image, tr.runner_up, tr.answer)
    np.testing.assert_allclose(one.pixels, -other.pixels, atol=1e-12)
    assert one.change > 0 and one.as_image().shape == (28, 28)


def test_untrusted_inputs_are_refused(book):
    with pytest.raises(ValueError):
        E.trace(book, np.zeros((27, 28)))
    with pytest.raises(ValueError):
        E.trace(book, np.full((28, 28), np.nan))
    with pytest.raises(ValueError):
        E.integrated_gradients(book, np.zeros((28, 28)), 10)
