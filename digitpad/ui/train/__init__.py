"""The Train tab, as small panels: the form, the run and its job, the curves, the weights, the result.

``TrainTab`` (``tab.py``) composes them; see each module for its part.
"""

from .result import NO_RESULT, TRAINING_NOW
from .run import MNIST_MISSING
from .tab import TrainTab
from .words import PRESET_TITLES

__all__ = ["MNIST_MISSING", "NO_RESULT", "PRESET_TITLES", "TRAINING_NOW", "TrainTab"]
