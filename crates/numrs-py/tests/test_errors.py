"""Bad input raises what NumPy raises (type and message); unsupported things raise
NotImplementedError naming them; nothing crashes."""

import pytest

import numrs
from conftest import needs_numpy, same


CASES = {
    "reshape_size": lambda np: np.arange(6).reshape(4, 2),
    "index_out_of_bounds": lambda np: np.arange(3)[5],
    "too_many_indices": lambda np: np.arange(3)[0, 0],
    "bad_dtype_string": lambda np: np.dtype("xyz"),
    "overflow_weak_int": lambda np: np.array([1], dtype=np.int8) + 300,
    "overflow_construction": lambda np: np.array([300], dtype=np.int8),
    "broadcast": lambda np: np.arange(3) + np.arange(4),
    "axis": lambda np: np.arange(3).sum(axis=2),
    "view_size": lambda np: np.arange(3, dtype=np.int8).view(np.int16),
    "readonly_write": lambda np: np.broadcast_to(np.arange(3), (2, 3)).__setitem__((0, 0), 1),
    "frombuffer_size": lambda np: np.frombuffer(b"abc", dtype=np.int16),
    "len_0d": lambda np: len(np.array(1.0).reshape(())),
    "slice_step_zero": lambda np: np.arange(3)[::0],
    "empty_truth": lambda np: bool(np.arange(3) > 1),
}


@needs_numpy
@pytest.mark.parametrize("name", sorted(CASES))
def test_error_matches_numpy(name):
    same(CASES[name])


def test_out_of_bounds_strides_are_errors_not_crashes():
    from numrs.lib.stride_tricks import as_strided
    x = numrs.arange(4, dtype=numrs.int8)
    with pytest.raises(ValueError):
        as_strided(x, shape=(4,), strides=(1000,))


def test_unsupported_is_not_implemented():
    x = numrs.arange(4)
    with pytest.raises(NotImplementedError, match="advanced indexing"):
        x[[0, 1]]
    with pytest.raises(NotImplementedError, match="object dtype"):
        numrs.array([1, "a", None])


@needs_numpy
def test_same_kind_inplace_is_ufunc_type_error():
    def f(np):
        x = np.arange(3)
        x += 1.5
    same(f)
    with pytest.raises(TypeError):
        f(numrs)
