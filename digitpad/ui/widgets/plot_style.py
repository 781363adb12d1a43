"""How every pyqtgraph plot in the app looks: a still figure with quiet axes.

The plots here are figures to read, not tools to explore: no panning, no
zooming, no right-click menu, no auto-range button. Axis lines are muted;
tick labels are in the theme's text or muted colour, small where the plot is
dense; axis titles are muted.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont

from .. import theme

SMALL_TICK_POINTS = 8.0   # tick labels of dense plots (curves, sweeps, the bars' 0-50-100% scale)


def still_plot(plot: pg.PlotItem, grid_x: bool = True, grid_y: bool = True, grid_alpha: float = 0.15) -> None:
    """Freeze ``plot`` into a figure: no mouse pan or zoom, no menu, no buttons; a faint grid."""
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.showGrid(x=grid_x, y=grid_y, alpha=grid_alpha)


def tick_font(points: float = SMALL_TICK_POINTS) -> QFont:
    """The application font at ``points`` (zoom scales it later with the rest)."""
    font = QFont()
    font.setPointSizeF(points)
    return font


def style_axis(axis: pg.AxisItem, text: str = theme.MUTED, tick_points: float | None = None,
               label: str | None = None, units: str | None = None,
               tick_length: int | None = None) -> None:
    """A muted axis line, tick labels in ``text`` (at ``tick_points`` if given), a muted title."""
    axis.setPen(pg.mkPen(theme.MUTED))
    axis.setTextPen(pg.mkPen(text))
    style = {}
    if tick_points is not None:
        style["tickFont"] = tick_font(tick_points)
    if tick_length is not None:
        style["tickLength"] = tick_length
    if style:
        axis.setStyle(**style)
    if label is not None:
        axis.setLabel(label, units=units, color=theme.MUTED)
