"""What the tests need from outside the repository, and the one way to say a test needs it.

The real data: MNIST through DIGITPAD_MNIST, the book's sample_weight.pkl
through DIGITPAD_BOOK_WEIGHTS, the pen digits through DIGITPAD_PENDIGITS (the
last two also beside the repository, in ../shared). A test that needs one says
so with its marker, ``@pytest.mark.mnist``, ``@pytest.mark.book_weights`` or
``@pytest.mark.pendigits`` (the conftest skips it, saying what is missing), or
by asking for the data through ``mnist()``, ``book_weights_path()`` or
``pendigits_path()``, which skip with the same words. CI sets all three and
fails if any test is skipped, so these skips only ever show on a machine
without the data.
"""

import os
from pathlib import Path

import pytest

from digitpad.models import book_file

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _mnist_missing():
    if not os.environ.get("DIGITPAD_MNIST"):
        return "DIGITPAD_MNIST is not set: point it at a folder holding the four MNIST files"
    return None


def _book_weights():
    env = os.environ.get("DIGITPAD_BOOK_WEIGHTS")
    for path in ([book_file(env)] if env else []) + [SHARED / "book" / "sample_weight.pkl"]:
        if path.is_file():
            return path
    return None


def _pendigits():
    env = os.environ.get("DIGITPAD_PENDIGITS")
    for path in ([Path(env)] if env else []) + [SHARED / "pendigits"]:
        if path.is_dir():
            path = path / "pendigits-orig.tra"
        if path.is_file():
            return path
    return None


#: marker name -> why a test with it cannot run here (None: it can)
NEEDS = {
    "mnist": _mnist_missing,         # @pytest.mark.mnist: the one way to say a test needs MNIST
    "book_weights": lambda: None if _book_weights() else
    "the book's sample_weight.pkl was not found (set DIGITPAD_BOOK_WEIGHTS)",
    "pendigits": lambda: None if _pendigits() else "the pen digits were not found (set DIGITPAD_PENDIGITS)",
}

def require(what: str) -> None:
    """Skip the running test, saying why, when ``what`` (a key of NEEDS) is not on this machine."""
    reason = NEEDS[what]()
    if reason:
        pytest.skip(reason)


def book_weights_path() -> Path:
    """The book's sample_weight.pkl, or a skip saying how to give it."""
    require("book_weights")
    return _book_weights()


def mnist(split="test"):
    """(images, labels) of the real MNIST split, or a skip when it is not configured."""
    require("mnist")
    from digitpad.data.mnist import load_mnist
    return load_mnist(split)


def mnist_folder() -> Path:
    """The folder DIGITPAD_MNIST names, or a skip when it is not set."""
    require("mnist")
    return Path(os.environ["DIGITPAD_MNIST"])


def pendigits_path() -> Path:
    """The 30-writer pen-digits file: $DIGITPAD_PENDIGITS, or the shared folder beside the repo."""
    require("pendigits")
    return _pendigits()


def mnist_store(folder, n: int = 4):
    """A My digits store at ``folder`` holding the first n MNIST test digits."""
    from digitpad.data.mydigits import MyDigits
    X, y = mnist("test")
    store = MyDigits(folder)
    for i in range(n):
        store.add(X[i], int(y[i]))
    return store
