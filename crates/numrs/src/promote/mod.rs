//! Type promotion and casting rules, in NumPy 2's and NumPy 1.x's flavours.
//!
//! * [`promote_types`]: the smallest dtype two dtypes both cast to safely.
//! * [`result_type`]: the dtype of a mix of arrays, dtypes and scalars ([`Operand`]s).
//! * [`binary_result_dtype`]: the output dtype of an arithmetic or comparison operator, where
//!   NumPy's loops differ from plain promotion (`int / int` is float64, `bool - bool` fails).
//! * [`can_cast`] and [`Casting`]: NumPy's five casting rules.
//!
//! Scalars are promoted differently by the two NumPy generations, so the rules are chosen by a
//! scoped, thread-local [`PromotionMode`]:
//!
//! ```text
//!                          Weak (NumPy 2, NEP 50)           Legacy (NumPy 1.x)
//!   int8 array + 1         int8                             int8   (1 fits int8)
//!   int8 array + 256       OverflowError                    int16  (the value decides)
//!   uint8 array + (-1)     OverflowError                    int16
//!   float32 array + 1.0    float32                          float32
//!   float32 + np.float64   float64  (typed scalars count)   float32 (its value fits)
//!   np.int8(1) + 1         int8                             int64  (scalars only: no values)
//! ```
//!
//! ```
//! use numrs::{DType, Scalar, promote::{result_type, with_mode, Operand, PromotionMode}};
//! let mix = [Operand::Array(DType::INT8), Operand::Scalar(Scalar::Int(256))];
//! assert_eq!(result_type(&mix)?, DType::INT8);
//! assert_eq!(with_mode(PromotionMode::Legacy, || result_type(&mix))?, DType::INT16);
//! # Ok::<(), numrs::Error>(())
//! ```

pub mod cast_rules;
mod legacy;
pub(crate) mod ops;
mod types;

pub use cast_rules::{
    can_cast, cast_error_message, cast_safety, check_cast, resolve_unsized, safe_numeric,
    string_width, Casting,
};
pub use legacy::{can_cast_value, min_scalar_type};
pub use ops::{binary_result_dtype, BinaryOp};
pub use types::{promote_scalar_types, promote_types};

use crate::array::Array;
use crate::dtype::{DType, ScalarType};
use crate::error::{Error, Result};
use crate::scalar::Scalar;
use std::cell::Cell;
use types::Class;

/// Which NumPy's promotion rules apply.
///
/// ```
/// use numrs::promote::{current_mode, PromotionMode};
/// assert_eq!(current_mode(), PromotionMode::Weak);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum PromotionMode {
    /// NumPy 2 (NEP 50): Python literals are weak, every NumPy scalar and array keeps its
    /// dtype; a Python int that does not fit the result is an `OverflowError`.
    #[default]
    Weak,
    /// NumPy 1.x value-based casting: when scalars and 0-d arrays are of no higher kind than
    /// the arrays, their *values* choose the smallest type that holds them.
    Legacy,
}

thread_local! {
    static MODE: Cell<PromotionMode> = const { Cell::new(PromotionMode::Weak) };
}

/// The promotion mode of this thread ([`PromotionMode::Weak`] unless inside [`with_mode`]).
///
/// ```
/// use numrs::promote::{current_mode, with_mode, PromotionMode};
/// with_mode(PromotionMode::Legacy, || assert_eq!(current_mode(), PromotionMode::Legacy));
/// assert_eq!(current_mode(), PromotionMode::Weak);
/// ```
pub fn current_mode() -> PromotionMode {
    MODE.with(|m| m.get())
}

/// Restores the previous mode when dropped, also while unwinding from a panic.
struct Restore(PromotionMode);

impl Drop for Restore {
    fn drop(&mut self) {
        MODE.with(|m| m.set(self.0));
    }
}

/// Runs `f` with `mode` as this thread's promotion mode, then restores the previous mode,
/// even if `f` panics. Calls nest.
///
/// ```
/// use numrs::{DType, Scalar, promote::{result_type, with_mode, Operand, PromotionMode}};
/// let ops = [Operand::Array(DType::UINT8), Operand::Scalar(Scalar::Int(-1))];
/// let legacy = with_mode(PromotionMode::Legacy, || result_type(&ops));
/// assert_eq!(legacy?, DType::INT16);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn with_mode<R>(mode: PromotionMode, f: impl FnOnce() -> R) -> R {
    let _restore = Restore(MODE.with(|m| m.replace(mode)));
    f()
}

/// One input of [`result_type`] or [`binary_result_dtype`].
///
/// The three kinds promote differently:
///
/// ```text
///   Array(int8)                 an array with >= 1 dimension, or a bare dtype: its dtype counts
///   ZeroDim(Scalar::I16(300))   np.array(300, np.int16): strong in Weak mode; its value
///                               counts in Legacy mode (like a scalar)
///   Scalar(Scalar::I8(1))       np.int8(1): a typed NumPy scalar, same rules as ZeroDim
///   Scalar(Scalar::Int(256))    the Python literal 256: weak in Weak mode (takes the other
///                               operand's type); Legacy: int64 (uint64 past int64) by value
///   Scalar(Scalar::Float(1.0))  a Python float;  Scalar(Scalar::Complex(..)) a Python complex
/// ```
///
/// A Python `bool` is `Scalar::Bool`: NumPy treats it exactly like `np.bool_`.
///
/// ```
/// use numrs::{DType, Scalar, promote::{result_type, Operand}};
/// let a = Operand::from(DType::FLOAT32);
/// assert_eq!(result_type(&[a.clone(), Operand::Scalar(Scalar::Float(1.0))])?, DType::FLOAT32);
/// assert_eq!(result_type(&[a, Operand::Scalar(Scalar::F64(1.0))])?, DType::FLOAT64);
/// # Ok::<(), numrs::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    /// An array of one or more dimensions, or a dtype.
    Array(DType),
    /// A 0-d array, given by its value.
    ZeroDim(Scalar),
    /// A typed NumPy scalar or a weak Python literal (`Int`, `Float`, `Complex`).
    Scalar(Scalar),
}

impl From<DType> for Operand {
    fn from(d: DType) -> Operand {
        Operand::Array(d)
    }
}

impl From<&DType> for Operand {
    fn from(d: &DType) -> Operand {
        Operand::Array(d.clone())
    }
}

impl From<Scalar> for Operand {
    fn from(s: Scalar) -> Operand {
        Operand::Scalar(s)
    }
}

impl Operand {
    /// The operand an array is: [`Operand::ZeroDim`] with its value when it has no
    /// dimensions, [`Operand::Array`] otherwise.
    ///
    /// ```
    /// let x = numrs::array(&[1, 2], Some(numrs::DType::INT16))?;
    /// assert_eq!(numrs::promote::Operand::from_array(&x)?, numrs::DType::INT16.into());
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn from_array(a: &Array) -> Result<Operand> {
        if a.ndim() == 0 {
            Ok(Operand::ZeroDim(a.get(&[])?))
        } else {
            Ok(Operand::Array(a.dtype().clone()))
        }
    }

    /// True for Python literals, which NumPy 2 promotes weakly.
    ///
    /// ```
    /// use numrs::{Scalar, promote::Operand};
    /// assert!(Operand::Scalar(Scalar::Int(1)).is_weak());
    /// assert!(!Operand::Scalar(Scalar::I64(1)).is_weak());
    /// ```
    pub fn is_weak(&self) -> bool {
        matches!(self, Operand::Scalar(s) if s.is_weak())
    }

    /// The value of a scalar or 0-d array operand.
    ///
    /// ```
    /// use numrs::{DType, Scalar, promote::Operand};
    /// assert_eq!(Operand::ZeroDim(Scalar::I8(3)).value(), Some(&Scalar::I8(3)));
    /// assert_eq!(Operand::Array(DType::INT8).value(), None);
    /// ```
    pub fn value(&self) -> Option<&Scalar> {
        match self {
            Operand::Array(_) => None,
            Operand::ZeroDim(s) | Operand::Scalar(s) => Some(s),
        }
    }

    /// The dtype NumPy gives the operand on its own (`np.asarray(x).dtype`): a Python int is
    /// int64, or uint64 past int64's range; larger ones would be `object`, an error here.
    ///
    /// ```
    /// use numrs::{DType, Scalar, promote::Operand};
    /// assert_eq!(Operand::Scalar(Scalar::Int(1 << 63)).natural_dtype()?, DType::UINT64);
    /// assert!(Operand::Scalar(Scalar::Int(1 << 64)).natural_dtype().is_err());
    /// # Ok::<(), numrs::Error>(())
    /// ```
    pub fn natural_dtype(&self) -> Result<DType> {
        match self {
            Operand::Array(d) => Ok(d.clone()),
            Operand::ZeroDim(s) | Operand::Scalar(s) => match *s {
                Scalar::Int(v) => pyint_dtype(v).map(DType::native),
                _ => Ok(s.dtype()),
            },
        }
    }

    /// The dtype that takes part in NumPy 2's promotion: none for Python literals.
    pub(crate) fn strong_dtype(&self) -> Option<DType> {
        match self {
            Operand::Array(d) => Some(d.clone()),
            _ if self.is_weak() => None,
            Operand::ZeroDim(s) | Operand::Scalar(s) => Some(s.dtype()),
        }
    }

    fn class(&self) -> Class {
        match self {
            Operand::Scalar(Scalar::Int(_)) => Class::PyInt,
            Operand::Scalar(Scalar::Float(_)) => Class::PyFloat,
            Operand::Scalar(Scalar::Complex(_)) => Class::PyComplex,
            Operand::Array(d) => Class::of(d),
            Operand::ZeroDim(s) | Operand::Scalar(s) => Class::of(&s.dtype()),
        }
    }
}

/// The array NumPy makes of a Python int: int64, else uint64, else object (unsupported).
pub(crate) fn pyint_dtype(v: i128) -> Result<ScalarType> {
    if i64::try_from(v).is_ok() {
        Ok(ScalarType::Int64)
    } else if u64::try_from(v).is_ok() {
        Ok(ScalarType::UInt64)
    } else {
        Err(object_error(v))
    }
}

pub(crate) fn object_error(v: i128) -> Error {
    Error::NotImplemented(format!(
        "object dtype (the Python integer {v} fits no NumPy integer type)"
    ))
}

/// `np.result_type(*operands)` under the current [`PromotionMode`].
///
/// Weak mode follows NEP 50: Python literals only decide the *kind* (`int8 + 1.0` is float64,
/// `float16 + 1j` is complex64, `bool + 1` is int64). Legacy mode follows NumPy 1.x: when the
/// scalars are of no higher kind (bool < int < float/complex) than the arrays, each scalar
/// counts as [`min_scalar_type`] of its value. In both modes, Python ints are not range-checked
/// here; [`binary_result_dtype`] raises NumPy 2's `OverflowError`.
///
/// ```
/// use numrs::{DType, Scalar, promote::{result_type, with_mode, Operand, PromotionMode}};
/// use Operand::{Array, Scalar as S};
/// assert_eq!(result_type(&[Array(DType::BOOL), S(Scalar::Int(1))])?, DType::INT64);
/// assert_eq!(result_type(&[Array(DType::FLOAT16), S(Scalar::Complex(Default::default()))])?,
///            DType::COMPLEX64);
/// let legacy = |ops: &[Operand]| with_mode(PromotionMode::Legacy, || result_type(ops));
/// assert_eq!(legacy(&[Array(DType::INT8), S(Scalar::Float(1.0))])?, DType::FLOAT64);
/// assert_eq!(legacy(&[Array(DType::FLOAT16), S(Scalar::Float(1e300))])?, DType::FLOAT64);
/// assert_eq!(legacy(&[S(Scalar::I8(1)), S(Scalar::Int(1))])?, DType::INT64);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn result_type(operands: &[Operand]) -> Result<DType> {
    let mode = current_mode();
    if let [only] = operands {
        return only.natural_dtype().map(|d| types::canonical(&d));
    }
    let classes: Vec<Class> = operands.iter().map(Operand::class).collect();
    let class = types::common_class(&classes, mode)?;
    let strong: Vec<DType> = operands.iter().filter_map(Operand::strong_dtype).collect();
    let refs: Vec<&DType> = strong.iter().collect();
    let result = types::common_instance(class, &refs)?;
    if mode == PromotionMode::Weak {
        return Ok(result);
    }
    let any_scalar = operands.iter().any(|o| !matches!(o, Operand::Array(_)));
    let all_plain_literals = operands.iter().all(|o| match o {
        Operand::Scalar(Scalar::Int(v)) => i64::try_from(*v).is_ok(),
        _ => o.is_weak(),
    });
    if any_scalar && !all_plain_literals {
        legacy::value_based(operands)
    } else {
        Ok(result)
    }
}
