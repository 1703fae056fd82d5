"""numrs's warnings reach Python's warnings machinery as NumPy's do: `pytest.warns`,
`catch_warnings(record=True)` and the "error" filter see the same category and message, and
the "error" filter stops the result from being returned. Each test runs with numrs and with
real NumPy (the oracle) in the same process."""

import warnings

import pytest

import numrs
from conftest import describe, real_numpy

LIBS = [pytest.param(numrs, id="numrs"),
        pytest.param(real_numpy, id="numpy",
                     marks=pytest.mark.skipif(real_numpy is None, reason="NumPy is not installed"))]


def complex_warning(np):
    return np.exceptions.ComplexWarning


@pytest.mark.parametrize("np", LIBS)
def test_invalid_cast_warns(np):
    with pytest.warns(RuntimeWarning, match="^invalid value encountered in cast$"):
        r = np.array([1.0, np.nan]).astype(np.int8)
    assert r.tolist() == [1, 0]


@pytest.mark.parametrize("np", LIBS)
def test_ufunc_operator_and_reduction_warn(np):
    big = np.array([1e308, 1.0])
    with pytest.warns(RuntimeWarning, match="^overflow encountered in add$"):
        big + big
    with pytest.warns(RuntimeWarning, match="^divide by zero encountered in divide$"):
        np.array([1.0]) / 0.0
    with pytest.warns(RuntimeWarning, match="^divide by zero encountered in floor_divide$"):
        np.array([7]) // 0
    with pytest.warns(RuntimeWarning, match="^invalid value encountered in sqrt$"):
        np.sqrt(np.array([-1.0]))
    with pytest.warns(RuntimeWarning, match="^overflow encountered in reduce$"):
        np.array([1e308, 1e308]).sum()
    x = big.copy()
    with pytest.warns(RuntimeWarning, match="^overflow encountered in multiply$"):
        x *= 10.0
    assert x.tolist() == [float("inf"), 10.0]


@pytest.mark.parametrize("np", LIBS)
def test_complex_warning(np):
    cls = complex_warning(np)
    assert issubclass(cls, RuntimeWarning)
    assert (cls.__module__, cls.__name__) == ("numpy.exceptions", "ComplexWarning")
    with pytest.warns(cls, match="^Casting complex values to real discards the imaginary part$"):
        r = np.array([1 + 2j]).astype(np.float64)
    assert r.tolist() == [1.0]


@pytest.mark.parametrize("np", LIBS)
def test_error_filter_raises_instead_of_returning(np):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(RuntimeWarning, match="^invalid value encountered in cast$"):
            np.array([np.nan]).astype(np.int32)
        with pytest.raises(complex_warning(np)):
            np.array([1j]).astype(np.float64)
        # nothing to warn about: the result comes back
        assert np.array([1.5]).astype(np.int32).tolist() == [1]


@pytest.mark.skipif(real_numpy is None, reason="NumPy is not installed")
def test_recorded_warnings_match_numpy():
    def setitem(np, x, value):
        x[0] = value
        return x

    cases = [
        lambda np: np.array([np.inf, np.nan, 1e300]).astype(np.float32),
        lambda np: np.array([1.0, 0.0, 1e308]) / np.array([0.0, 0.0, 1e-10]),
        lambda np: divmod(np.array([7, 1]), np.array([0, 1])),
        lambda np: np.array([complex(np.nan, 1)]).astype(np.int32),
        lambda np: np.add(np.array([np.nan]), 1.0, out=np.zeros(1, dtype=np.int32), casting="unsafe"),
        lambda np: np.full(2, np.nan, dtype=np.int16),
        lambda np: setitem(np, np.zeros(2, dtype=np.uint8), np.float64(np.nan)),
        lambda np: setitem(np, np.zeros(2, dtype=np.float32), np.complex128(1 + 1j)),
        lambda np: setitem(np, np.zeros(2, dtype=np.int32), np.complex128(2 + 1j)),
    ]

    def record(fn, np):
        with warnings.catch_warnings(record=True) as got:
            warnings.simplefilter("always")
            v = fn(np)
        return (describe(v) if not isinstance(v, tuple) else tuple(map(describe, v)),
                [(w.category.__name__, str(w.message)) for w in got])

    for fn in cases:
        assert record(fn, numrs) == record(fn, real_numpy)


def test_warning_points_at_the_caller():
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        numrs.array([np_nan()]).astype(numrs.int8)
    assert [w.filename for w in got] == [__file__]


def np_nan():
    return float("nan")


def test_no_numpy2_top_level_complex_warning():
    # NumPy 2 moved it to numpy.exceptions (NumPy 1.x's numpy.ComplexWarning is gone)
    assert not hasattr(numrs, "ComplexWarning")
    if real_numpy is not None:
        assert not hasattr(real_numpy, "ComplexWarning")
