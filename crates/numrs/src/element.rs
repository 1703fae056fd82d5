//! The native element types, sealed: the only Rust types numrs reads from or writes to buffers.
//!
//! [`crate::dispatch_numeric!`] turns a runtime [`ScalarType`] into one of these types at compile
//! time, so every kernel is written once, generically, and instantiated per type.

use crate::dtype::ScalarType;
use crate::scalar::Scalar;
use half::f16;
use num_complex::{Complex32, Complex64};

mod sealed {
    pub trait Sealed {}
}

/// NumPy's bool as stored: one byte, any non-zero value is true. Reading bytes of another
/// dtype as `bool` would be undefined behaviour in Rust, so kernels read this instead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct Bool8(pub u8);

/// A plain-old-data element type. Every bit pattern of `size_of::<Self>()` bytes is a valid value.
///
/// ```
/// use numrs::element::Element;
/// assert_eq!(0x0102u16.byte_swap(), 0x0201);
/// assert_eq!(<i16 as Element>::from_i128_wrapping(70000), 4464);
/// ```
pub trait Element:
    Copy + Send + Sync + PartialEq + Default + std::fmt::Debug + 'static + sealed::Sealed
{
    /// The dtype this Rust type stores.
    const TYPE: ScalarType;
    /// Reverses the byte order.
    fn byte_swap(self) -> Self;
    /// The value as a typed [`Scalar`].
    fn to_scalar(self) -> Scalar;
    /// Integer conversion with two's-complement wrap-around (C's behaviour for integers).
    fn from_i128_wrapping(v: i128) -> Self;
    /// Float conversion as NumPy's cast does it on x86-64.
    fn from_f64(v: f64) -> Self;
    /// Conversion from a float16 value (as [`Element::from_f64`] except where NumPy's
    /// float16 cast loops differ).
    #[inline(always)]
    fn from_half(v: f64) -> Self {
        Self::from_f64(v)
    }
    /// Complex conversion; non-complex types keep the real part.
    fn from_complex(v: Complex64) -> Self;
    /// NumPy's `+` for this type (wrapping for integers, logical or for bool).
    fn add(self, other: Self) -> Self;
    /// NumPy's `*` for this type (wrapping for integers, logical and for bool).
    fn mul(self, other: Self) -> Self;
    /// Decodes one item from exactly `size_of::<Self>()` bytes in native order (`None` if
    /// the slice has another length).
    fn from_ne_slice(bytes: &[u8]) -> Option<Self>;
    /// Encodes the item in native order into exactly `size_of::<Self>()` bytes.
    fn write_ne_slice(self, out: &mut [u8]) -> Option<()>;
    /// The value in its widest exact form, for casts.
    fn cast_source(self) -> CastSource;
    /// NumPy's unsafe cast from any numeric value (C semantics on x86-64).
    #[inline(always)]
    fn from_cast_source(src: CastSource) -> Self {
        match src {
            CastSource::Int(v) => Self::from_i128_wrapping(v),
            CastSource::Float(v) => Self::from_f64(v),
            CastSource::Half(v) => Self::from_half(v),
            CastSource::Complex(v) => Self::from_complex(v),
        }
    }
    /// [`Element::from_cast_source`], plus the floating-point exceptions NumPy's x86-64 cast
    /// loop raises for this value ([`FPE_OVERFLOW`], [`FPE_INVALID`]; 0 for none).
    ///
    /// ```
    /// use numrs::element::{CastSource, Element, FPE_INVALID};
    /// assert_eq!(i8::from_cast_source_fpe(CastSource::Float(f64::NAN)), (0, FPE_INVALID));
    /// assert_eq!(i8::from_cast_source_fpe(CastSource::Float(300.0)), (44, 0));
    /// ```
    #[inline(always)]
    fn from_cast_source_fpe(src: CastSource) -> (Self, u8) {
        (Self::from_cast_source(src), 0)
    }
    /// Zero of this type.
    fn zero() -> Self {
        Self::default()
    }
}

/// A bit of [`Element::from_cast_source_fpe`]'s report: a finite value became infinite
/// (NumPy: `RuntimeWarning: overflow encountered in cast`).
pub const FPE_OVERFLOW: u8 = 1;
/// A bit of [`Element::from_cast_source_fpe`]'s report: NaN, infinity or a value outside the
/// conversion instruction's range went to an integer (NumPy: `RuntimeWarning: invalid value
/// encountered in cast`).
pub const FPE_INVALID: u8 = 2;
/// A bit of [`Element::from_cast_source_fpe`]'s report: a float narrowed to a value below the
/// target's smallest normal, inexactly (NumPy 2's array casts: `underflow encountered in
/// cast`, ignored by default; its scalar conversions do not report it).
pub const FPE_UNDERFLOW: u8 = 4;

/// Whether `x` narrowed to `r` (a type whose smallest normal is `min_normal`) underflowed as
/// the x86-64 conversion instruction reports it: tiny after rounding, and inexact.
#[inline(always)]
fn narrowing_underflow(x: f64, r: f64, min_normal: f64) -> bool {
    r.abs() < min_normal && r != x
}

/// x86-64's `cvttsd2si` (32-bit form): truncation, and the "integer indefinite" value
/// `i32::MIN` for NaN or out-of-range input, which raises the invalid-operation flag (`true`).
#[inline(always)]
fn cvt32(v: f64) -> (i32, bool) {
    let ok = v > -2_147_483_649.0 && v < 2_147_483_648.0;
    (if ok { v as i32 } else { i32::MIN }, !ok)
}

/// x86-64's `cvttsd2si` (64-bit form).
#[inline(always)]
fn cvt64(v: f64) -> (i64, bool) {
    let ok = (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&v);
    (if ok { v as i64 } else { i64::MIN }, !ok)
}

/// Float-to-integer conversion as NumPy's compiled C casts behave on x86-64 (verified against
/// NumPy 2.4.6): types narrower than 32 bits truncate the 32-bit conversion; unsigned 32/64-bit
/// targets subtract 2^31/2^63 first for large values and flip the top bit back. Each returns
/// the value and whether the conversion raised the invalid-operation flag.
///
/// float/complex -> uint32 follows NumPy's contiguous (vectorized) loop, values and warnings:
/// NumPy's scalar loop (strided or tail items) uses a 64-bit conversion there instead, so for
/// inputs outside uint32's range a strided NumPy cast can differ.
mod float_to_int {
    use super::{cvt32, cvt64};
    #[inline(always)]
    pub fn i8(v: f64) -> (i8, bool) {
        let (r, bad) = cvt32(v);
        (r as i8, bad)
    }
    #[inline(always)]
    pub fn i16(v: f64) -> (i16, bool) {
        let (r, bad) = cvt32(v);
        (r as i16, bad)
    }
    #[inline(always)]
    pub fn u8(v: f64) -> (u8, bool) {
        let (r, bad) = cvt32(v);
        (r as u8, bad)
    }
    #[inline(always)]
    pub fn u16(v: f64) -> (u16, bool) {
        let (r, bad) = cvt32(v);
        (r as u16, bad)
    }
    #[inline(always)]
    pub fn i32(v: f64) -> (i32, bool) {
        cvt32(v)
    }
    #[inline(always)]
    pub fn i64(v: f64) -> (i64, bool) {
        cvt64(v)
    }
    #[inline(always)]
    pub fn u32(v: f64) -> (u32, bool) {
        if v >= 2_147_483_648.0 {
            let (r, bad) = cvt32(v - 2_147_483_648.0);
            ((r as u32) ^ 0x8000_0000, bad)
        } else {
            let (r, bad) = cvt32(v);
            (r as u32, bad)
        }
    }
    /// float16 sources take NumPy's scalar (non-vectorized) path: a 64-bit conversion,
    /// truncated.
    #[inline(always)]
    pub fn u32_from_half(v: f64) -> (u32, bool) {
        let (r, bad) = cvt64(v);
        (r as u32, bad)
    }
    #[inline(always)]
    pub fn u64(v: f64) -> (u64, bool) {
        if v >= 9_223_372_036_854_775_808.0 {
            let (r, bad) = cvt64(v - 9_223_372_036_854_775_808.0);
            ((r as u64) ^ (1 << 63), bad)
        } else {
            let (r, bad) = cvt64(v);
            (r as u64, bad)
        }
    }
}

/// A value on its way through a numeric cast: the widest exact form of its kind.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CastSource {
    /// Bool and integers.
    Int(i128),
    /// float32/64 (exact in f64).
    Float(f64),
    /// float16 (exact in f64); casts from it to integers follow NumPy's scalar path.
    Half(f64),
    /// complex64/128 (exact in Complex64).
    Complex(Complex64),
}

macro_rules! int_element {
    ($($t:ident => $st:ident, $sv:ident;)*) => {$(
        impl sealed::Sealed for $t {}
        impl Element for $t {
            const TYPE: ScalarType = ScalarType::$st;
            fn byte_swap(self) -> Self { self.swap_bytes() }
            fn to_scalar(self) -> Scalar { Scalar::$sv(self) }
            fn from_i128_wrapping(v: i128) -> Self { v as $t }
            fn from_f64(v: f64) -> Self { float_to_int::$t(v).0 }
            fn from_half(v: f64) -> Self { Self::from_half_fpe(v).0 }
            #[inline(always)]
            fn from_cast_source_fpe(src: CastSource) -> (Self, u8) {
                let (r, bad) = match src {
                    CastSource::Int(v) => return (Self::from_i128_wrapping(v), 0),
                    CastSource::Float(v) => float_to_int::$t(v),
                    CastSource::Half(v) => Self::from_half_fpe(v),
                    CastSource::Complex(v) => float_to_int::$t(v.re),
                };
                (r, if bad { FPE_INVALID } else { 0 })
            }
            fn cast_source(self) -> CastSource { CastSource::Int(self as i128) }
            fn from_complex(v: Complex64) -> Self { Self::from_f64(v.re) }
            fn add(self, other: Self) -> Self { self.wrapping_add(other) }
            fn mul(self, other: Self) -> Self { self.wrapping_mul(other) }
            fn from_ne_slice(bytes: &[u8]) -> Option<Self> { Some(<$t>::from_ne_bytes(bytes.try_into().ok()?)) }
            fn write_ne_slice(self, out: &mut [u8]) -> Option<()> {
                out.get_mut(..std::mem::size_of::<$t>())?.copy_from_slice(&self.to_ne_bytes());
                (out.len() == std::mem::size_of::<$t>()).then_some(())
            }
        }
    )*};
}

/// Float16 sources' conversion to integer types (see `float_to_int::u32_from_half`).
trait FromHalf: Sized {
    fn from_half_fpe(v: f64) -> (Self, bool);
}

macro_rules! from_half {
    ($($t:ident),*) => {$(
        impl FromHalf for $t {
            #[inline(always)]
            fn from_half_fpe(v: f64) -> (Self, bool) {
                if <$t as Element>::TYPE == ScalarType::UInt32 {
                    let (r, bad) = float_to_int::u32_from_half(v);
                    (r as $t, bad)
                } else {
                    float_to_int::$t(v)
                }
            }
        }
    )*};
}

from_half!(i8, i16, i32, i64, u8, u16, u32, u64);

int_element! {
    i8 => Int8, I8;
    i16 => Int16, I16;
    i32 => Int32, I32;
    i64 => Int64, I64;
    u8 => UInt8, U8;
    u16 => UInt16, U16;
    u32 => UInt32, U32;
    u64 => UInt64, U64;
}

impl sealed::Sealed for Bool8 {}
impl Element for Bool8 {
    const TYPE: ScalarType = ScalarType::Bool;
    fn byte_swap(self) -> Self {
        self
    }
    fn to_scalar(self) -> Scalar {
        Scalar::Bool(self.0 != 0)
    }
    fn from_i128_wrapping(v: i128) -> Self {
        Bool8((v != 0) as u8)
    }
    fn from_f64(v: f64) -> Self {
        Bool8((v != 0.0) as u8)
    }
    fn cast_source(self) -> CastSource {
        CastSource::Int((self.0 != 0) as i128)
    }
    fn from_complex(v: Complex64) -> Self {
        Bool8((v.re != 0.0 || v.im != 0.0) as u8)
    }
    fn add(self, other: Self) -> Self {
        Bool8((self.0 != 0 || other.0 != 0) as u8)
    }
    fn mul(self, other: Self) -> Self {
        Bool8((self.0 != 0 && other.0 != 0) as u8)
    }
    fn from_ne_slice(bytes: &[u8]) -> Option<Self> {
        match bytes {
            [b] => Some(Bool8(*b)),
            _ => None,
        }
    }
    fn write_ne_slice(self, out: &mut [u8]) -> Option<()> {
        match out {
            [b] => {
                *b = self.0;
                Some(())
            }
            _ => None,
        }
    }
}

macro_rules! float_element {
    ($($t:ty => $st:ident, $sv:ident, $bits:ty, $from:expr, $from_int:expr, $to64:expr;)*) => {$(
        impl sealed::Sealed for $t {}
        impl Element for $t {
            const TYPE: ScalarType = ScalarType::$st;
            fn byte_swap(self) -> Self { <$t>::from_bits(self.to_bits().swap_bytes()) }
            fn to_scalar(self) -> Scalar { Scalar::$sv(self) }
            fn from_i128_wrapping(v: i128) -> Self { ($from_int)(v) }
            fn from_f64(v: f64) -> Self { ($from)(v) }
            #[inline(always)]
            fn from_cast_source_fpe(src: CastSource) -> (Self, u8) {
                let (v, finite, x) = match src {
                    CastSource::Int(v) => (Self::from_i128_wrapping(v), true, None),
                    CastSource::Float(v) | CastSource::Half(v) => (Self::from_f64(v), v.is_finite(), Some(v)),
                    CastSource::Complex(c) => (Self::from_f64(c.re), c.re.is_finite(), Some(c.re)),
                };
                let over = if finite && v.is_infinite() { FPE_OVERFLOW } else { 0 };
                // Only a narrowing float conversion can underflow.
                let under = match x {
                    Some(x) if Self::TYPE != ScalarType::Float64
                        && narrowing_underflow(x, ($to64)(v), ($to64)(<$t>::MIN_POSITIVE)) => FPE_UNDERFLOW,
                    _ => 0,
                };
                (v, over | under)
            }
            fn cast_source(self) -> CastSource {
                if Self::TYPE == ScalarType::Float16 { CastSource::Half(($to64)(self)) } else { CastSource::Float(($to64)(self)) }
            }
            fn from_complex(v: Complex64) -> Self { ($from)(v.re) }
            fn add(self, other: Self) -> Self { self + other }
            fn mul(self, other: Self) -> Self { self * other }
            fn from_ne_slice(bytes: &[u8]) -> Option<Self> { Some(<$t>::from_bits(<$bits>::from_ne_bytes(bytes.try_into().ok()?))) }
            fn write_ne_slice(self, out: &mut [u8]) -> Option<()> {
                if out.len() != std::mem::size_of::<$bits>() { return None; }
                out.copy_from_slice(&self.to_bits().to_ne_bytes());
                Some(())
            }
        }
    )*};
}

float_element! {
    f16 => Float16, F16, u16, f16::from_f64, |v: i128| f16::from_f32(v as f32), |v: f16| v.to_f64();
    f32 => Float32, F32, u32, |v: f64| v as f32, |v: i128| v as f32, |v: f32| v as f64;
    f64 => Float64, F64, u64, |v: f64| v, |v: i128| v as f64, |v: f64| v;
}

macro_rules! complex_element {
    ($($t:ty => $st:ident, $sv:ident, $f:ty;)*) => {$(
        impl sealed::Sealed for $t {}
        impl Element for $t {
            const TYPE: ScalarType = ScalarType::$st;
            fn byte_swap(self) -> Self { <$t>::new(self.re.byte_swap(), self.im.byte_swap()) }
            fn to_scalar(self) -> Scalar { Scalar::$sv(self) }
            fn from_i128_wrapping(v: i128) -> Self { <$t>::new(v as $f, 0.0) }
            fn cast_source(self) -> CastSource { CastSource::Complex(Complex64::new(self.re as f64, self.im as f64)) }
            fn from_f64(v: f64) -> Self { <$t>::new(v as $f, 0.0) }
            fn from_complex(v: Complex64) -> Self { <$t>::new(v.re as $f, v.im as $f) }
            #[inline(always)]
            fn from_cast_source_fpe(src: CastSource) -> (Self, u8) {
                let (v, re_finite, im_finite) = match src {
                    CastSource::Int(v) => (Self::from_i128_wrapping(v), true, true),
                    CastSource::Float(v) | CastSource::Half(v) => (Self::from_f64(v), v.is_finite(), true),
                    CastSource::Complex(c) => (Self::from_complex(c), c.re.is_finite(), c.im.is_finite()),
                };
                let over = (re_finite && v.re.is_infinite()) || (im_finite && v.im.is_infinite());
                let under = match src {
                    CastSource::Complex(c) if Self::TYPE == ScalarType::Complex64 => {
                        let min = <$f>::MIN_POSITIVE as f64;
                        narrowing_underflow(c.re, v.re as f64, min) || narrowing_underflow(c.im, v.im as f64, min)
                    }
                    CastSource::Float(x) | CastSource::Half(x) if Self::TYPE == ScalarType::Complex64 => {
                        narrowing_underflow(x, v.re as f64, <$f>::MIN_POSITIVE as f64)
                    }
                    _ => false,
                };
                (v, if over { FPE_OVERFLOW } else { 0 } | if under { FPE_UNDERFLOW } else { 0 })
            }
            fn add(self, other: Self) -> Self { self + other }
            fn mul(self, other: Self) -> Self { self * other }
            fn from_ne_slice(bytes: &[u8]) -> Option<Self> {
                let half = bytes.len() / 2;
                if bytes.len() != 2 * std::mem::size_of::<$f>() { return None; }
                Some(<$t>::new(<$f>::from_ne_slice(&bytes[..half])?, <$f>::from_ne_slice(&bytes[half..])?))
            }
            fn write_ne_slice(self, out: &mut [u8]) -> Option<()> {
                if out.len() != 2 * std::mem::size_of::<$f>() { return None; }
                let (re, im) = out.split_at_mut(std::mem::size_of::<$f>());
                self.re.write_ne_slice(re)?;
                self.im.write_ne_slice(im)
            }
        }
    )*};
}

complex_element! {
    Complex32 => Complex64, C64, f32;
    Complex64 => Complex128, C128, f64;
}

/// Runs `$body` with `$T` bound to the Rust element type of a runtime [`ScalarType`].
///
/// This is the one place a dtype becomes a compile-time type.
///
/// ```
/// use numrs::dtype::ScalarType;
/// let size = numrs::dispatch_numeric!(ScalarType::Complex64, T => std::mem::size_of::<T>());
/// assert_eq!(size, 8);
/// ```
#[macro_export]
macro_rules! dispatch_numeric {
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
                type $T = $crate::half::f16;
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
                type $T = $crate::num_complex::Complex32;
                $body
            }
            __St::Complex128 => {
                type $T = $crate::num_complex::Complex64;
                $body
            }
        }
    }};
}
