"""What a move costs late in a long stroke: a user scribbling without letting go of the button.

For each length (--points, default 100, 1,000 and 10,000 points) the pointer
goes once round the middle of the real window's canvas with the button held
and then scribbles inside, as real mouse events, until the stroke has that
many points (so that the moves timed stay within what is drawn at every
length, as most of a long scribble's do); then --moves more
moves are sent paced like a pointer reporting at --rate Hz, and for each one
the time from sending it to the probability bars holding a reading that
includes it is measured ("to bars"), as is the longest time the event loop
was kept from a 1 ms timer meanwhile ("longest stall"). The read itself is
timed alone too, without Qt: ``LiveInput`` reading the stroke one point more
at a time, over its last --moves points.

The reference, measured in the same run on the same strokes: the old way, the
Draw tab reading the whole drawing again after every move (``vector_input``,
which it called before, and which the training data is still made with),
plus the forward pass. That time was spent on the window's own turn: it was
the stall. Last, at the longest length, the pointer steps out past everything
drawn, so that the whole drawing must be read anew: the window goes on
drawing while that is read a slice at a time.

Runs offscreen unless QT_QPA_PLATFORM says otherwise.

    digitpad bench long-stroke [--points 100,1000,10000] [--moves 30] [--rate 60] [--repeats 3]

Qt is imported only when it runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace

from ..cli import options
from . import StallClock, scratch_user_files, shown_window

SIDE = 440  # pixels of the canvas the pointer is imagined on, for the size of its steps


def scribble(n: int, seed: int = 0) -> list[tuple[float, float]]:
    """A pointer going once round the middle half of the canvas, then scribbling inside it in
    whole-pixel steps: ``n`` reports (unit coordinates), the drawing's extent set early on."""
    import numpy as np
    lo, hi, step = 0.25 * SIDE, 0.75 * SIDE, 12.0
    edge = np.arange(lo, hi, step)
    ring = ([(x, lo) for x in edge] + [(hi, y) for y in edge] + [(x, hi) for x in edge[::-1] + step]
            + [(lo, y) for y in edge[::-1] + step])
    rng = np.random.default_rng(seed)
    p, v, out = np.array(ring[-1]), np.zeros(2), list(ring)
    while len(out) < n:
        v = 0.9 * v + rng.normal(0, 1.0, 2)
        p = np.clip(np.round(p + v), lo + 4, hi - 4)
        out.append((float(p[0]), float(p[1])))
    return [(x / SIDE, y / SIDE) for x, y in out[:n]]


def lengths(text: str) -> list[int]:
    """Stroke lengths to time at, '100,1000,10000' -> [100, 1000, 10000]."""
    try:
        values = [int(part) for part in text.replace("_", "").split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected lengths like 100,1000,10000, got {text!r}") from None
    if not values or min(values) < 2 or max(values) > 100_000:
        raise argparse.ArgumentTypeError(f"lengths run from 2 to 100,000 points, got {text!r}")
    return sorted(set(values))


def measure(points: list[int], moves: int, rate: float, repeats: int) -> dict:
    import numpy as np
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from ..data.live_input import LiveInput
    from ..data.strokes import vector_input
    from ..nn.network import PIXEL_SCALE

    app, window = shown_window(sys.argv[:1])
    tab = window.tab("Draw")
    window.tabs.setCurrentWidget(tab)
    app.processEvents()
    canvas, network = tab.canvas, window.state.network
    updates: list[float] = []
    window.state.drawingChanged.connect(lambda _: updates.append(time.perf_counter()))
    clock = StallClock(1)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton

    def send(kind, x, y, button=none, buttons=left) -> None:
        pos = QPointF(x * canvas.width(), y * canvas.height())
        QApplication.sendEvent(canvas, QMouseEvent(kind, pos, QPointF(canvas.mapToGlobal(pos)), button,
                                                   buttons, Qt.KeyboardModifier.NoModifier))

    def timed_move(x, y) -> tuple[float, float]:
        """(to bars, longest stall) of one move, paced as the pointer reports."""
        seen, before = len(updates), canvas.strokes()[-1].points
        clock.restart()
        t0 = time.perf_counter()
        send(QEvent.Type.MouseMove, x, y)
        moved = canvas.strokes()[-1].points != before
        while moved and (len(updates) == seen or tab.is_reading()) and time.perf_counter() - t0 < 60:
            app.processEvents()  # a merged move waits here for the read at the end of its frame
        done = updates[-1] if len(updates) > seen else time.perf_counter()
        while time.perf_counter() - t0 < 1.0 / rate:  # the pointer's next report
            app.processEvents()
        clock.tick()
        return done - t0, clock.longest()

    def old_read(strokes) -> float:
        """The old way: the whole drawing read again, and the forward pass."""
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            x28 = vector_input(strokes)
            network.forward(np.stack([x28.reshape(784)]), input_scale=PIXEL_SCALE)
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    def live_read(stroke, last: int) -> float:
        """What the Draw tab's read costs now for one point more (its ``last`` points, one by one),
        with its forward pass."""
        live, n = LiveInput(), len(stroke.points) - last
        live.read([replace(stroke, points=stroke.points[:n])])
        times = []
        for k in range(n + 1, n + last + 1):
            t0 = time.perf_counter()
            x28 = live.read([replace(stroke, points=stroke.points[:k])])
            network.forward(np.stack([x28.reshape(784)]), input_scale=PIXEL_SCALE)
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    rows, outward = [], None
    clock.start()
    clock.restart()
    idle_end = time.perf_counter()
    while time.perf_counter() - idle_end < 2.0:  # the window idle: what the machine itself costs it
        app.processEvents()
        time.sleep(0.0005)
    idle_ms = clock.longest() * 1000
    for k, n in enumerate([min(points)] + points):  # the first one warms the window up, unkept
        tab.clear()
        app.processEvents()
        path = iter(scribble(2 * n + 4 * moves + 100, seed=n))
        send(QEvent.Type.MouseButtonPress, *next(path), left, left)
        while len(canvas.strokes()[-1].points) < n:  # a step too small to draw is no point
            send(QEvent.Type.MouseMove, *next(path))
            if len(canvas.strokes()[-1].points) % 8 == 0:
                app.processEvents()
        while tab.is_reading():
            app.processEvents()
        timed = [timed_move(*next(path)) for _ in range(moves)]
        (stroke,) = canvas.strokes()
        rows.append({"points": n, "to_bars_ms": [t * 1000 for t, _ in timed],
                     "stall_ms": max(s for _, s in timed) * 1000,
                     "read_ms": live_read(stroke, moves) * 1000, "old_ms": old_read([stroke]) * 1000})
        if k == len(points):  # out past everything drawn: the whole stroke is read anew
            corner = [(0.25 - 0.02 * j, 0.25 - 0.02 * j) for j in range(1, 6)]
            clock.restart()
            t0 = time.perf_counter()
            for x, y in corner:
                send(QEvent.Type.MouseMove, x, y)
                app.processEvents()
            while tab.is_reading():
                app.processEvents()
            clock.tick()
            outward = {"bars_ms": (updates[-1] - t0) * 1000, "stall_ms": clock.longest() * 1000,
                       "old_ms": old_read(canvas.strokes()) * 1000}
        send(QEvent.Type.MouseButtonRelease, *canvas.strokes()[-1].points[-1], left, none)
        app.processEvents()
    clock.stop()
    rows = rows[1:]
    platform = app.platformName()
    window.close()
    return {"platform": platform, "rows": rows, "outward": outward, "idle_stall_ms": idle_ms}


def main(argv=None) -> int:
    parser = options.Parser(prog="digitpad bench long-stroke", description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=lengths, default=[100, 1_000, 10_000],
                        help="stroke lengths to time a move at (default: 100,1000,10000)")
    parser.add_argument("--moves", type=options.whole(1, 1000), default=30, help="moves timed at each length")
    parser.add_argument("--rate", type=options.number(0, 10_000), default=60.0,
                        help="pointer reports per second")
    parser.add_argument("--repeats", type=options.whole(1, 100), default=3,
                        help="times the old read is timed at each length (median)")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # before Qt is imported
    with scratch_user_files():   # the run saves nothing, but never touches the user's files
        found = measure(args.points, args.moves, args.rate, args.repeats)
    rows = found["rows"]
    print(f"platform {found['platform']}; a stroke scribbled without letting go, {args.moves} moves "
          f"timed at {args.rate:g} Hz at each length; medians")
    print(f"the idle window's longest stall (the machine's own): {found['idle_stall_ms']:.1f} ms")
    print(f"{'points':>8}  {'to bars, median / max':>22}  {'longest stall':>13}  {'the read':>9}  "
          f"{'the old read':>12}  {'old / now':>9}")
    for row in rows:
        bars = row["to_bars_ms"]
        print(f"{row['points']:>8,}  {statistics.median(bars):>9.2f} / {max(bars):>6.2f} ms  "
              f"{row['stall_ms']:>10.1f} ms  {row['read_ms']:>6.2f} ms  {row['old_ms']:>9.1f} ms  "
              f"{row['old_ms'] / row['read_ms']:>8.0f}x")
    if len(rows) > 1:
        first, end = rows[0], rows[-1]
        print(f"from {first['points']:,} to {end['points']:,} points, a move's cost grows "
              f"{statistics.median(end['to_bars_ms']) / statistics.median(first['to_bars_ms']):.1f}x "
              f"to bars and {end['read_ms'] / first['read_ms']:.1f}x in the read; the old read's "
              f"{end['old_ms'] / first['old_ms']:.0f}x")
    out = found["outward"]
    if out is not None:
        print(f"stepping out past all {rows[-1]['points']:,} points (the whole stroke read anew): bars after "
              f"{out['bars_ms']:.0f} ms, longest stall {out['stall_ms']:.1f} ms; the old read "
              f"{out['old_ms']:.0f} ms per move, all of it a stall "
              f"({out['old_ms'] / out['stall_ms']:.0f}x the longest stall now)")
    return 0
