"""The matrix product (book section 3.3): edit X and W, watch np.dot(X, W) and the shapes.

A product whose inner dimensions differ is not raised: NumPy's own error is
caught and shown beside a plain explanation, with the two numbers that must
agree marked on the shapes.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QSizePolicy, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from .. import theme
from .explore_common import BAD, GOOD, CodeView, caption, mono_font, np_repr, lay_out_section

BOOK_X = np.array([[1, 2]])
BOOK_W = np.array([[1, 3, 5], [2, 4, 6]])
MAX_SIDE = 4
CELL = 46
_HILITE = QColor(*theme.ACCENT_TINT)


def _cell_text(value) -> str:
    value = float(value)
    return str(int(value)) if value == int(value) and abs(value) < 1e15 else f"{value:.6g}"


def _assignment(name: str, value: np.ndarray) -> str:
    """``>>> W = np.array([[1, 3, 5],`` with its continuation lines aligned after ``... ``."""
    prefix = f">>> {name} = np.array("
    body = np.array2string(value, separator=", ", prefix=prefix, max_line_width=10_000)
    lines = body.split("\n")
    lines = [prefix + lines[0]] + ["... " + line[4:] for line in lines[1:]]
    return "\n".join(lines) + ")"


class MatrixTable(QTableWidget):
    """A small editable grid of numbers; cells that are not numbers turn red."""

    def __init__(self, values: np.ndarray, object_name: str, editable: bool = True):
        super().__init__()
        self.setObjectName(object_name)
        self.setFont(mono_font(11))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(CELL)
        self.verticalHeader().setDefaultSectionSize(32)
        self.horizontalHeader().setMinimumSectionSize(20)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.editable = editable
        if not editable:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        else:
            self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.set_matrix(values)

    def set_matrix(self, values: np.ndarray) -> None:
        values = np.atleast_2d(values)
        blocked = self.blockSignals(True)
        self.setRowCount(values.shape[0])
        self.setColumnCount(values.shape[1])
        self._label_axes()
        for i in range(values.shape[0]):
            for j in range(values.shape[1]):
                self._set(i, j, _cell_text(values[i, j]))
        self.blockSignals(blocked)
        self._fit()

    def _set(self, i: int, j: int, text: str) -> None:
        item = self.item(i, j)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if not self.editable:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(i, j, item)
        item.setText(text)

    def resize_to(self, rows: int, cols: int) -> None:
        """New shape; cells that stay keep their values, new ones start at 0."""
        old_r, old_c = self.rowCount(), self.columnCount()
        blocked = self.blockSignals(True)
        self.setRowCount(rows)
        self.setColumnCount(cols)
        self._label_axes()
        for i in range(rows):
            for j in range(cols):
                if i >= old_r or j >= old_c or self.item(i, j) is None:
                    self._set(i, j, "0")
        self.blockSignals(blocked)
        self._fit()

    def _label_axes(self) -> None:
        """Rows and columns numbered from 0, as NumPy indexes them."""
        self.setVerticalHeaderLabels([str(i) for i in range(self.rowCount())])
        self.setHorizontalHeaderLabels([str(j) for j in range(self.columnCount())])

    def _fit(self) -> None:
        width = self.verticalHeader().width() if self.verticalHeader().isVisible() else 0
        self.setFixedSize(self.columnCount() * CELL + 4 + width,
                          self.rowCount() * 32 + self.horizontalHeader().height() + 4)

    def read(self) -> tuple[np.ndarray | None, list[tuple[int, int, str]]]:
        """The numbers (int64 if all are whole, else float64) and the cells that are not numbers."""
        bad, values, whole = [], [], True
        for i in range(self.rowCount()):
            row = []
            for j in range(self.columnCount()):
                item = self.item(i, j)
                text = item.text().strip() if item is not None else ""
                try:
                    v = float(text)
                    if not np.isfinite(v):
                        raise ValueError
                except ValueError:
                    bad.append((i, j, text))
                    v = 0.0
                whole = whole and v == int(v) and abs(v) < 2 ** 53
                row.append(v)
            values.append(row)
        blocked = self.blockSignals(True)  # colouring a cell is not an edit
        for i in range(self.rowCount()):
            for j in range(self.columnCount()):
                item = self.item(i, j)
                if item is not None:
                    item.setForeground(QBrush(QColor(BAD if any(b[:2] == (i, j) for b in bad)
                                                     else theme.TEXT)))
        self.blockSignals(blocked)
        if bad:
            return None, bad
        array = np.array(values, dtype=np.float64).reshape(self.rowCount(), self.columnCount())
        return (array.astype(np.int64) if whole else array), []


class MatrixProduct(QWidget):
    """X . W = Y with editable cells and shapes, one entry explained, and the same at a Python prompt."""

    computed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("matrixSection")
        self.result: np.ndarray | None = None
        self.error_text = ""
        self._selected = (0, 0)
        self._build()
        self.recompute()

    # layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.matrixX = MatrixTable(BOOK_X, "matrixX")
        self.matrixW = MatrixTable(BOOK_W, "matrixW")
        self.matrixY = MatrixTable(np.zeros((1, 3)), "matrixY", editable=False)
        self.matrixY.setToolTip(self.tr("Click an entry of Y to see which row and column make it"))
        for table in (self.matrixX, self.matrixW):
            table.itemChanged.connect(self._on_cell_changed)
        self.matrixY.currentCellChanged.connect(self._on_result_current_cell_changed)

        self.xRows = self._spin("xRowsSpin", 1, self.tr("Rows of X (how many samples in the batch)"))
        self.xCols = self._spin("xColsSpin", 2, self.tr("Columns of X (inputs per sample)"))
        self.wRows = self._spin("wRowsSpin", 2, self.tr("Rows of W (must equal the columns of X)"))
        self.wCols = self._spin("wColsSpin", 3, self.tr("Columns of W (neurons in the layer)"))
        for spin in (self.xRows, self.xCols, self.wRows, self.wCols):
            spin.valueChanged.connect(self._on_shape_value_changed)

        self.shapeX = QLabel(objectName="shapeX")
        self.shapeW = QLabel(objectName="shapeW")
        self.shapeY = QLabel(objectName="shapeY")
        for label in (self.shapeX, self.shapeW, self.shapeY):
            label.setFont(mono_font(10.5))
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            label.setTextFormat(Qt.TextFormat.RichText)

        def title(text: str) -> QLabel:
            label = QLabel(text)
            font = QFont()
            font.setPointSizeF(13)
            font.setBold(True)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            return label

        def operator(text: str) -> QLabel:
            label = QLabel(text)
            font = QFont()
            font.setPointSizeF(30)
            label.setFont(font)
            label.setStyleSheet(f"color: {theme.MUTED};")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label

        def spins(a: QSpinBox, b: QSpinBox) -> QHBoxLayout:
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addWidget(a)
            row.addWidget(QLabel("\u00d7"))
            row.addWidget(b)
            row.addStretch(1)
            return row

        # A grid keeps titles, shapes and tables on common rows, the operators centred on the
        # tables. It grows only right and down from a fixed top-left corner, and the spin boxes
        # sit above the tables at their left edge: a matrix growing under the pointer never
        # moves the spin box being clicked.
        equation = QGridLayout()
        equation.setHorizontalSpacing(14)
        equation.setVerticalSpacing(4)
        left = Qt.AlignmentFlag.AlignLeft
        for col, (name, table, shape) in zip((1, 3, 5), (("X", self.matrixX, self.shapeX),
                                                          ("W", self.matrixW, self.shapeW),
                                                          ("Y", self.matrixY, self.shapeY))):
            equation.addWidget(title(name), 0, col)
            equation.addWidget(shape, 1, col)
            equation.addWidget(table, 3, col, left | Qt.AlignmentFlag.AlignTop)
        equation.addWidget(operator("\u22c5"), 3, 2)
        equation.addWidget(operator("="), 3, 4)
        equation.addLayout(spins(self.xRows, self.xCols), 2, 1)
        equation.addLayout(spins(self.wRows, self.wCols), 2, 3)
        equation.setColumnMinimumWidth(0, 6)
        equation.setColumnStretch(6, 1)

        self.shapeRule = QLabel(objectName="matrixShapes")
        self.shapeRule.setTextFormat(Qt.TextFormat.RichText)
        self.shapeRule.setFont(mono_font(11))
        self.shapeRule.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.error = QLabel(objectName="matrixError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {BAD}; background: {theme.BAD_FILL}; border-radius: 4px; padding: 6px 8px;")
        self.error.setVisible(False)
        self.explain = QLabel(objectName="matrixExplain")
        self.explain.setFont(mono_font(10.5))
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.explain.setWordWrap(True)

        product = QGroupBox(self.tr("Edit any cell; change the shapes with the spin boxes"))
        pl = QVBoxLayout(product)
        pl.setSpacing(10)
        pl.addSpacing(6)
        pl.addLayout(equation)
        pl.addSpacing(10)
        pl.addWidget(self.shapeRule)
        pl.addWidget(self.explain)
        pl.addWidget(self.error)
        tip = caption(self.tr("Try two rows in X: a batch of two inputs gives Y a row for each, the same "
                              "product. That is how the network reads 100 images in one go (section 3.6.3)."))
        tip.setWordWrap(True)
        tip.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pl.addSpacing(6)
        pl.addWidget(tip)
        pl.addStretch(2)

        self.console = CodeView(object_name="matrixConsole", wrap=True)
        self.console.setMinimumWidth(220)
        console_box = QGroupBox(self.tr("The same in NumPy"))
        sl = QVBoxLayout(console_box)
        sl.addWidget(self.console)
        note = caption(self.tr("np.dot(X, W) of 2-D arrays is the matrix product; a layer of a neural "
                               "network is exactly this, plus a bias."))
        note.setWordWrap(True)
        sl.addWidget(note)

        lay_out_section(
            self,
            self.tr("Matrix product"),
            self.tr("Y = X \u00b7 W: each entry of Y is a row of X times a column of W, so the columns "
                    "of X must match the rows of W."),
            [(product, 3), (console_box, 2)])

    def _spin(self, name: str, value: int, tip: str) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(1, MAX_SIDE)
        spin.setValue(value)
        spin.setToolTip(tip)
        return spin

    # public ------------------------------------------------------------------------

    def set_cell(self, which: str, i: int, j: int, text: str) -> None:
        """Type ``text`` into cell (i, j) of "X" or "W"."""
        table = self.matrixX if which == "X" else self.matrixW
        table.item(i, j).setText(text)

    def result_values(self) -> np.ndarray | None:
        return None if self.result is None else self.result.copy()

    # computing ---------------------------------------------------------------------

    def recompute(self) -> None:
        X, bad_x = self.matrixX.read()
        W, bad_w = self.matrixW.read()
        self._show_shapes()
        if bad_x or bad_w:
            cells = [f"X[{i}, {j}]" for i, j, _ in bad_x] + [f"W[{i}, {j}]" for i, j, _ in bad_w]
            self._fail(self.tr("Not a number in {0}: type a number there.").format(", ".join(cells)), None)
            return
        try:
            Y = np.dot(X, W)
        except ValueError as exc:
            n, m = X.shape[1], W.shape[0]
            columns = (self.tr("X has {0} column") if n == 1 else self.tr("X has {0} columns")).format(n)
            rows = (self.tr("W has {0} row") if m == 1 else self.tr("W has {0} rows")).format(m)
            self._fail(self.tr("{0} but {1}. Every entry of Y pairs a row of X with a column of W, number "
                               "by number, so they must be equally long: make X {2} or W {3}."
                               "\nNumPy says: ValueError: {4}")
                       .format(columns, rows, f"{X.shape[0]}\u00d7{m}", f"{n}\u00d7{W.shape[1]}", exc),
                       (X, W, exc))
            return
        self.result = Y
        self.error_text = ""
        self.error.setVisible(False)
        self.matrixY.setEnabled(True)
        self.matrixY.set_matrix(Y)
        self._console(X, W, Y, None)
        i, j = self._selected
        if i >= Y.shape[0] or j >= Y.shape[1]:
            self._selected = (0, 0)
        self._explain(X, W, Y)
        self.computed.emit()

    def _fail(self, message: str, failed) -> None:
        self.result = None
        self.error_text = message
        self.error.setText("\u26a0  " + message)
        self.error.setVisible(True)
        self.explain.setText("")
        self.matrixY.set_matrix(np.zeros((max(1, self.xRows.value()), max(1, self.wCols.value()))))
        for i in range(self.matrixY.rowCount()):
            for j in range(self.matrixY.columnCount()):
                self.matrixY.item(i, j).setText("?")
        self.matrixY.setEnabled(False)
        if failed is not None:
            X, W, exc = failed
            self._console(X, W, None, exc)
        self._clear_highlight()
        self.computed.emit()

    def _show_shapes(self) -> None:
        xr, xc, wr, wc = self.xRows.value(), self.xCols.value(), self.wRows.value(), self.wCols.value()
        colour = GOOD if xc == wr else BAD
        inner_x = f"<span style='color:{colour}; font-weight:bold'>{xc}</span>"
        inner_w = f"<span style='color:{colour}; font-weight:bold'>{wr}</span>"
        self.shapeX.setText(f"({xr}, {inner_x})")
        self.shapeW.setText(f"({inner_w}, {wc})")
        self.shapeY.setText(f"({xr}, {wc})" if xc == wr else "(?)")
        verdict = self.tr("inner sizes match") if xc == wr else self.tr("inner sizes differ")
        product = (f"({xr}, {wc})" if xc == wr
                   else "<span style='color:%s'>%s</span>" % (BAD, self.tr("no product")))
        verdict = f"<span style='color:{theme.MUTED}'>{verdict}</span>"
        rule = f"({xr}, {inner_x}) \u00b7 ({inner_w}, {wc}) \u2192 {product}\u00a0\u00a0{verdict}"
        self.shapeRule.setText(rule)

    def _console(self, X, W, Y, exc) -> None:
        lines = [">>> import numpy as np",
                 _assignment("X", X),
                 _assignment("W", W),
                 ">>> X.shape, W.shape",
                 f"({X.shape}, {W.shape})",
                 ">>> Y = np.dot(X, W)"]
        if exc is None:
            lines += [">>> Y.shape", str(Y.shape), ">>> Y", np_repr(Y)]
        else:
            lines += ["Traceback (most recent call last):", "  ...", f"ValueError: {exc}"]
        self.console.set_code("\n".join(lines))

    def _explain(self, X, W, Y) -> None:
        i, j = self._selected
        terms = " + ".join(f"{_cell_text(X[i, k])}\u00b7{_cell_text(W[k, j])}" for k in range(X.shape[1]))
        self.explain.setText(
            self.tr("Y[{0}, {1}] = row {0} of X \u00b7 column {1} of W = {2} = {3}").format(
                i, j, terms, f"<b style='color:{theme.ACCENT}'>{_cell_text(Y[i, j])}</b>"))
        self._clear_highlight()
        cells = ([self.matrixX.item(i, k) for k in range(X.shape[1])]
                 + [self.matrixW.item(k, j) for k in range(W.shape[0])] + [self.matrixY.item(i, j)])
        for table in (self.matrixX, self.matrixW, self.matrixY):
            table.blockSignals(True)
        for cell in cells:
            cell.setBackground(QBrush(_HILITE))
        for table in (self.matrixX, self.matrixW, self.matrixY):
            table.blockSignals(False)

    def _clear_highlight(self) -> None:
        for table in (self.matrixX, self.matrixW, self.matrixY):
            blocked = table.blockSignals(True)
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    item = table.item(r, c)
                    if item is not None:
                        item.setBackground(QBrush())
            table.blockSignals(blocked)

    # slots -------------------------------------------------------------------------

    def _on_cell_changed(self, item) -> None:
        self.recompute()

    def _on_shape_value_changed(self, *_) -> None:
        self.matrixX.resize_to(self.xRows.value(), self.xCols.value())
        self.matrixW.resize_to(self.wRows.value(), self.wCols.value())
        self.recompute()

    def _on_result_current_cell_changed(self, row: int, col: int, *_) -> None:
        if row < 0 or col < 0 or self.result is None:
            return
        self._selected = (row, col)
        X, _ = self.matrixX.read()
        W, _ = self.matrixW.read()
        if X is not None and W is not None:
            self._explain(X, W, self.result)
