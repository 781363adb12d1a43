"""MNIST: find it on disk, download it, check it, load a split.

Where digitpad looks, in order:

1. a path passed in (``find_mnist(path)``);
2. the ``DIGITPAD_MNIST`` environment variable;
3. ``<user data dir>/mnist`` (where ``digitpad mnist fetch`` puts it);
4. Keras's cache, ``~/.keras/datasets/mnist.npz`` (or under ``$KERAS_HOME``).

A path given explicitly (1 or 2) that cannot be used is an error that names it:
we never quietly fall back to some other copy. A folder counts as MNIST when it
holds the four IDX files, gzipped or not.

Downloads try each mirror in turn, stream into a temporary file beside the
target, check md5 and sha256, and only then rename the file into place, so a
half-written file never sits under a real name.
"""

from __future__ import annotations

import errno
import glob
import gzip
import hashlib
import http.client
import math
import os
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

try:
    import fcntl
except ImportError:  # Windows: stale partial files are told by their age instead
    fcntl = None

from .. import __version__
from ..paths import user_data_dir
from .errors import Cancelled, DataError, DownloadError, MnistNotFound
from .idx import read_idx

__all__ = [
    "MnistFile", "FILES", "MIRRORS", "MnistLocation", "FileCheck",
    "default_mnist_dir", "keras_mnist_path", "find_mnist", "load_mnist",
    "download_mnist", "Abort", "verify_mnist", "clear_cache",
]


@dataclass(frozen=True)
class MnistFile:
    """One file to download, with what it must hash to.

    ``size`` is the size of the file as served; ``raw_size`` and ``raw_sha256``
    describe its decompressed content, so a folder of gunzipped files can be
    checked too.
    """

    name: str
    md5: str
    sha256: str
    size: int | None = None
    raw_size: int | None = None
    raw_sha256: str | None = None


# md5 as published on the MNIST page; sha256 and sizes of the same files.
FILES: tuple[MnistFile, ...] = (
    MnistFile("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873",
              "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609", 9912422,
              47040016, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
    MnistFile("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432",
              "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c", 28881,
              60008, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
    MnistFile("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3",
              "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6", 1648877,
              7840016, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
    MnistFile("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c",
              "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6", 4542,
              10008, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
)

# The mirrors torchvision and TensorFlow's examples download the same four files
# from. The original site comes last: it has answered 403 for years.
MIRRORS: tuple[str, ...] = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
    "http://yann.lecun.com/exdb/mnist/",
)

# Keras's own mnist.npz (keras.datasets.mnist.load_data verifies the same hash).
KERAS_SHA256 = "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1"

_SPLITS = {
    "train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}
KERAS_NAME = "mnist.npz"
_ABSENT = ("no such folder",)  # problems that mean "nothing there", not "something wrong there"
_KERAS_KEYS = {"train": ("x_train", "y_train"), "test": ("x_test", "y_test")}
_SIDE = 28
_MAX_SAMPLES = 1_000_000  # a hostile npz header must not make us allocate terabytes
_CHUNK = 64 * 1024
MAX_TIMEOUT = 3600.0  # seconds; longer is no longer a timeout
_PROGRESS_INTERVAL = 0.1  # seconds between progress callbacks

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


def default_mnist_dir() -> Path:
    """The folder ``digitpad mnist fetch`` downloads into."""
    return user_data_dir() / "mnist"


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
            raise DataError(f"{named} is not an MNIST folder ({problem})")
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
        raise DataError(f"{named} is neither a folder of MNIST IDX files nor a Keras mnist.npz")
    if _ask(Path.exists, path):   # a device, a FIFO, a socket: nothing to read MNIST from
        raise DataError(f"{named} is neither a folder nor a regular file")
    raise DataError(f"{named} does not exist")


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
        return "no MNIST files in it"
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
    images = read_idx(images_path)
    labels = read_idx(labels_path)
    _check_split(images, labels, images_path, labels_path)
    return images, labels


def _check_split(images: np.ndarray, labels: np.ndarray, images_name, labels_name) -> None:
    if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (_SIDE, _SIDE):
        raise DataError(f"{images_name}: expected uint8 images of shape (N, 28, 28), "
                        f"found {images.dtype} {tuple(images.shape)}")
    if labels.dtype != np.uint8 or labels.ndim != 1:
        raise DataError(f"{labels_name}: expected uint8 labels of shape (N,), "
                        f"found {labels.dtype} {tuple(labels.shape)}")
    if len(images) != len(labels):
        raise DataError(f"{images_name} holds {len(images):,} images but "
                        f"{labels_name} holds {len(labels):,} labels")
    if len(labels) == 0:
        raise DataError(f"{labels_name}: no samples")
    top = int(labels.max())
    if top > 9:
        raise DataError(f"{labels_name}: label {top} found; digits are 0 to 9")


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
                    shape, fortran = _npy_header(stream, path, name)
                    shapes[name] = shape
                    if not headers_only and name in _KERAS_KEYS[split]:
                        arrays[name] = _npy_data(stream, shape, fortran, path, name)
    except DataError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
        raise DataError(f"{path}: not a readable npz ({' '.join(str(exc).split())})") from exc

    for x_name, y_name in _KERAS_KEYS.values():
        x_shape, y_shape = shapes[x_name], shapes[y_name]
        if len(x_shape) != 3 or x_shape[1:] != (_SIDE, _SIDE) or len(y_shape) != 1:
            raise DataError(f"{path}: {x_name} {x_shape} and {y_name} {y_shape} "
                            "are not (N, 28, 28) images and (N,) labels")
        if x_shape[0] != y_shape[0]:
            raise DataError(f"{path}: {x_shape[0]:,} images in {x_name} "
                            f"but {y_shape[0]:,} labels in {y_name}")
    if headers_only:
        return None
    x_name, y_name = _KERAS_KEYS[split]
    return arrays[x_name], arrays[y_name]


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


# --------------------------------------------------------------------------- downloading

ProgressFn = Callable[[int, "int | None", str], None]
CancelFn = Callable[[], bool]


class _MirrorFailed(Exception):
    """This mirror could not deliver this file; the next one may.

    ``unreachable``: the mirror could not be reached at all (as opposed to answering wrongly).
    """

    def __init__(self, message: str, unreachable: bool = False):
        super().__init__(message)
        self.unreachable = unreachable


class Abort:
    """A cancel flag for ``download_mnist`` that also hangs up on the server.

    A download waiting on a mirror that has gone silent sits in a socket read
    until its timeout; ``set()`` (from any thread) shuts that socket down, so
    the download stops at once and its thread is free. Calling the object
    says whether it was set, so it is a ``CancelFn`` too.
    """

    def __init__(self):
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._connections: list[http.client.HTTPConnection] = []

    def __call__(self) -> bool:
        return self._event.is_set()

    def set(self) -> None:
        self._event.set()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            _hang_up(connection)

    def watch(self, connection: http.client.HTTPConnection) -> None:
        """Hang up ``connection`` (now connected) when set; at once if it already was."""
        with self._lock:
            self._connections.append(connection)
        if self._event.is_set():
            _hang_up(connection)

    def opener(self) -> Callable:
        """``urlopen`` whose connections this abort can hang up."""
        abort = self

        class Watched(http.client.HTTPConnection):
            def connect(self):
                super().connect()
                abort.watch(self)

        class WatchedTLS(http.client.HTTPSConnection):
            def connect(self):
                super().connect()
                abort.watch(self)

        class Plain(urllib.request.HTTPHandler):
            def http_open(self, request):
                return self.do_open(Watched, request)

        class Secure(urllib.request.HTTPSHandler):
            def https_open(self, request):
                return self.do_open(WatchedTLS, request, context=self._context)

        return urllib.request.build_opener(Plain, Secure).open


def _hang_up(connection: http.client.HTTPConnection) -> None:
    # shutdown, not close: the downloading thread owns the socket and closes it; a read
    # blocked in it returns at once
    sock = connection.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def download_mnist(target_dir=None, progress: ProgressFn | None = None,
                   cancel: CancelFn | None = None, mirrors: Sequence[str] | None = None,
                   timeout: float = 30, *, files: Iterable[MnistFile] | None = None) -> Path:
    """Download the MNIST files into ``target_dir`` (default ``default_mnist_dir()``).

    Files already there with the right checksums are kept. Each missing file is
    tried on every mirror in turn until one delivers the exact bytes expected.
    ``progress(done_bytes, total_bytes, filename)`` counts over all the files
    being downloaded (``total_bytes`` is None if a size is unknown; ``done_bytes``
    steps back if a mirror fails part-way). ``cancel()`` is polled between chunks;
    when it returns True the download stops with ``Cancelled``. ``files`` replaces
    the canonical ``FILES`` (a local mirror of something else, or tests).

    Returns the target folder. Raises ``DownloadError`` naming what each mirror
    said if none delivers a file. Nothing is ever left half-written at a target
    name, and no temporary file survives a failure or a cancel.
    """
    if target_dir is not None and not str(target_dir).strip():
        raise DownloadError("the download folder is empty: name a folder")
    target = (Path(target_dir).expanduser() if target_dir is not None else default_mnist_dir())
    files = tuple(FILES if files is None else files)
    mirrors = list(MIRRORS if mirrors is None else mirrors)
    if not mirrors:
        raise DownloadError("no mirrors to download from")
    for mirror in mirrors:
        check_mirror(mirror)
    check_timeout(timeout)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(f"cannot create {target} ({exc.strerror or exc})") from exc
    remove_stale_parts(target, files)
    urlopen = cancel.opener() if isinstance(cancel, Abort) else urllib.request.urlopen

    _check_cancel(cancel)
    todo = [spec for spec in files if not _matches(target / spec.name, spec)]
    sizes = [spec.size for spec in todo]
    total = sum(sizes) if all(size is not None for size in sizes) else None
    report = _Reporter(progress, total)
    done = 0
    for spec in todo:
        report.start(done, spec.name)
        failures, unreachable = [], True
        for mirror in mirrors:
            url = mirror.rstrip("/") + "/" + spec.name
            try:
                size = _fetch(url, spec, target, timeout, cancel, urlopen,
                              lambda n, base=done: report(base + n))
            except _MirrorFailed as exc:
                _check_cancel(cancel)   # hung up on by a cancel: not the mirror's fault
                failures.append(f"{url}: {exc}")
                unreachable = unreachable and exc.unreachable
                report(done, force=True)
                continue
            # a mirror that worked is likely to work for the next file: ask it first
            mirrors.remove(mirror)
            mirrors.insert(0, mirror)
            break
        else:
            raise DownloadError(f"could not download {spec.name}: " + "; ".join(failures),
                                unreachable=unreachable, failures=tuple(failures))
        done += size
        report(done, force=True)
    return target


def check_mirror(mirror: str) -> str:
    """``mirror`` if it is an http(s) address of a folder; DownloadError saying what it is not."""
    parts = urllib.parse.urlsplit(str(mirror))
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise DownloadError(f"not a web address: {mirror!r} (a mirror is an http:// or https:// "
                            "address of a folder holding the four .gz files)")
    return mirror


def check_timeout(timeout: float) -> float:
    """``timeout`` if it is a number of seconds a mirror may stay silent; DownloadError if not."""
    try:
        seconds = float(timeout)
    except (TypeError, ValueError):
        raise DownloadError(f"the timeout must be a number of seconds, got {timeout!r}") from None
    if not (math.isfinite(seconds) and 0 < seconds <= MAX_TIMEOUT):
        raise DownloadError(f"the timeout must be more than 0 and at most {MAX_TIMEOUT:g} "
                            f"seconds, got {timeout!r}")
    return seconds


def remove_stale_parts(target: Path, files: Iterable[MnistFile] = FILES) -> list[Path]:
    """Delete the partial downloads of ``files`` that a killed download left in ``target``.

    A download in progress holds a lock on its partial file, so only the
    orphans of a process that died (SIGKILL, power cut) are removed; where
    locks are unavailable, a partial file untouched for an hour counts as
    orphaned. Returns what was removed.
    """
    removed = []
    for spec in files:
        try:
            candidates = list(target.glob(f".{glob.escape(spec.name)}.*.part"))
        except OSError:
            return removed
        for part in candidates:
            if _orphaned(part):
                try:
                    part.unlink()
                    removed.append(part)
                except OSError:
                    pass
    return removed


def _orphaned(part: Path) -> bool:
    if fcntl is None:
        try:
            return time.time() - part.stat().st_mtime > 3600
        except OSError:
            return False
    try:
        fd = os.open(part, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False  # a live download holds it
    finally:
        os.close(fd)   # closing drops our lock too


def _hold(fd: int) -> None:
    """Lock a partial file for as long as ``fd`` is open, so it is never taken for an orphan."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass


class _Reporter:
    """Calls ``progress`` at most every ``_PROGRESS_INTERVAL`` seconds, plus at each file's start and end."""

    def __init__(self, progress: ProgressFn | None, total: int | None):
        self.progress = progress
        self.total = total
        self.name = ""
        self.last = float("-inf")

    def start(self, done: int, name: str) -> None:
        self.name = name
        self(done, force=True)

    def __call__(self, done: int, force: bool = False) -> None:
        if self.progress is None:
            return
        now = time.monotonic()
        if force or now - self.last >= _PROGRESS_INTERVAL:
            self.last = now
            self.progress(done, self.total, self.name)


def _check_cancel(cancel: CancelFn | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled("download cancelled")


def _fetch(url: str, spec: MnistFile, target: Path, timeout: float,
           cancel: CancelFn | None, urlopen: Callable, on_bytes: Callable[[int], None]) -> int:
    """Download ``url`` to ``target/spec.name`` through a temporary file; return its size."""
    _check_cancel(cancel)
    try:
        fd, tmp_name = _mkstemp(target, spec.name)
    except OSError as exc:
        raise DownloadError(f"cannot write in {target} ({exc.strerror or exc})") from exc
    tmp = Path(tmp_name)
    _hold(fd)
    try:
        md5, sha256 = hashlib.md5(), hashlib.sha256()
        received = 0
        with open(fd, "wb") as out:
            request = urllib.request.Request(url, headers={"User-Agent": f"digitpad/{__version__}"})
            with _network(url, timeout):
                response = urlopen(request, timeout=timeout)
            with response:
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and spec.size is not None \
                        and int(declared) != spec.size:
                    raise _MirrorFailed(f"serves {int(declared):,} bytes, "
                                        f"expected {spec.size:,}")
                # read1 returns what has arrived, so progress and cancel stay lively on a slow link
                read = getattr(response, "read1", response.read)
                while True:
                    _check_cancel(cancel)
                    with _network(url, timeout):
                        chunk = read(_CHUNK)
                    if not chunk:
                        break
                    received += len(chunk)
                    if spec.size is not None and received > spec.size:
                        raise _MirrorFailed(f"sent more than the expected {spec.size:,} bytes")
                    md5.update(chunk)
                    sha256.update(chunk)
                    _write(out, chunk, tmp)
                    on_bytes(received)
            try:
                out.flush()
                os.fsync(out.fileno())
            except OSError as exc:
                raise DownloadError(f"cannot write {tmp} ({exc.strerror or exc})") from exc
        if spec.size is not None and received != spec.size:
            raise _MirrorFailed(f"sent {received:,} bytes, expected {spec.size:,}")
        if md5.hexdigest() != spec.md5 or sha256.hexdigest() != spec.sha256:
            raise _MirrorFailed(f"checksum mismatch (md5 {md5.hexdigest()}, expected {spec.md5})")
        os.chmod(tmp, 0o644)  # mkstemp makes it private; this is ordinary data
        os.replace(tmp, target / spec.name)
        tmp = None
        return received
    finally:
        if tmp is not None:
            try:
                tmp.unlink()
            except OSError:
                pass


def _mkstemp(target: Path, name: str):
    return tempfile.mkstemp(dir=target, prefix=f".{name}.", suffix=".part")


def _write(out, chunk: bytes, tmp: Path) -> None:
    try:
        out.write(chunk)
    except OSError as exc:  # our disk, not the mirror: no point trying another
        raise DownloadError(f"cannot write {tmp} ({exc.strerror or exc})") from exc


class _network:
    """Turns whatever urllib, http.client or the socket raise into ``_MirrorFailed``."""

    def __init__(self, url: str, timeout: float):
        self.url = url
        self.timeout = timeout

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if exc is None or not isinstance(exc, (OSError, ValueError, http.client.HTTPException)):
            return False
        if isinstance(exc, urllib.error.HTTPError):
            exc.close()
            raise _MirrorFailed(f"HTTP {exc.code} {exc.reason}") from exc
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        if isinstance(reason, TimeoutError):
            raise _MirrorFailed(f"no answer within {self.timeout:g} s", unreachable=True) from exc
        text = " ".join(str(reason).split()) or type(reason).__name__
        raise _MirrorFailed(text, unreachable=_unreachable(reason)) from exc


def _unreachable(reason) -> bool:
    """True for the errors of a computer that cannot reach the server at all (offline, no DNS)."""
    return isinstance(reason, (socket.gaierror, ConnectionRefusedError)) or (
        isinstance(reason, OSError) and reason.errno in _OFFLINE_ERRNOS)


_OFFLINE_ERRNOS = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.ECONNREFUSED}


def _matches(path: Path, spec: MnistFile) -> bool:
    """True if ``path`` is a file with exactly the expected size and checksums."""
    try:
        if not path.is_file() or (spec.size is not None and path.stat().st_size != spec.size):
            return False
        md5, sha256 = _hash_file(path)
    except OSError:
        return False
    return md5 == spec.md5 and sha256 == spec.sha256


def _hash_file(path: Path) -> tuple[str, str]:
    md5, sha256 = hashlib.md5(), hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            md5.update(chunk)
            sha256.update(chunk)
    return md5.hexdigest(), sha256.hexdigest()


# --------------------------------------------------------------------------- verifying


@dataclass(frozen=True)
class FileCheck:
    """What ``verify_mnist`` found for one file."""

    name: str
    path: Path  # where it is, or where it was looked for
    present: bool
    size: int | None
    checksum_ok: bool | None  # None if not checked
    detail: str

    @property
    def ok(self) -> bool:
        return self.present and bool(self.checksum_ok)


def verify_mnist(path=None) -> list[FileCheck]:
    """Check each MNIST file at ``path`` (or wherever ``find_mnist`` finds it).

    A folder is checked file by file (missing ones are reported, not raised),
    plain or gzipped; a Keras npz against Keras's published sha256. Without a
    path and with no copy found, the download folder is checked if it exists,
    else ``MnistNotFound`` is raised.
    """
    if path is not None and _ask(Path.is_dir, _given(path)):
        folder = _given(path)
        keras = _keras_in(folder)
        if keras is not None:
            return [_check_keras(keras)]
        return [_check_idx(folder, spec) for spec in FILES]
    try:
        location = find_mnist(path)
    except MnistNotFound:
        folder = _absolute(default_mnist_dir())
        if not _ask(Path.is_dir, folder):
            raise
        return [_check_idx(folder, spec) for spec in FILES]
    if location.kind == "keras":
        return [_check_keras(location.path)]
    return [_check_idx(location.path, spec) for spec in FILES]


def _check_idx(folder: Path, spec: MnistFile) -> FileCheck:
    stem = spec.name.removesuffix(".gz")
    path = _idx_file(folder, stem)
    if path is None:
        return FileCheck(spec.name, folder / spec.name, False, None, None, f"not in {folder}")
    try:
        size = path.stat().st_size
        with open(path, "rb") as stream:
            gzipped = stream.read(2) == b"\x1f\x8b"
        if gzipped:
            md5, sha256 = _hash_file(path)
            if md5 == spec.md5 and sha256 == spec.sha256:
                return FileCheck(path.name, path, True, size, True, "ok")
            # the same content may have been compressed again: judge what is inside
            raw_size, raw_sha256 = _hash_gunzipped(path, spec.raw_size)
            if (raw_size, raw_sha256) == (spec.raw_size, spec.raw_sha256):
                return FileCheck(path.name, path, True, size, True, "ok (content matches)")
            return FileCheck(path.name, path, True, size, False,
                             f"checksum mismatch (md5 {md5}, expected {spec.md5})")
        _, sha256 = _hash_file(path)
        if size == spec.raw_size and sha256 == spec.raw_sha256:
            return FileCheck(path.name, path, True, size, True, "ok")
        return FileCheck(path.name, path, True, size, False,
                         f"checksum mismatch (sha256 {sha256}, expected {spec.raw_sha256})")
    except (OSError, EOFError, zlib.error) as exc:
        return FileCheck(path.name, path, True, None, False,
                         f"unreadable ({' '.join(str(exc).split())})")


def _hash_gunzipped(path: Path, limit: int | None) -> tuple[int, str]:
    sha256 = hashlib.sha256()
    size = 0
    with gzip.open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            size += len(chunk)
            sha256.update(chunk)
            if limit is not None and size > limit:
                break  # not our file, however large it claims to be
    return size, sha256.hexdigest()


def _check_keras(path: Path) -> FileCheck:
    try:
        size = path.stat().st_size
        _, sha256 = _hash_file(path)
    except OSError as exc:
        return FileCheck(path.name, path, True, None, False, f"unreadable ({exc.strerror or exc})")
    if sha256 == KERAS_SHA256:
        return FileCheck(path.name, path, True, size, True, "ok")
    return FileCheck(path.name, path, True, size, False,
                     f"checksum mismatch (sha256 {sha256}, expected {KERAS_SHA256})")

