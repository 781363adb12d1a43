"""The Train tab: train the network from scratch in NumPy and watch it learn.

Left: the settings (``form.TrainForm``), checked by ``digitpad train``'s own
rules, so a run here is the command shown in its model card. Right: the
progress (``run.TrainingRun``, which owns the background job), the loss every
few steps and the accuracies after every epoch (``TrainingCurves``), the
first layer's weights as 28x28 pictures (``weights.WeightsPanel``), and the
result (``result.ResultPanel``): save it, or make it every tab's model.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ...data.errors import MnistNotFound
from ...models import Model
from ...nn.network import Network
from ...nn.train import PRESETS, EpochResult, TrainConfig, TrainResult
from ...training_request import RequestError
from ..model_state import ModelState, model_title
from ..settings import SettingsReader
from ..units import accuracy_text, seconds_text
from ..tab import AppTab
from ..unsaved import Unsaved
from ..widgets.side_scroll import SidePanelScroll
from ..workers import user_words
from .form import TrainForm
from .job import Outcome, Steps
from .result import ResultPanel
from .run import TrainingRun
from .training_curves import TrainingCurves
from .weights import WeightsPanel
from .words import problem_sentence


class TrainTab(AppTab):
    """Train a network on MNIST, watch it learn, save it or make it the app's model."""

    def __init__(self, state: ModelState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainTab")
        self.state = state
        self.form = TrainForm()
        self.run = TrainingRun(self)
        self.curves = TrainingCurves()
        self.weights = WeightsPanel()
        self.results = ResultPanel()
        self._build()
        self._connect()
        self._update_controls()

    def _build(self) -> None:
        settings = QWidget(objectName="trainSettings")
        settings_layout = QVBoxLayout(settings)
        settings_layout.setContentsMargins(0, 0, 0, 0)
        settings_layout.addWidget(self.form)
        settings_layout.addStretch(1)
        self.settingsScroll = scroll = SidePanelScroll(settings, "settingsScroll")
        scroll.setMaximumWidth(400)  # its least width (the form and its scroll bar) may pass it
        self._fit_settings_width()
        # the settings scroll on a small screen; Train, Pause and Stop stay in sight under them,
        # where a message about the settings appearing above them does not move them
        left = QWidget(objectName="trainLeft")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.form.settingsError)
        left_layout.addLayout(self.run.buttons)

        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        # in fixed parts of the row, not by what they say: a result arriving moves nothing
        lower_layout.addWidget(self.weights, 4)
        lower_layout.addWidget(self.results, 3)

        self.rightSplitter = QSplitter(Qt.Orientation.Vertical, objectName="rightSplitter")
        self.rightSplitter.addWidget(self.curves)
        self.rightSplitter.addWidget(lower)
        self.rightSplitter.setStretchFactor(0, 1)
        self.rightSplitter.setStretchFactor(1, 1)
        self.rightSplitter.setChildrenCollapsible(False)

        right = QVBoxLayout()
        right.addLayout(self.run.progressRow)
        right.addWidget(self.run.mnistMessage)
        right.addWidget(self.rightSplitter, 1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(left)
        outer.addLayout(right, 1)

    def _connect(self) -> None:
        self.form.changed.connect(self._update_controls)
        self.run.startButton.clicked.connect(self.start_training)
        self.run.stepsReported.connect(self._on_steps)
        self.run.epochEnded.connect(self._on_epoch)
        self.run.returned.connect(self._on_returned)
        self.run.failed.connect(self._on_failed)
        self.run.ended.connect(self._update_controls)
        self.results.useButton.clicked.connect(self.use_model)
        self.results.teachButton.clicked.connect(self.teachRequested)
        self.results.saved.connect(lambda text: self.statusMessage.emit(text, 6000))
        self.results.problem.connect(lambda title, text:
                                     self.messageRequested.emit("warning", title, text))

    def _fit_settings_width(self) -> None:
        """The recipe box as wide as the longest recipe's name needs at the current font (zoom);
        the settings panel follows it (SidePanelScroll), no narrower than 300 px."""
        self.form.fit_preset_width()
        scroll = self.settingsScroll
        scroll.widget().setMinimumWidth(300 - scroll.verticalScrollBar().sizeHint().width())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_settings_width()

    # the form -----------------------------------------------------------------------------

    def presets(self) -> list[str]:
        return self.form.presets()

    def preset(self) -> str:
        return self.form.preset()

    def is_custom(self) -> bool:
        return self.form.is_custom()

    def apply_preset(self, name: str) -> None:
        self.form.apply_preset(name)

    def config(self) -> TrainConfig | None:
        return self.form.config()

    def settings_problem(self) -> str | None:
        return self.form.settings_problem()

    # running ------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.run.is_running()

    def is_paused(self) -> bool:
        return self.run.is_paused()

    def steps_done(self) -> int:
        return self.run.steps_done()

    def pause(self) -> None:
        self.run.pause()

    def resume(self) -> None:
        self.run.resume()

    def stop(self) -> None:
        self.run.stop()

    def start_training(self) -> bool:
        """Start training with the form's settings; False (and the reason shown) if they are wrong."""
        plan, problem = self.form.check()
        if plan is None:
            self.form.show_problem(problem)
            self.statusMessage.emit(self.tr("Not started: {0}").format(problem), 6000)
            return False
        if self.is_running():
            return False
        self.results.set_aside(plan)
        teacher = plan.config.teacher
        # one x axis for both: the teacher's epochs and the network's each count from 0
        self.curves.clear(max(plan.config.epochs, teacher.epochs if teacher else 0))
        self.weights.start(plan.config)
        self.run.start(plan.config, plan.limit, self.state.mnist_paths())
        self._update_controls()
        return True

    def _on_steps(self, m: Steps) -> None:
        if m.points:
            xs, ys = zip(*m.points)
            self.curves.add_losses(xs, ys)
        if m.teacher_points:
            xs, ys = zip(*m.teacher_points)
            self.curves.add_losses(xs, ys, teacher=True)

    def _on_epoch(self, result: EpochResult) -> None:
        self.curves.add_epoch(result.epoch, result.train_accuracy, result.validation_accuracy,
                              result.eval_accuracy)
        if result.network is not None:
            self.weights.show_weights(result.network.weights[0])
        numbers = (result.epoch, result.epochs, accuracy_text(result.train_accuracy))
        if result.eval_accuracy is None:
            text = self.tr("Epoch {0}/{1}: train {2} ({3})").format(*numbers, seconds_text(result.seconds))
        else:
            text = self.tr("Epoch {0}/{1}: train {2}, test {3} ({4})").format(
                *numbers, accuracy_text(result.eval_accuracy), seconds_text(result.seconds))
        self.statusMessage.emit(text, 4000)

    def _on_returned(self, outcome: Outcome) -> None:
        result = outcome.result
        if result.stopped_partway:   # the weights kept were measured where the run stopped
            x = result.epochs_completed + result.steps_into_epoch / result.steps_per_epoch
            self.curves.add_epoch(x, None, result.validation_accuracy, result.eval_accuracy)
        self.weights.show_weights(outcome.result.network.weights[0])
        self.results.show_outcome(outcome, self.run.untaught(outcome.result))
        self._update_controls()

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, MnistNotFound):   # MNIST missing is explained beside the progress
            words = problem_sentence(exc) if isinstance(exc, RequestError) else user_words(exc)
            self.messageRequested.emit("warning", self.tr("Training failed"), words)
        self.results.bring_back_previous()
        self._update_controls()

    def _update_controls(self, *_) -> None:
        self.run.update_buttons(self.form.plan is not None)
        outcome = self.results.outcome
        self.results.update_buttons(outcome is not None and not self.run.untaught(outcome.result))

    # results ------------------------------------------------------------------------------

    def result(self) -> TrainResult | None:
        return self.results.outcome.result if self.results.outcome is not None else None

    def network(self) -> Network | None:
        result = self.result()
        return result.network if result is not None else None

    def model(self) -> Model | None:
        return self.results.model()

    def use_model(self) -> bool:
        model = self.model()
        if model is None:
            return False
        self.state.set_model(model)
        self.statusMessage.emit(self.tr("Every tab now uses {0}").format(model_title(model)), 5000)
        return True

    def save_to(self, path):
        return self.results.save_to(path)

    def show_lesson(self, lesson) -> None:
        """The fine-tune on My digits asked for here, as it goes: shown in the Result box."""
        self.results.show_lesson(lesson)

    # window hooks -------------------------------------------------------------------------

    def unsaved_work(self) -> Unsaved | None:
        """A run still training, or a network trained here and not saved: closing would lose it.
        (A network made the app's model is lost too: only a saved one can be opened again.)"""
        if self.is_running():
            return Unsaved(("training",), self.tr("Training is running"),
                           self.tr("A network is still training on the Train tab. Closing digitpad "
                                   "stops it, and what it has learned is lost."),
                           discard=self.tr("Stop training and close"))
        outcome = self.results.outcome
        if outcome is None or self.results.saved_path is not None or self.run.untaught(outcome.result):
            return None
        result = outcome.result
        what = "-".join(map(str, result.network.sizes))
        if result.eval_accuracy is not None:
            what = self.tr("{0}, test accuracy {1}").format(what, accuracy_text(result.eval_accuracy))
        return Unsaved(("trained", id(outcome)), self.tr("Save the trained network?"),
                       self.tr("The network you trained on the Train tab ({0}) is not saved: "
                               "closing digitpad without saving it loses it.").format(what),
                       save=self.results.save_dialog)

    def shutdown(self, timeout: float = 5.0) -> bool:
        return self.run.shutdown(timeout)

    def restore_settings(self, settings: QSettings) -> list[str]:
        """Apply the saved preset and form; returns the keys whose values were refused."""
        saved = SettingsReader(settings)
        self.form.restore(saved.choice("preset", self.form.preset(), PRESETS), saved.group("form"))
        return saved.rejected

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("preset", self.form.preset())
        settings.setValue("form", json.dumps(self.form.values()))
