//! Reductions: [`sum`], [`prod`], [`min`], [`max`], [`mean`], [`any`], [`all`], [`argmin`],
//! [`argmax`], with NumPy's `axis`, `keepdims`, `dtype`, `initial` and `where` options.
//!
//! Results are NumPy's to the bit: result dtypes (bool and small integers sum to int64, unsigned
//! ones to uint64, `mean` of integers is float64), integer wrap-around, NaN propagation, and
//! float sums added in the order NumPy adds them: pairwise within each inner-loop call of
//! NumPy's iterator, whose calls this module reproduces (see `plan.rs`). In
//! [`PromotionMode::Legacy`](crate::PromotionMode::Legacy) the sums follow NumPy 1.x, which
//! pairwise-sums blocks of at most 8192 items and adds the blocks in order.
//!
//! ```
//! use numrs::reduce::{self, ReduceOptions};
//! let x = numrs::array(&[[1, 2, 3], [4, 5, 6]], Some(numrs::DType::INT8))?;
//! let s = reduce::sum(&x, &ReduceOptions::new().axis(0))?;
//! assert_eq!(format!("{s:?}"), "array([5, 7, 9])");
//! assert_eq!(x.max_axis(1)?.to_vec::<i8>()?, vec![3, 6]);
//! assert_eq!(x.mean()?, numrs::Scalar::F64(3.5));
//! let m = numrs::array(&[true, false, true], None)?;
//! let opts = ReduceOptions::new().axis(1).where_(&m).initial(numrs::Scalar::Int(100));
//! assert_eq!(reduce::min(&x, &opts)?.to_vec::<i8>()?, vec![1, 4]);
//! # Ok::<(), numrs::Error>(())
//! ```

mod arg;
mod chunks;
mod engine;
mod fast;
mod initial;
mod mean;
mod methods;
mod ops;
mod out;
mod plan;
mod setup;

use crate::array::Array;
use crate::dtype::{DType, ScalarType};
use crate::element::{CastSource, Element};
use crate::error::Result;
use crate::promote::{current_mode, PromotionMode};
use crate::scalar::Scalar;
use engine::{gather_fn, Inputs};
use initial::pack_initial;
use ops::{Add, Combine, Max, Min, Mul};
use plan::{MaskLayout, Plan};
use setup::Func;

pub use arg::{argmax, argmax_with, argmin, argmin_with};

/// Which axes a reduction runs over (NumPy's `axis=None | int | tuple`). Negative axes count
/// from the end.
///
/// ```
/// use numrs::reduce::Axis;
/// assert_eq!(Axis::from(1), Axis::One(1));
/// assert_eq!(Axis::from([0, -1]), Axis::Many(vec![0, -1]));
/// assert_eq!(Axis::from(None), Axis::All);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Axis {
    /// Every axis (`axis=None`).
    #[default]
    All,
    /// One axis (`axis=1`).
    One(isize),
    /// Several axes (`axis=(0, 2)`); empty reduces nothing (`axis=()`).
    Many(Vec<isize>),
}

impl From<isize> for Axis {
    fn from(a: isize) -> Axis {
        Axis::One(a)
    }
}

impl From<i32> for Axis {
    fn from(a: i32) -> Axis {
        Axis::One(a as isize)
    }
}

impl From<Option<isize>> for Axis {
    fn from(a: Option<isize>) -> Axis {
        a.map_or(Axis::All, Axis::One)
    }
}

impl From<&[isize]> for Axis {
    fn from(a: &[isize]) -> Axis {
        Axis::Many(a.to_vec())
    }
}

impl From<Vec<isize>> for Axis {
    fn from(a: Vec<isize>) -> Axis {
        Axis::Many(a)
    }
}

impl<const N: usize> From<[isize; N]> for Axis {
    fn from(a: [isize; N]) -> Axis {
        Axis::Many(a.to_vec())
    }
}

impl<const N: usize> From<[i32; N]> for Axis {
    fn from(a: [i32; N]) -> Axis {
        Axis::Many(a.iter().map(|&v| v as isize).collect())
    }
}

/// The options of a reduction, NumPy's keyword arguments. Build with the methods:
///
/// ```
/// use numrs::{reduce::ReduceOptions, DType, Scalar};
/// let mask = numrs::array(&[true, false], None)?;
/// let opts = ReduceOptions::new()
///     .axis([0, 1])
///     .keepdims(true)
///     .dtype(DType::FLOAT32)
///     .initial(Scalar::Int(0))
///     .where_(&mask);
/// assert!(opts.keepdims);
/// # Ok::<(), numrs::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ReduceOptions<'a> {
    /// `axis=`: the axes to reduce.
    pub axis: Axis,
    /// `keepdims=`: keep reduced axes with length 1.
    pub keepdims: bool,
    /// `dtype=`: the accumulator and result type (`sum`, `prod`, `mean` only).
    pub dtype: Option<DType>,
    /// `initial=`: the starting value (`sum`, `prod`, `min`, `max` only). A weak literal
    /// (`Scalar::Int`, `Scalar::Float`, `Scalar::Complex`) is converted as NumPy converts the
    /// Python value.
    pub initial: Option<Scalar>,
    /// `where=`: a bool mask broadcast against the input; only its true items are reduced.
    pub where_: Option<&'a Array>,
    /// `out=`: the array the result is written into (with an unsafe cast) and returned as.
    /// It must have the result's shape; without `dtype=`, its dtype takes part in choosing
    /// the loop type, as in NumPy.
    pub out: Option<&'a Array>,
}

impl<'a> ReduceOptions<'a> {
    /// Defaults: every axis, no keepdims, NumPy's dtype, no initial, no mask.
    ///
    /// ```
    /// let o = numrs::ReduceOptions::new();
    /// assert_eq!(o.axis, numrs::Axis::All);
    /// ```
    pub fn new() -> ReduceOptions<'a> {
        ReduceOptions::default()
    }

    /// Sets `axis=` (an `isize`/`i32` axis, an array or `Vec` of axes, or `None`).
    ///
    /// ```
    /// let o = numrs::ReduceOptions::new().axis([0, -1]);
    /// assert_eq!(o.axis, numrs::Axis::Many(vec![0, -1]));
    /// ```
    pub fn axis(mut self, axis: impl Into<Axis>) -> ReduceOptions<'a> {
        self.axis = axis.into();
        self
    }

    /// Sets `keepdims=`.
    ///
    /// ```
    /// let x = numrs::zeros(&[2, 3], numrs::DType::INT8)?;
    /// let s = x.sum_with(&numrs::ReduceOptions::new().axis(0).keepdims(true))?;
    /// assert_eq!(s.shape(), &[1, 3]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn keepdims(mut self, keepdims: bool) -> ReduceOptions<'a> {
        self.keepdims = keepdims;
        self
    }

    /// Sets `dtype=`.
    ///
    /// ```
    /// let x = numrs::array(&[100, 100], Some(numrs::DType::INT8))?;
    /// let s = x.sum_with(&numrs::ReduceOptions::new().dtype(numrs::DType::INT8))?;
    /// assert_eq!(s.get(&[])?, numrs::Scalar::I8(-56));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn dtype(mut self, dtype: DType) -> ReduceOptions<'a> {
        self.dtype = Some(dtype);
        self
    }

    /// Sets `initial=`.
    ///
    /// ```
    /// let x = numrs::array(&[1, 2], None)?;
    /// let m = x.max_with(&numrs::ReduceOptions::new().initial(numrs::Scalar::Int(5)))?;
    /// assert_eq!(m.get(&[])?, numrs::Scalar::I64(5));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn initial(mut self, initial: Scalar) -> ReduceOptions<'a> {
        self.initial = Some(initial);
        self
    }

    /// Sets `where=`.
    ///
    /// ```
    /// let x = numrs::array(&[1, 2, 3], None)?;
    /// let m = numrs::array(&[true, false, true], None)?;
    /// assert_eq!(x.sum_with(&numrs::ReduceOptions::new().where_(&m))?.get(&[])?,
    ///            numrs::Scalar::I64(4));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn where_(mut self, mask: &'a Array) -> ReduceOptions<'a> {
        self.where_ = Some(mask);
        self
    }

    /// Sets `out=`.
    ///
    /// ```
    /// let x = numrs::array(&[[1.5, 2.5], [3.0, 4.0]], None)?;
    /// let o = numrs::zeros(&[2], numrs::DType::INT64)?;
    /// let r = x.sum_with(&numrs::ReduceOptions::new().axis(0).out(&o))?;
    /// assert!(r.is(&o));
    /// assert_eq!(o.to_vec::<i64>()?, vec![4, 6]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn out(mut self, out: &'a Array) -> ReduceOptions<'a> {
        self.out = Some(out);
        self
    }
}

/// `np.sum(a, ...)`: the sum over the chosen axes.
///
/// ```
/// use numrs::reduce::{sum, ReduceOptions};
/// let x = numrs::arange(0.0, 6.0, 1.0, Some(numrs::DType::UINT8))?.reshape(&[2, 3])?;
/// let s = sum(&x, &ReduceOptions::new().axis(1).keepdims(true))?;
/// assert_eq!(format!("{s:?}"), "array([[ 3],\n       [12]], dtype=uint64)");
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn sum(a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    reduce(Func::Sum, a, opts)
}

/// `np.prod(a, ...)`: the product over the chosen axes.
///
/// ```
/// use numrs::reduce::{prod, ReduceOptions};
/// let x = numrs::array(&[1.5, 2.0, 4.0], None)?;
/// assert_eq!(prod(&x, &ReduceOptions::new())?.get(&[])?, numrs::Scalar::F64(12.0));
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn prod(a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    reduce(Func::Prod, a, opts)
}

/// `np.min(a, ...)`: the minimum (NaN propagates); an empty reduction needs `initial`.
///
/// ```
/// use numrs::reduce::{min, ReduceOptions};
/// let x = numrs::zeros(&[0, 3], numrs::DType::FLOAT64)?;
/// let err = min(&x, &ReduceOptions::new().axis(0)).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "zero-size array to reduction operation minimum which has no identity"
/// );
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn min(a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    reduce(Func::Min, a, opts)
}

/// `np.max(a, ...)`: the maximum (NaN propagates); an empty reduction needs `initial`.
///
/// ```
/// use numrs::reduce::{max, ReduceOptions};
/// let x = numrs::array(&[1.0, f64::NAN, 3.0], None)?;
/// assert!(max(&x, &ReduceOptions::new())?.get(&[])?.to_f64().is_nan());
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn max(a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    reduce(Func::Max, a, opts)
}

/// `np.mean(a, ...)`: the sum divided by the number of items, with NumPy's types (float64 for
/// bool and integers, float16 inputs summed in float32) and division.
///
/// ```
/// use numrs::reduce::{mean, ReduceOptions};
/// let x = numrs::array(&[[1, 2], [3, 5]], Some(numrs::DType::INT32))?;
/// assert_eq!(mean(&x, &ReduceOptions::new().axis(0))?.to_vec::<f64>()?, vec![2.0, 3.5]);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn mean(a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    mean::mean(a, opts)
}

/// `np.any(a, ...)`: whether any item is true (non-zero; NaN counts as true).
///
/// ```
/// use numrs::reduce::{any, ReduceOptions};
/// let x = numrs::array(&[[0, 0], [0, 7]], None)?;
/// assert_eq!(any(&x, &ReduceOptions::new().axis(1))?.to_vec::<numrs::element::Bool8>()?.len(), 2);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn any(a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    reduce(Func::Any, a, opts)
}

/// `np.all(a, ...)`: whether every item is true.
///
/// ```
/// use numrs::reduce::{all, ReduceOptions};
/// let x = numrs::zeros(&[0], numrs::DType::FLOAT32)?;
/// assert_eq!(all(&x, &ReduceOptions::new())?.get(&[])?, numrs::Scalar::Bool(true));
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn all(a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    reduce(Func::All, a, opts)
}

/// Everything but `mean` and the arg-functions.
fn reduce(func: Func, a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    let mode = current_mode();
    setup::check_keywords(func, opts, mode)?;
    if let Some(o) = opts.out {
        out::check_early(o)?;
    }
    let input = setup::input_type(func, a)?;
    let loop_ty = match (opts.out, &opts.dtype) {
        (Some(o), None) => out::loop_type(func, input, o.dtype())?,
        _ => setup::loop_type(func, input, opts.dtype.as_ref(), mode)?,
    };
    if let Some(m) = opts.where_ {
        setup::check_mask_dtype(m)?;
    }
    let reduced = setup::reduced_axes(&opts.axis, a.ndim(), true)?;
    let missing_initial = !func.has_identity() && opts.initial.is_none();
    if let (Some(_), true, PromotionMode::Legacy) = (opts.where_, missing_initial, mode) {
        return Err(setup::where_needs_initial(func));
    }
    if let Some(o) = opts.out {
        out::check_ndim(func, o, a.ndim(), &reduced, opts.keepdims)?;
        let mask = opts.where_.map(|m| m.shape());
        out::check_shape(o, a.shape(), &reduced, opts.keepdims, mask)?;
    }
    if let Some(m) = opts.where_ {
        if !setup::mask_broadcasts(m.shape(), a.shape()) {
            return Err(setup::mask_broadcast_error(a.shape(), m.shape()));
        }
    }
    let out_ty = opts.out.and_then(|o| o.dtype().scalar_type());
    let watch = crate::kernels::fpstatus::Watch::start();
    let r = crate::dispatch_numeric!(loop_ty, A => {
        reduce_typed::<A>(func, a, input, &reduced, opts, mode, out_ty)
    });
    // NumPy words a reduction's floating-point errors "... encountered in reduce"; its
    // min/max loops report none (their vector compares raise "invalid" on NaN).
    watch.finish((!matches!(func, Func::Min | Func::Max)).then_some("reduce"));
    let r = crate::errstate::checked(r)?;
    // NumPy writes `out=` before its error check: a raise comes after the store.
    crate::errstate::checked(match opts.out {
        Some(o) => out::store(&r, o, func),
        None => Ok(r),
    })
}

/// The reduction in loop type `A`.
fn reduce_typed<A: Element>(
    func: Func,
    a: &Array,
    input: ScalarType,
    reduced: &[bool],
    opts: &ReduceOptions<'_>,
    mode: PromotionMode,
    out_ty: Option<ScalarType>,
) -> Result<Array>
where
    Add: Combine<A>,
    Mul: Combine<A>,
    Max: Combine<A>,
    Min: Combine<A>,
{
    let initial: Option<A> = match &opts.initial {
        Some(v) => Some(pack_initial::<A>(v, mode)?),
        None => None,
    };
    if opts.where_.is_some() && initial.is_none() && !func.has_identity() {
        return Err(setup::where_needs_initial(func));
    }
    let empty_axis = a.shape().iter().zip(reduced).any(|(&n, &r)| r && n == 0);
    if initial.is_none() && !func.has_identity() && empty_axis {
        return Err(setup::empty_without_identity(func));
    }
    // The start value (and min/max's first items) pass through `out`'s dtype.
    let via_out = out_ty.filter(|&t| t != A::TYPE);
    // NumPy starts min/max from the first items stored in `out` and reduces the others; when
    // `out` changes those items, they must not be reduced again: a mask leaves them out.
    let skip_first = match via_out {
        Some(_) if initial.is_none() && !func.has_identity() && a.size() > 0 => {
            Some(out::skip_first_mask(a, reduced)?)
        }
        _ => None,
    };
    let mask = opts.where_.or(skip_first.as_ref());
    let out_steps = opts
        .out
        .map(|o| out::steps_along_input(o, reduced, opts.keepdims));
    let plan = Plan::with_out(
        a.shape(),
        a.strides(),
        reduced,
        opts.keepdims,
        std::mem::size_of::<A>(),
        mask.map(|m| MaskLayout {
            shape: m.shape(),
            strides: m.strides(),
        }),
        out_steps.as_deref(),
    )?;
    let start = match initial {
        Some(v) => v,
        None => identity::<A>(func),
    };
    let start = via_out.map_or(start, |t| out::through(start, t));
    let mut acc = plan::filled(plan.out_len, start)?;
    let guard = a.buffer().read()?;
    let mask_guard = match mask {
        Some(m) => Some(m.buffer().read()?),
        None => None,
    };
    let swap = !a.dtype().is_native();
    let items = crate::kernels::reduce_read::Items::new(guard.bytes(), a.itemsize(), swap);
    if initial.is_none() && !func.has_identity() {
        // Minimum and maximum start from the first item of each reduction (NumPy copies it
        // into the result, then skips it; re-applying it instead gives the same bits).
        let gather = gather_fn::<A>(input);
        let mut one = Vec::with_capacity(1);
        for (slot, off) in plan.first_items(a.offset() as isize)? {
            one.clear();
            gather(&items, off, 0, 1, &mut one)?;
            if let (Some(dst), Some(&v)) = (acc.get_mut(slot), one.first()) {
                *dst = via_out.map_or(v, |t| out::through(v, t));
            }
        }
    }
    let aligned = a.flags().aligned;
    let cast = input != A::TYPE || swap || !aligned;
    let inputs = Inputs {
        items,
        start: a.offset() as isize,
        gather: gather_fn::<A>(input),
        direct: input == A::TYPE && !swap,
        mask: match (mask, &mask_guard) {
            (Some(m), Some(g)) => Some((
                crate::kernels::reduce_read::Items::new(g.bytes(), 1, false),
                m.offset() as isize,
            )),
            _ => None,
        },
        buffered: false,
    };
    if let (Some(t), Some((stride, len)), PromotionMode::Weak) =
        (via_out, fast::single_run(&plan), mode)
    {
        if len > plan::BUFSIZE {
            // NumPy 2 buffers an `out` of another dtype: at the end of every buffer of 8192
            // items the running value is stored into `out` and read back.
            let first = acc.first().copied().unwrap_or(start);
            let run = (stride, len, t);
            let v = match func {
                Func::Sum | Func::Mean | Func::Any => {
                    flushed(Add::new(true), &inputs, cast, first, run)?
                }
                Func::Prod | Func::All => flushed(Mul::new(true), &inputs, cast, first, run)?,
                Func::Max => flushed(Max, &inputs, cast, first, run)?,
                Func::Min => flushed(Min, &inputs, cast, first, run)?,
            };
            drop(mask_guard);
            drop(guard);
            return Ok(engine::result_array(&plan, vec![v]));
        }
    }
    if let Some((stride, len)) = fast::single_run(&plan) {
        let run = fast::Run {
            items: &inputs.items,
            input,
            start: inputs.start,
            stride,
            len,
        };
        let whole_run_pairwise = mode == PromotionMode::Weak && !cast;
        let first = acc.first().copied().unwrap_or(start);
        if let Some(v) = fast::reduce_run::<A>(func, &run, first, whole_run_pairwise)? {
            drop(mask_guard);
            drop(guard);
            return Ok(engine::result_array(&plan, vec![v]));
        }
    }
    let chunks = plan.chunks(cast, mode == PromotionMode::Legacy);
    if let (Some((stride, len)), Func::Sum | Func::Mean, false) =
        (fast::single_run(&plan), func, cast)
    {
        let run = fast::Run {
            items: &inputs.items,
            input,
            start: inputs.start,
            stride,
            len,
        };
        let first = acc.first().copied().unwrap_or(start);
        if let Some(v) = fast::chunked_float_sum::<A>(&run, first, chunks.clone())? {
            drop(mask_guard);
            drop(guard);
            return Ok(engine::result_array(&plan, vec![v]));
        }
    }
    let inputs = Inputs {
        buffered: chunks.input_buffered(),
        ..inputs
    };
    match func {
        Func::Sum | Func::Mean | Func::Any => {
            let op = Add::new(mode == PromotionMode::Weak);
            engine::run(&plan, chunks, &inputs, op, &mut acc)?
        }
        Func::Prod | Func::All => {
            let op = Mul::new(mode == PromotionMode::Weak);
            engine::run(&plan, chunks, &inputs, op, &mut acc)?
        }
        Func::Max => engine::run(&plan, chunks, &inputs, Max, &mut acc)?,
        Func::Min => engine::run(&plan, chunks, &inputs, Min, &mut acc)?,
    }
    drop(mask_guard);
    drop(guard);
    Ok(engine::result_array(&plan, acc))
}

/// One run of `len` items `stride` bytes apart reduced by `op` from `acc`, the running value
/// passing through `out`'s type `t` after every buffer of [`plan::BUFSIZE`] items.
fn flushed<A: Element, O: Combine<A>>(
    op: O,
    inputs: &Inputs<'_, A>,
    buffered: bool,
    acc: A,
    (stride, len, t): (isize, usize, ScalarType),
) -> Result<A> {
    let loop_stride = if buffered {
        std::mem::size_of::<A>() as isize
    } else {
        stride
    };
    let mut scratch = Vec::new();
    let (mut v, mut done) = (acc, 0usize);
    while done < len {
        let n = (len - done).min(plan::BUFSIZE);
        let off = isize::try_from(done)
            .ok()
            .and_then(|d| d.checked_mul(stride))
            .and_then(|d| d.checked_add(inputs.start))
            .ok_or_else(|| crate::Error::overflow("a reduction offset"))?;
        scratch.clear();
        (inputs.gather)(&inputs.items, off, stride, n, &mut scratch)?;
        v = out::through(op.for_run(loop_stride, 0, n).fold(v, &scratch), t);
        done += n;
    }
    Ok(v)
}

/// The value an empty reduction gives.
fn identity<A: Element>(func: Func) -> A {
    let one = matches!(func, Func::Prod | Func::All);
    A::from_i128_wrapping(i128::from(one))
}

/// `v` cast from `S` to `D` as NumPy's (vectorized) cast loops do: [`crate::element`]'s casts.
#[inline(always)]
fn cast<S: Element, D: Element>(v: S) -> D {
    D::from_cast_source(v.cast_source())
}

/// `v` cast from `S` to `D` with NumPy's scalar C casts (strided cast loops, item stores):
/// floats convert as [`CastSource::Half`] does (see [`initial::scalar_source`]).
#[inline(always)]
fn scalar_cast<S: Element, D: Element>(v: S) -> D {
    let complex_or_bool = matches!(
        D::TYPE,
        ScalarType::Bool | ScalarType::Complex64 | ScalarType::Complex128
    );
    D::from_cast_source(match v.cast_source() {
        CastSource::Float(f) => CastSource::Half(f),
        CastSource::Complex(c) if !complex_or_bool => CastSource::Half(c.re),
        other => other,
    })
}

/// `a.sum()`: the sum of every item as a scalar, without a result array when the items are
/// contiguous.
#[inline]
pub(crate) fn sum_scalar(a: &Array) -> Result<Scalar> {
    // Each path raises NumPy's floating-point warnings itself.
    // The fast path declines (for the general one) when a condition in mode 'raise' left
    // an error.
    fast::sum_scalar(a)
}

/// [`sum_scalar`] by the general engine, for the arrays its fast path does not take.
#[cold]
#[inline(never)]
fn sum_scalar_general(a: &Array) -> Result<Scalar> {
    scalar_of(sum(a, &ReduceOptions::new()))
}

/// The single value of a full reduction's 0-d result.
fn scalar_of(r: Result<Array>) -> Result<Scalar> {
    r?.get(&[])
}
