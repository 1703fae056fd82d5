//! `np.mean`: NumPy's `_mean` step by step, because its result bits depend on each step.
//!
//! 1. Count the items of each reduction (`where=`: the true mask items, as int64).
//! 2. Sum with `dtype=` (default float64 for bool and integers, float32 for float16 input).
//! 3. Divide, as NumPy divides the sum by the count: for an array result with
//!    `np.true_divide(sum, count, out=sum, casting='unsafe')`, for a 0-d result with scalar
//!    arithmetic cast back to the sum's type. The division's dtype follows the promotion mode
//!    (NumPy 2: float32 / intp is float64; NumPy 1.x: value-based, float32). Complex division
//!    is NumPy's (Smith's method, which multiplies by the reciprocal of the count).
//! 4. A float16 input's result is cast back to float16.

use super::cast;
use super::setup::{self, Func};
use super::ReduceOptions;
use crate::array::Array;
use crate::dtype::{DType, ScalarType};
use crate::element::Element;
use crate::error::{Error, Result};
use crate::promote::{binary_result_dtype, current_mode, BinaryOp, Operand};
use crate::scalar::Scalar;
use half::f16;
use num_complex::{Complex32, Complex64};

/// Runs `$body` with `$D` bound to the float or complex type of a true-division loop.
macro_rules! dispatch_div {
    ($ty:expr, $D:ident => $body:expr) => {{
        match $ty {
            ScalarType::Float16 => {
                type $D = f16;
                Ok($body)
            }
            ScalarType::Float32 => {
                type $D = f32;
                Ok($body)
            }
            ScalarType::Float64 => {
                type $D = f64;
                Ok($body)
            }
            ScalarType::Complex64 => {
                type $D = Complex32;
                Ok($body)
            }
            ScalarType::Complex128 => {
                type $D = Complex64;
                Ok($body)
            }
            other => Err(Error::NotImplemented(format!(
                "true division in {}",
                other.info().name
            ))),
        }
    }};
}

/// `np.mean(a, **opts)`.
pub(crate) fn mean(a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    let mode = current_mode();
    setup::check_keywords(Func::Mean, opts, mode)?;
    if let Some(m) = opts.where_ {
        if !setup::mask_broadcasts(m.shape(), a.shape()) {
            return Err(setup::broadcast_to_error(a.shape(), m.shape()));
        }
    }
    let reduced = setup::reduced_axes(&opts.axis, a.ndim(), false)?;
    let input = setup::input_type(Func::Sum, a)?;
    let float16_result = opts.dtype.is_none() && input == ScalarType::Float16 && opts.out.is_none();
    // NumPy's `_mean` passes dtype=float64 for bool and integers, float32 for float16, and
    // otherwise none (then `out=` takes part in choosing the loop type).
    let sum_dtype = match &opts.dtype {
        Some(d) => Some(d.clone()),
        None => match input {
            ScalarType::Float16 => Some(DType::FLOAT32),
            t if matches!(t.info().kind, 'b' | 'i' | 'u') => Some(DType::FLOAT64),
            _ if opts.out.is_some() => None,
            t => Some(DType::native(t)),
        },
    };
    let sum_opts = ReduceOptions {
        axis: opts.axis.clone(),
        keepdims: opts.keepdims,
        dtype: sum_dtype,
        initial: None,
        where_: opts.where_,
        out: opts.out,
    };
    let (count_of, count_operand) = match opts.where_ {
        None => {
            let lens: Vec<usize> = a
                .shape()
                .iter()
                .zip(&reduced)
                .filter(|(_, &r)| r)
                .map(|(&n, _)| n)
                .collect();
            let n = super::plan::item_count(&lens)?;
            let n = i64::try_from(n).map_err(|_| Error::overflow("the item count"))?;
            (Counts::All(n), Operand::Scalar(Scalar::I64(n)))
        }
        Some(m) => {
            let full = crate::stride_tricks::broadcast_to(m, a.shape())?;
            let count_opts = ReduceOptions {
                axis: opts.axis.clone(),
                keepdims: opts.keepdims,
                dtype: Some(DType::INT64),
                initial: None,
                where_: None,
                out: None,
            };
            let c = super::sum(&full, &count_opts)?;
            let values = c.to_vec::<i64>()?;
            let operand = match (c.ndim(), values.first()) {
                (0, Some(&v)) => Operand::Scalar(Scalar::I64(v)),
                _ => Operand::Array(DType::INT64),
            };
            (Counts::Each(values), operand)
        }
    };
    // NumPy's `_mean` warns before summing, when any count is 0 (without `where=`, the one
    // count: also for an empty result).
    let empty = match &count_of {
        Counts::All(n) => *n == 0,
        Counts::Each(v) => v.contains(&0),
    };
    if empty {
        let message = match mode {
            crate::promote::PromotionMode::Weak => "Mean of empty slice",
            crate::promote::PromotionMode::Legacy => "Mean of empty slice.",
        };
        crate::warnings::warn(crate::warnings::Warning::new(
            crate::warnings::Category::RuntimeWarning,
            message,
        ));
    }
    let total = super::sum(a, &sum_opts)?;
    let counts = match count_of {
        Counts::All(n) => vec![n; total.size()],
        Counts::Each(v) => v,
    };
    let sum_ty = total
        .dtype()
        .scalar_type()
        .ok_or_else(|| Error::Type(format!("mean of {:?}", total.dtype())))?;
    if total.ndim() > 0 || opts.out.is_some() {
        // np.true_divide(ret, rcount, out=ret, casting='unsafe')
        // A 0-d `out` is a scalar to NumPy 1.x's value-based promotion.
        let ret = match total.ndim() {
            0 => Operand::Scalar(total.get(&[])?),
            _ => Operand::Array(total.dtype().clone()),
        };
        let div = binary_result_dtype(BinaryOp::TrueDivide, &ret, &count_operand)?;
        let div_ty = numeric(&div)?;
        // The division is one true_divide loop to NumPy: its floating-point flags are
        // reported as that ufunc's ("invalid value encountered in divide").
        crate::kernels::fpstatus::take();
        let quotients =
            crate::dispatch_numeric!(sum_ty, R => divide_all::<R>(&total, &counts, div_ty)?);
        let flags = crate::kernels::fpstatus::take();
        if flags != 0 {
            crate::kernels::fpstatus::warn_flags(flags, "divide");
        }
        crate::kernels::copy::copy_into(&quotients, &total)?;
        crate::errstate::check()?;
        if let Some(o) = opts.out {
            return Ok(o.clone());
        }
        if float16_result {
            return total.astype(&DType::FLOAT16);
        }
        return Ok(total);
    }
    // A 0-d sum is a NumPy scalar: ret.dtype.type(ret / rcount) (float16: the input's type).
    let value = total.get(&[])?;
    let count = counts.first().copied().unwrap_or(0);
    let div = binary_result_dtype(
        BinaryOp::TrueDivide,
        &Operand::Scalar(value.clone()),
        &Operand::Scalar(Scalar::I64(count)),
    )?;
    let div_ty = numeric(&div)?;
    // NumPy divides a NumPy scalar by an intp scalar here: scalar math, whose warnings
    // ("invalid value encountered in scalar divide") only a zero count or a non-finite sum
    // can raise. Its value is the one computed below.
    if count == 0 || !finite(&value) {
        let by = Scalar::I64(count);
        let method = crate::scalar_math::Method::Left;
        crate::scalar_math::binary(crate::ufunc::BinaryUfunc::TrueDivide, &value, &by, method)?;
        crate::errstate::check()?;
    }
    let target = if float16_result {
        ScalarType::Float16
    } else {
        sum_ty
    };
    crate::dispatch_numeric!(sum_ty, R => {
        divide_one::<R>(value.to_element::<R>()?, count, div_ty, target)
    })
}

/// The item counts of a mean's reductions: one for all (no `where=`) or one each.
enum Counts {
    All(i64),
    Each(Vec<i64>),
}

fn finite(v: &Scalar) -> bool {
    match v.cast_source() {
        Some(crate::element::CastSource::Complex(c)) => c.re.is_finite() && c.im.is_finite(),
        Some(crate::element::CastSource::Float(f) | crate::element::CastSource::Half(f)) => {
            f.is_finite()
        }
        _ => true,
    }
}

fn numeric(d: &DType) -> Result<ScalarType> {
    d.scalar_type()
        .ok_or_else(|| Error::Type(format!("true_divide to {d:?}")))
}

/// Every sum item divided by its count in `div_ty`, cast back to `R`, as a C-order array.
fn divide_all<R: Element>(total: &Array, counts: &[i64], div_ty: ScalarType) -> Result<Array> {
    let sums = total.to_vec::<R>()?;
    let mut out = Vec::with_capacity(sums.len());
    for (i, &s) in sums.iter().enumerate() {
        let c = counts.get(i).copied().unwrap_or(0);
        out.push(dispatch_div!(div_ty, D => cast::<D, R>(true_divide(cast::<R, D>(s), c)))?);
    }
    Array::from_shape_vec(total.shape(), out)
}

/// One sum divided by its count in `div_ty`, cast to `target`, as a 0-d array.
fn divide_one<R: Element>(
    s: R,
    count: i64,
    div_ty: ScalarType,
    target: ScalarType,
) -> Result<Array> {
    dispatch_div!(div_ty, D => {
        let q: D = true_divide(cast::<R, D>(s), count);
        crate::dispatch_numeric!(target, T => Array::from_shape_vec(&[], vec![cast::<D, T>(q)]))
    })?
}

/// Division by an item count in a float or complex type, as NumPy's `true_divide` loops do it.
pub(crate) trait TrueDivide: Element {
    /// `self / count`, the count first converted to this type.
    fn div_count(self, count: i64) -> Self;
}

fn true_divide<D: TrueDivide>(v: D, count: i64) -> D {
    v.div_count(count)
}

impl TrueDivide for f64 {
    fn div_count(self, count: i64) -> f64 {
        self / count as f64
    }
}

impl TrueDivide for f32 {
    fn div_count(self, count: i64) -> f32 {
        self / count as f32
    }
}

impl TrueDivide for f16 {
    /// NumPy's half loops divide in float32 and round once.
    fn div_count(self, count: i64) -> f16 {
        let c: f16 = cast(count);
        f16::from_f32(self.to_f32() / c.to_f32())
    }
}

macro_rules! complex_divide {
    ($($c:ty => $f:ty),*) => {$(
        impl TrueDivide for $c {
            /// NumPy's complex division (Smith's method) by `count + 0j`.
            fn div_count(self, count: i64) -> $c {
                let (br, bi): ($f, $f) = (count as $f, 0.0);
                if br.abs() == 0.0 && bi.abs() == 0.0 {
                    return <$c>::new(self.re / br.abs(), self.im / bi.abs());
                }
                let rat = bi / br;
                let scl = 1.0 / (br + bi * rat);
                // Of two NaNs, NumPy's compiled loop returns the product's.
                let t = self.im * rat;
                let re = if t.is_nan() { t } else { self.re + t };
                <$c>::new(re * scl, (self.im - self.re * rat) * scl)
            }
        }
    )*};
}

complex_divide!(Complex32 => f32, Complex64 => f64);
