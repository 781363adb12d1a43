"""The functions of chapter 3 (and the losses of chapter 4), one short function per formula.

Every function takes NumPy arrays of any shape and works element-wise, except
``softmax`` and the losses, which work over the last axis.
"""

from __future__ import annotations

import numpy as np


def step_function(x):
    """1 where x > 0, else 0."""
    return (np.asarray(x) > 0).astype(np.int64)


def sigmoid(x):
    """1 / (1 + exp(-x)), without overflow for any float input.

    exp(-x) overflows for x below about -709 (float64) or -88 (float32). The
    identity 1 / (1 + exp(-x)) = 0.5 + 0.5 * tanh(x / 2) gives the same values
    from tanh, which is bounded and never overflows.
    """
    x = np.asarray(x)
    if x.dtype.kind != "f":
        x = x.astype(np.float64)
    return 0.5 + 0.5 * np.tanh(0.5 * x)


def naive_sigmoid(x):
    """The sigmoid as the book writes it."""
    return 1 / (1 + np.exp(-x))


def relu(x):
    """max(0, x)."""
    return np.maximum(0, x)


def identity_function(x):
    """x, unchanged (the output activation for regression)."""
    return x


def tanh(x):
    """The hyperbolic tangent."""
    return np.tanh(x)


def naive_softmax(a):
    """exp(a) / sum(exp(a)) exactly as written: overflows to nan for large a."""
    exp_a = np.exp(a)
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)


def softmax(a):
    """exp(a) / sum(exp(a)) over the last axis, for any batch shape.

    Subtracting the maximum first changes nothing mathematically (it cancels
    between numerator and denominator) but keeps exp from overflowing.
    """
    a = np.asarray(a)
    if a.dtype.kind != "f":
        a = a.astype(np.float64)
    exp_a = np.exp(a - a.max(axis=-1, keepdims=True))  # the overflow fix
    exp_a /= exp_a.sum(axis=-1, keepdims=True)
    return exp_a


def mean_squared_error(y, t):
    """0.5 * sum((y - t)^2), averaged over the batch (the book's sum-of-squares)."""
    y = np.asarray(y, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    if y.ndim == 1:
        return 0.5 * float(np.sum((y - t) ** 2))
    return 0.5 * float(np.sum((y - t) ** 2)) / y.shape[0]


def cross_entropy_error(y, t):
    """-sum(t * log(y + 1e-7)), averaged over the batch.

    t may be one-hot (same shape as y) or class indices. The tiny delta keeps
    log(0) from becoming -inf.
    """
    y = np.asarray(y, dtype=np.float64)
    t = np.asarray(t)
    if y.ndim == 1:
        y = y.reshape(1, -1)
        t = t.reshape(1, -1) if t.size == y.size else t.reshape(1)
    if t.shape == y.shape:  # one-hot labels -> indices
        t = t.argmax(axis=-1)
    batch_size = y.shape[0]
    return -float(np.sum(np.log(y[np.arange(batch_size), t] + 1e-7))) / batch_size


# derivatives, for the Explore tab's plots and the explanations (activations.py pairs them up)

def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1 - s)


def relu_grad(x):
    return (np.asarray(x) > 0).astype(np.float64)


def step_grad(x):
    """Zero everywhere it is defined: why the step function cannot be trained."""
    return np.zeros_like(np.asarray(x), dtype=np.float64)


def identity_grad(x):
    return np.ones_like(np.asarray(x), dtype=np.float64)


def tanh_grad(x):
    return 1 - np.tanh(x) ** 2

