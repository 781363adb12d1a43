"""Saving the personal model: what a killed save left is cleared, and two copies saving at once
leave one matching pair of weights and card."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from digitpad import teach
from digitpad.data.mydigits import MyDigits
from digitpad.fileio import sha256_of, temporary_prefix
from digitpad.models import Model
from digitpad.nn.finetune import FineTuneConfig
from digitpad.nn.network import Network

QUICK = FineTuneConfig(steps=3, user_batch=2, replay_batch=8)
REPO = Path(__file__).resolve().parents[2]


def taught_model():
    store = MyDigits.default()
    store.add(np.full((28, 28), 200, np.uint8), 7)
    base = Model(Network.random([784, 8, 10], seed=0), "tiny", "book")
    return teach.teach(base, *store.load(), config=QUICK)


def test_a_save_clears_what_a_killed_save_left(data_dir):
    folder = data_dir / teach.FOLDER
    folder.mkdir(parents=True)
    weights, card = teach.personal_weights_path(), teach.personal_card_path()
    stale = [folder / f"{temporary_prefix(weights)}a1b2c3.tmp", folder / f"{temporary_prefix(card)}d4e5.tmp"]
    for path in stale:
        path.write_bytes(b"\0" * 1000)
    theirs = folder / "notes.tmp"
    theirs.write_text("not ours")
    teach.save_taught(taught_model())
    assert [p for p in stale if p.exists()] == []
    assert theirs.read_text() == "not ours"
    assert teach.load_personal() is not None


SAVER = """
import sys
sys.path.insert(0, {tests!r})
from test_audit_personal_saves import taught_model
from digitpad import teach
for _ in range(15):
    teach.save_taught(taught_model())
"""


def test_two_copies_saving_at_once_leave_a_matching_pair(data_dir, tmp_path):
    env = dict(os.environ, DIGITPAD_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO))
    code = SAVER.format(tests=str(Path(__file__).parent))
    savers = [subprocess.Popen([sys.executable, "-c", code], env=env, cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for saver in savers:
        _, err = saver.communicate(timeout=300)
        assert saver.returncode == 0, err.decode()
    card = json.loads(teach.personal_card_path().read_text())
    assert card["sha256"] == sha256_of(teach.personal_weights_path())
    leftovers = [p.name for p in teach.personal_weights_path().parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
