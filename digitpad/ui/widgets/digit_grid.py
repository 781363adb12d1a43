"""A browser of many 28x28 digits: a list model over the uint8 array, a delegate, an icon-mode view.

Nothing per sample is made ahead of time: the model holds the (N, 784) array
and an index array of the samples that pass the filter, and the delegate
paints each visible thumbnail straight from its 784 bytes when Qt asks for
it. Sixty thousand items cost one int64 array, not sixty thousand widgets.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractListModel, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from .. import theme
from ..i18n import translate
from ..units import probability_text

SIDE = 28
WRONG = QColor(theme.BAD)

SampleRole = Qt.ItemDataRole.UserRole + 1      # index of the sample in the data set
TrueRole = Qt.ItemDataRole.UserRole + 2        # its true digit
PredictedRole = Qt.ItemDataRole.UserRole + 3   # what the network read (None before a run)
ConfidenceRole = Qt.ItemDataRole.UserRole + 4  # the probability of that reading
WrongRole = Qt.ItemDataRole.UserRole + 5       # True when the reading is a mistake

SORTS = ("index", "least-confident", "most-confident")


class DigitGridModel(QAbstractListModel):
    """The samples that pass the filter, in the chosen order, one row each."""

    countChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._images = np.zeros((0, SIDE * SIDE), np.uint8)
        self._generation = 0
        self._labels = np.zeros(0, np.int64)
        self._predictions: np.ndarray | None = None
        self._confidence: np.ndarray | None = None
        self._rows = np.zeros(0, np.int64)
        self._filter: dict = {"true": None, "predicted": None, "wrong": False, "below": None}
        self._sort = "index"

    # data -----------------------------------------------------------------------------

    def set_samples(self, images, labels) -> None:
        """New data: (N, 784) uint8 images and (N,) labels. Results and filter are cleared."""
        images = np.asarray(images)
        labels = np.asarray(labels)
        if images.ndim != 2 or images.shape[1] != SIDE * SIDE or images.dtype != np.uint8:
            raise ValueError(f"expected uint8 images of shape (N, 784), got {images.dtype} {images.shape}")
        if labels.shape != (images.shape[0],):
            raise ValueError(f"expected {images.shape[0]} labels, got shape {labels.shape}")
        self._images = images
        self._generation += 1
        self._labels = labels.astype(np.int64)
        self._predictions = self._confidence = None
        self._filter = {"true": None, "predicted": None, "wrong": False, "below": None}
        self._refilter()

    def set_results(self, predictions, confidence) -> None:
        """What a run read for every sample (or None, None to forget it); the filter is applied again."""
        if predictions is None:
            self._predictions = self._confidence = None
        else:
            predictions = np.asarray(predictions, dtype=np.int64)
            confidence = np.asarray(confidence, dtype=np.float32)
            n = self._labels.shape[0]
            if predictions.shape != (n,) or confidence.shape != (n,):
                raise ValueError(f"expected {n} predictions and confidences")
            self._predictions, self._confidence = predictions, confidence
        self._refilter()

    @property
    def has_results(self) -> bool:
        return self._predictions is not None

    @property
    def n_samples(self) -> int:
        return int(self._labels.shape[0])

    def set_filter(self, *, true: int | None = None, predicted: int | None = None,
                   wrong: bool = False, below: float | None = None) -> None:
        """Show only samples of this true digit, read as this digit, misread, less confident than ``below``.

        The conditions combine; those about the reading need a run's results and
        match nothing without them.
        """
        new = {"true": true, "predicted": predicted, "wrong": bool(wrong), "below": below}
        if new != self._filter:
            self._filter = new
            self._refilter()

    def filter(self) -> dict:
        return dict(self._filter)

    def set_sort(self, order: str) -> None:
        if order not in SORTS:
            raise ValueError(f"sort must be one of {SORTS}, not {order!r}")
        if order != self._sort:
            self._sort = order
            self._refilter()

    def sort_order(self) -> str:
        return self._sort

    def _refilter(self) -> None:
        f = self._filter
        mask = np.ones(self._labels.shape[0], dtype=bool)
        if f["true"] is not None:
            mask &= self._labels == f["true"]
        needs_results = f["predicted"] is not None or f["wrong"] or f["below"] is not None
        if needs_results and self._predictions is None:
            mask[:] = False
        elif self._predictions is not None:
            if f["predicted"] is not None:
                mask &= self._predictions == f["predicted"]
            if f["wrong"]:
                mask &= self._predictions != self._labels
            if f["below"] is not None:
                mask &= self._confidence < f["below"]
        rows = np.flatnonzero(mask)
        if self._sort != "index" and self._confidence is not None:
            order = np.argsort(self._confidence[rows], kind="stable")
            rows = rows[order if self._sort == "least-confident" else order[::-1]]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit(int(rows.shape[0]))

    # access ----------------------------------------------------------------------------

    def visible_samples(self) -> np.ndarray:
        """Sample indices in the order shown."""
        return self._rows.copy()

    def sample_at(self, row: int) -> int:
        return int(self._rows[row])

    def row_of(self, sample: int) -> int | None:
        hits = np.flatnonzero(self._rows == sample)
        return int(hits[0]) if hits.size else None

    def data_identity(self) -> int:
        """Changes whenever ``set_samples`` is given new data (for caches of thumbnails)."""
        return self._generation

    def image(self, sample: int) -> np.ndarray:
        """The (28, 28) uint8 image of a sample (a view into the data)."""
        return self._images[sample].reshape(SIDE, SIDE)

    def label(self, sample: int) -> int:
        return int(self._labels[sample])

    def prediction(self, sample: int) -> tuple[int, float] | None:
        if self._predictions is None:
            return None
        return int(self._predictions[sample]), float(self._confidence[sample])

    # QAbstractListModel ----------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else int(self._rows.shape[0])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        sample = int(self._rows[index.row()])
        truth = int(self._labels[sample])
        if role == SampleRole:
            return sample
        if role == TrueRole:
            return truth
        if role in (PredictedRole, ConfidenceRole, WrongRole):
            if self._predictions is None:
                return None
            predicted = int(self._predictions[sample])
            if role == PredictedRole:
                return predicted
            if role == ConfidenceRole:
                return float(self._confidence[sample])
            return predicted != truth
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if self._predictions is None:
                return str(truth)
            return str(int(self._predictions[sample]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._predictions is None:
                return self.tr("Sample #{0} · a {1}").format(f"{sample:,}", truth)
            predicted = int(self._predictions[sample])
            sure = probability_text(self._confidence[sample])
            if predicted == truth:
                return self.tr("Sample #{0} · a {1}\nread as {2} ({3} sure): right").format(
                    f"{sample:,}", truth, predicted, sure)
            return self.tr("Sample #{0} · a {1}\nread as {2} ({3} sure): wrong").format(
                f"{sample:,}", truth, predicted, sure)
        return None


class DigitDelegate(QStyledItemDelegate):
    """Paints one cell: the digit at 2x, what the network read under it, mistakes in red.

    Thumbnails are made from the model's bytes the first time they are shown
    and kept (a few thousand at most) until the model's data changes.
    """

    THUMB = 2 * SIDE
    CELL = QSize(72, 84)
    CACHE = 4096

    def __init__(self, parent=None):
        super().__init__(parent)
        self._images: dict[int, QImage] = {}
        self._source = None
        self._fonts: tuple | None = None

    def _thumbnail(self, model, sample: int) -> QImage:
        source = model.data_identity()
        if source != self._source:
            self._images.clear()
            self._source = source
        image = self._images.get(sample)
        if image is None:
            if len(self._images) >= self.CACHE:
                self._images.clear()
            pixels = np.ascontiguousarray(model.image(sample))
            image = QImage(pixels.data, SIDE, SIDE, SIDE, QImage.Format.Format_Grayscale8).copy()
            self._images[sample] = image
        return image

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont]:
        if self._fonts is None or self._fonts[0] != font:
            bold = QFont(font)
            bold.setBold(True)
            small = QFont(font)
            small.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
            self._fonts = (QFont(font), bold, small)
        return self._fonts[1], self._fonts[2]

    def sizeHint(self, option, index) -> QSize:
        return self.CELL

    def paint(self, painter: QPainter, option, index) -> None:
        model = index.model()
        sample = model.sample_at(index.row())
        truth = model.label(sample)
        reading = model.prediction(sample)
        rect = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            colour = QColor(theme.LINK if selected else theme.BRIGHT_TEXT)
            colour.setAlpha(70 if selected else 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)

        thumb = QRectF(rect.x() + (rect.width() - self.THUMB) / 2, rect.y() + 5, self.THUMB, self.THUMB)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(thumb, self._thumbnail(model, sample))

        wrong = reading is not None and reading[0] != truth
        if wrong:
            painter.setPen(QPen(WRONG, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(thumb.adjusted(-1, -1, 1, 1))
        else:
            painter.setPen(QPen(QColor(*theme.CELL_GRID), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(thumb.adjusted(-0.5, -0.5, 0.5, 0.5))

        text_rect = QRectF(thumb.x(), thumb.bottom() + 3, thumb.width(), rect.bottom() - thumb.bottom() - 5)
        bold, small = self._fonts_for(option.font)
        if reading is None:
            painter.setPen(QColor(theme.MUTED))
            painter.setFont(option.font)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, str(truth))
        else:
            predicted, confidence = reading
            painter.setFont(bold)
            painter.setPen(WRONG if wrong else QColor(theme.TEXT))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(predicted))
            painter.setFont(small)
            painter.setPen(QColor(theme.MUTED))
            detail = (translate("DigitDelegate", "is {0}").format(truth) if wrong
                      else probability_text(confidence))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, detail)
        painter.restore()


class DigitGridView(QListView):
    """Thumbnails in rows that wrap with the width; ``sampleSelected`` tells which sample is current."""

    sampleSelected = Signal(int)  # index in the data set, or -1 when nothing is selected

    def __init__(self, model: DigitGridModel | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("digitGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setGridSize(DigitDelegate.CELL)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(500)   # items laid out per turn of the event loop: a few ms each
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(DigitDelegate.CELL.height() // 3)
        self.setDragEnabled(False)
        self.setMouseTracking(True)
        self.setItemDelegate(DigitDelegate(self))
        self.setModel(model if model is not None else DigitGridModel(self))

    def setModel(self, model) -> None:
        old = self.selectionModel()
        super().setModel(model)
        if old is not None:
            old.deleteLater()
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        model.modelReset.connect(lambda: self.sampleSelected.emit(-1))

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def current_sample(self) -> int:
        index = self.currentIndex()
        return self.model().sample_at(index.row()) if index.isValid() else -1

    def _on_current_changed(self, current, previous) -> None:
        self.sampleSelected.emit(self.model().sample_at(current.row()) if current.isValid() else -1)
