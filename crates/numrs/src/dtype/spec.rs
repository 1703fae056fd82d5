//! Dtype specs in the forms NumPy's `np.dtype(...)` accepts, as Rust values.
//!
//! | Python                                           | Rust                                   |
//! |--------------------------------------------------|----------------------------------------|
//! | `'<i4'`, `'i4,f8'`                               | [`DTypeSpec::Str`]                     |
//! | `int`, `bytes`, `np.int16`                       | [`DTypeSpec::PyType`]                  |
//! | `np.dtype('i4')`                                 | [`DTypeSpec::DType`]                   |
//! | `(bytes, 4)`, `('S1', (2, 2))`                   | [`DTypeSpec::Tuple`]                   |
//! | `[('a', 'i4'), (('t', 'b'), 'f8', (2,))]`        | [`DTypeSpec::List`]                    |
//! | `{'names': [...], 'formats': [...], ...}`        | [`DTypeSpec::Dict`]                    |
//! | `{'a': ('i4', 0), 'b': ('f8', 8, 'title')}`      | [`DTypeSpec::FieldsDict`]              |

use super::DType;
use crate::error::Result;

/// The second element of a `(base, x)` tuple spec: an integer or a shape.
///
/// ```
/// use numrs::dtype::{DTypeSpec, spec::TupleArg};
/// let sub = DTypeSpec::Tuple(Box::new("i4".into()), TupleArg::Int(3));
/// assert_eq!(format!("{:?}", sub.to_dtype(false).unwrap()), "dtype(('<i4', (3,)))");
/// let same = DTypeSpec::Tuple(Box::new("i4".into()), TupleArg::Shape(vec![]));
/// assert_eq!(same.to_dtype(false).unwrap(), numrs::DType::INT32);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum TupleArg {
    /// `(bytes, 4)`: an item size for flexible types, a 1-d shape `(n,)` for others.
    Int(i64),
    /// `('S1', (2, 2))`: a sub-array shape.
    Shape(Vec<i64>),
}

/// One `(name, format[, shape])` entry of a list spec; the name may carry a title
/// (`((title, name), format)`).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldSpec {
    /// Field name (`''` gets NumPy's default `f<i>`, or the title when there is one).
    pub name: String,
    /// Optional title.
    pub title: Option<String>,
    /// The field's format.
    pub format: DTypeSpec,
    /// The optional third element: a sub-array shape.
    pub shape: Option<TupleArg>,
}

impl FieldSpec {
    /// A `(name, format)` entry.
    ///
    /// ```
    /// use numrs::dtype::{DTypeSpec, spec::FieldSpec};
    /// let d = DTypeSpec::List(vec![FieldSpec::new("a", "<u2".into())]).to_dtype(false).unwrap();
    /// assert_eq!(format!("{d:?}"), "dtype([('a', '<u2')])");
    /// ```
    pub fn new(name: impl Into<String>, format: DTypeSpec) -> FieldSpec {
        FieldSpec {
            name: name.into(),
            title: None,
            format,
            shape: None,
        }
    }
}

/// One `name: (format, offset[, title])` entry of the fields-dictionary spec.
///
/// ```
/// use numrs::dtype::{DTypeSpec, spec::FieldsDictEntry};
/// let entry = |name: &str, format: &str, offset| FieldsDictEntry {
///     name: name.into(), format: format.into(), offset, title: None,
/// };
/// let d = DTypeSpec::FieldsDict(vec![entry("b", "f8", 8), entry("a", "i4", 0)]);
/// assert_eq!(format!("{:?}", d.to_dtype(false).unwrap()),
///            "dtype({'names': ['a', 'b'], 'formats': ['<i4', '<f8'], 'offsets': [0, 8], 'itemsize': 16})");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct FieldsDictEntry {
    /// The field name (the dictionary key).
    pub name: String,
    /// The field's format.
    pub format: DTypeSpec,
    /// The byte offset.
    pub offset: i64,
    /// Optional title (an entry whose title equals its name is NumPy's title alias and is
    /// skipped).
    pub title: Option<String>,
}

/// A dtype spec as NumPy's Python API accepts it.
///
/// ```
/// use numrs::dtype::DTypeSpec;
/// let wav = DTypeSpec::Dict {
///     names: vec!["format".into(), "sample_rate".into()],
///     formats: vec!["S4".into(), "<u4".into()],
///     offsets: Some(vec![8, 24]),
///     titles: None,
///     itemsize: None,
///     aligned: None,
/// };
/// let d = wav.to_dtype(false).unwrap();
/// assert_eq!((d.itemsize(), d.field("sample_rate").unwrap().offset), (28, 24));
/// let e = DTypeSpec::List(vec![]).to_dtype(true).unwrap();
/// assert_eq!(format!("{e:?}"), "dtype([], align=True)");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum DTypeSpec {
    /// A string: `'<i4'`, `'S4'`, `'int16'`, `'i4,f8'`, `'(2,2)S1, u4'`.
    Str(String),
    /// A Python type object by name: `int`, `float`, `complex`, `bool`, `bytes`, `str`,
    /// `memoryview`, or a NumPy scalar type as `numpy.int16` / `np.int16`.
    PyType(String),
    /// An existing dtype.
    DType(DType),
    /// A `(base, int_or_shape)` tuple.
    Tuple(Box<DTypeSpec>, TupleArg),
    /// A list of fields.
    List(Vec<FieldSpec>),
    /// The dict form: names, formats and optional offsets, titles, itemsize and aligned flag.
    Dict {
        /// Field names.
        names: Vec<String>,
        /// Field formats.
        formats: Vec<DTypeSpec>,
        /// Field offsets (packed when absent).
        offsets: Option<Vec<i64>>,
        /// Field titles.
        titles: Option<Vec<Option<String>>>,
        /// Total item size.
        itemsize: Option<i64>,
        /// The `'aligned'` entry: `Some(true)` acts as `align=True`.
        aligned: Option<bool>,
    },
    /// The older dictionary form keyed by field name, `{'a': ('i4', 0)}`: fields are placed
    /// at their offsets and ordered by offset.
    FieldsDict(Vec<FieldsDictEntry>),
}

impl DTypeSpec {
    /// Builds the dtype, as `np.dtype(spec, align=align)`.
    ///
    /// ```
    /// use numrs::dtype::{DTypeSpec, spec::TupleArg};
    /// assert_eq!(DTypeSpec::Str("<u4".into()).to_dtype(false).unwrap(), numrs::DType::UINT32);
    /// let s4 = DTypeSpec::Tuple(Box::new(DTypeSpec::PyType("bytes".into())), TupleArg::Int(4));
    /// assert_eq!(format!("{:?}", s4.to_dtype(false).unwrap()), "dtype('S4')");
    /// let e = DTypeSpec::Str("xyz".into()).to_dtype(false).unwrap_err();
    /// assert_eq!((e.python_type(), e.to_string().as_str()), ("TypeError", "data type 'xyz' not understood"));
    /// ```
    pub fn to_dtype(&self, align: bool) -> Result<DType> {
        super::parse::from_spec(self, align)
    }
}

impl From<&str> for DTypeSpec {
    fn from(s: &str) -> Self {
        DTypeSpec::Str(s.to_string())
    }
}

impl From<DType> for DTypeSpec {
    fn from(d: DType) -> Self {
        DTypeSpec::DType(d)
    }
}
