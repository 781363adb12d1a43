"""Evaluation speed against the book's loops and the bare matrix products: see digitpad/bench/eval_speed.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digitpad.bench.eval_speed import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
