"""The app's languages: English, Korean and Japanese, through Qt's translation system.

Every word the window shows is written in English in the code and passed
through Qt's translator: ``self.tr("...")`` inside a widget class (the class
name is the context), ``translate("Context", "...")`` elsewhere, and
``QT_TRANSLATE_NOOP("Context", "...")`` for tables of words built before the
translator is installed (translate them where they are shown). Plurals use
``%n``: ``self.tr("%n digit(s)", "", count)``. Numbers and names go in with
``.format`` after the lookup, never inside the looked-up text.

The translations live in ``resources/i18n/digitpad_<code>.ts`` (what
translators edit, built from the code with ``pyside6-lupdate``) and ship
compiled as ``digitpad_<code>.qm`` (``pyside6-lrelease``): ``python -m
digitpad.ui.i18n`` rebuilds both. Messages of the command line stay English.

The language is chosen once per start, before any window exists: the one the
user picked in View > Language, else the system's if we have it, else
English. Korean or Japanese needs a font that covers its script; without one
the app stays in English and says so once.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase

from ..paths import resources_dir

translate = QCoreApplication.translate

#: The settings key of the language the user picked ("" or missing: follow the system).
SETTING = "app/language"
ENGLISH = "en"


@dataclass(frozen=True)
class Language:
    code: str          # ISO 639-1, as in the file names
    name: str          # in its own script: what a reader of it looks for in a menu
    script: QFontDatabase.WritingSystem | None   # a font must cover this to show it

    @property
    def translated(self) -> bool:
        return self.code != ENGLISH


LANGUAGES: tuple[Language, ...] = (
    Language(ENGLISH, "English", None),
    Language("ko", "한국어", QFontDatabase.WritingSystem.Korean),
    Language("ja", "日本語", QFontDatabase.WritingSystem.Japanese),
)
BY_CODE = {language.code: language for language in LANGUAGES}


def translations_dir() -> Path:
    """The folder of the .ts sources and the compiled .qm files."""
    return resources_dir() / "i18n"


def qm_path(code: str) -> Path:
    return translations_dir() / f"digitpad_{code}.qm"


def ts_path(code: str) -> Path:
    return translations_dir() / f"digitpad_{code}.ts"


def saved_choice(settings: QSettings) -> str:
    """The language the user picked, if it is one we have ("" otherwise: a settings file is not trusted)."""
    try:
        value = settings.value(SETTING, "")
    except Exception:  # a value QSettings itself cannot decode
        return ""
    return value if isinstance(value, str) and value in BY_CODE else ""


def system_language(locale: QLocale | None = None) -> str:
    """The system locale's language if the app has it, else English."""
    locale = QLocale.system() if locale is None else locale
    for name in [locale.name(), *locale.uiLanguages()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in BY_CODE:
            return code
    return ENGLISH


def has_font_for(code: str) -> bool:
    """Whether an installed font covers the language's script (English always has one)."""
    script = BY_CODE[code].script
    return script is None or bool(QFontDatabase.families(script))


@dataclass
class Choice:
    """What the app starts in, and why it may not be what was asked for."""
    wanted: str           # the user's pick, or the system's language
    used: str             # what the window is in
    missing_font: bool    # wanted a language no installed font can show


def choose(settings: QSettings, locale: QLocale | None = None) -> Choice:
    wanted = saved_choice(settings) or system_language(locale)
    if BY_CODE[wanted].translated and not has_font_for(wanted):
        return Choice(wanted, ENGLISH, True)
    return Choice(wanted, wanted, False)


# the installed translators, kept alive here (Qt does not own them), and their language
_installed: list[QTranslator] = []
_current = ENGLISH


def install(app: QCoreApplication, code: str) -> bool:
    """Put the app in ``code``'s language (with Qt's own dialogs' words too); False if its file is missing.

    English has a file too, of plurals only: it turns "%n digit(s)" into "1 digit"
    and "2 digits". Call it before any window is built: text already shown stays
    in the language it was made in.
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = code if code in BY_CODE else ENGLISH
    ours = QTranslator(app)
    if not ours.load(str(qm_path(code))):
        if code != ENGLISH:
            return False
        _current = ENGLISH   # without its plurals English still reads, as "1 digit(s)"
        return True
    _current = code
    if not BY_CODE[code].translated:
        app.installTranslator(ours)
        _installed.append(ours)
        QLocale.setDefault(QLocale.system())
        return True
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        fallback = _WithoutNewMnemonic(qt_own, app)   # asked last: after ours and Qt's own
        app.installTranslator(fallback)
        app.installTranslator(qt_own)
        _installed.extend((fallback, qt_own))
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(code))
    return True


class _WithoutNewMnemonic(QTranslator):
    """Qt's words that Qt gave an Alt letter after its translators last saw them ("&Look in:" and
    "Files of &type:" in its file dialog, once "Look in:" and "Files of type:"), found in Qt's
    translation without the letter, which is added the way that translation writes it: "파일 형식(&T):"."""

    def __init__(self, qt_own: QTranslator, parent=None):
        super().__init__(parent)
        self._qt_own = qt_own

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        at = source.find("&") if source else -1
        if at < 0 or at + 1 >= len(source) or source[at + 1] == "&":
            return None   # not found here: Qt shows the English
        said = self._qt_own.translate(context, source[:at] + source[at + 1:], disambiguation, n=n)
        if not said:
            return None
        letter = f"(&{source[at + 1].upper()})"
        return said[:-1] + letter + said[-1] if said[-1] in ":：" else said + letter


def translated_in(code: str, context: str, text: str) -> str:
    """``text`` in the language ``code``, whatever language the app is in now (English if its
    file is missing): the words a user who reads only that language will look for."""
    if not BY_CODE.get(code, BY_CODE[ENGLISH]).translated:
        return text
    other = QTranslator()
    return (other.translate(context, text) or text) if other.load(str(qm_path(code))) else text


def installed() -> str:
    """The language installed by ``install`` (English when none)."""
    return _current


# building the files --------------------------------------------------------------------

def ui_sources() -> list[Path]:
    """Every Python file of the UI: what lupdate reads."""
    package = Path(__file__).resolve().parent
    return sorted(path for path in package.rglob("*.py") if "__pycache__" not in path.parts)


def _tool(name: str) -> str:
    """The path of a tool PySide6 ships (pyside6-lupdate, pyside6-lrelease) beside this Python."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def update_sources(ts_files: list[Path], sources: list[Path] | None = None,
                   plurals_only: bool = False) -> subprocess.CompletedProcess:
    """Bring ``ts_files`` up to date with the code's texts (new ones unfinished, gone ones dropped).

    ``plurals_only`` keeps only the texts with a ``%n`` count (English needs no
    other). lupdate reads every ``#:`` comment as a note to translators; ours are
    notes to programmers, so they are taken out again.
    """
    sources = ui_sources() if sources is None else sources
    command = [_tool("pyside6-lupdate"), *map(str, sources), "-no-obsolete", "-locations", "none",
               *(["-pluralonly"] if plurals_only else []), "-ts", *map(str, ts_files)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    for ts_file in ts_files:
        text = Path(ts_file).read_text(encoding="utf-8")
        Path(ts_file).write_text(_EXTRA_COMMENT.sub("", text), encoding="utf-8")
    return done


_EXTRA_COMMENT = re.compile(r"\n *<extracomment>.*?</extracomment>", re.DOTALL)


def release(ts_file: Path, qm_file: Path) -> subprocess.CompletedProcess:
    """Compile one .ts into the .qm the app loads."""
    command = [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)]
    return subprocess.run(command, capture_output=True, text=True, check=True)


def english_plurals(ts_file: Path) -> int:
    """Fill English's singular and plural of each new "%n word(s)" text; how many were filled.

    "(s)", "(es)" and the like after a word give "1 word" and "2 words"; a text
    without them reads as it is written, whatever the count.
    """
    text = ts_file.read_text(encoding="utf-8")
    filled = 0

    def fill(match: re.Match) -> str:
        nonlocal filled
        source = html.unescape(match.group("source"))
        one = _PLURAL_MARK.sub(r"\g<word>", source)
        many = _PLURAL_MARK.sub(r"\g<word>\g<ending>", source)
        filled += 1
        forms = "".join(f"\n            <numerusform>{html.escape(form, quote=False)}</numerusform>"
                        for form in (one, many))
        return (f'<source>{match.group("source")}</source>\n        <translation>{forms}'
                f"\n        </translation>")

    text = _UNFINISHED_PLURAL.sub(fill, text)
    ts_file.write_text(text, encoding="utf-8")
    return filled


_PLURAL_MARK = re.compile(r"(?P<word>\w)\((?P<ending>[a-z]{1,2})\)")
_UNFINISHED_PLURAL = re.compile(
    r"<source>(?P<source>[^<]*)</source>\s*<translation type=\"unfinished\">\s*"
    r"(?:<numerusform></numerusform>\s*)+</translation>")


def rebuild() -> None:
    """Update every .ts from the code, fill English's plurals, and compile each to its .qm."""
    codes = [language.code for language in LANGUAGES if language.translated]
    update_sources([ts_path(code) for code in codes])
    update_sources([ts_path(ENGLISH)], plurals_only=True)
    english_plurals(ts_path(ENGLISH))
    for language in LANGUAGES:
        release(ts_path(language.code), qm_path(language.code))


if __name__ == "__main__":
    rebuild()
    for language in LANGUAGES:
        print(f"{ts_path(language.code)} -> {qm_path(language.code).name}")
