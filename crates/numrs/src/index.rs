//! Basic indexing: integers, slices with any step, `newaxis`, ellipsis. Produces views.

use crate::array::Array;
use crate::error::{Error, Result};
use crate::layout::{Axes, Layout};

/// One entry of an index expression, as in `x[1, ::-1, np.newaxis, ...]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idx {
    /// An integer (negative counts from the end); removes the axis.
    Int(isize),
    /// `start:stop:step` with Python's semantics (missing bounds are `None`).
    Slice {
        /// First index, or `None` for the natural start.
        start: Option<isize>,
        /// One past the last index, or `None` for the natural end.
        stop: Option<isize>,
        /// Step; must not be zero.
        step: isize,
    },
    /// `np.newaxis`: inserts an axis of length 1.
    NewAxis,
    /// `...`: as many full slices as needed.
    Ellipsis,
}

/// Marker for `np.newaxis` in [`crate::s!`].
#[derive(Clone, Copy, Debug)]
pub struct NewAxis;
/// Marker for `...` in [`crate::s!`].
#[derive(Clone, Copy, Debug)]
pub struct Ellipsis;

impl Idx {
    /// The full slice `:`.
    pub const FULL: Idx = Idx::Slice {
        start: None,
        stop: None,
        step: 1,
    };
}

/// Conversion of the things [`crate::s!`] accepts into an [`Idx`].
pub trait IntoIdx {
    /// The index entry.
    fn into_idx(self) -> Idx;
    /// The entry with a step (only meaningful for ranges).
    fn into_idx_step(self, step: isize) -> Idx
    where
        Self: Sized,
    {
        match self.into_idx() {
            Idx::Slice { start, stop, .. } => Idx::Slice { start, stop, step },
            other => other,
        }
    }
}

impl IntoIdx for Idx {
    fn into_idx(self) -> Idx {
        self
    }
}
impl IntoIdx for NewAxis {
    fn into_idx(self) -> Idx {
        Idx::NewAxis
    }
}
impl IntoIdx for Ellipsis {
    fn into_idx(self) -> Idx {
        Idx::Ellipsis
    }
}
macro_rules! int_idx {
    ($($t:ty),*) => {$(
        impl IntoIdx for $t {
            fn into_idx(self) -> Idx { Idx::Int(self as isize) }
        }
        impl IntoIdx for std::ops::Range<$t> {
            fn into_idx(self) -> Idx { Idx::Slice { start: Some(self.start as isize), stop: Some(self.end as isize), step: 1 } }
        }
        impl IntoIdx for std::ops::RangeFrom<$t> {
            fn into_idx(self) -> Idx { Idx::Slice { start: Some(self.start as isize), stop: None, step: 1 } }
        }
        impl IntoIdx for std::ops::RangeTo<$t> {
            fn into_idx(self) -> Idx { Idx::Slice { start: None, stop: Some(self.end as isize), step: 1 } }
        }
    )*};
}
int_idx!(i32, i64, isize, usize);
impl IntoIdx for std::ops::RangeFull {
    fn into_idx(self) -> Idx {
        Idx::FULL
    }
}

/// Builds an index expression: `s![.., 1..3, ..;-1, 2, NewAxis, Ellipsis]` is NumPy's
/// `[:, 1:3, ::-1, 2, np.newaxis, ...]`. A `;step` after a range sets its step.
///
/// ```
/// use numrs::{s, Idx};
/// assert_eq!(s![..;-1], [Idx::Slice { start: None, stop: None, step: -1 }]);
/// assert_eq!(s![1, 2..], [Idx::Int(1), Idx::Slice { start: Some(2), stop: None, step: 1 }]);
/// ```
#[macro_export]
macro_rules! s {
    (@acc [$($acc:expr,)*]) => { [$($acc),*] };
    (@acc [$($acc:expr,)*] $e:expr ; $step:expr , $($rest:tt)*) => {
        $crate::s!(@acc [$($acc,)* $crate::index::IntoIdx::into_idx_step($e, $step as isize),] $($rest)*)
    };
    (@acc [$($acc:expr,)*] $e:expr ; $step:expr) => {
        $crate::s!(@acc [$($acc,)* $crate::index::IntoIdx::into_idx_step($e, $step as isize),])
    };
    (@acc [$($acc:expr,)*] $e:expr , $($rest:tt)*) => {
        $crate::s!(@acc [$($acc,)* $crate::index::IntoIdx::into_idx($e),] $($rest)*)
    };
    (@acc [$($acc:expr,)*] $e:expr) => {
        $crate::s!(@acc [$($acc,)* $crate::index::IntoIdx::into_idx($e),])
    };
    ($($t:tt)*) => { $crate::s!(@acc [] $($t)*) };
}

/// Python's `slice.indices(n)`: (start, step, length) of a slice over an axis of length `n`.
///
/// ```
/// use numrs::index::slice_indices;
/// assert_eq!(slice_indices(Some(1), None, 1, 5).unwrap(), (1, 1, 4));
/// assert_eq!(slice_indices(None, None, -2, 5).unwrap(), (4, -2, 3));
/// assert!(slice_indices(None, None, 0, 5).is_err());
/// ```
#[inline]
pub fn slice_indices(
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
    n: usize,
) -> Result<(isize, isize, usize)> {
    if step == 0 {
        return Err(zero_step());
    }
    let (first, len) = slice_span(start, stop, step, n);
    Ok((first, step, len))
}

#[cold]
fn zero_step() -> Error {
    Error::Value("slice step cannot be zero".into())
}

/// [`slice_indices`] for a non-zero step: the first index and the length.
#[inline]
fn slice_span(start: Option<isize>, stop: Option<isize>, step: isize, n: usize) -> (isize, usize) {
    // An axis length fits `isize` (inv. 2).
    let n = n as isize;
    let clamp = |v: isize, lo: isize, hi: isize| v.max(lo).min(hi);
    let (lo, hi) = if step < 0 { (-1, n - 1) } else { (0, n) };
    let norm = |v: isize| if v < 0 { v.saturating_add(n) } else { v };
    let start = start.map_or(if step < 0 { hi } else { lo }, |v| clamp(norm(v), lo, hi));
    let stop = stop.map_or(if step < 0 { lo } else { hi }, |v| clamp(norm(v), lo, hi));
    // Both bounds lie in -1..=n, so their distance fits in `usize` (n <= isize::MAX).
    let len = if step > 0 && stop > start {
        let d = stop.abs_diff(start);
        if step == 1 {
            d
        } else {
            (d - 1) / step.unsigned_abs() + 1
        }
    } else if step < 0 && start > stop {
        (start.abs_diff(stop) - 1) / step.unsigned_abs() + 1
    } else {
        0
    };
    (start, len)
}

/// Applies a basic index to a layout (pure: no data is touched). The result is not yet
/// checked against a buffer: views check it when they are made.
pub fn index_layout(layout: &Layout, index: &[Idx]) -> Result<Layout> {
    let ndim = layout.ndim();
    if is_leading_slices(index, ndim) {
        return leading_slices(layout, index).map(|(l, _)| l);
    }
    let (mut ellipses, mut consuming) = (0usize, 0usize);
    for idx in index {
        match idx {
            Idx::Ellipsis => ellipses += 1,
            Idx::Int(_) | Idx::Slice { .. } => consuming += 1,
            Idx::NewAxis => {}
        }
    }
    if ellipses > 1 {
        return Err(Error::Index(
            "an index can only have a single ellipsis ('...')".into(),
        ));
    }
    if consuming > ndim {
        return Err(Error::Index(format!(
            "too many indices for array: array is {ndim}-dimensional, but {consuming} were indexed"
        )));
    }
    let (shape, strides) = (layout.shape(), layout.strides());
    let mut out = Axes::new();
    let mut offset = layout.offset() as isize;
    let mut axis = 0usize;
    let overflow = || Error::overflow("the view's offset");
    for &idx in index {
        match idx {
            Idx::Int(i) => {
                let n = shape[axis];
                let j = if i < 0 { i + n as isize } else { i };
                if j < 0 || j >= n as isize {
                    return Err(Error::IndexOutOfBounds {
                        index: i,
                        axis,
                        size: n,
                    });
                }
                offset = j
                    .checked_mul(strides[axis])
                    .and_then(|d| offset.checked_add(d))
                    .ok_or_else(overflow)?;
                axis += 1;
            }
            Idx::Slice { start, stop, step } => {
                let (first, step, len) = slice_indices(start, stop, step, shape[axis])?;
                if len > 0 {
                    offset = first
                        .checked_mul(strides[axis])
                        .and_then(|d| offset.checked_add(d))
                        .ok_or_else(overflow)?;
                }
                out.push(
                    len,
                    strides[axis]
                        .checked_mul(step)
                        .ok_or_else(|| Error::overflow("the view's stride"))?,
                );
                axis += 1;
            }
            Idx::NewAxis => {
                out.push(1, 0);
            }
            Idx::Ellipsis => {
                let end = axis + (ndim - consuming);
                for (&n, &st) in shape[axis..end].iter().zip(&strides[axis..end]) {
                    out.push(n, st);
                }
                axis = end;
            }
        }
    }
    for (&n, &st) in shape[axis..].iter().zip(&strides[axis..]) {
        out.push(n, st);
    }
    if out.ndim() > crate::layout::MAX_DIMS {
        return Err(Error::Index(format!(
            "number of dimensions must be within [0, {}], indexing result would have {}",
            crate::layout::MAX_DIMS,
            out.ndim()
        )));
    }
    let offset =
        usize::try_from(offset).map_err(|_| Error::OutOfBuffer("negative offset".into()))?;
    Ok(Layout::from_axes_unchecked(out, offset))
}

/// Whether `index` is only slices, at most one per axis: [`leading_slices`] applies.
#[inline]
fn is_leading_slices(index: &[Idx], ndim: usize) -> bool {
    index.len() <= ndim && index.iter().all(|i| matches!(i, Idx::Slice { .. }))
}

/// [`index_layout`] for the most common index, slices of the leading axes (`x[1:]`,
/// `x[::2, 1:]`): the axes keep their places, so the layout is edited in a copy instead of
/// being rebuilt axis by axis. Also says whether the result holds an item: a non-empty slice
/// reaches only items its source reaches, so it lies inside the source's buffer (inv. 4)
/// without a new check.
#[inline(always)]
fn leading_slices(layout: &Layout, index: &[Idx]) -> Result<(Layout, bool)> {
    let mut out = layout.clone();
    let mut offset = layout.offset() as isize;
    let (shape, strides) = out.axes_mut();
    for (&idx, (n, s)) in index.iter().zip(shape.iter_mut().zip(strides.iter_mut())) {
        let Idx::Slice { start, stop, step } = idx else {
            continue;
        };
        if step == 0 {
            return Err(zero_step());
        }
        let (first, len) = slice_span(start, stop, step, *n);
        if len > 0 {
            offset = first
                .checked_mul(*s)
                .and_then(|d| offset.checked_add(d))
                .ok_or_else(|| Error::overflow("the view's offset"))?;
        }
        *n = len;
        *s = s
            .checked_mul(step)
            .ok_or_else(|| Error::overflow("the view's stride"))?;
    }
    let nonempty = shape.iter().all(|&n| n != 0);
    let offset =
        usize::try_from(offset).map_err(|_| Error::OutOfBuffer("negative offset".into()))?;
    out.set_offset(offset);
    Ok((out, nonempty))
}

impl Array {
    /// A view through a basic index (`x[1:, ::-1, np.newaxis]`). All-integer indices give a 0-d
    /// view; use [`Array::get`] for the item itself.
    ///
    /// ```
    /// use numrs::s;
    /// let x = numrs::zeros(&[10, 10, 10], numrs::DType::FLOAT64).unwrap();
    /// assert_eq!(x.slice(s![..;2, ..;3, ..;4]).unwrap().strides(), &[1600, 240, 32]);
    /// ```
    pub fn slice(&self, index: impl AsRef<[Idx]>) -> Result<Array> {
        let index = index.as_ref();
        if is_leading_slices(index, self.ndim()) {
            // The common case inline, without moving the layout across calls.
            let (layout, nonempty) = leading_slices(&self.layout, index)?;
            if nonempty {
                return Ok(self.view_within(layout));
            }
            return self.view_layout(layout);
        }
        self.view_layout(index_layout(&self.layout, index)?)
    }

    /// Byte offset of the item at an integer index (negative counts from the end).
    pub(crate) fn item_offset(&self, index: &[isize]) -> Result<usize> {
        if index.len() != self.ndim() {
            return Err(Error::Value(if index.len() > self.ndim() {
                format!(
                    "too many indices for array: array is {}-dimensional, but {} were indexed",
                    self.ndim(),
                    index.len()
                )
            } else {
                "incorrect number of indices for array".into()
            }));
        }
        let idx: Vec<Idx> = index.iter().map(|&i| Idx::Int(i)).collect();
        Ok(index_layout(&self.layout, &idx)?.offset())
    }

    /// The item at an integer index, as a typed scalar (`x[1, 2]`).
    ///
    /// ```
    /// let x = numrs::array(&[[1, 2, 3], [4, 5, 6]], Some(numrs::DType::INT8)).unwrap();
    /// assert_eq!(x.get(&[1, -1]).unwrap(), numrs::Scalar::I8(6));
    /// assert!(x.get(&[2, 0]).is_err());
    /// ```
    pub fn get(&self, index: &[isize]) -> Result<crate::Scalar> {
        let off = self.item_offset(index)?;
        crate::kernels::copy::read_scalar(self, off)
    }

    /// Sets the item at an integer index (`x[1, 2] = v`), converting `v` to the dtype.
    pub fn set(&self, index: &[isize], value: crate::Scalar) -> Result<()> {
        let idx: Vec<Idx> = index.iter().map(|&i| Idx::Int(i)).collect();
        if index.len() != self.ndim() {
            self.item_offset(index)?;
        }
        self.slice(&idx)?.fill(value)
    }

    /// Writes one value to every item (`x[...] = v`).
    pub fn fill(&self, value: crate::Scalar) -> Result<()> {
        crate::kernels::copy::fill(self, &value)
    }

    /// `x[index] = value` for a scalar value.
    ///
    /// ```
    /// use numrs::s;
    /// let x = numrs::zeros(&[2, 2, 4], numrs::DType::INT8).unwrap();
    /// x.set_slice(s![.., .., 0], 1.into()).unwrap();
    /// assert_eq!(x.get(&[1, 1, 0]).unwrap(), numrs::Scalar::I8(1));
    /// ```
    pub fn set_slice(&self, index: impl AsRef<[Idx]>, value: crate::Scalar) -> Result<()> {
        self.slice(index)?.fill(value)
    }

    /// `x[index] = other`, broadcasting `other` to the indexed shape and converting its items.
    pub fn assign(&self, index: impl AsRef<[Idx]>, other: &Array) -> Result<()> {
        let target = self.slice(index)?;
        let src = crate::stride_tricks::broadcast_for_assign(other, target.shape())?;
        crate::kernels::copy::copy_into(&src, &target)
    }
}
