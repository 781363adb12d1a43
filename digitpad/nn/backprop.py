"""The network as the trainer sees it: every parameter in one flat float32 vector, the
forward and backward passes over a mini-batch, and the optimizers that step that vector.

See ``nn.train`` for the formulas and why the parameters are flat.
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from .activations import REGISTRY
from .network import Network


# the model: flat parameters, forward and backward --------------------------------

class _MLP:
    """The network being trained: parameters as views into one flat vector.

    ``forward_backward`` computes one batch's loss and writes every gradient
    into ``self.grad`` (the same layout as ``self.flat``).
    """

    def __init__(self, weights, biases, activations, dtype=np.float32):
        self.dtype = np.dtype(dtype)
        self.activations = tuple(activations)
        shapes = []
        for W, b in zip(weights, biases):
            shapes += [W.shape, b.shape]
        total = sum(int(np.prod(s)) for s in shapes)
        self.flat = np.empty(total, self.dtype)
        self.grad = np.zeros(total, self.dtype)
        self.params = _views(self.flat, shapes)
        self.grads = _views(self.grad, shapes)
        for view, value in zip(self.params, [p for wb in zip(weights, biases) for p in wb]):
            view[...] = value
        self.W, self.b = self.params[0::2], self.params[1::2]
        self.gW, self.gb = self.grads[0::2], self.grads[1::2]
        self.sizes = [weights[0].shape[0]] + [W.shape[1] for W in weights]
        # 1 where the flat vector holds a weight, 0 for a bias (L2 applies to weights)
        self.weight_mask = np.zeros(total, self.dtype)
        for W in self.W:
            self._view_of(self.weight_mask, W)[...] = 1
        self._buffers: dict[int, list[np.ndarray]] = {}

    def _view_of(self, vector, param):
        start = (param.__array_interface__["data"][0]
                 - self.flat.__array_interface__["data"][0]) // self.dtype.itemsize
        return vector[start:start + param.size].reshape(param.shape)

    def network(self) -> Network:
        return Network([W.copy() for W in self.W], [b.copy() for b in self.b], self.activations)

    def logits(self, x) -> np.ndarray:
        """The output layer's values before softmax, in scratch memory."""
        z, _, _ = self._batch_buffers(x.shape[0])
        h = x
        for k in range(len(self.W)):
            np.matmul(h, self.W[k], out=z[k])
            z[k] += self.b[k]
            if k < len(self.W) - 1:
                _activate(self.activations[k], z[k])
            h = z[k]
        return z[-1]

    def _batch_buffers(self, n: int) -> list[np.ndarray]:
        buf = self._buffers.get(n)
        if buf is None:
            # z_1..z_L (activations and output), their gradients, and one scratch each
            z = [np.empty((n, s), self.dtype) for s in self.sizes[1:]]
            d = [np.empty((n, s), self.dtype) for s in self.sizes[1:]]
            tmp = [np.empty((n, s), self.dtype) for s in self.sizes[1:]]
            buf = self._buffers[n] = [z, d, tmp]
            if len(self._buffers) > 4:  # a stray size, e.g. the last partial batch
                self._buffers.pop(next(iter(self._buffers)))
        return buf

    def forward_backward(self, x, labels, loss="cross-entropy", smoothing=0.0,
                         weight_decay=0.0, soft=None, soft_weight=0.0) -> tuple[float, int]:
        """Loss (data term only) and number of correct predictions; fills self.grad.

        The targets are (1 - s) onehot(labels) + s / K (label smoothing s),
        mixed with ``soft`` (n, K), e.g. a teacher's probabilities, by
        ``soft_weight``.
        """
        n = x.shape[0]
        z, d, tmp = self._batch_buffers(n)
        L = len(self.W)
        rows = np.arange(n)

        # forward
        h = x
        for k in range(L):
            np.matmul(h, self.W[k], out=z[k])
            z[k] += self.b[k]
            if k < L - 1:
                _activate(self.activations[k], z[k])
            h = z[k]
        logits = z[-1]
        correct = int(np.count_nonzero(logits.argmax(axis=1) == labels))

        # softmax and the loss, from log-probabilities so log(0) never occurs
        logits -= logits.max(axis=1, keepdims=True)
        y = logits  # becomes the probabilities
        log_p = tmp[-1]
        np.exp(logits, out=d[-1])
        total = d[-1].sum(axis=1, keepdims=True)
        np.subtract(logits, np.log(total), out=log_p)
        np.divide(d[-1], total, out=y)
        K = y.shape[1]
        # t = on_label * onehot + uniform + soft_weight * soft
        w = soft_weight if soft is not None else 0.0
        on_label = (1 - w) * (1 - smoothing)
        uniform = (1 - w) * smoothing / K
        if loss == "cross-entropy":
            value = -on_label * float(log_p[rows, labels].sum())
            if uniform:
                value -= uniform * float(log_p.sum())
            if w:
                value -= w * float(np.vdot(soft, log_p))
            value /= n
            # dL/da = (y - t) / n
            delta = d[-1]
            np.subtract(y, uniform, out=delta)
            if w:
                delta -= w * soft
            delta[rows, labels] -= on_label
            delta *= self.dtype.type(1 / n)
        else:  # mse on the probabilities: 0.5 * sum((y - t)^2) / n, the book's formula
            g = tmp[-1]  # log_p is no longer needed
            np.subtract(y, uniform, out=g)
            if w:
                g -= w * soft
            g[rows, labels] -= on_label
            value = 0.5 * float(np.vdot(g, g)) / n
            g *= self.dtype.type(1 / n)
            # back through softmax: dL/da = y * (g - sum(g * y))
            delta = d[-1]
            np.multiply(g, y, out=delta)
            inner = delta.sum(axis=1, keepdims=True)
            np.subtract(g, inner, out=delta)
            delta *= y

        # backward
        for k in range(L - 1, -1, -1):
            below = x if k == 0 else z[k - 1]
            np.matmul(below.T, d[k], out=self.gW[k])
            np.sum(d[k], axis=0, out=self.gb[k])
            if k > 0:
                np.matmul(d[k], self.W[k].T, out=d[k - 1])
                _times_derivative(self.activations[k - 1], d[k - 1], z[k - 1], tmp[k - 1])
        if weight_decay:
            self.grad += weight_decay * self.weight_mask * self.flat
        return value, correct


def _views(flat, shapes):
    views, start = [], 0
    for shape in shapes:
        size = int(np.prod(shape))
        views.append(flat[start:start + size].reshape(shape))
        start += size
    return views


def _activate(name, a):
    """a <- f(a), in place."""
    in_place = REGISTRY[name].in_place
    if in_place is not None:
        in_place(a)


def _times_derivative(name, delta, z, tmp):
    """delta <- delta * f'(a), with f' written in terms of z = f(a)."""
    REGISTRY[name].times_derivative(delta, z, tmp)


def loss_and_gradients(network: Network | Sequence, X, labels, loss: str = "cross-entropy",
                       label_smoothing: float = 0.0, weight_decay: float = 0.0,
                       soft=None, soft_weight: float = 0.0, dtype=np.float64):
    """The loss of a batch and its gradient for every parameter, by backpropagation.

    ``network`` is a Network or a tuple (weights, biases, activations) (to
    keep float64 values exact). ``X`` is already scaled (float), ``labels``
    are class indices; ``soft`` (N, K) probabilities are mixed into the
    targets with ``soft_weight``. The loss includes the L2 term
    wd/2 * sum(W^2). Returns (loss, [dW1, db1, dW2, db2, ...]) in ``dtype``.
    """
    if isinstance(network, Network):
        weights, biases, acts = network.weights, network.biases, network.activations
    else:
        weights, biases, acts = network
    mlp = _MLP([np.asarray(w, dtype) for w in weights], [np.asarray(b, dtype) for b in biases],
               acts, dtype)
    X = np.ascontiguousarray(X, dtype)
    labels = np.asarray(labels, np.intp)
    if soft is not None:
        soft = np.asarray(soft, dtype)
    value, _ = mlp.forward_backward(X, labels, loss, label_smoothing, weight_decay,
                                    soft, soft_weight)
    if weight_decay:
        value += 0.5 * weight_decay * sum(float(np.vdot(W, W)) for W in mlp.W)
    return value, [g.copy() for g in mlp.grads]


# optimizers --------------------------------------------------------------------

class SGD:
    """Momentum SGD (PyTorch's form): v <- mu v + g; step = g + mu v (Nesterov) or v."""

    def __init__(self, size, momentum=0.9, nesterov=True, dtype=np.float32):
        self.momentum, self.nesterov = momentum, nesterov
        self.velocity = np.zeros(size, dtype)
        self._tmp = np.empty(size, dtype)

    def step(self, params, grad, lr):
        mu, v, tmp = self.momentum, self.velocity, self._tmp
        if mu == 0:
            np.multiply(grad, lr, out=tmp)
        else:
            v *= mu
            v += grad
            if self.nesterov:
                np.multiply(v, mu, out=tmp)
                tmp += grad
                tmp *= lr
            else:
                np.multiply(v, lr, out=tmp)
        params -= tmp


class Adam:
    """Adam (Kingma & Ba) with bias correction: p -= lr m_hat / (sqrt(v_hat) + eps)."""

    def __init__(self, size, betas=(0.9, 0.999), eps=1e-8, dtype=np.float32):
        self.beta1, self.beta2 = betas
        self.eps = eps
        self.t = 0
        self.m = np.zeros(size, dtype)
        self.v = np.zeros(size, dtype)
        self._tmp = np.empty(size, dtype)

    def step(self, params, grad, lr):
        self.t += 1
        b1, b2, m, v, tmp = self.beta1, self.beta2, self.m, self.v, self._tmp
        np.subtract(grad, m, out=tmp)  # m += (1 - b1)(g - m)
        tmp *= 1 - b1
        m += tmp
        np.multiply(grad, grad, out=tmp)  # v += (1 - b2)(g^2 - v)
        tmp -= v
        tmp *= 1 - b2
        v += tmp
        correction1 = 1 - b1 ** self.t
        correction2 = 1 - b2 ** self.t
        np.sqrt(v, out=tmp)
        tmp *= 1 / math.sqrt(correction2)
        tmp += self.eps
        np.divide(m, tmp, out=tmp)
        tmp *= lr / correction1
        params -= tmp


class _Average:
    """An exponential moving average of the flat parameter vector."""

    def __init__(self, mlp: _MLP, decay: float):
        self.mlp, self.decay, self.t = mlp, decay, 0
        self.flat = mlp.flat.copy()
        self._tmp = np.empty_like(self.flat)

    def update(self, params):
        self.t += 1
        decay = min(self.decay, (1 + self.t) / (10 + self.t))  # short memory at first
        np.subtract(params, self.flat, out=self._tmp)
        self._tmp *= 1 - decay
        self.flat += self._tmp

    def network(self) -> Network:
        views = _views(self.flat, [p.shape for p in self.mlp.params])
        return Network([v.copy() for v in views[0::2]], [v.copy() for v in views[1::2]],
                       self.mlp.activations)
