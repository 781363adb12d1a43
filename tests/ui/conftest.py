"""Fixtures for the UI tests: the book's network, a model state, a Draw tab, an Explore tab, a main window."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qt_helpers import new_window, shown_alone  # noqa: E402
from shared_data import book_weights_path  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def one_blas_thread():
    """The BLAS setting the app makes at start (make_application), for windows built here."""
    from digitpad.nn.blas import set_blas_threads
    set_blas_threads(1)


@pytest.fixture(scope="session")
def book_model():
    from digitpad.models import load_book
    return load_book(book_weights_path())


@pytest.fixture
def state(book_model):
    from digitpad.ui.model_state import ModelState
    return ModelState(book_model)


@pytest.fixture
def draw_tab(qtbot, state):
    from digitpad.ui.draw_tab import DrawTab
    return shown_alone(qtbot, DrawTab(state))


@pytest.fixture
def explore(qtbot, state):
    """An Explore tab on its own, at the size it has in the default window."""
    from digitpad.ui.explore_tab import ExploreTab
    tab = shown_alone(qtbot, ExploreTab(state), (1200, 720))
    yield tab
    tab.shutdown(10.0)


@pytest.fixture
def window(qtbot, state):
    return new_window(qtbot, state)


@pytest.fixture
def window_in(qtbot, qapp, state):
    """A main window in the given language (English again afterwards)."""
    from PySide6.QtCore import Qt
    from digitpad.ui import i18n
    windows = []

    def make(code: str):
        assert i18n.install(qapp, code)
        window = new_window(qtbot, state)
        window.setWindowState(Qt.WindowState.WindowNoState)
        windows.append(window)
        return window
    yield make
    for window in windows:
        window.close()
    i18n.install(qapp, i18n.ENGLISH)


@pytest.fixture
def in_language(qapp):
    """Put the app in a language for one test, back in English after it."""
    from digitpad.ui import i18n

    def put(code):
        assert i18n.install(qapp, code), f"no compiled translation for {code}"
    yield put
    i18n.install(qapp, i18n.ENGLISH)
