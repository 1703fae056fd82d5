#!/usr/bin/env python3
"""Generate numrs' expected outputs by running the oracle cases under real NumPy.

    python oracle/generate.py            # (re)write crates/numrs/tests/expected/*.txt
    python oracle/generate.py --check    # regenerate into a temp dir, diff, exit 1 on a difference
    python oracle/generate.py --out DIR  # write somewhere else

Run it with the Python of the venv made by oracle/setup_venv.sh (oracle/check.sh does both).

Case files (oracle/cases/*.py) are a sequence of blocks:

    #case <name>                 name: [A-Za-z0-9_.-]+, unique across all files
    #novalues                    optional: never record element values (np.empty)
    #numrs-error <reason>        optional: numrs must fail; not run under NumPy
    <python statements, one per line or spanning bracketed lines>

Lines starting with '#' inside a block are comments. The value of the last statement, if it is
an expression, is the case's result; otherwise the result is None. If any statement raises, the
exception is the result. Names available: np, as_strided, sliding_window_view, and tmpdir (the
path of a fresh empty directory of the case's own, for files it writes and reads; recorded
values show it as <tmpdir>).

Expected files (crates/numrs/tests/expected/<stem>.txt) are line based, one 'key value' per line:

    case <name>
    mode numpy | novalues | numrs-error
    reason <text>                (numrs-error only)
    code <source line>           (verbatim, one per source line)
    kind ndarray | scalar | value | exception | numrs-error
    ...fields...
    end

Field values are escaped: backslash -> \\\\, newline -> \\n, carriage return -> \\r.
"""

import argparse
import ast
import difflib
import os
import re
import shutil
import sys
import tempfile
import warnings

import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view

NUMPY_VERSION = "2.4.6"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CASES_DIR = os.path.join(HERE, "cases")
OUT_DIR = os.path.join(ROOT, "crates", "numrs", "tests", "expected")
NAME_RE = re.compile(r"^[A-Za-z0-9_.\-]+$")
FLAGS = ["C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY"]
PRELUDE = {"np": np, "as_strided": as_strided, "sliding_window_view": sliding_window_view}
# Per-case names, not part of the recorded namespace.
CASE_NAMES = {"tmpdir"}


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


class Case:
    def __init__(self, name, path, line):
        self.name = name
        self.path = path
        self.line = line
        self.mode = "numpy"
        self.reason = ""
        self.code = []  # verbatim source lines (comments and blanks dropped)


def parse_case_file(path):
    cases = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip()
            if line.startswith("#case"):
                parts = line.split()
                if len(parts) != 2 or not NAME_RE.match(parts[1]):
                    raise SystemExit(f"{path}:{no}: bad case header {line!r}")
                cur = Case(parts[1], path, no)
                cases.append(cur)
                continue
            if cur is None:
                continue  # file header
            if line.startswith("#novalues"):
                cur.mode = "novalues"
            elif line.startswith("#numrs-error"):
                cur.mode = "numrs-error"
                cur.reason = line[len("#numrs-error"):].strip()
                if not cur.reason:
                    raise SystemExit(f"{path}:{no}: #numrs-error needs a reason")
            elif line.startswith("#") or not line.strip():
                continue
            else:
                cur.code.append(line)
    for c in cases:
        if not c.code:
            raise SystemExit(f"{c.path}:{c.line}: case {c.name} has no code")
    return cases


def owner_offset(a):
    """Byte offset of a's data pointer from the start of the buffer that owns its memory."""
    o = a
    while True:
        if isinstance(o, memoryview):
            o = o.obj
            continue
        b = getattr(o, "base", None)
        if b is None:
            break
        o = b
    if isinstance(o, np.ndarray):
        start = o.__array_interface__["data"][0]
    elif hasattr(o, "__array_interface__"):
        start = o.__array_interface__["data"][0]
    else:
        start = np.frombuffer(o, dtype=np.uint8).__array_interface__["data"][0]
    return a.__array_interface__["data"][0] - start


def fmt_tuple(t):
    return repr(tuple(int(v) for v in t))


def record_array(v, ns, novalues, out):
    out.append(("kind", "ndarray"))
    if not novalues:
        out.append(("repr", repr(v)))
        out.append(("str", str(v)))
    out.append(("shape", fmt_tuple(v.shape)))
    out.append(("strides", fmt_tuple(v.strides)))
    out.append(("dtype", v.dtype.str))
    out.append(("ndim", str(v.ndim)))
    out.append(("size", str(v.size)))
    out.append(("itemsize", str(v.itemsize)))
    out.append(("nbytes", str(v.nbytes)))
    for f in FLAGS:
        out.append((f"flag.{f}", str(bool(v.flags[f]))))
    out.append(("base_is_none", str(v.base is None)))
    out.append(("offset", str(owner_offset(v))))
    for name, other in ns.items():
        if name in PRELUDE or name.startswith("_") or not isinstance(other, np.ndarray):
            continue
        out.append(("shares", f"{name} {np.shares_memory(v, other)}"))
        out.append(("may_share", f"{name} {np.may_share_memory(v, other)}"))
    if not novalues:
        out.append(("bytes", v.tobytes().hex()))


def run_case(case):
    """Returns the list of (key, value) fields describing the case's outcome."""
    if case.mode == "numrs-error":
        return [("kind", "numrs-error")]
    tmp = tempfile.mkdtemp(prefix="numrs-oracle-case-")
    try:
        out = run_case_in(case, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # the temporary directory differs between runs (and from numrs'): shown as <tmpdir>
    return [(k, v.replace(tmp, "<tmpdir>")) for k, v in out]


def run_case_in(case, tmp):
    out = []
    src = "\n".join(case.code) + "\n"
    try:
        tree = ast.parse(src, filename=case.name)
    except SyntaxError as e:
        raise SystemExit(f"{case.path}:{case.line}: case {case.name}: {e}")
    ns = dict(PRELUDE)
    ns["tmpdir"] = tmp
    result = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for i, stmt in enumerate(tree.body):
                last = i == len(tree.body) - 1
                if last and isinstance(stmt, ast.Expr):
                    code = compile(ast.Expression(stmt.value), case.name, "eval")
                    result = eval(code, ns)
                else:
                    code = compile(ast.Module([stmt], type_ignores=[]), case.name, "exec")
                    exec(code, ns)
    except Exception as e:  # the exception is the case's result
        out.append(("kind", "exception"))
        out.append(("type", type(e).__name__))
        out.append(("message", str(e)))
        return out
    user_ns = {
        k: v for k, v in ns.items() if k not in PRELUDE and k not in CASE_NAMES and not k.startswith("__")
    }
    novalues = case.mode == "novalues"
    if isinstance(result, np.ndarray):
        record_array(result, user_ns, novalues, out)
    elif isinstance(result, np.generic):
        out.append(("kind", "scalar"))
        out.append(("type", type(result).__name__))
        out.append(("dtype", result.dtype.str))
        if not novalues:
            out.append(("repr", repr(result)))
            out.append(("str", str(result)))
    else:
        out.append(("kind", "value"))
        out.append(("type", type(result).__name__))
        out.append(("repr", repr(result)))
        out.append(("str", str(result)))
    return out


def run_case_quiet(case):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return run_case(case)


def render(cases, stem):
    lines = [
        f"# GENERATED by oracle/generate.py from oracle/cases/{stem}.py with numpy {np.__version__}.",
        "# Do not edit: change the case file and regenerate (oracle/check.sh checks).",
    ]
    for c in cases:
        lines.append(f"case {c.name}")
        lines.append(f"mode {c.mode}")
        if c.reason:
            lines.append(f"reason {esc(c.reason)}")
        for code in c.code:
            lines.append(f"code {code}")
        for k, v in run_case_quiet(c):
            lines.append(f"{k} {esc(v)}")
        lines.append("end")
    return "\n".join(lines) + "\n"


def generate(out_dir):
    files = sorted(f for f in os.listdir(CASES_DIR) if f.endswith(".py"))
    seen = {}
    written = []
    total = 0
    for f in files:
        path = os.path.join(CASES_DIR, f)
        cases = parse_case_file(path)
        for c in cases:
            if c.name in seen:
                raise SystemExit(f"{path}:{c.line}: duplicate case name {c.name} (first in {seen[c.name]})")
            seen[c.name] = path
        stem = f[:-3]
        text = render(cases, stem)
        name = stem + ".txt"
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        written.append(name)
        total += len(cases)
    return written, total


def expected_files(d):
    # known_failures.txt and other hand-written files are not generated
    return sorted(f for f in os.listdir(d) if f.endswith(".txt") and f != "known_failures.txt")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="diff a fresh generation against the committed files")
    ap.add_argument("--out", default=OUT_DIR, help="output directory (default: %(default)s)")
    ap.add_argument("--any-numpy", action="store_true", help=f"do not insist on numpy {NUMPY_VERSION}")
    args = ap.parse_args()
    if np.__version__ != NUMPY_VERSION and not args.any_numpy:
        raise SystemExit(f"numpy {NUMPY_VERSION} required, found {np.__version__} (run oracle/setup_venv.sh)")

    if not args.check:
        os.makedirs(args.out, exist_ok=True)
        written, total = generate(args.out)
        stale = set(expected_files(args.out)) - set(written)
        for s in sorted(stale):
            os.remove(os.path.join(args.out, s))
        print(f"wrote {len(written)} files, {total} cases to {args.out}")
        return 0

    tmp = tempfile.mkdtemp(prefix="numrs-oracle-")
    try:
        written, total = generate(tmp)
        new = set(expected_files(tmp))
        old = set(expected_files(args.out)) if os.path.isdir(args.out) else set()
        bad = 0
        for name in sorted(new | old):
            a_path = os.path.join(args.out, name)
            b_path = os.path.join(tmp, name)
            a = open(a_path, encoding="utf-8").read().splitlines(True) if name in old else []
            b = open(b_path, encoding="utf-8").read().splitlines(True) if name in new else []
            if a != b:
                bad += 1
                sys.stdout.writelines(difflib.unified_diff(a, b, f"committed/{name}", f"generated/{name}"))
        if bad:
            print(f"oracle check FAILED: {bad} expected file(s) differ; run oracle/generate.py", file=sys.stderr)
            return 1
        print(f"oracle check OK: {len(written)} files, {total} cases")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
