"""Find MNIST on disk and read a split of it.

Where digitpad looks, in order:

1. a path passed in (``find_mnist(path)``);
2. the ``DIGITPAD_MNIST`` environment variable;
3. ``<user data dir>/mnist`` (where ``digitpad mnist fetch`` puts it);
4. Keras's cache, ``~/.keras/datasets/mnist.npz`` (or under ``$KERAS_HOME``).

A path given explicitly (1 or 2) that cannot be used is an error that names it:
we never quietly fall back to some other copy. A folder counts as MNIST when it
holds the four IDX files, gzipped or not. Every file read is checked (shapes,
sizes, labels) before it is trusted, and the small before the big: the images'
header and the labels are judged before the images are read.
"""

from __future__ import annotations

import os
import threading
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from .errors import DataError, MnistNotFound, NothingThere
from .idx import read_idx, read_idx_header
from .mnist_files import default_mnist_dir

_SPLITS = {
    "train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}
KERAS_NAME = "mnist.npz"
_NO_FILES = "no MNIST files in it"
_ABSENT = ("no such folder", _NO_FILES)  # problems that mean "nothing there", not "something wrong there"
_KERAS_KEYS = {"train": ("x_train", "y_train"), "test": ("x_test", "y_test")}
_SIDE = 28
_MAX_SAMPLES = 1_000_000  # a hostile npz header must not make us allocate terabytes

_ORIGIN_TEXT = {
    "argument": "the path given",
    "environment": "$DIGITPAD_MNIST",
    "user data": "digitpad's data folder",
    "keras": "Keras's dataset cache",
}


# --------------------------------------------------------------------------- finding


@dataclass(frozen=True)
class MnistLocation:
    """Where MNIST was found: ``kind`` is "idx" (a folder) or "keras" (an npz);
    ``origin`` is "argument", "environment", "user data" or "keras"."""

    path: Path
    kind: str
    origin: str

    def describe(self) -> str:
        what = "folder of IDX files" if self.kind == "idx" else "Keras mnist.npz"
        return f"{what}, found through {_ORIGIN_TEXT.get(self.origin, self.origin)}"


def keras_mnist_path() -> Path:
    """Where Keras caches MNIST (``$KERAS_HOME`` or ``~/.keras``, then ``datasets/mnist.npz``)."""
    base = os.environ.get("KERAS_HOME")
    root = Path(base).expanduser() if base else Path.home() / ".keras"
    return root / "datasets" / "mnist.npz"


def find_mnist(path=None) -> MnistLocation:
    """Find MNIST: ``path`` if given, else ``$DIGITPAD_MNIST``, the user data folder, Keras's cache.

    Raises ``DataError`` if ``path`` or ``$DIGITPAD_MNIST`` is given but unusable,
    and ``MnistNotFound`` (listing every place looked at) if no copy is found.
    """
    if path is not None:
        return _explicit(_given(path), "argument", "MNIST path")
    env = os.environ.get("DIGITPAD_MNIST")
    if env:
        return _explicit(Path(env), "environment", "DIGITPAD_MNIST=")

    looked, unusable = ["$DIGITPAD_MNIST (not set)"], []
    folder = _absolute(default_mnist_dir())
    problem = _idx_folder_problem(folder)
    if problem is None:
        return MnistLocation(folder, "idx", "user data")
    looked.append(f"{folder} ({problem})")
    if problem not in _ABSENT:
        unusable.append(looked[-1])

    npz = _absolute(keras_mnist_path())
    if _ask(Path.exists, npz):
        try:
            _read_keras(npz, headers_only=True)
            return MnistLocation(npz, "keras", "keras")
        except DataError as exc:
            looked.append(f"{npz} (unusable: {_strip_path(exc, npz)})")
            unusable.append(f"{npz} ({_strip_path(exc, npz)})")
    else:
        looked.append(f"{npz} (no such file)")
    raise MnistNotFound(
        "MNIST not found; looked in: " + "; ".join(looked) + ". "
        "Run `digitpad mnist fetch` to download it (about 11 MB), or set DIGITPAD_MNIST "
        "to a folder holding the four IDX files or to a Keras mnist.npz.", unusable)


def _explicit(path: Path, origin: str, label: str) -> MnistLocation:
    path = _absolute(path)
    named = f"{label}{path}" if label.endswith("=") else f"{label} {path}"
    if _ask(Path.is_dir, path):
        keras = _keras_in(path)
        if keras is not None:
            return _explicit(keras, origin, label)
        problem = _idx_folder_problem(path)
        if problem is not None:
            error = NothingThere if problem in _ABSENT else DataError
            raise error(f"{named} is not an MNIST folder ({problem})")
        return MnistLocation(path, "idx", origin)
    if _ask(Path.is_file, path):
        if path.suffix == ".npz":
            try:
                _read_keras(path, headers_only=True)
            except DataError as exc:
                raise DataError(f"{named} is not a usable Keras mnist.npz "
                                f"({_strip_path(exc, path)})") from exc
            return MnistLocation(path, "keras", origin)
        if _stem_of(path.name) is not None:
            # one of the four files: the folder holding it is meant
            return _explicit(path.parent, origin, label)
        raise NothingThere(f"{named} is neither a folder of MNIST IDX files nor a Keras mnist.npz")
    if _ask(Path.exists, path):   # a device, a FIFO, a socket: nothing to read MNIST from
        raise DataError(f"{named} is neither a folder nor a regular file")
    raise NothingThere(f"{named} does not exist")


def _unreadable(path: Path, exc: OSError) -> DataError:
    return DataError(f"{path} cannot be read ({exc.strerror or exc})")


def _ask(question: Callable[[Path], bool], path: Path) -> bool:
    """``question(path)`` (``Path.exists``, ``.is_dir``, ``.is_file``), but a folder we may
    not look into (PermissionError) is a DataError that says so."""
    try:
        return question(path)
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _given(path) -> Path:
    """A path the user gave, absolute; an empty one is refused rather than read as "here"."""
    if not str(path).strip():
        raise DataError("the MNIST path is empty: name a folder or an mnist.npz")
    return _absolute(path)


def _keras_in(folder: Path) -> Path | None:
    """The mnist.npz of a folder that holds it and no IDX files (Keras's cache folder), or None."""
    if _idx_folder_problem(folder) == "no MNIST files in it" and _ask(Path.is_file, folder / KERAS_NAME):
        return folder / KERAS_NAME
    return None


def _absolute(path) -> Path:
    """Absolute and without "..", but symlinks kept as the user named them."""
    return Path(os.path.abspath(Path(path).expanduser()))


def _stem_of(name: str) -> str | None:
    """The canonical stem a file name stands for, or None."""
    for stems in _SPLITS.values():
        for stem in stems:
            if name in _names_for(stem):
                return stem
    return None


def _names_for(stem: str) -> list[str]:
    # Plain first (quicker to load). Some unpackers turn "-idx3" into ".idx3".
    dotted = stem.replace("-idx", ".idx")
    return [stem, dotted, stem + ".gz", dotted + ".gz"]


def _idx_file(folder: Path, stem: str) -> Path | None:
    for name in _names_for(stem):
        candidate = folder / name
        try:
            if candidate.is_file():
                return candidate
        except OSError as exc:  # a folder we may not look into (PermissionError)
            raise _unreadable(folder, exc) from exc
    return None


def _idx_folder_problem(folder: Path) -> str | None:
    try:
        if not folder.exists():
            return "no such folder"
        if not folder.is_dir():
            return "not a folder"
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    stems = [stem for pair in _SPLITS.values() for stem in pair]
    try:
        missing = [stem for stem in stems if _idx_file(folder, stem) is None]
    except DataError as exc:
        return _strip_path(exc, folder)
    if len(missing) == len(stems):
        return _NO_FILES
    if missing:
        return "missing " + ", ".join(missing)
    return None


def _strip_path(exc: Exception, path: Path) -> str:
    text = str(exc)
    prefix = f"{path}: "
    return text[len(prefix):] if text.startswith(prefix) else text


# --------------------------------------------------------------------------- loading

_cache: dict[tuple, tuple[tuple, np.ndarray, np.ndarray]] = {}
_cache_lock = threading.Lock()
_CACHE_SIZE = 4


def load_mnist(split: str = "test", path=None) -> tuple[np.ndarray, np.ndarray]:
    """Load one split of MNIST: ``images`` uint8 (N, 784) and ``labels`` uint8 (N,).

    ``split`` is "test" (10,000 samples) or "train" (60,000). The arrays are
    read-only and shared between calls: a second call with unchanged files costs
    a few ``stat`` calls. Convert a batch at a time (``images[i:j] / 255.0``).
    """
    if split not in _SPLITS:
        raise DataError(f"unknown MNIST split {split!r}: use 'train' or 'test'")
    location = find_mnist(path)
    if location.kind == "idx":
        sources = [_idx_file(location.path, stem) for stem in _SPLITS[split]]
        if None in sources:  # there a moment ago, when the folder was found
            gone = [stem for stem, source in zip(_SPLITS[split], sources) if source is None]
            raise NothingThere(f"{location.path}: {', '.join(gone)} is gone (moved or deleted while loading)")
    else:
        sources = [location.path]
    stamp = tuple(_stamp(source) for source in sources)
    key = (str(location.path.resolve()), location.kind, split)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] == stamp:
            _cache[key] = _cache.pop(key)  # most recently used goes last
            return _fresh(hit[1]), _fresh(hit[2])
        if location.kind == "idx":
            images, labels = _load_idx_pair(*sources)
        else:
            images, labels = _read_keras(location.path, split=split)
            _check_split(images, labels, f"{location.path} [{split}]", f"{location.path} [{split}]")
        images = _frozen(images.reshape(len(images), _SIDE * _SIDE))
        labels = _frozen(labels)
        _cache.pop(key, None)
        _cache[key] = (stamp, images, labels)
        while len(_cache) > _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        return _fresh(images), _fresh(labels)


def clear_cache() -> None:
    """Forget every loaded split."""
    with _cache_lock:
        _cache.clear()


def _stamp(path: Path) -> tuple:
    try:
        st = path.stat()
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return (str(path), st.st_mtime_ns, st.st_size)


def _load_idx_pair(images_path: Path, labels_path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Both files, the small one judged before the big one is read: the images' header
    (a few bytes), then the labels in full (10 or 60 kB), then the images (7.8 or 47 MB),
    so missing, corrupt or mismatched labels are said without waiting for the images."""
    dtype, shape = read_idx_header(images_path, max_bytes=_MAX_SAMPLES * _SIDE * _SIDE)
    _check_images(dtype, shape, images_path)
    labels = read_idx(labels_path, max_bytes=_MAX_SAMPLES)
    _check_labels(labels, labels_path)
    _check_counts(shape[0], len(labels), images_path, labels_path)
    images = read_idx(images_path, max_bytes=len(labels) * _SIDE * _SIDE)
    _check_split(images, labels, images_path, labels_path)  # the file may have changed meanwhile
    return images, labels


def _check_split(images: np.ndarray, labels: np.ndarray, images_name, labels_name) -> None:
    _check_images(images.dtype, images.shape, images_name)
    _check_labels(labels, labels_name)
    _check_counts(len(images), len(labels), images_name, labels_name)


def _check_images(dtype: np.dtype, shape: tuple, name) -> None:
    if dtype != np.uint8 or len(shape) != 3 or tuple(shape[1:]) != (_SIDE, _SIDE):
        raise DataError(f"{name}: expected uint8 images of shape (N, 28, 28), "
                        f"found {dtype} {tuple(shape)}")


def _check_labels(labels: np.ndarray, name) -> None:
    if labels.dtype != np.uint8 or labels.ndim != 1:
        raise DataError(f"{name}: expected uint8 labels of shape (N,), "
                        f"found {labels.dtype} {tuple(labels.shape)}")
    if len(labels) == 0:
        raise DataError(f"{name}: no samples")
    top = int(labels.max())
    if top > 9:
        raise DataError(f"{name}: label {top} found; digits are 0 to 9")


def _check_counts(n_images: int, n_labels: int, images_name, labels_name) -> None:
    if n_images != n_labels:
        raise DataError(f"{images_name} holds {n_images:,} images but "
                        f"{labels_name} holds {n_labels:,} labels")


def _fresh(array: np.ndarray) -> np.ndarray:
    # a new read-only view per caller: reshaping one in place must not touch the cached array
    return array.view()


def _frozen(array: np.ndarray) -> np.ndarray:
    """A read-only C-contiguous view whose owner is read-only too, so it cannot be made writeable."""
    array = np.ascontiguousarray(array)
    owner = array
    while isinstance(owner.base, np.ndarray):
        owner = owner.base
    owner.flags.writeable = False
    view = array.view()
    view.flags.writeable = False
    return view


def _read_keras(path: Path, split: str | None = None, headers_only: bool = False):
    """Check (and unless ``headers_only`` read) a Keras mnist.npz without unpickling anything.

    Reads every split's headers; returns ``(images, labels)`` of ``split`` when reading.
    """
    shapes, arrays = {}, {}
    try:
        with zipfile.ZipFile(path) as archive:
            members = set(archive.namelist())
            for name in (*_KERAS_KEYS["train"], *_KERAS_KEYS["test"]):
                member = name + ".npy"
                if member not in members:
                    have = ", ".join(sorted(m.removesuffix(".npy") for m in members)) or "nothing"
                    raise DataError(f"{path}: no {name} array (it holds {have})")
                with archive.open(member) as stream:
                    shapes[name] = _npy_header(stream, path, name)
            _check_keras_shapes(path, shapes)
            if headers_only:
                return None
            x_name, y_name = _KERAS_KEYS[split]
            for name in (y_name, x_name):  # the labels first: small, and judged before the images are read
                with archive.open(name + ".npy") as stream:
                    shape, fortran = _npy_header(stream, path, name)
                    arrays[name] = _npy_data(stream, shape, fortran, path, name)
                if name == y_name:
                    _check_labels(arrays[name], f"{path} [{split}]")
    except DataError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
        raise DataError(f"{path}: not a readable npz ({' '.join(str(exc).split())})") from exc
    return arrays[x_name], arrays[y_name]


def _check_keras_shapes(path: Path, shapes: dict) -> None:
    """DataError unless every split of a Keras npz is (N, 28, 28) images and N labels."""
    for x_name, y_name in _KERAS_KEYS.values():
        (x_shape, _), (y_shape, _) = shapes[x_name], shapes[y_name]
        if len(x_shape) != 3 or x_shape[1:] != (_SIDE, _SIDE) or len(y_shape) != 1:
            raise DataError(f"{path}: {x_name} {x_shape} and {y_name} {y_shape} "
                            "are not (N, 28, 28) images and (N,) labels")
        if x_shape[0] != y_shape[0]:
            raise DataError(f"{path}: {x_shape[0]:,} images in {x_name} "
                            f"but {y_shape[0]:,} labels in {y_name}")


def _npy_header(stream, path: Path, name: str):
    version = np.lib.format.read_magic(stream)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
    elif version == (2, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream)
    else:
        raise DataError(f"{path}: {name} uses .npy format {version}, not 1.0 or 2.0")
    if dtype != np.uint8:
        raise DataError(f"{path}: {name} is {dtype}, expected uint8")
    if len(shape) not in (1, 3) or any(size > _MAX_SAMPLES for size in shape):
        raise DataError(f"{path}: {name} has an unexpected shape {shape}")
    return shape, fortran


def _npy_data(stream, shape, fortran: bool, path: Path, name: str) -> np.ndarray:
    nbytes = int(np.prod(shape, dtype=np.int64))
    data = stream.read(nbytes + 1)
    if len(data) != nbytes:
        raise DataError(f"{path}: {name} holds {len(data):,} bytes, its header says {nbytes:,}")
    array = np.frombuffer(data, dtype=np.uint8).reshape(shape, order="F" if fortran else "C")
    return np.ascontiguousarray(array)


