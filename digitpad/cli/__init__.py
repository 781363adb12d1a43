"""The headless commands: ``digitpad eval|train|teach|mnist|bench|app``.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``. A user error prints one line and exits with status 2.
"""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..errors import Cancelled, DigitpadError, UsageError

__all__ = ["UsageError", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    from . import bench, evaluate, mnist, teach, train
    from .options import Parser
    parser = Parser(
        prog="digitpad",
        description="Chapter 3 of Deep Learning from Scratch, live. "
                    "Run with no arguments to open the app.")
    parser.add_argument("--version", action="version", version=f"digitpad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    app = sub.add_parser("app", help="open the desktop app (the default)",
                         description="Open the desktop app: draw a digit and watch the network read "
                                     "it, explore chapter 3, run the MNIST test set, train. My digits, "
                                     "your personal model and downloads are kept in the user data "
                                     "folder (DIGITPAD_DATA_DIR names another).")
    app.set_defaults(run=_run_app)
    for module in (evaluate, train, teach, mnist, bench):
        module.add_parser(sub)
    return parser


def _run_app(args) -> int:
    from ..ui.app import run_app
    return run_app()


def main(argv) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except DigitpadError as exc:   # usage, data, weights, config: each message is the user's line
        print(f"digitpad {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except (Cancelled, KeyboardInterrupt):
        print(f"digitpad {args.command}: cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a path the checks above did not reach: still one line, never a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"digitpad {args.command}: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
