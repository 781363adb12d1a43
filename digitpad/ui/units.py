"""How the app writes durations, probabilities and accuracies: one format for each, everywhere."""

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate

UNKNOWN = QT_TRANSLATE_NOOP("units", "unknown")


def seconds_text(t: float) -> str:
    """0.0042 -> '4.2 ms', 0.31 -> '0.31 s', 4.43 -> '4.4 s', 42 -> '42 s', 61 -> '1 min 01 s';
    anything that is not a finite number (a model card can say anything) reads 'unknown'."""
    if isinstance(t, bool) or not isinstance(t, (int, float)) or not math.isfinite(t):
        return translate("units", UNKNOWN)
    sign = "-" if t < 0 else ""
    t = abs(t)
    if t < 0.01:
        return f"{sign}{t * 1000:.1f} ms"
    if t < 1:
        return f"{sign}{t:.2f} s"
    if t < 10:
        return f"{sign}{t:.1f} s"
    if t < 60:
        return f"{sign}{t:.0f} s"
    if t < 3600:
        return sign + translate("units", "{0} min {1} s").format(int(t // 60), f"{int(t % 60):02d}")
    return sign + translate("units", "{0} h {1} min").format(int(t // 3600), f"{int(t % 3600 // 60):02d}")


def probability_text(p: float) -> str:
    """How sure the network is: 0.42 -> '42%', 0.996 -> '99.6%', 0.9996 -> '99.9%', 1.0 -> '100%'.

    Whole percents, rounded, below 99.5%; from there one decimal, cut rather
    than rounded, so that only certainty itself reads 100% (a network that
    says 99.96% is not certain, and the window should not say it is).
    Anything that is not a number reads 'unknown'.
    """
    p = float(p)
    if not math.isfinite(p):
        return translate("units", UNKNOWN)
    if p < 0.995:
        return f"{p:.0%}"
    if p >= 1:
        return "100%"
    # round off float noise first (0.995 * 1000 is 994.999..., float32's 0.996 is 0.99599999),
    # then cut to tenths, and at most 99.9
    tenths = min(math.floor(round(p * 1000, 3)), 999)
    return f"{tenths / 10:.1f}%"


def accuracy_text(a: float | None) -> str:
    """A share of right answers, two decimals: 0.9846 -> '98.46%'; None or NaN -> 'unknown'.

    As with probabilities, nothing short of every answer right reads 100.00%.
    """
    if a is None or not math.isfinite(a):
        return translate("units", UNKNOWN)
    text = f"{a:.2%}"
    return "99.99%" if text == "100.00%" and a < 1 else text
