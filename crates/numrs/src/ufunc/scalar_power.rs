//! Python's `**` operator on an array with a scalar exponent: NumPy's `fast_scalar_power`
//! (multiarray/number.c), which runs a unary ufunc instead of `power` for a few exponents:
//!
//! ```text
//!   NumPy 2 (Weak mode)      a Python int -1   np.reciprocal(x)   float and complex arrays
//!                            a Python int 2    np.square(x)       any numeric array
//!                            a Python float 0.5  np.sqrt(x)       float and complex arrays
//!   NumPy 1.x (Legacy mode)  a Python int or float, or a NumPy integer or float scalar or
//!                            0-d array, whose value is
//!                              1 -> positive, -1 -> reciprocal, 0 -> ones, 0.5 -> sqrt,
//!                              2 -> square                         float and complex arrays
//!                              2 -> square (in place: into x; otherwise an integer array
//!                                   with a float exponent is cast to float64 first)
//!                                                                  other arrays
//! ```
//!
//! In place (`x **= e`) the unary ufunc writes into `x` (`np.square(x, out=x)`), so its own
//! output cast rule applies: `int8_array **= np.float64(2.0)` squares in int8 under NumPy 1.x.

use super::exec::{unary, Arg, UfuncOptions};
use super::ops::UnaryUfunc;
use crate::array::Array;
use crate::dtype::DType;
use crate::error::Result;
use crate::promote::{current_mode, PromotionMode};
use crate::scalar::Scalar;

/// What NumPy's fast path does for an exponent.
enum Fast {
    Unary(UnaryUfunc),
    /// NumPy 1.x's `_ones_like` for an exponent of 0.
    Ones,
    /// NumPy 1.x's square of an integer array cast to float64 first.
    SquareAsFloat64,
}

/// An exponent as NumPy 1.x's `is_scalar_with_conversion` reads it: its value, and whether
/// it is a float (rather than an integer).
fn legacy_exponent(other: &Arg) -> Option<(f64, bool)> {
    let value = match other {
        Arg::Scalar(s) => s.clone(),
        Arg::Array(a) if a.ndim() == 0 => a.get(&[]).ok()?,
        Arg::Array(_) => return None,
    };
    match value {
        Scalar::Int(v) => i64::try_from(v).ok().map(|v| (v as f64, false)),
        Scalar::Float(v) | Scalar::F64(v) => Some((v, true)),
        Scalar::F32(v) => Some((v.into(), true)),
        Scalar::F16(v) => Some((v.to_f64(), true)),
        Scalar::I8(_)
        | Scalar::I16(_)
        | Scalar::I32(_)
        | Scalar::I64(_)
        | Scalar::U8(_)
        | Scalar::U16(_)
        | Scalar::U32(_)
        | Scalar::U64(_) => value.as_i128().map(|v| (v as f64, false)),
        _ => None,
    }
}

fn fast_op(x: &Array, other: &Arg, inplace: bool) -> Option<Fast> {
    let kind = x.dtype().scalar_type()?.info().kind;
    let inexact = matches!(kind, 'f' | 'c');
    if current_mode() == PromotionMode::Weak {
        let op = match other {
            Arg::Scalar(Scalar::Int(-1)) if inexact => UnaryUfunc::Reciprocal,
            Arg::Scalar(Scalar::Int(2)) => UnaryUfunc::Square,
            Arg::Scalar(Scalar::Float(e)) if *e == 0.5 && inexact => UnaryUfunc::Sqrt,
            _ => return None,
        };
        return Some(Fast::Unary(op));
    }
    let (e, float_exponent) = legacy_exponent(other)?;
    if inexact {
        return Some(match e {
            1.0 => Fast::Unary(UnaryUfunc::Positive),
            -1.0 => Fast::Unary(UnaryUfunc::Reciprocal),
            0.0 => Fast::Ones,
            0.5 => Fast::Unary(UnaryUfunc::Sqrt),
            2.0 => Fast::Unary(UnaryUfunc::Square),
            _ => return None,
        });
    }
    if e != 2.0 {
        return None;
    }
    Some(if !inplace && float_exponent && matches!(kind, 'i' | 'u') {
        Fast::SquareAsFloat64
    } else {
        Fast::Unary(UnaryUfunc::Square)
    })
}

impl Array {
    /// `self ** other`, Python's operator on an array: NumPy's fast paths for a few scalar
    /// exponents (see the module notes), else `np.power(self, other)`.
    ///
    /// ```
    /// use numrs::{promote::{with_mode, PromotionMode}, Scalar};
    /// let x = numrs::Array::from_vec(vec![3i8, 2]);
    /// // NumPy 1.x squares an integer array with a float exponent 2 in float64.
    /// let y = with_mode(PromotionMode::Legacy, || x.power_operator(Scalar::F64(2.0)))?;
    /// assert_eq!(y.to_vec::<f64>()?, vec![9.0, 4.0]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn power_operator<'a>(&self, other: impl Into<Arg<'a>>) -> Result<Array> {
        let other = other.into();
        let opts = UfuncOptions::default();
        match fast_op(self, &other, false) {
            Some(Fast::Unary(op)) => unary(op, Arg::Array(self), &opts),
            Some(Fast::Ones) => {
                let ones = crate::empty(self.shape(), self.dtype().clone())?;
                ones.fill(Scalar::Int(1))?;
                Ok(ones)
            }
            Some(Fast::SquareAsFloat64) => {
                let x = self.astype(&DType::FLOAT64)?;
                unary(UnaryUfunc::Square, Arg::Array(&x), &opts)
            }
            None => super::exec::binary(
                super::ops::BinaryUfunc::Power,
                Arg::Array(self),
                other,
                &opts,
            ),
        }
    }

    /// `self **= other` through NumPy's fast paths (the unary ufunc into `self`); `None`
    /// when the exponent has none.
    pub(super) fn power_inplace_fast(&self, other: &Arg) -> Option<Result<()>> {
        let op = match fast_op(self, other, true)? {
            Fast::Unary(op) => op,
            Fast::Ones => return Some(self.fill(Scalar::Int(1))),
            Fast::SquareAsFloat64 => UnaryUfunc::Square,
        };
        let opts = UfuncOptions {
            out: Some(self),
            ..UfuncOptions::default()
        };
        Some(unary(op, Arg::Array(self), &opts).map(|_| ()))
    }
}
