"""Getting the data in the Test set tab: downloading MNIST from a local HTTP server, cancelling, corrupt
and chosen folders; My digits read again when digits were saved meanwhile."""

from __future__ import annotations

import gzip
import re

import numpy as np
import pytest
from PySide6.QtCore import QSettings, QThreadPool

from digitpad.data.mnist import default_mnist_dir
from digitpad.data.mydigits import MyDigits
from digitpad.ui.model_state import ModelState
from qt_helpers import click, loaded
from testset_helpers import LONG, find, make_tab, run_with, spec, tiny_mnist



def test_download_panel_fetches_checks_and_loads(qtbot, state, no_mnist, server, tmp_path):
    bodies = tiny_mnist(tmp_path / "made")
    good = server.serve("good", bodies)
    dead = server.serve("dead", {})
    files = [spec(name, data) for name, data in bodies.items()]
    tab = make_tab(qtbot, state, mirrors=[dead, good], download_files=files)
    try:
        qtbot.waitUntil(lambda: find(tab, "testSetStack").currentWidget() is find(tab, "mnistMissingPage"), timeout=LONG)
        assert re.fullmatch(r"Download MNIST \(about \d+ kB\)", find(tab, "downloadButton").text())
        assert str(default_mnist_dir()) in find(tab, "downloadWhere").text()
        assert not find(tab, "runButton").isEnabled()
        click(qtbot, find(tab, "downloadButton"))
        assert loaded(qtbot, tab) == 30
        assert find(tab, "testSetStack").currentWidget() is find(tab, "testSetWork")
        for name, data in bodies.items():
            assert (default_mnist_dir() / name).read_bytes() == data
        # every file was asked of the dead mirror first, until the good one had answered
        assert server.hits[0].startswith("/dead/") and server.hits[1].startswith("/good/")
        assert find(tab, "runButton").isEnabled()
        result = run_with(qtbot, tab, "batch", True)
        assert result.n_samples == 30
    finally:
        assert tab.shutdown(10)


def test_a_download_can_be_cancelled_and_tried_again(qtbot, state, no_mnist, server, tmp_path):
    bodies = tiny_mnist(tmp_path / "made")
    big = np.random.default_rng(5).integers(0, 256, 400_000, dtype=np.uint8).tobytes()
    slow_files = {"big.bin": big}
    slow = server.serve("slow", slow_files, slow=["big.bin"])
    tab = make_tab(qtbot, state, mirrors=[slow], download_files=[spec("big.bin", big)])
    try:
        qtbot.waitUntil(lambda: find(tab, "testSetStack").currentWidget() is find(tab, "mnistMissingPage"), timeout=LONG)
        click(qtbot, find(tab, "downloadButton"))
        bar = find(tab, "downloadProgress")
        qtbot.waitUntil(lambda: 0 < bar.value() < bar.maximum(), timeout=LONG)   # part of the file
        assert find(tab, "downloadRow").isVisible() and not find(tab, "downloadButton").isEnabled()
        click(qtbot, find(tab, "cancelDownloadButton"))
        assert not find(tab, "downloadRow").isVisible() and find(tab, "downloadButton").isEnabled()
        assert QThreadPool.globalInstance().waitForDone(10_000)
        folder = default_mnist_dir()
        assert not (folder / "big.bin").exists()
        assert [p.name for p in folder.iterdir()] == []  # the partial file is gone too

        # a second try, from a quick mirror with the real (tiny) files, completes and loads
        tab.mirrors = (server.serve("good", bodies),)
        tab.download_files = tuple(spec(name, data) for name, data in bodies.items())
        click(qtbot, find(tab, "downloadButton"))
        assert loaded(qtbot, tab) == 30
    finally:
        assert tab.shutdown(10)


def test_a_folder_with_a_corrupt_idx_file_gets_a_clear_message(qtbot, state, no_mnist, tmp_path, monkeypatch):
    folder = tmp_path / "broken"
    tiny_mnist(folder)
    images = folder / "t10k-images-idx3-ubyte.gz"
    raw = gzip.decompress(images.read_bytes())
    images.write_bytes(gzip.compress(raw[:-100]))   # the last 100 pixels are missing
    tab = make_tab(qtbot, state)
    messages = []
    tab.messageRequested.connect(lambda *args: messages.append(args))
    try:
        qtbot.waitUntil(lambda: find(tab, "testSetStack").currentWidget() is find(tab, "mnistMissingPage"), timeout=LONG)
        monkeypatch.setattr("digitpad.ui.testset.tab.QFileDialog.getExistingDirectory",
                            lambda *args, **kwargs: str(folder))
        click(qtbot, find(tab, "missingChooseButton"))
        qtbot.waitUntil(lambda: len(messages) == 1, timeout=LONG)
        text = messages[-1][2]
        assert "t10k-images-idx3-ubyte.gz" in text and "truncated" in text
        assert find(tab, "missingProblem").isVisible() and "truncated" in find(tab, "missingProblem").text()
        assert messages and messages[-1][0] == "warning" and "truncated" in messages[-1][2]
        assert find(tab, "testSetStack").currentWidget() is find(tab, "mnistMissingPage")
        assert state.mnist_path is None   # a folder that failed is not remembered

        # a folder without MNIST at all says so too
        tab.use_mnist_folder(tmp_path)
        qtbot.waitUntil(lambda: len(messages) == 2, timeout=LONG)
        assert "not an MNIST folder" in messages[-1][2]
    finally:
        assert tab.shutdown(10)


@pytest.mark.parametrize("kind", ["idx", "keras"])
def test_a_chosen_folder_is_remembered(qtbot, state, no_mnist, tmp_path, kind):
    folder = tmp_path / "elsewhere"
    if kind == "idx":
        tiny_mnist(folder)
    else:
        folder.mkdir()
        rng = np.random.default_rng(1)
        np.savez(folder / "mnist.npz",
                 x_train=rng.integers(0, 256, (40, 28, 28), dtype=np.uint8),
                 y_train=rng.integers(0, 10, 40, dtype=np.uint8),
                 x_test=rng.integers(0, 256, (30, 28, 28), dtype=np.uint8),
                 y_test=rng.integers(0, 10, 30, dtype=np.uint8))
    tab = make_tab(qtbot, state)
    try:
        qtbot.waitUntil(lambda: find(tab, "testSetStack").currentWidget() is find(tab, "mnistMissingPage"), timeout=LONG)
        tab.use_mnist_folder(folder)
        assert loaded(qtbot, tab) == 30
        assert state.mnist_path == str(folder)   # every tab uses it from now on
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        state.save_settings(settings)
        settings.sync()
    finally:
        assert tab.shutdown(10)

    restarted = ModelState(state.model)
    restarted.restore_settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    again = make_tab(qtbot, restarted)
    try:
        assert loaded(qtbot, again) == 30
        assert str(folder) in find(again, "dataStatus").text()
    finally:
        assert again.shutdown(10)


def test_my_digits_saved_while_the_tab_was_hidden_are_there_when_it_shows_again(qtbot, state, data_dir):
    store = MyDigits.default()
    rng = np.random.default_rng(3)
    for label in (1, 2, 3):
        store.add(rng.integers(0, 256, (28, 28), dtype=np.uint8), label)
    tab = make_tab(qtbot, state, settings={"source": "mydigits"})   # no MNIST needed
    try:
        assert loaded(qtbot, tab) == 3 and tab.source == "mydigits"
        tab.hide()
        MyDigits(store.file).add(rng.integers(0, 256, (28, 28), dtype=np.uint8), 4)   # as the Draw tab saves
        tab.show()
        qtbot.waitUntil(lambda: not tab.is_loading() and tab.data.n == 4, timeout=LONG)
        assert "4 of your digits" in find(tab, "dataStatus").text()
        assert list(tab.data.labels) == [1, 2, 3, 4]
    finally:
        assert tab.shutdown(10)


def junk_mnist(folder):
    """Four files named as MNIST's, none of them an IDX file."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                 "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"):
        (folder / name).write_bytes(b"NN junk, not IDX" * 100)
    return folder


@pytest.mark.parametrize("where, title", [
    ("junk", "MNIST's files are here, but they cannot be read"),
    ("keras junk", "MNIST's files are here, but they cannot be read"),
    ("no such folder", "MNIST is not on this computer yet"),
    ("empty folder", "MNIST is not on this computer yet"),
    ("empty data folder", "MNIST is not on this computer yet"),
    (None, "MNIST is not on this computer yet"),
])
def test_the_heading_tells_damaged_files_from_missing_ones(qtbot, state, no_mnist, monkeypatch, tmp_path,
                                                          where, title):
    """Damaged files are not "not on this computer": the heading says they are there, above the
    line that says what is wrong with them."""
    if where == "junk":
        monkeypatch.setenv("DIGITPAD_MNIST", str(junk_mnist(tmp_path / "junk")))
    elif where == "keras junk":
        (tmp_path / "keras" / "datasets").mkdir(parents=True)
        (tmp_path / "keras" / "datasets" / "mnist.npz").write_bytes(b"PK\x03\x04 cut short")
    elif where == "no such folder":
        monkeypatch.setenv("DIGITPAD_MNIST", str(tmp_path / "typo"))
    elif where == "empty folder":
        (tmp_path / "empty").mkdir()
        monkeypatch.setenv("DIGITPAD_MNIST", str(tmp_path / "empty"))
    elif where == "empty data folder":   # what a cancelled download leaves
        default_mnist_dir().mkdir(parents=True)
    tab = make_tab(qtbot, state)
    try:
        qtbot.waitUntil(lambda: find(tab, "testSetStack").currentWidget() is find(tab, "mnistMissingPage"),
                        timeout=LONG)
        assert find(tab, "missingTitle").text() == title
        problem = find(tab, "missingProblem")
        if where in ("junk", "keras junk"):
            assert problem.isVisible() and ("not an IDX file" in problem.text() or "npz" in problem.text())
        elif where is None or where == "empty data folder":
            assert not problem.isVisible()
        # choosing a folder of damaged files says the same
        with qtbot.waitSignal(tab.messageRequested, timeout=LONG) as message:
            tab.use_mnist_folder(junk_mnist(tmp_path / "chosen"))
        assert "not an IDX file" in message.args[2]
        assert find(tab, "missingTitle").text() == "MNIST's files are here, but they cannot be read"
    finally:
        assert tab.shutdown(10)
