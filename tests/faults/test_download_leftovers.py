"""A download killed part-way leaves no partial file behind once the folder is used again.

A live download's partial file is locked, so a second download into the same
folder leaves it alone; only orphans are removed.
"""

import fcntl
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from digitpad.data.errors import DownloadError
from digitpad.data.mnist import download_mnist, remove_stale_parts
from local_server import trickle
from test_download import BODIES, SPECS, TIMEOUT


def parts(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_sigkill_mid_download_leaves_nothing_after_the_next_download(server, tmp_path):
    target = tmp_path / "mnist"
    name, data = "two.gz", BODIES["two.gz"]
    server.routes["/slow/two.gz"] = trickle(data, first=4096, piece=64, pause=0.2)
    spec = next(s for s in SPECS if s.name == name)
    script = textwrap.dedent(f"""
        from digitpad.data.mnist import MnistFile, download_mnist
        download_mnist({str(target)!r}, mirrors=[{server.url("slow")!r}], timeout=30,
                       files=[MnistFile({spec.name!r}, {spec.md5!r}, {spec.sha256!r}, {spec.size})])
    """)
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 30
        while not (target.is_dir() and parts(target)) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert parts(target), "the download never started"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(TIMEOUT)
    orphan = parts(target)
    assert orphan and not (target / name).exists()

    download_mnist(target, mirrors=[server.serve("good", BODIES)], timeout=TIMEOUT, files=SPECS)
    assert parts(target) == []
    assert sorted(p.name for p in target.iterdir()) == sorted(BODIES)


def test_a_live_download_keeps_its_partial_file(tmp_path):
    target = tmp_path / "mnist"
    target.mkdir()
    live = target / ".one.gz.live.part"
    orphan = target / ".two.gz.dead.part"
    unrelated = target / ".notes.txt.part"
    for path in (live, orphan, unrelated):
        path.write_bytes(b"partial")
    fd = os.open(live, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)   # as a running download holds it
        removed = remove_stale_parts(target, SPECS)
    finally:
        os.close(fd)
    assert removed == [orphan]
    assert live.exists() and unrelated.exists() and not orphan.exists()


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf"), "soon"])
def test_a_timeout_that_is_not_a_wait_is_refused_before_any_request(server, tmp_path, timeout):
    with pytest.raises(DownloadError, match="timeout"):
        download_mnist(tmp_path / "m", mirrors=[server.serve("a", BODIES)], timeout=timeout, files=SPECS)
    assert server.hits == [] and not (tmp_path / "m").exists()


@pytest.mark.parametrize("mirror", ["notaurl", "ftp://example.org/mnist/", "http://", ""])
def test_a_mirror_that_is_not_an_address_is_refused_before_any_request(tmp_path, mirror):
    with pytest.raises(DownloadError, match="not a web address"):
        download_mnist(tmp_path / "m", mirrors=[mirror], files=SPECS)
    assert not (tmp_path / "m").exists()
