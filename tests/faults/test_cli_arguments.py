"""Every command refuses a bad value in one line with exit status 2, before doing any work.

Negative, zero, NaN, huge and empty values of each option, networks the app
would refuse, a mirror that is not an address, and runs too big for memory.
"""

import numpy as np
import pytest

from digitpad.cli import main
from digitpad.nn.network import Network


def run(argv, capsys):
    """(exit status, stderr) of ``digitpad ARGV``, whether it returns or exits."""
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    return code, capsys.readouterr().err


REFUSED = {
    # (argv, words the one line must hold)
    "eval 100 inputs": (["eval", "--weights", "{tmp}/in100.npz"], "784 inputs"),
    "eval 5 outputs": (["eval", "--weights", "{tmp}/out5.npz"], "10 outputs"),
    "eval empty weights": (["eval", "--weights", ""], "must not be empty"),
    "eval empty mnist": (["eval", "--mnist", ""], "must not be empty"),
    "eval mnist a device": (["eval", "--mnist", "/dev/null"], "neither a folder nor a regular file"),
    "verify a device": (["mnist", "verify", "--path", "/dev/null"], "neither a folder nor a regular"),
    "eval batch 0": (["eval", "--batch-size", "0"], "at least 1"),
    "eval batch -5": (["eval", "--batch-size", "-5"], "at least 1"),
    "fetch not a url": (["mnist", "fetch", "--mirror", "notaurl", "--dir", "{tmp}/m"],
                        "not a web address"),
    "fetch ftp": (["mnist", "fetch", "--mirror", "ftp://example.org/", "--dir", "{tmp}/m"],
                  "not a web address"),
    "fetch timeout 0": (["mnist", "fetch", "--timeout", "0", "--dir", "{tmp}/m"], "more than 0"),
    "fetch timeout -1": (["mnist", "fetch", "--timeout", "-1", "--dir", "{tmp}/m"], "more than 0"),
    "fetch timeout nan": (["mnist", "fetch", "--timeout", "nan", "--dir", "{tmp}/m"], "finite"),
    "fetch timeout huge": (["mnist", "fetch", "--timeout", "1e300", "--dir", "{tmp}/m"], "at most"),
    "fetch empty dir": (["mnist", "fetch", "--dir", ""], "must not be empty"),
    "verify empty path": (["mnist", "verify", "--path", ""], "must not be empty"),
    "train huge batch": (["train", "--batch-size", "1000000000", "--out", "{tmp}/a.npz"],
                         "GiB of memory"),
    "train huge hidden": (["train", "--hidden", "100000000", "--out", "{tmp}/a.npz"],
                          "GiB of memory"),
    "train huge epochs": (["train", "--epochs", "99999999999999999999", "--out", "{tmp}/a.npz"],
                          "at most"),
    "train huge seed": (["train", "--seed", "99999999999999999999999", "--out", "{tmp}/a.npz"],
                        "at most"),
    "train empty mnist": (["train", "--mnist", "", "--out", "{tmp}/a.npz"], "empty"),
    "bench eval 100 inputs": (["bench", "eval-speed", "--weights", "{tmp}/in100.npz"], "784 inputs"),
    "bench robustness 5 outputs": (["bench", "robustness", "--weights", "{tmp}/out5.npz"],
                                   "10 outputs"),
    "bench eval repeats 0": (["bench", "eval-speed", "--repeats", "0"], "at least 1"),
    "bench train batch 0": (["bench", "train-speed", "--batch-size", "0"], "at least 1"),
    "bench train limit 0": (["bench", "train-speed", "--limit", "0"], "at least 1"),
    "bench train repeats -1": (["bench", "train-speed", "--repeats", "-1"], "at least 1"),
    "bench robustness seed -1": (["bench", "robustness", "--seed", "-1"], "at least 0"),
    "bench robustness n 0": (["bench", "robustness", "--n", "0"], "at least 1"),
    "bench robustness brush nan": (["bench", "robustness", "--brush", "nan"], "finite"),
    "bench robustness brush 0": (["bench", "robustness", "--brush", "0"], "more than 0"),
    "bench robustness empty mnist": (["bench", "robustness", "--mnist", ""], "must not be empty"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_bad_value_is_one_line_and_exit_2(case, tmp_path, capsys):
    Network.random([100, 10, 10], seed=0).save(tmp_path / "in100.npz")
    Network.random([784, 10, 5], seed=0).save(tmp_path / "out5.npz")
    argv, words = REFUSED[case]
    code, err = run([a.replace("{tmp}", str(tmp_path)) for a in argv], capsys)
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("digitpad "), err
    assert words in lines[0]
    assert "Traceback" not in err
    assert not (tmp_path / "m").exists()   # refused before anything was created


def test_memory_is_estimated_before_anything_is_allocated(tmp_path, capsys, monkeypatch):
    """The refusal comes from the estimate: nothing as large as a batch is ever asked for."""
    asked = []
    real_empty = np.empty

    def watching_empty(shape, *args, **kwargs):
        asked.append(shape)
        return real_empty(shape, *args, **kwargs)

    monkeypatch.setattr(np, "empty", watching_empty)
    code, err = run(["train", "--batch-size", "1000000000", "--out", str(tmp_path / "a.npz")], capsys)
    assert code == 2 and "would need about" in err
    assert not asked



def every_command() -> list[list[str]]:
    """Every command line up to its options, and the options it cannot do without (each with a
    value, so that an unknown option is the one thing wrong): each subcommand, its actions,
    each benchmark."""
    import argparse

    from digitpad.cli import build_parser
    from digitpad.cli.bench import BENCHMARKS

    def walk(parser, words):
        required = [word for action in parser._actions if action.required and action.option_strings
                    for word in (action.option_strings[0], "x")]
        found = [words + required] if words else []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found += walk(sub, [*words, name])
        return found

    return walk(build_parser(), []) + [["bench", name] for name in BENCHMARKS]   # each parses its own


def test_every_command_and_benchmark_is_covered():
    names = {" ".join(word for word in line if not word.startswith("-") and word != "x")
             for line in every_command()}
    assert {"eval", "train", "teach", "mnist", "mnist where", "mnist fetch", "mnist verify", "bench",
            "bench eval-speed", "bench teach-window", "app"} <= names


@pytest.mark.parametrize("line", every_command(), ids=" ".join)
def test_an_unknown_option_is_named_by_the_command_it_was_given_to(line, capsys):
    """"digitpad eval: error: ...", not "digitpad: error: ...": the line names the command
    whose options to look up."""
    command = " ".join(word for word in line if not word.startswith("-") and word != "x")
    code, err = run([*line, "--frobnicate"], capsys)
    assert code == 2
    assert err == f"digitpad {command}: error: unrecognized arguments: --frobnicate\n"
