"""The Train tab's settings form: a preset fills it, changing a field makes the run "custom".

The form is read as a ``TrainingRequest`` naming only what differs from the
preset, and checked by the same rules as ``digitpad train``: a bad field is
named in ``settingsError`` and the plan is None; a good form is a
``TrainingPlan`` whose command line reproduces the run exactly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QLabel, QLineEdit, QSpinBox, QStyle, QStyleOptionComboBox, QWidget)

from ...nn.activations import TRAINABLE_ACTIVATIONS, title as activation_title
from ...nn.train import LOSSES, OPTIMIZERS, PRESETS, SCHEDULES, TrainConfig
from ...training_request import RequestError, TrainingPlan, TrainingRequest
from .. import theme
from ..i18n import translate
from ..tab import item_data, restore_choice
from .words import (LOSS_NAMES, OPTIMIZER_NAMES, PRESET_TITLES, SCHEDULE_NAMES, changes_text,
                    field_title, preset_description, preset_title, problem_sentence)

CUSTOM = "custom"


class TrainForm(QGroupBox):
    """The settings box. ``changed`` follows every edit, after the form is checked.

    ``settingsError`` says what is wrong; the tab places it (below its buttons)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="settingsBox")
        self.setTitle(self.tr("Settings"))
        self._base = "quick"
        self._filling = False
        self.plan: TrainingPlan | None = None
        self._build()
        self.apply_preset(self._base)

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)

        self.presetCombo = self._preset_combo()
        form.addRow(QLabel(field_title("preset")))
        form.addRow(self.presetCombo)
        self.presetDescription = QLabel(objectName="presetDescription")
        self.presetDescription.setWordWrap(True)
        self.presetDescription.setStyleSheet(f"color: {theme.MUTED};")
        form.addRow(self.presetDescription)

        self.hiddenEdit = QLineEdit(objectName="hiddenEdit")
        self.hiddenEdit.setToolTip(self.tr("Hidden layer sizes, first to last, e.g. 50,100 "
                                           "(the book's)"))
        form.addRow(field_title("hidden"), self.hiddenEdit)
        self.activationCombo = QComboBox(objectName="activationCombo")
        for name in TRAINABLE_ACTIVATIONS:   # titled as everywhere else in the app ("ReLU")
            self.activationCombo.addItem(activation_title(name), name)
        form.addRow(field_title("activation"), self.activationCombo)
        self.lossCombo = self._choice_combo("lossCombo", LOSSES, LOSS_NAMES)
        form.addRow(field_title("loss"), self.lossCombo)
        self.optimizerCombo = self._choice_combo("optimizerCombo", OPTIMIZERS, OPTIMIZER_NAMES)
        form.addRow(field_title("optimizer"), self.optimizerCombo)
        self.lrEdit = QLineEdit(objectName="lrEdit")
        self.lrEdit.setToolTip(self.tr("The peak learning rate, e.g. 0.001 or 1e-3"))
        form.addRow(field_title("lr"), self.lrEdit)
        self.momentumSpin = QDoubleSpinBox(objectName="momentumSpin")
        self.momentumSpin.setRange(0.0, 0.999)
        self.momentumSpin.setDecimals(3)
        self.momentumSpin.setSingleStep(0.05)
        form.addRow(field_title("momentum"), self.momentumSpin)
        self.scheduleCombo = self._choice_combo("scheduleCombo", SCHEDULES, SCHEDULE_NAMES)
        self.scheduleCombo.setToolTip(self.tr("constant; cosine: down to 0 by the end; step: x0.1 "
                                              "every few epochs"))
        form.addRow(field_title("schedule"), self.scheduleCombo)
        self.batchSpin = QSpinBox(objectName="batchSpin")
        self.batchSpin.setRange(1, 60000)
        form.addRow(field_title("batch_size"), self.batchSpin)
        self.epochsSpin = QSpinBox(objectName="epochsSpin")
        self.epochsSpin.setRange(1, 1000)
        form.addRow(field_title("epochs"), self.epochsSpin)
        self.augmentCheck = QCheckBox(self.tr("Distorted digits"), objectName="augmentCheck")
        self.augmentCheck.setToolTip(self.tr("Rotate, scale, shear, shift, thicken and wobble the "
                                             "training images, so the network reads digits drawn "
                                             "by hand"))
        form.addRow(field_title("augment"), self.augmentCheck)
        self.teacherCheck = QCheckBox(self.tr("Learn from a teacher network"), objectName="teacherCheck")
        self.teacherCheck.setToolTip(self.tr("Train a bigger network first and mix its answers into "
                                             "the targets (only the shipped recipe has one)"))
        form.addRow(field_title("teacher"), self.teacherCheck)
        self.seedSpin = QSpinBox(objectName="seedSpin")
        self.seedSpin.setRange(0, 2 ** 31 - 1)
        form.addRow(field_title("seed"), self.seedSpin)
        self.limitSpin = QSpinBox(objectName="limitSpin")
        self.limitSpin.setRange(0, 60000)
        self.limitSpin.setSingleStep(1000)
        self.limitSpin.setSpecialValueText(self.tr("all {0}").format(f"{self.limitSpin.maximum():,}"))
        self.limitSpin.setToolTip(self.tr("Use only the first N training images, for a quick run "
                                          "(a tenth of them, at most 5,000, are held out to validate)"))
        form.addRow(field_title("limit"), self.limitSpin)

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

    @staticmethod
    def _choice_combo(object_name: str, values, names: dict) -> QComboBox:
        """A combo box of the config's ``values``, each shown by its translated name."""
        combo = QComboBox(objectName=object_name)
        for value in values:
            combo.addItem(translate("TrainForm", names[value]) if value in names else value, value)
        return combo

    def _preset_combo(self) -> QComboBox:
        combo = QComboBox(objectName="presetCombo")
        for name in PRESET_TITLES:
            if name in PRESETS:
                combo.addItem(preset_title(name), name)
                combo.setItemData(combo.count() - 1, preset_description(name),
                                  Qt.ItemDataRole.ToolTipRole)
        for name in PRESETS:   # any preset added later shows up too
            if name not in PRESET_TITLES:
                combo.addItem(preset_title(name), name)
        combo.addItem(self.tr("Custom"), CUSTOM)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.currentIndexChanged.connect(self._on_preset_combo_changed)
        # the recipes' names are long: the box gets the panel's whole width, the list what it needs
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        return combo

    def fit_preset_width(self) -> None:
        """The recipe box as wide as the longest recipe's name needs at the current font (zoom)."""
        combo = self.presetCombo
        widest = max(combo.fontMetrics().horizontalAdvance(preset_title(name)) for name in PRESET_TITLES)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        combo.setMinimumWidth(widest + max(0, combo.width() - field.width()) + 4)

    # presets ----------------------------------------------------------------------------

    def presets(self) -> list[str]:
        return item_data(self.presetCombo)

    def preset(self) -> str:
        """The preset the form starts from ("custom" once a field differs from it is in ``is_custom``)."""
        return self._base

    def is_custom(self) -> bool:
        return self.presetCombo.currentData() == CUSTOM

    def apply_preset(self, name: str) -> None:
        """Fill the form from ``PRESETS[name]``."""
        c = PRESETS[name].config
        self._base = name
        self._filling = True
        try:
            self.hiddenEdit.setText(",".join(str(h) for h in c.hidden))
            self.activationCombo.setCurrentIndex(self.activationCombo.findData(c.activation))
            self.lossCombo.setCurrentIndex(self.lossCombo.findData(c.loss))
            self.optimizerCombo.setCurrentIndex(self.optimizerCombo.findData(c.optimizer))
            self.lrEdit.setText(f"{c.lr:g}")
            self.momentumSpin.setValue(c.momentum)
            self.scheduleCombo.setCurrentIndex(self.scheduleCombo.findData(c.schedule))
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

    # checking ---------------------------------------------------------------------------

    def _on_field_changed(self, *_) -> None:
        if self._filling:
            return
        self.momentumSpin.setEnabled(self.optimizerCombo.currentData() == "sgd")
        plan, problem = self.check()
        self.plan = plan
        want = CUSTOM if plan is None or plan.custom else self._base
        blocked = self.presetCombo.blockSignals(True)
        self.presetCombo.setCurrentIndex(self.presetCombo.findData(want))
        self.presetCombo.setItemText(self.presetCombo.findData(CUSTOM),
                                     self.tr("Custom (from {0})").format(preset_title(self._base)))
        self.presetCombo.blockSignals(blocked)
        description = preset_description(self._base)
        if plan is not None and plan.changes:
            description = self.tr("{0}. Changed: {1}.").format(description, changes_text(plan.changes))
        self.presetDescription.setText(description)
        self.show_problem(problem)
        self.changed.emit()

    def show_problem(self, problem: str | None) -> None:
        self.settingsError.setText(problem or "")
        self.settingsError.setVisible(bool(problem))

    def request(self) -> TrainingRequest:
        """The form as a request: only what differs from the preset is named. The tab trains on
        MNIST alone, so the request leaves out the pen digits a preset may add."""
        limit = self.limitSpin.value()
        return TrainingRequest.from_form(
            self._base, hidden=self.hiddenEdit.text(), lr=self.lrEdit.text(),
            activation=self.activationCombo.currentData(), loss=self.lossCombo.currentData(),
            optimizer=self.optimizerCombo.currentData(), schedule=self.scheduleCombo.currentData(),
            momentum=round(self.momentumSpin.value(), 3), batch_size=self.batchSpin.value(),
            epochs=self.epochsSpin.value(), seed=self.seedSpin.value(),
            augment=self.augmentCheck.isChecked(), teacher=self.teacherCheck.isChecked(),
            limit=str(limit) if limit else None, pen=False)

    def check(self) -> tuple[TrainingPlan | None, str | None]:
        """The form as a checked plan, or (None, what is wrong, naming the field)."""
        try:
            return self.request().check(), None
        except RequestError as exc:
            return None, problem_sentence(exc)

    def config(self) -> TrainConfig | None:
        """The TrainConfig the form describes, or None when a setting is wrong."""
        plan, _ = self.check()
        return plan.config if plan is not None else None

    def settings_problem(self) -> str | None:
        return self.settingsError.text() if self.settingsError.isVisible() else None

    # settings ---------------------------------------------------------------------------

    def restore(self, preset: str, form) -> None:
        """Fill the form from a saved preset and its saved fields (a ``SettingsReader`` group)."""
        self.apply_preset(preset)
        self._filling = True
        try:
            for key, widget in (("hidden", self.hiddenEdit), ("lr", self.lrEdit)):
                widget.setText(form.text(key, widget.text(), max_length=200))
            for key, widget in (("activation", self.activationCombo), ("loss", self.lossCombo),
                                ("optimizer", self.optimizerCombo), ("schedule", self.scheduleCombo)):
                restore_choice(form, key, widget)
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

    def values(self) -> dict:
        """What the form holds, as saved between sessions."""
        return {
            "hidden": self.hiddenEdit.text(), "lr": self.lrEdit.text(),
            "activation": self.activationCombo.currentData(),
            "schedule": self.scheduleCombo.currentData(),
            "loss": self.lossCombo.currentData(), "optimizer": self.optimizerCombo.currentData(),
            "momentum": self.momentumSpin.value(), "batch": self.batchSpin.value(),
            "epochs": self.epochsSpin.value(), "seed": self.seedSpin.value(),
            "limit": self.limitSpin.value(), "augment": self.augmentCheck.isChecked(),
            "teacher": self.teacherCheck.isChecked()}
