"""The BLAS thread limit: nested and overlapping blocks, and what comes back after."""

import threading

import numpy as np
import pytest

from digitpad.evaluate import evaluate
from digitpad.nn.blas import blas_threads, limit_blas_threads
from digitpad.nn.network import Network


@pytest.fixture
def two_threads():
    from threadpoolctl import threadpool_limits
    before = blas_threads()
    assert before is not None, "threadpoolctl found no BLAS under NumPy"
    with threadpool_limits(2, user_api="blas"):
        yield blas_threads()
    assert blas_threads() == before


def test_nested_blocks_keep_the_smallest_limit_and_restore(two_threads):
    with limit_blas_threads(1):
        assert blas_threads() == 1
        with limit_blas_threads(2):
            assert blas_threads() == 1
        assert blas_threads() == 1
    assert blas_threads() == two_threads
    with limit_blas_threads(None):
        assert blas_threads() == two_threads


def test_overlapping_blocks_in_two_threads(two_threads):
    """A worker's block inside the main thread's keeps the limit until the last one ends."""
    seen = []

    def worker():
        with limit_blas_threads(1):
            seen.append(blas_threads())

    with limit_blas_threads(1):
        t = threading.Thread(target=worker)
        t.start()
        t.join(10)
        assert blas_threads() == 1  # the worker ended, but this block is still open
    assert seen == [1]
    assert blas_threads() == two_threads


def test_evaluate_runs_on_one_thread_unless_told(two_threads):
    seen = []
    net = Network.random([784, 10], seed=0)
    X = np.zeros((300, 784), np.uint8)
    y = np.zeros(300, np.uint8)
    evaluate(net, X, y, batch_size=100, report_every=100, progress=lambda d, t: seen.append(blas_threads()))
    assert set(seen) == {1}
    seen.clear()
    evaluate(net, X, y, batch_size=100, report_every=100, blas_threads=None,
             progress=lambda d, t: seen.append(blas_threads()))
    assert set(seen) == {two_threads}
