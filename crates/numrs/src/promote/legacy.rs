//! NumPy 1.x value-based promotion ([`super::PromotionMode::Legacy`]).
//!
//! ```text
//!   categories:   bool 0 < int/uint 1 < float/complex 2 < anything else 3
//!   all operands scalars (0-d), or a scalar of higher category than every array
//!        -> ordinary promotion of the dtypes          np.int8(1) + 1 -> int64
//!   otherwise every scalar counts as min_scalar_type(value)
//!        -> int8 array + 256 -> uint16 with int8 -> int16;   float32 array + 1e300 -> float64
//!   a non-negative integer that also fits the signed type of its size ("small unsigned")
//!   promotes as that signed type next to signed/float types: int8 array + 100 -> int8
//! ```

use super::types::promote_scalar_types;
use super::{promote_types, pyint_dtype, Casting, Operand};
use crate::dtype::{DType, ScalarType};
use crate::error::Result;
use crate::scalar::Scalar;

/// NumPy 1.x category of a dtype for deciding whether values matter.
fn category(d: &DType) -> u8 {
    match d.kind() {
        'b' => 0,
        'i' | 'u' => 1,
        'f' | 'c' => 2,
        _ => 3,
    }
}

/// The smallest type for an integer value, and whether a non-negative value also fits the
/// signed type of that size.
fn min_int_type(v: i128) -> Option<(ScalarType, bool)> {
    use ScalarType as T;
    let unsigned = [
        (T::UInt8, u8::MAX as i128, i8::MAX as i128),
        (T::UInt16, u16::MAX as i128, i16::MAX as i128),
        (T::UInt32, u32::MAX as i128, i32::MAX as i128),
        (T::UInt64, u64::MAX as i128, i64::MAX as i128),
    ];
    let signed = [
        (T::Int8, i8::MIN as i128),
        (T::Int16, i16::MIN as i128),
        (T::Int32, i32::MIN as i128),
        (T::Int64, i64::MIN as i128),
    ];
    if v >= 0 {
        unsigned
            .iter()
            .find(|(_, max, _)| v <= *max)
            .map(|&(t, _, smax)| (t, v <= smax))
    } else {
        signed
            .iter()
            .find(|(_, min)| v >= *min)
            .map(|&(t, _)| (t, false))
    }
}

fn min_float_type(v: f64) -> ScalarType {
    if (v > -65000.0 && v < 65000.0) || !v.is_finite() {
        ScalarType::Float16
    } else if v > -3.4e38 && v < 3.4e38 {
        ScalarType::Float32
    } else {
        ScalarType::Float64
    }
}

/// `(min_scalar_type, is_small_unsigned)` of a numeric value.
fn min_scalar(value: &Scalar) -> Result<Option<(ScalarType, bool)>> {
    use ScalarType as T;
    let in_f32 = |x: f64| x > -3.4e38 && x < 3.4e38;
    Ok(Some(match *value {
        Scalar::Bool(_) => (T::Bool, false),
        Scalar::F16(_) => (T::Float16, false),
        Scalar::F32(v) => {
            let v = v as f64;
            if (v > -65000.0 && v < 65000.0) || !v.is_finite() {
                (T::Float16, false)
            } else {
                (T::Float32, false)
            }
        }
        Scalar::F64(v) | Scalar::Float(v) => (min_float_type(v), false),
        Scalar::C64(_) => (T::Complex64, false),
        Scalar::C128(c) | Scalar::Complex(c) => {
            if in_f32(c.re) && in_f32(c.im) {
                (T::Complex64, false)
            } else {
                (T::Complex128, false)
            }
        }
        _ => match value.as_i128() {
            Some(v) => {
                if let Scalar::Int(v) = value {
                    pyint_dtype(*v)?;
                }
                min_int_type(v).unwrap_or((T::Int64, false))
            }
            None => return Ok(None),
        },
    }))
}

/// `np.min_scalar_type(value)`: the smallest dtype that holds the value (by range for
/// floats: float16 below ±65000, float32 below ±3.4e38; non-finite floats are float16;
/// complex numbers are at least complex64). Non-numeric values give their own dtype; Python
/// ints beyond uint64 would be `object`, an error here.
///
/// ```
/// use numrs::{DType, Scalar, promote::min_scalar_type};
/// assert_eq!(min_scalar_type(&Scalar::Int(255))?, DType::UINT8);
/// assert_eq!(min_scalar_type(&Scalar::Int(-129))?, DType::INT16);
/// assert_eq!(min_scalar_type(&Scalar::Float(1e300))?, DType::FLOAT64);
/// assert_eq!(min_scalar_type(&Scalar::I64(1))?, DType::UINT8);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn min_scalar_type(value: &Scalar) -> Result<DType> {
    Ok(match min_scalar(value)? {
        Some((t, _)) => DType::native(t),
        None => value.dtype(),
    })
}

/// NumPy 1.x's `can_cast` of a scalar *value* (`np.can_cast(1, 'i1')` is True; also the
/// check of a 0-d ufunc input): for `safe` and `same_kind` the value's smallest type casts,
/// a small non-negative integer counting as signed when `to` is not unsigned. Stricter rules
/// and non-numbers use the value's own dtype.
///
/// ```
/// use numrs::{DType, Scalar, Casting, promote::can_cast_value};
/// assert!(can_cast_value(&Scalar::Int(1), &DType::INT8, Casting::Safe)?);
/// assert!(!can_cast_value(&Scalar::Int(300), &DType::UINT8, Casting::Safe)?);
/// assert!(!can_cast_value(&Scalar::Int(-1), &DType::UINT8, Casting::Safe)?);
/// assert!(can_cast_value(&Scalar::Float(1.5), &DType::FLOAT32, Casting::Safe)?);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn can_cast_value(value: &Scalar, to: &DType, casting: Casting) -> Result<bool> {
    if !value.is_numeric() || matches!(casting, Casting::No | Casting::Equiv) {
        return Ok(super::can_cast(&value.dtype(), to, casting));
    }
    let from = match min_scalar(value)? {
        Some((t, small)) if small && to.kind() != 'u' => DType::native(signed_of(t)),
        Some((t, _)) => DType::native(t),
        None => value.dtype(),
    };
    Ok(super::can_cast(&from, to, casting))
}

fn signed_of(t: ScalarType) -> ScalarType {
    use ScalarType as T;
    match t {
        T::UInt8 => T::Int8,
        T::UInt16 => T::Int16,
        T::UInt32 => T::Int32,
        T::UInt64 => T::Int64,
        other => other,
    }
}

/// NumPy 1.x `promote_types` with the "small unsigned" adjustment for value-typed scalars.
fn promote_small(a: &DType, b: &DType, small_a: bool, small_b: bool) -> Result<DType> {
    if let (Some(ta), Some(tb)) = (a.scalar_type(), b.scalar_type()) {
        let signed_side = |t: ScalarType| !matches!(t.info().kind, 'b' | 'u');
        if small_a && signed_side(tb) {
            return Ok(DType::native(promote_scalar_types(signed_of(ta), tb)));
        }
        if small_b && signed_side(ta) {
            return Ok(DType::native(promote_scalar_types(ta, signed_of(tb))));
        }
    }
    promote_types(a, b)
}

/// NumPy 1.x `PyArray_ResultType` with scalars present.
pub(crate) fn value_based(operands: &[Operand]) -> Result<DType> {
    let mut items = Vec::with_capacity(operands.len());
    for op in operands {
        items.push((op.natural_dtype()?, op.value()));
    }
    let (mut max_scalar, mut max_array, mut all_scalars) = (None, None, true);
    for (d, value) in &items {
        let c = Some(category(d));
        if value.is_some() {
            max_scalar = max_scalar.max(c);
        } else {
            max_array = max_array.max(c);
            all_scalars = false;
        }
    }
    let use_values = !all_scalars && max_array >= max_scalar;
    let mut acc: Option<(DType, bool)> = None;
    for (d, value) in items {
        let (d, small) = match value {
            Some(v) if use_values && d.is_numeric() => match min_scalar(v)? {
                Some((t, small)) => (DType::native(t), small),
                None => (d, false),
            },
            _ => (d, false),
        };
        acc = Some(match acc {
            None => (d, small),
            Some((r, r_small)) => (promote_small(&d, &r, small, r_small)?, small && r_small),
        });
    }
    match acc {
        Some((d, _)) => Ok(super::types::canonical(&d)),
        None => Err(crate::error::Error::Type(
            "no arrays or types available to calculate result type".to_string(),
        )),
    }
}

/// NumPy 1.x `linear_search_type_resolver`: the first loop type every operand casts to
/// safely, where a scalar casts by its value (or the signed twin of a small unsigned value)
/// whenever it would in [`value_based`]. Used by NumPy 1.x for `true_divide` (non-integer
/// inputs), `floor_divide`, `remainder` and `power`, so `uint8 // 256` is int16 although
/// `uint8 + 256` is uint16.
pub(crate) fn loop_search(
    operands: &[Operand],
    loops: impl Iterator<Item = ScalarType>,
) -> Result<Option<ScalarType>> {
    let mut items = Vec::with_capacity(operands.len());
    for op in operands {
        items.push((op.natural_dtype()?, op.value()));
    }
    let (mut max_scalar, mut max_array, mut all_scalars) = (None, None, true);
    for (d, value) in &items {
        let c = Some(category(d));
        if value.is_some() {
            max_scalar = max_scalar.max(c);
        } else {
            max_array = max_array.max(c);
            all_scalars = false;
        }
    }
    let use_values = !all_scalars && max_array >= max_scalar;
    let mut casts = Vec::with_capacity(items.len());
    for (d, value) in &items {
        let Some(t) = d.scalar_type() else {
            return Ok(None);
        };
        casts.push(match value {
            Some(v) if use_values => min_scalar(v)?.unwrap_or((t, false)),
            _ => (t, false),
        });
    }
    let fits = |&(t, small): &(ScalarType, bool), to: ScalarType| {
        super::safe_numeric(t, to) || (small && super::safe_numeric(signed_of(t), to))
    };
    Ok(loops
        .into_iter()
        .find(|&to| casts.iter().all(|c| fits(c, to))))
}
