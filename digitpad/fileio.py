"""Files the user owns: written atomically, read only when they are what they claim.

- ``atomic_write``: a temporary file beside the target, flushed to disk,
  renamed over it. Either the old file or the complete new one is at the
  target name, whatever happens during the write (a crash, a full disk, an
  exception in ``write``). ``remove_stale_temporaries`` clears what a killed
  write left behind.
- ``open_regular``: opens a file for reading only if it is a regular file, so
  a FIFO, a folder or a device in its place is refused instead of hanging.
- ``FileLock``: an advisory lock between processes that dies with its holder.
- ``check_writable_folder``: tells, before a long job, whether its result
  could be written at all.
- ``sha256_of``: the checksum of a file.
- ``what_it_holds``: says that a file is empty or holds text, so that a note
  saved under a data file's name can be called what it is.

Standard library only.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, Callable

TEMP_SUFFIX = ".tmp"
TEXT_PROBE_BYTES = 512  # what ``looks_like_text`` is given of a file: enough to tell, cheap to read


class NotARegularFile(OSError):
    """A FIFO, folder, device or socket where a file was expected."""


def atomic_write(path: str | os.PathLike, write: Callable[[BinaryIO], object], *,
                 parents: bool = False, mode: int | None = None) -> None:
    """Call ``write(f)`` on a binary temporary file, then rename it to ``path``.

    ``parents`` creates missing folders on the way to ``path``. The new file
    keeps the mode of the one it replaces (``mode`` overrides; 0o644 for a
    new file), so a file the user made private stays private.
    """
    path = Path(path)
    if parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    if mode is None:
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except OSError:
            mode = 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=temporary_prefix(path), suffix=TEMP_SUFFIX)
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


def temporary_prefix(path: str | os.PathLike) -> str:
    """How the names of ``atomic_write``'s temporary files for ``path`` begin."""
    return f".{Path(path).name}."


def remove_stale_temporaries(path: str | os.PathLike) -> int:
    """Delete the temporary files a killed ``atomic_write`` of ``path`` left; how many.

    Only names ``atomic_write`` makes for this very target are touched (never
    another program's files), so call it only while no other write of
    ``path`` can be running, e.g. under the target's ``FileLock``.
    """
    path = Path(path)
    prefix = temporary_prefix(path)
    removed = 0
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX) \
                and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
                removed += 1
            except OSError:
                pass
    return removed


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: str | os.PathLike) -> BinaryIO:
    """Open ``path`` for binary reading, refusing anything but a regular file.

    The check is made on the opened descriptor (opened without blocking, so a
    FIFO with no writer cannot hang us), so nothing can swap the file in
    between. Raises ``NotARegularFile`` (an OSError) saying what is there.
    """
    path = os.fspath(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        st = os.stat(path)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):  # never open a device or pipe at all
        raise NotARegularFile(errno.EINVAL, f"{_kind(st.st_mode)}, not a file", path)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotARegularFile(errno.EINVAL, f"{_kind(st.st_mode)}, not a file", path)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def looks_like_text(head: bytes) -> bool:
    """Whether ``head``, the first bytes of a file, is text: UTF-8 with no control
    characters but line breaks and tabs (a character cut off at its end does not count).

    Weights, pickles and archives are binary: a file given as one that reads as
    text is a note, a CSV or a listing saved under the wrong name, and the
    user is best told just that.
    """
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return bool(text) and all(c.isprintable() or c in "\t\r\n\f" for c in text)


def what_it_holds(head: bytes, otherwise: str) -> str:
    """Why a file, of which ``head`` is the first bytes, is not the kind asked for, in words:
    it is empty, it holds text, or ``otherwise`` (say, "no zip archive inside")."""
    if not head:
        return "it is empty"
    return "it holds text" if looks_like_text(head[:TEXT_PROBE_BYTES]) else otherwise


def regular_file_size(path: str | os.PathLike) -> int:
    """The size of ``path`` in bytes; ``NotARegularFile`` if it is not a regular file."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise NotARegularFile(errno.EINVAL, f"{_kind(st.st_mode)}, not a file", os.fspath(path))
    return st.st_size


class FileLock:
    """An exclusive lock between processes, held on the file ``path`` (created if needed).

    The operating system's own locks (``fcntl.flock``, ``msvcrt.locking``) are
    used, so a lock dies with the process holding it: a killed process never
    blocks the next one. Where neither exists, a lock file created exclusively
    is used, and one older than ``stale_after`` seconds counts as abandoned.

    >>> with FileLock(folder / ".mydigits.lock", timeout=10):   # doctest: +SKIP
    ...     read, merge, write
    """

    def __init__(self, path: str | os.PathLike, *, timeout: float = 10.0, stale_after: float = 60.0):
        self.path = Path(path)
        self.timeout = timeout
        self.stale_after = stale_after
        self._fd: int | None = None

    def __enter__(self) -> "FileLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def acquire(self) -> None:
        """Wait up to ``timeout`` seconds for the lock; TimeoutError if another process keeps it."""
        deadline = time.monotonic() + self.timeout
        while not self._try_acquire():
            if time.monotonic() > deadline:
                raise TimeoutError(errno.ETIMEDOUT, "another process has held the lock for "
                                   f"more than {self.timeout:g} s", str(self.path))
            time.sleep(0.005)  # short: a copy saving in a loop frees the lock only briefly

    def _try_acquire(self) -> bool:
        if _fcntl is not None or _msvcrt is not None:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                if _fcntl is not None:
                    _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
                else:
                    _msvcrt.locking(fd, _msvcrt.LK_NBLCK, 1)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
                    return False
                raise
            self._fd = fd
            return True
        return self._try_exclusive_file()

    def _try_exclusive_file(self) -> bool:
        """The fallback: the lock is the existence of the file."""
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            return True
        except FileExistsError:
            try:
                if time.time() - os.stat(self.path).st_mtime > self.stale_after:
                    os.unlink(self.path)  # its holder died without letting go
            except OSError:
                pass
            return False

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if _fcntl is None and _msvcrt is None:
            try:
                os.unlink(self.path)
            except OSError:
                pass
        elif _msvcrt is not None:
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                _msvcrt.locking(fd, _msvcrt.LK_UNLCK, 1)
            except OSError:
                pass
        os.close(fd)  # closing drops an flock too


try:
    import fcntl as _fcntl
except ImportError:
    _fcntl = None
try:
    import msvcrt as _msvcrt
except ImportError:
    _msvcrt = None


def check_writable_folder(path: str | os.PathLike) -> None:
    """Raise OSError now if a file could not be created at ``path`` later.

    The folder, or the nearest one above it that exists (``atomic_write``
    with ``parents`` creates the rest), must be a folder that takes a new
    file: one is created there and removed at once, which asks the system
    itself rather than guessing from permission bits.
    """
    folder = Path(path).parent
    while not folder.exists():
        if folder.parent == folder:
            break
        folder = folder.parent
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    fd, probe = tempfile.mkstemp(dir=folder, prefix=temporary_prefix(path), suffix=TEMP_SUFFIX)
    os.close(fd)
    os.unlink(probe)


def sha256_of(path: str | os.PathLike) -> str:
    """The sha256 of a file's bytes, as hex, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
