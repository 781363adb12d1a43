"""Does the Test set tab report the same evaluation time as ``digitpad eval``?

    digitpad bench testset-timing [--weights shipped|book|PATH] [--mode batch|per-sample]
                                  [--batch-size 100] [--raw] [--repeats 9] [--no-responsiveness]

Drives the real tab offscreen (a background job, a progress bar updated at most
~30 times a second, Cancel at the ready) and, in the same process and
interleaved with it, makes the very call ``digitpad eval`` makes
(``evaluate(network, images, labels, mode=..., batch_size=..., normalize=...)``
on the main thread, no callbacks). Prints the medians over the repeats and
their ratio: the tab's reported time over the CLI's. The aim is a ratio within
1.2x.

Each tab run starts on an idle window, as when a person clicks Run: the
window has finished drawing the previous results (confusion matrix,
thumbnails, bars). For comparison it also times runs started the instant the
previous one ended, while the window is still drawing; that drawing needs the
GIL and a core, and shows up in the time measured.

Then (unless --no-responsiveness) it runs the 60,000 training images through
the tab, per-sample and batched, while a 5 ms timer on the GUI thread records
how long the event loop ever went without running it: the longest stall.

Absolute times mean little on a shared machine; the ratio is the result. The
process is set to one BLAS thread first, as ``digitpad``'s ``run_app`` does,
and both sides run ``evaluate`` with its default of one BLAS thread, as
``digitpad eval`` does (see ``digitpad.nn.blas``).
"""

from __future__ import annotations

import os
import statistics
import time

from .. import models
from ..cli import options
from ..evaluate import BATCH_SIZE
from ..errors import UsageError
from . import scratch_user_files
from ..data.mnist import find_mnist, load_mnist
from ..evaluate import evaluate
from ..nn.blas import blas_threads, set_blas_threads


def wait_until(done, tab, timeout_s: float = 600.0) -> None:
    """Run the event loop until ``done()``; a message the tab asks to show (they all report a
    failure) raises instead. The loop sleeps between checks, as the app's own does: a loop that
    spun would take the GIL from the run it is timing."""
    from PySide6.QtCore import QEventLoop, QTimer

    messages: list[str] = []

    def note(level, title, text):
        messages.append(f"{title}: {text}")

    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)   # so "click to result" is known to within 20 ms
    check.timeout.connect(lambda: (done() or messages) and loop.quit())
    tab.messageRequested.connect(note)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    check.start()
    try:
        if not done():
            loop.exec()
    finally:
        check.stop()
        tab.messageRequested.disconnect(note)
    if messages:
        raise RuntimeError(messages[0])
    if not done():
        raise TimeoutError("no answer from the tab")


def default_weights() -> str:
    return "shipped" if models.shipped_weights_path().is_file() else "book"


def main(argv=None) -> int:
    p = options.Parser(prog="digitpad bench testset-timing", description=__doc__.split("\n\n")[0])
    p.add_argument("--weights", default=None, type=options.text,
                   help="shipped, book or a path (default: shipped if present)")
    p.add_argument("--mode", choices=("batch", "per-sample"), default="batch",
                   help="one sample at a time, or batches (default: batch)")
    p.add_argument("--batch-size", type=options.whole(1, 10_000), default=None, metavar="N",
                   help=f"rows per batch in batch mode (default: {BATCH_SIZE})")
    p.add_argument("--raw", action="store_true", help="raw 0..255 pixels instead of /255")
    p.add_argument("--repeats", type=options.whole(1, 1000), default=9, metavar="N",
                   help="runs of the tab and of the CLI call; their medians count (default: 9)")
    p.add_argument("--no-responsiveness", action="store_true", help="skip the 60k stall measurement")
    args = p.parse_args(argv)
    try:
        args.batch_size = options.batch_size_for(args.mode, args.batch_size, BATCH_SIZE)
    except UsageError as exc:
        p.error(str(exc))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # before Qt is imported
    mnist = find_mnist()   # where the user keeps it, before the data folder is moved aside
    with scratch_user_files():   # the benchmark must not read or write the user's settings or digits
        return _measure(args, mnist)


def _measure(args, mnist) -> int:
    """The tab against the CLI call, then (unless asked not to) the stalls; the tab on ``mnist``."""
    from PySide6.QtCore import QEventLoop, QTimer

    from digitpad.ui.app import make_application
    from digitpad.ui.model_state import ModelState
    from digitpad.ui.testset import TestSetTab

    set_blas_threads(1)   # as run_app does before it builds the window
    app = make_application([])
    model = models.resolve(args.weights or default_weights())
    images, labels = load_mnist("test", mnist.path)
    normalize = not args.raw
    state = ModelState(model)
    state.set_mnist_path(str(mnist.path))   # the tab reads the same copy
    tab = TestSetTab(state)
    tab.resize(1220, 720)
    tab.show()
    tab.start()   # as the window does once the tab's settings are restored: it loads its data
    wait_until(lambda: not tab.is_loading() and tab.data is not None, tab)
    n = tab.data.n
    assert n == len(labels), (n, len(labels))
    tab.set_mode(args.mode)
    tab.batchSpin.setValue(args.batch_size)
    tab.normalizeCheck.setChecked(normalize)

    print(f"model:   {model.name}  {model.network!r}")
    print(f"data:    MNIST test, {n:,} images, pixels {'/255' if normalize else 'raw'}; "
          f"mode {args.mode}" + (f", batches of {args.batch_size}" if args.mode == "batch" else ""))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f}; "
          f"BLAS threads: {blas_threads()} (as in the app), evaluate's default 1")

    def cli_once() -> float:
        result = evaluate(model.network, images, labels, mode=args.mode,
                          batch_size=args.batch_size, normalize=normalize)
        return result.elapsed

    def settle(seconds: float = 0.3) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def tab_once(idle: bool = True) -> tuple[float, float]:
        if idle:
            settle()
        t0 = time.perf_counter()
        tab.run()
        wait_until(lambda: not tab.is_running(), tab)
        return tab.result.elapsed, time.perf_counter() - t0

    cli_once(), tab_once()  # warm-up: caches, the scaled weights, BLAS threads
    cli, reported, wall, busy = [], [], [], []
    for k in range(args.repeats):
        order = (0, 1, 2) if k % 2 == 0 else (2, 1, 0)
        for which in order:
            if which == 0:
                cli.append(cli_once())
            elif which == 1:
                r, w = tab_once()
                reported.append(r)
                wall.append(w)
            else:
                tab_once()
                busy.append(tab_once(idle=False)[0])

    med = statistics.median
    ratio = med(reported) / med(cli)
    print()
    print(f"{'':32s}{'median':>10s}{'min':>10s}{'max':>10s}")
    for name, values in (("digitpad eval (evaluate call)", cli), ("Test set tab, time reported", reported),
                         ("Test set tab, click to result", wall),
                         ("  (run while still drawing)", busy)):
        print(f"{name:32s}{med(values):10.4f}{min(values):10.4f}{max(values):10.4f}  s")
    print()
    print(f"ratio tab / CLI (medians over {args.repeats} interleaved repeats): {ratio:.3f}x "
          f"-> {'within' if ratio <= 1.2 else 'NOT within'} 1.2x")

    if not args.no_responsiveness:
        print()
        print("responsiveness: the 60,000 training images through the tab, a 5 ms timer on the GUI thread")
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick():
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()

        def measured(what, start, done):
            gaps.clear()
            last[0] = time.perf_counter()
            start()
            wait_until(done, tab)
            settle = time.perf_counter() + 0.3   # the browser lays the new results out after the run
            while time.perf_counter() < settle:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            worst = max(gaps) * 1000
            over = sum(g > 0.050 for g in gaps)
            print(f"  {what:36s} longest stall {worst:5.0f} ms, stalls over 50 ms: {over}")

        pause = QTimer()   # two seconds of nothing: what the machine alone does to the timer
        pause.setSingleShot(True)
        measured("idle window (the machine's own)", lambda: pause.start(2000), lambda: not pause.isActive())
        measured("loading (worker)", lambda: tab.set_source("train"),
                 lambda: not tab.is_loading() and tab.data is not None and tab.data.n == 60_000)
        tab.set_mode("per-sample")
        measured("per-sample run", tab.run, lambda: not tab.is_running())
        tab.set_mode("batch")
        tab.batchSpin.setValue(args.batch_size)
        measured(f"batched run ({args.batch_size})", tab.run, lambda: not tab.is_running())
        timer.stop()

    tab.shutdown(10)
    tab.close()
    return 0
