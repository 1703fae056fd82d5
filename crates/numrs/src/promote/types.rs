//! `np.promote_types` and the DType-class level of NumPy's promotion.
//!
//! NumPy promotes in two steps: first the *classes* of the dtypes (Int8, Bytes, the abstract
//! Python-int class, ...) agree on a common class, then the instances (string lengths, void
//! sizes) are combined. Numeric classes meet in the least type both cast to safely; a string
//! class absorbs numbers; void only meets void; Python literals adapt to the other class.

use super::cast_rules::{safe_numeric, string_width};
use super::PromotionMode;
use crate::dtype::{ByteOrder, DType, ScalarType};
use crate::error::{Error, Result};

/// The smallest numeric type both `a` and `b` cast to safely (NumPy's promotion table).
///
/// ```
/// use numrs::{promote::promote_scalar_types, dtype::ScalarType::*};
/// assert_eq!(promote_scalar_types(Int8, UInt8), Int16);
/// assert_eq!(promote_scalar_types(Int64, UInt64), Float64);
/// assert_eq!(promote_scalar_types(Int16, Float16), Float32);
/// assert_eq!(promote_scalar_types(Float64, Complex64), Complex128);
/// ```
pub fn promote_scalar_types(a: ScalarType, b: ScalarType) -> ScalarType {
    ScalarType::ALL
        .into_iter()
        .find(|&t| safe_numeric(a, t) && safe_numeric(b, t))
        .unwrap_or(ScalarType::Complex128)
}

/// A DType class, as NumPy's promotion machinery sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Num(ScalarType),
    Bytes,
    Str,
    Void,
    /// The abstract class of Python `int` literals.
    PyInt,
    /// The abstract class of Python `float` literals.
    PyFloat,
    /// The abstract class of Python `complex` literals.
    PyComplex,
}

impl Class {
    pub(crate) fn of(d: &DType) -> Class {
        match (d.scalar_type(), d.kind()) {
            (Some(t), _) => Class::Num(t),
            (None, 'S') => Class::Bytes,
            (None, 'U') => Class::Str,
            _ => Class::Void,
        }
    }

    fn is_abstract(self) -> bool {
        matches!(self, Class::PyInt | Class::PyFloat | Class::PyComplex)
    }

    /// `repr` of the class object in each NumPy version.
    pub(crate) fn repr(self, mode: PromotionMode) -> String {
        let legacy = mode == PromotionMode::Legacy;
        let name = match (self, legacy) {
            (Class::Num(t), false) => {
                // int16 -> Int16DType, uint8 -> UInt8DType (names are ASCII).
                let name = t.info().name.replacen("uint", "UInt", 1);
                let (first, rest) = name.split_at(1);
                format!("numpy.dtypes.{}{rest}DType", first.to_ascii_uppercase())
            }
            (Class::Num(ScalarType::Bool), true) => "numpy.dtype[bool_]".to_string(),
            (Class::Num(t), true) => format!("numpy.dtype[{}]", t.info().name),
            (Class::Bytes, false) => "numpy.dtypes.BytesDType".into(),
            (Class::Str, false) => "numpy.dtypes.StrDType".into(),
            (Class::Void, false) => "numpy.dtypes.VoidDType".into(),
            (Class::PyInt, false) => "numpy.dtypes._PyLongDType".into(),
            (Class::PyFloat, false) => "numpy.dtypes._PyFloatDType".into(),
            (Class::PyComplex, false) => "numpy.dtypes._PyComplexDType".into(),
            (Class::Bytes, true) => "numpy.dtype[bytes_]".into(),
            (Class::Str, true) => "numpy.dtype[str_]".into(),
            (Class::Void, true) => "numpy.dtype[void]".into(),
            (Class::PyInt, true) => "numpy._IntegerAbstractDType".into(),
            (Class::PyFloat, true) => "numpy._FloatAbstractDType".into(),
            (Class::PyComplex, true) => "numpy._ComplexAbstractDType".into(),
        };
        format!("<class '{name}'>")
    }

    /// `self.__common_dtype__(other)`: `None` is NumPy's `NotImplemented`. `fuller` selects
    /// NumPy 1.x's abstract classes.
    fn common(self, other: Class, fuller: bool) -> Option<Class> {
        use Class::*;
        use ScalarType as T;
        let float_or_complex = |t: ScalarType| matches!(t.info().kind, 'f' | 'c');
        let is_integer = |t: ScalarType| matches!(t.info().kind, 'b' | 'i' | 'u');
        match (self, other) {
            (Num(a), Num(b)) => {
                (b.info().num <= a.info().num).then(|| Num(promote_scalar_types(a, b)))
            }
            (Num(a), PyInt) => (a != T::Bool).then_some(Num(a)),
            (Num(a), PyFloat) => float_or_complex(a).then_some(Num(a)),
            (Num(a), PyComplex) => float_or_complex(a).then(|| Num(complex_with(a))),
            (Bytes, Num(_) | Bytes) => Some(Bytes),
            (Str, Num(_) | Bytes | Str) => Some(Str),
            (Void, Void) => Some(Void),
            // NumPy 2's Python-literal classes handle only what the concrete class leaves to
            // them; NumPy 1.x's also answered for the classes that win over them.
            (PyInt, Num(T::Bool)) => Some(Num(T::Int64)),
            (PyInt, Num(b)) => fuller.then_some(Num(b)),
            (PyInt, PyInt) => Some(PyInt),
            (PyFloat, Num(b)) if is_integer(b) => Some(Num(T::Float64)),
            (PyFloat, Num(b)) => fuller.then_some(Num(b)),
            (PyFloat, PyInt | PyFloat) => Some(PyFloat),
            (PyComplex, Num(b)) if is_integer(b) => Some(Num(T::Complex128)),
            (PyComplex, Num(b)) => fuller.then(|| Num(complex_with(b))),
            (PyComplex, PyInt | PyFloat | PyComplex) => Some(PyComplex),
            _ => None,
        }
    }

    /// The concrete default of an abstract class (`np.dtype(int)` and friends).
    pub(crate) fn default_type(self) -> Option<ScalarType> {
        match self {
            Class::Num(t) => Some(t),
            Class::PyInt => Some(ScalarType::Int64),
            Class::PyFloat => Some(ScalarType::Float64),
            Class::PyComplex => Some(ScalarType::Complex128),
            _ => None,
        }
    }
}

/// The complex type a Python `complex` becomes next to `t`.
fn complex_with(t: ScalarType) -> ScalarType {
    match t {
        ScalarType::Float16 | ScalarType::Float32 | ScalarType::Complex64 => ScalarType::Complex64,
        _ => ScalarType::Complex128,
    }
}

const NO_COMMON: &str = "For example they cannot be stored in a single array unless the dtype \
                         is `object`.";

/// `PyArray_CommonDType`: both classes are asked, then NumPy gives up.
fn common_class_pair(a: Class, b: Class, mode: PromotionMode) -> Result<Class> {
    if a == b {
        return Ok(a);
    }
    let fuller = mode == PromotionMode::Legacy;
    a.common(b, fuller)
        .or_else(|| b.common(a, fuller))
        .ok_or_else(|| {
            Error::Type(format!(
                "The DTypes {} and {} do not have a common DType. {NO_COMMON}",
                a.repr(mode),
                b.repr(mode)
            ))
        })
}

/// `PyArray_PromoteDTypeSequence`: the "most knowledgeable" class (the one of the highest
/// category) is found by pairwise reduction and must know every other class. NumPy 1.x asked
/// abstract classes first, which changes which pair its error message names.
pub(crate) fn common_class(classes: &[Class], mode: PromotionMode) -> Result<Class> {
    let Some(&first) = classes.first() else {
        return Err(Error::Value(
            "at least one array or dtype is required".to_string(),
        ));
    };
    if classes.len() == 1 {
        return Ok(first);
    }
    let mut d: Vec<Option<Class>> = classes.iter().copied().map(Some).collect();
    let legacy = mode == PromotionMode::Legacy;
    let mut result = reduce_most_knowledgeable(&mut d, legacy);
    let main = d[0].unwrap_or(first);
    let start = if result.is_some() { 2 } else { 1 };
    let mut prev: Option<Class> = None;
    for &c in &d[start..] {
        let Some(c) = c.filter(|&c| Some(c) != prev) else {
            continue;
        };
        let Some(p) = main.common(c, legacy) else {
            let all: Vec<String> = classes.iter().map(|c| c.repr(mode)).collect();
            return Err(Error::Type(format!(
                "The DType {} could not be promoted by {}. This means that no common DType \
                 exists for the given inputs. {NO_COMMON} The full list of DTypes is: ({})",
                c.repr(mode),
                main.repr(mode),
                all.join(", ")
            )));
        };
        result = Some(match result {
            None => p,
            Some(r) => common_class_pair(r, p, mode)?,
        });
        prev = Some(c);
    }
    Ok(result.unwrap_or(main))
}

/// Pairs the first half with the mirrored second half, moving the class that knows more to
/// the front and clearing classes that cannot change the result; `None` is NotImplemented.
fn reduce_most_knowledgeable(d: &mut [Option<Class>], legacy: bool) -> Option<Class> {
    let n = d.len();
    let half = n / 2;
    let mut res = None;
    for low in 0..half {
        let high = n - 1 - low;
        res = match (d[low], d[high]) {
            (a, b) if a == b => a,
            (Some(_), Some(b)) => {
                if legacy && b.is_abstract() {
                    d.swap(low, high);
                }
                match (d[low], d[high]) {
                    (Some(a), Some(b)) => a.common(b, legacy),
                    _ => None,
                }
            }
            _ => None,
        };
        if res.is_none() {
            d.swap(low, high);
        } else if res == d[low] {
            d[high] = None;
        }
    }
    if n <= 2 {
        return res;
    }
    reduce_most_knowledgeable(&mut d[..n - half], legacy)
}

/// NumPy's message for void dtypes of different sizes.
fn void_sizes_error() -> Error {
    Error::Type(
        "Invalid type promotion with void datatypes of different lengths. Use the `np.bytes_` \
         datatype instead to pad the shorter value with trailing zero bytes."
            .to_string(),
    )
}

/// The instance of `class` that holds every dtype of `dtypes` (string lengths grow to fit,
/// void sizes must agree). Python literals contribute no instance.
pub(crate) fn common_instance(class: Class, dtypes: &[&DType]) -> Result<DType> {
    let width = |d: &DType| match d.scalar_type() {
        Some(t) => string_width(t),
        None if d.kind() == 'U' => d.itemsize() / 4,
        None => d.itemsize(),
    };
    match class {
        Class::Bytes => Ok(DType::bytes(
            dtypes.iter().map(|d| width(d)).max().unwrap_or(0),
        )),
        Class::Str => Ok(DType::unicode(
            dtypes.iter().map(|d| width(d)).max().unwrap_or(0),
        )),
        Class::Void => {
            let Some(first) = dtypes.first() else {
                return Ok(DType::void(0));
            };
            if dtypes.iter().any(|d| d.itemsize() != first.itemsize()) {
                return Err(void_sizes_error());
            }
            if first.fields().is_some() || first.subdtype().is_some() {
                if dtypes.iter().all(|d| d == first) {
                    return Ok((*first).clone());
                }
                return Err(Error::NotImplemented(
                    "promotion of different structured dtypes".to_string(),
                ));
            }
            Ok(DType::void(first.itemsize()))
        }
        _ => Ok(DType::native(
            class.default_type().unwrap_or(ScalarType::Float64),
        )),
    }
}

/// `np.promote_types(a, b)`: the smallest dtype both cast to safely, in native byte order.
/// Errors are NumPy's `TypeError`s (`DTypePromotionError` in NumPy 2), worded as the current
/// [`PromotionMode`]'s NumPy words them.
///
/// ```
/// use numrs::{DType, promote::promote_types};
/// assert_eq!(promote_types(&DType::INT8, &DType::UINT8)?, DType::INT16);
/// assert_eq!(promote_types(&DType::INT64, &DType::bytes(4))?, DType::bytes(21));
/// assert_eq!(promote_types(&DType::bytes(4), &DType::unicode(3))?, DType::unicode(4));
/// assert_eq!(promote_types(&DType::INT32.newbyteorder(), &DType::INT32)?, DType::INT32);
/// let err = promote_types(&DType::INT8, &DType::void(4)).unwrap_err();
/// assert!(err.to_string().starts_with(
///     "The DTypes <class 'numpy.dtypes.Int8DType'> and <class 'numpy.dtypes.VoidDType'> do not"));
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn promote_types(a: &DType, b: &DType) -> Result<DType> {
    let mode = super::current_mode();
    let class = common_class_pair(Class::of(a), Class::of(b), mode)?;
    common_instance(class, &[a, b])
}

/// The dtype NumPy stores a lone value or dtype as (`result_type` of one argument): numeric
/// and `U` types in native byte order, everything else unchanged.
pub(crate) fn canonical(d: &DType) -> DType {
    match d.scalar_type() {
        Some(t) => DType::native(t),
        None if d.kind() == 'U' && d.fields().is_none() => {
            DType::unicode_with_order(d.itemsize() / 4, ByteOrder::NATIVE)
        }
        None => d.clone(),
    }
}
