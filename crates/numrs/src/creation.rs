//! Making arrays: zeros, ones, empty, full, arange, from Rust data, and views of buffers.

use crate::array::Array;
use crate::buffer::Buffer;
use crate::dtype::{DType, ScalarType};
use crate::element::Element;
use crate::error::{shape_str, Error, Result};
use crate::layout::{Layout, Order};
use crate::scalar::Scalar;
use std::sync::Arc;

/// A new array of zeros (`np.zeros(shape, dtype)`).
///
/// ```
/// let x = numrs::zeros(&[10, 10, 10], numrs::DType::FLOAT64).unwrap();
/// assert_eq!(x.strides(), &[800, 80, 8]);
/// assert!(x.flags().owndata);
/// ```
pub fn zeros(shape: &[usize], dtype: DType) -> Result<Array> {
    Array::new_owned(shape, dtype, Order::C)
}

/// A new array of zeros in C or F order (`np.zeros(shape, dtype, order)`).
pub fn zeros_order(shape: &[usize], dtype: DType, order: Order) -> Result<Array> {
    Array::new_owned(shape, dtype, order)
}

/// `np.empty`: numrs returns zeros, because reading uninitialized memory is undefined behaviour
/// in Rust (and the fresh pages are zero anyway for large arrays).
pub fn empty(shape: &[usize], dtype: DType) -> Result<Array> {
    zeros(shape, dtype)
}

/// A new array of ones (`np.ones`).
///
/// ```
/// let x = numrs::ones(&[3], numrs::DType::INT8).unwrap();
/// assert_eq!(format!("{x:?}"), "array([1, 1, 1], dtype=int8)");
/// ```
pub fn ones(shape: &[usize], dtype: DType) -> Result<Array> {
    full(shape, Scalar::Int(1), dtype)
}

/// A new array filled with `value` converted to `dtype` (`np.full`).
pub fn full(shape: &[usize], value: Scalar, dtype: DType) -> Result<Array> {
    let a = zeros(shape, dtype)?;
    a.fill(value)?;
    Ok(a)
}

/// Evenly spaced values in `[start, stop)` (`np.arange`). Without a dtype the result is int64
/// when all three arguments are integral, float64 otherwise.
///
/// ```
/// let a = numrs::arange(0.0, 6.0, 1.0, Some(numrs::DType::INT8)).unwrap();
/// assert_eq!(format!("{a:?}"), "array([0, 1, 2, 3, 4, 5], dtype=int8)");
/// assert_eq!(numrs::arange(0.0, 1.0, 0.25, None).unwrap().size(), 4);
/// ```
pub fn arange(start: f64, stop: f64, step: f64, dtype: Option<DType>) -> Result<Array> {
    if step == 0.0 {
        return Err(Error::Value("Maximum allowed size exceeded".into()));
    }
    if !(start.is_finite() && stop.is_finite() && step.is_finite()) {
        return Err(Error::Value("arange: cannot compute length".into()));
    }
    let len = ((stop - start) / step).ceil().max(0.0);
    if len >= isize::MAX as f64 {
        return Err(Error::Value("Maximum allowed size exceeded".into()));
    }
    let len = len as usize;
    let integral = [start, stop, step].iter().all(|v| v.fract() == 0.0);
    let dtype = dtype.unwrap_or(if integral {
        DType::INT64
    } else {
        DType::FLOAT64
    });
    let a = zeros(&[len], dtype)?;
    let values: Vec<Scalar> = if integral && start.abs() < 9e15 && step.abs() < 9e15 {
        let (s, d) = (start as i128, step as i128);
        (0..len as i128)
            .map(|i| Scalar::I64((s + i * d) as i64))
            .collect()
    } else {
        (0..len)
            .map(|i| Scalar::F64(start + i as f64 * step))
            .collect()
    };
    write_values(&a, &values)?;
    Ok(a)
}

/// Writes C-order values into a fresh contiguous array (unsafe-cast semantics).
fn write_values(a: &Array, values: &[Scalar]) -> Result<()> {
    if !a.dtype().is_numeric() || values.iter().any(|v| !v.is_numeric()) {
        // `a` is fresh and C-contiguous: items are consecutive.
        let size = a.itemsize();
        let mut guard = a.buffer().write()?;
        let bytes = &mut guard.bytes_mut()[a.offset()..];
        for (v, slot) in values.iter().zip(bytes.chunks_exact_mut(size.max(1))) {
            crate::items::encode(v, a.dtype(), slot)?;
        }
        return Ok(());
    }
    let src = crate::dispatch_numeric!(a.dtype().numeric("creating arrays from values")?, T => {
        let v: Vec<T> = values.iter().map(|s| s.to_element::<T>()).collect::<Result<_>>()?;
        Array::from_vec(v)
    });
    crate::kernels::copy::copy_into(&src.reshape_usize(a.shape())?, a)
}

/// Data that [`array`] accepts: Rust numbers (taken as Python literals), [`Scalar`]s, and
/// nested arrays, slices and vectors of them.
pub trait NestedData {
    /// Appends the shape below this level to `shape` (first call) or checks it (later calls).
    fn shape_into(&self, shape: &mut Vec<usize>, depth: usize) -> std::result::Result<(), usize>;
    /// Appends the leaves in C order.
    fn flatten_into(&self, out: &mut Vec<Scalar>);
}

macro_rules! leaf {
    ($($t:ty => $f:expr),*) => {$(
        impl NestedData for $t {
            fn shape_into(&self, shape: &mut Vec<usize>, depth: usize) -> std::result::Result<(), usize> {
                if shape.len() > depth { Err(depth) } else { Ok(()) }
            }
            fn flatten_into(&self, out: &mut Vec<Scalar>) { out.push(($f)(*self)); }
        }
    )*};
}
leaf!(i8 => |v| Scalar::Int(v as i128), i16 => |v| Scalar::Int(v as i128),
      i32 => |v| Scalar::Int(v as i128), i64 => |v| Scalar::Int(v as i128),
      u8 => |v| Scalar::Int(v as i128), u16 => |v| Scalar::Int(v as i128),
      u32 => |v| Scalar::Int(v as i128), u64 => |v| Scalar::Int(v as i128),
      f32 => |v| Scalar::Float(v as f64), f64 => Scalar::Float, bool => Scalar::Bool,
      &str => |v: &str| Scalar::Str(v.to_string()));

impl NestedData for String {
    fn shape_into(&self, shape: &mut Vec<usize>, depth: usize) -> std::result::Result<(), usize> {
        self.as_str().shape_into(shape, depth)
    }
    fn flatten_into(&self, out: &mut Vec<Scalar>) {
        out.push(Scalar::Str(self.clone()));
    }
}

impl NestedData for Scalar {
    fn shape_into(&self, shape: &mut Vec<usize>, depth: usize) -> std::result::Result<(), usize> {
        if shape.len() > depth {
            Err(depth)
        } else {
            Ok(())
        }
    }
    fn flatten_into(&self, out: &mut Vec<Scalar>) {
        out.push(self.clone());
    }
}

impl<T: NestedData> NestedData for [T] {
    fn shape_into(&self, shape: &mut Vec<usize>, depth: usize) -> std::result::Result<(), usize> {
        match shape.get(depth) {
            None if shape.len() == depth => shape.push(self.len()),
            Some(&n) if n == self.len() => {}
            _ => return Err(depth),
        }
        for item in self {
            item.shape_into(shape, depth + 1)?;
        }
        if self.is_empty() {
            return Ok(());
        }
        Ok(())
    }
    fn flatten_into(&self, out: &mut Vec<Scalar>) {
        for item in self {
            item.flatten_into(out);
        }
    }
}
impl<T: NestedData, const N: usize> NestedData for [T; N] {
    fn shape_into(&self, shape: &mut Vec<usize>, depth: usize) -> std::result::Result<(), usize> {
        self.as_slice().shape_into(shape, depth)
    }
    fn flatten_into(&self, out: &mut Vec<Scalar>) {
        self.as_slice().flatten_into(out)
    }
}
impl<T: NestedData> NestedData for Vec<T> {
    fn shape_into(&self, shape: &mut Vec<usize>, depth: usize) -> std::result::Result<(), usize> {
        self.as_slice().shape_into(shape, depth)
    }
    fn flatten_into(&self, out: &mut Vec<Scalar>) {
        self.as_slice().flatten_into(out)
    }
}
impl<T: NestedData + ?Sized> NestedData for &T {
    fn shape_into(&self, shape: &mut Vec<usize>, depth: usize) -> std::result::Result<(), usize> {
        (**self).shape_into(shape, depth)
    }
    fn flatten_into(&self, out: &mut Vec<Scalar>) {
        (**self).flatten_into(out)
    }
}

/// `np.array(nested, dtype)`: nested Rust data to a new array. Rust numbers count as Python
/// literals, so without a dtype integers give int64 and floats float64, as in NumPy.
///
/// ```
/// let x = numrs::array(&[[1, 2, 3], [4, 5, 6]], Some(numrs::DType::INT16)).unwrap();
/// assert_eq!(x.strides(), &[6, 2]);
/// assert_eq!(numrs::array(&[1.0, 2.0], None).unwrap().dtype(), &numrs::DType::FLOAT64);
/// ```
pub fn array<D: NestedData + ?Sized>(data: &D, dtype: Option<DType>) -> Result<Array> {
    let mut shape = Vec::new();
    if let Err(depth) = data.shape_into(&mut shape, 0) {
        return Err(Error::Value(format!(
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after {depth} dimensions. The detected shape was {} + inhomogeneous part.",
            shape_str(&shape[..depth.min(shape.len())])
        )));
    }
    let mut values = Vec::new();
    data.flatten_into(&mut values);
    from_scalars(&shape, &values, dtype)
}

/// The dtype NumPy discovers for a list of values when none is given.
fn discover_dtype(values: &[Scalar]) -> Result<DType> {
    if values.is_empty() {
        return Ok(DType::FLOAT64);
    }
    if values.iter().any(|v| !v.is_numeric()) {
        let longest = |f: &dyn Fn(&Scalar) -> Option<usize>| {
            values.iter().filter_map(f).max().unwrap_or(0).max(1)
        };
        if values.iter().any(|v| matches!(v, Scalar::Str(_))) {
            return Ok(DType::unicode(longest(&|v| match v {
                Scalar::Str(s) => Some(s.chars().count()),
                Scalar::Bytes(b) => Some(b.len()),
                number => str_len_of_number(number),
            })));
        }
        if values.iter().all(|v| matches!(v, Scalar::Bytes(_))) {
            return Ok(DType::bytes(longest(&|v| match v {
                Scalar::Bytes(b) => Some(b.len()),
                _ => None,
            })));
        }
        if let Some(Scalar::Void(_, d)) = values.first() {
            if values
                .iter()
                .all(|v| matches!(v, Scalar::Void(_, e) if e == d))
            {
                return Ok(d.clone());
            }
        }
        return Err(Error::NotImplemented(
            "discovering the dtype of records, tuples or mixed strings and numbers (pass a dtype)"
                .into(),
        ));
    }
    let best = values
        .iter()
        .map(|v| match v {
            Scalar::Int(_) => (1, ScalarType::Int64),
            Scalar::Float(_) => (2, ScalarType::Float64),
            Scalar::Complex(_) => (3, ScalarType::Complex128),
            Scalar::Bool(_) => (0, ScalarType::Bool),
            typed => {
                let ty = typed.scalar_type();
                let rank = match ty.info().kind {
                    'b' => 0,
                    'i' | 'u' => 1,
                    'f' => 2,
                    _ => 3,
                };
                (rank, ty)
            }
        })
        .max_by_key(|&(rank, ty)| (rank, ty.info().itemsize, ty))
        .map(|(_, ty)| ty)
        .unwrap_or(ScalarType::Float64);
    Ok(DType::native(best))
}

/// The length of the longest text of a number, which NumPy reserves when a number is
/// discovered together with strings (`np.array([1, 'a'])` is `<U21`).
fn str_len_of_number(v: &Scalar) -> Option<usize> {
    let ty = match v {
        Scalar::Int(_) => ScalarType::Int64,
        Scalar::Float(_) => ScalarType::Float64,
        Scalar::Complex(_) => ScalarType::Complex128,
        Scalar::Bool(_) => ScalarType::Bool,
        v if v.is_numeric() => v.scalar_type(),
        _ => return None,
    };
    let info = ty.info();
    Some(match (info.kind, info.itemsize) {
        ('b', _) => 5,
        ('i', 1) => 4,
        ('i', 2) => 6,
        ('i', 4) => 11,
        ('i', _) => 21,
        ('u', 1) => 3,
        ('u', 2) => 5,
        ('u', 4) => 10,
        ('u', _) => 20,
        ('c', _) => 64,
        _ => 32,
    })
}

/// A new array of `shape` from C-order values, converted to `dtype` (or NumPy's discovered
/// dtype). A Python integer that does not fit the dtype is an `OverflowError`.
pub fn from_scalars(shape: &[usize], values: &[Scalar], dtype: Option<DType>) -> Result<Array> {
    let size = crate::layout::checked_size(shape)?;
    if size != values.len() {
        return Err(Error::Value(format!(
            "cannot reshape array of size {} into shape {}",
            values.len(),
            shape_str(shape)
        )));
    }
    let dtype = match dtype {
        Some(d) => d,
        None => discover_dtype(values)?,
    };
    let a = zeros(shape, dtype)?;
    write_values(&a, values)?;
    // NumPy 2 packs each value into the array through a cast, and reports each cast's
    // floating-point errors ("overflow encountered in cast", once per value).
    if let Some(ty) = a.dtype().scalar_type() {
        let mut flags = 0;
        crate::dispatch_numeric!(ty, T => {
            for v in values.iter().filter(|v| v.is_numeric() && v.scalar_type() != ty) {
                flags |= v.warn_cast(ty, |src| T::from_cast_source_fpe(src).1);
            }
        });
        if flags != 0 {
            crate::errstate::check()?;
        }
    }
    Ok(a)
}

impl Array {
    /// A 1-d array adopting a vector without copying (`np.array(list)` for typed data).
    ///
    /// ```
    /// let x = numrs::Array::from_vec(vec![1i32, 2, 3]);
    /// assert_eq!(x.dtype(), &numrs::DType::INT32);
    /// assert_eq!(x.tobytes(numrs::Order::C).unwrap(), b"\x01\0\0\0\x02\0\0\0\x03\0\0\0");
    /// ```
    pub fn from_vec<T: Element>(v: Vec<T>) -> Array {
        let n = v.len();
        let dtype = DType::native(T::TYPE);
        let buffer = Buffer::from_vec(v);
        let layout = Layout::from_parts_unchecked(
            smallvec::smallvec![n],
            smallvec::smallvec![dtype.itemsize() as isize],
            0,
        );
        Array::from_parts(buffer, dtype, layout, None, true)
    }

    /// An array of `shape` adopting a vector of its items in C order.
    pub fn from_shape_vec<T: Element>(shape: &[usize], v: Vec<T>) -> Result<Array> {
        let size = crate::layout::checked_size(shape)?;
        if size != v.len() {
            return Err(Error::Reshape {
                size: v.len(),
                shape: crate::error::c_shape_str_usize(shape),
            });
        }
        let dtype = DType::native(T::TYPE);
        let mut layout = Layout::contiguous(shape, dtype.itemsize(), crate::Order::C)?;
        if size == 0 {
            layout = Layout::from_parts_unchecked(
                layout.shape().into(),
                smallvec::smallvec![0; shape.len()],
                0,
            );
        }
        Ok(Array::from_parts(
            Buffer::from_vec(v),
            dtype,
            layout,
            None,
            true,
        ))
    }

    /// The items in C order as a typed vector; `T` must be the dtype's element type (any byte
    /// order).
    ///
    /// ```
    /// let x = numrs::array(&[[1, 2], [3, 4]], Some(numrs::DType::UINT8)).unwrap();
    /// assert_eq!(x.t().to_vec::<u8>().unwrap(), vec![1, 3, 2, 4]);
    /// ```
    pub fn to_vec<T: Element>(&self) -> Result<Vec<T>> {
        if Some(T::TYPE) != self.dtype.scalar_type() {
            return Err(Error::Type(format!(
                "cannot read items of dtype {} as {}",
                self.dtype,
                T::TYPE.info().name
            )));
        }
        crate::kernels::copy::to_vec_typed::<T>(self)
    }
}

/// Where [`frombuffer`] reads from.
#[derive(Clone)]
pub enum BufferSource {
    /// Another array's bytes (which must be C-contiguous); the result's base is that array.
    Array(Array),
    /// A buffer (e.g. from [`Buffer::from_bytes`]).
    Buffer(Arc<Buffer>),
}

impl From<&Array> for BufferSource {
    fn from(a: &Array) -> Self {
        BufferSource::Array(a.clone())
    }
}
impl From<Arc<Buffer>> for BufferSource {
    fn from(b: Arc<Buffer>) -> Self {
        BufferSource::Buffer(b)
    }
}
/// Bytes become a read-only buffer, as a Python `bytes` object does.
impl From<Vec<u8>> for BufferSource {
    fn from(b: Vec<u8>) -> Self {
        BufferSource::Buffer(Buffer::from_bytes(b, false))
    }
}
impl From<&[u8]> for BufferSource {
    fn from(b: &[u8]) -> Self {
        BufferSource::Buffer(Buffer::from_bytes(b.to_vec(), false))
    }
}

/// `np.frombuffer(source, dtype, count, offset)`: a 1-d view of existing bytes, no copy.
/// `count = -1` takes every whole item after `offset`.
///
/// ```
/// let x = numrs::array(&[1, 2, 3, 4], None).unwrap();
/// let y = numrs::frombuffer(&x, numrs::DType::INT8, -1, 0).unwrap();
/// assert_eq!(y.size(), 32);
/// assert!(y.base().unwrap().is(&x));
/// ```
pub fn frombuffer(
    source: impl Into<BufferSource>,
    dtype: DType,
    count: isize,
    offset: usize,
) -> Result<Array> {
    let (buffer, start, len, base) = match source.into() {
        BufferSource::Array(a) => {
            if !a.flags().c_contiguous {
                return Err(Error::Value("ndarray is not C-contiguous".into()));
            }
            (a.buffer().clone(), a.offset(), a.nbytes(), Some(a))
        }
        BufferSource::Buffer(b) => {
            let n = b.len();
            (b, 0, n, None)
        }
    };
    let itemsize = dtype.itemsize();
    if itemsize == 0 {
        return Err(Error::Value("itemsize cannot be zero in type".into()));
    }
    if offset > len {
        return Err(Error::Value(format!(
            "offset must be non-negative and no greater than buffer length ({len})"
        )));
    }
    let avail = len - offset;
    let n = if count < 0 {
        if avail % itemsize != 0 {
            return Err(Error::Value(
                "buffer size must be a multiple of element size".into(),
            ));
        }
        avail / itemsize
    } else {
        let want = (count as usize)
            .checked_mul(itemsize)
            .ok_or_else(|| Error::overflow("count"))?;
        if want > avail {
            return Err(Error::Value("buffer is smaller than requested size".into()));
        }
        count as usize
    };
    let layout = Layout::new(
        &[n],
        &[itemsize as isize],
        start + offset,
        itemsize,
        buffer.len(),
    )?;
    Ok(match base {
        Some(a) => a.view_with(dtype, layout)?,
        None => {
            // NumPy's base is the object that owns the bytes (a `bytes` object, say): model it
            // as a 1-d uint8 owner that is not itself an ndarray.
            let n = buffer.len();
            let owner_layout = Layout::new(&[n], &[1], 0, 1, n)?;
            let mut owner =
                Array::from_parts(buffer.clone(), DType::UINT8, owner_layout, None, true);
            owner.is_ndarray = false;
            owner.fields_changed();
            Array::from_parts(buffer, dtype, layout, Some(Arc::new(owner)), false)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // oracle/cases/14_strings.py str_mixed_int_str_discovery: NumPy gives '<U21'.
    #[test]
    fn numbers_with_strings_reserve_their_longest_text() {
        let a = from_scalars(&[2], &[Scalar::Int(1), Scalar::Str("a".into())], None).unwrap();
        assert_eq!(a.dtype().str(), "<U21");
        assert_eq!(a.dtype().itemsize(), 84);
    }
}
