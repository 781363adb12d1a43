"""The user's own labelled drawings, kept in one .npz that survives crashes.

A store is a folder holding ``mydigits.npz`` with

- ``images``: uint8 (N, 784), the 28x28 MNIST-style inputs, row-major;
- ``labels``: uint8 (N,), the true digit of each;
- ``raw``: uint8 (N, 784), the whole canvas squeezed into 28x28 (optional).

Saving writes a temporary file in the same folder, flushes it to disk and
renames it over the store, so a crash leaves either the old store or the
new one, never half of one. The file is read with ``allow_pickle=False`` and
checked; a store that cannot be read is reported and left as it is: adding
to it raises instead of writing over it, and ``set_aside`` renames it so a
fresh store can begin.

>>> store = MyDigits(tmp)                       # doctest: +SKIP
>>> store.add(image28, 7); store.count          # doctest: +SKIP
1
>>> images, labels = store.load()               # doctest: +SKIP
"""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import numpy as np

from ..fileio import atomic_write, fsync_dir
from .errors import DataError

FILENAME = "mydigits.npz"
PIXELS = 28 * 28
MAX_FILE_BYTES = 256 * 1024 * 1024


class MyDigitsError(DataError):
    """The store cannot be read or written; the message says which file and why."""


class MyDigits:
    """A folder of the user's labelled digits (``path`` may also name the .npz itself)."""

    def __init__(self, path: str | os.PathLike):
        path = Path(path)
        self.file = path if path.suffix == ".npz" else path / FILENAME
        self._cache: dict[str, np.ndarray] | None = None

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

    def _read(self) -> dict[str, np.ndarray]:
        if self._cache is not None:
            return self._cache
        if not self.file.exists():
            empty = np.zeros((0, PIXELS), np.uint8)
            return {"images": empty, "labels": np.zeros(0, np.uint8)}
        self._cache = _read_store(self.file)
        return self._cache

    # writing --------------------------------------------------------------

    def add(self, image28, label: int, raw28=None) -> int:
        """Append one digit and save; returns the new count.

        ``image28`` is the (28, 28) or (784,) MNIST-style input, 0..255;
        ``raw28`` optionally the whole-canvas downscale of the same drawing.
        """
        image = _check_image(image28, "image")
        if isinstance(label, bool) or not isinstance(label, (int, np.integer)) or not 0 <= int(label) <= 9:
            raise ValueError(f"label must be a digit 0-9, got {label!r}")
        data = self._read()  # raises if the existing store is unreadable: it is never overwritten
        n = data["labels"].shape[0]
        images = np.concatenate([data["images"], image[None]])
        labels = np.concatenate([data["labels"], np.array([label], np.uint8)])
        arrays = {"images": images, "labels": labels}
        old_raw = data.get("raw")
        if raw28 is not None or old_raw is not None:
            if old_raw is None:
                old_raw = np.zeros((n, PIXELS), np.uint8)
            new_raw = np.zeros(PIXELS, np.uint8) if raw28 is None else _check_image(raw28, "raw")
            arrays["raw"] = np.concatenate([old_raw, new_raw[None]])
        atomic_write(self.file, lambda f: np.savez(f, **arrays), parents=True)
        self._cache = arrays
        return n + 1

    def set_aside(self) -> Path | None:
        """Rename an unreadable store out of the way (kept, never deleted); returns its new name."""
        self._cache = None
        if not self.file.exists():
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for k in range(1000):
            suffix = f".unreadable-{stamp}" + (f"-{k}" if k else "") + ".npz"
            target = self.file.with_name(self.file.stem + suffix)
            if not target.exists():
                break
        os.replace(self.file, target)
        fsync_dir(self.file.parent)
        return target

    def reload(self) -> None:
        """Forget what was read, so the next access reads the file again."""
        self._cache = None


# the file ----------------------------------------------------------------------

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
    def bad(reason: str) -> MyDigitsError:
        return MyDigitsError(f"{path}: {reason}. The file was left as it is.")

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise MyDigitsError(f"{path}: cannot read ({exc.strerror})") from None
    if size > MAX_FILE_BYTES:
        raise bad(f"{size} bytes is too large for a store of digits")
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {key: npz[key] for key in npz.files}
    except PermissionError as exc:
        raise MyDigitsError(f"{path}: cannot read ({exc.strerror})") from None
    except (ValueError, OSError, EOFError, zipfile.BadZipFile, KeyError) as exc:
        raise bad(f"not a readable store of digits ({exc})") from None
    missing = {"images", "labels"} - set(arrays)
    if missing:
        raise bad(f"missing {', '.join(sorted(missing))}")
    extra = set(arrays) - {"images", "labels", "raw"}
    if extra:
        raise bad(f"unexpected entries {', '.join(sorted(extra))}")
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
