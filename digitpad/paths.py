"""Where digitpad's own files live, from a source checkout or an installed wheel.

An installed wheel carries ``resources/`` and ``weights/`` inside the package
(``digitpad/resources``, ``digitpad/weights``); a source checkout keeps them
beside the package at the top of the repository.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_places(name: str) -> tuple[Path, Path]:
    """Both places a bundled folder may be: inside the package (a wheel), beside it (a checkout).

    The first that exists wins, so a folder created inside the package of a
    checkout would hide the real one: writers must keep out of both.
    """
    return _PACKAGE / name, _PACKAGE.parent / name


def _bundled(name: str) -> Path:
    inside, beside = bundled_places(name)
    return inside if inside.is_dir() else beside


def resources_dir() -> Path:
    """The folder of icons and other UI assets."""
    return _bundled("resources")


def weights_dir() -> Path:
    """The folder holding the shipped network and its model card."""
    return _bundled("weights")


def user_data_dir() -> Path:
    """The user's data directory for digitpad, by platform convention.

    ``DIGITPAD_DATA_DIR`` overrides it (tests and portable installs use that).
    Linux follows XDG (``$XDG_DATA_HOME`` or ``~/.local/share``).
    """
    override = os.environ.get("DIGITPAD_DATA_DIR")
    if override:
        return Path(override).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "digitpad"
