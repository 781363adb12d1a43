"""Your personal model: a network taught your handwriting from My digits.

Teaching starts from a base network (the shipped one, usually) every time,
on all of the user's digits at once, so the personal model depends only on
the base, My digits and the seed: nothing drifts as corrections pile up, and
``digitpad teach`` rebuilds the same model from the same store.

Drawings the network read right and the user moved on from (cleared the
canvas without correcting) are taught too, with its answers as their
labels: they show the person's hand in every digit (``nn.finetune``). The
newest ``READ_RIGHT_KEEP`` of them are kept in ``personal/read-right/``, a
store like My digits; only answers the network was at least
``READ_RIGHT_LEAST`` sure of are kept, and only drawings with no more ink than
a handwritten digit has (``READ_RIGHT_MOST_INK``): a scribble cleared away is
not an example of anyone's hand, however the network read it. Once a personal model reads, every
``READ_RIGHT_REFRESH`` more of them are taught without waiting for the next
correction, so it goes on learning the hand as the person draws.

The personal model lives in the user data folder as ``personal/personal.npz``
with its model card ``personal.json`` beside it (base name and sha256, how
many digits and read-right drawings, steps, MNIST test accuracy after, the
sha256 of the weights and of the digits taught). The card names the weights
by their sha256, so a save cut short between the two files is recognised
(``CardMismatch``), and the digits taught by theirs, so digits saved after
the last fine-tune (the app closed while it ran) are recognised too
(``needs_catch_up``): either way the model is taught again from My digits.
Resetting it deletes those two files and the read-right drawings, and
nothing else: My digits stay.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import numpy as np

from .data.mydigits import MyDigits
from .fileio import FileLock, atomic_write_json, remove_stale_temporaries, sha256_of
from .models import Model, check_digit_network, network_sha256, read_card, teach_card
from .nn.finetune import FineTuneConfig, FineTuneResult, fine_tune
from .nn.network import PIXEL_SCALE, Network, WeightsError
from .nn.train import StepProgress, accuracy
from .paths import user_data_dir

FOLDER = "personal"
WEIGHTS_NAME = "personal.npz"
PERSONAL_LOCK_NAME = ".personal.lock"  # held while the weights and their card are written
FIRST_MARK_NAME = ".first-lesson"  # a first fine-tune was asked for and no model saved yet
SOURCE = "personal"
READ_RIGHT_FOLDER = "read-right"
READ_RIGHT_KEEP = 256   # the newest drawings read right that are kept
READ_RIGHT_LEAST = 0.5  # how sure of its answer the network must have been
READ_RIGHT_REFRESH = 32  # this many more read right since the last fine-tune: teach them too
READ_RIGHT_MOST_INK = 0.25
"""The most ink (mean of the 28x28 input, 0..1) a drawing kept as read right may have. The input
draws the strokes at MNIST's pen width whatever the brush, so this measures how much line fills
the digit's box. Measured on the 7,494 digits of the 30 pen writers drawn on the canvas: at most
0.227 (ten above 0.2). A zigzag scribbled down the canvas, 12 to 24 times across, gives 0.36-0.42,
and the shipped network reads it as an 8, 71-89% sure. A digit left out only teaches less."""
RESET_WAIT = 0.25  # seconds a reset (on the window's thread) waits for another copy's save: one takes ms


def personal_weights_path() -> Path:
    return user_data_dir() / FOLDER / WEIGHTS_NAME


def personal_card_path() -> Path:
    return personal_weights_path().with_suffix(".json")


def read_right_store() -> MyDigits:
    """The drawings the network read right, kept for the next fine-tune."""
    return MyDigits(user_data_dir() / FOLDER / READ_RIGHT_FOLDER)


def is_read_right(probabilities, image, least: float = READ_RIGHT_LEAST) -> int | None:
    """The answer of a reading sure enough to keep as read right, or None; None too if the
    drawing read (``image``, the network's uint8 input) is more ink than any digit."""
    probabilities = np.asarray(probabilities, float)
    top = int(np.argmax(probabilities))
    if probabilities[top] < least:
        return None
    ink = np.asarray(image, np.float64).mean() / 255.0
    return top if ink <= READ_RIGHT_MOST_INK else None


def personal_name(digits: int, corrections: int | None = None) -> str:
    """How the personal model is labelled wherever it is shown: by its corrections (the user's
    digits its base read otherwise than labelled), and by its digits too when some of them were
    not corrections (None: not known, as on a card from before they were counted; all were)."""
    def counted(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    if corrections is None or corrections == digits:
        return f"digitpad, taught by you: {counted(digits, 'correction')}"
    return f"digitpad, taught by you: {counted(digits, 'digit')} ({counted(corrections, 'correction')})"


def corrections_of(base: Network, images, labels) -> int:
    """How many of the user's digits ``base`` reads otherwise than they are labelled: what teaching
    corrected (a digit it read right and was saved all the same teaches it, but corrects nothing)."""
    labels = np.asarray(labels)
    if not len(labels):
        return 0
    read = base.predict(np.asarray(images, np.uint8), input_scale=PIXEL_SCALE).argmax(axis=1)
    return int(np.count_nonzero(read != labels))


@dataclass
class Taught:
    """A finished teaching run: the fine-tune's result and the card that describes it."""

    result: FineTuneResult
    card: dict

    @property
    def network(self) -> Network:
        return self.result.network


def teach(base: Model, images, labels, replay=None, test=None,
          config: FineTuneConfig = FineTuneConfig(), *, replay_targets=None, read_right=None,
          on_step: Callable[[StepProgress], None] | None = None,
          should_stop: Callable[[], bool] | None = None, report_every: int = 10) -> Taught:
    """``base`` fine-tuned on the user's uint8 ``images`` (N, 784) and ``labels``.

    ``replay`` and ``test`` are (images, labels) of MNIST's training and test
    splits: the replay keeps MNIST from being forgotten, the test set is
    measured after (None: not measured). ``replay_targets`` are ``base``'s
    answers on the replay (``nn.finetune.answers``), if kept from an earlier
    run. ``read_right`` is (images, labels) of drawings the network read
    right (None: none). The seed is offset by the number of digits, so every
    new correction draws fresh batches, reproducibly.
    """
    labels = np.asarray(labels)
    config = seeded(config, len(labels))
    replay_images, replay_labels = replay if replay is not None else (None, None)
    result = fine_tune(base.network, images, labels, replay_images, replay_labels, config,
                       replay_targets=replay_targets, read_right=read_right, on_step=on_step,
                       should_stop=should_stop, report_every=report_every)
    test_accuracy = accuracy(result.network, *test) if test is not None else None
    corrections = corrections_of(base.network, images, labels)
    card = teach_card(result.network, name=personal_name(len(labels), corrections), base_name=base.name,
                      base_sha256=network_sha256(base), digits=len(labels), steps=result.steps,
                      test_accuracy=test_accuracy, config=config.to_dict(),
                      seconds=result.seconds, replay_images=0 if replay is None else len(replay[1]),
                      read_right_digits=0 if read_right is None else len(read_right[1]),
                      corrections=corrections,
                      taught_digits_sha256=digits_sha256(images, labels))
    return Taught(result, card)


def digits_sha256(images, labels) -> str:
    """What names a set of digits as taught: the sha256 of their labels and pixels, in order."""
    digest = hashlib.sha256(np.ascontiguousarray(labels, np.int64).tobytes())
    digest.update(np.ascontiguousarray(images, np.uint8).tobytes())
    return digest.hexdigest()


def needs_catch_up(card: dict, images, labels) -> bool:
    """Whether My digits (``images``, ``labels``) differ from what the card's model was taught:
    digits were saved, relabelled or deleted after its fine-tune (a card from before digits
    were named by their sha256 is compared by their count)."""
    taught = card.get("taught_digits_sha256")
    if isinstance(taught, str):
        return taught != digits_sha256(images, labels)
    return card_count(card, "taught_digits") != len(labels)


def seeded(config: FineTuneConfig, digits: int) -> FineTuneConfig:
    """The config of the fine-tune on ``digits`` digits: its seed moves on with every correction."""
    return replace(config, seed=config.seed + digits)


def save_taught(taught: Taught, path: str | Path | None = None) -> Path:
    """Write the weights (and the card beside them, .json), atomically; returns the weights' path.

    The default place is the personal model's, in the user data folder.
    """
    if path is not None:
        return _write_taught(taught, Path(path))
    path = personal_weights_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Two copies of the app may teach at once: one pair of weights and card at a time,
    # and what a copy killed while saving left behind is cleared by the next save.
    with FileLock(path.parent / PERSONAL_LOCK_NAME):
        for target in (path, path.with_suffix(".json")):
            remove_stale_temporaries(target)
        return _write_taught(taught, path)


def _write_taught(taught: Taught, path: Path) -> Path:
    taught.network.save(path)
    taught.card["sha256"] = sha256_of(path)
    atomic_write_json(path.with_suffix(".json"), taught.card, parents=True)
    return path


def load_personal() -> Model | None:
    """The saved personal model, or None if there is none (WeightsError if it is unreadable)."""
    path = personal_weights_path()
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:  # a data folder we may not read: say so, as for a damaged file
        raise WeightsError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    network = Network.load(path)
    card = read_card(personal_card_path())
    if card.get("sha256") != sha256_of(path):
        raise CardMismatch(f"{personal_card_path()}: the card does not describe {path.name}: saving "
                           "the model was cut short")
    digits = card_count(card, "taught_digits")
    if digits is None:
        raise WeightsError(f"{personal_card_path()}: the card does not say how many digits "
                           "taught it")
    return check_digit_network(Model(network, personal_name(digits, card_corrections(card)), SOURCE, card))


class CardMismatch(WeightsError):
    """The personal model's weights have no card, or one written for other weights: the app
    stopped between writing the two. My digits taught it, so it can be taught again."""


def first_mark_path() -> Path:
    return personal_weights_path().with_name(FIRST_MARK_NAME)


def mark_first_lesson(on: bool) -> None:
    """Note (or forget) that a first fine-tune was asked for: if the app closes before the
    model is saved, the next start teaches it. Best effort: a folder we may not write in only
    loses that catch-up."""
    path = first_mark_path()
    try:
        if on:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def first_lesson_missed() -> bool:
    """A first fine-tune was asked for and never saved its model."""
    return os.path.lexists(first_mark_path()) and not os.path.lexists(personal_weights_path())


def personal_files_exist() -> bool:
    """Whether the personal model's weights or card are there (readable or not)."""
    return any(os.path.lexists(p) for p in (personal_weights_path(), personal_card_path()))


class ModelNotDeleted(OSError):
    """The personal model's weights could not be deleted: the model is still there."""


def reset_personal(read_right: MyDigits | None = None) -> bool:
    """Delete the personal model's weights and card, then the drawings read right (never My
    digits); True if there was a model. ``read_right``: where those drawings are (default:
    beside the model). ModelNotDeleted if the weights could not be deleted, or another copy of
    the app went on saving them for ``RESET_WAIT`` seconds; OSError if a drawing could not be
    deleted (the model is gone by then)."""
    weights = personal_weights_path()
    # not between another copy of the app's writing of the weights and of their card
    lock = FileLock(weights.parent / PERSONAL_LOCK_NAME, timeout=RESET_WAIT)
    try:
        lock.acquire()
    except FileNotFoundError:  # no folder, so no model
        lock = None
    except TimeoutError as exc:
        raise ModelNotDeleted(exc.errno, "another copy of digitpad is saving it", str(weights)) from None
    except OSError as exc:  # a folder we may not write in: the weights cannot be deleted either
        raise ModelNotDeleted(exc.errno, exc.strerror, str(weights)) from exc
    existed = False
    try:
        for path in (weights, personal_card_path()):
            try:
                path.unlink()
                existed = True
            except FileNotFoundError:
                pass
            except OSError as exc:
                if path == weights:
                    raise ModelNotDeleted(exc.errno, exc.strerror, str(path)) from exc
                # a card left without its weights reads as no model, and the next model's replaces it
    finally:
        if lock is not None:
            lock.release()
    mark_first_lesson(False)
    (read_right or read_right_store()).delete()
    return existed


def card_corrections(card) -> int | None:
    """How many of the digits a card's model was taught were corrections, or None if the card
    does not say (or says more than the digits it was taught: not a count to show)."""
    corrections, digits = card_count(card, "corrections"), card_count(card, "taught_digits")
    return corrections if corrections is not None and digits is not None and corrections <= digits else None


def card_count(card, key: str) -> int | None:
    """A count a model card gives (``taught_digits``, ``read_right_digits``), or None if it
    gives no whole number from 0 to a billion there (Qt's counts are 32-bit)."""
    value = card.get(key) if isinstance(card, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10 ** 9 else None
