"""Errors of the data layer: each says in one line what is wrong with which file."""


class DataError(ValueError):
    """A data file or folder that cannot be used (corrupt, truncated, wrong shape...)."""


class MnistNotFound(DataError):
    """MNIST is in none of the places digitpad looks."""


class DownloadError(DataError):
    """Every mirror failed; the message lists why."""


class Cancelled(Exception):
    """Long work stopped because the caller asked it to."""
