//! Glue between arrays and the NumPy-identical printer in [`crate::format`].

use crate::array::Array;
use crate::dtype::ScalarType;
use crate::format::{ElemKind, FloatWidth, FmtScalar, PrintOptions};

fn elem_kind(ty: ScalarType) -> ElemKind {
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

fn getter(a: &Array) -> impl Fn(&[usize]) -> FmtScalar + '_ {
    move |idx: &[usize]| {
        let idx: Vec<isize> = idx.iter().map(|&i| i as isize).collect();
        match a.get(&idx) {
            Ok(s) => s.fmt_value().0,
            Err(_) => FmtScalar::Float(f64::NAN),
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
    crate::format::array_repr(
        a.shape(),
        &getter(a),
        a.dtype.scalar_type().map_or(ElemKind::Int, elem_kind),
        dtype.as_deref(),
        &PrintOptions::default(),
    )
}

/// `str(a)` with default print options.
pub(crate) fn array_str(a: &Array) -> String {
    crate::format::array_str(
        a.shape(),
        &getter(a),
        a.dtype.scalar_type().map_or(ElemKind::Int, elem_kind),
        &PrintOptions::default(),
    )
}
