#!/usr/bin/env python3
"""Generate end-to-end expectations for issue 4's compute engine (casting, promotion, ufuncs
through the public API) by running real NumPy, once per NumPy version:

    /work/main/oracle/.venv-np2/bin/python oracle/gen_engine.py    # 2.4.6 -> engine.np2.txt
    /tmp/venv-np1/bin/python oracle/gen_engine.py                  # 1.23.5 -> engine.np1.txt
    ... --check          regenerate in memory, diff with the committed file (exit 1 on change)

Writes crates/numrs/tests/expected/engine/engine.np<major>.txt, read by
crates/numrs/tests/engine.rs (Weak mode against NumPy 2, Legacy mode against NumPy 1). The
other tables check pieces (promotion tables, loop selection, inner loops through test hooks,
NumPy 2's cast bytes); these run whole calls the way a user makes them, in both modes:

    cast     src dst src_hex result            a.astype(dst) (unsafe), also byte-swapped
                                               sources and destinations; Legacy vs NumPy 1's
                                               bytes (gen_casts.py only records NumPy 2's)
    castrule src dst rule result               np.ones(2, src).astype(dst, casting=rule)
    def      name dt hex shape                 an input array used by bin and sc lines
    bin      op a b result                     np.<op>(a, b), a and b named by def lines
    un       op dt hex result                  np.<op>(a)
    sc       op side a scalar result           np.<op>(a, s) (side L) or np.<op>(s, a) (R)
    out      op dt hex other out_dt out_hex casting where result
                                               np.<op>(a, other, out=o, casting=, where=):
                                               `other` an `A:<dt>:<hex>` array or a scalar;
                                               result: o after the call, or the exception
    ovl      op dt base_hex out_view a_view b_view result
                                               np.<op>(A, B, out=O) with A, B, O views of one
                                               base array (`off:shape:strides` in items, so
                                               `x[1:] += x[:-1]` is out=1:5:1 a=1:5:1 b=0:5:1);
                                               result: the base afterwards
    inpl     op dt hex other result            x op= other (Python's in-place operator on a
                                               copy of the array; `other` as for out)
    powop    inplace dt hex other result       x ** other (inplace 0) or x **= other (1):
                                               NumPy's fast scalar powers (np.square, sqrt,
                                               reciprocal, ... for some exponents)
    assignf  dt hex pyfloat result             y[:] = y + pyfloat (assignment casts unsafely)
    setpy    dt pyint result                   x = np.zeros(3, dt); x[1] = pyint

Scalars are encoded as in gen_promotion.py (i:/f:/c: Python literals, s:<dt>:<v> typed NumPy
scalars, z:<dt>:<v> 0-d arrays). Shapes are comma-separated. A result is `<dtype.str> <shape>
<hex>` (hex of tobytes(); `fnv:<FNV-1a 64>:<nbytes>` past 1024 bytes) or `!<exception>:
<message>` (the nearest built-in exception class). Warnings are not recorded (gen_casts.py,
gen_ufunc_fpe.py and gen_ufunc_warnings.py do)."""

import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_promotion as gp  # noqa: E402  (operand encoding: make(), builtin_base())

MAJOR = np.__version__.split(".")[0]
WANT = {"1": "1.23.5", "2": "2.4.6"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "numrs",
                   "tests", "expected", "engine", "engine.np%s.txt" % MAJOR)

TYPES = ["?", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16"]
BINARY = ["add", "subtract", "multiply", "true_divide", "floor_divide", "remainder", "power",
          "less", "less_equal", "greater", "greater_equal", "equal", "not_equal",
          "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or",
          "bitwise_xor", "left_shift", "right_shift", "minimum", "maximum", "fmin", "fmax",
          "arctan2", "hypot", "copysign"]
UNARY = ["negative", "positive", "absolute", "sign", "conjugate", "sqrt", "square",
         "reciprocal", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
         "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "floor", "ceil", "trunc",
         "rint", "logical_not", "invert", "isnan", "isinf", "isfinite", "signbit"]

# --- values ---------------------------------------------------------------------------------

INF, NAN = float("inf"), float("nan")


def first_values(t):
    """Eight values of dtype t: the left operand (edges, wrap-around, NaN, inf, -0.0)."""
    d = np.dtype(t)
    if d.kind == "b":
        return np.array([False, True, True, False, True, False, True, True])
    if d.kind in "iu":
        info = np.iinfo(d)
        vals = [info.min, -7, -1, 0, 1, 3, 100, info.max] if d.kind == "i" else \
            [0, 1, 3, 7, 100, 200, info.max - 1, info.max]
        return np.array(vals, dtype=d)
    if d.kind == "f":
        return np.array([-0.0, 0.5, -2.5, 7.0, INF, NAN, 1e4, -3.0], dtype=d)
    return np.array([1 + 2j, -3.5j, complex(INF, 0), 0j, 2 + 0j, complex(NAN, 1), -1 - 1j,
                     0.5 + 0.5j], dtype=d)


def second_values(t, op):
    """Eight values of dtype t: the right operand (zeros for division, shift counts)."""
    d = np.dtype(t)
    if d.kind == "b":
        return np.array([True, False, True, False, True, True, False, True])
    if d.kind in "iu":
        vals = [3, -2, 0, 1, -1, 7, 2, 64]
        if d.kind == "u" or op == "power":
            vals = [abs(v) % 8 for v in vals]  # NumPy refuses negative integer powers
        return np.array(vals, dtype=d)
    if d.kind == "f":
        return np.array([0.0, 2.0, -0.0, 3.0, -INF, 1.5, 0.1, -4.0], dtype=d)
    return np.array([1j, 0j, 2 + 0j, 1 + 0j, -1 + 0j, 1 + 1j, 3 - 2j, 0.5 + 0j], dtype=d)


def unary_values(t):
    d = np.dtype(t)
    if d.kind == "b":
        return np.array([False, True])
    if d.kind in "iu":
        info = np.iinfo(d)
        vals = [0, 1, 2, 3, 7, 100, -1, -7, -100, info.min, info.max, info.max - 1]
        return np.array([v for v in vals if info.min <= v <= info.max], dtype=d)
    if d.kind == "f":
        return np.array([0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.5, -2.5, 3.5, 0.1, 10.0, -10.0,
                         100.0, 1e-3, np.pi, -np.e, 0.75, -0.9, INF, -INF, NAN], dtype=d)
    part = [0.0, -0.0, 1.0, -1.5, 0.5, INF, NAN]
    return np.array([complex(r, i) for r in part for i in part] + [3 - 4j, -2.5 + 0.1j],
                    dtype=d)


# --- results --------------------------------------------------------------------------------

def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def shape_text(shape):
    return ",".join(str(s) for s in shape) or "."


def hexed(a):
    b = np.ascontiguousarray(a).tobytes()
    return b.hex() if len(b) <= 1024 else "fnv:%016x:%d" % (fnv1a64(b), len(b))


def result(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                r = np.asarray(fn())
    except Exception as e:  # noqa: BLE001 - every exception is a result
        return "!%s: %s" % (gp.builtin_base(e), str(e).replace("\t", " ").replace("\n", "\\n"))
    return "%s %s %s" % (r.dtype.str, shape_text(r.shape), hexed(r))


DEFS = {}  # (dtype.str, hex, shape) -> name; emitted as `def` lines before the cases


def arr_code(a):
    """The name of an input array, defined once by a `def name dtype hex shape` line."""
    key = (a.dtype.str, a.tobytes().hex(), shape_text(a.shape))
    if key not in DEFS:
        DEFS[key] = "a%d" % len(DEFS)
    return DEFS[key]


# --- casts ----------------------------------------------------------------------------------

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -1.5, 127.0, 128.0, 255.0, 256.0, 300.7, -300.7,
          32767.0, 32768.0, 65535.0, 65536.0, 70000.0, 2.0**31, -2.0**31, 3e9, -3e9, 2.0**32,
          2.0**53 + 1, 2.0**63, -2.0**63, 2.0**64, 1e20, -1e20, 1e300, 1e-300, 5e-324,
          65504.0, 65520.0, 1e-8, INF, -INF, NAN]
INTS = [0, 1, -1, 2, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, 65535, 65536,
        2**31 - 1, 2**31, -2**31, 2**32 - 1, 2**32, 2**53 + 1, 2**63 - 1, -2**63, 2**64 - 1,
        16777217, 2049]


def pad16(values):
    """As gen_casts.py: every value inside NumPy's 16-item vector body (out-of-range float ->
    uint32 is C undefined behaviour, and the vector body and scalar tail disagree)."""
    return values + [0.0] * (-len(values) % 16)


def cast_source(t):
    d = np.dtype(t)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if d.kind == "b":
            return np.array([False, True])
        if d.kind in "iu":
            info = np.iinfo(d)
            return np.array([v for v in INTS if info.min <= v <= info.max], dtype=d)
        if d.kind == "f":
            return np.array(pad16(FLOATS), dtype=np.float64).astype(d)
        vals = pad16([complex(a, b) for a, b in zip(FLOATS, reversed(FLOATS))])
        return np.array(vals, dtype=np.complex128).astype(d)


def swapped(t):
    d = np.dtype(t)
    return d.newbyteorder(">") if d.itemsize > 1 else None


def cast_lines():
    lines = []
    for s in TYPES:
        for t in TYPES:
            src = cast_source(s)
            pairs = [(src, np.dtype(t))]
            if swapped(s) is not None:
                pairs.append((src.astype(swapped(s)), np.dtype(t)))
            if swapped(t) is not None:
                pairs.append((src, swapped(t)))
            for a, dst in pairs:
                lines.append("cast\t%s\t%s\t%s\t%s" % (a.dtype.str, dst.str, a.tobytes().hex(),
                                                       result(lambda: a.astype(dst))))
    return lines


def castrule_lines():
    lines = []
    dts = [np.dtype(t) for t in TYPES] + [swapped(t) for t in TYPES if swapped(t) is not None]
    for s in dts:
        for t in dts:
            for rule in ["no", "equiv", "safe", "same_kind", "unsafe"]:
                a = np.ones(2, dtype=s)
                r = result(lambda: a.astype(t, casting=rule))
                lines.append("castrule\t%s\t%s\t%s\t%s" % (s.str, t.str, rule,
                                                           "ok" if r[0] != "!" else r))
    return lines


# --- ufuncs ---------------------------------------------------------------------------------

def bin_line(op, a, b):
    return "bin\t%s\t%s\t%s\t%s" % (op, arr_code(a), arr_code(b),
                                    result(lambda: getattr(np, op)(a, b)))


def binary_lines():
    lines = []
    for op in BINARY:
        for s in TYPES:
            for t in TYPES:
                a, b = first_values(s), second_values(t, op)
                lines.append(bin_line(op, a, b))
                if s == t:
                    # one-axis, 2-d (the fast paths) and broadcast (the general path)
                    lines.append(bin_line(op, np.tile(a, 3), np.tile(b, 3)[::-1].copy()))
                    lines.append(bin_line(op, np.tile(a, 3).reshape(3, 8),
                                          np.tile(b, 3).reshape(3, 8)))
                    lines.append(bin_line(op, a.reshape(8, 1), b))
    return lines


def unary_lines():
    lines = []
    for op in UNARY:
        for t in TYPES:
            a = unary_values(t)
            lines.append("un\t%s\t%s\t%s\t%s" % (op, a.dtype.str, a.tobytes().hex(),
                                                 result(lambda: getattr(np, op)(a))))
    return lines


SCALARS = ["i:0", "i:1", "i:-1", "i:2", "i:127", "i:255", "i:256", "i:300", "i:-129",
           "i:70000", "i:%d" % 2**40, "i:%d" % 2**63, "f:1.5", "f:-0.0", "f:1e300", "f:nan",
           "f:70000.0", "c:1.0,1.0", "s:|b1:1", "s:|i1:1", "s:|i1:-1", "s:|u1:200",
           "s:<i8:1", "s:<i8:300", "s:<f4:1.5", "s:<f8:1.5", "s:<c8:1.0,1.0", "z:<i8:300",
           "z:<f8:1.5", "z:|u1:7"]
SCALAR_OPS = ["add", "subtract", "multiply", "true_divide", "floor_divide", "power", "less",
              "equal", "maximum", "bitwise_and"]


def scalar_lines():
    lines = []
    for op in SCALAR_OPS:
        for t in TYPES:
            a = second_values(t, "power")[:4]
            for code in SCALARS:
                s = gp.make(code)
                for side in "LR":
                    f = getattr(np, op)
                    r = result(lambda: f(a, s) if side == "L" else f(s, a))
                    lines.append("sc\t%s\t%s\t%s\t%s\t%s" % (op, side, arr_code(a), code, r))
    return lines


OUT_CASES = [
    # op, dtype, values, other, out dtype, casting, where
    ("add", "i8", [1, 2, 3, 4], "f:1.5", "i8", "same_kind", None),
    ("add", "i8", [1, 2, 3, 4], "f:1.5", "i8", "unsafe", None),
    ("add", "i8", [1, 2, 3, 4], "i:1", "f8", "same_kind", None),
    ("add", "i8", [1, 2, 3, 4], "i:1", "i4", "same_kind", None),
    ("add", "i8", [1, 2, 3, 4], "i:1", "i4", "safe", None),
    ("add", "i4", [1, 2, 3, 4], "i:1", "i8", "safe", None),
    ("add", "i4", [1, 2, 3, 4], "i:1", "u1", "same_kind", None),
    ("add", "f8", [1.5, -2.5, 1e300, 0.0], "f:1.0", "f4", "same_kind", None),
    ("add", "f8", [1.5, -2.5, 3.5, 0.0], "f:1.0", "f2", "same_kind", None),
    ("multiply", "f8", [1.5, -2.5, 3.5, 0.0], "f:2.0", "i2", "same_kind", None),
    ("multiply", "f8", [1.5, -2.5, 3.5, 0.0], "f:2.0", "i2", "unsafe", None),
    ("multiply", "c16", [1 + 1j, 2, 3, 4], "f:2.0", "f8", "same_kind", None),
    ("multiply", "c16", [1 + 1j, 2, 3, 4], "f:2.0", "f8", "unsafe", None),
    ("subtract", "u1", [1, 2, 3, 4], "i:2", "u1", "same_kind", None),
    ("subtract", "u1", [1, 2, 3, 4], "i:2", "i1", "same_kind", None),
    ("true_divide", "i8", [1, 2, 3, 4], "i:2", "i8", "same_kind", None),
    ("true_divide", "i8", [1, 2, 3, 4], "i:2", "i8", "unsafe", None),
    ("true_divide", "i8", [1, 2, 3, 4], "i:0", "f4", "same_kind", None),
    ("floor_divide", "i2", [7, -7, 0, 5], "i:0", "i2", "same_kind", None),
    ("less", "f8", [1.0, 2.0, 3.0, 4.0], "f:2.5", "i1", "same_kind", None),
    ("less", "f8", [1.0, 2.0, 3.0, 4.0], "f:2.5", "f8", "same_kind", None),
    ("add", "i8", [1, 2, 3, 4], "i:10", "i8", "same_kind", [1, 0, 1, 0]),
    ("add", "i8", [1, 2, 3, 4], "i:10", "f4", "same_kind", [0, 0, 1, 1]),
    ("add", "f8", [1.5, 2.5, 3.5, 4.5], "f:1.0", "i8", "unsafe", [1, 0, 0, 1]),
    ("add", "f8", [1.5, 2.5, 3.5, 4.5], "f:1.0", "i8", "same_kind", [1, 0, 0, 1]),
    ("multiply", "i1", [100, 2, 3, 4], "A:|i1:64020304", "i1", "same_kind", [1, 1, 0, 1]),
    ("maximum", "f4", [1.0, NAN, 3.0, -0.0], "A:<f4:00000040000000000000c07f00000000",
     "f4", "same_kind", [1, 1, 1, 0]),
    ("add", "i1", [127, -128, 1, 0], "A:<i8:0100000000000000ffffffffffffffff"
     "01000000000000000000000000000000", "i1", "same_kind", None),
    ("add", "i1", [127, -128, 1, 0], "A:<i8:0100000000000000ffffffffffffffff"
     "01000000000000000000000000000000", "i1", "unsafe", None),
    ("add", "u1", [255, 0, 1, 2], "i:1", "u1", "same_kind", None),
    ("add", "u1", [255, 0, 1, 2], "i:1", ">i2", "same_kind", None),
    ("add", "f8", [1.5, 0.0, 1.0, 2.0], "f:1.0", ">f8", "same_kind", [1, 0, 1, 1]),
]


def out_lines():
    lines = []
    for op, dt, vals, other, odt, casting, where in OUT_CASES:
        a = np.array(vals, dtype=dt)
        if other.startswith("A:"):
            _, odtype, ohex = other.split(":")
            b = np.frombuffer(bytes.fromhex(ohex), dtype=odtype)
        else:
            b = gp.make(other)
        init = (np.arange(len(vals)) * 7 + 5).astype(odt)
        w = None if where is None else np.array(where, dtype=bool)

        def run():
            o = init.copy()
            r = getattr(np, op)(a, b, out=o, casting=casting, where=True if w is None else w)
            assert r is o
            return o
        lines.append("out\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s" % (
            op, a.dtype.str, a.tobytes().hex(), other, init.dtype.str, init.tobytes().hex(),
            casting, "-" if w is None else "".join("1" if x else "0" for x in w), result(run)))
    return lines


def view(base, spec):
    off, shape, strides = spec.split(":")
    shape = tuple(int(s) for s in shape.split(","))
    strides = tuple(int(s) * base.itemsize for s in strides.split(","))
    return np.lib.stride_tricks.as_strided(base[off and int(off):], shape, strides)


OVERLAPS = [
    # op, dtype, n, out view, a view, b view   (views: off:shape:strides in items)
    ("add", "i8", 6, "1:5:1", "1:5:1", "0:5:1"),      # x[1:] += x[:-1]
    ("add", "i8", 6, "0:5:1", "0:5:1", "1:5:1"),      # x[:-1] += x[1:]
    ("add", "i8", 6, "1:5:1", "0:5:1", "1:5:1"),      # np.add(x[:-1], x[1:], out=x[1:])
    ("add", "f8", 6, "5:6:-1", "0:6:1", "0:6:1"),     # np.add(x, x, out=x[::-1])
    ("subtract", "i4", 8, "2:6:1", "2:6:1", "0:6:1"),  # x[2:] -= x[:-2]
    ("multiply", "f4", 12, "3:3,3:3,1", "3:3,3:3,1", "0:3,3:3,1"),  # 2-d rows shifted
    ("add", "i2", 12, "0:3,3:1,3", "0:3,3:3,1", "0:3,3:3,1"),  # x += x.T (out is x.T)
    ("add", "i1", 6, "1:5:1", "1:5:1", "0:5:1"),
    ("maximum", "f8", 6, "1:5:1", "1:5:1", "0:5:1"),
    ("add", "i8", 40, "1:39:1", "1:39:1", "0:39:1"),  # longer than a short run
]


INPLACE = {"add": "iadd", "subtract": "isub", "multiply": "imul", "true_divide": "itruediv",
           "floor_divide": "ifloordiv", "remainder": "imod", "power": "ipow",
           "bitwise_and": "iand", "left_shift": "ilshift"}
INPLACE_OTHERS = ["i:1", "i:-1", "i:300", "f:1.5", "c:1.0,1.0", "s:|i1:-1", "s:<f8:2.0",
                  "s:<u8:3", "z:|u1:7", "A:<f4:0000803f0000004000004040000080c0",
                  "A:|i1:010203ff", "A:<u8:" + "0300000000000000" * 4]


def other_value(code):
    if code.startswith("A:"):
        _, odtype, ohex = code.split(":")
        return np.frombuffer(bytes.fromhex(ohex), dtype=odtype)
    return gp.make(code)


def inplace_lines():
    import operator
    lines = []
    for op, name in INPLACE.items():
        for t in TYPES:
            a = second_values(t, "power")[:4]
            for code in INPLACE_OTHERS:
                def run():
                    x = a.copy()
                    r = getattr(operator, name)(x, other_value(code))
                    assert r is x
                    return x
                lines.append("inpl\t%s\t%s\t%s\t%s\t%s" % (op, a.dtype.str, a.tobytes().hex(),
                                                            code, result(run)))
    return lines


POW_OTHERS = ["i:2", "i:-1", "i:0", "i:1", "i:3", "f:0.5", "f:2.0", "f:1.0", "f:0.0",
              "f:-1.0", "s:<f8:2.0", "s:<f8:0.5", "s:<f4:2.0", "s:<i8:2", "s:|i1:-1", "s:|u1:1",
              "z:<f8:2.0", "z:<i8:2", "z:<f8:-1.0", "c:2.0,0.0"]


def powop_lines():
    lines = []
    for inplace in (0, 1):
        for t in TYPES:
            a = first_values(t)
            for code in POW_OTHERS:
                def run():
                    x = a.copy()
                    if inplace:
                        x **= other_value(code)
                        return x
                    return x ** other_value(code)
                lines.append("powop\t%d\t%s\t%s\t%s\t%s" % (inplace, a.dtype.str,
                                                             a.tobytes().hex(), code, result(run)))
    return lines


def overlap_lines():
    lines = []
    for op, dt, n, o, a, b in OVERLAPS:
        base = (np.arange(n) * 3 % 7 + 1).astype(dt)

        def run():
            x = base.copy()
            getattr(np, op)(view(x, a), view(x, b), out=view(x, o))
            return x
        lines.append("ovl\t%s\t%s\t%s\t%s\t%s\t%s\t%s" % (op, base.dtype.str,
                                                         base.tobytes().hex(), o, a, b,
                                                         result(run)))
    return lines


ASSIGN = [("i8", [1, 2, 3, 4], 1.5), ("i1", [1, 127, -128, 4], 1.5), ("u1", [0, 255, 7, 9], -1.5),
          ("i4", [1, 2, 3, 4], 1e10), ("u2", [1, 2, 3, 4], NAN), ("f4", [1, 2, 3, 4], 1e300),
          ("f2", [1, 2, 3, 4], 0.1), ("?", [0, 1, 1, 0], 0.5), ("c8", [1, 2, 3, 4], 1.5)]


def assign_lines():
    lines = []
    for dt, vals, f in ASSIGN:
        y0 = np.array(vals, dtype=dt)

        def run():
            y = y0.copy()
            y[:] = y + f
            return y
        lines.append("assignf\t%s\t%s\t%r\t%s" % (y0.dtype.str, y0.tobytes().hex(), f,
                                                 result(run)))
    return lines


SETPY = [0, 1, -1, 127, 128, -128, -129, 255, 256, 300, 32768, 65536, -2**31 - 1, 2**32,
         2**63 - 1, -2**63, 2**63, 2**64 - 1]


def setpy_lines():
    lines = []
    for dt in ["i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8"]:
        for v in SETPY:
            def run():
                x = np.zeros(3, dtype=dt)
                x[1] = v
                return x
            lines.append("setpy\t%s\t%d\t%s" % (np.dtype(dt).str, v, result(run)))
    return lines


def build():
    parts = [cast_lines, castrule_lines, binary_lines, unary_lines, scalar_lines, out_lines,
             inplace_lines, powop_lines, overlap_lines, assign_lines, setpy_lines]
    DEFS.clear()
    body = []
    for p in parts:
        body += p()
    lines = ["# GENERATED by oracle/gen_engine.py with numpy %s. Do not edit." % np.__version__]
    lines += ["def\t%s\t%s\t%s\t%s" % (name, *key) for key, name in DEFS.items()]
    return "\n".join(lines + body) + "\n"


def main():
    if np.__version__ != WANT.get(MAJOR):
        sys.exit("need numpy 1.23.5 or 2.4.6, have %s" % np.__version__)
    text = build()
    if "--check" in sys.argv:
        with open(OUT) as fh:
            if fh.read() != text:
                sys.exit("%s differs from NumPy %s's output" % (os.path.basename(OUT),
                                                               np.__version__))
        print("%s check OK" % os.path.basename(OUT))
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as fh:
        fh.write(text)
    print("wrote %s (%d lines)" % (OUT, text.count("\n") - 1))


if __name__ == "__main__":
    main()
