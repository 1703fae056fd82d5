"""np.errstate over ufunc loops, casts and reductions: the warnings NumPy raises and the
FloatingPointError of mode 'raise', for each case under several settings. Run with each venv:
    python oracle/gen_errstate.py [--check]
writes crates/numrs/tests/expected/errstate/<numpy version>.txt, one line per case and setting:
    name; kind; function; dtype; a; b; setting | Category: message | ... | FloatingPointError: message
read by crates/numrs/tests/errstate.rs (numrs::errstate::with_errstate; threads there). Inputs are written
as in oracle/gen_ufunc_fpe.py (`v*n` for n copies, complex re:im); setting is
`cond=mode,cond=mode` (np.errstate's keywords). kinds: binary, unary, out (out=empty_like(a):
written before the raise), reduce (np.<ufunc>.reduce), method (np.sum/prod/mean), astype (b is
the target dtype).
"""
import pathlib, sys, warnings
import numpy as np

CASES = [
    ("divide_both_f8", "binary", "divide", "f8", "1.0 0.0 2.0", "0.0 0.0 1.0"),
    ("divide_by_zero_long_f8", "binary", "divide", "f8", "1.0*37", "1.0*36 0.0"),
    ("divide_by_zero_f4", "binary", "divide", "f4", "1.0 2.0", "0.0 1.0"),
    ("floor_divide_by_zero_i8", "binary", "floor_divide", "i8", "1 2", "0 1"),
    ("remainder_by_zero_i4", "binary", "remainder", "i4", "1 2", "0 1"),
    ("multiply_over_invalid_f8", "binary", "multiply", "f8", "1e308 inf 1.0", "10.0 0.0 0.0"),
    ("multiply_underflow_f8", "binary", "multiply", "f8", "1e-300", "1e-300"),
    ("multiply_underflow_long_f8", "binary", "multiply", "f8", "1e-300*40", "1e-300*40"),
    ("add_overflow_f4", "binary", "add", "f4", "3e38 1.0", "3e38 1.0"),
    ("power_overflow_f8", "binary", "power", "f8", "10.0", "400.0"),
    ("sqrt_negative_f8", "unary", "sqrt", "f8", "-1.0 4.0", ""),
    ("log_zero_negative_f8", "unary", "log", "f8", "0.0 -1.0", ""),
    ("exp_over_under_f8", "unary", "exp", "f8", "1000.0 -1000.0", ""),
    ("out_divide_by_zero_f8", "out", "divide", "f8", "1.0 2.0", "0.0 1.0"),
    ("reduce_add_overflow_f8", "reduce", "add", "f8", "1e308 1e308", ""),
    ("sum_overflow_f8", "method", "sum", "f8", "1e308 1e308", ""),
    ("prod_overflow_f8", "method", "prod", "f8", "1e200 1e200", ""),
    ("mean_overflow_f8", "method", "mean", "f8", "1e308 1e308", ""),
    ("astype_nan_i4", "astype", "astype", "f8", "nan 1.0", "i4"),
    ("astype_big_f4", "astype", "astype", "f8", "1e300 1.0", "f4"),
    ("astype_nan_big_i2", "astype", "astype", "f8", "nan 1e10", "i2"),
    ("astype_tiny_f4", "astype", "astype", "f8", "1e-300 1e-40 7.174648137343064e-43", "f4"),
    ("astype_tiny_f2", "astype", "astype", "f8", "1e-10 9.5367431640625e-07 1e-06", "f2"),
    ("astype_tiny_big_f4", "astype", "astype", "f8", "1e-300 1e300", "f4"),
]

SETTINGS = ["all=ignore", "all=raise", "divide=raise", "over=raise", "under=warn", "under=raise",
            "invalid=raise", "divide=warn,invalid=raise", "divide=ignore,over=raise"]

def value(tok, dt):
    if ":" in tok:
        re, im = tok.split(":")
        return complex(float(re), float(im))
    if np.dtype(dt).kind in "iu":
        return int(tok)
    return float(tok)

def values(text, dt):
    out = []
    for tok in text.split():
        v, _, n = tok.partition("*")
        out.extend([value(v, dt)] * (int(n) if n else 1))
    return np.array(out, dtype=dt)

def call(kind, fn, dt, a, b):
    x = values(a, dt)
    if kind == "unary":
        return getattr(np, fn)(x)
    if kind == "reduce":
        return getattr(np, fn).reduce(x)
    if kind == "method":
        return getattr(np, fn)(x)
    if kind == "astype":
        return x.astype(b)
    y = values(b, dt)
    if kind == "binary":
        return getattr(np, fn)(x, y)
    if kind == "out":
        out = np.full_like(x, -7)
        try:
            getattr(np, fn)(x, y, out=out)
        finally:
            assert out[1] != -7  # written before the raise
        return out
    raise ValueError(kind)

def run():
    lines = []
    for name, kind, fn, dt, a, b in CASES:
        for setting in SETTINGS:
            state = dict(kv.split("=") for kv in setting.split(","))
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter("always")
                raised = []
                try:
                    with np.errstate(**state):
                        call(kind, fn, dt, a, b)
                except FloatingPointError as e:
                    raised = [f"FloatingPointError: {e}"]
            shown = [f"{x.category.__name__}: {x.message}" for x in w] + raised
            lines.append(" | ".join([f"{name}; {kind}; {fn}; {dt}; {a}; {b}; {setting}"] + shown))
    return "\n".join(lines) + "\n"

path = (
    pathlib.Path(__file__).resolve().parent.parent
    / "crates/numrs/tests/expected/errstate"
    / f"{np.__version__}.txt"
)
text = run()
if "--check" in sys.argv:
    if path.read_text() != text:
        sys.exit(f"{path.name}: differs from NumPy {np.__version__}")
    print(f"{path.name} check OK")
else:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    print(f"wrote {path}")
