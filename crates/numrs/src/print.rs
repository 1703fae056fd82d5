//! Glue between arrays and the NumPy-identical printer in [`crate::format`]:
//! the printer's element kind for a dtype, and the decoding of record items
//! (raw bytes plus a structured dtype) into printable field values.

use crate::array::Array;
use crate::dtype::{ByteOrder, DType, ScalarType};
use crate::format::{ElemKind, FloatWidth, FmtScalar, PrintOptions};
use half::f16;

fn scalar_kind(ty: ScalarType) -> ElemKind {
    use ScalarType as T;
    match ty {
        T::Bool => ElemKind::Bool,
        T::Int8 | T::Int16 | T::Int32 | T::Int64 => ElemKind::Int,
        T::UInt8 | T::UInt16 | T::UInt32 | T::UInt64 => ElemKind::UInt,
        T::Float16 => ElemKind::Float(FloatWidth::F16),
        T::Float32 => ElemKind::Float(FloatWidth::F32),
        T::Float64 => ElemKind::Float(FloatWidth::F64),
        T::Complex64 => ElemKind::Complex(FloatWidth::F32),
        T::Complex128 => ElemKind::Complex(FloatWidth::F64),
    }
}

/// The base dtype and full shape of a (possibly nested) sub-array dtype:
/// NumPy flattens `(('i4', (2,)), (3,))` into `('i4', (3, 2))`.
fn flat_subarray(d: &DType) -> Option<(&DType, Vec<usize>)> {
    let (mut base, shape) = d.subdtype()?;
    let mut shape = shape.to_vec();
    while let Some((b, s)) = base.subdtype() {
        shape.extend_from_slice(s);
        base = b;
    }
    Some((base, shape))
}

/// The printer's element kind for items of dtype `d`.
pub(crate) fn elem_kind(d: &DType) -> ElemKind {
    if let Some(ty) = d.scalar_type() {
        return scalar_kind(ty);
    }
    if let Some(fields) = d.fields() {
        return ElemKind::Record(fields.iter().map(|f| elem_kind(&f.dtype)).collect());
    }
    if let Some((base, shape)) = flat_subarray(d) {
        return ElemKind::SubArray(Box::new(elem_kind(base)), shape);
    }
    match d.kind() {
        'S' => ElemKind::Bytes,
        'U' => ElemKind::Str,
        _ => ElemKind::Void,
    }
}

/// `N` bytes at `off` of `bytes` in little-endian order (zeros where the item
/// is short, which a well-formed dtype never makes it).
fn le_bytes<const N: usize>(bytes: &[u8], off: usize, order: ByteOrder) -> [u8; N] {
    let mut out = [0u8; N];
    if let Some(src) = off.checked_add(N).and_then(|end| bytes.get(off..end)) {
        out.copy_from_slice(src);
    }
    if order == ByteOrder::Big {
        out.reverse();
    }
    out
}

/// Decode one numeric item of type `ty` stored at `off` in `order`.
fn decode_number(bytes: &[u8], off: usize, ty: ScalarType, order: ByteOrder) -> FmtScalar {
    use ScalarType as T;
    macro_rules! int {
        ($t:ty, $n:literal, $v:ident) => {
            FmtScalar::$v(<$t>::from_le_bytes(le_bytes::<$n>(bytes, off, order)).into())
        };
    }
    match ty {
        T::Bool => FmtScalar::Bool(le_bytes::<1>(bytes, off, order)[0] != 0),
        T::Int8 => int!(i8, 1, Int),
        T::Int16 => int!(i16, 2, Int),
        T::Int32 => int!(i32, 4, Int),
        T::Int64 => int!(i64, 8, Int),
        T::UInt8 => int!(u8, 1, UInt),
        T::UInt16 => int!(u16, 2, UInt),
        T::UInt32 => int!(u32, 4, UInt),
        T::UInt64 => int!(u64, 8, UInt),
        T::Float16 => {
            let bits = u16::from_le_bytes(le_bytes::<2>(bytes, off, order));
            FmtScalar::Float(f16::from_bits(bits).to_f64())
        }
        T::Float32 => FmtScalar::Float(f32::from_le_bytes(le_bytes::<4>(bytes, off, order)).into()),
        T::Float64 => FmtScalar::Float(f64::from_le_bytes(le_bytes::<8>(bytes, off, order))),
        T::Complex64 => {
            let re = f32::from_le_bytes(le_bytes::<4>(bytes, off, order));
            let im = f32::from_le_bytes(le_bytes::<4>(bytes, off.saturating_add(4), order));
            FmtScalar::Complex(re.into(), im.into())
        }
        T::Complex128 => {
            let re = f64::from_le_bytes(le_bytes::<8>(bytes, off, order));
            let im = f64::from_le_bytes(le_bytes::<8>(bytes, off.saturating_add(8), order));
            FmtScalar::Complex(re, im)
        }
    }
}

/// The `len` bytes at `off` (fewer if the item is short).
fn slice_at(bytes: &[u8], off: usize, len: usize) -> &[u8] {
    let start = off.min(bytes.len());
    let end = off.saturating_add(len).min(bytes.len());
    &bytes[start..end]
}

/// Strip trailing NUL bytes (how NumPy reads `S` items).
fn strip_nuls(b: &[u8]) -> Vec<u8> {
    let end = b.iter().rposition(|&c| c != 0).map_or(0, |p| p + 1);
    b[..end].to_vec()
}

/// Decode `chars` UCS-4 code units at `off`; trailing NULs are dropped and
/// code units that are not Unicode scalar values become U+FFFD.
fn decode_ucs4(bytes: &[u8], off: usize, chars: usize, order: ByteOrder) -> String {
    let mut units: Vec<u32> = (0..chars)
        .map(|i| {
            let at = i.saturating_mul(4).saturating_add(off);
            u32::from_le_bytes(le_bytes::<4>(bytes, at, order))
        })
        .collect();
    while units.last() == Some(&0) {
        units.pop();
    }
    units
        .into_iter()
        .map(|u| char::from_u32(u).unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Decode the item of dtype `d` stored at `off` in `bytes` into the value the
/// printer expects for [`elem_kind`]`(d)`.
pub(crate) fn decode_item(bytes: &[u8], off: usize, d: &DType) -> FmtScalar {
    if let Some(ty) = d.scalar_type() {
        return decode_number(bytes, off, ty, d.order());
    }
    if let Some(fields) = d.fields() {
        return FmtScalar::Record(
            fields
                .iter()
                .map(|f| decode_item(bytes, off.saturating_add(f.offset), &f.dtype))
                .collect(),
        );
    }
    if let Some((base, shape)) = flat_subarray(d) {
        let count = shape
            .iter()
            .try_fold(1usize, |acc, &n| acc.checked_mul(n))
            .unwrap_or(0);
        let size = base.itemsize();
        return FmtScalar::Array(
            (0..count)
                .map(|i| decode_item(bytes, i.saturating_mul(size).saturating_add(off), base))
                .collect(),
        );
    }
    let n = d.itemsize();
    match d.kind() {
        'S' => FmtScalar::Bytes(strip_nuls(slice_at(bytes, off, n))),
        'U' => FmtScalar::Str(decode_ucs4(bytes, off, n / 4, d.order())),
        _ => FmtScalar::Void(slice_at(bytes, off, n).to_vec()),
    }
}

/// A stand-in for an element that could not be read.
fn placeholder(kind: &ElemKind) -> FmtScalar {
    match kind {
        ElemKind::Bytes => FmtScalar::Bytes(Vec::new()),
        ElemKind::Str => FmtScalar::Str(String::new()),
        ElemKind::Void => FmtScalar::Void(Vec::new()),
        ElemKind::Record(k) => FmtScalar::Record(k.iter().map(placeholder).collect()),
        ElemKind::SubArray(..) => FmtScalar::Array(Vec::new()),
        _ => FmtScalar::Float(f64::NAN),
    }
}

fn getter<'a>(a: &'a Array, kind: &'a ElemKind) -> impl Fn(&[usize]) -> FmtScalar + 'a {
    move |idx: &[usize]| {
        let idx: Vec<isize> = idx
            .iter()
            .map(|&i| isize::try_from(i).unwrap_or(isize::MAX))
            .collect();
        match a.get(&idx) {
            Ok(s) => s.fmt_value().0,
            Err(_) => placeholder(kind),
        }
    }
}

/// `repr(a)` with default print options.
pub(crate) fn array_repr(a: &Array) -> String {
    let dtype = if a.dtype.is_implied_in_repr() && a.size() > 0 {
        None
    } else {
        Some(a.dtype.repr_in_array())
    };
    let kind = elem_kind(&a.dtype);
    let get = getter(a, &kind);
    crate::format::array_repr(
        a.shape(),
        &get,
        &kind,
        dtype.as_deref(),
        &PrintOptions::default(),
    )
}

/// `str(a)` with default print options.
pub(crate) fn array_str(a: &Array) -> String {
    let kind = elem_kind(&a.dtype);
    let get = getter(a, &kind);
    crate::format::array_str(a.shape(), &get, &kind, &PrintOptions::default())
}
