"""The IDX file format, in which MNIST ships.

An IDX file is a tiny header followed by raw big-endian numbers::

    0x00 0x00  <type code>  <number of dimensions>     4 bytes of magic
    <size of dimension 0> ... <size of dimension n-1>  one big-endian uint32 each
    <data>                                             product of the sizes, C order

MNIST's files are usually gzipped as well. ``read_idx`` takes either (it looks
at the first bytes, not at the name) and checks everything it is told before
believing it: a file is untrusted input, and a hostile header must not make us
allocate terabytes or read past the end. Every failure is an ``IdxError`` whose
one-line message names the file and what is wrong with it.
"""

from __future__ import annotations

import gzip
import math
import os
import struct
import zlib
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ..fileio import atomic_write, open_regular
from .errors import DataError

__all__ = ["IdxError", "read_idx", "read_idx_header", "write_idx", "MAX_BYTES", "MAX_DIMS"]

# type code -> big-endian dtype, as the format defines them
_DTYPES = {
    0x08: np.dtype(">u1"),
    0x09: np.dtype(">i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
_CODES = {dtype.newbyteorder("="): code for code, dtype in _DTYPES.items()}

MAX_DIMS = 4
"""More dimensions than this are refused (MNIST uses 1 for labels, 3 for images)."""

MAX_BYTES = 1 << 30
"""Largest payload ``read_idx`` accepts by default (1 GiB; MNIST's largest file is 47 MB)."""

_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


class IdxError(DataError):
    """An IDX file that cannot be read or written; the message says which and why."""


def read_idx(path, *, max_bytes: int = MAX_BYTES) -> np.ndarray:
    """Read an IDX file (gzipped or not) into a C-contiguous array in native byte order.

    Raises ``IdxError`` if the file is missing, unreadable, corrupt, truncated,
    has bytes after the declared data, or declares more than ``max_bytes`` of data,
    or if a FIFO, folder or device stands where the file should be.
    """
    path = Path(path)
    with _idx_stream(path) as (stream, stored_size):
        return _read_stream(stream, path, max_bytes, stored_size)


def read_idx_header(path, *, max_bytes: int = MAX_BYTES) -> tuple[np.dtype, tuple[int, ...]]:
    """The dtype (native byte order) and shape an IDX file declares, without reading its data.

    The header is checked as ``read_idx`` checks it, and so is a plain file's size
    against it; a gzipped file's data is only checked by reading it (``read_idx``).
    A few bytes are read: this is how a large file is judged before it is loaded.
    """
    path = Path(path)
    with _idx_stream(path) as (stream, stored_size):
        dtype, shape = _read_header(stream, path, max_bytes, stored_size)
    return dtype.newbyteorder("="), shape


@contextmanager
def _idx_stream(path: Path):
    """(stream, size on disk) of an IDX file, gunzipped if it is gzipped (size None then);
    what goes wrong while it is read becomes an IdxError naming the file."""
    try:
        with open_regular(path) as raw:
            gzipped = raw.read(2) == _GZIP_MAGIC
            raw.seek(0)
            if gzipped:
                with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
                    yield stream, None
            else:
                yield raw, os.fstat(raw.fileno()).st_size
    except IdxError:
        raise
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise IdxError(f"{path}: corrupt gzip data ({_reason(exc)})") from exc
    except OSError as exc:
        raise IdxError(f"{path}: cannot read ({_reason(exc)})") from exc


def _read_stream(stream, path: Path, max_bytes: int, stored_size: int | None) -> np.ndarray:
    dtype, shape = _read_header(stream, path, max_bytes, stored_size)
    nbytes = math.prod(shape) * dtype.itemsize
    buffer = np.empty(nbytes, dtype=np.uint8)
    view = memoryview(buffer)
    done = 0
    while done < nbytes:
        got = stream.readinto(view[done:done + _CHUNK])
        if not got:
            _size_mismatch(path, shape, nbytes, done)
        done += got
    if stream.read(1):
        # reading past the end also makes gzip check the stream's CRC and length
        _size_mismatch(path, shape, nbytes, None)

    array = buffer.view(dtype).reshape(shape)
    if dtype.itemsize > 1:
        array = array.astype(dtype.newbyteorder("="))
    return array


def _read_header(stream, path: Path, max_bytes: int, stored_size: int | None):
    """The (big-endian dtype, shape) the header at the start of ``stream`` declares, checked."""
    magic = _read_exactly(stream, 4, path, "the 4-byte header")
    if magic[0] != 0 or magic[1] != 0:
        raise IdxError(f"{path}: not an IDX file (magic bytes {magic[:2].hex()}, expected 0000)")
    code, ndim = magic[2], magic[3]
    if code not in _DTYPES:
        known = ", ".join(f"0x{c:02X}" for c in _DTYPES)
        raise IdxError(f"{path}: unknown IDX type code 0x{code:02X} (known: {known})")
    if not 1 <= ndim <= MAX_DIMS:
        raise IdxError(f"{path}: {ndim} dimensions declared; 1 to {MAX_DIMS} are supported")
    shape = struct.unpack(f">{ndim}I", _read_exactly(stream, 4 * ndim, path, "the dimension sizes"))
    dtype = _DTYPES[code]
    nbytes = math.prod(shape) * dtype.itemsize
    if nbytes > max_bytes:
        raise IdxError(f"{path}: header declares shape {_shape_text(shape)} "
                       f"({nbytes:,} bytes), more than the {max_bytes:,} allowed")

    header = 4 + 4 * ndim
    if stored_size is not None and stored_size != header + nbytes:
        # plain file: we know its size, so say exactly what is wrong before reading anything
        _size_mismatch(path, shape, nbytes, stored_size - header)
    return dtype, shape


def _size_mismatch(path: Path, shape, expected: int, actual: int | None):
    declared = f"shape {_shape_text(shape)} needs {expected:,} bytes of data"
    if actual is None:
        raise IdxError(f"{path}: trailing bytes after the data ({declared})")
    if actual < expected:
        raise IdxError(f"{path}: truncated: {declared}, only {actual:,} present")
    extra = actual - expected
    raise IdxError(f"{path}: {extra:,} trailing byte{'s' if extra != 1 else ''} "
                   f"after the data ({declared})")


def _read_exactly(stream, n: int, path: Path, what: str) -> bytes:
    data = stream.read(n)
    if len(data) != n:
        raise IdxError(f"{path}: truncated: file ends inside {what}")
    return data


def _shape_text(shape) -> str:
    return "x".join(str(s) for s in shape)


def _reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split())


def write_idx(path, array) -> None:
    """Write ``array`` as an IDX file, gzipped if ``path`` ends in ``.gz``.

    The write is atomic: the data goes to a temporary file beside ``path`` that
    replaces it only once complete, so a crash never leaves half a file behind.
    """
    path = Path(path)
    array = np.asarray(array)
    code = _CODES.get(array.dtype.newbyteorder("="))
    if code is None or array.dtype.kind not in "uif":
        raise IdxError(f"{path}: IDX cannot store dtype {array.dtype} "
                       "(uint8, int8, int16, int32, float32 and float64 only)")
    if not 1 <= array.ndim <= MAX_DIMS:
        raise IdxError(f"{path}: IDX files here hold 1 to {MAX_DIMS} dimensions, not {array.ndim}")
    if any(size >= 1 << 32 for size in array.shape):
        raise IdxError(f"{path}: dimension too large for IDX ({_shape_text(array.shape)})")

    header = bytes([0, 0, code, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
    data = np.ascontiguousarray(array, dtype=_DTYPES[code]).reshape(-1).view(np.uint8)

    def write(out):
        if path.suffix == ".gz":
            # fixed name and mtime in the gzip header: same array, same bytes
            with gzip.GzipFile(filename=path.name, mode="wb", fileobj=out,
                               compresslevel=6, mtime=0) as stream:
                stream.write(header)
                stream.write(data)
        else:
            out.write(header)
            out.write(data)

    try:
        atomic_write(path, write)
    except OSError as exc:
        raise IdxError(f"{path}: cannot write ({_reason(exc)})") from exc
