"""The errors digitpad raises on purpose, each a sentence the user can act on.

``DigitpadError`` is the base of every problem with what the user gave us:
data (``DataError``: MNIST, My digits, pen files, downloads), weights
(``WeightsError``), training settings (``ConfigError``) and command-line use
(``UsageError``). Its message is written for the user, so the CLI prints it
as its one line and the window shows it as it is. Anything else that escapes
is a bug, and is named as one.

``Cancelled`` is not among them: it is the user's own wish to stop, never a
failure to report.
"""


class DigitpadError(Exception):
    """A problem with what the user gave us, said in words the user can act on."""


class ConfigError(DigitpadError, ValueError):
    """Training settings that cannot work together (the message names the setting)."""


class UsageError(DigitpadError):
    """A mistake in what the user asked for on the command line, reported in one line."""


class Cancelled(Exception):
    """Long work stopped because the caller asked it to."""
