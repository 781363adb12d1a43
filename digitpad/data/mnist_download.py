"""Download the MNIST files: mirrors in turn, checksums, progress, cancel, never a half-written file.

Downloads try each mirror in turn, stream into a temporary file beside the
target, check md5 and sha256, and only then rename the file into place, so a
half-written file never sits under a real name.
"""

from __future__ import annotations

import errno
import glob
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
from pathlib import Path
from typing import Callable, Iterable, Sequence

try:
    import fcntl
except ImportError:  # Windows: stale partial files are told by their age instead
    fcntl = None

from .. import __version__
from .errors import Cancelled, DownloadError
from .mnist_files import FILES, MnistFile, default_mnist_dir, hash_file

# The mirrors torchvision and TensorFlow's examples download the same four files
# from. The original site comes last: it has answered 403 for years.
MIRRORS: tuple[str, ...] = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
    "http://yann.lecun.com/exdb/mnist/",
)

_CHUNK = 64 * 1024
MAX_TIMEOUT = 3600.0  # seconds; longer is no longer a timeout
_PROGRESS_INTERVAL = 0.1  # seconds between progress callbacks

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
        md5, sha256 = hash_file(path)
    except OSError:
        return False
    return md5 == spec.md5 and sha256 == spec.sha256
