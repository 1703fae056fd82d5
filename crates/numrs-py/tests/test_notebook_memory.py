"""The seed notebook's memory-model cells (In [3] .. In [80]), numrs against NumPy 2."""

import pytest

from conftest import needs_numpy, same

pytestmark = needs_numpy


def strided(np, x, **kw):
    mod = __import__(np.__name__ + ".lib.stride_tricks", fromlist=["as_strided"])
    return mod.as_strided(x, **kw)


CELLS = {
    "3_data_bytes": lambda np: bytes(np.array([1, 2, 3], dtype=np.int32).data),
    "6_interface": lambda np: {k: v for k, v in np.array([1, 2, 3], dtype=np.int32).__array_interface__.items() if k != "data"},
    "7_view_sees_write": lambda np: (lambda x: (x[:-1], x.__setitem__(0, 9))[0])(np.array([1, 2, 3, 4])),
    "8_frombuffer": lambda np: np.frombuffer(np.array([1, 2, 3, 4]), dtype=np.int8),
    "11_dtype_int": lambda np: (np.dtype(int).type.__name__, np.dtype(int).itemsize, np.dtype(int).byteorder),
    "14_wav_dtype": lambda np: np.dtype([("chunk_id", (bytes, 4)), ("chunk_size", "<u4"), ("format", "S4"),
                                         ("sample_rate", "<u4"), ("data_id", ("S1", (2, 2))), ("data_size", "u4")]),
    "20_astype": lambda np: np.array([1, 2, 3, 4], dtype=float).astype(np.int8),
    "21_plus_1": lambda np: np.array([1, 2, 3, 4], dtype=np.int8) + 1,
    "22_plus_256": lambda np: np.array([1, 2, 3, 4], dtype=np.int8) + 256,
    "23_plus_256f": lambda np: np.array([1, 2, 3, 4], dtype=np.int8) + 256.0,
    "24_plus_int32": lambda np: np.array([1, 2, 3, 4], dtype=np.int8) + np.array([256], dtype=np.int32),
    "28_set_dtype": lambda np: (lambda x: (setattr(x, "dtype", "<i2"), x)[1])(np.array([1, 2, 3, 4], dtype=np.uint8)),
    "29_view_i4": lambda np: np.array([1, 2, 3, 4], dtype=np.uint8).view("<i4"),
    "33_record_view": lambda np: np.zeros((10, 10, 4), dtype=np.int8).view(
        [("r", "i1"), ("g", "i1"), ("b", "i1"), ("a", "i1")])[:, :, 0],
    "34_transpose_copy": lambda np: np.array([[1, 3], [2, 4]], dtype=np.uint8).transpose().copy(),
    "36_view_int16": lambda np: np.array([[1, 3], [2, 4]], dtype=np.uint8).transpose().copy().view(np.int16),
    "37_view_error": lambda np: np.array([[1, 3], [2, 4]], dtype=np.uint8).transpose().view(np.int16),
    "41_flat": lambda np: np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=np.int8).flat[5],
    "42_item": lambda np: np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=np.int8)[1, 2],
    "46_order_F": lambda np: np.array(np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int16), order="F"),
    "53_reverse": lambda np: np.array([1, 2, 3, 4, 5, 6], dtype=np.int32)[::-1],
    "57_steps": lambda np: np.zeros((10, 10, 10))[::2, ::3, ::4],
    "59_T": lambda np: np.zeros((10, 10, 10)).T,
    "63_reshape_copy": lambda np: np.arange(6, dtype=np.int8).reshape(3, 2).T.reshape(3 * 2),
    "65_as_strided": lambda np: strided(np, np.array([1, 2, 3, 4], dtype=np.int16), strides=(4,), shape=(2,)),
    "68_zero_stride": lambda np: strided(np, np.array([1, 2, 3, 4], dtype=np.int8), strides=(0, 1), shape=(3, 4)),
    "72_broadcast_mul": lambda np: strided(np, np.array([1, 2, 3, 4], dtype=np.int16), strides=(0, 2), shape=(3, 4))
    * strided(np, np.array([5, 6, 7], dtype=np.int16), strides=(2, 0), shape=(3, 4)),
    "73_newaxis": lambda np: np.array([1, 2, 3, 4], dtype=np.int16)[np.newaxis, :] * np.array([5, 6, 7], dtype=np.int16)[:, np.newaxis],
    "76_diag_strided": lambda np: strided(np, np.arange(1, 10, dtype=np.int32).reshape(3, 3), shape=(3,), strides=(16,)),
    "79_diag": lambda np: np.diag(np.arange(1, 10, dtype=np.int32).reshape(3, 3), k=1),
    "83_sum_strided": lambda np: strided(np, np.arange(625).reshape(5, 5, 5, 5), shape=(5, 5),
                                         strides=((125 + 5) * 8, (25 + 1) * 8)).sum(),
}


@pytest.mark.parametrize("name", sorted(CELLS))
def test_cell(name):
    same(CELLS[name])


def test_base_identity():
    import numrs as np
    x = np.array([1, 2, 3, 4])
    assert np.frombuffer(x, dtype=np.int8).base is x
    y = x.view("<i4")
    assert y.base is x
    assert y[1:].base is x
    z = strided(np, x, shape=(2, 4), strides=(0, 8))
    assert z.base.base is x
    b = b"abcd"
    assert np.frombuffer(b, dtype=np.int8).base is b
    assert np.diag(np.zeros((3, 3)), k=1).flags.owndata is False
