"""The app in Korean and Japanese: every tab speaks the language, and View > Language remembers it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QMenu, QMessageBox, QTabWidget)

from digitpad.ui import i18n
from qt_helpers import click, new_window

#: Words that stay as they are in the book's Korean and Japanese editions, and names.
KEPT = {"English", "Keras", "gzip", "IDX", "digitpad", "MNIST", "NumPy", "ReLU", "SHA", "npz", "pkl", "png", "PNG", "JPG", "CSV", "Qt",
        "Adam", "SGD", "GEMM", "BLAS", "Ctrl", "Shift", "Esc", "Del", "max", "exp", "sum", "log",
        "sigmoid", "softmax", "relu", "step", "identity", "tanh", "dot", "predict", "forward",
        "init_network", "np", "x", "W", "b", "a", "z", "y", "h", "sample_weight", "ch03",
        "Deep", "Learning", "from", "Scratch", "CC", "BY", "UCI", "Pen", "Based", "Recognition",
        "of", "Handwritten", "Digits", "pendigits", "fonts", "noto", "cjk", "Noto", "CJK", "Sans"}
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]{2,}")


def _plain(text: str) -> str:
    text = re.sub(r"<code>.*?</code>", " ", text, flags=re.S)      # commands and code stay as typed
    return re.sub(r"&(?=\w)", "", re.sub(r"<[^>]*>|&[a-z]+;", " ", text))


def _english_words(text: str) -> list[str]:
    plain = _plain(text)
    if _CODE.search(plain):          # a line of the chapter's Python stays Python
        return []
    plain = re.sub(r"\S*[/\\]\S*|\S+\.(?:npz|pkl|json|png|csv)\b|\d[\w.,]*", " ", plain)   # paths, files, numbers
    plain = re.sub(r"\b\w+_\w+\b|\b\w+(?=\()|\b\w+(?:\.\w+)+|\b\w+=\S*", " ", plain)   # code names
    plain = re.sub(r"\bdigitpad(?: [a-z-]+)+", " ", plain)                                 # commands
    return [word for word in _WORD.findall(plain) if word not in KEPT and not word.isupper()]


_CODE = re.compile(r"^\s*[\w\[\], .]+ = \S|^\s*(?:def|return|import|for) ")


def _shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) for the words of every widget, tab, menu and action the user can read."""
    texts = []
    for tabs in window.findChildren(QTabWidget):
        texts += [(f"{tabs.objectName()} tab {i}", tabs.tabText(i)) for i in range(tabs.count())]
    for menu in window.findChildren(QMenu):
        texts.append((f"menu {menu.objectName()}", menu.title()))
        texts += [(f"action {action.objectName()}", action.text()) for action in menu.actions()]
    for kind, read in ((QLabel, QLabel.text), (QAbstractButton, QAbstractButton.text),
                       (QGroupBox, QGroupBox.title), (QLineEdit, QLineEdit.placeholderText)):
        for widget in window.findChildren(kind):
            texts.append((f"{kind.__name__} {widget.objectName()}", read(widget)))
            texts.append((f"{kind.__name__} {widget.objectName()} tip", widget.toolTip()))
    for combo in window.findChildren(QComboBox):
        texts += [(f"QComboBox {combo.objectName()} item {i}", combo.itemText(i)) for i in range(combo.count())]
    for header in window.findChildren(QHeaderView):
        if header.model() is not None and header.orientation() == Qt.Orientation.Horizontal:
            texts += [(f"{header.parent().objectName()} header {i}",
                       header.model().headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
                      for i in range(header.count())]
    for plot in window.findChildren(pg.PlotWidget):
        item = plot.getPlotItem()
        texts.append((f"plot {plot.objectName()} title", item.titleLabel.text))
        texts += [(f"plot {plot.objectName()} {side} axis", item.getAxis(side).labelText)
                  for side in ("left", "bottom", "right", "top")]
    return [(where, text) for where, text in texts if isinstance(text, str) and text]


def _translation_of(code: str, context: str, source: str) -> str:
    root = ET.parse(i18n.ts_path(code)).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation")
    raise AssertionError(f"{source!r} is not in {context} of {code}")


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_every_tab_speaks_the_language(qtbot, state, in_language, code):
    in_language(code)
    window = new_window(qtbot, state)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)      # each tab is built the first time it is shown
        qtbot.wait(50)
    assert window.tabs.tabText(0) == _translation_of(code, "TabSpec", "Draw") != "Draw"
    view = window.findChild(QMenu, "languageMenu")
    assert view.title() == _translation_of(code, "MainWindow", "&Language")
    english = [f"{where}: {text!r} ({', '.join(words)})"
               for where, text in _shown_texts(window) if (words := _english_words(text))]
    assert not english, f"{len(english)} texts still in English:\n" + "\n".join(english[:60])
    window.close()


def test_view_language_remembers_the_choice_and_asks_before_restarting(qtbot, state, monkeypatch):
    from digitpad.ui.app import open_settings
    monkeypatch.setattr(i18n, "has_font_for", lambda code: True)
    window = new_window(qtbot, state)
    actions = window.languageActions
    assert [actions[code].text() for code in ("en", "ko", "ja")] == ["English", "한국어", "日本語"]
    assert actions["en"].isChecked()

    actions["ko"].trigger()
    assert open_settings().value(i18n.SETTING) == "ko"
    box = window.findChild(QMessageBox, "languageBox")
    qtbot.waitUntil(lambda: box.isVisible())
    restart = window.findChild(QAbstractButton, "restartButton")
    assert "지금 다시 시작" in restart.text()        # the new language's words too
    click(qtbot, window.findChild(QAbstractButton, "laterButton"))
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "languageBox") is None
                    or not window.findChild(QMessageBox, "languageBox").isVisible())
    assert window.isVisible()                       # Later keeps the window as it is

    actions["en"].trigger()                          # back to the language in use: nothing to restart
    assert open_settings().value(i18n.SETTING) == "en"


def test_the_language_follows_a_saved_choice_then_the_system(settings_dir, monkeypatch):
    from digitpad.ui.app import open_settings
    monkeypatch.setattr(i18n, "has_font_for", lambda code: True)
    settings = open_settings()
    korean, french = QLocale(QLocale.Language.Korean), QLocale(QLocale.Language.French)
    assert i18n.choose(settings, korean).used == "ko"
    assert i18n.choose(settings, french).used == "en"
    settings.setValue(i18n.SETTING, "ja")
    assert i18n.choose(settings, korean).used == "ja"
    settings.setValue(i18n.SETTING, "x" * 10_000)          # not a language we have: the system's
    assert i18n.choose(settings, korean).used == "ko"
    settings.setValue(i18n.SETTING, 7)
    assert i18n.choose(settings, french).used == "en"


def test_without_a_font_for_the_language_the_app_stays_english_and_says_so(qtbot, state, monkeypatch):
    monkeypatch.setattr(i18n, "has_font_for", lambda code: code == "en")
    choice = i18n.choose(open_settings_with("ko"), QLocale(QLocale.Language.English))
    assert (choice.wanted, choice.used, choice.missing_font) == ("ko", "en", True)
    window = new_window(qtbot, state)
    window.say_missing_font(choice)
    assert "Korean" in window.statusBar().currentMessage()
    assert "fonts-noto-cjk" in window.statusBar().currentMessage()
    assert not window.languageActions["ko"].isEnabled()
    assert window.languageActions["en"].isChecked()


def open_settings_with(code):
    from digitpad.ui.app import open_settings
    settings = open_settings()
    settings.setValue(i18n.SETTING, code)
    return settings


@pytest.mark.parametrize("digits, corrections", [(1, None), (3, None), (3, 3), (3, 1), (2, 0)])
def test_the_personal_model_is_named_in_the_language(qapp, in_language, book_model, digits, corrections):
    from digitpad import teach
    from digitpad.models import Model
    from digitpad.ui.model_state import model_title
    name = teach.personal_name(digits, corrections)
    card = {"taught_digits": digits} if corrections is None else {"taught_digits": digits, "corrections": corrections}
    personal = Model(book_model.network, name, teach.SOURCE, card)
    assert model_title(personal) == name      # English: the core's own words
    in_language("ko")
    korean = model_title(personal)
    assert str(digits) in korean and "taught" not in korean and " digit" not in korean and "correction" not in korean
    if corrections not in (None, digits):
        assert f"({corrections} correction" in name and korean.endswith(f"(수정 {corrections}개)"), korean
    renamed = Model(book_model.network, "mine.npz", teach.SOURCE, {"taught_digits": digits})
    assert model_title(renamed) == "mine.npz"                           # a name we did not give stays


def test_the_personal_switch_and_the_reset_question_name_the_model_in_the_language(
        qtbot, state, in_language, book_model):
    from PySide6.QtWidgets import QMessageBox, QToolButton
    from digitpad import teach
    from digitpad.models import Model
    from digitpad.ui.teacher import ask_before_reset
    in_language("ko")
    window = new_window(qtbot, state)
    personal = Model(book_model.network, teach.personal_name(2), teach.SOURCE,
                     {"taught_digits": 2, "read_right_digits": 5})
    window.teacher.personal = personal
    window.teacher.personalChanged.emit(personal)
    tip = window.findChild(QToolButton, "personalSwitchButton").toolTip()
    assert "2" in tip and "5" in tip and "taught" not in tip and "drawing" not in tip, tip
    box = ask_before_reset(window, window.teacher)
    assert "2" in box.text() and "taught" not in box.text(), box.text()
    box.done(QMessageBox.StandardButton.Cancel)
    window.close()


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_every_tab_fits_a_1024_wide_screen_in_the_language(qtbot, state, in_language, code):
    """Longer words must not push a tab past what a 1024x768 projector shows (as in English)."""
    in_language(code)
    window = new_window(qtbot, state)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 700)      # maximised on a 1024x768 screen, less a title bar and a panel
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        page = window.tabs.currentWidget()
        assert page.minimumSizeHint().width() <= 1024 - 8, (window.tabs.tabText(index),
                                                             page.minimumSizeHint().width())
    qtbot.waitUntil(lambda: not window.tabsScroll.horizontalScrollBar().isVisible()
                    and not window.tabsScroll.verticalScrollBar().isVisible())
    window.close()


def test_a_problem_is_said_in_the_language_with_the_cores_details(qapp, in_language):
    """The core words its errors in English; the window says the kind of problem in its own
    language first and keeps the core's details (the file at fault) after it."""
    from digitpad.nn.network import WeightsError
    from digitpad.ui.workers import user_words
    problem = WeightsError("mine.npz: not a readable .npz file")
    assert user_words(problem) == "mine.npz: not a readable .npz file"      # English: as the core says
    in_language("ko")
    korean = user_words(problem)
    first, details = korean.split("\n\n", 1)
    assert details == "mine.npz: not a readable .npz file"
    assert first and not _english_words(first), first
    assert user_words(problem, one_line=True) == f"{first} {details}"  # for the status bar
    assert user_words(KeyError("x")).startswith("KeyError")                   # a bug stays a bug report


def test_the_about_card_speaks_the_language(qapp, in_language):
    """The card's own words (what the input is) are the core's English; About shows them translated."""
    from digitpad import models
    from digitpad.ui.about import card_rows
    card = models.load_shipped().card
    english = dict(card_rows(card))
    in_language("ja")
    japanese = dict(card_rows(card))
    assert len(japanese) == len(english)
    for label, text in japanese.items():
        assert not _english_words(label), label
    assert not _english_words(next(t for t in japanese.values() if "28x28" in t))


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" (Alt+letter), lower-cased; None if there is none."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_no_two_items_of_a_menu_share_an_alt_letter(qtbot, state, in_language, code):
    """Alt+letter must reach one item: with two, Qt only cycles between them."""
    in_language(code)
    window = new_window(qtbot, state)
    menus = [action.menu() for action in window.menuBar().actions()]
    shared = []
    for menu in [window.menuBar(), *window.findChildren(QMenu)]:
        actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        letters = [(_mnemonic(a.text()), a.text()) for a in actions]
        seen = {}
        for letter, text in letters:
            if letter is None:
                continue
            if letter in seen:
                shared.append(f"{menu.objectName() or menu.title()}: {seen[letter]!r} and {text!r}")
            seen[letter] = text
    assert all(menus) and len(menus) >= 4
    assert not shared, "\n".join(shared)
    window.close()


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_damaged_mnist_is_told_from_missing_mnist_in_the_language(qtbot, in_language, code):
    from digitpad.data.errors import MnistNotFound
    from digitpad.ui.testset.download import DownloadPanel
    from digitpad.ui.workers import JobRunner, user_words
    in_language(code)
    panel = DownloadPanel(JobRunner())
    qtbot.addWidget(panel)
    panel.show_problem("t10k-images-idx3-ubyte: not an IDX file", None, None, found=True)
    damaged = _translation_of(code, "DownloadPanel", "MNIST's files are here, but they cannot be read")
    assert panel.findChild(QLabel, "missingTitle").text() == damaged
    panel.show_problem(None, None, None)
    assert panel.findChild(QLabel, "missingTitle").text() == _translation_of(
        code, "DownloadPanel", "MNIST is not on this computer yet") != damaged
    unusable = user_words(MnistNotFound("MNIST not found", ("mnist.npz (not a zip file)",)))
    assert unusable.split("\n\n")[0] == _translation_of(code, "_ProblemWords",
                                                        "MNIST's files are here, but they cannot be read.")


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_the_explore_tab_names_its_tools_in_whole_sentences(window_in, code):
    """Korean read "digitpad.nn이(가) 계산합니다"; the list named 3.6.2 otherwise than its heading."""
    window = window_in(code)
    explore = window.tab("Explore")
    window.tabs.setCurrentWidget(explore)
    note = next(label for label in explore.sideBox.findChildren(QLabel) if "digitpad.nn" in label.text())
    assert "digitpad.nn이" not in note.text() and "(가)" not in note.text()
    section = explore.show_section("predict")
    listed = explore.sectionList.currentItem().text()
    assert any(label.text() == listed for label in section.findChildren(QLabel)), listed


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_qts_file_dialog_speaks_the_language(qapp, in_language, code):
    """Qt's file dialog said "Look in:" and "Files of type:" in English beside "파일 이름(&N):":
    Qt gave them an Alt letter ("&Look in:") and its translations still know them without one."""
    from PySide6.QtWidgets import QFileDialog
    in_language(code)
    dialog = QFileDialog(None, "Save")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    try:
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel"):
            assert labels[name] and not _english_words(labels[name]), labels
            assert re.search(r"\(&[A-Z]\)", labels[name]), labels   # its Alt letter kept
    finally:
        dialog.deleteLater()


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one character changed, added or taken away."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    short, long_ = sorted((a, b), key=len)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i + (len(short) == len(long_)):] == long_[i + 1:]


@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_the_draw_tabs_buttons_do_not_read_alike(qtbot, state, in_language, code):
    """In Korean Eraser and Clear, side by side, were 지우개 and 지우기: one letter apart, the
    one that keeps the drawing and the one that throws it away."""
    from digitpad.ui.draw_tab import DrawTab
    in_language(code)
    tab = DrawTab(state)
    qtbot.addWidget(tab)
    names = ("eraserButton", "undoButton", "redoButton", "clearButton")
    words = [tab.findChild(QAbstractButton, name).text().replace("&", "") for name in names]
    assert all(words)
    alike = [(a, b) for i, a in enumerate(words) for b in words[i + 1:] if _one_edit_apart(a, b)]
    assert alike == []
    tab.shutdown(10.0)
