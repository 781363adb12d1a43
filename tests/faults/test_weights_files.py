"""Weights files that lie about their size, the book's arrays pickled with other protocols, empty names."""

import _codecs
import pickle
import tracemalloc

import numpy as np
import pytest

from digitpad import models
from digitpad.__main__ import main
from digitpad.nn.network import Network, WeightsError
from hostile import claim_uncompressed_size, npy_bytes, npy_claiming, write_zip


def book_shaped_arrays(seed=0) -> dict:
    """Arrays shaped and typed as in the book's sample_weight.pkl (784-50-100-10, float32)."""
    net = Network.random([784, 50, 100, 10], seed=seed)
    return {f"{p}{k}": a for k, (W, b) in enumerate(zip(net.weights, net.biases), start=1)
            for p, a in (("W", W), ("b", b))}


def test_a_small_file_declaring_a_huge_matrix_is_refused_before_decompressing(tmp_path):
    path = tmp_path / "bomb.npz"
    arrays = {f"{k}.npy": npy_bytes(a) for k, a in book_shaped_arrays().items()}
    arrays["W1.npy"] = npy_claiming((20_000, 20_000), np.float32, payload_bytes=8 << 20)
    write_zip(path, arrays)
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        with pytest.raises(WeightsError, match="at most 50,000,000 parameters"):
            Network.load(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50e6  # the 1.6 GB W1 claims to be was never allocated


def test_a_member_declaring_an_absurd_uncompressed_size_is_refused(tmp_path):
    path = tmp_path / "liar.npz"
    write_zip(path, {f"{k}.npy": npy_bytes(a) for k, a in book_shaped_arrays().items()})
    claim_uncompressed_size(path, "b3.npy", 0xFFFF0000)
    with pytest.raises(WeightsError, match="b3 declares 4,295 MB uncompressed"):
        Network.load(path)


class Rot13:
    """Protocol 2's ``_codecs.encode`` asked for something other than an array's bytes."""

    def __reduce__(self):
        return _codecs.encode, ("text", "rot13")


class Objects:
    """Protocol 5's ``_frombuffer`` asked for an array of Python objects."""

    def __reduce__(self):
        from numpy._core.numeric import _frombuffer
        return _frombuffer, (b"\0" * 8, np.dtype(object), (1,), "C")


@pytest.mark.parametrize("protocol, misuse, refused", [(2, Rot13, "_codecs.encode"),
                                                      (5, Objects, "_frombuffer")])
def test_the_books_arrays_pickled_with_protocol_2_or_5_load_and_nothing_more_does(
        tmp_path, protocol, misuse, refused):
    arrays = book_shaped_arrays(seed=protocol)
    path = tmp_path / f"protocol{protocol}.pkl"
    path.write_bytes(pickle.dumps(arrays, protocol=protocol))
    net = Network.from_book_pickle(path)
    for k in (1, 2, 3):
        np.testing.assert_array_equal(net.weights[k - 1], arrays[f"W{k}"])
        np.testing.assert_array_equal(net.biases[k - 1], arrays[f"b{k}"])

    evil = tmp_path / "misuse.pkl"
    evil.write_bytes(pickle.dumps({"W1": misuse()}, protocol=protocol))
    with pytest.raises(WeightsError, match=refused):
        Network.from_book_pickle(evil)


def test_empty_weights_name_says_so(capsys):
    with pytest.raises(WeightsError, match="no weights named"):
        models.resolve("")
    with pytest.raises(SystemExit) as stopped:  # the option checks refuse it before anything loads
        main(["eval", "--weights", ""])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--weights" in err and "empty" in err and ".:" not in err
