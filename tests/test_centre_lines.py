"""Centre lines: thick ink thinned to one pixel and walked into strokes, at twice MNIST's resolution."""

import numpy as np
import pytest

from digitpad.data import centre_lines as cl


def _components(mask, diagonal=True) -> int:
    """8-connected (4-connected if not ``diagonal``) components of a bool image (flood fill)."""
    mask = np.asarray(mask, bool)
    seen = np.zeros_like(mask)
    count = 0
    for start in zip(*np.nonzero(mask)):
        if seen[start]:
            continue
        count += 1
        stack = [start]
        seen[start] = True
        while stack:
            y, x = stack.pop()
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    q = (y + dy, x + dx)
                    if dy and dx and not diagonal:
                        continue
                    if (0 <= q[0] < mask.shape[0] and 0 <= q[1] < mask.shape[1]
                            and mask[q] and not seen[q]):
                        seen[q] = True
                        stack.append(q)
    return count


def ring_image():
    """A thick ring (about 4 px wide) on 28x28, white on black."""
    yy, xx = np.mgrid[0:28, 0:28]
    r = np.hypot(yy - 14, xx - 14)
    return np.where((r > 6) & (r < 10), 255, 0).astype(np.uint8)


def bar_image():
    """A thick vertical bar, 4 px wide and 16 tall."""
    img = np.zeros((28, 28), np.uint8)
    img[6:22, 12:16] = 255
    return img


def test_skeleton_of_a_thick_stroke_is_thin_connected_and_inside_it():
    for img in (ring_image(), bar_image()):
        sk = cl.skeleton(img)
        assert sk.any()
        assert np.all(img[sk] > 0)  # only ink pixels
        assert sk.sum() < 0.5 * (img > 0).sum()  # much thinner than the ink
        assert _components(sk) == 1
        # one pixel wide: no 2x2 block of skeleton pixels
        blocks = sk[:-1, :-1] & sk[1:, :-1] & sk[:-1, 1:] & sk[1:, 1:]
        assert not blocks.any()


def test_the_skeleton_of_a_ring_keeps_its_hole():
    sk = cl.skeleton(ring_image())
    assert not sk[14, 14]
    assert _components(~sk, diagonal=False) == 2  # outside and the hole


def test_strokes_walk_every_skeleton_pixel_with_unit_steps():
    for img in (ring_image(), bar_image()):
        sk = cl.skeleton(img)
        strokes = cl.strokes_from_skeleton(sk)
        visited = {(int(y - 0.5), int(x - 0.5)) for s in strokes for x, y in s}
        assert visited == set(zip(*(a.tolist() for a in np.nonzero(sk))))
        for s in strokes:
            steps = np.abs(np.diff(np.asarray(s), axis=0))
            assert np.all(steps.max(axis=1) == 1)  # 8-neighbour moves only
    assert len(cl.strokes_from_skeleton(cl.skeleton(bar_image()))) == 1  # one line, one stroke


def test_a_lone_pixel_is_a_dot():
    sk = np.zeros((28, 28), bool)
    sk[5, 7] = True
    assert cl.strokes_from_skeleton(sk) == [[(7.5, 5.5)]]


def test_trace_follows_the_digit_at_double_resolution():
    img = bar_image()
    big = cl.upsample2(img)
    assert big.shape == (56, 56)
    assert big.max() == 255 and big.min() == 0
    assert cl.upsample2(np.full((28, 28), 7.0)) == pytest.approx(np.full((56, 56), 7.0))
    strokes = cl.trace(img)
    pts = np.concatenate([np.asarray(s) for s in strokes])
    # a vertical line down the middle of the bar (columns 12..15, rows 6..21), in 28-pixel units
    assert np.all((pts[:, 0] > 12) & (pts[:, 0] < 16))
    assert pts[:, 1].min() < 9 and pts[:, 1].max() > 19
