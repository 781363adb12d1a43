"""Fixtures of the Test set tab's tests: the tab with MNIST loaded, a computer without MNIST (the mirror is the
shared ``server`` fixture)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from digitpad.data.mnist import clear_cache  # noqa: E402
from qt_helpers import loaded  # noqa: E402
from shared_data import mnist  # noqa: E402
from testset_helpers import make_tab  # noqa: E402


@pytest.fixture
def tab(qtbot, state):
    """The tab on its own with the book's weights and the real MNIST test set loaded."""
    mnist("test")  # skips without DIGITPAD_MNIST
    tab = make_tab(qtbot, state)
    loaded(qtbot, tab)
    assert tab.data.n == 10_000
    yield tab
    assert tab.shutdown(10)


@pytest.fixture
def no_mnist(monkeypatch, tmp_path):
    """A computer without MNIST: no DIGITPAD_MNIST, an empty data dir, no Keras cache."""
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    clear_cache()
    yield
    clear_cache()
