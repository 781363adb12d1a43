"""Check MNIST files on disk against their published checksums, file by file."""

from __future__ import annotations

import gzip
import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path

from .errors import MnistNotFound
from .mnist_files import FILES, KERAS_SHA256, MnistFile, default_mnist_dir, hash_file
from .mnist_read import _absolute, _ask, _given, _idx_file, _keras_in, find_mnist


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
            md5, sha256 = hash_file(path)
            if md5 == spec.md5 and sha256 == spec.sha256:
                return FileCheck(path.name, path, True, size, True, "ok")
            # the same content may have been compressed again: judge what is inside
            raw_size, raw_sha256 = _hash_gunzipped(path, spec.raw_size)
            if (raw_size, raw_sha256) == (spec.raw_size, spec.raw_sha256):
                return FileCheck(path.name, path, True, size, True, "ok (content matches)")
            return FileCheck(path.name, path, True, size, False,
                             f"checksum mismatch (md5 {md5}, expected {spec.md5})")
        _, sha256 = hash_file(path)
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
        _, sha256 = hash_file(path)
    except OSError as exc:
        return FileCheck(path.name, path, True, None, False, f"unreadable ({exc.strerror or exc})")
    if sha256 == KERAS_SHA256:
        return FileCheck(path.name, path, True, size, True, "ok")
    return FileCheck(path.name, path, True, size, False,
                     f"checksum mismatch (sha256 {sha256}, expected {KERAS_SHA256})")

