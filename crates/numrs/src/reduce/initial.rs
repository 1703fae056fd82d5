//! NumPy's rules for turning a Python `initial=` value into the loop's dtype (`PyArray_Pack`).
//!
//! The numeric conversions themselves are [`crate::element`]'s casts; what is particular here is
//! which of NumPy's two float-to-integer conversions a scalar takes (the scalar C one, see
//! [`scalar_source`]) and NumPy 2's range checks.

use crate::dtype::ScalarType;
use crate::element::{CastSource, Element};
use crate::error::{Error, Result};
use crate::promote::PromotionMode;
use crate::scalar::Scalar;

/// The cast source of a numeric scalar for a store into an item of type `target`.
///
/// NumPy stores a scalar item by item with C casts, not with its vectorized cast loops; the
/// two differ for out-of-range floats into `uint32` (`np.float64(5e9)` stores 705032704, while
/// a contiguous `astype` gives 0). [`CastSource::Half`] selects that scalar conversion for
/// every float, and a complex value stores its real part the same way (all of its value only
/// for bool and complex targets).
pub(crate) fn scalar_source(s: &Scalar, target: ScalarType) -> Result<CastSource> {
    let complex_or_bool = matches!(
        target,
        ScalarType::Bool | ScalarType::Complex64 | ScalarType::Complex128
    );
    let complex = |c: num_complex::Complex64| {
        if complex_or_bool {
            CastSource::Complex(c)
        } else {
            CastSource::Half(c.re)
        }
    };
    Ok(match *s {
        Scalar::Bool(b) => CastSource::Int(i128::from(b)),
        Scalar::I8(v) => CastSource::Int(v.into()),
        Scalar::I16(v) => CastSource::Int(v.into()),
        Scalar::I32(v) => CastSource::Int(v.into()),
        Scalar::I64(v) => CastSource::Int(v.into()),
        Scalar::U8(v) => CastSource::Int(v.into()),
        Scalar::U16(v) => CastSource::Int(v.into()),
        Scalar::U32(v) => CastSource::Int(v.into()),
        Scalar::U64(v) => CastSource::Int(v.into()),
        Scalar::F16(v) => CastSource::Half(v.to_f64()),
        Scalar::F32(v) => CastSource::Half(v.into()),
        Scalar::F64(v) | Scalar::Float(v) => CastSource::Half(v),
        Scalar::C64(v) => complex(num_complex::Complex64::new(v.re.into(), v.im.into())),
        Scalar::C128(v) | Scalar::Complex(v) => complex(v),
        Scalar::Int(v) => {
            if i64::try_from(v).is_err() && u64::try_from(v).is_err() {
                return Err(Error::ValueOverflow("int too big to convert".into()));
            }
            CastSource::Int(v)
        }
        _ => {
            return Err(Error::Type(format!(
                "cannot use {} as a numeric value",
                s.dtype()
            )))
        }
    })
}

/// `value` stored into an item of type `D` with NumPy's scalar C casts.
fn store<D: Element>(value: &Scalar) -> Result<D> {
    Ok(D::from_cast_source(scalar_source(value, D::TYPE)?))
}

/// Converts `initial=` to the loop's element type as NumPy stores a Python object into an
/// array item (`PyArray_Pack`): NumPy 2 range-checks Python ints and refuses NaN, infinities
/// and complex values for integers (and complex values for floats); NumPy 1.x casts them.
pub(crate) fn pack_initial<D: Element>(value: &Scalar, mode: PromotionMode) -> Result<D> {
    let target = D::TYPE;
    let info = target.info();
    let integer = matches!(info.kind, 'i' | 'u');
    if mode == PromotionMode::Legacy || !value.is_weak() && !matches!(value, Scalar::Bool(_)) {
        // NumPy 1.x wraps Python ints that fit 64 bits (with a DeprecationWarning).
        return store::<D>(value);
    }
    match *value {
        Scalar::Int(v) if integer => {
            let (lo, hi) = int_range(target);
            if v < i128::from(i64::MIN) || v > i128::from(u64::MAX) {
                return Err(Error::ValueOverflow(
                    "Python int too large to convert to C long".into(),
                ));
            }
            if v < lo || v > hi {
                return Err(Error::ValueOverflow(format!(
                    "Python integer {v} out of bounds for {}",
                    info.name
                )));
            }
            Ok(D::from_i128_wrapping(v))
        }
        Scalar::Int(v) => store::<D>(&Scalar::Float(v as f64)),
        Scalar::Float(f) if integer => {
            if f.is_nan() {
                return Err(Error::Value("cannot convert float NaN to integer".into()));
            }
            if f.is_infinite() {
                return Err(Error::ValueOverflow(
                    "cannot convert float infinity to integer".into(),
                ));
            }
            pack_initial::<D>(&Scalar::Int(f.trunc() as i128), mode)
        }
        Scalar::Complex(_) if integer => Err(Error::Type(
            "int() argument must be a string, a bytes-like object or a real number, not 'complex'"
                .into(),
        )),
        Scalar::Complex(_) if info.kind == 'f' => Err(Error::Type(
            "float() argument must be a string or a real number, not 'complex'".into(),
        )),
        _ => store::<D>(value),
    }
}

/// The values of an integer type as Python ints.
fn int_range(t: ScalarType) -> (i128, i128) {
    use ScalarType as T;
    match t {
        T::Int8 => (i8::MIN.into(), i8::MAX.into()),
        T::Int16 => (i16::MIN.into(), i16::MAX.into()),
        T::Int32 => (i32::MIN.into(), i32::MAX.into()),
        T::Int64 => (i64::MIN.into(), i64::MAX.into()),
        T::UInt8 => (0, u8::MAX.into()),
        T::UInt16 => (0, u16::MAX.into()),
        T::UInt32 => (0, u32::MAX.into()),
        T::UInt64 => (0, u64::MAX.into()),
        _ => (i128::MIN, i128::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_store_with_c_casts() {
        let legacy = PromotionMode::Legacy;
        // NumPy 2.4.6 and 1.23.5: np.add.reduce(np.zeros(1, np.uint32), dtype=np.uint32,
        // initial=np.float64(5e9)) == 705032704; the same with initial=np.float64(-3e9).
        assert_eq!(
            pack_initial::<u32>(&Scalar::F64(5e9), legacy).unwrap(),
            705_032_704
        );
        assert_eq!(
            pack_initial::<u32>(&Scalar::F64(-3e9), PromotionMode::Weak).unwrap(),
            1_294_967_296
        );
        let c = num_complex::Complex64::new(5e9, 1.0);
        assert_eq!(
            pack_initial::<u32>(&Scalar::C128(c), legacy).unwrap(),
            705_032_704
        );
        assert_eq!(
            pack_initial::<i64>(&Scalar::F64(f64::NAN), legacy).unwrap(),
            i64::MIN
        );
    }

    #[test]
    fn initial_rules() {
        let weak = PromotionMode::Weak;
        assert!(pack_initial::<i8>(&Scalar::Int(300), weak).is_err());
        assert_eq!(
            pack_initial::<i8>(&Scalar::Int(300), PromotionMode::Legacy).unwrap(),
            44
        );
        assert_eq!(pack_initial::<i64>(&Scalar::Float(2.5), weak).unwrap(), 2);
        assert!(pack_initial::<f64>(
            &Scalar::Complex(num_complex::Complex64::new(0.0, 1.0)),
            weak
        )
        .is_err());
    }
}
