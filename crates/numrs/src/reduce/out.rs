//! `out=` of the reductions, with NumPy's rules.
//!
//! - **Loop type.** Without `dtype=`, NumPy resolves the loop from `(out, input, out)`: the
//!   promotion of the two dtypes (`np.sum(int8_array, out=float32_array)` adds in float32,
//!   `np.sum(float_array, out=int_array)` in float64); `any`/`all` loop in bool.
//! - **Casting.** Reductions cast into `out` with the 'unsafe' rule (NumPy's reduce iterator
//!   does), so any numeric `out` works.
//! - **The result lives in `out`.** NumPy initializes `out` (with `initial=`, the identity, or
//!   the first items for `min`/`max`) and reads it back in the loop type, so a start value that
//!   `out`'s dtype cannot hold is rounded first (`np.sum([1.5], initial=2.5, out=int_0d)` is 3).
//! - **Shape.** `out` must have the result's shape (reduced axes dropped, or kept with length 1
//!   with `keepdims=True`); mismatches give NumPy's iterator errors, in NumPy's order.
//! - **Overlap.** The reduction reads its whole input before `out` is written, as NumPy's
//!   iterator copies an overlapping input first.

use super::cast;
use super::setup::Func;
use crate::array::Array;
use crate::dtype::{DType, ScalarType};
use crate::element::{Bool8, Element};
use crate::error::{c_shape_str, c_shape_str_usize, Error, Result};
use crate::promote::{current_mode, PromotionMode};

/// The loop type of `func` for an input of type `input` writing into `out` without `dtype=`.
pub(crate) fn loop_type(func: Func, input: ScalarType, out: &DType) -> Result<ScalarType> {
    if matches!(func, Func::Any | Func::All) {
        return Ok(ScalarType::Bool);
    }
    let promoted = crate::promote::promote_types(out, &DType::native(input))?;
    promoted
        .scalar_type()
        .ok_or_else(|| no_loop(func, out, input))
}

fn no_loop(func: Func, out: &DType, input: ScalarType) -> Error {
    Error::Type(format!(
        "ufunc '{}' did not contain a loop with signature matching types ({:?}, {:?}) -> None",
        func.ufunc(),
        out,
        DType::native(input)
    ))
}

/// NumPy's error for a read-only `out` (NumPy 2 checks it while parsing the arguments, NumPy
/// 1.x when its iterator takes the operand).
fn read_only() -> Error {
    match current_mode() {
        PromotionMode::Weak => Error::Value("output array is read-only".into()),
        PromotionMode::Legacy => {
            Error::Value("operand array with iterator write flag set is read-only".into())
        }
    }
}

/// The checks NumPy makes before it looks at the operands' shapes (NumPy 2: read-only `out`).
pub(crate) fn check_early(out: &Array) -> Result<()> {
    if current_mode() == PromotionMode::Weak && !out.is_writeable() {
        return Err(read_only());
    }
    if out.dtype().scalar_type().is_none() {
        return Err(Error::Type(format!(
            "Cannot cast ufunc output to {:?}: numrs reductions write numeric arrays only",
            out.dtype()
        )));
    }
    Ok(())
}

/// NumPy's dimension check of `out` (`PyArray_CreateReduceResult`): as many axes as the
/// result.
pub(crate) fn check_ndim(
    func: Func,
    out: &Array,
    ndim: usize,
    reduced: &[bool],
    keepdims: bool,
) -> Result<()> {
    let want = if keepdims {
        ndim
    } else {
        reduced.iter().filter(|&&r| !r).count()
    };
    if out.ndim() != want {
        let hint = if keepdims {
            " (must match the operand's when keepdims=True)"
        } else {
            ""
        };
        return Err(Error::Value(format!(
            "output parameter for reduction operation {} has the wrong number of dimensions: \
             Found {} but expected {want}{hint}",
            func.ufunc(),
            out.ndim()
        )));
    }
    if current_mode() == PromotionMode::Legacy && !out.is_writeable() {
        return Err(read_only());
    }
    Ok(())
}

/// `out`'s length along each input axis (`None` for a dropped reduced axis); `out` has the
/// right number of dimensions.
fn mapped(out: &Array, reduced: &[bool], keepdims: bool) -> Vec<Option<usize>> {
    let mut k = 0;
    reduced
        .iter()
        .map(|&r| {
            if r && !keepdims {
                return None;
            }
            let d = out.shape().get(k).copied();
            k += 1;
            d
        })
        .collect()
}

/// The iterator's broadcast and reduction checks of `out` against the input (and the mask),
/// with NumPy's messages: operands that do not broadcast (listing every operand), an input
/// that `out` would broadcast, then per axis, innermost first, a kept reduced axis whose
/// length is not 1 or a length-1 `out` axis where the input is longer.
pub(crate) fn check_shape(
    out: &Array,
    input: &[usize],
    reduced: &[bool],
    keepdims: bool,
    mask: Option<&[usize]>,
) -> Result<()> {
    let map = mapped(out, reduced, keepdims);
    let nd = input.len();
    let mask_at = |a: usize| -> Option<usize> {
        let m = mask?;
        let off = nd.checked_sub(m.len())?;
        a.checked_sub(off).map(|k| m[k])
    };
    let mut bcast = input.to_vec();
    let mut fits = true;
    for a in 0..nd {
        for d in [map[a], mask_at(a)].into_iter().flatten() {
            if d == bcast[a] || d == 1 {
                continue;
            }
            if bcast[a] == 1 {
                bcast[a] = d;
            } else {
                fits = false;
            }
        }
    }
    if !fits || mask.is_some_and(|m| m.len() > nd) {
        let remapped: Vec<isize> = map
            .iter()
            .map(|d| d.map_or(-1, |v| v.min(isize::MAX as usize) as isize))
            .collect();
        let mut msg = format!(
            "operands could not be broadcast together with remapped shapes \
             [original->remapped]: {}->{} {} ",
            c_shape_str_usize(out.shape()),
            c_shape_str(&remapped),
            c_shape_str_usize(input)
        );
        if let Some(m) = mask {
            msg.push_str(&c_shape_str_usize(m));
            msg.push(' ');
        }
        return Err(Error::Value(msg));
    }
    if bcast != input {
        return Err(Error::Value(format!(
            "non-broadcastable operand with shape {} doesn't match the broadcast shape {}",
            c_shape_str_usize(input),
            c_shape_str_usize(&bcast)
        )));
    }
    let mut out_axis = out.ndim();
    for a in (0..nd).rev() {
        let Some(d) = map[a] else { continue };
        out_axis -= 1;
        if reduced[a] && d != 1 {
            return Err(Error::Value(format!(
                "operand was set up as a reduction along axis {a}, but the length of the axis \
                 is {d} (it has to be 1)"
            )));
        }
        if !reduced[a] && d == 1 && input[a] != 1 {
            return Err(Error::Value(format!(
                "output operand requires a reduction along dimension {out_axis}, but the \
                 reduction is not enabled. The dimension size of 1 does not match the \
                 expected output shape."
            )));
        }
    }
    Ok(())
}

/// `out`'s byte step along each input axis (0 along reduced axes).
pub(crate) fn steps_along_input(out: &Array, reduced: &[bool], keepdims: bool) -> Vec<isize> {
    let mut k = 0;
    reduced
        .iter()
        .map(|&r| {
            if r && !keepdims {
                return 0;
            }
            let s = out.strides().get(k).copied().unwrap_or(0);
            k += 1;
            if r {
                0
            } else {
                s
            }
        })
        .collect()
}

/// A bool mask of the input's shape, false at the first item of every reduction (index 0
/// along each reduced axis), laid out in the input's memory order: NumPy's iterator lets C
/// order win when operands disagree, so a mask in another order would change the order in
/// which the items are reduced (which NaN or signed zero wins).
pub(crate) fn skip_first_mask(a: &Array, reduced: &[bool]) -> Result<Array> {
    let shape = a.shape();
    let nd = shape.len();
    // Innermost first: smallest absolute stride, C order among equals.
    let mut order: Vec<usize> = (0..nd).rev().collect();
    order.sort_by_key(|&k| a.strides()[k].unsigned_abs());
    let mut strides = vec![0isize; nd];
    let mut step = 1usize;
    for &k in &order {
        strides[k] = isize::try_from(step).map_err(|_| Error::overflow("the mask size"))?;
        step = step
            .checked_mul(shape[k])
            .ok_or_else(|| Error::overflow("the mask size"))?;
    }
    let n = super::plan::item_count(shape)?;
    let mut items = super::plan::filled(n, Bool8(1))?;
    let mut index = vec![0usize; nd];
    for _ in 0..n {
        if index.iter().zip(reduced).all(|(&i, &r)| !r || i == 0) {
            let at: isize = index
                .iter()
                .zip(&strides)
                .map(|(&i, &s)| i as isize * s)
                .sum();
            if let Some(item) = usize::try_from(at).ok().and_then(|i| items.get_mut(i)) {
                *item = Bool8(0);
            }
        }
        for d in (0..nd).rev() {
            index[d] += 1;
            if index[d] < shape[d] {
                break;
            }
            index[d] = 0;
        }
    }
    let flat = Array::from_shape_vec(&[n], items)?;
    let byte_strides: Vec<isize> = strides.clone();
    crate::stride_tricks::as_strided(&flat, shape, &byte_strides)
}

/// `v` stored into an item of `out`'s type and read back, as NumPy's loop reads the value it
/// put into `out`.
pub(crate) fn through<A: Element>(v: A, out: ScalarType) -> A {
    crate::dispatch_numeric!(out, O => cast::<O, A>(cast::<A, O>(v)))
}

/// Writes `result` (the reduction in the loop type, with `out`'s shape) into `out` with an
/// unsafe cast, and returns `out`.
pub(crate) fn store(result: &Array, out: &Array, func: Func) -> Result<Array> {
    if !out.is_writeable() {
        return Err(read_only());
    }
    crate::kernels::copy::copy_ufunc_output(result, out, func.ufunc(), 0)?;
    Ok(out.clone())
}

/// `out=` of `argmin`/`argmax`: the shape must be the result's, and `out`'s dtype must cast
/// safely to int64 (NumPy reads `out` as `intp` and writes it back).
pub(crate) fn store_index(result: &Array, out: &Array, name: &str) -> Result<Array> {
    if out.shape() != result.shape() {
        return Err(Error::Value(format!(
            "output array does not match result of np.{name}."
        )));
    }
    if !crate::can_cast(out.dtype(), &DType::INT64, crate::Casting::Safe) {
        // NumPy words a 0-d out as a scalar.
        let what = if out.ndim() == 0 {
            "scalar"
        } else {
            "array data"
        };
        return Err(Error::Type(format!(
            "Cannot cast {what} from {:?} to dtype('int64') according to the rule 'safe'",
            out.dtype()
        )));
    }
    if !out.is_writeable() {
        return Err(Error::Value("WRITEBACKIFCOPY base is read-only".into()));
    }
    crate::kernels::copy::copy_into(result, out)?;
    Ok(out.clone())
}
