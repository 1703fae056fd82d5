#!/usr/bin/env python3
"""Reductions: sum, prod, min, max, mean, any, all, argmin, argmax over dtypes, axes, keepdims,
dtype=, initial=, where=, strided and empty inputs, float32 summation order (differs between
NumPy 1.x and 2), and their errors. One line per case (see _show.py)."""

import numpy as np
from _show import case

REDUCTIONS = ["sum", "prod", "min", "max", "mean", "any", "all", "argmin", "argmax"]
DTYPES = ["bool", "int8", "uint8", "int16", "int32", "int64", "uint64", "float16", "float32",
          "float64", "complex64", "complex128"]


def data(dt):
    base = np.array([[3, -1, 0, 7], [2, 5, -4, 1], [9, 0, 6, -2]])
    if dt == "bool":
        return base > 0
    if dt.startswith("u"):
        return np.abs(base).astype(dt)
    if dt.startswith("complex"):
        return (base + 1j * base[::-1]).astype(dt)
    return base.astype(dt)


for name in REDUCTIONS:
    for dt in DTYPES:
        case(f"{name}.{dt}", lambda: getattr(data(dt), name)())
        case(f"{name}.{dt}.axis0", lambda: getattr(data(dt), name)(axis=0))
        case(f"{name}.{dt}.axis-1", lambda: getattr(data(dt), name)(axis=-1))
        case(f"{name}.{dt}.keepdims", lambda: getattr(data(dt), name)(axis=1, keepdims=True))
    case(f"{name}.int32.transposed", lambda: getattr(data("int32").T, name)(axis=0))
    case(f"{name}.int32.strided", lambda: getattr(data("int32")[::2, ::-3], name)(axis=1))
    case(f"{name}.int32.axis2_error", lambda: getattr(data("int32"), name)(axis=2))
    case(f"{name}.int32.axis_tuple", lambda: getattr(np, name)(data("int32"), axis=(0, 1)))
    case(f"{name}.empty", lambda: getattr(np, name)(np.zeros((0, 3))))
    case(f"{name}.empty.axis1", lambda: getattr(np, name)(np.zeros((0, 3)), axis=1))
    case(f"{name}.empty.axis0", lambda: getattr(np, name)(np.zeros((0, 3)), axis=0))
    case(f"{name}.nan", lambda: getattr(np, name)(np.array([1.0, np.nan, -np.inf, 2.0])))
    case(f"{name}.0d", lambda: getattr(np, name)(np.array(5, dtype=np.int8)))

# dtype=, initial=, where=, out=
def i8():
    return np.array([[100, 100, 100], [27, 1, 0]], dtype=np.int8)


x = i8()  # the one array the cases below share (read only)
case("sum.int8.dtype_default", lambda: x.sum(axis=1))
case("sum.int8.dtype_int8", lambda: x.sum(axis=1, dtype=np.int8))
case("sum.int8.dtype_float32", lambda: x.sum(dtype=np.float32))
case("prod.int8.dtype_int16", lambda: x.prod(axis=0, dtype=np.int16))
case("mean.int8.dtype_float32", lambda: x.mean(dtype=np.float32))
case("mean.float16", lambda: np.array([60000, 60000], dtype=np.float16).mean())
case("sum.initial", lambda: x.sum(initial=1000))
case("min.initial", lambda: x.min(axis=1, initial=50))
case("max.empty_initial", lambda: np.zeros(0, dtype=np.int8).max(initial=-3))
case("sum.where", lambda: x.sum(axis=1, where=np.array([True, False, True])))
case("min.where_initial", lambda: x.min(axis=0, where=np.array([[True], [False]]), initial=127))
case("min.where_no_initial", lambda: x.min(axis=0, where=np.array([[True], [False]])))
case("mean.where", lambda: x.mean(axis=1, where=np.array([True, False, True])))
case("any.where", lambda: np.array([0, 1, 0]).any(where=np.array([True, False, True])))
def sum_out():
    out = np.zeros(3, dtype=np.float32)
    r = np.sum(x, axis=0, out=out)
    return r is out, out
case("sum.out", sum_out)
def out_case(func, out, **kw):
    def run():
        r = getattr(np, func)(x, out=out, **kw)
        return r is out, out
    return run
case("sum.out.method", lambda: (lambda o: (x.sum(axis=1, out=o) is o, o))(np.zeros(2, np.int8)))
case("sum.out.0d", out_case("sum", np.zeros((), np.float32)))
case("sum.out.float_to_int", lambda: (lambda o: (np.sum(x / 3, axis=0, out=o) is o, o))(np.zeros(3, np.int64)))
case("prod.out.keepdims", out_case("prod", np.zeros((1, 3)), axis=0, keepdims=True))
case("min.out.initial", out_case("min", np.zeros(2, np.int16), axis=1, initial=50))
case("max.out.where", out_case("max", np.zeros(2), axis=1, where=np.array([True, False, True]), initial=-1))
case("mean.out.int", out_case("mean", np.zeros(3, np.int64), axis=0))
case("mean.out.f4", out_case("mean", np.zeros((), np.float32)))
case("any.out.float", out_case("any", np.full(3, 7.0), axis=0))
case("all.out.int", out_case("all", np.full(2, 7), axis=1))
case("argmax.out", out_case("argmax", np.zeros(2, np.int64), axis=1))
case("argmin.out.int32", out_case("argmin", np.zeros(3, np.int32), axis=0))
case("argmin.out.float_error", out_case("argmin", np.zeros(3), axis=0))
case("argmax.out.shape_error", out_case("argmax", np.zeros(2, np.int64), axis=0))
case("sum.out.shape_error", out_case("sum", np.zeros(2), axis=0))
case("sum.out.ndim_error", out_case("sum", np.zeros((1, 3)), axis=0))
case("sum.out.list_error", lambda: np.sum(x, axis=0, out=[0, 0, 0]))
def out_overlap():
    y = np.arange(6.0).reshape(2, 3)
    o = y[1]
    r = np.sum(y, axis=0, out=o)
    return r is o, y
case("sum.out.overlap", out_overlap)
def out_readonly():
    o = np.zeros(3)
    o.flags.writeable = False
    return np.sum(x, axis=0, out=o)
case("sum.out.readonly", out_readonly)
case("argmax.keepdims", lambda: np.argmax(x, axis=1, keepdims=True))
case("argmin.ties", lambda: np.argmin(np.array([3, 1, 1, 0, 0])))
case("argmax.nan", lambda: np.argmax(np.array([1.0, np.nan, 3.0, np.nan])))
case("max.complex", lambda: np.array([1 + 5j, 2 + 0j, 2 - 1j]).max())
case("min.signed_zero", lambda: np.array([0.0, -0.0]).min())
case("sum.bool_to_int", lambda: np.ones(300, dtype=bool).sum())
case("sum.uint8_no_wrap", lambda: np.full(300, 255, dtype=np.uint8).sum())
case("prod.int64_wrap", lambda: np.full(70, 2, dtype=np.int64).prod())

# float32 summation: pairwise blocks differ between NumPy versions for some sizes
def ramp(n):
    return (np.arange(n, dtype=np.float32) * np.float32(0.1)) % np.float32(7.3)


for n in [7, 8, 9, 128, 129, 1000, 4097, 100003]:
    case(f"sum.float32.n{n}", lambda: ramp(n).sum())
    case(f"sum.float32.n{n}.strided", lambda: ramp(n)[::3].sum())
    case(f"mean.float32.n{n}", lambda: ramp(n).mean())
    case(f"sum.float32.n{n}.axis0", lambda: ramp(n)[: n - n % 4].reshape(-1, 4).sum(axis=0))
case("sum.float16.n5000", lambda: (np.arange(5000, dtype=np.float16) % 7).sum())
case("sum.float64.alternating", lambda: np.array([1e16, 1.0, -1e16, 1.0] * 50).sum())

# Method vs function, and errors
case("np.sum.list", lambda: np.sum([1, 2, 3]))
case("np.amax", lambda: np.amax(x, axis=0))
case("sum.axis_float", lambda: x.sum(axis=1.0))
case("sum.axis_dup", lambda: np.sum(x, axis=(0, 0)))
case("argmax.axis_tuple", lambda: np.argmax(x, axis=(0, 1)))
case("sum.bad_dtype", lambda: x.sum(dtype="S3"))
