//! `np.argmin` and `np.argmax`: the index of the first minimum or maximum along one axis, or in
//! the flattened (C-order) array. A NaN counts as the extreme: the first NaN's index wins.

use super::{Axis, ReduceOptions};
use crate::array::Array;
use crate::element::Bool8;
use crate::element::Element;
use crate::error::{Error, Result};
use crate::kernels::reduce_read::Items;
use crate::scalar::Scalar;
use half::f16;
use num_complex::{Complex32, Complex64};

/// `np.argmin(a, axis, keepdims=keepdims)`: int64 indices of the first minimum (first NaN).
///
/// ```
/// let x = numrs::array(&[[4, 1, 1], [0, 9, 0]], None)?;
/// let i = numrs::reduce::argmin(&x, Some(1), false)?;
/// assert_eq!(i.to_vec::<i64>()?, vec![1, 0]);
/// assert_eq!(numrs::reduce::argmin(&x, None, true)?.shape(), &[1, 1]);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn argmin(a: &Array, axis: Option<isize>, keepdims: bool) -> Result<Array> {
    arg_reduce(a, axis, keepdims, false)
}

/// `np.argmax(a, axis, keepdims=keepdims)`: int64 indices of the first maximum (first NaN).
///
/// ```
/// let x = numrs::array(&[1.0, f64::NAN, 7.0], None)?;
/// assert_eq!(numrs::reduce::argmax(&x, None, false)?.get(&[])?, numrs::Scalar::I64(1));
/// let e = numrs::zeros(&[0], numrs::DType::INT8)?;
/// assert_eq!(numrs::reduce::argmax(&e, None, false).unwrap_err().to_string(),
///            "attempt to get argmax of an empty sequence");
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn argmax(a: &Array, axis: Option<isize>, keepdims: bool) -> Result<Array> {
    arg_reduce(a, axis, keepdims, true)
}

/// `np.argmin(a, axis=..., out=..., keepdims=...)` from reduction options: `axis` (one axis or
/// all), `keepdims` and `out` (an array of the result's shape whose dtype casts safely to
/// int64; the indices are written into it and it is returned). The other options are NumPy's
/// TypeError.
///
/// ```
/// use numrs::reduce::{argmin_with, ReduceOptions};
/// let x = numrs::array(&[[4, 1, 1], [0, 9, 0]], None)?;
/// let out = numrs::zeros(&[3], numrs::DType::INT32)?;
/// let r = argmin_with(&x, &ReduceOptions::new().axis(0).out(&out))?;
/// assert!(r.is(&out));
/// assert_eq!(out.to_vec::<i32>()?, vec![1, 0, 1]);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn argmin_with(a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    arg_with(a, opts, false)
}

/// `np.argmax(a, axis=..., out=..., keepdims=...)` from reduction options; see
/// [`argmin_with`].
///
/// ```
/// use numrs::reduce::{argmax_with, ReduceOptions};
/// let x = numrs::array(&[1.0, 7.0, 3.0], None)?;
/// let out = numrs::zeros(&[], numrs::DType::INT64)?;
/// argmax_with(&x, &ReduceOptions::new().out(&out))?;
/// assert_eq!(out.get(&[])?, numrs::Scalar::I64(1));
/// let bad = numrs::zeros(&[], numrs::DType::UINT64)?;
/// assert!(argmax_with(&x, &ReduceOptions::new().out(&bad)).is_err());
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn argmax_with(a: &Array, opts: &ReduceOptions<'_>) -> Result<Array> {
    arg_with(a, opts, true)
}

fn arg_with(a: &Array, opts: &ReduceOptions<'_>, max: bool) -> Result<Array> {
    let name = if max { "argmax" } else { "argmin" };
    let mode = crate::promote::current_mode();
    let bad = [
        ("dtype", opts.dtype.is_some()),
        ("initial", opts.initial.is_some()),
        ("where", opts.where_.is_some()),
    ];
    if let Some((kw, _)) = bad.iter().find(|(_, given)| *given) {
        return Err(super::setup::unexpected_keyword(name, name, kw, mode));
    }
    let axis = match &opts.axis {
        Axis::All => None,
        Axis::One(k) => Some(*k),
        Axis::Many(_) => {
            return Err(Error::Type(
                "'tuple' object cannot be interpreted as an integer".into(),
            ))
        }
    };
    let r = arg_reduce(a, axis, opts.keepdims, max)?;
    match opts.out {
        Some(o) => super::out::store_index(&r, o, name),
        None => Ok(r),
    }
}

/// The flat index of a full arg-reduction.
pub(crate) fn flat_index(r: Result<Array>) -> Result<usize> {
    match r?.get(&[])? {
        Scalar::I64(i) => usize::try_from(i).map_err(|_| Error::Index("negative index".into())),
        other => Err(Error::Type(format!("index of type {}", other.dtype()))),
    }
}

fn arg_reduce(a: &Array, axis: Option<isize>, keepdims: bool, max: bool) -> Result<Array> {
    let name = if max { "argmax" } else { "argmin" };
    let ty = a
        .dtype()
        .scalar_type()
        .ok_or_else(|| Error::NotImplemented(format!("np.{name} of {:?}", a.dtype())))?;
    let nd = a.ndim();
    // NumPy works on a 1-d view of a 0-d array.
    let (shape, strides): (Vec<usize>, Vec<isize>) = if nd == 0 {
        (vec![1], vec![0])
    } else {
        (a.shape().to_vec(), a.strides().to_vec())
    };
    let (rows, row_len, row_stride, out_shape) = match axis {
        None => {
            let out_shape = if keepdims { vec![1; nd] } else { vec![] };
            (None, a.size(), 0, out_shape)
        }
        Some(k) => {
            let k = crate::shape_ops::normalize_axis(k, shape.len())?;
            let mut out_shape = shape.clone();
            if keepdims && nd > 0 {
                out_shape[k] = 1;
            } else {
                out_shape.remove(k);
            }
            if nd == 0 {
                out_shape.clear();
            }
            (Some(k), shape[k], strides[k], out_shape)
        }
    };
    if row_len == 0 {
        return Err(Error::Value(format!(
            "attempt to get {name} of an empty sequence"
        )));
    }
    let guard = a.buffer().read()?;
    let items = Items::new(guard.bytes(), a.itemsize(), !a.dtype().is_native());
    let start = a.offset() as isize;
    let indices = crate::dispatch_numeric!(ty, S => match rows {
        None => {
            let all = c_order_items::<S>(&items, start, &shape, &strides)?;
            vec![scan(&all, max) as i64]
        }
        Some(k) => rows_along::<S>(&items, start, &shape, &strides, k, row_len, row_stride, max)?,
    });
    drop(guard);
    Array::from_shape_vec(&out_shape, indices)
}

/// All items in C order.
fn c_order_items<S: Element>(
    items: &Items<'_>,
    start: isize,
    shape: &[usize],
    strides: &[isize],
) -> Result<Vec<S>> {
    let nd = shape.len();
    let (last_len, last_stride) = (shape[nd - 1], strides[nd - 1]);
    let mut out = Vec::new();
    reserve(&mut out, super::plan::item_count(shape)?)?;
    for_each_position(&shape[..nd - 1], &strides[..nd - 1], start, |off| {
        items.gather::<S, S>(off, last_stride, last_len, |v| v, &mut out)
    })?;
    Ok(out)
}

/// The arg-reduction of every row along axis `k`, in C order of the other axes.
#[allow(clippy::too_many_arguments)]
fn rows_along<S: Element + ArgOrder>(
    items: &Items<'_>,
    start: isize,
    shape: &[usize],
    strides: &[isize],
    k: usize,
    row_len: usize,
    row_stride: isize,
    max: bool,
) -> Result<Vec<i64>> {
    let mut other_shape = shape.to_vec();
    other_shape.remove(k);
    let mut other_strides = strides.to_vec();
    other_strides.remove(k);
    let mut row: Vec<S> = Vec::new();
    reserve(&mut row, row_len)?;
    let mut out = Vec::new();
    reserve(&mut out, super::plan::item_count(&other_shape)?)?;
    for_each_position(&other_shape, &other_strides, start, |off| {
        row.clear();
        items.gather::<S, S>(off, row_stride, row_len, |v| v, &mut row)?;
        out.push(scan(&row, max) as i64);
        Ok(())
    })?;
    Ok(out)
}

/// Reserves room for `n` items, or NumPy's MemoryError.
fn reserve<T>(v: &mut Vec<T>, n: usize) -> Result<()> {
    v.try_reserve_exact(n)
        .map_err(|_| Error::Alloc(n.saturating_mul(std::mem::size_of::<T>())))
}

/// Calls `f` with the byte offset of every position of `shape` in C order.
fn for_each_position(
    shape: &[usize],
    strides: &[isize],
    start: isize,
    mut f: impl FnMut(isize) -> Result<()>,
) -> Result<()> {
    if shape.contains(&0) {
        return Ok(());
    }
    let mut index = vec![0usize; shape.len()];
    let mut off = start;
    loop {
        f(off)?;
        let mut d = shape.len();
        loop {
            if d == 0 {
                return Ok(());
            }
            d -= 1;
            // Wrapping: past the last position the offset is never used.
            index[d] += 1;
            off = off.wrapping_add(strides[d]);
            if index[d] < shape[d] {
                break;
            }
            off = off.wrapping_sub(strides[d].wrapping_mul(shape[d] as isize));
            index[d] = 0;
        }
    }
}

/// The index of the first maximum (`max`) or minimum of a non-empty row.
fn scan<S: ArgOrder>(row: &[S], max: bool) -> usize {
    let mut best = 0;
    let Some(&first) = row.first() else { return 0 };
    if first.has_nan() {
        return 0;
    }
    let mut mp = first;
    for (i, &x) in row.iter().enumerate().skip(1) {
        if x.has_nan() {
            return i;
        }
        let better = if max { x.beats(&mp) } else { mp.beats(&x) };
        if better {
            mp = x;
            best = i;
        }
    }
    best
}

/// The order NumPy's arg-functions use: strictly greater wins (so the first of equal values
/// stays); complex values compare lexicographically.
trait ArgOrder: Copy {
    fn has_nan(&self) -> bool;
    fn beats(&self, other: &Self) -> bool;
}

macro_rules! arg_order_int {
    ($($t:ty),*) => {$(
        impl ArgOrder for $t {
            fn has_nan(&self) -> bool {
                false
            }
            fn beats(&self, other: &$t) -> bool {
                self > other
            }
        }
    )*};
}

arg_order_int!(i8, i16, i32, i64, u8, u16, u32, u64);

impl ArgOrder for Bool8 {
    fn has_nan(&self) -> bool {
        false
    }
    fn beats(&self, other: &Bool8) -> bool {
        (self.0 != 0) && (other.0 == 0)
    }
}

macro_rules! arg_order_float {
    ($($t:ty),*) => {$(
        impl ArgOrder for $t {
            fn has_nan(&self) -> bool {
                self.is_nan()
            }
            fn beats(&self, other: &$t) -> bool {
                self > other
            }
        }
    )*};
}

arg_order_float!(f16, f32, f64);

macro_rules! arg_order_complex {
    ($($t:ty),*) => {$(
        impl ArgOrder for $t {
            fn has_nan(&self) -> bool {
                self.re.is_nan() || self.im.is_nan()
            }
            fn beats(&self, other: &$t) -> bool {
                self.re > other.re || (self.re == other.re && self.im > other.im)
            }
        }
    )*};
}

arg_order_complex!(Complex32, Complex64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_extreme_and_nan() {
        assert_eq!(scan(&[1, 3, 3, 0], true), 1);
        assert_eq!(scan(&[1, 3, 3, 0], false), 3);
        assert_eq!(scan(&[1.0, f64::NAN, f64::NAN], false), 1);
        assert_eq!(scan(&[Bool8(0), Bool8(2), Bool8(1)], true), 1);
        let c = [Complex64::new(1.0, 0.0), Complex64::new(1.0, 2.0)];
        assert_eq!(scan(&c, true), 1);
    }
}
