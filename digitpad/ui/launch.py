"""Starting the app: the QApplication with digitpad's names, style and icon, the language, the window.

``digitpad`` with no arguments calls ``run_app``; tests and benchmarks build the
application with ``make_application`` and windows of their own.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..nn.blas import set_blas_threads
from ..paths import resources_dir
from . import i18n, theme

ORGANIZATION = "digitpad"
APPLICATION = "digitpad"


def open_settings() -> QSettings:
    """The app's settings (an INI file in the user's config folder; tests point it elsewhere)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_dir()
    for size in (16, 32, 48, 64, 128, 256):
        path = folder / f"digitpad-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def make_application(argv=None) -> QApplication:
    """The QApplication with digitpad's names, icon, style and palette (reuses a running one)."""
    # The network's matrix products are small: a second BLAS thread costs more
    # than it saves, and stalls badly when the GUI and a worker compete for cores.
    # (OpenBLAS takes this only from the main thread, which is where we are.)
    set_blas_threads(1)
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(sys.argv if argv is None else argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("digitpad")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("digitpad")
    app.setStyle("Fusion")
    app.setPalette(theme.dark_palette())
    app.setWindowIcon(app_icon())
    return app


def freeze_start_up_objects() -> None:
    """Leave what start-up made out of every later garbage collection.

    The window, its widgets, the network and the modules of Qt, pyqtgraph and
    NumPy are some 74,000 objects that live as long as the app; Python's full
    collection walked them all each time it ran (30-45 ms on an idle machine, up to
    110 ms under load), and the window froze for that long mid-stroke. Frozen,
    a full collection takes well under a millisecond. The garbage start-up left
    is collected first; what is made later is collected as before.
    """
    gc.collect()
    gc.freeze()


def run_app(argv=None) -> int:
    app = make_application(argv)
    choice = i18n.choose(open_settings())
    if not i18n.install(app, choice.used):
        choice = i18n.Choice(choice.wanted, i18n.ENGLISH, False)
    from .app import MainWindow   # the window's module imports this one
    window = MainWindow()
    window.say_missing_font(choice)
    window.show()
    QTimer.singleShot(0, freeze_start_up_objects)  # once the first layout's temporaries are gone
    return app.exec()
