"""How many rows and columns a view lays n hidden units out in: two layouts, each named for what it does.

``unit_grid_shape`` follows n's factors, as square as they allow (50 -> 5 x 10,
100 -> 10 x 10): the activation maps and the evidence map, where a layer is a
block of cells. ``wide_grid_shape`` is about twice as wide as tall whatever n
is (100 -> 7 x 15): the first layer's weight images, 28x28 tiles that fit a
wide panel better.
"""

from __future__ import annotations

import math


def unit_grid_shape(n: int) -> tuple[int, int]:
    """Rows and columns for n units: 50 -> 5x10, 100 -> 10x10; awkward counts get spare cells."""
    rows = max(r for r in range(1, math.isqrt(n) + 1) if n % r == 0)
    cols = n // rows
    if cols > 3 * rows:  # e.g. a prime: a grid twice as wide as tall, last row part-filled
        cols = math.ceil(math.sqrt(n * 2))
        rows = math.ceil(n / cols)
    return rows, cols


def wide_grid_shape(n: int) -> tuple[int, int]:
    """(rows, columns) for n tiles: about twice as wide as tall (50 -> 5 x 10, 100 -> 7 x 15)."""
    if n <= 0:
        return 0, 0
    cols = min(n, max(1, math.ceil(math.sqrt(2 * n))))
    return math.ceil(n / cols), cols
