"""My digits > Export as IDX into a folder we may not read: one message in the window, no exception."""

import numpy as np
from PySide6.QtWidgets import QLabel

from denied import deny
from digitpad.data.mydigits import MyDigits
from digitpad.ui.mydigits_view import MyDigitsView


def test_export_into_an_unreadable_folder_says_so(qtbot, tmp_path, monkeypatch):
    store = MyDigits(tmp_path / "mine")
    store.add(np.zeros((28, 28), np.uint8), 4)
    view = MyDigitsView(store)
    qtbot.addWidget(view)
    view.reload()
    folder = tmp_path / "locked"
    folder.mkdir()
    refused = deny(monkeypatch, folder)
    assert view.export_to(folder) is False
    assert refused
    message = view.findChild(QLabel, "myDigitsMessage").text()
    assert message.startswith("Could not export:") and "Permission denied" in message
