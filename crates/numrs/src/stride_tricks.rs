//! Stride tricks: `as_strided`, broadcasting views, diagonals, sliding windows. Every view is
//! checked against its buffer; what would read outside it is an `Err`, never a crash.

use crate::array::Array;
use crate::error::{shape_str, Error, Result};
use crate::layout::{self, Layout, Shape, Strides};
use crate::shape_ops::normalize_axis;

/// `np.lib.stride_tricks.as_strided(x, shape, strides)`: a view with any shape and byte
/// strides, starting at `x`'s first item. Unlike NumPy, a view that could reach a byte
/// outside `x`'s buffer is an error. As in NumPy, the view's `base` is an intermediate object
/// whose `base` is `x`.
///
/// ```
/// let x = numrs::array(&[1, 2, 3, 4], Some(numrs::DType::INT8)).unwrap();
/// let y = numrs::as_strided(&x, &[3, 4], &[0, 1]).unwrap();
/// assert_eq!(y.to_vec::<i8>().unwrap()[4..8], [1, 2, 3, 4]);
/// assert!(y.base().unwrap().base().unwrap().is(&x));
/// assert!(numrs::as_strided(&x, &[5], &[1]).is_err());
/// ```
pub fn as_strided(x: &Array, shape: &[usize], strides: &[isize]) -> Result<Array> {
    if shape.len() != strides.len() {
        return Err(Error::Value(
            "mismatch in length of strides and shape".into(),
        ));
    }
    // Checked before the intermediate object is made (inv. 1-4): a bad view costs no
    // allocation. The layout is then built once, in the view.
    Layout::check_parts(shape, strides, x.offset(), x.itemsize(), x.buffer.len())?;
    Ok(x.strided_view(shape, strides))
}

/// `np.broadcast_to(x, shape)`: a read-only view with zero strides on repeated axes.
///
/// ```
/// let x = numrs::array(&[1, 2, 3], None).unwrap();
/// let b = numrs::broadcast_to(&x, &[2, 3]).unwrap();
/// assert_eq!(b.strides(), &[0, 8]);
/// assert!(!b.flags().writeable);
/// ```
pub fn broadcast_to(x: &Array, shape: &[usize]) -> Result<Array> {
    Ok(x.view_layout(x.layout.broadcast_to(shape)?)?
        .into_readonly())
}

/// Broadcast for assignment (`x[...] = y`): NumPy's message names the value's and the
/// target's shapes.
pub(crate) fn broadcast_for_assign(value: &Array, shape: &[usize]) -> Result<Array> {
    if value.shape() == shape {
        return Ok(value.clone());
    }
    // NumPy allows dropping leading length-1 axes of the value.
    let mut v = value.clone();
    while v.ndim() > shape.len() && v.shape()[0] == 1 {
        v = v.slice([crate::Idx::Int(0)])?;
    }
    v.layout
        .broadcast_to(shape)
        .and_then(|l| v.view_layout(l))
        .map_err(|_| {
            Error::Value(format!(
                "could not broadcast input array from shape {} into shape {}",
                crate::error::c_shape_str_usize(value.shape()),
                crate::error::c_shape_str_usize(shape)
            ))
        })
}

/// `np.broadcast_shapes(*shapes)`.
///
/// ```
/// assert_eq!(numrs::broadcast_shapes(&[&[5, 1], &[3]]).unwrap().as_slice(), &[5, 3]);
/// ```
pub fn broadcast_shapes(shapes: &[&[usize]]) -> Result<Shape> {
    layout::broadcast_shapes(shapes).map_err(|e| match e {
        Error::Broadcast(_) => {
            let mut out: Vec<usize> = Vec::new();
            for (i, s) in shapes.iter().enumerate() {
                if let Err(Error::Broadcast(_)) = layout::broadcast_shapes(&shapes[..=i]) {
                    let j = (0..i)
                        .find(|&j| layout::broadcast_shapes(&[shapes[j], s]).is_err())
                        .unwrap_or(0);
                    out.push(j);
                    out.push(i);
                    break;
                }
            }
            let (a, b) = (out.first().copied().unwrap_or(0), out.get(1).copied().unwrap_or(1));
            Error::Broadcast(format!(
                "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg {a} with shape {} and arg {b} with shape {}.",
                shape_str(shapes[a]),
                shape_str(shapes[b.min(shapes.len() - 1)])
            ))
        }
        other => other,
    })
}

/// `np.broadcast_arrays(*arrays)`: views of all inputs at their common shape. Inputs that
/// already have that shape are returned as they are.
pub fn broadcast_arrays(arrays: &[&Array]) -> Result<Vec<Array>> {
    let shapes: Vec<&[usize]> = arrays.iter().map(|a| a.shape()).collect();
    let shape = broadcast_shapes(&shapes)?;
    arrays
        .iter()
        .map(|a| {
            if a.shape() == shape.as_slice() {
                Ok((*a).clone())
            } else {
                a.view_layout(a.layout.broadcast_to(&shape)?)
            }
        })
        .collect()
}

impl Array {
    /// `x.diagonal(offset, axis1, axis2)`: a read-only view of the diagonal, appended as the
    /// last axis.
    ///
    /// ```
    /// let x = numrs::array(&[[1, 2, 3], [4, 5, 6], [7, 8, 9]], Some(numrs::DType::INT32)).unwrap();
    /// assert_eq!(x.diagonal(1, 0, 1).unwrap().to_vec::<i32>().unwrap(), vec![2, 6]);
    /// ```
    pub fn diagonal(&self, offset: isize, axis1: isize, axis2: isize) -> Result<Array> {
        if self.ndim() < 2 {
            return Err(Error::Value(
                "diag requires an array of at least two dimensions".into(),
            ));
        }
        let a1 = crate::shape_ops::normalize_axis_arg(axis1, self.ndim(), "axis1: ")?;
        let a2 = crate::shape_ops::normalize_axis_arg(axis2, self.ndim(), "axis2: ")?;
        if a1 == a2 {
            return Err(Error::Value("axis1 and axis2 cannot be the same".into()));
        }
        let (shape, strides) = (self.shape(), self.strides());
        let (n1, n2) = (shape[a1] as i128, shape[a2] as i128);
        let k = offset as i128;
        let len = if k >= 0 {
            n1.min(n2 - k)
        } else {
            (n1 + k).min(n2)
        }
        .max(0);
        let mut start = self.offset() as i128;
        if len > 0 {
            start += if k >= 0 {
                k * strides[a2] as i128
            } else {
                -k * strides[a1] as i128
            };
        }
        let mut new_shape = Shape::new();
        let mut new_strides = Strides::new();
        for k in 0..self.ndim() {
            if k != a1 && k != a2 {
                new_shape.push(shape[k]);
                new_strides.push(strides[k]);
            }
        }
        new_shape.push(len as usize);
        new_strides.push(
            strides[a1]
                .checked_add(strides[a2])
                .ok_or_else(|| Error::overflow("diagonal stride"))?,
        );
        let start = usize::try_from(start).map_err(|_| Error::overflow("diagonal offset"))?;
        let l = Layout::from_parts_unchecked(new_shape, new_strides, start);
        Ok(self.view_layout(l)?.into_readonly())
    }
}

/// `np.diag(v, k)`: for a 2-d array, the `k`-th diagonal as a read-only view; for a 1-d
/// array, a new 2-d array with `v` on the `k`-th diagonal.
///
/// ```
/// let x = numrs::array(&[[1, 2, 3], [4, 5, 6], [7, 8, 9]], Some(numrs::DType::INT32)).unwrap();
/// let d = numrs::diag(&x, 1).unwrap();
/// assert_eq!(format!("{d:?}"), "array([2, 6], dtype=int32)");
/// assert!(!d.flags().owndata);
/// ```
pub fn diag(v: &Array, k: isize) -> Result<Array> {
    match v.ndim() {
        1 => {
            let n = v.size() + k.unsigned_abs();
            let out = crate::zeros(&[n, n], v.dtype.clone())?;
            let d = out.diagonal(k, 0, 1)?;
            let mut d = d;
            d.writeable = true;
            d.fields_changed();
            crate::kernels::copy::copy_into(v, &d)?;
            Ok(out)
        }
        2 => v.diagonal(k, 0, 1),
        _ => Err(Error::Value("Input must be 1- or 2-d.".into())),
    }
}

/// `sliding_window_view(x, window_shape, axis)`: a read-only view of all windows. With
/// `axis = None`, `window_shape` covers every axis.
///
/// ```
/// let x = numrs::arange(0.0, 5.0, 1.0, None).unwrap();
/// let w = numrs::sliding_window_view(&x, &[3], None).unwrap();
/// assert_eq!(w.shape(), &[3, 3]);
/// assert_eq!(w.strides(), &[8, 8]);
/// ```
pub fn sliding_window_view(
    x: &Array,
    window_shape: &[usize],
    axis: Option<&[isize]>,
) -> Result<Array> {
    let axes: Vec<usize> = match axis {
        None => {
            if window_shape.len() != x.ndim() {
                return Err(Error::Value(format!(
                    "Since axis is `None`, must provide window_shape for all dimensions of `x`; got {} window_shape elements and `x.ndim` is {}.",
                    window_shape.len(),
                    x.ndim()
                )));
            }
            (0..x.ndim()).collect()
        }
        Some(ax) => {
            if ax.len() != window_shape.len() {
                return Err(Error::Value(format!(
                    "Must provide matching length window_shape and axis; got {} window_shape elements and {} axes elements.",
                    window_shape.len(),
                    ax.len()
                )));
            }
            ax.iter()
                .map(|&a| normalize_axis(a, x.ndim()))
                .collect::<Result<_>>()?
        }
    };
    let mut shape: Shape = x.shape().into();
    let mut strides: Strides = x.strides().into();
    for (&ax, &w) in axes.iter().zip(window_shape) {
        if shape[ax] < w {
            return Err(Error::Value(
                "window shape cannot be larger than input array shape".into(),
            ));
        }
        shape[ax] = shape[ax] + 1 - w;
        shape.push(w);
        strides.push(x.strides()[ax]);
    }
    Ok(as_strided(x, &shape, &strides)?.into_readonly())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{s, DType};

    // The intermediate object is made on demand: it must still behave as one object per view.
    #[test]
    fn as_strided_intermediate_keeps_one_identity_per_view() {
        let x = crate::arange(0.0, 9.0, 1.0, Some(DType::INT64)).unwrap();
        let y = as_strided(&x, &[3], &[32]).unwrap();
        let z = as_strided(&x, &[3], &[32]).unwrap();
        let (by, bz) = (y.base().unwrap().clone(), z.base().unwrap());
        assert!(by.is(y.base().unwrap()) && by.is(y.clone().base().unwrap()));
        assert!(!by.is(bz) && !by.is(&x) && !by.is(&y) && !by.is_ndarray());
        assert!(by.base().unwrap().is(&x) && bz.base().unwrap().is(&x));
        assert_eq!(by.shape(), x.shape());
        assert!(!by.flags().owndata && by.is_writeable());
        // A view of the view stops at it (the intermediate is no ndarray).
        let w = y.slice(s![1..]).unwrap();
        assert!(w.base().unwrap().is(&y));
        assert!(w.base().unwrap().base().unwrap().is(&by));
        // The intermediate's id is not handed to any later array.
        let later = crate::zeros(&[1], DType::INT8).unwrap();
        assert!(!later.is(&by));
        let mut y = y;
        y.set_writeable(false).unwrap();
        y.set_writeable(true).unwrap();
        assert!(y.base().unwrap().is(&by));
    }
}
