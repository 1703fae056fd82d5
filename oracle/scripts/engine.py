#!/usr/bin/env python3
"""Issue 4's engine as Python code meets it (the audit's additions to casting.py, ufuncs.py,
promotion.py): in-place operators whose output overlaps an input (`x[1:] += x[:-1]`), the
notebook's `y[:] = y + 1.5` on other dtypes, astype's copy= and casting= with byte orders,
out=/where= with one dtype, and the seed notebook's promotion examples as values. One line per
case (see _show.py)."""

import numpy as np
from _show import case


def ramp(dt, n=6):
    return (np.arange(n) * 3 % 7 + 1).astype(dt)


# In-place operators over overlapping views: NumPy copies the input when memory overlaps
def shifted(op, dt, n=6, k=1):
    def run():
        x = ramp(dt, n)
        op(x, k)
        return x
    return run


def iadd_fwd(x, k):
    x[k:] += x[:-k]


def iadd_back(x, k):
    x[:-k] += x[k:]


def isub_fwd(x, k):
    x[k:] -= x[:-k]


def imul_fwd(x, k):
    x[k:] *= x[:-k]


def iadd_rev(x, k):
    x[::-1] += x


def iadd_step(x, k):
    x[k::2] += x[::2][: len(x[k::2])]


for dt in ["i8", "u1", "f8", "f4", "c16"]:
    case(f"overlap.iadd_fwd.{dt}", shifted(iadd_fwd, dt))
    case(f"overlap.iadd_back.{dt}", shifted(iadd_back, dt))
    case(f"overlap.iadd_rev.{dt}", shifted(iadd_rev, dt))
case("overlap.isub_fwd2.i4", shifted(isub_fwd, "i4", 9, 2))
case("overlap.imul_fwd.i2", shifted(imul_fwd, "i2"))
case("overlap.iadd_step.i8", shifted(iadd_step, "i8", 9))
case("overlap.iadd_fwd.long", shifted(iadd_fwd, "i8", 100))


def transpose_add():
    x = ramp("i8", 9).reshape(3, 3)
    x += x.T
    return x


case("overlap.iadd_transpose", transpose_add)


def rows_add():
    x = ramp("f8", 12).reshape(4, 3)
    x[1:] += x[:-1]
    return x


case("overlap.iadd_rows", rows_add)


def ufunc_out_overlap():
    x = ramp("i8", 8)
    np.multiply(x[:-2], x[2:], out=x[1:-1])
    return x


case("overlap.multiply_out", ufunc_out_overlap)


# Assignment casts unsafely (the notebook's y[:] = y + 1.5)
for dt, f in [("i1", 1.5), ("u1", -1.5), ("i4", 2.5), ("u8", 0.5), ("f2", 0.1), ("?", 0.5),
              ("c8", 1.5)]:
    def assign(dt=dt, f=f):
        y = ramp(dt, 4)
        y[:] = y + f
        return y
    case(f"assign.add_float.{dt}", assign)


def assign_strided():
    y = ramp("i2", 8)
    y[::2] = y[1::2] * 1.7
    return y


case("assign.strided", assign_strided)


# astype: copy= and casting= with byte orders
def same(x, y):
    return y is x


case("astype.copy_false.equiv_order", lambda: same(ramp("<i8"), ramp("<i8").astype("=i8", copy=False)))
case("astype.copy_false.swapped", lambda: ramp("<i4").astype(">i4", copy=False))
case("astype.copy_false.fortran", lambda: (lambda x: same(x, x.astype(x.dtype, copy=False)))(ramp("f8", 6).reshape(2, 3).T))
case("astype.copy_false.strided", lambda: (lambda x: same(x, x.astype(x.dtype, copy=False)))(ramp("f8", 6)[::2]))
case("astype.copy_true.same", lambda: (lambda x: same(x, x.astype(x.dtype)))(ramp("f8")))
for rule in ["no", "equiv", "safe", "same_kind", "unsafe"]:
    for a, b in [(">i4", "<i4"), (">f8", "<f4"), (">f8", ">i2"), ("<c8", ">c16"), (">u2", "<i2")]:
        case(f"astype.casting.{rule}.{a}.{b}", lambda: ramp(a, 3).astype(b, casting=rule))

# out= and where= with one dtype (the values masked off keep out's contents)
def where_out(dt, mask, other):
    def run():
        out = np.full(4, 7, dtype=dt)
        np.add(ramp(dt, 4), other, out=out, where=np.array(mask))
        return out
    return run


case("where.out.i8", where_out("i8", [True, False, True, False], 10))
case("where.out.f4", where_out("f4", [False, True, True, True], np.float32(0.5)))
case("where.out.broadcast", lambda: np.add(np.ones((2, 3)), 1, out=np.zeros((2, 3)), where=np.array([True, False, True])))

# The seed notebook's promotion examples as values (NumPy 1.x: value-based, 2: NEP 50)
x8 = np.array([1, 2, 3, 4], dtype=np.int8)
case("notebook.int8_plus_256", lambda: x8 + 256)
case("notebook.int8_plus_256.0", lambda: x8 + 256.0)
case("notebook.int8_plus_int32_256", lambda: x8 + np.int32(256))
case("notebook.int8_plus_0d_256", lambda: x8 + np.array(256))
case("notebook.uint8_minus_1", lambda: np.array([1, 2], dtype=np.uint8) + (-1))
case("notebook.int8_scalar_plus_1", lambda: np.int8(1) + 1)
case("notebook.float32_plus_py_float", lambda: np.array([1.5], dtype=np.float32) + 1e-8)
case("notebook.float32_plus_float64_scalar", lambda: np.array([1.5], dtype=np.float32) + np.float64(1e-8))
case("notebook.int8_iadd_256", lambda: (lambda y: (y.__iadd__(256), y)[1])(x8.copy()))
