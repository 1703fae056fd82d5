#!/usr/bin/env python3
"""Ufuncs: every binary and unary ufunc numrs implements, over a few input dtypes and values
(overflow, division by zero, NaN, signed zeros), operators, out=/casting, in-place operators,
broadcasting and errors. One line per case (see _show.py)."""

import numpy as np
from _show import case

BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power",
          "less", "less_equal", "greater", "greater_equal", "equal", "not_equal",
          "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor",
          "left_shift", "right_shift", "minimum", "maximum", "fmin", "fmax", "arctan2", "hypot",
          "copysign"]
UNARY = ["negative", "positive", "absolute", "sign", "conjugate", "sqrt", "square", "reciprocal",
         "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin",
         "arccos", "arctan", "sinh", "cosh", "tanh", "floor", "ceil", "trunc", "rint",
         "logical_not", "invert", "isnan", "isinf", "isfinite", "signbit"]

# Operand values per dtype: edge values of the type
VALUES = {
    "bool": [False, True, True, False],
    "int8": [-128, -1, 0, 7, 127],
    "uint8": [0, 1, 7, 200, 255],
    "int32": [-2147483648, -7, 0, 3, 2147483647],
    "int64": [-9223372036854775808, -7, 0, 3, 9223372036854775807],
    "uint64": [0, 1, 3, 2**63, 2**64 - 1],
    "float16": [-0.0, 0.5, 1.5, 65504.0, float("nan")],
    "float32": [-0.0, 0.1, -2.5, 3.4e38, float("inf")],
    "float64": [-0.0, 0.1, -2.5, 1e308, float("nan")],
    "complex128": [0j, 1 + 2j, -3.5j, complex("inf"), 2.0],
}
SECOND = {  # the right operand, same dtype unless named
    "bool": [True, True, False, False],
    "int8": [3, 0, -2, 2, 1],
    "uint8": [3, 0, 2, 7, 1],
    "int32": [3, 0, -2, 2, 1],
    "int64": [3, 0, -2, 2, -1],
    "uint64": [3, 0, 2, 1, 2],
    "float16": [0.0, -0.0, 2.0, 2.0, 1.0],
    "float32": [0.0, 3.0, -0.0, 10.0, -1.0],
    "float64": [0.0, 3.0, -0.0, 10.0, 1.0],
    "complex128": [1j, 0j, 2 + 0j, 1.0, -1.0],
}

for name in BINARY:
    for dt in VALUES:
        case(f"{name}.{dt}", lambda: getattr(np, name)(np.array(VALUES[dt], dtype=dt), np.array(SECOND[dt], dtype=dt)))
    # mixed dtypes
    case(f"{name}.int8.uint8", lambda: getattr(np, name)(np.array([-3, 5], dtype=np.int8), np.array([2, 250], dtype=np.uint8)))
    case(f"{name}.int64.float64", lambda: getattr(np, name)(np.array([-3, 5]), np.array([2.5, -0.5])))
    case(f"{name}.uint64.int64", lambda: getattr(np, name)(np.array([3, 2**64 - 1], dtype=np.uint64), np.array([1, 2])))
    case(f"{name}.float32.bool", lambda: getattr(np, name)(np.array([1.5, -2], dtype=np.float32), np.array([True, False])))

for name in UNARY:
    for dt in VALUES:
        case(f"{name}.{dt}", lambda: getattr(np, name)(np.array(VALUES[dt], dtype=dt)))

# Operators
a = np.array([[1, -2, 3], [4, 5, -6]], dtype=np.int16)
b = np.array([2, 3, -1], dtype=np.int16)
OPS = {"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b, "truediv": lambda: a / b,
       "floordiv": lambda: a // b, "mod": lambda: a % b, "pow": lambda: a ** np.abs(b), "neg": lambda: -a,
       "pos": lambda: +a, "abs": lambda: abs(a), "invert": lambda: ~a, "and": lambda: a & b,
       "or": lambda: a | b, "xor": lambda: a ^ b, "lshift": lambda: a << b, "rshift": lambda: a >> 1,
       "lt": lambda: a < b, "le": lambda: a <= b, "gt": lambda: a > b, "ge": lambda: a >= b,
       "eq": lambda: a == b, "ne": lambda: a != b, "radd": lambda: 1 + a, "rsub": lambda: 10 - a,
       "rtruediv": lambda: 1 / b, "rpow": lambda: 2 ** np.abs(b), "divmod": lambda: divmod(a, b)}
for k, fn in OPS.items():
    case(f"op.{k}.int16", fn)
case("op.pow.negative_int_exponent", lambda: np.array([2, 3]) ** np.array([-1, 2]))
case("op.float_pow_neg", lambda: np.array([2.0, 4.0]) ** -0.5)
case("op.floordiv.float_zero", lambda: np.array([1.0, -1.0, 0.0]) // 0.0)
case("op.mod.float_neg", lambda: np.array([5.5, -5.5]) % np.array([-2.0, 2.0]))
case("op.int_div_zero", lambda: np.array([1, -1, 0]) // 0)
case("op.int_mod_zero", lambda: np.array([1, -1, 0]) % 0)
case("op.min_int_floordiv_neg1", lambda: np.array([-128], dtype=np.int8) // np.int8(-1))
case("op.shift_past_width", lambda: np.array([1, -1], dtype=np.int8) << np.array([8, 9], dtype=np.int8))
case("op.rshift_neg", lambda: np.array([-16], dtype=np.int32) >> 2)

# Broadcasting
case("broadcast.col_row", lambda: np.arange(3)[:, None] + np.arange(4))
case("broadcast.3d", lambda: np.ones((2, 1, 3), dtype=np.int8) * np.arange(4, dtype=np.int8)[:, None])
case("broadcast.mismatch", lambda: np.ones((2, 3)) + np.ones(4))
case("broadcast.0d", lambda: np.array(5, dtype=np.uint8) - np.arange(3, dtype=np.uint8))
case("broadcast.strided", lambda: np.arange(12).reshape(3, 4)[::2, ::-1] * np.arange(4)[::-1])
case("broadcast.empty", lambda: np.ones((0, 3)) + np.ones(3))

# out=, dtype=, casting=
def out_same():
    x = np.arange(5)
    r = np.add(x, 1, out=x)
    return r is x, x
case("out.inplace_same", out_same)
def out_cast_error():
    x = np.arange(3)
    return np.add(x, 1.5, out=x)
case("out.cast_error", out_cast_error)
def out_unsafe():
    x = np.arange(3)
    np.add(x, 1.5, out=x, casting="unsafe")
    return x
case("out.unsafe", out_unsafe)
def out_shape():
    return np.add(np.arange(3), 1, out=np.zeros(4, dtype=np.int64))
case("out.bad_shape", out_shape)
case("dtype.float32", lambda: np.add(np.arange(3), 1, dtype=np.float32))
case("dtype.int8_unsafe_error", lambda: np.add(np.arange(3.0), 1, dtype=np.int8))
case("dtype.int8_unsafe", lambda: np.multiply(np.array([1.7, -2.5]), 3, dtype=np.int8, casting="unsafe"))
case("where", lambda: np.add(np.arange(4), 10, out=np.zeros(4, dtype=np.int64), where=np.array([True, False, True, False])))
def overlap():
    x = np.arange(6)
    np.add(x[:-1], x[1:], out=x[1:])
    return x
case("out.overlap", overlap)

# In-place operators
def iadd_float():
    x = np.arange(3)
    x += 1.5
    return x
case("iop.iadd_float_into_int", iadd_float)
def imul_broadcast():
    x = np.ones((2, 3), dtype=np.float32)
    x *= np.arange(3)
    return x
case("iop.imul_broadcast", imul_broadcast)
def iadd_big():
    x = np.zeros(2, dtype=np.int8)
    x += 300
    return x
case("iop.iadd_300_int8", iadd_big)
def itruediv_int():
    x = np.arange(3)
    x /= 2
    return x
case("iop.itruediv_int", itruediv_int)
def iadd_readonly():
    x = np.arange(3)
    x.flags.writeable = False
    x += 1
    return x
case("iop.readonly", iadd_readonly)

# Errors and ufunc objects
case("err.bitwise_float", lambda: np.bitwise_and(np.array([1.0]), np.array([2.0])))
case("err.invert_float", lambda: ~np.array([1.0]))
case("err.sub_bool", lambda: np.array([True]) - np.array([False]))
case("err.neg_bool", lambda: -np.array([True]))
case("err.add_str", lambda: np.array([1]) + "a")
case("ufunc.repr", lambda: (repr(np.add), np.add.__name__, np.add.nin, np.add.nout, np.sin.nin))
