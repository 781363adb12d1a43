"""Real pen strokes: the UNIPEN-style text of *Pen-Based Recognition of Handwritten Digits*.

The file holds the pen trajectories of digits written on a tablet, one digit
after another, each as the strokes the writer drew, in order::

    .SEGMENT DIGIT    0 ? "8"        a digit starts; its label is the quoted character
    .COMMENT 8 12  224               label, writer, the writer's sample number
    .PEN_DOWN                        a stroke starts
     267  333                        x y in tablet units, y pointing up
    .PEN_UP                          the stroke ends

``.INCLUDE``, ``.LEXICON``, ``.HIERARCHY`` and ``.DT`` lines are headers and
timing and are skipped. Like ``read_idx``, ``read_pendigits`` believes nothing
it reads: a file is untrusted input, so it refuses anything that is not a
regular file, anything larger than ``MAX_BYTES`` (before it is read or hashed),
bytes that are not plain text, a line longer than any pen-digits line, a digit
of endless strokes or pen positions, more digits than any collection holds, a
writer number past ``MAX_WRITER``, and every line that breaks the format, with a
one-line ``PenDigitsError`` naming the file, the line and what is wrong. Lines
are read one at a time, and each limit is met where it is passed: a hostile
file costs at most seconds and a small multiple of its size in memory. Digits are kept with their writer, because anything held out of
this data must be held out writer by writer: one person's digits look alike.
"""

from __future__ import annotations

import io
import math
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..fileio import regular_file_size, sha256_of
from ..npzfile import megabytes
from .errors import DataError
from .idx import _reason

__all__ = ["PenDigit", "PenDigitsError", "read_pendigits", "verify_checksum", "find_pendigits",
           "FILE_NAME", "SUMS_NAME", "ENV", "MAX_BYTES", "MAX_COORD", "MAX_LINE", "MAX_POINTS",
           "MAX_STROKES", "MAX_DIGITS", "MAX_WRITER", "CARD_TRAINED_WRITERS", "CARD_PEN_SHA256"]

FILE_NAME = "pendigits-orig.tra"
SUMS_NAME = "SHA256SUMS"
ENV = "DIGITPAD_PENDIGITS"

CARD_TRAINED_WRITERS = "pen_training_writers"
"""The model-card key listing the pen writers a network was trained on (measured on the others)."""

CARD_PEN_SHA256 = "pen_sha256"
"""The model-card key holding the sha256 of the pen-digits file those writers were in."""

MAX_BYTES = 64_000_000
"""Largest file ``find_pendigits``, ``verify_checksum`` and ``read_pendigits`` accept by default
(64 MB; the 30-writer file is 3.6 MB), checked before anything is hashed or read."""

MAX_COORD = 1e6
"""Coordinates further from zero than this are refused (the tablet records 0..500)."""

MAX_LINE = 1_000
"""Longest line, in characters, a pen-digits file may have (the 30-writer file's longest is 48)."""

MAX_POINTS = 10_000
"""Most pen positions one digit may have, over all its strokes (the 30-writer file's most is 185)."""

MAX_STROKES = 100
"""Most strokes one digit may have (the 30-writer file's most is 3)."""

MAX_DIGITS = 100_000
"""Most digits a file may hold (the 30-writer file holds 7,494; the whole collection 10,992)."""

MAX_WRITER = 9999
"""Writers are numbered 1 to this (the collection's 44 are 1 to 44)."""

MAX_SAMPLE = 999_999_999
"""Largest sample number a .COMMENT line may give (a writer's are 1 to about 250)."""

_SKIPPED = (".INCLUDE", ".LEXICON", ".HIERARCHY", ".DT")
_NOT_TEXT = re.compile(rb"[^\t\n\x20-\x7e]")  # after \r\n and \r became \n: any other byte is binary


class PenDigitsError(DataError):
    """A pen-digits file that cannot be used; the message names the file (and line) and why."""


@dataclass(frozen=True)
class PenDigit:
    """One written digit: its strokes in drawing order, in tablet units with y pointing up."""

    strokes: tuple[np.ndarray, ...]  # each (k, 2) float64: x, y
    label: int
    writer: int
    sample: int

    def points(self) -> np.ndarray:
        """All the pen positions, (n, 2)."""
        return np.concatenate(self.strokes)


def read_pendigits(path, *, max_bytes: int = MAX_BYTES) -> list[PenDigit]:
    """Every digit of a pen-digits file, in file order.

    Raises ``PenDigitsError`` if the file is missing, not a regular file,
    larger than ``max_bytes``, not text, or breaks the format anywhere.
    """
    path = Path(path)
    return _parse(_read_text(path, max_bytes), path)


def _read_text(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, its lines ending in \\n alone, once they are known to be plain text."""
    try:
        # O_NONBLOCK: opening a FIFO must not hang; fstat then tells what was opened
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise PenDigitsError(f"{path}: cannot read ({_reason(exc)})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PenDigitsError(f"{path}: not a regular file")
        _check_size(path, info.st_size, max_bytes)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise PenDigitsError(f"{path}: cannot read ({_reason(exc)})") from exc
    finally:
        os.close(fd)
    _check_size(path, len(data), max_bytes)  # it may have grown while we read it
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    binary = _NOT_TEXT.search(data)
    if binary:
        at = binary.start()
        line = data.count(b"\n", 0, at) + 1
        raise PenDigitsError(f"{path}:{line}: not a pen-digits file (byte 0x{data[at]:02x} "
                             "is not plain text)")
    return data


def _lines(data: bytes, path: Path):
    """(number, line) for each line of ``data``, one at a time (never a list of millions),
    without its end; PenDigitsError for one longer than a pen-digits line can be."""
    for n, line in enumerate(io.BytesIO(data), start=1):
        line = line.rstrip(b"\n")
        if len(line) > MAX_LINE:
            raise PenDigitsError(f"{path}:{n}: a line of {len(line):,} characters, more than the "
                                 f"{MAX_LINE:,} of any pen-digits line")
        yield n, line.decode("ascii")


def _check_size(path: Path, size: int, max_bytes: int) -> None:
    """PenDigitsError if a file of ``size`` bytes is more than a pen-digits file may be."""
    if size > max_bytes:
        raise PenDigitsError(f"{path}: {megabytes(size)}, more than the {megabytes(max_bytes)} "
                             "a pen-digits file may be")


class _Digit:
    """A digit being read: what its .SEGMENT and .COMMENT lines said, and its strokes so far."""

    def __init__(self, label: int, line: int):
        self.label, self.line = label, line
        self.writer: int | None = None
        self.sample: int | None = None
        self.strokes: list[np.ndarray] = []
        self.points = 0  # pen positions in its strokes so far


def _parse(data: bytes, path: Path) -> list[PenDigit]:
    digits: list[PenDigit] = []
    digit: _Digit | None = None
    stroke: list[str] | None = None  # the coordinate lines of the open stroke
    stroke_line = 0

    def fail(n: int, what: str):
        raise PenDigitsError(f"{path}:{n}: {what}")

    def finish():
        if stroke is not None:
            fail(stroke_line, "stroke not closed by .PEN_UP")
        if digit is not None:
            digits.append(_finished(digit, fail))

    for n, line in _lines(data, path):
        words = line.split()
        if not words:
            continue
        head = words[0]
        if stroke is not None and not head.startswith("."):
            if digit.points + len(stroke) == MAX_POINTS:
                fail(n, f"a digit of more than {MAX_POINTS:,} pen positions (it starts on line {digit.line})")
            stroke.append(line)
            continue
        if head == ".PEN_UP":
            if stroke is None:
                fail(n, ".PEN_UP without .PEN_DOWN")
            digit.strokes.append(_points(stroke, stroke_line, fail))
            digit.points += len(stroke)
            stroke = None
        elif head == ".PEN_DOWN":
            if stroke is not None:
                fail(n, ".PEN_DOWN inside a stroke (the previous one has no .PEN_UP)")
            if digit is None or digit.writer is None:
                fail(n, ".PEN_DOWN before the digit's .SEGMENT and .COMMENT lines")
            if len(digit.strokes) == MAX_STROKES:
                fail(n, f"a digit of more than {MAX_STROKES} strokes (it starts on line {digit.line})")
            stroke, stroke_line = [], n
        elif head == ".SEGMENT":
            finish()
            if len(digits) == MAX_DIGITS:
                fail(n, f"more than {MAX_DIGITS:,} digits in one file")
            digit = _Digit(_segment_label(words, line, n, fail), n)
        elif head == ".COMMENT":
            if digit is None or digit.writer is not None or digit.strokes:
                fail(n, ".COMMENT out of place (it follows a digit's .SEGMENT line)")
            _comment(digit, words, n, fail)
        elif head in _SKIPPED:
            continue
        elif head.startswith("."):
            fail(n, f"unknown keyword {head[:20]!r}")
        else:
            fail(n, "pen coordinates outside a stroke (no .PEN_DOWN before them)")
    finish()
    if not digits:
        raise PenDigitsError(f"{path}: no digits in the file (no .SEGMENT lines)")
    return digits


def _segment_label(words, line: str, n: int, fail) -> int:
    if len(words) < 2 or words[1] != "DIGIT":
        fail(n, "a .SEGMENT line must say DIGIT")
    parts = line.split('"')
    if len(parts) != 3 or len(parts[1]) != 1 or not "0" <= parts[1] <= "9" or parts[2].strip():
        fail(n, 'the .SEGMENT line must end with the label as one quoted digit, like "7"')
    return int(parts[1])


def _comment(digit: _Digit, words, n: int, fail) -> None:
    if len(words) != 4 or not all(w.isdigit() for w in words[1:]):
        fail(n, ".COMMENT needs three whole numbers: label, writer, sample number")
    if any(len(w) > len(str(MAX_SAMPLE)) for w in words[1:]):  # before int() reads a thousand digits
        fail(n, f".COMMENT: {max(words[1:], key=len)[:12]}... is too large for a label, writer "
                "or sample number")
    label, writer, sample = (int(w) for w in words[1:])
    if label != digit.label:
        fail(n, f".COMMENT says label {label}, its .SEGMENT line (line {digit.line}) says {digit.label}")
    if not 1 <= writer <= MAX_WRITER:
        fail(n, f"writer {writer}: writers are numbered from 1 to {MAX_WRITER}")
    digit.writer, digit.sample = writer, sample


def _points(lines: list[str], n: int, fail) -> np.ndarray:
    if not lines:
        fail(n, "a stroke with no pen positions")
    try:
        xy = np.array([[float(v) for v in line.split()] for line in lines])
    except ValueError:
        xy = None
    if xy is None or xy.ndim != 2 or xy.shape[1] != 2:
        bad = next((k for k, line in enumerate(lines) if not _is_pair(line)), 0)
        fail(n + 1 + bad, "a pen position must be two numbers, x and y")
    if not np.all(np.isfinite(xy)) or np.abs(xy).max() > MAX_COORD:
        bad = int(np.flatnonzero(~(np.abs(xy) <= MAX_COORD).all(axis=1))[0])
        fail(n + 1 + bad, f"pen position out of range (more than {MAX_COORD:g} from zero, or not finite)")
    return xy


def _is_pair(line: str) -> bool:
    words = line.split()
    if len(words) != 2:
        return False
    try:
        return all(math.isfinite(float(w)) for w in words)
    except ValueError:
        return False


def _finished(digit: _Digit, fail) -> PenDigit:
    if digit.writer is None:
        fail(digit.line, "a digit without its .COMMENT line (label, writer, sample)")
    if not digit.strokes:
        fail(digit.line, "a digit with no strokes")
    return PenDigit(tuple(digit.strokes), digit.label, digit.writer, digit.sample)


def verify_checksum(path, *, max_bytes: int = MAX_BYTES) -> bool:
    """Check ``path`` against the ``SHA256SUMS`` beside it.

    True if it matches; False if there is no such list or it does not name the
    file (nothing to check against); ``PenDigitsError`` if it names it with
    another sum, or the list is unreadable, or the file is larger than
    ``max_bytes`` (refused before it is hashed: a file of gigabytes is no pen file).
    """
    path = Path(path)
    sums = path.parent / SUMS_NAME
    if not sums.is_file():
        return False
    try:
        if sums.stat().st_size > 1 << 20:
            raise PenDigitsError(f"{sums}: too large for a list of checksums")
        listed = sums.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PenDigitsError(f"{sums}: cannot read ({_reason(exc)})") from exc
    expected = None
    for line in listed.splitlines():
        parts = line.split(None, 1)
        if len(parts) == 2 and parts[1].strip().lstrip("*") == path.name:
            expected = parts[0].lower()
    if expected is None:
        return False
    try:
        _check_size(path, regular_file_size(path), max_bytes)
        actual = sha256_of(path)
    except OSError as exc:
        raise PenDigitsError(f"{path}: cannot read ({_reason(exc)})") from exc
    if actual != expected:
        raise PenDigitsError(f"{path}: sha256 {actual[:12]}... does not match "
                             f"{expected[:12]}... listed in {SUMS_NAME}: the file is damaged or not the original")
    return True


def find_pendigits(path=None, option: str = "--data FILE", *, max_bytes: int = MAX_BYTES) -> Path:
    """The pen-digits file: ``path`` (a file, or a folder holding ``pendigits-orig.tra``),
    else ``$DIGITPAD_PENDIGITS`` (the same), else ``PenDigitsError`` saying how to give it
    (``option`` names the command's own option for it). A file larger than ``max_bytes``
    is refused here, before anything hashes or reads it."""
    origin = "the given path"
    if path is None:
        env = os.environ.get(ENV)
        if not env:
            raise PenDigitsError(f"no pen digits: pass {option} or set {ENV} "
                                 f"to the file or the folder holding {FILE_NAME}")
        path, origin = env, f"{ENV}"
    path = Path(path).expanduser()
    try:
        if path.is_dir():
            path = path / FILE_NAME
        size = regular_file_size(path)
    except FileNotFoundError:
        raise PenDigitsError(f"{path} ({origin}): no such file") from None
    except OSError as exc:  # unreadable, or a pipe, device or folder where the file should be
        raise PenDigitsError(f"{path} ({origin}): {exc.strerror or exc}") from None
    _check_size(path, size, max_bytes)
    return path


# the network's input ---------------------------------------------------------------

TABLET_SIDE = 500.0
"""Tablet units across the writing box (coordinates run 0..500)."""


def as_canvas_strokes(digit: PenDigit, shear: float = 0.0, aspect: float = 1.0):
    """A pen digit as the canvas keeps strokes: y flipped to point down, the tablet's box
    as the unit square; slanted by ``shear`` (x += shear * (middle - y), tops to the right
    for a positive shear) and widened by ``aspect``."""
    from .strokes import PenStroke

    pts = digit.points()
    middle = -(pts[:, 1].min() + pts[:, 1].max()) / 2 / TABLET_SIDE
    out = []
    for s in digit.strokes:
        x, y = s[:, 0] / TABLET_SIDE, -s[:, 1] / TABLET_SIDE
        x = (x + shear * (middle - y)) * aspect
        out.append(PenStroke(tuple(zip(x.tolist(), y.tolist())), 0.05))
    return out


def network_inputs(digits, shears=None, aspects=None) -> np.ndarray:
    """(N, 784) uint8: each digit's strokes drawn as the Draw tab draws a user's strokes
    for the network (``strokes.vector_input``), slanted and widened if asked."""
    from .strokes import vector_input

    out = np.zeros((len(digits), 784), np.uint8)
    for i, digit in enumerate(digits):
        shear = 0.0 if shears is None else float(shears[i])
        aspect = 1.0 if aspects is None else float(aspects[i])
        image = vector_input(as_canvas_strokes(digit, shear, aspect))
        if image is not None:
            out[i] = image.reshape(-1)
    return out
