"""Measurements that print ratios against reference code run in the same process.

Run them as ``digitpad bench NAME`` or ``python benchmarks/NAME.py``.
"""
