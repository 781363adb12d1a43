"""The networks digitpad knows by name: its shipped weights and the book's.

A model card is a small JSON file beside the weights: architecture,
activation, the command that reproduces the file, its seed, test accuracy
and the file's sha256.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .fileio import atomic_write_json, open_regular, sha256_of
from .nn.network import Network, WeightsError
from .paths import bundled_places, weights_dir

SHIPPED_NAME = "digitpad-784-50-100-10"
BOOK_ENV = "DIGITPAD_BOOK_WEIGHTS"
BOOK_FILE = "sample_weight.pkl"
MAX_CARD_BYTES = 1 << 20  # a card with a thousand epochs of history is about 200 kB


@dataclass
class Model:
    """A network with the name and card it is shown under."""

    network: Network
    name: str
    source: str  # "shipped", "book" or a file path
    card: dict = field(default_factory=dict)

    @property
    def test_accuracy(self) -> float | None:
        value = self.card.get("test_accuracy")
        return float(value) if isinstance(value, (int, float)) else None


def shipped_weights_path() -> Path:
    return weights_dir() / f"{SHIPPED_NAME}.npz"


def shipped_card_path() -> Path:
    return weights_dir() / f"{SHIPPED_NAME}.json"


def read_card(path: str | os.PathLike) -> dict:
    """A model card as a dict; an unreadable card is an empty one.

    Only a regular file is opened (a named pipe would block the reader
    forever) and only its first ``MAX_CARD_BYTES``: a card larger than that
    is not one of ours.
    """
    try:
        with open_regular(path) as f:
            data = f.read(MAX_CARD_BYTES + 1)
        if len(data) > MAX_CARD_BYTES:
            return {}
        card = json.loads(data.decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return card if isinstance(card, dict) else {}


def model_card(result, *, name: str, command: str | None, preset: str | None,
               training_images: int, weights_path: str | os.PathLike | None = None,
               **extra) -> dict:
    """The card of a network trained by ``digitpad.nn.train.train`` (its ``TrainResult``).

    ``command`` is the ``digitpad train`` command line that reproduces it (None
    if none does); with ``weights_path`` the card carries that file's sha256.
    A run that was stopped says how far it got: the epochs it finished and
    the steps it took of the next (0 if it stopped between two).
    """
    config = result.config
    card = {
        "name": name,
        "architecture": list(result.network.sizes),
        "activation": config.activation,
        "output": "softmax",
        "input": "28x28 pixels, row by row, divided by 255 (white digit on black)",
        "command": command,
        "preset": preset,
        "seed": config.seed,
        "config": config.to_dict(),
        "training_images": training_images,
        "validation_images": config.validation_size,
        "test_accuracy": result.eval_accuracy,
        "validation_accuracy": result.validation_accuracy,
        "teacher_validation_accuracy": result.teacher_validation_accuracy,
        "train_seconds": round(result.seconds, 2),
        "history": [_epoch_record(h) for h in result.history],
        **extra,
        **_environment(),
    }
    if result.stopped:   # its weights are not those of its last epoch in the history
        card.update(epochs_completed=result.epochs_completed,
                    steps_into_next_epoch=result.steps_into_epoch,
                    steps_per_epoch=result.steps_per_epoch)
    if weights_path is not None:
        card["sha256"] = sha256_of(weights_path)
    return card


def teach_card(network: Network, *, name: str, base_name: str, base_sha256: str, digits: int,
               steps: int, test_accuracy: float | None, config: dict, seconds: float,
               weights_path: str | os.PathLike | None = None, **extra) -> dict:
    """The card of a network fine-tuned on the user's digits (``digitpad.nn.finetune``).

    It names the network it started from by name and sha256, so a personal
    model can be told apart from (and traced back to) the weights it was
    taught from.
    """
    card = {
        "name": name,
        "architecture": list(network.sizes),
        "activation": network.activations[0] if network.activations else "identity",
        "output": "softmax",
        "input": "28x28 pixels, row by row, divided by 255 (white digit on black)",
        "base_name": base_name,
        "base_sha256": base_sha256,
        "taught_digits": digits,
        "steps": steps,
        "fine_tune": config,
        "test_accuracy": test_accuracy,
        "train_seconds": round(seconds, 2),
        **extra,
        **_environment(),
    }
    if weights_path is not None:
        card["sha256"] = sha256_of(weights_path)
    return card


def network_sha256(model: Model) -> str:
    """The sha256 of the file a model was loaded from, or of its parameters when there is none."""
    if model.source == "shipped":
        return sha256_of(shipped_weights_path())
    path = Path(model.source)
    if model.source != "book" and path.is_file():
        return sha256_of(path)
    h = hashlib.sha256()
    for p in model.network.parameters():
        h.update(np.ascontiguousarray(p, np.float32).tobytes())
    return h.hexdigest()


def _environment() -> dict:
    return {"numpy_version": np.__version__, "python_version": platform.python_version(),
            "machine": platform.machine()}


def _epoch_record(epoch) -> dict:
    record = epoch.to_dict()
    record["test_accuracy"] = record.pop("eval_accuracy")
    record["seconds"] = round(record["seconds"], 3)
    return record


def card_path_for(weights_path: str | os.PathLike) -> Path:
    """The model card that goes beside a weights file."""
    return Path(weights_path).with_suffix(".json")


def in_shipped_folder(path: str | os.PathLike) -> bool:
    """Is ``path`` inside the folder of digitpad's own weights (never written by training)?"""
    try:
        target = Path(path).resolve()
        return any(target.is_relative_to(place.resolve()) for place in bundled_places("weights"))
    except (OSError, RuntimeError):
        return False


def existing_outputs(weights_path: str | os.PathLike) -> list[Path]:
    """The files saving ``weights_path`` would replace: itself and its card, if they exist."""
    return [p for p in (Path(weights_path), card_path_for(weights_path)) if os.path.lexists(p)]


def write_card(path: str | os.PathLike, card: dict) -> None:
    """Write a model card as JSON, atomically."""
    atomic_write_json(path, card, parents=True)


def load_shipped() -> Model:
    path = shipped_weights_path()
    if not path.is_file():
        raise WeightsError(f"the shipped weights are missing ({path}); reinstall digitpad")
    return Model(Network.load(path), "digitpad (shipped)", "shipped", read_card(shipped_card_path()))


def book_file(path: str | os.PathLike) -> Path:
    """The book's weights at ``path``: the file itself, or the sample_weight.pkl in a folder
    (the book's ch03 folder, say, as people unpack it)."""
    path = Path(path).expanduser()
    return path / BOOK_FILE if path.is_dir() else path


def book_weights_candidates() -> list[Path]:
    """Where the book's sample_weight.pkl may be, most specific first."""
    found = []
    env = os.environ.get(BOOK_ENV)
    if env:
        found.append(book_file(env))
    from .paths import user_data_dir
    found.append(user_data_dir() / BOOK_FILE)
    found.append(Path.cwd() / BOOK_FILE)
    return found


def load_book(path: str | os.PathLike | None = None) -> Model:
    """The book's sample_weight.pkl, from ``path`` (the file or its folder) or the usual places."""
    if path is None:
        for candidate in book_weights_candidates():
            if os.path.isfile(candidate):  # False for a place we may not look: try the next
                path = candidate
                break
        else:
            env = os.environ.get(BOOK_ENV)
            where = (f"{BOOK_ENV} names {env}, which is neither that file nor a folder holding it"
                     if env else f"pass its path, set {BOOK_ENV} to it or its folder, or copy it "
                                 "into the data directory")
            raise WeightsError(f"the book's {BOOK_FILE} was not found: {where}")
    net = Network.from_book_pickle(book_file(path))
    card = {"architecture": list(net.sizes), "activation": "sigmoid",
            "test_accuracy": 0.9352, "source": "Deep Learning from Scratch, ch03/sample_weight.pkl"}
    return Model(net, "the book's sample weights", "book", card)


def load_file(path: str | os.PathLike) -> Model:
    """Weights from any file the user names: .npz, or .pkl through the safe importer."""
    path = Path(path)
    if path.suffix.lower() == ".pkl":
        model = load_book(path)
        model.source = str(path)
        return model
    net = Network.load(path)
    card_path = path.with_suffix(".json")
    card = read_card(card_path)  # {} if there is none, or it is unreadable
    return Model(net, path.name, str(path), card)


def check_digit_network(model: Model) -> Model:
    """The model, if its network reads 28x28 images into 10 digits; WeightsError saying why not."""
    net = model.network
    if net.n_inputs != 784 or net.n_outputs != 10:
        sizes = "-".join(str(s) for s in net.sizes)
        raise WeightsError(f"{model.name}: a {sizes} network; digitpad needs 784 inputs "
                           "(28x28 pixels) and 10 outputs (the digits)")
    return model


def resolve(spec: str) -> Model:
    """'shipped', 'book' or a path, as the CLI's --weights takes it: a network that reads digits."""
    if not spec.strip():
        raise WeightsError("no weights named: give 'shipped', 'book' or the path of a .npz or .pkl file")
    if spec == "shipped":
        model = load_shipped()
    elif spec == "book":
        model = load_book()
    else:
        model = load_file(spec)
    return check_digit_network(model)
