"""My digits: every saved digit in a grid, to relabel, delete (with undo), open in the Draw tab or export.

A window of its own (File > My digits...). It reads the store when it opens,
when it comes back to the front and after each of its own edits, so digits
another running copy of the app saved show up too. Every edit goes through
``MyDigits`` under the store's lock and names the digit by its place *and* its
image: if another copy moved it meanwhile, nothing changes, the grid is read
again and the window says so.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from ..data.errors import DataError
from ..data.mydigits import PIXELS, MyDigits, MyDigitsError
from . import theme
from .folders import MY_DIGITS_EXPORT, last_folder, remember_folder
from .launch import open_settings
from .settings import SettingsReader
from .widgets.digit_grid import DigitGridView
from .window_size import beside, on_a_screen
from .workers import user_words

#: The setting that remembers the folder of the last export (the next export starts there).
EXPORT_FOLDER = MY_DIGITS_EXPORT   # (the settings key)
#: The setting that remembers where the window was closed: its frame's corner and its size.
GEOMETRY = "myDigits/geometry"


class MyDigitsView(QWidget):
    """The saved digits of one store, one thumbnail each, with what can be done to the selected one."""

    openRequested = Signal(object)  # the (28, 28) uint8 digit to put on the Draw tab's canvas
    edited = Signal()               # a digit was relabelled or deleted, or such an edit undone

    def __init__(self, store: MyDigits | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("myDigitsView")
        self.setWindowTitle(self.tr("My digits"))
        self.store = store if store is not None else MyDigits.default()
        self._undo: list[tuple] = []  # ("relabel", index, old label, image) or ("insert", index, image, label, raw)
        self._shown_stamp = None
        self._build()
        self.resize(600, 460)  # fits beside the main window on a 1024x768 projector
        self.reload()

    def _build(self) -> None:
        self.summary = QLabel(objectName="myDigitsSummary")
        self.summary.setWordWrap(True)
        self.grid = DigitGridView()
        self.grid.setObjectName("myDigitsGrid")
        self.model = self.grid.model()
        self.grid.selectionModel().selectionChanged.connect(self._on_grid_selection_changed)
        self.grid.doubleClicked.connect(lambda _index: self.open_selected())

        labels = QHBoxLayout()
        labels.addWidget(QLabel(self.tr("Label as")))
        self.relabelButtons = []
        for digit in range(10):
            # checked: the selected drawing's label now (see _update_buttons)
            button = QPushButton(str(digit), objectName=f"relabel{digit}Button", checkable=True)
            button.setFixedWidth(32)
            button.setStyleSheet(theme.checked_style("QPushButton"))
            button.setToolTip(self.tr("Give the selected drawing the label {0} (key {0})").format(digit))
            button.clicked.connect(lambda _checked=False, d=digit: self.relabel_selected(d))
            labels.addWidget(button)
            self.relabelButtons.append(button)
            # as the keys 0-9 label a drawing on the Draw tab (rather than the grid's jump to a label)
            QShortcut(QKeySequence(str(digit)), self, lambda d=digit: self.relabel_selected(d))
        labels.addStretch(1)

        actions = QHBoxLayout()
        self.deleteButton = self._button(actions, self.tr("Delete"), "deleteButton", self.delete_selected,
                                         self.tr("Delete the selected drawing (Del); Undo brings it back"))
        self.undoButton = self._button(actions, self.tr("Undo"), "undoButton", self.undo,
                                       self.tr("Undo the last relabel or delete (Ctrl+Z)"))
        self.openButton = self._button(actions, self.tr("Open in Draw tab"), "openButton", self.open_selected,
                                       self.tr("Put the drawing on the canvas (or double-click it)"))
        actions.addStretch(1)
        self.exportButton = self._button(actions, self.tr("Export as IDX..."), "exportButton", self.export_dialog,
                                         self.tr("Write every digit as MNIST's IDX files, for other tools"))
        self.closeButton = self._button(actions, self.tr("Close"), "closeButton", self.close,
                                        self.tr("Close this window (Esc); every change is already saved"))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self, self.delete_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        self.message = QLabel(objectName="myDigitsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.MUTED};")

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.grid, 1)
        layout.addLayout(labels)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    def _button(self, row, text, name, slot, tip) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def selected(self) -> int:
        """The index of the selected drawing in the store, or -1 (a current item alone is not a choice)."""
        rows = self.grid.selectionModel().selectedIndexes()
        return self.model.sample_at(rows[0].row()) if rows else -1

    # reading ----------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Show the store as it is on disk now, keeping the selection where it can."""
        if select is None:
            select = self.selected()
        try:
            images, labels = self.store.load()
            self.summary.setText(self._summary(len(labels)))
        except MyDigitsError as exc:
            images, labels = np.zeros((0, PIXELS), np.uint8), np.zeros(0, np.uint8)
            self.summary.setText(user_words(exc))
        self._shown_stamp = self.store.stamp()
        self.model.set_samples(images, labels)
        if len(labels) and select >= 0:
            self.grid.select_row(min(select, len(labels) - 1))
        self._update_buttons()

    def _summary(self, n: int) -> str:
        """How many drawings the store holds, and where (English has a word for one and one for more)."""
        if n == 0:
            return self.tr("No drawings saved yet: draw one and press a digit key to keep it.")
        if n == 1:
            return self.tr("%n drawing saved in {0}", "", n).format(self.store.file)
        return self.tr("%n drawings saved in {0}", "", n).format(self.store.file)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and self.store.stamp() != self._shown_stamp):
            self.reload()

    # edits ------------------------------------------------------------------------------

    def relabel_selected(self, label: int) -> bool:
        done = self._relabel_selected(label)
        self._update_buttons()  # a click checks its button, done or not
        return done

    def _relabel_selected(self, label: int) -> bool:
        sample = self.selected()
        if sample < 0 or self.model.label(sample) == label:
            return False
        image, old = self.model.image(sample).copy(), self.model.label(sample)
        return self._apply(lambda: self.store.relabel(sample, label, expect=image), sample,
                           self.tr("Now labelled {0} (was {1}).").format(label, old),
                           undo=lambda _: ("relabel", sample, old, image))

    def delete_selected(self) -> bool:
        sample = self.selected()
        if sample < 0:
            return False
        image = self.model.image(sample).copy()
        return self._apply(lambda: self.store.remove(sample, expect=image), sample,
                           self.tr("Deleted. Undo brings it back."), undo=lambda removed: ("insert", sample, *removed))

    def undo(self) -> bool:
        if not self._undo:
            return False
        step = self._undo.pop()
        if step[0] == "relabel":
            _, sample, old, image = step
            return self._apply(lambda: self.store.relabel(sample, old, expect=image), sample,
                               self.tr("Undone."))
        _, sample, image, label, raw = step
        return self._apply(lambda: self.store.insert(sample, image, label, raw), sample,
                           self.tr("Undone."))

    def _apply(self, edit, select: int, done_text: str, undo=None) -> bool:
        """Run one edit of the store (``undo(result)`` is the step that reverts it); on failure
        say why and show the store as it is now."""
        try:
            result = edit()
        except (MyDigitsError, OSError) as exc:
            self._undo.clear()  # its places may no longer name the same drawings
            self.reload()
            self.message.setText(user_words(exc))
            return False
        if undo is not None:
            self._undo.append(undo(result))
        self.reload(select)
        self.message.setText(done_text)
        self.edited.emit()
        return True

    # elsewhere --------------------------------------------------------------------------

    def open_selected(self) -> bool:
        sample = self.selected()
        if sample < 0:
            return False
        self.openRequested.emit(self.model.image(sample).copy())
        return True

    def export_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export My digits as IDX files"),
                                                  str(self.export_folder()))
        if folder:
            self.export_to(folder)

    @staticmethod
    def export_folder() -> Path:
        """Where the export dialog starts: the folder of the last export, if it is still there,
        else the user's home (never the folder digitpad happens to run in)."""
        return last_folder(EXPORT_FOLDER)

    def export_to(self, folder) -> bool:
        """Write the IDX pair into ``folder``, asking before replacing an earlier export."""
        stem = "mydigits"
        existing = [name for name in (f"{stem}-images-idx3-ubyte", f"{stem}-labels-idx1-ubyte")
                    if os.path.lexists(Path(folder) / name)]  # False where we may not look: the write says why
        if existing:
            answer = QMessageBox.question(
                self, self.tr("Replace files?"),
                self.tr("{0} already exist in {1}: replace?").format(self.tr(" and ").join(existing), folder),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            images_path, labels_path = self.store.export_idx(folder, stem)
        except (DataError, OSError) as exc:
            self.message.setText(self.tr("Could not export: {0}").format(user_words(exc, one_line=True)))
            return False
        self.message.setText(self.tr("Wrote {0} and {1} in {2}.").format(images_path.name, labels_path.name, folder))
        remember_folder(EXPORT_FOLDER, folder)
        return True

    # placement --------------------------------------------------------------------------

    def place(self, main: QWidget) -> None:
        """Open where it was last closed, at that size, if that is wholly on a screen here; else
        beside ``main`` (the main window)."""
        saved = SettingsReader(open_settings()).rect(GEOMETRY)
        frame = main.frameGeometry().size() - main.geometry().size()   # this window gets the same frame
        rooms = [screen.availableGeometry() for screen in QGuiApplication.screens()]
        if saved is not None and on_a_screen(QRect(saved.topLeft(), saved.size() + frame), rooms):
            self.resize(saved.size())
            self.move(saved.topLeft())
        else:
            self.place_beside(main)

    def place_beside(self, main: QWidget) -> None:
        """Open beside ``main`` (the main window) where its screen has room, else over its middle."""
        screen = main.screen()
        if screen is None:
            return
        frame = main.frameGeometry().size() - main.geometry().size()   # this window gets the same frame
        self.move(beside(main.frameGeometry(), self.size() + frame, screen.availableGeometry()))

    def closeEvent(self, event) -> None:
        if self.isVisible():   # (the main window closes it when it closes, shown or not)
            settings = open_settings()
            settings.setValue(GEOMETRY, QRect(self.pos(), self.size()))
            settings.sync()
        super().closeEvent(event)

    # state ------------------------------------------------------------------------------

    def _on_grid_selection_changed(self, *_) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        sample = self.selected()
        selected = sample >= 0
        for button in (*self.relabelButtons, self.deleteButton, self.openButton):
            button.setEnabled(selected)
        label = self.model.label(sample) if selected else -1
        for digit, button in enumerate(self.relabelButtons):
            button.setChecked(digit == label)
        self.undoButton.setEnabled(bool(self._undo))
        self.exportButton.setEnabled(self.model.n_samples > 0)
