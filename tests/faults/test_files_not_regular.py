"""A FIFO, a folder or a device where a file should be is refused before it is opened, never waited on."""

import os

import numpy as np
import pytest

from digitpad import fileio
from digitpad.data.idx import IdxError, read_idx, write_idx


@pytest.mark.timeout(60)  # opening a FIFO for reading used to wait for a writer for ever
@pytest.mark.parametrize("name", ["t10k-labels-idx1-ubyte", "t10k-labels-idx1-ubyte.gz"])
def test_an_mnist_file_that_is_a_fifo_is_refused(tmp_path, name):
    os.mkfifo(tmp_path / name)
    with pytest.raises(IdxError, match="named pipe"):
        read_idx(tmp_path / name)


@pytest.mark.parametrize("make, kind", [
    (lambda p: p.mkdir(), "a folder"),
    (lambda p: p.symlink_to("/dev/zero"), "a device"),
])
def test_an_mnist_file_that_is_a_folder_or_device_is_named_as_such(tmp_path, make, kind):
    make(tmp_path / "labels.idx")
    with pytest.raises(IdxError, match=kind):
        read_idx(tmp_path / "labels.idx")


@pytest.mark.timeout(60)
def test_open_regular_checks_the_opened_file_itself(tmp_path, monkeypatch):
    """A regular file swapped for a FIFO between the look and the open is still refused."""
    write_idx(tmp_path / "ok.idx", np.arange(3, dtype=np.uint8))
    fifo = tmp_path / "swapped"
    os.mkfifo(fifo)
    looked = os.stat(tmp_path / "ok.idx")  # what a check by name saw before the swap
    real_stat = os.stat
    monkeypatch.setattr(fileio.os, "stat", lambda p, *a, **k: looked if p == str(fifo) else real_stat(p, *a, **k))
    with pytest.raises(fileio.NotARegularFile, match="named pipe"):
        fileio.open_regular(fifo)
    monkeypatch.undo()
    with fileio.open_regular(tmp_path / "ok.idx") as f:
        assert f.read(4) == b"\0\0\x08\x01"
