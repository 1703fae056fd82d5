//! Parsing of NumPy's string dtype specs: type strings (`'<i4'`, `'f8'`, `'b1'`), single
//! characters (`'d'`, `'?'`), and names (`'int16'`, `'double'`).

use super::spec::DTypeSpec;
use super::{ByteOrder, DType, ScalarType};
use crate::error::{Error, Result};

fn not_understood(spec: &str) -> Error {
    Error::Type(format!("data type '{spec}' not understood"))
}

/// Names NumPy 2 accepts for numeric types (Linux x86-64 sizes).
fn by_name(name: &str) -> Option<ScalarType> {
    use ScalarType::*;
    Some(match name {
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
        _ => return None,
    })
}

/// Single type characters.
fn by_char(c: char) -> Option<ScalarType> {
    use ScalarType::*;
    Some(match c {
        '?' => Bool,
        'b' => Int8,
        'B' => UInt8,
        'h' => Int16,
        'H' => UInt16,
        'i' => Int32,
        'I' => UInt32,
        'l' | 'q' | 'p' => Int64,
        'L' | 'Q' | 'P' => UInt64,
        'e' => Float16,
        'f' => Float32,
        'd' => Float64,
        'F' => Complex64,
        'D' => Complex128,
        _ => return None,
    })
}

/// Kind character plus item size, as in `'i4'`, `'f8'`, `'c16'`, `'b1'`.
fn by_kind_size(kind: char, size: usize) -> Option<ScalarType> {
    use ScalarType::*;
    Some(match (kind, size) {
        ('b', 1) => Bool,
        ('i', 1) => Int8,
        ('i', 2) => Int16,
        ('i', 4) => Int32,
        ('i', 8) => Int64,
        ('u', 1) => UInt8,
        ('u', 2) => UInt16,
        ('u', 4) => UInt32,
        ('u', 8) => UInt64,
        ('f', 2) => Float16,
        ('f', 4) => Float32,
        ('f', 8) => Float64,
        ('c', 8) => Complex64,
        ('c', 16) => Complex128,
        _ => return None,
    })
}

pub(crate) fn parse_str(spec: &str) -> Result<DType> {
    if let Some(ty) = by_name(spec) {
        return Ok(DType::native(ty));
    }
    let mut chars = spec.chars();
    let (order, body) = match chars.next() {
        Some('<') => (Some(ByteOrder::Little), chars.as_str()),
        Some('>') | Some('!') => (Some(ByteOrder::Big), chars.as_str()),
        Some('=') | Some('|') => (None, chars.as_str()),
        _ => (None, spec),
    };
    let mut body_chars = body.chars();
    let first = body_chars.next().ok_or_else(|| not_understood(spec))?;
    let digits = body_chars.as_str();
    let ty = if digits.is_empty() {
        by_char(first)
    } else if digits.bytes().all(|b| b.is_ascii_digit()) {
        let size: usize = digits.parse().map_err(|_| not_understood(spec))?;
        by_kind_size(first, size)
    } else {
        None
    };
    let ty = ty.ok_or_else(|| not_understood(spec))?;
    Ok(DType::with_order(ty, order.unwrap_or(ByteOrder::NATIVE)))
}

/// Builds a dtype from any spec form (see [`DTypeSpec`]).
pub(crate) fn from_spec(spec: &DTypeSpec, _align: bool) -> Result<DType> {
    match spec {
        DTypeSpec::Str(s) => parse_str(s),
        DTypeSpec::PyType(t) => DType::from_python_type(t),
        DTypeSpec::DType(d) => Ok(d.clone()),
        _ => Err(Error::NotImplemented("this dtype spec form".into())),
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
        ];
        for (spec, want) in cases {
            assert_eq!(parse_str(spec).unwrap().str(), want, "{spec}");
        }
        for bad in ["", "i3", "<", "x4", "int12", "f8x", "<<i4"] {
            assert!(parse_str(bad).is_err(), "{bad}");
        }
    }
}
