"""The two layouts of hidden units: by n's factors (activation and evidence maps), and twice as wide as
tall (the weight images). Each holds every unit, and neither leaves a whole row empty."""

from __future__ import annotations

import pytest

from digitpad.ui.widgets.grid_shapes import unit_grid_shape, wide_grid_shape


@pytest.mark.parametrize("n, shape", [(1, (1, 1)), (12, (3, 4)), (50, (5, 10)), (64, (8, 8)),
                                      (100, (10, 10)), (13, (3, 6)), (7, (2, 4))])
def test_units_are_laid_out_by_their_factors(n, shape):
    assert unit_grid_shape(n) == shape


@pytest.mark.parametrize("n, shape", [(0, (0, 0)), (1, (1, 1)), (2, (1, 2)), (50, (5, 10)),
                                      (100, (7, 15)), (784, (20, 40))])
def test_weight_images_are_twice_as_wide_as_tall(n, shape):
    assert wide_grid_shape(n) == shape


@pytest.mark.parametrize("layout", [unit_grid_shape, wide_grid_shape])
@pytest.mark.parametrize("n", list(range(1, 130)) + [300, 512, 1000])
def test_every_unit_has_a_cell_and_no_row_is_empty(layout, n):
    rows, cols = layout(n)
    assert rows * cols >= n
    assert (rows - 1) * cols < n          # the last row holds at least one unit
