"""Teaching the network your handwriting, from the window: corrections become a personal model.

Whenever the user labels a drawing (Save as, or a digit key, in the Draw
tab) the digit is already in My digits; the ``Teacher`` then fine-tunes the
shipped network on all of My digits in the background (``digitpad.teach``,
through a ``JobRunner``), saves the personal model in the user data folder
and makes it the active model, so every view, the current drawing's answer
included, updates when it is done. A correction made while a fine-tune runs
is not lost: one more run is queued, and it reads the store afresh, so it
includes every digit saved meanwhile. A Train-tab request and a correction
queued together are both run, one after the other. A fine-tune the Train tab
asks for (``teach_active``) is reported as it goes (``lessonReported``, a
``Lesson``): waiting its turn, teaching, done or not, so the tab can show it.

At the start the personal model is taught again, in the background, if it
missed digits (the app closed while a fine-tune ran), if its save was cut
short (``teach.CardMismatch``), or if there is none yet though one was asked
for (the app closed during the very first fine-tune, or while a reset waited
with a correction queued: ``teach.first_lesson_missed``).

A drawing the network read right and the user moved on from (the Draw tab's
``readRight``) is kept too, and a correction's fine-tune also learns from
those kept (``digitpad.teach``); File > Learn from drawings it reads right
turns that off.

``PersonalSwitch`` is the status-bar control that shows which model reads
the drawings and switches between the personal model and the shipped one in
one click.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QToolButton, QWidget

from .. import models, teach
from ..data.errors import DataError, MnistNotFound, found_but_unreadable
from ..data.mnist import load_mnist
from ..data.mydigits import MyDigits, MyDigitsError, UnreadableStore
from ..models import Model
from ..nn.finetune import FineTuneConfig, answers
from ..nn.network import WeightsError
from . import theme
from .i18n import translate
from .launch import open_settings
from .model_state import ModelState, find_mnist_in, model_title
from .settings import SettingsReader
from .units import seconds_text
from .workers import USER_PROBLEMS, JobRunner, user_words


READ_RIGHT_SETTING = "teach/learnReadRight"
USE_PERSONAL_SETTING = "teach/usePersonal"   # did the personal model read when the app last ran?
BUSY_SHOWN_AFTER_MS = 150   # "Teaching your digits..." appears once a fine-tune has run this long
PROGRESS_EVERY = 10   # fine-tune steps between two reports of a lesson's progress


class NothingToTeach(DataError):
    """My digits is empty: nothing to teach, and no digit waits to be taught later."""

    in_the_users_language = True   # its words are the window's (see user_words)


@dataclass(frozen=True)
class Lesson:
    """How a fine-tune asked for on the Train tab goes, for the tab to show.

    ``stage``: "waiting" (another fine-tune runs first), "teaching", "done",
    "failed" (``problem`` says why) or "stopped" (the personal model was reset
    meanwhile). ``base`` is the taught model's name in the app's language;
    ``digits`` how many of My digits it is taught, once they are read.
    """

    stage: str
    base: str = ""
    digits: int | None = None
    step: int = 0
    steps: int = 0
    seconds: float | None = None
    accuracy_before: float | None = None   # the base's MNIST test accuracy, if its card says
    accuracy_after: float | None = None    # the taught model's, if measured
    problem: str = ""


@dataclass(frozen=True)
class _Taught:
    """A fine-tune job's progress: the digits read, the steps taken of how many."""

    digits: int
    step: int
    steps: int


class _Replay:
    """MNIST's training and test digits and the base network's answers on the training ones.

    Kept between corrections: reading MNIST and computing the answers cost
    more than a fine-tune, and neither changes while the base stays the same.
    """

    def __init__(self):
        self.key = None
        self.value = None

    def get(self, base: Model, mnist_paths):
        folder = find_mnist_in(mnist_paths).path
        key = (id(base.network), str(folder))
        if self.key != key:
            train, test = load_mnist("train", folder), load_mnist("test", folder)
            self.value = train, test, answers(base.network, train[0])
            self.key = key
        return self.value


def _teach_job(job, base: Model, store_file: str, mnist_paths, replay: _Replay,
               config: FineTuneConfig, read_right: tuple[MyDigits, list] | None = None,
               unless_taught: dict | None = None) -> Model | None:
    """On a pool thread: My digits taught to ``base``, saved as the personal model.

    ``read_right``: the store of drawings read right and those to add to it
    first; they are kept in it, and taught too (None: My digits alone).
    ``unless_taught``: a personal model's card; nothing is taught (None
    returned) if My digits are what it was taught, or empty.
    """
    right = _kept_read_right(*read_right) if read_right is not None else None
    images, labels = MyDigits(store_file).load()
    if unless_taught is not None and (len(labels) == 0
                                      or not teach.needs_catch_up(unless_taught, images, labels)):
        return None
    if len(labels) == 0:
        raise NothingToTeach(translate("Teacher", "My digits is empty: save a drawing with its digit first"))
    job.progress(_Taught(len(labels), 0, config.steps))
    train, test, targets = replay.get(base, mnist_paths)
    job.check()

    def on_step(progress) -> None:
        if progress.step % PROGRESS_EVERY == 0:
            job.progress(_Taught(len(labels), progress.step, progress.steps_per_epoch))
        job.give_way()

    taught = teach.teach(base, images, labels, train, test, config, replay_targets=targets,
                         read_right=right, on_step=on_step, should_stop=lambda: job.cancelled,
                         report_every=1)
    job.check()  # a reset or shutdown meanwhile: write nothing
    teach.save_taught(taught)
    return Model(taught.network, taught.card["name"], teach.SOURCE, taught.card)


def _kept_read_right(store: MyDigits, pending: list) -> tuple | None:
    """``pending`` (28x28, answer) pairs added to ``store`` (and the list emptied once they
    are); then all it keeps, or None if none.

    They only help: a store that cannot be read is set aside and begun
    afresh, and one that cannot be written is left out of the teaching.
    """
    def add():
        if pending:
            store.add_many([p[0] for p in pending], [p[1] for p in pending],
                           keep_last=teach.READ_RIGHT_KEEP)
            pending.clear()  # kept: the window need not keep them again
        return store.load()

    try:
        try:
            images, labels = add()
        except UnreadableStore:
            store.set_aside()
            images, labels = add()
    except (MyDigitsError, OSError):
        return None
    return (images, labels) if len(labels) else None


#: where ``reported`` stands in a queued request (``teach_now``'s arguments)
_REPORTED = 5


def _alike(one: tuple, other: tuple) -> bool:
    """Two fine-tune requests' (base, read right) alike: they would teach the same digits to the
    same model (the same base object; None is the shipped one)."""
    return one[0] is other[0] and one[1] == other[1]


class Teacher(QObject):
    """Runs the fine-tunes and keeps the personal model; plain signals for the window."""

    personalChanged = Signal(object)          # the personal Model, or None after a reset
    busyChanged = Signal(bool)
    statusMessage = Signal(str, int)
    messageRequested = Signal(str, str, str)  # level, title, text
    lessonReported = Signal(object)           # a Lesson: how the Train tab's fine-tune goes

    def __init__(self, state: ModelState, store: MyDigits | None = None,
                 config: FineTuneConfig = FineTuneConfig(), parent: QObject | None = None,
                 read_right: MyDigits | None = None):
        super().__init__(parent)
        self.state = state
        self.store = store if store is not None else MyDigits.default()
        self.read_right_store = read_right if read_right is not None else teach.read_right_store()
        self.learns_read_right = True
        self._pending: list[tuple] = []  # read right since the last fine-tune: (28x28, answer)
        self._handed: list[tuple] = []   # handed to the last fine-tune; it empties the list once kept
        self.config = config
        self.runner = JobRunner(self)
        self.runner.busyChanged.connect(self.busyChanged)
        self._replay = _Replay()
        self._base_model: Model | None = None
        self._queued: list[tuple] = []  # the fine-tunes to run next, in order: teach_now's arguments
        self._lesson: Lesson | None = None  # the running fine-tune's, if it is reported
        self._resetting = False  # a reset waits for a cancelled fine-tune to stop
        self.damaged = False  # a personal model is there but could not be read
        self._closing = False
        self._last_problem: str | None = None
        self._base_problem = ""  # why the shipped model could not be read, if it could not
        self.personal: Model | None = None

    # the personal model -----------------------------------------------------------------

    def restore(self, use: bool = True) -> None:
        """Load the personal model saved last time, if there is one, and read with it if ``use``
        (it was reading when the app last closed). One whose save was cut short is taught
        again; one that cannot be read is reported; one that missed digits catches up."""
        self.damaged = False
        try:
            self.personal = teach.load_personal()
        except teach.CardMismatch:
            self.damaged = True
            self.statusMessage.emit(self.tr("Your model's save was cut short; teaching it again "
                                            "from My digits."), 10000)
            self.teach_now(takes_over=use, quietly=True)
            return
        except WeightsError as exc:
            self.damaged = True
            self.messageRequested.emit(
                "warning", self.tr("Your personal model could not be read"),
                self.tr("{0}\n\nUsing {1}. Label a drawing to teach a new one; "
                        "My digits were not touched.").format(exc, model_title(self.state.model)))
            return
        if self.personal is None:
            if teach.first_lesson_missed():  # the app closed during the very first fine-tune
                self.teach_now(takes_over=True, unless_taught={}, quietly=True)
            return
        if use:
            self.state.set_model(self.personal)
        self.personalChanged.emit(self.personal)
        self._catch_up()

    def _catch_up(self) -> None:
        """Teach the personal model again if My digits changed after its last fine-tune (the app
        closed while it ran): in the background, and only if it was taught from the shipped model."""
        base = self._base(quietly=True)
        if base is not None and self.personal.card.get("base_sha256") == models.network_sha256(base):
            self.teach_now(unless_taught=self.personal.card, quietly=True)

    def use_personal(self) -> None:
        if self.personal is not None:
            self.state.set_model(self.personal)

    def reset(self) -> None:
        """Forget the personal model (My digits stay) and go back to the shipped weights.

        A fine-tune that runs is cancelled, and the model deleted once it has stopped
        (so nothing is written after the deletion), without the window waiting for it:
        one still reading MNIST may take a second to notice. A correction meanwhile
        waits, and is taught after the reset."""
        if self._resetting:
            return
        queued, self._queued = self._queued, []
        interrupted = self.runner.is_busy() or bool(queued)
        if self._lesson is not None or any(request[_REPORTED] for request in queued):
            self.lessonReported.emit(Lesson("stopped", self._lesson.base if self._lesson else ""))
        self._lesson = None
        self.runner.cancel()
        self._resetting = True
        self.runner.when_idle(lambda: self._finish_reset(queued, interrupted))

    def _finish_reset(self, queued: list, interrupted: bool) -> None:
        if not self._resetting:  # done already, as the window closed
            return
        self._resetting = False
        self._reset_files(queued, interrupted)
        if self._queued and not self.runner.is_busy():  # asked for while the reset waited
            self.teach_now(*self._queued.pop(0))

    def _reset_files(self, queued: list, interrupted: bool) -> None:
        try:
            teach.reset_personal(self.read_right_store)
        except teach.ModelNotDeleted as exc:
            self.messageRequested.emit(
                "warning", self.tr("Could not delete your personal model"),
                self.tr("{0}\n\nIt is kept as it was; My digits were not touched.").format(user_words(exc)))
            if interrupted:  # the model stays: what it was being taught is taught after all
                for request in queued or [()]:
                    self.teach_now(*request)
            return
        except OSError as exc:  # the model is gone; a drawing read right could not be deleted
            self.messageRequested.emit(
                "warning", self.tr("Could not forget the drawings it read right"),
                self.tr("{0}\n\nYour personal model was deleted; My digits were kept.").format(
                    user_words(exc)))
        self._pending.clear()
        self._handed = []
        self.damaged = False
        was_active = self.state.model.source == teach.SOURCE
        self.personal = None
        self.personalChanged.emit(None)
        if was_active:
            try:
                self.state.load_shipped()
            except WeightsError as exc:
                self.messageRequested.emit("error", self.tr("Cannot use the shipped weights"), user_words(exc))
        self.statusMessage.emit(self.tr("Your personal model was reset; My digits were kept."), 6000)

    # teaching -----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """A fine-tune runs, or a reset waits for one to stop."""
        return self.runner.is_busy() or self._resetting

    def on_digit_saved(self, label: int, count: int) -> None:
        """A drawing was labelled: teach it (after the running fine-tune, if one runs). The
        taught model then reads, unless the user had chosen a model other than the shipped
        one and their own (it is kept, and the status bar says so)."""
        self.teach_now(takes_over=self.state.model.source in ("shipped", teach.SOURCE))

    def on_my_digits_edited(self) -> None:
        """A digit in My digits was relabelled or deleted (or such an edit undone): the personal
        model is taught My digits as they are now, so it stops reading a label taken back."""
        if (self.personal is None and not self.runner.is_busy()) or self._resetting:
            return  # nothing taught from them yet, or about to be forgotten
        try:
            left = self.store.count
        except (MyDigitsError, OSError):
            left = None  # the fine-tune reads it again and says what is wrong
        if left == 0:
            self.statusMessage.emit(self.tr("My digits is empty; your model keeps what it learned until reset."),
                                    10000)
            return
        self.teach_now()

    def on_read_right(self, image28, answer: int) -> None:
        """A drawing read right was moved on from: kept for the next correction's fine-tune, or
        taught at once if the personal model reads and enough have come since its last one
        (not while the window closes: ``shutdown`` keeps them)."""
        if not self.learns_read_right:
            return
        self._pending.append((np.asarray(image28, np.uint8).reshape(-1).copy(), int(answer)))
        del self._pending[:-teach.READ_RIGHT_KEEP]
        if (len(self._pending) >= teach.READ_RIGHT_REFRESH and not self._closing and self.personal is not None
                and self.state.model.source == teach.SOURCE and not self.is_busy()):
            self.teach_now()

    def set_learns_read_right(self, on: bool) -> None:
        """Keep and teach the drawings read right, or neither (those already kept stay until a reset)."""
        self.learns_read_right = bool(on)
        if not on:
            self._pending.clear()

    def pending_read_right(self) -> int:
        """How many drawings read right wait to be kept (at the next fine-tune or on closing)."""
        return len(self._pending)

    def teach_active(self) -> None:
        """Teach My digits alone to the active model (the shipped one if the active one is
        already taught): the Train tab's run."""
        active = self.state.model
        self.teach_now(None if active.source == teach.SOURCE else active, read_right=False,
                       takes_over=True, reported=True)

    def teach_now(self, base: Model | None = None, read_right: bool = True,
                  takes_over: bool = False, unless_taught: dict | None = None,
                  quietly: bool = False, reported: bool = False) -> None:
        """Teach My digits to ``base`` (default: the shipped model), with the drawings read
        right if ``read_right`` and they are learned from. The taught model reads once done
        if the personal model reads then, or if ``takes_over``. ``unless_taught``: a card;
        nothing is taught if My digits are what its model was taught. ``quietly``: a problem
        goes to the status bar, not a message box (nobody asked for this fine-tune).
        ``reported``: how it goes is said with ``lessonReported`` (the Train tab asked).

        While a run goes, or a reset waits for one to stop, the request is queued: one like
        it already queued (the same base, read right or not) is merged into it, as it would
        read the same digits; others wait their turn."""
        if self.runner.is_busy() or self._resetting:
            self._queue((base, read_right, takes_over, unless_taught, quietly, reported))
            if reported:
                self.lessonReported.emit(Lesson("waiting"))
            return
        asked = (base, read_right)
        base = base if base is not None else self._base(quietly)
        if base is None:
            if reported:
                self.lessonReported.emit(Lesson("failed", problem=self._base_problem))
            return
        self._lesson = Lesson("teaching", model_title(base),
                              accuracy_before=base.test_accuracy) if reported else None
        if self._lesson is not None:
            self.lessonReported.emit(self._lesson)
        if self.personal is None and not self.damaged:
            teach.mark_first_lesson(True)
        # what the last run was handed and did not keep (it stopped first) waits again
        self._pending = (self._handed + self._pending)[-teach.READ_RIGHT_KEEP:]
        self._handed = []
        kept = None
        if read_right and self.learns_read_right:
            self._handed, self._pending = self._pending, []
            kept = (self.read_right_store, self._handed)
        self.runner.start(_teach_job, base, str(self.store.file), self.state.mnist_paths(), self._replay,
                          self.config, kept, unless_taught, progress=self._on_job_progress,
                          returned=lambda model: self._on_job_returned(model, takes_over, quietly),
                          errored=lambda exc: self._on_job_errored(exc, quietly, asked),
                          finished=self._on_job_finished)

    def _queue(self, request: tuple) -> None:
        base, read_right, takes_over, unless_taught, quietly, reported = request
        for i, (b, r, t, u, q, said) in enumerate(self._queued):
            if _alike((b, r), (base, read_right)):
                # asked for outright wins over a catch-up; a message box over the status bar
                self._queued[i] = (b, r, t or takes_over, u if unless_taught is not None else None,
                                   q and quietly, said or reported)
                return
        self._queued.append(request)

    def close_soon(self) -> None:
        """The window closes: drawings read right handed over now are kept, not taught."""
        self._closing = True

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Stop teaching and keep the drawings read right that wait (True if the run stopped)."""
        self._closing = True
        queued, self._queued = bool(self._queued), []
        resetting = self._resetting
        stopped = self.runner.shutdown(timeout)
        self._finish_reset([], False)  # a reset the user confirmed is done before the app goes
        if resetting and queued:  # a correction made meanwhile is taught at the next start
            teach.mark_first_lesson(True)
        # a run that stopped (or never began) may not have kept what it was handed
        waiting = (self._handed if stopped else []) + self._pending
        self._handed, self._pending = [], []
        if waiting and self.learns_read_right:
            _kept_read_right(self.read_right_store, waiting[-teach.READ_RIGHT_KEEP:])
        return stopped

    def _base(self, quietly: bool = False) -> Model | None:
        """The shipped model, read once: the replay's answers are kept for this one object.
        ``quietly``: a problem goes to the status bar (nobody asked to teach)."""
        if self._base_model is None:
            try:
                self._base_model = models.load_shipped()
            except WeightsError as exc:
                self._base_problem = user_words(exc)
                if quietly:
                    self.statusMessage.emit(self.tr("Not taught: {0}").format(user_words(exc, one_line=True)),
                                            8000)
                else:
                    self.messageRequested.emit("error", self.tr("Cannot teach"), user_words(exc))
        return self._base_model

    def _on_job_progress(self, taught: _Taught) -> None:
        if self._lesson is not None:
            self._lesson = replace(self._lesson, digits=taught.digits, step=taught.step,
                                   steps=taught.steps)
            self.lessonReported.emit(self._lesson)

    def _on_job_returned(self, model: Model | None, takes_over: bool, caught_up: bool = False) -> None:
        """``caught_up``: nobody asked for this fine-tune; the model learned what it had missed
        when the app last closed."""
        lesson, self._lesson = self._lesson, None
        if lesson is not None and model is not None:
            card = model.card
            self.lessonReported.emit(replace(
                lesson, stage="done", digits=teach.card_count(card, "taught_digits"),
                step=lesson.steps, seconds=card.get("train_seconds"),
                accuracy_after=model.test_accuracy))
        if model is None:  # a catch-up that found nothing to teach
            if self.personal is None:  # nor will it next time: My digits is empty
                teach.mark_first_lesson(False)
            return
        self.personal = model
        self.damaged = False
        teach.mark_first_lesson(False)
        self.personalChanged.emit(model)
        took = seconds_text(model.card.get('train_seconds', 0.0))
        if not (takes_over or self.state.model.source == teach.SOURCE):
            # the user reads with another model: theirs is taught, not forced on them
            self.statusMessage.emit(self.tr("Your model was taught in {0}; {1} still reads.").format(
                took, model_title(self.state.model)), 8000)
            return
        self.state.set_model(model)
        right = teach.card_count(model.card, "read_right_digits")
        if caught_up:
            self.statusMessage.emit(self.tr("Your model is up to date with My digits (taught in {0}).").format(took),
                                    8000)
        elif right:
            self.statusMessage.emit(self.tr("Taught in {0}, with %n drawing(s) it read right.", "",
                                            right).format(took), 6000)
        else:
            self.statusMessage.emit(self.tr("Taught in {0}.").format(took), 6000)

    def _on_job_errored(self, exc: BaseException, quietly: bool = False, asked: tuple = ()) -> None:
        lesson, self._lesson = self._lesson, None
        dropped = []
        if not quietly and asked:  # a request like it would fail the same way; others still run
            dropped = [q for q in self._queued if _alike(q[:2], asked)]
            self._queued = [q for q in self._queued if not _alike(q[:2], asked)]
        if lesson is not None or any(q[_REPORTED] for q in dropped):
            problem = str(exc) if isinstance(exc, USER_PROBLEMS) else user_words(exc)
            self.lessonReported.emit(replace(lesson or Lesson(""), stage="failed", problem=problem))
        teach.mark_first_lesson(False)  # the user is told why: no catch-up at every start
        if isinstance(exc, USER_PROBLEMS):
            if quietly or str(exc) == self._last_problem:  # said once in a box; after that, in the status bar
                self.statusMessage.emit(self.tr("Not taught: {0}").format(user_words(exc, one_line=True)), 8000)
                return
            self._last_problem = str(exc)
            words = user_words(exc)
            if isinstance(exc, MnistNotFound) and not found_but_unreadable(exc):  # the window gets it
                words = self.tr("Teaching needs MNIST, and it is not on this computer yet: your digits "
                                "are taught beside MNIST's, so that the network goes on reading those "
                                "too. Download it from the Test set tab (about 11 MB).") + "\n\n" + str(exc)
            if not isinstance(exc, NothingToTeach):   # there are no digits to keep
                words = self.tr("{0}\n\nYour digits are kept in My digits and are taught with the next one "
                                "saved once this is fixed.").format(words)
            self.messageRequested.emit("warning", self.tr("Could not teach the network"), words)
        else:
            self.messageRequested.emit("error", self.tr("Teaching failed"), user_words(exc))

    def _on_job_finished(self) -> None:
        if self._queued:
            self.teach_now(*self._queued.pop(0))


class PersonalSwitch(QWidget):
    """Status-bar control: which model reads, and one click to the other (personal or shipped)."""

    def __init__(self, teacher: Teacher, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("personalSwitch")
        self.teacher = teacher
        self.busyLabel = QLabel(self.tr("Teaching your digits..."), objectName="teachingLabel")
        self.busyLabel.setStyleSheet(f"color: {theme.ACCENT};")
        self.busyLabel.setVisible(False)
        # shown only if the teaching lasts: a catch-up at start that finds nothing to do
        # (a few milliseconds) does not flash it
        self._show_busy = QTimer(self, singleShot=True, interval=BUSY_SHOWN_AFTER_MS)
        self._show_busy.timeout.connect(lambda: self._show_busy_label(self.teacher.is_busy()))
        self.button = QToolButton(objectName="personalSwitchButton")
        self.button.clicked.connect(self._on_button_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.busyLabel)
        row.addWidget(self.button)
        teacher.busyChanged.connect(self._on_teacher_busy_changed)
        teacher.personalChanged.connect(lambda _: self.update_text())
        teacher.state.modelChanged.connect(lambda _: self.update_text())
        self.update_text()

    def update_text(self) -> None:
        personal = self.teacher.personal
        using_personal = self.teacher.state.model.source == teach.SOURCE
        self.setVisible(personal is not None or not self.busyLabel.isHidden())
        if using_personal:
            self.button.setText(self.tr("Use the shipped weights"))
            self.button.setToolTip(self.tr("Read with digitpad's shipped network (your model is kept)"))
        elif personal is not None:
            self.button.setText(self.tr("Use my model"))
            right = teach.card_count(personal.card, "read_right_digits")
            if right:
                self.button.setToolTip(self.tr("Read with {0} (and %n drawing(s) it read right)", "",
                                               right).format(model_title(personal)))
            else:
                self.button.setToolTip(self.tr("Read with {0}").format(model_title(personal)))
        self.button.setVisible(personal is not None)

    def _on_teacher_busy_changed(self, busy: bool) -> None:
        if busy:
            if self.busyLabel.isHidden() and not self._show_busy.isActive():
                self._show_busy.start()
        else:  # hidden unless the next queued fine-tune starts at once
            QTimer.singleShot(0, self, self._hide_busy_if_idle)

    def _hide_busy_if_idle(self) -> None:
        if not self.teacher.is_busy():
            self._show_busy.stop()
            self._show_busy_label(False)

    def _show_busy_label(self, shown: bool) -> None:
        self.busyLabel.setVisible(shown)
        self.update_text()

    def _on_button_clicked(self) -> None:
        if self.teacher.state.model.source == teach.SOURCE:
            try:
                self.teacher.state.load_shipped()
            except WeightsError as exc:
                self.teacher.messageRequested.emit("error", self.tr("Cannot use the shipped weights"), user_words(exc))
        else:
            self.teacher.use_personal()


def ask_before_reset(window, teacher: Teacher) -> QMessageBox:
    """The personal model is the user's own work: reset it only once they say so (Cancel is the default)."""
    model = teacher.personal
    what = model_title(model) if model is not None else translate("Teacher", "your personal model")
    box = QMessageBox(QMessageBox.Icon.Question, translate("Teacher", "Reset my personal model"),
                      translate("Teacher", "Delete \u201c{0}\u201d and the drawings it read right? The digits "
                                           "it learned from stay in My digits, and a correction teaches a "
                                           "new one from them.").format(what),
                      parent=window)
    box.setObjectName("confirmResetBox")
    delete = box.addButton(translate("Teacher", "Delete the personal model"),
                           QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("confirmResetButton")
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _: box.clickedButton() is delete and teacher.reset())
    box.open()   # window-modal, without a nested event loop
    return box


def install(window) -> Teacher:
    """Give a main window its teacher: File menu entries, the status-bar switch, messages.

    The window passes each labelled drawing to ``teacher.on_digit_saved`` and
    calls ``teacher.shutdown`` when it closes.
    """
    teacher = Teacher(window.state, parent=window)
    teacher.statusMessage.connect(lambda text, ms: window.statusBar().showMessage(text, ms))
    # queued: a message at start-up opens once the window is up
    teacher.messageRequested.connect(window.show_message, Qt.ConnectionType.QueuedConnection)
    window.statusBar().addPermanentWidget(PersonalSwitch(teacher))

    file_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.menu() is not None and window.shippedAction in a.menu().actions())
    following = file_menu.actions()[file_menu.actions().index(window.shippedAction) + 1]
    personal = QAction(translate("Teacher", "Use my &personal model"), window, objectName="personalAction")
    personal.setStatusTip(translate("Teacher", "Read with the network taught your digits"))
    personal.triggered.connect(teacher.use_personal)
    reset = QAction(translate("Teacher", "&Reset my personal model"), window, objectName="resetPersonalAction")
    reset.setStatusTip(translate("Teacher", "Delete the network taught your digits (My digits are kept)"))
    reset.triggered.connect(lambda: ask_before_reset(window, teacher))
    learn = QAction(translate("Teacher", "&Learn from drawings it reads right"), window,
                    objectName="readRightAction", checkable=True)
    learn.setStatusTip(translate("Teacher", "A drawing it read right that you clear without correcting "
                                            "is taught with your next correction"))
    settings = open_settings()
    learn.setChecked(SettingsReader(settings).flag(READ_RIGHT_SETTING, True))
    teacher.set_learns_read_right(learn.isChecked())

    def on_learn_toggled(on: bool) -> None:
        teacher.set_learns_read_right(on)
        saved = open_settings()
        saved.setValue(READ_RIGHT_SETTING, on)
        saved.sync()

    learn.toggled.connect(on_learn_toggled)
    file_menu.insertActions(following, [personal, reset, learn])

    def update_actions(_=None):
        has = teacher.personal is not None
        personal.setEnabled(has and window.state.model.source != teach.SOURCE)
        reset.setEnabled(has or teacher.damaged)  # a damaged one can be deleted too

    remembered = [None]

    def remember_choice(model: Model) -> None:
        """Written when the choice changes, not at every fine-tune or model loaded."""
        use = model.source == teach.SOURCE
        if use != remembered[0]:
            remembered[0] = use
            saved = open_settings()
            saved.setValue(USE_PERSONAL_SETTING, use)
            saved.sync()

    teacher.personalChanged.connect(update_actions)
    window.state.modelChanged.connect(update_actions)
    remembered[0] = SettingsReader(settings).flag(USE_PERSONAL_SETTING, True)
    teacher.restore(remembered[0])
    window.state.modelChanged.connect(remember_choice)
    update_actions()
    return teacher
