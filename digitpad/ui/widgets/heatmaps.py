"""Hidden-layer activations as heatmaps: one small grid of cells per layer, one cell per unit."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont, QFontMetricsF

from ...nn.activations import REGISTRY
from .. import theme, zoom
from .plot_style import still_plot
from .grid_shapes import unit_grid_shape

GAP = 2.4  # vertical room, in cells, for each layer's title: at the least height a cell is small, the title is not
TITLE_POINTS = 9


class ActivationMaps(pg.PlotWidget):
    """The hidden layers stacked in one view, every unit a cell of the same size.

    One ImageItem per layer is made when the architecture is set and then
    updated in place with ``set_activations``.
    """

    def __init__(self, parent=None):
        super().__init__(parent, background=None)
        self.setObjectName("activationMaps")
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        still_plot(plot, grid_x=False, grid_y=False)
        self.view = plot.getViewBox()
        self.view.setAspectLocked(True)
        self.view.invertY(True)
        self._lut = pg.colormap.get("inferno").getLookupTable(nPts=256)
        self._layers: list[tuple[pg.ImageItem, tuple[int, int], int]] = []
        self._titles: list[pg.TextItem] = []
        self._sizes: tuple[int, ...] = ()
        self._activations: tuple[str, ...] = ()
        self._height_in_cells = 0.0
        self.setMinimumHeight(140)
        self.view.sigRangeChanged.connect(self._place_titles)

    def sizeHint(self):
        return QSize(240, 250)

    def set_architecture(self, sizes, activations) -> None:
        """Hidden layer sizes and activation names; rebuilds only if they changed."""
        sizes, activations = tuple(int(s) for s in sizes), tuple(activations)
        if sizes == self._sizes and activations == self._activations:
            return
        for image, _, _ in self._layers:
            self.view.removeItem(image)
        for title in self._titles:
            self.view.removeItem(title)
        self._layers, self._titles = [], []
        self._sizes, self._activations = sizes, activations
        top = 0.0
        width = 0
        for k, (n, act) in enumerate(zip(sizes, activations)):
            rows, cols = unit_grid_shape(n)
            title = pg.TextItem(self.tr("layer {0}: {1} units").format(k + 1, n), color=theme.MUTED, anchor=(0, 1))
            title.textItem.document().setDocumentMargin(1)
            zoom.set_text_size(title, TITLE_POINTS)
            title.setPos(0, top + GAP - 0.25)   # (x: see _place_titles)
            self.view.addItem(title)
            image = pg.ImageItem(axisOrder="row-major")
            image.setLookupTable(self._lut)
            image.setImage(np.zeros((rows, cols), np.float32), levels=(0, 1))
            image.setPos(0, top + GAP)
            self.view.addItem(image)
            self._layers.append((image, (rows, cols), n))
            self._titles.append(title)
            top += GAP + rows + 0.6
            width = max(width, cols)
        self.view.setRange(xRange=(0, max(width, 1)), yRange=(0, max(top, 1)), padding=0.02)
        self._height_in_cells = top
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough that a cell is big enough for each layer's title to fit in its gap.

        The view keeps cells square, so its height sets the cell size; below this
        the titles would be cut off at the top.
        """
        if not self._titles:
            return
        font = QFont(self._titles[0].textItem.font())
        font.setPointSizeF(zoom.font_size(TITLE_POINTS))   # the zoom may be changing it right now
        metrics = QFontMetricsF(font)
        text = metrics.height() + 2                         # and the text's margin
        cell = text / (GAP - 0.3)
        self.setMinimumHeight(max(140, math.ceil(self._height_in_cells * cell * 1.04) + 4))
        # as wide as the longest title as drawn (fallback fonts for Japanese, its margins), and a
        # little room around the view
        widest = max(max(metrics.horizontalAdvance(title.toPlainText()), title.textItem.boundingRect().width())
                     for title in self._titles)
        self.setMinimumWidth(math.ceil(widest) + 12)

    def _place_titles(self, *_) -> None:
        """Each title starts at the view's left edge: where the cells are centred in a wide view,
        a title starting with them would run past the right edge (longer words, a larger zoom)."""
        left = self.view.viewRange()[0][0]
        for title in self._titles:
            title.setPos(left, title.pos().y())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def images(self) -> list[pg.ImageItem]:
        return [layer[0] for layer in self._layers]

    def set_activations(self, hidden) -> None:
        """A list of 1-D arrays, one per hidden layer; None blanks every map."""
        for k, (image, (rows, cols), n) in enumerate(self._layers):
            grid = np.zeros(rows * cols, np.float32)
            if hidden is not None:
                grid[:n] = np.asarray(hidden[k], dtype=np.float32).reshape(-1)[:n]
            entry = REGISTRY.get(self._activations[k])
            if entry is not None and entry.output_range is not None:
                levels = entry.output_range
            else:
                peak = float(np.abs(grid).max()) or 1.0
                levels = (0.0, peak) if grid.min() >= 0 else (-peak, peak)
            image.setImage(grid.reshape(rows, cols), levels=levels, autoLevels=False)
