//! Dtype specs in the forms NumPy's `np.dtype(...)` accepts, as Rust values.

use super::DType;
use crate::error::Result;

/// The second element of a `(base, x)` tuple spec: an integer or a shape.
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
    /// Field name (`''` gets NumPy's default `f<i>`).
    pub name: String,
    /// Optional title.
    pub title: Option<String>,
    /// The field's format.
    pub format: DTypeSpec,
    /// The optional third element: a sub-array shape.
    pub shape: Option<TupleArg>,
}

/// A dtype spec as NumPy's Python API accepts it.
#[derive(Clone, Debug, PartialEq)]
pub enum DTypeSpec {
    /// A string: `'<i4'`, `'S4'`, `'int16'`, `'i4,f8'`, `'(2,2)S1, u4'`.
    Str(String),
    /// A Python type object by name: `int`, `float`, `complex`, `bool`, `bytes`, `str`.
    PyType(String),
    /// An existing dtype.
    DType(DType),
    /// A `(base, int_or_shape)` tuple.
    Tuple(Box<DTypeSpec>, TupleArg),
    /// A list of fields.
    List(Vec<FieldSpec>),
    /// The dict form: names, formats and optional offsets, titles and itemsize.
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
    },
}

impl DTypeSpec {
    /// Builds the dtype, as `np.dtype(spec, align=align)`.
    ///
    /// ```
    /// use numrs::dtype::DTypeSpec;
    /// assert_eq!(DTypeSpec::Str("<u4".into()).to_dtype(false).unwrap(), numrs::DType::UINT32);
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
