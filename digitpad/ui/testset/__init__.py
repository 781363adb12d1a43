"""The Test set tab, as small panels: run the network over MNIST (or your own digits) and look at
what it got wrong.

Top: where the data comes from (``source.SourceBar``), and the run controls
(``controls.RunControls``: per-sample or batched, the batch size, pixels /255
or raw). A run goes to a background job (``jobs``) with a progress bar
(samples/s, time left) and Cancel; each run lands in the table of runs
(``runs.RunsPanel``), set against the latest per-sample run. "Compare" runs
per-sample then batched and says what batching bought (``controls.ResultSummary``);
"Sweep" times a range of batch sizes and plots them.

Below: the confusion matrix and a browser of thumbnails with filters
(``browser.SampleBrowser``) and, for the sample selected, its probabilities and
hidden activations and a button that opens it in the Draw tab
(``sample.SelectedSample``).

If MNIST is not on the computer, a panel offers to download it or to choose a
folder that has it (``download.DownloadPanel``). ``tab.TestSetTab`` puts the
panels together and is the only one of them that talks to the app state.
"""

from .tab import TestSetTab

__all__ = ["TestSetTab"]
