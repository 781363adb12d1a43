"""What the Test set tab's tests share: the tab built on its own, its widgets found by objectName,
a run made through its controls, a tiny MNIST and a real HTTP server to download it from."""

from __future__ import annotations

import hashlib
import os
from http.server import BaseHTTPRequestHandler

import numpy as np
import pytest
from PySide6.QtCore import QObject

from digitpad.data.idx import write_idx
from digitpad.data.mnist import MnistFile
from qt_helpers import click, shown_result

LONG = 60_000  # ms: generous, for a shared and busy machine

needs_mnist = pytest.mark.skipif(not os.environ.get("DIGITPAD_MNIST"),
                                 reason="DIGITPAD_MNIST is not set (CI sets it)")


def find(tab, name: str, kind=QObject):
    """The tab's widget (or other child) called ``name``; fails the test if there is none."""
    child = tab.findChild(kind, name)
    assert child is not None, f"{tab.objectName()} has no child called {name!r}"
    return child


def runs_model(tab):
    """The model behind the table of runs."""
    return find(tab, "runsTable").model()


def grid_model(tab):
    """The model behind the browser of thumbnails."""
    return find(tab, "digitGrid").model()


def make_tab(qtbot, state, settings=None, **kwargs):
    """The tab on its own, as the window builds it: settings restored before the first event."""
    from digitpad.ui.testset import TestSetTab
    tab = TestSetTab(state, **kwargs)
    qtbot.addWidget(tab)
    if settings is not None:
        tab.restore_settings(settings)
    tab.start()
    tab.resize(1220, 720)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def shown(tab) -> np.ndarray:
    return grid_model(tab).visible_samples()


def run_with(qtbot, tab, mode, normalize, batch_size=100):
    find(tab, "modeCombo").setCurrentIndex(find(tab, "modeCombo").findData(mode))
    find(tab, "normalizeCheck").setChecked(normalize)
    find(tab, "batchSpin").setValue(batch_size)
    click(qtbot, find(tab, "runButton"))
    return shown_result(qtbot, tab)


def tiny_mnist(folder, n_test=30, n_train=40, seed=0) -> dict[str, bytes]:
    """Four small but valid gzipped IDX files with the canonical names; returns name -> bytes."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    bodies = {}
    for prefix, n in (("t10k", n_test), ("train", n_train)):
        images = rng.integers(0, 256, (n, 28, 28), dtype=np.uint8)
        labels = rng.integers(0, 10, n, dtype=np.uint8)
        for kind, array in (("images-idx3", images), ("labels-idx1", labels)):
            path = folder / f"{prefix}-{kind}-ubyte.gz"
            write_idx(path, array)
            bodies[path.name] = path.read_bytes()
    return bodies


def spec(name: str, data: bytes) -> MnistFile:
    return MnistFile(name, hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest(), len(data))


class MirrorHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.hits.append(self.path)
        data = self.server.files.get(self.path)
        if data is None:
            self.send_error(404, "Not Found")
            return
        try:
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            slow = self.path in self.server.slow
            step = 2048 if slow else len(data)
            for start in range(0, len(data), step):
                if slow and self.server.stopping.wait(0.02):
                    return
                self.wfile.write(data[start:start + step])
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up, as a cancelled download does

    def log_message(self, *args):
        pass
