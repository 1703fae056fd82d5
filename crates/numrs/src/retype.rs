//! Reinterpreting and converting items: `view(dtype)` and `x.dtype = ...` see the same bytes
//! through another dtype; `astype` and `byteswap` make new bytes.

use crate::array::Array;
use crate::dtype::{DType, Repr};
use crate::error::{Error, Result};
use crate::layout::{Layout, Order, Shape, Strides};

/// NumPy's rules for seeing `layout` (items of `old` bytes) through `new`: same item size keeps
/// the layout; another size rescales the last axis, which must be contiguous; a sub-array
/// dtype appends its shape.
pub fn retyped_layout(
    layout: &Layout,
    old_itemsize: usize,
    new: &DType,
) -> Result<(Layout, DType)> {
    // An unsized void ('V0') takes the array's itemsize, as NumPy adapts it.
    let adapted;
    let new = if new.kind() == 'V'
        && new.itemsize() == 0
        && new.fields().is_none()
        && new.subdtype().is_none()
    {
        adapted = DType::void(old_itemsize);
        &adapted
    } else {
        new
    };
    let mut shape: Shape = layout.shape().into();
    let mut strides: Strides = layout.strides().into();
    let new_size = new.itemsize();
    if new_size != old_itemsize {
        if shape.is_empty() {
            return Err(Error::Value(
                "Changing the dtype of a 0d array is only supported if the itemsize is unchanged"
                    .into(),
            ));
        }
        if new.subdtype().is_some() {
            return Err(Error::Value(
                "Changing the dtype to a subarray type is only supported if the total itemsize is unchanged".into(),
            ));
        }
        let axis = shape.len() - 1;
        if shape[axis] != 1 && layout.size() != 0 && strides[axis] != old_itemsize as isize {
            return Err(Error::Value(
                "To change to a dtype of a different size, the last axis must be contiguous".into(),
            ));
        }
        if new_size < old_itemsize {
            if new_size == 0 || old_itemsize % new_size != 0 {
                return Err(Error::Value(
                    "When changing to a smaller dtype, its size must be a divisor of the size of original dtype".into(),
                ));
            }
            shape[axis] = shape[axis]
                .checked_mul(old_itemsize / new_size)
                .ok_or_else(|| Error::overflow("the new shape"))?;
        } else {
            let bytes = shape[axis]
                .checked_mul(old_itemsize)
                .ok_or_else(|| Error::overflow("the new shape"))?;
            if bytes % new_size != 0 {
                return Err(Error::Value(
                    "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.".into(),
                ));
            }
            shape[axis] = bytes / new_size;
        }
        strides[axis] = new_size as isize;
    }
    let mut dtype = new.clone();
    if let Some((base, sub_shape)) = new.subdtype() {
        let sub = Layout::contiguous(sub_shape, base.itemsize(), Order::C)?;
        shape.extend_from_slice(sub_shape);
        strides.extend_from_slice(sub.strides());
        dtype = base.clone();
    }
    if shape.len() > crate::layout::MAX_DIMS {
        return Err(Error::TooManyDims(shape.len()));
    }
    Ok((
        Layout::from_parts_unchecked(shape, strides, layout.offset()),
        dtype,
    ))
}

/// `astype('S')` / `astype('U')`: an unsized string dtype takes the width NumPy gives the
/// source (the widest `str()` of its type, or the source's own length).
fn sized_string_dtype(from: &DType, to: &DType) -> DType {
    let width = match from.repr() {
        Repr::Scalar { ty, .. } => {
            use crate::dtype::ScalarType as T;
            match ty {
                T::Bool => 5,
                T::Int8 => 4,
                T::UInt8 => 3,
                T::Int16 => 6,
                T::UInt16 => 5,
                T::Int32 => 11,
                T::UInt32 => 10,
                T::Int64 => 21,
                T::UInt64 => 20,
                T::Float16 | T::Float32 | T::Float64 => 32,
                T::Complex64 | T::Complex128 => 64,
            }
        }
        Repr::Bytes(n) | Repr::Void(n) => *n,
        Repr::Str { chars, .. } => *chars,
        _ => return to.clone(),
    };
    match to.repr() {
        Repr::Bytes(0) => DType::bytes(width),
        Repr::Str { chars: 0, order } => DType::unicode_with_order(width, *order),
        _ => to.clone(),
    }
}

/// Byte ranges `(offset, width)` inside one item that a byte swap reverses.
fn swap_units(dtype: &DType, base: usize, out: &mut Vec<(usize, usize)>) {
    match dtype.repr() {
        Repr::Scalar { ty, .. } => {
            let size = ty.info().itemsize;
            if ty.info().kind == 'c' {
                out.push((base, size / 2));
                out.push((base + size / 2, size / 2));
            } else if size > 1 {
                out.push((base, size));
            }
        }
        Repr::Str { chars, .. } => out.extend((0..*chars).map(|i| (base + 4 * i, 4))),
        Repr::Bytes(_) | Repr::Void(_) => {}
        Repr::Record(_) => {
            for f in dtype.fields().unwrap_or(&[]) {
                swap_units(&f.dtype, base + f.offset, out);
            }
        }
        Repr::SubArray(s) => {
            let n: usize = s.shape.iter().product();
            for i in 0..n {
                swap_units(&s.base, base + i * s.base.itemsize(), out);
            }
        }
    }
}

impl Array {
    /// `x.view(dtype)`: the same bytes seen through another dtype (NumPy's rules for a change
    /// of item size: the last axis must be contiguous and is rescaled).
    ///
    /// ```
    /// let x = numrs::array(&[1, 2, 3, 4], Some(numrs::DType::UINT8)).unwrap();
    /// let y = x.view(&"<i2".parse().unwrap()).unwrap();
    /// assert_eq!(format!("{y:?}"), "array([ 513, 1027], dtype=int16)");
    /// let t = numrs::array(&[[1, 3], [2, 4]], Some(numrs::DType::UINT8)).unwrap().t();
    /// assert_eq!(t.view(&numrs::DType::INT16).unwrap_err().to_string(),
    ///            "To change to a dtype of a different size, the last axis must be contiguous");
    /// ```
    pub fn view(&self, dtype: &DType) -> Result<Array> {
        let (layout, dtype) = retyped_layout(&self.layout, self.itemsize(), dtype)?;
        self.view_with(dtype, layout)
    }

    /// `x.dtype = dtype`: reinterprets this array's bytes in place (same rules as
    /// [`Array::view`]).
    ///
    /// ```
    /// let mut x = numrs::array(&[1, 2, 3, 4], Some(numrs::DType::UINT8)).unwrap();
    /// x.set_dtype(&"<i2".parse().unwrap()).unwrap();
    /// assert_eq!(x.shape(), &[2]);
    /// ```
    pub fn set_dtype(&mut self, dtype: &DType) -> Result<()> {
        let (layout, dtype) = retyped_layout(&self.layout, self.itemsize(), dtype)?;
        layout.check(dtype.itemsize(), self.buffer.len())?;
        self.layout = layout;
        self.dtype = dtype;
        self.fields_changed();
        Ok(())
    }

    /// `x.astype(dtype)`: a new array (in the memory order of `x`) with every item converted
    /// (NumPy's `casting='unsafe'`: integers wrap, floats truncate, strings are formatted,
    /// parsed, truncated and padded; byte order is converted).
    ///
    /// ```
    /// let x = numrs::array(&[1.5, 2.5], None).unwrap();
    /// let y = x.astype(&numrs::DType::INT8).unwrap();
    /// assert_eq!(format!("{y:?}"), "array([1, 2], dtype=int8)");
    /// let b = x.astype(&">f8".parse().unwrap()).unwrap();
    /// assert_eq!(b.tobytes(numrs::Order::C).unwrap()[..2], [0x3f, 0xf8]);
    /// ```
    pub fn astype(&self, dtype: &DType) -> Result<Array> {
        if let Some(types) = crate::kernels::cast::contiguous_cast_types(self, dtype) {
            return crate::kernels::cast::astype_contiguous(self, dtype, types);
        }
        if crate::struct_cast::involves_structure(self.dtype(), dtype) {
            return crate::struct_cast::astype(self, dtype);
        }
        let dtype = &sized_string_dtype(self.dtype(), dtype);
        let out = self.output_like_with(Order::K, dtype.clone())?;
        crate::kernels::copy::copy_into(self, &out)?;
        Ok(out)
    }

    /// `x.byteswap(inplace)`: reverses the bytes of every numeric unit (each half of a
    /// complex, each UCS-4 character, each numeric field of a record). With `inplace` the
    /// array itself is changed and returned; otherwise a swapped copy is returned. The dtype
    /// is unchanged, so the values change, as in NumPy.
    ///
    /// ```
    /// let x = numrs::array(&[1, 256], Some(numrs::DType::INT16)).unwrap();
    /// assert_eq!(x.byteswap(false).unwrap().to_vec::<i16>().unwrap(), vec![256, 1]);
    /// ```
    pub fn byteswap(&self, inplace: bool) -> Result<Array> {
        let target = if inplace {
            self.clone()
        } else {
            self.copy(Order::A)?
        };
        let mut units = Vec::new();
        swap_units(&target.dtype, 0, &mut units);
        if units.is_empty() || target.size() == 0 {
            return Ok(target);
        }
        let mut guard = target.buffer.write()?;
        let bytes = guard.bytes_mut();
        let size = target.itemsize();
        let plan = crate::iter::StridedPlan::new(
            target.shape(),
            [target.strides()],
            [target.offset()],
            false,
        );
        let mut result = Ok(());
        plan.for_each_run(|[o], [s], n| {
            for i in 0..n as isize {
                let start = (o + i * s) as usize;
                let Some(item) = bytes.get_mut(start..start + size) else {
                    result = Err(Error::Index("item outside its buffer".into()));
                    return;
                };
                for &(off, width) in &units {
                    item[off..off + width].reverse();
                }
            }
        });
        drop(guard);
        result.map(|_| target)
    }
}
