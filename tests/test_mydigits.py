"""The user's own digits: saved atomically, read safely, never overwritten when unreadable."""

import os

import numpy as np
import pytest

from digitpad.data import mydigits
from digitpad.data.mydigits import MyDigits, MyDigitsError


def digit(value=255):
    img = np.zeros((28, 28), np.uint8)
    img[4:24, 13:15] = value
    return img


def test_empty_store(tmp_path):
    store = MyDigits(tmp_path / "mine")
    images, labels = store.load()
    assert images.shape == (0, 784) and images.dtype == np.uint8
    assert labels.shape == (0,) and labels.dtype == np.uint8
    assert store.count == 0
    assert not (tmp_path / "mine").exists()  # reading creates nothing


def test_add_and_load_back(tmp_path):
    store = MyDigits(tmp_path)
    assert store.add(digit(), 1) == 1
    assert store.add(digit(128).reshape(784), np.uint8(7), raw28=digit(50)) == 2
    again = MyDigits(tmp_path)  # a new process would see the same
    images, labels = again.load()
    assert labels.tolist() == [1, 7]
    np.testing.assert_array_equal(images[0], digit().reshape(784))
    np.testing.assert_array_equal(images[1], digit(128).reshape(784))
    raw = again.load_raw()
    assert raw.shape == (2, 784) and raw[0].max() == 0 and raw[1].max() == 50
    assert again.count == 2
    assert again.counts_per_label()[[1, 7]].tolist() == [1, 1]


def test_file_is_a_plain_npz(tmp_path):
    MyDigits(tmp_path).add(digit(), 3)
    with np.load(tmp_path / mydigits.FILENAME, allow_pickle=False) as npz:
        assert set(npz.files) == {"images", "labels"}
        assert npz["labels"].tolist() == [3]


def test_default_store_is_in_the_data_dir(data_dir):
    store = MyDigits.default()
    store.add(digit(), 0)
    assert (data_dir / "mydigits" / mydigits.FILENAME).is_file()


@pytest.mark.parametrize("label", [-1, 10, 3.0, "3", True, None])
def test_bad_labels_are_refused(tmp_path, label):
    with pytest.raises(ValueError):
        MyDigits(tmp_path).add(digit(), label)


@pytest.mark.parametrize("image", [np.zeros((28, 27)), np.full((28, 28), 300.0),
                                   np.full((28, 28), np.nan), np.zeros(783)])
def test_bad_images_are_refused(tmp_path, image):
    with pytest.raises(ValueError):
        MyDigits(tmp_path).add(image, 1)
    assert not (tmp_path / mydigits.FILENAME).exists()


def test_a_crash_while_saving_loses_nothing(tmp_path, monkeypatch):
    store = MyDigits(tmp_path)
    store.add(digit(), 1)
    before = (tmp_path / mydigits.FILENAME).read_bytes()

    def die(*args, **kwargs):
        raise KeyboardInterrupt("the power went out")

    monkeypatch.setattr(mydigits.os, "replace", die)
    with pytest.raises(KeyboardInterrupt):
        store.add(digit(), 2)
    monkeypatch.undo()
    assert (tmp_path / mydigits.FILENAME).read_bytes() == before
    left = sorted(os.listdir(tmp_path))
    assert left == [".mydigits.npz.lock", mydigits.FILENAME]  # no temporary file left behind
    assert MyDigits(tmp_path).load()[1].tolist() == [1]


def test_a_crash_while_writing_the_temporary_file_loses_nothing(tmp_path, monkeypatch):
    store = MyDigits(tmp_path)
    store.add(digit(), 4)

    def half_write(f, **arrays):
        f.write(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mydigits.np, "savez", half_write)
    with pytest.raises(OSError):
        store.add(digit(), 5)
    monkeypatch.undo()
    assert MyDigits(tmp_path).load()[1].tolist() == [4]


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04truncated"])
def test_corrupt_store_is_reported_and_never_overwritten(tmp_path, content):
    path = tmp_path / mydigits.FILENAME
    path.write_bytes(content)
    store = MyDigits(tmp_path)
    with pytest.raises(MyDigitsError, match=str(path.name)):
        store.load()
    with pytest.raises(MyDigitsError, match="is not a readable store of digits: "):
        store.count
    with pytest.raises(MyDigitsError):
        store.add(digit(), 1)
    assert path.read_bytes() == content


def test_store_with_wrong_arrays_is_corrupt(tmp_path):
    path = tmp_path / mydigits.FILENAME
    np.savez(path, images=np.zeros((2, 784), np.uint8), labels=np.array([1, 12], np.uint8))
    with pytest.raises(MyDigitsError, match="not a digit"):
        MyDigits(tmp_path).load()
    np.savez(path, images=np.zeros((3, 784), np.uint8), labels=np.array([1, 2], np.uint8))
    with pytest.raises(MyDigitsError, match="images"):
        MyDigits(tmp_path).load()
    np.savez(path, images=np.zeros((1, 784), np.float64), labels=np.array([1], np.uint8))
    with pytest.raises(MyDigitsError):
        MyDigits(tmp_path).load()


def test_store_holding_python_objects_is_refused(tmp_path):
    path = tmp_path / mydigits.FILENAME
    np.savez(path, images=np.array([{"evil": 1}], dtype=object), labels=np.array([1], np.uint8))
    with pytest.raises(MyDigitsError, match="not a readable store"):
        MyDigits(tmp_path).load()


def test_set_aside_keeps_the_unreadable_file_and_starts_fresh(tmp_path):
    path = tmp_path / mydigits.FILENAME
    path.write_bytes(b"garbage")
    store = MyDigits(tmp_path)
    aside = store.set_aside()
    assert aside.read_bytes() == b"garbage" and aside.parent == tmp_path
    assert "unreadable" in aside.name
    assert store.add(digit(), 8) == 1
    path.write_bytes(b"garbage again")
    second = MyDigits(tmp_path).set_aside()
    assert second != aside and second.read_bytes() == b"garbage again"
    assert MyDigits(tmp_path).set_aside() is None  # nothing to set aside


def test_relabel_remove_and_put_back(tmp_path):
    store = MyDigits(tmp_path)
    for k, label in enumerate((1, 2, 3)):
        store.add(digit(50 + k), label, raw28=digit(10 + k))
    store.relabel(1, 7, expect=digit(51))
    assert MyDigits(tmp_path).load()[1].tolist() == [1, 7, 3]
    image, label, raw = store.remove(0, expect=digit(50))
    assert label == 1 and image.max() == 50 and raw.max() == 10
    assert MyDigits(tmp_path).load()[1].tolist() == [7, 3]
    assert store.insert(0, image, label, raw) == 3
    again = MyDigits(tmp_path)
    assert again.load()[1].tolist() == [1, 7, 3]
    assert again.load_raw()[:, :].max(axis=1).tolist() == [10, 11, 12]


def test_an_edit_of_a_digit_another_copy_moved_is_refused(tmp_path):
    mine, other = MyDigits(tmp_path), MyDigits(tmp_path)
    mine.add(digit(60), 6)
    mine.add(digit(70), 7)
    other.remove(0)
    with pytest.raises(MyDigitsError, match="changed since they were shown"):
        mine.relabel(1, 1, expect=digit(70))
    with pytest.raises(MyDigitsError):
        mine.remove(0, expect=digit(60))
    assert MyDigits(tmp_path).load()[1].tolist() == [7]


def test_export_as_idx_reads_back_as_mnist_does(tmp_path):
    from digitpad.data.idx import read_idx
    store = MyDigits(tmp_path / "store")
    store.add(digit(200), 4)
    store.add(digit(100), 9)
    (tmp_path / "out").mkdir()
    images_path, labels_path = store.export_idx(tmp_path / "out")
    assert read_idx(images_path).shape == (2, 28, 28)
    np.testing.assert_array_equal(read_idx(images_path)[1], digit(100))
    assert read_idx(labels_path).tolist() == [4, 9]


def test_add_many_saves_once_and_keeps_only_the_newest_when_asked(tmp_path):
    store = MyDigits(tmp_path / "kept")
    images = np.arange(5 * 784).reshape(5, 784) % 251
    assert store.add_many(images[:3], [1, 2, 3]) == 3
    assert store.add_many(images[3:], [4, 5], keep_last=4) == 4
    kept, labels = store.load()
    assert labels.tolist() == [2, 3, 4, 5]
    assert np.array_equal(kept, images[1:].astype(np.uint8))
    assert store.add_many([], [], keep_last=4) == 4
    with pytest.raises(ValueError, match="label must be a digit"):
        store.add_many(images[:1], [10])
    with pytest.raises(ValueError, match="2 images but 1 labels"):
        store.add_many(images[:2], [1])
    assert MyDigits(tmp_path / "kept").load()[1].tolist() == [2, 3, 4, 5]  # nothing half-saved


def test_add_many_gives_digits_without_a_raw_image_an_empty_one(tmp_path):
    store = MyDigits(tmp_path / "s")
    store.add(np.full(784, 9, np.uint8), 1, raw28=np.full(784, 4, np.uint8))
    store.add_many(np.full((2, 784), 7, np.uint8), [2, 3])
    raw = store.load_raw()
    assert raw.shape == (3, 784) and raw[0].max() == 4 and raw[1:].max() == 0


def test_delete_removes_the_store_and_its_set_aside_copies_and_nothing_else(tmp_path):
    store = MyDigits(tmp_path / "kept")
    store.add(np.full(784, 5, np.uint8), 5)
    store.file.write_bytes(b"PK\x03\x04 broken")
    aside = store.set_aside()
    store.add(np.full(784, 6, np.uint8), 6)
    other = tmp_path / "kept" / "notes.npz"
    other.write_bytes(b"mine")
    store.delete()
    assert not store.file.exists() and not aside.exists() and other.exists()
    assert store.count == 0
    store.delete()  # nothing left to delete: nothing happens
