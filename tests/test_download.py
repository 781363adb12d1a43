"""Downloading through a real HTTP server on 127.0.0.1: mirrors, checksums, cancel, atomicity."""

import os
import re
import socket
import types

import numpy as np
import pytest
import tqdm

from digitpad.cli import main
from digitpad.data import mnist_download
from digitpad.data.errors import Cancelled, DownloadError
from digitpad.data.mnist import FILES, MIRRORS, download_mnist
from local_server import body, hang, spec_for, trickle

TIMEOUT = 5  # seconds; every download here is local and small


def random_bytes(n, seed):
    return np.random.default_rng(seed).integers(0, 256, n, dtype=np.uint8).tobytes()


BODIES = {"one.gz": random_bytes(3000, 1), "two.gz": random_bytes(150_000, 2)}
SPECS = [spec_for(name, data) for name, data in BODIES.items()]


@pytest.fixture
def target(tmp_path):
    return tmp_path / "mnist"


def closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/mnist/"


def assert_only(folder, names):
    """Exactly these files in ``folder``: no temporary or partial file left over."""
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


def assert_downloaded(folder, names=BODIES):
    assert_only(folder, names)
    for name in names:
        assert (folder / name).read_bytes() == BODIES[name]


# ------------------------------------------------------------------ success and fallbacks


def test_success_with_progress(server, target):
    calls = []
    got = download_mnist(target, progress=lambda *a: calls.append(a),
                         mirrors=[server.serve("a", BODIES)], timeout=TIMEOUT, files=SPECS)
    assert got == target
    assert_downloaded(target)
    total = sum(len(b) for b in BODIES.values())
    assert calls[0] == (0, total, "one.gz")
    assert calls[-1] == (total, total, "two.gz")
    done = [c[0] for c in calls]
    assert done == sorted(done)
    assert all(c[1] == total for c in calls)
    assert (len(BODIES["one.gz"]), total, "two.gz") in calls  # second file starts after the first


def test_progress_comes_at_a_modest_rate(server, target, monkeypatch):
    big = random_bytes(4 * 1024 * 1024, 5)  # at least 64 chunks
    server.routes["/a/big.gz"] = body(big)
    looks = []  # the downloader's clock: 10 ms later at every look

    def monotonic():
        looks.append(None)
        return len(looks) / 100

    monkeypatch.setattr(mnist_download, "time", types.SimpleNamespace(monotonic=monotonic))
    calls = []
    download_mnist(target, progress=lambda *a: calls.append(a), mirrors=[server.url("a")],
                   timeout=TIMEOUT, files=[spec_for("big.gz", big)])
    assert calls[0] == (0, len(big), "big.gz") and calls[-1] == (len(big), len(big), "big.gz")
    assert len(looks) >= 64  # a look per chunk at least
    assert 2 < len(calls) <= len(looks) // 10 + 3  # one call per 100 ms, plus start and end


def test_success_without_callbacks(server, target):
    download_mnist(target, mirrors=[server.serve("a", BODIES)], timeout=TIMEOUT, files=SPECS)
    assert_downloaded(target)


def test_checksum_mismatch_falls_back(server, target):
    server.serve("a", {name: bytes(len(b)) for name, b in BODIES.items()})  # right size, wrong bytes
    download_mnist(target, mirrors=[server.url("a"), server.serve("b", BODIES)], timeout=TIMEOUT,
                   files=SPECS)
    assert_downloaded(target)
    assert "/a/one.gz" in server.hits and "/b/one.gz" in server.hits


def test_404_falls_back(server, target):
    download_mnist(target, mirrors=[server.url("missing"), server.serve("b", BODIES)],
                   timeout=TIMEOUT, files=SPECS)
    assert_downloaded(target)
    assert server.hits[:2] == ["/missing/one.gz", "/b/one.gz"]


def test_a_mirror_that_worked_is_asked_first(server, target):
    download_mnist(target, mirrors=[server.url("missing"), server.serve("b", BODIES)],
                   timeout=TIMEOUT, files=SPECS)
    assert server.hits == ["/missing/one.gz", "/b/one.gz", "/b/two.gz"]


def test_refused_connection_falls_back(server, target):
    download_mnist(target, mirrors=[closed_port_url(), server.serve("b", BODIES)], timeout=TIMEOUT,
                   files=SPECS)
    assert_downloaded(target)


def test_silent_mirror_times_out_and_falls_back(server, target):
    server.routes["/slow/one.gz"] = hang
    download_mnist(target, mirrors=[server.url("slow"), server.serve("b", BODIES)], timeout=0.5,
                   files=SPECS[:1])
    assert_downloaded(target, ["one.gz"])
    assert server.hits == ["/slow/one.gz", "/b/one.gz"]


def test_too_large_a_declared_size_is_refused_up_front(server, target):
    server.routes["/big/one.gz"] = body(BODIES["one.gz"] + b"extra")
    with pytest.raises(DownloadError, match="serves 3,005 bytes, expected 3,000"):
        download_mnist(target, mirrors=[server.url("big")], timeout=TIMEOUT, files=SPECS[:1])
    download_mnist(target, mirrors=[server.url("big"), server.serve("b", BODIES)], timeout=TIMEOUT,
                   files=SPECS[:1])
    assert_downloaded(target, ["one.gz"])


def test_endless_body_without_length_is_cut_off(server, target):
    server.routes["/endless/one.gz"] = body(BODIES["one.gz"] * 50, length=False)
    with pytest.raises(DownloadError, match="sent more than the expected 3,000 bytes"):
        download_mnist(target, mirrors=[server.url("endless")], timeout=TIMEOUT, files=SPECS[:1])
    assert_only(target, [])
    download_mnist(target, mirrors=[server.url("endless"), server.serve("b", BODIES)],
                   timeout=TIMEOUT, files=SPECS[:1])
    assert_downloaded(target, ["one.gz"])


def test_unknown_sizes(server, target):
    specs = [spec_for(name, data, size=False) for name, data in BODIES.items()]
    for name, data in BODIES.items():
        server.routes[f"/a/{name}"] = body(data, length=False)
    calls = []
    download_mnist(target, progress=lambda *a: calls.append(a), mirrors=[server.url("a")],
                   timeout=TIMEOUT, files=specs)
    assert_downloaded(target)
    assert all(total is None for _, total, _ in calls)


# ------------------------------------------------------------------ failure leaves nothing


def test_all_mirrors_bad(server, target):
    server.serve("wrong", {"one.gz": b"x" * len(BODIES["one.gz"])})
    server.routes["/short/one.gz"] = body(BODIES["one.gz"][:100], length=False)
    mirrors = [server.url("none"), server.url("wrong"), server.url("short"), closed_port_url()]
    with pytest.raises(DownloadError) as caught:
        download_mnist(target, mirrors=mirrors, timeout=TIMEOUT, files=SPECS)
    message = str(caught.value)
    assert "\n" not in message
    assert "one.gz" in message
    for mirror in mirrors:
        assert mirror + "one.gz" in message
    assert "HTTP 404" in message
    assert "checksum mismatch" in message
    assert "sent 100 bytes, expected 3,000" in message
    assert re.search("refused|connect", message, re.IGNORECASE)
    assert_only(target, [])


def test_cancel_midway_leaves_nothing(server, target):
    big = random_bytes(4 * 1024 * 1024, 3)
    server.routes["/a/big.gz"] = trickle(big)
    seen = {"bytes": 0, "partial": []}

    def progress(done, total, name):
        seen["bytes"] = done
        seen["partial"] += [p.name for p in target.iterdir()]

    with pytest.raises(Cancelled):
        download_mnist(target, progress=progress, cancel=lambda: seen["bytes"] > 0,
                       mirrors=[server.url("a")], timeout=TIMEOUT, files=[spec_for("big.gz", big)])
    assert 0 < seen["bytes"] < len(big)
    assert any(name.endswith(".part") for name in seen["partial"])  # there was a temp file...
    assert_only(target, [])  # ...and it is gone


def test_cancel_before_starting(server, target):
    with pytest.raises(Cancelled):
        download_mnist(target, cancel=lambda: True, mirrors=[server.serve("a", BODIES)],
                       timeout=TIMEOUT, files=SPECS)
    assert server.hits == []


def test_no_mirrors(target):
    with pytest.raises(DownloadError, match="no mirrors"):
        download_mnist(target, mirrors=[], files=SPECS)


def test_unwritable_target(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DownloadError, match="cannot create"):
        download_mnist(blocker / "mnist", mirrors=["http://127.0.0.1:9/"], files=SPECS)


# ------------------------------------------------------------------ what is already there


def test_verified_file_is_not_downloaded_again(server, target):
    target.mkdir()
    (target / "one.gz").write_bytes(BODIES["one.gz"])
    os.utime(target / "one.gz", (1_000_000, 1_000_000))
    calls = []
    download_mnist(target, progress=lambda *a: calls.append(a), mirrors=[server.serve("a", BODIES)],
                   timeout=TIMEOUT, files=SPECS)
    assert_downloaded(target)
    assert server.hits == ["/a/two.gz"]
    assert (target / "one.gz").stat().st_mtime == 1_000_000
    assert calls[-1][:2] == (len(BODIES["two.gz"]),) * 2  # the total counts only what is fetched


def test_nothing_to_do_makes_no_request(server, target):
    download_mnist(target, mirrors=[server.serve("a", BODIES)], timeout=TIMEOUT, files=SPECS)
    server.hits.clear()
    calls = []
    download_mnist(target, progress=lambda *a: calls.append(a), mirrors=[server.url("a")],
                   timeout=TIMEOUT, files=SPECS)
    assert server.hits == [] and calls == []


def test_damaged_file_is_replaced(server, target):
    target.mkdir()
    (target / "one.gz").write_bytes(b"damaged")
    download_mnist(target, mirrors=[server.serve("a", BODIES)], timeout=TIMEOUT, files=SPECS)
    assert_downloaded(target)


def test_default_target_is_the_user_data_folder(server, tmp_path, monkeypatch):
    monkeypatch.setenv("DIGITPAD_DATA_DIR", str(tmp_path / "data"))
    got = download_mnist(mirrors=[server.serve("a", BODIES)], timeout=TIMEOUT, files=SPECS)
    assert got == tmp_path / "data" / "mnist"
    assert_downloaded(got)


# ------------------------------------------------------------------ the published lists


def test_canonical_files_and_mirrors():
    assert [f.name for f in FILES] == [
        "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
        "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"]
    for spec in FILES:
        assert re.fullmatch("[0-9a-f]{32}", spec.md5) and re.fullmatch("[0-9a-f]{64}", spec.sha256)
        assert spec.size and spec.raw_size and re.fullmatch("[0-9a-f]{64}", spec.raw_sha256)
    assert FILES[2].md5 == "9fb629c4189551a2d022fa330f9573f3"  # as published with the data set
    assert "https://ossci-datasets.s3.amazonaws.com/mnist/" in MIRRORS
    assert "https://storage.googleapis.com/cvdf-datasets/mnist/" in MIRRORS
    assert all(m.endswith("/") for m in MIRRORS)


# ------------------------------------------------------------------ the CLI


@pytest.fixture
def fake_canonical(monkeypatch):
    """The CLI downloads ``FILES``: make them small fakes under the real names."""
    bodies = {spec.name: random_bytes(2000 + i, 10 + i) for i, spec in enumerate(FILES)}
    monkeypatch.setattr(mnist_download, "FILES", tuple(spec_for(n, b) for n, b in bodies.items()))
    return bodies


def test_cli_fetch(server, tmp_path, fake_canonical, capsys):
    mirror = server.serve("a", fake_canonical)
    argv = ["mnist", "fetch", "--dir", str(tmp_path / "m"), "--mirror", mirror, "--timeout", "5"]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert "ready in" in out and f"DIGITPAD_MNIST={tmp_path / 'm'}" in out
    assert FILES[-1].name in err and "100%" in err  # the progress bar went to stderr
    for name, data in fake_canonical.items():
        assert (tmp_path / "m" / name).read_bytes() == data
    assert main(argv) == 0
    assert "already" in capsys.readouterr().out


def test_cli_fetch_failure_is_one_line(server, tmp_path, fake_canonical, capsys):
    argv = ["mnist", "fetch", "--dir", str(tmp_path / "m"), "--mirror", server.url("none")]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("digitpad mnist: error: could not download")
    assert "Traceback" not in "".join(err)
    assert_only(tmp_path / "m", [])


def test_cli_fetch_interrupted_cleans_up(server, tmp_path, fake_canonical, monkeypatch, capsys):
    big = random_bytes(2 * 1024 * 1024, 4)
    name = FILES[0].name
    monkeypatch.setattr(mnist_download, "FILES", (spec_for(name, big),))
    server.routes[f"/a/{name}"] = trickle(big)
    update = tqdm.tqdm.update

    def ctrl_c_once_data_flows(bar, n=1):
        if bar.n + n > 0:
            raise KeyboardInterrupt
        return update(bar, n)

    monkeypatch.setattr(tqdm.tqdm, "update", ctrl_c_once_data_flows)
    argv = ["mnist", "fetch", "--dir", str(tmp_path / "m"), "--mirror", server.url("a")]
    assert main(argv) == 130
    assert "cancelled" in capsys.readouterr().err
    assert_only(tmp_path / "m", [])
