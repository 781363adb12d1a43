"""How every pyqtgraph plot in the app looks: a still figure with quiet axes.

The plots here are figures to read, not tools to explore: no panning, no
zooming, no right-click menu, no auto-range button. Axis lines are muted;
tick labels are in the theme's text or muted colour, small where the plot is
dense; axis titles are muted. A plot whose curves leave no corner free has its
legend as a line of text under it (``LegendLine``), never as a box over them.
"""

from __future__ import annotations

import html
from typing import Iterable

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from .. import theme

SMALL_TICK_POINTS = 8.0   # tick labels of dense plots (curves, sweeps, the bars' 0-50-100% scale)
DOT = "\u25cf"      # a legend's mark for a curve drawn with points
LINE = "\u2501" * 2     # ... with a solid line
DASHES = "\u254d" * 2   # ... with a dashed line


def still_plot(plot: pg.PlotItem, grid_x: bool = True, grid_y: bool = True, grid_alpha: float = 0.15) -> None:
    """Freeze ``plot`` into a figure: no mouse pan or zoom, no menu, no buttons; a faint grid; and
    no stop of Tab's, where the focus would show nowhere and no key does anything."""
    view = plot.getViewWidget()
    if view is not None:
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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


def legend_line(entries: Iterable[tuple]) -> str:
    """A legend as one line of rich text: a mark in each curve's colour before its name.

    ``entries`` are (name, colour) or (name, colour, mark); the mark is ``DOT`` unless given.
    Only the spaces between entries break, so a name never parts from its mark."""
    parts = []
    for name, colour, *mark in entries:
        parts.append(f'<span style="color: {colour};">{mark[0] if mark else DOT}</span>'
                     f'&nbsp;{html.escape(name)}')
    return "&nbsp;&nbsp; ".join(parts)


class LegendLine(QLabel):
    """A plot's legend as a line of text to put under the plot, where it covers no curve; it
    wraps onto a second line rather than widen a small window."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent, objectName=name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(f"color: {theme.TEXT};")
        self._names: list[str] = []

    def set_entries(self, entries: Iterable[tuple]) -> None:
        """Show ``entries`` (see ``legend_line``), in their order."""
        entries = list(entries)
        self._names = [entry[0] for entry in entries]
        self.setText(legend_line(entries))

    def names(self) -> list[str]:
        """The names shown, in their order."""
        return list(self._names)
