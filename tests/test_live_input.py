"""The network's input kept up to date as strokes grow: vector_input's result to the last bit,
at a cost per move that does not grow with the stroke."""

import numpy as np
import pytest

from digitpad.data.live_input import LiveInput
from digitpad.data.strokes import MNIST_STROKE, SUPERSAMPLE, PenStroke, vector_input, window_pixels

PEN_WINDOW = window_pixels(MNIST_STROKE * SUPERSAMPLE / 2)  # pixels measured around each piece of line


def scribble(n: int, seed: int = 0) -> list[tuple[float, float]]:
    """A pointer wandering in a box without letting go, as it reports on a 440 px canvas."""
    rng = np.random.default_rng(seed)
    p, v, out = np.array([220.0, 220.0]), np.zeros(2), []
    for _ in range(n):
        out.append(tuple(p / 440))
        v = 0.9 * v + rng.normal(0, 1.0, 2)
        p = np.clip(np.round(p + v), 90, 350)
    return out


def same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and np.array_equal(a, b))


def test_a_drawing_read_as_it_grows_is_vector_input_to_the_last_bit():
    """Dots, lines, curves, several strokes and the eraser, read after every point or few."""
    rng = np.random.default_rng(1)
    reads = 0
    for _ in range(6):
        live, done = LiveInput(), []
        for j in range(int(rng.integers(1, 5))):
            erase = bool(j and rng.random() < 0.35)
            n = int(rng.integers(3 if erase else 1, 40))
            points = np.cumsum(rng.normal(0, 0.03, (n, 2)), axis=0) + rng.uniform(0.35, 0.65, 2)
            points = [tuple(p) for p in points.tolist()]
            width = float(rng.uniform(0.02, 0.06)) if erase else 0.075
            k = 1
            while k <= n:
                strokes = done + [PenStroke(tuple(points[:k]), width, erase)]
                assert same(live.read(strokes), vector_input(strokes)), (j, k)
                reads += 1
                k += int(rng.integers(1, 4))
            done.append(PenStroke(tuple(points), width, erase))  # its last points come with the next
        assert same(live.read(done), vector_input(done))
    assert reads > 60


def test_a_10000_point_stroke_read_as_it_grows_is_vector_input_to_the_last_bit():
    points = scribble(10_000)
    live = LiveInput()
    for n in list(range(1, 200)) + list(range(200, 10_000, 97)) + list(range(9_990, 10_001)):
        x28 = live.read([PenStroke(tuple(points[:n]), 0.075)])
        if n in (150, 5_000):
            assert np.array_equal(x28, vector_input([PenStroke(tuple(points[:n]), 0.075)]))
    whole = [PenStroke(tuple(points), 0.075)]
    assert np.array_equal(x28, vector_input(whole))
    assert np.array_equal(LiveInput().read(whole), x28)  # read at once, as a new drawing


def work_of_one_more_point(points, n: int) -> int:
    """Pixel measurements made to read the stroke at n + 1 points, once read at n."""
    live = LiveInput()
    live.read([PenStroke(tuple(points[:n]), 0.075)])
    reading = live.reading([PenStroke(tuple(points[:n + 1]), 0.075)])
    assert reading.advance()
    return reading.work


def test_a_move_late_in_a_long_stroke_costs_what_one_early_costs():
    """What a read measures for one more point, counted rather than timed: the same at 10,000
    points as at 1,000, and a small part of what reading the stroke afresh measures."""
    points = scribble(10_001)
    points[1_000] = points[10_000] = (0.5, 0.5)  # a step inside what is drawn: the frame stays
    early, late = work_of_one_more_point(points, 1_000), work_of_one_more_point(points, 10_000)
    assert 0 < late <= 16 * PEN_WINDOW and late <= 2 * early  # a few pieces of line
    afresh = LiveInput().reading([PenStroke(tuple(points[:10_001]), 0.075)])
    afresh.advance()
    assert afresh.work > 1_000 * late


def test_a_read_can_be_done_a_slice_at_a_time():
    stroke = PenStroke(tuple(scribble(2_000)), 0.075)
    reading = LiveInput().reading([stroke])
    slices = 1
    while not reading.advance(50_000):
        slices += 1
    assert slices > 5 and reading.done
    assert np.array_equal(reading.result, vector_input([stroke]))


def test_a_read_replaced_by_a_newer_one_cannot_go_on():
    points = scribble(3_000)
    live = LiveInput()
    long = live.reading([PenStroke(tuple(points), 0.075)])
    assert not long.advance(10_000)
    short = [PenStroke(tuple(points[:50]), 0.075)]
    assert np.array_equal(live.read(short), vector_input(short))
    with pytest.raises(RuntimeError, match="newer one replaced it"):
        long.advance()
    whole = [PenStroke(tuple(points), 0.075)]
    assert np.array_equal(live.read(whole), vector_input(whole))  # the half-drawn frame was dropped


def test_strokes_that_do_not_continue_the_last_read_are_read_afresh():
    a = PenStroke(((0.3, 0.3), (0.4, 0.5), (0.5, 0.6), (0.45, 0.7)), 0.075)
    b = PenStroke(((0.6, 0.2), (0.6, 0.8)), 0.075)
    rub = PenStroke(((0.55, 0.7), (0.65, 0.75), (0.7, 0.8)), 0.1, erase=True)
    moved = PenStroke(((0.3, 0.3), (0.4, 0.55), (0.5, 0.6), (0.45, 0.7)), 0.075)  # same length, not the same
    live = LiveInput()
    for strokes in ([a, b], [a], [a, b, rub], [a, b], [moved], [moved, b], [], [b], [rub], [a, rub]):
        assert same(live.read(strokes), vector_input(strokes)), strokes


def test_lines_too_small_to_be_a_digit_read_as_nothing_exactly_when_too_small_says_so():
    """LiveInput knows it from the extents it keeps: a dot, a dash, a stroke growing out of
    being one, two dots, an eraser over a digit."""
    from digitpad.data.strokes import LEAST_SPAN, too_small
    pen = 0.075
    grows = [(0.5, 0.5), (0.51, 0.5), (0.53, 0.51), (0.56, 0.52), (0.58, 0.55), (0.6, 0.62)]
    live = LiveInput(least_span=LEAST_SPAN)
    seen = []
    for n in range(1, len(grows) + 1):
        drawing = [PenStroke(tuple(grows[:n]), pen)]
        reading = live.reading(drawing)
        reading.advance()
        assert reading.too_small == too_small(drawing) == (reading.result is None), n
        seen.append(reading.too_small)
    assert seen[0] and not seen[-1]  # a dot at first, a digit's line at the end
    line = PenStroke(((0.3, 0.2), (0.3, 0.8)), pen)
    for drawing, expected in (([PenStroke(((0.5, 0.5),), pen), PenStroke(((0.5, 0.55),), pen)], True),
                              ([line, PenStroke(((0.3, 0.1), (0.3, 0.9)), 0.3, True)], False),  # all gone
                              ([line, PenStroke(((0.3, 0.1), (0.3, 0.5)), 0.2, True)], False),  # 0.2 left
                              ([line, PenStroke(((0.3, 0.1), (0.3, 0.65)), 0.2, True)], True)):  # a dot left
        reading = LiveInput(least_span=LEAST_SPAN).reading(drawing)
        reading.advance()
        assert reading.too_small == too_small(drawing) == expected, drawing
        assert reading.result is None or not expected
    assert LiveInput().read([PenStroke(((0.5, 0.5),), pen)]) is not None  # off unless asked for
