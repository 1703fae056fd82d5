#!/usr/bin/env python3
"""Generate numrs' ufunc inner-loop expectations by running real NumPy.

    /tmp/venv-np2/bin/python oracle/gen_loops.py --version 2   # NumPy 2.4.6: resolve.np2.txt
                                                               # and the loop values
    /tmp/venv-np1/bin/python oracle/gen_loops.py --version 1   # NumPy 1.23.5: resolve.np1.txt
    ... --check                  regenerate into a temp dir, diff with the committed files

Writes crates/numrs/tests/expected/loops/, checked by crates/numrs/tests/loops.rs.
Every line is one case, fields separated by TABs; lines starting with '#' are comments.

resolve.np<version>.txt: the loop NumPy picks (Weak mode against NumPy 2, Legacy against 1)
    <ufunc> <operand> [<operand>] <result>
Operands are encoded as in gen_promotion.py (a:<dtype.str> a 1-d array, z:... a 0-d array,
s:... a typed scalar, i:/f:/c: Python literals). The result is the loop as NumPy prints it
('bb->?', 'l'/'L' for the 64-bit integers) or '!<exception>: <message>'. NumPy 2: the loop is
ufunc.resolve_dtypes(...) (Python literals passed as int/float/complex), the exception that of
calling the ufunc. NumPy 1.23 has no resolve_dtypes: the output type is that of the call; the
input types of comparisons and logical ops are read from the error of the call with
casting='no' ('*' where that call succeeds for logical ops with operands of different
types: the loop is not observable); other loops take inputs of the output type (absolute: the complex input;
signbit: the first of e, f, d the input casts to safely).

<ufunc>.txt (NumPy 2 only): one line per loop of the ufunc (its NumPy signature)
    <loop> <input 0 hex> [<input 1 hex>] <output hex>
Each hex string is ndarray.tobytes() (little-endian). Binary inputs are the product of a list
of values v (n of them) with itself: input 0 is np.repeat(v, n), input 1 is np.tile(v, n),
so item i * n + j is op(v[i], v[j]). Values include 0, -0.0, +-1, min, max, nan, +-inf,
the byte 2 as a bool (NumPy reads any non-zero byte as True),
subnormals, halves for rint, and seeded random numbers. Integer power only has non-negative
exponents (NumPy raises for negative ones).
"""

import argparse
import difflib
import os
import sys
import tempfile
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_promotion as gp  # noqa: E402  (operand encoding, outcome())

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "crates", "numrs", "tests", "expected", "loops")

BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power",
          "less", "less_equal", "greater", "greater_equal", "equal", "not_equal",
          "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or",
          "bitwise_xor", "left_shift", "right_shift", "minimum", "maximum", "fmin", "fmax",
          "arctan2", "hypot", "copysign"]
UNARY = ["negative", "positive", "absolute", "sign", "conjugate", "sqrt", "square",
         "reciprocal", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
         "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "floor", "ceil", "trunc",
         "rint", "logical_not", "invert", "isnan", "isinf", "isfinite", "signbit"]
CHARS = "?bBhHiIlLefdFD"
COMPARISONS = ["less", "less_equal", "greater", "greater_equal", "equal", "not_equal"]
LOGICAL = ["logical_and", "logical_or", "logical_xor"]


def ufunc(name):
    return getattr(np, "true_divide" if name == "divide" else name)


def char(dt):
    """NumPy's type character, with the Linux spelling l/L of the 64-bit integers."""
    c = np.dtype(dt).char
    return {"q": "l", "Q": "L"}.get(c, c)


# --- loop resolution ------------------------------------------------------------------------

SCALARS_FOR_RESOLVE = ["i:0", "i:5", "i:-1", "i:300", "i:-40000", "i:%d" % 2**63, "f:1.5",
                       "f:1e300", "c:1.0,2.0", "s:|b1:1", "s:|i1:-3", "s:<u8:5", "s:<f4:1.5",
                       "z:<i2:300", "z:<c8:1.0,1.0", "z:|u1:7"]


def py_type(code, value, alone):
    """What resolve_dtypes takes for an operand: a Python literal is weak (its type), except
    alone, where NumPy converts it to an array first (2**63 -> uint64)."""
    tag = code.split(":")[0]
    if tag in ("i", "f", "c") and not alone:
        return {"i": int, "f": float, "c": complex}[tag]
    return np.asarray(value).dtype


def resolve_np2(name, codes):
    vals = [gp.make(c) for c in codes]
    u = ufunc(name)
    called = gp.outcome(lambda: u(*vals))
    if isinstance(called, str):
        return called
    types = gp.outcome(lambda: u.resolve_dtypes(tuple(py_type(c, v, len(vals) == 1)
                                                            for c, v in zip(codes, vals))
                                                + (None,)))
    if isinstance(types, str):
        return types
    return "".join(char(t) for t in types[:-1]) + "->" + char(types[-1])


def resolve_np1(name, codes):
    vals = [gp.make(c) for c in codes]
    u = ufunc(name)
    called = gp.outcome(lambda: u(*vals))
    if isinstance(called, str):
        return called
    out = np.asarray(called).dtype
    naturals = [np.asarray(v).dtype for v in vals]
    if name in COMPARISONS or name in LOGICAL:
        err = gp.outcome(lambda: u(*vals, casting="no"))
        marker = "input "
        if isinstance(err, str) and marker in err:
            ins = [err.split("to dtype('")[1].split("'")[0]] * len(vals)
        elif name in LOGICAL and len(set(naturals)) > 1:
            # Operands of different types pass casting='no': the loop is not observable.
            return "*" * len(vals) + "->" + char(out)
        else:
            arrays = [np.asarray(v).dtype for c, v in zip(codes, vals) if c.startswith("a:")]
            ins = [(arrays or naturals)[0]] * len(vals)
    elif name == "absolute" and naturals[0].kind == "c":
        ins = naturals
    elif name in ("logical_not", "isnan", "isinf", "isfinite"):
        ins = naturals
    elif name == "signbit":
        ins = [next(t for t in "efd" if np.can_cast(naturals[0], t))]
    else:
        ins = [out] * len(vals)
    return "".join(char(t) for t in ins) + "->" + char(out)


def table_resolve(version):
    resolve = resolve_np2 if version == "2" else resolve_np1
    arrays = ["a:" + np.dtype(c).str for c in CHARS]
    lines = []
    for name in UNARY:
        for x in arrays + SCALARS_FOR_RESOLVE:
            lines.append("%s\t%s\t%s" % (name, x, resolve(name, [x])))
    for name in BINARY:
        for x in arrays:
            for y in arrays:
                lines.append("%s\t%s\t%s\t%s" % (name, x, y, resolve(name, [x, y])))
        for x in arrays:
            for s in SCALARS_FOR_RESOLVE:
                for pair_ in ([x, s], [s, x]):
                    lines.append("%s\t%s\t%s" % (name, "\t".join(pair_), resolve(name, pair_)))
    return lines


# --- loop values ----------------------------------------------------------------------------

RNG_SEED = 20240604


def int_values(dt, rng, extra):
    info = np.iinfo(dt)
    bits = info.bits
    base = [0, 1, 2, 3, 5, 7, 8, -1, -2, -3, -7, -8, 100, -100, bits - 1, bits, bits + 1,
            info.min, info.min + 1, info.max, info.max - 1, info.max // 2, info.max // 2 + 1]
    vals = [v for v in base if info.min <= v <= info.max]
    vals += [int(v) for v in rng.integers(info.min, info.max, extra, endpoint=True, dtype=dt)]
    return np.array(sorted(set(vals)), dtype=dt)


def float_values(dt, rng, extra, unary):
    fi = np.finfo(dt)
    base = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.0, -3.0, 3.5, 4.5, -4.5,
            7.0, -7.0, 0.1, 1 / 3, -2 / 3, 10.0, 1e-3, 100.0, 1e4, float(fi.max), -float(fi.max),
            float(fi.tiny), -float(fi.tiny), float(fi.smallest_subnormal),
            -float(fi.smallest_subnormal), 2.0 ** (fi.nmant + 1) + 2, np.pi, -np.e,
            np.inf, -np.inf, np.nan]
    vals = list(base)
    if unary:
        vals += list(rng.uniform(-10, 10, extra))
        vals += list(rng.uniform(-1, 1, extra // 2))
        mags = 10.0 ** rng.uniform(-8, np.log10(float(fi.max)) * 0.9, extra)
        vals += list(mags * rng.choice([-1, 1], extra))
        vals += [k + 0.5 for k in range(-6, 6)]
    else:
        vals += list(rng.uniform(-10, 10, extra))
    with np.errstate(all="ignore"):
        return np.array(vals, dtype=dt)


def complex_values(dt, rng, extra, unary):
    part = [0.0, -0.0, 1.0, -1.0, 2.5, -0.5, np.inf, -np.inf, np.nan]
    vals = [complex(r, i) for r in part for i in part]
    if not unary:
        keep = [complex(0, 0), complex(1, 0), complex(-1, 0), complex(0, 1), complex(2, 0),
                complex(3, 0), complex(-2, 0), complex(0.5, 0), complex(100, 0),
                complex(2.5, -1.5), complex(-0.0, 0.0), complex(np.inf, 0), complex(0, np.inf),
                complex(np.nan, 0), complex(0, np.nan), complex(1, np.nan), complex(1e300, 1),
                complex(1e-310, 1e-310)]
        vals = keep + [complex(a, b) for a, b in rng.uniform(-5, 5, (extra, 2))]
    else:
        vals += [complex(a, b) for a, b in rng.uniform(-5, 5, (extra, 2))]
        vals += [complex(a, b) for a, b in 10.0 ** rng.uniform(-5, 5, (extra, 2))]
    with np.errstate(all="ignore"):
        return np.array(vals, dtype=dt)


def values_for(c, rng, unary):
    dt = np.dtype(c)
    if dt.kind == "b":
        return np.array([0, 1, 2], dtype=np.uint8).view(np.bool_)  # 2: a non-canonical True
    if dt.kind in "iu":
        return int_values(dt, rng, 4 if not unary else 40)
    if dt.kind == "f":
        return float_values(dt, rng, 6 if not unary else 120, unary)
    return complex_values(dt, rng, 6 if not unary else 40, unary)


def loops_of(name):
    """(numrs signature, NumPy's own signature) of each loop over the 14 types."""
    out = {}
    for np_sig in ufunc(name).types:
        ins, res = np_sig.split("->")
        sig = "".join(char(c) for c in ins) + "->" + char(res)
        if all(c in CHARS for c in sig.replace("->", "")) and sig not in out:
            out[sig] = np_sig
    return list(out.items())


def hexed(a):
    return a.tobytes().hex()


def table_values(name):
    rng = np.random.default_rng(RNG_SEED + sum(map(ord, name)))
    u = ufunc(name)
    lines = []
    for sig, np_sig in loops_of(name):
        ins, res = np_sig.split("->")
        if len(ins) == 1:
            x = values_for(ins, rng, True)
            args = [x]
        else:
            a, b = (values_for(c, rng, False) for c in ins)
            if name == "power" and np.dtype(ins[1]).kind in "iu":
                b = np.resize(b[b >= 0], len(a))
            n = min(len(a), len(b))
            a, b = a[:n], b[:n]
            args = [np.repeat(a, n), np.tile(b, n)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                r = u(*args, signature=tuple(np.dtype(c) for c in ins) + (np.dtype(res),))
        assert r.dtype == np.dtype(res), (name, sig, r.dtype)
        lines.append("\t".join([sig] + [hexed(x) for x in args] + [hexed(r)]))
    return lines


# --- main -----------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--version", choices=["1", "2"], required=True)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    want = {"1": "1.23.5", "2": "2.4.6"}[args.version]
    if np.__version__ != want:
        sys.exit("need numpy %s for --version %s, have %s" % (want, args.version, np.__version__))
    tables = {"resolve.np%s" % args.version: lambda: table_resolve(args.version)}
    if args.version == "2":
        for name in BINARY + UNARY:
            tables[name] = (lambda n: lambda: table_values(n))(name)
    out = tempfile.mkdtemp() if args.check else args.out
    os.makedirs(out, exist_ok=True)
    failed = False
    for name, fn in tables.items():
        fname = name + ".txt"
        header = ("# GENERATED by oracle/gen_loops.py --version %s with numpy %s. Do not edit.\n"
                  % (args.version, np.__version__))
        text = header + "\n".join(fn()) + "\n"
        with open(os.path.join(out, fname), "w") as fh:
            fh.write(text)
        if args.check:
            with open(os.path.join(args.out, fname)) as fh:
                old = fh.read()
            if old != text:
                failed = True
                diff = difflib.unified_diff(old.splitlines(True), text.splitlines(True), fname,
                                            fname + " (new)", n=0)
                sys.stdout.writelines(line[:300] + "\n" for line in diff)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
