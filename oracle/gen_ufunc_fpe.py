"""Floating-point error warnings of ufunc loops and reductions ("divide by zero encountered in
divide", "overflow encountered in reduce", ...), as NumPy raises them after a call. Run with
each venv:
    python oracle/gen_ufunc_fpe.py [--check]
writes crates/numrs/tests/expected/ufunc_fpe/<numpy version>.txt, one line per case:
    name; kind; function; dtype; a; b | Category: message | ...
(nothing after the inputs when no warning), read by crates/numrs/tests/ufunc_fpe.rs, which
builds the same inputs from the line. Values are space-separated: ints, floats (nan, inf),
complex as re:im, `v*n` for n copies of v; `b` is the second operand (binary kinds) or the
where= mask (T/F) for `where`.

kinds: binary  f(a, b)            unary    f(a)
       out     f(a, b, out=empty_like(a))
       out_<dtype>  f(a, b, out=empty(len(a), dtype))
       inplace f(a, b, out=a)     (a op= b)
       where   f(a, a, out=zeros_like(a), where=b)
       reduce  np.<ufunc>.reduce(a)
       method  np.<function>(a)   (sum, prod, max, min, mean)
"""
import pathlib, sys, warnings
import numpy as np

BIG = 3 << 20  # split across threads by numrs

CASES = [
    # float division
    ("divide_by_zero_f8", "binary", "divide", "f8", "1.0 2.0", "0.0 1.0"),
    ("divide_zero_by_zero_f8", "binary", "divide", "f8", "0.0 2.0", "0.0 1.0"),
    ("divide_both_f8", "binary", "divide", "f8", "1.0 0.0", "0.0 0.0"),
    ("divide_by_zero_f4", "binary", "divide", "f4", "1.0 2.0", "0.0 1.0"),
    ("divide_zero_by_zero_f4", "binary", "divide", "f4", "0.0", "0.0"),
    ("divide_by_zero_f2", "binary", "divide", "f2", "1.0 2.0", "0.0 1.0"),
    ("divide_zero_by_zero_f2", "binary", "divide", "f2", "0.0", "0.0"),
    ("divide_by_zero_long_f8", "binary", "divide", "f8", "1.0*37", "1.0*36 0.0"),
    ("divide_int_by_zero", "binary", "divide", "i8", "1 2", "0 1"),
    ("divide_fine_f8", "binary", "divide", "f8", "1.0 inf nan", "3.0 2.0 0.0"),
    ("floor_divide_by_zero_f8", "binary", "floor_divide", "f8", "1.0 2.0", "0.0 1.0"),
    ("floor_divide_zero_by_zero_f8", "binary", "floor_divide", "f8", "0.0", "0.0"),
    ("remainder_by_zero_f8", "binary", "remainder", "f8", "1.0 2.0", "0.0 1.0"),
    ("remainder_inf_f8", "binary", "remainder", "f8", "inf", "2.0"),
    # overflow
    ("add_overflow_f8", "binary", "add", "f8", "1e308 1.0", "1e308 1.0"),
    ("add_overflow_f4", "binary", "add", "f4", "3e38 1.0", "3e38 1.0"),
    ("add_overflow_f2", "binary", "add", "f2", "60000 1.0", "60000 1.0"),
    ("add_overflow_long_f8", "binary", "add", "f8", "1.0*40 1e308", "1.0*40 1e308"),
    ("subtract_overflow_f8", "binary", "subtract", "f8", "-1e308", "1e308"),
    ("multiply_overflow_f8", "binary", "multiply", "f8", "1e200 2.0", "1e200 2.0"),
    ("multiply_overflow_f4", "binary", "multiply", "f4", "1e30 2.0", "1e30 2.0"),
    ("multiply_overflow_f2", "binary", "multiply", "f2", "300 2.0", "300 2.0"),
    ("power_overflow_f8", "binary", "power", "f8", "10.0 2.0", "400.0 2.0"),
    ("power_overflow_f4", "binary", "power", "f4", "10.0 2.0", "40.0 2.0"),
    ("power_overflow_f2", "binary", "power", "f2", "10.0 2.0", "5.0 2.0"),
    ("power_invalid_f8", "binary", "power", "f8", "-2.0", "0.5"),
    ("power_zero_negative_f8", "binary", "power", "f8", "0.0", "-1.0"),
    ("multiply_underflow_f8", "binary", "multiply", "f8", "1e-300", "1e-300"),
    # invalid
    ("subtract_inf_inf_f8", "binary", "subtract", "f8", "inf 1.0", "inf 1.0"),
    ("add_inf_minus_inf_f4", "binary", "add", "f4", "inf", "-inf"),
    ("multiply_inf_zero_f8", "binary", "multiply", "f8", "inf", "0.0"),
    ("add_nan_f8", "binary", "add", "f8", "nan 1.0", "1.0 1.0"),
    ("add_nan_f4", "binary", "add", "f4", "nan 1.0", "1.0 1.0"),
    ("add_nan_f2", "binary", "add", "f2", "nan 1.0", "1.0 1.0"),
    ("subtract_inf_one_f8", "binary", "subtract", "f8", "inf -inf", "1.0 1.0"),
    ("multiply_nan_zero_f8", "binary", "multiply", "f8", "nan", "0.0"),
    ("maximum_nan_f8", "binary", "maximum", "f8", "nan*20 1.0", "1.0*20 nan"),
    ("minimum_nan_f4", "binary", "minimum", "f4", "nan*20 1.0", "1.0*20 nan"),
    ("fmax_nan_f8", "binary", "fmax", "f8", "nan*20 1.0", "1.0*20 nan"),
    ("less_nan_f8", "binary", "less", "f8", "nan*20 1.0", "1.0*20 nan"),
    ("equal_nan_f4", "binary", "equal", "f4", "nan*20 1.0", "1.0*20 nan"),
    ("hypot_overflow_f8", "binary", "hypot", "f8", "1e308", "1e308"),
    ("arctan2_zero_f8", "binary", "arctan2", "f8", "0.0", "0.0"),
    # integers
    ("floor_divide_by_zero_i8", "binary", "floor_divide", "i8", "1 2", "0 1"),
    ("floor_divide_by_zero_i4", "binary", "floor_divide", "i4", "1 2", "0 1"),
    ("floor_divide_by_zero_i1", "binary", "floor_divide", "i1", "1 2", "0 1"),
    ("floor_divide_by_zero_u8", "binary", "floor_divide", "u8", "1 2", "0 1"),
    ("floor_divide_by_zero_u1", "binary", "floor_divide", "u1", "1 2", "0 1"),
    ("remainder_by_zero_i8", "binary", "remainder", "i8", "1 2", "0 1"),
    ("remainder_by_zero_u4", "binary", "remainder", "u4", "1 2", "0 1"),
    ("remainder_by_zero_i2", "binary", "remainder", "i2", "1 2", "0 1"),
    ("floor_divide_min_i8", "binary", "floor_divide", "i8", "-9223372036854775808", "-1"),
    ("floor_divide_min_i4", "binary", "floor_divide", "i4", "-2147483648", "-1"),
    ("floor_divide_min_i1", "binary", "floor_divide", "i1", "-128", "-1"),
    ("remainder_min_i8", "binary", "remainder", "i8", "-9223372036854775808", "-1"),
    ("add_overflow_i1", "binary", "add", "i1", "127", "1"),
    ("multiply_overflow_i8", "binary", "multiply", "i8", "9223372036854775807", "2"),
    ("power_overflow_i8", "binary", "power", "i8", "10", "30"),
    ("floor_divide_fine_i8", "binary", "floor_divide", "i8", "7 -7", "2 2"),
    # complex
    ("divide_by_zero_c16", "binary", "divide", "c16", "1:1 2:0", "0:0 1:0"),
    ("divide_zero_by_zero_c16", "binary", "divide", "c16", "0:0", "0:0"),
    ("divide_by_zero_c8", "binary", "divide", "c8", "1:1", "0:0"),
    ("multiply_overflow_c16", "binary", "multiply", "c16", "1e200:1e200", "1e200:1e200"),
    ("add_overflow_c16", "binary", "add", "c16", "1e308:0", "1e308:0"),
    ("add_nan_c16", "binary", "add", "c16", "nan:1", "1:1"),
    ("divide_nan_c16", "binary", "divide", "c16", "nan:1*20 1:1", "1:1*20 nan:0"),
    ("multiply_nan_c16", "binary", "multiply", "c16", "nan:1*20", "1:1*20"),
    # unary
    ("sqrt_negative_f8", "unary", "sqrt", "f8", "-1.0 4.0", ""),
    ("sqrt_negative_f4", "unary", "sqrt", "f4", "-1.0 4.0", ""),
    ("sqrt_negative_f2", "unary", "sqrt", "f2", "-1.0 4.0", ""),
    ("sqrt_negative_long_f8", "unary", "sqrt", "f8", "4.0*40 -1.0", ""),
    ("sqrt_nan_f8", "unary", "sqrt", "f8", "nan inf", ""),
    ("log_zero_f8", "unary", "log", "f8", "0.0 1.0", ""),
    ("log_negative_f8", "unary", "log", "f8", "-1.0 1.0", ""),
    ("log_zero_f4", "unary", "log", "f4", "0.0 1.0", ""),
    ("log_zero_f2", "unary", "log", "f2", "0.0 1.0", ""),
    ("log_nan_f8", "unary", "log", "f8", "nan inf", ""),
    ("log2_zero_f8", "unary", "log2", "f8", "0.0", ""),
    ("log10_negative_f8", "unary", "log10", "f8", "-1.0", ""),
    ("log1p_minus_one_f8", "unary", "log1p", "f8", "-1.0", ""),
    ("arccos_domain_f8", "unary", "arccos", "f8", "2.0 0.5", ""),
    ("arccos_domain_f4", "unary", "arccos", "f4", "2.0 0.5", ""),
    ("arcsin_domain_f8", "unary", "arcsin", "f8", "-2.0", ""),
    ("exp_overflow_f8", "unary", "exp", "f8", "1000.0 1.0", ""),
    ("exp_overflow_f4", "unary", "exp", "f4", "100.0 1.0", ""),
    ("exp_underflow_f8", "unary", "exp", "f8", "-1000.0", ""),
    ("cosh_overflow_f8", "unary", "cosh", "f8", "1000.0", ""),
    ("sin_inf_f8", "unary", "sin", "f8", "inf", ""),
    ("cos_inf_f4", "unary", "cos", "f4", "inf", ""),
    ("square_overflow_f8", "unary", "square", "f8", "1e200", ""),
    ("reciprocal_zero_f8", "unary", "reciprocal", "f8", "0.0 2.0", ""),
    ("negative_inf_f8", "unary", "negative", "f8", "inf nan", ""),
    ("floor_nan_f8", "unary", "floor", "f8", "nan inf", ""),
    ("rint_nan_f8", "unary", "rint", "f8", "nan inf", ""),
    ("isnan_f8", "unary", "isnan", "f8", "nan inf", ""),
    ("sign_nan_f8", "unary", "sign", "f8", "nan*20 1.0", ""),
    ("absolute_nan_c16", "unary", "absolute", "c16", "nan:1*20 inf:nan", ""),
    ("sqrt_negative_c16", "unary", "sqrt", "c16", "-1:0", ""),
    ("log_zero_c16", "unary", "log", "c16", "0:0", ""),
    # out=, where=, in place, threads
    ("out_divide_by_zero_f8", "out", "divide", "f8", "1.0 2.0", "0.0 1.0"),
    ("out_add_overflow_f4", "out", "add", "f4", "3e38", "3e38"),
    ("out_cast_divide_by_zero_f4", "out_f4", "divide", "f8", "1.0 1e300", "0.0 1.0"),
    ("out_cast_fine_f4", "out_f4", "divide", "f8", "1.0 2.0", "2.0 1.0"),
    ("inplace_add_overflow_f8", "inplace", "add", "f8", "1e308 1.0", "1e308 1.0"),
    ("inplace_divide_by_zero_f8", "inplace", "divide", "f8", "1.0", "0.0"),
    ("inplace_floor_divide_by_zero_i8", "inplace", "floor_divide", "i8", "1", "0"),
    ("where_selected_f8", "where", "divide", "f8", "0.0 1.0", "T F"),
    ("where_unselected_f8", "where", "divide", "f8", "0.0 1.0", "F T"),
    ("big_divide_by_zero_f8", "binary", "divide", "f8", f"1.0*{BIG}", f"1.0*{BIG - 1} 0.0"),
    ("big_add_overflow_f8", "binary", "add", "f8", f"1e308*{BIG}", f"1.0*{BIG - 1} 1e308"),
    ("big_sqrt_negative_f8", "unary", "sqrt", "f8", f"1.0*{BIG - 1} -1.0", ""),
    ("big_fine_f8", "binary", "divide", "f8", f"1.0*{BIG}", f"2.0*{BIG}"),
    # reductions
    ("reduce_add_overflow_f8", "reduce", "add", "f8", "1e308 1e308", ""),
    ("reduce_add_overflow_f4", "reduce", "add", "f4", "3e38 3e38", ""),
    ("reduce_add_overflow_f2", "reduce", "add", "f2", "60000 60000", ""),
    ("reduce_add_long_overflow_f8", "reduce", "add", "f8", "1e308*100", ""),
    ("reduce_add_inf_inf_f8", "reduce", "add", "f8", "inf -inf", ""),
    ("reduce_add_nan_f8", "reduce", "add", "f8", "nan 1.0", ""),
    ("reduce_multiply_overflow_f8", "reduce", "multiply", "f8", "1e200 1e200", ""),
    ("reduce_multiply_inf_zero_f8", "reduce", "multiply", "f8", "inf 0.0", ""),
    ("reduce_maximum_nan_f8", "reduce", "maximum", "f8", "1.0*20 nan", ""),
    ("reduce_minimum_nan_f4", "reduce", "minimum", "f4", "nan 1.0*20", ""),
    ("reduce_add_overflow_c16", "reduce", "add", "c16", "1e308:0 1e308:0", ""),
    ("sum_overflow_f8", "method", "sum", "f8", "1e308 1e308", ""),
    ("sum_big_overflow_f8", "method", "sum", "f8", f"1e308*{BIG}", ""),
    ("prod_overflow_f8", "method", "prod", "f8", "1e200 1e200", ""),
    ("max_nan_f8", "method", "max", "f8", "1.0 nan", ""),
    ("mean_overflow_f8", "method", "mean", "f8", "1e308 1e308", ""),
    ("sum_fine_f8", "method", "sum", "f8", "1.0 2.0", ""),
]

# Float floor division and remainder over zeros, infinities and NaN (dividend x divisor),
# one item and 20 items (numrs's short and vectorized loops).
GRID = ["0.0", "-0.0", "1.0", "-2.5", "inf", "-inf", "nan"]
_GRID_NAMES = {"0.0": "0", "-0.0": "m0", "1.0": "1", "-2.5": "m2.5", "inf": "inf", "-inf": "minf",
               "nan": "nan"}
for _fn in ["floor_divide", "remainder"]:
    for _dt in ["f8", "f4", "f2"]:
        for _a in GRID:
            for _b in GRID:
                for _n in ["", "*20"]:
                    CASES.append((f"{_fn}_{_GRID_NAMES[_a]}_{_GRID_NAMES[_b]}{'_long' if _n else ''}_{_dt}",
                                  "binary", _fn, _dt, _a + _n, _b + _n))
# Complex absolute past the largest float, of NaN and of infinities (NumPy 1.x warns
# "overflow"; NumPy 2 does not).
for _dt, _big in [("c8", "3e38"), ("c16", "1.7e308")]:
    for _z in [f"{_big}:{_big}", f"{_big}:0", f"-{_big}:{_big}", "nan:1", "1:nan", "nan:nan",
               "inf:nan", "nan:-inf", "inf:inf", "3:4"]:
        for _n in ["", "*20"]:
            CASES.append((f"absolute_{_z.replace(':', '_')}{'_long' if _n else ''}_{_dt}",
                          "unary", "absolute", _dt, _z + _n, ""))


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
    if kind == "where":
        mask = np.array([t == "T" for t in b.split()])
        return getattr(np, fn)(x, x, out=np.zeros_like(x), where=mask)
    y = values(b, dt)
    if kind == "binary":
        return getattr(np, fn)(x, y)
    if kind == "out":
        return getattr(np, fn)(x, y, out=np.empty_like(x))
    if kind.startswith("out_"):
        return getattr(np, fn)(x, y, out=np.empty(len(x), dtype=kind[4:]))
    if kind == "inplace":
        return getattr(np, fn)(x, y, out=x)
    raise ValueError(kind)


def run():
    lines = []
    for name, kind, fn, dt, a, b in CASES:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            call(kind, fn, dt, a, b)
        shown = [f"{x.category.__name__}: {x.message}" for x in w]
        # Inputs with many items are written as `v*n`, so the line stays short.
        lines.append(" | ".join([f"{name}; {kind}; {fn}; {dt}; {a}; {b}"] + shown))
    return "\n".join(lines) + "\n"


path = (
    pathlib.Path(__file__).resolve().parent.parent
    / "crates/numrs/tests/expected/ufunc_fpe"
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
