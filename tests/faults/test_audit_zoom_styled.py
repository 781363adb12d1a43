"""View > Zoom reaches text whose colour comes from a style sheet, as it reaches every other text.

Qt fixes the font of a widget with a style sheet when it is polished, so a
later application font change passes it by: muted captions, the Explore
section list and coloured notes stayed at their size while the rest grew.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget


@pytest.fixture
def zoomed_window(window):
    yield window
    window.set_zoom(1.0)
    QApplication.processEvents()


def styled_sizes(window) -> dict[str, float]:
    """Point sizes of text styled by a style sheet on the Draw and Explore tabs, by objectName."""
    draw, explore = window.tab("Draw"), window.tab("Explore")
    for tab in (draw, explore):
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
    widgets = {
        "brushLabel": draw.findChild(QLabel, "brushLabel"),
        "myDigitsCount": draw.findChild(QLabel, "myDigitsCount"),
        "sectionList": explore.findChild(QListWidget, "sectionList"),
    }
    for name, widget in widgets.items():
        assert isinstance(widget, QWidget) and widget.styleSheet(), name
    return {name: widget.font().pointSizeF() for name, widget in widgets.items()}


def test_zoom_scales_text_styled_by_a_style_sheet(zoomed_window, qtbot):
    window = zoomed_window
    before = styled_sizes(window)
    plain = QApplication.font().pointSizeF()
    for _ in range(3):  # 1.0 -> 1.1 -> 1.25 -> 1.5
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert window.zoom == pytest.approx(1.5)
    assert QApplication.font().pointSizeF() == pytest.approx(plain * 1.5)
    after = styled_sizes(window)
    for name, size in before.items():
        assert after[name] == pytest.approx(size * 1.5), name
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert styled_sizes(window) == pytest.approx(before)
