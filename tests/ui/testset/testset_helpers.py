"""What the Test set tab's tests share: the tab built on its own, its widgets found by objectName,
a run made through its controls, a tiny MNIST to download from the shared local server."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject

from digitpad.data.idx import write_idx
from local_server import spec_for as spec  # noqa: F401  (the tests' name for it)
from qt_helpers import click, shown_alone, shown_result

LONG = 60_000  # ms: generous, for a shared and busy machine



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
    return shown_alone(qtbot, TestSetTab(state, **kwargs), (1220, 720), settings)


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
