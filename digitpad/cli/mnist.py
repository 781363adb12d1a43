"""``digitpad mnist where|fetch|verify``: find, download and check the MNIST files."""

from __future__ import annotations

import sys
from . import options


def add_parser(sub):
    from ..data.mnist import MAX_TIMEOUT
    parser = sub.add_parser(
        "mnist", help="find, download or check the MNIST files",
        description="Find, download or check MNIST. digitpad looks in $DIGITPAD_MNIST, "
                    "then its data folder, then Keras's ~/.keras/datasets/mnist.npz.")
    parser.set_defaults(run=lambda args: _usage(parser))
    actions = parser.add_subparsers(dest="action", metavar="ACTION")

    where = actions.add_parser("where", help="say where MNIST is and how it was found",
                               description="Print where MNIST is (first line: the path) "
                                           "and how it was found.")
    where.set_defaults(run=run_where)

    fetch = actions.add_parser("fetch", help="download MNIST (about 11 MB)",
                               description="Download the four MNIST files, checking their "
                                           "checksums. Files already present and intact are kept.")
    fetch.add_argument("--dir", type=options.path, metavar="DIR",
                       help="download into DIR instead of digitpad's data folder")
    fetch.add_argument("--mirror", action="append", metavar="URL", type=options.web_address,
                       help="download from URL (a folder holding the four .gz files) instead of "
                            "the built-in mirrors; repeat to give several")
    fetch.add_argument("--timeout", type=options.number(0, MAX_TIMEOUT), default=30, metavar="SECONDS",
                       help="give up on a mirror that stays silent this long (default 30)")
    fetch.set_defaults(run=run_fetch)

    verify = actions.add_parser("verify", help="check the MNIST files against their checksums",
                                description="Check every MNIST file against its published "
                                            "checksum. Exits 1 if any is missing or damaged.")
    verify.add_argument("--path", type=options.path, metavar="P",
                        help="check the folder or mnist.npz at P instead of the one found")
    verify.set_defaults(run=run_verify)


def _usage(parser) -> int:
    parser.print_help(sys.stderr)
    return 2


def run_where(args) -> int:
    from ..data.mnist import find_mnist
    location = find_mnist()
    print(location.path)
    print(location.describe())
    return 0


def run_fetch(args) -> int:
    from tqdm import tqdm

    from ..data.mnist import default_mnist_dir, download_mnist

    bar = None

    def progress(done: int, total: int | None, name: str) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, desc=name, unit="B", unit_scale=True, unit_divisor=1024,
                       file=sys.stderr, dynamic_ncols=True, leave=True)
        bar.set_description_str(name, refresh=False)
        bar.update(done - bar.n)

    try:
        target = download_mnist(args.dir, progress=progress, mirrors=args.mirror,
                                timeout=args.timeout)
    finally:
        if bar is not None:
            bar.close()
    if bar is None:
        print(f"MNIST is already in {target} (all four files intact)")
    else:
        print(f"MNIST is ready in {target}")
    if args.dir is not None and target.resolve() != default_mnist_dir().resolve():
        print(f"digitpad looks there only if told: set DIGITPAD_MNIST={target}")
    return 0


def run_verify(args) -> int:
    from ..data.mnist import verify_mnist
    checks = verify_mnist(args.path)
    for check in checks:
        status = "ok" if check.ok else ("missing" if not check.present else "BAD")
        size = f"{check.size:,} bytes" if check.size is not None else ""
        print(f"{status:<8} {check.name:<28} {size:>17}  {check.path if check.ok else check.detail}")
    bad = sum(not check.ok for check in checks)
    if bad:
        print(f"{bad} of {len(checks)} files missing or damaged: "
              f"`{_fetch_into(checks)}` downloads them again", file=sys.stderr)
        return 1
    print(f"all {len(checks)} files intact")
    return 0


def _fetch_into(checks) -> str:
    """The fetch that mends the checked copy: into its own folder when that is not the one a
    plain fetch fills (a plain fetch there would leave $DIGITPAD_MNIST's copy as it is)."""
    import shlex
    from ..data.mnist import default_mnist_dir
    folders = {check.path.parent for check in checks}
    if len(checks) == 1 or len(folders) != 1:   # a Keras mnist.npz: fetch gives the IDX files
        return "digitpad mnist fetch"
    folder = folders.pop()
    if folder.resolve() == default_mnist_dir().resolve():
        return "digitpad mnist fetch"
    return f"digitpad mnist fetch --dir {shlex.quote(str(folder))}"
