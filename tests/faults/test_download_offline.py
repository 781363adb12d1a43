"""Offline, the download panel says so in one plain sentence and what to do instead; what each
mirror said waits behind Details."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from digitpad.data.errors import DownloadError
from digitpad.data.mnist import download_mnist
from digitpad.ui.testset.download import OFFLINE_TEXT
from test_download import SPECS, closed_port_url
from test_download_panel_folders import missing_tab  # noqa: F401  (a fixture)


def test_unreachable_mirrors_make_an_offline_error(tmp_path, server):  # noqa: F811
    with pytest.raises(DownloadError) as offline:
        download_mnist(tmp_path / "a", mirrors=[closed_port_url(), closed_port_url()], files=SPECS)
    assert offline.value.unreachable and len(offline.value.failures) == 2
    with pytest.raises(DownloadError) as answered:   # a server that answers 404 is reachable
        download_mnist(tmp_path / "b", mirrors=[closed_port_url(), server.url("none")], files=SPECS)
    assert not answered.value.unreachable


def click(qtbot, tab, name):
    button = tab.findChild(QPushButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_offline_download_leads_with_one_sentence_and_hides_the_details(qtbot, missing_tab):  # noqa: F811
    tab = missing_tab()
    mirrors = [closed_port_url(), closed_port_url(), closed_port_url()]
    tab.mirrors, tab.download_files = tuple(mirrors), tuple(SPECS)
    with qtbot.waitSignal(tab.messageRequested, timeout=10_000) as message:
        click(qtbot, tab, "downloadButton")
    problem = tab.findChild(QLabel, "missingProblem")
    details = tab.findChild(QLabel, "downloadDetails")
    assert problem.text() == OFFLINE_TEXT and message.args[2] == OFFLINE_TEXT
    assert OFFLINE_TEXT.count(". ") == 0 and "folder" in OFFLINE_TEXT and "http" not in OFFLINE_TEXT
    assert not details.isVisible()
    click(qtbot, tab, "downloadDetailsButton")
    assert details.isVisible()
    lines = details.text().splitlines()
    assert len(lines) == 3 and all(line.startswith(url) for line, url in zip(lines, mirrors))
