"""Data in pure NumPy and the standard library: IDX files, MNIST, preprocessing."""
