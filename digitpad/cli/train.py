"""`digitpad train` (being written)."""


def add_parser(sub):
    p = sub.add_parser("train", help="(not yet available)")
    p.set_defaults(run=lambda args: 1)
