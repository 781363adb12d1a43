"""Canvas and picture -> 28x28, the MNIST way."""

import numpy as np
import pytest

from digitpad.data import preprocess as P
from shared_data import mnist


def canvas(size=280):
    return np.zeros((size, size), np.uint8)


def bbox28(img):
    ys, xs = np.nonzero(img)
    return ys.max() - ys.min() + 1, xs.max() - xs.min() + 1


# area_resize -----------------------------------------------------------------

def test_area_resize_is_a_block_mean_for_whole_blocks():
    a = np.arange(36, dtype=float).reshape(6, 6)
    out = P.area_resize(a, (2, 3))
    assert out.shape == (2, 3)
    assert out[0, 0] == pytest.approx(a[:3, :2].mean())
    assert out[1, 2] == pytest.approx(a[3:, 4:].mean())


@pytest.mark.parametrize("src,dst", [((97, 41), (20, 9)), ((13, 7), (20, 11)), ((280, 280), (28, 28)),
                                     ((5, 300), (3, 20))])
def test_area_resize_keeps_the_mean_and_centre_of_mass(src, dst):
    rng = np.random.default_rng(0)
    a = rng.random(src)
    out = P.area_resize(a, dst)
    assert out.shape == dst
    assert out.mean() == pytest.approx(a.mean(), rel=1e-9)
    # the centre of mass stays put, to a small fraction of an output pixel
    cy, cx = P.centre_of_mass(a)
    oy, ox = P.centre_of_mass(out)
    assert (oy + 0.5) == pytest.approx((cy + 0.5) * dst[0] / src[0], abs=0.05)
    assert (ox + 0.5) == pytest.approx((cx + 0.5) * dst[1] / src[1], abs=0.05)


def test_area_resize_averages_fractional_pixels():
    out = P.area_resize(np.array([[0.0, 0.0, 90.0]]), (1, 2))
    assert out.tolist() == [[0.0, 60.0]]  # the right half covers half of pixel 1 and all of pixel 2


# mnist_style -------------------------------------------------------------------

def test_empty_canvas_gives_none():
    assert P.mnist_style(canvas()) is None
    assert P.naive_downscale(canvas()) is None
    assert P.mnist_style(np.full((50, 50), 10, np.uint8)) is None  # faint noise is not a digit


def test_output_is_28x28_uint8_in_range():
    c = canvas()
    c[40:240, 130:150] = 255
    out = P.mnist_style(c)
    assert out.shape == (28, 28) and out.dtype == np.uint8
    assert out.max() == 255 and out.min() == 0


def test_longer_side_scaled_to_20_pixels_aspect_kept():
    c = canvas(400)
    c[100:300, 150:250] = 255  # 200 tall, 100 wide
    out = P.mnist_style(c)
    assert bbox28(out) == (20, 10)
    c = canvas(400)
    c[180:220, 20:380] = 255  # 40 tall, 360 wide: 20 wide, 2.2 -> 2 tall
    h, w = bbox28(P.mnist_style(c))
    assert (h, w) == (2, 20)


def test_small_drawing_is_enlarged_to_the_box():
    c = canvas()
    c[10:20, 10:15] = 255  # tiny, in a corner
    assert bbox28(P.mnist_style(c)) == (20, 10)


def test_centred_by_centre_of_mass_not_by_bounding_box():
    # an L: a heavy vertical bar and a thin foot; the bounding box centre and the
    # centre of mass differ, and MNIST puts the centre of mass in the middle
    c = canvas()
    c[20:220, 20:80] = 255
    c[200:220, 20:220] = 255
    out = P.mnist_style(c)
    cy, cx = P.centre_of_mass(out)
    assert abs(cy - 14) <= 0.5 and abs(cx - 14) <= 0.5
    ys, xs = np.nonzero(out)
    assert (xs.min() + xs.max()) / 2 > 14.5  # the box itself is off centre


def test_position_of_the_drawing_does_not_matter():
    a, b = canvas(), canvas()
    a[20:120, 20:40] = 255
    b[150:250, 200:220] = 255
    np.testing.assert_array_equal(P.mnist_style(a), P.mnist_style(b))


def test_size_of_the_drawing_barely_matters():
    a, b = canvas(560), canvas(560)
    a[100:500, 200:260] = 255
    b[10:110, 10:25] = 255
    assert np.abs(P.mnist_style(a).astype(int) - P.mnist_style(b).astype(int)).max() <= 1


def test_float_canvas_in_unit_range():
    c = np.zeros((100, 100))
    c[20:80, 45:55] = 1.0
    np.testing.assert_array_equal(P.mnist_style(c), P.mnist_style((c * 255).astype(np.uint8)))


def test_naive_downscale_keeps_position_and_size():
    c = canvas()
    c[0:50, 0:20] = 255
    out = P.naive_downscale(c)
    assert out.shape == (28, 28)
    assert bbox28(out) == (5, 2)
    assert out[0, 0] == 255


@pytest.mark.mnist
def test_mnist_digits_are_fixed_points():
    """MNIST digits are already prepared: preparing them again changes them little."""
    images, _ = mnist("test")
    sample = images[:500].reshape(-1, 28, 28)
    diffs = [np.abs(P.mnist_style(im).astype(int) - im).mean() for im in sample]
    assert np.median(diffs) < 3.0  # out of 255


# pictures ------------------------------------------------------------------

def test_dark_on_light_is_inverted():
    paper = np.full((90, 60), 250, np.uint8)
    paper[10:80, 25:35] = 20
    out = P.normalize_image(paper)
    assert out[0, 0] == 0 and out[40, 30] == 255
    assert P.mnist_style(out)[14, 14] > 200


def test_light_on_dark_is_kept():
    dark = np.full((90, 60), 5, np.uint8)
    dark[10:80, 25:35] = 200
    out = P.normalize_image(dark)
    assert out[0, 0] == 0 and out[40, 30] == 255


def test_colour_becomes_grey_and_is_inverted():
    rgb = np.full((64, 64, 3), 255, np.uint8)
    rgb[8:56, 28:36] = (0, 0, 180)  # blue ink on white
    out = P.normalize_image(rgb)
    assert out.shape == (64, 64)
    assert out[30, 30] == 255 and out[0, 0] == 0


def test_ink_on_transparency():
    rgba = np.zeros((40, 40, 4), np.uint8)
    rgba[5:35, 18:22] = (0, 0, 0, 255)  # black ink, transparent elsewhere
    out = P.normalize_image(rgba)
    assert out[20, 20] == 255 and out[0, 0] == 0


def test_blank_picture_is_empty():
    assert P.mnist_style(P.normalize_image(np.full((30, 30, 3), 200, np.uint8))) is None


def test_fit_square_letterboxes():
    img = np.full((100, 50), 255, np.uint8)
    out = P.fit_square(img, 280)
    assert out.shape == (280, 280)
    assert out[140, 140] == 255 and out[140, 10] == 0
    assert bbox28(out) == (280, 140)


def test_bad_images_are_refused():
    with pytest.raises(ValueError):
        P.as_gray(np.zeros((4, 4, 2)))
    with pytest.raises(ValueError):
        P.as_gray(np.array([[np.nan]]))
    with pytest.raises(ValueError):
        P.as_gray(np.zeros((4, 4), dtype=object))


# stroke width --------------------------------------------------------------

def test_stroke_width_of_a_bar():
    img = np.zeros((28, 28), np.uint8)
    img[4:24, 12:15] = 255  # 20 long, 3 wide
    assert P.stroke_width(img) == pytest.approx(2 * 60 / 46)
    assert P.stroke_width(np.zeros((28, 28))) == 0.0
