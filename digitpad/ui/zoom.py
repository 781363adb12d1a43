"""Presentation zoom: every font in the app, plot text included, scaled by one factor.

Qt cannot change the display scale of a running app, so the zoom works on
fonts. The application font carries the factor to every widget that uses it;
widgets and plot items given a font of their own remember the size they were
built with (their *base* size) and are set to base x factor. A tab built after
a zoom change gets the same treatment when it is built (``apply`` on it).
Painting code that makes its own font asks ``font_size(points)``.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLayout, QWidget

#: The zoom steps of View > Zoom in / Zoom out (1.0 is Actual size).
STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5)
MINIMUM, MAXIMUM = STEPS[0], STEPS[-1]

_BASE = "digitpadBasePointSize"     # a dynamic property: the size a font was built with
_FACTOR = "digitpadZoom"            # the application's current factor
_SIZE_RESOLVED = 0x0002             # QFont::SizeResolved: the font sets its own size


def clamp(value) -> float:
    """A usable zoom factor from anything (a saved setting may be garbage): 1.0 if unreadable."""
    try:
        factor = float(value)
    except (TypeError, ValueError, OverflowError):
        return 1.0
    if not math.isfinite(factor):
        return 1.0
    return min(MAXIMUM, max(MINIMUM, factor))


def step(factor: float, direction: int) -> float:
    """The next zoom step above (direction > 0) or below (< 0) ``factor``; the end steps stay put."""
    if direction > 0:
        return next((s for s in STEPS if s > factor + 1e-6), MAXIMUM)
    return next((s for s in reversed(STEPS) if s < factor - 1e-6), MINIMUM)


def factor() -> float:
    """The zoom the application shows now (1.0 before any zoom)."""
    app = QApplication.instance()
    value = app.property(_FACTOR) if app is not None else None
    return float(value) if isinstance(value, (int, float)) else 1.0


def font_size(points: float) -> float:
    """``points`` at the current zoom, for fonts made while painting."""
    return points * factor()


def set_text_size(item: pg.TextItem, points: float) -> None:
    """Give a plot's text item its size at zoom 1; it shows, and follows, the current zoom."""
    item._zoom_base = points
    font = QFont(item.textItem.font())
    font.setPointSizeF(points * factor())
    item.setFont(font)


def apply(root: QWidget, zoom: float) -> None:
    """Show the app at ``zoom``: the application font, and every font ``root`` holds of its own."""
    app = QApplication.instance()
    base = _base_size(app, app.font().pointSizeF())
    app.setProperty(_FACTOR, zoom)
    font = QFont(app.font())
    font.setPointSizeF(base * zoom)
    app.setFont(font)
    # Qt hands the new application font to the widgets later, in posted events: hand it over
    # now, so that everything below measures with the new font
    app.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    for widget in (root, *root.findChildren(QWidget)):
        _scale_own_font(widget, zoom)
        if widget.styleSheet() and not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            # a widget with a style sheet resolves its font once and misses the application's
            # new one (muted captions, the Eraser button): setting its sheet again re-resolves it
            widget.setStyleSheet(widget.styleSheet())
        if isinstance(widget, pg.GraphicsView):
            _scale_plot_text(widget, base, zoom)
    _measure_again(root)


def _measure_again(root: QWidget) -> None:
    """Make every widget under ``root`` measure and fit itself again, hidden ones included.

    A hidden widget (a tab not shown, a page of a stack) does not lay itself out when its
    font changes: its nested layouts and its parents keep the sizes they measured when it
    was last shown, and a panel that fitted itself to its children while they were
    changing keeps what it saw half-way. Zoomed in, then back to 100%, the tabs would
    still ask for the room of the larger zoom and the window would scroll. So every
    layout item forgets its sizes, then every widget, children before parents, is asked
    to lay itself out (a scroll area that fits its panel does it again).
    """
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        layout = widget.layout()
        if layout is not None:   # a layout nested in another is its child
            for nested in (layout, *layout.findChildren(QLayout)):
                nested.invalidate()
        widget.updateGeometry()   # (also drops the sizes its parent's layout remembers of it)
    for widget in reversed(widgets):   # findChildren lists a parent before its children
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LayoutRequest))


def _base_size(holder, current: float) -> float:
    """The size ``holder`` was built with, remembered the first time it is zoomed."""
    value = holder.property(_BASE)
    if isinstance(value, (int, float)) and value > 0:
        return float(value)
    holder.setProperty(_BASE, current)
    return current


def _scale_own_font(widget: QWidget, zoom: float) -> None:
    """A widget given a font *size* of its own; a font that only sets bold (say) follows the app's."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        return
    font = QFont(widget.font())
    if not font.resolveMask() & _SIZE_RESOLVED or font.pointSizeF() <= 0:   # (or sized in pixels)
        return
    font.setPointSizeF(_base_size(widget, font.pointSizeF()) * zoom)
    widget.setFont(font)


def _scale_plot_text(view: pg.GraphicsView, app_base: float, zoom: float) -> None:
    """Axis ticks and labels, titles, legends and notes of a pyqtgraph view."""
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem):
            tick_base = getattr(item, "_zoom_base", None)
            if tick_base is None:
                tick_font = item.style.get("tickFont")
                tick_base = tick_font.pointSizeF() if tick_font is not None else app_base
                item._zoom_base = tick_base
            tick_font = QFont(item.style.get("tickFont") or QFont())
            tick_font.setPointSizeF(tick_base * zoom)
            label_font = QFont(item.label.font())
            label_font.setPointSizeF(app_base * zoom)
            item.label.setFont(label_font)
            item.setStyle(tickFont=tick_font)      # also re-measures the axis for the new label
        elif isinstance(item, pg.LabelItem):
            size = str(item.opts.get("size", "")).removesuffix("pt")
            base = getattr(item, "_zoom_base", None)
            if base is None:
                try:
                    base = float(size)
                except ValueError:
                    base = app_base
                item._zoom_base = base
            points = f"{base * zoom:.2f}pt"
            item.setText(item.text, size=points)
        elif isinstance(item, pg.TextItem):
            base = getattr(item, "_zoom_base", None)
            if base is None:
                own = item.textItem.font()
                sized = own.resolveMask() & _SIZE_RESOLVED and own.pointSizeF() > 0
                base = item._zoom_base = own.pointSizeF() if sized else app_base
            font = QFont(item.textItem.font())
            font.setPointSizeF(base * zoom)
            item.setFont(font)
