"""MNIST: find it on disk, download it, check it, load a split.

One name for the callers; the work is split by concern:

- ``mnist_files``: the four files as published (names, checksums, sizes) and
  the folder downloads go to;
- ``mnist_read``: where digitpad looks for MNIST, in order (a path given, then
  ``DIGITPAD_MNIST``, the user data folder, Keras's cache), and reading a split
  with every file checked;
- ``mnist_download``: mirrors in turn, checksums, progress and cancel, never a
  half-written file;
- ``mnist_verify``: checking files on disk against the published checksums.
"""

from __future__ import annotations

from .mnist_download import (
    MAX_TIMEOUT, MIRRORS, Abort, CancelFn, ProgressFn, check_mirror, check_timeout, download_mnist,
    remove_stale_parts,
)
from .mnist_files import FILES, KERAS_SHA256, MnistFile, default_mnist_dir
from .mnist_read import KERAS_NAME, MnistLocation, clear_cache, find_mnist, keras_mnist_path, load_mnist
from .mnist_verify import FileCheck, verify_mnist

__all__ = [
    "MnistFile", "FILES", "MIRRORS", "MnistLocation", "FileCheck",
    "default_mnist_dir", "keras_mnist_path", "find_mnist", "load_mnist",
    "download_mnist", "Abort", "verify_mnist", "clear_cache",
    "check_mirror", "check_timeout", "remove_stale_parts", "MAX_TIMEOUT", "KERAS_NAME", "KERAS_SHA256",
    "ProgressFn", "CancelFn",
]
