#!/usr/bin/env python3
"""Warnings: the RuntimeWarnings and ComplexWarnings NumPy raises from casts (astype, assignment,
construction with a dtype, out=), ufuncs and operators (also in-place) and reductions, as
`warnings.catch_warnings(record=True)` with the "always" filter sees them, in order; and the
"error" filter turning them into exceptions. One unit per case:

    name: <repr of the result>  <dtype>     or   name: <ExcType>: <message>
        <Category>: <message>               one line per warning, in the order raised
"""

import warnings

import numpy as np
from _show import dname, show


def esc(s):
    return str(s).replace("\\", "\\\\").replace("\n", "\\n")


def wcase(name, fn):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        try:
            head = show(fn())
        except Exception as e:  # noqa: BLE001 - the exception is the case's result
            head = f"{type(e).__name__}: {esc(e)}"
    lines = head.split("\n")
    print(f"{name}: " + "\n".join([lines[0]] + [l if l.startswith(" ") else "    " + l for l in lines[1:]]))
    for w in got:
        print(f"    {w.category.__name__}: {esc(w.message)}")


def ecase(name, fn):
    """fn under the "error" filter: the first warning is raised as an exception."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            head = show(fn())
        except Exception as e:  # noqa: BLE001
            head = f"{type(e).__name__}: {esc(e)}"
    print(f"{name}: {head}")


def _record(fn):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        fn()
    return got


nan, inf = float("nan"), float("inf")

# float -> int casts: NaN, inf, out of range
wcase("astype.f8.nan.i1", lambda: np.array([1.0, nan]).astype(np.int8))
wcase("astype.f8.inf.i4", lambda: np.array([inf, 2.0]).astype(np.int32))
wcase("astype.f8.neginf_nan.i8", lambda: np.array([-inf, nan, 3.0]).astype(np.int64))
wcase("astype.f8.big.i2", lambda: np.array([1e10]).astype(np.int16))
wcase("astype.f8.big.i4", lambda: np.array([3e9, -1.0]).astype(np.int32))
wcase("astype.f8.big.i8", lambda: np.array([1e19]).astype(np.int64))
wcase("astype.f4.nan.i2", lambda: np.array([nan], dtype=np.float32).astype(np.int16))
wcase("astype.f8.nan.bool", lambda: np.array([nan, 0.0]).astype(bool))
wcase("astype.f8.in_range.i1", lambda: np.array([1.5, -100.0]).astype(np.int8))
wcase("astype.f8.big.f4", lambda: np.array([1e300, 1.0]).astype(np.float32))
wcase("astype.f8.big.f2", lambda: np.array([1e6]).astype(np.float16))
wcase("astype.f8.nan.f4", lambda: np.array([nan, inf]).astype(np.float32))
wcase("astype.i8.wrap.i1", lambda: np.array([300, -200]).astype(np.int8))
wcase("astype.f8.nan.i1.strided", lambda: np.array([nan, 0.0, 1.0, nan])[::-2].astype(np.int8))
wcase("astype.f8.nan.i1.big", lambda: np.full(5000, nan).astype(np.int8).sum())

# complex -> real casts
wcase("astype.c16.f8", lambda: np.array([1 + 2j, 3.0]).astype(np.float64))
wcase("astype.c16.i4", lambda: np.array([1 + 2j]).astype(np.int32))
wcase("astype.c16.nan.i4", lambda: np.array([complex(nan, 1.0)]).astype(np.int32))
wcase("astype.c8.f4", lambda: np.array([1j], dtype=np.complex64).astype(np.float32))
wcase("astype.c16.real_only.f8", lambda: np.array([1 + 0j]).astype(np.float64))
wcase("astype.c16.c8", lambda: np.array([1e300 + 1j]).astype(np.complex64))
wcase("complexwarning.class", lambda: [repr(w.category) for w in _record(lambda: np.array([1j]).astype(float))])
wcase("complexwarning.np_attribute", lambda: hasattr(np, "ComplexWarning"))
wcase("complexwarning.is_runtimewarning", lambda: [
    (w.category.__name__, issubclass(w.category, RuntimeWarning))
    for w in _record(lambda: np.array([1j]).astype(float))])


# construction and assignment with a cast
wcase("array.from_f8_array.i4", lambda: np.array(np.array([nan, 1.0]), dtype=np.int32))
wcase("asarray.f8.u1", lambda: np.asarray(np.array([inf]), dtype=np.uint8))
wcase("array.c16_array.f8", lambda: np.array(np.array([2j]), dtype=np.float64))


def setitem_slice():
    x = np.zeros(3, dtype=np.int16)
    x[1:] = np.array([nan, 7.0])
    return x


wcase("setitem.slice.nan.i2", setitem_slice)


def setitem_complex():
    x = np.zeros(2)
    x[:] = np.array([1 + 1j, 2.0])
    return x


wcase("setitem.slice.c16.f8", setitem_complex)


def setitem_f4():
    x = np.zeros(2, dtype=np.float32)
    x[...] = np.array([1e300, 2.0])
    return x


wcase("setitem.ellipsis.big.f4", setitem_f4)

# assignment of one number: NumPy's setitem converts it through Python's int() for a signed
# integer array (errors, no cast warnings), through the cast from its own type otherwise
def setitem_one(dt, key, value):
    def f():
        x = np.zeros(2, dtype=dt)
        x[key] = value()
        return x
    return f


for dt in ["i1", "i4", "i8", "u1", "f2", "f4", "f8", "?"]:
    for vname, value in [("np_c16", lambda: np.complex128(1.5 + 1j)), ("np_c8", lambda: np.complex64(2 + 1j)),
                         ("np_c16_nan", lambda: np.complex128(complex(nan, 1))),
                         ("np_f8_nan", lambda: np.float64(nan)), ("np_f4_inf", lambda: np.float32(inf)),
                         ("np_f8_1e10", lambda: np.float64(1e10)), ("np_f8_1e300", lambda: np.float64(1e300)),
                         ("np_f4_3e9", lambda: np.float32(3e9)), ("np_f8_neg", lambda: np.float64(-2.7)),
                         ("np_f2_300", lambda: np.float16(300)), ("np_i8_2p40", lambda: np.int64(2**40)),
                         ("np_u8_2p63", lambda: np.uint64(2**63)), ("np_bool", lambda: np.bool_(True)),
                         ("py_1e10", lambda: 1e10), ("py_300_5", lambda: 300.5), ("py_nan", lambda: nan),
                         ("py_1e300", lambda: 1e300), ("py_neg", lambda: -1.5)]:
        wcase(f"setitem.{dname(dt)}.{vname}", setitem_one(dt, 0, value))
    wcase(f"setitem.{dname(dt)}.slice.np_c16", setitem_one(dt, slice(None), lambda: np.complex128(1 + 1j)))
    wcase(f"setitem.{dname(dt)}.slice.np_f8_nan", setitem_one(dt, slice(None), lambda: np.float64(nan)))

# ufuncs and operators
big = np.array([1e308, 1.0])
wcase("add.overflow", lambda: big + big)
wcase("np.add.overflow", lambda: np.add(big, big))
wcase("multiply.overflow", lambda: big * 10.0)
wcase("multiply.overflow.f4", lambda: np.array([3e38], dtype=np.float32) * np.float32(2))
wcase("subtract.overflow", lambda: np.subtract(-big, big))
wcase("power.overflow", lambda: np.array([10.0]) ** 400)
wcase("true_divide.by_zero", lambda: np.array([1.0, -2.0]) / 0.0)
wcase("true_divide.zero_by_zero", lambda: np.array([0.0]) / np.array([0.0]))
wcase("true_divide.mixed", lambda: np.array([1.0, 0.0, 1e308]) / np.array([0.0, 0.0, 1e-10]))
wcase("np.divide.by_zero", lambda: np.divide(np.array([3.0]), 0.0))
wcase("true_divide.int.by_zero", lambda: np.array([1, 0]) / 0)
wcase("true_divide.int.by_zero_array", lambda: np.array([1, 2]) / np.array([0, 1]))
wcase("floor_divide.float.by_zero", lambda: np.array([1.0, 0.0]) // 0.0)
wcase("floor_divide.int.by_zero", lambda: np.array([7, 8]) // np.array([0, 2]))
wcase("np.floor_divide.int.by_zero", lambda: np.floor_divide(np.array([7], dtype=np.int8), 0))
wcase("remainder.int.by_zero", lambda: np.array([7]) % 0)
wcase("remainder.float.by_zero", lambda: np.array([7.0]) % 0.0)
wcase("divmod.int.by_zero", lambda: divmod(np.array([7]), 0))
wcase("divmod.float.by_zero", lambda: divmod(np.array([1.0, 0.0, inf]), 0.0))
wcase("divmod.float.inf", lambda: divmod(np.array([inf, 1.0]), np.array([2.0, inf])))
wcase("rdivmod.int.by_zero", lambda: divmod(7, np.array([0, 2], dtype=np.int16)))
wcase("sqrt.negative", lambda: np.sqrt(np.array([4.0, -1.0])))
wcase("sqrt.negative.f4", lambda: np.sqrt(np.array([-1.0], dtype=np.float32)))
wcase("log.zero", lambda: np.log(np.array([0.0, 1.0])))
wcase("log.negative", lambda: np.log(np.array([-1.0])))
wcase("exp.overflow", lambda: np.exp(np.array([1000.0])))
wcase("ufunc.out_cast.i4", lambda: np.add(np.array([nan]), 1.0, out=np.zeros(1, dtype=np.int32),
                                          casting="unsafe"))
wcase("ufunc.dtype.f4", lambda: np.add(big, big, dtype=np.float32))
wcase("no_warning.add", lambda: np.array([1.0]) + np.array([2.0]))
wcase("no_warning.int_overflow_array", lambda: np.array([127], dtype=np.int8) + np.array([1], dtype=np.int8))
wcase("no_warning.nan_propagates", lambda: np.array([nan]) + 1.0)


def iadd():
    x = np.array([1e308, 1.0])
    x += x
    return x


def itruediv():
    x = np.array([1.0, 0.0])
    x /= 0.0
    return x


def ifloordiv():
    x = np.array([5, 6])
    x //= np.array([0, 4])
    return x


def imul_f4():
    x = np.array([3e38], dtype=np.float32)
    x *= 10
    return x


wcase("iadd.overflow", iadd)
wcase("itruediv.by_zero", itruediv)
wcase("ifloordiv.int.by_zero", ifloordiv)
wcase("imul.overflow.f4", imul_f4)

# NumPy scalars: scalar math names its warnings (2.x: "scalar multiply", 1.x: "double_scalars"),
# a 0-d array goes through the ufunc
wcase("scalar.f8.multiply.overflow", lambda: np.float64(1e308) * 10)
wcase("scalar.f8.divide.by_zero", lambda: np.float64(1.0) / 0)
wcase("scalar.f4.add.overflow", lambda: np.float32(3e38) + np.float32(3e38))
wcase("scalar.i8.floor_divide.by_zero", lambda: np.int64(1) // 0)
wcase("scalar.i1.add.overflow", lambda: np.int8(127) + np.int8(1))
wcase("scalar.0d.multiply.overflow", lambda: np.array(1e308) * 10)
wcase("scalar.f4.from_big_float", lambda: np.float32(1e300))
wcase("scalar.i1.from_nan_f8", lambda: np.int8(np.float64(nan)))

# construction from Python values
wcase("array.list.big.f4", lambda: np.array([1e300], dtype=np.float32))
wcase("array.list.nan.i4", lambda: np.array([nan], dtype=np.int32))
wcase("full.nan.i4", lambda: np.full(2, nan, dtype=np.int32))
wcase("full.np_f4_nan.i1", lambda: np.full(2, np.float32(nan), dtype=np.int8))
wcase("full.big.f4", lambda: np.full(2, 1e300, dtype=np.float32))
wcase("full.complex.i4", lambda: np.full(2, 1 + 1j, dtype=np.int32))
wcase("full.list_nan.i1", lambda: np.full((2, 2), [nan, 1.0], dtype=np.int8))
wcase("full.pyint_out_of_range.i1", lambda: np.full(2, 300, dtype=np.int8))
wcase("full.np_i8_wraps.i1", lambda: np.full(2, np.int64(300), dtype=np.int8))
wcase("full.float.i4", lambda: np.full(2, 2.5, dtype=np.int32))
wcase("full.str.i4", lambda: np.full(2, "7", dtype=np.int32))
wcase("full.bool.f4", lambda: np.full(2, True, dtype=np.float32))

# reductions
wcase("sum.overflow", lambda: np.array([1e308, 1e308]).sum())
wcase("sum.overflow.f4", lambda: np.full(10, 3e38, dtype=np.float32).sum())
wcase("sum.inf_minus_inf", lambda: np.array([inf, -inf]).sum())
wcase("np.sum.overflow", lambda: np.sum(np.array([1e308, 1e308])))
wcase("prod.overflow", lambda: np.array([1e200, 1e200]).prod())
wcase("sum.axis.overflow", lambda: np.array([[1e308, 1.0], [1e308, 2.0]]).sum(axis=0))
wcase("sum.dtype.f4", lambda: np.array([1e300, 1.0]).sum(dtype=np.float32))
wcase("mean.overflow", lambda: np.array([1e308, 1e308]).mean())
wcase("mean.empty", lambda: np.array([]).mean())
wcase("sum.int.no_warning", lambda: np.array([2**62, 2**62]).sum())
wcase("max.nan.no_warning", lambda: np.array([1.0, nan]).max())

# the "error" filter: the warning is the exception and no result is returned
ecase("error.astype.nan.i1", lambda: np.array([nan]).astype(np.int8))
ecase("error.astype.c16.f8", lambda: np.array([1j]).astype(np.float64))
ecase("error.add.overflow", lambda: big + big)
ecase("error.true_divide.by_zero", lambda: np.array([1.0]) / 0.0)
ecase("error.sum.overflow", lambda: np.array([1e308, 1e308]).sum())
ecase("error.no_warning", lambda: np.array([1.0, 2.0]).astype(np.int8))


def error_iadd():
    x = np.array([1e308, 1.0])
    try:
        x += x
    except RuntimeWarning as e:
        return f"RuntimeWarning: {e}; x after: {x!r}"
    return "no exception"


ecase("error.iadd.overflow.written", error_iadd)
