"""The Test set tab: the panels put together, the data they show loaded, and the runs they ask for.

The panels (``SourceBar``, ``DownloadPanel``, ``RunControls``,
``ResultSummary``, ``SampleBrowser``, ``SelectedSample``, ``RunsPanel``) know
nothing of one another: they say what the user did through signals, and this
class answers with plain method calls. The ``DataLoader`` reads the chosen set
and writes the MNIST folder that worked into the app state (every tab uses it
from then on); the tab reads the active model from the state and runs it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ...data.mydigits import MyDigits
from ...evaluate import EvalResult
from ..model_state import ModelState, model_title
from ..settings import SettingsReader
from ..tab import AppTab, restore_splitters, save_splitters, shut_down
from ..units import accuracy_text, seconds_text
from ..widgets.side_scroll import SidePanelScroll
from ..workers import JobRunner, user_words
from .loading import DataLoader
from .browser import SampleBrowser
from .controls import ResultSummary, RunControls
from .download import DownloadPanel
from .jobs import (COMPARE_BATCH, PROGRESS_INTERVAL, SWEEP_REPEATS, DataSet, RunProgress, run_job,
                   speedup_sentence, sweep_sentence, sweep_sizes)
from .runs import RunsPanel
from .sample import SelectedSample
from .source import SourceBar


class TestSetTab(AppTab):
    """Evaluate the active model on a labelled set; compare per-sample and batched; browse the results."""

    #: where downloads come from and what they fetch (tests point these at a local server)
    mirrors: tuple[str, ...] | None = None
    download_files = None
    download_timeout = 15.0

    def __init__(self, state: ModelState, parent: QWidget | None = None, *, mirrors=None,
                 download_files=None, store: MyDigits | None = None):
        super().__init__(parent)
        self.setObjectName("testSetTab")
        self.state = state
        if mirrors is not None:
            self.mirrors = tuple(mirrors)
        if download_files is not None:
            self.download_files = tuple(download_files)
        self._result: EvalResult | None = None
        self._run_kind: str | None = None             # "run", "compare" or "sweep" while one is going
        self._run_model = ""
        self._stage: object | None = None             # the step of showing a result still to come
        self._data_jobs = JobRunner(self)
        self._runs = JobRunner(self)
        self.loader = DataLoader(state, store if store is not None else MyDigits.default(), self._data_jobs, self)
        self._build()
        self._connect()
        self.sourceBar.show_model(state.model)
        self.sample.set_network(state.network)
        self._on_grid_sample_selected(-1)
        self._update_controls()

    def _build(self) -> None:
        self.sourceBar = SourceBar()
        self.downloadPanel = DownloadPanel(self._data_jobs)
        self.controls = RunControls()
        self.summary = ResultSummary()
        self.browser = SampleBrowser()
        self.sample = SelectedSample()
        self.runsPanel = RunsPanel()

        # [matrix | browser] over [runs | sweep], and the selected sample the full height at the right
        self.leftSplitter = QSplitter(Qt.Orientation.Vertical, objectName="leftSplitter")
        self.leftSplitter.addWidget(self.browser)
        self.leftSplitter.addWidget(self.runsPanel)
        self.leftSplitter.setStretchFactor(0, 3)
        self.leftSplitter.setStretchFactor(1, 1)
        self.leftSplitter.setChildrenCollapsible(False)
        self.leftSplitter.setSizes([400, 170])
        self.mainSplitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.mainSplitter.addWidget(self.leftSplitter)
        self.mainSplitter.addWidget(SidePanelScroll(self.sample, "sampleScroll"))
        self.mainSplitter.setStretchFactor(0, 3)
        self.mainSplitter.setStretchFactor(1, 1)
        self.mainSplitter.setChildrenCollapsible(False)
        self.mainSplitter.setSizes([900, 300])

        self.workPage = QWidget(objectName="testSetWork")
        work = QVBoxLayout(self.workPage)
        work.setContentsMargins(0, 0, 0, 0)
        work.setSpacing(6)
        work.addWidget(self.controls)
        work.addWidget(self.summary)
        work.addWidget(self.mainSplitter, 1)

        self.stack = QStackedWidget(objectName="testSetStack")
        self.stack.addWidget(self.workPage)
        self.stack.addWidget(self.downloadPanel)

        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 8)
        root.setSpacing(8)
        root.addWidget(self.sourceBar)
        root.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.sourceBar.sourceChosen.connect(self.loader.switch)
        self.loader.sourceChanged.connect(self.sourceBar.show_source)
        self.loader.statusChanged.connect(self.sourceBar.set_status)
        self.loader.loading.connect(self._on_loading)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)
        self.loader.missing.connect(self._on_missing)
        self.sourceBar.chooseFolderRequested.connect(self.choose_folder_dialog)
        self.downloadPanel.chooseFolderRequested.connect(self.choose_folder_dialog)
        self.downloadPanel.downloadRequested.connect(self.start_download)
        self.downloadPanel.downloaded.connect(self.loader.use_mnist)
        self.controls.runClicked.connect(self.run)
        self.controls.compareClicked.connect(self.compare)
        self.controls.sweepClicked.connect(self.sweep)
        self.controls.cancelClicked.connect(lambda: self.cancel())
        self.browser.sampleSelected.connect(self._on_grid_sample_selected)
        self.sample.openRequested.connect(self._on_open_requested)
        for panel in (self.loader, self.downloadPanel, self.browser, self.runsPanel):
            panel.statusMessage.connect(self.statusMessage)
        for panel in (self.loader, self.downloadPanel, self.runsPanel):
            panel.messageRequested.connect(self.messageRequested)
        self.state.modelChanged.connect(self._on_state_model_changed)

    # data ----------------------------------------------------------------------------------

    @property
    def data(self) -> DataSet | None:
        return self.loader.data

    @property
    def source(self) -> str:
        return self.loader.source

    def set_source(self, source: str) -> None:
        """Switch to "test", "train" or "mydigits" (loads it)."""
        if source != self.sourceBar.source():
            self.sourceBar.choose(source)   # loads through the slot
        else:
            self.loader.show(source)

    def start(self) -> None:
        """Load the source restored from the settings (once: a later change of source loads itself)."""
        self.loader.start()

    def use_mnist_folder(self, path) -> None:
        """Use MNIST from ``path`` (a folder of IDX files, a folder holding mnist.npz, or the npz itself).

        Checked in the background; a folder that cannot be used is reported and not remembered.
        """
        self.loader.use_mnist(str(Path(path).expanduser()))   # looked into in the background

    def choose_folder_dialog(self) -> None:
        start = self.state.mnist_path or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder that holds MNIST"), start)
        if folder:
            self.use_mnist_folder(folder)

    def start_download(self) -> None:
        """Download MNIST into the user's data folder in the background, then load it."""
        self.downloadPanel.start_download(self.mirrors, self.download_files, self.download_timeout)

    def cancel_download(self) -> None:
        self.downloadPanel.cancel_download()

    def is_loading(self) -> bool:
        """A data set is being read or downloaded."""
        return self.loader.is_busy()

    def _on_loading(self, words: str) -> None:
        self.cancel()
        self.controls.show_busy(words)
        self._update_controls()

    def _on_load_failed(self) -> None:
        self.controls.show_idle()
        self._update_controls()

    def _on_loaded(self, data: DataSet | None) -> None:
        self._stage = None
        self._result = None
        self.summary.set_comparison("")
        if data is None:
            self.browser.set_samples(np.zeros((0, 784), np.uint8), np.zeros(0, np.uint8))
        else:
            self.browser.set_samples(data.images, data.labels)
        self.controls.show_idle()
        self._show_summary(None)
        self.stack.setCurrentWidget(self.workPage)
        self.controls.fit_batch_size(0 if data is None else data.n)
        self._update_controls()
        if data is not None and data.n:
            self.browser.select_first()

    def _on_missing(self, problem: str | None, found: bool) -> None:
        self.downloadPanel.show_problem(problem, self.mirrors, self.download_files, found)
        self.stack.setCurrentWidget(self.downloadPanel)
        self._update_controls()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.loader.reload_if_changed()

    # running ------------------------------------------------------------------------------

    @property
    def result(self) -> EvalResult | None:
        """The run whose results are shown (None before a run, or after the model or data changed)."""
        return self._result

    def is_running(self) -> bool:
        return self._run_kind is not None

    def is_showing(self) -> bool:
        """A finished run's views are still being drawn (they come over the next turns of the event loop)."""
        return self._stage is not None

    def mode(self) -> str:
        return self.controls.mode()

    def set_mode(self, mode: str) -> None:
        self.controls.set_mode(mode)

    @property
    def batchSpin(self):
        """The batch size box (``benchmarks/testset_timing.py`` sets it as a user would)."""
        return self.controls.batchSpin

    @property
    def normalizeCheck(self):
        """The Pixels / 255 box (``benchmarks/testset_timing.py`` sets it as a user would)."""
        return self.controls.normalizeCheck

    def run(self) -> None:
        """Evaluate once with the settings shown (cancels a run in progress)."""
        self._start_run("run", [(self.mode(), self.controls.batch_size())])

    def compare(self) -> None:
        """Per-sample, then batched with the batch size shown (100 if it says 1)."""
        batch = self.controls.batch_size()
        if batch == 1:
            batch = min(COMPARE_BATCH, self.controls.max_batch_size())
        self._start_run("compare", [("per-sample", 1), ("batch", batch)])

    def sweep(self) -> None:
        """Time every batch size of ``sweep_sizes`` in turn and plot them."""
        if self.data is None:
            return
        self.runsPanel.start_sweep()
        self._start_run("sweep", [("batch", b) for b in sweep_sizes(self.data.n)], SWEEP_REPEATS)

    def _start_run(self, kind: str, plan, repeats: int = 1) -> None:
        data = self.data
        if data is None or data.n == 0:
            return
        self._runs.cancel()
        self._stage = None
        self._run_kind = kind
        model = self.state.model
        self._run_model = model_title(model)
        self.controls.show_idle(self.tr("Starting..."))
        self._runs.start(run_job, model.network, data.images, data.labels, self.controls.normalize(),
                         list(plan), PROGRESS_INTERVAL, repeats,
                         progress=self._on_run_progress, returned=self._on_run_returned,
                         errored=self._on_run_errored)
        self._update_controls()

    def cancel(self, reason: str | None = None) -> bool:
        """Stop the run in progress, if any, saying ``reason`` (Cancelled if None); True if there was one."""
        reason = self.tr("Cancelled") if reason is None else reason
        if self._run_kind is None:
            return False
        self._runs.cancel()
        self._run_kind = None
        self._stage = None
        self.controls.show_idle(reason)
        self._update_controls()
        self.statusMessage.emit(self.tr("{0}.").format(reason), 4000)
        return True

    def _on_run_progress(self, p: RunProgress) -> None:
        if p.result is not None:
            self._on_pass_finished(p)
        self.controls.show_progress(p.fraction, p.words())

    def _on_pass_finished(self, p: RunProgress) -> None:
        result = p.result
        if self._run_kind == "sweep":
            self.runsPanel.add_sweep_point(result.batch_size, result.elapsed,
                                           self.data.n if self.data else None)
        else:
            data = self.data
            name, model = (data.name if data else "?"), self._run_model
            QTimer.singleShot(0, self, lambda: self.runsPanel.add_run(result, name, model))

    def _on_run_returned(self, results: list[EvalResult]) -> None:
        # The words change now; the matrix and the browser (for 60,000 samples) in the next
        # turn of the event loop, after the table's new rows, so no one turn does it all.
        kind, self._run_kind = self._run_kind, None
        self._update_controls()
        last = results[-1]
        if kind == "sweep":
            sweep = self.runsPanel.sweep_points()
            words = sweep_sentence(sweep)
            self.summary.set_comparison(words)
            self.controls.show_done(self.tr("Sweep done  ·  {0} batch sizes").format(len(sweep)))
            self.statusMessage.emit(words, 8000)

            def finish():
                if self._result is None:
                    self._show_result(last)
        else:
            self._show_summary(last)
            self.controls.show_done(self.tr("Done  ·  {0} samples in {1}  ·  {2} samples/s").format(
                f"{last.n_samples:,}", seconds_text(last.elapsed), f"{last.samples_per_second:,.0f}"))
            if kind == "compare":
                sentence = speedup_sentence(results[0], results[1])
                self.summary.set_comparison(sentence)
                self.controls.show_settings_of(last)
                self._update_controls()
                self.runsPanel.show_runs()
                self.statusMessage.emit(sentence, 8000)
            else:
                self.statusMessage.emit(self.tr("Accuracy {0} in {1}").format(
                    accuracy_text(last.accuracy), seconds_text(last.elapsed)), 5000)

            def finish():
                self.browser.show_results(last)
                if kind != "compare":
                    self.summary.set_comparison(self.runsPanel.speedup_words())
        self._later(finish)

    def _later(self, step) -> None:
        """Run ``step`` in the next turn of the event loop, unless a run, the data or the model changes first."""
        token = self._stage = object()

        def run() -> None:
            if token is self._stage:
                self._stage = None
                step()
        QTimer.singleShot(0, self, run)

    def _on_run_errored(self, exc: BaseException) -> None:
        self._run_kind = None
        self.controls.show_idle(self.tr("Failed"))
        self._update_controls()
        self.messageRequested.emit("error", self.tr("The evaluation failed"), user_words(exc))

    # results -------------------------------------------------------------------------------

    def _show_result(self, result: EvalResult | None) -> None:
        self._show_summary(result)
        self.browser.show_results(result)

    def _show_summary(self, result: EvalResult | None) -> None:
        """The result in words: accuracy, counts, time."""
        self._result = result
        if result is not None:
            self.summary.show_result(result, self._run_model)
            return
        data = self.data
        name = model_title(self.state.model)
        if data is None or data.n == 0:
            self.summary.show_ready("", name)
        else:
            self.summary.show_ready(self.tr("{0} samples of the {1} set ready. Press Run to read them all "
                                            "with {2}.").format(f"{data.n:,}", data.shown_name(), name), name)

    def set_filter(self, **filters) -> None:
        """Set the browser's filters in one go (``true``, ``predicted``, ``wrong``, ``below``)."""
        self.browser.set_filter(**filters)

    def selected_sample(self) -> int:
        return self.browser.current_sample()

    def _on_grid_sample_selected(self, sample: int) -> None:
        if sample < 0 or self.data is None:
            self.sample.show_nothing()
            return
        normalize = self._result.normalize if self._result is not None else self.controls.normalize()
        self.sample.show_sample(sample, self.browser.image(sample), self.browser.label(sample),
                                self.state.network, normalize)

    def _on_open_requested(self) -> None:
        sample = self.browser.current_sample()
        if sample >= 0:
            self.state.request_drawing(self.browser.image(sample))

    def _on_state_model_changed(self, model) -> None:
        self.sourceBar.show_model(model)
        self.sample.set_network(model.network)
        self._stage = None
        if self._run_kind is not None:
            self.cancel(self.tr("Cancelled: the model changed"))
        # results shown, or the words that they were: both belong to an earlier model now
        stale = self._result is not None or bool(self.summary.comparison())
        if self._result is not None:
            self._show_result(None)
        else:
            self._show_summary(None)      # "Press Run to read them all with <the new model>"
        self.summary.set_comparison(self.tr("The model changed to {0}: run again to see its results.")
                                    .format(model_title(model)) if stale else "")
        self._on_grid_sample_selected(self.browser.current_sample())

    def _update_controls(self) -> None:
        data = self.data
        self.controls.set_state(ready=data is not None and data.n > 0, running=self._run_kind is not None)

    # runs table -------------------------------------------------------------------------------

    def export_csv(self, path) -> bool:
        """Write the table of runs to ``path`` (atomically); False and a message if it cannot."""
        return self.runsPanel.export_csv(path)

    # life cycle and settings --------------------------------------------------------------------

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Cancel every background job of this tab and wait for it; False if one did not stop in time."""
        self._run_kind = None
        return shut_down((self._runs, self._data_jobs), timeout)

    def restore_settings(self, settings: QSettings) -> list[str]:
        """Apply the saved source, mode and view; returns the keys whose values were refused."""
        saved = SettingsReader(settings)
        source = saved.choice("source", self.loader.source, self.sourceBar.sources())
        self.sourceBar.show_source(source)
        self.loader.switch(source)             # not started yet: nothing loads before start()
        self.controls.restore_settings(saved, self.data.n if self.data is not None else 60000)
        self.browser.restore_settings(saved)
        restore_splitters(saved, self._splitters())
        self._update_controls()
        return saved.rejected

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("source", self.loader.source)
        self.controls.save_settings(settings)
        self.browser.save_settings(settings)
        save_splitters(settings, self._splitters())

    def _splitters(self):
        return (("upperSplitter", self.browser), ("leftSplitter", self.leftSplitter),
                ("mainSplitter", self.mainSplitter))
