"""Does teaching from the window keep it responsive, and cost no more than the fine-tune itself?

    digitpad bench teach-window [--corrections 6] [--mnist PATH]

Opens the real main window (offscreen unless QT_QPA_PLATFORM says otherwise),
with settings and user files in a scratch folder, and corrects it as a user
does in the Draw tab: a 1 written with a long flag, which the shipped network
reads as a 7, is drawn with mouse events and saved with the Save-as 1 button.
A 5 ms timer on the GUI thread records how long the event loop ever went
without running it (the longest stall), over:

- the idle window, for what the machine alone does to the timer;
- the first correction, which also reads MNIST and the base network's answers
  on its training digits (the replay) in the background;
- ``--corrections`` more, each once the previous one was taught;
- three made at once, as a hurried user does: the first runs, the other two
  wait and are taught together by one more fine-tune.

The reference, in the same run: the same fine-tunes called directly
(``digitpad.teach.teach`` on the same digits and replay, then saved), as
``digitpad teach`` runs them. The ratio "click to taught / direct call" is
what the window adds (the job, its giving way to the GUI, the model's switch).
Targets: no stall over 50 ms, a correction's fine-tune at most 1.5 s.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from ..cli import options
from . import StallClock, scratch_user_files, shown_window

TARGET_STALL_MS = 50.0
TARGET_SECONDS = 1.5
FLAG_ONE = [(0.25, 0.30), (0.55, 0.20), (0.55, 0.85)]  # read as a 7 by the shipped network


def flag_one(k: int) -> list[tuple[float, float]]:
    """The k-th variant of the flagged 1: moved and sized a little differently each time."""
    dx, dy, scale = (0.06 * ((k * 37) % 5 - 2) / 2, 0.05 * ((k * 53) % 5 - 2) / 2,
                     0.8 + 0.1 * (k % 4))
    return [(0.5 + (x - 0.5) * scale + dx, 0.5 + (y - 0.5) * scale + dy) for x, y in FLAG_ONE]


def main(argv=None) -> int:
    p = options.Parser(prog="digitpad bench teach-window", description=__doc__.split("\n\n")[0])
    p.add_argument("--corrections", type=options.whole(1, 100), default=6, metavar="N",
                   help="corrections made one after another, after the first (default: 6)")
    p.add_argument("--mnist", metavar="PATH", default=None, type=options.text,
                   help="MNIST folder or mnist.npz: the replay and the test set (default: search)")
    args = p.parse_args(argv)

    from ..data.mnist import find_mnist
    # where the user keeps it, before the data folder is moved aside; if it is not there,
    # the command's one-line error
    mnist = find_mnist(args.mnist)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # before Qt is imported
    with scratch_user_files():   # the run must not read or write the user's digits or model
        return _measure(args, mnist.path)


def _measure(args, mnist_path) -> int:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QPushButton

    from .. import teach
    from ..data.mnist import load_mnist
    from ..data.mydigits import MyDigits
    from ..models import load_shipped
    from ..nn.finetune import answers

    app, window = shown_window(mnist_path=mnist_path)
    tab = window.tab("Draw")
    window.tabs.setCurrentWidget(tab)
    teacher = window.teacher
    canvas = tab.canvas
    save_one = tab.findChild(QPushButton, "saveButton1")
    problems: list[str] = []
    teacher.messageRequested.connect(lambda level, title, text: problems.append(f"{title}: {text}"))
    taught_at: list[float] = []
    teacher.personalChanged.connect(lambda model: model is not None and taught_at.append(time.perf_counter()))

    clock = StallClock(5)

    def run_until(done, limit: float = 300.0) -> None:
        end = time.perf_counter() + limit
        while not done() and not problems:
            if time.perf_counter() > end:
                raise TimeoutError("the window did not finish teaching")
            app.processEvents()
            time.sleep(0.002)  # as an idle event loop waits; spinning would take the GIL
        if problems:
            raise RuntimeError(problems[0])

    def send(kind, x, y, button, buttons) -> None:
        pos = QPointF(x * canvas.width(), y * canvas.height())
        QApplication.sendEvent(canvas, QMouseEvent(kind, pos, QPointF(canvas.mapToGlobal(pos)), button,
                                                   buttons, Qt.KeyboardModifier.NoModifier))

    def correct(k: int) -> float:
        """Draw the k-th flagged 1 and save it as a 1; the moment of the click."""
        canvas.clear()
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        points = flag_one(k)
        send(QEvent.Type.MouseButtonPress, *points[0], left, left)
        for (ax, ay), (bx, by) in zip(points[:-1], points[1:]):
            for t in (0.25, 0.5, 0.75, 1.0):
                send(QEvent.Type.MouseMove, ax + (bx - ax) * t, ay + (by - ay) * t, none, left)
                app.processEvents()
        send(QEvent.Type.MouseButtonRelease, *points[-1], left, none)
        app.processEvents()
        clicked = time.perf_counter()
        save_one.click()
        return clicked

    rows = []

    def measured(what: str, action) -> list[float]:
        """Run ``action`` (which returns click times) and wait until all is taught; the stalls."""
        app.processEvents()
        clock.restart()
        seconds = action()
        run_until(lambda: not teacher.is_busy())
        app.processEvents()
        rows.append((what, clock.longest() * 1000, sum(g > TARGET_STALL_MS / 1000 for g in clock.gaps),
                     seconds))
        return seconds

    def idle() -> list[float]:
        end = time.perf_counter() + 2.0
        run_until(lambda: time.perf_counter() > end)
        return []

    def one_by_one(first: int, n: int):
        def action() -> list[float]:
            seconds = []
            for k in range(first, first + n):
                before = len(taught_at)
                clicked = correct(k)
                run_until(lambda: len(taught_at) > before and not teacher.is_busy())
                seconds.append(taught_at[before] - clicked)
            return seconds
        return action

    def at_once() -> list[float]:
        before = len(taught_at)
        clicked = [correct(100 + k) for k in range(3)]
        run_until(lambda: len(taught_at) >= before + 2 and not teacher.is_busy())
        return [taught_at[before] - clicked[0]]

    for _ in range(20):  # the window's first layout and paint
        app.processEvents()
    clock.start()
    print(f"corrections in the real window ({app.platformName()}), shipped network; a 5 ms timer "
          f"on the GUI thread\n")
    measured("idle window (the machine's own)", idle)
    cold = measured("first correction (reads MNIST too)", one_by_one(0, 1))
    warm = measured(f"{args.corrections} more, one after another", one_by_one(1, args.corrections))
    measured("3 at once (2 wait, taught together)", at_once)
    clock.stop()
    window.close()

    # the reference: the fine-tunes the window ran, as digitpad teach runs them
    images, labels = MyDigits.default().load()
    base = load_shipped()
    train, test = load_mnist("train", mnist_path), load_mnist("test", mnist_path)
    targets = answers(base.network, train[0])
    direct = []
    with tempfile.TemporaryDirectory(prefix="digitpad-teach-") as scratch:
        for n in range(2, 2 + args.corrections):
            t0 = time.perf_counter()
            taught = teach.teach(base, images[:n], labels[:n], train, test, teacher.config,
                                 replay_targets=targets)
            teach.save_taught(taught, Path(scratch) / "w.npz")
            direct.append(time.perf_counter() - t0)

    print(f"{'':40s}{'longest stall':>14s}{'over 50 ms':>12s}{'click to taught':>17s}")
    for what, worst, over, seconds in rows:
        taken = (f"{statistics.median(seconds):.2f} s" + (" median" if len(seconds) > 1 else "")
                 if seconds else "")
        print(f"{what:40s}{worst:11.0f} ms{over:12d}{taken:>17s}")
    worst = max(row[1] for row in rows[1:])
    ratio = statistics.median(warm) / statistics.median(direct)
    print()
    print(f"the same fine-tunes called directly (teach.teach on the same digits, then saved): median "
          f"{statistics.median(direct):.2f} s; click to taught / direct: {ratio:.2f}x")
    print(f"target: the window never stalls over {TARGET_STALL_MS:.0f} ms while it teaches: longest "
          f"{worst:.0f} ms {'met' if worst <= TARGET_STALL_MS else 'MISSED'}")
    warm_max = max(warm)
    print(f"target: a correction's fine-tune at most {TARGET_SECONDS:g} s: slowest click to taught "
          f"{warm_max:.2f} s {'met' if warm_max <= TARGET_SECONDS else 'MISSED'} (the first, which "
          f"reads MNIST too: {cold[0]:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
