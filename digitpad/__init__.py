"""digitpad: chapter 3 of *Deep Learning from Scratch* as something you can touch."""

__version__ = "0.1.0"
