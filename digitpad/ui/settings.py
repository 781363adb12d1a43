"""Reading saved settings without trusting them.

The settings file is the user's (or anyone's) to edit: a value may be of the
wrong type, out of range, NaN, an enum name this version does not know, or a
string of megabytes. ``SettingsReader`` reads each value through a check; a
value that fails it is replaced by the default the tab passes and its key is
noted in ``rejected``, so the window can say once that some settings were
reset. A missing key is simply the default.

    >>> saved = SettingsReader(settings)                     # doctest: +SKIP
    >>> saved.whole("batchSize", 100, 1, 60000)               # doctest: +SKIP
"""

from __future__ import annotations

import json
import math
from typing import Any, Callable, Iterable

from PySide6.QtCore import QByteArray, QRect, QSettings

MAX_TEXT = 4096          # characters: a path or a typed list of numbers, never more
MAX_STATE = 64 * 1024    # bytes of a saved splitter or header state
MAX_PIXELS = 100_000     # of a saved window's place or size: more is no screen's

_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no")


class _Rejected(ValueError):
    """A saved value that does not pass its check."""


class SettingsReader:
    """Checked reads of one group of settings: bad values fall back to the defaults given."""

    def __init__(self, source: QSettings | dict, prefix: str = "",
                 rejected: list[str] | None = None):
        self._get: Callable[[str], Any] = (source.get if isinstance(source, dict)
                                           else lambda key: source.value(key))
        self._prefix = prefix
        self.rejected: list[str] = [] if rejected is None else rejected

    def _read(self, key: str, default, check: Callable[[Any], Any]):
        try:
            raw = self._get(key)
        except Exception:  # a value QSettings itself cannot decode
            raw = _Rejected
        if raw is None:
            return default
        try:
            if raw is _Rejected:
                raise _Rejected(key)
            return check(raw)
        except (_Rejected, TypeError, ValueError, OverflowError):
            self.rejected.append(self._prefix + key)
            return default

    def reject(self, *keys: str) -> None:
        """Note ``keys`` as refused: values that passed their own checks but do not fit
        together (a range that ends before it starts)."""
        for key in keys:
            if self._prefix + key not in self.rejected:
                self.rejected.append(self._prefix + key)

    def whole(self, key: str, default: int, low: int, high: int) -> int:
        def check(raw):
            if isinstance(raw, bool) or isinstance(raw, float):
                raise _Rejected(key)
            value = int(str(raw).strip()) if isinstance(raw, str) else int(raw)
            if not low <= value <= high:
                raise _Rejected(key)
            return value
        return self._read(key, default, check)

    def number(self, key: str, default: float, low: float, high: float) -> float:
        def check(raw):
            if isinstance(raw, bool):
                raise _Rejected(key)
            value = float(raw)
            if not (math.isfinite(value) and low <= value <= high):
                raise _Rejected(key)
            return value
        return self._read(key, default, check)

    def flag(self, key: str, default: bool) -> bool:
        def check(raw):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower() if isinstance(raw, (str, int)) else None
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise _Rejected(key)
        return self._read(key, default, check)

    def text(self, key: str, default: str, max_length: int = MAX_TEXT) -> str:
        def check(raw):
            if not isinstance(raw, str) or len(raw) > max_length or "\0" in raw:
                raise _Rejected(key)
            return raw
        return self._read(key, default, check)

    def choice(self, key: str, default: str, choices: Iterable[str]) -> str:
        allowed = set(choices)

        def check(raw):
            if not isinstance(raw, str) or raw not in allowed:
                raise _Rejected(key)
            return raw
        return self._read(key, default, check)

    def names(self, key: str, default: list[str], choices: Iterable[str]) -> list[str]:
        """A comma-separated list of names, every one of them among ``choices`` (empty: the default)."""
        allowed = set(choices)

        def check(raw):
            if isinstance(raw, str) and len(raw) <= MAX_TEXT:
                items = [item for item in raw.split(",") if item]
            elif isinstance(raw, list) and all(isinstance(item, str) for item in raw):
                items = raw
            else:
                raise _Rejected(key)
            if not set(items) <= allowed:
                raise _Rejected(key)
            return items or default
        return self._read(key, default, check)

    def state(self, key: str) -> QByteArray | None:
        """A widget state saved with ``saveState()`` (None if absent or not one)."""
        def check(raw):
            if not isinstance(raw, (QByteArray, bytes)) or len(raw) > MAX_STATE:
                raise _Rejected(key)
            return QByteArray(raw)
        return self._read(key, None, check)

    def rect(self, key: str) -> QRect | None:
        """A rectangle saved as a QRect, of positive size (None if absent or not one). Whether it
        lies on a screen is for the caller to ask: screens come and go."""
        def check(raw):
            if not isinstance(raw, QRect) or raw.isEmpty():
                raise _Rejected(key)
            if not all(abs(v) <= MAX_PIXELS for v in (raw.x(), raw.y(), raw.width(), raw.height())):
                raise _Rejected(key)
            return QRect(raw)
        return self._read(key, None, check)

    def group(self, key: str) -> "SettingsReader":
        """A reader of the JSON object saved under ``key`` (empty if absent or not an object)."""
        def check(raw):
            if not isinstance(raw, str) or len(raw) > 16 * MAX_TEXT:
                raise _Rejected(key)
            value = json.loads(raw or "{}")
            if not isinstance(value, dict):
                raise _Rejected(key)
            return value
        return SettingsReader(self._read(key, {}, check), f"{self._prefix}{key}/", self.rejected)
