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
import struct
import subprocess
import sys
import tempfile
import timeit as _timeit
import warnings

import numpy as np
from numpy.lib.stride_tricks import as_strided

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
# The cells: (key, label, code). The key is the notebook's number; a cell the notebook never ran
# ("In [None]") is keyed "<previous number>.<k>" and labelled None.
CELLS = [
    ("1", "1", """
import warnings

warnings.filterwarnings('ignore')
"""),
    ("2", "2", "import numpy as np"),
    # #### Block of memory
    ("3", "3", """
x = np.array([1, 2, 3], dtype=np.int32)
x.data
"""),
    ("4", "4", "bytes(x.data)"),
    ("5", "5", "x.__array_interface__['data'][0]"),
    ("6", "6", "x.__array_interface__"),
    ("7", "7", """
x = np.array([1, 2, 3, 4])
y = x[:-1]
x[0] = 9
y
"""),
    ("8", "8", """
y = np.frombuffer(x, dtype=np.int8)
y.data
"""),
    ("9", "9", "y.base is x"),
    ("10", "10", "y.flags"),
    # #### Data types
    ("11", "11", "np.dtype(int).type"),
    ("12", "12", "np.dtype(int).itemsize"),
    ("13", "13", "np.dtype(int).byteorder"),
    # The notebook's cell ends at the assignment; the tour shows the dtype too.
    ("14", "14", """
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
"""),
    # Pseudo-code in the notebook (offsets and formats are placeholders; not valid Python), never
    # run there: the tour builds the dict spec it describes, with the real offsets and formats of
    # these three fields, under another name (wav_header_dtype stays the full header for 14.2).
    ("14.1", "None", """
wav_fields_dtype = np.dtype(dict(names=['format', 'sample_rate', 'data_id'],
                                 offsets=[8, 24, 36],
                                 formats=['S4', '<u4', ('S1', (2, 2))],
                                 ))
wav_fields_dtype
"""),
    # The notebook reads data/test.wav, which is not part of the seed: test_wav_() writes a
    # 16-bit PCM WAV file to a temporary file and returns its path (the Rust tour writes the
    # same bytes); the cell removes it. Opened 'rb': np.fromfile reads bytes (the notebook
    # wrote 'r').
    ("14.2", "None", """
path = test_wav_()
f = open(path, 'rb')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
os.remove(path)
print(wav_header)
"""),
    ("14.3", "None", "wav_header['sample_rate']"),
    ("14.4", "None", "wav_header['data_id']"),
    ("14.5", "None", "wav_header.shape"),
    ("14.6", "None", "wav_header['data_id'].shape"),
    # np.float was removed in NumPy 1.24: np.float64.
    ("19", "19", """
x = np.array([1, 2, 3, 4],
             dtype = np.float64)

x
"""),
    ("20", "20", """
y = x.astype(np.int8)
y
"""),
    ("21", "21", "y + 1"),
    ("22", "22", "y + 256"),
    ("23", "23", "y + 256.0"),
    ("24", "24", "y + np.array([256], dtype=np.int32)"),
    ("25", "25", "y + 256.0"),
    ("26", "26", "y + np.array([256], dtype=np.int32)"),
    ("27", "27", """
y[:] = y + 1.5
y
"""),
    ("28", "28", """
x = np.array([1, 2, 3, 4], dtype=np.uint8)
x.dtype = "<i2"
x
"""),
    ("29", "29", """
y = x.view("<i4")
y
"""),
    ("30", "30", """
x[1] = 5
y
"""),
    ("31", "31", "y.base is x"),
    ("32", "32", """
x = np.zeros((10, 10, 4), dtype=np.int8)
x[:, :, 0] = 1
x[:, :, 1] = 2
x[:, :, 2] = 3
x[:, :, 3] = 4
"""),
    ("33", "33", """
y = x.view([('r', 'i1'),
            ('g', 'i1'),
            ('b', 'i1'),
            ('a', 'i1')])[:, :, 0]
"""),
    ("34", "34", """
y = np.array([[1, 3], [2, 4]], dtype=np.uint8).transpose()
x = y.copy()
x
"""),
    ("35", "35", "y"),
    ("36", "36", "x.view(np.int16)"),
    ("36.1", "None", "y.view(np.int16)"),
    # #### Indexing scheme: strides
    ("38", "38", """
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]], dtype=np.int8)
"""),
    ("39", "39", "x.tobytes('A')"),
    ("40", "40", "x.strides"),
    ("41", "41", """
byte_offset = 3*1 + 1*2 # to find x[1, 2]
x.flat[byte_offset]
"""),
    ("42", "42", "x[1, 2]"),
    ("43", "43", """
x = np.array([[1, 2, 3],
              [4, 5, 6]],
              dtype = np.int16,
              order = 'C')
"""),
    ("44", "44", "x.strides"),
    ("45", "45", "x.tobytes('A')"),
    ("46", "46", """
y = np.array(x, order='F')
y.strides
"""),
    ("47", "47", "y.tobytes('A')"),
    ("48", "48", """
y = np.array([[1, 3],
              [2, 4]],
              dtype = np.uint8).transpose()
x = y.copy()
"""),
    ("49", "49", "x.strides"),
    ("50", "50", "y.strides"),
    ("51", "51", "x.tobytes('A')"),
    ("52", "52", "y.tobytes('A')"),
    ("53", "53", """
x = np.array([1, 2, 3, 4, 5, 6], dtype=np.int32)
y = x[::-1]
y
"""),
    ("54", "54", "y.strides"),
    ("55", "55", """
y = x[2:]
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]
"""),
    ("56", "56", """
x = np.zeros((10, 10, 10), dtype=np.float64)
x.strides
"""),
    ("57", "57", "x[::2,::3,::4].strides"),
    ("58", "58", """
x = np.zeros((10, 10, 10), dtype=np.float64)
x.strides
"""),
    ("59", "59", "x.T.strides"),
    ("60", "60", """
a = np.arange(6, dtype=np.int8).reshape(3, 2)
b = a.T
b.strides
"""),
    ("61", "61", "bytes(a.data)"),
    ("62", "62", "b"),
    ("63", "63", """
c = b.reshape(3*2)
c
"""),
    ("64", "64", "help_(as_strided)"),
    ("65", "65", """
x = np.array([1, 2, 3, 4],
             dtype = np.int16)

as_strided(x,
           strides = (2 * 2, ),
           shape = (2, ))
"""),
    ("66", "66", "x[::2]"),
    ("66.1", "None", """
# Exercise

np.array([1, 2, 3, 4],
      dtype = np.int8)
"""),
    ("68", "68", """
x = np.array([1, 2, 3, 4],
             dtype = np.int8)

y = as_strided(x,
               strides = (0, 1),
               shape = (3, 4))
y
"""),
    ("69", "69", "y.base.base is x"),
    ("70", "70", """
# Broadcasting

x = np.array([1, 2, 3, 4], dtype=np.int16)
x2 = as_strided(x, strides=(0, 1*2), shape=(3, 4))
x2
"""),
    ("71", "71", """
y = np.array([5, 6, 7],
             dtype = np.int16)

y2 = as_strided(y,
                strides = (1 * 2, 0),
                shape = (3,  4))
y2
"""),
    ("72", "72", "x2 * y2"),
    ("73", "73", """
x = np.array([1, 2, 3, 4],
             dtype = np.int16)

y = np.array([5, 6, 7],
             dtype = np.int16)

x[np.newaxis,:] * y[:,np.newaxis]
"""),
    ("74", "74", """
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]],
              dtype = np.int32)
"""),
    # The exercise, with ??? for the answer: not runnable, shown as a comment.
    ("74.1", "None", """
# x_diag = as_strided(x,
#                     shape = (3, ),
#                     strides = (???,))
"""),
    ("76", "76", """
# Solution

x_diag = as_strided(x,
                    shape = (3, ),
                    strides = ((3 + 1) * x.itemsize, ))
x_diag
"""),
    ("77", "77", """
as_strided(x[0, 1:],
           shape = (2, ),
           strides = ((3 + 1) * x.itemsize, ))
"""),
    ("78", "78", """
as_strided(x[1:, 0],
           shape = (2, ),
           strides = ((3 + 1) * x.itemsize, ))
"""),
    ("79", "79", """
y = np.diag(x, k=1)
y
"""),
    ("80", "80", "y.flags.owndata"),
    # Challenge
    ("81", "81", """
x = np.arange(5 * 5 * 5 * 5).reshape(5, 5, 5, 5)
s = 0

for i in range(5):
    for j in range(5):
        s += x[j, i, j, i]
"""),
    # The challenge, with TODO for the answer: not runnable, shown as a comment.
    ("81.1", "None", """
# y = as_strided(x,
#                shape = (5, 5),
#                strides = (TODO, TODO))
#
# s2 =
# assert s == s2
"""),
    # Solution
    ("83", "83", """
y = as_strided(x,
               shape = (5, 5),
               strides = ((5 * 5 * 5 + 5) * x.itemsize,
                          (5 * 5 + 1) * x.itemsize))
"""),
    # The notebook shows nothing here; the tour checks the challenge and shows both sums.
    ("84", "84", """
s2 = y.sum()
assert s == s2
s, s2, bool(s == s2)
"""),
    # CPU cache effects
    ("85", "85", "x = np.zeros((20000,))"),
    ("86", "86", "y = np.zeros((20000 * 67,))[ : :67]"),
    ("87", "87", "x.shape, y.shape"),
    ("88", "88", """
tx = timeit_(lambda: x.sum())
x.sum()
"""),
    ("89", "89", """
ty = timeit_(lambda: y.sum())
ratio_(ty, tx)
y.sum()
"""),
    ("90", "90", "x.strides, y.strides"),
    # #### Findings in dissection
    ("91", "91", "watermark_()"),
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


def _format_time(timespan, precision=3):
    # IPython.core.magics.execution._format_time
    units = ["s", "ms", "\xb5s", "ns"]
    scaling = [1, 1e3, 1e6, 1e9]
    if timespan > 0.0:
        order = min(-int(math.floor(math.log10(timespan)) // 3), 3)
    else:
        order = 3
    return "%.*g %s" % (precision, timespan * scaling[order], units[order])


RUNS, LOOPS = 7, 1000


def timeit_(fn):
    """%timeit with a fixed 7 runs of 1,000 loops; returns the per-loop times of the runs."""
    per_loop = [_timeit.timeit(fn, number=LOOPS) / LOOPS for _ in range(RUNS)]
    mean = math.fsum(per_loop) / RUNS
    std = math.sqrt(math.fsum((t - mean) ** 2 for t in per_loop) / RUNS)
    masked(
        f"{_format_time(mean)} \xb1 {_format_time(std)} per loop "
        f"(mean \xb1 std. dev. of {RUNS} runs, {LOOPS:,} loops each)"
    )
    return per_loop


def ratio_(slow, fast):
    masked(f"ratio of the best runs: {min(slow) / min(fast):.2f}")


def watermark_():
    masked(f"numpy: {np.__version__}")


# The WAV file of cells 14.2-14.6: 16-bit PCM, 2 channels, 44100 Hz, WAV_FRAMES frames. The Rust
# tour (crates/tour/src/support.rs, test_wav) builds the same bytes the same way.
WAV_FRAMES = 4


def wav_bytes():
    channels, rate, bits = 2, 44100, 16
    block_align = channels * bits // 8
    samples = []
    for i in range(WAV_FRAMES):
        samples += [1000 * i, -1000 * i]  # left, right
    data = struct.pack(f"<{len(samples)}h", *samples)
    header = (
        b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
        + b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block_align, block_align, bits)
        + b"data" + struct.pack("<I", len(data))
    )
    return header + data


def test_wav_():
    fd, path = tempfile.mkstemp(prefix="tour_test_", suffix=".wav")
    with os.fdopen(fd, "wb") as f:
        f.write(wav_bytes())
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
