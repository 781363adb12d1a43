"""How fast the Draw tab answers, and how fast the app starts.

1. Replays 200 strokes as real mouse events (press, moves with the button
   held, release) on the real canvas of the real main window, paced like a
   pointer reporting at --rate Hz, and measures for every event the time
   from sending it to the moment the probability bars hold the prediction
   that includes it ("to bars"), and to the end of the repaint that follows
   ("to screen"). Events that arrive within one frame of the last update are
   merged into an update at the end of that frame, by design; their wait is
   counted.
2. Starts the app in a fresh process (--starts times) and measures from
   just before the process is spawned to the end of the window's first
   paint.

The reference, measured in the same run: the reading itself, what the Draw
tab computes for each update without Qt (the network's input from the
canvas's strokes and picture, and the network's forward pass), timed after
every event on the drawing as it then stands, while waiting for the next one. The ratio "to bars /
reading" is what the event, the throttle and the views add.

Runs offscreen unless QT_QPA_PLATFORM says otherwise (DISPLAY=:99
QT_QPA_PLATFORM=xcb for a real X server). Targets: median <= 4 ms and
p99 <= 12 ms to bars, first window <= 1.5 s.

    digitpad bench draw-latency [--strokes 200] [--rate 60] [--starts 5] [--explore predict]

Qt is imported only when it runs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time

from ..cli import options
from . import scratch_user_files, shown_window

TARGETS = {"median_ms": 4.0, "p99_ms": 12.0, "first_window_s": 1.5}


def strokes(n: int, moves: int, seed: int = 0):
    """n smooth strokes in unit coordinates, like the pieces of handwritten digits."""
    import numpy as np
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        p0, p1, p2 = rng.uniform(0.2, 0.8, size=(3, 2))
        t = np.linspace(0, 1, moves + 1)[:, None]
        curve = (1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t ** 2 * p2  # a quadratic Bezier
        out.append(curve.tolist())
    return out


def percentile(values, q):
    values = sorted(values)
    k = (len(values) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def measure_latency(n_strokes: int, rate: float, moves: int, explore: str | None = None) -> dict:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    app, window = shown_window(sys.argv[:1])
    if explore:  # opened once, as a user who has looked at it: it now follows the drawing
        window.tabs.setCurrentWidget(window.tab("Explore"))
        window.tab("Explore").show_section(explore)
        app.processEvents()
    tab = window.tab("Draw")
    window.tabs.setCurrentWidget(tab)
    app.processEvents()
    canvas = tab.canvas
    updates: list[float] = []
    window.state.drawingChanged.connect(lambda _: updates.append(time.perf_counter()))  # with the bars

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    period = 1.0 / rate
    to_bars, to_screen, reading = [], [], []

    def send(kind, x, y, button, buttons):
        pos = QPointF(x * canvas.width(), y * canvas.height())
        event = QMouseEvent(kind, pos, QPointF(canvas.mapToGlobal(pos)), button, buttons,
                            Qt.KeyboardModifier.NoModifier)
        seen = len(updates)
        t0 = time.perf_counter()
        QApplication.sendEvent(canvas, event)
        deadline = t0 + 0.25
        while len(updates) == seen and time.perf_counter() < deadline:
            app.processEvents()  # a merged event waits here for the update at the end of its frame
        if len(updates) > seen:
            to_bars.append(updates[seen] - t0)
        app.processEvents()  # the repaint the update asked for
        to_screen.append(time.perf_counter() - t0)
        reading.append(time_reading(canvas, window.state.network))  # in the wait for the next report
        while time.perf_counter() - t0 < period:  # the pointer's next report
            app.processEvents()

    for k, points in enumerate(strokes(n_strokes, moves)):
        if k % 4 == 0:
            tab.clear()  # a digit is a few strokes
            app.processEvents()
        (x, y), rest = points[0], points[1:]
        send(QEvent.Type.MouseButtonPress, x, y, left, left)
        for x, y in rest:
            send(QEvent.Type.MouseMove, x, y, none, left)
        send(QEvent.Type.MouseButtonRelease, x, y, left, none)

    refreshes = len(updates)
    window.close()
    ms = [v * 1000 for v in to_bars]
    screen_ms = [v * 1000 for v in to_screen]
    return {"events": len(to_screen), "updates": refreshes, "platform": app.platformName(),
            "reading_ms": statistics.median(reading) * 1000,
            "median_ms": statistics.median(ms), "p99_ms": percentile(ms, 99), "max_ms": max(ms),
            "screen_median_ms": statistics.median(screen_ms), "screen_p99_ms": percentile(screen_ms, 99)}


def time_reading(canvas, network, repeats: int = 3) -> float:
    """The median time of an update's work without Qt, at most: the input read from the
    whole drawing (``network_input``; a move in the Draw tab reads only what it added, so
    for these short strokes about the same or less) and the forward pass that gives the
    bars and the hidden units."""
    import numpy as np

    from ..data.strokes import network_input
    strokes, pixels = canvas.strokes(), canvas.image_array()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        x28 = network_input(strokes, pixels)
        if x28 is not None:
            network.forward(np.stack([x28.reshape(784)]), input_scale=1 / 255)  # as the tab does
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


FIRST_PAINT = textwrap.dedent("""
    import sys, time
    from digitpad.ui.app import MainWindow, make_application
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "done"):
                self.done = True
                QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
            return False

    app = make_application(sys.argv[:1])
    window = MainWindow()          # what run_app() does ...
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()                  # ... and then app.exec()
    sys.exit(app.exec())
""")


def measure_startup(times: int) -> list[float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DIGITPAD_DATA_DIR"] = tempfile.mkdtemp(prefix="digitpad-bench-")
    results = []
    for _ in range(times):
        start = time.time()
        done = subprocess.run([sys.executable, "-c", FIRST_PAINT], capture_output=True, text=True,
                              env=env, timeout=60)
        if done.returncode != 0:
            raise SystemExit(f"the app did not start:\n{done.stderr}")
        painted = float(done.stdout.split()[-1])
        results.append(painted - start)
    return results


def main(argv=None) -> int:
    parser = options.Parser(prog="digitpad bench draw-latency", description=__doc__.split("\n\n")[0])
    parser.add_argument("--strokes", type=options.whole(1, 100_000), default=200,
                        help="strokes drawn while the bars are timed (default: 200)")
    parser.add_argument("--moves", type=options.whole(1, 1000), default=12, help="pointer moves per stroke")
    parser.add_argument("--rate", type=options.number(0, 10_000), default=60.0,
                        help="pointer reports per second")
    parser.add_argument("--starts", type=options.whole(1, 1000), default=5, help="cold starts to time")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--explore", metavar="SECTION", type=options.text, help="open this Explore section (e.g. predict) "
                        "once before drawing, so that it follows the drawing while the bars are timed")
    args = parser.parse_args(argv)

    starts = measure_startup(args.starts)
    first = statistics.median(starts)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # before Qt is imported
    with scratch_user_files():   # the run saves nothing, but never touches the user's files
        lat = measure_latency(args.strokes, args.rate, args.moves, args.explore)
    print(f"platform {lat['platform']}; {args.strokes} strokes, {lat['events']} mouse events "
          f"at {args.rate:g} Hz, {lat['updates']} updates")
    print(f"mouse event -> bars updated:   median {lat['median_ms']:.2f} ms   p99 {lat['p99_ms']:.2f} ms"
          f"   max {lat['max_ms']:.2f} ms   (targets {TARGETS['median_ms']:g} / {TARGETS['p99_ms']:g} ms)")
    print(f"mouse event -> repainted:      median {lat['screen_median_ms']:.2f} ms   "
          f"p99 {lat['screen_p99_ms']:.2f} ms")
    print(f"the reading itself (no Qt):    median {lat['reading_ms']:.2f} ms   "
          f"-> to bars / reading {lat['median_ms'] / lat['reading_ms']:.1f}x (medians)")
    print(f"process start -> first paint:  median {first:.2f} s over {len(starts)} starts "
          f"(min {min(starts):.2f}, max {max(starts):.2f}; target {TARGETS['first_window_s']:g} s)")
    ok = (lat["median_ms"] <= TARGETS["median_ms"] and lat["p99_ms"] <= TARGETS["p99_ms"]
          and first <= TARGETS["first_window_s"])
    print("all targets met" if ok else "some targets missed")
    if args.json:
        print(json.dumps({**lat, "first_window_s": first, "starts": starts}))
    return 0
