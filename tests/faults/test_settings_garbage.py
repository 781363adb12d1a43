"""Nothing in the settings file can stop start-up, and nothing bad in it is saved back.

Every key each tab restores gets garbage (values that overflow, NaN and
infinities, unknown names, lists, bytes, megabyte strings); the window must
start on that tab, the tab must show its defaults, the status bar must say so
once, and closing must write good values over the bad ones.
"""

import json
import math

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSpinBox, QWidget

from digitpad.ui.app import MainWindow, open_settings
from digitpad.ui.model_state import ModelState
from digitpad.ui.tab import AppTab, TabSpec

HUGE = "99999999999999999999"
GARBAGE = [HUGE, "nan", "-inf", "no-such-name", "x" * 100_000, ["a", "b"],
           QByteArray(b"\x00junk"), "-1e9", "1e400", ""]
FORM_GARBAGE = [99999999999999999999, math.nan, "no-such-name", [1, 2], {"a": 1}, -1e308,
                "x" * 100_000, None, -5, True]

#: every key each tab restores
KEYS = {
    "Draw": ["brush", "compareNaive"],
    "Explore": ["section", "activations/visible", "activations/derivatives", "activations/xmin",
                "activations/xmax", "activations/marker", "softmax/input", "swap/activation"],
    "Test set": ["source", "mode", "batchSize", "normalize", "lowConfidence", "sort",
                 "upperSplitter", "leftSplitter", "mainSplitter"],
    "Train": ["preset", "form"],
}
FORM_KEYS = ["hidden", "lr", "activation", "schedule", "loss", "optimizer", "momentum", "batch",
             "epochs", "seed", "limit", "augment", "teacher"]
#: what a tab saves that depends on more than its settings (layout, a folder that is checked later)
NOT_COMPARED = {"upperSplitter", "leftSplitter", "mainSplitter"}
NUMBERS = {"brush", "activations/xmin", "activations/xmax", "activations/marker", "batchSize",
           "lowConfidence"}
#: free text the user types: any short text is theirs to keep (the tab says what is wrong with it)
FREE_TEXT = {"softmax/input", "form/hidden", "form/lr"}


def tab_key(title):
    """The settings group a tab's values are saved in now (they are written under the title,
    as older versions did, so every test here also goes through the move to the new groups)."""
    from digitpad.ui.app import TABS
    return next(tab.key for tab in TABS if tab.title == title)


def write_settings(title, values):
    settings = open_settings()
    settings.setValue("window/tab", title)
    settings.beginGroup(f"tabs/{title}")
    for key, value in values.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()


def garbage_for(title, turn):
    values = {key: GARBAGE[(i + turn) % len(GARBAGE)] for i, key in enumerate(KEYS[title])}
    if title == "Train":
        values["form"] = json.dumps({key: FORM_GARBAGE[(i + turn) % len(FORM_GARBAGE)]
                                     for i, key in enumerate(FORM_KEYS)})
    return values


def saved_values(tab, path, garbage):
    """What ``tab`` would save, as plain text per key (the Train tab's form key by key)."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    tab.save_settings(settings)
    settings.sync()
    values = {key: str(settings.value(key)) for key in settings.allKeys()}
    if "form" in values:
        values.update({f"form/{k}": str(v) for k, v in json.loads(values.pop("form")).items()})
    kept_as_typed = {key for key in FREE_TEXT if isinstance(garbage.get(key), str)
                     and len(garbage[key]) <= 1000}
    return {key: value for key, value in values.items()
            if key not in NOT_COMPARED | kept_as_typed}


def open_window(qtbot):
    notices = []
    window = MainWindow(ModelState())
    qtbot.addWidget(window)
    window.statusBar().messageChanged.connect(lambda text: text and notices.append(text))
    window.show()
    qtbot.waitExposed(window)
    return window, notices


@pytest.mark.parametrize("turn", [0, 5])
@pytest.mark.parametrize("title", sorted(KEYS))
def test_garbage_in_every_key_starts_on_defaults_and_says_so_once(qtbot, tmp_path, title, turn):
    write_settings(title, garbage_for(title, turn))
    window, notices = open_window(qtbot)
    try:
        tab = window.current_tab()
        assert window.tabs.tabText(window.tabs.currentIndex()) == title
        fresh = type(tab)(window.state)
        qtbot.addWidget(fresh)
        garbage = garbage_for(title, turn)
        if "form" in garbage:
            garbage.update({f"form/{k}": v for k, v in json.loads(garbage["form"]).items()})
        assert (saved_values(tab, tmp_path / "restored.ini", garbage)
                == saved_values(fresh, tmp_path / "fresh.ini", garbage))
        assert len(window.settings_notices) == 1 and title in window.settings_notices[0]
        assert window.statusBar().currentMessage() == window.settings_notices[0]
        window.tab("Draw" if title != "Draw" else "Explore")   # building another tab says nothing more
        window.current_tab().update()
        qtbot.wait(20)
        assert not [n for n in notices if "could not be used" in n]
        assert len(window.settings_notices) == 1
        if hasattr(fresh, "shutdown"):
            fresh.shutdown(5.0)
    finally:
        window.close()
    text = open(open_settings().fileName(), encoding="utf-8", errors="replace").read()
    assert HUGE not in text
    saved = open_settings()
    for key in NUMBERS & set(KEYS[title]):
        assert math.isfinite(float(saved.value(f"tabs/{tab_key(title)}/{key}"))), key


def test_the_two_settings_that_stopped_start_up(qtbot):
    write_settings("Explore", {"activations/marker": "nan"})
    form = {"limit": 99999999999999999999}
    settings = open_settings()
    settings.setValue("tabs/Train/form", json.dumps(form))
    settings.sync()
    window, _ = open_window(qtbot)
    try:
        explore = window.current_tab()
        assert math.isfinite(explore.activationSection.marker.value())
        train = window.tab("Train")
        fresh = type(train)(window.state)
        assert (train.findChild(QSpinBox, "limitSpin").value()
                == fresh.findChild(QSpinBox, "limitSpin").value())
        assert len(window.settings_notices) == 2
        assert window.settings_notices == ["Explore tab: saved marker could not be used; defaults instead.",
                                           "Train tab: saved limit could not be used; defaults instead."]
    finally:
        window.close()
    saved = open_settings()
    assert math.isfinite(float(saved.value("tabs/explore/activations/marker")))
    assert json.loads(saved.value("tabs/train/form"))["limit"] <= 60000


@pytest.mark.parametrize("values, rejected", [
    ({"activations/xmin": "-2", "activations/xmax": "2", "activations/marker": "5"}, "marker"),
    ({"activations/xmin": "3", "activations/xmax": "-3", "activations/marker": "1"}, "xmin, xmax"),
    ({"activations/xmin": "2", "activations/xmax": "5", "activations/marker": "9"}, "marker"),
])
def test_explore_values_out_of_their_range_are_defaults_not_clamped(qtbot, values, rejected):
    """A marker outside the saved plot range, or a range that ends before it starts, is not
    trusted: the defaults, said once, as for any other value out of range."""
    from digitpad.ui.widgets.activation_explorer import DEFAULT_MARKER, DEFAULT_RANGE
    write_settings("Explore", values)
    window, _ = open_window(qtbot)
    try:
        section = window.current_tab().activationSection
        if rejected == "marker":
            low, high = float(values["activations/xmin"]), float(values["activations/xmax"])
            assert section.x_range() == (low, high)
            if low <= DEFAULT_MARKER <= high:
                assert section.marker_x() == DEFAULT_MARKER    # not 2, the end of the range
            else:
                assert section.marker_x() == (low + high) / 2  # the default is off the plot too
        else:
            assert section.x_range() == DEFAULT_RANGE
            assert section.marker_x() == 1.0
        assert window.settings_notices == [f"Explore tab: saved {rejected} could not be used; defaults instead."]
    finally:
        window.close()


class _Fragile(AppTab):
    """A tab whose restoring fails part-way, as one that meets a value nobody foresaw would."""

    built = 0

    def __init__(self, state, parent=None):
        super().__init__(parent)
        type(self).built += 1
        self.value = "default"

    def restore_settings(self, settings):
        self.value = "half-restored"
        raise OverflowError("Python int too large to convert to C int")

    def save_settings(self, settings):
        settings.setValue("value", self.value)


def test_a_tab_that_fails_to_restore_is_built_again_on_its_defaults(qtbot):
    _Fragile.built = 0
    window = MainWindow(ModelState(), tabs=[TabSpec("fragile", "Fragile", _Fragile)])
    qtbot.addWidget(window)
    tab = window.current_tab()
    assert isinstance(tab, _Fragile) and tab.value == "default" and _Fragile.built == 2
    assert window.settings_notices == ["Fragile tab: its saved settings could not be used; "
                                       "it starts on its defaults."]
    assert window.statusBar().currentMessage() == window.settings_notices[0]
