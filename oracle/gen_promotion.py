#!/usr/bin/env python3
"""Generate numrs' type-promotion and casting-rule expectations by running real NumPy.

    /tmp/venv-np2/bin/python oracle/gen_promotion.py --version 2    # NumPy 2.4.6 -> *.np2.txt
    /tmp/venv-np1/bin/python oracle/gen_promotion.py --version 1    # NumPy 1.23.5 -> *.np1.txt
    ... --check                   regenerate into a temp dir, diff with the committed files

Writes crates/numrs/tests/expected/promotion/<table>.np<version>.txt, checked by
crates/numrs/tests/promotion.rs (Weak mode against NumPy 2, Legacy mode against NumPy 1).
Every line is one case, fields separated by TABs; lines starting with '#' are comments.

Operands are encoded as
    a:<dtype.str>           a 1-d array np.ones(2, dtype) (for promote_types/can_cast: the dtype)
    z:<dtype.str>:<value>   a 0-d array np.array(value, dtype)
    s:<dtype.str>:<value>   a typed NumPy scalar dtype.type(value)
    i:<int>                 a Python int literal
    f:<float repr>          a Python float literal
    c:<re repr>,<im repr>   a Python complex literal
Values of bool scalars are 0/1, complex values re,im.

Results are `<dtype.str>` (`|O` for object) or `!<exception>: <message>`, where <exception> is
the nearest built-in base class of what NumPy raised (DTypePromotionError -> TypeError).

Tables
    promote_types   a b result                    np.promote_types(a, b)
    can_cast        from to rule result [message] np.can_cast(from, to, rule); for False, the
                                                  message of astype(to, casting=rule) (sized
                                                  sources only)
    ops             op a b result                 (x <op> y).dtype for 1-d arrays
    mixes           op x y result                 arrays/0-d arrays/scalars with scalars/literals;
                                                  op 'result_type' is np.result_type(x, y)
    result_type     x y ... result                np.result_type(*operands), 1 to 3 operands
"""

import argparse
import difflib
import os
import random
import sys
import tempfile
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "crates", "numrs", "tests", "expected", "promotion")

NUMERIC = "? b B h H i I l L e f d F D".split()
RULES = ["no", "equiv", "safe", "same_kind", "unsafe"]
OPS = {
    "add": np.add,
    "subtract": np.subtract,
    "multiply": np.multiply,
    "true_divide": np.true_divide,
    "floor_divide": np.floor_divide,
    "remainder": np.remainder,
    "power": np.power,
    "less": np.less,
    "equal": np.equal,
}


def dstr(dt):
    return np.dtype(dt).str


def numeric_dtypes(both_orders):
    out = []
    for c in NUMERIC:
        d = np.dtype(c)
        out.append(d.str)
        if both_orders and d.itemsize > 1:
            out.append(d.newbyteorder().str)
    return out


FLEXIBLE = ["|S0", "|S1", "|S4", "|S5", "|S21", "|S32", "|S64",
            "<U0", "<U1", "<U4", "<U5", ">U4", "<U21", "<U32", "<U64",
            "|V0", "|V4", "|V8", "|V16"]


def builtin_base(exc):
    for cls in type(exc).__mro__:
        if cls.__module__ == "builtins":
            return cls.__name__
    return type(exc).__name__


def outcome(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                r = fn()
    except Exception as e:  # noqa: BLE001 - every exception is a result
        msg = str(e).replace("\t", " ").replace("\n", "\\n")
        return "!%s: %s" % (builtin_base(e), msg)
    return r


def dtype_result(fn):
    r = outcome(fn)
    if isinstance(r, str):
        return r
    if isinstance(r, np.dtype):
        return r.str
    if isinstance(r, (np.ndarray, np.generic)):
        return r.dtype.str
    return "|O"  # a Python object (object-dtype arithmetic in NumPy 1.x)


# --- operands -------------------------------------------------------------------------------

def fmt_value(dt, v):
    k = np.dtype(dt).kind
    if k == "b":
        return "1" if v else "0"
    if k in "iu":
        return str(int(v))
    if k == "f":
        return repr(float(v))
    c = complex(v)
    return "%r,%r" % (c.real, c.imag)


def parse_value(dt, text):
    k = np.dtype(dt).kind
    if k == "b":
        return text == "1"
    if k in "iu":
        return int(text)
    if k == "f":
        return float(text)
    re_, im = text.split(",")
    return complex(float(re_), float(im))


def make(code):
    tag, _, rest = code.partition(":")
    if tag == "a":
        d = np.dtype(rest)
        return np.ones(2, dtype=d) if d.kind in "biufc" else np.zeros(2, dtype=d)
    if tag in ("z", "s"):
        dt, val = rest.split(":", 1)
        v = parse_value(dt, val)
        if tag == "z":
            return np.array(v, dtype=np.dtype(dt))
        return np.dtype(dt).type(v)
    if tag == "i":
        return int(rest)
    if tag == "f":
        return float(rest)
    if tag == "c":
        re_, im = rest.split(",")
        return complex(float(re_), float(im))
    raise ValueError(code)


def typed(tag, dt, v):
    return "%s:%s:%s" % (tag, dstr(dt), fmt_value(dt, v))


PY_INTS = [0, 1, -1, 127, 128, 255, 256, 65536, 2**31, 2**63, -2**63, 2**64,
           -129, 32768, 2**32, -2**31 - 1]
PY_FLOATS = [1.0, 1e300, float("nan"), -0.5, 65504.0, 70000.0, 1e39, float("inf")]
PY_COMPLEX = [1j, complex(1, 1), 70000j, 1e39j, complex(1e300, 0)]
SCALARS = [("?", True), ("b", 1), ("b", -1), ("b", 100), ("B", 1), ("B", 200),
           ("h", 300), ("l", 1), ("l", -1), ("L", 2**63), ("e", 1.0), ("f", 1.0),
           ("f", 3e38), ("d", 1.0), ("d", 1e300), ("F", 1j), ("D", complex(1e300, 1))]
ZERO_D = [("?", False), ("b", 1), ("b", -100), ("B", 200), ("h", 300), ("H", 1),
          ("i", -70000), ("L", 1), ("e", 1.0), ("f", 1.0), ("d", 1e300), ("F", 1j)]


def scalar_operands():
    out = ["i:%d" % v for v in PY_INTS]
    out += ["f:%r" % v for v in PY_FLOATS]
    out += ["c:%r,%r" % (v.real, v.imag) for v in PY_COMPLEX]
    out += [typed("s", dt, v) for dt, v in SCALARS]
    out += [typed("z", dt, v) for dt, v in ZERO_D]
    return out


# --- tables ---------------------------------------------------------------------------------

def table_promote_types():
    lines = []
    types = numeric_dtypes(True) + FLEXIBLE
    for a in types:
        for b in types:
            lines.append("%s\t%s\t%s" % (a, b, dtype_result(lambda: np.promote_types(a, b))))
    return lines


def table_can_cast():
    lines = []
    types = numeric_dtypes(True) + FLEXIBLE
    for a in types:
        for b in types:
            for rule in RULES:
                ok = np.can_cast(np.dtype(a), np.dtype(b), casting=rule)
                line = "%s\t%s\t%s\t%s" % (a, b, rule, ok)
                # An array cannot have an unsized dtype (np.empty(0, 'S0') is S1), so the
                # message is recorded only for sized sources.
                if not ok and np.empty(0, dtype=a).dtype == np.dtype(a):
                    r = outcome(lambda: np.empty(0, dtype=a).astype(b, casting=rule))
                    if isinstance(r, str):
                        line += "\t" + r
                lines.append(line)
    return lines


def table_ops():
    lines = []
    types = numeric_dtypes(False)
    swapped = [">i2", ">f8", ">c8", ">u4"]
    for op, f in OPS.items():
        for a in types + swapped:
            for b in types + swapped:
                if (a in swapped or b in swapped) and op not in ("add", "true_divide"):
                    continue
                x, y = make("a:" + a), make("a:" + b)
                lines.append("%s\ta:%s\ta:%s\t%s" % (op, a, b, dtype_result(lambda: f(x, y))))
    return lines


def table_mixes():
    lines = []
    lhs = []
    for c in NUMERIC:
        d = dstr(c)
        lhs += ["a:" + d, typed("z", c, 1), typed("s", c, 1)]
    rhs = scalar_operands()
    for x in lhs:
        for y in rhs:
            xs, ys = make(x), make(y)
            lines.append("result_type\t%s\t%s\t%s"
                         % (x, y, dtype_result(lambda: np.result_type(xs, ys))))
            for op, f in OPS.items():
                lines.append("%s\t%s\t%s\t%s" % (op, x, y, dtype_result(lambda: f(xs, ys))))
            if x.startswith("a:"):
                for op, f in OPS.items():
                    lines.append("%s\t%s\t%s\t%s" % (op, y, x, dtype_result(lambda: f(ys, xs))))
    return lines


def table_result_type():
    rng = random.Random(4)
    pool = ["a:" + d for d in numeric_dtypes(True)] + scalar_operands()
    cases = [[p] for p in pool]
    lits = [p for p in pool if p[0] in "ifc"]
    cases += [[p, q] for p in lits for q in lits]
    for n in (2, 3, 3):
        for _ in range(400):
            cases.append([rng.choice(pool) for _ in range(n)])
    # Strings and void with numbers, literals and each other: results and error messages.
    flex = ["a:|S1", "a:|S4", "a:<U1", "a:<U4", "a:>U2", "a:|V4", "a:|V8"]
    others = ["i:1", "i:256", "i:-1", "i:%d" % 2**63, "f:1.0", "c:0.0,1.0", "s:|i1:1",
              "s:<i8:1", "s:<u8:%d" % 2**63, "s:<f8:1.0", "z:|u1:200", "a:|i1", "a:<i8",
              "a:<f4", "a:|b1"] + flex
    for f in flex:
        for o in others:
            cases += [[f, o], [o, f]]
    for _ in range(300):
        cases.append([rng.choice(flex + others) for _ in range(3)])
    lines = []
    for ops in cases:
        vals = [make(o) for o in ops]
        lines.append("%s\t%s" % ("\t".join(ops), dtype_result(lambda: np.result_type(*vals))))
    return lines


TABLES = {
    "promote_types": table_promote_types,
    "can_cast": table_can_cast,
    "ops": table_ops,
    "mixes": table_mixes,
    "result_type": table_result_type,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--version", choices=["1", "2"], required=True)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    want = {"1": "1.23.5", "2": "2.4.6"}[args.version]
    if np.__version__ != want:
        sys.exit("need numpy %s for --version %s, have %s" % (want, args.version, np.__version__))
    out = tempfile.mkdtemp() if args.check else args.out
    os.makedirs(out, exist_ok=True)
    failed = False
    for name, fn in TABLES.items():
        fname = "%s.np%s.txt" % (name, args.version)
        header = ("# GENERATED by oracle/gen_promotion.py --version %s with numpy %s. Do not edit.\n"
                  % (args.version, np.__version__))
        text = header + "\n".join(fn()) + "\n"
        with open(os.path.join(out, fname), "w") as fh:
            fh.write(text)
        if args.check:
            with open(os.path.join(args.out, fname)) as fh:
                old = fh.read()
            if old != text:
                failed = True
                sys.stdout.writelines(difflib.unified_diff(
                    old.splitlines(True), text.splitlines(True), fname, fname + " (new)", n=0))
        print("%s: %d cases" % (fname, text.count("\n") - 1), file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
