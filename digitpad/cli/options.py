"""Checked option types for the commands: a bad value is one line from argparse, never a traceback.

Each factory returns a converter for ``add_argument(type=...)``: it parses
the text, checks the range, and raises ``argparse.ArgumentTypeError`` with
what was wrong, so negative, zero, NaN, huge and empty values are refused
before any work starts.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Callable


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and exit status 2 (the usage block would bury them).

    Its subcommands' parsers are of the same class.
    """

    def error(self, message):
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        sys.exit(2)

    def parse_known_args(self, args=None, namespace=None):
        """As argparse's, but an argument this parser does not know is refused here, by the
        parser it was given to. argparse hands a subcommand's unknown arguments up to the
        top parser, whose error line would then read "digitpad: error" instead of naming the
        subcommand ("digitpad eval: error"); nothing above a subcommand could take them anyway,
        since everything after a subcommand's name is that subcommand's."""
        namespace, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return namespace, extras


def whole(low: int = 1, high: int | None = None) -> Callable[[str], int]:
    """A whole number in [low, high]."""
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}, got {value}")
        if high is not None and value > high:
            raise argparse.ArgumentTypeError(f"must be at most {high:,}, got {value:,}")
        return value
    return convert


def number(low: float = 0.0, high: float | None = None, *, above: bool = True) -> Callable[[str], float]:
    """A finite number greater than ``low`` (at least ``low`` if not ``above``), at most ``high``."""
    def convert(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"must be a finite number, got {text!r}")
        if value < low or (above and value == low):
            raise argparse.ArgumentTypeError(f"must be {'more than' if above else 'at least'} "
                                             f"{low:g}, got {text}")
        if high is not None and value > high:
            raise argparse.ArgumentTypeError(f"must be at most {high:g}, got {text}")
        return value
    return convert


def text(value: str) -> str:
    """Any text but an empty one (an empty path would quietly mean the current folder)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return value


def batch_size_for(mode: str, batch_size: int | None, default: int) -> int:
    """The batch size a run of ``mode`` uses (``default`` when none was asked for).

    Per-sample mode reads one sample at a time, in no batches: a batch size asked for
    with it would be silently ignored, so it is refused naming both options.
    """
    from ..errors import UsageError
    if batch_size is not None and mode == "per-sample":
        raise UsageError("--batch-size: --mode per-sample reads one sample at a time, in no "
                         "batches; leave out --batch-size, or use --mode batch")
    return default if batch_size is None else batch_size


def writers(value: str) -> list[int]:
    """Writer numbers and ranges, '1-5,9' -> [1, 2, 3, 4, 5, 9]; a range past the pen files'
    last writer number is a typo, not a request."""
    from ..data.pendigits import MAX_WRITER
    chosen: set[int] = set()
    for part in value.replace(" ", "").split(","):
        if not part:
            continue
        lo, sep, hi = part.partition("-")
        try:
            first, last = int(lo), int(hi if sep else lo)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected writer numbers like 1-5,9, got {value!r}") from None
        if first > last:
            raise argparse.ArgumentTypeError(f"{part} is an empty range")
        if first < 1 or last > MAX_WRITER:
            raise argparse.ArgumentTypeError(f"writers are numbered 1 to {MAX_WRITER}, got {part}")
        chosen.update(range(first, last + 1))
    if not chosen:
        raise argparse.ArgumentTypeError("name at least one writer")
    return sorted(chosen)


def path(value: str) -> Path:
    """A path the user names; empty is refused."""
    return Path(text(value))


def web_address(value: str) -> str:
    """An http:// or https:// address."""
    from ..data.errors import DataError
    from ..data.mnist import check_mirror
    try:
        return check_mirror(value)
    except DataError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
