"""MNIST test digits, drawn again on the canvas, are read as their labels.

Each digit is traced along its centre line (a thinned skeleton) with the
canvas's own strokes at the default brush, 28x28 spread over the canvas, as
if someone had copied it by hand. This checks the whole path a drawing takes:
canvas, preprocessing, network. It also checks the default brush: after
preprocessing the strokes must be about as thick as MNIST's.
"""

import numpy as np
import pytest

from digitpad.data import preprocess
from digitpad.ui.canvas import DEFAULT_BRUSH
from drawing import redraw, stroke, trace
from shared_data import mnist

pytestmark = pytest.mark.mnist

N_DIGITS = 40


@pytest.fixture(scope="module")
def sample():
    images, labels = mnist("test")
    picks = np.random.default_rng(2024).choice(len(labels), N_DIGITS, replace=False)
    return images[picks].reshape(-1, 28, 28), labels[picks]


def test_redrawn_digits_read_as_their_labels(draw_tab, sample):
    images, labels = sample
    right = 0
    for image, label in zip(images, labels):
        draw_tab.canvas.clear()
        redraw(draw_tab.canvas, image)
        draw_tab.settle()
        right += int(np.argmax(draw_tab.probabilities())) == label
    assert right >= 0.75 * N_DIGITS, f"{right}/{N_DIGITS} redrawn digits read right"


def test_default_brush_gives_mnist_stroke_width(draw_tab, sample):
    images, _ = sample
    assert draw_tab.canvas.brush_width == DEFAULT_BRUSH
    ours, theirs = [], []
    for image in images:
        draw_tab.canvas.clear()
        redraw(draw_tab.canvas, image)
        draw_tab.settle()
        ours.append(preprocess.stroke_width(draw_tab.input_image()))
        theirs.append(preprocess.stroke_width(image))
    ratio = np.mean(ours) / np.mean(theirs)
    assert 0.85 <= ratio <= 1.15, f"strokes come out {ratio:.2f}x as thick as MNIST's"


def test_a_few_digits_drawn_with_real_mouse_events(draw_tab, sample):
    """The same, every little stroke a real press, moves and release of the mouse."""
    images, labels = sample
    right = 0
    for image, label in list(zip(images, labels))[:8]:
        draw_tab.canvas.clear()
        for points in trace(image):
            stroke(draw_tab.canvas, points if len(points) > 1 else points * 2, steps=2)
        draw_tab.settle()  # the hundred-odd strokes may still be being read
        right += int(np.argmax(draw_tab.probabilities())) == label
    assert right >= 6
