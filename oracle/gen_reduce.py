#!/usr/bin/env python3
"""Generate numrs' reduction expectations (sum, prod, min, max, mean, any, all, argmin, argmax)
by running real NumPy.

    /tmp/venv-np2/bin/python oracle/gen_reduce.py --version 2    # NumPy 2.4.6 -> cases.np2.txt
    /tmp/venv-np1/bin/python oracle/gen_reduce.py --version 1    # NumPy 1.23.5 -> cases.np1.txt
    ... --check                   regenerate into a temp dir, diff with the committed file

Writes crates/numrs/tests/expected/reduce/cases.np<version>.txt, checked by
crates/numrs/tests/reduce.rs (Weak mode against NumPy 2, Legacy mode against NumPy 1). The case
list is the same for both versions (fixed seeds); only the results differ.

One record per line, fields separated by TABs, '#' starts a comment line.

    A <name> <dtype.str> <data> <offset> <shape> <strides>
        An array: a base buffer, seen through `dtype` from byte `offset` with `shape` and byte
        `strides` (np.lib.stride_tricks.as_strided on np.frombuffer(data, dtype, offset=offset)).
        <data> is `hex:<bytes>` or `lcg:<kind>:<seed>:<count>`, `count` items of the base dtype
        made by the generator `lcg_items` below (so large inputs need not be stored).
        Shapes and strides are comma-separated; `.` is the empty tuple.
    C <array> <func> <options> <result>
        func(array, **options). Options are `;`-separated `key=value`:
            axis=None | 3 | -1 | t:0,2 (a tuple; `t:` alone is the empty tuple)
            keepdims=1, dtype=<dtype.str>, where=<array name>,
            initial=i:<int> | f:<float repr> | c:<re>,<im> | b:0/1
            out=<array name>: a fresh copy of that array (its own base buffer) is passed
                as out=; outro=1 makes it read-only; outin=<offset>:<shape>:<strides>
                passes instead a view of a fresh copy of the input's base buffer (the input
                is then read from that copy too: out overlaps the input).
        With out= (or outin=), <result> describes that out array after the call, and NumPy
        returned that very object (the generator checks `result is out`).
        <result> is `<dtype.str> <shape> <strides> <data>` (TAB-separated) for
        np.asarray(result), <data> being the hex of tobytes(), or for results of more than
        256 bytes `fnv:<FNV-1a 64 of tobytes() in hex>:<nbytes>`; or `!<exception>: <message>`
        where <exception> is the nearest built-in base class of what NumPy raised (AxisError
        is kept).
"""

import argparse
import difflib
import math
import os
import sys
import tempfile
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "crates", "numrs", "tests", "expected", "reduce")
MASK64 = (1 << 64) - 1

NUMERIC = "? b B h H i I l L e f d F D".split()
FUNCS = ["sum", "prod", "min", "max", "mean", "any", "all", "argmin", "argmax"]
NP = {"sum": np.sum, "prod": np.prod, "min": np.min, "max": np.max, "mean": np.mean,
      "any": np.any, "all": np.all, "argmin": np.argmin, "argmax": np.argmax}


# ----------------------------------------------------------------------------- inputs

def lcg_items(kind, seed, count):
    """`count` items of dtype `kind` from a 64-bit LCG; floats are exact m * 2**e values so
    that any implementation reproduces them bit for bit (see tests/reduce.rs)."""
    state = seed & MASK64
    out = []

    def nxt():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK64
        return state

    def real(k):
        a, b = nxt(), nxt()
        if k == "d":
            return math.ldexp((a >> 11) - (1 << 52), (b >> 58) - 64)
        if k == "f":
            return math.ldexp((a >> 40) - (1 << 23), (b >> 59) - 20)
        if k == "e":
            return math.ldexp((a >> 53) - (1 << 10), (b >> 61) - 14)
        if k == "pd" or k == "pf":  # close to 1: products stay finite
            return 1.0 + math.ldexp((a >> 54) - (1 << 9), -14)
        if k == "pe":
            return 1.0 + math.ldexp((a >> 59) - (1 << 4), -10)
        raise ValueError(k)

    near_one = kind.startswith("p")
    dt = np.dtype(kind[1:] if near_one else kind)
    for _ in range(count):
        if dt.kind == "c":
            k = "d" if dt.itemsize == 16 else "f"
            out.append(complex(real(k), real(k)))
        elif dt.kind == "f":
            out.append(real(kind if near_one else dt.char))
        elif dt.kind == "b":
            out.append(bool(nxt() >> 63))
        else:
            bits = nxt() >> (64 - 8 * dt.itemsize)
            out.append(bits)
    if dt.kind in "iu":
        return np.array(out, dtype=np.uint64).astype("u%d" % dt.itemsize).view(dt)
    return np.array(out, dtype=dt)


class Arrays:
    def __init__(self):
        self.lines = []
        self.n = 0

    def add(self, x, base, data=None):
        """Registers view `x` of the 1-d array `base`; returns its name."""
        self.n += 1
        name = "a%d" % self.n
        off = x.__array_interface__["data"][0] - base.__array_interface__["data"][0]
        if data is None:
            data = "hex:" + base.tobytes().hex()
        self.lines.append("\t".join(["A", name, x.dtype.str, data, str(off), tup(x.shape),
                                     tup(x.strides)]))
        return name


def tup(t):
    return ",".join(str(v) for v in t) if len(t) else "."


def random_values(rng, dt, n, specials=True):
    dt = np.dtype(dt).newbyteorder("=")
    if dt.kind == "b":
        return rng.random(n) < 0.5
    if dt.kind in "iu":
        info = np.iinfo(dt)
        if rng.random() < 0.5:
            return rng.integers(info.min, info.max, n, dtype=dt, endpoint=True)
        lo = max(info.min, -20)
        return rng.integers(lo, 21, n).astype(dt)
    def reals():
        v = rng.standard_normal(n) * 10.0 ** rng.integers(-3, 4, n)
        if specials:
            pick = rng.random(n)
            v = np.where(pick < 0.04, np.nan, v)
            v = np.where((pick >= 0.04) & (pick < 0.06), np.inf, v)
            v = np.where((pick >= 0.06) & (pick < 0.08), -np.inf, v)
            v = np.where((pick >= 0.08) & (pick < 0.14), -0.0, v)
            v = np.where((pick >= 0.14) & (pick < 0.2), 0.0, v)
            v = np.where((pick >= 0.2) & (pick < 0.26), np.round(v), v)
        return v
    if dt.kind == "c":
        v = np.empty(n, complex)
        v.real = reals()
        v.imag = reals()
        return v.astype(dt)
    return reals().astype(dt)


def make_base(rng, dt, n, specials=True):
    base = np.empty(n, dtype=np.dtype(dt).newbyteorder("="))
    base[...] = random_values(rng, dt, n, specials)
    return base.astype(dt) if np.dtype(dt).byteorder not in "=|" else base


def layouts(rng, dt, shape, specials=True):
    """(label, view, base) for the layouts of `shape` worth testing."""
    nd = len(shape)
    size = int(np.prod(shape))
    out = []
    base = make_base(rng, dt, size, specials)
    out.append(("C", base.reshape(shape), base))
    if nd == 0 or size == 0:
        return out
    if nd >= 2:
        b = make_base(rng, dt, size, specials)
        out.append(("F", b.reshape(shape[::-1]).T, b))
        perm = list(range(nd))[1:] + [0]
        b = make_base(rng, dt, size, specials)
        tview = b.reshape([shape[p] for p in perm]).transpose([int(i) for i in np.argsort(perm)])
        out.append(("T", tview, b))
    b = make_base(rng, dt, size, specials)
    neg = tuple(slice(None, None, -1) if i % 2 == 0 else slice(None) for i in range(nd))
    out.append(("neg", b.reshape(shape)[neg], b))
    big = list(shape)
    big[-1] *= 2
    if nd >= 2:
        big[0] += 1
    b = make_base(rng, dt, int(np.prod(big)), specials)
    sl = [slice(None)] * nd
    sl[-1] = slice(1, None, 2)
    if nd >= 2:
        sl[0] = slice(None, -1)
        if nd == 3:
            sl[1] = slice(None, None, -1)
    out.append(("strided", b.reshape(big)[tuple(sl)], b))
    return out


# ----------------------------------------------------------------------------- options

def axis_specs(nd):
    if nd == 0:
        return [None, (), 0]
    specs = [None] + list(range(nd)) + [-1, ()]
    if nd >= 2:
        specs += [(i, j) for i in range(nd) for j in range(i + 1, nd)]
    if nd == 3:
        specs += [(0, 1, 2), (2, 0), (-1, 0)]
    return specs


def fmt_axis(a):
    if a is None:
        return "None"
    if isinstance(a, tuple):
        return "t:" + ",".join(str(v) for v in a)
    return str(a)


def fmt_initial(v):
    if isinstance(v, bool):
        return "b:%d" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:%r" % v
    return "c:%r,%r" % (v.real, v.imag)


def builtin_base(exc):
    if type(exc).__name__ == "AxisError":
        return "AxisError"
    for cls in type(exc).__mro__:
        if cls.__module__ == "builtins":
            return cls.__name__
    return type(exc).__name__


def outcome(fn):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with np.errstate(all="ignore"):
                r = np.asarray(fn())
        except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
            return "!%s: %s" % (builtin_base(e), str(e).replace("\n", " ").replace("\t", " "))
    data = r.tobytes()
    text = data.hex() if len(data) <= 256 else "fnv:%016x:%d" % (fnv1a64(data), len(data))
    return "\t".join([r.dtype.str, tup(r.shape), tup(r.strides), text])


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & MASK64
    return h


class Cases:
    def __init__(self, arrays):
        self.arrays = arrays
        self.lines = []
        self.views = {}
        self.bases = {}

    def case(self, name, func, **kw):
        x = self.views[name]
        opts = []
        call = {}
        for k, v in kw.items():
            if k == "axis":
                opts.append("axis=" + fmt_axis(v))
                call["axis"] = v
            elif k == "keepdims":
                if v:
                    opts.append("keepdims=1")
                    call["keepdims"] = True
            elif k == "dtype":
                opts.append("dtype=" + np.dtype(v).str)
                call["dtype"] = np.dtype(v)
            elif k == "initial":
                opts.append("initial=" + fmt_initial(v))
                call["initial"] = v
            elif k == "where":
                opts.append("where=" + v)
                call["where"] = self.views[v]
            elif k == "out":
                opts.append("out=" + v)
            elif k == "outro":
                opts.append("outro=1")
            elif k == "outin":
                opts.append("outin=%d:%s:%s" % (v[0], tup(v[1]), tup(v[2])))
        if "out" in kw or "outin" in kw:
            res = self.out_outcome(name, func, call, kw)
        else:
            res = outcome(lambda: NP[func](x, **call))
        self.lines.append("\t".join(["C", name, func, ";".join(opts) or ".", res]))

    def register(self, view, base, data=None):
        name = self.arrays.add(view, base, data)
        self.views[name] = view
        self.bases[name] = base
        return name

    def fresh(self, name):
        """A view like `name`'s over a fresh copy of its base buffer (and that copy)."""
        view, base = self.views[name], self.bases[name]
        copy = base.copy()
        off = view.__array_interface__["data"][0] - base.__array_interface__["data"][0]
        fresh = np.ndarray(view.shape, view.dtype, buffer=copy, offset=off, strides=view.strides)
        return fresh, copy

    def out_outcome(self, name, func, call, kw):
        if "outin" in kw:
            x, copy = self.fresh(name)
            off, shape, strides = kw["outin"]
            o = np.ndarray(shape, x.dtype, buffer=copy, offset=off, strides=strides)
        else:
            x = self.views[name]
            o = self.fresh(kw["out"])[0]
        if kw.get("outro"):
            o.flags.writeable = False
        call = dict(call, out=o)
        got = []
        res = outcome(lambda: got.append(NP[func](x, **call)) or o)
        if got and got[0] is not o:
            raise AssertionError("%s(out=) did not return out" % func)
        return res


# ----------------------------------------------------------------------------- the cases

def small_cases(cs, rng):
    """Every dtype x shape x layout x function x axis (keepdims for C layouts). Layouts change
    the order of float operations; for bool and integers fewer of them are enough."""
    shapes = [(), (0,), (1,), (6,), (3, 4), (2, 3, 4), (0, 3), (3, 0), (2, 0, 3), (1, 5)]
    for dt in NUMERIC:
        inexact = np.dtype(dt).kind in "fc"
        for shape in shapes:
            for label, view, base in layouts(rng, dt, shape):
                if not inexact and label in ("F", "neg") and len(shape) > 1:
                    continue
                name = cs.register(view, base)
                for func in FUNCS:
                    for axis in axis_specs(len(shape)):
                        if func.startswith("arg") and isinstance(axis, tuple):
                            continue
                        cs.case(name, func, axis=axis)
                        if label == "C" and (inexact or len(shape) < 3):
                            cs.case(name, func, axis=axis, keepdims=True)
        if np.dtype(dt).itemsize > 1:
            swapped = np.dtype(dt).newbyteorder(">")
            for shape in [(3, 4), (2, 3, 4)]:
                for label, view, base in layouts(rng, swapped, shape)[:2]:
                    name = cs.register(view, base)
                    for func in FUNCS:
                        for axis in axis_specs(len(shape)):
                            if not (func.startswith("arg") and isinstance(axis, tuple)):
                                cs.case(name, func, axis=axis)


def unaligned_cases(cs, rng):
    for dt in ["d", "i", "D", "f"]:
        itemsize = np.dtype(dt).itemsize
        raw = np.zeros(1 + itemsize * 12, np.uint8)
        vals = random_values(rng, dt, 12)
        raw[1:] = np.frombuffer(vals.tobytes(), np.uint8)
        x = np.frombuffer(raw, dt, offset=1).reshape(3, 4)
        name = cs.register(x, raw)
        for func in FUNCS:
            for axis in [None, 0, 1]:
                cs.case(name, func, axis=axis)


def odd_stride_cases(cs, rng):
    """Aligned strides that are not a multiple of the item size (NumPy 2 then adds complex runs
    item by item instead of pairwise)."""
    for dt in ["D", "F", "d", "f"]:
        itemsize = np.dtype(dt).itemsize
        step = itemsize * 3 // 2
        base = make_base(rng, dt, 200, specials=False)
        for shape, strides in [((60,), (step,)), ((6, 10), (step * 10, step)),
                               ((10, 6), (step, step * 10))]:
            x = np.lib.stride_tricks.as_strided(base, shape, strides)
            name = cs.register(x, base)
            for func in ["sum", "mean", "prod", "max"]:
                for axis in [None, 0, -1]:
                    cs.case(name, func, axis=axis)


def nan_payload_cases(cs, rng):
    """NaNs with distinct payloads: which NaN a complex product keeps depends on the loop NumPy
    runs (SIMD groups, tail, scalar), so products along both axes and many lengths. (Sums of
    several differently tagged NaNs are left out: numrs does not reproduce which payload wins.)"""
    for dt in ["D", "F"]:
        ft, ut = (np.float64, np.uint64) if dt == "D" else (np.float32, np.uint32)
        quiet = 0x7FF8000000000000 if dt == "D" else 0x7FC00000
        for n in range(1, 12):
            rows = 3
            parts = rng.standard_normal((rows, 2 * n, 2)).astype(ft)
            pick = rng.random(parts.shape)
            tags = rng.integers(1, 255, parts.shape).astype(ut)
            nans = (tags | ut(quiet)).view(ft)
            parts = np.where(pick < 0.3, nans, parts)
            parts = np.where((pick >= 0.3) & (pick < 0.4), ft(np.inf), parts)
            parts = np.where((pick >= 0.4) & (pick < 0.45), ft(0.0), parts)
            base = np.ascontiguousarray(parts).view(dt).reshape(-1)
            full = base.reshape(rows, 2 * n)
            for x in [full[:, :n], full[:, ::2], full[:, ::-2]]:
                name = cs.register(x, base)
                for axis in [0, 1]:
                    cs.case(name, "prod", axis=axis)


DTYPE_ARGS = ["?", "b", "B", "h", "i", "l", "L", "e", "f", "d", "F", "D"]


def dtype_cases(cs, rng):
    for dt in NUMERIC:
        for shape, pick in [((3, 4), 0), ((2, 3, 4), 1)]:
            for label, view, base in layouts(rng, dt, shape)[pick:pick + 1]:
                name = cs.register(view, base)
                for func in ["sum", "prod", "mean"]:
                    for want in DTYPE_ARGS:
                        for axis in [None, 0, -1]:
                            cs.case(name, func, axis=axis, dtype=want)
                for func in ["min", "max", "any", "all"]:
                    cs.case(name, func, dtype="d")
                cs.case(name, "sum", dtype=">f8")


INITIALS = [0, 5, -3, 300, -1, 2.5, -0.0, float("nan"), float("inf"), -float("inf"), True, 1j,
            1 << 70]


def initial_cases(cs, rng):
    for dt in NUMERIC:
        for shape in [(3, 4), (0, 3)]:
            view, base = layouts(rng, dt, shape)[0][1:]
            name = cs.register(view, base)
            for func in ["sum", "prod", "min", "max"]:
                for init in INITIALS:
                    for axis in [None, 1]:
                        cs.case(name, func, axis=axis, initial=init)
                cs.case(name, func, axis=0, initial=7, keepdims=True)
            for func in ["mean", "any", "all", "argmax"]:
                cs.case(name, func, initial=1)
            cs.case(name, "sum", dtype="B", initial=-1)
            cs.case(name, "sum", dtype="f", initial=1.5)


def where_cases(cs, rng):
    masks = {}
    for shape in [(3, 4), (4,), (3, 1), (), (1, 4)]:
        m = rng.random(shape) < 0.6 if shape else np.array(True)
        masks[shape] = cs.register(m, m.reshape(-1))
    allfalse = np.zeros((3, 4), bool)
    masks["none"] = cs.register(allfalse, allfalse.reshape(-1))
    big = rng.random((3, 8)) < 0.6
    masks["strided"] = cs.register(big[:, ::2], big.reshape(-1))
    bad = np.ones(3, bool)
    masks["bad"] = cs.register(bad, bad)
    ints = np.ones((3, 4), np.int64)
    masks["int"] = cs.register(ints, ints.reshape(-1))
    for dt in NUMERIC:
        nlayouts = 2 if np.dtype(dt).kind in "fc" else 1
        for label, view, base in layouts(rng, dt, (3, 4))[:nlayouts]:
            name = cs.register(view, base)
            for mk, mname in masks.items():
                for func in ["sum", "prod", "min", "max", "mean", "any", "all"]:
                    for axis in [None, 0, 1]:
                        cs.case(name, func, axis=axis, where=mname)
                        if func in ("min", "max", "sum", "prod"):
                            cs.case(name, func, axis=axis, where=mname, initial=-2)
                cs.case(name, "sum", axis=1, where=mname, keepdims=True)
                cs.case(name, "mean", axis=(0, 1), where=mname, keepdims=True)
                cs.case(name, "mean", axis=0, where=mname, dtype="f")
    # where on 3-d arrays with a broadcast 2-d mask
    m3 = rng.random((3, 4)) < 0.5
    m3name = cs.register(m3, m3.reshape(-1))
    for dt in ["d", "f", "e", "D", "l"]:
        for label, view, base in layouts(rng, dt, (2, 3, 4)):
            name = cs.register(view, base)
            for axis in axis_specs(3):
                cs.case(name, "sum", axis=axis, where=m3name)
                cs.case(name, "mean", axis=axis, where=m3name)
                cs.case(name, "max", axis=axis, where=m3name, initial=0.5)


def large_cases(cs, rng, arrays):
    """Big float arrays: pairwise summation order, buffering and NumPy 1.x's 8192 blocks."""
    seed = 1
    for kind in ["d", "f", "e", "F", "D"]:
        for n, shape_fn in [
            (100003, lambda a: a),                                   # contiguous 1-d
            (3 * 40000, lambda a: a[::3]),                           # strided 1-d
            (50000, lambda a: a[::-1]),                              # reversed
            (300 * 401, lambda a: a.reshape(300, 401)),              # C 2-d
            (300 * 401, lambda a: a.reshape(401, 300).T),            # F 2-d
            (60 * 70 * 33, lambda a: a.reshape(60, 70, 33)[:, ::2, :]),   # buffered chunks
            (20 * 9000, lambda a: a.reshape(20, 9000)[:, 1:]),       # rows > 8192
            (9000 * 3, lambda a: a.reshape(9000, 3)),                # many short rows
        ]:
            seed += 1
            base = lcg_items(kind, seed, n)
            view = shape_fn(base)
            name = cs.register(view, base, "lcg:%s:%d:%d" % (kind, seed, n))
            specs = [None] + list(range(view.ndim))
            if view.ndim == 3:
                specs += [(0, 2), (1, 2), (0, 1)]
            for axis in specs:
                cs.case(name, "sum", axis=axis)
                cs.case(name, "mean", axis=axis)
            cs.case(name, "sum", dtype="d" if kind in "efd" else "D")
            cs.case(name, "sum", dtype="f" if kind in "efd" else "F")
            cs.case(name, "sum", axis=0, dtype="d" if kind in "efd" else "D")
            cs.case(name, "mean", dtype="f" if kind in "efd" else "F")
            cs.case(name, "max")
            cs.case(name, "argmin")
            cs.case(name, "sum", initial=1.0)
        for n, shape_fn in [(30000, lambda a: a), (200 * 150, lambda a: a.reshape(200, 150).T)]:
            seed += 1
            pkind = "p" + kind if kind in "def" else kind
            base = lcg_items(pkind, seed, n)
            view = shape_fn(base)
            name = cs.register(view, base, "lcg:%s:%d:%d" % (pkind, seed, n))
            for axis in [None] + list(range(view.ndim)):
                cs.case(name, "prod", axis=axis)
    # integers whose float64 sums round (mean of int64, sum with dtype=f8/f4)
    for kind in ["l", "L", "i"]:
        seed += 1
        base = lcg_items(kind, seed, 30000)
        for view in [base, base.reshape(100, 300), base.reshape(300, 100).T]:
            name = cs.register(view, base, "lcg:%s:%d:%d" % (kind, seed, 30000))
            for axis in [None] + list(range(view.ndim)):
                cs.case(name, "mean", axis=axis)
                cs.case(name, "sum", axis=axis, dtype="d")
                cs.case(name, "sum", axis=axis, dtype="f")
                cs.case(name, "sum", axis=axis)


def error_cases(cs, rng):
    x = make_base(rng, "d", 6).reshape(2, 3)
    name = cs.register(x, x.reshape(-1))
    for func in FUNCS:
        for axis in [2, -3, 5]:
            cs.case(name, func, axis=axis)
        if not func.startswith("arg"):
            for axis in [(0, 0), (0, -2), (1, 2), (0, 1, 0)]:
                cs.case(name, func, axis=axis)
    for dt in ["U3", "S2"]:
        s = np.array(["ab", "c", "d"], dtype=dt)
        name = cs.register(s, s)
        for func in FUNCS:
            cs.case(name, func)


def cast_rule_cases(cs, rng):
    """Out-of-range floats cast to uint32 inside a reduction: NumPy's buffered cast uses its
    vectorized loop for contiguous input and C casts for strided input (they differ), and
    `initial=` is stored with C casts."""
    vals = [5e9, -3e9, 4.5e9, 1e10, 2.5, -1.0, 3e9, -2.2e9, 7.0, 6e9]
    for dt in ["d", "f"]:
        base = np.array(vals * 4, dtype=dt)
        views = [base, base[::2], base.reshape(5, 8), base.reshape(5, 8)[:, ::3]]
        for view in views:
            name = cs.register(view, base)
            for want in ["I", "L", "i", "H"]:
                for axis in [None, -1]:
                    cs.case(name, "sum", axis=axis, dtype=want)
            for init in [5e9, -3e9]:
                cs.case(name, "sum", dtype="I", initial=init)
                cs.case(name, "max", dtype="I", initial=init)


OUT_DTYPES = ["?", "b", "h", "l", "L", "e", "f", "d", "F", "D"]


def out_cases(cs, rng):
    """out=: loop types chosen with out's dtype, unsafe casts into it, start values that pass
    through it, layouts, overlap with the input, shape errors, argmin/argmax's rules."""
    def register_out(shape, dt, layout="C"):
        n = int(np.prod(shape))
        if layout == "C":
            base = np.full(n, 7, dtype=dt)
            view = base.reshape(shape)
        elif layout == "F":
            base = np.full(n, 7, dtype=dt)
            view = base.reshape(shape[::-1]).T
        elif layout == "strided":
            base = np.full(2 * n + 1, 7, dtype=dt)
            view = base[1::2].reshape(shape)
        else:  # reversed
            base = np.full(n, 7, dtype=dt)
            view = base[::-1].reshape(shape)
        return cs.register(view, base)

    outs = {}

    def out_for(shape, dt, layout="C"):
        key = (tuple(shape), np.dtype(dt).str, layout)
        if key not in outs:
            outs[key] = register_out(tuple(shape), dt, layout)
        return outs[key]

    def result_shape(shape, axis, keepdims):
        nd = len(shape)
        axes = range(nd) if axis is None else [axis % nd]
        if keepdims:
            return [1 if i in axes else d for i, d in enumerate(shape)]
        return [d for i, d in enumerate(shape) if i not in axes]

    # Every input dtype x out dtype, along each axis.
    for dt in ["?", "b", "B", "i", "l", "e", "f", "d", "D"]:
        view, base = layouts(rng, dt, (3, 4))[0][1:]
        name = cs.register(view, base)
        for func in ["sum", "prod", "min", "max", "mean", "any", "all"]:
            for odt in OUT_DTYPES:
                for axis in [None, 1]:
                    cs.case(name, func, axis=axis, out=out_for(result_shape((3, 4), axis, False), odt))
            for axis in [None, 0]:
                cs.case(name, func, axis=axis, keepdims=True,
                        out=out_for(result_shape((3, 4), axis, True), "d"))
        for func in ["argmin", "argmax"]:
            for odt in ["l", "i", "h", "?", "L", "d", ">i8"]:
                cs.case(name, func, axis=0, out=out_for([4], odt))
            cs.case(name, func, out=out_for([], "l"))
            cs.case(name, func, axis=1, keepdims=True, out=out_for([3, 1], "l"))
            cs.case(name, func, axis=1, out=out_for([4], "l"))
            cs.case(name, func, axis=None, out=out_for([1], "l"))
    # dtype=, initial=, where= with out=
    for dt in ["b", "f", "d"]:
        view, base = layouts(rng, dt, (3, 4))[0][1:]
        name = cs.register(view, base)
        mask = rng.random((3, 4)) < 0.5
        mname = cs.register(mask, mask.reshape(-1))
        for odt in ["b", "l", "f", "d"]:
            o1 = out_for([3], odt)
            o0 = out_for([], odt)
            for func in ["sum", "prod", "mean"]:
                for want in ["b", "l", "f", "d"]:
                    cs.case(name, func, axis=1, dtype=want, out=o1)
            for func in ["sum", "prod", "min", "max"]:
                for init in [2.5, -3, 300]:
                    cs.case(name, func, axis=1, initial=init, out=o1)
                    cs.case(name, func, initial=init, out=o0)
                cs.case(name, func, axis=1, where=mname, initial=1.5, out=o1)
            for func in ["sum", "prod", "mean", "any", "all"]:
                cs.case(name, func, axis=1, where=mname, out=o1)
                cs.case(name, func, where=mname, out=o0)
            cs.case(name, "min", axis=1, where=mname, out=o1)
    # Layouts of out, and inputs whose float sums depend on the iteration order.
    for dt in ["d", "f", "D"]:
        for label, view, base in layouts(rng, dt, (2, 3, 4)):
            name = cs.register(view, base)
            for axis in [0, 1, 2, None]:
                rs = result_shape((2, 3, 4), axis, False)
                for layout in ["C", "F", "strided", "reversed"]:
                    if axis is None and layout != "C":
                        continue
                    for odt in [dt, "d", "f"]:
                        o = out_for(rs, odt, layout)
                        cs.case(name, "sum", axis=axis, out=o)
                        cs.case(name, "mean", axis=axis, out=o)
                        cs.case(name, "max", axis=axis, out=o)
            for axis in [(0, 2), (1, 2), (0, 1)]:
                rest = [d for i, d in enumerate((2, 3, 4)) if i not in axis]
                for layout in ["C", "strided"]:
                    cs.case(name, "sum", axis=axis, out=out_for(rest, dt, layout))
    for dt in [">f8", "<i4"]:
        cs.case(cs.register(*layouts(rng, "d", (3, 4))[0][1:]), "sum", axis=0,
                out=out_for([4], dt))
    # Out overlapping the input.
    for dt in ["d", "l", "f"]:
        base = make_base(rng, dt, 12, specials=False)
        x = base.reshape(3, 4)
        name = cs.register(x, base)
        isz = x.itemsize
        for func in ["sum", "prod", "max", "mean", "argmax"]:
            cs.case(name, func, axis=0, outin=(0, (4,), (isz,)))
            cs.case(name, func, axis=0, outin=(4 * isz, (4,), (isz,)))
            cs.case(name, func, axis=0, outin=(8 * isz, (4,), (-isz,)))
            cs.case(name, func, axis=1, outin=(0, (3,), (4 * isz,)))
            cs.case(name, func, axis=1, outin=(isz, (3,), (isz,)))
            cs.case(name, func, outin=(5 * isz, (), ()))
    # Shape errors, read-only out.
    shapes = [((2, 3), 0, False, [(2,), (1, 3), (3, 3), (1,), ()]),
              ((2, 3), 1, False, [(3,), (1,), (2, 1)]),
              ((2, 3), None, False, [(1,), (2, 3), (1, 1)]),
              ((2, 3), None, True, [(1,), (1, 3), (2, 3), (1, 1)]),
              ((2, 3, 4), 1, False, [(2, 5), (1, 4), (5, 1), (1, 5), (2, 1), (4, 2)]),
              ((2, 3, 4), 1, True, [(2, 1, 5), (2, 3, 4), (1, 1, 4), (2, 1, 1), (2, 3, 1)]),
              ((2, 3, 4), (0, 2), False, [(5,), (1,)]),
              ((2, 3, 4), (0, 1), False, [(5,), (1,)]),
              ((3, 1), 0, False, [(4,), (1,)]),
              ((3, 1), 0, True, [(1, 4), (1, 1)]),
              ((0, 3), 0, False, [(3,), (5,)]),
              ((4,), 0, False, [()])]
    for shape, axis, kd, bad in shapes:
        view, base = layouts(rng, "d", shape)[0][1:]
        name = cs.register(view, base)
        for oshape in bad:
            o = out_for(oshape, "d")
            for func in ["sum", "min", "mean", "any"]:
                cs.case(name, func, axis=axis, keepdims=kd, out=o)
            if not isinstance(axis, tuple):
                cs.case(name, "argmax", axis=axis, keepdims=kd, out=out_for(oshape, "l"))
    view, base = layouts(rng, "d", (2, 3))[0][1:]
    name = cs.register(view, base)
    m_ok = np.ones(3, bool)
    m_bad = np.ones(4, bool)
    mok, mbad = cs.register(m_ok, m_ok), cs.register(m_bad, m_bad)
    for func in ["sum", "min", "mean", "max"]:
        for oshape in [(3,), (5,), (2,)]:
            for mname in [mok, mbad]:
                cs.case(name, func, axis=0, where=mname, out=out_for(oshape, "d"))
                cs.case(name, func, axis=0, where=mname, initial=0.0, out=out_for(oshape, "d"))
        cs.case(name, func, axis=0, out=out_for((3,), "d"), outro=1)
        cs.case(name, func, axis=0, out=out_for((5, 5), "d"), outro=1)
        cs.case(name, func, axis=5, out=out_for((5, 5), "d"))
    for func in ["argmin", "argmax"]:
        cs.case(name, func, axis=0, out=out_for((3,), "l"), outro=1)
        cs.case(name, func, axis=0, out=out_for((3,), "d"), outro=1)
        cs.case(name, func, axis=5, out=out_for((5,), "l"))
    empty = np.zeros((0, 3))
    ename = cs.register(empty, empty.reshape(-1))
    for func in ["sum", "prod", "min", "max", "mean", "argmin", "any"]:
        cs.case(ename, func, axis=0, out=out_for((3,), "d" if func != "argmin" else "l"))
        cs.case(ename, func, axis=1, out=out_for((0,), "d" if func != "argmin" else "l"))
    # Large float sums into out (NumPy 2 rounds the running sum into out at buffer ends).
    seed = 1000
    for kind, n, shape_fn in [("d", 100003, lambda a: a), ("f", 100003, lambda a: a),
                              ("d", 300 * 401, lambda a: a.reshape(300, 401)),
                              ("d", 300 * 401, lambda a: a.reshape(401, 300).T),
                              ("f", 60 * 70 * 33, lambda a: a.reshape(60, 70, 33)[:, ::2, :])]:
        seed += 1
        base = lcg_items(kind, seed, n)
        view = shape_fn(base)
        name = cs.register(view, base, "lcg:%s:%d:%d" % (kind, seed, n))
        for axis in [None] + list(range(view.ndim)):
            rs = result_shape(view.shape, axis, False)
            for odt in ["f", "d", "e"]:
                cs.case(name, "sum", axis=axis, out=out_for(rs, odt))
                cs.case(name, "mean", axis=axis, out=out_for(rs, odt))


def build(version):
    rng = np.random.default_rng(20240605)
    arrays = Arrays()
    cs = Cases(arrays)
    small_cases(cs, rng)
    unaligned_cases(cs, rng)
    odd_stride_cases(cs, rng)
    nan_payload_cases(cs, rng)
    dtype_cases(cs, rng)
    initial_cases(cs, rng)
    where_cases(cs, rng)
    large_cases(cs, rng, arrays)
    error_cases(cs, rng)
    cast_rule_cases(cs, rng)
    out_cases(cs, rng)
    header = ("# GENERATED by oracle/gen_reduce.py --version %s with numpy %s. Do not edit.\n"
              % (version, np.__version__))
    return header + "\n".join(arrays.lines + cs.lines) + "\n", len(cs.lines)


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
    fname = "cases.np%s.txt" % args.version
    text, ncases = build(args.version)
    with open(os.path.join(out, fname), "w") as fh:
        fh.write(text)
    failed = False
    if args.check:
        with open(os.path.join(args.out, fname)) as fh:
            old = fh.read()
        if old != text:
            failed = True
            sys.stdout.writelines(difflib.unified_diff(
                old.splitlines(True), text.splitlines(True), fname, fname + " (new)", n=0))
    print("%s: %d cases" % (fname, ncases), file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
