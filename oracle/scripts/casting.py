#!/usr/bin/env python3
"""Casting: astype between every pair of numeric dtypes (values inside the target's range, so
no C undefined behaviour), casting= rules and their errors, copy=, Python values out of range
at construction and assignment, strings <-> numbers. One line per case (see _show.py)."""

import numpy as np
from _show import NUMERIC, case, dname

KIND = {c: ("b" if c == "?" else c[0]) for c in NUMERIC}

SRC = {
    "b": [False, True],
    "i": [0, 1, -1, 100, -100, 127],
    "u": [0, 1, 100, 200, 255],
    "f": [0.0, -0.0, 0.5, 1.5, 2.5, -1.5, 99.9, -99.9, 127.0],
    "c": [0j, 1 + 2j, -1.5 - 0.5j, 100.25 + 0j],
}

for a in NUMERIC:
    for b in NUMERIC:
        vals = SRC[KIND[a]]
        if KIND[b] == "u" and KIND[a] in "ifc":
            # negative floats into unsigned types are C undefined behaviour: left out
            vals = [v for v in vals if complex(v).real >= 0]
        case(f"astype.{dname(a)}.{dname(b)}", lambda: np.array(vals, dtype=a).astype(b))

for kind in ["no", "equiv", "safe", "same_kind", "unsafe"]:
    for a, b in [("i8", "i8"), ("<i4", ">i4"), ("i4", "i8"), ("i8", "i4"), ("f8", "f4"),
                 ("f8", "i8"), ("c16", "f8"), ("u1", "i1"), ("?", "u1"), ("i2", "f2")]:
        case(f"astype.casting.{kind}.{a}.{b}", lambda: np.array([1, 2], dtype=a).astype(b, casting=kind))

def copy_false_same():
    x = np.arange(3)
    return x.astype(np.int64, copy=False) is x
case("astype.copy_false.same", copy_false_same)
def copy_false_other():
    x = np.arange(3)
    return x.astype(np.int32, copy=False) is x
case("astype.copy_false.other", copy_false_other)
case("astype.byteswapped", lambda: np.array([1, 256], dtype=">i2").astype("<i2"))
case("astype.order_F", lambda: np.arange(6).reshape(2, 3).astype(np.int8, order="F").strides)
case("astype.strided", lambda: np.arange(10, dtype=np.int16)[::-3].astype(np.float32))
case("astype.float_to_str", lambda: np.array([1.5, -0.0, 1e20]).astype("U"))
case("astype.int_to_bytes", lambda: np.array([1, -20, 300]).astype("S"))
case("astype.str_to_int", lambda: np.array(["12", "-7"]).astype(np.int16))
case("astype.str_to_float", lambda: np.array([b"1.5", b"inf"]).astype(np.float32))
case("astype.bad_str", lambda: np.array(["x1"]).astype(np.int64))
case("astype.complex_to_float", lambda: np.array([1 + 2j]).astype(np.float64))
case("astype.bool_from_float", lambda: np.array([0.0, -0.0, 0.1, np.nan]).astype(bool))
case("astype.bad_dtype", lambda: np.arange(3).astype("i3"))

# Python values out of the target's range
for dt in ["i1", "u1", "i2", "u4", "i8", "u8"]:
    for v in [-1, 255, 256, 2**31, 2**63, -2**63 - 1]:
        case(f"array.{dname(dt)}.py{v}", lambda: np.array([v], dtype=dt))
        def setitem(dt=dt, v=v):
            x = np.zeros(1, dtype=dt)
            x[0] = v
            return x
        case(f"setitem.{dname(dt)}.py{v}", setitem)
for dt in ["f2", "f4"]:
    for v in [1e5, 1e40, -1e400]:
        case(f"array.{dname(dt)}.py{v}", lambda: np.array([v], dtype=dt))
case("array.int8.float_values", lambda: np.array([1.9, -1.9], dtype=np.int8))
case("array.uint8.numpy_int", lambda: np.array([np.int64(-1)], dtype=np.uint8))
case("setitem.int.from_complex", lambda: np.zeros(2, dtype=np.int32).__setitem__(0, 1j))
case("setitem.int.from_nan", lambda: np.zeros(2, dtype=np.int32).__setitem__(0, float("nan")))
case("setitem.int.from_str", lambda: np.zeros(2, dtype=np.int32).__setitem__(0, "5"))
