"""Shared helpers: run the same code with numrs and with real NumPy (the oracle) and compare
what a user sees. Tests that need NumPy are skipped where it is not installed."""

import pytest

import numrs

try:
    import numpy as real_numpy
except ImportError:  # pragma: no cover - the test venv normally has numpy==2.4.6
    real_numpy = None

needs_numpy = pytest.mark.skipif(real_numpy is None, reason="NumPy (the oracle) is not installed")


def describe(v):
    """What a user sees of a value: type name, repr, and for arrays the memory model."""
    if isinstance(v, BaseException):
        return ("raises", type(v).__name__, str(v))
    dtypes = (numrs.dtype,) + ((real_numpy.dtype,) if real_numpy is not None else ())
    # NumPy 2's dtype instances are of classes like Int32DType; numrs has one dtype class.
    out = ["dtype" if isinstance(v, dtypes) else type(v).__name__, repr(v), str(v)]
    arrays = (numrs.ndarray,) + ((real_numpy.ndarray,) if real_numpy is not None else ())
    if isinstance(v, arrays):
        out += [v.shape, v.strides, str(v.dtype), repr(v.flags), v.tobytes("A"),
                v.__array_interface__["typestr"], v.__array_interface__["strides"]]
    return tuple(out)


def run(fn, np):
    try:
        return describe(fn(np))
    except Exception as e:  # noqa: BLE001 - the exception is the value compared
        return describe(e)


def same(fn):
    """Asserts that fn(numrs) and fn(numpy) look the same."""
    assert run(fn, numrs) == run(fn, real_numpy)
