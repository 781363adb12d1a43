"""The network's input drawn from the strokes: MNIST's stroke width whatever the brush and size."""

import numpy as np
import pytest

from digitpad.data.preprocess import mnist_style, stroke_width
from digitpad.data.strokes import (MNIST_STROKE, PenStroke, cover_line, network_input, render, smoothed,
                                   vector_input)

SEVEN = [(0.40, 0.40), (0.50, 0.40), (0.60, 0.41), (0.55, 0.50), (0.50, 0.60), (0.47, 0.70)]


def scaled(points, k, shift=(0.0, 0.0)):
    return tuple((x * k + shift[0], y * k + shift[1]) for x, y in points)


def test_smoothed_follows_the_canvas_curve_through_the_midpoints():
    p = np.array([(0.0, 0.0), (4.0, 0.0), (4.0, 4.0)])
    line = smoothed(p)
    assert np.array_equal(line[0], p[0]) and np.array_equal(line[-1], p[-1])
    assert any(np.allclose(q, (2.0, 0.0)) for q in line)  # the first midpoint
    assert any(np.allclose(q, (4.0, 2.0)) for q in line)  # the last one
    # halfway along the curve from (2, 0) around the corner (4, 0) to (4, 2): (3.5, 0.5)
    assert any(np.allclose(q, (3.5, 0.5)) for q in line)
    assert np.array_equal(smoothed([(1.0, 2.0)]), [[1.0, 2.0]])


def brute_force(lines, shape, widths, erase):
    """Every pixel against every segment, the slow way."""
    ys, xs = np.mgrid[0:shape[0], 0:shape[1]]
    c = np.stack([xs.ravel() + 0.5, ys.ravel() + 0.5], 1)
    ink = np.zeros(len(c))
    for line, w, e in zip(lines, widths, erase):
        d = np.full(len(c), np.inf) if len(line) > 1 else np.hypot(*(c - line[0]).T)
        for a, b in zip(line[:-1], line[1:]):
            ab = b - a
            t = np.clip(((c - a) @ ab) / max(ab @ ab, 1e-12), 0, 1)
            d = np.minimum(d, np.hypot(*(c - a - t[:, None] * ab).T))
        cover = np.clip(w / 2 - d + 0.5, 0, 1)
        ink = ink * (1 - cover) if e else np.maximum(ink, cover)
    return ink.reshape(shape)


def test_render_is_the_distance_to_the_lines_with_a_one_pixel_soft_edge():
    rng = np.random.default_rng(3)
    lines = [rng.uniform(5, 60, (12, 2)), np.array([[30.0, 30.0]]), rng.uniform(0, 70, (4, 2))]
    args = ((70, 66), [8.8, 5.0, 12.0], [False, False, True])
    fast = render(lines, *args)
    assert fast.max() == 1.0 and fast.min() == 0.0
    np.testing.assert_allclose(fast, brute_force(lines, *args), atol=1e-12)


def test_render_measures_a_line_far_wider_than_the_picture_only_where_it_reaches():
    """An eraser hundreds of times the picture's size: across all of it, partly over it from far
    away, or passing by; what is left is the distance rule's, and the pieces measured are few."""
    rng = np.random.default_rng(4)
    ink = rng.uniform(5, 35, (15, 2))
    shape = (30, 40)
    for rub, radius in (([(-3e6, 15.0), (3e6, 15.0)], 1e6),          # across it: all of it goes
                        ([(-3e6, 800.0), (3e6, 820.0)], 800.0),       # its edge crosses the picture
                        ([(-3e6, 5e6), (3e6, 5e6)], 1e6)):            # passes by
        lines = [ink, np.array(rub)]
        args = (shape, [8.8, 2 * radius], [False, True])
        np.testing.assert_allclose(render(lines, *args), brute_force(lines, *args), atol=1e-12)
        measured = sum(cover_line(np.zeros(30 * 40), np.array(rub), radius, shape))
        assert measured < 1_000_000  # of 3 million pieces along the line, each against 1,200 pixels
    assert not render([ink, np.array([(-3e6, 15.0), (3e6, 15.0)])], shape, [8.8, 2e6], [False, True]).any()


def test_the_eraser_after_a_dot_or_a_tiny_mark_is_read():
    """A lone dot is drawn at a scale where the eraser is millions of pixels wide."""
    eraser = 21 * 1.6 / 280
    dot = PenStroke(((0.5, 0.5),), 21 / 280)
    far = PenStroke(((0.1, 0.1), (0.2, 0.1), (0.3, 0.1)), eraser, erase=True)
    over = PenStroke(((0.4, 0.5), (0.5, 0.5), (0.6, 0.5)), eraser, erase=True)
    assert np.array_equal(vector_input([dot, far]), vector_input([dot]))
    assert vector_input([dot, over]) is None
    mark = PenStroke(((0.5, 0.5), (0.51, 0.51), (0.52, 0.5)), 21 / 280)  # 9 px on a 440 px canvas
    half = PenStroke(((0.3, 0.565), (0.5, 0.565), (0.7, 0.565)), eraser, erase=True)  # its lower half
    left = vector_input([mark, half])
    assert left is not None and 0 < (left > 25).sum() < (vector_input([mark]) > 25).sum()


def test_the_input_is_the_same_at_any_size_and_place_and_mnist_thin():
    small = vector_input([PenStroke(scaled(SEVEN, 0.5, (0.05, 0.1)), 21 / 280)])
    large = vector_input([PenStroke(scaled(SEVEN, 1.6, (-0.5, -0.5)), 21 / 280)])
    wide_brush = vector_input([PenStroke(scaled(SEVEN, 0.5, (0.05, 0.1)), 48 / 280)])
    assert small.shape == (28, 28) and small.dtype == np.uint8
    assert np.array_equal(small, wide_brush)  # the brush does not matter
    assert np.abs(small.astype(int) - large).max() <= 2  # nor the size, but for rounding
    assert stroke_width(small) == pytest.approx(MNIST_STROKE, abs=0.6)
    rows, cols = np.nonzero(small > 25)
    assert max(np.ptp(rows), np.ptp(cols)) + 1 == 20  # fills MNIST's 20 px box


def test_the_eraser_takes_away_what_it_covered():
    line = PenStroke(((0.2, 0.5), (0.5, 0.5), (0.8, 0.5)), 0.05)
    bar = PenStroke(((0.5, 0.2), (0.5, 0.8)), 0.05)
    whole = vector_input([line, bar])
    rub = PenStroke(((0.7, 0.45), (0.9, 0.55)), 0.15, erase=True)
    rubbed = vector_input([line, bar, rub])
    assert rubbed.sum() < whole.sum()
    assert rubbed[:, 20:].sum() < whole[:, 20:].sum() / 4  # the right end is gone
    assert vector_input([]) is None
    assert vector_input([PenStroke(((0.5, 0.5),), 0.05, erase=True)]) is None


def test_a_picture_on_the_canvas_is_prepared_from_its_pixels():
    pixels = np.zeros((280, 280), np.uint8)
    pixels[60:220, 130:150] = 255
    assert np.array_equal(network_input(None, pixels), mnist_style(pixels))
    strokes = [PenStroke(((0.5, 0.2), (0.5, 0.8)), 0.05)]
    assert np.array_equal(network_input(strokes, pixels), vector_input(strokes))


def test_the_canvas_hands_over_its_strokes_since_the_last_clear(qapp):
    from digitpad.ui.canvas import Canvas
    canvas = Canvas()
    assert canvas.strokes() == []
    canvas.draw_stroke([(0.1, 0.1), (0.2, 0.2)])
    canvas.clear()
    canvas.draw_stroke(SEVEN, width=10)
    canvas.draw_stroke([(0.3, 0.3), (0.4, 0.4)], erase=True)
    first, rub = canvas.strokes()
    assert first.points == tuple(SEVEN) and first.width == pytest.approx(10 / 280) and not first.erase
    assert rub.erase and rub.width > first.width
    canvas.undo()
    assert len(canvas.strokes()) == 1
    canvas.load_array(np.full((28, 28), 255, np.uint8))
    assert canvas.strokes() is None


def test_what_the_eraser_leaves_is_drawn_at_the_full_box_with_mnist_pen():
    tall = PenStroke(((0.5, 0.1), (0.5, 0.5), (0.5, 0.9)), 0.05)
    cross = PenStroke(((0.3, 0.3), (0.7, 0.3)), 0.05)
    rub = PenStroke(((0.2, 0.78), (0.8, 0.78)), 0.5, erase=True)  # takes away y > 0.53
    left = vector_input([tall, cross, rub])
    rows, _ = np.nonzero(left > 25)
    assert np.ptp(rows) + 1 >= 19  # the shortened digit fills the box again
    by_hand = vector_input([PenStroke(((0.5, 0.1), (0.5, 0.53)), 0.05), cross])
    # as thin as the digit drawn that short (up to where the pixel grid falls), not 1.5x as thick
    assert stroke_width(left) == pytest.approx(stroke_width(by_hand), abs=0.4)
    assert int(left.sum()) == pytest.approx(int(by_hand.sum()), rel=0.1)


def test_a_mark_spanning_less_than_its_pen_width_is_too_small_to_be_a_digit():
    from digitpad.data.strokes import too_small
    pen = 21 / 280
    assert too_small([PenStroke(((0.5, 0.5),), pen)])                                # a click
    assert too_small([PenStroke(((0.5, 0.5), (0.56, 0.52)), pen)])                   # a dash
    assert too_small([PenStroke(((0.5, 0.5),), pen), PenStroke(((0.5, 0.55),), pen)])  # two dots
    assert not too_small([PenStroke(((0.5, 0.4), (0.5, 0.55)), pen)])                # a small 1
    assert not too_small([PenStroke(((0.5, 0.5), (0.56, 0.52)), 4 / 280)])           # the same, a fine pen
    assert not too_small([PenStroke(((0.2, 0.2), (0.8, 0.8)), pen, erase=True)])     # nothing drawn
    assert not too_small([])
