"""Real pen digits replayed on the canvas, read by the networks: see digitpad/bench/pen.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digitpad.bench.pen import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
