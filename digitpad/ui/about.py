"""Help > About: the app, and the active model's card (what it is, how it was made, how well it does)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__
from . import theme
from .units import accuracy_text


def show_about(parent: QWidget, model) -> QMessageBox:
    """The About box over ``parent`` for ``model``, window-modal and not blocking the caller."""
    rows = [("Active model", model.name), ("Network", repr(model.network))] + card_rows(model.card)
    if model.source not in ("shipped", "book", "random"):
        rows.insert(1, ("File", model.source))
    table = "".join(f"<tr><td style='padding-right:12px; white-space:nowrap; color:{theme.MUTED}'>{_escape(k)}</td>"
                    f"<td>{_escape(v)}</td></tr>" for k, v in rows)
    text = (f"<h3>digitpad {_escape(__version__)}</h3>"
            "<p>Draw a digit and watch the network of chapter 3 of <i>Deep Learning from "
            "Scratch</i> read it: a 784-50-100-10 perceptron in plain NumPy.</p>"
            f"<table>{table}</table>")
    box = QMessageBox(QMessageBox.Icon.NoIcon, "About digitpad", text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("aboutBox")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


#: The card entries the About box shows, in this order, with their labels.
CARD_FIELDS = [
    ("architecture", "Architecture"), ("activation", "Hidden activation"), ("output", "Output"),
    ("input", "Input"), ("test_accuracy", "Test accuracy"), ("validation_accuracy", "Validation accuracy"),
    ("training_images", "Training images"), ("config", "Training"), ("train_seconds", "Training time"),
    ("seed", "Seed"), ("command", "Reproduce with"), ("source", "Source"), ("note", "Note"),
    ("sha256", "SHA-256"),
]
_CONFIG_FIELDS = ("optimizer", "lr", "schedule", "epochs", "batch_size", "loss")


def card_rows(card: dict) -> list[tuple[str, str]]:
    """(label, text) for the model card's entries worth reading; long histories are left out."""
    rows = []
    for key, label in CARD_FIELDS:
        value = card.get(key)
        if value is None or value == "":
            continue
        if key.endswith("accuracy") and isinstance(value, (int, float)):
            text = accuracy_text(value)
        elif key == "architecture" and isinstance(value, (list, tuple)):
            text = "-".join(str(v) for v in value)
        elif key == "config" and isinstance(value, dict):
            parts = [f"{k.replace('_', ' ')} {value[k]}" for k in _CONFIG_FIELDS if k in value]
            if value.get("augment"):
                parts.append("augmented")
            text = ", ".join(parts)
        elif key == "train_seconds" and isinstance(value, (int, float)):
            text = f"{value:.0f} s"
        elif isinstance(value, (str, int, float)):
            text = str(value)
        else:
            continue
        if text:
            rows.append((label, text))
    return rows


def _escape(text: str) -> str:
    return html.escape(str(text), quote=False)
