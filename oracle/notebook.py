#!/usr/bin/env python3
"""The seed notebook (shared/seed/advanced_numpy_notebook.txt) as a plain NumPy script.

Every code cell, in notebook order, transcribed verbatim (code only, never outputs; the seed's
trailing spaces dropped). For each cell it prints a header line and then what IPython displays:

    In [N]:            N is the notebook's label; a cell the notebook never ran ("In [None]")
                       is labelled <previous label>.<k> (14.1, 14.2, ...) so every label is unique
    <printed text>     whatever the cell prints (help(), print(), magics)
    <value>            IPython's display of the last statement when it is an expression whose
                       value is not None (IPython.lib.pretty's rules for the types that occur:
                       classes as module.name, dicts/tuples/lists broken one item per line past
                       79 columns, everything else repr())
    <ExcType>: <msg>   when the cell raises: the last line of IPython's traceback, and the cell
                       stops there (SyntaxError for the notebook's pseudo-code cells)

IPython magics are emulated: `%timeit STMT` / `%%timeit` time the statement with timeit as
IPython does and print its line ("1.2 µs ± 3 ns per loop (mean ± std. dev. of 7 runs, ...)");
`%timeit` with nothing after it does nothing, as in IPython (cells 88 and 89, whose displayed
value is then the sum); `%reload_ext` does nothing; `%watermark -a A -gu G -iv` prints
watermark's lines (the numpy version line differs by design; oracle/run.py masks it).

The notebook reads data/test.wav, which is not in the seed: the script runs in a fresh temporary
directory holding data/test.wav (16-bit PCM, 2 channels, 44100 Hz, 4 frames: the same bytes as
the Rust tour's test_wav), and removes it at the end.

Run it with any Python whose `import numpy` is the NumPy to test (oracle/run.py runs it under
NumPy 1.23.5, NumPy 2.4.6 and numrs installed as numpy).
"""

import ast
import builtins
import math
import os
import re
import shlex
import struct
import sys
import tempfile
import timeit as _timeit

# (label, code). Code is the notebook's, verbatim.
CELLS = [
    ("1", """\
import warnings

warnings.filterwarnings('ignore')
"""),
    ("2", """\
import numpy as np
"""),
    # #### Block of memory
    ("3", """\
x = np.array([1, 2, 3], dtype=np.int32)
x.data
"""),
    ("4", """\
bytes(x.data)
"""),
    ("5", """\
x.__array_interface__['data'][0]
"""),
    ("6", """\
x.__array_interface__
"""),
    ("7", """\
x = np.array([1, 2, 3, 4])
y = x[:-1]
x[0] = 9
y
"""),
    ("8", """\
y = np.frombuffer(x, dtype=np.int8)
y.data
"""),
    ("9", """\
y.base is x
"""),
    ("10", """\
y.flags
"""),
    # #### Data types
    ("11", """\
np.dtype(int).type
"""),
    ("12", """\
np.dtype(int).itemsize
"""),
    ("13", """\
np.dtype(int).byteorder
"""),
    ("14", """\
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)), # flexible-sized scalar type, item size 4
                             ("chunk_size", "<u4"), # little-endian unsigned 32-bit integer
                             ("format", "S4"), # 4-byte string
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"), #
                             ("num_channels", "<u2"), # .. more of the same ...
                             ("sample_rate", "<u4"), #
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))), # sub-array, just for fun!
                             ("data_size", "u4"),
                             #
                             # the sound data itself cannot be represented here:
                             #
                            ])
"""),
    ("14.1", """\
wav_header_dtype = np.dtype(dict(names=['format', 'sample_rate', 'data_id'],
                                 offsets = ['offset_1', 'offset_2', 'offset_3'], # counted from start of structure in bytes
                                 formats = list of dtypes for each of the fields,
                                 ))
"""),
    ("14.2", """\
f = open('data/test.wav', 'r')
wav_header = np.fromfile(f, dtype=wav_header_dtype, count=1)
f.close()
print(wav_header)
"""),
    ("14.3", """\
wav_header['sample_rate']
"""),
    ("14.4", """\
wav_header['data_id']
"""),
    ("14.5", """\
wav_header.shape
"""),
    ("14.6", """\
wav_header['data_id'].shape
"""),
    ("19", """\
x = np.array([1, 2, 3, 4],
             dtype = np.float)

x
"""),
    ("20", """\
y = x.astype(np.int8)
y
"""),
    ("21", """\
y + 1
"""),
    ("22", """\
y + 256
"""),
    ("23", """\
y + 256.0
"""),
    ("24", """\
y + np.array([256], dtype=np.int32)
"""),
    ("25", """\
y + 256.0
"""),
    ("26", """\
y + np.array([256], dtype=np.int32)
"""),
    ("27", """\
y[:] = y + 1.5
y
"""),
    ("28", """\
x = np.array([1, 2, 3, 4], dtype=np.uint8)
x.dtype = "<i2"
x
"""),
    ("29", """\
y = x.view("<i4")
y
"""),
    ("30", """\
x[1] = 5
y
"""),
    ("31", """\
y.base is x
"""),
    ("32", """\
x = np.zeros((10, 10, 4), dtype=np.int8)
x[:, :, 0] = 1
x[:, :, 1] = 2
x[:, :, 2] = 3
x[:, :, 3] = 4
"""),
    ("33", """\
y = x.view([('r', 'i1'),
            ('g', 'i1'),
            ('b', 'i1'),
            ('a', 'i1')])[:, :, 0]
"""),
    ("34", """\
y = np.array([[1, 3], [2, 4]], dtype=np.uint8).transpose()
x = y.copy()
x
"""),
    ("35", """\
y
"""),
    ("36", """\
x.view(np.int16)
"""),
    ("36.1", """\

y.view(np.int16)
"""),
    # #### Indexing scheme: strides
    ("38", """\
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]], dtype=np.int8)
"""),
    ("39", """\
x.tobytes('A')
"""),
    ("40", """\
x.strides
"""),
    ("41", """\

byte_offset = 3*1 + 1*2 # to find x[1, 2]
x.flat[byte_offset]
"""),
    ("42", """\
x[1, 2]
"""),
    ("43", """\
x = np.array([[1, 2, 3],
              [4, 5, 6]],
              dtype = np.int16,
              order = 'C')
"""),
    ("44", """\
x.strides
"""),
    ("45", """\
x.tobytes('A')
"""),
    ("46", """\
y = np.array(x, order='F')
y.strides
"""),
    ("47", """\
y.tobytes('A')
"""),
    ("48", """\
y = np.array([[1, 3],
              [2, 4]],
              dtype = np.uint8).transpose()
x = y.copy()
"""),
    ("49", """\
x.strides
"""),
    ("50", """\
y.strides
"""),
    ("51", """\
x.tobytes('A')
"""),
    ("52", """\
y.tobytes('A')
"""),
    ("53", """\
x = np.array([1, 2, 3, 4, 5, 6], dtype=np.int32)
y = x[::-1]
y
"""),
    ("54", """\
y.strides
"""),
    ("55", """\
y = x[2:]
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]
"""),
    ("56", """\
x = np.zeros((10, 10, 10), dtype=np.float)
x.strides
"""),
    ("57", """\
x[::2,::3,::4].strides
"""),
    ("58", """\
x = np.zeros((10, 10, 10), dtype=np.float)
x.strides
"""),
    ("59", """\
x.T.strides
"""),
    ("60", """\
a = np.arange(6, dtype=np.int8).reshape(3, 2)
b = a.T
b.strides
"""),
    ("61", """\
bytes(a.data)
"""),
    ("62", """\
b
"""),
    ("63", """\
c = b.reshape(3*2)
c
"""),
    ("64", """\
from numpy.lib.stride_tricks import as_strided

help(as_strided)
"""),
    ("65", """\
x = np.array([1, 2, 3, 4],
             dtype = np.int16)

as_strided(x,
           strides = (2 * 2, ),
           shape = (2, ))
"""),
    ("66", """\
x[::2]
"""),
    ("66.1", """\
# Exercise

array([1, 2, 3, 4],
      dtype = np.int8)
"""),
    ("68", """\
x = np.array([1, 2, 3, 4],
             dtype = np.int8)

y = as_strided(x,
               strides = (0, 1),
               shape = (3, 4))
y
"""),
    ("69", """\
y.base.base is x
"""),
    ("70", """\
# Broadcasting

x = np.array([1, 2, 3, 4], dtype=np.int16)
x2 = as_strided(x, strides=(0, 1*2), shape=(3, 4))
x2
"""),
    ("71", """\
y = np.array([5, 6, 7],
             dtype = np.int16)

y2 = as_strided(y,
                strides = (1 * 2, 0),
                shape = (3,  4))
y2
"""),
    ("72", """\
x2 * y2
"""),
    ("73", """\
x = np.array([1, 2, 3, 4],
             dtype = np.int16)

y = np.array([5, 6, 7],
             dtype = np.int16)

x[np.newaxis,:] * y[:,np.newaxis]
"""),
    ("74", """\
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]],
              dtype = np.int32)
"""),
    ("74.1", """\
x_diag = as_strided(x,
                    shape = (3, ),
                    strides = (???,))
"""),
    ("76", """\
# Solution

x_diag = as_strided(x,
                    shape = (3, ),
                    strides = ((3 + 1) * x.itemsize, ))
x_diag
"""),
    ("77", """\
as_strided(x[0, 1:],
           shape = (2, ),
           strides = ((3 + 1) * x.itemsize, ))
"""),
    ("78", """\
as_strided(x[1:, 0],
           shape = (2, ),
           strides = ((3 + 1) * x.itemsize, ))
"""),
    ("79", """\
y = np.diag(x, k=1)
y
"""),
    ("80", """\
y.flags.owndata
"""),
    # Challenge
    ("81", """\
x = np.arange(5 * 5 * 5 * 5).reshape(5, 5, 5, 5)
s = 0

for i in range(5):
    for j in range(5):
        s += x[j, i, j, i]
"""),
    ("81.1", """\
y = as_strided(x,
               shape = (5, 5),
               strides = (TODO, TODO))

s2 =
assert s == s2
"""),
    # Solution
    ("83", """\
y = as_strided(x,
               shape = (5, 5),
               strides = ((5 * 5 * 5 + 5) * x.itemsize,
                          (5 * 5 + 1) * x.itemsize))
"""),
    ("84", """\
s2 = y.sum()
"""),
    # CPU cache effects
    ("85", """\
x = np.zeros((20000,))
"""),
    ("86", """\
y = np.zeros((20000 * 67,))[ : :67]
"""),
    ("87", """\
x.shape, y.shape
"""),
    ("88", """\
%timeit

x.sum()
"""),
    ("89", """\
%timeit

y.sum()
"""),
    ("90", """\
x.strides, y.strides
"""),
    # #### Findings in dissection
    ("91", """\
%reload_ext watermark
%watermark -a "Caique Miranda" -gu "caiquemiranda" -iv
"""),
]

# ------------------------------------------------------------------------------------------------
# IPython's display (IPython.lib.pretty), for the kinds of values these cells produce.

WIDTH = 79


def pretty(v, column=0):
    """What IPython's displayhook prints for v, starting at `column`."""
    if isinstance(v, type):
        mod = v.__module__
        if mod in ("builtins", "exceptions", "__builtin__"):
            return v.__qualname__
        return f"{mod}.{v.__qualname__}"
    if type(v) in (dict, list, tuple):
        if isinstance(v, dict):
            open_, close = "{", "}"
            parts = [(repr(k) + ": ", x) for k, x in v.items()]
        else:
            open_, close = ("[", "]") if isinstance(v, list) else ("(", ")")
            parts = [("", x) for x in v]
        flat = [p + pretty(x, WIDTH * 2) for p, x in parts]
        tail = "," if isinstance(v, tuple) and len(v) == 1 else ""
        one = open_ + ", ".join(flat) + tail + close
        if "\n" not in one and column + len(one) <= WIDTH:
            return one
        # Too wide: IPython breaks the group, one item per line, indented by the bracket.
        inner = column + 1
        items = [p + pretty(x, inner + len(p)) for p, x in parts]
        return open_ + (",\n" + " " * inner).join(items) + tail + close
    return repr(v)


# ------------------------------------------------------------------------------------------------
# IPython magics.


def _format_time(timespan, precision=3):
    """IPython.core.magics.execution._format_time."""
    if timespan >= 60.0:
        parts = [("d", 60 * 60 * 24), ("h", 60 * 60), ("min", 60), ("s", 1)]
        time = []
        leftover = timespan
        for suffix, length in parts:
            value = int(leftover / length)
            if value > 0:
                leftover = leftover % length
                time.append("%s%s" % (str(value), suffix))
            if leftover < 1:
                break
        return " ".join(time)
    units = ["s", "ms", "\xb5s", "ns"]
    scaling = [1, 1e3, 1e6, 1e9]
    if timespan > 0.0:
        order = min(-int(math.floor(math.log10(timespan)) // 3), 3)
    else:
        order = 3
    return "%.*g %s" % (precision, timespan * scaling[order], units[order])


def timeit_magic(stmt, setup, ns):
    """%timeit as IPython runs it by default: autorange to >= 0.2 s, then 7 runs."""
    timer = _timeit.Timer(stmt, setup, globals=ns)
    number = 1
    for index in range(0, 10):
        number = 10**index
        if timer.timeit(number) >= 0.2:
            break
    repeat = 7
    runs = [t / number for t in timer.repeat(repeat, number)]
    mean = math.fsum(runs) / repeat
    std = math.sqrt(math.fsum((t - mean) ** 2 for t in runs) / repeat)
    print(
        f"{_format_time(mean)} \xb1 {_format_time(std)} per loop (mean \xb1 std. dev. of "
        f"{repeat} run{'' if repeat == 1 else 's'}, {number:,} loop{'' if number == 1 else 's'} each)"
    )


def _watermark(args, ns):
    """%watermark with the options the notebook uses: -a author, -gu github user, -iv."""
    argv = shlex.split(args)
    sections = []
    i = 0
    while i < len(argv):
        opt = argv[i]
        if opt == "-a":
            sections.append(f"Author: {argv[i + 1]}")
            i += 2
        elif opt == "-gu":
            sections.append(f"Github username: {argv[i + 1]}")
            i += 2
        elif opt == "-iv":
            mods = {}
            for val in ns.values():
                if type(val) is type(os) and hasattr(val, "__version__"):
                    mods[val.__name__.split(".")[0]] = val.__version__
            sections.append("\n".join(f"{k}: {v}" for k, v in sorted(mods.items())))
            i += 1
        else:
            raise NotImplementedError(f"%watermark option {opt}")
    print("\n\n".join(sections) + "\n")


def _line_magic(name, args, ns):
    if name == "timeit":
        if args.strip():
            timeit_magic(args.strip(), "pass", ns)
        # IPython's %timeit with no statement returns at once, printing nothing.
    elif name in ("reload_ext", "load_ext"):
        pass
    elif name == "watermark":
        _watermark(args, ns)
    else:
        raise NotImplementedError(f"magic %{name}")


MAGIC_RE = re.compile(r"^(\s*)%([A-Za-z_]\w*)(.*)$")


def transform_magics(code):
    """IPython's input transformation: %%cell magics and %line magics become calls."""
    lines = code.split("\n")
    if lines and lines[0].startswith("%%"):
        name, _, args = lines[0][2:].partition(" ")
        body = "\n".join(lines[1:])
        if name != "timeit":
            raise NotImplementedError(f"cell magic %%{name}")
        return f"_cell_magic_timeit_({args!r}, {body!r})\n"
    out = []
    for line in lines:
        m = MAGIC_RE.match(line)
        if m:
            line = f"{m.group(1)}_line_magic_({m.group(2)!r}, {m.group(3).strip()!r})"
        out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------


def run_cell(code, ns):
    """Runs one cell as IPython does (ast_node_interactivity='last_expr'); returns its value."""
    tree = ast.parse(transform_magics(code), "<cell>")
    body = tree.body
    last = body[-1] if body and isinstance(body[-1], ast.Expr) else None
    if last is not None:
        body = body[:-1]
    if body:
        exec(compile(ast.Module(body, type_ignores=[]), "<cell>", "exec"), ns)
    if last is not None:
        return eval(compile(ast.Expression(last.value), "<cell>", "eval"), ns)
    return None


def exception_line(e):
    """The last line of IPython's traceback, with the class name only (no module prefix)."""
    if isinstance(e, SyntaxError):
        return f"SyntaxError: {e.msg}"
    msg = str(e)
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


# The WAV file the notebook reads: 16-bit PCM, 2 channels, 44100 Hz, 4 frames.
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


def main():
    ns = {"__name__": "__main__", "__builtins__": builtins}
    ns["_line_magic_"] = lambda name, args: _line_magic(name, args, ns)
    ns["_cell_magic_timeit_"] = lambda args, body: timeit_magic(body, "pass", ns)
    here = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="numrs_notebook_") as tmp:
        os.chdir(tmp)
        try:
            os.mkdir("data")
            with open(os.path.join("data", "test.wav"), "wb") as f:
                f.write(wav_bytes())
            for label, code in CELLS:
                print(f"In [{label}]:")
                try:
                    value = run_cell(code, ns)
                    if value is not None:
                        print(pretty(value))
                except Exception as e:  # noqa: BLE001 - every exception is the cell's output
                    print(exception_line(e))
                print()
                sys.stdout.flush()
        finally:
            os.chdir(here)


if __name__ == "__main__":
    main()
