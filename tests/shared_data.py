"""Where the tests find the real data: MNIST via DIGITPAD_MNIST, the book's weights beside the repo.

CI sets DIGITPAD_MNIST and fails if any test is skipped, so these skips only
ever show on a machine without the data.
"""

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def book_weights_path() -> Path:
    env = os.environ.get("DIGITPAD_BOOK_WEIGHTS")
    candidates = ([Path(env)] if env else []) + [REPO.parent / "shared" / "book" / "sample_weight.pkl"]
    for path in candidates:
        if path.is_file():
            return path
    pytest.skip("the book's sample_weight.pkl was not found (set DIGITPAD_BOOK_WEIGHTS)")


def mnist(split="test"):
    """(images, labels) of the real MNIST split, or a skip when it is not configured."""
    if not os.environ.get("DIGITPAD_MNIST"):
        pytest.skip("DIGITPAD_MNIST is not set")
    from digitpad.data.mnist import load_mnist
    return load_mnist(split)


def pendigits_path() -> Path:
    """The 30-writer pen-digits file: $DIGITPAD_PENDIGITS, or the shared folder beside the repo."""
    env = os.environ.get("DIGITPAD_PENDIGITS")
    candidates = ([Path(env)] if env else []) + [REPO.parent / "shared" / "pendigits"]
    for path in candidates:
        if path.is_dir():
            path = path / "pendigits-orig.tra"
        if path.is_file():
            return path
    pytest.skip("the pen digits were not found (set DIGITPAD_PENDIGITS)")


def mnist_store(folder, n: int = 4):
    """A My digits store at ``folder`` holding the first n MNIST test digits."""
    from digitpad.data.mydigits import MyDigits
    X, y = mnist("test")
    store = MyDigits(folder)
    for i in range(n):
        store.add(X[i], int(y[i]))
    return store
