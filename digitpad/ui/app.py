"""The application and its main window: tabs, menus, status bar, settings.

A tab is an ``AppTab`` (``ui/tab.py`` says what the window calls, and when)
whose constructor takes the app's ``AppState`` (``Tab(state, parent=None)``);
add it to ``TABS`` and it appears. Its settings live in the group
``tabs/<key>``, so a tab's title can change without the user losing them.

Tabs other than the one shown at start are built the first time they are
shown, which keeps start-up quick. The app state (the model, where MNIST
lives, the current drawing) is the only thing tabs share.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QProcess, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QFileDialog, QMainWindow, QMessageBox,
                               QTabWidget, QVBoxLayout, QWidget)

from .. import models
from ..nn.network import WeightsError
from . import i18n, teacher, wheel_guard, zoom
from .about import show_about
from .folders import IMAGES, WEIGHTS, last_folder, remember_folder
from .i18n import translate
from .language_choice import missing_font_notice, offer_restart
from .launch import (APPLICATION, ORGANIZATION, app_icon, make_application,  # noqa: F401
                     open_settings, run_app)   # (callers import them from here too)
from .menus import build_menus, tips_as_tooltips
from .model_state import ModelState, model_title, source_title
from .settings import SettingsReader
from .settings_migration import STATE_GROUP, migrate_settings
from .tab import AppTab, TabSpec
from .units import accuracy_text
from .unsaved import ClosingQuestions
from .widgets.side_scroll import TabsScroll
from .widgets.status_bar import StatusBar, StatusLabel
from .window_size import SMALLEST_WINDOW, default_size, fit_window, opens_maximized, restore_geometry
from .workers import JobRunner, user_words

#: Every tab, in order. Adding a tab is one line here.
TABS: list[TabSpec] = [
    TabSpec("draw", QT_TRANSLATE_NOOP("TabSpec", "Draw"), "digitpad.ui.draw_tab:DrawTab"),
    TabSpec("explore", QT_TRANSLATE_NOOP("TabSpec", "Explore"), "digitpad.ui.explore_tab:ExploreTab"),
    TabSpec("testset", QT_TRANSLATE_NOOP("TabSpec", "Test set"), "digitpad.ui.testset:TestSetTab"),
    TabSpec("train", QT_TRANSLATE_NOOP("TabSpec", "Train"), "digitpad.ui.train:TrainTab"),
]
#: The tab that shows a drawing asked for elsewhere (a test-set sample, one of My digits).
DRAW = "draw"

def tab_title(tab: TabSpec) -> str:
    """A tab's title in the app's language (``TABS`` holds it in English)."""
    return translate("TabSpec", tab.title)


def _resolve(spec: str | type) -> type:
    if not isinstance(spec, str):
        return spec
    module_name, _, class_name = spec.partition(":")
    return getattr(importlib.import_module(module_name), class_name)


class _Placeholder(QWidget):
    """Stands in for a tab that has not been built yet."""

    def __init__(self, tab: TabSpec):
        super().__init__()
        self.tab = tab
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)


class MainWindow(QMainWindow):
    def __init__(self, state: ModelState | None = None, tabs: list[TabSpec] | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("digitpad")
        self.setWindowIcon(app_icon())
        self.state = state if state is not None else ModelState.startup(self)
        self.zoom = 1.0
        self.settings_notices: list[str] = []   # saved settings that could not be used, said once
        self._tabs_spec = [TabSpec(*tab) for tab in (TABS if tabs is None else tabs)]
        self._built: dict[str, AppTab] = {}   # by key
        self._weights_jobs = JobRunner(self)
        self._my_digits_view = None
        self.closing = ClosingQuestions(self)   # a trained network not saved is asked about first

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setDocumentMode(True)
        for tab in self._tabs_spec:
            self.tabs.addTab(_Placeholder(tab), tab_title(tab))
        # On a screen smaller than the tabs need (200% on a 1920x1080 monitor leaves 960x540) the
        # tabs scroll instead of being squeezed below their minimum, where widgets overlap.
        self.tabsScroll = TabsScroll(self.tabs, "tabsScroll")
        self.setCentralWidget(self.tabsScroll)
        self.setMinimumSize(*SMALLEST_WINDOW)

        self.setStatusBar(StatusBar(self))
        self.modelStatus = StatusLabel("modelStatus")
        self.modelStatus.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.modelStatus, yields=True)  # to a long message
        self.statusBar().setSizeGripEnabled(True)

        build_menus(self)
        self.state.modelChanged.connect(self._on_state_model_changed)
        self._on_state_model_changed(self.state.model)
        self.state.drawingRequested.connect(self._on_state_drawing_requested)

        self._restore_state()  # the MNIST folder chosen: the teacher may need it at once
        self.teacher = teacher.install(self)
        tips_as_tooltips(self.menuBar())  # the File menu is whole now

        self._restore_settings()
        self._ensure_built(self.tabs.currentIndex())
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._on_tabs_current_changed(self.tabs.currentIndex())
        if self.state.notice:
            notice = self.state.notice
            QTimer.singleShot(0, lambda: self.show_message("warning", self.tr("Weights"), notice))

    # tabs ------------------------------------------------------------------------------

    def tab(self, name: str) -> AppTab:
        """The tab with this key (or title), built now if it was not yet."""
        for index, tab in enumerate(self._tabs_spec):
            if name in (tab.key, tab.title):
                return self._ensure_built(index)
        raise KeyError(name)

    def current_tab(self) -> AppTab | None:
        return self._ensure_built(self.tabs.currentIndex()) if self.tabs.count() else None

    def _ensure_built(self, index: int) -> AppTab:
        widget = self.tabs.widget(index)
        if not isinstance(widget, _Placeholder):
            return widget
        spec = widget.tab
        tab = self._restored(_resolve(spec.spec), spec)
        wheel_guard.guard(tab)
        self._built[spec.key] = tab
        zoom.apply(tab, self.zoom)
        blocked = self.tabs.blockSignals(True)
        current = self.tabs.currentIndex()
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, tab_title(spec))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        widget.deleteLater()
        tab.start()
        return tab

    def _connected(self, tab: AppTab) -> AppTab:
        """``tab`` with its signals going to the status bar, message boxes and the teacher."""
        if not isinstance(tab, AppTab):
            raise TypeError(f"{type(tab).__name__} is not an AppTab")
        tab.statusMessage.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        tab.messageRequested.connect(lambda level, t, text: self.show_message(level, t, text))
        tab.digitSaved.connect(self.teacher.on_digit_saved)
        tab.teachRequested.connect(self.teacher.teach_active)
        self.teacher.lessonReported.connect(tab.show_lesson)
        tab.readRight.connect(self.teacher.on_read_right)
        self.teacher.personalChanged.connect(lambda model: model is None and tab.forget_read_right())
        return tab

    def _restored(self, tab_class: type, spec: TabSpec) -> AppTab:
        """A new tab with its saved settings applied; nothing in the settings file can stop start-up.

        Values the tab refuses fall back to its defaults; a tab whose settings
        make it fail is built again on its defaults. Either way the status bar
        says so once, and the refused values are overwritten at the next save.
        """
        title = tab_title(spec)
        tab = self._connected(tab_class(self.state))
        settings = open_settings()
        settings.beginGroup(f"tabs/{spec.key}")
        try:
            rejected = list(tab.restore_settings(settings) or [])
        except Exception:  # a tab half-restored is in no known state: start it afresh
            tab.shutdown(0.5)
            tab.deleteLater()
            tab = self._connected(tab_class(self.state))
            notice = self.tr("{0} tab: its saved settings could not be used; it starts on its defaults.").format(title)
        else:
            notice = None
            self._note_rejected(self.tr("{0} tab").format(title), rejected)
        finally:
            settings.endGroup()
        if notice:
            self._say_settings_notice(notice)
        return tab

    def _note_rejected(self, where: str, rejected: list[str]) -> None:
        """Say once which saved values of ``where`` could not be used."""
        if not rejected:
            return
        names = [key.rsplit("/", 1)[-1] for key in rejected]   # short: the status bar is narrow
        if len(names) > 3:
            names = self.tr("{0} and %n more", "", len(names) - 3).format(", ".join(names[:3]))
        else:
            names = ", ".join(names)
        self._say_settings_notice(self.tr("{0}: saved {1} could not be used; defaults instead.").format(where, names))

    def _say_settings_notice(self, notice: str) -> None:
        self.settings_notices.append(notice)
        self.statusBar().showMessage(notice, 15000)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index < 0:
            return
        tab = self._ensure_built(index)
        for action in (self.undoAction, self.redoAction, self.clearAction):
            action.setEnabled(tab.EDITS)
        if tab.focusProxy() is not None:   # the Draw tab's canvas, ready for digit keys
            tab.setFocus()

    def _edit_current(self, edit) -> None:
        """``edit(tab)`` on the tab shown, if it edits something (the Edit menu)."""
        tab = self.current_tab()
        if tab is not None and tab.EDITS:
            edit(tab)

    def show_about(self) -> QMessageBox:
        """The app, and the active model's card: what it is, how it was made, how well it does."""
        return show_about(self, self.state.model)

    # language ---------------------------------------------------------------------------

    def choose_language(self, code: str) -> QMessageBox | None:
        """Remember ``code`` for the next start and offer to restart now (the window's words are built once)."""
        settings = open_settings()
        settings.setValue(i18n.SETTING, code)
        settings.sync()
        if code == i18n.installed():
            return None
        return offer_restart(self, code)

    def restart(self) -> bool:
        """Close the window (saving everything, as any close does) and start digitpad again.

        False if the window asks about unsaved work first: the restart follows a Save or
        Discard, and Cancel drops it."""
        self.closing.then = _start_again
        return self.close()

    def say_missing_font(self, choice: i18n.Choice) -> None:
        """Once per start: the language wanted has no font here, so the window is in English."""
        notice = missing_font_notice(choice)
        if notice:
            self.statusBar().showMessage(notice, 30000)

    # My digits -------------------------------------------------------------------------

    def show_my_digits(self):
        """The My digits window (made once, read again each time it is shown)."""
        from .mydigits_view import MyDigitsView
        if self._my_digits_view is None:
            # a window of its own, not one kept above this one: a drawing opened from it must show
            self._my_digits_view = MyDigitsView()
            self._my_digits_view.openRequested.connect(self._on_my_digits_open_requested)
            self._my_digits_view.edited.connect(self.teacher.on_my_digits_edited)
        else:
            self._my_digits_view.reload()
        if not self._my_digits_view.isVisible():
            self._my_digits_view.place(self)   # where it was, or beside this one: not where the screen starts
        self._my_digits_view.show()
        self._my_digits_view.raise_()
        self._my_digits_view.activateWindow()
        return self._my_digits_view

    def _on_my_digits_open_requested(self, image) -> None:
        self.state.request_drawing(image)
        self.raise_()
        self.activateWindow()

    # presentation ------------------------------------------------------------------------

    def set_zoom(self, factor: float) -> float:
        """Show every text of the app at ``factor`` times its size (clamped to the zoom steps' range)."""
        self.zoom = zoom.clamp(factor)
        zoom.apply(self, self.zoom)
        self.zoomInAction.setEnabled(self.zoom < zoom.MAXIMUM)
        self.zoomOutAction.setEnabled(self.zoom > zoom.MINIMUM)
        return self.zoom

    def _zoom_from_menu(self, factor: float) -> None:
        self.statusBar().showMessage(self.tr("Zoom {0}").format(f"{self.set_zoom(factor):.0%}"), 2000)
        QTimer.singleShot(0, self._grow_to_fit_tabs)  # once the layouts have taken the new fonts

    def _grow_to_fit_tabs(self) -> None:
        """Make the window big enough for the (zoomed) tabs, as far as its screen allows.

        Past the screen the tabs scroll instead; a maximised or full-screen window is left as it is.
        """
        if self.isMaximized() or self.isFullScreen():
            return
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        chrome = self.size() - self.tabsScroll.maximumViewportSize()   # menu, status bar, margins
        frame = self.frameGeometry().size() - self.size()                # the window manager's
        wanted = fit_window(self.size(), self.tabs.minimumSizeHint() + chrome,
                            screen.availableGeometry().size() - frame)
        if wanted != self.size():
            self.resize(wanted)

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def changeEvent(self, event) -> None:
        """Keep View > Full screen ticked exactly when the window is full screen (the window
        manager can change it too)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.fullScreenAction.setChecked(self.isFullScreen())

    # the model -------------------------------------------------------------------------

    def _on_state_model_changed(self, model) -> None:
        acc = model.test_accuracy
        sizes = "-".join(str(s) for s in model.network.sizes)
        self.modelStatus.setText(self.tr("Model: {0}  \u00b7  {1}  \u00b7  test accuracy {2}").format(
            model_title(model), sizes, accuracy_text(acc)))
        self.modelStatus.setToolTip(self.tr("Source: {0}").format(source_title(model.source)))
        self.shippedAction.setEnabled(models.shipped_weights_path().is_file() and model.source != "shipped")

    def load_weights(self, path: str) -> bool:
        """Switch the whole app to the weights in ``path``; a bad file keeps the current model."""
        try:
            model = models.load_file(path)
        except WeightsError as exc:
            self._on_weights_errored(exc)
            return False
        return self._use_weights(model)

    def load_weights_in_background(self, path: str) -> None:
        """``load_weights`` with the reading done off the GUI thread (a file may be large or hostile)."""
        self.statusBar().showMessage(self.tr("Reading {0}\u2026").format(path))
        self._weights_jobs.start(_read_weights_job, str(path), returned=self._use_weights,
                                 errored=self._on_weights_errored)

    def _use_weights(self, model) -> bool:
        try:
            self.state.set_model(model)
        except WeightsError as exc:
            self._on_weights_errored(exc)
            return False
        self.statusBar().showMessage(self.tr("Now using {0}").format(model_title(model)), 5000)
        return True

    def _on_weights_errored(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        reason = user_words(exc)
        self.show_message("error", self.tr("Cannot use these weights"),
                          self.tr("{0}\n\nStill using {1}.").format(reason, model_title(self.state.model)))

    def open_weights_dialog(self) -> None:
        self._open_weights(self.tr("Open weights"), self.tr("Network weights (*.npz *.pkl);;All files (*)"))

    def import_book_dialog(self) -> None:
        self._open_weights(self.tr("Import the book's sample_weight.pkl"),
                           self.tr("The book's weights (sample_weight.pkl *.pkl)"))

    def _open_weights(self, title: str, filters: str) -> None:
        """Ask for weights, starting in the folder weights were last opened or saved in, and read them."""
        path, _ = QFileDialog.getOpenFileName(self, title, str(last_folder(WEIGHTS)), filters)
        if path:
            remember_folder(WEIGHTS, Path(path).parent)
            self.load_weights_in_background(path)

    def use_shipped(self) -> None:
        try:
            self.state.load_shipped()
        except WeightsError as exc:
            self.show_message("error", self.tr("Cannot use the shipped weights"), user_words(exc))

    # pictures --------------------------------------------------------------------------

    def open_image(self, path: str) -> bool:
        for index, spec in enumerate(self._tabs_spec):
            if _resolve(spec.spec).OPENS_IMAGES:
                self.tabs.setCurrentIndex(index)
                return bool(self._ensure_built(index).open_image(path))
        return False

    def open_in_draw(self, image) -> None:
        """Put a 28x28 digit on the Draw tab's canvas, read it, and show the tab."""
        self.state.request_drawing(image)

    def _on_state_drawing_requested(self) -> None:
        """Show the Draw tab (built now if need be: it takes the digit when it starts)."""
        keys = [tab.key for tab in self._tabs_spec]
        if DRAW in keys:
            self.tabs.setCurrentIndex(keys.index(DRAW))
            self._ensure_built(keys.index(DRAW))

    def open_image_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a picture of a digit"), str(last_folder(IMAGES)),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.pgm *.ppm);;All files (*)"))
        if path:
            remember_folder(IMAGES, Path(path).parent)
            self.open_image(path)

    # messages --------------------------------------------------------------------------

    def show_message(self, level: str, title: str, text: str) -> QMessageBox:
        """Tell the user something in a window-modal box that does not block the caller.

        Every message goes through here.
        """
        icon = {"error": QMessageBox.Icon.Critical, "warning": QMessageBox.Icon.Warning}.get(
            level, QMessageBox.Icon.Information)
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("messageBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        return box

    # settings --------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = open_settings()
        migrate_settings(settings, self._tabs_spec)
        settings.beginGroup(STATE_GROUP)
        self._note_rejected(self.tr("MNIST folder"), self.state.restore_settings(settings))
        settings.endGroup()

    def _restore_settings(self) -> None:
        settings = open_settings()
        settings.beginGroup("window")
        saved = SettingsReader(settings)
        geometry = saved.state("geometry")
        last_tab = saved.text("tab", "")
        # a zoom the menu cannot reach (zoom=1000) was not chosen: 100%, not the nearest end
        self.set_zoom(saved.number("zoom", 1.0, zoom.MINIMUM, zoom.MAXIMUM))
        settings.endGroup()
        if "zoom" in saved.rejected:   # a geometry or tab that does not fit is not worth a word
            self._note_rejected(self.tr("View"), ["zoom"])
        if not restore_geometry(self, geometry):
            screen = self.screen() or QApplication.primaryScreen()
            self.resize(*default_size(screen))
            if opens_maximized(screen):
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        keys = [tab.key for tab in self._tabs_spec]
        if last_tab in keys:
            self.tabs.setCurrentIndex(keys.index(last_tab))

    def save_settings(self) -> None:
        settings = open_settings()
        settings.beginGroup("window")
        settings.setValue("geometry", self.saveGeometry())
        if self.tabs.currentIndex() >= 0:
            settings.setValue("tab", self._tabs_spec[self.tabs.currentIndex()].key)
        settings.setValue("zoom", self.zoom)
        settings.endGroup()
        settings.beginGroup(STATE_GROUP)
        self.state.save_settings(settings)
        settings.endGroup()
        for key, tab in self._built.items():
            settings.beginGroup(f"tabs/{key}")
            tab.save_settings(settings)
            settings.endGroup()
        settings.sync()

    def closeEvent(self, event) -> None:
        if not self.closing.may_close(self._built):
            event.ignore()
            return
        self.save_settings()
        # Gone from the screen at once: what follows may wait on work under way (a large picture's
        # read cannot be interrupted, a fine-tune's weights are being written).
        self.hide()
        self._weights_jobs.shutdown(5.0)
        if self._my_digits_view is not None:
            self._my_digits_view.close()
            self._my_digits_view.deleteLater()
            self._my_digits_view = None
        self.teacher.close_soon()
        for tab in self._built.values():
            tab.send_read_right()  # before the teacher writes what it holds
        self.teacher.shutdown(5.0)
        for tab in self._built.values():
            tab.shutdown(5.0)
        super().closeEvent(event)
        self.closing.closed()


def _start_again() -> None:
    QProcess.startDetached(sys.executable, ["-m", "digitpad"])
    QApplication.instance().quit()


def _read_weights_job(job, path: str):
    """On a pool thread: the Model in ``path`` (WeightsError says why not)."""
    return models.load_file(path)
