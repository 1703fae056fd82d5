"""Generate printing expectations for numrs::format from real NumPy.

Run with NumPy 2.4.x:  python gen.py  (writes expected.json next to this file)

Every case stores the element values (as exact Python reprs) so the Rust
tests can feed them back through the accessor closure.
"""
import json
import math
import os

import numpy as np
from numpy._core import arrayprint

assert np.__version__.startswith("2.4"), np.__version__

DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75,
                suppress=False, legacy_1x=False)
rng = np.random.default_rng(20240611)


def enc(v, dtype):
    """Encode one element as text."""
    k = np.dtype(dtype).kind
    if k == "b":
        return "True" if v else "False"
    if k in "iu":
        return str(int(v))
    if k == "f":
        return repr(float(v))
    if k == "c":
        return repr(float(v.real)) + ";" + repr(float(v.imag))
    raise ValueError(dtype)


def np_opts(opts):
    d = dict(precision=opts["precision"], threshold=opts["threshold"],
             edgeitems=opts["edgeitems"], linewidth=opts["linewidth"],
             suppress=opts["suppress"])
    if opts["legacy_1x"]:
        d["legacy"] = "1.25"
    return d


arrays = []
scalars = []


def add(name, a, **opts):
    a = np.asarray(a)
    o = dict(DEFAULTS)
    o.update(opts)
    with np.printoptions(**np_opts(o)):
        r = repr(a)
        s = str(a)
    dt = a.dtype
    show = (not arrayprint.dtype_is_implied(dt)) or a.size == 0
    kept = None
    sub = a
    if a.size > o["threshold"]:
        # Only NumPy's `_leading_trailing` corners are stored: the printer
        # must not ask for any other element.
        e = o["edgeitems"]
        kept = [list(range(n)) if n <= 2 * e else
                (list(range(e)) + list(range(n - e, n)) if e else list(range(n)))
                for n in a.shape]
        sub = a[np.ix_(*kept)] if a.ndim else a
    arrays.append(dict(
        name=name,
        dtype=dt.name,
        dtype_repr=arrayprint.dtype_short_repr(dt) if show else None,
        shape=list(a.shape),
        kept=kept,
        values=[enc(v, dt) for v in sub.ravel()],
        opts=o,
        repr=r,
        str=s,
    ))


def add_scalar(dtype, value, **opts):
    v = np.dtype(dtype).type(value)
    o = dict(DEFAULTS)
    o.update(opts)
    with np.printoptions(**np_opts(o)):
        r = repr(v)
        s = str(v)
    scalars.append(dict(dtype=np.dtype(dtype).name, value=enc(v, dtype),
                        legacy_1x=o["legacy_1x"], repr=r, str=s))


nan, inf = float("nan"), float("inf")

# ---------------------------------------------------------------- integers
add("int basic", np.array([1, 2, 3]))
add("int negative align", np.array([1, -20, 300, -4000]))
add("int 2d", np.array([[1, 2], [3, 4]]))
add("int 2d align", np.array([[1, -200], [30000, 4]]))
add("int8 extremes", np.array([-128, 0, 127], dtype=np.int8))
add("uint8", np.array([0, 7, 255], dtype=np.uint8))
add("uint8 2d", np.array([[1, 2], [3, 4]], dtype=np.uint8))
add("int16", np.array([-32768, 5, 32767], dtype=np.int16))
add("int32 3d", np.arange(24, dtype=np.int32).reshape(2, 3, 4))
add("int64 extremes", np.array([-2**63, 0, 2**63 - 1]))
add("uint64 extremes", np.array([0, 2**64 - 1], dtype=np.uint64))
add("uint32", np.array([3, 4000000000], dtype=np.uint32))
add("uint16 3d", np.arange(12, dtype=np.uint16).reshape(3, 2, 2))
add("int 4d", np.arange(16).reshape(2, 2, 2, 2))
add("int 5d", np.arange(32).reshape(2, 2, 2, 2, 2) - 16)
add("int big-endian", np.array([1, 2], dtype=">i4"))
add("int little-endian u2", np.array([1, 2], dtype="<u2"))
add("int big-endian 2d", np.array([[1, -2], [3, 4]], dtype=">i8"))
add("int wrap 1d", np.arange(100))
add("int wrap 1d int8", np.arange(-50, 50, dtype=np.int8))
add("int wrap 2d rows", np.arange(100).reshape(4, 25))
add("int wrap 3d", np.arange(60).reshape(2, 2, 15) * 1000)
add("int random", rng.integers(-1000, 1000, size=20))
add("int random 2d", rng.integers(-10**9, 10**9, size=(4, 5)))
add("int single", np.array([42]))
add("int column", np.array([[1], [22], [-333]]))
add("int 0d int8", np.array(5, dtype=np.int8))
add("int 0d int64", np.array(-7))
add("int 0d uint64", np.array(2**64 - 1, dtype=np.uint64))
add("int shape (1,1,1)", np.array([[[9]]]))
add("int (3,1,2)", np.arange(6).reshape(3, 1, 2))

# ---------------------------------------------------------------- empty
add("empty int8", np.array([], dtype=np.int8))
add("empty int64", np.array([], dtype=np.int64))
add("empty float64", np.array([]))
add("empty bool", np.array([], dtype=bool))
add("empty complex", np.array([], dtype=np.complex128))
add("empty (2,0)", np.zeros((2, 0)))
add("empty (0,3)", np.zeros((0, 3)))
add("empty (0,3) int8", np.zeros((0, 3), dtype=np.int8))
add("empty (3,0,2)", np.zeros((3, 0, 2), dtype=np.int32))
add("empty (0,0)", np.zeros((0, 0), dtype=np.float32))
add("empty big-endian", np.zeros((0,), dtype=">f8"))

# ---------------------------------------------------------------- bools
add("bool basic", np.array([True, False]))
add("bool all true", np.array([True, True, True]))
add("bool column", np.array([[True], [False]]))
add("bool 3d", np.arange(8).reshape(2, 2, 2) % 3 == 0)
add("bool wrap", np.arange(40) % 3 == 0)
add("bool 0d true", np.array(True))
add("bool 0d false", np.array(False))
add("bool summarized", np.arange(2000) % 2 == 0)

# ---------------------------------------------------------------- float64
add("f64 basic", np.array([1., 2., 3., 4.]))
add("f64 0.1", np.array([0.1]))
add("f64 1e-5", np.array([1e-5]))
add("f64 nan", np.array([nan]))
add("f64 inf", np.array([inf]))
add("f64 -inf", np.array([-inf]))
add("f64 -0", np.array([-0.0]))
add("f64 zeros", np.zeros(3))
add("f64 zero and -0", np.array([0.0, -0.0]))
add("f64 thirds", np.array([1 / 3, 2 / 3]))
add("f64 precision rounding", np.array([0.123456789012, 1.0]))
add("f64 round carry", np.array([0.999999999, 0.5]))
add("f64 round half even", np.array([0.001953125, 1.0]))
add("f64 mixed 1e-10", np.array([1e-10, 1.0]))
add("f64 mixed 1e20", np.array([1e20, 1.0]))
add("f64 1e20 alone", np.array([1e20]))
add("f64 1e16", np.array([1e16]))
add("f64 1e8 cutoff", np.array([1e8]))
add("f64 just below 1e8", np.array([99999999.0]))
add("f64 1e-4 boundary", np.array([1e-4, 0.05]))
add("f64 below 1e-4", np.array([9.99e-5, 0.05]))
add("f64 ratio exactly 1000", np.array([1.0, 1000.0]))
add("f64 ratio above 1000", np.array([1.0, 1000.5]))
add("f64 specials", np.array([1.5, nan, inf, -inf]))
add("f64 nan only", np.array([nan, nan]))
add("f64 nan and one", np.array([nan, 1.0]))
add("f64 -inf and one", np.array([-inf, 1.0]))
add("f64 inf and tiny", np.array([inf, -1e-10]))
add("f64 nan exp", np.array([nan, 1e-10, 1.0]))
add("f64 mixed widths", np.array([0.1, 0.25, 100.125]))
add("f64 large", np.array([123456789.0]))
add("f64 extreme exps", np.array([-1.5e-7, 2.5e300]))
add("f64 denormal", np.array([5e-324]))
add("f64 max", np.array([1.7976931348623157e308, -1.0]))
add("f64 pi e", np.array([np.pi, np.e]))
add("f64 integers", np.array([-1.0, 10.0, 100.0]))
add("f64 negative fraction", np.array([-0.5, 0.25]))
add("f64 exp 3-digit", np.array([1e-100, 1e100]))
add("f64 exp mixed digits", np.array([1.5e-5, 2.0, 3e150]))
add("f64 random normal", rng.normal(size=10))
add("f64 random normal 2d", rng.normal(size=(3, 4)))
add("f64 random normal 3d", rng.normal(size=(2, 2, 3)))
add("f64 random big", rng.uniform(0, 1e6, size=6))
add("f64 random exp", rng.normal(size=5) * 10.0 ** rng.integers(-20, 20, size=5))
add("f64 random wide wrap", rng.normal(size=(3, 12)))
add("f64 arange wrap", np.arange(40.0))
add("f64 linspace", np.linspace(0, 1, 11))
add("f64 0d", np.array(1.0))
add("f64 0d nan", np.array(nan))
add("f64 0d -0", np.array(-0.0))
add("f64 0d tiny", np.array(1e-20))
add("f64 0d 0.1", np.array(0.1))
add("f64 0d 1e16", np.array(1e16))
add("f64 0d 1/3", np.array(1 / 3))
add("f64 0d -inf", np.array(-inf))
add("f64 1e15 1e16 str", np.array([1e15, 1e16]))
add("f64 unique short", np.array([0.5, 0.25, 0.125]))
add("f64 many digits int part", np.array([12345678.5, 0.5]))

# ---------------------------------------------------------------- float32 / float16
f32 = np.float32
add("f32 basic", np.array([0.1, 0.2], dtype=f32))
add("f32 1e6 cutoff", np.array([1e6], dtype=f32))
add("f32 below 1e6", np.array([999999.0], dtype=f32))
add("f32 1e-4 nep50", np.array([1e-4, 0.5], dtype=f32))
add("f32 2^24", np.array([16777216.0], dtype=f32))
add("f32 pi", np.array([np.pi, -np.pi], dtype=f32))
add("f32 random", rng.normal(size=8).astype(f32))
add("f32 random 2d", rng.normal(size=(3, 3)).astype(f32))
add("f32 nan", np.array([nan, 1.5], dtype=f32))
add("f32 exp", np.array([1e-30, 1e30], dtype=f32))
add("f32 0d", np.array(3.14, dtype=f32))
add("f32 0d 0.1", np.array(0.1, dtype=f32))
add("f32 1e7", np.array([1e7], dtype=f32))
add("f32 big-endian", np.array([1.5, 2.0], dtype=">f4"))
add("f16 basic", np.array([0.1, 0.2], dtype=np.float16))
add("f16 max", np.array([65504.0], dtype=np.float16))
add("f16 999", np.array([999.0, 1.0], dtype=np.float16))
add("f16 1000 cutoff", np.array([1000.0], dtype=np.float16))
add("f16 1e-4 nep50", np.array([1e-4, 0.1], dtype=np.float16))
add("f16 denormal", np.array([6e-8, 1.0], dtype=np.float16))
add("f16 random", rng.normal(size=8).astype(np.float16))
add("f16 random 2d", (rng.normal(size=(2, 4)) * 50).astype(np.float16))
add("f16 ratio rounding", np.array([0.5, 500.25], dtype=np.float16))
add("f16 ratio near", np.array([0.25, 250.1], dtype=np.float16))
add("f16 specials", np.array([nan, -inf, 0.5], dtype=np.float16))
add("f16 0d", np.array(0.1, dtype=np.float16))
add("f16 0d big", np.array(2048, dtype=np.float16))

# ---------------------------------------------------------------- complex
c = np.complex128
add("c basic", np.array([1 + 2j, 0 - 1j]))
add("c pad", np.array([1 + 2j, 1.5 + 0.25j]))
add("c nan inf", np.array([complex(nan, 0), 1 + 1j, complex(1, inf)]))
add("c nan nan", np.array([complex(nan, nan)]))
add("c inf -inf", np.array([complex(inf, -inf), 1 + 1j]))
add("c -0 imag", np.array([complex(1, -0.0)]))
add("c zero", np.array([0j, complex(0, -0.0)]))
add("c exp", np.array([1e-10 + 1j, 2 + 3j]))
add("c exp imag", np.array([1 + 1e-10j, 2 + 3j]))
add("c big", np.array([1e20 + 1j]))
add("c random", (rng.normal(size=4) + 1j * rng.normal(size=4)))
add("c random 2d", (rng.normal(size=(2, 3)) + 1j * rng.normal(size=(2, 3))))
add("c wrap", np.arange(30) + 1j * np.arange(30)[::-1])
add("c64 basic", np.array([0.1 + 0.2j, 1 - 1j], dtype=np.complex64))
add("c64 exp", np.array([1e7 + 1j], dtype=np.complex64))
add("c64 random", (rng.normal(size=3) + 1j * rng.normal(size=3)).astype(np.complex64))
add("c 0d", np.array(1 + 2j))
add("c 0d imag only", np.array(1j))
add("c 0d nan", np.array(complex(nan, 1)))
add("c64 0d", np.array(0.1 + 0.2j, dtype=np.complex64))
add("c big-endian", np.array([1 + 1j], dtype=">c16"))
add("c summarized", np.arange(2000) * (1 + 1j))

# ---------------------------------------------------------------- 3-d+ separators
add("f64 3d", np.arange(12.0).reshape(2, 3, 2) / 4)
add("f64 4d", np.arange(16.0).reshape(2, 2, 2, 2) - 7.5)
add("bool 4d", np.arange(16).reshape(2, 2, 2, 2) % 2 == 0)
add("int 3d wide", np.arange(3 * 2 * 30).reshape(3, 2, 30))

# ---------------------------------------------------------------- summarization
add("sum int 1d", np.arange(2000))
add("sum int 1d 1001", np.arange(1001))
add("sum f64 1d", np.arange(2000.0))
add("sum f64 random", rng.normal(size=1500))
add("sum int 2d", np.arange(2000).reshape(40, 50))
add("sum int 2d narrow", np.arange(2000).reshape(1000, 2))
add("sum int 2d short rows", np.arange(2000).reshape(2, 1000))
add("sum int 3d", np.arange(2000).reshape(10, 10, 20))
add("sum int 3d small first", np.arange(2000).reshape(2, 10, 100))
add("sum int 4d", np.arange(2000).reshape(2, 10, 10, 10))
add("sum f64 3d", np.arange(2000.0).reshape(10, 10, 20) / 7)
add("sum wrap f64", rng.normal(size=(20, 100)) * 1e5)
add("sum wrap int", np.arange(2000).reshape(20, 100) * 10**15)
add("sum wrap 1d big ints", np.arange(2000, dtype=np.int64) * 10**16)
add("sum f32", np.arange(3000, dtype=np.float32) / 3)
add("sum f16", np.arange(1200, dtype=np.float16))
add("sum uint8", (np.arange(1500) % 256).astype(np.uint8))
add("sum format from edges only", np.concatenate([[1.5], np.full(1500, 1e-9), [2.5]]))
add("sum nan inside", np.concatenate([[1.0, nan], np.arange(1500.0), [inf]]))
add("sum exactly threshold", np.arange(1000))

# ---------------------------------------------------------------- options
add("opt precision 3", np.array([1 / 3, 2 / 3, 10.0]), precision=3)
add("opt precision 4 exp", np.array([1 / 3e10, 2.0]), precision=4)
add("opt precision 0", np.array([0.5, 1.5, 2.5]), precision=0)
add("opt precision 1 carry", np.array([0.96, 9.96]), precision=1)
add("opt suppress", np.array([1e-10, 1.0]), suppress=True)
add("opt suppress big", np.array([1e-10, 1e5, 0.5]), suppress=True)
add("opt suppress 1e8", np.array([1e8, 1.0]), suppress=True)
add("opt threshold 10", np.arange(20), threshold=10)
add("opt threshold 10 2d", np.arange(30).reshape(5, 6), threshold=10)
add("opt threshold 0 0d", np.array(3), threshold=0)
add("opt edgeitems 1", np.arange(2000), edgeitems=1)
add("opt edgeitems 2 3d", np.arange(2000).reshape(10, 10, 20), edgeitems=2)
add("opt edgeitems 0", np.arange(10), threshold=5, edgeitems=0)
add("opt linewidth 40", np.arange(30), linewidth=40)
add("opt linewidth 20 2d", np.arange(24).reshape(2, 12), linewidth=20)
add("opt linewidth 10 3d", np.arange(8).reshape(2, 2, 2) * 1000, linewidth=10)
add("opt linewidth 5", np.arange(5) * 100000, linewidth=5)
add("opt linewidth 100", np.arange(50.0) / 3, linewidth=100)
add("opt linewidth dtype spill", np.arange(13, dtype=np.int8), linewidth=60)
add("opt legacy f32 1e7", np.array([1e7], dtype=f32), legacy_1x=True)
add("opt legacy summarized", np.arange(2000), legacy_1x=True)
add("opt legacy f16 1000", np.array([1000.0], dtype=np.float16), legacy_1x=True)

# dtype spilling onto its own line
add("dtype newline", np.arange(18, dtype=np.int8) * 7)
add("dtype newline uint16", np.arange(15, dtype=np.uint16) * 1000)
add("shape newline", np.arange(2000, dtype=np.int16))

# ---------------------------------------------------------------- scalars
for v in [True, False]:
    add_scalar(bool, v)
for dt, vals in [
    (np.int8, [6, -128, 127, 0]),
    (np.uint8, [255, 0]),
    (np.int16, [-300]),
    (np.int32, [123456]),
    (np.int64, [-2**63, 2**63 - 1]),
    (np.uint64, [3, 2**64 - 1]),
    (np.uint32, [4000000000]),
    (np.float64, [0.1, 1.0, -0.0, 0.0, 1e-5, 1e16, 1e15, 9999999999999998.0,
                  1.5e16, 1e-4, 9.9e-5, nan, inf, -inf, 1 / 3, 1e300, 5e-324,
                  123456.789, 2.5, -1.25, 1e22, 0.30000000000000004]),
    (np.float32, [0.1, 1e6, 999999.0, 1e-4, 3.14159, nan, -inf, 16777216.0,
                  1e16, 1e-5, 0.3, 1e-45]),
    (np.float16, [0.1, 1000.0, 999.0, 65504.0, 1e-4, 6e-8, nan, -0.0, 0.5,
                  1e-5, 2049.0, inf]),
    (np.complex128, [1 + 2j, 1j, -1j, complex(0, -0.0), complex(-0.0, 1),
                     complex(nan, nan), complex(inf, -inf), complex(1, nan),
                     1e20 + 1e-20j, 0.1 + 0.2j, complex(0, nan),
                     complex(0, inf), complex(-1.5, -2.5), 0j,
                     complex(1e16, 1)]),
    (np.complex64, [0.1 + 0.2j, 1e7 + 1j, 1j, complex(1, -inf)]),
]:
    for v in vals:
        add_scalar(dt, v)
for dt, v in [(np.float64, 0.1), (np.float32, 1e7), (np.float16, 1000.0),
              (bool, True), (np.int8, 6), (np.complex128, 1 + 2j),
              (np.complex128, 1j), (np.float64, 1e16)]:
    add_scalar(dt, v, legacy_1x=True)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.json"), "w") as fh:
    # One case per line keeps the file diff-friendly.
    fh.write('{"numpy": %s,\n"arrays": [\n' % json.dumps(np.__version__))
    fh.write(",\n".join(json.dumps(c, ensure_ascii=True) for c in arrays))
    fh.write('],\n"scalars": [\n')
    fh.write(",\n".join(json.dumps(c, ensure_ascii=True) for c in scalars))
    fh.write("]}\n")
print(f"{len(arrays)} array cases, {len(scalars)} scalar cases")
