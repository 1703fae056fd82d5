//! The reductions as methods of [`Array`]: `x.sum()` and friends return a scalar over all
//! items; `x.sum_axis(axis)` an array; `x.sum_with(&options)` takes every NumPy option.

use super::ReduceOptions;
use super::{all, any, arg, argmax, argmin, max, mean, min, prod, scalar_of, sum, Axis};
use crate::array::Array;
use crate::error::Result;
use crate::scalar::Scalar;

impl Array {
    /// `np.sum(x, **options)`; see [`sum`].
    ///
    /// ```
    /// use numrs::{reduce::ReduceOptions, DType};
    /// let x = numrs::array(&[[1, 2], [3, 4]], Some(DType::INT8))?;
    /// let s = x.sum_with(&ReduceOptions::new().axis(1).dtype(DType::INT8))?;
    /// assert_eq!(s.to_vec::<i8>()?, vec![3, 7]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn sum_with(&self, opts: &ReduceOptions<'_>) -> Result<Array> {
        sum(self, opts)
    }

    /// `x.sum(axis)`; see [`sum`].
    ///
    /// ```
    /// let x = numrs::array(&[[1.5, 2.5], [3.0, 4.0]], None)?;
    /// assert_eq!(x.sum_axis(0)?.to_vec::<f64>()?, vec![4.5, 6.5]);
    /// assert_eq!(x.sum_axis([0, 1])?.get(&[])?, numrs::Scalar::F64(11.0));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn sum_axis(&self, axis: impl Into<Axis>) -> Result<Array> {
        sum(self, &ReduceOptions::new().axis(axis))
    }

    /// `np.prod(x, **options)`; see [`prod`].
    ///
    /// ```
    /// use numrs::{reduce::ReduceOptions, Scalar};
    /// let x = numrs::array(&[2.0, 3.0], None)?;
    /// let p = x.prod_with(&ReduceOptions::new().initial(Scalar::Float(0.5)))?;
    /// assert_eq!(p.get(&[])?, Scalar::F64(3.0));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn prod_with(&self, opts: &ReduceOptions<'_>) -> Result<Array> {
        prod(self, opts)
    }

    /// `x.prod(axis)`; see [`prod`].
    ///
    /// ```
    /// let x = numrs::array(&[[1, 2], [3, 4]], Some(numrs::DType::UINT8))?;
    /// assert_eq!(x.prod_axis(0)?.to_vec::<u64>()?, vec![3, 8]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn prod_axis(&self, axis: impl Into<Axis>) -> Result<Array> {
        prod(self, &ReduceOptions::new().axis(axis))
    }

    /// `x.prod()` over all items.
    ///
    /// ```
    /// let x = numrs::array(&[2, 3, 7], Some(numrs::DType::INT8))?;
    /// assert_eq!(x.prod()?, numrs::Scalar::I64(42));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn prod(&self) -> Result<Scalar> {
        scalar_of(prod(self, &ReduceOptions::new()))
    }

    /// `np.min(x, **options)`; see [`min`].
    ///
    /// ```
    /// use numrs::{reduce::ReduceOptions, Scalar};
    /// let x = numrs::zeros(&[0], numrs::DType::INT16)?;
    /// let m = x.min_with(&ReduceOptions::new().initial(Scalar::Int(7)))?;
    /// assert_eq!(m.get(&[])?, Scalar::I16(7));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn min_with(&self, opts: &ReduceOptions<'_>) -> Result<Array> {
        min(self, opts)
    }

    /// `x.min(axis)`; see [`min`].
    ///
    /// ```
    /// let x = numrs::array(&[[4, 1], [2, 3]], None)?;
    /// assert_eq!(x.min_axis(-1)?.to_vec::<i64>()?, vec![1, 2]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn min_axis(&self, axis: impl Into<Axis>) -> Result<Array> {
        min(self, &ReduceOptions::new().axis(axis))
    }

    /// `x.min()` over all items.
    ///
    /// ```
    /// let x = numrs::array(&[3.0, -1.0, 2.0], None)?;
    /// assert_eq!(x.min()?, numrs::Scalar::F64(-1.0));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn min(&self) -> Result<Scalar> {
        scalar_of(min(self, &ReduceOptions::new()))
    }

    /// `np.max(x, **options)`; see [`max`].
    ///
    /// ```
    /// use numrs::{reduce::ReduceOptions, Scalar};
    /// let x = numrs::array(&[[1.0, 9.0], [5.0, 2.0]], None)?;
    /// let m = x.max_with(&ReduceOptions::new().axis(0).keepdims(true))?;
    /// assert_eq!(m.shape(), &[1, 2]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn max_with(&self, opts: &ReduceOptions<'_>) -> Result<Array> {
        max(self, opts)
    }

    /// `x.max(axis)`; see [`max`].
    ///
    /// ```
    /// let x = numrs::array(&[[4, 1], [2, 3]], None)?;
    /// assert_eq!(x.max_axis(0)?.to_vec::<i64>()?, vec![4, 3]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn max_axis(&self, axis: impl Into<Axis>) -> Result<Array> {
        max(self, &ReduceOptions::new().axis(axis))
    }

    /// `x.max()` over all items.
    ///
    /// ```
    /// let x = numrs::array(&[3, 9, 2], Some(numrs::DType::UINT16))?;
    /// assert_eq!(x.max()?, numrs::Scalar::U16(9));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn max(&self) -> Result<Scalar> {
        scalar_of(max(self, &ReduceOptions::new()))
    }

    /// `np.mean(x, **options)`; see [`mean`].
    ///
    /// ```
    /// use numrs::reduce::ReduceOptions;
    /// let x = numrs::array(&[1.0, 2.0, 6.0], None)?;
    /// let mask = numrs::array(&[true, true, false], None)?;
    /// let m = x.mean_with(&ReduceOptions::new().where_(&mask))?;
    /// assert_eq!(m.get(&[])?, numrs::Scalar::F64(1.5));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn mean_with(&self, opts: &ReduceOptions<'_>) -> Result<Array> {
        mean(self, opts)
    }

    /// `x.mean(axis)`; see [`mean`].
    ///
    /// ```
    /// let x = numrs::array(&[[1, 2], [4, 8]], None)?;
    /// assert_eq!(x.mean_axis(1)?.to_vec::<f64>()?, vec![1.5, 6.0]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn mean_axis(&self, axis: impl Into<Axis>) -> Result<Array> {
        mean(self, &ReduceOptions::new().axis(axis))
    }

    /// `x.mean()` over all items.
    ///
    /// ```
    /// let x = numrs::array(&[1.0, 2.0], Some(numrs::DType::FLOAT16))?;
    /// assert_eq!(x.mean()?, numrs::Scalar::F16(numrs::half::f16::from_f32(1.5)));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn mean(&self) -> Result<Scalar> {
        scalar_of(mean(self, &ReduceOptions::new()))
    }

    /// `np.any(x, **options)`; see [`any`].
    ///
    /// ```
    /// use numrs::reduce::ReduceOptions;
    /// let x = numrs::array(&[[0, 1], [0, 0]], None)?;
    /// let a = x.any_with(&ReduceOptions::new().axis(1).keepdims(true))?;
    /// assert_eq!(a.shape(), &[2, 1]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn any_with(&self, opts: &ReduceOptions<'_>) -> Result<Array> {
        any(self, opts)
    }

    /// `x.any(axis)`; see [`any`].
    ///
    /// ```
    /// let x = numrs::array(&[[0, 1], [0, 0]], None)?;
    /// assert_eq!(format!("{:?}", x.any_axis(0)?), "array([False,  True])");
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn any_axis(&self, axis: impl Into<Axis>) -> Result<Array> {
        any(self, &ReduceOptions::new().axis(axis))
    }

    /// `x.any()` over all items.
    ///
    /// ```
    /// let x = numrs::array(&[0.0, f64::NAN], None)?;
    /// assert!(x.any()?);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn any(&self) -> Result<bool> {
        Ok(scalar_of(any(self, &ReduceOptions::new()))? == Scalar::Bool(true))
    }

    /// `np.all(x, **options)`; see [`all`].
    ///
    /// ```
    /// use numrs::reduce::ReduceOptions;
    /// let x = numrs::array(&[0, 5, 5], None)?;
    /// let mask = numrs::array(&[false, true, true], None)?;
    /// assert_eq!(x.all_with(&ReduceOptions::new().where_(&mask))?.get(&[])?,
    ///            numrs::Scalar::Bool(true));
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn all_with(&self, opts: &ReduceOptions<'_>) -> Result<Array> {
        all(self, opts)
    }

    /// `x.all(axis)`; see [`all`].
    ///
    /// ```
    /// let x = numrs::array(&[[1, 1], [0, 1]], None)?;
    /// assert_eq!(format!("{:?}", x.all_axis(0)?), "array([False,  True])");
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn all_axis(&self, axis: impl Into<Axis>) -> Result<Array> {
        all(self, &ReduceOptions::new().axis(axis))
    }

    /// `x.all()` over all items.
    ///
    /// ```
    /// let x = numrs::array(&[1, 2, 0], None)?;
    /// assert!(!x.all()?);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn all(&self) -> Result<bool> {
        Ok(scalar_of(all(self, &ReduceOptions::new()))? == Scalar::Bool(true))
    }

    /// `x.argmin(axis, keepdims=...)`; see [`argmin`].
    ///
    /// ```
    /// let x = numrs::array(&[[3, 1], [0, 2]], None)?;
    /// assert_eq!(x.argmin_axis(Some(0), false)?.to_vec::<i64>()?, vec![1, 0]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn argmin_axis(&self, axis: Option<isize>, keepdims: bool) -> Result<Array> {
        argmin(self, axis, keepdims)
    }

    /// `x.argmin()`: the flat (C-order) index of the first minimum.
    ///
    /// ```
    /// let x = numrs::array(&[[3, 1], [1, 0]], None)?;
    /// assert_eq!(x.argmin()?, 3);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn argmin(&self) -> Result<usize> {
        arg::flat_index(argmin(self, None, false))
    }

    /// `x.argmax(axis, keepdims=...)`; see [`argmax`].
    ///
    /// ```
    /// let x = numrs::array(&[[3, 1], [0, 2]], None)?;
    /// assert_eq!(x.argmax_axis(Some(1), true)?.shape(), &[2, 1]);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn argmax_axis(&self, axis: Option<isize>, keepdims: bool) -> Result<Array> {
        argmax(self, axis, keepdims)
    }

    /// `x.argmax()`: the flat (C-order) index of the first maximum (or first NaN).
    ///
    /// ```
    /// let x = numrs::array(&[1.0, 5.0, f64::NAN, 5.0], None)?;
    /// assert_eq!(x.argmax()?, 2);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn argmax(&self) -> Result<usize> {
        arg::flat_index(argmax(self, None, false))
    }
}
