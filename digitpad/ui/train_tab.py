"""The Train tab: train the network from scratch in NumPy and watch it learn.

Left: the settings (a preset fills them; changing one makes the run
"custom"), checked by ``digitpad train``'s own rules, so a run here is the
command shown in its model card. Right: the progress, the loss every few
steps and the accuracies after every epoch, and the first layer's weights as
28x28 pictures, one per hidden neuron, redrawn after every epoch.

Training runs in a background job (MNIST is loaded there too). The job
reports at most ``1 / REPORT_INTERVAL`` times a second, carrying every loss
point since the last report. Pause blocks the job inside its step callback
on a ``threading.Event``; Stop makes ``should_stop`` answer True, and the
network trained so far comes back like a finished one: it can be saved
(.npz and its model card beside it) or used by every tab at once.
"""

from __future__ import annotations

import json
import math
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QSpinBox, QSplitter, QStyle,
                               QStyleOptionComboBox, QVBoxLayout, QWidget)

from ..errors import ConfigError, UsageError
from ..training_request import SCALARS, build_config, command_line
from ..data.errors import MnistNotFound
from ..data.mnist import load_mnist
from .. import models
from ..models import Model
from ..nn.network import Network
from ..nn.train import (HIDDEN_ACTIVATIONS, LOSSES, OPTIMIZERS, PRESETS, SCHEDULES,
                        SHIPPED_AUGMENT, EpochResult, StepProgress, TrainConfig, TrainResult,
                        initial_network, train)
from . import theme
from .model_state import ModelState, find_mnist_in
from .units import seconds_text
from .widgets.side_scroll import SidePanelScroll
from .widgets.training_curves import TrainingCurves
from .widgets.weight_images import WeightImages
from .settings import SettingsReader
from .tab import AppTab
from .workers import BarProgress, JobRunner, user_words

REPORT_EVERY = 5            # steps between the trainer's callbacks (how soon a pause takes hold)
REPORT_INTERVAL = 0.05      # seconds between reports to the window: at most 20 a second

#: preset name -> what the combo box says, in the order shown
PRESET_TITLES = {
    "keras": "The book's network, Keras-style (MSE, Adam, 20 epochs)",
    "shipped": "Our shipped recipe",
    "quick": "Quick look (Adam, 5 epochs)",
    "sgd": "SGD with momentum (20 epochs)",
}
CUSTOM = "custom"
NO_RESULT = "No network trained yet."
TRAINING_NOW = "Training a new network: its result appears here when the run ends."

MNIST_MISSING = ("MNIST is not on this computer yet, and training needs it. Download it from "
                 "the Test set tab (about 11 MB), or run <code>digitpad mnist fetch</code> in a "
                 "terminal, then press Train again.")


# --------------------------------------------------------------------------- background work
# Plain data in and out: no widgets on the pool thread.

@dataclass(frozen=True)
class Loaded:
    """MNIST is in memory: how many images train and validate, and the steps ahead."""

    where: str
    training_images: int
    validation_images: int
    total_steps: int
    teacher_steps: int


@dataclass(frozen=True)
class Steps:
    """Loss points since the last report, and where training is now."""

    points: list            # [(fractional epoch, loss)]
    teacher_points: list
    last: StepProgress
    position: int           # steps done, the teacher's included
    total: int
    seconds: float          # time spent training so far, pauses left out


@dataclass(frozen=True)
class Paused:
    paused: bool
    position: int


@dataclass(frozen=True)
class Outcome:
    """What a finished (or stopped) run hands back."""

    result: TrainResult
    training_images: int
    where: str


class _Reporter:
    """The trainer's callbacks on the job's side: throttled reports, pause, stop, the window's turn.

    ``stop`` is set when the user presses Stop: the run ends after this step
    and what was trained comes back (a cancel drops it)."""

    def __init__(self, job, stop: threading.Event, total: int, teacher_steps: int,
                 interval: float):
        self.job, self.stop = job, stop
        self.total, self.teacher_steps, self.interval = total, teacher_steps, interval
        self.points: list = []
        self.teacher_points: list = []
        self.last: StepProgress | None = None
        self.position = 0
        self.start = time.perf_counter()
        self.paused_for = 0.0
        self.sent = self.start

    def seconds(self) -> float:
        return time.perf_counter() - self.start - self.paused_for

    def should_stop(self) -> bool:
        return self.stop.is_set() or self.job.cancelled

    def step(self, progress: StepProgress) -> None:
        x = progress.epoch - 1 + progress.step / progress.steps_per_epoch
        position = (progress.epoch - 1) * progress.steps_per_epoch + progress.step
        if progress.phase == "teacher":
            self.teacher_points.append((x, progress.loss))
        else:
            self.points.append((x, progress.loss))
            position += self.teacher_steps
        self.last, self.position = progress, position
        now = time.perf_counter()
        if now - self.sent >= self.interval:
            self.flush()
        self.job.give_way()
        if self.job.paused:
            self._hold()

    def _hold(self) -> None:
        self.flush()
        self.job.progress(Paused(True, self.position))
        self.paused_for += self.job.hold()
        self.job.progress(Paused(False, self.position))

    def epoch(self, result: EpochResult) -> None:
        self.flush()
        self.job.progress(result)

    def flush(self) -> None:
        if self.last is None or not (self.points or self.teacher_points):
            return
        self.job.progress(Steps(self.points, self.teacher_points, self.last, self.position,
                                self.total, self.seconds()))
        self.points, self.teacher_points = [], []
        self.sent = time.perf_counter()


def steps_in(config: TrainConfig, n_fit: int) -> tuple[int, int]:
    """(all steps, the teacher's steps) of a run on n_fit images."""
    student = config.epochs * -(-n_fit // config.batch_size)
    teacher = 0
    if config.teacher is not None:
        teacher = config.teacher.epochs * -(-n_fit // config.teacher.batch_size)
    return student + teacher, teacher


def _train_job(job, config: TrainConfig, limit: int | None, mnist_paths, stop: threading.Event,
               interval: float) -> Outcome:
    location = find_mnist_in(mnist_paths)
    X_train, y_train = load_mnist("train", location.path)
    X_test, y_test = load_mnist("test", location.path)
    job.check()
    if limit is not None:
        X_train, y_train = X_train[:limit], y_train[:limit]
    if config.validation_size >= len(y_train):
        raise ConfigError(f"cannot hold out {config.validation_size} validation images from "
                         f"{len(y_train)}: use more training images")
    n_fit = len(y_train) - config.validation_size
    total, teacher_steps = steps_in(config, n_fit)
    job.progress(Loaded(str(location.path), n_fit, config.validation_size, total, teacher_steps))
    reporter = _Reporter(job, stop, total, teacher_steps, interval)
    result = train(config, X_train, y_train, X_test, y_test, on_step=reporter.step,
                   on_epoch=reporter.epoch, should_stop=reporter.should_stop,
                   report_every=REPORT_EVERY)
    reporter.flush()
    return Outcome(result, n_fit, str(location.path))


# --------------------------------------------------------------------------- settings

@dataclass
class RunPlan:
    """A checked request: the config, and the command line that reproduces it."""

    config: TrainConfig
    preset: str
    limit: int | None
    args: SimpleNamespace
    custom: bool
    reproducible: bool = True
    changed: list = field(default_factory=list)


def model_card(outcome: Outcome, plan: RunPlan, out: Path | None) -> dict:
    """The same card ``digitpad train`` writes beside its weights (sha256 only for a file)."""
    args = SimpleNamespace(**vars(plan.args))
    args.out = str(out.name) if out is not None else "trained.npz"
    extra = {"stopped_early": outcome.result.stopped}
    if not plan.reproducible:
        extra["note"] = ("trained in the app with distortions the preset does not use; "
                         "`digitpad train` has no option for that")
    return models.model_card(outcome.result, name=out.stem if out is not None else "trained in digitpad",
                             command=command_line(args) if plan.reproducible else None,
                             preset=plan.preset, training_images=outcome.training_images,
                             weights_path=out, **extra)


def _strip_flag(text: str) -> str:
    """'--limit: must be at least 2, got 1' -> 'must be at least 2, got 1'."""
    if text.startswith("--") and ": " in text:
        return text.split(": ", 1)[1]
    return text


# --------------------------------------------------------------------------- the tab

class TrainTab(AppTab):
    """Train a network on MNIST, watch it learn, save it or make it the app's model."""

    def __init__(self, state: ModelState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainTab")
        self.state = state
        self._runner = JobRunner(self)
        self._stop: threading.Event | None = None   # set by Stop: the run ends and keeps what it learned
        self._plan: RunPlan | None = None
        self._running_plan: RunPlan | None = None
        self._outcome: Outcome | None = None
        self._previous: tuple | None = None    # the last result, set aside while a new run trains
        self._saved_path: Path | None = None
        self._base = "quick"
        self._filling = False
        self._steps_done = 0
        self._total_steps = 0
        self._teacher_steps = 0
        self._paused = False
        self._latest_epoch: EpochResult | None = None
        self._W1: np.ndarray | None = None        # the first layer's weights shown last
        self._W1_start: np.ndarray | None = None  # ... and where the run started them
        self._build()
        self.apply_preset(self._base)
        self._update_controls()

    # layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        settings = QGroupBox("Settings", objectName="settingsBox")
        form = QFormLayout(settings)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)

        self.presetCombo = QComboBox(objectName="presetCombo")
        for name, title in PRESET_TITLES.items():
            if name in PRESETS:
                self.presetCombo.addItem(title, name)
                self.presetCombo.setItemData(self.presetCombo.count() - 1,
                                             PRESETS[name].description, Qt.ItemDataRole.ToolTipRole)
        for name, preset in PRESETS.items():   # any preset added later shows up too
            if name not in PRESET_TITLES:
                self.presetCombo.addItem(preset.description, name)
        self.presetCombo.addItem("Custom", CUSTOM)
        self.presetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.presetCombo.setMinimumContentsLength(16)
        self.presetCombo.currentIndexChanged.connect(self._on_preset_combo_changed)
        # the recipes' names are long: the box gets the panel's whole width, the list what it needs
        self.presetCombo.view().setMinimumWidth(self.presetCombo.view().sizeHintForColumn(0) + 24)
        form.addRow(QLabel("Preset"))
        form.addRow(self.presetCombo)
        self.presetDescription = QLabel(objectName="presetDescription")
        self.presetDescription.setWordWrap(True)
        self.presetDescription.setStyleSheet(f"color: {theme.MUTED};")
        form.addRow(self.presetDescription)

        self.hiddenEdit = QLineEdit(objectName="hiddenEdit")
        self.hiddenEdit.setToolTip("Hidden layer sizes, first to last, e.g. 50,100 (the book's)")
        form.addRow("Hidden layers", self.hiddenEdit)
        self.activationCombo = QComboBox(objectName="activationCombo")
        self.activationCombo.addItems(list(HIDDEN_ACTIVATIONS))
        form.addRow("Activation", self.activationCombo)
        self.lossCombo = QComboBox(objectName="lossCombo")
        for name in LOSSES:
            self.lossCombo.addItem({"cross-entropy": "cross-entropy", "mse": "mean squared error"}
                                   .get(name, name), name)
        form.addRow("Loss", self.lossCombo)
        self.optimizerCombo = QComboBox(objectName="optimizerCombo")
        for name in OPTIMIZERS:
            self.optimizerCombo.addItem({"adam": "Adam", "sgd": "SGD with momentum"}.get(name, name),
                                        name)
        form.addRow("Optimizer", self.optimizerCombo)
        self.lrEdit = QLineEdit(objectName="lrEdit")
        self.lrEdit.setToolTip("The peak learning rate, e.g. 0.001 or 1e-3")
        form.addRow("Learning rate", self.lrEdit)
        self.momentumSpin = QDoubleSpinBox(objectName="momentumSpin")
        self.momentumSpin.setRange(0.0, 0.999)
        self.momentumSpin.setDecimals(3)
        self.momentumSpin.setSingleStep(0.05)
        form.addRow("Momentum", self.momentumSpin)
        self.scheduleCombo = QComboBox(objectName="scheduleCombo")
        self.scheduleCombo.addItems(list(SCHEDULES))
        self.scheduleCombo.setToolTip("constant; cosine: down to 0 by the end; step: x0.1 every "
                                      "few epochs")
        form.addRow("Schedule", self.scheduleCombo)
        self.batchSpin = QSpinBox(objectName="batchSpin")
        self.batchSpin.setRange(1, 60000)
        form.addRow("Batch size", self.batchSpin)
        self.epochsSpin = QSpinBox(objectName="epochsSpin")
        self.epochsSpin.setRange(1, 1000)
        form.addRow("Epochs", self.epochsSpin)
        self.augmentCheck = QCheckBox("Distorted digits", objectName="augmentCheck")
        self.augmentCheck.setToolTip("Rotate, scale, shear, shift, thicken and wobble the "
                                     "training images, so the network reads digits drawn by hand")
        form.addRow("Augment", self.augmentCheck)
        self.teacherCheck = QCheckBox("Learn from a teacher network", objectName="teacherCheck")
        self.teacherCheck.setToolTip("Train a bigger network first and mix its answers into the "
                                     "targets (only the shipped recipe has one)")
        form.addRow("Teacher", self.teacherCheck)
        self.seedSpin = QSpinBox(objectName="seedSpin")
        self.seedSpin.setRange(0, 2 ** 31 - 1)
        form.addRow("Seed", self.seedSpin)
        self.limitSpin = QSpinBox(objectName="limitSpin")
        self.limitSpin.setRange(0, 60000)
        self.limitSpin.setSingleStep(1000)
        self.limitSpin.setSpecialValueText("all 60,000")
        self.limitSpin.setToolTip("Use only the first N training images, for a quick run "
                                  "(a tenth of them, at most 5,000, are held out to validate)")
        form.addRow("Training images", self.limitSpin)

        self.settingsError = QLabel(objectName="settingsError")
        self.settingsError.setWordWrap(True)
        self.settingsError.setStyleSheet(f"color: {theme.NAIVE_ACCENT};")
        self.settingsError.hide()

        for widget in (self.hiddenEdit, self.lrEdit):
            widget.textEdited.connect(self._on_field_changed)
        for widget in (self.activationCombo, self.lossCombo, self.optimizerCombo, self.scheduleCombo):
            widget.currentIndexChanged.connect(self._on_field_changed)
        for widget in (self.momentumSpin, self.batchSpin, self.epochsSpin, self.seedSpin,
                       self.limitSpin):
            widget.valueChanged.connect(self._on_field_changed)
        for widget in (self.augmentCheck, self.teacherCheck):
            widget.toggled.connect(self._on_field_changed)

        self.startButton = QPushButton("Train", objectName="startButton")
        self.startButton.setToolTip("Train a new network from random weights with these settings")
        self.startButton.clicked.connect(self.start_training)
        self.pauseButton = QPushButton("Pause", objectName="pauseButton")
        self.pauseButton.clicked.connect(self._on_pause_clicked)
        self.stopButton = QPushButton("Stop", objectName="stopButton")
        self.stopButton.setToolTip("End training now and keep the network as trained so far")
        self.stopButton.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        for b in (self.startButton, self.pauseButton, self.stopButton):
            buttons.addWidget(b)

        left = QWidget(objectName="trainSettings")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(settings)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.settingsError)   # below the buttons: they stay put when it shows
        left_layout.addStretch(1)
        self.settingsScroll = scroll = SidePanelScroll(left, "settingsScroll")
        scroll.setMaximumWidth(400)
        self._fit_settings_width()

        # right: progress, curves, weights, results
        self.mnistMessage = QLabel(MNIST_MISSING, objectName="mnistMessage")
        self.mnistMessage.setWordWrap(True)
        self.mnistMessage.setTextFormat(Qt.TextFormat.RichText)
        self.mnistMessage.setStyleSheet(f"QLabel#mnistMessage {{ background: {theme.PANEL}; "
                                        f"border-left: 3px solid {theme.ACCENT}; padding: 8px; }}")
        self.mnistMessage.hide()
        self.progressBar = QProgressBar(objectName="trainProgress")
        self.progressBar.setTextVisible(False)
        self._bar = BarProgress(self.progressBar)
        self.progressLabel = QLabel("Choose a preset and press Train.", objectName="progressLabel")
        self.progressLabel.setMinimumWidth(320)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progressBar, 1)
        progress_row.addWidget(self.progressLabel)

        self.curves = TrainingCurves()
        self.weightImages = WeightImages()
        weights_box = QGroupBox("Layer 1: what each neuron looks for", objectName="weightsBox")
        wl = QVBoxLayout(weights_box)
        self.weightsCaption = QLabel(objectName="weightsCaption")
        self.weightsCaption.setWordWrap(True)
        self.weightsCaption.setStyleSheet(f"color: {theme.MUTED};")
        self.weightsCaption.setText("One tile per hidden neuron: its 784 input weights as a "
                                    "28x28 image. Orange ink excites it, blue ink inhibits it.")
        self.weightsChangeCheck = QCheckBox("Only what training changed", objectName="weightsChangeCheck")
        self.weightsChangeCheck.setChecked(True)
        self.weightsChangeCheck.setToolTip(
            "Subtract the random starting weights. The border pixels are black in every MNIST "
            "image, so their weights never change and would show only the starting noise.")
        self.weightsChangeCheck.toggled.connect(self._on_weights_change_toggled)
        # stacked, not side by side: a wrapped caption beside the check box was given too little
        # height on a narrow window and its last lines were cut off
        wl.addWidget(self.weightImages, 1)
        wl.addWidget(self.weightsCaption)
        wl.addWidget(self.weightsChangeCheck)

        results = QGroupBox("Result", objectName="resultBox")
        rl = QVBoxLayout(results)
        self.resultLabel = QLabel(NO_RESULT, objectName="resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.RichText)
        self.resultLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.saveButton = QPushButton("Save...", objectName="saveButton")
        self.saveButton.setToolTip("Write the weights (.npz) and their model card (.json) beside them")
        self.saveButton.clicked.connect(self._on_save_clicked)
        self.useButton = QPushButton("Use this model", objectName="useButton")
        self.useButton.setToolTip("Make this network the app's model: every tab switches to it")
        self.useButton.clicked.connect(self.use_model)
        self.teachButton = QPushButton("Fine-tune on My digits", objectName="teachButton")
        self.teachButton.setToolTip("Teach the active model all of your saved digits, replaying "
                                    "MNIST so it is not forgotten; it becomes your personal model")
        self.teachButton.clicked.connect(self.teachRequested)
        rl.addWidget(self.resultLabel, 1)
        rl.addWidget(self.useButton)
        rl.addWidget(self.saveButton)
        rl.addWidget(self.teachButton)
        results.setMinimumWidth(220)
        results.setMaximumWidth(320)

        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(weights_box, 1)
        lower_layout.addWidget(results)

        self.rightSplitter = QSplitter(Qt.Orientation.Vertical, objectName="rightSplitter")
        self.rightSplitter.addWidget(self.curves)
        self.rightSplitter.addWidget(lower)
        self.rightSplitter.setStretchFactor(0, 1)
        self.rightSplitter.setStretchFactor(1, 1)
        self.rightSplitter.setChildrenCollapsible(False)

        right = QVBoxLayout()
        right.addLayout(progress_row)
        right.addWidget(self.mnistMessage)
        right.addWidget(self.rightSplitter, 1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(scroll)
        outer.addLayout(right, 1)

    def _fit_settings_width(self) -> None:
        """The recipe box as wide as the longest recipe's name needs at the current font (zoom);
        the settings panel follows it (SidePanelScroll), no narrower than 300 px."""
        combo = self.presetCombo
        widest = max(combo.fontMetrics().horizontalAdvance(title) for title in PRESET_TITLES.values())
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        combo.setMinimumWidth(widest + max(0, combo.width() - field.width()) + 4)
        self.settingsScroll.widget().setMinimumWidth(300 - self.settingsScroll.verticalScrollBar().sizeHint().width())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_settings_width()

    # settings form ----------------------------------------------------------------------

    def presets(self) -> list[str]:
        return [self.presetCombo.itemData(i) for i in range(self.presetCombo.count())]

    def preset(self) -> str:
        """The preset the form starts from ("custom" once a field differs from it is in ``is_custom``)."""
        return self._base

    def is_custom(self) -> bool:
        return self.presetCombo.currentData() == CUSTOM

    def apply_preset(self, name: str) -> None:
        """Fill the form from ``PRESETS[name]``."""
        preset = PRESETS[name]
        c = preset.config
        self._base = name
        self._filling = True
        try:
            self.hiddenEdit.setText(",".join(str(h) for h in c.hidden))
            self.activationCombo.setCurrentText(c.activation)
            self.lossCombo.setCurrentIndex(self.lossCombo.findData(c.loss))
            self.optimizerCombo.setCurrentIndex(self.optimizerCombo.findData(c.optimizer))
            self.lrEdit.setText(f"{c.lr:g}")
            self.momentumSpin.setValue(c.momentum)
            self.scheduleCombo.setCurrentText(c.schedule)
            self.batchSpin.setValue(c.batch_size)
            self.epochsSpin.setValue(c.epochs)
            self.augmentCheck.setChecked(c.augment is not None)
            self.teacherCheck.setChecked(c.teacher is not None)
            self.teacherCheck.setEnabled(c.teacher is not None)
            self.seedSpin.setValue(c.seed)
            blocked = self.presetCombo.blockSignals(True)
            self.presetCombo.setCurrentIndex(self.presetCombo.findData(name))
            self.presetCombo.blockSignals(blocked)
        finally:
            self._filling = False
        self._on_field_changed()

    def _on_preset_combo_changed(self, index: int) -> None:
        name = self.presetCombo.itemData(index)
        if name == CUSTOM:   # chosen by hand: nothing to fill; show what differs
            self._on_field_changed()
            return
        limit = self.limitSpin.value()
        self.apply_preset(name)
        self.limitSpin.setValue(limit)   # the size of a run is not part of a recipe

    def _on_field_changed(self, *_) -> None:
        if self._filling:
            return
        self.momentumSpin.setEnabled(self.optimizerCombo.currentData() == "sgd")
        plan, problem = self._check()
        self._plan = plan
        changed = plan.changed if plan is not None else ["?"]
        want = CUSTOM if changed else self._base
        blocked = self.presetCombo.blockSignals(True)
        self.presetCombo.setCurrentIndex(self.presetCombo.findData(want))
        self.presetCombo.setItemText(self.presetCombo.findData(CUSTOM),
                                     f"Custom (from {PRESET_TITLES.get(self._base, self._base)})")
        self.presetCombo.blockSignals(blocked)
        description = PRESETS[self._base].description
        if plan is not None and plan.changed:
            description += ". Changed: " + ", ".join(plan.changed) + "."
        self.presetDescription.setText(description)
        self.settingsError.setText(problem or "")
        self.settingsError.setVisible(bool(problem))
        self._update_controls()

    def _check(self) -> tuple[RunPlan | None, str | None]:
        """The form as a checked plan, or (None, what is wrong)."""
        base = PRESETS[self._base].config
        args = SimpleNamespace(preset=self._base, mnist=None, out="trained.npz",
                               optimizer=None, loss=None, schedule=None, hidden=None,
                               activation=None, no_augment=False, no_teacher=False, limit=None,
                               no_pen=True, pen=None,  # the tab trains on MNIST alone
                               **{dest: None for dest, *_ in SCALARS})
        changed = []
        text = self.hiddenEdit.text().replace(" ", "")
        try:
            hidden = tuple(int(h) for h in text.split(",") if h)
        except ValueError:
            return None, (f"Hidden layers: write whole numbers separated by commas, like 50,100 "
                          f"(got {self.hiddenEdit.text()!r}).")
        if not hidden:
            return None, "Hidden layers: give at least one layer size, like 50,100."
        if hidden != base.hidden:
            args.hidden = ",".join(map(str, hidden))
            changed.append("hidden layers")
        try:
            lr = float(self.lrEdit.text())
        except ValueError:
            return None, f"Learning rate: not a number: {self.lrEdit.text()!r}."
        if not math.isfinite(lr):
            return None, "Learning rate: must be a finite number."
        if lr != base.lr:
            args.lr = repr(lr)
            changed.append("learning rate")
        for name, label, value in (("activation", "activation", self.activationCombo.currentText()),
                                   ("loss", "loss", self.lossCombo.currentData()),
                                   ("optimizer", "optimizer", self.optimizerCombo.currentData()),
                                   ("schedule", "schedule", self.scheduleCombo.currentText())):
            if value != getattr(base, name):
                setattr(args, name, value)
                changed.append(label)
        for dest, label, value in (("momentum", "momentum", round(self.momentumSpin.value(), 3)),
                                   ("batch_size", "batch size", self.batchSpin.value()),
                                   ("epochs", "epochs", self.epochsSpin.value()),
                                   ("seed", "seed", self.seedSpin.value())):
            if value != getattr(base, dest):
                setattr(args, dest, str(value))
                changed.append(label)
        reproducible = True
        augment = self.augmentCheck.isChecked()
        if not augment and base.augment is not None:
            args.no_augment = True
            changed.append("no distortions")
        elif augment and base.augment is None:
            reproducible = False
            changed.append("distortions")
        if base.teacher is not None and not self.teacherCheck.isChecked():
            args.no_teacher = True
            changed.append("no teacher")
        limit = self.limitSpin.value()
        if limit:
            args.limit = str(limit)
        try:
            config, preset, limit = build_config(args)
            if augment and config.augment is None:
                config = config.replace(augment=SHIPPED_AUGMENT)
        except (UsageError, ValueError, TypeError) as exc:
            text = _strip_flag(str(exc)).rstrip(".") + "."
            return None, text[:1].upper() + text[1:]
        return RunPlan(config, preset, limit, args, bool(changed), reproducible, changed), None

    def config(self) -> TrainConfig | None:
        """The TrainConfig the form describes, or None when a setting is wrong."""
        plan, _ = self._check()
        return plan.config if plan is not None else None

    def settings_problem(self) -> str | None:
        return self.settingsError.text() if self.settingsError.isVisible() else None

    # running ---------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._runner.is_busy()

    def is_paused(self) -> bool:
        return self._paused

    def steps_done(self) -> int:
        return self._steps_done

    def start_training(self) -> bool:
        """Start training with the form's settings; False (and the reason shown) if they are wrong."""
        plan, problem = self._check()
        if plan is None:
            self.settingsError.setText(problem)
            self.settingsError.show()
            self.statusMessage.emit(f"Not started: {problem}", 6000)
            return False
        if self.is_running():
            return False
        self._set_aside_result()
        self._running_plan = plan
        self._stop = threading.Event()
        self._paused = False
        self._steps_done = self._total_steps = self._teacher_steps = 0
        self._latest_epoch = None
        self.mnistMessage.hide()
        teacher = plan.config.teacher
        # one x axis for both: the teacher's epochs and the network's each count from 0
        self.curves.clear(max(plan.config.epochs, teacher.epochs if teacher else 0))
        # the trainer draws its starting weights from the seed: the same draw here
        self._W1_start = initial_network(plan.config).weights[0]
        self._show_weights(None)
        self._bar.reset()
        self.progressLabel.setText("Loading MNIST...")
        self._runner.start(_train_job, plan.config, plan.limit, self.state.mnist_paths(), self._stop,
                           REPORT_INTERVAL, returned=self._on_train_returned,
                           errored=self._on_train_errored, progress=self._on_train_progress,
                           finished=self._update_controls)
        self._update_controls()
        return True

    def pause(self) -> None:
        if self.is_running():
            self._runner.pause()
            self.pauseButton.setText("Resume")
            self.progressLabel.setText(self.progressLabel.text() + "  (pausing...)")

    def resume(self) -> None:
        if self._stop is not None:
            self._runner.resume()
            self.pauseButton.setText("Pause")

    def stop(self) -> None:
        """End the run after the current step; what was trained so far comes back as the result."""
        if self._stop is not None and self.is_running():
            self._stop.set()
            self._runner.resume()   # a paused run wakes up to stop
            self.pauseButton.setText("Pause")
            self.progressLabel.setText("Stopping...")
            self.stopButton.setEnabled(False)

    def _on_pause_clicked(self) -> None:
        if self._runner.is_paused():
            self.resume()
        else:
            self.pause()

    def _on_train_progress(self, message) -> None:
        if isinstance(message, Loaded):
            self._total_steps, self._teacher_steps = message.total_steps, message.teacher_steps
            self.progressLabel.setText(
                f"Training on {message.training_images:,} images "
                f"({message.validation_images:,} held out to validate)")
        elif isinstance(message, Steps):
            self._on_steps(message)
        elif isinstance(message, EpochResult):
            self._on_epoch(message)
        elif isinstance(message, Paused):
            self._paused = message.paused
            self.pauseButton.setText("Resume" if message.paused else "Pause")
            if message.paused:
                self.progressLabel.setText(f"Paused at step {message.position:,} of "
                                           f"{self._total_steps:,}")

    def _on_steps(self, m: Steps) -> None:
        if m.points:
            xs, ys = zip(*m.points)
            self.curves.add_losses(xs, ys)
        if m.teacher_points:
            xs, ys = zip(*m.teacher_points)
            self.curves.add_losses(xs, ys, teacher=True)
        self._steps_done = m.position
        fraction = m.position / max(m.total, 1)
        self._bar.show(fraction)
        last = m.last
        left = m.seconds * (1 - fraction) / fraction if fraction > 0 else float("nan")
        who = "Teacher" if last.phase == "teacher" else "Epoch"
        eta = f", about {seconds_text(left)} left" if math.isfinite(left) else ""
        self.progressLabel.setText(
            f"{who} {last.epoch}/{last.epochs}, step {last.step}/{last.steps_per_epoch}, "
            f"loss {last.loss:.4f}{eta}")

    def _on_epoch(self, result: EpochResult) -> None:
        self._latest_epoch = result
        self.curves.add_epoch(result.epoch, result.train_accuracy, result.validation_accuracy,
                              result.eval_accuracy)
        if result.network is not None:
            self._show_weights(result.network.weights[0])
        test = "" if result.eval_accuracy is None else f", test {result.eval_accuracy:.4f}"
        self.statusMessage.emit(f"Epoch {result.epoch}/{result.epochs}: train "
                                f"{result.train_accuracy:.4f}{test} ({result.seconds:.1f} s)", 4000)

    def _set_aside_result(self) -> None:
        """A new run starts: the last run's network leaves the Result box, so it cannot be taken
        for the new one, and is kept aside in case the new run fails."""
        if self._outcome is not None:
            self._previous = (self._outcome, self._running_plan, self._saved_path, self.resultLabel.text())
        self._outcome = None
        self._saved_path = None
        self.resultLabel.setText(TRAINING_NOW)

    def _bring_back_previous_result(self) -> None:
        """The new run failed before it made a network: show the last one again."""
        previous, self._previous = self._previous, None
        if self._outcome is not None or previous is None:
            if self._outcome is None:
                self.resultLabel.setText(NO_RESULT)
            return
        self._outcome, self._running_plan, self._saved_path, text = previous
        self.resultLabel.setText(text + "<br><i>From the run before: the new one failed.</i>")

    def _on_train_returned(self, outcome: Outcome) -> None:
        self._previous = None
        self._outcome = outcome
        self._saved_path = None
        self._paused = False
        result = outcome.result
        self._show_weights(result.network.weights[0])
        if not result.stopped:
            self._bar.done()
        self.progressLabel.setText(
            f"Stopped after {result.epochs_completed} of {result.config.epochs} epochs"
            if result.stopped else f"Done: {result.epochs_completed} epochs in "
                                   f"{seconds_text(result.seconds)}")
        self.resultLabel.setText(self._result_text(outcome))
        self._update_controls()

    def _result_text(self, outcome: Outcome) -> str:
        result, plan = outcome.result, self._running_plan
        sizes = "-".join(map(str, result.network.sizes))
        recipe = PRESET_TITLES.get(plan.preset, plan.preset)
        if plan.custom:
            recipe = f"changed from {recipe}: {', '.join(plan.changed)}"
        lines = [f"<b>{sizes}</b> {result.config.activation}", recipe]
        if result.eval_accuracy is not None:
            lines.append(f"Test accuracy <b style='color:{theme.ACCENT}'>"
                         f"{result.eval_accuracy:.2%}</b>")
        if result.validation_accuracy is not None:
            lines.append(f"Validation {result.validation_accuracy:.2%}")
        epochs = result.epochs_completed
        lines.append(f"{outcome.training_images:,} training images")
        lines.append(f"{epochs} epoch{'' if epochs == 1 else 's'} in {seconds_text(result.seconds)}")
        if result.stopped:
            if self._untaught(result):
                lines.append("Stopped while the teacher trained: this network has not "
                             "learned anything yet, so there is nothing to use or save.")
            else:
                lines.append("Stopped early: the weights as trained so far.")
        return "<br>".join(lines)

    def _show_weights(self, W1: np.ndarray | None) -> None:
        self._W1 = W1
        change = self.weightsChangeCheck.isChecked() and self._W1_start is not None
        self.weightImages.set_weights(W1, self._W1_start if change else None)

    def _on_weights_change_toggled(self, _checked: bool) -> None:
        self._show_weights(self._W1)

    def _untaught(self, result: TrainResult) -> bool:
        """Stopped while the teacher trained: the network still has its random start."""
        return (result.stopped and result.epochs_completed == 0 and result.config.teacher is not None
                and self._steps_done <= self._teacher_steps)

    def _on_train_errored(self, exc: BaseException) -> None:
        self._paused = False
        self._bar.reset()
        if isinstance(exc, MnistNotFound):
            self.mnistMessage.show()
            self.progressLabel.setText(exc.headline)
        else:
            text = user_words(exc)
            self.progressLabel.setText("Training stopped with an error")
            self.messageRequested.emit("warning", "Training failed", text)
        self._bring_back_previous_result()
        self._update_controls()

    def _update_controls(self, *_) -> None:
        running = self.is_running()
        stopping = running and self._stop is not None and self._stop.is_set()
        self.startButton.setEnabled(not running and self._plan is not None)
        self.pauseButton.setEnabled(running and not stopping)
        self.stopButton.setEnabled(running and not stopping)
        if not running:
            self.pauseButton.setText("Pause")
        have = self._outcome is not None and not self._untaught(self._outcome.result)
        self.saveButton.setEnabled(have)
        self.useButton.setEnabled(have)

    # results ---------------------------------------------------------------------------

    def result(self) -> TrainResult | None:
        return self._outcome.result if self._outcome is not None else None

    def network(self) -> Network | None:
        return self._outcome.result.network if self._outcome is not None else None

    def model(self) -> Model | None:
        """The last trained network as a Model (its card as ``digitpad train`` would write it)."""
        if self._outcome is None or self._running_plan is None:
            return None
        result = self._outcome.result
        card = model_card(self._outcome, self._running_plan, self._saved_path)
        acc = "" if result.eval_accuracy is None else f", test {result.eval_accuracy:.4f}"
        name = (self._saved_path.name if self._saved_path is not None
                else f"trained here ({'-'.join(map(str, result.network.sizes))}{acc})")
        source = str(self._saved_path) if self._saved_path is not None else "trained"
        return Model(result.network.copy(), name, source, card)

    def use_model(self) -> bool:
        model = self.model()
        if model is None:
            return False
        self.state.set_model(model)
        self.statusMessage.emit(f"Every tab now uses {model.name}", 5000)
        return True

    def save_to(self, path) -> Path:
        """Write the weights to ``path`` (.npz) and the model card beside it (.json), both atomically."""
        if self._outcome is None:
            raise RuntimeError("nothing trained yet")
        path = Path(path)
        if path.suffix.lower() != ".npz":
            path = path.with_name(path.name + ".npz")
        self._outcome.result.network.save(path)
        models.write_card(path.with_suffix(".json"), model_card(self._outcome, self._running_plan, path))
        self._saved_path = path
        self.statusMessage.emit(f"Saved {path.name} and {path.with_suffix('.json').name}", 6000)
        return path

    def _on_save_clicked(self) -> None:
        """Ask where to save; the name that will really be written (with .npz) and its card
        are checked, since the dialog only knows the name as typed."""
        from PySide6.QtWidgets import QMessageBox  # this one function asks questions

        if self._outcome is None:
            return
        sizes = "-".join(map(str, self._outcome.result.network.sizes))
        start = str(Path.home() / f"digitpad-{sizes}.npz")
        path, _ = QFileDialog.getSaveFileName(self, "Save the trained network", start, "Weights (*.npz)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() != ".npz":
            path = path.with_name(path.name + ".npz")
        if models.in_shipped_folder(path):
            self.messageRequested.emit("warning", "Could not save",
                                       f"{path.parent} holds digitpad's own weights, which are never "
                                       "replaced. Choose another folder.")
            return
        existing = models.existing_outputs(path)
        if existing:
            names = " and ".join(p.name for p in existing)
            verb = "exists" if len(existing) == 1 else "exist"
            answer = QMessageBox.question(
                self, "Replace files?",
                f"Saving writes {path.name} and its model card {models.card_path_for(path).name}.\n"
                f"{names} already {verb} in {path.parent}: replace?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.save_to(path)
        except OSError as exc:
            self.messageRequested.emit("warning", "Could not save", f"{path}: {exc}")

    # window hooks ----------------------------------------------------------------------

    def shutdown(self, timeout: float = 5.0) -> bool:
        if self._stop is not None:
            self._stop.set()
        return self._runner.shutdown(timeout)

    def closeEvent(self, event) -> None:   # when used on its own, outside the main window
        self.shutdown()
        super().closeEvent(event)

    def restore_settings(self, settings: QSettings) -> list[str]:
        """Apply the saved preset and form; returns the keys whose values were refused."""
        saved = SettingsReader(settings)
        preset = saved.choice("preset", self._base, PRESETS)
        self.apply_preset(preset)
        form = saved.group("form")
        self._filling = True
        try:
            for key, widget in (("hidden", self.hiddenEdit), ("lr", self.lrEdit)):
                widget.setText(form.text(key, widget.text(), max_length=200))
            for key, widget in (("activation", self.activationCombo), ("schedule", self.scheduleCombo)):
                items = [widget.itemText(i) for i in range(widget.count())]
                widget.setCurrentText(form.choice(key, widget.currentText(), items))
            for key, widget in (("loss", self.lossCombo), ("optimizer", self.optimizerCombo)):
                items = [widget.itemData(i) for i in range(widget.count())]
                widget.setCurrentIndex(widget.findData(form.choice(key, widget.currentData(), items)))
            self.momentumSpin.setValue(form.number("momentum", self.momentumSpin.value(),
                                                   self.momentumSpin.minimum(),
                                                   self.momentumSpin.maximum()))
            for key, widget in (("batch", self.batchSpin), ("epochs", self.epochsSpin),
                                ("seed", self.seedSpin), ("limit", self.limitSpin)):
                widget.setValue(form.whole(key, widget.value(), widget.minimum(), widget.maximum()))
            for key, widget in (("augment", self.augmentCheck), ("teacher", self.teacherCheck)):
                value = form.flag(key, widget.isChecked())
                if widget.isEnabled():
                    widget.setChecked(value)
        finally:
            self._filling = False
        self._on_field_changed()
        return saved.rejected

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("preset", self._base)
        settings.setValue("form", json.dumps({
            "hidden": self.hiddenEdit.text(), "lr": self.lrEdit.text(),
            "activation": self.activationCombo.currentText(),
            "schedule": self.scheduleCombo.currentText(),
            "loss": self.lossCombo.currentData(), "optimizer": self.optimizerCombo.currentData(),
            "momentum": self.momentumSpin.value(), "batch": self.batchSpin.value(),
            "epochs": self.epochsSpin.value(), "seed": self.seedSpin.value(),
            "limit": self.limitSpin.value(), "augment": self.augmentCheck.isChecked(),
            "teacher": self.teacherCheck.isChecked()}))
