"""Where a file dialog starts: the folder last used for its kind of file, remembered in the settings.

Each kind has its key: weights (opened, imported or saved), pictures, My digits' export.
The settings file is not trusted, so a remembered folder is used only while it is an
absolute path to a folder that is still there; otherwise the dialog starts at home
(never in the folder digitpad happens to run in).

    >>> start = last_folder(WEIGHTS)                           # doctest: +SKIP
    >>> remember_folder(WEIGHTS, Path(chosen).parent)          # doctest: +SKIP
"""

from __future__ import annotations

import os
from pathlib import Path

from .launch import open_settings
from .settings import SettingsReader

WEIGHTS = "files/weightsFolder"
IMAGES = "files/imagesFolder"
MY_DIGITS_EXPORT = "myDigits/exportFolder"


def last_folder(kind: str) -> Path:
    """The folder last used for ``kind`` if it is still there, else the user's home."""
    saved = SettingsReader(open_settings()).text(kind, "")
    if saved and os.path.isabs(saved) and os.path.isdir(saved):
        return Path(saved)
    return Path.home()


def remember_folder(kind: str, folder: str | os.PathLike) -> None:
    """Start ``kind``'s dialogs in ``folder`` from now on, in this run and the next ones."""
    settings = open_settings()
    settings.setValue(kind, str(Path(folder).resolve()))
    settings.sync()
