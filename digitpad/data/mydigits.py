"""The user's own labelled drawings, kept in one .npz that survives crashes.

A store is a folder holding ``mydigits.npz`` with

- ``images``: uint8 (N, 784), the 28x28 MNIST-style inputs, row-major;
- ``labels``: uint8 (N,), the true digit of each;
- ``raw``: uint8 (N, 784), the whole canvas squeezed into 28x28 (optional).

Saving writes a temporary file in the same folder, flushes it to disk and
renames it over the store, so a crash leaves either the old store or the
new one, never half of one. Several running copies of the app share one
store: a save takes an OS lock beside the store (released by the system if
the process dies), reads the store as it is on disk now, appends to that and
writes it back, so no copy drops another's digits; temporary files a killed
save left are removed then. Reading notices when the file changed (another
copy saved) and reads it again.

The file is read with ``allow_pickle=False`` and every array's header is
checked before anything is decompressed; a store that cannot be read raises
``UnreadableStore`` and is left as it is: adding to it raises instead of
writing over it, and ``set_aside`` renames it so a fresh store can begin.
A store the user made read-only is never replaced: saving says so.

>>> store = MyDigits(tmp)                       # doctest: +SKIP
>>> store.add(image28, 7); store.count          # doctest: +SKIP
1
>>> images, labels = store.load()               # doctest: +SKIP
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import numpy as np

from ..fileio import FileLock, atomic_write, fsync_dir, remove_stale_temporaries
from ..npzfile import NpzError, read_npz
from .errors import DataError

FILENAME = "mydigits.npz"
PIXELS = 28 * 28
MAX_DIGITS = 100_000  # years of drawing by hand; the arrays then take 157 MB
MAX_FILE_BYTES = 256 * 1024 * 1024
LOCK_TIMEOUT = 10.0  # seconds to wait for another copy's save
_ASIDE = ".unreadable-"  # an unreadable store set aside is <stem>.unreadable-<time>.npz


class MyDigitsError(DataError):
    """The store cannot be read or written; the message says which file and why."""


class UnreadableStore(MyDigitsError):
    """The file is there but is not a store of digits (damaged, foreign, too large, not a file)."""


class MyDigits:
    """A folder of the user's labelled digits (``path`` may also name the .npz itself)."""

    def __init__(self, path: str | os.PathLike):
        path = Path(path)
        self.file = path if path.suffix == ".npz" else path / FILENAME
        self._cache: dict[str, np.ndarray] | None = None
        self._cache_stamp = None

    @classmethod
    def default(cls) -> "MyDigits":
        """The store in the user's data directory (``DIGITPAD_DATA_DIR`` overrides it)."""
        from ..paths import user_data_dir
        return cls(user_data_dir() / "mydigits")

    def __repr__(self) -> str:
        return f"MyDigits({str(self.file)!r})"

    # reading --------------------------------------------------------------

    def load(self) -> tuple[np.ndarray, np.ndarray]:
        """(images uint8 (N, 784), labels uint8 (N,)); empty arrays if nothing is saved yet."""
        data = self._read()
        return data["images"].copy(), data["labels"].copy()

    def load_raw(self) -> np.ndarray | None:
        """The whole-canvas downscales (N, 784), or None if the store has none."""
        raw = self._read().get("raw")
        return None if raw is None else raw.copy()

    @property
    def count(self) -> int:
        """How many digits are saved (raises MyDigitsError if the store is unreadable)."""
        return int(self._read()["labels"].shape[0])

    def counts_per_label(self) -> np.ndarray:
        """(10,) how many of each digit are saved."""
        return np.bincount(self._read()["labels"], minlength=10)[:10]

    def stamp(self):
        """What identifies the file's current version (None if there is none); changes on every save."""
        try:
            st = os.stat(self.file)
        except OSError:
            return None
        return st.st_ino, st.st_size, st.st_mtime_ns

    def _read(self) -> dict[str, np.ndarray]:
        """The store as it is on disk now (read again only if the file changed)."""
        stamp = self.stamp()
        if self._cache is not None and stamp == self._cache_stamp:
            return self._cache
        self._cache = self._cache_stamp = None
        if stamp is None and self._absent():
            empty = np.zeros((0, PIXELS), np.uint8)
            return {"images": empty, "labels": np.zeros(0, np.uint8)}
        arrays = _read_store(self.file)
        self._cache, self._cache_stamp = arrays, stamp
        return arrays

    def _absent(self) -> bool:
        """No store saved yet; a store we may not even look for is not an empty one."""
        try:
            os.lstat(self.file)
        except (FileNotFoundError, NotADirectoryError):
            return True
        except OSError as exc:
            raise MyDigitsError(f"{self.file} cannot be read ({exc.strerror or exc})") from None
        return False

    # writing --------------------------------------------------------------

    def add(self, image28, label: int, raw28=None) -> int:
        """Append one digit and save; returns the new count.

        ``image28`` is the (28, 28) or (784,) MNIST-style input, 0..255;
        ``raw28`` optionally the whole-canvas downscale of the same drawing.
        """
        return self.insert(None, image28, label, raw28)

    def insert(self, index: int | None, image28, label: int, raw28=None) -> int:
        """Put one digit at ``index`` (None: at the end) and save; returns the new count."""
        image = _check_image(image28, "image")
        label = _check_label(label)
        raw = None if raw28 is None else _check_image(raw28, "raw")

        def put(arrays: dict) -> int:
            n = arrays["labels"].shape[0]
            if n >= MAX_DIGITS:
                raise MyDigitsError(f"{self.file}: the store is full ({MAX_DIGITS} digits); "
                                    "move it aside to start another")
            at = n if index is None else min(max(int(index), 0), n)
            arrays["images"] = np.insert(arrays["images"], at, image, axis=0)
            arrays["labels"] = np.insert(arrays["labels"], at, label)
            if raw is not None or "raw" in arrays:
                old_raw = arrays.get("raw", np.zeros((n, PIXELS), np.uint8))
                arrays["raw"] = np.insert(old_raw, at, np.zeros(PIXELS, np.uint8) if raw is None else raw,
                                          axis=0)
            return n + 1

        return self._edit(put)

    def add_many(self, images, labels, keep_last: int | None = None) -> int:
        """Append digits (N, 784) or (N, 28, 28) with their labels in one save; returns the count.

        ``keep_last``: keep only that many of the newest, dropping the oldest
        (a store that is a bounded history rather than a collection).
        """
        images = [_check_image(image, "image") for image in images]
        labels = [_check_label(label) for label in labels]
        if len(images) != len(labels):
            raise ValueError(f"{len(images)} images but {len(labels)} labels")
        if keep_last is not None and keep_last < 1:
            raise ValueError(f"keep_last must be at least 1, got {keep_last}")

        def put(arrays: dict) -> int:
            n = arrays["labels"].shape[0]
            if not images:
                return n
            if keep_last is None and n + len(images) > MAX_DIGITS:
                raise MyDigitsError(f"{self.file}: the store is full ({MAX_DIGITS} digits); "
                                    "move it aside to start another")
            new = {"images": np.stack(images), "labels": np.array(labels, np.uint8)}
            if "raw" in arrays:
                new["raw"] = np.zeros((len(images), PIXELS), np.uint8)
            start = 0 if keep_last is None else max(0, n + len(images) - keep_last)
            for key, rows in new.items():
                arrays[key] = np.concatenate([arrays[key], rows])[start:]
            return arrays["labels"].shape[0]

        return self._edit(put)

    def relabel(self, index: int, label: int, expect=None) -> None:
        """Give the digit at ``index`` another label (``expect``: the image it must still be)."""
        label = _check_label(label)

        def change(arrays: dict) -> None:
            self._find(arrays, index, expect)
            arrays["labels"] = arrays["labels"].copy()
            arrays["labels"][index] = label

        self._edit(change)

    def remove(self, index: int, expect=None) -> tuple[np.ndarray, int, np.ndarray | None]:
        """Delete the digit at ``index``; returns (image, label, raw) so it can be put back."""

        def take(arrays: dict):
            self._find(arrays, index, expect)
            removed = (arrays["images"][index].copy(), int(arrays["labels"][index]),
                       arrays["raw"][index].copy() if "raw" in arrays else None)
            for key in list(arrays):
                arrays[key] = np.delete(arrays[key], index, axis=0)
            return removed

        return self._edit(take)

    def _find(self, arrays: dict, index: int, expect) -> None:
        """Refuse an index that no longer names the digit the caller saw (another copy changed it)."""
        n = arrays["labels"].shape[0]
        moved = not 0 <= index < n
        if not moved and expect is not None:
            moved = not np.array_equal(arrays["images"][index], _check_image(expect, "expect"))
        if moved:
            raise MyDigitsError(f"{self.file}: the digits changed since they were shown "
                                "(another copy of digitpad saved or deleted some); nothing was changed")

    def _edit(self, change):
        """Under the lock: the store as on disk now, changed by ``change(arrays)``, written back.

        Returns what ``change`` returns. The store is read again first, so an
        edit never drops what another copy of the app saved meanwhile.
        """
        with self._locked():
            remove_stale_temporaries(self.file)
            arrays = dict(self._read())  # raises if the store is unreadable: it is never overwritten
            self._check_writable()
            result = change(arrays)
            atomic_write(self.file, lambda f: np.savez(f, **arrays))
            self._cache, self._cache_stamp = arrays, self.stamp()
            return result

    def export_idx(self, folder: str | os.PathLike, stem: str = "mydigits") -> tuple[Path, Path]:
        """Write the digits as MNIST's IDX files (``<stem>-images-idx3-ubyte``, ``-labels-idx1-ubyte``)."""
        from .idx import write_idx

        images, labels = self.load()
        folder = Path(folder)
        paths = (folder / f"{stem}-images-idx3-ubyte", folder / f"{stem}-labels-idx1-ubyte")
        write_idx(paths[0], images.reshape(-1, 28, 28))
        write_idx(paths[1], labels)
        return paths

    def _locked(self) -> FileLock:
        """The lock every copy of the app takes to change this store (creates the folder)."""
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise MyDigitsError(f"{self.file.parent}: cannot create the folder ({exc.strerror})") from None
        return _StoreLock(self.file)

    def _check_writable(self) -> None:
        try:
            mode = os.stat(self.file).st_mode
        except OSError:
            return
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise MyDigitsError(f"{self.file} is read-only, so the digit was not saved; "
                                "make the file writable to save more")

    def set_aside(self) -> Path | None:
        """Rename an unreadable store out of the way (kept, never deleted); returns its new name.

        None if there is nothing to move, or if the file is readable by now
        (another copy of the app already moved it aside and started afresh).
        """
        self._cache = self._cache_stamp = None
        with self._locked():
            if not os.path.lexists(self.file):
                return None
            try:
                self._read()
                return None
            except UnreadableStore:
                pass
            return self._rename_aside()

    def delete(self) -> None:
        """Delete the store and every unreadable copy of it set aside (for a store the app
        keeps for itself: My digits are never deleted this way). OSError if one cannot be."""
        self._cache = self._cache_stamp = None
        try:
            copies = list(self.file.parent.glob(self.file.stem + _ASIDE + "*" + self.file.suffix))
        except OSError:
            copies = []
        for path in [self.file, *copies]:
            try:
                path.unlink()
            except (FileNotFoundError, NotADirectoryError):
                pass

    def _rename_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for k in range(1000):
            suffix = f"{_ASIDE}{stamp}" + (f"-{k}" if k else "") + self.file.suffix
            target = self.file.with_name(self.file.stem + suffix)
            if not target.exists():
                break
        os.replace(self.file, target)
        fsync_dir(self.file.parent)
        return target

    def reload(self) -> None:
        """Forget what was read, so the next access reads the file again."""
        self._cache = self._cache_stamp = None


class _StoreLock(FileLock):
    """The store's FileLock, whose timeout reads as a store problem."""

    def __init__(self, store_file: Path):
        super().__init__(store_file.with_name(f".{store_file.name}.lock"), timeout=LOCK_TIMEOUT)
        self.store_file = store_file

    def acquire(self) -> None:
        try:
            super().acquire()
        except TimeoutError:
            raise MyDigitsError(f"{self.store_file}: another copy of digitpad kept the store busy "
                                f"for {LOCK_TIMEOUT:g} s; nothing was saved, try again") from None
        except OSError as exc:
            raise MyDigitsError(f"{self.path}: cannot lock the store ({exc.strerror})") from None


# the file ----------------------------------------------------------------------

def _check_label(label) -> int:
    if isinstance(label, bool) or not isinstance(label, (int, np.integer)) or not 0 <= int(label) <= 9:
        raise ValueError(f"label must be a digit 0-9, got {label!r}")
    return int(label)


def _check_image(image, what: str) -> np.ndarray:
    a = np.asarray(image)
    if a.shape not in ((28, 28), (PIXELS,)):
        raise ValueError(f"{what} must be 28x28, got shape {a.shape}")
    if a.dtype.kind not in "uif":
        raise ValueError(f"{what} must hold numbers, got dtype {a.dtype}")
    if not np.all(np.isfinite(a)) or a.min() < 0 or a.max() > 255:
        raise ValueError(f"{what} values must lie in 0..255")
    return np.rint(a).astype(np.uint8).reshape(PIXELS)


def _read_store(path: Path) -> dict[str, np.ndarray]:
    def bad(reason: str) -> UnreadableStore:
        return UnreadableStore(f"{path} is not a readable store of digits: {reason}")

    try:
        arrays = read_npz(path, max_file_bytes=MAX_FILE_BYTES,
                          max_array_bytes=MAX_DIGITS * (2 * PIXELS + 1), check=_check_header)
    except NpzError as exc:
        raise bad(str(exc)) from None
    except OSError as exc:
        raise MyDigitsError(f"{path}: cannot read ({exc.strerror or exc})") from None
    missing = {"images", "labels"} - set(arrays)
    if missing:
        raise bad(f"missing {', '.join(sorted(missing))}")
    labels = arrays["labels"]
    if labels.dtype != np.uint8 or labels.ndim != 1:
        raise bad(f"labels must be uint8 (N,), got {labels.dtype} {labels.shape}")
    n = labels.shape[0]
    for key in ("images", "raw"):
        a = arrays.get(key)
        if a is not None and (a.dtype != np.uint8 or a.shape != (n, PIXELS)):
            raise bad(f"{key} must be uint8 ({n}, {PIXELS}), got {a.dtype} {a.shape}")
    if n and labels.max() > 9:
        raise bad(f"a label is {int(labels.max())}, not a digit")
    return arrays


def _check_header(name: str, shape: tuple, dtype: np.dtype) -> None:
    """Refuse, before decompressing, what no store can hold."""
    if name not in ("images", "labels", "raw"):
        raise NpzError(f"unexpected entry {name}")
    if shape and shape[0] > MAX_DIGITS:
        raise NpzError(f"it claims {shape[0]:,} digits; a store holds at most {MAX_DIGITS:,}")
