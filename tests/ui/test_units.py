"""The app's number formats: the edges of each rule."""

import pytest

from digitpad.ui.units import accuracy_text, probability_text, seconds_text


@pytest.mark.parametrize("p, text", [
    (0.0, "0%"), (0.004, "0%"), (0.42, "42%"), (0.9949, "99%"),   # whole percents, rounded
    (0.995, "99.5%"), (0.996, "99.6%"), (0.99549, "99.5%"),       # one decimal, cut
    (0.9996, "99.9%"), (0.9999996, "99.9%"),                     # never rounded up to 100%
    (1.0, "100%"),                                                # only certainty is 100%
])
def test_probability_text(p, text):
    assert probability_text(p) == text


def test_probability_text_of_float32_values_and_of_nothing():
    import numpy as np
    assert probability_text(np.float32(0.996)) == "99.6%"
    assert probability_text(np.float32(0.99999)) == "99.9%"
    assert probability_text(float("nan")) == "unknown"


@pytest.mark.parametrize("a, text", [
    (0.9352, "93.52%"), (0.98456, "98.46%"), (0.0, "0.00%"),
    (0.99994, "99.99%"), (0.99996, "99.99%"), (1.0, "100.00%"),
    (None, "unknown"), (float("nan"), "unknown"), (float("inf"), "unknown"),
])
def test_accuracy_text(a, text):
    assert accuracy_text(a) == text


@pytest.mark.parametrize("t, text", [(0.31, "0.31 s"), (61, "1 min 01 s"), (float("nan"), "unknown"),
                                     (float("inf"), "unknown"), (1e400, "unknown"), ("3", "unknown"),
                                     (None, "unknown")])
def test_seconds_text_says_unknown_for_what_is_not_a_finite_number(t, text):
    assert seconds_text(t) == text
