"""Fault tests: hostile and broken inputs the tests build themselves, and processes that die.

The UI helpers of tests/ui are shared here; windows run on an untrained
784-50-100-10 network, so nothing here needs downloaded data unless it says so.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))


@pytest.fixture
def app_blas_threads():
    """The BLAS on one thread, as the app sets it at start (make_application), then as it was.

    A run in a worker thread must not be the one to change the BLAS's thread
    count (see digitpad.nn.blas): the tests that follow would find it broken.
    """
    from digitpad.nn.blas import blas_threads, set_blas_threads
    before = blas_threads()
    set_blas_threads(1)
    yield
    if before is not None:
        set_blas_threads(before)


@pytest.fixture
def state():
    from digitpad.ui.model_state import ModelState
    return ModelState()


@pytest.fixture
def window(qtbot, state):
    from qt_helpers import new_window
    return new_window(qtbot, state)
