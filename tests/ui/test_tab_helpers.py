"""What tabs share beside the tab contract: ending their jobs, and reading and writing their settings."""

from __future__ import annotations

import threading

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter

from digitpad.ui.settings import SettingsReader
from digitpad.ui.tab import AppTab, item_data, restore_choice, restore_splitters, save_splitters, shut_down
from digitpad.ui.workers import JobRunner


def _modes() -> QComboBox:
    combo = QComboBox()
    for text, data in (("Batched", "batch"), ("Per-sample", "per-sample")):
        combo.addItem(text, data)
    return combo


def test_a_saved_choice_is_selected_and_one_the_box_does_not_offer_is_refused(qtbot):
    combo = _modes()
    qtbot.addWidget(combo)
    assert item_data(combo) == ["batch", "per-sample"]
    saved = SettingsReader({"mode": "per-sample"})
    assert restore_choice(saved, "mode", combo) == "per-sample"
    assert combo.currentData() == "per-sample" and saved.rejected == []

    refused = SettingsReader({"mode": "sideways"})
    assert restore_choice(refused, "mode", combo) == "per-sample"   # the current item stays
    assert combo.currentData() == "per-sample" and refused.rejected == ["mode"]


def test_splitter_sizes_come_back_and_a_saved_state_never_turns_a_splitter(qtbot, tmp_path):
    def splitter(orientation):
        s = QSplitter(orientation)
        for text in ("left", "right"):
            s.addWidget(QLabel(text))
        qtbot.addWidget(s)
        s.resize(400, 400)
        s.show()
        return s

    wide = splitter(Qt.Orientation.Horizontal)
    wide.setSizes([100, 300])
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    save_splitters(settings, [("split", wide)])
    settings.sync()

    again = splitter(Qt.Orientation.Vertical)    # the same key, now a splitter of another layout
    restore_splitters(SettingsReader(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                      [("split", again)])
    assert again.orientation() == Qt.Orientation.Vertical
    same = splitter(Qt.Orientation.Horizontal)
    restore_splitters(SettingsReader(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                      [("split", same)])
    assert same.sizes() == wide.sizes()


def test_shut_down_asks_every_runner_and_says_if_one_is_still_running(qtbot):
    release, running = threading.Event(), threading.Event()

    def stubborn(job):          # does not look at its cancel flag until released
        running.set()
        release.wait(30)

    def obliging(job):
        while not job.cancelled:
            release.wait(0.01)

    first, second = JobRunner(), JobRunner()
    first.start(stubborn)
    second.start(obliging)
    assert running.wait(10)      # on a pool thread: a job not yet started would simply be taken back
    try:
        assert shut_down((first, second), timeout=0.05) is False
        assert not second.is_busy()        # asked, although the first had not stopped
    finally:
        release.set()
    assert shut_down((first, second), timeout=10) is True


def test_a_tab_used_on_its_own_ends_its_jobs_when_closed(qtbot):
    class Tab(AppTab):
        def __init__(self):
            super().__init__()
            self.runner = JobRunner()   # kept by Python: its last report may come after the tab is gone

        def shutdown(self, timeout: float = 5.0) -> bool:
            return shut_down((self.runner,), timeout)

    tab = Tab()
    qtbot.addWidget(tab)
    tab.show()
    stop = threading.Event()

    def until_cancelled(job):
        while not job.cancelled and not stop.wait(0.005):
            pass

    tab.runner.start(until_cancelled)
    try:
        tab.close()
    finally:
        stop.set()
    assert not tab.runner.is_busy()
    assert tab.runner.start(lambda job: None).cancelled   # shut down: nothing new starts
