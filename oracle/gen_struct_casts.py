"""Generate expectations for casts that involve structured and sub-array dtypes: np.can_cast
under the five rules, astype(casting='unsafe') result bytes or exception, and the exception of
astype(casting='no') when that rule refuses the cast.  Run with each NumPy venv:
    /work/main/oracle/.venv-np2/bin/python oracle/gen_struct_casts.py [--check]   # 2.4.6
    /tmp/venv-np1/bin/python oracle/gen_struct_casts.py [--check]                 # 1.23.5
Writes crates/numrs/tests/expected/struct_casts/struct_casts.np<major>.txt.

Dtypes are written in a compact form numrs' test parses back:
    plain       dtype.str                     '<i4', '|S5', '|V4'
    sub-array   '(' base ')' dims joined by x '(<i4)3x2'
    record      '{' name[:title]=dtype@offset,... ';' itemsize [';A' when aligned] '}'
Line format (one case per line, fields separated by a single space):
    src_dtype dst_dtype src_hex cancast result no_rule
where cancast is five 0/1 digits for 'no','equiv','safe','same_kind','unsafe'; result is
`ok:<shape>:<dtype>:<hex>` (bytes not covered by any field of the result dtype, i.e. padding,
are written '..' since NumPy leaves them uninitialized) or `err:<ExceptionType>:<message>`
with spaces in the message written as '~'; no_rule is `-` when astype(casting='no') succeeds,
else the same `err:` form."""
import pathlib
import sys
import warnings

import numpy as np

MAJOR = np.__version__.split(".")[0]
OUT = (pathlib.Path(__file__).resolve().parent.parent
       / f"crates/numrs/tests/expected/struct_casts/struct_casts.np{MAJOR}.txt")
N = 3  # items per source array
RULES = ["no", "equiv", "safe", "same_kind", "unsafe"]


def enc(d):
    d = np.dtype(d)
    if d.fields is not None:
        parts = []
        for name in d.names:
            f = d.fields[name]
            title = f":{f[2]}" if len(f) > 2 else ""
            parts.append(f"{name}{title}={enc(f[0])}@{f[1]}")
        aligned = ";A" if d.isalignedstruct else ""
        return "{" + ",".join(parts) + f";{d.itemsize}{aligned}" + "}"
    if d.subdtype is not None:
        base, shape = d.subdtype
        return f"({enc(base)})" + "x".join(str(s) for s in shape)
    return d.str


def coverage(d, base, mask):
    """Marks the bytes of one item that belong to some field (not padding)."""
    d = np.dtype(d)
    if d.fields is not None:
        for name in d.names:
            f = d.fields[name]
            coverage(f[0], base + f[1], mask)
    elif d.subdtype is not None:
        sub, shape = d.subdtype
        for k in range(int(np.prod(shape))):
            coverage(sub, base + k * sub.itemsize, mask)
    else:
        for i in range(d.itemsize):
            mask[base + i] = True


def masked_hex(arr):
    raw = arr.tobytes()
    mask = [False] * arr.dtype.itemsize
    coverage(arr.dtype, 0, mask)
    out = []
    for i, b in enumerate(raw):
        out.append(f"{b:02x}" if mask[i % max(arr.dtype.itemsize, 1)] else "..")
    return "".join(out)


def leaf_values(dt, shape):
    k = np.arange(int(np.prod(shape)), dtype=np.int64).reshape(shape)
    ints = (k * 37) % 200 - 50
    kind = dt.kind
    if kind == "b":
        return k % 3 != 1
    if kind in "iu":
        return ints.astype(dt)
    if kind == "f":
        return (ints * 0.75 - 3.5).astype(dt)
    if kind == "c":
        return (ints * 0.5 + 1j * k).astype(dt)
    if kind in "SU":
        return ints.astype(str).astype(dt)
    return np.zeros(shape, dtype=dt)  # void: zero bytes


def fill(arr):
    """Sets every leaf of a zeroed array to deterministic values."""
    d = arr.dtype
    if d.fields is not None:
        for name in d.names:
            fill(arr[name])
    elif d.subdtype is not None:
        raise AssertionError("arrays never carry a sub-array dtype")
    else:
        arr[...] = leaf_values(d, arr.shape)


def source(d):
    a = np.zeros(N, dtype=d)
    fill(a)
    return a


def err(e):
    return f"err:{type(e).__name__}:{str(e).replace(' ', '~')}"


def case(src_spec, dst_spec):
    src_dt, dst_dt = np.dtype(src_spec), np.dtype(dst_spec)
    a = source(src_dt)
    cancast = "".join("1" if np.can_cast(src_dt, dst_dt, r) else "0" for r in RULES)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            r = a.astype(dst_dt, casting="unsafe")
            shape = ",".join(str(s) for s in r.shape)
            result = f"ok:{shape}:{enc(r.dtype)}:{masked_hex(r)}"
        except Exception as e:  # the exception is the expected result
            result = err(e)
        try:
            a.astype(dst_dt, casting="no")
            no_rule = "-"
        except Exception as e:
            no_rule = err(e)
    return f"{enc(src_dt)} {enc(dst_dt)} {a.tobytes().hex()} {cancast} {result} {no_rule}"


def packed(fields):
    return np.dtype(fields)


FLAT = [
    [("a", "<i4"), ("b", "<f8")],
    [("a", ">i4"), ("b", ">f8")],
    [("b", "<f8"), ("a", "<i4")],
    [("x", "<i4"), ("y", "<f8")],
    [("a", "<i8"), ("b", "<f8")],
    [("a", "<i2"), ("b", "<f4")],
    [("a", "<f8"), ("b", "<f8")],
    [("a", "u1"), ("b", "i1")],
    [("a", "?"), ("b", "<c8")],
    np.dtype([("a", "<i4"), ("b", "<f8")], align=True),
    {"names": ["a", "b"], "formats": ["<i4", "<f8"], "offsets": [8, 0], "itemsize": 16},
    {"names": ["a", "b"], "formats": ["<i4", "<f8"], "offsets": [0, 4], "itemsize": 16},
    [(("T", "a"), "<i4"), ("b", "<f8")],
    [("a", "S5"), ("b", "<U3")],
    [("x", "<i8"), ("y", "<f4"), ("z", "i1")],
]
ONE = [
    [("a", "<i4")],
    [("v", "<f8")],
    [("a", ">i4")],
    [("a", "u1")],
    [("s", "S4")],
]
NESTED = [
    [("p", [("x", "<i4"), ("y", "<i4")]), ("z", "<f4")],
    [("q", [("u", "<f8"), ("v", "i1")]), ("z", "<f4")],
    [("p", "<f8"), ("z", "<f4")],
    [("p", [("x", ">i4"), ("y", ">i4")]), ("z", ">f4")],
    [("r", [("a", "<i2"), ("b", "u1")], (2,))],
    [("r", [("a", "<f4"), ("b", "<i2")], (2,))],
    [("r", [("a", "<i2"), ("b", "u1")])],
]
SUBFIELDS = [
    [("s", "<i4", (3,))],
    [("s", "<i8", (2,))],
    [("s", "<i8", (4,))],
    [("s", "<i8", (2, 3))],
    [("s", "<i8", (3, 1))],
    [("s", "<i8")],
    [("s", ">i4", (3,))],
    [("s", "<f4", (3, 2))],
    [("s", "<i4", (2, 3))],
    [("s", "<i2", (1,))],
]
GROUPS = [FLAT, ONE, NESTED, SUBFIELDS]
STRUCTS = [s for g in GROUPS for s in g]
PLAIN = ["<i4", ">i4", "<i8", "<f8", ">f8", "u1", "?", "<i2", "<f4", "<c8", "S5", "<U4"]
SUBARRAYS = [("<i4", (2,)), ("<f8", (2, 2)), (">i2", (3,)), ("u1", (1,)), ("S3", (2,))]


def cases():
    out = []
    # Every pair inside a group; across groups, each source against two targets of the others.
    for g in GROUPS:
        for s in g:
            for t in STRUCTS:
                if any(t in h[:2] for h in GROUPS) or t in g:
                    out.append(case(s, t))
    for s in STRUCTS:
        for p in (PLAIN + SUBARRAYS) if s in ONE else (PLAIN[::2] + SUBARRAYS):
            out.append(case(s, p))
    for i, p in enumerate(PLAIN):
        for t in STRUCTS + SUBARRAYS:
            if i < 4 or t in ONE or t in SUBARRAYS or any(t in g[:3] for g in GROUPS):
                out.append(case(p, t))
    return out


text = (f"# GENERATED by oracle/gen_struct_casts.py with numpy {np.__version__}\n"
        + "\n".join(cases()) + "\n")
if "--check" in sys.argv:
    if not OUT.exists() or OUT.read_text() != text:
        print(f"{OUT.name} differs from NumPy's output", file=sys.stderr)
        sys.exit(1)
    print("struct casts check OK")
else:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text)
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} cases)")
