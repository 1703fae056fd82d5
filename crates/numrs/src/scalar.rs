//! Single values: typed NumPy scalars (`np.int8(6)`) and weak Python literals (`6`, `1.5`).

use crate::dtype::{DType, ScalarType};
use crate::element::{Bool8, CastSource, Element};
use crate::error::{Error, Result};
use half::f16;
use num_complex::{Complex32, Complex64};

/// One value. Typed variants are NumPy scalars and carry their dtype; `Int`, `Float` and
/// `Complex` are Python literals, which NumPy 2 treats as "weak" (they adapt to the array's
/// dtype instead of imposing their own).
///
/// ```
/// use numrs::Scalar;
/// assert_eq!(Scalar::I8(6).repr(), "np.int8(6)");
/// assert_eq!(Scalar::F64(0.1).to_string(), "0.1");
/// assert_eq!(Scalar::from(3u16).dtype(), numrs::DType::UINT16);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar {
    /// `np.bool`
    Bool(bool),
    /// `np.int8`
    I8(i8),
    /// `np.int16`
    I16(i16),
    /// `np.int32`
    I32(i32),
    /// `np.int64`
    I64(i64),
    /// `np.uint8`
    U8(u8),
    /// `np.uint16`
    U16(u16),
    /// `np.uint32`
    U32(u32),
    /// `np.uint64`
    U64(u64),
    /// `np.float16`
    F16(f16),
    /// `np.float32`
    F32(f32),
    /// `np.float64`
    F64(f64),
    /// `np.complex64`
    C64(Complex32),
    /// `np.complex128`
    C128(Complex64),
    /// A Python `int` literal (weak).
    Int(i128),
    /// A Python `float` literal (weak).
    Float(f64),
    /// A Python `complex` literal (weak).
    Complex(Complex64),
    /// `np.bytes_`: the item of an `S` array, trailing NULs removed.
    Bytes(Vec<u8>),
    /// `np.str_`: the item of a `U` array, trailing NULs removed.
    Str(String),
    /// `np.void`: the raw bytes of a `V` or structured item, with its dtype.
    Void(Vec<u8>, DType),
    /// A Python tuple: the value of a record item, field by field (or of a sub-array, item
    /// by item in C order).
    Tuple(Vec<Scalar>),
}

macro_rules! from_native {
    ($($t:ty => $v:ident),*) => {$(
        impl From<$t> for Scalar { fn from(x: $t) -> Scalar { Scalar::$v(x) } }
    )*};
}
from_native!(bool => Bool, i8 => I8, i16 => I16, i32 => I32, i64 => I64, u8 => U8, u16 => U16,
    u32 => U32, u64 => U64, f16 => F16, f32 => F32, f64 => F64, Complex32 => C64,
    Complex64 => C128);

impl Scalar {
    /// The dtype NumPy gives this value on its own (`np.asarray(value).dtype`).
    pub fn dtype(&self) -> DType {
        match self {
            Scalar::Bytes(b) => DType::bytes(b.len()),
            Scalar::Str(s) => DType::unicode(s.chars().count()),
            Scalar::Void(_, d) => d.clone(),
            Scalar::Tuple(_) => DType::void(0),
            _ => DType::native(self.scalar_type()),
        }
    }

    /// True for bool, integer, float and complex values.
    pub fn is_numeric(&self) -> bool {
        !matches!(
            self,
            Scalar::Bytes(_) | Scalar::Str(_) | Scalar::Void(..) | Scalar::Tuple(_)
        )
    }

    /// The scalar type of the value (weak literals report NumPy's defaults).
    pub fn scalar_type(&self) -> ScalarType {
        use ScalarType as T;
        match self {
            Scalar::Bool(_) => T::Bool,
            Scalar::I8(_) => T::Int8,
            Scalar::I16(_) => T::Int16,
            Scalar::I32(_) => T::Int32,
            Scalar::I64(_) | Scalar::Int(_) => T::Int64,
            Scalar::U8(_) => T::UInt8,
            Scalar::U16(_) => T::UInt16,
            Scalar::U32(_) => T::UInt32,
            Scalar::U64(_) => T::UInt64,
            Scalar::F16(_) => T::Float16,
            Scalar::F32(_) => T::Float32,
            Scalar::F64(_) | Scalar::Float(_) => T::Float64,
            Scalar::C64(_) => T::Complex64,
            Scalar::C128(_) | Scalar::Complex(_) => T::Complex128,
            // Not numeric: callers use `dtype()` for these.
            Scalar::Bytes(_) | Scalar::Str(_) | Scalar::Void(..) | Scalar::Tuple(_) => T::Bool,
        }
    }

    /// True for Python literals (weak scalars).
    pub fn is_weak(&self) -> bool {
        matches!(self, Scalar::Int(_) | Scalar::Float(_) | Scalar::Complex(_))
    }

    /// Converts to an element type. Integers wrap and floats truncate as NumPy's unsafe cast
    /// does, except that a Python `int` that does not fit an integer type is an
    /// `OverflowError`, as in NumPy 2 (`np.array([300], dtype=np.int8)`).
    ///
    /// ```
    /// use numrs::Scalar;
    /// assert_eq!(Scalar::Float(2.7).to_element::<i8>().unwrap(), 2);
    /// assert_eq!(Scalar::Int(300).to_element::<i8>().unwrap_err().to_string(),
    ///            "Python integer 300 out of bounds for int8");
    /// ```
    pub fn to_element<T: Element>(&self) -> Result<T> {
        // NumPy 2 refuses a Python int that does not fit; NumPy 1.x wrapped one it could
        // read as a C long (with a DeprecationWarning), which Legacy mode reproduces.
        if let Scalar::Int(v) = *self {
            if crate::promote::current_mode() == crate::promote::PromotionMode::Weak {
                check_pyint(v, T::TYPE)?;
            } else {
                read_pyint(v, T::TYPE)?;
            }
        }
        if !self.is_numeric() {
            return Err(Error::NotImplemented(format!(
                "converting {} to {}",
                self.dtype(),
                T::TYPE.info().name
            )));
        }
        if let Scalar::Complex(_) = self {
            if !matches!(T::TYPE, ScalarType::Complex64 | ScalarType::Complex128) {
                // CPython's own messages for float(z) and int(z).
                let target = if T::TYPE.info().kind == 'f' {
                    "float() argument must be a string or a real number"
                } else {
                    "int() argument must be a string, a bytes-like object or a real number"
                };
                return Err(Error::Type(format!("{target}, not 'complex'")));
            }
        }
        Ok(match *self {
            Scalar::Bool(b) => T::from_i128_wrapping(b as i128),
            Scalar::I8(v) => T::from_i128_wrapping(v as i128),
            Scalar::I16(v) => T::from_i128_wrapping(v as i128),
            Scalar::I32(v) => T::from_i128_wrapping(v as i128),
            Scalar::I64(v) => T::from_i128_wrapping(v as i128),
            Scalar::U8(v) => T::from_i128_wrapping(v as i128),
            Scalar::U16(v) => T::from_i128_wrapping(v as i128),
            Scalar::U32(v) => T::from_i128_wrapping(v as i128),
            Scalar::U64(v) => T::from_i128_wrapping(v as i128),
            Scalar::Int(v) => T::from_i128_wrapping(v),
            Scalar::F16(v) => T::from_half(v.to_f64()),
            Scalar::F32(v) => T::from_f64(v as f64),
            Scalar::F64(v) | Scalar::Float(v) => T::from_f64(v),
            Scalar::C64(v) => T::from_complex(Complex64::new(v.re as f64, v.im as f64)),
            Scalar::C128(v) | Scalar::Complex(v) => T::from_complex(v),
            Scalar::Bytes(_) | Scalar::Str(_) | Scalar::Void(..) | Scalar::Tuple(_) => T::default(),
        })
    }

    /// Converts to a typed scalar of `ty` (see [`Scalar::to_element`]) as NumPy's scalar
    /// constructors do (`np.float32(1e300)`), raising the cast's warnings through
    /// [`crate::warnings`]: `ComplexWarning` for a complex value made real, and in Weak mode
    /// (NumPy 2) "overflow encountered in cast" / "invalid value encountered in cast" (NumPy
    /// 1.x checked no floating-point errors after casts).
    ///
    /// ```
    /// use numrs::{Scalar, dtype::ScalarType, warnings::catch};
    /// assert_eq!(Scalar::Int(6).cast(ScalarType::Int8).unwrap(), Scalar::I8(6));
    /// let (v, w) = catch(|| Scalar::Float(1e300).cast(ScalarType::Float32));
    /// assert_eq!(v?, Scalar::F32(f32::INFINITY));
    /// assert_eq!(w[0].message, "overflow encountered in cast");
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn cast(&self, ty: ScalarType) -> Result<Scalar> {
        crate::dispatch_numeric!(ty, T => {
            let v = self.to_element::<T>()?;
            if self.warn_cast(ty, |src| T::from_cast_source_fpe(src).1) != 0 {
                crate::errstate::check()?;
            }
            Ok(v.to_scalar())
        })
    }

    /// The value as a cast reads it, for numeric values.
    pub(crate) fn cast_source(&self) -> Option<CastSource> {
        Some(match *self {
            Scalar::F16(v) => CastSource::Half(v.to_f64()),
            Scalar::F32(v) => CastSource::Float(v as f64),
            Scalar::F64(v) | Scalar::Float(v) => CastSource::Float(v),
            Scalar::C64(v) => CastSource::Complex(Complex64::new(v.re as f64, v.im as f64)),
            Scalar::C128(v) | Scalar::Complex(v) => CastSource::Complex(v),
            _ => CastSource::Int(self.as_i128()?),
        })
    }

    /// Raises the warnings NumPy's cast of this value to `ty` raises; `fpe` gives the cast's
    /// floating-point report ([`crate::element::FPE_OVERFLOW`], [`crate::element::FPE_INVALID`]).
    /// Returns the floating-point conditions handled (0: none, so no raise can be pending).
    pub(crate) fn warn_cast(&self, ty: ScalarType, fpe: impl Fn(CastSource) -> u8) -> u8 {
        use crate::element::{FPE_INVALID, FPE_OVERFLOW};
        use crate::warnings::{warn, Category, Warning};
        let Some(src) = self.cast_source() else {
            return 0;
        };
        let to_kind = ty.info().kind;
        if matches!(self, Scalar::C64(_) | Scalar::C128(_)) && !matches!(to_kind, 'c' | 'b') {
            warn(Warning::new(
                Category::ComplexWarning,
                "Casting complex values to real discards the imaginary part",
            ));
        }
        // NumPy 1.x checks the floating-point flags after ufuncs only, not after casts.
        if crate::promote::current_mode() == crate::promote::PromotionMode::Legacy {
            return 0;
        }
        // NumPy's scalar conversions report no underflow (its array casts do).
        let flags = fpe(src) & (FPE_OVERFLOW | FPE_INVALID);
        for (bit, what) in [(FPE_OVERFLOW, "overflow"), (FPE_INVALID, "invalid value")] {
            if flags & bit != 0 {
                warn(Warning::new(
                    Category::RuntimeWarning,
                    format!("{what} encountered in cast"),
                ));
            }
        }
        flags
    }

    /// The value as `f64` (real part for complex; 1/0 for bool).
    pub fn to_f64(&self) -> f64 {
        self.to_element::<f64>().unwrap_or(f64::NAN)
    }

    /// The value as a Python-level integer when it is one (bool and integer types).
    pub fn as_i128(&self) -> Option<i128> {
        Some(match *self {
            Scalar::Bool(b) => b as i128,
            Scalar::I8(v) => v as i128,
            Scalar::I16(v) => v as i128,
            Scalar::I32(v) => v as i128,
            Scalar::I64(v) => v as i128,
            Scalar::U8(v) => v as i128,
            Scalar::U16(v) => v as i128,
            Scalar::U32(v) => v as i128,
            Scalar::U64(v) => v as i128,
            Scalar::Int(v) => v,
            _ => return None,
        })
    }

    /// NumPy 2's `repr` of the scalar: `np.int8(6)`, `np.float64(0.1)`, `np.True_`,
    /// `np.bytes_(b'ab')`, `np.str_('a')`, `np.void(b'\x01\x02')`, and for a record
    /// `np.void((1, 2.5), dtype=[('f0', '<i4'), ('f1', '<f8')])`.
    ///
    /// ```
    /// use numrs::Scalar;
    /// assert_eq!(Scalar::Bytes(b"it's".to_vec()).repr(), "np.bytes_(b\"it's\")");
    /// assert_eq!(Scalar::Str("hé".into()).repr(), "np.str_('hé')");
    /// assert_eq!(Scalar::Void(vec![1, 2], numrs::DType::void(2)).repr(), r"np.void(b'\x01\x02')");
    /// ```
    pub fn repr(&self) -> String {
        let (value, kind) = self.fmt_value();
        match self {
            Scalar::Int(v) => v.to_string(),
            Scalar::Float(_) | Scalar::Complex(_) => crate::format::scalar_str(&value, &kind),
            // `np.void(..., dtype=<str(dtype)>)` for records.
            Scalar::Void(_, d) => crate::format::scalar_repr(&value, &kind, &d.to_string()),
            _ => crate::format::scalar_repr(&value, &kind, self.scalar_type().info().name),
        }
    }

    /// The value and element kind the printer in [`crate::format`] uses; record items are
    /// decoded field by field from their bytes (in each field's byte order).
    pub(crate) fn fmt_value(&self) -> (crate::format::FmtScalar, crate::format::ElemKind) {
        use crate::format::{ElemKind, FloatWidth, FmtScalar};
        match self {
            Scalar::Bytes(b) => return (FmtScalar::Bytes(b.clone()), ElemKind::Bytes),
            Scalar::Str(s) => return (FmtScalar::Str(s.clone()), ElemKind::Str),
            Scalar::Void(b, d) if d.fields().is_some() => {
                return (
                    crate::print::decode_item(b, 0, d),
                    crate::print::elem_kind(d),
                )
            }
            Scalar::Void(b, _) => return (FmtScalar::Void(b.clone()), ElemKind::Void),
            _ => {}
        }
        match *self {
            Scalar::Bool(b) => (FmtScalar::Bool(b), ElemKind::Bool),
            Scalar::U8(_) | Scalar::U16(_) | Scalar::U32(_) | Scalar::U64(_) => (
                FmtScalar::UInt(self.as_i128().unwrap_or(0) as u64),
                ElemKind::UInt,
            ),
            Scalar::I8(_) | Scalar::I16(_) | Scalar::I32(_) | Scalar::I64(_) | Scalar::Int(_) => (
                FmtScalar::Int(self.as_i128().unwrap_or(0) as i64),
                ElemKind::Int,
            ),
            Scalar::F16(v) => (
                FmtScalar::Float(v.to_f64()),
                ElemKind::Float(FloatWidth::F16),
            ),
            Scalar::F32(v) => (FmtScalar::Float(v as f64), ElemKind::Float(FloatWidth::F32)),
            Scalar::F64(v) | Scalar::Float(v) => {
                (FmtScalar::Float(v), ElemKind::Float(FloatWidth::F64))
            }
            Scalar::C64(v) => (
                FmtScalar::Complex(v.re as f64, v.im as f64),
                ElemKind::Complex(FloatWidth::F32),
            ),
            Scalar::C128(v) | Scalar::Complex(v) => (
                FmtScalar::Complex(v.re, v.im),
                ElemKind::Complex(FloatWidth::F64),
            ),
            Scalar::Tuple(ref items) => {
                let (values, kinds): (Vec<_>, Vec<_>) = items.iter().map(|s| s.fmt_value()).unzip();
                (FmtScalar::Record(values), ElemKind::Record(kinds))
            }
            Scalar::Bytes(_) | Scalar::Str(_) | Scalar::Void(..) => {
                (FmtScalar::Void(Vec::new()), ElemKind::Void)
            }
        }
    }
}

/// NumPy's first step in storing a Python int into integer type `ty` (both versions): it
/// reads the int as a C long, or, for uint32 and uint64, as a C unsigned long when it does
/// not fit a long; an int neither reads is CPython's `OverflowError`.
pub(crate) fn read_pyint(v: i128, ty: ScalarType) -> Result<()> {
    if int_bounds(ty).is_none() {
        return Ok(());
    }
    let hi: i128 = if matches!(ty, ScalarType::UInt32 | ScalarType::UInt64) {
        u64::MAX.into()
    } else {
        i64::MAX.into()
    };
    if v < i64::MIN.into() || v > hi {
        return Err(Error::ValueOverflow(
            "Python int too large to convert to C long".into(),
        ));
    }
    Ok(())
}

/// NumPy 2's conversion of a Python int to integer type `ty`: [`read_pyint`], then an
/// `OverflowError` for a value outside the type's range.
pub(crate) fn check_pyint(v: i128, ty: ScalarType) -> Result<()> {
    read_pyint(v, ty)?;
    match int_bounds(ty) {
        Some((lo, hi)) if v < lo || v > hi => Err(Error::ValueOverflow(format!(
            "Python integer {v} out of bounds for {}",
            ty.info().name
        ))),
        _ => Ok(()),
    }
}

pub(crate) fn int_bounds(ty: ScalarType) -> Option<(i128, i128)> {
    use ScalarType as T;
    Some(match ty {
        T::Int8 => (i8::MIN as i128, i8::MAX as i128),
        T::Int16 => (i16::MIN as i128, i16::MAX as i128),
        T::Int32 => (i32::MIN as i128, i32::MAX as i128),
        T::Int64 => (i64::MIN as i128, i64::MAX as i128),
        T::UInt8 => (0, u8::MAX as i128),
        T::UInt16 => (0, u16::MAX as i128),
        T::UInt32 => (0, u32::MAX as i128),
        T::UInt64 => (0, u64::MAX as i128),
        _ => return None,
    })
}

/// `str(scalar)`: `6`, `0.1`, `True`, `(1+2j)`, `b'ab'`, `a`, `b'\x01'`, `(1, 2.5)`.
///
/// ```
/// use numrs::Scalar;
/// assert_eq!(Scalar::Bytes(b"ab".to_vec()).to_string(), "b'ab'");
/// assert_eq!(Scalar::Str("a'b".into()).to_string(), "a'b");
/// ```
impl std::fmt::Display for Scalar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Scalar::Int(v) => write!(f, "{v}"),
            Scalar::Str(s) => f.write_str(s),
            _ => {
                let (value, kind) = self.fmt_value();
                f.write_str(&crate::format::scalar_str(&value, &kind))
            }
        }
    }
}

impl From<Bool8> for Scalar {
    fn from(b: Bool8) -> Scalar {
        Scalar::Bool(b.0 != 0)
    }
}
