"""``digitpad bench``: every benchmark in one place, one or all of them, Qt only for those that need it."""

import os
import re
import subprocess
import sys
import textwrap

import pytest

from digitpad.cli import bench, main
from digitpad.data.mnist import FILES
from shared_data import REPO, mnist, mnist_folder


def test_every_benchmark_module_is_in_the_table_and_every_entry_has_a_main():
    modules = {p.stem for p in (REPO / "digitpad" / "bench").glob("*.py") if p.stem != "__init__"}
    assert {b.module for b in bench.BENCHMARKS.values()} == modules
    for name in bench.BENCHMARKS:
        for need in bench.BENCHMARKS[name].needs:
            assert need in bench.NEEDS, (name, need)
    assert not (REPO / "benchmarks").exists()   # no second home


def test_a_computer_without_the_data_is_told_what_each_benchmark_misses(monkeypatch, tmp_path):
    from digitpad.data.mnist import clear_cache
    monkeypatch.delenv("DIGITPAD_MNIST", raising=False)
    monkeypatch.delenv("DIGITPAD_PENDIGITS", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))        # no Keras copy of MNIST either
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    clear_cache()
    assert "MNIST" in bench.why_not("eval-speed")
    assert "DIGITPAD_PENDIGITS" in bench.why_not("pen")
    assert bench.why_not("teach")                    # needs both
    assert bench.why_not("draw-latency") is None     # needs nothing but the app


def test_a_pen_file_that_is_not_there_is_named(monkeypatch, tmp_path):
    monkeypatch.setenv("DIGITPAD_PENDIGITS", str(tmp_path / "nowhere"))
    assert "nowhere" in bench.why_not("pen") and "no such file" in bench.why_not("pen")


@pytest.mark.parametrize("argv, said", [
    (["eval-speed", "--mnist", "{tmp}/none"], "MNIST path {tmp}/none does not exist"),
    (["teach-window", "--mnist", "{tmp}/none"], "MNIST path {tmp}/none does not exist"),
    (["pen", "--data", "{tmp}/missing/file", "--no-book"], "{tmp}/missing/file (the given path): no such file"),
    (["teach", "--data", "{tmp}/missing/file"], "{tmp}/missing/file (the given path): no such file"),
    (["pen", "--data", "{tmp}/pen.tra", "--book", "{tmp}/none.pkl"], "{tmp}/none.pkl: no such file"),
    (["robustness", "--book", "{tmp}/none.pkl"], "{tmp}/none.pkl: no such file"),
])
def test_every_benchmark_says_what_it_cannot_use_in_the_commands_one_line(tmp_path, capsys, argv, said):
    """Nothing is measured: the line comes before any work."""
    from pen_files import SEVEN, write_pen_file
    write_pen_file(tmp_path / "pen.tra", [(7, 1, 1, SEVEN)])
    assert main(["bench", *(a.replace("{tmp}", str(tmp_path)) for a in argv)]) == 2
    assert capsys.readouterr().err == f"digitpad bench: error: {said.replace('{tmp}', str(tmp_path))}\n"


def test_bench_all_runs_what_can_run_and_names_what_it_skipped(monkeypatch, capsys, tmp_path):
    """All of them, on a table of two (the whole run takes many minutes): one that runs with its
    defaults and one whose data is missing."""
    mnist("test")
    monkeypatch.setenv("DIGITPAD_PENDIGITS", str(tmp_path / "no-pen"))
    table = {name: bench.BENCHMARKS[name] for name in ("explain-speed", "pen")}
    monkeypatch.setattr(bench, "BENCHMARKS", table)
    assert main(["bench"]) == 0
    out = capsys.readouterr().out
    assert "== explain-speed: predict() on your digit" in out
    assert "over 200 digits" in out                  # its defaults
    assert "x predict" in out                        # its ratios against the reference
    assert "== pen: skipped: " in out and "no-pen" in out
    assert out.rstrip().endswith("ran 1 of 2 benchmarks; skipped pen")


def test_bench_all_takes_no_options(capsys):
    assert main(["bench", "all", "--repeats", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "options go to one benchmark" in err


@pytest.mark.parametrize("name", ["explain-speed", "draw-latency", "testset-timing", "long-stroke"])
def test_the_benchmarks_that_lived_outside_the_package_check_their_options(capsys, name):
    with pytest.raises(SystemExit) as stop:
        main(["bench", name, "--repeats" if name != "draw-latency" else "--strokes", "0"])
    assert stop.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err


def test_long_stroke_refuses_lengths_it_cannot_draw(capsys):
    for bad in ("1", "10,x", "200000", ","):
        with pytest.raises(SystemExit) as stop:
            main(["bench", "long-stroke", "--points", bad])
        assert stop.value.code == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "--points" in err


def test_long_stroke_prints_a_move_at_each_length_against_the_old_read():
    script = textwrap.dedent("""
        from digitpad.cli import main
        raise SystemExit(main(["bench", "long-stroke", "--points", "60,300", "--moves", "4", "--repeats", "1"]))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if re.match(r"\s+[\d,]+\s+[\d.]+ /", line)]
    assert [int(row[0].replace(",", "")) for row in rows] == [60, 300]  # points, as drawn
    assert all(row[-1].endswith("x") for row in rows)                    # old read / the read now
    assert "from 60 to 300 points, a move's cost grows" in done.stdout
    assert "stepping out past all 300 points" in done.stdout and "idle window" in done.stdout


def test_the_bench_modules_and_eval_speed_run_without_qt():
    """Qt is imported by a benchmark only when one that drives widgets runs."""
    mnist("test")
    script = textwrap.dedent("""
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
                    raise ImportError(f"{name} is blocked in this test")
                return None

        sys.meta_path.insert(0, BlockQt())
        import digitpad.bench
        for m in pkgutil.iter_modules(digitpad.bench.__path__, "digitpad.bench."):
            importlib.import_module(m.name)
        from digitpad.cli import main
        assert main(["bench", "eval-speed", "--repeats", "1"]) == 0
        assert main(["bench", "explain-speed", "--digits", "2", "--repeats", "1"]) == 0
        loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")]
        assert not loaded, loaded
        print("Qt-free")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "Qt-free"
    assert "book batch-100" in done.stdout          # eval-speed's ratios against the book's loops


def test_a_benchmark_that_drives_the_tab_reads_the_users_mnist_and_leaves_the_environment_as_it_was(
        tmp_path):
    """testset-timing moves settings and data aside for its run, yet reads MNIST from the user's data
    folder, and the benchmarks run after it in the same process still find MNIST there."""
    source = mnist_folder()
    data = tmp_path / "data"
    (data / "mnist").mkdir(parents=True)
    for spec in FILES:
        (data / "mnist" / spec.name).symlink_to(source / spec.name)
    script = textwrap.dedent("""
        import os
        from digitpad.cli import bench
        before = dict(os.environ)
        assert bench.run_one("testset-timing", ["--repeats", "1", "--no-responsiveness"]) == 0
        assert dict(os.environ) == before
        assert bench.why_not("explain-speed") is None
        print("as it was")
    """)
    env = {k: v for k, v in os.environ.items() if k != "DIGITPAD_MNIST"}
    env.update(DIGITPAD_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert "MNIST test, 10,000 images" in done.stdout and "ratio tab / CLI" in done.stdout
    assert done.stdout.splitlines()[-1] == "as it was"


def _parsers(parser):
    """``parser`` and the parsers of its subcommands, all the way down."""
    import argparse
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_option_of_every_command_and_benchmark_says_what_it_does(monkeypatch):
    """``--help`` of each command and benchmark gives every option a line of its own words."""
    import argparse
    import importlib
    from digitpad.cli import build_parser, options

    parsers = list(_parsers(build_parser()))
    silent = [f"{p.prog}: {action.metavar}" for p in parsers for action in p._actions
              if isinstance(action, argparse._SubParsersAction)
              for action in action._choices_actions if not action.help]

    class Built(Exception):
        """A benchmark's parser, caught before it parses anything."""

    def caught(self, args=None, namespace=None):
        raise Built(self)

    monkeypatch.setattr(options.Parser, "parse_args", caught)
    for name, benchmark in bench.BENCHMARKS.items():
        with pytest.raises(Built) as built:
            importlib.import_module(f"digitpad.bench.{benchmark.module}").main([])
        parsers.append(built.value.args[0])
    assert len(parsers) == 1 + 6 + 3 + len(bench.BENCHMARKS)   # digitpad, its commands, mnist's actions
    silent += [f"{p.prog}: {'/'.join(action.option_strings) or action.dest}" for p in parsers
               for action in p._actions
               if not action.help and not isinstance(action, argparse._SubParsersAction)]
    assert silent == []
    assert [p.prog for p in parsers if not p.description] == []   # and says what the command is for


@pytest.mark.mnist
def test_teach_window_corrects_the_real_window_and_leaves_the_users_files_alone(tmp_path):
    """Three corrections and a burst through the Draw tab: every phase is measured against the
    direct fine-tune, and nothing lands in the user's own data folder."""
    data = tmp_path / "data"
    data.mkdir()
    env = dict(os.environ, DIGITPAD_DATA_DIR=str(data), DIGITPAD_MNIST=str(mnist_folder()),
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "digitpad", "bench", "teach-window", "--corrections", "2"],
                          capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for phase in ("idle window", "first correction", "2 more, one after another", "3 at once"):
        row = next(line for line in lines if line.startswith(phase))
        assert " ms " in row, row
    assert re.search(r"click to taught / direct: \d+\.\d\dx", done.stdout)
    assert any(line.startswith("target: the window never stalls") for line in lines)
    assert list(data.iterdir()) == []
