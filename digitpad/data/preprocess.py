"""A drawing or a picture -> the 28x28 input MNIST's digits were made into.

MNIST's digits were size-normalised into a 20x20 box (aspect kept, grey
levels from the resampling) and then translated so that their centre of
mass sits at the centre of a 28x28 field, white ink on black, 0..255.
A network trained on them reads a drawing well only if the drawing is
prepared the same way; ``mnist_style`` does that, and ``naive_downscale``
shows what happens when it is not done.

Everything here takes and returns NumPy arrays; image files are decoded by
the caller (the UI uses Qt for that) and handed over as arrays.
"""

from __future__ import annotations

import functools

import numpy as np

SIDE = 28          # the network's input is SIDE x SIDE
BOX = 20           # the digit's longer side is scaled to BOX pixels
CENTRE = 14.0      # where MNIST puts the centre of mass (row and column index)
EMPTY_LEVEL = 16   # a canvas whose brightest pixel is below this holds no digit
INK_FRACTION = 0.1  # pixels fainter than this fraction of the brightest are not ink

# Checked with `digitpad bench robustness`'s drawings made from 1500 held-out training
# digits, read by the shipped network: a 20 px box with no extra blur is the best
# choice for drawings (0.970) and for MNIST digits sent through here (0.988) alike.
# A 19 or 21 px box (0.969/0.963 drawn, 0.985/0.987 MNIST) or a Gaussian blur after
# the downscale (sigma 0.5: 0.969, 0.989; 0.7: 0.965, 0.987) gain nothing.


# resampling ----------------------------------------------------------------

def area_resize(image, shape) -> np.ndarray:
    """Resize a 2-D array to ``shape`` by area averaging (a box filter).

    Each output pixel is the mean of the input over the area it covers,
    fractional pixels counted by their covered fraction, so the total ink is
    kept and its centre of mass moves by a small fraction of a pixel at most. Works for shrinking and enlarging and
    costs O(input size), whatever the ratio.
    """
    a = np.asarray(image, dtype=np.float64)
    if a.ndim != 2:
        raise ValueError(f"expected a 2-D image, got shape {a.shape}")
    rows, cols = (int(n) for n in shape)
    if rows < 1 or cols < 1 or a.size == 0:
        raise ValueError(f"cannot resize {a.shape} to {shape}")
    h, w = a.shape
    if h % rows == 0 and w % cols == 0:  # whole blocks: a plain block mean
        return a.reshape(rows, h // rows, cols, w // cols).mean(axis=(1, 3))
    if max(h, w) <= _MATRIX_LIMIT:  # canvas-sized: two small matrix products, weights cached
        return _area_matrix(h, rows) @ a @ _area_matrix(w, cols).T
    a = _resize_axis(a, rows, axis=0)
    return _resize_axis(a, cols, axis=1)


_MATRIX_LIMIT = 1024


@functools.lru_cache(maxsize=512)
def _area_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) weights: row j averages the inputs under output pixel j."""
    weights = _resize_axis(np.eye(n_in), n_out, axis=0)
    weights.setflags(write=False)
    return weights


def _resize_axis(a: np.ndarray, n_out: int, axis: int) -> np.ndarray:
    n_in = a.shape[axis]
    if n_in == n_out:
        return a
    # F(x) = integral of the row from 0 to x, piecewise linear between pixel edges
    a = np.moveaxis(a, axis, 0)
    F = np.empty((n_in + 1,) + a.shape[1:])
    F[0] = 0.0
    np.cumsum(a, axis=0, out=F[1:])
    edges = np.linspace(0.0, n_in, n_out + 1)
    idx = np.minimum(edges.astype(np.intp), n_in - 1)
    frac = (edges - idx).reshape((-1,) + (1,) * (a.ndim - 1))
    F_edges = F[idx] + frac * a[idx]
    out = np.diff(F_edges, axis=0) * (n_out / n_in)
    return np.moveaxis(out, 0, axis)


# the MNIST recipe ------------------------------------------------------------

def as_gray(image) -> np.ndarray:
    """Any image array -> float64 grey levels 0..255 (H, W).

    Accepts (H, W), (H, W, 1), (H, W, 3) RGB and (H, W, 4) RGBA, as uint8
    (0..255) or float (0..1 if its maximum is at most 1, else 0..255).
    A transparent background is filled with the colour that contrasts with
    the opaque pixels, so ink drawn on transparency stays visible.
    """
    a = np.asarray(image)
    if a.dtype == bool:
        a = a.astype(np.uint8) * 255
    if a.dtype.kind not in "uif":
        raise ValueError(f"expected numbers, got dtype {a.dtype}")
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.ndim not in (2, 3) or (a.ndim == 3 and a.shape[2] not in (3, 4)) or a.size == 0:
        raise ValueError(f"expected a grey, RGB or RGBA image, got shape {a.shape}")
    unit_range = a.dtype.kind == "f"
    a = a.astype(np.float64)
    if not np.all(np.isfinite(a)):
        raise ValueError("the image contains NaN or infinite values")
    if unit_range and a.max(initial=0.0) <= 1.0:
        a = a * 255.0
    a = np.clip(a, 0.0, 255.0)
    if a.ndim == 2:
        return a
    gray = a[:, :, 0] * 0.299 + a[:, :, 1] * 0.587 + a[:, :, 2] * 0.114  # ITU-R 601 luma
    if a.shape[2] == 4:
        alpha = a[:, :, 3] / 255.0
        if alpha.min() < 1.0:
            opaque = alpha > 0.5
            ink_is_dark = gray[opaque].mean() < 128 if opaque.any() else True
            backdrop = 255.0 if ink_is_dark else 0.0
            gray = gray * alpha + backdrop * (1.0 - alpha)
    return gray


def _as_gray_fast(image) -> np.ndarray:
    """A 2-D uint8 canvas as it is (no copy); anything else through ``as_gray``."""
    a = np.asarray(image)
    if a.dtype == np.uint8 and a.ndim == 2 and a.size:
        return a
    return as_gray(a)


def normalize_image(image) -> np.ndarray:
    """A picture of a digit -> white ink on black, uint8 0..255, same size.

    Colour becomes grey; dark ink on a light background (paper, a scan, most
    drawing programs) is inverted, judged by the border, which is background
    in any sensibly framed picture; the background level is taken off and the
    contrast stretched so the ink reaches 255.
    """
    gray, background, top = max((_light_on_dark(g) for g in _grey_candidates(image)),
                                key=lambda found: found[2] - found[1])
    if top - background < EMPTY_LEVEL:
        return np.zeros(gray.shape, np.uint8)
    out = (gray - background) * (255.0 / (top - background))
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def _grey_candidates(image) -> list[np.ndarray]:
    """The ways to see a picture in grey: its luma, and for an opaque colour picture each channel.

    Luma alone loses ink whose colour differs from the background's but whose
    brightness does not (blue ink on red paper): one of the channels keeps it.
    """
    gray = as_gray(image)
    a = np.asarray(image)
    if a.ndim != 3 or a.shape[2] not in (3, 4):
        return [gray]
    if a.shape[2] == 4 and a[:, :, 3].min() != a[:, :, 3].max():
        return [gray]   # see-through: as_gray has chosen the backdrop by the luma
    return [gray] + [as_gray(a[:, :, channel]) for channel in range(3)]


def _light_on_dark(gray: np.ndarray) -> tuple[np.ndarray, float, float]:
    """(grey turned light-on-dark if its border is light, background level, ink level)."""
    border = _border(gray)
    if np.median(border) > 127.5:
        gray = 255.0 - gray
        border = 255.0 - border
    background = float(np.median(border))
    top = float(np.percentile(gray, 99.5)) if gray.size > 400 else float(gray.max())
    return gray, background, max(top, float(gray.max()) * 0.9)


def _border(gray: np.ndarray) -> np.ndarray:
    h, w = gray.shape
    k = max(1, min(h, w) // 20)
    return np.concatenate([gray[:k].ravel(), gray[-k:].ravel(),
                           gray[:, :k].ravel(), gray[:, -k:].ravel()])


def ink_bbox(canvas) -> tuple[int, int, int, int] | None:
    """(top, bottom, left, right), bottom/right exclusive, of the ink; None if blank."""
    a = np.asarray(canvas)
    peak = float(a.max(initial=0))
    if peak < EMPTY_LEVEL:
        return None
    ink = a >= max(1.0, INK_FRACTION * peak)
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def centre_of_mass(image) -> tuple[float, float]:
    """(row, column) of the intensity-weighted mean position, in pixel indices."""
    a = np.asarray(image, dtype=np.float64)
    mass = a.sum()
    if mass <= 0:
        return (a.shape[0] - 1) / 2.0, (a.shape[1] - 1) / 2.0
    rows = a.sum(axis=1) @ np.arange(a.shape[0]) / mass
    cols = a.sum(axis=0) @ np.arange(a.shape[1]) / mass
    return float(rows), float(cols)


def fit_box(crop, box: int = BOX) -> np.ndarray:
    """Scale so the longer side is ``box`` pixels, aspect kept, by area averaging."""
    h, w = crop.shape
    scale = box / max(h, w)
    shape = (max(1, round(h * scale)), max(1, round(w * scale)))
    if h >= w:
        shape = (box, min(box, shape[1]))
    else:
        shape = (min(box, shape[0]), box)
    return area_resize(crop, shape)


def mnist_style(canvas) -> np.ndarray | None:
    """A white-on-black drawing of any size -> the (28, 28) uint8 input, or None if blank.

    1. crop to the ink's bounding box;
    2. scale its longer side to 20 px by area averaging, keeping the aspect;
    3. paste it into 28x28 so that its centre of mass lands on pixel (14, 14),
       to the nearest pixel, as MNIST did.
    """
    gray = _as_gray_fast(canvas)
    bbox = ink_bbox(gray)
    if bbox is None:
        return None
    top, bottom, left, right = bbox
    digit = fit_box(gray[top:bottom, left:right])
    cy, cx = centre_of_mass(digit)
    out = np.zeros((SIDE, SIDE))
    _paste(out, digit, int(round(CENTRE - cy)), int(round(CENTRE - cx)))
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def _paste(dst: np.ndarray, src: np.ndarray, top: int, left: int) -> None:
    """dst[top:, left:] = src, cut where it sticks out."""
    h, w = src.shape
    y0, x0 = max(top, 0), max(left, 0)
    y1, x1 = min(top + h, dst.shape[0]), min(left + w, dst.shape[1])
    if y1 > y0 and x1 > x0:
        dst[y0:y1, x0:x1] = src[y0 - top:y1 - top, x0 - left:x1 - left]


def naive_downscale(canvas) -> np.ndarray | None:
    """The whole canvas squeezed into 28x28, no cropping or centring: the comparison."""
    gray = _as_gray_fast(canvas)
    if ink_bbox(gray) is None:
        return None
    out = area_resize(gray, (SIDE, SIDE))
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def fit_square(image, side: int) -> np.ndarray:
    """Letterbox a white-on-black picture into a black ``side`` x ``side`` square."""
    gray = as_gray(image)
    h, w = gray.shape
    scale = side / max(h, w)
    shape = (max(1, min(side, round(h * scale))), max(1, min(side, round(w * scale))))
    scaled = area_resize(gray, shape)
    out = np.zeros((side, side))
    _paste(out, scaled, (side - shape[0]) // 2, (side - shape[1]) // 2)
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


# measuring -------------------------------------------------------------------

def stroke_width(image28, level: int = 128) -> float:
    """Mean stroke width in pixels of a white-on-black digit, 2 x area / perimeter.

    A stroke of length L and width w has area L w and perimeter about 2 L,
    so the ratio is w for thin strokes. The perimeter is counted as the
    4-neighbour edges between ink (>= ``level``) and background; it is
    staircased on diagonals, the same for every image it is applied to,
    so it compares drawings with MNIST fairly.
    """
    ink = np.asarray(image28) >= level
    area = int(ink.sum())
    if area == 0:
        return 0.0
    padded = np.pad(ink, 1)
    edges = (np.count_nonzero(padded[1:, :] != padded[:-1, :])
             + np.count_nonzero(padded[:, 1:] != padded[:, :-1]))
    return 2.0 * area / edges
