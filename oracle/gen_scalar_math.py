"""NumPy's scalar math: operators between NumPy scalars (and Python numbers), their values,
types and warnings ("overflow encountered in scalar add" / "... in byte_scalars"). Run with
each venv:
    python oracle/gen_scalar_math.py [--check]
writes crates/numrs/tests/expected/scalar_math/<numpy version>.txt, one line per case:
    op; a; b; method | result | Category: message | ...
read by crates/numrs/tests/scalar_math.rs, which calls numrs::scalar_math with the same
operands. An operand or result is `type:value`: type a dtype name (int8 ... complex128, bool)
or py_int / py_float / py_complex / py_bool for a Python number; values are Python reprs of
the item (complex as re:im). `b` is empty for unary ops; method is L (a's operator runs) or
R (b's reflected operator: `a` is a Python number). divmod results are `q,r`; errors
`error:<Python exception class>:<message>`.
"""
import operator
import pathlib
import sys
import warnings

import numpy as np

BINARY = {"add": operator.add, "subtract": operator.sub, "multiply": operator.mul,
          "divide": operator.truediv, "floor_divide": operator.floordiv,
          "remainder": operator.mod, "power": operator.pow, "divmod": divmod,
          "less": operator.lt, "bitwise_and": operator.and_}
UNARY = {"negative": operator.neg, "positive": operator.pos, "absolute": abs}
INTS = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
INEXACT = ["float16", "float32", "float64", "complex64", "complex128"]
BIG = {"float16": 6e4, "float32": 3e38, "float64": 1e308, "complex64": 3e38, "complex128": 1e308}
BITS = {"int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint8": 8, "uint16": 16,
        "uint32": 32, "uint64": 64}


def bounds(t):
    n = BITS[t]
    return (-(2 ** (n - 1)), 2 ** (n - 1) - 1) if t[0] == "i" else (0, 2 ** n - 1)


def value_text(v):
    if isinstance(v, (complex, np.complexfloating)):
        return f"{float(v.real)!r}:{float(v.imag)!r}"
    if isinstance(v, (bool, np.bool_)):
        return str(int(v))
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    return repr(float(v))


def operand_text(v):
    if isinstance(v, np.generic):
        return f"{v.dtype.name}:{value_text(v)}"
    kind = {bool: "py_bool", int: "py_int", float: "py_float", complex: "py_complex"}[type(v)]
    return f"{kind}:{value_text(v)}"


def result_text(r):
    if isinstance(r, tuple):
        return ",".join(result_text(x) for x in r)
    return f"{r.dtype.name}:{value_text(r)}"


def case(op, a, b=None):
    if isinstance(a, complex) and isinstance(b, float):
        return None  # np.float64 is a Python float: Python's complex handles it
    method = "L" if isinstance(a, np.generic) else "R"
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        try:
            r = UNARY[op](a) if b is None else BINARY[op](a, b)
            head = result_text(r)
        except Exception as e:  # noqa: BLE001 - the exception is the case's result
            head = f"error:{type(e).__name__}:{e}"
    b_text = "" if b is None else operand_text(b)
    parts = [f"{op}; {operand_text(a)}; {b_text}; {method}", head]
    parts += [f"{w.category.__name__}: {w.message}" for w in got]
    return " | ".join(p.replace("\n", " ") for p in parts)


def cases():
    sc = lambda t, v: np.dtype(t).type(v)  # noqa: E731
    for t in INTS:
        lo, hi = bounds(t)
        for op in ["add", "subtract", "multiply", "divide", "floor_divide", "remainder",
                   "power", "divmod"]:
            yield case(op, sc(t, 1), sc(t, 0))
            yield case(op, sc(t, 0), sc(t, 0))
            yield case(op, sc(t, hi), sc(t, 2))
            yield case(op, sc(t, lo), sc(t, 1))
            if lo < 0:
                yield case(op, sc(t, lo), sc(t, -1))
        for op in UNARY:
            yield case(op, sc(t, lo))
            yield case(op, sc(t, 1))
        yield case("less", sc(t, 1), sc(t, 2))
        yield case("bitwise_and", sc(t, hi), sc(t, 3))
    for t in INEXACT:
        for op in ["add", "subtract", "multiply", "divide", "floor_divide", "remainder",
                   "power", "divmod"]:
            yield case(op, sc(t, BIG[t]), sc(t, 10))
            yield case(op, sc(t, 1), sc(t, 0))
            yield case(op, sc(t, 0), sc(t, 0))
            yield case(op, sc(t, float("inf")), sc(t, float("inf")))
        yield case("power", sc(t, -8), sc(t, 0.5))
        for op in UNARY:
            yield case(op, sc(t, -BIG[t]))
    # Float floor division and remainder over zeros, infinities and NaN.
    grid = [0.0, -0.0, 1.0, -2.5, float("inf"), float("-inf"), float("nan")]
    for t in ["float16", "float32", "float64"]:
        for a in grid:
            for b in grid:
                for op in ["floor_divide", "remainder", "divmod"]:
                    yield case(op, sc(t, a), sc(t, b))
    # Complex absolute past the largest float, and of NaN parts.
    for t in ["complex64", "complex128"]:
        big = 3e38 if t == "complex64" else 1.7e308
        for z in [complex(big, big), complex(float("nan"), 1.0), complex(float("inf"), float("nan"))]:
            yield case("absolute", sc(t, z))
    mixed = [("int8", "int16"), ("int8", "uint8"), ("int64", "uint64"), ("int8", "float16"),
             ("int16", "float16"), ("float32", "float64"), ("float64", "float32"),
             ("int64", "float64"), ("float32", "complex64"), ("float64", "complex64"),
             ("float64", "complex128"), ("bool", "int8"), ("int8", "bool"), ("bool", "bool")]
    for a, b in mixed:
        big = lambda t: True if t == "bool" else bounds(t)[1] if t in BITS else BIG[t]  # noqa: E731
        for op in ["add", "multiply", "divide", "floor_divide"]:
            yield case(op, sc(a, big(a)), sc(b, big(b)))
        yield case("divide", sc(a, 1), sc(b, 0))
        yield case("divmod", sc(a, 1), sc(b, 0))
    pys = [1, 300, -1, 2**63, 10.0, 1e10, 1e300, 10j, True, 0, 0.0]
    for t in ["bool"] + INTS + INEXACT:
        x = sc(t, True if t == "bool" else bounds(t)[1] if t in BITS else BIG[t])
        for p in pys:
            yield case("add", x, p)
            yield case("add", p, x)
            yield case("divide", sc(t, 1), p)
            yield case("divide", p, sc(t, 0))
            yield case("floor_divide", sc(t, 1), p)
            yield case("divmod", p, sc(t, 0))


def main():
    out = pathlib.Path(__file__).resolve().parent.parent / "crates/numrs/tests/expected/scalar_math"
    path = out / f"{np.__version__}.txt"
    text = "".join(c + "\n" for c in cases() if c is not None)
    if "--check" in sys.argv:
        sys.exit(0 if path.read_text() == text else 1)
    out.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    print(f"wrote {path} ({text.count(chr(10))} cases)")


if __name__ == "__main__":
    main()
