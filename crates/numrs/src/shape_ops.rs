//! Views and copies that change how items are arranged: transpose, reshape, ravel, copy,
//! contiguous conversions, `tobytes`, flat indexing.

use crate::array::Array;
use crate::error::{Error, Result};
use crate::layout::{Layout, Order, Shape};
use crate::scalar::Scalar;

/// Normalizes a possibly negative axis against `ndim` (NumPy's AxisError otherwise).
pub(crate) fn normalize_axis(axis: isize, ndim: usize) -> Result<usize> {
    normalize_axis_arg(axis, ndim, "")
}

/// [`normalize_axis`] naming the argument in the error as NumPy does (`"axis1: "`).
pub(crate) fn normalize_axis_arg(axis: isize, ndim: usize, arg: &'static str) -> Result<usize> {
    let a = if axis < 0 {
        axis.checked_add(ndim as isize).unwrap_or(-1)
    } else {
        axis
    };
    if a < 0 || a >= ndim as isize {
        return Err(Error::Axis { arg, axis, ndim });
    }
    Ok(a as usize)
}

/// Resolves a `-1` entry of a requested shape against `size` items.
fn resolve_shape(size: usize, shape: &[isize]) -> Result<Shape> {
    let requested = || crate::error::c_shape_str(shape);
    let mut unknown = None;
    let mut known: usize = 1;
    for (i, &d) in shape.iter().enumerate() {
        if d < 0 {
            if unknown.replace(i).is_some() {
                return Err(Error::Value(
                    "can only specify one unknown dimension".into(),
                ));
            }
        } else {
            known = known.checked_mul(d as usize).ok_or_else(|| {
                Error::Value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.".into())
            })?;
        }
    }
    let mut out: Shape = shape.iter().map(|&d| d.max(0) as usize).collect();
    if let Some(i) = unknown {
        if known == 0 || size % known != 0 {
            return Err(Error::Reshape {
                size,
                shape: requested(),
            });
        }
        out[i] = size / known;
    } else if known != size {
        return Err(Error::Reshape {
            size,
            shape: requested(),
        });
    }
    Ok(out)
}

impl Array {
    /// `x.T`: the axes reversed, as a view.
    pub fn t(&self) -> Array {
        self.view_layout(self.layout.transposed())
            .unwrap_or_else(|_| self.clone())
    }

    /// `x.transpose(axes)` (negative axes allowed); an empty `axes` reverses them.
    ///
    /// ```
    /// let x = numrs::zeros(&[2, 3, 4], numrs::DType::INT8).unwrap();
    /// assert_eq!(x.transpose(&[1, 0, 2]).unwrap().strides(), &[4, 12, 1]);
    /// ```
    pub fn transpose(&self, axes: &[isize]) -> Result<Array> {
        if axes.is_empty() {
            return Ok(self.t());
        }
        if axes.len() != self.ndim() {
            return Err(Error::Value("axes don't match array".into()));
        }
        let axes: Vec<usize> = axes
            .iter()
            .map(|&a| normalize_axis(a, self.ndim()))
            .collect::<Result<_>>()?;
        self.view_layout(self.layout.permuted(&axes)?)
    }

    /// `x.swapaxes(a, b)` as a view.
    pub fn swapaxes(&self, a: isize, b: isize) -> Result<Array> {
        let (a, b) = (
            normalize_axis_arg(a, self.ndim(), "axis1: ")?,
            normalize_axis_arg(b, self.ndim(), "axis2: ")?,
        );
        let mut axes: Vec<usize> = (0..self.ndim()).collect();
        axes.swap(a, b);
        self.view_layout(self.layout.permuted(&axes)?)
    }

    /// `x.reshape(shape)` in C order; one entry may be `-1`. A view when NumPy's no-copy rule
    /// allows it; otherwise a view of a C-ordered copy (so `base` is that copy, as in NumPy).
    ///
    /// ```
    /// let a = numrs::arange(0.0, 6.0, 1.0, Some(numrs::DType::INT8)).unwrap().reshape(&[3, 2]).unwrap();
    /// let c = a.t().reshape(&[6]).unwrap();
    /// assert_eq!(format!("{c:?}"), "array([0, 2, 4, 1, 3, 5], dtype=int8)");
    /// assert!(!c.flags().owndata && !numrs::shares_memory(&a, &c));
    /// ```
    pub fn reshape(&self, shape: &[isize]) -> Result<Array> {
        self.reshape_order(shape, Order::C)
    }

    /// `x.reshape(shape, order=...)` with order C, F or A.
    pub fn reshape_order(&self, shape: &[isize], order: Order) -> Result<Array> {
        let new_shape = resolve_shape(self.size(), shape)?;
        if new_shape.len() > crate::layout::MAX_DIMS {
            return Err(Error::TooManyDims(new_shape.len()));
        }
        let fortran = match order {
            Order::F => true,
            Order::A => self.flags().f_contiguous && !self.flags().c_contiguous,
            _ => false,
        };
        if new_shape.as_slice() == self.shape() {
            return self.view_layout(self.layout.clone());
        }
        let itemsize = self.itemsize();
        let contiguous = if fortran {
            self.layout.is_f_contiguous(itemsize)
        } else {
            self.layout.is_c_contiguous(itemsize)
        };
        let ord = if fortran { Order::F } else { Order::C };
        if contiguous {
            let l = Layout::contiguous(&new_shape, itemsize, ord)?;
            let l =
                Layout::from_parts_unchecked(l.shape().into(), l.strides().into(), self.offset());
            return self.view_layout(l);
        }
        if let Some(l) = self.layout.reshaped_view(&new_shape, itemsize, fortran) {
            return self.view_layout(l);
        }
        let copy = self.copy(ord)?;
        let l = Layout::contiguous(&new_shape, itemsize, ord)?;
        copy.view_layout(l)
    }

    /// Reshape with a `usize` shape (no `-1`).
    pub fn reshape_usize(&self, shape: &[usize]) -> Result<Array> {
        let s: Vec<isize> = shape
            .iter()
            .map(|&d| isize::try_from(d).map_err(|_| Error::overflow("a dimension")))
            .collect::<Result<_>>()?;
        self.reshape(&s)
    }

    /// `x.ravel(order)`: a 1-d view when the items are already in that order in memory,
    /// otherwise a new 1-d array that owns its data.
    pub fn ravel(&self, order: Order) -> Result<Array> {
        let itemsize = self.itemsize();
        let f = self.flags();
        let order = match order {
            Order::A if f.f_contiguous && !f.c_contiguous => Order::F,
            Order::A => Order::C,
            Order::K => {
                if f.c_contiguous {
                    Order::C
                } else if f.f_contiguous {
                    Order::F
                } else {
                    return Ok(self.copy(Order::K)?.reshape_flat_owned());
                }
            }
            o => o,
        };
        let contiguous = match order {
            Order::F => f.f_contiguous,
            _ => f.c_contiguous,
        };
        if contiguous {
            let n = self.size();
            let l = Layout::from_parts_unchecked(
                smallvec::smallvec![n],
                smallvec::smallvec![itemsize as isize],
                self.offset(),
            );
            return self.view_layout(l);
        }
        Ok(self.copy(order)?.reshape_flat_owned())
    }

    /// The same owned buffer seen as 1-d, still owning its data (for fresh copies).
    fn reshape_flat_owned(mut self) -> Array {
        let n = self.size();
        self.layout = Layout::from_parts_unchecked(
            smallvec::smallvec![n],
            smallvec::smallvec![self.itemsize() as isize],
            self.offset(),
        );
        self.fields_changed();
        self
    }

    /// `x.copy(order)`: a new array that owns its data. `K` keeps the memory order of the
    /// axes (positive strides); `A` is F when the array is F- and not C-contiguous.
    pub fn copy(&self, order: Order) -> Result<Array> {
        if let Some(copy) = crate::kernels::copy::copy_contiguous(self, order) {
            return copy;
        }
        let out = self.output_like_with(order, self.dtype.clone())?;
        crate::kernels::copy::copy_into(self, &out)?;
        Ok(out)
    }

    /// A fresh zeroed array of this shape with `dtype`, laid out as `order` asks for
    /// relative to this array.
    pub(crate) fn empty_like_with(&self, order: Order, dtype: crate::DType) -> Result<Array> {
        self.like_with(order, dtype, Array::new_owned)
    }

    /// As [`Array::empty_like_with`], for an output that a copy or cast fills completely:
    /// numeric items have no padding, so every byte gets written and the buffer need not be
    /// zeroed first (a large one may be a recycled mapping, which spares the kernel a page
    /// clear per page). Other dtypes (records with padding, strings) stay zero-filled.
    pub(crate) fn output_like_with(&self, order: Order, dtype: crate::DType) -> Result<Array> {
        if dtype.is_numeric() {
            self.like_with(order, dtype, Array::new_output)
        } else {
            self.like_with(order, dtype, Array::new_owned)
        }
    }

    fn like_with(
        &self,
        order: Order,
        dtype: crate::DType,
        alloc: fn(&[usize], crate::DType, Order) -> Result<Array>,
    ) -> Result<Array> {
        let f = self.flags();
        match order {
            Order::C => alloc(self.shape(), dtype.clone(), Order::C),
            Order::F => alloc(self.shape(), dtype.clone(), Order::F),
            Order::A => {
                let ord = if f.f_contiguous && !f.c_contiguous {
                    Order::F
                } else {
                    Order::C
                };
                alloc(self.shape(), dtype.clone(), ord)
            }
            Order::K => {
                if f.c_contiguous {
                    return alloc(self.shape(), dtype.clone(), Order::C);
                }
                if f.f_contiguous {
                    return alloc(self.shape(), dtype.clone(), Order::F);
                }
                // Axes sorted by decreasing |stride| (stable), laid out C-contiguously in
                // that order, then permuted back.
                let perm = crate::ufunc::stride_sort_perm(&[self.strides()], self.shape(), false);
                let shape: Vec<usize> = perm.iter().map(|&a| self.shape()[a]).collect();
                let tmp = alloc(&shape, dtype.clone(), Order::C)?;
                let mut inverse = vec![0usize; perm.len()];
                for (i, &a) in perm.iter().enumerate() {
                    inverse[a] = i;
                }
                let mut out = tmp.clone();
                out.layout = tmp.layout.permuted(&inverse)?;
                out.fields_changed();
                Ok(out)
            }
        }
    }

    /// `x.tobytes(order)`: the items' raw bytes in C, F or A order (A: F when F- and not
    /// C-contiguous).
    ///
    /// ```
    /// let x = numrs::array(&[[1, 2, 3], [4, 5, 6]], Some(numrs::DType::INT16)).unwrap();
    /// assert_eq!(x.tobytes(numrs::Order::F).unwrap(), b"\x01\0\x04\0\x02\0\x05\0\x03\0\x06\0");
    /// ```
    pub fn tobytes(&self, order: Order) -> Result<Vec<u8>> {
        let f = self.flags();
        let fortran = match order {
            Order::F => true,
            Order::A => f.f_contiguous && !f.c_contiguous,
            Order::C | Order::K => false,
        };
        if fortran {
            crate::kernels::copy::to_bytes_c(&self.t())
        } else {
            crate::kernels::copy::to_bytes_c(self)
        }
    }

    /// `x.flat[i]`: the item at C-order position `i` (negative counts from the end).
    ///
    /// ```
    /// let x = numrs::array(&[[1, 2, 3], [4, 5, 6], [7, 8, 9]], Some(numrs::DType::INT8)).unwrap();
    /// assert_eq!(x.flat_get(5).unwrap(), numrs::Scalar::I8(6));
    /// ```
    pub fn flat_get(&self, i: isize) -> Result<Scalar> {
        let idx = self.unravel(i)?;
        self.get(&idx)
    }

    /// `x.flat[i] = value`.
    pub fn flat_set(&self, i: isize, value: Scalar) -> Result<()> {
        let idx = self.unravel(i)?;
        self.set(&idx, value)
    }

    fn unravel(&self, i: isize) -> Result<Vec<isize>> {
        let n = self.size();
        let j = if i < 0 { i + n as isize } else { i };
        if j < 0 || j >= n as isize {
            return Err(Error::Index(format!(
                "index {i} is out of bounds for size {n}"
            )));
        }
        let mut rem = j as usize;
        let mut idx = vec![0isize; self.ndim()];
        for (k, &d) in self.shape().iter().enumerate().rev() {
            idx[k] = (rem % d) as isize;
            rem /= d;
        }
        Ok(idx)
    }
}

/// `np.ascontiguousarray(a)`: `a` itself when C-contiguous, else a C-ordered copy. Like
/// NumPy, a 0-d input gives a 1-d result.
pub fn ascontiguousarray(a: &Array) -> Result<Array> {
    let a = if a.ndim() == 0 {
        a.reshape(&[1])?
    } else {
        a.clone()
    };
    if a.flags().c_contiguous {
        Ok(a)
    } else {
        a.copy(Order::C)
    }
}

/// `np.asfortranarray(a)`: `a` itself when F-contiguous, else an F-ordered copy.
pub fn asfortranarray(a: &Array) -> Result<Array> {
    let a = if a.ndim() == 0 {
        a.reshape(&[1])?
    } else {
        a.clone()
    };
    if a.flags().f_contiguous {
        Ok(a)
    } else {
        a.copy(Order::F)
    }
}
