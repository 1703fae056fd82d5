//! Casting rules: which conversions `np.can_cast` allows under `'no'`, `'equiv'`, `'safe'`,
//! `'same_kind'` and `'unsafe'`, and NumPy's error text when a cast is refused.
//!
//! Every pair of dtypes has a *safety*: the strictest rule under which the cast is allowed.
//! `can_cast(from, to, rule)` is `safety(from, to) <= rule`. For numbers the safety comes from
//! a small lattice rather than a table:
//!
//! ```text
//!   kinds:  bool < unsigned < signed < float < complex          (same_kind follows this order)
//!   safe:   bool -> anything
//!           int/uint n bytes -> same kind, >= n bytes;  uint n -> int > n bytes
//!           int/uint n bytes -> float of >= min(2n, 8) bytes, complex of parts >= min(2n, 8)
//!           float n -> float >= n, complex of parts >= n;   complex n -> complex >= n
//!   no:     the identical dtype;  equiv: the same type in another byte order
//! ```
//!
//! Strings: a number fits `S`/`U` of at least its printed width (`int64` needs 21 characters,
//! `bool` 5, floats 32, complex 64) — narrower is `same_kind`; `S` widens to `S`, `U` or `V`
//! safely, `U` to `U` or `V`; shrinking a string is `same_kind`; strings and void become numbers
//! only unsafely; size 0 (`S`, `U`, `V` without a length) accepts anything of its kind.
//!
//! ```
//! use numrs::{DType, promote::{cast_safety, Casting}};
//! assert_eq!(cast_safety(&DType::UINT8, &DType::INT16), Casting::Safe);
//! assert_eq!(cast_safety(&DType::INT16, &DType::UINT64), Casting::Unsafe);
//! assert_eq!(cast_safety(&DType::INT64, &DType::bytes(4)), Casting::SameKind);
//! ```

use crate::dtype::{DType, ScalarType};
use crate::error::{Error, Result};

/// NumPy's casting rules, from strictest to loosest (so they compare with `<`).
///
/// ```
/// use numrs::promote::Casting;
/// assert!(Casting::Safe < Casting::SameKind);
/// assert_eq!("same_kind".parse::<Casting>().unwrap(), Casting::SameKind);
/// assert_eq!(Casting::Equiv.to_string(), "equiv");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Casting {
    /// `'no'`: the dtypes must be identical.
    No,
    /// `'equiv'`: only byte order may differ.
    Equiv,
    /// `'safe'`: every value is preserved.
    Safe,
    /// `'same_kind'`: safe, or within a kind (`float64 -> float32`) or up the kind order.
    SameKind,
    /// `'unsafe'`: anything goes.
    Unsafe,
}

impl Casting {
    /// All rules, strictest first.
    ///
    /// ```
    /// use numrs::promote::Casting;
    /// assert!(Casting::ALL.windows(2).all(|w| w[0] < w[1]));
    /// ```
    pub const ALL: [Casting; 5] = [
        Casting::No,
        Casting::Equiv,
        Casting::Safe,
        Casting::SameKind,
        Casting::Unsafe,
    ];

    /// NumPy's spelling: `"no"`, `"equiv"`, `"safe"`, `"same_kind"`, `"unsafe"`.
    ///
    /// ```
    /// assert_eq!(numrs::promote::Casting::SameKind.name(), "same_kind");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Casting::No => "no",
            Casting::Equiv => "equiv",
            Casting::Safe => "safe",
            Casting::SameKind => "same_kind",
            Casting::Unsafe => "unsafe",
        }
    }
}

impl std::fmt::Display for Casting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Casting {
    type Err = Error;
    fn from_str(s: &str) -> Result<Casting> {
        Casting::ALL
            .into_iter()
            .find(|c| c.name() == s)
            .ok_or_else(|| {
                Error::Value(format!(
                    "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got '{s}')"
                ))
            })
    }
}

/// Rank of a numeric kind in the `same_kind` order: bool < unsigned < signed < float < complex.
pub(crate) fn kind_rank(ty: ScalarType) -> u8 {
    match ty.info().kind {
        'b' => 0,
        'u' => 1,
        'i' => 2,
        'f' => 3,
        _ => 4,
    }
}

/// The `'safe'` relation between numeric types (byte order aside).
///
/// ```
/// use numrs::{promote::safe_numeric, dtype::ScalarType::*};
/// assert!(safe_numeric(UInt8, Int16) && safe_numeric(Int16, Float32));
/// assert!(!safe_numeric(Int8, UInt64) && !safe_numeric(Int32, Float32));
/// assert!(safe_numeric(Int64, Float64) && safe_numeric(Float32, Complex64));
/// ```
pub fn safe_numeric(from: ScalarType, to: ScalarType) -> bool {
    let (fk, fs) = (from.info().kind, from.info().itemsize);
    let (tk, ts) = (to.info().kind, to.info().itemsize);
    // Bytes of float mantissa that hold an integer of `fs` bytes by NumPy's rule.
    let int_needs = (2 * fs).min(8);
    match (fk, tk) {
        ('b', _) => true,
        ('u', 'u') | ('i', 'i') | ('f', 'f') | ('c', 'c') => ts >= fs,
        ('u', 'i') => ts > fs,
        ('u' | 'i', 'f') => ts >= int_needs,
        ('u' | 'i', 'c') => ts / 2 >= int_needs,
        ('f', 'c') => ts / 2 >= fs,
        _ => false,
    }
}

/// Characters NumPy reserves when a number is cast to `S`/`U` (`np.dtype('S').itemsize` after
/// `astype`): `bool` 5, `int8` 4, `uint8` 3, ..., `int64` 21, `uint64` 20, floats 32, complex 64.
///
/// ```
/// use numrs::{promote::string_width, dtype::ScalarType};
/// assert_eq!(string_width(ScalarType::Int64), 21);
/// assert_eq!(string_width(ScalarType::Float16), 32);
/// ```
pub fn string_width(ty: ScalarType) -> usize {
    let info = ty.info();
    match (info.kind, info.itemsize) {
        ('b', _) => 5,
        ('u', 1) => 3,
        ('i', 1) => 4,
        ('u', 2) => 5,
        ('i', 2) => 6,
        ('u', 4) => 10,
        ('i', 4) => 11,
        ('u', _) => 20,
        ('i', _) => 21,
        ('f', _) => 32,
        _ => 64,
    }
}

/// The flexible and structured shapes a dtype can take, for the casting rules.
enum Shape {
    Num(ScalarType),
    Bytes(usize),
    Str(usize),
    Void(usize),
    Structured,
}

fn shape(d: &DType) -> Shape {
    if let Some(t) = d.scalar_type() {
        return Shape::Num(t);
    }
    if d.fields().is_some() || d.subdtype().is_some() {
        return Shape::Structured;
    }
    match d.kind() {
        'S' => Shape::Bytes(d.itemsize()),
        'U' => Shape::Str(d.itemsize() / 4),
        _ => Shape::Void(d.itemsize()),
    }
}

/// Safety of a cast to a sized flexible target: `fits` decides safe; `short` is the rule when
/// the target is too small. Size 0 is an unsized target and takes anything.
fn sized(target: usize, needed: usize, short: Casting) -> Casting {
    if target == 0 || target >= needed {
        Casting::Safe
    } else {
        short
    }
}

/// Safety within one flexible kind: same size is a view, growing is safe, shrinking loses data.
fn resize(from: usize, to: usize, same_order: bool) -> Casting {
    if to == 0 || to == from {
        if same_order {
            Casting::No
        } else {
            Casting::Equiv
        }
    } else if to > from {
        Casting::Safe
    } else {
        Casting::SameKind
    }
}

/// The strictest rule under which NumPy casts `from` to `to` (NumPy's "cast safety").
///
/// Casts involving fields or sub-arrays follow [`crate::struct_cast::cast_safety_checked`]; one
/// NumPy cannot do at all is reported as `unsafe` here (and [`can_cast`] is false for it).
///
/// ```
/// use numrs::{DType, promote::{cast_safety, Casting}};
/// assert_eq!(cast_safety(&DType::INT32, &DType::INT64), Casting::Safe);
/// assert_eq!(cast_safety(&DType::INT32, &DType::INT32.newbyteorder()), Casting::Equiv);
/// assert_eq!(cast_safety(&DType::INT64, &DType::unicode(21)), Casting::Safe);
/// assert_eq!(cast_safety(&DType::unicode(4), &DType::bytes(4)), Casting::Unsafe);
/// ```
pub fn cast_safety(from: &DType, to: &DType) -> Casting {
    let same_order = from.order() == to.order();
    match (shape(from), shape(to)) {
        (Shape::Num(a), Shape::Num(b)) => {
            if a == b {
                if from == to {
                    Casting::No
                } else {
                    Casting::Equiv
                }
            } else if safe_numeric(a, b) {
                Casting::Safe
            } else if kind_rank(a) <= kind_rank(b) {
                Casting::SameKind
            } else {
                Casting::Unsafe
            }
        }
        (Shape::Num(a), Shape::Bytes(n) | Shape::Str(n)) => {
            sized(n, string_width(a), Casting::SameKind)
        }
        (Shape::Num(a), Shape::Void(n)) => sized(n, a.info().itemsize, Casting::Unsafe),
        (Shape::Bytes(m), Shape::Bytes(n)) | (Shape::Void(m), Shape::Void(n)) => resize(m, n, true),
        (Shape::Str(m), Shape::Str(n)) => resize(m, n, same_order),
        (Shape::Bytes(m), Shape::Str(n)) => sized(n, m, Casting::SameKind),
        (Shape::Bytes(m), Shape::Void(n)) => sized(n, m, Casting::Unsafe),
        (Shape::Str(m), Shape::Void(n)) => sized(n, 4 * m, Casting::Unsafe),
        (Shape::Structured, _) | (_, Shape::Structured) => {
            crate::struct_cast::cast_safety_checked(from, to).unwrap_or(Casting::Unsafe)
        }
        // Strings and void to numbers, `U` to `S`, void to strings.
        _ => Casting::Unsafe,
    }
}

/// `np.can_cast(from, to, casting)` for dtypes.
///
/// ```
/// use numrs::{DType, promote::{can_cast, Casting}};
/// assert!(can_cast(&DType::INT64, &DType::FLOAT64, Casting::Safe));
/// assert!(!can_cast(&DType::INT32, &DType::INT64, Casting::Equiv));
/// assert!(can_cast(&DType::bytes(4), &DType::unicode(4), Casting::Safe));
/// assert!(!can_cast(&DType::unicode(4), &DType::bytes(8), Casting::SameKind));
/// ```
pub fn can_cast(from: &DType, to: &DType, casting: Casting) -> bool {
    crate::struct_cast::cast_safety_checked(from, to).is_some_and(|s| s <= casting)
}

/// The sized dtype NumPy casts to when `to` is an unsized `S`, `U` or `V` (`astype('S')`):
/// numbers take their printed width (bytes for `V`), strings and void keep their length.
/// Any other `to` is returned unchanged.
///
/// ```
/// use numrs::{DType, promote::resolve_unsized};
/// assert_eq!(resolve_unsized(&DType::INT64, &DType::bytes(0)), DType::bytes(21));
/// assert_eq!(resolve_unsized(&DType::unicode(4), &DType::void(0)), DType::void(16));
/// assert_eq!(resolve_unsized(&DType::bytes(3), &DType::unicode(0)), DType::unicode(3));
/// ```
pub fn resolve_unsized(from: &DType, to: &DType) -> DType {
    let target = shape(to);
    let unsized_target = matches!(target, Shape::Bytes(0) | Shape::Str(0) | Shape::Void(0));
    if !unsized_target {
        return to.clone();
    }
    let (chars, bytes) = match shape(from) {
        Shape::Num(t) => (string_width(t), t.info().itemsize),
        Shape::Str(m) => (m, 4 * m),
        _ => (from.itemsize(), from.itemsize()),
    };
    match target {
        Shape::Bytes(_) => DType::bytes(chars),
        Shape::Str(_) => DType::unicode_with_order(chars, to.order()),
        _ => DType::void(bytes),
    }
}

/// NumPy's message when `astype(to, casting=...)` refuses a cast (an unsized `to` is shown
/// as [`resolve_unsized`] makes it).
///
/// ```
/// use numrs::{DType, promote::{cast_error_message, Casting}};
/// assert_eq!(cast_error_message(&DType::INT32, &DType::INT64, Casting::Equiv),
///     "Cannot cast array data from dtype('int32') to dtype('int64') according to the rule 'equiv'");
/// assert_eq!(cast_error_message(&DType::INT8, &DType::bytes(0), Casting::No),
///     "Cannot cast array data from dtype('int8') to dtype('S4') according to the rule 'no'");
/// ```
pub fn cast_error_message(from: &DType, to: &DType, casting: Casting) -> String {
    let to = resolve_unsized(from, to);
    format!(
        "Cannot cast array data from {} to {} according to the rule '{casting}'",
        dtype_repr(from),
        dtype_repr(&to)
    )
}

/// `repr(dtype)`, where NumPy leaves the length off unsized flexible types: `dtype('S')`,
/// `dtype('<U')`, `dtype('V')`.
fn dtype_repr(d: &DType) -> String {
    match shape(d) {
        Shape::Bytes(0) => "dtype('S')".to_string(),
        Shape::Void(0) => "dtype('V')".to_string(),
        Shape::Str(0) => format!("dtype('{}')", d.str().trim_end_matches('0')),
        _ => format!("{d:?}"),
    }
}

/// `Ok(())` when `can_cast(from, to, casting)`, otherwise NumPy's `TypeError`.
///
/// ```
/// use numrs::{DType, promote::{check_cast, Casting}};
/// assert!(check_cast(&DType::FLOAT64, &DType::FLOAT32, Casting::SameKind).is_ok());
/// let e = check_cast(&DType::FLOAT64, &DType::INT8, Casting::SameKind).unwrap_err();
/// assert_eq!(e.python_type(), "TypeError");
/// ```
pub fn check_cast(from: &DType, to: &DType, casting: Casting) -> Result<()> {
    if can_cast(from, to, casting) {
        Ok(())
    } else {
        Err(Error::Type(cast_error_message(from, to, casting)))
    }
}
