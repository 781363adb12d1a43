"""The pieces of the robustness benchmark: centre lines, strokes, drawings, the report."""

import numpy as np
import pytest

from digitpad.bench import robustness as rb
from digitpad.data.preprocess import mnist_style
from shared_data import book_weights_path, mnist


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
        sk = rb.skeleton(img)
        assert sk.any()
        assert np.all(img[sk] > 0)  # only ink pixels
        assert sk.sum() < 0.5 * (img > 0).sum()  # much thinner than the ink
        assert _components(sk) == 1
        # one pixel wide: no 2x2 block of skeleton pixels
        blocks = sk[:-1, :-1] & sk[1:, :-1] & sk[:-1, 1:] & sk[1:, 1:]
        assert not blocks.any()


def test_the_skeleton_of_a_ring_keeps_its_hole():
    sk = rb.skeleton(ring_image())
    assert not sk[14, 14]
    assert _components(~sk, diagonal=False) == 2  # outside and the hole


def test_strokes_walk_every_skeleton_pixel_with_unit_steps():
    for img in (ring_image(), bar_image()):
        sk = rb.skeleton(img)
        strokes = rb.strokes_from_skeleton(sk)
        visited = {(int(y - 0.5), int(x - 0.5)) for s in strokes for x, y in s}
        assert visited == set(zip(*(a.tolist() for a in np.nonzero(sk))))
        for s in strokes:
            steps = np.abs(np.diff(np.asarray(s), axis=0))
            assert np.all(steps.max(axis=1) == 1)  # 8-neighbour moves only
    assert len(rb.strokes_from_skeleton(rb.skeleton(bar_image()))) == 1  # one line, one stroke


def test_a_lone_pixel_is_a_dot():
    sk = np.zeros((28, 28), bool)
    sk[5, 7] = True
    assert rb.strokes_from_skeleton(sk) == [[(7.5, 5.5)]]


def test_placement_keeps_the_drawing_on_the_canvas_at_the_asked_size():
    strokes = rb.strokes_from_skeleton(rb.skeleton(bar_image()))
    for size, slant, u in ((0.4, -20, (0, 0)), (0.9, 20, (0.999, 0.999)), (0.6, 0, (0.5, 0.3))):
        unit, placement = rb.place(strokes, size, slant, u, margin=0.05)
        pts = np.concatenate([np.asarray(s) for s in unit])
        assert pts.min() >= 0.05 - 1e-9 and pts.max() <= 0.95 + 1e-9
        assert placement.size == pytest.approx(size)
        assert pts[:, 1].max() - pts[:, 1].min() == pytest.approx(size * 0.9)
        if slant:  # the bar leans: its top is to the right for a positive slant
            top, bottom = pts[pts[:, 1].argmin()], pts[pts[:, 1].argmax()]
            assert np.sign(top[0] - bottom[0]) == np.sign(slant)


def test_a_drawn_bar_reads_back_through_preprocessing(qapp):
    from digitpad.ui.canvas import MODEL_SIDE, Canvas
    canvas = Canvas()
    strokes = rb.strokes_from_skeleton(rb.skeleton(bar_image()))
    unit, _ = rb.place(strokes, 0.7, 0.0, (0.5, 0.5), margin=0.05)
    image = rb.draw(canvas, unit)
    assert image.shape == (MODEL_SIDE, MODEL_SIDE) and image.dtype == np.uint8
    prepared = mnist_style(image)
    assert prepared is not None
    ink = prepared >= 128
    rows, cols = np.nonzero(ink)
    assert rows.max() - rows.min() + 1 >= 18  # the bar fills the 20 px box's height
    assert cols.max() - cols.min() + 1 <= 6  # and stays a bar
    # drawing again on the same canvas starts from a blank one
    assert np.array_equal(rb.draw(canvas, unit), image)


@pytest.mark.mnist
def test_drawn_mnist_digits_are_read_by_the_shipped_network(qapp):
    """The product goal: the shipped network reads digits drawn on the canvas, not only scans."""
    from digitpad.models import load_shipped
    X, y = mnist("test")
    n = 300
    inputs, placements = rb.make_drawings(X[:n].reshape(-1, 28, 28), seed=1)
    assert inputs.shape == (n, 784) and inputs.dtype == np.uint8
    assert len(placements) == n
    assert all(0.3 <= p.size <= 0.9 + 1e-9 and abs(p.slant) <= 20 for p in placements)
    right = rb.predictions(load_shipped().network, inputs) == y[:n]
    assert right.mean() >= 0.95
    again, _ = rb.make_drawings(X[:20].reshape(-1, 28, 28), seed=1)
    assert np.array_equal(again, inputs[:20])  # seeded


@pytest.mark.mnist
def test_main_prints_the_accuracies(qapp, capsys):
    mnist("test")  # skips without MNIST
    book = book_weights_path()
    assert rb.main(["--n", "50", "--seed", "3", "--book", str(book)]) == 0
    out = capsys.readouterr().out
    assert "50 MNIST test digits" in out
    assert "shipped" in out and "book" in out
    for bucket in ("size 40%-55%", "size 70%-90%", "slant -20 to -7 deg", "slant +7 to +20 deg"):
        assert bucket in out
    table = [line for line in out.splitlines() if line.startswith("shipped ")][0]
    numbers = [float(tok.rstrip("%")) for tok in table.split() if tok.endswith("%")]
    assert len(numbers) == 3 and all(0 <= v <= 100 for v in numbers)
    assert numbers[0] > 97  # the shipped network on the whole test set
    counts = [int(line.split()[-3]) for line in out.splitlines() if line.startswith("size ")]
    assert sum(counts) == 50  # every digit lands in one size bucket


def test_breakdown_puts_every_digit_in_one_bucket_of_each_kind():
    placements = [rb.Placement(size, slant, 0, 0) for size, slant in
                  ((0.38, -20), (0.55, -7), (0.6, 0), (0.9, 7), (0.95, 19.9))]
    right = np.array([True, False, True, True, False])
    rows = {name: (n, acc) for name, n, acc in rb.breakdown(right, placements)}
    assert rows["size 40%-55%"] == (1, 1.0)
    assert rows["size 55%-70%"] == (2, 0.5)
    assert rows["size 70%-90%"] == (2, 0.5)
    assert rows["slant -20 to -7 deg"] == (1, 1.0)
    assert rows["slant -7 to +7 deg"] == (2, 0.5)
    assert rows["slant +7 to +20 deg"] == (2, 0.5)


def test_main_rejects_a_missing_book_file(tmp_path, capsys):
    assert rb.main(["--n", "5", "--book", str(tmp_path / "nope.pkl")]) == 2
    assert "error" in capsys.readouterr().err


def test_trace_follows_the_digit_at_double_resolution():
    img = bar_image()
    big = rb.upsample2(img)
    assert big.shape == (56, 56)
    assert big.max() == 255 and big.min() == 0
    assert rb.upsample2(np.full((28, 28), 7.0)) == pytest.approx(np.full((56, 56), 7.0))
    strokes = rb.trace(img)
    pts = np.concatenate([np.asarray(s) for s in strokes])
    # a vertical line down the middle of the bar (columns 12..15, rows 6..21), in 28-pixel units
    assert np.all((pts[:, 0] > 12) & (pts[:, 0] < 16))
    assert pts[:, 1].min() < 9 and pts[:, 1].max() > 19


def test_a_wider_brush_draws_thicker_strokes(qapp):
    from digitpad.data.preprocess import stroke_width
    images = np.stack([ring_image(), bar_image()])
    thin, _ = rb.make_drawings(images, seed=2, brush=12, how="raster")
    thick, _ = rb.make_drawings(images, seed=2, brush=30, how="raster")
    for a, b in zip(thin, thick):
        assert stroke_width(a.reshape(28, 28)) < stroke_width(b.reshape(28, 28))
    # as the Draw tab prepares them, from the strokes, the brush makes no difference
    thin, _ = rb.make_drawings(images, seed=2, brush=12)
    thick, _ = rb.make_drawings(images, seed=2, brush=30)
    assert np.array_equal(thin, thick)
