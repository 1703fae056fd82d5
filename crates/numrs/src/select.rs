//! Selections NumPy's Python API needs beyond basic indexing: `x.real` / `x.imag` (views of
//! the components of complex arrays) and `x[mask]` with a boolean mask.

use crate::array::Array;
use crate::dtype::{DType, ScalarType};
use crate::error::{Error, Result};
use crate::layout::{Layout, Order};

impl Array {
    /// The component dtype and byte offset of a complex array's real (`imag = false`) or
    /// imaginary part, or `None` for other dtypes.
    fn component(&self, imag: bool) -> Option<(DType, usize)> {
        let ty = match self.dtype().scalar_type()? {
            ScalarType::Complex64 => ScalarType::Float32,
            ScalarType::Complex128 => ScalarType::Float64,
            _ => return None,
        };
        let half = self.itemsize() / 2;
        Some((
            DType::with_order(ty, self.dtype().order()),
            if imag { half } else { 0 },
        ))
    }

    fn component_view(&self, dtype: DType, shift: usize) -> Result<Array> {
        let offset = self
            .offset()
            .checked_add(shift)
            .ok_or_else(|| Error::overflow("offset"))?;
        let layout = Layout::new(
            self.shape(),
            self.strides(),
            offset,
            dtype.itemsize(),
            self.buffer().len(),
        )?;
        self.view_with(dtype, layout)
    }

    /// `x.real`: for complex arrays a view of the real parts (same strides, half the item
    /// size), otherwise the array itself.
    ///
    /// ```
    /// let z = numrs::array(&[numrs::Scalar::C128(numrs::num_complex::Complex64::new(1.0, 2.0))], None)?;
    /// let re = z.real()?;
    /// assert_eq!((re.dtype().str(), re.strides()), ("<f8".to_string(), &[16isize][..]));
    /// assert_eq!(format!("{:?}", z.imag()?), "array([2.])");
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn real(&self) -> Result<Array> {
        match self.component(false) {
            Some((d, shift)) => self.component_view(d, shift),
            None => Ok(self.clone()),
        }
    }

    /// `x.imag`: for complex arrays a view of the imaginary parts; for other arrays a new
    /// read-only array of zeros, as NumPy returns.
    pub fn imag(&self) -> Result<Array> {
        match self.component(true) {
            Some((d, shift)) => self.component_view(d, shift),
            None => Ok(crate::zeros(self.shape(), self.dtype().to_native())?.into_readonly()),
        }
    }

    /// `x[mask]` for a boolean `mask` of `x`'s shape: a new 1-d array of the items where the
    /// mask is true, in C order.
    ///
    /// ```
    /// let x = numrs::array(&[[1, 2], [3, 4]], Some(numrs::DType::INT16))?;
    /// let m = numrs::array(&[[true, false], [false, true]], None)?;
    /// assert_eq!(format!("{:?}", x.select_mask(&m)?), "array([1, 4], dtype=int16)");
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn select_mask(&self, mask: &Array) -> Result<Array> {
        if mask.dtype().scalar_type() != Some(ScalarType::Bool) {
            return Err(Error::Index(
                "arrays used as indices must be of integer (or boolean) type".into(),
            ));
        }
        if mask.ndim() > self.ndim() {
            return Err(Error::Index(format!(
                "too many indices for array: array is {}-dimensional, but {} were indexed",
                self.ndim(),
                mask.ndim()
            )));
        }
        for (axis, (&m, &s)) in mask.shape().iter().zip(self.shape()).enumerate() {
            if m != s {
                return Err(Error::Index(format!(
                    "boolean index did not match indexed array along axis {axis}; size of axis is {s} but size of corresponding boolean axis is {m}"
                )));
            }
        }
        if mask.ndim() != self.ndim() {
            return Err(Error::NotImplemented(
                "boolean masks with fewer dimensions than the array".into(),
            ));
        }
        let flags = mask.astype(&DType::UINT8)?.to_vec::<u8>()?;
        let bytes = self.tobytes(Order::C)?;
        let itemsize = self.itemsize();
        let mut picked = Vec::with_capacity(bytes.len());
        for (i, &m) in flags.iter().enumerate() {
            if m != 0 {
                picked.extend_from_slice(&bytes[i * itemsize..(i + 1) * itemsize]);
            }
        }
        // Zero-size items (`V0`) pick nothing but still count.
        let n = picked
            .len()
            .checked_div(itemsize)
            .unwrap_or_else(|| flags.iter().filter(|&&m| m != 0).count());
        let out = Array::new_owned(&[n], self.dtype().clone(), Order::C)?;
        out.buffer().write()?.bytes_mut()[..picked.len()].copy_from_slice(&picked);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use crate::{array, DType, Scalar};

    #[test]
    fn real_imag_are_views_of_the_components() {
        let z = crate::zeros(&[3], DType::COMPLEX64).unwrap();
        let im = z.imag().unwrap();
        assert_eq!((im.offset(), im.strides()), (4, &[8isize][..]));
        im.set(&[1], Scalar::Float(2.5)).unwrap();
        let zero = num_complex::Complex32::new(0.0, 0.0);
        assert_eq!(
            z.to_vec::<num_complex::Complex32>().unwrap(),
            vec![zero, num_complex::Complex32::new(0.0, 2.5), zero]
        );
        let x = array(&[1, 2], Some(DType::INT8)).unwrap();
        assert!(x.real().unwrap().is(&x));
        assert!(!x.imag().unwrap().is_writeable());
    }

    #[test]
    fn mask_errors() {
        let x = array(&[1, 2, 3], None).unwrap();
        let short = array(&[true, false], None).unwrap();
        let e = x.select_mask(&short).unwrap_err();
        assert_eq!(e.python_type(), "IndexError");
        let none = array(&[false, false, false], None).unwrap();
        assert_eq!(x.select_mask(&none).unwrap().shape(), &[0]);
    }
}
