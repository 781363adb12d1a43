"""The window's menus: File, Edit, View (with Language) and Help.

Each action the window or its tests reach is kept on the window under its
objectName (``window.openWeightsAction``, ...).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from . import language_choice, zoom
from .i18n import translate


def _action(window, menu, text, slot, shortcut=None, name=None, tip=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    if name:
        action.setObjectName(name)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def tips_as_tooltips(bar) -> None:
    """Every menu item's status tip also as its tooltip: the status bar may be too narrow to say
    it whole, and it cannot be pointed at while a menu is open."""
    for menu in bar.findChildren(QMenu):
        menu.setToolTipsVisible(True)
        for action in menu.actions():
            if action.statusTip():
                action.setToolTip(action.statusTip())


def build_menus(window) -> None:
    """The menu bar of ``window`` (a MainWindow), its actions kept on it."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    window.openWeightsAction = _action(
        window, file_menu, translate("MainWindow", "&Open weights..."), window.open_weights_dialog,
        "Ctrl+O", "openWeightsAction",
        translate("MainWindow", "Use a network saved as .npz (or the book's .pkl)"))
    window.importBookAction = _action(
        window, file_menu, translate("MainWindow", "&Import the book's sample_weight.pkl..."),
        window.import_book_dialog, "Ctrl+Shift+O", "importBookAction",
        translate("MainWindow", "Read the book's ch03/sample_weight.pkl through a safe importer"))
    window.shippedAction = _action(
        window, file_menu, translate("MainWindow", "Use the &shipped weights"), window.use_shipped,
        None, "shippedAction", translate("MainWindow", "Switch back to the network that comes with digitpad"))
    file_menu.addSeparator()
    window.openImageAction = _action(
        window, file_menu, translate("MainWindow", "Open i&mage..."), window.open_image_dialog,
        "Ctrl+I", "openImageAction", translate("MainWindow", "Classify a picture of a digit (PNG, JPG, ...)"))
    window.myDigitsAction = _action(
        window, file_menu, translate("MainWindow", "My &digits..."), window.show_my_digits, None,
        "myDigitsAction",
        translate("MainWindow", "See every drawing you saved: relabel, delete, open in the Draw tab, export"))
    file_menu.addSeparator()
    window.quitAction = _action(window, file_menu, translate("MainWindow", "&Quit"), window.close,
                                "Ctrl+Q", "quitAction")

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    window.undoAction = _action(window, edit_menu, translate("MainWindow", "&Undo stroke"),
                                lambda: window._edit_current(lambda tab: tab.undo()), ["Ctrl+Z"], "undoAction")
    window.redoAction = _action(window, edit_menu, translate("MainWindow", "&Redo stroke"),
                                lambda: window._edit_current(lambda tab: tab.redo()),
                                ["Ctrl+Shift+Z", "Ctrl+Y"], "redoAction")
    window.clearAction = _action(window, edit_menu, translate("MainWindow", "&Clear canvas"),
                                 lambda: window._edit_current(lambda tab: tab.clear()), ["Esc"], "clearAction")

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for index, (_, title, _) in enumerate(window._tabs_spec):
        _action(window, view_menu, translate("TabSpec", title), lambda _=False, i=index: window.tabs.setCurrentIndex(i),
                f"Ctrl+{index + 1}" if index < 9 else None)
    view_menu.addSeparator()
    window.zoomInAction = _action(
        window, view_menu, translate("MainWindow", "Zoom &in"),
        lambda: window._zoom_from_menu(zoom.step(window.zoom, +1)), ["Ctrl+=", "Ctrl++"], "zoomInAction",
        translate("MainWindow", "Larger text everywhere, for a projector or the back row"))
    window.zoomOutAction = _action(
        window, view_menu, translate("MainWindow", "Zoom &out"),
        lambda: window._zoom_from_menu(zoom.step(window.zoom, -1)), "Ctrl+-", "zoomOutAction",
        translate("MainWindow", "Smaller text everywhere"))
    window.actualSizeAction = _action(
        window, view_menu, translate("MainWindow", "&Actual size"), lambda: window._zoom_from_menu(1.0),
        "Ctrl+0", "actualSizeAction", translate("MainWindow", "Text at its normal size"))
    view_menu.addSeparator()
    window.fullScreenAction = _action(
        window, view_menu, translate("MainWindow", "&Full screen"), window.set_full_screen, "F11",
        "fullScreenAction", translate("MainWindow", "Fill the screen with the window (F11 again to leave)"))
    window.fullScreenAction.setCheckable(True)
    view_menu.addSeparator()
    language_choice.build_menu(window, view_menu.addMenu(translate("MainWindow", "&Language")))

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    window.aboutAction = _action(window, help_menu, translate("MainWindow", "&About digitpad and the model"),
                                 window.show_about, "F1", "aboutAction")
    _action(window, help_menu, translate("MainWindow", "About &Qt"), QApplication.aboutQt)
