"""The pen bench: real strokes replayed upright on the canvas, scored per digit and writer."""

import hashlib
import json
import shutil

import numpy as np
import pytest

from digitpad.bench import pen
from digitpad.data.pendigits import read_pendigits
from digitpad.data.preprocess import mnist_style
from digitpad.data.strokes import vector_input
from pen_files import FOUR, ONE, SEVEN, write_pen_file

DIGITS = [(7, 1, 1, SEVEN), (1, 1, 2, ONE), (4, 1, 3, FOUR),
          (7, 2, 1, SEVEN), (1, 2, 2, ONE), (4, 2, 3, FOUR), (1, 2, 4, ONE)]


def test_strokes_are_flipped_to_y_down_and_placed_on_the_canvas():
    (stroke,) = pen.y_down(SEVEN)
    assert stroke[0, 1] == -400 and stroke[2, 1] == -100
    unit, placement = pen.place(pen.y_down(SEVEN), 0.5, 0.0, (0.0, 0.0), margin=0.05)
    pts = np.asarray(unit[0])
    assert pts[0, 1] == pytest.approx(pts[:, 1].min())  # the bar is at the top of the screen
    assert placement.size == pytest.approx(0.5)
    sizes, where = pen.placements(500, seed=4)
    assert sizes.min() >= pen.SIZE_RANGE[0] and sizes.max() <= pen.SIZE_RANGE[1]
    assert sizes.min() < 0.35 and sizes.max() > 0.8 and where.min() >= 0 and where.max() < 1
    again, _ = pen.placements(500, seed=4)
    assert np.array_equal(sizes, again)


def test_a_replayed_seven_and_one_come_out_upright(qapp, tmp_path):
    from digitpad.ui.canvas import Canvas
    digits = read_pendigits(write_pen_file(tmp_path / "d.tra", DIGITS[:2]))
    canvas = Canvas()
    inputs, placed = pen.make_drawings(digits, seed=1, canvas=canvas)
    assert inputs.shape == (2, 784) and inputs.dtype == np.uint8
    seven, one = (x.reshape(28, 28) >= 128 for x in inputs)
    rows = np.flatnonzero(seven.any(axis=1))
    top, bottom = seven[rows[0]:rows[0] + 3], seven[rows[-1] - 2:rows[-1] + 1]
    assert top.any(axis=0).sum() > 2 * bottom.any(axis=0).sum()  # the bar on top, the foot below
    rows, cols = np.nonzero(one)
    assert rows.max() - rows.min() >= 17 and cols.max() - cols.min() <= 7  # a tall thin line
    # the input is what the canvas shows, prepared as the Draw tab prepares it
    unit, _ = pen.place(pen.y_down(digits[1].strokes), placed[1].size, 0.0,
                        tuple(pen.placements(2, 1)[1][1]), 0.5 * canvas.brush_width / 280 + 0.01)
    picture = pen.draw(canvas, unit)
    assert np.array_equal(vector_input(canvas.strokes()).reshape(-1), inputs[1])
    raster, _ = pen.make_drawings(digits, seed=1, canvas=canvas, how="raster")
    assert np.array_equal(mnist_style(picture).reshape(-1), raster[1])
    again, _ = pen.make_drawings(digits, seed=1, canvas=canvas)
    assert np.array_equal(again, inputs)
    other, moved = pen.make_drawings(digits, seed=2, canvas=canvas)
    assert moved[0] != placed[0]


class ReadsFirstPixel:
    """A stand-in network that answers the digit written in each input's first pixel."""

    def predict(self, X, input_scale=1.0):
        return np.eye(10)[np.asarray(X)[:, 0] % 10]


def test_scores_per_digit_writer_and_confusion_leaving_out_trained_writers():
    labels = np.array([7, 1, 4, 7, 1, 4, 1])
    writers = np.array([1, 1, 1, 2, 2, 2, 2])
    answers = np.array([7, 7, 4, 2, 1, 4, 7])
    inputs = np.zeros((7, 784), np.uint8)
    inputs[:, 0] = answers
    s = pen.score("net", ReadsFirstPixel(), inputs, labels, writers)
    assert s.accuracy == pytest.approx(4 / 7) and not s.unseen_only
    per_class = s.per_class()
    assert per_class[1] == pytest.approx(1 / 3) and per_class[4] == 1 and per_class[7] == 0.5
    assert np.isnan(per_class[0])
    assert list(s.per_writer([1, 2])) == pytest.approx([2 / 3, 2 / 4])
    assert s.worst_writer() == (2, 0.5)
    assert s.confusions() == [(1, 7, 2, pytest.approx(2 / 3)), (7, 2, 1, 0.5)]
    unseen = pen.score("net", ReadsFirstPixel(), inputs, labels, writers, seen_writers=[1])
    assert unseen.unseen_only and list(unseen.writers) == [2, 2, 2, 2]
    assert unseen.accuracy == 0.5
    elsewhere = pen.score("net", ReadsFirstPixel(), inputs, labels, writers, seen_writers=[9])
    assert not elsewhere.unseen_only and len(elsewhere.labels) == 7  # no writer here was seen
    assert pen.trained_writers({"pen_training_writers": [3, 1, 3]}) == [1, 3]
    assert pen.trained_writers({"pen_training_writers": "all"}) == []
    assert pen.trained_writers({}) == []


def test_the_writers_trained_on_are_those_of_the_file_the_card_names(tmp_path):
    data = write_pen_file(tmp_path / "pen.tra", DIGITS)
    sha = hashlib.sha256(data.read_bytes()).hexdigest()
    same = {"pen_training_writers": [1], "pen_sha256": sha.upper()}
    other = dict(same, pen_sha256="0" * 64)
    assert pen.trained_writers(same, sha) == [1] and not pen.trained_elsewhere(same, sha)
    assert pen.trained_writers(other, sha) == [] and pen.trained_elsewhere(other, sha)
    assert pen.trained_writers(other) == [1]  # no file to compare with
    unnamed = {"pen_training_writers": [1]}  # a card that does not say which file
    assert pen.trained_writers(unnamed, sha) == [1] and not pen.trained_elsewhere(unnamed, sha)


def test_main_scores_each_network_on_the_writers_it_did_not_see(qapp, tmp_path, capsys):
    from digitpad.models import shipped_card_path, shipped_weights_path
    data = write_pen_file(tmp_path / "pen.tra", DIGITS)
    card = json.loads(shipped_card_path().read_text())
    paths = {}
    sha = hashlib.sha256(data.read_bytes()).hexdigest()
    for name, seen, file_sha in (("plain", None, sha), ("trained", [1], sha),
                                 ("everyone", [1, 2], sha), ("other", [1, 2], "0" * 64)):
        paths[name] = tmp_path / f"{name}.npz"
        shutil.copy(shipped_weights_path(), paths[name])
        card.pop("pen_training_writers", None)
        if seen:
            card["pen_training_writers"] = seen
        card["pen_sha256"] = file_sha  # "other": the card names another pen file
        (tmp_path / f"{name}.json").write_text(json.dumps(card))
    plain, trained, everyone, other = (str(p) for p in paths.values())
    assert pen.main(["--data", str(data), "--weights", plain, "--weights", trained,
                     "--weights", everyone, "--weights", other, "--no-book"]) == 0
    out = capsys.readouterr().out
    assert "7 pen digits by 2 writers" in out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    assert rows[plain][1] == "7"
    assert rows[trained][1] == "4"  # only writer 2's digits
    assert rows[everyone][1:] == ["0", "-", "-"]  # nothing left to score it on
    assert f"({trained}: only the writers it was not trained on; left out: 1)" in out
    # writers 1 and 2 of another file are other people: all are scored
    assert rows[other][1] == "7"
    assert f"({other} was trained on the writers of another pen file: every writer here is new to it)" in out
    assert f"({plain} was trained" not in out
    assert rows["#1"][1].endswith("%") and rows["#1"][2] == "-"  # not scored on writer 1
    for d in (1, 4, 7):
        assert rows[str(d)][1].endswith("%") and rows[str(d)][2].endswith("%")
    assert rows["0"][1] == "-"  # no zeros in the file
    assert "most frequent confusions" in out and "by size" in out
    assert pen.main(["--data", str(data), "--writers", "2", "--weights", plain, "--no-book"]) == 0
    out = capsys.readouterr().out
    assert "4 pen digits by 1 writer (" in out and "#1" not in out


def test_main_says_in_one_line_what_is_wrong_with_the_data(tmp_path, capsys, monkeypatch):
    from digitpad.cli import main
    broken = tmp_path / "broken.tra"
    broken.write_text('.SEGMENT DIGIT 0 ? "7"\n.COMMENT 7 1 1\n.PEN_DOWN\n 1 2 3\n.PEN_UP\n')
    assert main(["bench", "pen", "--data", str(broken), "--no-book"]) == 2
    err = capsys.readouterr().err
    assert err == f"digitpad bench: error: {broken}:4: a pen position must be two numbers, x and y\n"
    monkeypatch.delenv("DIGITPAD_PENDIGITS", raising=False)
    assert main(["bench", "pen", "--no-book"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("digitpad bench: error: no pen digits") and "DIGITPAD_PENDIGITS" in err
    assert main(["bench", "pen", "--data", str(tmp_path), "--no-book"]) == 2
    assert capsys.readouterr().err == (f"digitpad bench: error: {tmp_path / 'pendigits-orig.tra'} "
                                       "(the given path): no such file\n")


def test_the_qt_free_input_is_what_the_canvas_replay_gives(qapp, tmp_path):
    """Training draws pen digits without Qt; the bench replays them on the canvas: same input."""
    from digitpad.data.pendigits import network_inputs
    digits = read_pendigits(write_pen_file(tmp_path / "d.tra", DIGITS))
    replayed, _ = pen.make_drawings(digits, seed=5)
    direct = network_inputs(digits)
    assert np.abs(replayed.astype(int) - direct).max() <= 2  # rounding of the placement only
