"""Every word of the UI goes through Qt's translator, and both translations are whole.

- ``test_ui_words_go_through_the_translator`` reads the UI code and fails on a
  literal text handed to a widget without ``tr()``/``translate()``;
- ``test_translation_sources_are_up_to_date`` runs ``pyside6-lupdate`` on
  copies of the ``.ts`` files: nothing may be added or dropped, and no
  translation may be unfinished or empty;
- ``test_compiled_translations_match_their_sources`` rebuilds each ``.qm`` with
  ``pyside6-lrelease`` and compares it with the shipped one.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from digitpad.ui import i18n

UI = Path(i18n.__file__).resolve().parent
CODES = [language.code for language in i18n.LANGUAGES]   # English: its plurals only

#: Methods whose text arguments the user reads.
SINK_METHODS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText",
    "setTitle", "addTab", "insertTab", "setTabText", "setTabToolTip", "addMenu", "addAction",
    "showMessage", "setLabel", "setLabelText", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setItemText", "addItem", "addItems", "insertItem", "setSuffix",
    "setPrefix", "setSpecialValueText", "setFormat", "information", "warning", "critical", "question",
    "addButton", "setInformativeText", "setDetailedText", "setAccessibleName", "setAccessibleDescription",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "getItem", "getText", "getInt",
    "getDouble", "setNameFilter", "setNameFilters", "setWindowIconText", "setHtml", "setPlainText",
    "setCaption", "setStatus", "say", "_say", "_action",
}
#: Widget classes whose text arguments the user reads.
SINK_CLASSES = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QMessageBox", "QMenu", "QTextBrowser", "ElidedLabel", "QListWidgetItem", "QTableWidgetItem",
    "TextItem", "LabelItem",
}
#: Keyword arguments that never hold words for the user.
NOT_WORDS = {"objectName", "name", "key", "format", "color", "anchor", "justify", "size"}
#: Texts that are the same in every language (names, units, symbols).
SAME_IN_EVERY_LANGUAGE = {"digitpad", "MNIST", "NumPy", "px", "pt", "ms",
                          "Ctrl", "Shift", "Alt", "Esc", "Del", "Backspace", "Space", "Return"}

_WORD = re.compile(r"[A-Za-z]{2,}")
_IDENTIFIER = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)+|[a-z]+_[a-z_0-9]+")


def _is_word_literal(node: ast.AST) -> bool:
    """A literal text with at least one word in it (f-strings included)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(part.value for part in node.values
                       if isinstance(part, ast.Constant) and isinstance(part.value, str))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_word_literal(node.left) or _is_word_literal(node.right)
    elif isinstance(node, ast.IfExp):
        return _is_word_literal(node.body) or _is_word_literal(node.orelse)
    else:
        return False
    if _IDENTIFIER.fullmatch(text):          # an objectName such as "undoAction"
        return False
    plain = re.sub(r"<[^>]*>", " ", text)   # rich text: only the words outside the tags
    return any(word not in SAME_IN_EVERY_LANGUAGE for word in _WORD.findall(plain))


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated_texts(path: Path) -> list[str]:
    """``file:line: text`` for each literal text handed to a widget without the translator."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"):
            index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
            text = node.args[index] if len(node.args) > index else None
            if isinstance(text, ast.JoinedStr):   # lupdate cannot read an f-string
                found.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: f-string inside {name}()")
            if name == "translate" and len(node.args) > 3:   # lupdate files it as no plural
                found.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: a count in translate(): "
                             "use self.tr(text, '', n) in a class")
            continue
        if name not in SINK_METHODS and name not in SINK_CLASSES:
            continue
        arguments = list(node.args) + [k.value for k in node.keywords if k.arg not in NOT_WORDS]
        for argument in arguments:
            if _is_word_literal(argument):
                found.append(f"{path.relative_to(UI.parent.parent)}:{argument.lineno}: "
                             f"{ast.unparse(argument)[:70]}")
    return found


def test_ui_words_go_through_the_translator():
    found = [line for path in i18n.ui_sources() for line in untranslated_texts(path)]
    assert not found, "texts shown without tr()/translate():\n" + "\n".join(found)


def test_the_check_sees_an_untranslated_text(tmp_path):
    """The check above can fail: a label made with a bare literal is reported, a tr()'d one is not."""
    sample = UI / "_sample_for_the_check.py"
    try:
        sample.write_text("from PySide6.QtWidgets import QLabel\n"
                          "class Panel:\n"
                          "    def build(self, n):\n"
                          "        QLabel('Draw a digit')\n"
                          "        self.label.setText(f'{n} digits saved')\n"
                          "        self.label.setText(self.tr('Draw a digit'))\n"
                          "        self.label.setText(self.tr(f'{n} digits'))\n"
                          "        translate('Panel', '%n digit(s)', '', n)\n"
                          "        QLabel(objectName='hint')\n", encoding="utf-8")
        found = untranslated_texts(sample)
    finally:
        sample.unlink()
    assert sorted(line.split(":")[1] for line in found) == ["4", "5", "7", "8"], found


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def test_every_text_has_the_context_it_is_looked_up_in():
    """lupdate files a text under no class when it loses track of the code (a nested def
    with defaults inside a loop does it): at run time that text would never be found."""
    for code in CODES:
        lost = [source for (context, source) in _messages(i18n.ts_path(code)) if not context]
        assert not lost, f"texts without a context in {code}: {lost[:10]}"


def test_english_says_one_digit_and_two_digits(qapp):
    """English plurals come from their own file: "%n digit(s)" reads "1 digit", "2 digits"."""
    english = i18n.ts_path(i18n.ENGLISH).read_text(encoding="utf-8")
    plurals = [(context, source) for (context, source), message in _messages(i18n.ts_path("ko")).items()
               if message.get("numerus") == "yes"]
    for context, source in plurals:
        assert source.replace("&", "&amp;").replace("<", "&lt;") in english, source
        one = QCoreApplication.translate(context, source, "", 1)
        many = QCoreApplication.translate(context, source, "", 2)
        assert "(s)" not in one + many and one != many, (source, one, many)


@pytest.mark.parametrize("code", CODES)
def test_translation_sources_are_up_to_date(code, tmp_path):
    shipped = i18n.ts_path(code)
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    i18n.update_sources([fresh], plurals_only=code == i18n.ENGLISH)
    assert set(_messages(fresh)) == set(_messages(shipped)), (
        "the .ts file is not the code's: run python -m digitpad.ui.i18n and translate what is new")
    unfinished = []
    for (context, source), message in _messages(shipped).items():
        translation = message.find("translation")
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            unfinished.append(f"{context}: {source!r}")
    assert not unfinished, f"{len(unfinished)} unfinished in {shipped.name}:\n" + "\n".join(unfinished[:40])


@pytest.mark.parametrize("code", CODES)
def test_compiled_translations_match_their_sources(code, tmp_path):
    rebuilt = tmp_path / f"digitpad_{code}.qm"
    i18n.release(i18n.ts_path(code), rebuilt)
    assert rebuilt.read_bytes() == i18n.qm_path(code).read_bytes(), (
        "the shipped .qm is older than its .ts: run python -m digitpad.ui.i18n")


def test_every_preset_description_is_marked_for_translation():
    """The Train form shows the core's descriptions of the presets translated; one changed in
    ``nn.presets`` and not in the marked list would silently stay English."""
    from digitpad.nn.train import PRESETS
    from digitpad.ui.train.words import PRESET_DESCRIPTIONS
    assert {preset.description for preset in PRESETS.values()} == set(PRESET_DESCRIPTIONS)


#: Korean particles written in both forms, one after a final consonant and one after a vowel,
#: for a word not known beforehand: "digitpad.nn이(가)", "sigmoid이(가)" read badly.
KOREAN_TWO_FORM_PARTICLES = ("이(가)", "가(이)", "을(를)", "를(을)", "은(는)", "는(은)", "와(과)", "과(와)",
                             "(으)로", "으로(로)")   # "7(으)로 저장했습니다" at every save


def test_no_korean_particle_follows_a_name_or_a_number_put_into_the_text():
    """A name or a number put into a sentence ({0}) may end in a Latin letter or a digit: the
    sentence is written so that no particle of two forms comes right after it, nor after the
    quotes or brackets closed around it ("“{0}”와(과)", "'{0}'은(는)", "exp({0})은(는)")."""
    stuck = []
    for (context, source), message in _messages(i18n.ts_path("ko")).items():
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if re.search(r"\{\d\}[”’'\")\]]*(?:%s)" % "|".join(re.escape(p) for p in KOREAN_TWO_FORM_PARTICLES), text):
                stuck.append(f"{context}: {text}")
    assert stuck == []


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_the_explore_list_and_each_sections_heading_name_3_6_2_alike(code):
    """The list said "내 숫자로 추론 처리" above a heading "내 숫자로 predict() 실행"."""
    messages = _messages(i18n.ts_path(code))
    listed = messages[("ExploreTab", "predict() on your digit")].find("translation").text
    heading = messages[("PredictWalk", "predict() on your digit")].find("translation").text
    assert listed == heading and "predict()" in listed


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_a_selected_samples_verdict_does_not_use_the_word_its_true_digit_is_given_with(code):
    """Under "#0 · 정답 7" (its true digit) the verdict began "정답: 인식 결과 7", the same word
    for "right"; Japanese said 正解 in both places."""
    messages = _messages(i18n.ts_path(code))
    heading = messages[("SelectedSample", "#{0}  ·  a {1}")].find("translation").text
    word = heading.split("·")[1].replace("{1}", "").strip()
    assert word
    for verdict in ("Right: read as {0}, {1} sure.", "Wrong: read as {0}, {1} sure; it gave {2} to {3}."):
        assert word not in messages[("SelectedSample", verdict)].find("translation").text, verdict
