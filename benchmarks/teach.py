"""Pen writers correct the network as they draw, and it learns them: see digitpad/bench/teach.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digitpad.bench.teach import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
