"""Random distortions of MNIST digits, vectorised over the batch.

People draw digits slanted, fat or thin, wobbly, tall or squat. The shipped
network learns to read them from MNIST images distorted the same ways:

- an affine map per image (rotation, scale, aspect, shear, shift), applied by
  inverse mapping: every output pixel asks where it comes from and reads the
  source there with bilinear interpolation;
- an elastic wobble: a smooth random displacement field added to those source
  coordinates. The field is drawn on a coarse grid of control points and
  spread over the 28x28 pixels with a fixed Gaussian interpolation matrix, so
  it costs one small matrix product for the whole batch;
- a stroke thickness change: the image blended towards its dilation (a max
  over the pixel and its four neighbours, done with shifted maxima) or its
  erosion (the same with minima).

Everything runs on whole batches with NumPy: no Python loop over images.
Labels are never involved: a distorted 7 is still a 7.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from functools import lru_cache

import numpy as np

SIDE = 28
CENTRE = (SIDE - 1) / 2  # transforms turn and scale about the middle of the image
_PAD = 2  # zero border, so bilinear reads just outside the image find zeros


@dataclass(frozen=True)
class AugmentConfig:
    """How strongly to distort; every range is drawn uniformly per image.

    ``probability`` is the share of images distorted at all (the rest pass
    through untouched). Angles are in degrees, shifts and the elastic
    amplitude in pixels. ``scale`` is the size factor; ``aspect`` stretches
    x and y apart by up to that fraction; ``shear`` is the tangent of the
    largest slant; ``thickness`` is how far an image may move towards its
    dilation (positive draws) or erosion (negative draws), from 0 to 1.
    ``elastic`` is the standard deviation of the wobble in pixels and
    ``elastic_grid`` the number of control points per side (fewer = smoother).
    """

    probability: float = 1.0
    rotation: float = 12.0
    scale: tuple[float, float] = (0.85, 1.15)
    aspect: float = 0.1
    shear: float = 0.25
    shift: float = 2.0
    thickness: float = 0.5
    elastic: float = 0.8
    elastic_grid: int = 4

    def __post_init__(self):
        object.__setattr__(self, "scale", tuple(float(s) for s in self.scale))
        problems = []
        if not 0.0 <= self.probability <= 1.0:
            problems.append(f"probability must be in [0, 1], got {self.probability}")
        if len(self.scale) != 2 or not 0.0 < self.scale[0] <= self.scale[1]:
            problems.append(f"scale must be (low, high) with 0 < low <= high, got {self.scale}")
        for name in ("rotation", "aspect", "shear", "shift", "elastic"):
            if not getattr(self, name) >= 0:
                problems.append(f"{name} must be >= 0, got {getattr(self, name)}")
        if not 0.0 <= self.aspect < 1.0:
            problems.append(f"aspect must be in [0, 1), got {self.aspect}")
        if not 0.0 <= self.thickness <= 1.0:
            problems.append(f"thickness must be in [0, 1], got {self.thickness}")
        if not 2 <= int(self.elastic_grid) <= SIDE:
            problems.append(f"elastic_grid must be between 2 and {SIDE}, got {self.elastic_grid}")
        if problems:
            raise ValueError("; ".join(problems))

    @classmethod
    def identity(cls) -> "AugmentConfig":
        """Settings that change nothing (every image is still resampled)."""
        return cls(rotation=0.0, scale=(1.0, 1.0), aspect=0.0, shear=0.0, shift=0.0,
                   thickness=0.0, elastic=0.0)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["scale"] = list(self.scale)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "AugmentConfig":
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - names)
        if unknown:
            raise ValueError(f"unknown augmentation settings: {', '.join(unknown)}")
        return cls(**d)


def augment(images: np.ndarray, rng: np.random.Generator | int | None = None,
            config: AugmentConfig = AugmentConfig()) -> np.ndarray:
    """A distorted copy of a batch of 28x28 images (N, 784).

    The result has the input's shape and dtype: uint8 images (0..255) come
    back as uint8, anything else as float32; no value leaves the range
    [min(0, smallest input), largest input]. Images that the ``probability``
    draw skips come back unchanged.
    """
    return Augmenter(config, rng)(images)


class Augmenter:
    """Distorts batches with one config and one random generator.

    It keeps its scratch arrays between calls, so distorting batch after
    batch allocates (and page-faults) nothing new: the trainer holds one.
    """

    BLOCK = 512  # images per pass: keeps the scratch arrays in cache

    def __init__(self, config: AugmentConfig = AugmentConfig(),
                 rng: np.random.Generator | int | None = None):
        self.config = config
        self.rng = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
        self._ws: _Workspace | None = None

    def __repr__(self) -> str:
        return f"Augmenter({self.config})"

    def __call__(self, images: np.ndarray) -> np.ndarray:
        """A distorted copy of ``images`` (see ``augment``)."""
        images = np.asarray(images)
        _check_batch(images)
        out = images.astype(np.float32)  # always a copy
        self.augment_inplace(out)
        if images.dtype == np.uint8:
            np.rint(out, out=out)
            return out.astype(np.uint8)
        return out

    def augment_inplace(self, x: np.ndarray) -> None:
        """Distort the rows of a float32 batch (N, 784) in place."""
        _check_batch(x)
        if x.dtype != np.float32:
            raise TypeError(f"expected float32 images, got {x.dtype}")
        for start in range(0, x.shape[0], self.BLOCK):
            block = x[start:start + self.BLOCK]
            chosen = self.rng.random(block.shape[0]) < self.config.probability
            if chosen.all():
                block[...] = self._distort(block)
            elif chosen.any():
                block[chosen] = self._distort(block[chosen])

    def _distort(self, x: np.ndarray) -> np.ndarray:
        """Distort every row of a float32 batch (n, 784), n <= BLOCK.

        Returns a view of scratch memory, valid until the next call.
        """
        cfg, rng = self.config, self.rng
        n = x.shape[0]
        if self._ws is None or self._ws.capacity < n:
            self._ws = _Workspace(max(n, self.BLOCK))
        ws = self._ws
        lo, hi = min(float(x.min()), 0.0), float(x.max())

        # every random number is drawn whatever the settings, so that changing
        # one range leaves the draws of the others where they were
        u = rng.random((7, n), dtype=np.float32)
        u *= 2
        u -= 1  # uniform in [-1, 1)
        field = rng.standard_normal((2, n, cfg.elastic_grid ** 2), dtype=np.float32)

        padded = ws.padded[:n]
        padded.fill(0)
        padded[:, _PAD:-_PAD, _PAD:-_PAD] = x.reshape(n, SIDE, SIDE)
        if cfg.thickness > 0:
            _thicken(padded, u[6] * np.float32(cfg.thickness), ws)
        src_x, src_y = _source_coordinates(u, field, cfg, ws)
        out = _bilinear(padded, src_x, src_y, ws)
        np.clip(out, lo, hi, out=out)
        return out


def _check_batch(images: np.ndarray) -> None:
    if images.ndim != 2 or images.shape[1] != SIDE * SIDE:
        raise ValueError(f"expected a batch of shape (N, {SIDE * SIDE}), got {images.shape}")


class _Workspace:
    """Scratch arrays for up to ``capacity`` images; the first n of each are used."""

    def __init__(self, capacity: int):
        width = SIDE + 2 * _PAD
        if capacity * width * width >= 1 << 24:
            raise ValueError("too many images at once for float32 index arithmetic")
        self.capacity = capacity
        self.padded = np.zeros((capacity, width, width), np.float32)
        self.grow = np.empty((capacity, width * width), np.float32)
        self.coords = np.empty((2, capacity, SIDE * SIDE), np.float32)
        self.planes = np.empty((5, capacity, SIDE * SIDE), np.float32)
        self.idx = np.empty((capacity, SIDE * SIDE), dtype=np.intp)
        # flat index of each image's pixel (0, 0) in the padded batch
        self.origin = ((np.arange(capacity) * width * width + _PAD * width + _PAD)
                       .astype(np.float32)[:, None])


def _thicken(padded: np.ndarray, amount: np.ndarray, ws: _Workspace) -> None:
    """Blend each image (in place) towards its dilation (amount > 0) or erosion (< 0).

    The dilation is the maximum over each pixel and its four neighbours. On
    the flattened batch of padded images the neighbours are the same array
    shifted by 1 and by one row, so it takes four whole-batch maxima; the
    borders of zeros keep images from reaching into each other, and the
    outermost ring stays zero after one step. Erosion is dilation of the
    negated image, negated back, so one pass serves both directions.
    """
    n, width, _ = padded.shape
    flat = padded.reshape(-1)
    size = flat.size
    inner = slice(width + 1, size - width - 1)
    sign = np.where(amount < 0, np.float32(-1), np.float32(1))[:, None]
    per_image = flat.reshape(n, -1)
    per_image *= sign
    grow = ws.grow[:n].reshape(-1)
    grow[...] = flat
    for shift in (1, -1, width, -width):
        np.maximum(grow[inner], flat[width + 1 + shift:size - width - 1 + shift], out=grow[inner])
    # img + |a| (dilated - img), then undo the negation
    grow -= flat
    grow.reshape(n, -1)[...] *= np.abs(amount)[:, None]
    flat += grow
    per_image *= sign


def _source_coordinates(u: np.ndarray, field: np.ndarray, cfg: AugmentConfig, ws: _Workspace):
    """Where each output pixel reads the source: x and y, each (n, 784), in pixels.

    The forward map sends a source point p to c + F (p - c) + t, with
    F = rotation . shear . scale; the output pixel q therefore reads the
    source at F^-1 q + (c - F^-1 (c + t)), plus the elastic displacement at
    q, which is a mix of the control points' values. All of it is linear in
    (qx, qy, 1, basis), so one matrix product computes every coordinate.
    """
    n = u.shape[1]
    angle = np.deg2rad(u[0] * np.float32(cfg.rotation))
    lo, hi = cfg.scale
    size = np.float32(np.sqrt(lo * hi)) * np.exp(u[1] * np.float32(0.5 * np.log(hi / lo)))
    stretch = 1 + u[2] * np.float32(cfg.aspect)
    sx, sy = size * stretch, size / stretch
    k = u[3] * np.float32(cfg.shear)
    tx, ty = u[4] * np.float32(cfg.shift), u[5] * np.float32(cfg.shift)

    cos, sin = np.cos(angle), np.sin(angle)
    # F = R(angle) @ [[1, k], [0, 1]] @ diag(sx, sy), inverted in closed form
    f00, f01 = cos * sx, (cos * k - sin) * sy
    f10, f11 = sin * sx, (sin * k + cos) * sy
    det = f00 * f11 - f01 * f10
    i00, i01, i10, i11 = f11 / det, -f01 / det, -f10 / det, f00 / det
    c = np.float32(CENTRE)

    use_field = cfg.elastic > 0
    basis = _basis(cfg.elastic_grid if use_field else 0)
    coef = np.empty((2, n, basis.shape[0]), np.float32)
    coef[0, :, 0], coef[0, :, 1], coef[0, :, 2] = i00, i01, c - i00 * (c + tx) - i01 * (c + ty)
    coef[1, :, 0], coef[1, :, 1], coef[1, :, 2] = i10, i11, c - i10 * (c + tx) - i11 * (c + ty)
    if use_field:
        np.multiply(field, np.float32(cfg.elastic), out=coef[:, :, 3:])
    coords = ws.coords[:, :n]
    np.matmul(coef, basis, out=coords)
    return coords[0], coords[1]


def _bilinear(padded: np.ndarray, src_x: np.ndarray, src_y: np.ndarray,
              ws: _Workspace) -> np.ndarray:
    """Sample each padded image at (src_x, src_y) with bilinear interpolation.

    Points outside the image read zeros (the background) from the border;
    coordinates far outside are clamped onto its outermost ring, which is zero.
    """
    n, width, _ = padded.shape
    flat = padded.reshape(-1)
    p00, p01, p10, p11, y0 = ws.planes[:, :n]
    x0 = p00
    idx = ws.idx[:n]

    np.clip(src_x, -_PAD, SIDE + _PAD - 1.001, out=src_x)
    np.clip(src_y, -_PAD, SIDE + _PAD - 1.001, out=src_y)
    np.floor(src_x, out=x0)
    np.floor(src_y, out=y0)
    src_x -= x0  # from here on the fractional parts fx, fy
    src_y -= y0
    fx, fy = src_x, src_y

    # flat index of the top-left neighbour, exact in float32 (< 2**24)
    y0 *= np.float32(width)
    y0 += x0
    y0 += ws.origin[:n]
    idx[...] = y0

    flat.take(idx, out=p00, mode="wrap")  # indices are in range: "wrap" skips a copy
    idx += 1
    flat.take(idx, out=p01, mode="wrap")
    idx += width - 1
    flat.take(idx, out=p10, mode="wrap")
    idx += 1
    flat.take(idx, out=p11, mode="wrap")

    # top + fy (bottom - top), each row a + fx (b - a)
    p01 -= p00
    p01 *= fx
    p00 += p01
    p11 -= p10
    p11 *= fx
    p10 += p11
    p10 -= p00
    p10 *= fy
    p00 += p10
    return p00


@lru_cache(maxsize=None)
def _basis(grid: int) -> np.ndarray:
    """(3 + grid**2, 784): rows x, y and 1 for every pixel, then the elastic basis.

    Each elastic row spreads one control point's value over the pixels; each
    pixel takes a Gaussian-weighted mix of the control points, the weights
    scaled to unit sum of squares, so independent standard normal control
    values displace every pixel with standard deviation 1.
    """
    gy, gx = np.mgrid[0:SIDE, 0:SIDE].astype(np.float64)
    gx, gy = gx.reshape(-1), gy.reshape(-1)
    rows = [gx, gy, np.ones_like(gx)]
    if grid:
        ticks = np.linspace(0, SIDE - 1, grid)
        spacing = ticks[1] - ticks[0]
        cy, cx = np.meshgrid(ticks, ticks, indexing="ij")
        d2 = (gx[None, :] - cx.reshape(-1, 1)) ** 2 + (gy[None, :] - cy.reshape(-1, 1)) ** 2
        w = np.exp(-d2 / (2 * spacing ** 2))
        w /= np.sqrt((w ** 2).sum(axis=0, keepdims=True))
        rows.extend(w)
    basis = np.vstack(rows).astype(np.float32)
    basis.setflags(write=False)
    return basis
