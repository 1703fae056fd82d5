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
from _show import dname, esc, show, wcase


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

# NumPy scalar math (both operands NumPy scalars or Python numbers): each type's arithmetic
# operators, overflow / divide by zero / invalid; which pairs use scalar math and which the
# ufunc decides the wording ("scalar add" / "byte_scalars" against "add")
import operator  # noqa: E402

SC_INT = ["i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8"]
SC_INEXACT = ["f2", "f4", "f8", "c8", "c16"]
SC_OPS = [("add", operator.add), ("subtract", operator.sub), ("multiply", operator.mul),
          ("true_divide", operator.truediv), ("floor_divide", operator.floordiv),
          ("remainder", operator.mod), ("divmod", divmod), ("power", operator.pow)]
SC_BIG = {"f2": 6e4, "f4": 3e38, "f8": 1e308, "c8": 3e38, "c16": 1e308}


SC_BITS = {"i1": 8, "i2": 16, "i4": 32, "i8": 64, "u1": 8, "u2": 16, "u4": 32, "u8": 64}


def int_bounds(t):
    n = SC_BITS[t]
    return (-(2 ** (n - 1)), 2 ** (n - 1) - 1) if t[0] == "i" else (0, 2 ** n - 1)


def sc(code, v):
    return lambda: np.dtype(code).type(v)


def scalar_op(f, a, b):
    return lambda: f(a(), b())


for t in SC_INT:
    tmin, tmax = int_bounds(t)
    hi, lo = sc(t, tmax), sc(t, tmin)
    one, zero, two = sc(t, 1), sc(t, 0), sc(t, 2)
    for oname, f in SC_OPS:
        wcase(f"smath.{dname(t)}.{oname}.one_zero", scalar_op(f, one, zero))
        wcase(f"smath.{dname(t)}.{oname}.zero_zero", scalar_op(f, zero, zero))
        wcase(f"smath.{dname(t)}.{oname}.max_two", scalar_op(f, hi, two))
        wcase(f"smath.{dname(t)}.{oname}.min_one", scalar_op(f, lo, one))
        if tmin < 0:
            wcase(f"smath.{dname(t)}.{oname}.min_neg1", scalar_op(f, lo, sc(t, -1)))
    for uname, f in [("negative", operator.neg), ("positive", operator.pos),
                     ("absolute", abs), ("invert", operator.invert)]:
        for vname, v in [("min", lo), ("max", hi), ("one", one)]:
            wcase(f"smath.{dname(t)}.{uname}.{vname}", (lambda f, v: lambda: f(v()))(f, v))
    wcase(f"smath.{dname(t)}.lshift.big", scalar_op(operator.lshift, one, sc(t, 70)))
    wcase(f"smath.{dname(t)}.and", scalar_op(operator.and_, hi, one))

for t in SC_INEXACT:
    big, one, zero = sc(t, SC_BIG[t]), sc(t, 1), sc(t, 0)
    pinf, ten, neg = sc(t, inf), sc(t, 10), sc(t, -8)
    for oname, f in SC_OPS:
        wcase(f"smath.{dname(t)}.{oname}.big_ten", scalar_op(f, big, ten))
        wcase(f"smath.{dname(t)}.{oname}.one_zero", scalar_op(f, one, zero))
        wcase(f"smath.{dname(t)}.{oname}.zero_zero", scalar_op(f, zero, zero))
        wcase(f"smath.{dname(t)}.{oname}.inf_inf", scalar_op(f, pinf, pinf))
        wcase(f"smath.{dname(t)}.{oname}.inf_one", scalar_op(f, pinf, one))
    wcase(f"smath.{dname(t)}.power.neg_half", scalar_op(operator.pow, neg, sc(t, 0.5)))
    wcase(f"smath.{dname(t)}.power.ten_400", scalar_op(operator.pow, ten, sc(t, 400)))
    for uname, f in [("negative", operator.neg), ("positive", operator.pos), ("absolute", abs)]:
        wcase(f"smath.{dname(t)}.{uname}.big", (lambda f, v: lambda: f(v()))(f, big))
        wcase(f"smath.{dname(t)}.{uname}.inf", (lambda f, v: lambda: f(v()))(f, pinf))
    wcase(f"smath.{dname(t)}.absolute.big_both", lambda t=t: abs(np.dtype(t).type(complex(SC_BIG[t], SC_BIG[t]))
                                                                if t[0] == "c" else np.dtype(t).type(-SC_BIG[t])))

# two NumPy scalars of different types: the wider type's scalar math when one casts safely to
# the other, the ufunc when they promote to a third type
SC_MIXED = [("i1", "i2"), ("i2", "i1"), ("i1", "u1"), ("u1", "i1"), ("i8", "u8"), ("u4", "i4"),
            ("i1", "f2"), ("f2", "i1"), ("i2", "f2"), ("u1", "f2"), ("i4", "f4"), ("i2", "f4"),
            ("f4", "i2"), ("i4", "f8"), ("i8", "f8"), ("f8", "i8"), ("f4", "f8"), ("f8", "f4"),
            ("f2", "f4"), ("f4", "c8"), ("c8", "f4"), ("f8", "c8"), ("c8", "f8"), ("f8", "c16"),
            ("i8", "c16"), ("?", "i1"), ("i1", "?"), ("?", "f8"), ("f8", "?"), ("?", "?")]


def sc_big(t):
    return int_bounds(t)[1] if t[0] in "iu" else True if t == "?" else SC_BIG[t]


for a, b in SC_MIXED:
    for oname, f in [("add", operator.add), ("multiply", operator.mul),
                     ("true_divide", operator.truediv), ("floor_divide", operator.floordiv)]:
        wcase(f"smath.mixed.{dname(a)}.{dname(b)}.{oname}.big",
              scalar_op(f, sc(a, sc_big(a)), sc(b, sc_big(b))))
    wcase(f"smath.mixed.{dname(a)}.{dname(b)}.true_divide.zero", scalar_op(operator.truediv, sc(a, 1), sc(b, 0)))
    wcase(f"smath.mixed.{dname(a)}.{dname(b)}.subtract.zero_one",
          scalar_op(lambda x, y: x - y if "?" not in (a, b) else x ^ y, sc(a, 0), sc(b, 1)))

# a NumPy scalar with a Python number, on either side (NumPy 2: weak; 1.x: int64, float64,
# complex128, bool)
SC_PY = [("int1", 1), ("int300", 300), ("int_neg1", -1), ("int_2p63", 2**63), ("float10", 10.0), ("float1e10", 1e10), ("float1e300", 1e300), ("complex10", 10j),
         ("true", True), ("zero", 0), ("float_zero", 0.0)]
for t in ["?"] + SC_INT + SC_INEXACT:
    for pname, p in SC_PY:
        if t == "f8" and isinstance(p, complex):
            continue  # np.float64 is a Python float: Python's complex handles `10j + x` itself
        x = sc(t, sc_big(t))
        wcase(f"smath.py.{dname(t)}.add.{pname}", lambda x=x, p=p: x() + p)
        wcase(f"smath.py.{dname(t)}.radd.{pname}", lambda x=x, p=p: p + x())
        wcase(f"smath.py.{dname(t)}.multiply.{pname}", lambda x=x, p=p: x() * p)
        wcase(f"smath.py.{dname(t)}.true_divide.{pname}", lambda t=t, p=p: np.dtype(t).type(1) / p)
        wcase(f"smath.py.{dname(t)}.rtrue_divide.{pname}", lambda t=t, p=p: p / np.dtype(t).type(0))
        wcase(f"smath.py.{dname(t)}.floor_divide.{pname}", lambda t=t, p=p: np.dtype(t).type(1) // p)
        wcase(f"smath.py.{dname(t)}.rdivmod.{pname}", lambda t=t, p=p: divmod(p, np.dtype(t).type(0)))


def sc_inplace(t, v, f, p):
    def g():
        x = np.dtype(t).type(v)
        x = f(x, p)
        return x
    return g


wcase("smath.inplace.i1.iadd", sc_inplace("i1", 127, operator.iadd, np.int8(1)))
wcase("smath.inplace.i1.iadd.py", sc_inplace("i1", 127, operator.iadd, 1))
wcase("smath.inplace.f8.imul.py", sc_inplace("f8", 1e308, operator.imul, 10))
wcase("smath.inplace.f4.itruediv", sc_inplace("f4", 1, operator.itruediv, np.float32(0)))
wcase("smath.0d_and_scalar.multiply", lambda: np.array(np.float64(1e308)) * np.float64(10))
wcase("smath.scalar_and_0d.multiply", lambda: np.float64(1e308) * np.array(np.float64(10)))
wcase("smath.compare.nan", lambda: np.float64(nan) < np.float64(1))
ecase("error.smath.i1.add", lambda: np.int8(127) + np.int8(1))
ecase("error.smath.f8.divide", lambda: np.float64(1) / np.float64(0))
ecase("error.smath.f8.divmod", lambda: divmod(np.float64(1), np.float64(0)))

# NumPy scalar constructors: a value of another type goes through a cast
for t in ["i1", "i4", "i8", "u1", "u8", "f2", "f4", "f8", "c8"]:
    for vname, v in [("py_1e300", lambda: 1e300), ("py_nan", lambda: nan), ("py_inf", lambda: inf),
                     ("py_1e10", lambda: 1e10), ("py_neg", lambda: -2.5), ("py_complex", lambda: 1 + 2j),
                     ("np_f8_1e300", lambda: np.float64(1e300)), ("np_f8_nan", lambda: np.float64(nan)),
                     ("np_f4_inf", lambda: np.float32(inf)), ("np_f8_1e10", lambda: np.float64(1e10)),
                     ("np_c16_nan", lambda: np.complex128(complex(nan, 1))),
                     ("np_c16_big", lambda: np.complex128(1e300 + 1j)), ("np_i8_300", lambda: np.int64(300)),
                     ("np_u8_big", lambda: np.uint64(2**64 - 1)), ("np_f2_inf", lambda: np.float16(inf))]:
        wcase(f"scalar.new.{dname(t)}.{vname}", (lambda t, v: lambda: np.dtype(t).type(v()))(t, v))

# np.array of a list with a dtype: each value cast to the dtype
for t in ["i1", "i4", "u1", "f2", "f4"]:
    for vname, v in [("py_1e300", 1e300), ("py_nan", nan), ("py_1e10", 1e10),
                     ("np_f8_1e300", np.float64(1e300)), ("np_f8_nan", np.float64(nan)),
                     ("np_f4_inf", np.float32(inf)), ("np_c16", np.complex128(1 + 1j)),
                     ("np_i8_300", np.int64(300)), ("two_big", None)]:
        vals = [1e300, 1e300, 1.0] if v is None else [v, 1]
        wcase(f"array.list.{dname(t)}.{vname}", (lambda t, vals: lambda: np.array(vals, dtype=t))(t, vals))

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
for t in ["?", "i4", "f2", "f4", "f8", "c8", "c16"]:
    wcase(f"mean.empty.{dname(t)}", (lambda t: lambda: np.array([], dtype=t).mean())(t))
wcase("mean.empty.axis0", lambda: np.zeros((0, 3)).mean(axis=0))
wcase("mean.empty.axis1", lambda: np.zeros((0, 3)).mean(axis=1))
wcase("mean.empty.axis1_of_3x0", lambda: np.zeros((3, 0)).mean(axis=1))
wcase("mean.empty.axis0_of_3x0", lambda: np.zeros((3, 0)).mean(axis=0))
wcase("mean.empty.axis0_of_0x0", lambda: np.zeros((0, 0)).mean(axis=0))
wcase("mean.empty.axis_none_2d", lambda: np.zeros((0, 3), dtype=np.float32).mean())
wcase("mean.empty.axis1.f4", lambda: np.zeros((3, 0), dtype=np.float32).mean(axis=1))
wcase("mean.empty.axis1.c16", lambda: np.zeros((2, 0), dtype=np.complex128).mean(axis=1))
wcase("mean.empty.axis1.keepdims", lambda: np.zeros((2, 0)).mean(axis=1, keepdims=True))
wcase("mean.empty.tuple_axis", lambda: np.zeros((2, 0, 3)).mean(axis=(0, 1)))
wcase("mean.empty.np_mean", lambda: np.mean(np.zeros(0, dtype=np.int8)))
wcase("mean.where.all_false", lambda: np.array([1.0, 2.0]).mean(where=np.array([False, False])))
wcase("mean.where.one_row_empty", lambda: np.array([[1.0, 2.0], [3.0, 4.0]]).mean(
    axis=1, where=np.array([[True, False], [False, False]])))
wcase("mean.inf_complex", lambda: np.array([complex(inf, inf)]).mean())
wcase("mean.nonempty.no_warning", lambda: np.array([1.0, 2.0]).mean())
ecase("error.mean.empty", lambda: np.array([]).mean())
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
