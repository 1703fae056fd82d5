//! Shape, byte strides and byte offset: the indexing scheme that maps N integers to one item's
//! position in a block of bytes. A [`Layout`] is a value: its methods return new layouts and
//! never touch data.
//!
//! # Invariants
//!
//! A `Layout` built by any constructor here satisfies, for the item size and buffer length it was
//! checked against:
//!
//! 1. `shape.len() == strides.len() <= MAX_DIMS` (64, as NumPy).
//! 2. The item count `shape.iter().product()` and the byte count `count * itemsize` fit in
//!    `isize`.
//! 3. `offset` is the byte position of the logical first item `[0, 0, ..., 0]`, which is not the
//!    lowest address when a stride is negative.
//! 4. If the layout holds at least one item, every item it can reach lies inside the buffer:
//!    `offset + Σ min(0, (n_k - 1) * s_k) >= 0` and
//!    `offset + Σ max(0, (n_k - 1) * s_k) + itemsize <= buffer_len`, all computed with checked
//!    arithmetic. An empty layout reaches no byte and only needs `offset <= buffer_len`.
//!
//! Worked example: a `(2, 3)` int16 array reversed along axis 1 (`x[:, ::-1]`) over a 12-byte
//! buffer has strides `(6, -2)` and offset 4:
//!
//! ```text
//!  byte:   0  2  4 | 6  8  10
//!  item:  x00 x01 x02 x10 x11 x12      view[0, 0] = x02 at offset 4
//!  lowest  = 4 + 0 + (3-1)*(-2) = 0    highest = 4 + (2-1)*6 + 0 + 2 = 12 <= 12   (invariant 4)
//! ```
//!
//! Functions that build layouts cite the invariant they establish as `(inv. N)`.

use crate::error::{shape_str, Error, Result};
use smallvec::SmallVec;

mod axes;
pub(crate) use axes::Axes;

/// Most axes an array may have (NumPy 2's `NPY_MAXDIMS`).
pub const MAX_DIMS: usize = 64;

/// Placeholder strides for a layout whose strides are filled in afterwards.
const STRIDE_ZEROS: [isize; MAX_DIMS] = [0; MAX_DIMS];

/// Axis lengths being built axis by axis, stored inline for up to 4 axes. A [`Layout`]
/// keeps its own axes in a fixed inline array instead (see `layout/axes.rs`).
pub type Shape = SmallVec<[usize; 4]>;
/// Byte strides being built axis by axis, stored inline for up to 4 axes.
pub type Strides = SmallVec<[isize; 4]>;

/// Memory order for copies, reshapes and `tobytes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Order {
    /// Row-major: last index varies fastest.
    #[default]
    C,
    /// Column-major: first index varies fastest.
    F,
    /// F if the array is F-contiguous and not C-contiguous, else C.
    A,
    /// As close to the array's own memory order as possible.
    K,
}

/// Shape, byte strides and byte offset of a view. See the module docs for the invariants.
///
/// ```
/// use numrs::layout::{Layout, Order};
/// let l = Layout::contiguous(&[2, 3], 2, Order::C).unwrap();
/// assert_eq!(l.strides(), &[6, 2]);
/// let t = l.transposed();
/// assert_eq!(t.strides(), &[2, 6]);
/// assert!(t.is_f_contiguous(2) && !t.is_c_contiguous(2));
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Layout {
    axes: Axes,
    offset: usize,
}

impl std::fmt::Debug for Layout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Layout")
            .field("shape", &self.shape())
            .field("strides", &self.strides())
            .field("offset", &self.offset)
            .finish()
    }
}

/// Product of axis lengths, checked against `isize` (inv. 2).
pub fn checked_size(shape: &[usize]) -> Result<usize> {
    let mut n: usize = 1;
    for &d in shape {
        n = n
            .checked_mul(d)
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| {
                Error::Value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.".into())
            })?;
    }
    Ok(n)
}

/// Invariants 2 and 4 for a non-empty layout in plain `isize` arithmetic: `Some(true)` when
/// they hold; `None` or `Some(false)` leave the verdict (and the error) to
/// [`Layout::check_exact`]. Every step is checked, so a `Some(true)` is exactly the exact
/// check's answer.
#[inline(always)]
fn fits_quick(
    shape: &[usize],
    strides: &[isize],
    offset: usize,
    itemsize: usize,
    buffer_len: usize,
) -> Option<bool> {
    let mut size: usize = 1;
    let (mut lo, mut hi) = (0isize, 0isize);
    for (&n, &s) in shape.iter().zip(strides) {
        size = size.checked_mul(n)?;
        let reach = isize::try_from(n).ok()?.checked_sub(1)?.checked_mul(s)?;
        if reach < 0 {
            lo = lo.checked_add(reach)?;
        } else {
            hi = hi.checked_add(reach)?;
        }
    }
    let max = isize::MAX as usize;
    if size == 0 || size > max || size.checked_mul(itemsize)? > max {
        return None;
    }
    let offset = isize::try_from(offset).ok()?;
    let first = offset.checked_add(lo)?;
    let end = offset
        .checked_add(hi)?
        .checked_add(isize::try_from(itemsize).ok()?)?;
    Some(first >= 0 && end as usize <= buffer_len)
}

impl Layout {
    /// A layout with explicit parts, checked against a buffer (inv. 1-4).
    ///
    /// ```
    /// use numrs::layout::Layout;
    /// assert!(Layout::new(&[3], &[4], 0, 4, 12).is_ok());
    /// assert!(Layout::new(&[3], &[4], 4, 4, 12).is_err());
    /// assert!(Layout::new(&[3], &[-4], 8, 4, 12).is_ok());
    /// ```
    pub fn new(
        shape: &[usize],
        strides: &[isize],
        offset: usize,
        itemsize: usize,
        buffer_len: usize,
    ) -> Result<Layout> {
        if shape.len() != strides.len() {
            return Err(Error::Value(
                "mismatch in length of strides and shape".into(),
            ));
        }
        let layout = Layout::from_slices_unchecked(shape, strides, offset);
        layout.check(itemsize, buffer_len)?;
        Ok(layout)
    }

    /// Verifies invariants 1, 2 and 4 against a buffer.
    #[inline]
    pub fn check(&self, itemsize: usize, buffer_len: usize) -> Result<()> {
        Layout::check_parts(
            self.shape(),
            self.strides(),
            self.offset,
            itemsize,
            buffer_len,
        )
    }

    /// [`Layout::check`] of the layout these parts would make (same lengths; callers check),
    /// before it is made: a view can then build its layout in place, once.
    #[inline(always)]
    pub(crate) fn check_parts(
        shape: &[usize],
        strides: &[isize],
        offset: usize,
        itemsize: usize,
        buffer_len: usize,
    ) -> Result<()> {
        if shape.len() <= MAX_DIMS
            && fits_quick(shape, strides, offset, itemsize, buffer_len) == Some(true)
        {
            return Ok(());
        }
        Layout::check_exact_parts(shape, strides, offset, itemsize, buffer_len)
    }

    /// [`Layout::check_exact`] of parts, out of line: the error path.
    #[cold]
    #[inline(never)]
    fn check_exact_parts(
        shape: &[usize],
        strides: &[isize],
        offset: usize,
        itemsize: usize,
        buffer_len: usize,
    ) -> Result<()> {
        Layout::from_slices_unchecked(shape, strides, offset).check_exact(itemsize, buffer_len)
    }

    /// [`Layout::check`] in `i128`, with NumPy's errors.
    fn check_exact(&self, itemsize: usize, buffer_len: usize) -> Result<()> {
        if self.ndim() > MAX_DIMS {
            return Err(Error::TooManyDims(self.ndim()));
        }
        let size = checked_size(self.shape())?;
        size.checked_mul(itemsize)
            .filter(|&b| b <= isize::MAX as usize)
            .ok_or_else(|| {
                Error::Value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.".into())
            })?;
        if size == 0 {
            if self.offset > buffer_len {
                return Err(Error::OutOfBuffer(format!(
                    "offset {} is past the end of a {buffer_len}-byte buffer",
                    self.offset
                )));
            }
            return Ok(());
        }
        let (lo, hi) = self.byte_bounds(itemsize)?;
        if lo < 0 || hi > buffer_len as i128 {
            return Err(Error::OutOfBuffer(format!(
                "shape {} with strides {} at offset {} reaches bytes {lo}..{hi} of a {buffer_len}-byte buffer",
                shape_str(self.shape()),
                shape_str(self.strides()),
                self.offset
            )));
        }
        Ok(())
    }

    /// Lowest byte reached and one past the highest, relative to the buffer start, for a
    /// non-empty layout. Computed in `i128`, which cannot overflow for 64 axes of `isize`.
    pub fn byte_bounds(&self, itemsize: usize) -> Result<(i128, i128)> {
        let overflow = || Error::overflow("the view's byte extent");
        let mut lo = self.offset as i128;
        let mut hi = self.offset as i128 + itemsize as i128;
        for (&n, &s) in self.shape().iter().zip(self.strides()) {
            if n == 0 {
                return Ok((self.offset as i128, self.offset as i128));
            }
            let reach = (n as i128 - 1)
                .checked_mul(s as i128)
                .ok_or_else(overflow)?;
            if reach < 0 {
                lo = lo.checked_add(reach).ok_or_else(overflow)?;
            } else {
                hi = hi.checked_add(reach).ok_or_else(overflow)?;
            }
        }
        Ok((lo, hi))
    }

    /// A contiguous layout in C or F order (`A`/`K` mean C here), offset 0 (inv. 1-4 for a
    /// buffer of `size * itemsize` bytes). Axes of length 0 count as 1 for the strides, as in
    /// NumPy.
    pub fn contiguous(shape: &[usize], itemsize: usize, order: Order) -> Result<Layout> {
        if shape.len() > MAX_DIMS {
            return Err(Error::TooManyDims(shape.len()));
        }
        let size = checked_size(shape)?;
        size.checked_mul(itemsize)
            .filter(|&b| b <= isize::MAX as usize)
            .ok_or_else(|| Error::Value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.".into()))?;
        let mut axes = Axes::from_slices(shape, &STRIDE_ZEROS[..shape.len()]);
        let (shape, strides) = axes.both_mut();
        let mut acc = itemsize as isize;
        let mut fill = |i: usize| {
            strides[i] = acc;
            if shape[i] != 0 {
                acc = acc.saturating_mul(shape[i] as isize);
            }
        };
        if order == Order::F {
            (0..shape.len()).for_each(&mut fill);
        } else {
            (0..shape.len()).rev().for_each(&mut fill);
        }
        Ok(Layout { axes, offset: 0 })
    }

    /// Axis lengths.
    #[inline]
    pub fn shape(&self) -> &[usize] {
        self.axes.shape()
    }

    /// Byte strides.
    #[inline]
    pub fn strides(&self) -> &[isize] {
        self.axes.strides()
    }

    /// Byte offset of the logical first item (inv. 3).
    #[inline]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Number of axes.
    #[inline]
    pub fn ndim(&self) -> usize {
        self.axes.ndim()
    }

    /// Number of items (fits `isize`, inv. 2).
    #[inline]
    pub fn size(&self) -> usize {
        self.shape().iter().product()
    }

    /// NumPy's C_CONTIGUOUS rule: empty arrays are contiguous; axes of length 1 are ignored.
    #[inline]
    pub fn is_c_contiguous(&self, itemsize: usize) -> bool {
        contiguous_along(
            self.shape().iter().rev().zip(self.strides().iter().rev()),
            itemsize,
        )
    }

    /// NumPy's F_CONTIGUOUS rule (see [`Layout::is_c_contiguous`]).
    #[inline]
    pub fn is_f_contiguous(&self, itemsize: usize) -> bool {
        contiguous_along(self.shape().iter().zip(self.strides()), itemsize)
    }

    /// NumPy's ALIGNED rule for a view whose first item is at `address`.
    pub fn is_aligned(&self, address: usize, alignment: usize) -> bool {
        if alignment <= 1 {
            return true;
        }
        let mut bits = address;
        for (&n, &s) in self.shape().iter().zip(self.strides()) {
            if n == 0 {
                return true;
            }
            if n > 1 {
                bits |= s as usize;
            }
        }
        bits % alignment == 0
    }

    /// Reverses the axes (`x.T`). Same bytes, so invariants hold unchanged.
    pub fn transposed(&self) -> Layout {
        let mut l = self.clone();
        let (shape, strides) = l.axes.both_mut();
        shape.reverse();
        strides.reverse();
        l
    }

    /// Permutes the axes (`x.transpose(axes)`); `axes` must be a permutation.
    pub fn permuted(&self, axes: &[usize]) -> Result<Layout> {
        let n = self.ndim();
        if axes.len() != n {
            return Err(Error::Value("axes don't match array".into()));
        }
        let mut seen = [false; MAX_DIMS];
        for &a in axes {
            if a >= n {
                return Err(Error::Axis {
                    arg: "",
                    axis: a as isize,
                    ndim: n,
                });
            }
            if seen[a] {
                return Err(Error::Value("repeated axis in transpose".into()));
            }
            seen[a] = true;
        }
        let (shape, strides) = (self.shape(), self.strides());
        let mut out = Axes::new();
        for &a in axes {
            out.push(shape[a], strides[a]);
        }
        Ok(Layout {
            axes: out,
            offset: self.offset,
        })
    }

    /// Replaces parts of the layout without checks; callers establish the invariants.
    #[inline]
    pub(crate) fn from_parts_unchecked(shape: Shape, strides: Strides, offset: usize) -> Layout {
        Layout::from_slices_unchecked(&shape, &strides, offset)
    }

    /// As [`Layout::from_parts_unchecked`], from borrowed parts of the same length.
    #[inline]
    pub(crate) fn from_slices_unchecked(
        shape: &[usize],
        strides: &[isize],
        offset: usize,
    ) -> Layout {
        Layout {
            axes: Axes::from_slices(shape, strides),
            offset,
        }
    }

    /// One axis of `n` items `stride` bytes apart, from offset 0, without checks; callers
    /// establish the invariants.
    #[inline(always)]
    pub(crate) const fn one_axis_unchecked(n: usize, stride: isize) -> Layout {
        Layout {
            axes: Axes::one(n, stride),
            offset: 0,
        }
    }

    /// As [`Layout::from_parts_unchecked`], from axes already built.
    #[inline]
    pub(crate) fn from_axes_unchecked(axes: Axes, offset: usize) -> Layout {
        Layout { axes, offset }
    }

    /// Lengths and strides, mutable: for edits in place that keep the number of axes and
    /// are checked against the buffer afterwards.
    #[inline]
    pub(crate) fn axes_mut(&mut self) -> (&mut [usize], &mut [isize]) {
        self.axes.both_mut()
    }

    /// Sets the byte offset; the layout must be checked against the buffer afterwards.
    #[inline]
    pub(crate) fn set_offset(&mut self, offset: usize) {
        self.offset = offset;
    }

    /// Broadcasts to `target` (which must have at least as many axes): new and length-1 axes
    /// get stride 0. Reaches no byte the source did not (inv. 4 holds).
    pub fn broadcast_to(&self, target: &[usize]) -> Result<Layout> {
        let err = || {
            Error::Value(format!(
                "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
                shape_str(self.shape()).replace(' ', ""),
                shape_str(target).replace(' ', "")
            ))
        };
        if target.len() < self.ndim() {
            return Err(Error::Value(
                "input operand has more dimensions than allowed by the axis remapping".into(),
            ));
        }
        let lead = target.len() - self.ndim();
        let mut strides = Strides::from_elem(0, target.len());
        for (i, &t) in target.iter().enumerate().skip(lead) {
            let (n, s) = (self.shape()[i - lead], self.strides()[i - lead]);
            if n == t {
                strides[i] = if n == 1 { 0 } else { s };
            } else if n == 1 {
                strides[i] = 0;
            } else {
                return Err(err());
            }
        }
        checked_size(target)?;
        Ok(Layout::from_slices_unchecked(target, &strides, self.offset))
    }

    /// NumPy's `_attempt_nocopy_reshape`: the strides that view the same items in `order`
    /// with a new shape, or `None` when a copy is required. `new_shape` must have the same
    /// size as `self`.
    pub fn reshaped_view(
        &self,
        new_shape: &[usize],
        itemsize: usize,
        fortran: bool,
    ) -> Option<Layout> {
        if self.size() == 0 || new_shape.iter().product::<usize>() == 0 {
            // No item is reached; any contiguous strides describe it.
            let l = Layout::contiguous(
                new_shape,
                itemsize,
                if fortran { Order::F } else { Order::C },
            )
            .ok()?;
            return Some(Layout {
                offset: self.offset,
                ..l
            });
        }
        let (old_dims, old_strides): (Shape, Strides) = self
            .shape()
            .iter()
            .zip(self.strides())
            .filter(|(&n, _)| n != 1)
            .map(|(&n, &s)| (n, s))
            .unzip();
        let oldnd = old_dims.len();
        let newnd = new_shape.len();
        let mut new_strides = Strides::from_elem(0, newnd);
        let (mut oi, mut oj, mut ni, mut nj) = (0usize, 1usize, 0usize, 1usize);
        while ni < newnd && oi < oldnd {
            let mut np = new_shape[ni];
            let mut op = old_dims[oi];
            while np != op {
                if np < op {
                    np = np.checked_mul(*new_shape.get(nj)?)?;
                    nj += 1;
                } else {
                    op = op.checked_mul(*old_dims.get(oj)?)?;
                    oj += 1;
                }
            }
            // The old axes oi..oj must be contiguous among themselves.
            for ok in oi..oj - 1 {
                if fortran {
                    if old_strides[ok + 1]
                        != (old_dims[ok] as isize).checked_mul(old_strides[ok])?
                    {
                        return None;
                    }
                } else if old_strides[ok]
                    != (old_dims[ok + 1] as isize).checked_mul(old_strides[ok + 1])?
                {
                    return None;
                }
            }
            if fortran {
                new_strides[ni] = old_strides[oi];
                for nk in ni + 1..nj {
                    new_strides[nk] =
                        new_strides[nk - 1].checked_mul(new_shape[nk - 1] as isize)?;
                }
            } else {
                new_strides[nj - 1] = old_strides[oj - 1];
                for nk in (ni + 1..nj).rev() {
                    new_strides[nk - 1] = new_strides[nk].checked_mul(new_shape[nk] as isize)?;
                }
            }
            ni = nj;
            nj += 1;
            oi = oj;
            oj += 1;
        }
        // Trailing length-1 axes: NumPy gives them the stride of the last real axis times its
        // length (or the item size).
        let last_stride = if ni >= 1 {
            if fortran {
                new_strides[ni - 1].checked_mul(new_shape[ni - 1] as isize)?
            } else {
                new_strides[ni - 1]
            }
        } else {
            itemsize as isize
        };
        for s in new_strides.iter_mut().skip(ni) {
            *s = last_stride;
        }
        Some(Layout::from_slices_unchecked(
            new_shape,
            &new_strides,
            self.offset,
        ))
    }
}

#[inline]
fn contiguous_along<'a>(
    axes: impl Iterator<Item = (&'a usize, &'a isize)>,
    itemsize: usize,
) -> bool {
    // One pass: an empty array is contiguous whatever its strides, so a mismatch only
    // decides once every axis has been seen to be non-empty.
    let mut expected = Some(itemsize as isize);
    for (&n, &s) in axes {
        if n == 0 {
            return true;
        }
        if n != 1 {
            expected = expected
                .filter(|&e| e == s)
                .and_then(|e| e.checked_mul(n as isize));
        }
    }
    expected.is_some()
}

/// NumPy's broadcasting of shapes: right-aligned, equal or 1. The error text is the one NumPy's
/// ufuncs give ("operands could not be broadcast together with shapes (3,) (4,) ").
///
/// ```
/// use numrs::layout::broadcast_shapes;
/// assert_eq!(broadcast_shapes(&[&[3, 1], &[4]]).unwrap().as_slice(), &[3, 4]);
/// assert_eq!(broadcast_shapes(&[&[3], &[4]]).unwrap_err().to_string(),
///            "operands could not be broadcast together with shapes (3,) (4,) ");
/// ```
pub fn broadcast_shapes(shapes: &[&[usize]]) -> Result<Shape> {
    let ndim = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    if ndim > MAX_DIMS {
        return Err(Error::TooManyDims(ndim));
    }
    let mut out = Shape::from_elem(1, ndim);
    for shape in shapes {
        let lead = ndim - shape.len();
        for (i, &n) in shape.iter().enumerate() {
            let o = &mut out[lead + i];
            if *o == 1 {
                *o = n;
            } else if n != 1 && n != *o {
                let all: Vec<String> = shapes
                    .iter()
                    .map(|s| crate::error::c_shape_str_usize(s))
                    .collect();
                return Err(Error::Broadcast(format!(
                    "operands could not be broadcast together with shapes {} ",
                    all.join(" ")
                )));
            }
        }
    }
    checked_size(&out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contiguity_rules() {
        let l = Layout::new(&[1, 3], &[100, 4], 0, 4, 12).unwrap();
        assert!(l.is_c_contiguous(4) && l.is_f_contiguous(4));
        let e = Layout::new(&[0, 3], &[7, 1], 0, 4, 0).unwrap();
        assert!(e.is_c_contiguous(4) && e.is_f_contiguous(4));
        let z = Layout::contiguous(&[2, 0, 3], 8, Order::C).unwrap();
        assert_eq!(z.strides(), &[24, 24, 8]);
    }

    #[test]
    fn nocopy_reshape() {
        let a = Layout::contiguous(&[3, 2], 1, Order::C).unwrap();
        let t = a.transposed();
        assert!(t.reshaped_view(&[6], 1, false).is_none());
        assert_eq!(t.reshaped_view(&[6], 1, true).unwrap().strides(), &[1]);
        let b = Layout::contiguous(&[4, 6], 8, Order::C).unwrap();
        assert_eq!(
            b.reshaped_view(&[2, 2, 3, 2], 8, false).unwrap().strides(),
            &[96, 48, 16, 8]
        );
    }

    #[test]
    fn out_of_buffer() {
        assert!(Layout::new(&[5], &[1 << 62], 0, 1, 1024).is_err());
        assert!(Layout::new(&[2, 1 << 40], &[0, 0], 0, 8, 8).is_ok());
    }
}
