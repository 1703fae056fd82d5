//! NumPy-compatible text formatting of arrays and scalars.
//!
//! This module reproduces, character for character, what NumPy 2.x prints for
//! `repr(arr)`, `str(arr)`, `repr(scalar)` and `str(scalar)` for boolean,
//! integer, floating point (`float16`/`float32`/`float64`), complex
//! (`complex64`/`complex128`), byte string (`S`), string (`U`), raw void
//! (`V`) and structured (record) element types, including nested records and
//! sub-array fields.
//!
//! The printer does not know about any array type: callers describe the array
//! by its shape and an accessor closure returning one element (as a
//! [`FmtScalar`]) for a full N-d index.  Only the elements that actually get
//! printed are requested, so summarized printing of huge arrays is cheap.
//!
//! * [`float`] holds the Dragon4-based shortest round-trip digit generation and
//!   the positional / scientific formatters (NumPy's
//!   `format_float_positional` / `format_float_scientific`).
//! * [`arrayprint`] holds the per-kind element formatters and `array2string`.
//! * [`flexible`] holds the `S`/`U`/`V` and record / sub-array formatters
//!   (Python's `repr` of `bytes` and `str`, NumPy's `StructuredVoidFormat`).
//! * [`scalar`] holds scalar `repr` / `str`.
//!
//! ```
//! use numrs::format::{array_repr, ElemKind, FmtScalar, PrintOptions};
//!
//! let data = [1i64, -20, 3];
//! let get = |idx: &[usize]| FmtScalar::Int(data[idx[0]]);
//! let s = array_repr(&[3], &get, &ElemKind::Int, None, &PrintOptions::default());
//! assert_eq!(s, "array([  1, -20,   3])");
//!
//! let words = ["ab", "c"];
//! let get = |idx: &[usize]| FmtScalar::Str(words[idx[0]].to_string());
//! let s = array_repr(&[2], &get, &ElemKind::Str, Some("'<U2'"), &PrintOptions::default());
//! assert_eq!(s, "array(['ab', 'c'], dtype='<U2')");
//! ```

pub mod arrayprint;
mod bigint;
pub mod flexible;
pub mod float;
mod printable;
pub mod scalar;
mod wrap;

#[cfg(test)]
mod testdata;

pub use arrayprint::{array_repr, array_str};
pub use scalar::{scalar_repr, scalar_repr_with, scalar_str, scalar_str_with};

/// Width of a binary floating point type (also the width of each component of
/// a complex type).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatWidth {
    /// IEEE binary16 (`float16`).
    F16,
    /// IEEE binary32 (`float32`, components of `complex64`).
    F32,
    /// IEEE binary64 (`float64`, components of `complex128`).
    F64,
}

/// Element kinds the printer understands.
///
/// Structured kinds nest: a record lists the kinds of its fields in order,
/// and a sub-array field gives its base kind and shape.
///
/// ```
/// use numrs::format::{ElemKind, FloatWidth};
///
/// // [('id', 'S4'), ('xy', '<f8', (2,))]
/// let kind = ElemKind::Record(vec![
///     ElemKind::Bytes,
///     ElemKind::SubArray(Box::new(ElemKind::Float(FloatWidth::F64)), vec![2]),
/// ]);
/// assert!(matches!(kind, ElemKind::Record(ref f) if f.len() == 2));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ElemKind {
    /// `bool`.
    Bool,
    /// Any signed integer type (`int8` ... `int64`).
    Int,
    /// Any unsigned integer type (`uint8` ... `uint64`).
    UInt,
    /// A real floating point type.
    Float(FloatWidth),
    /// A complex type whose components have the given width.
    Complex(FloatWidth),
    /// `S<n>` byte strings (values are [`FmtScalar::Bytes`]).
    Bytes,
    /// `U<n>` strings (values are [`FmtScalar::Str`]).
    Str,
    /// Unstructured `V<n>` raw bytes (values are [`FmtScalar::Void`]).
    Void,
    /// A structured record: the kinds of its fields, in order (values are
    /// [`FmtScalar::Record`]).
    Record(Vec<ElemKind>),
    /// A sub-array field: the base kind repeated in a C-ordered shape (values
    /// are [`FmtScalar::Array`]).
    SubArray(Box<ElemKind>, Vec<usize>),
}

/// One element's value, already converted to native order by the caller.
///
/// Floating point values of narrower types (`float16`, `float32`) are passed
/// widened to `f64`; the printer narrows them again (exactly) according to the
/// [`ElemKind`] so that the shortest representation that round-trips in the
/// element's own width is printed.
///
/// A value that does not match the kind it is printed as never panics: it
/// prints as that kind's nearest equivalent (numbers convert, a missing
/// record field prints as `False`/`0`, text of the wrong kind is converted).
///
/// ```
/// use numrs::format::{scalar_str, ElemKind, FmtScalar};
///
/// let rec = FmtScalar::Record(vec![FmtScalar::Int(1), FmtScalar::Str("hé".into())]);
/// let kind = ElemKind::Record(vec![ElemKind::Int, ElemKind::Str]);
/// assert_eq!(scalar_str(&rec, &kind), "(1, 'hé')");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum FmtScalar {
    /// A boolean.
    Bool(bool),
    /// A signed integer.
    Int(i64),
    /// An unsigned integer.
    UInt(u64),
    /// A real floating point value.
    Float(f64),
    /// A complex value as `(real, imag)`.
    Complex(f64, f64),
    /// A byte string (`np.bytes_`), trailing NULs already removed.
    Bytes(Vec<u8>),
    /// A string (`np.str_`), trailing NULs already removed.
    Str(String),
    /// The raw bytes of an unstructured void item.
    Void(Vec<u8>),
    /// A structured item: one value per field, in field order.
    Record(Vec<FmtScalar>),
    /// A sub-array field's values, flattened in C order.
    Array(Vec<FmtScalar>),
}

/// Equivalent of `numpy.set_printoptions`, passed explicitly.
///
/// The [`Default`] value matches NumPy's defaults.
///
/// ```
/// use numrs::format::PrintOptions;
///
/// let opts = PrintOptions { precision: 3, ..PrintOptions::default() };
/// assert_eq!(opts.threshold, 1000);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct PrintOptions {
    /// Maximum number of fractional digits for floats (`precision`, 8).
    pub precision: usize,
    /// Arrays with more elements than this are summarized (`threshold`, 1000).
    pub threshold: usize,
    /// Items printed at each end of a summarized axis (`edgeitems`, 3).
    pub edgeitems: usize,
    /// Characters per line before wrapping (`linewidth`, 75).
    pub linewidth: usize,
    /// Prefer positional notation for floats (`suppress`, false).
    pub suppress: bool,
    /// Emulate NumPy 1.x printing (`legacy='1.25'`): scalar reprs without the
    /// `np.float64(...)` wrapper, the 1.x `1e16` positional cutoff for every
    /// float width, and no `shape=` in summarized reprs (false).
    pub legacy_1x: bool,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
            legacy_1x: false,
        }
    }
}

impl FmtScalar {
    /// The value as a float (real part for complex values).
    pub(crate) fn as_f64(&self) -> f64 {
        match *self {
            FmtScalar::Bool(b) => f64::from(u8::from(b)),
            FmtScalar::Int(i) => i as f64,
            FmtScalar::UInt(u) => u as f64,
            FmtScalar::Float(f) => f,
            FmtScalar::Complex(re, _) => re,
            _ => self.first().map_or(0.0, FmtScalar::as_f64),
        }
    }

    /// The value as a complex number `(re, im)`.
    pub(crate) fn as_complex(&self) -> (f64, f64) {
        match *self {
            FmtScalar::Complex(re, im) => (re, im),
            _ => (self.as_f64(), 0.0),
        }
    }

    /// The value's truthiness (NumPy's `bool(x)`).
    pub(crate) fn as_bool(&self) -> bool {
        match self {
            FmtScalar::Bool(b) => *b,
            FmtScalar::Int(i) => *i != 0,
            FmtScalar::UInt(u) => *u != 0,
            FmtScalar::Float(f) => *f != 0.0,
            FmtScalar::Complex(re, im) => *re != 0.0 || *im != 0.0,
            FmtScalar::Bytes(b) | FmtScalar::Void(b) => !b.is_empty(),
            FmtScalar::Str(s) => !s.is_empty(),
            FmtScalar::Record(v) | FmtScalar::Array(v) => !v.is_empty(),
        }
    }

    /// The value as a signed integer, if it is one (or fits in one).
    pub(crate) fn as_int(&self) -> IntValue {
        match *self {
            FmtScalar::Bool(b) => IntValue::Signed(i64::from(b)),
            FmtScalar::Int(i) => IntValue::Signed(i),
            FmtScalar::UInt(u) => IntValue::Unsigned(u),
            // Floats handed to an integer kind are truncated like `int(x)`.
            FmtScalar::Float(f) | FmtScalar::Complex(f, _) => IntValue::Signed(f as i64),
            _ => self.first().map_or(IntValue::Signed(0), FmtScalar::as_int),
        }
    }

    /// The first element of a record or sub-array value (used when a
    /// structured value is printed as a number).
    fn first(&self) -> Option<&FmtScalar> {
        match self {
            FmtScalar::Record(v) | FmtScalar::Array(v) => v.first(),
            _ => None,
        }
    }
}

/// An integer value of either signedness, ordered numerically.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IntValue {
    Signed(i64),
    Unsigned(u64),
}

impl IntValue {
    fn key(self) -> i128 {
        match self {
            IntValue::Signed(i) => i128::from(i),
            IntValue::Unsigned(u) => i128::from(u),
        }
    }
}

impl PartialOrd for IntValue {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for IntValue {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl std::fmt::Display for IntValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IntValue::Signed(i) => write!(f, "{i}"),
            IntValue::Unsigned(u) => write!(f, "{u}"),
        }
    }
}
