"""IDX read/write: round trips, and every way a file can be wrong gives a one-line IdxError."""

import gzip
import struct

import numpy as np
import pytest

from digitpad.data.errors import DataError
from digitpad.data.idx import MAX_BYTES, IdxError, read_idx, write_idx

DTYPES = [np.uint8, np.int8, np.int16, np.int32, np.float32, np.float64]
SHAPES = [(7,), (3, 5), (4, 28, 28), (2, 3, 4, 5)]


def header(code, shape):
    return bytes([0, 0, code, len(shape)]) + struct.pack(f">{len(shape)}I", *shape)


def write_raw(path, data, gz=False):
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def sample(dtype, shape):
    rng = np.random.default_rng(0)
    if np.dtype(dtype).kind == "f":
        return rng.standard_normal(shape).astype(dtype)
    info = np.iinfo(dtype)
    return rng.integers(info.min, info.max, size=shape, endpoint=True, dtype=dtype)


@pytest.mark.parametrize("suffix", ["", ".gz"])
@pytest.mark.parametrize("shape", SHAPES, ids=str)
@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
def test_round_trip(tmp_path, dtype, shape, suffix):
    array = sample(dtype, shape)
    path = tmp_path / f"a.idx{suffix}"
    write_idx(path, array)
    back = read_idx(path)
    assert back.dtype == np.dtype(dtype)
    assert back.shape == shape
    assert back.flags.c_contiguous
    np.testing.assert_array_equal(back, array)


def test_gzip_is_detected_by_content_not_name(tmp_path):
    array = np.arange(12, dtype=np.int16).reshape(3, 4)
    write_idx(tmp_path / "a.gz", array)
    renamed = tmp_path / "plain-looking-name"
    (tmp_path / "a.gz").rename(renamed)
    assert renamed.read_bytes()[:2] == b"\x1f\x8b"
    np.testing.assert_array_equal(read_idx(renamed), array)


def test_bytes_on_disk_follow_the_format(tmp_path):
    """Big-endian data after a big-endian header, as the MNIST page describes it."""
    array = np.array([[1, 256], [-2, 3]], dtype=np.int16)
    write_idx(tmp_path / "a", array)
    assert (tmp_path / "a").read_bytes() == header(0x0B, (2, 2)) + array.astype(">i2").tobytes()


def test_non_native_and_non_contiguous_input(tmp_path):
    array = np.arange(30, dtype=">f8").reshape(5, 6)[:, ::2]
    write_idx(tmp_path / "a.gz", array)
    back = read_idx(tmp_path / "a.gz")
    assert back.dtype == np.float64 and back.dtype.isnative
    np.testing.assert_array_equal(back, array)


def test_gz_output_is_reproducible(tmp_path):
    array = np.arange(100, dtype=np.uint8)
    write_idx(tmp_path / "a.gz", array)
    first = (tmp_path / "a.gz").read_bytes()
    write_idx(tmp_path / "a.gz", array)
    assert (tmp_path / "a.gz").read_bytes() == first


def test_empty_dimension(tmp_path):
    write_idx(tmp_path / "e", np.zeros((0, 28, 28), np.uint8))
    assert read_idx(tmp_path / "e").shape == (0, 28, 28)


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "a.gz"
    write_idx(path, np.arange(5, dtype=np.uint8))
    with pytest.raises(IdxError, match="int64"):
        write_idx(path, np.arange(5, dtype=np.int64))
    # the failed write left the old file untouched and nothing else behind
    np.testing.assert_array_equal(read_idx(path), np.arange(5))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gz"]


@pytest.mark.parametrize("array, words", [
    (np.zeros(3, dtype=np.int64), "int64"),
    (np.zeros(3, dtype=np.uint16), "uint16"),
    (np.zeros(3, dtype=bool), "bool"),
    (np.zeros(3, dtype=np.complex64), "complex64"),
    (np.zeros((1, 1, 1, 1, 1), dtype=np.uint8), "5"),
    (np.float32(1.0), "0"),
])
def test_write_refuses_what_idx_cannot_hold(tmp_path, array, words):
    with pytest.raises(IdxError, match=words):
        write_idx(tmp_path / "x", array)
    assert list(tmp_path.iterdir()) == []


def test_write_into_missing_folder(tmp_path):
    with pytest.raises(IdxError, match="cannot write"):
        write_idx(tmp_path / "nope" / "a.gz", np.zeros(2, np.uint8))


# ------------------------------------------------------------------ bad files

GOOD = header(0x08, (2, 3)) + bytes(range(6))


def check_error(path, *words):
    with pytest.raises(IdxError) as caught:
        read_idx(path)
    message = str(caught.value)
    assert str(path) in message
    assert "\n" not in message
    for word in words:
        assert word in message, message
    assert isinstance(caught.value, DataError)
    return message


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gz"])
def test_truncated_data(tmp_path, gz):
    message = check_error(write_raw(tmp_path / "t", GOOD[:-2], gz), "truncated", "2x3")
    assert "4" in message  # how many bytes are there


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gz"])
@pytest.mark.parametrize("cut", [0, 3, 6])
def test_truncated_header(tmp_path, gz, cut):
    check_error(write_raw(tmp_path / "t", GOOD[:cut], gz), "truncated")


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gz"])
def test_trailing_bytes(tmp_path, gz):
    check_error(write_raw(tmp_path / "t", GOOD + b"xyz", gz), "trailing")


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gz"])
def test_wrong_magic(tmp_path, gz):
    check_error(write_raw(tmp_path / "m", b"\x01\x00" + GOOD[2:], gz), "not an IDX file")


def test_text_file(tmp_path):
    check_error(write_raw(tmp_path / "readme.txt", b"hello, this is not MNIST\n"), "not an IDX")


@pytest.mark.parametrize("code", [0x00, 0x07, 0x0A, 0x0F, 0xFF])
def test_bad_type_code(tmp_path, code):
    check_error(write_raw(tmp_path / "c", header(code, (2, 3)) + bytes(6)), "type code", f"0x{code:02X}")


@pytest.mark.parametrize("ndim", [0, 5, 255])
def test_bad_number_of_dimensions(tmp_path, ndim):
    data = bytes([0, 0, 0x08, ndim]) + bytes(4 * ndim) + bytes(8)
    check_error(write_raw(tmp_path / "d", data), "dimensions", str(ndim))


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gz"])
def test_absurd_header_is_refused_before_allocating(tmp_path, gz):
    # 4 x 2^32-1 cubed float64s: far beyond any memory, declared in 20 bytes
    data = header(0x0E, (0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF))
    check_error(write_raw(tmp_path / "huge", data, gz), "more than", f"{MAX_BYTES:,}")


def test_max_bytes_is_adjustable(tmp_path):
    path = write_raw(tmp_path / "a", GOOD)
    assert read_idx(path, max_bytes=6).shape == (2, 3)
    with pytest.raises(IdxError, match="more than the 5 allowed"):
        read_idx(path, max_bytes=5)


def test_corrupt_gzip(tmp_path):
    data = bytearray(gzip.compress(GOOD * 50))
    data[20:30] = b"\xff" * 10
    check_error(write_raw(tmp_path / "c.gz", bytes(data)), "gzip")


def test_gzip_with_bad_checksum(tmp_path):
    data = bytearray(gzip.compress(GOOD))
    data[-8] ^= 0xFF  # the CRC32 in the trailer
    check_error(write_raw(tmp_path / "crc.gz", bytes(data)), "gzip")


def test_truncated_gzip_stream(tmp_path):
    # the header declares the true size; the stream stops half-way
    payload = header(0x08, (2000, 3)) + bytes(range(6)) * 1000
    data = gzip.compress(payload)
    message = check_error(write_raw(tmp_path / "half.gz", data[: len(data) // 2]))
    assert "gzip" in message or "truncated" in message


def test_gzip_magic_with_garbage_after(tmp_path):
    check_error(write_raw(tmp_path / "g", b"\x1f\x8b" + b"\x00" * 5), "gzip")


def test_missing_file(tmp_path):
    check_error(tmp_path / "nope", "cannot read")


def test_directory(tmp_path):
    check_error(tmp_path, "cannot read")
