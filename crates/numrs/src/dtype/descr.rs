//! `dtype.descr`: the `__array_interface__` description of a dtype, a list of
//! `(name, typestr[, shape])` entries with `('', '|V<n>')` padding entries for the gaps
//! between fields, as NumPy builds it (`numpy/_core/_internal.py`, `_array_descr`).
//!
//! ```
//! let d = numrs::DType::parse("S4,(2,2)S1").unwrap();
//! assert_eq!(d.descr_repr().unwrap(), "[('f0', '|S4'), ('f1', '|S1', (2, 2))]");
//! assert_eq!(numrs::DType::INT32.descr_repr().unwrap(), "[('', '<i4')]");
//! ```

use super::pyrepr::str_repr;
use super::DType;
use crate::error::{shape_str, Error, Result};
use std::fmt;

/// What an entry describes: a type string, the entries of a nested structure, or a nested
/// sub-array `(format, shape)`.
///
/// ```
/// use numrs::dtype::descr::DescrFormat;
/// let f = DescrFormat::SubArray(Box::new(DescrFormat::TypeStr("<i4".into())), vec![2]);
/// assert_eq!(f.to_string(), "('<i4', (2,))");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DescrFormat {
    /// An array-protocol type string: `'<i4'`, `'|S4'`, `'|V3'`.
    TypeStr(String),
    /// A nested structure.
    Fields(Vec<DescrEntry>),
    /// A sub-array whose base is itself a sub-array.
    SubArray(Box<DescrFormat>, Vec<usize>),
}

/// One `(name, format)` or `(name, format, shape)` entry of `dtype.descr`; a titled field's
/// name prints as `(title, name)`, padding entries have the empty name.
///
/// ```
/// let d = numrs::dtype::DTypeSpec::List(vec![numrs::dtype::spec::FieldSpec {
///     name: "a".into(),
///     title: Some("t".into()),
///     format: "S1".into(),
///     shape: Some(numrs::dtype::spec::TupleArg::Shape(vec![2, 2])),
/// }])
/// .to_dtype(false)
/// .unwrap();
/// let e = &d.descr().unwrap()[0];
/// assert_eq!(e.to_string(), "(('t', 'a'), '|S1', (2, 2))");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DescrEntry {
    /// The field name (`""` for padding and for unstructured dtypes).
    pub name: String,
    /// The field title.
    pub title: Option<String>,
    /// The field format.
    pub format: DescrFormat,
    /// The sub-array shape of a sub-array field.
    pub shape: Option<Vec<usize>>,
}

impl DescrEntry {
    fn plain(name: &str, typestr: String) -> DescrEntry {
        DescrEntry {
            name: name.to_string(),
            title: None,
            format: DescrFormat::TypeStr(typestr),
            shape: None,
        }
    }
}

/// The format part of a field: nested structures recurse, sub-arrays of sub-arrays nest.
fn format_of(d: &DType) -> Result<DescrFormat> {
    if d.fields().is_some() {
        return Ok(DescrFormat::Fields(record_descr(d)?));
    }
    match d.subdtype() {
        Some((base, shape)) => Ok(DescrFormat::SubArray(
            Box::new(format_of(base)?),
            shape.to_vec(),
        )),
        None => Ok(DescrFormat::TypeStr(d.str())),
    }
}

fn record_descr(d: &DType) -> Result<Vec<DescrEntry>> {
    let mut out = Vec::new();
    let mut offset = 0usize;
    for f in d.fields().unwrap_or_default() {
        if f.offset > offset {
            out.push(DescrEntry::plain("", format!("|V{}", f.offset - offset)));
            offset = f.offset;
        } else if f.offset < offset {
            return Err(Error::Value(
                "dtype.descr is not defined for types with overlapping or out-of-order fields"
                    .into(),
            ));
        }
        let (format, shape) = match f.dtype.subdtype() {
            Some((base, shape)) => (format_of(base)?, Some(shape.to_vec())),
            None => (format_of(&f.dtype)?, None),
        };
        out.push(DescrEntry {
            name: f.name.clone(),
            title: f.title.clone(),
            format,
            shape,
        });
        offset += f.dtype.itemsize();
    }
    if d.itemsize() > offset {
        out.push(DescrEntry::plain(
            "",
            format!("|V{}", d.itemsize() - offset),
        ));
    }
    Ok(out)
}

impl DType {
    /// `dtype.descr`. Unstructured dtypes give one unnamed entry with their type string
    /// (`[('', '<i4')]`, `[('', '|V16')]` for a sub-array); structured ones list their
    /// fields with padding entries. Fields that overlap or are out of order give NumPy's
    /// `ValueError`.
    ///
    /// ```
    /// let d = numrs::DType::parse("i1,<i4").unwrap();
    /// let e = d.descr().unwrap();
    /// assert_eq!((e.len(), e[1].name.as_str()), (2, "f1"));
    /// ```
    pub fn descr(&self) -> Result<Vec<DescrEntry>> {
        if self.fields().is_some() {
            record_descr(self)
        } else {
            Ok(vec![DescrEntry::plain("", self.str())])
        }
    }

    /// `repr(dtype.descr)`: the list as Python prints it.
    ///
    /// ```
    /// let d = numrs::dtype::DTypeSpec::Str("i1,<i4".into()).to_dtype(true).unwrap();
    /// assert_eq!(d.descr_repr().unwrap(), "[('f0', '|i1'), ('', '|V3'), ('f1', '<i4')]");
    /// ```
    pub fn descr_repr(&self) -> Result<String> {
        Ok(list_repr(&self.descr()?))
    }
}

fn list_repr(entries: &[DescrEntry]) -> String {
    let items: Vec<String> = entries.iter().map(ToString::to_string).collect();
    format!("[{}]", items.join(", "))
}

/// Python's repr of the format: `'<i4'`, a list, or `('<i4', (2,))`.
impl fmt::Display for DescrFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DescrFormat::TypeStr(s) => f.write_str(&str_repr(s)),
            DescrFormat::Fields(entries) => f.write_str(&list_repr(entries)),
            DescrFormat::SubArray(base, shape) => write!(f, "({base}, {})", shape_str(shape)),
        }
    }
}

/// Python's repr of the entry tuple: `('a', '<i4')`, `(('t', 'a'), '|S1', (2, 2))`.
impl fmt::Display for DescrEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.title {
            Some(t) => write!(f, "(({}, {}), ", str_repr(t), str_repr(&self.name))?,
            None => write!(f, "({}, ", str_repr(&self.name))?,
        }
        write!(f, "{}", self.format)?;
        if let Some(shape) = &self.shape {
            write!(f, ", {}", shape_str(shape))?;
        }
        f.write_str(")")
    }
}
