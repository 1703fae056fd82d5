"""Warnings of a ufunc whose `out=` has another dtype (the output cast): NumPy words them as
the ufunc's ("invalid value encountered in add"), in 1.x as in 2.x; with `where=`, for the
selected items only. Run with each venv:
    python oracle/gen_ufunc_warnings.py [--check]
writes crates/numrs/tests/expected/ufunc_warnings/<numpy version>.txt, one line per case:
`case | Category: message | ...` (nothing after the name when no warning). The inputs are
listed in CASES here and in crates/numrs/tests/ufunc_warnings.rs under the same names."""
import pathlib, sys, warnings
import numpy as np

CASES = [
    # name, ufunc, input dtype, input values, python-float operand, out dtype, casting
    ("nan_to_int64", "add", "f8", [float("nan"), 1.0], 0.0, "i8", "unsafe"),
    ("inf_to_int32", "multiply", "f8", [float("inf"), 2.0], 2.0, "i4", "unsafe"),
    ("big_to_float32", "add", "f8", [1e300, 1.0], 0.0, "f4", "same_kind"),
    ("big_to_float16", "subtract", "f8", [1e10, 1.0], 0.0, "f2", "same_kind"),
    ("complex_to_float64", "add", "c16", [1 + 1j, 1.0], 0.0, "f8", "unsafe"),
    ("complex_nan_to_int8", "add", "c16", [complex("nan+1j"), 1.0], 0.0, "i1", "unsafe"),
    ("fine_to_int64", "add", "f8", [1.5, -2.5], 0.0, "i8", "unsafe"),
    ("fine_to_float32", "add", "f8", [1.5, -2.5], 0.0, "f4", "same_kind"),
]
# The same with where=: only the selected items are cast (and warn).
WHERE_CASES = [
    # name, ufunc, input dtype, input values, python-float operand, out dtype, casting, where
    ("nan_unselected_to_int64", "add", "f8", [float("nan"), 1.0], 0.0, "i8", "unsafe",
     [False, True]),
    ("nan_selected_to_int64", "add", "f8", [float("nan"), 1.0], 0.0, "i8", "unsafe",
     [True, False]),
    ("big_unselected_to_float32", "add", "f8", [1e300, 1.0], 0.0, "f4", "same_kind",
     [False, True]),
    ("big_selected_to_float32", "add", "f8", [1.0, 1e300], 0.0, "f4", "same_kind",
     [False, True]),
    ("complex_unselected_to_float64", "add", "c16", [1 + 1j, 1.0], 0.0, "f8", "unsafe",
     [False, True]),
    ("overflow_and_cast_selected", "multiply", "f8", [1e300, 1e200], 1e300, "i8", "unsafe",
     [True, True]),
    ("overflow_unselected_cast_selected", "multiply", "f8", [1e300, float("inf")], 1e300,
     "i8", "unsafe", [False, True]),
]


def run():
    lines = []
    for name, uf, dt, vals, other, odt, casting, where in [c + (True,) for c in CASES] + \
            WHERE_CASES:
        a = np.array(vals, dtype=dt)
        out = np.zeros(len(vals), dtype=odt)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            getattr(np, uf)(a, other, out=out, casting=casting, where=where)
        shown = [f"{x.category.__name__}: {x.message}" for x in w]
        lines.append(" | ".join([name] + shown))
    return "\n".join(lines) + "\n"


path = pathlib.Path(__file__).resolve().parent.parent / "crates/numrs/tests/expected/ufunc_warnings" / f"{np.__version__}.txt"
text = run()
if "--check" in sys.argv:
    if path.read_text() != text:
        sys.exit(f"{path.name}: differs from NumPy {np.__version__}")
    print(f"{path.name} check OK")
else:
    path.write_text(text)
    print(f"wrote {path}")
