"""Long strokes on the Draw tab: read as vector_input reads them, and never holding the window up."""

import numpy as np
from PySide6.QtCore import QEvent, Qt

from digitpad.data.strokes import vector_input
from drawing import LEFT, mouse, stroke

NO = Qt.MouseButton.NoButton


def scribble(n: int, side: float, seed: int = 0) -> list[tuple[float, float]]:
    """A pointer wandering over the middle of the canvas without letting go (widget pixels)."""
    rng = np.random.default_rng(seed)
    p, v, out = np.array([side / 2, side / 2]), np.zeros(2), []
    for _ in range(n):
        out.append((float(p[0]), float(p[1])))
        v = 0.9 * v + rng.normal(0, 1.0, 2)
        p = np.clip(np.round(p + v), 0.2 * side, 0.8 * side)
    return out


def press_and_move(canvas, points, qtbot=None, every: int = 0) -> None:
    """Press at the first point and move through the others with the button held, letting the
    event loop run every ``every`` moves (a pointer reports while the window works)."""
    mouse(canvas, QEvent.Type.MouseButtonPress, points[0], LEFT, LEFT)
    for k, p in enumerate(points[1:], 1):
        mouse(canvas, QEvent.Type.MouseMove, p, NO, LEFT)
        if every and k % every == 0:
            qtbot.wait(1)


def read_at_once(draw_tab) -> np.ndarray:
    draw_tab.settle()
    return draw_tab.input_image()


def test_a_10000_point_stroke_gives_the_input_and_the_image_drawing_it_the_old_way_gave(
        draw_tab, qtbot, monkeypatch):
    """Drawn with the mouse and read live as it grows, then let go: the network is given what
    vector_input makes of the whole stroke, and the canvas holds what a replay paints."""
    monkeypatch.setattr("digitpad.ui.canvas.CHECKPOINT_POINTS", 10 ** 9)  # redo replays the stroke
    canvas = draw_tab.canvas
    points = scribble(10_001, canvas.width())
    press_and_move(canvas, points[:5_001], qtbot, every=50)
    assert canvas.history_length == 0  # still drawing
    np.testing.assert_array_equal(read_at_once(draw_tab), vector_input(canvas.strokes()))
    press_and_move(canvas, points[5_000:], qtbot, every=50)
    mouse(canvas, QEvent.Type.MouseButtonRelease, points[-1], LEFT, NO)
    (whole,) = canvas.strokes()
    assert canvas.history_length == 1 and len(whole.points) > 9_000
    qtbot.waitUntil(lambda: not draw_tab.is_reading(), timeout=60_000)
    np.testing.assert_array_equal(draw_tab.input_image(), vector_input([whole]))
    np.testing.assert_array_equal(draw_tab.networkInput.pixels(), draw_tab.input_image())
    drawn = canvas.image_array()
    canvas.undo()
    canvas.redo()
    np.testing.assert_array_equal(canvas.image_array(), drawn)


def lay_down_silently(canvas, points) -> None:
    """A long stroke drawn through the canvas's own API while nobody listens, then announced as
    a stroke ending is: the Draw tab must read it all anew."""
    canvas.blockSignals(True)
    try:
        canvas.begin_stroke(*points[0])
        for x, y in points[1:]:
            canvas.extend_stroke(x, y)
        canvas.end_stroke()
    finally:
        canvas.blockSignals(False)
    canvas.historyChanged.emit()


def test_a_long_drawing_read_anew_is_read_a_slice_at_a_time_while_the_canvas_draws(draw_tab, qtbot):
    canvas = draw_tab.canvas
    side = canvas.width()
    lay_down_silently(canvas, [(x / side, y / side) for x, y in scribble(4_000, side)])
    assert draw_tab.reader.busy()  # the read goes on in slices: the window has its turn between them
    assert draw_tab.probabilities() is None
    before = canvas.image_array()
    mouse(canvas, QEvent.Type.MouseButtonPress, (0.1 * side, 0.1 * side), LEFT, LEFT)
    mouse(canvas, QEvent.Type.MouseMove, (0.15 * side, 0.12 * side), NO, LEFT)
    assert (canvas.image_array() != before).any()  # drawn at once, read later
    mouse(canvas, QEvent.Type.MouseMove, (0.2 * side, 0.1 * side), NO, LEFT)
    qtbot.waitUntil(lambda: draw_tab.probabilities() is not None, timeout=60_000)
    expected = vector_input(canvas.strokes())
    qtbot.waitUntil(lambda: np.array_equal(draw_tab.input_image(), expected), timeout=60_000)
    np.testing.assert_array_equal(draw_tab.state.drawing.input28, expected)  # what Explore reads


def test_a_digit_saved_while_a_long_read_goes_on_is_the_drawing_as_it_is(draw_tab, qtbot):
    canvas = draw_tab.canvas
    side = canvas.width()
    lay_down_silently(canvas, [(x / side, y / side) for x, y in scribble(3_000, side, seed=1)])
    assert draw_tab.reader.busy()
    expected = vector_input(canvas.strokes())
    with qtbot.waitSignal(draw_tab.digitSaved):
        canvas.setFocus()
        qtbot.keyClick(canvas, Qt.Key.Key_8)
    images, labels = draw_tab.store.load()
    assert labels.tolist() == [8]
    np.testing.assert_array_equal(images[0].reshape(28, 28), expected)


def test_clearing_while_a_long_read_goes_on_does_not_wait_for_it(draw_tab, qtbot):
    """Nor is the drawing then taken as one the network read right: it was never read."""
    canvas = draw_tab.canvas
    side = canvas.width()
    shown, taken = [], []
    draw_tab.state.drawingChanged.connect(shown.append)
    draw_tab.readRight.connect(lambda x28, answer: taken.append(answer))
    lay_down_silently(canvas, [(x / side, y / side) for x, y in scribble(3_000, side, seed=2)])
    assert draw_tab.reader.busy()
    draw_tab.clear()
    assert canvas.is_empty() and not draw_tab.reader.busy()
    assert shown and all(drawing.input28 is None for drawing in shown)
    stroke(canvas, [(0.5, 0.15), (0.5, 0.85)])  # the next drawing begins
    assert draw_tab.probabilities() is not None and not taken


def test_a_stroke_of_any_length_leaves_the_image_a_replay_paints(draw_tab, monkeypatch):
    """The model image's path is kept as the stroke is drawn and painted whole when it ends."""
    monkeypatch.setattr("digitpad.ui.canvas.CHECKPOINT_POINTS", 10 ** 9)  # redo replays the strokes
    canvas = draw_tab.canvas
    side = canvas.width()
    wander = [(x / side, y / side) for x, y in scribble(400, side, seed=3)]
    for n in (1, 2, 3, 4, 40, 400):
        canvas.clear()
        canvas.draw_stroke(wander[:n])
        canvas.draw_stroke([(x + 0.05, y) for x, y in wander[:n][::-1]], width=12)
        canvas.draw_stroke(wander[:n][:2], erase=True)  # the start of the first taken away
        drawn = canvas.image_array()
        for _ in range(3):
            canvas.undo()
        for _ in range(3):
            canvas.redo()
        np.testing.assert_array_equal(canvas.image_array(), drawn, err_msg=f"{n} points")
        assert drawn.any()


def test_a_move_late_in_a_long_stroke_smooths_only_what_it_added(draw_tab, qtbot, monkeypatch):
    """Whatever the read asks of the drawing (its input, whether it is too small to be a digit),
    a move smooths the few points it added, not the whole stroke again: counted, not timed."""
    from digitpad.data import live_input, strokes
    canvas = draw_tab.canvas
    points = scribble(3_001, canvas.width())
    press_and_move(canvas, points[:3_000], qtbot, every=50)
    read_at_once(draw_tab)
    smoothed = []
    for module in (live_input, strokes):
        real = module.smoothed
        monkeypatch.setattr(module, "smoothed", lambda pts, real=real: smoothed.append(len(pts)) or real(pts))
    mouse(canvas, QEvent.Type.MouseMove, points[-1], NO, LEFT)
    read_at_once(draw_tab)
    assert 0 < sum(smoothed) <= 10, smoothed
    mouse(canvas, QEvent.Type.MouseButtonRelease, points[-1], LEFT, NO)


def points_painted(canvas, monkeypatch) -> list[int]:
    """The points of every stroke the canvas paints whole from now on (replays do)."""
    painted = []
    real = canvas._images.paint_whole
    monkeypatch.setattr(canvas._images, "paint_whole",
                        lambda stroke, *args, **kw: painted.append(len(stroke.points)) or real(stroke, *args, **kw))
    return painted


def test_undoing_a_dot_after_a_long_drawing_does_not_paint_the_drawing_again(draw_tab, monkeypatch):
    """Counted, not timed: undo and redo start from the images kept after the long stroke."""
    from digitpad.ui.canvas import CHECKPOINT_POINTS
    canvas = draw_tab.canvas
    side = canvas.width()
    canvas.draw_stroke([(x / side, y / side) for x, y in scribble(4 * CHECKPOINT_POINTS, side, seed=4)])
    long_drawing = canvas.image_array()
    canvas.draw_stroke([(0.1, 0.1), (0.12, 0.1)])
    with_dot = canvas.image_array()
    assert (with_dot != long_drawing).any()
    painted = points_painted(canvas, monkeypatch)
    canvas.undo()
    np.testing.assert_array_equal(canvas.image_array(), long_drawing)
    canvas.redo()
    np.testing.assert_array_equal(canvas.image_array(), with_dot)
    assert sum(painted) <= 2, painted  # the dot, painted again on redo at most


def test_a_history_branched_by_undo_paints_what_drawing_it_afresh_paints(qtbot):
    """Images kept for a history that undo then a new stroke replaced are never used again."""
    from digitpad.ui.canvas import CHECKPOINT_POINTS, Canvas
    canvas = Canvas()
    qtbot.addWidget(canvas)
    side = 280
    a, b, c = ([(x / side, y / side) for x, y in scribble(2 * CHECKPOINT_POINTS, side, seed=s)]
               for s in (5, 6, 7))
    for points in (a, b):
        canvas.draw_stroke(points)
    canvas.undo()
    canvas.draw_stroke(c, width=10)          # b's images are history no one can redo
    canvas.draw_stroke(a[:40], erase=True)
    canvas.clear()
    canvas.undo()                            # the clear taken back
    for _ in range(3):
        canvas.undo()
    for _ in range(3):
        canvas.redo()
    afresh = Canvas()
    qtbot.addWidget(afresh)
    afresh.draw_stroke(a)
    afresh.draw_stroke(c, width=10)
    afresh.draw_stroke(a[:40], erase=True)
    np.testing.assert_array_equal(canvas.image_array(), afresh.image_array())
    canvas.undo()                            # the eraser's stroke
    afresh.undo()
    np.testing.assert_array_equal(canvas.image_array(), afresh.image_array())
    assert canvas.image_array().any()


def grey(widget) -> np.ndarray:
    """What ``widget`` shows inside a margin (a focus ring is drawn there), as grey levels."""
    from PySide6.QtGui import QImage
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[4:-4, 4:image.width() - 4].astype(float)


def test_a_long_drawing_is_stretched_while_the_canvas_is_resized_and_painted_sharp_once_it_stops(
        qtbot, monkeypatch):
    """Counted, not timed: no step of a resize paints the drawing again, the size it stops at
    does, once; a short drawing is painted sharp at every step."""
    from digitpad.ui.canvas import STRETCH_POINTS, Canvas
    canvas = Canvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    long_one = [(x / 400, y / 400) for x, y in scribble(2 * STRETCH_POINTS, 400, seed=8)]
    canvas.draw_stroke(long_one)
    n = len(canvas.strokes()[0].points)
    painted = points_painted(canvas, monkeypatch)
    for side in (390, 370, 350):
        canvas.resize(side, side)
        qtbot.wait(5)
        assert sum(painted) == 0, side
    stretched = grey(canvas)
    qtbot.waitUntil(lambda: sum(painted) > 0, timeout=5_000)
    assert painted == [n]
    afresh = Canvas()
    qtbot.addWidget(afresh)
    afresh.resize(350, 350)
    afresh.show()
    qtbot.waitExposed(afresh)
    monkeypatch.setattr("digitpad.ui.canvas.CHECKPOINT_POINTS", 10 ** 9)
    afresh.draw_stroke(long_one)
    afresh.undo()
    afresh.redo()  # painted whole at this size, as a replay paints it
    sharp, expected = grey(canvas), grey(afresh)
    assert np.abs(sharp - expected).mean() < 0.2 * np.abs(stretched - expected).mean()
    canvas.clear()
    canvas.draw_stroke(long_one[:40])
    painted.clear()
    canvas.resize(330, 330)
    qtbot.wait(5)
    assert painted == [len(canvas.strokes()[0].points)]  # short: painted at the new size at once


def test_a_picture_opened_after_undoing_a_long_drawing_is_the_picture(qtbot):
    """The images kept after the drawing undone were taken for the picture's place in history."""
    from digitpad.ui.canvas import CHECKPOINT_POINTS, Canvas
    canvas, afresh = Canvas(), Canvas()
    for widget in (canvas, afresh):
        qtbot.addWidget(widget)
    canvas.draw_stroke([(x / 280, y / 280) for x, y in scribble(2 * CHECKPOINT_POINTS, 280, seed=9)])
    canvas.undo()
    bar = np.zeros((28, 28), np.uint8)
    bar[4:24, 12:16] = 255
    canvas.load_array(bar)
    afresh.load_array(bar)
    np.testing.assert_array_equal(canvas.image_array(), afresh.image_array())


def test_after_a_resize_undo_still_starts_from_the_images_kept(qtbot, monkeypatch):
    """Counted, not timed: the images kept at the old size are kept again at the new one as the
    drawing is painted sharp there."""
    from digitpad.ui.canvas import CHECKPOINT_POINTS, Canvas
    canvas = Canvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.draw_stroke([(x / 400, y / 400) for x, y in scribble(4 * CHECKPOINT_POINTS, 400, seed=10)])
    long_drawing = canvas.image_array()
    canvas.draw_stroke([(0.1, 0.1), (0.12, 0.1)])
    canvas.resize(360, 360)
    painted = points_painted(canvas, monkeypatch)
    qtbot.waitUntil(lambda: sum(painted) > 0, timeout=5_000)  # painted sharp at the new size
    painted.clear()
    canvas.undo()
    np.testing.assert_array_equal(canvas.image_array(), long_drawing)
    assert sum(painted) == 0, painted
    sharp = grey(canvas)
    canvas.redo()
    canvas.undo()
    np.testing.assert_array_equal(grey(canvas), sharp)
