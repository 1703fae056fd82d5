//! Parsing of NumPy's string dtype specs, with NumPy 2's rules and error messages:
//!
//! * type strings: an optional byte order (`<`, `>`, `=`, `|`) and a type character (`'d'`,
//!   `'?'`, `'S'`), or a kind and a size (`'<i4'`, `'f8'`, `'b1'`, `'S4'`, `'U3'`, `'V8'`;
//!   `'a4'` is NumPy 2's deprecated spelling of `'S4'`);
//! * names (`'int16'`, `'double'`, `'bytes'`, `'str'`, `'void'`), without a byte order;
//! * comma strings (`'i4,f8'`, `'(2,2)S1, u4'`, `'3i4'`), see [`super::commastring`].
//!
//! Strings NumPy accepts for types numrs does not implement (object, datetime, long double,
//! `StringDType`) give [`Error::NotImplemented`]; strings NumPy rejects give NumPy's
//! `TypeError` text (`data type 'xyz' not understood`).

use super::pyrepr::str_repr;
use super::spec::DTypeSpec;
use super::{ByteOrder, DType, ScalarType};
use crate::error::{Error, Result};

/// NumPy's `TypeError` for a string it cannot read.
pub(crate) fn not_understood(spec: &str) -> Error {
    Error::Type(format!("data type {} not understood", str_repr(spec)))
}

fn unsupported(what: &str) -> Error {
    Error::NotImplemented(format!("the {what} dtype"))
}

/// What a lookup table knows about a spelling.
enum Lookup {
    /// A dtype numrs implements.
    Found(DType),
    /// A NumPy type numrs does not implement (named for the error message).
    Unsupported(&'static str),
    /// Not a NumPy spelling.
    Unknown,
}

impl Lookup {
    fn scalar(ty: ScalarType) -> Lookup {
        Lookup::Found(DType::native(ty))
    }
}

/// The names of NumPy's `sctypeDict` (Linux x86-64 sizes), looked up with the whole spec,
/// byte-order character included (so `'>int16'` is not a name).
fn by_name(name: &str) -> Lookup {
    use ScalarType::*;
    let ty = match name {
        "bool" | "bool_" => Bool,
        "int8" | "byte" => Int8,
        "uint8" | "ubyte" => UInt8,
        "int16" | "short" => Int16,
        "uint16" | "ushort" => UInt16,
        "int32" | "intc" => Int32,
        "uint32" | "uintc" => UInt32,
        "int64" | "int" | "int_" | "intp" | "long" | "longlong" => Int64,
        "uint64" | "uint" | "uintp" | "ulong" | "ulonglong" => UInt64,
        "float16" | "half" => Float16,
        "float32" | "single" => Float32,
        "float64" | "float" | "double" => Float64,
        "complex64" | "csingle" => Complex64,
        "complex128" | "complex" | "cdouble" => Complex128,
        "a" | "bytes" | "bytes_" => return Lookup::Found(DType::bytes(0)),
        "str" | "str_" | "unicode" => return Lookup::Found(DType::unicode(0)),
        "void" => return Lookup::Found(DType::void(0)),
        "longdouble" | "float128" => return Lookup::Unsupported("long double"),
        "clongdouble" | "complex256" => return Lookup::Unsupported("complex long double"),
        "object" | "object_" => return Lookup::Unsupported("object"),
        "datetime64" | "timedelta64" => return Lookup::Unsupported("datetime"),
        _ => return Lookup::Unknown,
    };
    Lookup::scalar(ty)
}

/// One-byte specs: NumPy's type characters, and (a historical accident NumPy keeps) the
/// bytes 0 to 23, which it reads as type numbers.
fn by_char(c: u8) -> Lookup {
    use ScalarType::*;
    let ty = match c {
        b'?' | 0 => Bool,
        b'b' | 1 => Int8,
        b'B' | 2 => UInt8,
        b'h' | 3 => Int16,
        b'H' | 4 => UInt16,
        b'i' | 5 => Int32,
        b'I' | 6 => UInt32,
        b'l' | b'q' | b'p' | b'n' | 7 | 9 => Int64,
        b'L' | b'Q' | b'P' | b'N' | 8 | 10 => UInt64,
        b'e' | 23 => Float16,
        b'f' | 11 => Float32,
        b'd' | 12 => Float64,
        b'F' | 14 => Complex64,
        b'D' | 15 => Complex128,
        b'S' | 18 => return Lookup::Found(DType::bytes(0)),
        b'U' | 19 => return Lookup::Found(DType::unicode(0)),
        b'V' | 20 => return Lookup::Found(DType::void(0)),
        b'c' => return Lookup::Found(DType::bytes(1)),
        b'g' | 13 => return Lookup::Unsupported("long double"),
        b'G' | 16 => return Lookup::Unsupported("complex long double"),
        b'O' | 17 => return Lookup::Unsupported("object"),
        b'M' | b'm' | 21 | 22 => return Lookup::Unsupported("datetime"),
        b'T' => return Lookup::Unsupported("StringDType"),
        _ => return Lookup::Unknown,
    };
    Lookup::scalar(ty)
}

/// A kind character and an item size (`'i4'`, `'c16'`, `'b1'`) for the non-flexible kinds.
fn by_kind_size(kind: u8, size: i64) -> Lookup {
    use ScalarType::*;
    let ty = match (kind, size) {
        (b'b', 1) => Bool,
        (b'i', 1) => Int8,
        (b'i', 2) => Int16,
        (b'i', 4) => Int32,
        (b'i', 8) => Int64,
        (b'u', 1) => UInt8,
        (b'u', 2) => UInt16,
        (b'u', 4) => UInt32,
        (b'u', 8) => UInt64,
        (b'f', 2) => Float16,
        (b'f', 4) => Float32,
        (b'f', 8) => Float64,
        (b'c', 8) => Complex64,
        (b'c', 16) => Complex128,
        (b'f', 16) => return Lookup::Unsupported("long double"),
        (b'c', 32) => return Lookup::Unsupported("complex long double"),
        (b'O', 4 | 8) => return Lookup::Unsupported("object"),
        (b'M' | b'm', 8) => return Lookup::Unsupported("datetime"),
        _ => return Lookup::Unknown,
    };
    Lookup::scalar(ty)
}

/// What C's `strtol(s, &end, 10)` reads: leading C white space, a sign, decimal digits.
/// Returns the value (saturated like `strtol`, `None` when nothing was read) and whether the
/// digits run to the end of `s`.
fn strtol(s: &[u8]) -> (Option<i64>, bool) {
    let mut i = 0;
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
        i += 1;
    }
    let negative = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let start = i;
    let mut value: i64 = 0;
    while let Some(d) = s.get(i).filter(|b| b.is_ascii_digit()) {
        let digit = i64::from(d - b'0');
        value = if negative {
            value.saturating_mul(10).saturating_sub(digit)
        } else {
            value.saturating_mul(10).saturating_add(digit)
        };
        i += 1;
    }
    if i == start {
        return (None, false);
    }
    (Some(value), i == s.len())
}

/// NumPy's names that were removed in 2.0 get their own `TypeError`.
fn removed_alias(body: &str) -> bool {
    matches!(
        body,
        "int0" | "uint0" | "void0" | "object0" | "str0" | "bytes0" | "bool8"
    )
}

/// Looks the whole spec up as a name; `body` is the spec without its byte-order character.
fn name_or_fail(spec: &str, body: &str) -> Result<DType> {
    match by_name(spec) {
        Lookup::Found(d) => Ok(d),
        Lookup::Unsupported(what) => Err(unsupported(what)),
        Lookup::Unknown if removed_alias(body) => Err(Error::Type(format!(
            "Alias {} was removed in NumPy 2.0. Use a name without a digit at the end.",
            str_repr(spec)
        ))),
        Lookup::Unknown => Err(not_understood(spec)),
    }
}

/// The comma-string test of NumPy's C parser: a leading digit (after an optional byte-order
/// character), a leading `()`, or a comma outside square brackets.
fn is_commastring(b: &[u8]) -> bool {
    let order = |c: u8| matches!(c, b'<' | b'>' | b'|' | b'=');
    if b.first().is_some_and(u8::is_ascii_digit)
        || (b.len() > 1 && order(b[0]) && b[1].is_ascii_digit())
    {
        return true;
    }
    if (b.len() > 1 && b.starts_with(b"()"))
        || (b.len() > 3 && order(b[0]) && b[1..].starts_with(b"()"))
    {
        return true;
    }
    let mut depth = 0i64;
    for &c in b {
        match c {
            b',' if depth == 0 => return true,
            b'[' => depth += 1,
            b']' => depth -= 1,
            _ => {}
        }
    }
    false
}

fn is_datetime(body: &[u8]) -> bool {
    (body.len() >= 2 && body[1] == b'8' && matches!(body[0], b'M' | b'm'))
        || body.starts_with(b"datetime64")
        || body.starts_with(b"timedelta64")
}

/// Parses a string spec as `np.dtype(spec, align=align)` does (`align` only matters for
/// comma strings, which make structured dtypes).
pub(crate) fn parse_str_aligned(spec: &str, align: bool) -> Result<DType> {
    let bytes = spec.as_bytes();
    if bytes.is_empty() {
        return Err(not_understood(spec));
    }
    if is_commastring(bytes) {
        return super::commastring::parse(spec, align);
    }
    let (order, body) = match bytes[0] {
        b'<' => (Some(ByteOrder::Little), &spec[1..]),
        b'>' => (Some(ByteOrder::Big), &spec[1..]),
        b'=' | b'|' => (None, &spec[1..]),
        _ => (None, spec),
    };
    let b = body.as_bytes();
    if b.is_empty() {
        return Err(not_understood(spec));
    }
    if is_datetime(b) {
        return Err(unsupported("datetime"));
    }
    let found = if b.len() == 1 {
        by_char(b[0])
    } else {
        let (value, whole) = strtol(&b[1..]);
        match value {
            Some(v) if !(0..=i64::from(i32::MAX)).contains(&v) => return Err(not_understood(spec)),
            Some(_) if b[1..].contains(&0) => return Err(not_understood(spec)),
            Some(size) if whole => {
                let n = usize::try_from(size).map_err(|_| not_understood(spec))?;
                match b[0] {
                    b'S' | b'a' => Lookup::Found(DType::bytes(n)),
                    b'U' if size > i64::from(i32::MAX / 4) => return Err(not_understood(spec)),
                    b'U' => Lookup::Found(DType::unicode(n)),
                    b'V' => Lookup::Found(DType::void(n)),
                    _ if size == 0 => Lookup::Unknown,
                    kind => by_kind_size(kind, size),
                }
            }
            _ => Lookup::Unknown,
        }
    };
    let dtype = match found {
        Lookup::Found(d) => d,
        Lookup::Unsupported(what) => return Err(unsupported(what)),
        Lookup::Unknown => return name_or_fail(spec, body),
    };
    Ok(match (order, dtype.scalar_type()) {
        (Some(o), Some(ty)) => DType::with_order(ty, o),
        (Some(o), None) if dtype.kind() == 'U' => {
            DType::unicode_with_order(dtype.itemsize() / 4, o)
        }
        _ => dtype,
    })
}

/// Parses a string spec as `np.dtype(spec)` does.
pub(crate) fn parse_str(spec: &str) -> Result<DType> {
    parse_str_aligned(spec, false)
}

/// Builds a dtype from any spec form (see [`DTypeSpec`]).
pub(crate) fn from_spec(spec: &DTypeSpec, align: bool) -> Result<DType> {
    super::build::from_spec(spec, align)
}

/// NumPy's refusal to make a dtype from an abstract scalar type.
fn abstract_type(name: &str) -> Option<&'static str> {
    Some(match name {
        "generic" | "flexible" => "Converting `np.generic` to a dtype is not allowed.",
        "number" | "inexact" | "floating" => {
            "Converting `np.inexact` or `np.floating` to a dtype not allowed"
        }
        "integer" | "signedinteger" => {
            "Converting 'np.integer' or 'np.signedinteger' to a dtype is not allowed"
        }
        "unsignedinteger" => "Converting `np.unsignedinteger` to a dtype is not allowed",
        "complexfloating" => "Converting `np.complex` to a dtype is not allowed.",
        "character" => "Converting `np.character` to a dtype is not allowed",
        _ => return None,
    })
}

/// `np.dtype(t)` for a Python type object, named as Python prints it: the built-in types
/// `int`, `float`, `complex`, `bool`, `bytes`, `str`, `memoryview`, `object`, and NumPy's
/// scalar types (`numpy.int16`, `np.float32`, `numpy.bytes_`, ...).
pub(crate) fn python_type(name: &str) -> Result<DType> {
    let short = name
        .strip_prefix("numpy.")
        .or_else(|| name.strip_prefix("np."));
    let found = match (short, name) {
        (None, "int") => Lookup::scalar(ScalarType::Int64),
        (None, "float") => Lookup::scalar(ScalarType::Float64),
        (None, "complex") => Lookup::scalar(ScalarType::Complex128),
        (None, "bool") => Lookup::scalar(ScalarType::Bool),
        (None, "bytes") => Lookup::Found(DType::bytes(0)),
        (None, "str") => Lookup::Found(DType::unicode(0)),
        (None, "memoryview") => Lookup::Found(DType::void(0)),
        (None, _) => Lookup::Unsupported("object"),
        (Some(n), _) => {
            if let Some(msg) = abstract_type(n) {
                return Err(Error::Type(msg.to_string()));
            }
            by_name(n)
        }
    };
    match found {
        Lookup::Found(d) => Ok(d),
        Lookup::Unsupported(what) => Err(unsupported(what)),
        Lookup::Unknown => Err(Error::Type(format!(
            "Cannot interpret '<class {}>' as a data type",
            str_repr(name)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs() {
        let cases = [
            ("<i4", "<i4"),
            (">f8", ">f8"),
            ("u1", "|u1"),
            ("int16", "<i2"),
            ("float64", "<f8"),
            ("f", "<f4"),
            ("d", "<f8"),
            ("b", "|i1"),
            ("?", "|b1"),
            ("c16", "<c16"),
            ("b1", "|b1"),
            (">i1", "|i1"),
            ("=i8", "<i8"),
            ("<i", "<i4"),
            ("S+4", "|S4"),
            ("i 4", "<i4"),
            ("a4", "|S4"),
            ("c", "|S1"),
            (">U3", ">U3"),
            ("|U3", "<U3"),
            ("\u{c}", "<f8"),
        ];
        for (spec, want) in cases {
            assert_eq!(parse_str(spec).unwrap().str(), want, "{spec}");
        }
        for bad in [
            "", "i3", "<", "x4", "int12", "f8x", "<<i4", ">int16", "S-1", "i4 ", "(3)i4",
        ] {
            assert!(
                matches!(parse_str(bad), Err(Error::Type(_))),
                "{bad}: {:?}",
                parse_str(bad)
            );
        }
        assert!(matches!(parse_str("O"), Err(Error::NotImplemented(_))));
        assert_eq!(
            parse_str("int0").unwrap_err().to_string(),
            "Alias 'int0' was removed in NumPy 2.0. Use a name without a digit at the end."
        );
    }

    #[test]
    fn python_types() {
        assert_eq!(python_type("int").unwrap(), DType::INT64);
        assert_eq!(python_type("numpy.int16").unwrap(), DType::INT16);
        assert_eq!(python_type("np.bytes_").unwrap(), DType::bytes(0));
        assert!(matches!(python_type("list"), Err(Error::NotImplemented(_))));
        assert!(matches!(python_type("numpy.foo"), Err(Error::Type(_))));
        assert!(matches!(python_type("numpy.integer"), Err(Error::Type(_))));
    }
}
