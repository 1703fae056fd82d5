//! Item conversions with NumPy's C-cast semantics on x86-64, and NumPy's rules for turning a
//! Python `initial=` value into the loop's dtype.
//!
//! A value is first taken apart into [`Parts`] (an integer, a float of its own width, or a
//! complex pair) and then assembled into the target type. Both steps are generic and inline,
//! so a conversion between two fixed types compiles to the single operation it needs.

use crate::dtype::ScalarType;
use crate::element::{Bool8, Element};
use crate::error::{Error, Result};
use crate::promote::PromotionMode;
use crate::scalar::Scalar;
use half::f16;
use num_complex::{Complex32, Complex64};

/// A value taken apart for conversion.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Parts {
    /// bool and signed integers.
    Int(i64),
    /// unsigned integers.
    UInt(u64),
    /// float16, float32 and float64 (each exactly representable in f64).
    Float(f64),
    /// complex64 and complex128: real and imaginary parts.
    Complex(f64, f64),
}

/// An element type that converts to and from [`Parts`] as NumPy's casts do.
pub(crate) trait Cast: Element {
    /// The value taken apart.
    fn parts(self) -> Parts;
    /// The value NumPy's cast produces from `p`.
    fn from_parts(p: Parts) -> Self;
}

/// 2**63 as a float.
const TWO_63: f64 = (1u64 << 63) as f64;

/// x86-64 `cvttsd2si` with a 64-bit destination: truncation, `i64::MIN` when out of range.
#[inline]
pub(crate) fn trunc_i64(v: f64) -> i64 {
    if (-TWO_63..TWO_63).contains(&v) {
        v as i64
    } else {
        i64::MIN
    }
}

/// x86-64 `cvttsd2si` with a 32-bit destination.
#[inline]
fn trunc_i32(v: f64) -> i32 {
    if v > -2_147_483_649.0 && v < 2_147_483_648.0 {
        v as i32
    } else {
        i32::MIN
    }
}

/// GCC's double -> uint64 sequence on x86-64.
#[inline]
fn trunc_u64(v: f64) -> u64 {
    if v >= TWO_63 {
        (trunc_i64(v - TWO_63) as u64) ^ (1 << 63)
    } else {
        trunc_i64(v) as u64
    }
}

macro_rules! cast_int {
    ($($t:ty => $variant:ident, $from_float:expr;)*) => {$(
        impl Cast for $t {
            #[inline]
            fn parts(self) -> Parts {
                Parts::$variant(self as _)
            }
            #[inline]
            fn from_parts(p: Parts) -> $t {
                match p {
                    Parts::Int(v) => v as $t,
                    Parts::UInt(v) => v as $t,
                    Parts::Float(v) | Parts::Complex(v, _) => ($from_float)(v),
                }
            }
        }
    )*};
}

cast_int! {
    i8 => Int, |v: f64| trunc_i32(v) as i8;
    i16 => Int, |v: f64| trunc_i32(v) as i16;
    i32 => Int, trunc_i32;
    i64 => Int, trunc_i64;
    u8 => UInt, |v: f64| trunc_i32(v) as u8;
    u16 => UInt, |v: f64| trunc_i32(v) as u16;
    u32 => UInt, |v: f64| trunc_i64(v) as u32;
    u64 => UInt, trunc_u64;
}

impl Cast for Bool8 {
    #[inline]
    fn parts(self) -> Parts {
        Parts::Int(i64::from(self.0 != 0))
    }
    #[inline]
    fn from_parts(p: Parts) -> Bool8 {
        Bool8(u8::from(match p {
            Parts::Int(v) => v != 0,
            Parts::UInt(v) => v != 0,
            Parts::Float(v) => v != 0.0,
            Parts::Complex(re, im) => re != 0.0 || im != 0.0,
        }))
    }
}

impl Cast for f64 {
    #[inline]
    fn parts(self) -> Parts {
        Parts::Float(self)
    }
    #[inline]
    fn from_parts(p: Parts) -> f64 {
        match p {
            Parts::Int(v) => v as f64,
            Parts::UInt(v) => v as f64,
            Parts::Float(v) | Parts::Complex(v, _) => v,
        }
    }
}

impl Cast for f32 {
    #[inline]
    fn parts(self) -> Parts {
        Parts::Float(f64::from(self))
    }
    #[inline]
    fn from_parts(p: Parts) -> f32 {
        match p {
            Parts::Int(v) => v as f32,
            Parts::UInt(v) => v as f32,
            Parts::Float(v) | Parts::Complex(v, _) => v as f32,
        }
    }
}

impl Cast for f16 {
    #[inline]
    fn parts(self) -> Parts {
        Parts::Float(self.to_f64())
    }
    #[inline]
    fn from_parts(p: Parts) -> f16 {
        match p {
            // Integers go through float32, which holds every value float16 can round to.
            Parts::Int(v) => f16::from_f32(v as f32),
            Parts::UInt(v) => f16::from_f32(v as f32),
            Parts::Float(v) | Parts::Complex(v, _) => f16::from_f64(v),
        }
    }
}

impl Cast for Complex64 {
    #[inline]
    fn parts(self) -> Parts {
        Parts::Complex(self.re, self.im)
    }
    #[inline]
    fn from_parts(p: Parts) -> Complex64 {
        match p {
            Parts::Complex(re, im) => Complex64::new(re, im),
            other => Complex64::new(f64::from_parts(other), 0.0),
        }
    }
}

impl Cast for Complex32 {
    #[inline]
    fn parts(self) -> Parts {
        Parts::Complex(f64::from(self.re), f64::from(self.im))
    }
    #[inline]
    fn from_parts(p: Parts) -> Complex32 {
        match p {
            Parts::Complex(re, im) => Complex32::new(re as f32, im as f32),
            other => Complex32::new(f32::from_parts(other), 0.0),
        }
    }
}

/// `v` converted from `S` to `D` as NumPy's cast does.
#[inline]
pub(crate) fn cast<S: Cast, D: Cast>(v: S) -> D {
    D::from_parts(v.parts())
}

/// The parts of a numeric scalar (typed or a Python literal).
pub(crate) fn scalar_parts(s: &Scalar) -> Result<Parts> {
    Ok(match *s {
        Scalar::Bool(b) => Parts::Int(i64::from(b)),
        Scalar::I8(v) => Parts::Int(v.into()),
        Scalar::I16(v) => Parts::Int(v.into()),
        Scalar::I32(v) => Parts::Int(v.into()),
        Scalar::I64(v) => Parts::Int(v),
        Scalar::U8(v) => Parts::UInt(v.into()),
        Scalar::U16(v) => Parts::UInt(v.into()),
        Scalar::U32(v) => Parts::UInt(v.into()),
        Scalar::U64(v) => Parts::UInt(v),
        Scalar::F16(v) => Parts::Float(v.to_f64()),
        Scalar::F32(v) => Parts::Float(v.into()),
        Scalar::F64(v) | Scalar::Float(v) => Parts::Float(v),
        Scalar::C64(v) => Parts::Complex(v.re.into(), v.im.into()),
        Scalar::C128(v) | Scalar::Complex(v) => Parts::Complex(v.re, v.im),
        Scalar::Int(v) => match i64::try_from(v) {
            Ok(i) => Parts::Int(i),
            Err(_) => match u64::try_from(v) {
                Ok(u) => Parts::UInt(u),
                Err(_) => return Err(Error::ValueOverflow("int too big to convert".into())),
            },
        },
        _ => {
            return Err(Error::Type(format!(
                "cannot use {} as a numeric value",
                s.dtype()
            )))
        }
    })
}

/// Converts `initial=` to the loop's element type as NumPy stores a Python object into an
/// array item (`PyArray_Pack`): NumPy 2 range-checks Python ints and refuses NaN, infinities
/// and complex values for integers (and complex values for floats); NumPy 1.x casts them.
pub(crate) fn pack_initial<D: Cast>(value: &Scalar, mode: PromotionMode) -> Result<D> {
    let target = D::TYPE;
    let info = target.info();
    let integer = matches!(info.kind, 'i' | 'u');
    if mode == PromotionMode::Legacy || !value.is_weak() && !matches!(value, Scalar::Bool(_)) {
        if let Scalar::Int(v) = *value {
            // NumPy 1.x wraps Python ints that fit 64 bits (with a DeprecationWarning).
            if i64::try_from(v).is_err() && u64::try_from(v).is_err() {
                return Err(Error::ValueOverflow("int too big to convert".into()));
            }
            return Ok(D::from_parts(if v < 0 {
                Parts::Int(v as i64)
            } else {
                Parts::UInt(v as u64)
            }));
        }
        return Ok(D::from_parts(scalar_parts(value)?));
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
            Ok(D::from_parts(if v < 0 {
                Parts::Int(v as i64)
            } else {
                Parts::UInt(v as u64)
            }))
        }
        Scalar::Int(v) => Ok(D::from_parts(Parts::Float(v as f64))),
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
        _ => Ok(D::from_parts(scalar_parts(value)?)),
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

/// Runs `$body` with `$T` bound to the element type of a numeric [`ScalarType`], for code
/// that needs [`Cast`] (the crate-wide dispatch macro only promises [`Element`]).
macro_rules! dispatch_cast {
    ($ty:expr, $T:ident => $body:expr) => {{
        use $crate::dtype::ScalarType as __St;
        match $ty {
            __St::Bool => {
                type $T = $crate::element::Bool8;
                $body
            }
            __St::Int8 => {
                type $T = i8;
                $body
            }
            __St::UInt8 => {
                type $T = u8;
                $body
            }
            __St::Int16 => {
                type $T = i16;
                $body
            }
            __St::UInt16 => {
                type $T = u16;
                $body
            }
            __St::Int32 => {
                type $T = i32;
                $body
            }
            __St::UInt32 => {
                type $T = u32;
                $body
            }
            __St::Int64 => {
                type $T = i64;
                $body
            }
            __St::UInt64 => {
                type $T = u64;
                $body
            }
            __St::Float16 => {
                type $T = half::f16;
                $body
            }
            __St::Float32 => {
                type $T = f32;
                $body
            }
            __St::Float64 => {
                type $T = f64;
                $body
            }
            __St::Complex64 => {
                type $T = num_complex::Complex32;
                $body
            }
            __St::Complex128 => {
                type $T = num_complex::Complex64;
                $body
            }
        }
    }};
}
pub(crate) use dispatch_cast;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x86_float_to_int() {
        assert_eq!(cast::<f64, i64>(f64::NAN), i64::MIN);
        assert_eq!(cast::<f64, u64>(f64::INFINITY), 0);
        assert_eq!(cast::<f64, u64>(f64::NAN), 1 << 63);
        assert_eq!(cast::<f64, i32>(f64::NAN), i32::MIN);
        assert_eq!(cast::<f64, i8>(-1.5), -1);
        assert_eq!(cast::<f64, u8>(300.0), 44);
        assert_eq!(cast::<i64, f32>(16_777_217), 16_777_216.0);
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
        assert!(pack_initial::<f64>(&Scalar::Complex(Complex64::new(0.0, 1.0)), weak).is_err());
    }
}
