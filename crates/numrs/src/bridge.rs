//! What language bindings (the `numrs` Python package) need beyond the Rust API: arrays over
//! foreign memory with any layout, the `is_ndarray` mark of base objects, and printing with
//! explicit [`PrintOptions`] (NumPy 1.x reprs).

use crate::array::Array;
use crate::buffer::Buffer;
use crate::dtype::DType;
use crate::error::Result;
use crate::format::PrintOptions;
use crate::layout::Layout;
use crate::scalar::Scalar;
use std::sync::Arc;

impl Array {
    /// A view of `buffer` (memory another runtime owns, say) with an explicit layout, checked
    /// against the buffer. It owns no data (`flags.owndata` is false) and has no numrs base:
    /// the binding keeps the foreign owner as the base object.
    ///
    /// ```
    /// use numrs::{buffer::Buffer, Array, DType};
    /// let buf = Buffer::from_bytes(vec![1, 0, 2, 0, 3, 0, 4, 0], true);
    /// let a = Array::from_buffer_layout(buf, DType::INT16, &[2, 2], &[2, 4], 0)?;
    /// assert_eq!(format!("{a:?}"), "array([[1, 3],\n       [2, 4]], dtype=int16)");
    /// assert!(!a.flags().owndata && a.base().is_none());
    /// assert!(Array::from_buffer_layout(Buffer::from_bytes(vec![0; 4], true), DType::INT32, &[2], &[4], 0).is_err());
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn from_buffer_layout(
        buffer: Arc<Buffer>,
        dtype: DType,
        shape: &[usize],
        strides: &[isize],
        offset: usize,
    ) -> Result<Array> {
        let layout = Layout::new(shape, strides, offset, dtype.itemsize(), buffer.len())?;
        Ok(Array::from_parts(buffer, dtype, layout, None, false))
    }

    /// False for the non-array objects NumPy puts in `base` chains (`as_strided`'s
    /// `DummyArray`, the `bytes` behind `frombuffer`); true for every real array.
    ///
    /// ```
    /// let x = numrs::zeros(&[4], numrs::DType::INT8)?;
    /// let y = numrs::as_strided(&x, &[2], &[2])?;
    /// assert!(!y.base().unwrap().is_ndarray() && x.is_ndarray());
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn is_ndarray(&self) -> bool {
        self.is_ndarray
    }

    /// `repr(a)` under explicit print options (`legacy_1x` for NumPy 1.x).
    ///
    /// ```
    /// use numrs::format::PrintOptions;
    /// let a = numrs::array(&[0.5, 1.0], None)?;
    /// assert_eq!(a.repr_with(&PrintOptions::default()), "array([0.5, 1. ])");
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn repr_with(&self, opts: &PrintOptions) -> String {
        // NumPy 1.x names numeric dtypes by type whatever their byte order (`dtype=int32`
        // for `>i4`, nothing for `>f8`).
        let shown = if opts.legacy_1x && self.dtype.scalar_type().is_some() {
            self.dtype.to_native()
        } else {
            self.dtype.clone()
        };
        let dtype = if shown.is_implied_in_repr() && self.size() > 0 {
            None
        } else {
            Some(shown.repr_in_array())
        };
        let kind = crate::print::elem_kind(&self.dtype);
        let get = self.item_getter(&kind);
        crate::format::array_repr(self.shape(), &get, &kind, dtype.as_deref(), opts)
    }

    /// `str(a)` under explicit print options.
    ///
    /// ```
    /// let a = numrs::array(&[1, 2], None)?;
    /// assert_eq!(a.str_with(&Default::default()), "[1 2]");
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn str_with(&self, opts: &PrintOptions) -> String {
        let kind = crate::print::elem_kind(&self.dtype);
        let get = self.item_getter(&kind);
        crate::format::array_str(self.shape(), &get, &kind, opts)
    }

    fn item_getter<'a>(
        &'a self,
        kind: &'a crate::format::ElemKind,
    ) -> impl Fn(&[usize]) -> crate::format::FmtScalar + 'a {
        move |idx: &[usize]| {
            let idx: Vec<isize> = idx
                .iter()
                .map(|&i| isize::try_from(i).unwrap_or(isize::MAX))
                .collect();
            match self.get(&idx) {
                Ok(s) => s.fmt_value().0,
                Err(_) => crate::format::FmtScalar::Float(f64::NAN).fallback_for(kind),
            }
        }
    }
}

impl crate::format::FmtScalar {
    /// What an unreadable item prints as (never happens for checked layouts).
    fn fallback_for(self, kind: &crate::format::ElemKind) -> Self {
        use crate::format::{ElemKind, FmtScalar};
        match kind {
            ElemKind::Bytes => FmtScalar::Bytes(Vec::new()),
            ElemKind::Str => FmtScalar::Str(String::new()),
            ElemKind::Void => FmtScalar::Void(Vec::new()),
            ElemKind::Record(k) => {
                FmtScalar::Record(k.iter().map(|k| self.clone().fallback_for(k)).collect())
            }
            ElemKind::SubArray(..) => FmtScalar::Array(Vec::new()),
            _ => self,
        }
    }
}

impl Scalar {
    /// `repr(scalar)` under explicit print options: NumPy 2's `np.int8(6)`, or NumPy 1.x's
    /// `6` with `legacy_1x`. Python literals print as Python prints them.
    ///
    /// ```
    /// use numrs::{format::PrintOptions, Scalar};
    /// let legacy = PrintOptions { legacy_1x: true, ..PrintOptions::default() };
    /// assert_eq!(Scalar::I8(6).repr_with(&legacy), "6");
    /// assert_eq!(Scalar::I8(6).repr_with(&PrintOptions::default()), "np.int8(6)");
    /// ```
    pub fn repr_with(&self, opts: &PrintOptions) -> String {
        if !opts.legacy_1x || self.is_weak() {
            return self.repr();
        }
        let (value, kind) = self.fmt_value();
        let name = match self {
            Scalar::Void(_, d) => d.to_string(),
            _ => self.scalar_type().info().name.to_string(),
        };
        crate::format::scalar_repr_with(&value, &kind, &name, opts)
    }

    /// `str(scalar)` under explicit print options.
    ///
    /// ```
    /// assert_eq!(numrs::Scalar::F64(0.5).str_with(&Default::default()), "0.5");
    /// ```
    pub fn str_with(&self, opts: &PrintOptions) -> String {
        match self {
            Scalar::Int(v) => v.to_string(),
            Scalar::Str(s) => s.clone(),
            _ => {
                let (value, kind) = self.fmt_value();
                crate::format::scalar_str_with(&value, &kind, opts)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_buffer_views_are_checked_and_shared() {
        let buf = Buffer::from_bytes(vec![1, 2, 3, 4], true);
        let a = Array::from_buffer_layout(buf.clone(), DType::UINT8, &[2, 2], &[1, 2], 0).unwrap();
        assert_eq!(a.get(&[1, 0]).unwrap(), Scalar::U8(2));
        assert!(Array::from_buffer_layout(buf.clone(), DType::UINT8, &[2], &[4], 0).is_err());
        assert!(Array::from_buffer_layout(buf, DType::UINT8, &[2], &[-1], 0).is_err());
    }

    #[test]
    fn legacy_reprs() {
        let legacy = PrintOptions {
            legacy_1x: true,
            ..PrintOptions::default()
        };
        // NumPy 1.x's scalar repr is its str; float64 arrays print alike in both versions.
        for v in [Scalar::Bool(true), Scalar::F32(0.1)] {
            assert_eq!(v.repr_with(&legacy), v.str_with(&PrintOptions::default()));
        }
        let x = crate::array(&[1.5f64, 2.0], None).unwrap();
        assert_eq!(x.repr_with(&legacy), x.repr_with(&PrintOptions::default()));
        // NumPy 1.x names a numeric dtype by type whatever its byte order, so a '>i4' array
        // prints as the native one (NumPy's own output for this is in the generated
        // oracle/expected/casting.np1.txt, `astype.casting.equiv.<i4.>i4`).
        let native = crate::array(&[1, 256, -2], Some("<i4".parse().unwrap())).unwrap();
        let big = native.astype(&">i4".parse().unwrap()).unwrap();
        assert_eq!(big.repr_with(&legacy), native.repr_with(&legacy));
        assert_ne!(
            big.repr_with(&PrintOptions::default()),
            native.repr_with(&PrintOptions::default())
        );
    }
}
