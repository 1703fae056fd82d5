//! Exact float-to-decimal conversion in the style of NumPy's Dragon4 wrappers
//! (`np.format_float_positional` / `np.format_float_scientific`).
//!
//! Digits are generated exactly (with a small bignum), so the output is the
//! shortest string that round-trips in the value's own width (`float16`,
//! `float32` or `float64`), optionally cut off at a precision with IEEE
//! round-half-even on the exact value — exactly like NumPy.

use super::bigint::BigUint;
use super::FloatWidth;
use std::cmp::Ordering;

/// Post-processing of trailing zeros, NumPy's `trim` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trim {
    /// `'k'`: keep trailing zeros and the decimal point.
    Keep,
    /// `'.'`: trim trailing zeros, keep the decimal point (`1.`).
    Point,
    /// `'0'`: trim trailing zeros but keep one after the point (`1.0`).
    Zero,
    /// `'-'`: trim trailing zeros and the decimal point (`1`).
    Minus,
}

/// Options for [`format_float_positional`] and [`format_float_scientific`].
///
/// Digit generation is always in NumPy's `unique=True` mode: the shortest
/// round-trip digits, cut off after `precision` digits (fractional digits for
/// positional output, digits after the first for scientific output) and
/// extended to at least `min_digits`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatFormatOptions {
    /// Maximum number of digits (see above); `None` for no limit.
    pub precision: Option<usize>,
    /// Minimum number of digits (see above); `None` for no minimum.
    pub min_digits: Option<usize>,
    /// Print a `+` for non-negative values.
    pub sign: bool,
    /// Trailing zero handling.
    pub trim: Trim,
    /// Pad with spaces on the left until this many characters precede the
    /// decimal point.
    pub pad_left: Option<usize>,
    /// Pad with spaces on the right until this many characters follow the
    /// decimal point (positional only).
    pub pad_right: Option<usize>,
    /// Minimum number of exponent digits (scientific only; default 2).
    pub exp_digits: Option<usize>,
}

impl Default for FloatFormatOptions {
    /// NumPy's defaults: unlimited unique digits, `trim='k'`, no padding.
    fn default() -> Self {
        FloatFormatOptions {
            precision: None,
            min_digits: None,
            sign: false,
            trim: Trim::Keep,
            pad_left: None,
            pad_right: None,
            exp_digits: None,
        }
    }
}

/// Round `value` to the nearest value representable in `width`.
///
/// Values that already come from a narrower type pass through unchanged.
#[must_use]
pub fn narrow(value: f64, width: FloatWidth) -> f64 {
    match width {
        FloatWidth::F64 => value,
        FloatWidth::F32 => f64::from(value as f32),
        FloatWidth::F16 => half::f16::from_f64(value).to_f64(),
    }
}

/// A finite binary float as `mantissa * 2^exponent`.
#[derive(Clone, Copy, Debug)]
struct Finite {
    mantissa: u64,
    exponent: i32,
    mantissa_bit: u32,
    unequal_margins: bool,
}

#[derive(Clone, Copy, Debug)]
enum Class {
    Nan,
    Inf,
    Finite(Finite),
}

/// Split `value` (interpreted in `width`) into sign and binary components,
/// following the IEEE layout of that width.
fn decompose(value: f64, width: FloatWidth) -> (bool, Class) {
    let (bits, mant_bits, exp_bits): (u64, u32, u32) = match width {
        FloatWidth::F64 => (value.to_bits(), 52, 11),
        FloatWidth::F32 => (u64::from((value as f32).to_bits()), 23, 8),
        FloatWidth::F16 => (u64::from(half::f16::from_f64(value).to_bits()), 10, 5),
    };
    let bias = (1i32 << (exp_bits - 1)) - 1;
    let neg = (bits >> (mant_bits + exp_bits)) & 1 == 1;
    let frac = bits & ((1u64 << mant_bits) - 1);
    let biased = ((bits >> mant_bits) & ((1u64 << exp_bits) - 1)) as i32;
    let class = if biased == (1 << exp_bits) - 1 {
        if frac == 0 {
            Class::Inf
        } else {
            Class::Nan
        }
    } else if biased != 0 {
        Class::Finite(Finite {
            mantissa: (1u64 << mant_bits) | frac,
            exponent: biased - bias - mant_bits as i32,
            mantissa_bit: mant_bits,
            unequal_margins: biased != 1 && frac == 0,
        })
    } else {
        Class::Finite(Finite {
            mantissa: frac,
            exponent: 1 - bias - mant_bits as i32,
            mantissa_bit: 63u32.saturating_sub(frac.leading_zeros()),
            unequal_margins: false,
        })
    };
    (neg, class)
}

/// How digit cutoffs are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cutoff {
    /// Digits after the decimal point.
    Fraction,
    /// Total significant digits.
    Total,
}

/// Upper bound on generated digits (NumPy's scratch buffer size).
const MAX_DIGITS: i32 = 16384;

/// Generate decimal digits of `f` in unique (shortest round-trip) mode.
///
/// Returns the digits and the decimal exponent of the first digit.  Digit
/// generation stops at the first position where the printed prefix uniquely
/// identifies the value (but not before `cutoff_min` digits) or at
/// `cutoff_max` digits; the last digit is rounded half-to-even on the exact
/// value.
fn dragon4(
    f: Finite,
    mode: Cutoff,
    cutoff_max: Option<usize>,
    cutoff_min: Option<usize>,
) -> (Vec<u8>, i32) {
    if f.mantissa == 0 {
        return (vec![0], 0);
    }
    let is_even = f.mantissa & 1 == 0;
    let shift = if f.unequal_margins { 2 } else { 1 };
    let mut value = BigUint::from_u64(f.mantissa);
    let mut scale;
    let mut margin_low;
    if f.exponent > 0 {
        value.shl(f.exponent.unsigned_abs() + shift);
        scale = BigUint::pow2(shift);
        margin_low = BigUint::pow2(f.exponent.unsigned_abs());
    } else {
        value.shl(shift);
        scale = BigUint::pow2(f.exponent.unsigned_abs() + shift);
        margin_low = BigUint::from_u64(1);
    }
    let high_of = |low: &BigUint| {
        let mut h = low.clone();
        if f.unequal_margins {
            h.mul_small(2);
        }
        h
    };
    let cutoff_max = cutoff_max.map(|c| i32::try_from(c).unwrap_or(MAX_DIGITS).min(MAX_DIGITS));
    let cutoff_min = cutoff_min.map(|c| i32::try_from(c).unwrap_or(MAX_DIGITS).min(MAX_DIGITS));

    // Estimate of floor(log10(v)) + 1, correct or one too small.
    let log10_2 = std::f64::consts::LOG10_2;
    let mut digit_exp =
        ((f64::from(f.mantissa_bit as i32 + f.exponent)) * log10_2 - 0.69).ceil() as i32;
    if let (Some(cmax), Cutoff::Fraction) = (cutoff_max, mode) {
        // Values below the last printable fractional digit start there.
        if digit_exp <= -cmax {
            digit_exp = -cmax + 1;
        }
    }
    if digit_exp > 0 {
        scale.mul_pow10(digit_exp.unsigned_abs());
    } else if digit_exp < 0 {
        value.mul_pow10(digit_exp.unsigned_abs());
        margin_low.mul_pow10(digit_exp.unsigned_abs());
    }
    if value >= scale {
        digit_exp += 1;
    } else {
        value.mul_small(10);
        margin_low.mul_small(10);
    }
    let mut margin_high = high_of(&margin_low);

    let mut cutoff_max_exp = digit_exp - MAX_DIGITS;
    if let Some(c) = cutoff_max {
        let desired = match mode {
            Cutoff::Total => digit_exp - c,
            Cutoff::Fraction => -c,
        };
        cutoff_max_exp = cutoff_max_exp.max(desired);
    }
    let mut cutoff_min_exp = digit_exp;
    if let Some(c) = cutoff_min {
        let desired = match mode {
            Cutoff::Total => digit_exp - c,
            Cutoff::Fraction => -c,
        };
        cutoff_min_exp = cutoff_min_exp.min(desired);
    }
    let mut out_exp = digit_exp - 1;

    let mut digits: Vec<u8> = Vec::new();
    let (mut low, mut high);
    let mut digit;
    loop {
        digit_exp -= 1;
        digit = value.div_rem_digit(&scale) as u8;
        let value_high = value.add(&margin_high);
        let c_low = value.cmp(&margin_low);
        low = if is_even {
            c_low != Ordering::Greater
        } else {
            c_low == Ordering::Less
        };
        let c_high = value_high.cmp(&scale);
        high = if is_even {
            c_high != Ordering::Less
        } else {
            c_high == Ordering::Greater
        };
        if ((low || high) && digit_exp <= cutoff_min_exp) || digit_exp <= cutoff_max_exp {
            break;
        }
        digits.push(digit);
        value.mul_small(10);
        margin_low.mul_small(10);
        margin_high = high_of(&margin_low);
    }

    let mut round_down = low;
    if low == high {
        // Round to nearest on the exact remainder, ties to the even digit.
        value.mul_small(2);
        round_down = match value.cmp(&scale) {
            Ordering::Less => true,
            Ordering::Greater => false,
            Ordering::Equal => digit % 2 == 0,
        };
    }
    if round_down {
        digits.push(digit);
    } else if digit < 9 {
        digits.push(digit + 1);
    } else {
        // Propagate the carry through trailing nines.
        loop {
            match digits.pop() {
                None => {
                    digits.push(1);
                    out_exp += 1;
                    break;
                }
                Some(9) => {}
                Some(d) => {
                    digits.push(d + 1);
                    break;
                }
            }
        }
    }
    (digits, out_exp)
}

fn sign_prefix(neg: bool, sign: bool) -> &'static str {
    if neg {
        "-"
    } else if sign {
        "+"
    } else {
        ""
    }
}

fn inf_nan(neg: bool, class: Class, sign: bool) -> Option<String> {
    match class {
        Class::Nan => Some("nan".to_string()),
        Class::Inf => Some(format!("{}inf", sign_prefix(neg, sign))),
        Class::Finite(_) => None,
    }
}

fn push_digits(s: &mut String, digits: &[u8]) {
    s.extend(digits.iter().map(|d| char::from(b'0' + d)));
}

/// Strip trailing zeros of the fraction according to `trim`.
///
/// `frac` is the number of digits after the point; returns the updated count.
fn trim_zeros(s: &mut String, mut frac: usize, trim: Trim, positional: bool) -> usize {
    if trim == Trim::Keep || frac == 0 {
        return frac;
    }
    while s.ends_with('0') {
        s.pop();
        frac -= 1;
    }
    if s.ends_with('.') {
        match trim {
            Trim::Zero => {
                s.push('0');
                frac += 1;
            }
            // Only positional output drops the point; scientific keeps it.
            Trim::Minus if positional => {
                s.pop();
            }
            _ => {}
        }
    }
    frac
}

/// Format `value` (interpreted in `width`) in positional notation, like
/// `np.format_float_positional(x, unique=True, fractional=True, ...)`.
///
/// ```
/// use numrs::format::float::{format_float_positional, FloatFormatOptions, Trim};
/// use numrs::format::FloatWidth;
///
/// let o = FloatFormatOptions { trim: Trim::Point, ..FloatFormatOptions::default() };
/// assert_eq!(format_float_positional(0.1, FloatWidth::F64, &o), "0.1");
/// assert_eq!(format_float_positional(f64::from(0.1f32), FloatWidth::F32, &o), "0.1");
/// assert_eq!(format_float_positional(1.0, FloatWidth::F64, &o), "1.");
/// let o = FloatFormatOptions { precision: Some(3), ..o };
/// assert_eq!(format_float_positional(2.0 / 3.0, FloatWidth::F64, &o), "0.667");
/// ```
#[must_use]
pub fn format_float_positional(value: f64, width: FloatWidth, o: &FloatFormatOptions) -> String {
    let (neg, class) = decompose(value, width);
    let f = match class {
        Class::Finite(f) => f,
        _ => return inf_nan(neg, class, o.sign).unwrap_or_default(),
    };
    let sign = sign_prefix(neg, o.sign);
    let (digits, exp) = dragon4(f, Cutoff::Fraction, o.precision, o.min_digits);
    let mut s = String::with_capacity(digits.len() + 8);
    let whole;
    let mut frac;
    if exp >= 0 {
        whole = exp.unsigned_abs() as usize + 1;
        if digits.len() <= whole {
            push_digits(&mut s, &digits);
            s.push_str(&"0".repeat(whole - digits.len()));
            frac = 0;
        } else {
            push_digits(&mut s, &digits[..whole]);
            s.push('.');
            push_digits(&mut s, &digits[whole..]);
            frac = digits.len() - whole;
        }
    } else {
        whole = 1;
        let zeros = (-(exp + 1)).unsigned_abs() as usize;
        s.push_str("0.");
        s.push_str(&"0".repeat(zeros));
        push_digits(&mut s, &digits);
        frac = zeros + digits.len();
    }
    if o.trim != Trim::Minus && frac == 0 {
        s.push('.');
    }
    let desired = o.min_digits.unwrap_or(0);
    if o.trim == Trim::Zero {
        if frac == 0 {
            s.push('0');
            frac += 1;
        }
    } else if o.trim == Trim::Keep && desired > frac {
        s.push_str(&"0".repeat(desired - frac));
        frac = desired;
    }
    frac = trim_zeros(&mut s, frac, o.trim, true);
    if let Some(pr) = o.pad_right {
        if pr >= frac {
            if o.trim == Trim::Minus && frac == 0 {
                s.push(' ');
            }
            s.push_str(&" ".repeat(pr - frac));
        }
    }
    let left_len = whole + sign.len();
    let pad = o.pad_left.map_or(0, |p| p.saturating_sub(left_len));
    format!("{}{}{}", " ".repeat(pad), sign, s)
}

/// Format `value` (interpreted in `width`) in scientific notation, like
/// `np.format_float_scientific(x, unique=True, ...)`.
///
/// ```
/// use numrs::format::float::{format_float_scientific, FloatFormatOptions, Trim};
/// use numrs::format::FloatWidth;
///
/// let o = FloatFormatOptions { trim: Trim::Point, ..FloatFormatOptions::default() };
/// assert_eq!(format_float_scientific(1e-10, FloatWidth::F64, &o), "1.e-10");
/// let o = FloatFormatOptions { trim: Trim::Minus, ..o };
/// assert_eq!(format_float_scientific(1.5e16, FloatWidth::F64, &o), "1.5e+16");
/// ```
#[must_use]
pub fn format_float_scientific(value: f64, width: FloatWidth, o: &FloatFormatOptions) -> String {
    let (neg, class) = decompose(value, width);
    let f = match class {
        Class::Finite(f) => f,
        _ => return inf_nan(neg, class, o.sign).unwrap_or_default(),
    };
    let sign = sign_prefix(neg, o.sign);
    let left_len = 1 + sign.len();
    let mut s = " ".repeat(o.pad_left.map_or(0, |p| p.saturating_sub(left_len)));
    s.push_str(sign);
    let (digits, mut exp) = dragon4(
        f,
        Cutoff::Total,
        o.precision.map(|p| p + 1),
        o.min_digits.map(|m| m + 1),
    );
    let (first, rest) = digits.split_at(1.min(digits.len()));
    push_digits(&mut s, first);
    let mut frac = rest.len();
    if frac > 0 {
        s.push('.');
        push_digits(&mut s, rest);
    }
    if o.trim != Trim::Minus && frac == 0 {
        s.push('.');
    }
    let add = o.min_digits.unwrap_or(0);
    if o.trim == Trim::Zero {
        if frac == 0 {
            s.push('0');
            frac += 1;
        }
    } else if o.trim == Trim::Keep && add > frac {
        s.push_str(&"0".repeat(add - frac));
        frac = add;
    }
    trim_zeros(&mut s, frac, o.trim, false);
    let exp_digits = o.exp_digits.unwrap_or(2).min(5);
    s.push('e');
    if exp >= 0 {
        s.push('+');
    } else {
        s.push('-');
        exp = -exp;
    }
    s.push_str(&format!("{:0width$}", exp, width = exp_digits));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(v: f64, w: FloatWidth, trim: Trim) -> String {
        let o = FloatFormatOptions {
            trim,
            ..FloatFormatOptions::default()
        };
        format_float_positional(v, w, &o)
    }

    #[test]
    fn shortest_digits_per_width() {
        assert_eq!(pos(0.1, FloatWidth::F64, Trim::Zero), "0.1");
        assert_eq!(pos(f64::from(0.1f32), FloatWidth::F32, Trim::Zero), "0.1");
        assert_eq!(
            pos(
                half::f16::from_f64(0.1).to_f64(),
                FloatWidth::F16,
                Trim::Zero
            ),
            "0.1"
        );
        assert_eq!(pos(-0.0, FloatWidth::F64, Trim::Point), "-0.");
        assert_eq!(pos(123.0, FloatWidth::F64, Trim::Minus), "123");
        assert_eq!(pos(f64::NAN, FloatWidth::F64, Trim::Minus), "nan");
        assert_eq!(pos(f64::NEG_INFINITY, FloatWidth::F64, Trim::Minus), "-inf");
        assert_eq!(pos(5e-324, FloatWidth::F64, Trim::Minus).len(), 326);
        let o = FloatFormatOptions {
            trim: Trim::Minus,
            ..FloatFormatOptions::default()
        };
        assert_eq!(
            format_float_scientific(f64::MAX, FloatWidth::F64, &o),
            "1.7976931348623157e+308"
        );
        assert_eq!(
            format_float_scientific(5e-324, FloatWidth::F64, &o),
            "5e-324"
        );
    }
}
