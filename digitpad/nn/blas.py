"""How many threads the BLAS under NumPy may use while digitpad computes.

The matrix products of this network are small (a batch of 100 against
784x50 is a tenth of a millisecond on one core). Handing such a product to a
second BLAS thread costs more than it saves, and on a busy or virtualised
machine a waiting OpenBLAS thread can cost milliseconds per call:
``digitpad bench eval-speed`` measures both settings. Evaluation and training
therefore run their products on one thread by default.

threadpoolctl finds the BLAS and sets its thread count on every platform;
where it finds none the limit is a no-op.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from functools import lru_cache

_lock = threading.Lock()
_active: list[int] = []  # the limits of the blocks now running, in any thread
_saved: list = []  # what to restore when the last block ends


@contextmanager
def limit_blas_threads(n: int | None):
    """Let the BLAS use at most ``n`` threads inside the block (``None``: no limit).

    The setting is process-wide, so overlapping blocks (a training run and an
    evaluation in two workers) share it: the smallest limit applies while any
    block runs, and the original setting comes back when the last one ends.
    OpenBLAS lets only the main thread raise its thread count again, so a
    block that ends last in a worker thread leaves the BLAS on fewer threads
    (which is how the app runs anyway: see ``digitpad.ui.app``).
    """
    if n is None:
        yield
        return
    control = _controller()
    if control is None:
        yield
        return
    with _lock:
        if not _active:
            _saved[:] = [control.get()]
        _active.append(n)
        control.set(min(_active))
    try:
        yield
    finally:
        with _lock:
            _active.remove(n)
            control.set(min(_active) if _active else _saved[0])


def set_blas_threads(n: int) -> None:
    """Let the BLAS use ``n`` threads from now on (from the main thread; see above)."""
    control = _controller()
    if control is not None:
        with _lock:
            if _active:
                _saved[:] = [n]
            else:
                control.set(n)


def blas_threads() -> int | None:
    """The number of threads the BLAS may use now, if that can be known."""
    control = _controller()
    return control.get() if control is not None else None


@lru_cache(maxsize=None)
def _controller():
    """The controller of the BLAS NumPy uses (threadpoolctl), or None if none is found."""
    import numpy  # noqa: F401  (loads the BLAS the controller looks for)
    from threadpoolctl import ThreadpoolController

    libs = ThreadpoolController().select(user_api="blas").lib_controllers
    return _Control(libs[0]) if libs else None


class _Control:
    def __init__(self, lib):
        self._lib = lib

    def get(self) -> int:
        return self._lib.num_threads

    def set(self, n: int) -> None:
        self._lib.set_num_threads(n)
