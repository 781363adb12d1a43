"""The book's mathematics in pure NumPy: functions, the network, its training."""
