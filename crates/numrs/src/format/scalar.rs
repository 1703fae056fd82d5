//! `repr` and `str` of NumPy scalars (`np.float64(0.1)`, `np.True_`, ...).

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

/// Scalar text without any `np.<type>(...)` wrapper; `parens` wraps complex
/// values with a real part in parentheses (as `str` does).
fn bare(value: FmtScalar, kind: ElemKind, legacy: bool, parens: bool) -> String {
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
            float_either(value.as_f64(), w, Trim::Zero, Trim::Minus, false, legacy)
        }
        ElemKind::Complex(w) => {
            let (re, im) = value.as_complex();
            match complex_parts(re, im, w, legacy) {
                (None, i) => format!("{i}j"),
                (Some(r), i) if parens => format!("({r}{i}j)"),
                (Some(r), i) => format!("{r}{i}j"),
            }
        }
    }
}

/// `str` of a NumPy scalar with default print options.
///
/// ```
/// use numrs::format::{scalar_str, ElemKind, FloatWidth, FmtScalar};
///
/// let f64k = ElemKind::Float(FloatWidth::F64);
/// assert_eq!(scalar_str(FmtScalar::Float(0.1), f64k), "0.1");
/// assert_eq!(scalar_str(FmtScalar::Float(1e16), f64k), "1e+16");
/// assert_eq!(scalar_str(FmtScalar::Float(-0.0), f64k), "-0.0");
/// let c = ElemKind::Complex(FloatWidth::F64);
/// assert_eq!(scalar_str(FmtScalar::Complex(1.0, 2.0), c), "(1+2j)");
/// assert_eq!(scalar_str(FmtScalar::Bool(true), ElemKind::Bool), "True");
/// ```
#[must_use]
pub fn scalar_str(value: FmtScalar, kind: ElemKind) -> String {
    scalar_str_with(value, kind, &PrintOptions::default())
}

/// `str` of a NumPy scalar; only `opts.legacy_1x` is consulted (NumPy 1.x
/// switched to scientific notation at `1e16` for every float width).
#[must_use]
pub fn scalar_str_with(value: FmtScalar, kind: ElemKind, opts: &PrintOptions) -> String {
    bare(value, kind, opts.legacy_1x, true)
}

/// `repr` of a NumPy 2 scalar, e.g. `np.int8(6)`, `np.float32(nan)`,
/// `np.complex128(1+2j)`, `np.True_`.  `type_name` is the scalar type's name
/// (`"int8"`, `"float64"`, ...).
///
/// ```
/// use numrs::format::{scalar_repr, ElemKind, FloatWidth, FmtScalar};
///
/// assert_eq!(scalar_repr(FmtScalar::Int(6), ElemKind::Int, "int8"), "np.int8(6)");
/// let f16 = ElemKind::Float(FloatWidth::F16);
/// assert_eq!(scalar_repr(FmtScalar::Float(0.1), f16, "float16"), "np.float16(0.1)");
/// assert_eq!(scalar_repr(FmtScalar::Bool(false), ElemKind::Bool, "bool"), "np.False_");
/// ```
#[must_use]
pub fn scalar_repr(value: FmtScalar, kind: ElemKind, type_name: &str) -> String {
    scalar_repr_with(value, kind, type_name, &PrintOptions::default())
}

/// `repr` of a NumPy scalar honoring `opts.legacy_1x` (NumPy 1.x reprs are
/// the same as `str`, e.g. `0.1`, `True`, `(1+2j)`).
#[must_use]
pub fn scalar_repr_with(
    value: FmtScalar,
    kind: ElemKind,
    type_name: &str,
    opts: &PrintOptions,
) -> String {
    if opts.legacy_1x {
        return bare(value, kind, true, true);
    }
    match kind {
        ElemKind::Bool => {
            if value.as_bool() {
                "np.True_".to_string()
            } else {
                "np.False_".to_string()
            }
        }
        _ => format!("np.{}({})", type_name, bare(value, kind, false, false)),
    }
}
