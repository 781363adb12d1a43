"""On a HiDPI screen the canvas paints in device pixels, and the network's input does not change."""

import json
import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import hashlib, json, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from digitpad.ui.canvas import Canvas
    canvas = Canvas()
    canvas.resize(300, 300)
    canvas.show()
    app.processEvents()
    canvas.draw_stroke([(0.3, 0.2), (0.55, 0.45), (0.5, 0.8)])
    canvas.draw_stroke([(0.2, 0.6), (0.8, 0.6)])
    frame = canvas.grab()
    print(json.dumps({
        "dpr": canvas.devicePixelRatioF(),
        "display": [canvas._display.width(), canvas._display.height()],
        "grab": [frame.width(), frame.height()],
        "model": hashlib.sha256(canvas.image_array().tobytes()).hexdigest(),
    }))
""")


def run(scale: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_canvas_is_sharp_on_hidpi_and_the_input_is_unchanged():
    normal, double = run("1"), run("2")
    assert normal["dpr"] == 1.0 and double["dpr"] == 2.0
    assert normal["display"] == [300, 300]
    assert double["display"] == [600, 600]  # one image pixel per device pixel
    assert double["grab"] == [600, 600]
    assert double["model"] == normal["model"]  # what the network is given is the same
