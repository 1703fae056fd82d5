"""Attributes, scalars, dtypes and module functions against NumPy 2."""

import pytest

import numrs
from conftest import needs_numpy, same

pytestmark = needs_numpy

CASES = {
    "scalar_int8": lambda np: np.int8(6),
    "scalar_float32": lambda np: np.float32(0.1),
    "scalar_bool": lambda np: np.bool_(True),
    "scalar_bytes": lambda np: np.array([b"ab"])[0],
    "scalar_complex": lambda np: np.complex64(1 + 2j),
    "scalar_arith": lambda np: np.int8(100) + np.int8(100),
    "scalar_weak": lambda np: np.float32(1.5) * 2,
    "reduction_scalar": lambda np: np.arange(5, dtype=np.int8).sum(),
    "reduction_axis": lambda np: np.arange(12).reshape(3, 4).max(axis=0, keepdims=True),
    "mean": lambda np: np.arange(12, dtype=np.float32).reshape(3, 4).mean(axis=1),
    "dtype_repr": lambda np: np.dtype(">i4"),
    "dtype_fields": lambda np: dict(np.dtype("i1,<f8").fields),
    "dtype_type": lambda np: np.dtype("S4").type.__name__,
    "result_type": lambda np: np.result_type(np.int8, np.uint8, 1.0),
    "promote_types": lambda np: np.promote_types("i1", "u8"),
    "can_cast": lambda np: (np.can_cast(np.int8, np.uint8), np.can_cast("f8", "f4", "same_kind")),
    "full": lambda np: np.full((2, 2), 7, dtype=np.uint8),
    "ones_F": lambda np: np.ones((2, 3), order="F"),
    "arange_float": lambda np: np.arange(0, 1, 0.25),
    "broadcast_arrays": lambda np: [(a.shape, a.strides, repr(a)) for a in np.broadcast_arrays(np.arange(3), np.arange(2)[:, None])],
    "sliding_window": lambda np: __import__(np.__name__ + ".lib.stride_tricks", fromlist=["x"]).sliding_window_view(np.arange(5), 3),
    "ufunc_out": lambda np: (lambda o: (np.add(np.arange(3), 1, out=o), o)[1])(np.zeros(3)),
    "ufunc_where": lambda np: np.multiply(np.arange(4), 2, out=np.full(4, -1), where=np.arange(4) % 2 == 0),
    "comparison": lambda np: np.arange(4) >= 2,
    "inplace": lambda np: (lambda x: (x.__imul__(3), x)[1])(np.arange(4, dtype=np.int16)),
    "iter": lambda np: list(np.arange(6).reshape(2, 3))[1],
    "tolist": lambda np: np.arange(6, dtype=np.float32).reshape(2, 3).tolist(),
    "record_item": lambda np: np.zeros(2, dtype="i1,f4")[1],
    "field_view": lambda np: np.zeros(3, dtype=[("a", "<i2"), ("b", "f8")])["b"],
    "set_record": lambda np: (lambda x: (x.__setitem__(0, (1, 2.5)), x)[1])(np.zeros(2, dtype="i1,f4")),
    "str_array": lambda np: np.array(["a", "bcd"]),
    "shares_memory": lambda np: (lambda x: (np.shares_memory(x[::2], x[1::2]), np.may_share_memory(x[::2], x[1::2])))(np.arange(6)),
    "flags_getitem": lambda np: np.arange(6).reshape(2, 3).T.flags["F_CONTIGUOUS"],
    "ascontiguous": lambda np: np.ascontiguousarray(np.arange(6).reshape(2, 3).T),
    "dtype_class": lambda np: (type(np.dtype("i4")).__name__, type(np.dtype("S3")).__name__),
    "mask_select": lambda np: np.arange(6).reshape(2, 3)[np.arange(6).reshape(2, 3) % 2 == 0],
    "real_view": lambda np: (lambda z: (z.real, z.imag, np.shares_memory(z, z.imag)))(
        np.array([1 + 2j, 3 - 4j], dtype=np.complex64)),
    "ufunc_repr": lambda np: (repr(np.add), np.add.nin, np.sqrt.__name__),
    "divmod": lambda np: divmod(np.arange(-3, 4), 2),
    "min_scalar_type": lambda np: [np.min_scalar_type(v) for v in (0, -129, 2 ** 40, 1.5)],
    "newbyteorder": lambda np: np.dtype("<i4").newbyteorder(">"),
    "record_scalar_field": lambda np: np.array([(1, 2.5)], dtype="i2,f8")[0]["f1"],
    "nested_record": lambda np: np.array([((1, 2), 3)], dtype=[("p", [("x", "<i2"), ("y", "<i2")]), ("c", "u1")]),
    "subarray_record": lambda np: np.array([(1, [1, 2, 3])], dtype=[("id", "u1"), ("v", "<i2", (3,))])["v"],
}


@pytest.mark.parametrize("name", sorted(CASES))
# Warnings are errors here, so a case that warns (scalar_arith's int8 overflow) compares the
# warning raised as the exception, category and message.
@pytest.mark.filterwarnings("error::RuntimeWarning")
def test_matches_numpy(name):
    same(CASES[name])


def test_install_as_numpy_in_subprocess():
    import subprocess
    import sys
    code = ("import numrs; numrs.install_as_numpy(version=1); import numpy as np; "
            "from numpy.lib.stride_tricks import as_strided; "
            "print(np is numrs, repr(np.int8(6)), repr(np.array([1, 2, 3, 4], dtype=np.int8) + 256), np.float)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True 6 array([257, 258, 259, 260], dtype=int16) <class 'float'>"
