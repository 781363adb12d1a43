"""The wheel carries weights/, resources/ (with the compiled translations) and works from outside the source tree."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from shared_data import mnist

REPO = Path(__file__).resolve().parents[1]


def _run(cmd, **kw):
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900, **kw)
    assert done.returncode == 0, f"{cmd} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.mark.slow
@pytest.mark.mnist
def test_wheel_installs_into_a_fresh_venv_and_evaluates(tmp_path):
    mnist("test")  # skips unless DIGITPAD_MNIST is set
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(REPO)])
    wheels = list((tmp_path / "dist").glob("digitpad-*.whl"))
    assert len(wheels) == 1
    names = zipfile.ZipFile(wheels[0]).namelist()
    assert "digitpad/weights/digitpad-784-50-100-10.npz" in names
    assert "digitpad/weights/digitpad-784-50-100-10.json" in names
    assert any(n.startswith("digitpad/resources/") for n in names)
    for code in ("en", "ko", "ja"):   # the compiled translations ship; their .ts sources need not
        assert f"digitpad/resources/i18n/digitpad_{code}.qm" in names
    sources = {p.relative_to(REPO).as_posix() for p in (REPO / "digitpad").rglob("*.py")}
    assert sources - set(names) == set(), "modules missing from the wheel (list their package in pyproject.toml)"
    assert not any(n.startswith("tests/") or "ubyte" in n or n.endswith(".pkl") for n in names)

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    # without the tests' PYTHONPATH: pointing at the source tree, whose digitpad.egg-info the
    # wheel's build has just written, it made pip take digitpad as installed and skip the wheel
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheels[0])], env=env)

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env["DIGITPAD_MNIST"] = str(Path(os.environ["DIGITPAD_MNIST"]).resolve())  # we run elsewhere
    where = _run([str(bin_dir / "python"), "-c",
                  "import digitpad, digitpad.paths as p; print(digitpad.__file__); print(p.weights_dir())"],
                 cwd=outside, env=env).stdout.split()
    assert str(venv) in where[0] and str(venv) in where[1], where
    korean = _run([str(bin_dir / "python"), "-c",
                   "from PySide6.QtCore import QCoreApplication as Q; app = Q([]); "
                   "from digitpad.ui import i18n; assert i18n.install(app, 'ko'); "
                   "print(i18n.qm_path('ko')); print(Q.translate('TabSpec', 'Draw'))"],
                  cwd=outside, env={**env, "QT_QPA_PLATFORM": "offscreen"}).stdout.split()
    assert str(venv) in korean[0] and korean[1] not in ("", "Draw"), korean
    done = _run([str(bin_dir / "digitpad"), "eval", "--weights", "shipped"], cwd=outside, env=env)
    assert "Accuracy:0.9" in done.stdout
    accuracy = float(done.stdout.split("Accuracy:")[1].split()[0])
    assert accuracy >= 0.975
