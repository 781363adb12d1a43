"""Several running copies of the app on one My digits store: nothing saved is ever dropped.

Real processes, not threads: each saves digits it can recognise afterwards
(its number and the digit's index are written into the first pixels).
"""

import os
import signal
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from digitpad import fileio
from digitpad.data import mydigits
from digitpad.data.mydigits import MyDigits

SAVER = textwrap.dedent("""
    import sys
    import numpy as np
    from digitpad.data.mydigits import MyDigits

    folder, writer, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    store = MyDigits(folder)
    print("ready", flush=True)
    sys.stdin.readline()  # every writer starts at the same moment
    i = 0
    while count < 0 or i < count:
        image = np.zeros(784, np.uint8)
        image[:3] = writer, i % 256, i // 256
        store.add(image, i % 10)
        print(i, flush=True)
        i += 1
""")


def start_saver(folder, writer: int, count: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", SAVER, str(folder), str(writer), str(count)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def saved_by(images: np.ndarray, writer: int) -> list[int]:
    """The indices of the digits ``writer`` saved, in the order they are in the store."""
    mine = images[images[:, 0] == writer]
    return (mine[:, 1].astype(int) + 256 * mine[:, 2].astype(int)).tolist()


def test_two_processes_saving_at_once_keep_every_digit(tmp_path):
    savers = [start_saver(tmp_path, writer, 200) for writer in (1, 2)]
    for proc in savers:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in savers:
        proc.stdout.read()
        assert proc.wait(timeout=120) == 0
    images, labels = MyDigits(tmp_path).load()
    assert len(labels) == 400
    for writer in (1, 2):
        assert saved_by(images, writer) == list(range(200))  # all of them, each in its order
    assert MyDigits(tmp_path).counts_per_label().tolist() == [40] * 10


def test_a_copy_that_kept_the_store_open_sees_and_keeps_another_copys_digits(tmp_path):
    window1 = MyDigits(tmp_path)
    for label in (1, 2, 3):
        window1.add(np.full(784, label, np.uint8), label)
    proc = start_saver(tmp_path, 9, 1)
    proc.stdin.write("go\n")
    proc.stdin.close()
    assert proc.wait(timeout=60) == 0
    assert window1.count == 4  # the other copy's digit shows without a restart
    window1.add(np.full(784, 5, np.uint8), 5)
    assert MyDigits(tmp_path).load()[1].tolist() == [1, 2, 3, 0, 5]


def test_kill_9_during_saves_loses_nothing_and_blocks_nothing(tmp_path):
    proc = start_saver(tmp_path, 3, -1)  # saves until killed
    proc.stdin.write("go\n")
    proc.stdin.flush()
    reported = -1
    while reported < 25:
        reported = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stdin.close()

    images, _ = MyDigits(tmp_path).load()
    indices = saved_by(images, 3)
    assert indices == list(range(len(indices))) and len(indices) >= reported + 1

    # what a save killed while writing leaves behind, beside files that are not ours
    (tmp_path / ".mydigits.npz.x1y2z3.tmp").write_bytes(b"half a store")
    others = [tmp_path / ".notes.json.abc.tmp", tmp_path / "mine.tmp"]
    for path in others:
        path.write_bytes(b"not ours")
    store = MyDigits(tmp_path)
    assert store.add(np.zeros(784, np.uint8), 4) == len(indices) + 1  # the dead process holds no lock
    assert sorted(p.name for p in tmp_path.glob(".mydigits.npz.*.tmp")) == []
    assert all(path.read_bytes() == b"not ours" for path in others)


@pytest.fixture
def without_os_locks(monkeypatch):
    """The platform without flock or msvcrt: FileLock falls back to a lock file."""
    monkeypatch.setattr(fileio, "_fcntl", None)
    monkeypatch.setattr(fileio, "_msvcrt", None)


def test_the_fallback_lock_excludes_and_ignores_an_abandoned_lock(tmp_path, without_os_locks):
    lock_path = tmp_path / ".lock"
    with fileio.FileLock(lock_path, timeout=0.2):
        with pytest.raises(TimeoutError):
            fileio.FileLock(lock_path, timeout=0.2).acquire()
    assert not lock_path.exists()

    lock_path.write_text("left by a process that died")
    os.utime(lock_path, (0, 0))
    with fileio.FileLock(lock_path, timeout=5, stale_after=60):
        pass
    store = MyDigits(tmp_path)
    store.add(np.zeros(784, np.uint8), 1)
    assert store.count == 1 and not (tmp_path / f".{mydigits.FILENAME}.lock").exists()
