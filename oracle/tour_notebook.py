#!/usr/bin/env python3
"""The seed notebook (shared/seed/advanced_numpy_notebook.txt) run by real NumPy 2.4.6, and its
type-promotion cells also by NumPy 1.23.5: writes the expected output of the Rust tour
(crates/tour), `tour --values-only`.

    python oracle/tour_notebook.py                  # (re)write crates/tour/expected_output.txt
    python oracle/tour_notebook.py --check          # regenerate to memory, diff with the file
    python oracle/tour_notebook.py --stdout         # print instead of writing
    python oracle/tour_notebook.py --with-pending   # also run the cells numrs cannot run yet
                                                    # (prints to stdout; never written)
    ... --np1-python PATH                           # the NumPy 1.23.5 venv's python (default:
                                                    # $NUMRS_ORACLE_NP1_PYTHON, else
                                                    # oracle/.venv-np1/bin/python)

Run it with the Python of the NumPy 2.4.6 venv: `oracle/setup_venv.sh` prints its path (or
/tmp/venv-np2). The NumPy 1.23.5 venv (`NUMRS_ORACLE_NUMPY=1.23.5
NUMRS_ORACLE_VENV=oracle/.venv-np1 oracle/setup_venv.sh` prints its path; or /tmp/venv-np1) runs
this script again in a child process (`--legacy-values`, internal), which runs the notebook from
its start through the last BOTH_MODES cell with NumPy 1.23.5 and hands back those cells' output.

Output, one block per notebook cell, in notebook order:

    In [N]:                          the notebook's label ("None" for cells it never ran)
    <what IPython displays>          repr of the last expression; nothing when it is None
    <blank line>

or, for a type-promotion cell (BOTH_MODES), what each NumPy displays:

    In [N]:
    # NumPy 2 (weak promotion):                       NumPy 2.4.6 (NEP 50)
    <what IPython displays>
    # NumPy 1.x (legacy value-based promotion):       NumPy 1.23.5, the notebook's generation
    <what IPython displays>
    <blank line>

or, for a cell numrs cannot run yet (the PENDING table below, mirrored by PENDING in
crates/tour/src/main.rs):

    In [N]: pending — needs <feature> (issue #K)
    <blank line>

Lines that legitimately differ between NumPy and numrs (timings, the help text, versions) start
with "~"; the tour's test drops them. Memory addresses differ on every run; the test masks them.

Differences from the notebook, which ran NumPy 1.23 on Windows, are the Rust tour's `# note:`
lines: np.float (removed in NumPy 1.24) is written np.float64; np.dtype(int) is int64 on Linux;
NumPy 2 prints scalars as np.int8(6); the notebook's data/test.wav is not in the seed, so
test_wav_() writes one; its pseudo-code dict spec (In [None] after In [14]) is built with real
offsets and formats.

A cell in RAISES raises (under NumPy 2.4.6; a BOTH_MODES cell in RAISES_LEGACY raises under
NumPy 1.23.5); it shows the exception's last line ("ValueError: ..."), as IPython's traceback
ends.
"""

import argparse
import ast
import difflib
import io
import json
import math
import os
import pydoc
import subprocess
import sys
import tempfile
import timeit as _timeit
import warnings

import numpy as np
from numpy.lib.stride_tricks import as_strided

import notebook  # oracle/notebook.py, next to this file: the seed's cells and the test WAV

NUMPY_VERSION = "2.4.6"
LEGACY_NUMPY_VERSION = "1.23.5"  # the BOTH_MODES cells' second run (the notebook ran 1.23.0)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "crates", "tour", "expected_output.txt")

# ------------------------------------------------------------------------------------------------
# Cells numrs cannot run yet: key -> the feature they need. The ONE place on this side; the Rust
# side's PENDING table (crates/tour/src/main.rs) must list the same keys and texts.
PENDING = {}

# Cells that raise under NumPy 2.4.6: shown as IPython shows the exception's last line
# ("ValueError: ..."). The Rust side shows the same line (`raised(...)` in crates/tour).
RAISES = {"36.1", "22"}

# The type-promotion cells: shown under NumPy 2.4.6 and under NumPy 1.23.5 (the Rust tour runs
# them in numrs's PromotionMode::Weak and ::Legacy, `both_modes` in crates/tour). The labels
# are WEAK_LABEL and LEGACY_LABEL in crates/tour/src/support.rs.
BOTH_MODES = ["21", "22", "23", "24", "25", "26", "27"]
WEAK_LABEL = "# NumPy 2 (weak promotion):"
LEGACY_LABEL = "# NumPy 1.x (legacy value-based promotion):"
# The BOTH_MODES cells that raise under NumPy 1.23.5 (as RAISES).
RAISES_LEGACY = set()

# ------------------------------------------------------------------------------------------------
# The cells: (key, label, code), in notebook order. The key is the notebook's number; a cell the
# notebook never ran ("In [None]") is keyed "<previous number>.<k>" and labelled None. The code
# is oracle/notebook.py's verbatim transcription of the seed (the one copy of the notebook), except
# for the cells in TOUR_CODE, which the tour runs in a form that works in a plain script.
TOUR_CODE = {
    # The notebook's cell ends at the assignment; the tour shows the dtype too.
    "14": """
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
wav_header_dtype
""",
    # Pseudo-code in the notebook (offsets and formats are placeholders; not valid Python), never
    # run there: the tour builds the dict spec it describes, with the real offsets and formats of
    # these three fields, under another name (wav_header_dtype stays the full header for 14.2).
    "14.1": """
wav_fields_dtype = np.dtype(dict(names=['format', 'sample_rate', 'data_id'],
                                 offsets=[8, 24, 36],
                                 formats=['S4', '<u4', ('S1', (2, 2))],
                                 ))
wav_fields_dtype
""",
    # The notebook reads data/test.wav, which is not part of the seed: test_wav_() writes a
    # 16-bit PCM WAV file to a temporary file and returns its path (the Rust tour writes the
    # same bytes); the cell removes it. Opened 'rb': np.fromfile reads bytes (the notebook
    # wrote 'r').
    "14.2": """
path = test_wav_()
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
os.remove(path)
print(wav_header)
""",
    # np.float was removed in NumPy 1.24: np.float64.
    "19": """
x = np.array([1, 2, 3, 4],
             dtype = np.float64)

x
""",
    "56": """
x = np.zeros((10, 10, 10), dtype=np.float64)
x.strides
""",
    "58": """
x = np.zeros((10, 10, 10), dtype=np.float64)
x.strides
""",
    "64": "help_(as_strided)",
    "66.1": """
# Exercise

np.array([1, 2, 3, 4],
      dtype = np.int8)
""",
    # The exercise, with ??? for the answer: not runnable, shown as a comment.
    "74.1": """
# x_diag = as_strided(x,
#                     shape = (3, ),
#                     strides = (???,))
""",
    # The challenge, with TODO for the answer: not runnable, shown as a comment.
    "81.1": """
# y = as_strided(x,
#                shape = (5, 5),
#                strides = (TODO, TODO))
#
# s2 =
# assert s == s2
""",
    # The notebook shows nothing here; the tour checks the challenge and shows both sums.
    "84": """
s2 = y.sum()
assert s == s2
s, s2, bool(s == s2)
""",
    "88": """
tx = timeit_(lambda: x.sum())
x.sum()
""",
    "89": """
ty = timeit_(lambda: y.sum())
ratio_(ty, tx)
y.sum()
""",
    # #### Findings in dissection
    "91": "watermark_()",
}
CELLS = [
    (key, "None" if "." in key else key, TOUR_CODE.get(key, code)) for key, code in notebook.CELLS
]

# ------------------------------------------------------------------------------------------------
# What IPython's display does, for the values these cells produce (IPython is not installed in
# the reference venv, so its rules are reproduced here).


def ipython_repr(v):
    if isinstance(v, type):
        # IPython's pretty printer shows classes as module.qualname: numpy.int64
        return f"{v.__module__}.{v.__qualname__}"
    if isinstance(v, dict):
        one_line = repr(v)
        if len(one_line) <= 79:
            return one_line
        # too wide: one item per line, as IPython.lib.pretty breaks a dict
        items = [f"{k!r}: {ipython_repr(x)}" for k, x in v.items()]
        return "{" + ",\n ".join(items) + "}"
    return repr(v)


# Helpers the cells call (the Rust tour has the same ones). Their output lines start with "~".


def masked(text):
    for line in text.splitlines():
        print("~" + line)


def help_(obj):
    masked(pydoc.render_doc(obj, "Help on %s:", renderer=pydoc.plaintext).rstrip())


RUNS, LOOPS = 7, 1000


def timeit_(fn):
    """%timeit with a fixed 7 runs of 1,000 loops; returns the per-loop times of the runs."""
    per_loop = [_timeit.timeit(fn, number=LOOPS) / LOOPS for _ in range(RUNS)]
    mean = math.fsum(per_loop) / RUNS
    std = math.sqrt(math.fsum((t - mean) ** 2 for t in per_loop) / RUNS)
    masked(
        f"{notebook._format_time(mean)} \xb1 {notebook._format_time(std)} per loop "
        f"(mean \xb1 std. dev. of {RUNS} runs, {LOOPS:,} loops each)"
    )
    return per_loop


def ratio_(slow, fast):
    masked(f"ratio of the best runs: {min(slow) / min(fast):.2f}")


def watermark_():
    masked(f"numpy: {np.__version__}")


# The WAV file of cells 14.2-14.6 is notebook.wav_bytes(); the Rust tour
# (crates/tour/src/support.rs, test_wav) builds the same bytes the same way.


def test_wav_():
    fd, path = tempfile.mkstemp(prefix="tour_test_", suffix=".wav")
    with os.fdopen(fd, "wb") as f:
        f.write(notebook.wav_bytes())
    return path


# ------------------------------------------------------------------------------------------------


def run_cell(code, ns):
    """Runs a cell as IPython does; returns the displayed text of its last expression or None."""
    tree = ast.parse(code)
    result = None
    for i, stmt in enumerate(tree.body):
        if i == len(tree.body) - 1 and isinstance(stmt, ast.Expr):
            result = eval(compile(ast.Expression(stmt.value), "<cell>", "eval"), ns)
        else:
            exec(compile(ast.Module([stmt], type_ignores=[]), "<cell>", "exec"), ns)
    return None if result is None else ipython_repr(result)


def new_namespace():
    return {
        "as_strided": as_strided,
        "help_": help_,
        "timeit_": timeit_,
        "ratio_": ratio_,
        "watermark_": watermark_,
        "test_wav_": test_wav_,
        "os": os,
    }


def execute(key, code, ns, raises=None):
    """Runs one cell; returns what it prints followed by the displayed value (each line ending in
    a newline). With `raises` (a set of keys), checks that the cell raises iff it is listed."""
    buf = io.StringIO()
    real_stdout = sys.stdout
    sys.stdout = buf  # what the cell prints comes before its value, as in Jupyter
    raised = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            shown = run_cell(code.strip("\n"), ns)
    except Exception as e:  # the RAISES cells (and pending ones with --with-pending)
        shown = raised = f"{type(e).__name__}: {e}"
    finally:
        sys.stdout = real_stdout
    if raises is not None:
        assert (raised is not None) == (key in raises), f"cell {key}: raised {raised!r}"
    return buf.getvalue() + ("" if shown is None else shown + "\n")


def check_tables():
    keys = [k for k, _, _ in CELLS]
    assert len(set(keys)) == len(keys), "duplicate cell keys"
    unknown = (set(PENDING) | RAISES | set(BOTH_MODES)) - set(keys)
    assert not unknown, f"PENDING, RAISES or BOTH_MODES names unknown cells: {sorted(unknown)}"
    assert RAISES_LEGACY <= set(BOTH_MODES), "RAISES_LEGACY names cells not in BOTH_MODES"


def legacy_values():
    """--legacy-values, under NumPy 1.23.5: runs the notebook from its start through the last
    BOTH_MODES cell (so those cells see the same variables as under NumPy 2) and prints, as
    JSON, {key: output} for the BOTH_MODES cells."""
    if np.__version__ != LEGACY_NUMPY_VERSION:
        sys.exit(f"error: --legacy-values needs numpy {LEGACY_NUMPY_VERSION}, have {np.__version__}")
    check_tables()
    keys = [k for k, _, _ in CELLS]
    last = max(keys.index(k) for k in BOTH_MODES)
    ns = new_namespace()
    values = {}
    for key, _, code in CELLS[: last + 1]:
        text = execute(key, code, ns, RAISES_LEGACY)
        if key in BOTH_MODES:
            values[key] = text
    json.dump(values, sys.stdout)


def run_legacy(np1_python):
    """The BOTH_MODES cells' output under NumPy 1.23.5, from a child process."""
    if not os.path.exists(np1_python):
        sys.exit(
            f"error: no NumPy {LEGACY_NUMPY_VERSION} python at {np1_python}; create the venv with "
            f"NUMRS_ORACLE_NUMPY={LEGACY_NUMPY_VERSION} NUMRS_ORACLE_VENV=oracle/.venv-np1 "
            "bash oracle/setup_venv.sh and pass its last line as --np1-python"
        )
    child = subprocess.run(
        [np1_python, os.path.abspath(__file__), "--legacy-values"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if child.returncode != 0:
        sys.stderr.write(child.stderr)
        sys.exit(f"error: the NumPy {LEGACY_NUMPY_VERSION} run ({np1_python}) failed")
    values = json.loads(child.stdout)
    assert sorted(values) == sorted(BOTH_MODES), sorted(values)
    return values


def render(np1_python, with_pending=False):
    check_tables()
    runs_both = [k for k in BOTH_MODES if with_pending or k not in PENDING]
    legacy = run_legacy(np1_python) if runs_both else {}
    ns = new_namespace()
    out = io.StringIO()
    for key, label, code in CELLS:
        if key in PENDING and not with_pending:
            out.write(f"In [{label}]: pending \u2014 needs {PENDING[key]}\n\n")
            continue
        out.write(f"In [{label}]:\n")
        text = execute(key, code, ns, None if with_pending else RAISES)
        if key in BOTH_MODES:
            text = f"{WEAK_LABEL}\n{text}{LEGACY_LABEL}\n{legacy[key]}"
        out.write(text + "\n")
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="diff against the committed file")
    ap.add_argument("--stdout", action="store_true", help="print instead of writing the file")
    ap.add_argument("--with-pending", action="store_true", help="also run pending cells (stdout)")
    default_np1 = os.path.join(HERE, ".venv-np1", "bin", "python")
    ap.add_argument(
        "--np1-python",
        default=os.environ.get("NUMRS_ORACLE_NP1_PYTHON", default_np1),
        help=f"python of the NumPy {LEGACY_NUMPY_VERSION} venv (runs the BOTH_MODES cells again)",
    )
    ap.add_argument("--legacy-values", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.legacy_values:
        legacy_values()
        return
    if np.__version__ != NUMPY_VERSION:
        sys.exit(f"error: need numpy {NUMPY_VERSION}, have {np.__version__} (oracle/setup_venv.sh)")
    text = render(args.np1_python, with_pending=args.with_pending)
    if args.stdout or args.with_pending:
        sys.stdout.write(text)
        return
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        # Addresses and timings differ on every run: compare as the Rust test does.
        norm = lambda t: [l for l in mask(t).splitlines() if not l.startswith("~")]
        diff = list(difflib.unified_diff(norm(old), norm(text), OUT, "regenerated", lineterm=""))
        if diff:
            print("\n".join(diff))
            sys.exit(1)
        print(f"{OUT}: up to date")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}")


def mask(text):
    import re

    text = re.sub(r"0x[0-9a-fA-F]+", "0x<addr>", text)
    return re.sub(r"\b\d{9,}\b", "<addr>", text)


if __name__ == "__main__":
    main()
