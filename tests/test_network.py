"""The network: one forward path, safe weight files, the book's pickle."""

import os
import pickle

import numpy as np
import pytest

from digitpad.nn import functions as F
from digitpad.nn.activations import HIDDEN_ACTIVATIONS, REGISTRY
from digitpad.nn.network import Network, WeightsError
from shared_data import book_weights_path



def reference_forward(net, X):
    """The plain textbook computation, in float64."""
    z = np.asarray(X, dtype=np.float64)
    for k, (W, b) in enumerate(zip(net.weights, net.biases)):
        a = z @ W.astype(np.float64) + b
        z = REGISTRY[net.activations[k]].function(a) if k < len(net.activations) else F.softmax(a)
    return z


@pytest.mark.parametrize("activation", HIDDEN_ACTIVATIONS)
@pytest.mark.parametrize("scale", [1.0, 1 / 255])
def test_predict_equals_the_textbook_forward(activation, scale):
    rng = np.random.default_rng(1)
    net = Network.random([784, 50, 100, 10], activation, seed=3)
    X = rng.integers(0, 256, size=(37, 784)).astype(np.uint8)
    expected = reference_forward(net, X * scale)
    got = net.predict(X, input_scale=scale)
    assert got.shape == (37, 10) and got.dtype == np.float32
    np.testing.assert_allclose(got, expected, atol=2e-5)
    np.testing.assert_allclose(got.sum(axis=1), 1.0, atol=1e-5)
    # one row at a time gives the same as the whole batch
    rows = np.concatenate([net.predict(X[i:i + 1], input_scale=scale) for i in range(5)])
    np.testing.assert_allclose(rows, got[:5], atol=1e-6)
    plan = net.predictor(scale)  # a 1-D row, as the per-sample evaluation gives it
    np.testing.assert_allclose(np.stack([plan(X[i]) for i in range(5)]), got[:5], atol=1e-6)
    # forward() shows the same result and every layer
    fp = net.forward(X, input_scale=scale)
    np.testing.assert_allclose(fp.probabilities, got, atol=2e-5)
    assert [h.shape for h in fp.hidden] == [(37, 50), (37, 100)]
    assert [a.shape for a in fp.pre_activations] == [(37, 50), (37, 100), (37, 10)]


def test_large_logits_take_the_shifted_softmax():
    """Where logits could overflow exp, predict subtracts the maximum first."""
    net = Network.random([784, 50, 100, 10], seed=3)
    assert net.predictor().logits_bounded  # small weights: the shortcut is safe
    big = Network(net.weights[:2] + [net.weights[2] * 1000], net.biases)
    assert not big.predictor().logits_bounded
    X = np.random.default_rng(0).integers(0, 256, size=(50, 784)).astype(np.uint8)
    with np.errstate(over="raise", invalid="raise"):
        got = big.predict(X, 1 / 255)
    np.testing.assert_allclose(got, reference_forward(big, X / 255), atol=1e-5)
    with np.errstate(over="raise", invalid="raise"):
        np.testing.assert_allclose(big.predictor(1 / 255)(X[0]), got[0], atol=1e-5)
    assert not Network.random([784, 50, 10], "relu", seed=0).predictor().logits_bounded


def test_mixed_activations_per_layer():
    net = Network.random([6, 5, 4, 3], ["relu", "sigmoid"], seed=0)
    X = np.random.default_rng(0).normal(size=(4, 6)).astype(np.float32)
    np.testing.assert_allclose(net.predict(X), reference_forward(net, X), atol=1e-6)
    assert net.activations == ("relu", "sigmoid")
    assert "6-5-4-3" in repr(net)


def test_predict_rejects_wrong_shapes():
    net = Network.random([784, 50, 100, 10], seed=0)
    for bad in (np.zeros(784), np.zeros((2, 783)), np.zeros((1, 2, 784))):
        with pytest.raises(ValueError, match=r"\(N, 784\)"):
            net.predict(bad)


def test_with_activation_keeps_weights():
    net = Network.random([784, 50, 100, 10], seed=0)
    relu = net.with_activation("relu")
    assert relu.activations == ("relu", "relu")
    assert net.with_activation("relu") is relu  # built once
    assert net.with_activation(["relu", "step"]).activations == ("relu", "step")
    for a, b in zip(net.parameters(), relu.parameters()):
        np.testing.assert_array_equal(a, b)


def test_save_load_round_trip(tmp_path):
    net = Network.random([784, 50, 100, 10], ["sigmoid", "relu"], seed=5)
    path = tmp_path / "net.npz"
    net.save(path)
    back = Network.load(path)
    assert back.activations == ("sigmoid", "relu")
    for a, b in zip(net.parameters(), back.parameters()):
        np.testing.assert_array_equal(a, b)
    assert [p.name for p in tmp_path.iterdir()] == ["net.npz"]  # no temporary files left


def _write_npz(path, **arrays):
    np.savez(path, **arrays)
    return path


def _good_arrays():
    net = Network.random([4, 3, 2], seed=0)
    return {"W1": net.weights[0], "b1": net.biases[0], "W2": net.weights[1], "b2": net.biases[1]}


@pytest.mark.parametrize("mutate, message", [
    (lambda a: a.pop("b2"), "missing b2"),
    (lambda a: a.update(W3=np.zeros((2, 2))), "missing b3"),
    (lambda a: a.update(extra=np.zeros(2)), "unexpected entries extra"),
    (lambda a: a.update(W2=np.zeros((4, 2), np.float32)), "do not chain"),
    (lambda a: a.update(b1=np.zeros(5, np.float32)), "b1 has 5 entries"),
    (lambda a: a.update(W1=np.full((4, 3), np.nan, np.float32)), "W1 contains NaN"),
    (lambda a: a.update(b2=np.array([np.inf, 0], np.float32)), "b2 contains NaN or infinite"),
    (lambda a: a.update(W1=np.zeros((4, 3, 1), np.float32)), "W1 has shape"),
    (lambda a: a.update(W1=np.array([["a", "b", "c"]] * 4)), "W1 has dtype"),
    (lambda a: a.clear(), "no weight matrices"),
])
def test_load_names_what_is_wrong(tmp_path, mutate, message):
    arrays = _good_arrays()
    mutate(arrays)
    path = _write_npz(tmp_path / "bad.npz", **arrays) if arrays else _write_npz(tmp_path / "bad.npz", x=np.zeros(1))
    with pytest.raises(WeightsError, match=message) as info:
        Network.load(path)
    assert "bad.npz" in str(info.value)


def test_load_refuses_object_arrays(tmp_path):
    arrays = _good_arrays()
    arrays["W1"] = np.array([object()] * 12, dtype=object).reshape(4, 3)
    path = tmp_path / "objects.npz"
    np.savez(path, **arrays)
    with pytest.raises(WeightsError, match="Python objects"):
        Network.load(path)


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04" + b"\x00" * 40])
def test_load_corrupt_files(tmp_path, content):
    path = tmp_path / "corrupt.npz"
    path.write_bytes(content)
    with pytest.raises(WeightsError, match="corrupt.npz"):
        Network.load(path)


def test_load_truncated_zip(tmp_path):
    path = tmp_path / "cut.npz"
    Network.random([784, 50, 100, 10], seed=0).save(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(WeightsError, match="cut.npz"):
        Network.load(path)


def test_load_missing_file_and_folder(tmp_path):
    with pytest.raises(WeightsError, match="no such file"):
        Network.load(tmp_path / "absent.npz")
    with pytest.raises(WeightsError, match="not a file"):
        Network.load(tmp_path)


def test_unknown_activation_in_file(tmp_path):
    arrays = _good_arrays()
    np.savez(tmp_path / "a.npz", activations=np.array(["softplus"]), **arrays)
    with pytest.raises(WeightsError, match="unknown activation 'softplus'"):
        Network.load(tmp_path / "a.npz")


def test_book_pickle_imports():
    net = Network.from_book_pickle(book_weights_path())
    assert net.sizes == (784, 50, 100, 10)
    assert net.activations == ("sigmoid", "sigmoid")
    assert all(p.dtype == np.float32 for p in net.parameters())


class _RunsACommand:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_malicious_pickle_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "pwned"
    payload = {"W1": np.zeros((2, 2), np.float32), "evil": _RunsACommand(marker)}
    path = tmp_path / "sample_weight.pkl"
    path.write_bytes(pickle.dumps(payload))
    control = tmp_path / "control"
    pickle.loads(pickle.dumps(_RunsACommand(control)))  # plain pickle really runs it
    assert control.exists()
    with pytest.raises(WeightsError, match=r"refused to load (posix|nt|os)\.system"):
        Network.from_book_pickle(path)
    assert not marker.exists()


def test_pickle_of_non_arrays_is_refused(tmp_path):
    path = tmp_path / "list.pkl"
    path.write_bytes(pickle.dumps([1, 2, 3]))
    with pytest.raises(WeightsError, match="expected a dict"):
        Network.from_book_pickle(path)
    path.write_bytes(b"\x80\x04garbage")
    with pytest.raises(WeightsError, match="list.pkl"):
        Network.from_book_pickle(path)


@pytest.mark.parametrize("content, said", [
    (b"W1 = 0.1, 0.2\nb1 = 0\n" * 40, "it holds text"),
    ("x".encode() + "가나다라 메모\n".encode() * 60, "it holds text"),   # a character cut where the probe ends
    (b"", "it is empty"),
    (bytes(range(256)) * 2, "it is damaged, or another kind of file"),
])
def test_a_file_that_is_not_the_books_pickle_is_called_what_it_is(tmp_path, content, said):
    """Not the unpickler's words ("Memo value not found at index 101"): what the file is."""
    path = tmp_path / "sample_weight.pkl"
    path.write_bytes(content)
    with pytest.raises(WeightsError) as caught:
        Network.from_book_pickle(path)
    assert str(caught.value) == f"sample_weight.pkl: not a pickle of the book's weights ({said})"
    npz = tmp_path / "weights.npz"
    npz.write_bytes(content)
    with pytest.raises(WeightsError) as caught:
        Network.load(npz)
    inside = "no zip archive inside" if said.startswith("it is damaged") else said
    assert str(caught.value) == f"weights.npz: not a readable .npz file ({inside})"


def test_an_empty_archive_holds_no_weights(tmp_path):
    """``np.savez(path)`` with no arrays writes a zip without members: it starts with the zip's
    end record (PK 5 6), not a member (PK 3 4), and is an archive all the same."""
    from digitpad.npzfile import read_npz
    path = tmp_path / "empty.npz"
    np.savez(path)
    assert read_npz(path, max_file_bytes=1000, max_array_bytes=1000) == {}
    with pytest.raises(WeightsError) as caught:
        Network.load(path)
    assert str(caught.value) == "empty.npz: the archive holds no weights (it has no arrays at all)"
    np.savez_compressed(path)
    with pytest.raises(WeightsError, match="holds no weights"):
        Network.load(path)
    np.savez(path, notes=np.zeros(3))                   # arrays, but none of them weights
    with pytest.raises(WeightsError, match="no weight matrices found"):
        Network.load(path)
