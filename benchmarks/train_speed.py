"""Training epoch time against PyTorch on the CPU: see digitpad/bench/train_speed.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digitpad.bench.train_speed import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
