"""The book's ``predict(network, x)`` taken apart: every line's value, and why it chose its answer.

Chapter 3 ends with::

    def predict(network, x):
        W1, W2, W3 = network['W1'], network['W2'], network['W3']
        b1, b2, b3 = network['b1'], network['b2'], network['b3']
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        z2 = sigmoid(a2)
        a3 = np.dot(z2, W3) + b3
        y = softmax(a3)
        return y

``trace`` runs exactly that, line by line, for one 28x28 drawing, and keeps
every intermediate with its shape: it is ``Network.forward``, the textbook
pass, in float64, labelled with the book's lines. ``Network.predict``
computes the same numbers in another form (the 1/255 input scaling folded
into W1, the sigmoid as a tanh), so what is shown is what the user's network
really computes.

``contributions`` says which units below push one unit up or down the most:
a unit's weighted sum is a plain sum of (value below x weight) terms.

``integrated_gradients`` answers "why this digit and not that one": the
difference of two scores, a3[digit] - a3[rival] (= log(y[digit] / y[rival])),
is split among the 784 pixels by integrating its gradient along the straight
path from a blank canvas to the drawing. The pieces add up to the change of
that difference (the completeness property); Gauss-Legendre quadrature makes
that hold to far better than 1% with a few dozen points for this smooth
network, and the nodes are doubled until it does.

Pure NumPy: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .activations import REGISTRY
from .network import PIXEL_SCALE, Network

IG_TOLERANCE = 0.005       # relative completeness error the quadrature aims for
IG_START_NODES = 16
IG_MAX_NODES = 256


@dataclass(frozen=True)
class Step:
    """One line of ``predict``: its name, its code, its value (1, n) and the shapes it multiplies."""

    name: str
    code: str
    value: np.ndarray
    shapes: str

    @property
    def shape(self) -> tuple[int, ...]:
        return self.value.shape


@dataclass(frozen=True)
class Trace:
    """Every line of ``predict`` for one input, in order: x, a1, z1, ..., y."""

    steps: tuple[Step, ...]
    activations: tuple[str, ...]

    def __getitem__(self, name: str) -> np.ndarray:
        """The (n,) values of the step called ``name`` ("x", "a1", "z1", ..., "y")."""
        for step in self.steps:
            if step.name == name:
                return step.value[0]
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(step.name for step in self.steps)

    @property
    def n_layers(self) -> int:
        return len(self.activations) + 1

    @property
    def probabilities(self) -> np.ndarray:
        return self.steps[-1].value[0]

    @property
    def answer(self) -> int:
        return int(np.argmax(self.probabilities))

    @property
    def runner_up(self) -> int:
        return int(np.argsort(self.probabilities)[-2])


def _shape_text(shape) -> str:
    return "(" + ", ".join(str(s) for s in shape) + ")"


def _as_input(network: Network, image) -> np.ndarray:
    """The drawing as the (784,) float64 x the network reads (pixels / 255)."""
    pixels = np.asarray(image, dtype=np.float64).reshape(-1)
    if pixels.size != network.n_inputs:
        raise ValueError(f"expected {network.n_inputs} pixels, got {pixels.size}")
    if not np.all(np.isfinite(pixels)):
        raise ValueError("the image contains NaN or infinite values")
    return pixels * PIXEL_SCALE


def trace(network: Network, image) -> Trace:
    """Run the book's ``predict`` on a (28, 28) image of 0..255 pixels, keeping every line."""
    x = _as_input(network, image)[None, :]
    side = int(round(np.sqrt(x.shape[1])))
    steps = [Step("x", f"x = img.reshape(1, {x.shape[1]}) / 255", x,
                  f"({side}, {side}) -> {_shape_text(x.shape)}")]
    passed = network.forward(x, dtype=np.float64)
    z, below = x, "x"
    n = len(network.weights)
    for k, (W, a, out) in enumerate(zip(network.weights, passed.pre_activations, passed.activations), start=1):
        steps.append(Step(f"a{k}", f"a{k} = np.dot({below}, W{k}) + b{k}", a,
                          f"{_shape_text(z.shape)} x {_shape_text(W.shape)} -> {_shape_text(a.shape)}"))
        if k < n:
            name, code = f"z{k}", f"z{k} = {network.activations[k - 1]}(a{k})"
        else:
            name, code = "y", f"y = softmax(a{k})"
        z = out
        steps.append(Step(name, code, z, f"{_shape_text(a.shape)} -> {_shape_text(z.shape)}"))
        below = name
    return Trace(tuple(steps), tuple(network.activations))


# one unit explained ----------------------------------------------------------------

@dataclass(frozen=True)
class UnitExplanation:
    """a_k[unit] = sum_i below[i] * W_k[i, unit] + b_k[unit], term by term.

    ``terms[i]`` is below[i] * W_k[i, unit]; ``up`` and ``down`` list the
    indices of the largest positive and negative terms, biggest first.
    """

    layer: int
    unit: int
    below: np.ndarray
    weights: np.ndarray
    terms: np.ndarray
    bias: float
    weighted_sum: float
    activation: str
    output: float
    up: tuple[int, ...]
    down: tuple[int, ...]


def contributions(network: Network, tr: Trace, layer: int, unit: int, top: int = 5) -> UnitExplanation:
    """Which units (or pixels, for layer 1) below push ``unit`` of ``layer`` (1-based) up and down."""
    if not 1 <= layer <= tr.n_layers:
        raise ValueError(f"layer must be 1..{tr.n_layers}, got {layer}")
    W = network.weights[layer - 1].astype(np.float64)
    if not 0 <= unit < W.shape[1]:
        raise ValueError(f"layer {layer} has units 0..{W.shape[1] - 1}, got {unit}")
    below = tr["x" if layer == 1 else f"z{layer - 1}"]
    weights = W[:, unit]
    terms = below * weights
    bias = float(network.biases[layer - 1][unit])
    weighted_sum = float(tr[f"a{layer}"][unit])
    if layer < tr.n_layers:
        activation, output = tr.activations[layer - 1], float(tr[f"z{layer}"][unit])
    else:
        activation, output = "softmax", float(tr["y"][unit])
    order = np.argsort(terms)
    up = tuple(int(i) for i in order[::-1][:top] if terms[i] > 0)
    down = tuple(int(i) for i in order[:top] if terms[i] < 0)
    return UnitExplanation(layer, unit, below, weights, terms, bias, weighted_sum, activation,
                           output, up, down)


# why this digit and not that one ---------------------------------------------------

def _forward_batch(network: Network, X: np.ndarray):
    """Pre-activations of every layer for a batch of inputs x (already / 255), in float64."""
    return network.forward(X, dtype=np.float64).pre_activations


def score_difference(network: Network, X: np.ndarray, digit: int, rival: int | None) -> np.ndarray:
    """a3[digit] - a3[rival] (or a3[digit] alone) for each row of the batch X (inputs / 255)."""
    logits = _forward_batch(network, np.atleast_2d(X))[-1]
    out = logits[:, digit]
    return out - logits[:, rival] if rival is not None else out


def gradients(network: Network, X: np.ndarray, digit: int, rival: int | None) -> np.ndarray:
    """d(a3[digit] - a3[rival]) / dx for each row of the batch X: backpropagation by hand."""
    X = np.atleast_2d(np.asarray(X, dtype=np.float64))
    pre = _forward_batch(network, X)
    g = np.zeros((X.shape[0], network.n_outputs))
    g[:, digit] = 1.0
    if rival is not None:
        g[:, rival] -= 1.0
    for k in range(len(network.weights) - 1, -1, -1):
        g = g @ network.weights[k].astype(np.float64).T     # d/d(values below)
        if k > 0:
            g = g * REGISTRY[network.activations[k - 1]].derivative(pre[k - 1])
    return g


@dataclass(frozen=True)
class Evidence:
    """Integrated gradients of a3[digit] - a3[rival] from a blank canvas to the drawing.

    ``pixels`` (784,) are the contributions: positive pushes toward ``digit``,
    negative toward ``rival``. They add up to ``change`` = F(drawing) - F(blank)
    up to ``completeness_error`` (relative), reached with ``nodes`` points.
    """

    digit: int
    rival: int | None
    pixels: np.ndarray
    change: float
    at_drawing: float
    at_blank: float
    nodes: int

    @property
    def total(self) -> float:
        return float(self.pixels.sum())

    @property
    def completeness_error(self) -> float:
        return abs(self.total - self.change) / max(abs(self.change), 1e-12)

    def as_image(self) -> np.ndarray:
        side = int(round(np.sqrt(self.pixels.size)))
        return self.pixels.reshape(side, side)


def _gauss_legendre(nodes: int) -> tuple[np.ndarray, np.ndarray]:
    t, w = np.polynomial.legendre.leggauss(nodes)
    return (t + 1) / 2, w / 2            # from [-1, 1] to [0, 1]


def integrated_gradients(network: Network, image, digit: int, rival: int | None = None,
                         nodes: int | None = None) -> Evidence:
    """Split a3[digit] - a3[rival] among the pixels, from a blank canvas to ``image``.

    ``nodes`` fixes the number of quadrature points; by default they start at
    IG_START_NODES and double until the pieces add up to the change within
    IG_TOLERANCE (or IG_MAX_NODES is reached: a network with kinks, e.g. ReLU,
    may need more; a step network has no gradient at all).
    """
    for d in (digit, rival):
        if d is not None and not 0 <= d < network.n_outputs:
            raise ValueError(f"outputs are 0..{network.n_outputs - 1}, got {d}")
    x = _as_input(network, image)
    ends = score_difference(network, np.stack([np.zeros_like(x), x]), digit, rival)
    at_blank, at_drawing = float(ends[0]), float(ends[1])
    change = at_drawing - at_blank
    n = nodes or IG_START_NODES
    while True:
        alphas, weights = _gauss_legendre(n)
        grads = gradients(network, alphas[:, None] * x[None, :], digit, rival)
        pixels = x * (weights @ grads)
        evidence = Evidence(digit, rival, pixels, change, at_drawing, at_blank, n)
        if nodes or evidence.completeness_error <= IG_TOLERANCE or n >= IG_MAX_NODES:
            return evidence
        n *= 2
