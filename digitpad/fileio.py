"""Atomic file writes (a temporary file beside the target, flushed to disk, renamed over it)
and the checksum of a file.

Either the old file or the complete new one is at the target name, whatever
happens during the write (a crash, a full disk, an exception in ``write``).
Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


def atomic_write(path: str | os.PathLike, write: Callable[[BinaryIO], object], *,
                 parents: bool = False, mode: int = 0o644) -> None:
    """Call ``write(f)`` on a binary temporary file, then rename it to ``path``.

    ``parents`` creates missing folders on the way to ``path``.
    """
    path = Path(path)
    if parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)  # mkstemp makes it private; these are ordinary files
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


def atomic_write_text(path: str | os.PathLike, text: str, *, parents: bool = False) -> None:
    atomic_write(path, lambda f: f.write(text.encode("utf-8")), parents=parents)


def atomic_write_json(path: str | os.PathLike, data, *, parents: bool = False) -> None:
    atomic_write_text(path, json.dumps(data, indent=2) + "\n", parents=parents)


def fsync_dir(folder: str | os.PathLike) -> None:
    """Make a rename in ``folder`` durable (where the platform allows opening folders)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sha256_of(path: str | os.PathLike) -> str:
    """The sha256 of a file's bytes, as hex, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
