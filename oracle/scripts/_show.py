"""Shared by the oracle/scripts/*.py case scripts: one output line per case.

    case("name", lambda: expr)   prints  name: <repr(value)>  <dtype.str>   (arrays and NumPy
                                 scalars also show their dtype: 1.x reprs hide it)
                                 or      name: <ExcType>: <message>
Multi-line reprs continue on indented lines (arrays indent them); newlines inside exception
messages are written as \\n so a case stays one unit for oracle/run.py.
"""

import warnings

import numpy as np

warnings.simplefilter("ignore")  # RuntimeWarnings (overflow, divide by zero) go to stderr anyway


def show(v):
    if isinstance(v, (np.ndarray, np.generic)):
        return f"{v!r}  <{v.dtype.str}>"
    return repr(v)


def case(name, fn):
    try:
        v = fn()
    except Exception as e:  # noqa: BLE001 - the exception is the case's result
        msg = str(e).replace("\\", "\\\\").replace("\n", "\\n")
        print(f"{name}: {type(e).__name__}: {msg}" if msg else f"{name}: {type(e).__name__}")
        return
    try:
        text = show(v)
    except Exception as e:  # noqa: BLE001 - showing the value failed (a missing API)
        print(f"{name}: <show failed> {type(e).__name__}: {e}".replace("\n", "\\n"))
        return
    # a continuation line must start with a space (arrays' do; others are indented here)
    lines = text.split("\n")
    print(f"{name}: " + "\n".join([lines[0]] + [l if l.startswith(" ") else "    " + l for l in lines[1:]]))


def esc(s):
    """A message on one line (newlines written as \\n), as `case` writes exceptions."""
    return str(s).replace("\\", "\\\\").replace("\n", "\\n")


def wcase(name, fn):
    """`case` with the warnings raised, one indented line each, in the order raised."""
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        try:
            head = show(fn())
        except Exception as e:  # noqa: BLE001 - the exception is the case's result
            head = f"{type(e).__name__}: {esc(e)}"
    lines = head.split("\n")
    print(f"{name}: " + "\n".join([lines[0]] + [l if l.startswith(" ") else "    " + l for l in lines[1:]]))
    for w in got:
        print(f"    {w.category.__name__}: {esc(w.message)}")


# The numeric dtypes, in NumPy's type order.
NUMERIC = ["?", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8", "f2", "f4", "f8", "c8", "c16"]


NAMES = {"?": "bool", "i1": "int8", "i2": "int16", "i4": "int32", "i8": "int64", "u1": "uint8",
         "u2": "uint16", "u4": "uint32", "u8": "uint64", "f2": "float16", "f4": "float32",
         "f8": "float64", "c8": "complex64", "c16": "complex128"}


def dname(code):
    """The case-name part for a dtype code (fixed here, so names never depend on the library)."""
    return NAMES[code]
