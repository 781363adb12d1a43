"""View > Language: the menu of languages, and what choosing one says (the window's words are built once,
so a new language shows from the next start, at once if the user restarts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from . import i18n
from .i18n import translate


def build_menu(window, menu) -> None:
    """View > Language: English, 한국어, 日本語; the one in use is ticked."""
    menu.setObjectName("languageMenu")
    group = QActionGroup(window)
    group.setExclusive(True)
    current = i18n.installed()
    window.languageActions: dict[str, QAction] = {}
    for language in i18n.LANGUAGES:
        action = QAction(language.name, window, objectName=f"language_{language.code}")
        action.setCheckable(True)
        action.setChecked(language.code == current)
        if not i18n.has_font_for(language.code):
            action.setEnabled(False)
            action.setText(translate("MainWindow", "{0} (no installed font shows it)").format(language.name))
        action.triggered.connect(lambda _=False, code=language.code: window.choose_language(code))
        group.addAction(action)
        menu.addAction(action)
        window.languageActions[language.code] = action


def offer_restart(window, code: str) -> QMessageBox:
    """A box over ``window``: digitpad will be in ``code``'s language from its next start; restart now?"""
    name = i18n.BY_CODE[code].name
    box = QMessageBox(QMessageBox.Icon.Information, translate("MainWindow", "Language"),
                      translate("MainWindow", "digitpad will be in {0} from its next start.").format(name),
                      QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("languageBox")
    box.setInformativeText(translate("MainWindow", "Restarting closes the window as Quit does: settings, My digits "
                                                   "and saved models are kept; a drawing not saved to My digits "
                                                   "and a trained network not saved are not."))
    # the restart button is named in both languages: the user may read only the new one
    restart = box.addButton(translate("MainWindow", "Restart now") + " / " + i18n.translated_in(
                                code, "MainWindow", "Restart now"),
                            QMessageBox.ButtonRole.AcceptRole)
    restart.setObjectName("restartButton")
    later = box.addButton(translate("MainWindow", "Later"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("laterButton")
    box.setDefaultButton(later)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    restart.clicked.connect(window.restart)
    box.open()
    return box


def missing_font_notice(choice: i18n.Choice) -> str:
    """What to say when the language wanted has no font here, so the window is in English ("" if it has)."""
    if not choice.missing_font:
        return ""
    language = {"ko": translate("MainWindow", "Korean"),
                "ja": translate("MainWindow", "Japanese")}.get(choice.wanted, choice.wanted)
    return translate("MainWindow", "No installed font can show {0}, so digitpad is in English. "
                                   "Install one (on Linux: fonts-noto-cjk) and start it again.").format(language)
