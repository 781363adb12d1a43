"""Settings saved by older versions, moved once to where this one reads them."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from .tab import TabSpec

#: The settings group of the app state (where MNIST lives).
STATE_GROUP = "app"


def migrate_settings(settings: QSettings, tabs: list[TabSpec]) -> None:
    """Move settings saved under a tab's title (older versions) to its key, once.

    The Test set tab's MNIST folder becomes the app state's, and the window's
    last tab is named by key. Values already under the new names win.
    """
    old_folder = settings.value("tabs/Test set/mnistPath")
    if old_folder is not None and settings.value(f"{STATE_GROUP}/mnistPath") is None:
        settings.setValue(f"{STATE_GROUP}/mnistPath", old_folder)
    settings.remove("tabs/Test set/mnistPath")
    for tab in tabs:
        if tab.title == tab.key:
            continue
        old = f"tabs/{tab.title}"
        settings.beginGroup(old)
        keys = settings.allKeys()
        settings.endGroup()
        for key in keys:
            if settings.value(f"tabs/{tab.key}/{key}") is None:
                settings.setValue(f"tabs/{tab.key}/{key}", settings.value(f"{old}/{key}"))
        settings.remove(old)
    last = settings.value("window/tab")
    by_title = {tab.title: tab.key for tab in tabs}
    if isinstance(last, str) and last in by_title:
        settings.setValue("window/tab", by_title[last])
