"""``digitpad eval``: the book's numbers, the comparison, and one-line errors."""

import shutil
import subprocess
import sys

import pytest

from digitpad.cli import main
from digitpad.nn.network import Network
from shared_data import book_weights_path, mnist


@pytest.mark.mnist
def test_eval_book_weights_prints_the_book_accuracy(capsys):
    mnist("test")
    assert main(["eval", "--weights", str(book_weights_path())]) == 0
    out = capsys.readouterr().out
    assert "Accuracy:0.9352" in out and "samples/s" in out


@pytest.mark.mnist
def test_eval_raw_per_sample(capsys):
    mnist("test")
    assert main(["eval", "--weights", str(book_weights_path()), "--raw", "--mode", "per-sample"]) == 0
    out = capsys.readouterr().out
    assert "per-sample:" in out and "Accuracy:0.9207" in out


@pytest.mark.mnist
def test_eval_compare_prints_speedup(capsys, monkeypatch):
    mnist("test")
    monkeypatch.setenv("DIGITPAD_BOOK_WEIGHTS", str(book_weights_path()))
    assert main(["eval", "--weights", "book", "--compare", "--batch-size", "333"]) == 0
    out = capsys.readouterr().out
    assert out.count("Accuracy:0.9352") == 2
    assert "batch 333:" in out and "faster in batches of 333" in out and "s saved" in out


@pytest.mark.mnist
def test_the_books_weights_are_found_in_the_folder_the_environment_names(tmp_path, capsys, monkeypatch):
    from digitpad.models import load_book
    folder = tmp_path / "ch03"
    folder.mkdir()
    shutil.copyfile(book_weights_path(), folder / "sample_weight.pkl")
    mnist("test")
    monkeypatch.setenv("DIGITPAD_BOOK_WEIGHTS", str(folder))
    assert main(["eval", "--weights", "book"]) == 0
    assert "Accuracy:0.9352" in capsys.readouterr().out
    assert load_book(folder).network.sizes == (784, 50, 100, 10)   # a path given (bench --book) too
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("DIGITPAD_BOOK_WEIGHTS", str(empty))
    monkeypatch.setenv("DIGITPAD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    assert main(["eval", "--weights", "book"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"DIGITPAD_BOOK_WEIGHTS names {empty}, which is neither" in err


@pytest.mark.mnist
def test_eval_train_split_with_a_saved_network(tmp_path, capsys):
    images, labels = mnist("train")
    path = tmp_path / "random.npz"
    Network.random([784, 50, 100, 10], seed=0).save(path)
    assert main(["eval", "--weights", str(path), "--split", "train", "--batch-size", "10000"]) == 0
    out = capsys.readouterr().out
    assert "60000 images" in out and "(" in out
    accuracy = float(out.split("Accuracy:")[1].split()[0])
    assert 0.0 <= accuracy < 0.3  # an untrained network is near chance


@pytest.mark.parametrize("argv, message", [
    (["eval", "--weights", "/no/such/file.npz"], "no such file"),
    (["eval", "--weights", "{tmp}/bad.npz"], "not a readable .npz"),
    (["eval", "--weights", "{tmp}/good.npz", "--mnist", "/no/such/mnist"], "/no/such/mnist"),
])
def test_eval_user_errors_are_one_line(tmp_path, capsys, argv, message):
    (tmp_path / "bad.npz").write_bytes(b"garbage")
    Network.random([784, 10], seed=0).save(tmp_path / "good.npz")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err and err.startswith("digitpad eval: error:")


def test_bad_option_values_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["eval", "--batch-size", "0"])
    assert info.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err


def test_a_huge_batch_size_is_refused_in_one_line_before_anything_is_loaded(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["eval", "--weights", str(tmp_path / "absent.npz"), "--batch-size", str(10 ** 12)])
    assert info.value.code == 2
    assert capsys.readouterr().err == ("digitpad eval: error: argument --batch-size: must be at most "
                                       "60,000, got 1,000,000,000,000\n")


@pytest.mark.mnist
def test_a_batch_larger_than_the_split_is_one_batch_of_the_whole_split(capsys):
    mnist("test")
    assert main(["eval", "--batch-size", "60000", "--compare"]) == 0
    out = capsys.readouterr().out
    assert "note:    --batch-size 60,000 is more than the 10,000 images: they go in one batch\n" in out
    assert "batch 10000:" in out and "faster in batches of 10000" in out and "60000" not in out


def test_module_entry_point_reports_errors_without_traceback(tmp_path):
    done = subprocess.run([sys.executable, "-m", "digitpad", "eval", "--weights", str(tmp_path / "x.npz")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "no such file" in done.stderr


@pytest.mark.parametrize("argv, said", [
    (["--mode", "per-sample", "--batch-size", "50"],
     "--batch-size: --mode per-sample reads one sample at a time, in no batches"),
    (["--compare", "--mode", "per-sample"], "--mode per-sample: --compare runs both modes"),
    (["--compare", "--mode", "batch"], "--mode batch: --compare runs both modes"),
])
def test_options_that_would_be_ignored_together_are_refused_naming_both(tmp_path, capsys, argv, said):
    """Nothing is loaded: the weights named do not even exist."""
    assert main(["eval", "--weights", str(tmp_path / "absent.npz"), *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"digitpad eval: error: {said}")


def test_benchmarks_refuse_options_that_would_be_ignored_together(capsys):
    for argv, said in ((["testset-timing", "--mode", "per-sample", "--batch-size", "50"],
                        "--batch-size: --mode per-sample reads one sample at a time"),
                       (["robustness", "--book", "x.pkl", "--no-book"], "--no-book: not allowed with argument --book"),
                       (["pen", "--no-book", "--book", "x.pkl"], "--book: not allowed with argument --no-book")):
        with pytest.raises(SystemExit) as stop:
            main(["bench", *argv])
        assert stop.value.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and said in err
