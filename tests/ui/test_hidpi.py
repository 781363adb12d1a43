"""At every display scale the canvas shows the ink where the pointer went, and the network's input
does not change.

Each scale needs its own process (Qt reads the scale when the application
starts): ``hidpi_scenes.py`` draws on the Draw tab there with real mouse
events and records, scene by scene, the grabbed canvas and the input image
as ink maps over the unit square, so pictures of any pixel density compare.
"""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from shared_data import book_weights_path

SCENES = Path(__file__).with_name("hidpi_scenes.py")
# Ink maps are 40x40 averages (one bin is 7 input pixels). Antialiasing differs by
# a few hundredths in a bin at a stroke's edge; a stroke drawn at the wrong scale
# or place leaves whole bins empty or full (a difference of 1).
BIN_TOLERANCE = 0.2
MEAN_TOLERANCE = 0.01


def run_scenes(tmp_path, name: str, env: dict, *args: str) -> dict:
    book_weights_path()  # the scenes read with the book's network: skip here, as other tests do, without it
    out = tmp_path / f"{name}.npz"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    done = subprocess.run([sys.executable, str(SCENES), str(out), *args], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    with np.load(out) as frames:
        return dict(frames)


def scene_names(frames: dict) -> list[str]:
    return [key[:-len(".shown")] for key in frames if key.endswith(".shown")]


def assert_same_picture(a: np.ndarray, b: np.ndarray, what: str) -> None:
    diff = np.abs(a - b)
    assert diff.max() < BIN_TOLERANCE and diff.mean() < MEAN_TOLERANCE, (
        f"{what}: ink differs by up to {diff.max():.2f} in a bin ({diff.mean():.4f} on average)")


@pytest.fixture(scope="module")
def at_scale_one(tmp_path_factory):
    return run_scenes(tmp_path_factory.mktemp("hidpi"), "scale-1", {"QT_SCALE_FACTOR": "1"})


def test_the_scenes_draw_what_they_say(at_scale_one):
    """Ink in the bottom-right quarter (the 7), some of it erased, then brought back."""
    quarter = {name: at_scale_one[f"{name}.model"][20:, 20:].mean() for name in scene_names(at_scale_one)}
    assert quarter["drawn"] > 0.15
    assert quarter["erased"] < quarter["drawn"] - 0.02
    assert quarter["undone"] == quarter["drawn"] and quarter["redone"] == quarter["erased"]
    assert quarter["erased with the eraser on"] < quarter["redone"] - 0.02  # the left button erased
    assert at_scale_one["dropped image.model"].max() > 0.9


def test_at_scale_one_the_canvas_shows_the_network_input(at_scale_one):
    assert at_scale_one["drawn.dpr"] == 1.0
    assert at_scale_one["unrepainted"] == 0
    for cursor in ("brush cursor", "eraser cursor"):
        ring, stroke_width, _ = at_scale_one[cursor]
        assert ring == pytest.approx(stroke_width, abs=2)
    for name in scene_names(at_scale_one):
        assert_same_picture(at_scale_one[f"{name}.shown"], at_scale_one[f"{name}.model"], name)


@pytest.mark.parametrize("scale", ["1.25", "1.5", "2"])
def test_every_scale_shows_the_ink_where_the_pointer_went(tmp_path, at_scale_one, scale):
    frames = run_scenes(tmp_path, f"scale-{scale}", {"QT_SCALE_FACTOR": scale})
    assert scene_names(frames) == scene_names(at_scale_one)
    assert frames["unrepainted"] == 0  # each move repaints all the ink it added
    for cursor in ("brush cursor", "eraser cursor"):
        ring, stroke_width, pixmap_ratio = frames[cursor]
        assert pixmap_ratio == float(scale)  # drawn in device pixels
        assert ring == pytest.approx(stroke_width, abs=1 + float(scale))
        assert stroke_width == pytest.approx(at_scale_one[cursor][1] * float(scale), abs=float(scale))
    assert frames["eraser cursor"][1] > frames["brush cursor"][1] * 1.5
    for name in scene_names(frames):
        assert frames[f"{name}.dpr"] == float(scale)
        assert frames[f"{name}.sharp"]  # one display image pixel per device pixel
        assert_same_picture(frames[f"{name}.shown"], at_scale_one[f"{name}.shown"], f"{name} at {scale}")
        assert_same_picture(frames[f"{name}.shown"], frames[f"{name}.model"], f"{name} at {scale} vs input")
        np.testing.assert_array_equal(frames[f"{name}.pixels"], at_scale_one[f"{name}.pixels"])


def test_a_move_to_a_screen_of_another_scale_repaints_the_canvas(tmp_path, at_scale_one):
    """Two offscreen screens, the second at twice the scale; the window moves there after the 7."""
    config = tmp_path / "screens.json"
    config.write_text('{"screens": ['
                      '{"name": "one", "x": 0, "y": 0, "width": 1920, "height": 1200},'
                      '{"name": "two", "x": 1920, "y": 0, "width": 3840, "height": 2400}]}')
    frames = run_scenes(tmp_path, "moved", {"QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                                            "QT_SCREEN_SCALE_FACTORS": "one=1;two=2"},
                        "--move-to-screen", "two")
    assert frames["drawn.dpr"] == 1.0 and frames["moved.dpr"] == 2.0
    assert_same_picture(frames["moved.shown"], at_scale_one["drawn.shown"], "after the move")
    ring, stroke_width, pixmap_ratio = frames["moved cursor"]  # the pointer is rebuilt for the new screen
    assert pixmap_ratio == 2.0 and ring == pytest.approx(stroke_width, abs=3)
    assert stroke_width == pytest.approx(2 * at_scale_one["brush cursor"][1], abs=2)
    for name in scene_names(frames):
        assert_same_picture(frames[f"{name}.shown"], frames[f"{name}.model"], f"{name} on the second screen")
        np.testing.assert_array_equal(frames[f"{name}.pixels"],
                                      at_scale_one[f"{'drawn' if name == 'moved' else name}.pixels"])
