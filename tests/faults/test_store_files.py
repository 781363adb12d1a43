"""My digits stores that lie, are damaged, are not files, or belong to a user who made them read-only."""

import os
import stat
import tracemalloc

import numpy as np
import pytest

from digitpad.data import mydigits
from digitpad.data.mydigits import MyDigits, MyDigitsError, UnreadableStore
from hostile import (break_deflate_stream, claim_uncompressed_size, npy_bytes, npy_claiming,
                     write_zip)


def real_store(folder, n=40, seed=0):
    """A compressed store of ``n`` noisy digits (noise keeps the deflate streams long)."""
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, (n, 784), dtype=np.uint8)
    labels = (np.arange(n) % 10).astype(np.uint8)
    np.savez_compressed(folder / mydigits.FILENAME, images=images, labels=labels)
    return images, labels


def test_a_store_claiming_three_million_digits_is_refused_before_decompressing(tmp_path):
    write_zip(tmp_path / mydigits.FILENAME, {
        "images.npy": npy_claiming((3_000_000, 784), np.uint8, payload_bytes=8 << 20),
        "labels.npy": npy_claiming((3_000_000,), np.uint8, payload_bytes=1 << 20),
    })
    assert (tmp_path / mydigits.FILENAME).stat().st_size < 100_000  # a small file...
    tracemalloc.start()
    try:
        with pytest.raises(UnreadableStore, match="3,000,000 digits; a store holds at most 100,000"):
            MyDigits(tmp_path).count
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50e6  # ...that was never unpacked into the 2.4 GB it claims


def test_a_member_declaring_an_absurd_uncompressed_size_is_refused(tmp_path):
    path = tmp_path / mydigits.FILENAME
    write_zip(path, {"images.npy": npy_bytes(np.zeros((2, 784), np.uint8)),
                     "labels.npy": npy_bytes(np.array([1, 2], np.uint8))})
    claim_uncompressed_size(path, "images.npy", 0xFFFF0000)
    with pytest.raises(UnreadableStore, match="images declares 4,295 MB uncompressed"):
        MyDigits(tmp_path).load()


def test_a_damaged_deflate_stream_is_an_unreadable_store_moved_aside_and_saving_goes_on(tmp_path):
    real_store(tmp_path)
    break_deflate_stream(tmp_path / mydigits.FILENAME, "images.npy")
    damaged = (tmp_path / mydigits.FILENAME).read_bytes()
    store = MyDigits(tmp_path)
    with pytest.raises(UnreadableStore, match="damaged"):
        store.load()
    with pytest.raises(UnreadableStore):
        store.add(np.zeros(784, np.uint8), 1)  # never written over
    assert (tmp_path / mydigits.FILENAME).read_bytes() == damaged
    aside = store.set_aside()
    assert aside.read_bytes() == damaged
    assert store.add(np.zeros(784, np.uint8), 1) == 1
    assert MyDigits(tmp_path).load()[1].tolist() == [1]


@pytest.mark.timeout(60)  # the old reader blocked forever on a FIFO
def test_a_fifo_where_the_store_should_be_is_refused_without_opening_it(tmp_path):
    os.mkfifo(tmp_path / mydigits.FILENAME)
    store = MyDigits(tmp_path)
    with pytest.raises(UnreadableStore, match="named pipe"):
        store.count
    aside = store.set_aside()
    assert stat.S_ISFIFO(os.lstat(aside).st_mode)  # kept, as it is
    assert store.add(np.zeros(784, np.uint8), 3) == 1


@pytest.mark.parametrize("make, kind", [
    (lambda p: p.mkdir(), "a folder"),
    (lambda p: p.symlink_to("/dev/zero"), "a device"),
])
def test_a_folder_or_device_where_the_store_should_be_is_refused(tmp_path, make, kind):
    make(tmp_path / mydigits.FILENAME)
    with pytest.raises(UnreadableStore, match=kind):
        MyDigits(tmp_path).load()


def test_a_read_only_store_is_never_replaced_and_saving_says_why(tmp_path):
    store = MyDigits(tmp_path)
    store.add(np.zeros(784, np.uint8), 1)
    path = tmp_path / mydigits.FILENAME
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(MyDigitsError, match="read-only"):
        store.add(np.zeros(784, np.uint8), 2)
    assert path.read_bytes() == before and stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_private_store_stays_private(tmp_path):
    store = MyDigits(tmp_path)
    store.add(np.zeros(784, np.uint8), 1)
    path = tmp_path / mydigits.FILENAME
    path.chmod(0o600)
    store.add(np.zeros(784, np.uint8), 2)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_store_of_python_objects_is_refused_in_one_plain_sentence(tmp_path):
    np.savez(tmp_path / mydigits.FILENAME, images=np.array([{"evil": 1}], dtype=object),
             labels=np.array([1], np.uint8))
    with pytest.raises(UnreadableStore) as info:
        MyDigits(tmp_path).load()
    text = str(info.value)
    assert "allow_pickle" not in text and "Python objects" in text
    assert text.count(". ") == 0  # one sentence: the file, and why
