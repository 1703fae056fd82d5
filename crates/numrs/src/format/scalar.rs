//! `repr` and `str` of NumPy scalars (`np.float64(0.1)`, `np.True_`,
//! `np.bytes_(b'ab')`, `np.str_('a')`, `np.void(b'\x01')`,
//! `np.void((1, 2.5), dtype=[...])`, ...).

use super::arrayprint::ElementFormat;
use super::flexible::{bytes_of, py_bytes_repr, py_str_repr, str_of, void_str};
use super::float::{
    format_float_positional, format_float_scientific, narrow, FloatFormatOptions, Trim,
};
use super::{ElemKind, FloatWidth, FmtScalar, PrintOptions};

/// NumPy's choice between positional and scientific notation for a float
/// scalar: positional for zero, NaN and `1e-4 <= |x| < cutoff`.
fn float_either(
    value: f64,
    width: FloatWidth,
    trim_pos: Trim,
    trim_sci: Trim,
    sign: bool,
    legacy: bool,
) -> String {
    let v = narrow(value, width);
    let max_positional = if legacy {
        1e16
    } else {
        match width {
            FloatWidth::F16 => 1e3,
            FloatWidth::F32 => 1e6,
            FloatWidth::F64 => 1e16,
        }
    };
    let abs = v.abs();
    let positional = v.is_nan() || v == 0.0 || (abs < max_positional && abs >= 1e-4);
    if positional {
        let o = FloatFormatOptions {
            sign,
            trim: trim_pos,
            ..FloatFormatOptions::default()
        };
        format_float_positional(v, width, &o)
    } else {
        let o = FloatFormatOptions {
            sign,
            trim: trim_sci,
            ..FloatFormatOptions::default()
        };
        format_float_scientific(v, width, &o)
    }
}

/// The parts of a complex scalar's text: `(Some(real), imag)`, or
/// `(None, imag)` when the real part is `+0.0` and only `imag` + `j` is shown.
fn complex_parts(re: f64, im: f64, width: FloatWidth, legacy: bool) -> (Option<String>, String) {
    let (re, im) = (narrow(re, width), narrow(im, width));
    let trim = Trim::Minus;
    if re == 0.0 && re.is_sign_positive() {
        return (None, float_either(im, width, trim, trim, false, legacy));
    }
    let rstr = if re.is_finite() {
        float_either(re, width, trim, trim, false, legacy)
    } else if re.is_nan() {
        "nan".to_string()
    } else if re > 0.0 {
        "inf".to_string()
    } else {
        "-inf".to_string()
    };
    let istr = if im.is_finite() {
        float_either(im, width, trim, trim, true, legacy)
    } else if im.is_nan() {
        "+nan".to_string()
    } else if im > 0.0 {
        "+inf".to_string()
    } else {
        "-inf".to_string()
    };
    (Some(rstr), istr)
}

/// `str` of a real float scalar of width `width` (NumPy 2 rules).
pub(crate) fn float_str(value: f64, width: FloatWidth) -> String {
    float_either(value, width, Trim::Zero, Trim::Minus, false, false)
}

/// The tuple text of a record scalar (`(1, 2.5)`): the array formatters
/// applied to the lone value, with floats shown as their scalar `str` unless
/// emulating NumPy 1.x.
fn record_text(value: &FmtScalar, kind: &ElemKind, opts: &PrintOptions) -> String {
    let fmt = ElementFormat::build(kind, &[value], true, !opts.legacy_1x, opts);
    fmt.format(value)
}

/// Scalar text without any `np.<type>(...)` wrapper; `parens` wraps complex
/// values with a real part in parentheses (as `str` does).  Strings are given
/// as their `repr` (`'a'`); `str` of a string scalar is handled by the caller.
fn bare(value: &FmtScalar, kind: &ElemKind, opts: &PrintOptions, parens: bool) -> String {
    let legacy = opts.legacy_1x;
    match kind {
        ElemKind::Bool => {
            if value.as_bool() {
                "True".to_string()
            } else {
                "False".to_string()
            }
        }
        ElemKind::Int | ElemKind::UInt => value.as_int().to_string(),
        ElemKind::Float(w) => {
            float_either(value.as_f64(), *w, Trim::Zero, Trim::Minus, false, legacy)
        }
        ElemKind::Complex(w) => {
            let (re, im) = value.as_complex();
            match complex_parts(re, im, *w, legacy) {
                (None, i) => format!("{i}j"),
                (Some(r), i) if parens => format!("({r}{i}j)"),
                (Some(r), i) => format!("{r}{i}j"),
            }
        }
        ElemKind::Bytes => py_bytes_repr(&bytes_of(value)),
        ElemKind::Str => py_str_repr(&str_of(value)),
        ElemKind::Void => void_str(&bytes_of(value)),
        ElemKind::Record(_) | ElemKind::SubArray(..) => record_text(value, kind, opts),
    }
}

/// `str` of a NumPy scalar with default print options.
///
/// ```
/// use numrs::format::{scalar_str, ElemKind, FloatWidth, FmtScalar};
///
/// let f64k = ElemKind::Float(FloatWidth::F64);
/// assert_eq!(scalar_str(&FmtScalar::Float(0.1), &f64k), "0.1");
/// assert_eq!(scalar_str(&FmtScalar::Float(1e16), &f64k), "1e+16");
/// assert_eq!(scalar_str(&FmtScalar::Float(-0.0), &f64k), "-0.0");
/// let c = ElemKind::Complex(FloatWidth::F64);
/// assert_eq!(scalar_str(&FmtScalar::Complex(1.0, 2.0), &c), "(1+2j)");
/// assert_eq!(scalar_str(&FmtScalar::Bool(true), &ElemKind::Bool), "True");
/// assert_eq!(scalar_str(&FmtScalar::Bytes(b"ab".to_vec()), &ElemKind::Bytes), "b'ab'");
/// assert_eq!(scalar_str(&FmtScalar::Str("a'b".into()), &ElemKind::Str), "a'b");
/// assert_eq!(scalar_str(&FmtScalar::Void(vec![1, 2]), &ElemKind::Void), r"b'\x01\x02'");
/// let rec = ElemKind::Record(vec![ElemKind::Int, f64k]);
/// let v = FmtScalar::Record(vec![FmtScalar::Int(1), FmtScalar::Float(2.5)]);
/// assert_eq!(scalar_str(&v, &rec), "(1, 2.5)");
/// ```
#[must_use]
pub fn scalar_str(value: &FmtScalar, kind: &ElemKind) -> String {
    scalar_str_with(value, kind, &PrintOptions::default())
}

/// `str` of a NumPy scalar.  For numbers only `opts.legacy_1x` is consulted
/// (NumPy 1.x switched to scientific notation at `1e16` for every float
/// width); record scalars format their fields with all of `opts`.
#[must_use]
pub fn scalar_str_with(value: &FmtScalar, kind: &ElemKind, opts: &PrintOptions) -> String {
    match kind {
        ElemKind::Str => str_of(value).into_owned(),
        _ => bare(value, kind, opts, true),
    }
}

/// `repr` of a NumPy 2 scalar, e.g. `np.int8(6)`, `np.float32(nan)`,
/// `np.complex128(1+2j)`, `np.True_`, `np.bytes_(b'ab')`, `np.str_('a')`,
/// `np.void(b'\x01')`, `np.void((1, 2.5), dtype=[('a', '<i4'), ...])`.
///
/// `type_name` is the scalar type's name (`"int8"`, `"float64"`, ...) for
/// numeric kinds; it is ignored for `S`, `U` and `V` items, and for records
/// it is the text printed after `dtype=` (`str(dtype)`).
///
/// ```
/// use numrs::format::{scalar_repr, ElemKind, FloatWidth, FmtScalar};
///
/// assert_eq!(scalar_repr(&FmtScalar::Int(6), &ElemKind::Int, "int8"), "np.int8(6)");
/// let f16 = ElemKind::Float(FloatWidth::F16);
/// assert_eq!(scalar_repr(&FmtScalar::Float(0.1), &f16, "float16"), "np.float16(0.1)");
/// assert_eq!(scalar_repr(&FmtScalar::Bool(false), &ElemKind::Bool, "bool"), "np.False_");
/// assert_eq!(scalar_repr(&FmtScalar::Str("it's".into()), &ElemKind::Str, ""), "np.str_(\"it's\")");
/// let rec = ElemKind::Record(vec![ElemKind::Int]);
/// let v = FmtScalar::Record(vec![FmtScalar::Int(7)]);
/// assert_eq!(scalar_repr(&v, &rec, "[('a', '<i4')]"), "np.void((7,), dtype=[('a', '<i4')])");
/// ```
#[must_use]
pub fn scalar_repr(value: &FmtScalar, kind: &ElemKind, type_name: &str) -> String {
    scalar_repr_with(value, kind, type_name, &PrintOptions::default())
}

/// `repr` of a NumPy scalar honoring `opts.legacy_1x` (NumPy 1.x reprs are
/// the same as `str`, e.g. `0.1`, `True`, `(1+2j)`, except `'a'` for strings
/// and `void(b'\x01')` for raw void).
#[must_use]
pub fn scalar_repr_with(
    value: &FmtScalar,
    kind: &ElemKind,
    type_name: &str,
    opts: &PrintOptions,
) -> String {
    let legacy = opts.legacy_1x;
    match kind {
        ElemKind::Bool if !legacy => {
            if value.as_bool() {
                "np.True_".to_string()
            } else {
                "np.False_".to_string()
            }
        }
        ElemKind::Bytes if !legacy => format!("np.bytes_({})", bare(value, kind, opts, false)),
        ElemKind::Str if !legacy => format!("np.str_({})", bare(value, kind, opts, false)),
        ElemKind::Void if legacy => format!("void({})", bare(value, kind, opts, false)),
        ElemKind::Void => format!("np.void({})", bare(value, kind, opts, false)),
        ElemKind::Record(_) | ElemKind::SubArray(..) if !legacy => format!(
            "np.void({}, dtype={type_name})",
            bare(value, kind, opts, false)
        ),
        _ if legacy => bare(value, kind, opts, true),
        _ => format!("np.{}({})", type_name, bare(value, kind, opts, false)),
    }
}
