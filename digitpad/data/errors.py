"""Errors of the data layer: each says in one line what is wrong with which file."""

from ..errors import Cancelled, DigitpadError

__all__ = ["DataError", "NothingThere", "MnistNotFound", "DownloadError", "Cancelled", "found_but_unreadable"]


class DataError(DigitpadError, ValueError):
    """A data file or folder that cannot be used (corrupt, truncated, wrong shape...)."""


class NothingThere(DataError):
    """A path given for the data holds none of it: no such file or folder, a folder without any
    of the data's files, a file that is not one of them. Nothing is wrong with a file: there is none."""


class MnistNotFound(DataError):
    """MNIST is in none of the places digitpad looks.

    ``unusable`` lists the copies that were there but could not be used, each
    as "path (why)": a user who has a copy wants to hear why it was passed over.
    """

    def __init__(self, message: str, unusable: tuple[str, ...] = ()):
        super().__init__(message)
        self.unusable = tuple(unusable)

    @property
    def headline(self) -> str:
        """One sentence for a window: that MNIST is missing, or which copy could not be used and why."""
        if self.unusable:
            return "MNIST was found but cannot be used: " + "; ".join(self.unusable)
        return "MNIST was not found on this computer"


def found_but_unreadable(exc: BaseException) -> bool:
    """Whether ``exc``, raised while finding or reading MNIST, means that MNIST's files are there
    but cannot be read (damaged, cut short, not what their names say, not ours to read), rather
    than that they are simply not there."""
    if isinstance(exc, MnistNotFound):
        return bool(exc.unusable)
    return isinstance(exc, DataError) and not isinstance(exc, NothingThere)


class DownloadError(DataError):
    """Every mirror failed; the message lists why.

    ``unreachable`` is True when no mirror could be reached at all (no name
    resolution, no route, refused, silent): most likely this computer is offline.
    ``failures`` holds one "url: why" per attempt.
    """

    def __init__(self, message: str, *, unreachable: bool = False, failures: tuple[str, ...] = ()):
        super().__init__(message)
        self.unreachable = unreachable
        self.failures = tuple(failures)

