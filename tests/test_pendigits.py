"""The pen-digits reader: strokes, labels and writers, and a clear error for every broken file."""

import os

import numpy as np
import pytest

from digitpad.data.pendigits import (PenDigitsError, find_pendigits, read_pendigits,
                                     verify_checksum)
from digitpad.fileio import sha256_of
from shared_data import pendigits_path

GOOD = """.INCLUDE        dene.doc

.LEXICON "0" "1" "2" "3" "4" "5" "6" "7" "8" "9"
.HIERARCHY      DIGIT

.SEGMENT DIGIT    0 ? "7"
.COMMENT 7 3   12
.PEN_DOWN
 100  400
 300  400
 180  100
.PEN_UP
.DT 100

.SEGMENT DIGIT    1 ? "4"
.COMMENT 4 5    1
.PEN_DOWN
 120  420
 100  200
 260  210
.PEN_UP
.DT 100
.PEN_DOWN
 220  430
 225  90
.PEN_UP
"""


def write(tmp_path, text, name="digits.tra"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_reads_strokes_labels_writers_and_samples(tmp_path):
    seven, four = read_pendigits(write(tmp_path, GOOD))
    assert (seven.label, seven.writer, seven.sample) == (7, 3, 12)
    assert (four.label, four.writer, four.sample) == (4, 5, 1)
    assert len(seven.strokes) == 1 and len(four.strokes) == 2
    np.testing.assert_array_equal(seven.strokes[0], [[100, 400], [300, 400], [180, 100]])
    np.testing.assert_array_equal(four.strokes[1], [[220, 430], [225, 90]])
    assert four.points().shape == (5, 2)
    assert seven.strokes[0].dtype == np.float64


@pytest.mark.parametrize("change, line, words", [
    (lambda t: t.replace('"7"', '"x"'), 6, "quoted digit"),
    (lambda t: t.replace(".COMMENT 7 3   12", ".COMMENT 1 3   12"), 7, "says label 1"),
    (lambda t: t.replace(".COMMENT 7 3   12", ".COMMENT 7 three 12"), 7, "three whole numbers"),
    (lambda t: t.replace(".COMMENT 7 3   12", ".COMMENT 7 0 12"), 7, "writers are numbered from 1"),
    (lambda t: t.replace(".COMMENT 7 3   12", ".COMMENT 7 10000 12"), 7,
     "writer 10000: writers are numbered from 1 to 9999"),
    (lambda t: t.replace(".COMMENT 7 3   12", ".COMMENT 7 3 " + "9" * 900), 7,
     ".COMMENT: 999999999999... is too large for a label, writer or sample number"),
    (lambda t: t.replace(".COMMENT 7 3   12", ".COMMENT 7 " + "1" * 30 + " 12"), 7, "is too large"),
    (lambda t: t.replace(" 300  400", " 300  4o0"), 10, "two numbers"),
    (lambda t: t.replace(" 300  400", " 300  400 5"), 10, "two numbers"),
    (lambda t: t.replace(" 300  400", " 300  nan"), 10, "out of range"),
    (lambda t: t.replace(" 300  400", " 300  1e9"), 10, "out of range"),
    (lambda t: t.replace(".PEN_UP\n.DT 100\n\n.SEGMENT", ".DT 100\n\n.SEGMENT", 1), 8, "not closed"),
    (lambda t: t.replace(".PEN_DOWN\n 100", " 100", 1), 8, "outside a stroke"),
    (lambda t: t.replace(".PEN_DOWN\n 100  400\n 300  400\n 180  100\n", ".PEN_DOWN\n", 1), 8,
     "no pen positions"),
    (lambda t: t.replace(".COMMENT 7 3   12\n", "", 1), 7, "before the digit's .SEGMENT"),
    (lambda t: t.replace(".HIERARCHY", ".HIERARCHIES"), 4, "unknown keyword"),
    (lambda t: t.replace(".SEGMENT DIGIT    0", ".SEGMENT WORD    0"), 6, "must say DIGIT"),
])
def test_a_broken_line_is_named_with_its_number(tmp_path, change, line, words):
    path = write(tmp_path, change(GOOD))
    with pytest.raises(PenDigitsError) as err:
        read_pendigits(path)
    message = str(err.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert words in message and "\n" not in message


def test_digit_without_strokes_or_comment(tmp_path):
    no_strokes = '.SEGMENT DIGIT 0 ? "3"\n.COMMENT 3 1 1\n.SEGMENT DIGIT 1 ? "4"\n.COMMENT 4 1 2\n'
    with pytest.raises(PenDigitsError, match=r":1: a digit with no strokes"):
        read_pendigits(write(tmp_path, no_strokes))
    with pytest.raises(PenDigitsError, match=r":1: a digit without its .COMMENT"):
        read_pendigits(write(tmp_path, '.SEGMENT DIGIT 0 ? "3"\n'))
    with pytest.raises(PenDigitsError, match="no digits"):
        read_pendigits(write(tmp_path, ".INCLUDE x\n\n"))


def test_refuses_binary_large_missing_and_non_regular_files(tmp_path):
    binary = tmp_path / "image.tra"
    binary.write_bytes(b'.SEGMENT DIGIT 0 ? "3"\n\x89PNG\x00\xff')
    with pytest.raises(PenDigitsError, match=r"image.tra:2: .*not plain text"):
        read_pendigits(binary)
    path = write(tmp_path, GOOD)
    with pytest.raises(PenDigitsError, match=f"{len(GOOD):,} bytes, more than the 100 bytes a pen-digits file may be"):
        read_pendigits(path, max_bytes=100)
    with pytest.raises(PenDigitsError, match="cannot read"):
        read_pendigits(tmp_path / "absent.tra")
    with pytest.raises(PenDigitsError, match="not a regular file"):
        read_pendigits(tmp_path)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.tra"
        os.mkfifo(fifo)
        with pytest.raises(PenDigitsError, match="not a regular file"):
            read_pendigits(fifo)  # must not wait for a writer


@pytest.mark.parametrize("content, line, byte", [
    (b"\0" * 4096, 1, 0x00),  # a file of zeros, as a crash or a full disk leaves one
    (GOOD.encode().replace(b" 300  400", b" 300 \x1c 400"), 10, 0x1c),  # a control byte, not a separator
    (GOOD.encode()[:60] + b"\x1f\x8b\x08\x00", 3, 0x1f),  # the start of a gzip stream
])
def test_a_binary_file_is_not_plain_text(tmp_path, content, line, byte):
    path = tmp_path / "digits.tra"
    path.write_bytes(content)
    with pytest.raises(PenDigitsError) as err:
        read_pendigits(path)
    assert str(err.value) == f"{path}:{line}: not a pen-digits file (byte 0x{byte:02x} is not plain text)"


@pytest.mark.parametrize("where", ["\n.DT {}\n", "\n {}\n"])
def test_a_line_longer_than_any_pen_line_is_refused_before_it_is_split(tmp_path, where):
    words = " ".join(["100"] * 2000)
    path = write(tmp_path, GOOD.replace("\n.DT 100\n", where.format(words), 1))
    with pytest.raises(PenDigitsError) as err:
        read_pendigits(path)
    long = where.strip("\n").format(words)
    assert str(err.value) == (f"{path}:13: a line of {len(long):,} characters, "
                              "more than the 1,000 of any pen-digits line")


@pytest.mark.parametrize("end", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_read_the_same(tmp_path, end):
    path = tmp_path / "digits.tra"
    path.write_bytes(GOOD.replace("\n", end).encode())
    seven, four = read_pendigits(path)
    assert (four.label, four.writer, len(four.strokes)) == (4, 5, 2)
    np.testing.assert_array_equal(seven.strokes[0], [[100, 400], [300, 400], [180, 100]])
    path.write_bytes(GOOD.replace(" 300  400", " 300  4o0").replace("\n", end).encode())
    with pytest.raises(PenDigitsError, match=r":10: a pen position must be two numbers"):
        read_pendigits(path)


def one_digit(strokes: int, points: int) -> str:
    """A 3 by writer 1 written in ``strokes`` strokes of ``points`` pen positions each."""
    stroke = ".PEN_DOWN\n" + " 100  200\n" * points + ".PEN_UP\n"
    return '.SEGMENT DIGIT 0 ? "3"\n.COMMENT 3 1 1\n' + stroke * strokes


def test_a_digit_of_endless_strokes_or_pen_positions_is_refused_where_it_passes_the_limit(tmp_path):
    from digitpad.data.pendigits import MAX_POINTS, MAX_STROKES
    assert (MAX_POINTS, MAX_STROKES) == (10_000, 100)   # 54 and 33 times the 30 writers' most
    (most,) = read_pendigits(write(tmp_path, one_digit(100, 100)))
    assert len(most.strokes) == 100 and len(most.points()) == 10_000
    path = write(tmp_path, one_digit(1, 10_000 + 5))
    with pytest.raises(PenDigitsError) as err:
        read_pendigits(path)
    assert str(err.value) == f"{path}:10004: a digit of more than 10,000 pen positions (it starts on line 1)"
    path = write(tmp_path, one_digit(101, 1))
    with pytest.raises(PenDigitsError) as err:
        read_pendigits(path)
    assert str(err.value) == f"{path}:303: a digit of more than 100 strokes (it starts on line 1)"


def test_a_file_of_more_digits_than_any_pen_collection_is_refused(tmp_path, monkeypatch):
    from digitpad.data import pendigits
    assert pendigits.MAX_DIGITS == 100_000   # the whole collection holds 10,992
    monkeypatch.setattr(pendigits, "MAX_DIGITS", 2)
    path = write(tmp_path, one_digit(1, 2) * 2)
    assert len(read_pendigits(path)) == 2
    path = write(tmp_path, one_digit(1, 2) * 3)
    with pytest.raises(PenDigitsError) as err:
        read_pendigits(path)
    assert str(err.value) == f"{path}:13: more than 2 digits in one file"


def test_a_writer_number_too_large_for_an_array_is_one_line_from_the_benchmark(tmp_path, capsys):
    from digitpad.cli import main
    path = write(tmp_path, GOOD.replace(".COMMENT 7 3   12", ".COMMENT 7 " + "9" * 20 + " 12"))
    assert main(["bench", "pen", "--data", str(path), "--no-book"]) == 2
    assert capsys.readouterr().err == (f"digitpad bench: error: {path}:7: .COMMENT: 999999999999... is "
                                       "too large for a label, writer or sample number\n")


def test_a_file_of_gigabytes_is_refused_by_its_size_before_it_is_hashed_or_read(tmp_path, monkeypatch, capsys):
    from digitpad.cli import main
    from digitpad.data import pendigits
    huge = tmp_path / "pendigits-orig.tra"
    with open(huge, "wb") as f:
        f.truncate(5_000_000_000)  # sparse: takes no room on disk
    (tmp_path / "SHA256SUMS").write_text(f"{'0' * 64}  pendigits-orig.tra\n")
    monkeypatch.setattr(pendigits, "sha256_of", lambda path: pytest.fail("hashed"))
    said = f"{huge}: 5,000 MB, more than the 64 MB a pen-digits file may be"
    for look in (lambda: find_pendigits(tmp_path), lambda: verify_checksum(huge),
                 lambda: read_pendigits(huge)):
        with pytest.raises(PenDigitsError) as err:
            look()
        assert str(err.value) == said
    assert main(["bench", "pen", "--data", str(tmp_path), "--no-book"]) == 2
    assert capsys.readouterr().err == f"digitpad bench: error: {said}\n"


def test_checksum_against_the_list_beside_the_file(tmp_path):
    path = write(tmp_path, GOOD)
    assert verify_checksum(path) is False  # no list: nothing to check
    sums = tmp_path / "SHA256SUMS"
    sums.write_text(f"{'0' * 64}  other.tra\n")
    assert verify_checksum(path) is False  # the list does not name it
    sums.write_text(f"{'0' * 64}  other.tra\n{sha256_of(path)}  digits.tra\n")
    assert verify_checksum(path) is True
    path.write_text(GOOD.replace("180", "181"))
    with pytest.raises(PenDigitsError, match="does not match"):
        verify_checksum(path)


def test_find_takes_a_file_a_folder_or_the_environment(tmp_path, monkeypatch):
    path = write(tmp_path, GOOD, "pendigits-orig.tra")
    assert find_pendigits(path) == path
    assert find_pendigits(tmp_path) == path
    monkeypatch.setenv("DIGITPAD_PENDIGITS", str(tmp_path))
    assert find_pendigits() == path
    monkeypatch.delenv("DIGITPAD_PENDIGITS")
    with pytest.raises(PenDigitsError, match="--data FILE or set DIGITPAD_PENDIGITS"):
        find_pendigits()
    with pytest.raises(PenDigitsError, match="no such file"):
        find_pendigits(tmp_path / "elsewhere")


def test_the_real_file():
    path = pendigits_path()
    assert verify_checksum(path) is True
    digits = read_pendigits(path)
    assert len(digits) == 7494
    assert sorted({d.writer for d in digits}) == list(range(1, 31))
    counts = np.bincount([d.label for d in digits], minlength=10)
    assert counts.min() >= 700 and counts.sum() == 7494
    points = np.concatenate([d.points() for d in digits])
    assert points.min() >= 0 and points.max() <= 500  # tablet units
    first = digits[0]
    assert (first.label, first.writer, first.sample) == (8, 12, 224)
    np.testing.assert_array_equal(first.strokes[0][:2], [[267, 333], [267, 336]])


def test_a_digit_becomes_canvas_strokes_upright_and_the_networks_input(tmp_path):
    from digitpad.data.pendigits import as_canvas_strokes, network_inputs
    from digitpad.data.strokes import vector_input
    seven, four = read_pendigits(write(tmp_path, GOOD))
    (bar,) = as_canvas_strokes(seven)
    assert bar.points[0] == (0.2, -0.8) and bar.points[2] == (0.36, -0.2)  # y down, tablet box = 1
    assert not bar.erase
    (slanted,) = as_canvas_strokes(seven, shear=0.5)
    top, foot = slanted.points[0], slanted.points[2]
    assert top[0] > 0.2 and foot[0] < 0.36  # the top leans right, the foot left
    (wide,) = as_canvas_strokes(seven, aspect=1.5)
    assert wide.points[1][0] == pytest.approx(0.6 * 1.5)
    inputs = network_inputs([seven, four], shears=[0.0, 0.3], aspects=[1.0, 0.9])
    assert inputs.shape == (2, 784) and inputs.dtype == np.uint8
    np.testing.assert_array_equal(inputs[0], vector_input(as_canvas_strokes(seven)).reshape(-1))
    np.testing.assert_array_equal(inputs[1], vector_input(as_canvas_strokes(four, 0.3, 0.9)).reshape(-1))
