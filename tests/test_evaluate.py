"""Evaluation: the book's numbers in both modes, progress, cancel, the confusion matrix."""

import numpy as np
import pytest

from digitpad.data.errors import Cancelled
from digitpad.evaluate import confusion_matrix, evaluate
from digitpad.nn.network import Network
from shared_data import book_weights_path, mnist


@pytest.fixture(scope="module")
def book_net():
    return Network.from_book_pickle(book_weights_path())


@pytest.fixture(scope="module")
def test_set():
    return mnist("test")


@pytest.mark.mnist
@pytest.mark.parametrize("normalize, expected", [(True, 0.9352), (False, 0.9207)])
@pytest.mark.parametrize("mode, batch_size", [
    ("per-sample", 1), ("batch", 1), ("batch", 100), ("batch", 333), ("batch", 10000)])
def test_book_weights_reproduce_the_book(book_net, test_set, mode, batch_size, normalize, expected):
    images, labels = test_set
    result = evaluate(book_net, images, labels, mode=mode, batch_size=batch_size, normalize=normalize)
    assert result.n_samples == 10000
    assert result.accuracy == pytest.approx(expected, abs=1e-9)
    assert result.batch_size == batch_size
    assert result.elapsed > 0 and result.samples_per_second > 0
    assert result.confusion_matrix().sum() == 10000
    assert np.trace(result.confusion_matrix()) == result.correct
    assert len(result.wrong) == 10000 - result.correct


@pytest.mark.mnist
def test_batch_and_per_sample_agree_sample_by_sample(book_net, test_set):
    images, labels = test_set
    a = evaluate(book_net, images[:2000], labels[:2000], mode="per-sample")
    b = evaluate(book_net, images[:2000], labels[:2000], mode="batch", batch_size=333)
    np.testing.assert_array_equal(a.predictions, b.predictions)
    np.testing.assert_allclose(a.probabilities, b.probabilities, atol=1e-6)


def _toy():
    rng = np.random.default_rng(0)
    net = Network.random([784, 50, 100, 10], seed=1)
    images = rng.integers(0, 256, size=(1234, 784)).astype(np.uint8)
    labels = rng.integers(0, 10, size=1234).astype(np.uint8)
    return net, images, labels


def test_predictions_match_the_network():
    net, images, labels = _toy()
    result = evaluate(net, images, labels, batch_size=64)
    expected = net.predict(images.astype(np.float32) / 255).argmax(axis=1)
    np.testing.assert_array_equal(result.predictions, expected)
    assert result.correct == int((expected == labels).sum())
    assert result.probabilities.shape == (1234, 10)
    np.testing.assert_allclose(result.confidence, result.probabilities.max(axis=1))


@pytest.mark.parametrize("mode, batch_size", [("per-sample", 1), ("batch", 100), ("batch", 5000)])
def test_progress_reaches_the_end_and_is_monotonic(mode, batch_size):
    net, images, labels = _toy()
    calls = []
    evaluate(net, images, labels, mode=mode, batch_size=batch_size,
             progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (1234, 1234)
    done = [c[0] for c in calls]
    assert done == sorted(done) and len(set(done)) == len(done)


@pytest.mark.parametrize("mode", ["per-sample", "batch"])
def test_cancel_stops_between_chunks(mode):
    net, images, labels = _toy()
    seen = []
    with pytest.raises(Cancelled):
        evaluate(net, images, labels, mode=mode, batch_size=10,
                 progress=lambda done, total: seen.append(done), cancel=lambda: len(seen) >= 1)
    assert seen and seen[-1] < 1234


def test_a_batch_larger_than_the_set_is_the_whole_set_in_one_batch():
    net, images, labels = _toy()
    calls = []
    result = evaluate(net, images, labels, batch_size=10 ** 12,
                      progress=lambda done, total: calls.append(done))
    assert result.batch_size == 1234 and calls == [1234]
    np.testing.assert_array_equal(result.predictions,
                                  evaluate(net, images, labels, batch_size=100).predictions)


def test_bad_inputs_are_named():
    net, images, labels = _toy()
    with pytest.raises(ValueError, match="shape"):
        evaluate(net, images[:, :100], labels)
    with pytest.raises(ValueError, match="labels"):
        evaluate(net, images, labels[:10])
    with pytest.raises(ValueError, match="mode"):
        evaluate(net, images, labels, mode="fast")
    with pytest.raises(ValueError, match="batch size"):
        evaluate(net, images, labels, batch_size=0)


def test_confusion_matrix_counts():
    cm = confusion_matrix([0, 1, 1, 2, 9], [0, 1, 2, 2, 3])
    assert cm.shape == (10, 10) and cm.sum() == 5
    assert cm[1, 2] == 1 and cm[9, 3] == 1 and cm[0, 0] == 1 and cm[2, 2] == 1
