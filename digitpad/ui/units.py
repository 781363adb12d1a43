"""How the app writes durations and probabilities: one format for each, everywhere."""


def seconds_text(t: float) -> str:
    """0.0042 -> '4.2 ms', 0.31 -> '0.31 s', 4.43 -> '4.4 s', 42 -> '42 s', 61 -> '1 min 01 s'."""
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
        return f"{sign}{int(t // 60)} min {int(t % 60):02d} s"
    return f"{sign}{int(t // 3600)} h {int(t % 3600 // 60):02d} min"


def probability_text(p: float) -> str:
    """0.42 -> '42%', 0.996 -> '99.6%', 0.9996 -> '100%': whole percents, a decimal only near certainty."""
    return f"{p:.0%}" if p < 0.995 else ("100%" if p >= 0.9995 else f"{p:.1%}")
