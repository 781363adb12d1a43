"""Measurements that print ratios against reference code run in the same process.

Run them as ``digitpad bench NAME``, or all of them as ``digitpad bench``. A benchmark that
drives the app's widgets imports Qt only when it runs.
"""
