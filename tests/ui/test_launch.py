"""Starting the app: start-up's objects are left out of later garbage collections."""

import gc
import os
import subprocess
import sys
import weakref

from digitpad.ui.launch import freeze_start_up_objects


class _Node:
    def __init__(self):
        self.me = self  # a cycle: only the garbage collector frees it


def test_start_up_garbage_is_collected_and_what_lives_is_frozen():
    garbage = _Node()
    gone = weakref.ref(garbage)
    del garbage
    kept = _Node()
    try:
        freeze_start_up_objects()
        assert gone() is None  # collected before the freeze, not kept for ever
        assert gc.get_freeze_count() > 0
        assert not any(o is kept for o in gc.get_objects())  # out of every later collection
        later = _Node()
        later_gone = weakref.ref(later)
        del later
        gc.collect()
        assert later_gone() is None  # what is made afterwards is collected as before
    finally:
        gc.unfreeze()


RUN_APP = """
import gc, sys
from PySide6.QtCore import QTimer
from digitpad.ui import launch

made = launch.make_application

def make(argv=None):
    app = made(argv)
    def look():
        print("frozen", gc.get_freeze_count(), flush=True)
        app.closeAllWindows()
    QTimer.singleShot(1500, look)
    return app

launch.make_application = make
sys.exit(launch.run_app(["digitpad"]))
"""


def test_the_app_freezes_its_start_up_objects_once_its_window_shows(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               DIGITPAD_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", RUN_APP], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    frozen = [int(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("frozen")]
    assert frozen and frozen[0] > 10_000, done.stdout  # the window, its widgets, the modules
