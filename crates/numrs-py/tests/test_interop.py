"""Zero-copy interop with NumPy both ways: shared memory, owners kept alive, read-only kept."""

import gc

import pytest

import numrs
from conftest import needs_numpy, real_numpy as np

pytestmark = needs_numpy


def test_numpy_sees_numrs_memory():
    x = numrs.arange(6, dtype=numrs.int32).reshape(2, 3)
    a = np.asarray(x)
    assert a.dtype == np.int32 and a.shape == (2, 3)
    x[0, 0] = 42
    assert a[0, 0] == 42
    a[1, 2] = -7
    assert x[1, 2] == -7
    assert a.__array_interface__["data"][0] == x.__array_interface__["data"][0]


def test_numpy_sees_strided_numrs_views():
    x = numrs.arange(12, dtype=numrs.float64).reshape(3, 4)
    v = x[::2, ::-1].T
    a = np.asarray(v)
    assert a.strides == v.strides
    assert a.tolist() == v.tolist()


def test_numpy_respects_numrs_readonly():
    x = numrs.broadcast_to(numrs.arange(3), (2, 3))
    a = np.asarray(x)
    assert not a.flags.writeable
    with pytest.raises(ValueError):
        a[0, 0] = 1


@pytest.mark.parametrize("dt", ["?", "i1", "u2", "<i4", ">i4", "i8", "u8", "f2", "f4", "f8", "c8", "c16", "S3"])
def test_dtypes_round_trip(dt):
    x = numrs.zeros(4, dtype=dt)
    assert str(np.asarray(x).dtype) == str(x.dtype)
    y = numrs.asarray(np.zeros(4, dtype=dt))
    assert str(y.dtype) == str(np.dtype(dt))


def test_numrs_wraps_numpy_memory_without_copy():
    a = np.arange(10, dtype=np.int16)[::2]
    x = numrs.asarray(a)
    assert x.strides == a.strides and x.base is a
    assert x.__array_interface__["data"][0] == a.__array_interface__["data"][0]
    a[1] = 99
    assert x[1] == 99
    x[2] = -5
    assert a[2] == -5
    assert numrs.shares_memory(x, numrs.asarray(a))


def test_numrs_keeps_numpy_owner_alive():
    x = numrs.asarray(np.arange(1000, dtype=np.float64) * 2)
    gc.collect()
    assert float(x.sum()) == float(np.arange(1000).sum() * 2)


def test_numrs_respects_numpy_readonly():
    a = np.arange(4)
    a.flags.writeable = False
    x = numrs.asarray(a)
    assert not x.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        x[0] = 1


def test_frombuffer_bytes_is_readonly_and_shared():
    b = bytearray(b"\x01\x02\x03\x04")
    x = numrs.frombuffer(b, dtype=numrs.uint8)
    assert x.flags.writeable
    b[0] = 9
    assert x[0] == 9
    y = numrs.frombuffer(b"\x01\x02", dtype=numrs.uint8)
    assert not y.flags.writeable


def test_memoryview_follows_writeable():
    x = numrs.zeros(3, dtype=numrs.int8)
    assert not x.data.readonly
    x.flags.writeable = False
    assert x.data.readonly
    assert x.data.format == "b" and x.data.shape == (3,)
