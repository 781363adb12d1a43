"""Activation functions (book section 3.2): plot several at once, read them off at a movable x.

Every curve, every number in the readout and every line of source comes from
``digitpad.nn.functions`` as it runs: the plotted values are calls of the
functions and derivatives of ``digitpad.nn.activations.REGISTRY``, the
source is ``inspect.getsource`` of the same objects.
"""

from __future__ import annotations

import inspect

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDoubleSpinBox, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...nn import functions as F
from ...nn.activations import REGISTRY
from .. import theme
from ..i18n import translate
from .explore_common import CodeView, caption, mono_font, lay_out_section
from .plot_style import DASHES, LINE, LegendLine, still_plot, style_axis
from .side_scroll import SidePanelScroll

#: The functions shown, every registered activation in the registry's (the book's) order,
#: with the caption and colour of each.
FUNCTIONS: tuple[tuple[str, str, str], ...] = tuple(
    (a.name, a.title, theme.activation_colour(i)) for i, a in enumerate(REGISTRY.values()))
#: Functions the app computes in another form than the book's: the book's form, shown as the
#: section's code, and one line on why the app's form differs.
BOOK_FORMS = {
    "sigmoid": (F.naive_sigmoid,
                QT_TRANSLATE_NOOP("ActivationExplorer",
                                  "What the app runs, below: the same values, but the book's np.exp(-x) "
                                  "overflows (inf, and a warning) below x = -88 in float32, and tanh never "
                                  "does.")),
}
DEFAULT_VISIBLE = ("step", "sigmoid", "relu")
DEFAULT_RANGE = (-6.0, 6.0)
DEFAULT_MARKER = 1.0
SAMPLES = 1201
RANGE_LIMIT = 1000.0


def _num(value) -> str:
    value = float(value)
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


class ActivationExplorer(QWidget):
    """The five activation functions on one plot, a draggable x marker, the readout and the source."""

    markerMoved = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activationSection")
        self._updating = False
        self._build()
        self._update_curves()
        self._update_visibility()
        self._update_readout()

    # layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.plot = pg.PlotWidget(background=None)
        self.plot.setObjectName("activationPlot")
        item = self.plot.getPlotItem()
        still_plot(item)
        style_axis(item.getAxis("bottom"), label="x")
        style_axis(item.getAxis("left"), label="h(x)")
        item.addLine(y=0, pen=pg.mkPen(theme.ZERO_LINE, width=1))
        item.addLine(x=0, pen=pg.mkPen(theme.ZERO_LINE, width=1))
        # under the plot, not in a corner of it: with a wide x range or the derivatives shown,
        # the curves reach every corner
        self.legend = LegendLine("activationLegend")

        self.curves: dict[str, pg.PlotDataItem] = {}
        self.derivative_curves: dict[str, pg.PlotDataItem] = {}
        for name, title, colour in FUNCTIONS:
            curve = pg.PlotDataItem(pen=pg.mkPen(colour, width=2.4), name=title, connect="finite")
            dcurve = pg.PlotDataItem(pen=pg.mkPen(colour, width=1.6, style=Qt.PenStyle.DashLine),
                                     name=f"{title}\u2032", connect="finite")
            item.addItem(curve)
            item.addItem(dcurve)
            self.curves[name] = curve
            self.derivative_curves[name] = dcurve

        self.dots = pg.ScatterPlotItem(size=9, pen=pg.mkPen(theme.BASE, width=1.2))
        item.addItem(self.dots)
        self.marker = pg.InfiniteLine(pos=DEFAULT_MARKER, angle=90, movable=True,
                                      pen=pg.mkPen(theme.TEXT, width=1.5),
                                      hoverPen=pg.mkPen(theme.ACCENT, width=2.5),
                                      label="x = {value:.2f}",
                                      labelOpts={"position": 0.96, "color": theme.TEXT,
                                                 "fill": pg.mkBrush(theme.LABEL_FILL), "movable": False})
        self.marker.setObjectName("xMarker")
        self.marker.setToolTip(self.tr("Drag me (or click anywhere on the plot) to read every curve at this x"))
        self.marker.setZValue(10)
        item.addItem(self.marker)
        self.marker.sigPositionChanged.connect(self._on_marker_position_changed)
        self.plot.scene().sigMouseClicked.connect(self._on_plot_clicked)

        # controls
        self.checkboxes: dict[str, QCheckBox] = {}
        checks = QHBoxLayout()
        checks.setSpacing(10)
        for name, title, colour in FUNCTIONS:
            box = QCheckBox(title, objectName=f"show_{name}")
            box.setChecked(name in DEFAULT_VISIBLE)
            box.setStyleSheet(f"QCheckBox {{ color: {colour}; font-weight: bold; }}")
            box.setToolTip(self.tr("Plot {0}").format(title) if REGISTRY[name].in_book
                           else self.tr("Plot {0} (not in the book's figures: an extra)").format(title))
            box.toggled.connect(lambda on, n=name: self._on_check_toggled(n, on))
            checks.addWidget(box)
            self.checkboxes[name] = box
        checks.addStretch(1)
        # beside the readout it adds a column to (and not in the row of functions, which it made
        # too wide for the code beside the plot on a 1024 px screen)
        self.derivativeCheck = QCheckBox(self.tr("derivatives h\u2032(x)"), objectName="showDerivative")
        self.derivativeCheck.setToolTip(self.tr("Dashed: the slope of each function, its derivative "
                                                "(what backpropagation multiplies by)"))
        self.derivativeCheck.toggled.connect(self._on_derivative_toggled)

        self.xMinSpin = self._spin("xMinSpin", DEFAULT_RANGE[0], self.tr("Left end of the x axis"))
        self.xMaxSpin = self._spin("xMaxSpin", DEFAULT_RANGE[1], self.tr("Right end of the x axis"))
        self.markerSpin = self._spin("markerSpin", DEFAULT_MARKER, self.tr("Where the marker stands"))
        self.markerSpin.setSingleStep(0.1)
        self.markerSpin.setDecimals(3)
        for spin in (self.xMinSpin, self.xMaxSpin):
            spin.valueChanged.connect(self._on_range_value_changed)
        self.markerSpin.valueChanged.connect(self._on_marker_spin_changed)
        # the marker's x is set where its values are read, in the box beside the plot: with it,
        # this row was the widest thing of the section and made a 960 px window scroll sideways
        range_row = QHBoxLayout()
        range_row.setSpacing(6)
        range_row.addWidget(QLabel(self.tr("x from")))
        range_row.addWidget(self.xMinSpin)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.xMaxSpin)
        range_row.addStretch(1)

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addLayout(checks)
        left.addWidget(self.plot, 1)
        left.addWidget(self.legend)
        left.addLayout(range_row)

        # readout
        self.readout = QTableWidget(0, 3, objectName="activationReadout")
        self.readout.setHorizontalHeaderLabels([self.tr("function"), "h(x)", "h\u2032(x)"])
        self.readout.verticalHeader().setVisible(False)
        self.readout.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.readout.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.readout.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.readout.setFont(mono_font(10))
        header = self.readout.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.readout.verticalHeader().setDefaultSectionSize(24)
        self.readout.setShowGrid(False)

        readout_box = QGroupBox(self.tr("At the marker"))
        rb = QVBoxLayout(readout_box)
        rb.setContentsMargins(8, 6, 8, 8)
        marker_row = QHBoxLayout()
        marker_row.setSpacing(6)
        marker_row.addWidget(QLabel("x ="))
        marker_row.addWidget(self.markerSpin)
        marker_row.addStretch(1)
        marker_row.addWidget(self.derivativeCheck)
        rb.addLayout(marker_row)
        rb.addWidget(self.readout)

        # the source of each function, read from the running code
        self.sourceTabs = QTabWidget(objectName="sourceTabs")
        self.sourceTabs.setDocumentMode(True)
        # every function's tab in sight: the column is at least as wide as the five of them
        self.sourceTabs.tabBar().setUsesScrollButtons(False)
        self.sourceTabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.sources: dict[str, CodeView] = {}
        self.derivative_sources: dict[str, CodeView] = {}
        self.book_sources: dict[str, CodeView] = {}
        for name, title, colour in FUNCTIONS:
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 6, 0, 0)
            layout.setSpacing(4)
            fn, dfn = REGISTRY[name].function, REGISTRY[name].derivative
            view = CodeView(inspect.getsource(fn), f"source_{name}", wrap=True)
            dview = CodeView(inspect.getsource(dfn), f"derivativeSource_{name}", wrap=True)
            dview.fit_lines()
            if name in BOOK_FORMS:
                book_fn, why = BOOK_FORMS[name]
                self._add_book_form(layout, name, book_fn)
                why_label = caption(translate("ActivationExplorer", why), f"whyNotBook_{name}")
                why_label.setWordWrap(True)
                layout.addWidget(why_label)
            else:
                layout.addWidget(caption(f"h = {fn.__module__}.{fn.__name__}"))
            layout.addWidget(view, 1)
            layout.addWidget(caption(self.tr("its derivative, {0}").format(dfn.__name__)))
            layout.addWidget(dview)
            self.sources[name] = view
            self.derivative_sources[name] = dview
            for label in page.findChildren(QLabel):  # long module paths wrap instead of widening the page
                label.setWordWrap(True)
            # a page taller than its room scrolls, so the code never makes the window taller
            self.sourceTabs.addTab(SidePanelScroll(page, f"sourcePage_{name}"), title)
        self.sourceTabs.setCurrentIndex(1)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)   # level with the plot's column, not inset from it
        right.setSpacing(8)
        right.addWidget(readout_box)
        right.addWidget(self.sourceTabs, 1)
        right_box = QWidget()
        right_box.setLayout(right)
        # the readout and the code wrap: narrow on a projector (as narrow as the function tabs),
        # never wider than the code needs
        right_box.setMaximumWidth(460)

        lay_out_section(
            self,
            self.tr("Activation functions"),
            self.tr("A neuron passes its weighted sum a through h(a). Tick functions to compare them, "
                    "drag the white line to read each one off, and see the NumPy code that computes it."),
            [(left, 3), (right_box, 2)])

    def _add_book_form(self, layout: QVBoxLayout, name: str, book_fn) -> None:
        """The book's own code for ``name``, first on its page: what the reader has in front of them."""
        view = CodeView(inspect.getsource(book_fn), f"bookSource_{name}", wrap=True)
        view.fit_lines()
        layout.addWidget(caption(self.tr("{0}   # the book's code")
                                 .format(f"h = {book_fn.__module__}.{book_fn.__name__}")))
        layout.addWidget(view)
        self.book_sources[name] = view

    def _spin(self, name: str, value: float, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(objectName=name)
        spin.setRange(-RANGE_LIMIT, RANGE_LIMIT)
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        spin.setValue(value)
        spin.setToolTip(tip)
        spin.setKeyboardTracking(False)
        spin.setMinimumWidth(80)
        return spin

    # public ------------------------------------------------------------------------

    def visible_functions(self) -> list[str]:
        return [name for name, _, _ in FUNCTIONS if self.checkboxes[name].isChecked()]

    def set_visible(self, name: str, on: bool = True) -> None:
        self.checkboxes[name].setChecked(on)

    def marker_x(self) -> float:
        return float(self.marker.value())

    def set_marker_x(self, x: float) -> None:
        """Move the marker (clamped to the plotted range); the readout follows. NaN is ignored."""
        if not np.isfinite(x):
            return
        lo, hi = self.x_range()
        self.marker.setValue(float(min(max(x, lo), hi)))

    def x_range(self) -> tuple[float, float]:
        return float(self.xMinSpin.value()), float(self.xMaxSpin.value())

    def set_x_range(self, lo: float, hi: float) -> None:
        if not hi > lo:
            return
        self._updating = True
        self.xMinSpin.setValue(lo)
        self.xMaxSpin.setValue(hi)
        self._updating = False
        self._on_range_value_changed()

    def readout_values(self) -> dict[str, tuple[float, float]]:
        """{name: (h(x), h'(x))} at the marker for every visible function, as shown."""
        x = np.array([self.marker_x()])
        return {name: (float(REGISTRY[name].function(x)[0]), float(REGISTRY[name].derivative(x)[0]))
                for name in self.visible_functions()}

    def derivatives_shown(self) -> bool:
        return self.derivativeCheck.isChecked()

    # updates -----------------------------------------------------------------------

    def _update_curves(self) -> None:
        lo, hi = self.x_range()
        x = np.linspace(lo, hi, SAMPLES)
        for name, _, _ in FUNCTIONS:
            y = np.asarray(REGISTRY[name].function(x), dtype=float)
            dy = np.asarray(REGISTRY[name].derivative(x), dtype=float)
            self.curves[name].setData(x, y)
            self.derivative_curves[name].setData(x, dy)
        item = self.plot.getPlotItem()
        item.setXRange(lo, hi, padding=0.02)
        self.marker.setBounds((lo, hi))
        if not lo <= self.marker_x() <= hi:
            self.marker.setValue(min(max(self.marker_x(), lo), hi))

    def _update_visibility(self) -> None:
        shown = set(self.visible_functions())
        derivatives = self.derivativeCheck.isChecked()
        for name, _, _ in FUNCTIONS:
            self.curves[name].setVisible(name in shown)
            self.derivative_curves[name].setVisible(name in shown and derivatives)
        # a colour per function, and dashes for every derivative (one line where five fit)
        entries = [(self.curves[name].name(), colour, LINE) for name, _, colour in FUNCTIONS if name in shown]
        if derivatives and shown:
            entries.append(("h\u2032(x)", theme.TEXT, DASHES))
        self.legend.set_entries(entries)
        self.plot.getPlotItem().enableAutoRange(axis="y")
        self.readout.setColumnHidden(2, not derivatives)

    def _update_readout(self) -> None:
        x = self.marker_x()
        values = self.readout_values()
        colours = {name: colour for name, _, colour in FUNCTIONS}
        titles = {name: title for name, title, _ in FUNCTIONS}
        self.readout.setRowCount(len(values))
        # room for every function, ticked or not: the code tabs below stay where the pointer is
        header = self.readout.horizontalHeader().sizeHint().height()
        self.readout.setFixedHeight(24 * len(FUNCTIONS) + header + 4)
        spots = []
        for row, (name, (y, dy)) in enumerate(values.items()):
            cells = (titles[name], _num(y), _num(dy))
            for col, text in enumerate(cells):
                cell = self.readout.item(row, col)
                if cell is None:
                    cell = QTableWidgetItem()
                    self.readout.setItem(row, col, cell)
                cell.setText(text)
                cell.setData(Qt.ItemDataRole.UserRole, name)
                if col == 0:
                    cell.setForeground(QBrush(QColor(colours[name])))
                    bold = QFont()          # only bold: the table's font (and its zoom) for the rest
                    bold.setBold(True)
                    cell.setFont(bold)
                else:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            spots.append({"pos": (x, y), "brush": pg.mkBrush(colours[name])})
            if self.derivativeCheck.isChecked():
                spots.append({"pos": (x, dy), "brush": pg.mkBrush(colours[name]), "symbol": "d"})
        self.dots.setData(spots)

    # slots -------------------------------------------------------------------------

    def _on_check_toggled(self, name: str, on: bool) -> None:
        if on:
            index = [n for n, _, _ in FUNCTIONS].index(name)
            self.sourceTabs.setCurrentIndex(index)
        self._update_visibility()
        self._update_readout()

    def _on_derivative_toggled(self, on: bool) -> None:
        self._update_visibility()
        self._update_readout()

    def _on_range_value_changed(self, *_) -> None:
        if self._updating:
            return
        lo, hi = self.x_range()
        if hi <= lo:  # keep at least a small interval: move the end that was not edited
            sender = self.sender()
            self._updating = True
            if sender is self.xMinSpin:
                self.xMaxSpin.setValue(min(lo + 1.0, RANGE_LIMIT))
            else:
                self.xMinSpin.setValue(max(hi - 1.0, -RANGE_LIMIT))
            self._updating = False
            lo, hi = self.x_range()
            if hi <= lo:
                return
        self._update_curves()
        self._update_readout()

    def _on_marker_position_changed(self, *_) -> None:
        x = self.marker_x()
        if abs(self.markerSpin.value() - x) > 5e-4:
            blocked = self.markerSpin.blockSignals(True)
            self.markerSpin.setValue(x)
            self.markerSpin.blockSignals(blocked)
        self._update_readout()
        self.markerMoved.emit(x)

    def _on_marker_spin_changed(self, value: float) -> None:
        lo, hi = self.x_range()
        if not lo <= value <= hi:
            lo, hi = min(lo, value - 1.0), max(hi, value + 1.0)
            self.set_x_range(lo, hi)
        self.set_marker_x(value)

    def _on_plot_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        self.set_marker_x(view.mapSceneToView(event.scenePos()).x())

    # settings ----------------------------------------------------------------------

    def state(self) -> dict:
        lo, hi = self.x_range()
        return {"visible": self.visible_functions(), "derivatives": self.derivatives_shown(),
                "xmin": lo, "xmax": hi, "marker": self.marker_x()}

    def restore_state(self, values: dict) -> None:
        visible = values.get("visible")
        if isinstance(visible, (list, tuple)):
            for name, box in self.checkboxes.items():
                box.setChecked(name in visible)
        self.derivativeCheck.setChecked(bool(values.get("derivatives", False)))
        try:
            lo, hi = float(values.get("xmin")), float(values.get("xmax"))
        except (TypeError, ValueError):
            lo, hi = DEFAULT_RANGE
        if np.isfinite(lo) and np.isfinite(hi) and -RANGE_LIMIT <= lo < hi <= RANGE_LIMIT:
            self.set_x_range(lo, hi)
        try:
            self.set_marker_x(float(values.get("marker", DEFAULT_MARKER)))
        except (TypeError, ValueError):
            pass


__all__ = ["ActivationExplorer", "FUNCTIONS"]
