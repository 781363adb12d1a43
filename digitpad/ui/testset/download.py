"""The page shown while MNIST is not on the computer: download it, or choose a folder that has it.

The download runs on the tab's data runner (so a new load replaces it, as one
job per tab at a time); every file is checked against its published checksum
and nothing half-written is kept. When it has finished, ``downloaded(folder)``
tells the tab where the files are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ...data.mnist import FILES, MIRRORS, default_mnist_dir
from .. import theme
from ..i18n import translate
from ..workers import BarProgress, JobRunner, user_words
from .jobs import download_job

#: what the download panel says first when no mirror could be reached
OFFLINE_TEXT = QT_TRANSLATE_NOOP("DownloadPanel",
                                "There is no connection to the download sites, so MNIST cannot be downloaded "
                                "now: choose a folder that holds the four MNIST files instead (Choose folder...).")


def _mib(n_bytes: int) -> str:
    if n_bytes >= 1 << 20:
        return translate("DownloadPanel", "{0} MB").format(f"{n_bytes / (1 << 20):.0f}")
    return translate("DownloadPanel", "{0} kB").format(max(1, round(n_bytes / 1024)))


class DownloadPanel(QWidget):
    """Download MNIST or choose its folder; says what went wrong when neither worked."""

    downloadRequested = Signal()          # the Download button: the tab starts it with its mirrors
    chooseFolderRequested = Signal()
    downloaded = Signal(str)              # the folder the checked files are in
    statusMessage = Signal(str, int)
    messageRequested = Signal(str, str, str)

    def __init__(self, runner: JobRunner, parent: QWidget | None = None):
        super().__init__(parent, objectName="mnistMissingPage")
        self._runner = runner
        self._build()
        self.downloadButton.clicked.connect(self.downloadRequested)
        self.missingChooseButton.clicked.connect(self.chooseFolderRequested)
        self.cancelDownloadButton.clicked.connect(self.cancel_download)
        self.downloadDetailsButton.toggled.connect(self.downloadDetails.setVisible)

    def _build(self) -> None:
        panel = QFrame(objectName="mnistMissing")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setStyleSheet(f"QFrame#mnistMissing {{ background: {theme.PANEL}; border-radius: 8px; }}")
        panel.setMaximumWidth(640)
        self.missingTitle = title = QLabel(self.tr("MNIST is not on this computer yet"), objectName="missingTitle")
        font = QFont()
        font.setPointSizeF(15)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        text = QLabel(self.tr("This tab runs the network over MNIST's handwritten digits: 10,000 in the test "
                              "set, 60,000 in the training set. Download the four files (each is checked "
                              "against its published checksum), or choose a folder that already has them: "
                              "the four IDX files, gzipped or not, or Keras's mnist.npz."))
        text.setWordWrap(True)
        self.missingProblem = QLabel(objectName="missingProblem")
        self.missingProblem.setWordWrap(True)
        self.missingProblem.setStyleSheet(f"color: {theme.BAD};")
        self.missingProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missingProblem.hide()
        self.downloadDetailsButton = QPushButton(self.tr("Details"), objectName="downloadDetailsButton")
        self.downloadDetailsButton.setCheckable(True)
        self.downloadDetailsButton.hide()
        self.downloadDetails = _muted(QLabel(objectName="downloadDetails"))
        self.downloadDetails.hide()
        self.downloadButton = QPushButton(objectName="downloadButton")
        self.downloadButton.setDefault(True)
        self.missingChooseButton = QPushButton(self.tr("Choose folder..."), objectName="missingChooseButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.downloadButton)
        buttons.addWidget(self.missingChooseButton)
        buttons.addStretch(1)
        self.downloadProgress = QProgressBar(objectName="downloadProgress")
        self.downloadProgress.setTextVisible(True)
        self._bar = BarProgress(self.downloadProgress)
        self.cancelDownloadButton = QPushButton(self.tr("Cancel"), objectName="cancelDownloadButton")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.downloadProgress, 1)
        progress_row.addWidget(self.cancelDownloadButton)
        self.downloadRow = QWidget(objectName="downloadRow")
        self.downloadRow.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.downloadRow.hide()
        self.downloadWhere = _muted(QLabel(objectName="downloadWhere"))
        hint = QLabel(self.tr("Or pick My digits above to evaluate the digits you drew and saved."))
        hint.setStyleSheet(f"color: {theme.MUTED};")

        inner = QVBoxLayout(panel)
        inner.setContentsMargins(22, 18, 22, 18)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(text)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.missingProblem, 1)
        problem_row.addWidget(self.downloadDetailsButton, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(problem_row)
        inner.addWidget(self.downloadDetails)
        inner.addLayout(buttons)
        inner.addWidget(self.downloadRow)
        inner.addWidget(self.downloadWhere)
        inner.addWidget(hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_problem(self, problem: str | None, mirrors, files, found: bool = False) -> None:
        """Say why MNIST cannot be used (None: it simply is not here) and what a download would fetch;
        ``found``: its files are here but cannot be read (the heading says so, not that it is missing)."""
        self.missingTitle.setText(self.tr("MNIST's files are here, but they cannot be read") if found
                                  else self.tr("MNIST is not on this computer yet"))
        self._hide_details()
        self.missingProblem.setVisible(bool(problem))
        self.missingProblem.setText(problem or "")
        files = files if files is not None else FILES
        size = sum(spec.size or 0 for spec in files)
        self.downloadButton.setText(self.tr("Download MNIST (about {0})").format(_mib(size)))
        mirrors = mirrors if mirrors is not None else MIRRORS
        self.downloadButton.setToolTip(self.tr("From, in turn: {0}").format(", ".join(mirrors)))
        self.downloadWhere.setText(self.tr("Downloads go to {0}").format(default_mnist_dir()))

    def start_download(self, mirrors, files, timeout: float) -> None:
        """Download MNIST into the user's data folder in the background (``mirrors`` None: the usual ones)."""
        target = str(default_mnist_dir())
        self.missingProblem.hide()
        self._hide_details()
        self.downloadRow.show()
        self._bar.reset(self.tr("Connecting..."))
        self.downloadButton.setEnabled(False)
        self.missingChooseButton.setEnabled(False)
        self._runner.start(download_job, target, None if mirrors is None else list(mirrors), files, timeout,
                           progress=self._on_download_progress,
                           returned=self._on_download_returned,
                           errored=self._on_download_errored)

    def cancel_download(self) -> None:
        self._runner.cancel()
        self._end_download()
        self.statusMessage.emit(self.tr("Download cancelled; nothing half-written was kept."), 5000)

    def _hide_details(self) -> None:
        self.downloadDetailsButton.setChecked(False)
        self.downloadDetailsButton.hide()

    def _end_download(self) -> None:
        self.downloadRow.hide()
        self.downloadButton.setEnabled(True)
        self.missingChooseButton.setEnabled(True)

    def _on_download_progress(self, value) -> None:
        done, total, name = value
        if total:
            self._bar.show(done / total, self.tr("{0}  ·  {1} of {2} MB").format(
                name, f"{done / 2**20:.1f}", f"{total / 2**20:.1f}"))
        else:
            self._bar.busy(self.tr("{0}  ·  {1} MB").format(name, f"{done / 2**20:.1f}"))

    def _on_download_returned(self, folder: str) -> None:
        self._bar.reset()
        self._end_download()
        self.statusMessage.emit(self.tr("MNIST downloaded and checked, in {0}").format(folder), 6000)
        self.downloaded.emit(folder)

    def _on_download_errored(self, exc: BaseException) -> None:
        self._bar.reset()
        self._end_download()
        text = user_words(exc)
        if getattr(exc, "unreachable", False):   # offline: what each mirror said helps nobody first
            headline = translate("DownloadPanel", OFFLINE_TEXT)
            self.downloadDetails.setText("\n".join(exc.failures) or text)
            self.downloadDetailsButton.setChecked(False)
            self.downloadDetailsButton.show()
        else:
            headline = self.tr("The download failed. {0}").format(text)
        self.missingProblem.setText(headline)
        self.missingProblem.show()
        self.messageRequested.emit("error", self.tr("MNIST could not be downloaded"), headline)


def _muted(label: QLabel) -> QLabel:
    """A wrapping, selectable label in the muted colour: paths and details the user may copy."""
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.MUTED};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
