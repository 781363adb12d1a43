"""The pieces of the robustness benchmark: placed strokes, drawings, the report."""

import numpy as np
import pytest

from digitpad.bench import robustness as rb
from digitpad.data.centre_lines import skeleton, strokes_from_skeleton
from digitpad.data.preprocess import mnist_style
from shared_data import book_weights_path, mnist
from test_centre_lines import bar_image, ring_image


def test_placement_keeps_the_drawing_on_the_canvas_at_the_asked_size():
    strokes = strokes_from_skeleton(skeleton(bar_image()))
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
    strokes = strokes_from_skeleton(skeleton(bar_image()))
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
    from digitpad.cli import main
    assert main(["bench", "robustness", "--n", "5", "--book", str(tmp_path / "nope.pkl")]) == 2
    assert capsys.readouterr().err == f"digitpad bench: error: {tmp_path / 'nope.pkl'}: no such file\n"


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
