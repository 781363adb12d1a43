"""Help > About: the app, and the active model's card (what it is, how it was made, how well it does)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__
from . import theme
from .i18n import translate
from .model_state import model_title
from .units import accuracy_text, seconds_text


def show_about(parent: QWidget, model) -> QMessageBox:
    """The About box over ``parent`` for ``model``, window-modal and not blocking the caller."""
    rows = [(translate("About", "Active model"), model_title(model)),
            (translate("About", "Network"), repr(model.network)), *card_rows(model.card)]
    where = _file_of(model.source)
    if where:
        rows.insert(1, (translate("About", "File"), where))
    table = "".join(f"<tr><td style='padding-right:12px; white-space:nowrap; color:{theme.MUTED}'>{_escape(k)}</td>"
                    f"<td>{_escape(v)}</td></tr>" for k, v in rows)
    blurb = translate("About", "<p>Draw a digit and watch the network of chapter 3 of <i>Deep Learning from "
                               "Scratch</i> read it: a 784-50-100-10 perceptron in plain NumPy.</p>")
    text = f"<h3>digitpad {_escape(__version__)}</h3>{blurb}<table>{table}</table>"
    box = QMessageBox(QMessageBox.Icon.NoIcon, translate("About", "About digitpad"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("aboutBox")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def _file_of(source: str) -> str | None:
    """The file a model was read from, if any: the personal model's own; none for the shipped
    and the book's weights (inside digitpad), random ones or a network trained and not saved."""
    from .. import teach
    from .train.result import TRAINED_SOURCE
    if source == teach.SOURCE:
        return str(teach.personal_weights_path())
    return None if source in ("shipped", "book", "random", TRAINED_SOURCE) else source


#: The card entries the About box shows, in this order, with their labels.
CARD_FIELDS = [
    ("architecture", QT_TRANSLATE_NOOP("About", "Architecture")),
    ("activation", QT_TRANSLATE_NOOP("About", "Hidden activation")),
    ("output", QT_TRANSLATE_NOOP("About", "Output")), ("input", QT_TRANSLATE_NOOP("About", "Input")),
    ("test_accuracy", QT_TRANSLATE_NOOP("About", "Test accuracy")),
    ("validation_accuracy", QT_TRANSLATE_NOOP("About", "Validation accuracy")),
    ("training_images", QT_TRANSLATE_NOOP("About", "Training images")),
    ("config", QT_TRANSLATE_NOOP("About", "Training")), ("train_seconds", QT_TRANSLATE_NOOP("About", "Training time")),
    ("seed", QT_TRANSLATE_NOOP("About", "Seed")), ("command", QT_TRANSLATE_NOOP("About", "Reproduce with")),
    ("source", QT_TRANSLATE_NOOP("About", "Source")), ("note", QT_TRANSLATE_NOOP("About", "Note")),
    ("sha256", "SHA-256"),
]
#: The training settings the card's "Training" row names, with their words.
_CONFIG_FIELDS = {
    "optimizer": QT_TRANSLATE_NOOP("About", "optimizer"), "lr": QT_TRANSLATE_NOOP("About", "lr"),
    "schedule": QT_TRANSLATE_NOOP("About", "schedule"), "epochs": QT_TRANSLATE_NOOP("About", "epochs"),
    "batch_size": QT_TRANSLATE_NOOP("About", "batch size"), "loss": QT_TRANSLATE_NOOP("About", "loss"),
}


#: What the core writes into the cards it makes, in English; a card's other words are its author's.
_CARD_TEXTS = {
    QT_TRANSLATE_NOOP("ModelCard", "28x28 pixels, row by row, divided by 255 (white digit on black)"),
}


def card_rows(card: dict) -> list[tuple[str, str]]:
    """(label, text) for the model card's entries worth reading, in the app's language; long histories
    are left out."""
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
            parts = [f"{translate('About', word)} {value[k]}" for k, word in _CONFIG_FIELDS.items() if k in value]
            if value.get("augment"):
                parts.append(translate("About", "augmented"))
            text = ", ".join(parts)
        elif key == "train_seconds" and isinstance(value, (int, float)):
            text = seconds_text(value)
        elif key == "training_images" and isinstance(value, int) and not isinstance(value, bool):
            text = f"{value:,}"   # as the Train tab and the CLI write it
        elif isinstance(value, str):
            text = translate("ModelCard", value) if value in _CARD_TEXTS else value
        elif isinstance(value, (int, float)):
            text = str(value)
        else:
            continue
        if text:
            rows.append((translate("About", label), text))
        if key == "train_seconds" and card.get("stopped_early") is True:
            rows.append((translate("About", "Stopped"), _stopped_text(card)))
    return rows


def _stopped_text(card: dict) -> str:
    """Where a run stopped by its user ended: after a whole epoch, or partway through the next."""
    done, steps, per_epoch = (card.get(k) for k in ("epochs_completed", "steps_into_next_epoch",
                                                   "steps_per_epoch"))
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
               for v in (done, steps, per_epoch)):
        return translate("About", "early")
    if steps:
        return translate("About", "in epoch {0}, after {1} of its {2} steps").format(
            done + 1, f"{steps:,}", f"{per_epoch:,}")
    if done:
        return translate("About", "after epoch {0}").format(done)
    return translate("About", "early")


def _escape(text: str) -> str:
    return html.escape(str(text), quote=False)
