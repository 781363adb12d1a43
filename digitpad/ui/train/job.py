"""The Train tab's background job: MNIST loaded and a network trained off the GUI thread.

Plain data in and out: no widgets on the pool thread. The job reports at
most ``1 / REPORT_INTERVAL`` times a second, carrying every loss point since
the last report. Pause blocks the job inside its step callback (the runner's
``hold``), and the trainer's clock (``Reporter.seconds``) stands still
meanwhile, so the epochs' times and the run's count training alone; Stop
makes ``should_stop`` answer True, and the network trained so far comes back
like a finished one.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from ..model_state import find_mnist_in
from ...nn.train import EpochResult, StepProgress, TrainConfig, TrainResult, train
from ...training_request import load_training_data, step_position, steps_in

REPORT_EVERY = 5            # steps between the trainer's callbacks (how soon a pause takes hold)
REPORT_INTERVAL = 0.05      # seconds between reports to the window: at most 20 a second


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

    result: TrainResult     # its times count training alone
    training_images: int
    where: str
    paused_seconds: float = 0.0   # how long the run was held by Pause


class Reporter:
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
        """Seconds spent training since the start: the time held by Pause is left out (the
        trainer measures its epochs and the run with this clock)."""
        return time.perf_counter() - self.start - self.paused_for

    def should_stop(self) -> bool:
        return self.stop.is_set() or self.job.cancelled

    def step(self, progress: StepProgress) -> None:
        x = progress.epoch - 1 + progress.step / progress.steps_per_epoch
        if progress.phase == "teacher":
            self.teacher_points.append((x, progress.loss))
        else:
            self.points.append((x, progress.loss))
        self.last, self.position = progress, step_position(progress, self.teacher_steps)
        now = time.perf_counter()
        if now - self.sent >= self.interval:
            self.flush()
        self.job.give_way()
        if self.job.paused:
            self._hold()

    def _hold(self) -> None:
        self.flush()
        self.job.progress(Paused(True, self.position))
        began = time.perf_counter()
        self.job.hold()
        self.paused_for += time.perf_counter() - began
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


def train_job(job, config: TrainConfig, limit: int | None, mnist_paths, stop: threading.Event,
              interval: float) -> Outcome:
    """Load MNIST where the app found it, train, and hand back the outcome."""
    location = find_mnist_in(mnist_paths)
    data = load_training_data(config, limit, location.path)
    job.check()
    total, teacher_steps = steps_in(config, data.n_fit)
    job.progress(Loaded(str(location.path), data.n_fit, config.validation_size, total, teacher_steps))
    reporter = Reporter(job, stop, total, teacher_steps, interval)
    result = train(config, data.X_train, data.y_train, data.X_test, data.y_test,
                   on_step=reporter.step, on_epoch=reporter.epoch,
                   should_stop=reporter.should_stop, report_every=REPORT_EVERY,
                   clock=reporter.seconds)
    reporter.flush()
    return Outcome(result, data.n_fit, str(location.path), reporter.paused_for)
