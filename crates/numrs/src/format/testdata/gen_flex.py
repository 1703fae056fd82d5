"""Generate printing expectations for flexible (S/U/V) and structured dtypes.

Run with NumPy 2.4.x:  python gen_flex.py  (writes expected_flex.json here)

Each array case stores:
  kind   - the printer's element kind as a tree ("int", "f64", "S", ...,
           {"rec": [kinds]}, {"sub": kind, "shape": [...]})
  dtype  - the dtype as a tree the Rust test turns into a numrs DType
  values - the printed elements (NumPy's `_leading_trailing` corners) as
           trees matching `kind`
  raw    - the same elements' bytes as hex (decoded again by numrs)
"""
import json
import os

import numpy as np
from numpy._core import arrayprint

assert np.__version__.startswith("2.4"), np.__version__

DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75,
                suppress=False, legacy_1x=False)
rng = np.random.default_rng(20240612)


def kind_tree(d):
    d = np.dtype(d)
    if d.subdtype is not None:
        base, shape = d.subdtype
        return {"sub": kind_tree(base), "shape": list(shape)}
    if d.names is not None:
        return {"rec": [kind_tree(d.fields[n][0]) for n in d.names]}
    k = d.kind
    if k == "b":
        return "bool"
    if k == "i":
        return "int"
    if k == "u":
        return "uint"
    if k == "f":
        return "f%d" % (d.itemsize * 8)
    if k == "c":
        return "c%d" % (d.itemsize * 8)
    if k in "SUV":
        return k
    raise ValueError(d)


def dtype_tree(d):
    d = np.dtype(d)
    if d.subdtype is not None:
        base, shape = d.subdtype
        return {"sub": dtype_tree(base), "shape": list(shape)}
    if d.names is not None:
        return {"rec": [[n, dtype_tree(d.fields[n][0]), d.fields[n][1]]
                        for n in d.names],
                "itemsize": d.itemsize, "aligned": bool(d.isalignedstruct)}
    if d.kind == "S":
        return {"S": d.itemsize}
    if d.kind == "U":
        return {"U": d.itemsize // 4, "order": d.str[0]}
    if d.kind == "V":
        return {"V": d.itemsize}
    return {"num": d.str}


def enc(v, d):
    """Encode one element of dtype `d` as a JSON tree."""
    d = np.dtype(d)
    if d.subdtype is not None:
        base, _ = d.subdtype
        return [enc(x, base) for x in np.asarray(v).ravel()]
    if d.names is not None:
        return [enc(v[n], d.fields[n][0]) for n in d.names]
    k = d.kind
    if k == "b":
        return "True" if v else "False"
    if k in "iu":
        return str(int(v))
    if k == "f":
        return repr(float(v))
    if k == "c":
        return repr(float(v.real)) + ";" + repr(float(v.imag))
    if k == "S":
        return bytes(v).hex()
    if k == "U":
        return str(v)
    if k == "V":
        return bytes(v).hex()
    raise ValueError(d)


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
        e = o["edgeitems"]
        kept = [list(range(n)) if n <= 2 * e else
                (list(range(e)) + list(range(n - e, n)) if e else list(range(n)))
                for n in a.shape]
        sub = a[np.ix_(*kept)] if a.ndim else a
    flat = sub.ravel()
    arrays.append(dict(
        name=name,
        kind=kind_tree(dt),
        dtype=dtype_tree(dt),
        dtype_repr=arrayprint.dtype_short_repr(dt) if show else None,
        shape=list(a.shape),
        kept=kept,
        values=[enc(v, dt) for v in flat],
        raw=[flat[i:i + 1].tobytes().hex() for i in range(flat.size)],
        opts=o,
        repr=r,
        str=s,
    ))


def add_scalar(v, **opts):
    o = dict(DEFAULTS)
    o.update(opts)
    with np.printoptions(**np_opts(o)):
        r = repr(v)
        s = str(v)
    dt = v.dtype
    if isinstance(v, np.bytes_):
        raw = bytes(v)
    elif isinstance(v, np.str_):
        raw = str(v).encode("utf-8")
    else:
        raw = v.tobytes()
    scalars.append(dict(
        kind=kind_tree(dt),
        dtype=dtype_tree(dt),
        type_name=str(dt),
        value=enc(v, dt),
        raw=raw.hex(),
        opts=o,
        repr=r,
        str=s,
    ))


nan, inf = float("nan"), float("inf")

# ---------------------------------------------------------------- bytes (S)
add("S basic", np.array([b"ab", b"c"]))
add("S 2d", np.array([[b"a", b"bb"], [b"ccc", b""]]))
add("S 3d", np.array([b"x", b"yz"] * 6).reshape(2, 3, 2))
add("S empty", np.array([], dtype="S3"))
add("S empty 2d", np.zeros((2, 0), dtype="S1"))
add("S empty (0,4)", np.zeros((0, 4), dtype="S5"))
add("S 0d", np.array(b"hello"))
add("S 0d empty", np.array(b""))
add("S 0d quote", np.array(b"it's"))
add("S nul inside", np.array([b"\x00a", b"a\x00b"]))
add("S all nul", np.zeros(3, dtype="S2"))
add("S quotes", np.array([b"it's", b'say "hi"', b"both'\""]))
add("S backslash", np.array([b"a\\b", b"\\"]))
add("S controls", np.array([b"\t\n\r", b"\x01\x1f\x7f", b"\x0b\x0c"]))
add("S high bytes", np.array([b"\x80\xff", b"caf\xc3\xa9"]))
add("S S1", np.array(list(b"abc"), dtype="u1").view("S1"))
add("S wrap", np.array([b"word%d" % i for i in range(30)]))
add("S wrap long", np.array([b"x" * 30, b"y" * 40, b"z" * 10]))
add("S wrap 2d", np.array([b"abcdefgh"] * 24).reshape(2, 12))
add("S summarized", np.array([b"%d" % i for i in range(2000)]))
add("S summarized 2d", np.array([b"%d" % i for i in range(2000)]).reshape(40, 50))
add("S threshold 5", np.array([b"a", b"b", b"c", b"d", b"e", b"f", b"g"]), threshold=5)
add("S edgeitems 1", np.array([b"%d" % i for i in range(20)]), threshold=10, edgeitems=1)
add("S linewidth 20", np.array([b"abc"] * 10), linewidth=20)
add("S dtype newline", np.array([b"abcdefghij"] * 5))
add("S random", np.array([bytes(rng.integers(0, 256, size=3, dtype=np.uint8))
                          for _ in range(6)]))
add("S legacy", np.array([b"ab", b"c"]), legacy_1x=True)

# ---------------------------------------------------------------- str (U)
add("U basic", np.array(["a", "bc"]))
add("U 2d", np.array([["x", "yy"], ["zzz", ""]]))
add("U 3d", np.array(["p", "qr"] * 4).reshape(2, 2, 2))
add("U empty", np.array([], dtype="U3"))
add("U empty 2d", np.zeros((0, 2), dtype="U1"))
add("U 0d", np.array("hello"))
add("U 0d empty", np.array(""))
add("U 0d non-ascii", np.array("h\u00e9llo w\u00f6rld"))
add("U 0d newline", np.array("a\nb"))
add("U non-ascii", np.array(["h\u00e9llo", "\u00fcber", "na\u00efve"]))
add("U cjk", np.array(["\u65e5\u672c\u8a9e", "\u4e2d\u6587"]))
add("U emoji", np.array(["\U0001f600", "a\U0001f680b"]))
add("U combining", np.array(["e\u0301", "\u0301"]))
add("U non-printable", np.array(["\u00a0", "\u00ad", "\u2028", "\u200b"]))
add("U astral non-printable", np.array(["\U000e0001", "\U0010ffff", "\U000f0000"]))
add("U controls", np.array(["\x00a", "\t\n\r", "\x1b[0m", "\x7f\x80\x9f"]))
add("U quotes", np.array(["it's", 'say "hi"', "both'\""]))
add("U backslash", np.array(["a\\b", "\\n"]))
add("U big-endian", np.array(["ab", "c"], dtype=">U2"))
add("U little-endian", np.array(["ab", "c"], dtype="<U3"))
add("U wrap", np.array(["word%d" % i for i in range(30)]))
add("U wrap non-ascii", np.array(["\u00e9\u00e8\u00ea%d" % i for i in range(30)]))
add("U wrap cjk", np.array(["\u65e5\u672c%d" % i for i in range(25)]))
add("U wrap 2d", np.array(["\u00e9t\u00e9"] * 30).reshape(2, 15))
add("U dtype newline non-ascii", np.array(["\u00e9" * 10] * 5))
add("U summarized", np.array([str(i) for i in range(2000)]))
add("U summarized 3d", np.array(["\u00e9%d" % i for i in range(2000)]).reshape(10, 10, 20))
add("U linewidth 30", np.array(["\u00e9\u00e9\u00e9"] * 12), linewidth=30)
add("U threshold 3", np.array(["a", "b", "c", "d"]), threshold=3, edgeitems=1)
add("U random", np.array(["".join(chr(c) for c in rng.integers(32, 0x3000, size=3))
                          for _ in range(8)]))
add("U legacy", np.array(["a", "\u00e9"]), legacy_1x=True)

# ---------------------------------------------------------------- void (V)
add("V basic", np.array([b"\x01\x02", b"ab"], dtype="V2"))
add("V 2d", np.arange(8, dtype="u1").view("V2").reshape(2, 2))
add("V empty", np.array([], dtype="V3"))
add("V empty 2d", np.zeros((3, 0), dtype="V1"))
add("V 0d", np.array(b"\x00\xff", dtype="V2"))
add("V zeros", np.zeros(3, dtype="V4"))
add("V quote byte", np.array([b"'\"\\"], dtype="V3"))
add("V wrap", np.arange(64, dtype="u1").view("V4"))
add("V summarized", (np.arange(2000) % 256).astype("u1").view("V1"))
add("V summarized 2d", np.arange(4000, dtype="u2").view("V4").reshape(50, 40))
add("V linewidth 30", np.arange(12, dtype="u1").view("V2"), linewidth=30)

# ---------------------------------------------------------------- records
if_ = np.dtype([("f0", "<i4"), ("f1", "<f8")])
add("rec basic", np.array([(1, 2.5), (10, 3.25)], dtype=if_))
add("rec 0d", np.array((1, 2.5), dtype=if_))
add("rec 0d bool", np.array((1, True), dtype=[("a", "i4"), ("b", "?")]))
add("rec bool", np.array([(1, True), (2, False)], dtype=[("a", "i4"), ("b", "?")]))
add("rec single field", np.array([(1,), (22,)], dtype=[("a", "i4")]))
add("rec single field 0d", np.array((5,), dtype=[("a", "i2")]))
add("rec empty dtype", np.zeros(3, dtype=[]))
add("rec empty array", np.zeros(0, dtype=if_))
add("rec empty 2d", np.zeros((2, 0), dtype=if_))
add("rec 2d", np.array([[(1, 0.5), (2, 1.5)], [(3, 2.5), (40, -3.5)]], dtype=if_))
add("rec 3d", np.zeros((2, 2, 2), dtype="i1,f4"))
add("rec floats exp", np.array([(1e-10, 1.0), (1e10, 2.0)], dtype="f8,f4"))
add("rec floats specials", np.array([(nan, inf), (-inf, 0.5), (1.0, nan)], dtype="f8,f8"))
add("rec f16 f32", np.array([(0.1, 0.1), (1000.0, 2.5)], dtype="f2,f4"))
add("rec complex", np.array([(1 + 2j, 1j), (1.5 - 0.5j, -1j)], dtype="c16,c8"))
add("rec complex nan", np.array([(complex(nan, 1),), (1 + 1j,)], dtype=[("z", "c16")]))
add("rec uint64 extremes", np.array([(0, -2**63), (2**64 - 1, 2**63 - 1)], dtype="u8,i8"))
add("rec int8 mix", np.array([(-128, 255, 1), (127, 0, -1)], dtype="i1,u1,i2"))
add("rec strings", np.array([(b"ab", "x"), (b"", "\u00e9t\u00e9")], dtype="S2,U3"))
add("rec string quotes", np.array([(b"it's", "it's")], dtype="S4,U4"))
add("rec void field", np.array([(1, b"\x01\x02")], dtype=[("a", "i1"), ("v", "V2")]))
add("rec subarray int", np.array([(1, [1, 2, 3]), (2, [10, -20, 30])],
                                 dtype=[("a", "i1"), ("b", "i4", (3,))]))
add("rec subarray float", np.array([(1, [1.5, 2.25, 1e-9])],
                                   dtype=[("a", "i1"), ("b", "f8", (3,))]))
add("rec subarray 2d", np.array([(np.arange(6).reshape(2, 3),)],
                                dtype=[("m", "i2", (2, 3))]))
add("rec subarray bool", np.array([([True, False],), ([False, False],)],
                                  dtype=[("b", "?", (2,))]))
add("rec subarray bool 0d", np.array(([True, False],), dtype=[("b", "?", (2,))]))
add("rec subarray complex", np.array([([1j, 2],)], dtype=[("z", "c16", (2,))]))
add("rec subarray S", np.array([([b"a", b"bc"],)], dtype=[("s", "S2", (2,))]))
add("rec subarray U", np.array([(["\u00e9", "x'"],)], dtype=[("s", "U2", (2,))]))
add("rec subarray zero-size", np.array([(1, np.zeros((2, 0)))],
                                       dtype=[("a", "i1"), ("b", "i4", (2, 0))]))
add("rec subarray big", np.array([(1, np.arange(2000))],
                                 dtype=[("a", "i1"), ("b", "i4", (2000,))]))
add("rec subarray summarized threshold", np.array([(1, np.arange(12).reshape(3, 4))],
                                                  dtype=[("a", "i1"), ("b", "i4", (3, 4))]),
    threshold=5, edgeitems=1)
add("rec subarray edgeitems 0", np.array([(1, np.arange(5))],
                                         dtype=[("a", "i1"), ("b", "i4", (5,))]),
    threshold=3, edgeitems=0)
wav = np.dtype([("chunk_id", "S4"), ("chunk_size", "<u4"), ("format", "S4"),
                ("data_id", ("S1", (2, 2))), ("data_size", "<u4")])
add("rec wav header", np.array([(b"RIFF", 36, b"WAVE", [[b"d", b"a"], [b"t", b"a"]], 4321)],
                               dtype=wav))
add("rec wav header x2", np.array([(b"RIFF", 36, b"WAVE", [[b"d", b"a"], [b"t", b"a"]], 4321),
                                   (b"RIFX", 100000, b"AVI ", [[b"x", b""], [b"", b"y"]], 7)],
                                  dtype=wav))
nested = np.dtype([("a", "i2"), ("b", [("x", "f4"), ("y", "c8")]), ("s", "U3")])
add("rec nested", np.array([(1, (2.5, 1 + 2j), "h\u00e9"), (-300, (0.1, 3j), "x\"'")],
                           dtype=nested))
add("rec nested 0d", np.array((1, (2.5, 1 + 2j), "h\u00e9"), dtype=nested))
add("rec nested deep", np.zeros(2, dtype=[("a", [("b", [("c", "i1"), ("d", "?")])])]))
add("rec nested single", np.array([((1,),), ((2,),)], dtype=[("a", [("b", "i4")])]))
add("rec subarray of records", np.array([([(1, 2.5), (3, 4.0)],)],
                                        dtype=[("r", if_, (2,))]))
add("rec subarray of records 2", np.array([([(1, True), (30, False)], 7)],
                                          dtype=[("r", [("a", "i1"), ("b", "?")], (2,)),
                                                 ("n", "u1")]))
add("rec nested subarray", np.array([((1, [1.0, 2.0]),)],
                                    dtype=[("o", [("i", "i1"), ("v", "f4", (2,))])]))
add("rec byte-swapped", np.array([(1, 2.5), (-7, 1e-3)], dtype=">i4,>f8"))
add("rec byte-swapped mixed", np.array([(1, 2, 3.5, 4 + 1j)], dtype="<i2,>i2,>f2,>c16"))
add("rec byte-swapped U", np.array([("ab", 1)], dtype=">U2,>u8"))
add("rec byte-swapped nested", np.array([((1, 2.0),)], dtype=[("n", ">i4,>f4")]))
add("rec byte-swapped subarray", np.array([([1, -2, 3],)], dtype=[("a", ">i8", (3,))]))
add("rec aligned", np.array([(1, 2.0), (3, 4.0)], dtype=np.dtype("i1,f8", align=True)))
add("rec offsets", np.zeros(2, dtype={"names": ["a", "b"], "formats": ["i2", "f4"],
                                      "offsets": [0, 8], "itemsize": 16}))
add("rec titles", np.array([(1, 2)], dtype=[(("Title A", "a"), "i1"), ("b", "i1")]))
add("rec field order offsets", np.array([(1, 2)], dtype={"names": ["x", "y"],
                                                          "formats": ["u1", "u1"],
                                                          "offsets": [1, 0]}))
add("rec non-ascii name", np.array([(1, 2)], dtype=[("\u00e9", "i1"), ("b", "i1")]))
add("rec wrap", np.array([(i, i / 3, b"abc") for i in range(12)], dtype="i4,f8,S3"))
add("rec wrap 2d", np.array([(i, -i) for i in range(20)], dtype="i2,i2").reshape(2, 10))
add("rec wrap long", np.array([("x" * 50, 1), ("y" * 60, 2)], dtype="U60,i1"))
add("rec summarized", np.array([(i, i * 0.5) for i in range(2000)], dtype="i4,f8"))
add("rec summarized 2d", np.array([(i, i % 2 == 0) for i in range(2000)],
                                  dtype="i4,?").reshape(40, 50))
add("rec summarized format from edges", np.array(
    [(1.5,)] + [(1e-9,)] * 1500 + [(2.5,)], dtype=[("f", "f8")]))
add("rec linewidth 30", np.array([(1, 2), (3, 4), (5, 6)], dtype="i1,i1"), linewidth=30)
add("rec precision 3", np.array([(1 / 3, 2 / 3j)], dtype="f8,c16"), precision=3)
add("rec suppress", np.array([(1e-10, 1.0)], dtype="f8,f8"), suppress=True)
add("rec legacy", np.array([(1, 2.5)], dtype="i4,f8"), legacy_1x=True)
add("rec legacy summarized", np.array([(i,) for i in range(2000)], dtype=[("a", "i2")]),
    legacy_1x=True)
add("rec random", np.array([(rng.integers(-1000, 1000), rng.normal(), rng.normal() * 1j)
                            for _ in range(6)], dtype="i4,f8,c16"))
add("rec random 2d", np.array([(rng.integers(0, 100), rng.normal() * 1e5)
                               for _ in range(12)], dtype="u2,f4").reshape(3, 4))
add("rec all kinds", np.array([(True, -1, 2, 0.5, 1j, b"s", "u", b"\x01")],
                              dtype="?,i8,u4,f2,c8,S1,U1,V1"))

# ---------------------------------------------------------------- scalars
for b in [b"ab", b"", b"it's", b'say "hi"', b"both'\"", b"\x00a", b"\t\n\\",
          b"\x80\xff", b"x" * 20]:
    add_scalar(np.bytes_(b))
for u in ["a", "", "it's", "both'\"", "h\u00e9llo", "\u65e5\u672c", "\U0001f600",
          "a\nb", "\u00a0\u2028", "\\", "\x00a", "\U000e0001"]:
    add_scalar(np.str_(u))
for v in [b"\x01\x02", b"", b"ab", b"'", b"\x00" * 5]:
    add_scalar(np.void(v))
for val, dt in [
    ((1, 2.5), if_),
    ((1,), [("a", "i4")]),
    ((1, 2), "i4,i4"),
    ((1, True), [("a", "i4"), ("b", "?")]),
    ((False,), [("b", "?")]),
    ((0.1, 0.1, 0.1), "f2,f4,f8"),
    ((1.0, 1e16, nan), "f8,f8,f8"),
    ((1e-5, inf, -0.0), "f4,f8,f8"),
    ((1 + 2j, 1j, complex(nan, 1)), "c16,c8,c16"),
    ((b"ab", "h\u00e9", b"\x01"), "S2,U2,V1"),
    ((1, [1.5, 2.25, 1e-9]), [("a", "i1"), ("b", "f8", (3,))]),
    ((1, 2.5, [True, False]), [("a", "i4"), ("b", "f2"), ("c", "?", (2,))]),
    ((b"RIFF", 36, b"WAVE", [[b"d", b"a"], [b"t", b"a"]], 4321), wav),
    ((1, (2.5, 1 + 2j), "h\u00e9"), nested),
    ((1, 2.5), ">i4,>f8"),
    ((1, 2, 0.1), "<i2,>i2,>f4"),
    (("ab", 1), ">U2,>u8"),
    (([(1, 2.5), (3, 4.0)],), [("r", if_, (2,))]),
    ((np.arange(2000),), [("b", "i2", (2000,))]),
    ((1, 2.0), np.dtype("i1,f8", align=True)),
    ((-128, 255, -2**63, 2**64 - 1), "i1,u1,i8,u8"),
]:
    add_scalar(np.void(val, dtype=dt))
add_scalar(np.void((1, 2.5), dtype=if_), legacy_1x=True)
add_scalar(np.void((1.0, 0.1, True), dtype="f8,f4,?"), legacy_1x=True)
add_scalar(np.void(b"\x01"), legacy_1x=True)
add_scalar(np.bytes_(b"ab"), legacy_1x=True)
add_scalar(np.str_("it's"), legacy_1x=True)
add_scalar(np.void((np.arange(6),), dtype=[("b", "i2", (6,))]), threshold=4, edgeitems=1)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected_flex.json"), "w") as fh:
    fh.write('{"numpy": %s,\n"arrays": [\n' % json.dumps(np.__version__))
    fh.write(",\n".join(json.dumps(c, ensure_ascii=True) for c in arrays))
    fh.write('],\n"scalars": [\n')
    fh.write(",\n".join(json.dumps(c, ensure_ascii=True) for c in scalars))
    fh.write("]}\n")
print(f"{len(arrays)} array cases, {len(scalars)} scalar cases")
