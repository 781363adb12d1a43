"""Reading an .npz the user gives us without trusting what it says about itself.

An .npz is a zip of ``.npy`` members, usually small on disk; a compressed one
can declare arrays of gigabytes in a few megabytes (a zip bomb). ``read_npz``
therefore opens only regular files, reads every member's ``.npy`` header
(shape and dtype, a few hundred bytes) before decompressing any data, and
refuses sizes beyond the caller's limit, Python objects, and members that are
not arrays. Only then are the arrays read, with ``allow_pickle=False``; any
damage found on the way (a broken deflate stream, a truncated archive, a bad
checksum) becomes one ``NpzError`` with the reason. No Qt.
"""

from __future__ import annotations

import math
import os
import zipfile
from typing import Callable

import numpy as np
from numpy.lib import format as npy_format

from .fileio import TEXT_PROBE_BYTES, NotARegularFile, open_regular, what_it_holds

ZIP_MAGIC = b"PK\x03\x04"        # a zip's first member
EMPTY_ZIP_MAGIC = b"PK\x05\x06"  # a zip without members starts with its end record (np.savez())
MAX_HEADER_BYTES = 10_000  # NumPy's own default for a trusted .npy header
MAX_MEMBERS = 1024  # a network of 500 layers; each header read is at most 10 kB


class NpzError(ValueError):
    """The .npz cannot be used; the message says why (without the file's name)."""


def megabytes(n: int) -> str:
    return f"{n / 1e6:,.0f} MB" if n >= 1e6 else f"{n:,} bytes"


def array_bytes(shape: tuple, dtype: np.dtype) -> int:
    """Bytes an array of ``shape`` and ``dtype`` takes (exact, no overflow)."""
    return math.prod(int(d) for d in shape) * dtype.itemsize


def read_npz(path: str | os.PathLike, *, max_file_bytes: int, max_array_bytes: int,
             check: Callable[[str, tuple, np.dtype], None] | None = None) -> dict[str, np.ndarray]:
    """Every array of the .npz at ``path``, after its headers passed the checks.

    ``max_array_bytes`` bounds the arrays' total size once decompressed;
    ``check(name, shape, dtype)`` may raise ``NpzError`` for what the caller
    knows cannot be right (e.g. a store of three million digits). Raises
    ``NpzError`` for anything wrong with the file, and OSError only when it
    cannot be opened at all (missing, permission denied).
    """
    try:
        f = open_regular(path)
    except NotARegularFile as exc:
        raise NpzError(exc.strerror) from None
    with f:
        size = os.fstat(f.fileno()).st_size
        if size > max_file_bytes:
            raise NpzError(f"{megabytes(size)} is more than the {megabytes(max_file_bytes)} "
                           "such a file can take")
        head = f.read(TEXT_PROBE_BYTES)
        if head[:4] not in (ZIP_MAGIC, EMPTY_ZIP_MAGIC):
            raise NpzError(f"not a readable .npz file ({what_it_holds(head, 'no zip archive inside')})")
        f.seek(0)
        try:
            _check_headers(f, max_array_bytes, check)
            f.seek(0)
            with np.load(f, allow_pickle=False) as npz:
                return {key: npz[key] for key in npz.files}
        except NpzError:
            raise
        except ValueError as exc:
            if "pickle" in str(exc).lower():
                raise NpzError("holds Python objects, which are never loaded") from None
            raise NpzError(f"damaged ({exc})") from None
        except Exception as exc:  # zlib.error, BadZipFile, EOFError, OSError, ...
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise NpzError(f"damaged ({reason})") from None


def _check_headers(f, max_array_bytes: int, check) -> None:
    with zipfile.ZipFile(f) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise NpzError(f"{len(members)} entries; at most {MAX_MEMBERS} are expected")
        total = 0
        for info in members:
            if not info.filename.endswith(".npy"):
                raise NpzError(f"{info.filename!r} is not an array")
            name = info.filename[:-4]
            if info.file_size > max_array_bytes + MAX_HEADER_BYTES:
                raise NpzError(f"{name} declares {megabytes(info.file_size)} uncompressed, more than "
                               f"the {megabytes(max_array_bytes)} such a file can hold")
            with archive.open(info) as member:
                shape, dtype = _read_header(member)
            if dtype.hasobject:
                raise NpzError("holds Python objects, which are never loaded")
            if check is not None:
                check(name, shape, dtype)
            total += array_bytes(shape, dtype)
            if total > max_array_bytes:
                raise NpzError(f"its arrays declare {megabytes(total)} (up to {name} "
                               f"{'x'.join(map(str, shape))}), more than the "
                               f"{megabytes(max_array_bytes)} such a file can hold")


def _read_header(member) -> tuple[tuple, np.dtype]:
    version = npy_format.read_magic(member)
    if version == (1, 0):
        shape, _, dtype = npy_format.read_array_header_1_0(member, max_header_size=MAX_HEADER_BYTES)
    elif version == (2, 0):
        shape, _, dtype = npy_format.read_array_header_2_0(member, max_header_size=MAX_HEADER_BYTES)
    else:
        raise NpzError(f".npy format version {version} is not supported")
    return tuple(shape), dtype
