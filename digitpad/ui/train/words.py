"""The Train tab's words for the recipes, the settings and what is wrong with them, translated.

The rules live in the Qt-free ``training_request`` (one check for the command
line and the form); it names a setting at fault by its field and the kind of
fault. Here each field, change and fault gets the form's own sentence, looked
up in the user's language (context "TrainForm"). The tables are marked with
``QT_TRANSLATE_NOOP`` and translated where they are read.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...nn.train import PRESETS
from ...training_request import BY_DEST, RequestError
from ..i18n import translate

#: preset name -> what the combo box says, in the order shown
PRESET_TITLES = {
    "keras": QT_TRANSLATE_NOOP("TrainForm", "The book's network, Keras-style (MSE, Adam, 20 epochs)"),
    "shipped": QT_TRANSLATE_NOOP("TrainForm", "Our shipped recipe"),
    "quick": QT_TRANSLATE_NOOP("TrainForm", "Quick look (Adam, 5 epochs)"),
    "sgd": QT_TRANSLATE_NOOP("TrainForm", "SGD with momentum (20 epochs)"),
}

#: what each preset does: the core's own descriptions (``nn.presets``), marked here to be
#: translated; a test keeps them equal, so a changed description is translated again
PRESET_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP(
        "TrainForm", "The shipped weights: the book's 784-50-100-10 sigmoid network, Adam with a "
        "cosine schedule, distorted digits, distilled from a 784-400-400-10 ReLU teacher "
        "(and, from the command line, real pen digits of 20 writers and MNIST digits "
        "redrawn as strokes)"),
    QT_TRANSLATE_NOOP("TrainForm", "The book's network, Keras-style: MSE, Adam, 20 epochs"),
    QT_TRANSLATE_NOOP(
        "TrainForm", "A few seconds' look at learning: the book's network, Adam, 5 epochs, "
        "no distortions"),
    QT_TRANSLATE_NOOP(
        "TrainForm", "Mini-batch SGD with Nesterov momentum and a cosine schedule, 20 epochs"),
)

#: a setting's field -> its name on the form and in the sentences that start with it
FIELD_TITLES = {
    "preset": QT_TRANSLATE_NOOP("TrainForm", "Preset"),
    "hidden": QT_TRANSLATE_NOOP("TrainForm", "Hidden layers"),
    "activation": QT_TRANSLATE_NOOP("TrainForm", "Activation"),
    "loss": QT_TRANSLATE_NOOP("TrainForm", "Loss"),
    "optimizer": QT_TRANSLATE_NOOP("TrainForm", "Optimizer"),
    "lr": QT_TRANSLATE_NOOP("TrainForm", "Learning rate"),
    "momentum": QT_TRANSLATE_NOOP("TrainForm", "Momentum"),
    "schedule": QT_TRANSLATE_NOOP("TrainForm", "Schedule"),
    "batch_size": QT_TRANSLATE_NOOP("TrainForm", "Batch size"),
    "epochs": QT_TRANSLATE_NOOP("TrainForm", "Epochs"),
    "augment": QT_TRANSLATE_NOOP("TrainForm", "Augment"),
    "teacher": QT_TRANSLATE_NOOP("TrainForm", "Teacher"),
    "seed": QT_TRANSLATE_NOOP("TrainForm", "Seed"),
    "limit": QT_TRANSLATE_NOOP("TrainForm", "Training images"),
    "weight_decay": QT_TRANSLATE_NOOP("TrainForm", "Weight decay"),
    "label_smoothing": QT_TRANSLATE_NOOP("TrainForm", "Label smoothing"),
    "validation_size": QT_TRANSLATE_NOOP("TrainForm", "Validation images"),
}

#: a change from the preset (``TrainingRequest.changes``) -> its words in a list of changes
CHANGE_WORDS = {
    "hidden": QT_TRANSLATE_NOOP("TrainForm", "hidden layers"),
    "lr": QT_TRANSLATE_NOOP("TrainForm", "learning rate"),
    "activation": QT_TRANSLATE_NOOP("TrainForm", "activation"),
    "loss": QT_TRANSLATE_NOOP("TrainForm", "loss"),
    "optimizer": QT_TRANSLATE_NOOP("TrainForm", "optimizer"),
    "schedule": QT_TRANSLATE_NOOP("TrainForm", "schedule"),
    "epochs": QT_TRANSLATE_NOOP("TrainForm", "epochs"),
    "batch_size": QT_TRANSLATE_NOOP("TrainForm", "batch size"),
    "momentum": QT_TRANSLATE_NOOP("TrainForm", "momentum"),
    "weight_decay": QT_TRANSLATE_NOOP("TrainForm", "weight decay"),
    "label_smoothing": QT_TRANSLATE_NOOP("TrainForm", "label smoothing"),
    "seed": QT_TRANSLATE_NOOP("TrainForm", "seed"),
    "validation_size": QT_TRANSLATE_NOOP("TrainForm", "validation images"),
    "augment": QT_TRANSLATE_NOOP("TrainForm", "distortions"),
    "no_augment": QT_TRANSLATE_NOOP("TrainForm", "no distortions"),
    "no_teacher": QT_TRANSLATE_NOOP("TrainForm", "no teacher"),
}

#: the form's names of the choices' values (the values themselves are the config's)
LOSS_NAMES = {"cross-entropy": QT_TRANSLATE_NOOP("TrainForm", "cross-entropy"),
              "mse": QT_TRANSLATE_NOOP("TrainForm", "mean squared error")}
OPTIMIZER_NAMES = {"adam": QT_TRANSLATE_NOOP("TrainForm", "Adam"),
                   "sgd": QT_TRANSLATE_NOOP("TrainForm", "SGD with momentum")}
SCHEDULE_NAMES = {"constant": QT_TRANSLATE_NOOP("TrainForm", "constant"),
                  "cosine": QT_TRANSLATE_NOOP("TrainForm", "cosine"),
                  "step": QT_TRANSLATE_NOOP("TrainForm", "step")}

#: a setting out of its range, by the shape of the range: {0} the setting, then the bounds
#: and the value given
_RANGES = {
    "whole": QT_TRANSLATE_NOOP("TrainForm", "{0} must be at least {1} and at most {2}, got {3}."),
    "positive": QT_TRANSLATE_NOOP("TrainForm", "{0} must be a positive number, at most {1}, got {2}."),
    "closed": QT_TRANSLATE_NOOP("TrainForm", "{0} must be a number from {1} to {2}, got {3}."),
    "below": QT_TRANSLATE_NOOP("TrainForm", "{0} must be a number from {1} to below {2}, got {3}."),
}

#: the other faults: {0} the setting, then the error's values, then the setting in lower case
_FAULTS = {
    "not_whole": QT_TRANSLATE_NOOP("TrainForm", "{0}: not a whole number: {1}."),
    "not_number": QT_TRANSLATE_NOOP("TrainForm", "{0}: not a number: {1}."),
    "hidden_format": QT_TRANSLATE_NOOP(
        "TrainForm", "{0}: write whole numbers separated by commas, like 50,100 (got {1})."),
    "hidden_empty": QT_TRANSLATE_NOOP("TrainForm", "{0}: give at least one layer size, like 50,100."),
    "hidden_small": QT_TRANSLATE_NOOP("TrainForm", "{0} must be at least 1 neuron each, got {1}."),
    "unknown_preset": QT_TRANSLATE_NOOP("TrainForm", "Unknown preset {1} (choose from {2})."),
    "unknown_choice": QT_TRANSLATE_NOOP("TrainForm", "{0}: unknown {3} {1} (choose from {2})."),
    "no_teacher": QT_TRANSLATE_NOOP("TrainForm", "{0}: the {1} preset has no teacher to learn from."),
    "too_few_images": QT_TRANSLATE_NOOP(
        "TrainForm", "{0}: cannot hold out {1} validation images from {2}: hold out fewer or "
        "train on more images."),
}


def field_title(field: str) -> str:
    return translate("TrainForm", FIELD_TITLES[field])


def preset_title(name: str) -> str:
    """What the combo box calls a preset (a preset without a title: its description)."""
    if name in PRESET_TITLES:
        return translate("TrainForm", PRESET_TITLES[name])
    return preset_description(name)


def preset_description(name: str) -> str:
    """What a preset does, in the user's language (a description not marked above: as written)."""
    return translate("TrainForm", PRESETS[name].description)


def changes_text(changes: list[str]) -> str:
    """The changes from a preset as a list in the user's words: "hidden layers, epochs"."""
    return translate("TrainForm", ", ", "between the items of a list").join(translate("TrainForm", CHANGE_WORDS[key])
                                              for key in changes)


def problem_sentence(error: RequestError) -> str:
    """A setting that cannot be used, as the form says it: "Learning rate must be ..."."""
    subject = field_title(error.field) if error.field in FIELD_TITLES else ""
    if error.kind == "range" and error.field in BY_DEST:
        setting = BY_DEST[error.field]
        if setting.kind == "whole":
            bounds = [f"{int(setting.low):,}", f"{int(setting.high):,}"]
        else:
            bounds = [f"{setting.low:g}", f"{setting.high:g}"]
        if setting.shape == "positive":
            bounds = bounds[1:]
        return translate("TrainForm", _RANGES[setting.shape]).format(subject, *bounds, *error.values)
    if error.kind in _FAULTS:
        lower = translate("TrainForm", CHANGE_WORDS[error.field]) if error.field in CHANGE_WORDS else ""
        return translate("TrainForm", _FAULTS[error.kind]).format(subject, *error.values, lower)
    # the trainer's own words for settings that fail together (English, like every core message)
    text = error.problem.rstrip(".")
    return translate("TrainForm", "{0}.", "settings that cannot be trained together: the "
                     "trainer's reason, in English").format(text[:1].upper() + text[1:])
