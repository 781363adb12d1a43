"""The Train tab's result: what the last run made, and saving or using it.

A new run sets the last result aside (it cannot be taken for the new one)
and brings it back if the new run fails before it makes a network. The
model card is the one ``digitpad train`` writes, with the command line that
reproduces the run. Under the run's result, the box says how the last
"Fine-tune on My digits" went (``show_lesson``): which model, how many
digits, how long, the MNIST test accuracy after.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ... import models
from ...models import Model
from ...training_request import TrainingPlan
from .. import theme
from ..folders import WEIGHTS, last_folder, remember_folder
from ..i18n import translate
from ..units import accuracy_text, seconds_text
from ..widgets.side_scroll import SidePanelScroll
from ..workers import user_words
from .job import Outcome
from .panel_box import PanelBox
from .words import changes_text, preset_title

TRAINED_SOURCE = "trained"   # a model's source while its network is only in memory
NO_RESULT = QT_TRANSLATE_NOOP("ResultPanel", "No network trained yet.")
TRAINING_NOW = QT_TRANSLATE_NOOP("ResultPanel",
                                 "Training a new network: its result appears here when the run ends.")


def model_card(outcome: Outcome, plan: TrainingPlan, out: Path | None) -> dict:
    """The same card ``digitpad train`` writes beside its weights (sha256 only for a file)."""
    command = plan.command_line(out.name if out is not None else "trained.npz")
    return models.model_card(outcome.result, name=out.stem if out is not None else "trained in digitpad",
                             command=command, preset=plan.preset,
                             training_images=outcome.training_images, weights_path=out,
                             stopped_early=outcome.result.stopped)


class ResultPanel(PanelBox):
    """The Result box: the last run's network, and Use / Save / Fine-tune on My digits."""

    saved = Signal(str)            # what was written, for the status bar
    problem = Signal(str, str)     # title, text: saving was refused or failed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="resultBox")
        self.setTitle(self.tr("Result"))
        self.outcome: Outcome | None = None
        self.plan: TrainingPlan | None = None
        self.saved_path: Path | None = None
        self._previous: tuple | None = None    # the last result, set aside while a new run trains
        self._run_text = translate("ResultPanel", NO_RESULT)   # what the box says of the last run
        self._lesson_text = ""                                  # ... and of the last fine-tune
        self.resultLabel = QLabel(self._run_text, objectName="resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.RichText)
        self.resultLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.saveButton = QPushButton(self.tr("Save..."), objectName="saveButton")
        self.saveButton.setToolTip(self.tr("Write the weights (.npz) and their model card (.json) "
                                           "beside them"))
        self.saveButton.clicked.connect(self._on_save_clicked)
        self.useButton = QPushButton(self.tr("Use this model"), objectName="useButton")
        self.useButton.setToolTip(self.tr("Make this network the app's model: every tab switches to it"))
        self.teachButton = QPushButton(self.tr("Fine-tune on My digits"), objectName="teachButton")
        self.teachButton.setToolTip(self.tr("Teach the active model all of your saved digits, "
                                            "replaying MNIST so it is not forgotten; it becomes your "
                                            "personal model"))
        # the words scroll inside the box when they are more than it holds: a result arriving
        # never makes the box wider (squeezing the weights beside it) or taller
        words = QWidget(objectName="resultWords")
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(self.resultLabel)
        words_layout.addStretch(1)
        self.resultScroll = SidePanelScroll(words, "resultScroll")
        self.resultScroll.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.addWidget(self.resultScroll, 1)
        pair = QHBoxLayout()   # side by side: a line more for the words
        pair.addWidget(self.useButton)
        pair.addWidget(self.saveButton)
        layout.addLayout(pair)
        layout.addWidget(self.teachButton)
        self.setMinimumWidth(220)
        self.setMaximumWidth(320)

    def update_buttons(self, usable: bool) -> None:
        self.saveButton.setEnabled(usable)
        self.useButton.setEnabled(usable)

    # a run's result -----------------------------------------------------------------------

    def set_aside(self, plan: TrainingPlan) -> None:
        """A new run starts: the last run's network leaves the Result box, so it cannot be taken
        for the new one, and is kept aside in case the new run fails."""
        if self.outcome is not None:
            self._previous = (self.outcome, self.plan, self.saved_path, self._run_text)
        self.outcome = None
        self.saved_path = None
        self.plan = plan
        self._show(translate("ResultPanel", TRAINING_NOW))

    def bring_back_previous(self) -> None:
        """The new run failed before it made a network: show the last one again."""
        previous, self._previous = self._previous, None
        if self.outcome is not None or previous is None:
            if self.outcome is None:
                self._show(translate("ResultPanel", NO_RESULT))
            return
        self.outcome, self.plan, self.saved_path, text = previous
        self._show(text + self.tr("<br><i>From the run before: the new one failed.</i>"))

    def show_outcome(self, outcome: Outcome, untaught: bool) -> None:
        self._previous = None
        self.outcome = outcome
        self.saved_path = None
        self._show(self.result_text(outcome, untaught))

    def _show(self, run_text: str | None = None) -> None:
        """The run's words (``run_text``, or those shown), then the last fine-tune's, if any."""
        if run_text is not None:
            self._run_text = run_text
        lesson = f"<p style='margin-top:8px'>{self._lesson_text}</p>" if self._lesson_text else ""
        self.resultLabel.setText(self._run_text + lesson)

    def lesson_text(self) -> str:
        """What the box says of the last fine-tune on My digits ("" before the first)."""
        return self._lesson_text

    # a fine-tune on My digits -------------------------------------------------------------

    def show_lesson(self, lesson) -> None:
        """How the fine-tune asked for with "Fine-tune on My digits" goes (a ``teacher.Lesson``)."""
        self._lesson_text = self._lesson_words(lesson)
        self._show()

    def _lesson_words(self, lesson) -> str:
        base = html.escape(lesson.base, quote=False)
        if lesson.stage == "waiting":
            return self.tr("Fine-tune on My digits: it starts when the fine-tune running now ends.")
        if lesson.stage == "stopped":
            return self.tr("The fine-tune was stopped: your personal model was reset.")
        if lesson.stage == "failed":
            return self.tr("Not fine-tuned: {0}").format(html.escape(lesson.problem, quote=False))
        if lesson.stage == "teaching":
            if lesson.digits is None or lesson.step == 0:
                return self.tr("Fine-tuning {0} on My digits: reading them and MNIST...").format(base)
            return self.tr("Fine-tuning {0} on %n of your digit(s): step {1} of {2}...", "",
                           lesson.digits).format(base, lesson.step, lesson.steps)
        words = [self.tr("Fine-tuned {0} on %n of your digit(s) in {1}.", "",
                         lesson.digits or 0).format(f"<b>{base}</b>", seconds_text(lesson.seconds))]
        if lesson.accuracy_after is not None and lesson.accuracy_before is not None:
            words.append(self.tr("MNIST test accuracy {0} before, <b style='color:{2}'>{1}</b> "
                                 "after.").format(accuracy_text(lesson.accuracy_before),
                                                  accuracy_text(lesson.accuracy_after), theme.ACCENT))
        elif lesson.accuracy_after is not None:
            words.append(self.tr("MNIST test accuracy after: <b style='color:{1}'>{0}</b>.").format(
                accuracy_text(lesson.accuracy_after), theme.ACCENT))
        words.append(self.tr("It is now your personal model, and every tab uses it."))
        return " ".join(words)

    def result_text(self, outcome: Outcome, untaught: bool) -> str:
        """The Result box's words for a run's outcome."""
        result, plan = outcome.result, self.plan
        sizes = "-".join(map(str, result.network.sizes))
        recipe = preset_title(plan.preset)
        if plan.custom:
            recipe = self.tr("changed from {0}: {1}").format(recipe, changes_text(plan.changes))
        lines = [f"<b>{sizes}</b> {result.config.activation}", recipe]
        test, validation = result.eval_accuracy, result.validation_accuracy
        if test is not None and validation is not None:   # one line: the box stays short
            lines.append(self.tr("Test accuracy <b style='color:{0}'>{1}</b>, validation {2}")
                         .format(theme.ACCENT, accuracy_text(test), accuracy_text(validation)))
        elif test is not None:
            lines.append(self.tr("Test accuracy <b style='color:{0}'>{1}</b>")
                         .format(theme.ACCENT, accuracy_text(test)))
        elif validation is not None:
            lines.append(self.tr("Validation {0}").format(accuracy_text(validation)))
        epochs = result.epochs_completed
        lines.append(self.tr("{0} training images").format(f"{outcome.training_images:,}"))
        steps = f"{result.steps_into_epoch:,}", f"{result.steps_per_epoch:,}"
        if result.stopped_partway and epochs == 0:
            lines.append(self.tr("{0} of {1} steps in {2}").format(*steps, seconds_text(result.seconds)))
        elif result.stopped_partway:
            lines.append(self.tr("%n epoch(s) and {0} of {1} steps in {2}", "", epochs).format(
                *steps, seconds_text(result.seconds)))
        else:
            lines.append(self.tr("%n epoch(s) in {0}", "", epochs).format(seconds_text(result.seconds)))
        if outcome.paused_seconds > 0:
            lines.append(self.tr("Paused for {0} (not counted)").format(
                seconds_text(outcome.paused_seconds)))
        if result.stopped:
            if untaught:
                lines.append(self.tr("Stopped while the teacher trained: this network has not "
                                     "learned anything yet, so there is nothing to use or save."))
            elif result.stopped_partway:
                text = self.tr("Stopped partway through epoch {0}: the weights as they were "
                               "then.").format(epochs + 1)
                if epochs:
                    text += " " + self.tr("The accuracies above are theirs, not epoch {0}'s.").format(epochs)
                lines.append(text)
            else:
                lines.append(self.tr("Stopped early: the weights as trained so far."))
        return "<br>".join(lines)

    def model(self) -> Model | None:
        """The last trained network as a Model (its card as ``digitpad train`` would write it)."""
        if self.outcome is None or self.plan is None:
            return None
        result = self.outcome.result
        card = model_card(self.outcome, self.plan, self.saved_path)
        if self.saved_path is not None:
            name = self.saved_path.name
        else:   # by its recipe: the layers and the accuracy are said beside the name
            name = self.tr("trained here with \u201c{0}\u201d").format(preset_title(self.plan.preset))
            if self.plan.custom:
                name = self.tr("{0}, changed: {1}").format(name, changes_text(self.plan.changes))
        source = str(self.saved_path) if self.saved_path is not None else TRAINED_SOURCE
        return Model(result.network.copy(), name, source, card)

    # saving -------------------------------------------------------------------------------

    def save_to(self, path) -> Path:
        """Write the weights to ``path`` (.npz) and the model card beside it (.json), both atomically."""
        if self.outcome is None:
            raise RuntimeError("nothing trained yet")
        path = _npz(Path(path))
        self.outcome.result.network.save(path)
        models.write_card(path.with_suffix(".json"), model_card(self.outcome, self.plan, path))
        self.saved_path = path
        self.saved.emit(self.tr("Saved {0} and {1}").format(path.name, path.with_suffix(".json").name))
        return path

    def _on_save_clicked(self) -> None:
        self.save_dialog()

    def save_dialog(self) -> bool:
        """Ask where to save and save there; True once written. The name that will really be
        written (with .npz) and its card are checked, since the dialog only knows the name as typed."""
        if self.outcome is None:
            return False
        sizes = "-".join(map(str, self.outcome.result.network.sizes))
        start = str(last_folder(WEIGHTS) / f"digitpad-{sizes}.npz")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the trained network"), start,
                                              self.tr("Weights (*.npz)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return False
        path = _npz(Path(path))
        if models.in_shipped_folder(path):
            self.problem.emit(self.tr("Could not save"),
                              self.tr("{0} holds digitpad's own weights, which are never replaced. "
                                      "Choose another folder.").format(path.parent))
            return False
        if not self._may_replace(path):
            return False
        try:
            self.save_to(path)
        except OSError as exc:
            words = user_words(exc)
            self.problem.emit(self.tr("Could not save"), words if str(path) in words else f"{path}: {words}")
            return False
        remember_folder(WEIGHTS, path.parent)
        return True

    def _may_replace(self, path: Path) -> bool:
        """True if nothing is there yet, or the user agrees to replace the weights and card."""
        from PySide6.QtWidgets import QMessageBox  # this one function asks questions

        existing = models.existing_outputs(path)
        if not existing:
            return True
        names = self.tr(" and ").join(p.name for p in existing)
        question = (self.tr("Saving writes {0} and its model card {1}.\n{2} already exists in {3}: "
                            "replace?") if len(existing) == 1 else
                    self.tr("Saving writes {0} and its model card {1}.\n{2} already exist in {3}: "
                            "replace?"))
        answer = QMessageBox.question(
            self, self.tr("Replace files?"),
            question.format(path.name, models.card_path_for(path).name, names, path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def _npz(path: Path) -> Path:
    """The name the weights are really written under: .npz added when missing."""
    return path if path.suffix.lower() == ".npz" else path.with_name(path.name + ".npz")
