//! `str(dtype)`, `repr(dtype)` and `dtype.descr`, as NumPy 2 prints them.

use super::{DType, Repr};
use std::fmt;

impl DType {
    /// What NumPy prints after `dtype=` in an array repr: the name for native builtin types,
    /// the quoted type string for the others, the list form for records.
    pub(crate) fn repr_in_array(&self) -> String {
        match self.repr() {
            Repr::Scalar { .. } if self.is_native() => self.name(),
            Repr::Record(_) => self.to_string(),
            _ => format!("'{}'", self.str()),
        }
    }
}

/// `str(dtype)`: the name for native numeric types, the type string otherwise.
impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr() {
            Repr::Scalar { .. } if self.is_native() => f.write_str(&self.name()),
            Repr::Bytes(n) => write!(f, "S{n}"),
            Repr::Void(n) => write!(f, "V{n}"),
            _ => f.write_str(&self.str()),
        }
    }
}

/// `repr(dtype)`: `dtype('int32')`, `dtype('>i4')`.
impl fmt::Debug for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dtype('{self}')")
    }
}
