"""The hidden activations: one entry each, read by everything that names one.

The network's layers, the trainer, the command line's choices, the Explore
tab's plots and swap, and every title on screen look the activation up here,
so adding one is adding one ``Activation`` to ``REGISTRY`` (and its formulas
to ``functions.py``).

Each entry holds the book's formula and its derivative (``functions.py``),
the same function written in place for the fast paths (``predict`` and the
trainer run it on their own scratch arrays), and, when it can be trained,
the derivative written in terms of the layer's output z = f(a), which is all
backpropagation keeps.

Two names, for two different sets:
- ``HIDDEN_ACTIVATIONS``: every activation a network can run (the step
  function too: the Explore tab swaps it in to show why it cannot learn);
- ``TRAINABLE_ACTIVATIONS``: those the trainer accepts, the ones with a
  slope backpropagation can use (the step function's is zero everywhere).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from . import functions as F


@dataclass(frozen=True)
class Activation:
    """One hidden activation f, in every form the app computes it.

    ``in_place(a)`` overwrites a with f(a) (None: f is the identity, nothing
    to do). ``times_derivative(delta, z, tmp)`` multiplies delta by f'(a),
    written from z = f(a), with tmp as scratch; None means f cannot be
    trained. ``output_range`` is the (low, high) f never leaves, None if
    unbounded. ``he_init``: start its layers with He-scaled weights (fan-in
    gain 2), as ReLU wants, instead of Glorot's. ``in_book``: one of the
    book's figures (tanh is an extra).
    """

    name: str
    title: str
    function: Callable
    derivative: Callable
    in_place: Callable | None
    times_derivative: Callable | None
    output_range: tuple[float, float] | None
    he_init: bool = False
    in_book: bool = True

    @property
    def trainable(self) -> bool:
        return self.times_derivative is not None

    @property
    def bounded(self) -> bool:
        """Is |f(a)| <= 1 for every a? (What lets ``predict`` skip softmax's max.)"""
        return self.output_range is not None and max(map(abs, self.output_range)) <= 1


# in place, for predict's plan and the trainer's scratch arrays -------------------

def _sigmoid_in_place(a):
    # 1 / (1 + exp(-a)) = 0.5 + 0.5 tanh(a / 2): never overflows
    a *= 0.5
    np.tanh(a, out=a)
    a *= 0.5
    a += 0.5


def _tanh_in_place(a):
    np.tanh(a, out=a)


def _relu_in_place(a):
    np.maximum(a, 0, out=a)


def _step_in_place(a):
    np.copyto(a, a > 0)


# delta <- delta * f'(a), from z = f(a), for backpropagation ------------------------

def _sigmoid_times_derivative(delta, z, tmp):  # z (1 - z)
    np.subtract(1, z, out=tmp)
    tmp *= z
    delta *= tmp


def _tanh_times_derivative(delta, z, tmp):  # 1 - z^2
    np.multiply(z, z, out=tmp)
    np.subtract(1, tmp, out=tmp)
    delta *= tmp


def _relu_times_derivative(delta, z, tmp):  # 1 where z > 0
    np.greater(z, 0, out=tmp)
    delta *= tmp


def _identity_times_derivative(delta, z, tmp):  # 1
    pass


#: Every hidden activation, in the book's order (section 3.2), tanh last as the extra.
REGISTRY: dict[str, Activation] = {a.name: a for a in (
    Activation("step", "step", F.step_function, F.step_grad, _step_in_place, None, (0.0, 1.0)),
    Activation("sigmoid", "sigmoid", F.sigmoid, F.sigmoid_grad, _sigmoid_in_place,
               _sigmoid_times_derivative, (0.0, 1.0)),
    Activation("relu", "ReLU", F.relu, F.relu_grad, _relu_in_place, _relu_times_derivative, None,
               he_init=True),
    Activation("identity", "identity", F.identity_function, F.identity_grad, None,
               _identity_times_derivative, None),
    Activation("tanh", "tanh", F.tanh, F.tanh_grad, _tanh_in_place, _tanh_times_derivative,
               (-1.0, 1.0), in_book=False),
)}

HIDDEN_ACTIVATIONS: tuple[str, ...] = tuple(REGISTRY)
TRAINABLE_ACTIVATIONS: tuple[str, ...] = tuple(n for n, a in REGISTRY.items() if a.trainable)


def activation(name: str) -> Activation:
    """The registry's entry for ``name``; KeyError names the known ones."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown activation {name!r} (known: {', '.join(HIDDEN_ACTIVATIONS)})") from None


def title(name: str) -> str:
    """What the screen calls the activation ('ReLU' for 'relu'); the name itself if unknown."""
    entry = REGISTRY.get(name)
    return entry.title if entry is not None else name
