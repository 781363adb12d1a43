"""The Train tab's run: the background job, its Train/Pause/Stop buttons, and what it says.

``TrainingRun`` starts the job (``job.train_job``), steers it (pause holds
it inside a step, stop ends it after one and keeps what was learned) and
turns its messages into the progress bar and line. Loss points, epochs and
the outcome go on as signals to the panels that show them.
"""

from __future__ import annotations

import math
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...data.errors import MnistNotFound, found_but_unreadable
from ...nn.train import EpochResult, TrainResult
from .. import theme
from ..i18n import translate
from ..tab import shut_down
from ..units import seconds_text
from ..widgets.elided_label import ElidedLabel
from ..workers import BarProgress, JobRunner
from .job import REPORT_INTERVAL, Loaded, Outcome, Paused, Steps, train_job

MNIST_MISSING = QT_TRANSLATE_NOOP(
    "TrainingRun", "MNIST is not on this computer yet, and training needs it. Download it from "
    "the Test set tab (about 11 MB), or run <code>digitpad mnist fetch</code> in a terminal, then "
    "press Train again.")
MNIST_UNREADABLE = QT_TRANSLATE_NOOP(
    "TrainingRun", "MNIST's files are here, but they cannot be read, and training needs them. The "
    "Test set tab (or <code>digitpad mnist verify</code>) checks them; download them again from the "
    "Test set tab (about 11 MB), or run <code>digitpad mnist fetch</code> in a terminal, then press "
    "Train again.")


class TrainingRun(QObject):
    """One training job at a time, its buttons, its progress bar and line, the MNIST message."""

    stepsReported = Signal(object)   # Steps: new loss points
    epochEnded = Signal(object)      # EpochResult
    returned = Signal(object)        # Outcome: finished or stopped
    failed = Signal(object)          # the exception; MNIST missing is already shown here
    ended = Signal()                 # after returned or failed: the buttons follow

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._runner = JobRunner(self)
        self._stop: threading.Event | None = None   # set by Stop: the run ends and keeps what it learned
        self._paused = False
        self._steps_done = 0
        self._total_steps = 0
        self._teacher_steps = 0
        self._build()

    def _build(self) -> None:
        self.startButton = QPushButton(self.tr("Train"), objectName="startButton")
        self.startButton.setToolTip(self.tr("Train a new network from random weights with these "
                                            "settings"))
        self.pauseButton = QPushButton(self.tr("Pause"), objectName="pauseButton")
        self.pauseButton.clicked.connect(self._on_pause_clicked)
        self.stopButton = QPushButton(self.tr("Stop"), objectName="stopButton")
        self.stopButton.setToolTip(self.tr("End training now and keep the network as trained so far"))
        self.stopButton.clicked.connect(self.stop)
        self.buttons = QHBoxLayout()
        for b in (self.startButton, self.pauseButton, self.stopButton):
            self.buttons.addWidget(b)

        self.mnistMessage = QLabel(objectName="mnistMessage")   # its words when it shows
        self.mnistMessage.setWordWrap(True)
        self.mnistMessage.setTextFormat(Qt.TextFormat.RichText)
        self.mnistMessage.setStyleSheet(f"QLabel#mnistMessage {{ background: {theme.PANEL}; "
                                        f"border-left: 3px solid {theme.ACCENT}; padding: 8px; }}")
        self.mnistMessage.hide()
        self.progressBar = QProgressBar(objectName="trainProgress")
        self.progressBar.setTextVisible(False)
        self._bar = BarProgress(self.progressBar)
        # the bar and the line share the row in fixed parts: a longer line ("Stopped in epoch 4
        # of 5, after ...", or Korean) ends in "..." (the whole in its tooltip) rather than
        # shortening the bar
        self.progressLabel = ElidedLabel(self.tr("Choose a preset and press Train."),
                                         "progressLabel", mode=Qt.TextElideMode.ElideRight)
        self.progressLabel.setMinimumWidth(320)
        self.progressRow = QHBoxLayout()
        self.progressRow.addWidget(self.progressBar, 4)
        self.progressRow.addWidget(self.progressLabel, 5)

    # state --------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._runner.is_busy()

    def is_paused(self) -> bool:
        return self._paused

    def steps_done(self) -> int:
        return self._steps_done

    def untaught(self, result: TrainResult) -> bool:
        """Stopped while the teacher trained: the network still has its random start."""
        return (result.stopped and result.epochs_completed == 0 and result.config.teacher is not None
                and self._steps_done <= self._teacher_steps)

    def update_buttons(self, can_start: bool) -> None:
        running = self.is_running()
        stopping = running and self._stop is not None and self._stop.is_set()
        self.startButton.setEnabled(not running and can_start)
        self.pauseButton.setEnabled(running and not stopping)
        self.stopButton.setEnabled(running and not stopping)
        if not running:
            self.pauseButton.setText(self.tr("Pause"))

    # steering -----------------------------------------------------------------------------

    def start(self, config, limit: int | None, mnist_paths) -> None:
        self._stop = threading.Event()
        self._paused = False
        self._steps_done = self._total_steps = self._teacher_steps = 0
        self.mnistMessage.hide()
        self._bar.reset()
        self.progressLabel.setText(self.tr("Loading MNIST..."))
        self._runner.start(train_job, config, limit, mnist_paths, self._stop, REPORT_INTERVAL,
                           returned=self._on_returned, errored=self._on_errored,
                           progress=self._on_progress, finished=self.ended.emit)

    def pause(self) -> None:
        if self.is_running():
            self._runner.pause()
            self.pauseButton.setText(self.tr("Resume"))
            self.progressLabel.setText(self.tr("{0}  (pausing...)").format(self.progressLabel.text()))

    def resume(self) -> None:
        if self._stop is not None:
            self._runner.resume()
            self.pauseButton.setText(self.tr("Pause"))

    def stop(self) -> None:
        """End the run after the current step; what was trained so far comes back as the result."""
        if self._stop is not None and self.is_running():
            self._stop.set()
            self._runner.resume()   # a paused run wakes up to stop
            self.pauseButton.setText(self.tr("Pause"))
            self.progressLabel.setText(self.tr("Stopping..."))
            self.stopButton.setEnabled(False)

    def shutdown(self, timeout: float) -> bool:
        """Stop a run (a held one wakes up to stop) and wait for the job; False if it did not end."""
        if self._stop is not None:
            self._stop.set()
        return shut_down((self._runner,), timeout)

    def _on_pause_clicked(self) -> None:
        if self._runner.is_paused():
            self.resume()
        else:
            self.pause()

    # the job's messages -------------------------------------------------------------------

    def _on_progress(self, message) -> None:
        if isinstance(message, Loaded):
            self._total_steps, self._teacher_steps = message.total_steps, message.teacher_steps
            self.progressLabel.setText(
                self.tr("Training on {0} images ({1} held out to validate)")
                .format(f"{message.training_images:,}", f"{message.validation_images:,}"))
        elif isinstance(message, Steps):
            self._on_steps(message)
            self.stepsReported.emit(message)
        elif isinstance(message, EpochResult):
            self.epochEnded.emit(message)
        elif isinstance(message, Paused):
            self._paused = message.paused
            self.pauseButton.setText(self.tr("Resume") if message.paused else self.tr("Pause"))
            if message.paused:
                self.progressLabel.setText(self.tr("Paused at step {0} of {1}").format(
                    f"{message.position:,}", f"{self._total_steps:,}"))

    def _on_steps(self, m: Steps) -> None:
        self._steps_done = m.position
        fraction = m.position / max(m.total, 1)
        self._bar.show(fraction)
        last = m.last
        left = m.seconds * (1 - fraction) / fraction if fraction > 0 else float("nan")
        where = (self.tr("Teacher {0}/{1}, step {2}/{3}, loss {4}") if last.phase == "teacher"
                 else self.tr("Epoch {0}/{1}, step {2}/{3}, loss {4}")).format(
            last.epoch, last.epochs, last.step, last.steps_per_epoch, f"{last.loss:.4f}")
        if math.isfinite(left):
            where = self.tr("{0}, about {1} left").format(where, seconds_text(left))
        self.progressLabel.setText(where)

    def _on_returned(self, outcome: Outcome) -> None:
        self._paused = False
        result = outcome.result
        if not result.stopped:
            self._bar.done()
        if result.stopped_partway:
            text = self.tr("Stopped in epoch {0} of {1}, after {2} of its {3} steps").format(
                result.epochs_completed + 1, result.config.epochs,
                f"{result.steps_into_epoch:,}", f"{result.steps_per_epoch:,}")
        elif result.stopped:
            text = self.tr("Stopped after {0} of {1} epochs").format(result.epochs_completed,
                                                                     result.config.epochs)
        else:
            text = self.tr("Done: %n epoch(s) in {0}", "", result.epochs_completed).format(
                seconds_text(result.seconds))
        self.progressLabel.setText(text)
        self.returned.emit(outcome)

    def _on_errored(self, exc: BaseException) -> None:
        self._paused = False
        self._bar.reset()
        if isinstance(exc, MnistNotFound):
            self.mnistMessage.setText(translate("TrainingRun", MNIST_UNREADABLE if found_but_unreadable(exc)
                                                else MNIST_MISSING))
            self.mnistMessage.show()
            self.progressLabel.setText(self._missing_headline(exc))
        else:
            self.progressLabel.setText(self.tr("Training stopped with an error"))
        self.failed.emit(exc)

    def _missing_headline(self, exc: MnistNotFound) -> str:
        """``exc.headline`` in the user's language (the copies' problems stay the loader's words)."""
        if exc.unusable:
            return self.tr("MNIST was found but cannot be used: {0}").format("; ".join(exc.unusable))
        return self.tr("MNIST was not found on this computer")
