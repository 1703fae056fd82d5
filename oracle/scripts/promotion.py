#!/usr/bin/env python3
"""Type promotion: result_type tables, operators with Python and NumPy scalars (value-based in
NumPy 1.x, weak in NumPy 2), can_cast tables, min_scalar_type. One line per case (see _show.py)."""

import numpy as np
from _show import NUMERIC, case, dname

# result_type of every pair of numeric dtypes
for a in NUMERIC:
    for b in NUMERIC:
        case(f"result_type.{dname(a)}.{dname(b)}", lambda: np.result_type(np.dtype(a), np.dtype(b)))

# array OP Python scalar: NumPy 1.x looks at the value, NumPy 2 treats the scalar as weak
PY_SCALARS = [("1", 1), ("neg1", -1), ("300", 300), ("70000", 70000), ("2p40", 2**40),
              ("1.0", 1.0), ("1e40", 1e40), ("1j", 1j), ("True", True)]
for a in NUMERIC:
    for sname, s in PY_SCALARS:
        case(f"add.{dname(a)}.py{sname}", lambda: np.array([1, 2], dtype=a) + s)
        case(f"result_type.{dname(a)}.py{sname}", lambda: np.result_type(np.dtype(a), s))

# array OP NumPy scalar and OP 0-d array (value-based in 1.x too)
NP_SCALARS = [("int8_1", lambda: np.int8(1)), ("int64_1", lambda: np.int64(1)),
              ("int64_300", lambda: np.int64(300)), ("uint8_200", lambda: np.uint8(200)),
              ("float64_1", lambda: np.float64(1.0)), ("float32_1", lambda: np.float32(1.0)),
              ("complex128_1", lambda: np.complex128(1)), ("0d_int64_300", lambda: np.array(300)),
              ("0d_float64", lambda: np.array(1.5))]
for a in NUMERIC:
    for sname, s in NP_SCALARS:
        case(f"mul.{dname(a)}.{sname}", lambda: np.array([1, 2], dtype=a) * s())

# scalar OP scalar
case("scalar.int8+int8", lambda: np.int8(100) + np.int8(100))
case("scalar.int8+py1", lambda: np.int8(1) + 1)
case("scalar.int8+py300", lambda: np.int8(1) + 300)
case("scalar.uint8-py1", lambda: np.uint8(0) - 1)
case("scalar.float32+py1.0", lambda: np.float32(1) + 1.0)
case("scalar.float32*float64", lambda: np.float32(3) * np.float64(1 / 3))
case("scalar.int64/int64", lambda: np.int64(7) / np.int64(2))
case("scalar.bool+bool", lambda: np.bool_(True) + np.bool_(True))

# can_cast tables
for kind in ["safe", "same_kind"]:
    for a in NUMERIC:
        for b in NUMERIC:
            case(f"can_cast.{kind}.{dname(a)}.{dname(b)}", lambda: np.can_cast(np.dtype(a), np.dtype(b), casting=kind))
for kind in ["no", "equiv", "unsafe"]:
    for a, b in [("i4", "i4"), ("<i4", ">i4"), ("f8", "i1"), ("c16", "?")]:
        case(f"can_cast.{kind}.{a}.{b}", lambda: np.can_cast(a, b, casting=kind))
for v in [1, 300, -1, 1.5, 1e40]:
    for b in ["i1", "u1", "f4"]:
        case(f"can_cast.value.{v}.{b}", lambda: np.can_cast(v, b))

# min_scalar_type
for v in [0, 1, -1, 255, 256, -129, 2**32, 2**63, 2**64 - 1, 1.0, 1e40, 1e400, 1j, True]:
    case(f"min_scalar_type.{v}", lambda: np.min_scalar_type(v))

# assignment casts a Python scalar into an array's dtype
for a in ["i1", "u1", "f2", "?"]:
    for sname, s in [("300", 300), ("neg1", -1), ("1.7", 1.7), ("1e40", 1e40)]:
        def assign(a=a, s=s):
            x = np.zeros(2, dtype=a)
            x[0] = s
            return x
        case(f"setitem.{dname(a)}.py{sname}", assign)
