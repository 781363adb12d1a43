"""Finding, loading and verifying MNIST, on small fake sets and (marked ``mnist``) on the real files."""

import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from digitpad.cli import main
from digitpad.data import mnist_read
from digitpad.data.errors import DataError, MnistNotFound
from digitpad.data.idx import write_idx
from digitpad.data.mnist import (
    FILES, MnistLocation, clear_cache, default_mnist_dir, find_mnist, load_mnist, verify_mnist,
)
REAL_MNIST = os.environ.get("DIGITPAD_MNIST")
REAL_MNIST = Path(REAL_MNIST).resolve() if REAL_MNIST else None
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
TRAIN_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]


@pytest.fixture
def env(tmp_path, monkeypatch):
    """A clean world: empty home, data dir under tmp, no MNIST anywhere, empty cache."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    for name in ("DIGITPAD_DATA_DIR", "DIGITPAD_MNIST", "KERAS_HOME"):
        monkeypatch.delenv(name, raising=False)
    clear_cache()
    yield tmp_path
    clear_cache()


def fake_split(n, seed):
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, size=(n, 28, 28), dtype=np.uint8)
    labels = (np.arange(n) % 10).astype(np.uint8)
    return images, labels


def make_idx_set(folder, n_test=5, n_train=7, gz=True, seed=0):
    """Write the four MNIST files (fake content) into ``folder``; return {split: (images, labels)}."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".gz" if gz else ""
    data = {"test": fake_split(n_test, seed), "train": fake_split(n_train, seed + 1)}
    for split, prefix in (("test", "t10k"), ("train", "train")):
        images, labels = data[split]
        write_idx(folder / f"{prefix}-images-idx3-ubyte{suffix}", images)
        write_idx(folder / f"{prefix}-labels-idx1-ubyte{suffix}", labels)
    return data


def make_keras(path, n_test=6, n_train=8, seed=5, **override):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    (x_test, y_test), (x_train, y_train) = fake_split(n_test, seed), fake_split(n_train, seed + 1)
    arrays = dict(x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test)
    arrays.update(override)
    with open(path, "wb") as out:  # np.savez would add ".npz" to a name lacking it
        np.savez(out, **arrays)
    return {"test": (x_test, y_test), "train": (x_train, y_train)}


def assert_split(loaded, expected):
    images, labels = loaded
    x, y = expected
    assert images.dtype == np.uint8 and labels.dtype == np.uint8
    assert images.shape == (len(x), 784) and labels.shape == (len(x),)
    assert images.flags.c_contiguous
    np.testing.assert_array_equal(images, x.reshape(len(x), 784))
    np.testing.assert_array_equal(labels, y)


# ------------------------------------------------------------------ where to look


def test_default_dir_follows_the_data_dir(env, monkeypatch):
    if sys.platform.startswith("linux"):
        assert default_mnist_dir() == env / "xdg" / "digitpad" / "mnist"
    monkeypatch.setenv("DIGITPAD_DATA_DIR", str(env / "portable"))
    assert default_mnist_dir() == env / "portable" / "mnist"


def test_search_order(env, monkeypatch):
    """explicit > environment > user data folder > Keras's cache > not found."""
    monkeypatch.setenv("DIGITPAD_DATA_DIR", str(env / "data"))
    sets = {
        "argument": make_idx_set(env / "given", n_test=3, seed=10),
        "environment": make_idx_set(env / "from-env", n_test=4, seed=20),
        "user data": make_idx_set(env / "data" / "mnist", n_test=5, seed=30),
        "keras": make_keras(env / "home" / ".keras" / "datasets" / "mnist.npz", n_test=6),
    }
    monkeypatch.setenv("DIGITPAD_MNIST", str(env / "from-env"))

    assert find_mnist(env / "given") == MnistLocation(env / "given", "idx", "argument")
    assert_split(load_mnist("test", env / "given"), sets["argument"]["test"])

    assert find_mnist() == MnistLocation(env / "from-env", "idx", "environment")
    assert_split(load_mnist(), sets["environment"]["test"])

    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    assert find_mnist() == MnistLocation(env / "data" / "mnist", "idx", "user data")
    assert_split(load_mnist(), sets["user data"]["test"])

    shutil.rmtree(env / "data" / "mnist")
    npz = env / "home" / ".keras" / "datasets" / "mnist.npz"
    assert find_mnist() == MnistLocation(npz, "keras", "keras")
    assert_split(load_mnist(), sets["keras"]["test"])
    assert_split(load_mnist("train"), sets["keras"]["train"])

    npz.unlink()
    with pytest.raises(MnistNotFound):
        find_mnist()


def test_empty_environment_variable_counts_as_unset(env, monkeypatch):
    monkeypatch.setenv("DIGITPAD_DATA_DIR", str(env / "data"))
    make_idx_set(env / "data" / "mnist")
    monkeypatch.setenv("DIGITPAD_MNIST", "")
    assert find_mnist().origin == "user data"


def test_keras_home_is_honoured(env, monkeypatch):
    make_keras(env / "kh" / "datasets" / "mnist.npz")
    monkeypatch.setenv("KERAS_HOME", str(env / "kh"))
    assert find_mnist() == MnistLocation(env / "kh" / "datasets" / "mnist.npz", "keras", "keras")


def test_not_found_lists_every_place_and_the_remedy(env):
    with pytest.raises(MnistNotFound) as caught:
        find_mnist()
    message = str(caught.value)
    assert "\n" not in message
    assert "DIGITPAD_MNIST" in message
    assert str(env / "xdg" / "digitpad" / "mnist") in message or sys.platform != "linux"
    assert str(default_mnist_dir()) in message
    assert str(env / "home" / ".keras" / "datasets" / "mnist.npz") in message
    assert "digitpad mnist fetch" in message


def test_not_found_says_what_is_wrong_with_a_partial_download(env):
    make_idx_set(default_mnist_dir())
    (default_mnist_dir() / "train-images-idx3-ubyte.gz").unlink()
    with pytest.raises(MnistNotFound, match="missing train-images-idx3-ubyte"):
        find_mnist()


def test_explicit_path_that_does_not_exist_is_an_error(env, monkeypatch):
    # a valid copy in the user folder must not be used instead
    make_idx_set(default_mnist_dir())
    with pytest.raises(DataError, match="does not exist") as caught:
        find_mnist(env / "typo")
    assert str(env / "typo") in str(caught.value)
    assert not isinstance(caught.value, MnistNotFound)


def test_explicit_folder_missing_a_file_is_an_error(env):
    make_idx_set(env / "given")
    (env / "given" / "t10k-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(DataError, match="t10k-labels-idx1-ubyte") as caught:
        find_mnist(env / "given")
    assert str(env / "given") in str(caught.value)


def test_explicit_unknown_file_is_an_error(env):
    (env / "notes.txt").write_text("hello")
    with pytest.raises(DataError, match="neither a folder"):
        find_mnist(env / "notes.txt")


def test_environment_path_that_is_unusable_is_an_error(env, monkeypatch):
    make_idx_set(default_mnist_dir())
    monkeypatch.setenv("DIGITPAD_MNIST", str(env / "empty"))
    (env / "empty").mkdir()
    with pytest.raises(DataError, match="DIGITPAD_MNIST") as caught:
        find_mnist()
    assert str(env / "empty") in str(caught.value)
    with pytest.raises(DataError, match="DIGITPAD_MNIST"):
        load_mnist()


def test_a_path_to_one_of_the_files_means_its_folder(env):
    make_idx_set(env / "given")
    assert find_mnist(env / "given" / "t10k-images-idx3-ubyte.gz").path == env / "given"


def test_relative_paths_become_absolute(env, monkeypatch):
    make_idx_set(env / "given")
    (env / "sub").mkdir()
    monkeypatch.chdir(env / "sub")
    assert find_mnist("../given").path == env / "given"
    monkeypatch.setenv("DIGITPAD_MNIST", "../given")
    assert find_mnist().path == env / "given"


def test_plain_and_dotted_names_count(env):
    data = make_idx_set(env / "plain", gz=False)
    assert_split(load_mnist("train", env / "plain"), data["train"])
    for name in list((env / "plain").iterdir()):
        name.rename(name.with_name(name.name.replace("-idx", ".idx")))
    assert_split(load_mnist("test", env / "plain"), data["test"])


# ------------------------------------------------------------------ Keras npz


def test_keras_npz_given_explicitly(env):
    data = make_keras(env / "k.npz")
    assert find_mnist(env / "k.npz") == MnistLocation(env / "k.npz", "keras", "argument")
    assert_split(load_mnist("train", env / "k.npz"), data["train"])


@pytest.mark.parametrize("override, words", [
    ({"x_test": np.zeros((6, 28, 28), np.float32)}, "float32"),
    ({"x_test": np.zeros((6, 28, 27), np.uint8)}, "(N, 28, 28)"),
    ({"y_train": np.zeros(7, np.uint8)}, "8 images"),
    ({"y_test": np.array([None] * 6, dtype=object)}, "object"),
])
def test_bad_keras_npz_is_refused(env, override, words):
    make_keras(env / "k.npz", **override)
    with pytest.raises(DataError) as caught:
        find_mnist(env / "k.npz")
    assert words in str(caught.value)
    assert str(env / "k.npz") in str(caught.value)


def test_keras_npz_missing_an_array(env):
    np.savez(env / "k.npz", x_train=np.zeros((1, 28, 28), np.uint8))
    with pytest.raises(DataError, match="no y_train"):
        find_mnist(env / "k.npz")


def test_keras_npz_that_is_not_a_zip(env):
    (env / "k.npz").write_bytes(b"not a zip at all")
    with pytest.raises(DataError, match="not a readable npz"):
        find_mnist(env / "k.npz")


def test_keras_npz_with_a_hostile_shape(env):
    """A header declaring billions of images is refused before anything is allocated."""
    import io
    import zipfile
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        buffer, {"descr": "|u1", "fortran_order": False, "shape": (4_000_000_000, 28, 28)})
    with zipfile.ZipFile(env / "k.npz", "w") as archive:
        for name in ("x_train", "y_train", "x_test", "y_test"):
            archive.writestr(name + ".npy", buffer.getvalue())
    with pytest.raises(DataError, match="unexpected shape"):
        find_mnist(env / "k.npz")


def test_broken_keras_cache_is_reported_not_used(env):
    npz = env / "home" / ".keras" / "datasets" / "mnist.npz"
    npz.parent.mkdir(parents=True)
    npz.write_bytes(b"junk")
    with pytest.raises(MnistNotFound, match="unusable"):
        find_mnist()


# ------------------------------------------------------------------ loading


def test_load_returns_read_only_uint8_rows(env):
    data = make_idx_set(env / "m")
    images, labels = load_mnist("test", env / "m")
    assert_split((images, labels), data["test"])
    for array in (images, labels):
        assert not array.flags.writeable
        with pytest.raises(ValueError):
            array[0] = 1
        with pytest.raises(ValueError):
            array.flags.writeable = True
        with pytest.raises(ValueError):
            array.view().flags.writeable = True


def test_load_is_cached(env, monkeypatch):
    make_idx_set(env / "m")
    first = load_mnist("test", env / "m")
    calls = []
    monkeypatch.setattr(mnist_read, "read_idx", lambda *a, **k: calls.append(a) or 1 / 0)
    second = load_mnist("test", env / "m")
    assert calls == []
    assert np.shares_memory(first[0], second[0]) and np.shares_memory(first[1], second[1])


def test_reshaping_what_was_returned_does_not_touch_the_cache(env):
    make_idx_set(env / "m")
    for _ in range(3):  # a miss, then hits
        images, labels = load_mnist("test", env / "m")
        assert images.shape == (5, 784) and labels.shape == (5,)
        images.shape = (5, 28, 28)
        labels.shape = (5, 1)


def test_cache_notices_a_changed_file(env):
    make_idx_set(env / "m", n_test=5)
    assert len(load_mnist("test", env / "m")[0]) == 5
    new = make_idx_set(env / "m", n_test=9, seed=3)
    assert_split(load_mnist("test", env / "m"), new["test"])


def test_splits_are_kept_apart(env):
    data = make_idx_set(env / "m", n_test=5, n_train=7)
    assert_split(load_mnist("train", env / "m"), data["train"])
    assert_split(load_mnist("test", env / "m"), data["test"])


def test_unknown_split(env):
    make_idx_set(env / "m")
    with pytest.raises(DataError, match="'validation'"):
        load_mnist("validation", env / "m")


@pytest.mark.parametrize("name, array, words", [
    ("t10k-labels-idx1-ubyte.gz", np.array([0, 1, 2, 3, 10], np.uint8), "label 10"),
    ("t10k-labels-idx1-ubyte.gz", np.array([0, 1, 2], np.uint8), "5 images"),
    ("t10k-labels-idx1-ubyte.gz", np.arange(5, dtype=np.int16), "int16"),
    ("t10k-labels-idx1-ubyte.gz", np.zeros((5, 1), np.uint8), "(5, 1)"),
    ("t10k-images-idx3-ubyte.gz", np.zeros((5, 28, 27), np.uint8), "(5, 28, 27)"),
    ("t10k-images-idx3-ubyte.gz", np.zeros((5, 784), np.uint8), "(N, 28, 28)"),
    ("t10k-images-idx3-ubyte.gz", np.zeros((5, 28, 28), np.float32), "float32"),
])
def test_load_validates_what_it_reads(env, name, array, words):
    make_idx_set(env / "m")
    write_idx(env / "m" / name, array)
    with pytest.raises(DataError) as caught:
        load_mnist("test", env / "m")
    assert words in str(caught.value)
    assert str(env / "m") in str(caught.value)


def spy_on_reads(monkeypatch):
    """The names of the files and npz arrays read in full from now on, in order."""
    read = []
    read_idx, npy_data = mnist_read.read_idx, mnist_read._npy_data
    monkeypatch.setattr(mnist_read, "read_idx", lambda path, **k: read.append(Path(path).name)
                        or read_idx(path, **k))
    monkeypatch.setattr(mnist_read, "_npy_data", lambda stream, shape, fortran, path, name: read.append(name)
                        or npy_data(stream, shape, fortran, path, name))
    return read


@pytest.mark.parametrize("labels_file, words", [
    (b"\x1f\x8b\x08\x00 cut short", "t10k-labels-idx1-ubyte.gz: corrupt gzip data"),
    (gzip.compress(b"\x00\x00\x08\x01\x00\x00\x00\x05" + bytes(3)), "truncated: shape 5 needs 5 bytes"),
    (gzip.compress(b"\x00\x00\x08\x01\x00\x00\x00\x03" + bytes(3)),
     "t10k-images-idx3-ubyte.gz holds 5 images but"),
    (gzip.compress(b"\x00\x00\x08\x01\x00\x00\x00\x05" + bytes([1, 2, 3, 4, 12])), "label 12 found"),
    (gzip.compress(b"\x00\x00\x08\x01\xff\xff\xff\xff"), "more than the 1,000,000 allowed"),
], ids=["corrupt gzip", "truncated", "fewer labels than images", "label 12", "4 billion labels"])
def test_broken_or_mismatched_labels_are_said_before_the_images_are_read(env, monkeypatch, labels_file, words):
    make_idx_set(env / "m")
    (env / "m" / "t10k-labels-idx1-ubyte.gz").write_bytes(labels_file)
    read = spy_on_reads(monkeypatch)
    with pytest.raises(DataError) as caught:
        load_mnist("test", env / "m")
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert read == ["t10k-labels-idx1-ubyte.gz"]   # never the images


def test_images_whose_header_is_wrong_are_refused_before_anything_is_read(env, monkeypatch):
    make_idx_set(env / "m")
    write_idx(env / "m" / "t10k-images-idx3-ubyte.gz", np.zeros((5, 28, 27), np.uint8))
    read = spy_on_reads(monkeypatch)
    with pytest.raises(DataError, match=r"t10k-images-idx3-ubyte.gz: expected uint8 images .* \(5, 28, 27\)"):
        load_mnist("test", env / "m")
    assert read == []
    make_idx_set(env / "m")
    assert len(load_mnist("test", env / "m")[1]) == 5
    assert read == ["t10k-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz"]   # the small one first


def test_keras_labels_are_read_and_judged_before_the_images(env, monkeypatch):
    make_keras(env / "k.npz", y_test=np.array([0, 1, 2, 3, 4, 11], np.uint8))
    read = spy_on_reads(monkeypatch)
    with pytest.raises(DataError, match=r"label 11 found"):
        load_mnist("test", env / "k.npz")
    assert read == ["y_test"]
    make_keras(env / "k.npz")
    assert len(load_mnist("test", env / "k.npz")[1]) == 6
    assert read == ["y_test", "y_test", "x_test"]


def test_corrupt_file_surfaces_as_data_error(env):
    make_idx_set(env / "m")
    path = env / "m" / "t10k-images-idx3-ubyte.gz"
    path.write_bytes(path.read_bytes()[:-20])
    with pytest.raises(DataError, match="t10k-images"):
        load_mnist("test", env / "m")


# ------------------------------------------------------------------ verifying


def test_verify_fake_set_reports_every_file(env):
    make_idx_set(env / "m")
    (env / "m" / "train-labels-idx1-ubyte.gz").unlink()
    checks = verify_mnist(env / "m")
    assert [c.name for c in checks] == [f.name for f in FILES]
    by_name = {c.name: c for c in checks}
    missing = by_name["train-labels-idx1-ubyte.gz"]
    assert not missing.present and not missing.ok and missing.checksum_ok is None
    for name in ("train-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte.gz"):
        check = by_name[name]
        assert check.present and check.checksum_ok is False and not check.ok
        assert check.size == (env / "m" / name).stat().st_size
        assert "checksum" in check.detail


def test_verify_without_anything_found(env):
    with pytest.raises(MnistNotFound):
        verify_mnist()
    default_mnist_dir().mkdir(parents=True)
    assert [c.present for c in verify_mnist()] == [False] * 4


def test_verify_keras_npz_against_the_published_hash(env):
    make_keras(env / "k.npz")
    [check] = verify_mnist(env / "k.npz")
    assert check.present and check.checksum_ok is False and "sha256" in check.detail


# ------------------------------------------------------------------ the real files


@pytest.mark.mnist
def test_real_test_split():
    images, labels = load_mnist("test", REAL_MNIST)
    assert images.shape == (10000, 784) and images.dtype == np.uint8
    assert labels.shape == (10000,) and labels.dtype == np.uint8
    assert images.flags.c_contiguous and not images.flags.writeable
    assert np.bincount(labels, minlength=10).tolist() == TEST_COUNTS
    assert images.max() == 255 and images.min() == 0
    assert labels[:10].tolist() == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]


@pytest.mark.mnist
def test_real_train_split():
    images, labels = load_mnist("train", REAL_MNIST)
    assert images.shape == (60000, 784) and labels.shape == (60000,)
    assert np.bincount(labels, minlength=10).tolist() == TRAIN_COUNTS
    assert labels[:10].tolist() == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]


@pytest.mark.mnist
def test_real_files_are_found_through_the_environment(env, monkeypatch):
    monkeypatch.setenv("DIGITPAD_MNIST", str(REAL_MNIST))
    assert find_mnist() == MnistLocation(REAL_MNIST, "idx", "environment")


@pytest.mark.mnist
def test_real_files_verify():
    checks = verify_mnist(REAL_MNIST)
    assert [c.ok for c in checks] == [True] * 4
    assert [c.size for c in checks] == [f.size for f in FILES]


@pytest.mark.mnist
def test_verify_judges_content_of_plain_and_recompressed_files(tmp_path):
    for spec in FILES:
        source = REAL_MNIST / spec.name
        if spec.name.startswith("train"):
            (tmp_path / spec.name).symlink_to(source)
        elif "labels" in spec.name:  # gunzipped
            (tmp_path / spec.name[:-3]).write_bytes(gzip.decompress(source.read_bytes()))
        else:  # compressed again, so the .gz bytes differ
            raw = gzip.decompress(source.read_bytes())
            (tmp_path / spec.name).write_bytes(gzip.compress(raw, compresslevel=1, mtime=0))
    checks = verify_mnist(tmp_path)
    assert [c.ok for c in checks] == [True] * 4, checks
    # and a damaged byte is caught
    plain = tmp_path / "t10k-labels-idx1-ubyte"
    data = bytearray(plain.read_bytes())
    data[100] = (data[100] + 1) % 10
    plain.write_bytes(bytes(data))
    checks = verify_mnist(tmp_path)
    assert [c.ok for c in checks] == [True, True, True, False]


# ------------------------------------------------------------------ the CLI


def test_cli_where_prints_the_path(env, monkeypatch, capsys):
    make_idx_set(env / "m")
    monkeypatch.setenv("DIGITPAD_MNIST", str(env / "m"))
    assert main(["mnist", "where"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == str(env / "m")
    assert "DIGITPAD_MNIST" in out
    assert err == ""


def test_cli_where_without_mnist_exits_2_with_one_line(env, capsys):
    assert main(["mnist", "where"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "digitpad mnist fetch" in err and "Traceback" not in err


def test_cli_where_with_a_bad_environment_path(env, monkeypatch, capsys):
    monkeypatch.setenv("DIGITPAD_MNIST", str(env / "nowhere"))
    assert main(["mnist", "where"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(env / "nowhere") in err


def test_cli_where_in_a_real_process(env):
    environ = {k: v for k, v in os.environ.items() if k not in ("DIGITPAD_MNIST", "KERAS_HOME")}
    environ.update(HOME=str(env / "home"), DIGITPAD_DATA_DIR=str(env / "data"))
    done = subprocess.run([sys.executable, "-m", "digitpad", "mnist", "where"], env=environ,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert lines[0].startswith("digitpad mnist: error: MNIST not found")
    assert str(env / "data" / "mnist") in lines[0]


def test_cli_verify_bad_set_exits_1(env, capsys):
    make_idx_set(env / "m")
    assert main(["mnist", "verify", "--path", str(env / "m")]) == 1
    out, err = capsys.readouterr()
    assert out.count("BAD") == 4
    # a plain fetch fills digitpad's data folder and leaves this copy damaged
    assert f"`digitpad mnist fetch --dir {env / 'm'}` downloads them again" in err


def test_cli_verify_of_the_data_folder_asks_for_a_plain_fetch(env, monkeypatch, capsys):
    monkeypatch.setenv("DIGITPAD_DATA_DIR", str(env / "data"))
    make_idx_set(env / "data" / "mnist")
    assert main(["mnist", "verify"]) == 1
    assert "`digitpad mnist fetch` downloads them again" in capsys.readouterr().err


@pytest.mark.mnist
def test_cli_verify_real_set(capsys):
    assert main(["mnist", "verify", "--path", str(REAL_MNIST)]) == 0
    out = capsys.readouterr().out
    assert out.count("ok ") == 4 and "all 4 files intact" in out


def test_cli_mnist_without_action_shows_usage(capsys):
    assert main(["mnist"]) == 2
    assert "where" in capsys.readouterr().err


def test_a_file_gone_between_finding_and_loading_is_said_in_one_line(env, monkeypatch):
    folder = env / "mnist"
    make_idx_set(folder)
    found = mnist_read.find_mnist(folder)
    labels = next(folder.glob("train-labels*"))
    monkeypatch.setattr(mnist_read, "find_mnist", lambda path=None: (labels.unlink(), found)[1])
    with pytest.raises(DataError, match="train-labels-idx1-ubyte is gone"):
        mnist_read.load_mnist("train", folder)
