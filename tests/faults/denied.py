"""A folder we may not read, as the operating system would refuse it, for tests that run as root.

Root ignores file modes, so ``chmod 000`` proves nothing in CI. ``deny(monkeypatch,
folder)`` makes the lowest-level calls (``os.stat``, ``os.lstat``, ``os.open``,
``os.scandir``, ``os.listdir``, ``open``) raise PermissionError for everything
inside ``folder`` and for listing it, exactly as a folder of mode 000 owned by
someone else does, while the code under test runs unchanged.
"""

from __future__ import annotations

import builtins
import errno
import io
import os


def deny(monkeypatch, folder) -> list[str]:
    """Refuse access below ``folder`` for the rest of the test; returns the paths refused."""
    root = os.path.abspath(os.fspath(folder))
    refused: list[str] = []

    def blocked(path, listing: bool) -> bool:
        if isinstance(path, int):
            return False
        try:
            name = os.path.abspath(os.fsdecode(path))
        except TypeError:
            return False
        return name.startswith(root + os.sep) or (listing and name == root)

    def guard(real, listing=False):
        def call(path=".", *args, **kwargs):
            if blocked(path, listing):
                refused.append(os.fsdecode(path))
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(path))
            return real(path, *args, **kwargs)
        return call

    for name in ("stat", "lstat", "open"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))
    for name in ("scandir", "listdir"):
        monkeypatch.setattr(os, name, guard(getattr(os, name), listing=True))
    opener = guard(io.open)
    monkeypatch.setattr(builtins, "open", opener)
    monkeypatch.setattr(io, "open", opener)
    return refused
