"""The four MNIST files as published: names, checksums, sizes; and the folder downloads go to."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..paths import user_data_dir


@dataclass(frozen=True)
class MnistFile:
    """One file to download, with what it must hash to.

    ``size`` is the size of the file as served; ``raw_size`` and ``raw_sha256``
    describe its decompressed content, so a folder of gunzipped files can be
    checked too.
    """

    name: str
    md5: str
    sha256: str
    size: int | None = None
    raw_size: int | None = None
    raw_sha256: str | None = None


# md5 as published on the MNIST page; sha256 and sizes of the same files.
FILES: tuple[MnistFile, ...] = (
    MnistFile("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873",
              "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609", 9912422,
              47040016, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
    MnistFile("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432",
              "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c", 28881,
              60008, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
    MnistFile("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3",
              "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6", 1648877,
              7840016, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
    MnistFile("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c",
              "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6", 4542,
              10008, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
)

# Keras's own mnist.npz (keras.datasets.mnist.load_data verifies the same hash).
KERAS_SHA256 = "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1"


def default_mnist_dir() -> Path:
    """The folder ``digitpad mnist fetch`` downloads into."""
    return user_data_dir() / "mnist"


def hash_file(path: Path) -> tuple[str, str]:
    """The md5 and sha256 of a file (hex), read once in 1 MiB pieces."""
    md5, sha256 = hashlib.md5(), hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            md5.update(chunk)
            sha256.update(chunk)
    return md5.hexdigest(), sha256.hexdigest()
