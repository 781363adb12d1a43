"""Section 3.6, Swap the activation: the app's trained network with another hidden activation.

Every weight stays as trained; only the hidden activation changes. The section
scores each activation on the MNIST test set in a background job and reads the
current drawing (the app state's ``drawing``) with both networks.
"""

from __future__ import annotations

import html
from functools import partial

import numpy as np
from PySide6.QtCore import QEvent, QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QProgressBar, QPushButton, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ..data.errors import DataError, found_but_unreadable
from ..data.mnist import load_mnist
from ..evaluate import evaluate
from ..nn.activations import HIDDEN_ACTIVATIONS, title as activation_title
from ..nn.network import PIXEL_SCALE, Network
from . import theme
from .model_state import ModelState, find_mnist_in, model_title
from .units import accuracy_text, probability_text
from .widgets.explore_common import BAD, GOOD, lay_out_section
from .widgets.pixel_view import PixelView
from .widgets.probability_bars import ProbabilityBars
from .widgets.reserved_label import ReservedLabel
from .workers import BarProgress, JobRunner, user_words

SWAP_ORDER = HIDDEN_ACTIVATIONS   # step, sigmoid, relu, identity, tanh
SWAP_TITLES = {name: activation_title(name) for name in SWAP_ORDER}
EVAL_BATCH = 500


# the background job ------------------------------------------------------------------

def evaluate_activations(job, network: Network, names, mnist_paths=(None,)) -> dict[str, tuple[int, int]]:
    """Score ``network`` with each hidden activation in ``names`` on the MNIST test set
    (found in the first of ``mnist_paths`` that holds it; None is the usual places).

    Runs on a pool thread. Reports ``("progress", fraction)`` while it works and
    ``("result", name, correct, total)`` as soon as each activation is done;
    returns {name: (correct, total)}.
    """
    images, labels = load_mnist("test", find_mnist_in(list(mnist_paths)).path)
    results: dict[str, tuple[int, int]] = {}
    count = len(names)
    for index, name in enumerate(names):
        job.check()
        result = evaluate(network.with_activation(name), images, labels, batch_size=EVAL_BATCH,
                          normalize=True, progress=partial(_report_progress, job, index, count),
                          cancel=lambda: job.cancelled)
        results[name] = (result.correct, result.n_samples)
        job.progress(("result", name, result.correct, result.n_samples))
    return results


def _report_progress(job, index: int, count: int, done: int, total: int) -> None:
    """The whole run's fraction done, from activation ``index``'s ``done`` of ``total`` samples."""
    job.progress(("progress", (index + done / max(total, 1)) / count))


# the accuracy column: a bar behind the number --------------------------------------

class _AccuracyDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(value, float):
            painter.save()
            rect = QRectF(option.rect).adjusted(4, 5, -4, -5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.TRACK))
            painter.drawRoundedRect(rect, 3, 3)
            colour = QColor(index.data(Qt.ItemDataRole.UserRole + 1) or theme.BAR)
            colour.setAlpha(170)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(rect.x(), rect.y(), rect.width() * max(0.0, min(value, 1.0)),
                                           rect.height()), 3, 3)
            painter.restore()
        super().paint(painter, option, index)


class SwapSection(QWidget):
    """The app's network with another hidden activation: test accuracy and the drawing's probabilities."""

    statusMessage = Signal(str, int)

    def __init__(self, state: ModelState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("swapSection")
        self.state = state
        self.runner = JobRunner(self)
        self.runner.busyChanged.connect(self._on_runner_busy_changed)
        self.results: dict[str, tuple[int, int]] = {}
        self._wanted = False           # the user asked for scores: recompute them for a new model
        self._drawing_dirty = True
        self.original_probabilities: np.ndarray | None = None
        self.swapped_probabilities: np.ndarray | None = None
        self._build()
        state.modelChanged.connect(self._on_model_changed)
        state.drawingChanged.connect(self._on_drawing_changed)
        self._on_model_changed(state.model, first=True)
        self._on_activation_changed(self.activationCombo.currentIndex())

    # layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = QTableWidget(len(SWAP_ORDER), 4, objectName="swapTable")
        self.table.setHorizontalHeaderLabels([self.tr("hidden activation"), self.tr("test accuracy"),
                                              self.tr("vs as trained"), self.tr("correct")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(1, _AccuracyDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFixedHeight(30 * len(SWAP_ORDER) + header.sizeHint().height() + 6)
        self.table.setShowGrid(False)
        # a see-through selection keeps the accuracy bars visible in the chosen row
        self.table.setStyleSheet("QTableWidget#swapTable::item:selected { "
                                 f"background: {theme.rgba(theme.SELECTION_TINT)}; color: {theme.BRIGHT_TEXT}; }}")
        for row, name in enumerate(SWAP_ORDER):
            for col in range(4):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole + 2, name)
                if col > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        self.evaluateButton = QPushButton(self.tr("Score every activation on the test set"),
                                          objectName="evaluateButton")
        self.evaluateButton.setToolTip(self.tr("Evaluate the active network on MNIST's 10,000 test digits "
                                               "once per hidden activation, in the background"))
        self.evaluateButton.clicked.connect(self.start_evaluation)
        self.cancelButton = QPushButton(self.tr("Cancel"), objectName="cancelButton")
        self.cancelButton.clicked.connect(self.cancel_evaluation)
        self.cancelButton.setEnabled(False)
        self.progress = QProgressBar(objectName="swapProgress")
        self._bar = BarProgress(self.progress)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.message = ReservedLabel("swapMessage")
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.reserve(self._longest_summary())   # the notice under it stays put
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel(self.tr(
            "What to look for. Step is what sigmoid becomes when |a| is large: wherever the trained "
            "sums are far from 0 the two agree. tanh(a) = 2\u00b7sigmoid(2a) \u2212 1 and ReLU have "
            "other ranges and slopes, so the next layer receives values it was never trained on. "
            "Identity removes the non-linearity altogether: the layers collapse into one linear map, "
            "x \u00b7 W1 \u00b7 W2 \u00b7 W3 plus biases."), objectName="swapNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {theme.MUTED};")
        buttons = QHBoxLayout()
        buttons.addWidget(self.evaluateButton)
        buttons.addWidget(self.cancelButton)
        buttons.addWidget(self.progress, 1)

        scores = QGroupBox(self.tr("Test accuracy with each hidden activation"))
        sl = QVBoxLayout(scores)
        sl.setSpacing(6)
        sl.addWidget(self.table)
        sl.addLayout(buttons)
        sl.addWidget(self.message)
        sl.addSpacing(6)
        sl.addWidget(self.notice)
        sl.addStretch(1)

        # the drawing, read by both networks
        self.activationCombo = QComboBox(objectName="swapActivation")
        for name in SWAP_ORDER:
            self.activationCombo.addItem(SWAP_TITLES[name], name)
        self.activationCombo.setToolTip(self.tr("The hidden activation of the swapped network"))
        self.activationCombo.currentIndexChanged.connect(self._on_activation_changed)
        self.drawingView = PixelView(guides=False)
        self.drawingView.setObjectName("drawingPreview")
        self.drawingView.setFixedSize(112, 112)
        self.drawingMessage = QLabel(objectName="drawingMessage")
        self.drawingMessage.setWordWrap(True)
        self.drawingMessage.setStyleSheet(f"color: {theme.MUTED};")
        self.originalCaption = QLabel(objectName="originalCaption")
        self.swappedCaption = QLabel(objectName="swappedCaption")
        self.originalCaption.setStyleSheet(f"color: {theme.ACCENT}; font-weight: bold;")
        self.swappedCaption.setStyleSheet(f"color: {theme.NAIVE_ACCENT}; font-weight: bold;")
        self.originalBars = ProbabilityBars(object_name="originalBars")
        self.swappedBars = ProbabilityBars(accent=theme.NAIVE_ACCENT, object_name="swappedBars")
        for bars in (self.originalBars, self.swappedBars):
            bars.setMinimumHeight(110)

        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Swap in")))
        pick.addWidget(self.activationCombo)
        pick.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.drawingView, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.addLayout(pick)
        side.addWidget(self.drawingMessage)
        side.addStretch(1)
        top.addLayout(side, 1)
        drawing = QGroupBox(self.tr("Your drawing, read by both networks"))
        dl = QVBoxLayout(drawing)
        dl.setSpacing(4)
        dl.addLayout(top)
        dl.addWidget(self.originalCaption)
        dl.addWidget(self.originalBars, 1)
        dl.addWidget(self.swappedCaption)
        dl.addWidget(self.swappedBars, 1)

        lay_out_section(
            self,
            self.tr("Swap the activation"),
            self.tr("Keep every weight of the trained network and change only its hidden activation. The "
                    "weights were learned for one function; see what another one does to them."),
            [(scores, 1), (drawing, 1)])

    # public ------------------------------------------------------------------------

    def trained_activation(self) -> str | None:
        """The hidden activation the active network has (None if its layers differ)."""
        acts = set(self.state.network.activations)
        return acts.pop() if len(acts) == 1 else None

    def swapped_activation(self) -> str:
        return self.activationCombo.currentData()

    def set_swapped_activation(self, name: str) -> None:
        self.activationCombo.setCurrentIndex(SWAP_ORDER.index(name))

    def accuracy(self, name: str) -> float | None:
        if name not in self.results:
            return None
        correct, total = self.results[name]
        return correct / total if total else 0.0

    def accuracy_texts(self) -> dict[str, str]:
        """What the accuracy column shows, per activation."""
        return {name: self.table.item(row, 1).text() for row, name in enumerate(SWAP_ORDER)}

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def start_evaluation(self) -> None:
        """Score every activation in the background (cancelling a run already going)."""
        self._wanted = True
        self.results = {}
        self._fill_table()
        self._bar.reset()
        self._say(self.tr("Scoring the 10,000 test digits with each activation\u2026"), theme.MUTED)
        self.runner.start(evaluate_activations, self.state.network, SWAP_ORDER, self.state.mnist_paths(),
                          returned=self._on_job_returned, errored=self._on_job_errored,
                          progress=self._on_job_progress)

    def cancel_evaluation(self) -> None:
        if self.runner.is_busy():
            self.runner.cancel()
            self._wanted = False
            done = len(self.results)
            self._say(self.tr("Cancelled after {0} of {1} activations.").format(done, len(SWAP_ORDER)),
                      theme.MUTED)
            self._bar.reset()

    def drawing(self) -> np.ndarray | None:
        """The (28, 28) uint8 image of the current drawing, or None."""
        image = self.state.drawing.input28
        if image is None:
            return None
        image = np.asarray(image)
        return image if image.shape == (28, 28) else None

    def compare_drawing(self) -> None:
        """Read the current drawing with the active network and with the swapped one."""
        self._drawing_dirty = False
        image = self.drawing()
        name = self.swapped_activation()
        trained = self.trained_activation()
        trained_text = SWAP_TITLES.get(trained, self.tr("as trained")) if trained else self.tr("as trained")
        self.drawingView.set_pixels(image)
        if image is None:
            self.original_probabilities = self.swapped_probabilities = None
            self.originalBars.set_probabilities(None)
            self.swappedBars.set_probabilities(None)
            self.originalCaption.setText(self.tr("As trained ({0})").format(trained_text))
            self.swappedCaption.setText(self.tr("With {0}").format(SWAP_TITLES[name]))
            self.drawingMessage.setText(self.tr("Draw a digit in the Draw tab: its ten probabilities under "
                                                "the trained network and under the swapped one appear here."))
        else:
            x = image.reshape(1, 784)
            network = self.state.network
            original = network.predict(x, input_scale=PIXEL_SCALE)[0].astype(np.float64)
            swapped = network.with_activation(name).predict(x, input_scale=PIXEL_SCALE)[0].astype(np.float64)
            self.original_probabilities, self.swapped_probabilities = original, swapped
            self.originalBars.set_probabilities(original)
            self.swappedBars.set_probabilities(swapped)
            a, b = int(np.argmax(original)), int(np.argmax(swapped))
            self.originalCaption.setText(self.tr("As trained ({0}): reads {1}  ({2})")
                                         .format(trained_text, a, probability_text(original[a])))
            self.swappedCaption.setText(self.tr("With {0}: reads {1}  ({2})")
                                        .format(SWAP_TITLES[name], b, probability_text(swapped[b])))
            message = (self.tr("The 28\u00d728 image the Draw tab gives the network. With {0} it gives "
                               "the same answer.") if a == b else
                       self.tr("The 28\u00d728 image the Draw tab gives the network. With {0} it gives "
                               "a different answer."))
            self.drawingMessage.setText(message.format(SWAP_TITLES[name]))

    # table -------------------------------------------------------------------------

    def _fill_table(self) -> None:
        trained = self.trained_activation()
        base = self.accuracy(trained) if trained else None
        best = max((self.accuracy(n) for n in self.results), default=None)
        for row, name in enumerate(SWAP_ORDER):
            label = (self.tr("{0}   (as trained)").format(SWAP_TITLES[name]) if name == trained
                     else SWAP_TITLES[name])
            name_item = self.table.item(row, 0)
            name_item.setText(label)
            font = QFont()      # only the weight: the table's font (and its zoom) for the rest
            font.setBold(name == trained)
            name_item.setFont(font)
            acc = self.accuracy(name)
            acc_item, delta_item, count_item = (self.table.item(row, c) for c in (1, 2, 3))
            if acc is None:
                acc_item.setText("\u2013")
                acc_item.setData(Qt.ItemDataRole.UserRole, None)
                delta_item.setText("")
                count_item.setText("")
                continue
            correct, total = self.results[name]
            acc_item.setText(f"{acc:.4f}")
            acc_item.setData(Qt.ItemDataRole.UserRole, float(acc))
            colour = theme.ACCENT if name == trained else (GOOD if acc == best else theme.BAR)
            acc_item.setData(Qt.ItemDataRole.UserRole + 1, colour)
            count_item.setText(f"{correct:,} / {total:,}")
            if base is None or name == trained:
                delta_item.setText("")
            else:
                delta = (acc - base) * 100
                delta_item.setText(self.tr("{0} points").format(f"{delta:+.2f}"))
                delta_item.setForeground(QColor(BAD if delta < 0 else GOOD))
        self._fit_table_width()
        self.table.viewport().update()

    def _fit_table_width(self) -> None:
        """Wide enough for every column's header and cells in the current language and font: never a
        horizontal scroll bar (the table's height has no room for one). The scores' columns are
        measured with the widest they can say, so the table (and the panel beside it) does not
        move when the scores come in."""
        header = self.table.horizontalHeader()
        need = sum(max(header.sectionSizeHint(col), self._widest_cell(col), header.minimumSectionSize())
                   for col in range(self.table.columnCount()))
        self.table.setMinimumWidth(need + 2 * self.table.frameWidth())

    def _widest_cell(self, col: int) -> int:
        """The width column ``col`` needs for what it shows now or, once scored, at the widest."""
        widest = {1: "0.0000", 2: self.tr("{0} points").format("-100.00"),
                  3: f"{10_000:,} / {10_000:,}"}.get(col)
        need = self.table.sizeHintForColumn(col)
        if widest is None:
            return need
        item = self.table.item(0, col)
        shown = item.text()
        blocked = self.table.model().blockSignals(True)   # measured, never drawn
        item.setText(widest)
        need = max(need, self.table.sizeHintForColumn(col))
        item.setText(shown)
        self.table.model().blockSignals(blocked)
        return need

    def _longest_summary(self) -> str:
        """What the scores' summary says at the longest (``_on_job_returned``)."""
        longest = max(SWAP_TITLES.values(), key=len)
        found = [longest, "100.00%", longest, "100.00%"]
        return max(self._summary_best_is_trained(found), self._summary(found, longest, "100.00%"), key=len)

    def _summary_best_is_trained(self, found: list[str]) -> str:
        return self.tr("As trained with {0}: {1}. Worst swap: {2} ({3}). No other activation does "
                       "better: the weights were learned for this one.").format(*found)

    def _summary(self, found: list[str], best: str, best_accuracy: str) -> str:
        return self.tr("As trained with {0}: {1}. Worst swap: {2} ({3}). Best: {4} ({5}).").format(
            *found, best, best_accuracy)

    def _say(self, text: str, colour: str = theme.TEXT) -> None:
        self.message.setText(f"<span style='color:{colour}'>{text}</span>")

    # slots -------------------------------------------------------------------------

    def _on_job_progress(self, value) -> None:
        if value[0] == "progress":
            self._bar.show(value[1])
        elif value[0] == "result":
            _, name, correct, total = value
            self.results[name] = (correct, total)
            self._fill_table()

    def _on_job_returned(self, results: dict) -> None:
        self.results = dict(results)
        self._fill_table()
        self._bar.done()
        trained = self.trained_activation()
        if trained in self.results:
            best = max(self.results, key=lambda n: self.results[n][0])
            worst = min(self.results, key=lambda n: self.results[n][0])
            found = [SWAP_TITLES[trained], accuracy_text(self.accuracy(trained)),
                     SWAP_TITLES[worst], accuracy_text(self.accuracy(worst))]
            if best == trained:
                self._say(self._summary_best_is_trained(found))
            else:
                self._say(self._summary(found, SWAP_TITLES[best], accuracy_text(self.accuracy(best))))
        else:
            self._say(self.tr("Scored on the 10,000 test digits."))
        self.statusMessage.emit(self.tr("Activation swap: every activation scored on the test set"), 5000)

    def _on_job_errored(self, exc: BaseException) -> None:
        self._wanted = False
        self._bar.reset()
        detail = html.escape(user_words(exc), quote=False)
        if isinstance(exc, DataError) and not found_but_unreadable(exc):
            headline = self.tr("The MNIST test set is not on this computer. Get it in the <b>Test set</b> tab, "
                               "or run <code>digitpad mnist fetch</code> in a terminal (about 11 MB), "
                               "then score again.")
        elif isinstance(exc, DataError):
            headline = self.tr("MNIST could not be read. The <b>Test set</b> tab (or <code>digitpad mnist "
                               "verify</code>) checks the files; <code>digitpad mnist fetch</code> downloads "
                               "them again.")
        else:
            headline = self.tr("The evaluation failed.")
        self.message.setText(f"<span style='color:{BAD}'>{headline}</span><br>"
                             f"<span style='color:{theme.MUTED}; font-size:small'>{detail}</span>")

    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.cancelButton.setEnabled(busy)
        self.evaluateButton.setText(self.tr("Score again") if busy else
                                    self.tr("Score every activation on the test set"))

    def _on_model_changed(self, model, first: bool = False) -> None:
        was_running = self.runner.is_busy()
        self.runner.cancel()
        self.results = {}
        self._fill_table()
        self._bar.reset()
        trained = self.trained_activation()
        if first or self.swapped_activation() == trained:
            other = next(n for n in ("step", "identity", "relu", "sigmoid") if n != trained)
            self.set_swapped_activation(other)
        if not first:
            self._say(self.tr("Now using {0}.").format(model_title(model)), theme.MUTED)
        self._on_drawing_changed()
        if not first and (was_running or self._wanted):
            self.start_evaluation()

    def _on_activation_changed(self, _index: int) -> None:
        name = self.swapped_activation()
        if name is None:
            return
        for row, n in enumerate(SWAP_ORDER):
            if n == name and self.table.currentRow() != row:
                blocked = self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(blocked)
        self._on_drawing_changed()

    def _on_table_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.set_swapped_activation(SWAP_ORDER[rows[0].row()])

    def _on_drawing_changed(self, *_) -> None:
        if self.isVisible():
            self.compare_drawing()
        else:
            self._drawing_dirty = True   # read it when the section is shown

    def event(self, event) -> bool:
        # measured again after a zoom, when the header has taken the new font too (at the
        # section's own font change it may still give its old sizes)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_table_width()
        return super().event(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._drawing_dirty:
            self.compare_drawing()
