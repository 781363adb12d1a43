"""Hostile and damaged files, built byte by byte: zip bombs, lying sizes, broken deflate streams."""

import io
import struct
import zipfile

import numpy as np
from numpy.lib import format as npy_format


def npy_claiming(shape, dtype, payload_bytes=1 << 20) -> bytes:
    """An .npy whose header declares ``shape`` but which holds only ``payload_bytes`` of zeros."""
    out = io.BytesIO()
    npy_format.write_array_header_1_0(out, {"descr": npy_format.dtype_to_descr(np.dtype(dtype)),
                                            "fortran_order": False, "shape": tuple(shape)})
    return out.getvalue() + bytes(payload_bytes)


def write_zip(path, members: dict, compressed=True) -> None:
    """A zip of ``name: bytes`` members (an .npz when every name ends in .npy)."""
    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def npy_bytes(array) -> bytes:
    out = io.BytesIO()
    np.save(out, array)
    return out.getvalue()


def claim_uncompressed_size(path, member: str, size: int) -> None:
    """Rewrite the uncompressed size ``member`` declares (local header and central directory)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, size)   # local file header
    central = data.rfind(b"PK\x01\x02" , 0, len(data))
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + name_len].decode() == member:
            struct.pack_into("<I", data, central + 24, size)
            break
        central = data.rfind(b"PK\x01\x02", 0, central)
    path.write_bytes(bytes(data))


def break_deflate_stream(path, member: str) -> None:
    """Make ``member``'s deflate stream start with a reserved block type: zlib.error on reading."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    data[start] = 0xFF  # BFINAL=1, BTYPE=11: "invalid block type"
    path.write_bytes(bytes(data))
