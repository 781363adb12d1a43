"""Fixtures of the Test set tab's tests: the tab with MNIST loaded, a computer without MNIST, a mirror."""

from __future__ import annotations

import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from digitpad.data.mnist import clear_cache  # noqa: E402
from qt_helpers import loaded  # noqa: E402
from shared_data import mnist  # noqa: E402
from testset_helpers import MirrorHandler, make_tab  # noqa: E402


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


@pytest.fixture
def server():
    """A real HTTP server on 127.0.0.1; ``serve(folder, {name: bytes}, slow=())`` returns a mirror URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), MirrorHandler)
    httpd.daemon_threads = True
    httpd.files, httpd.hits, httpd.slow = {}, [], set()
    httpd.stopping = threading.Event()
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()

    def serve(folder, files, slow=()):
        for name, data in files.items():
            httpd.files[f"/{folder}/{name}"] = data
        httpd.slow.update(f"/{folder}/{name}" for name in slow)
        return f"http://127.0.0.1:{httpd.server_address[1]}/{folder}/"

    httpd.serve = serve
    yield httpd
    httpd.stopping.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)
