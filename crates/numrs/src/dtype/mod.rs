//! Data types: how to read one item from bytes.
//!
//! A [`DType`] is data, not a Rust type: numeric kernels are selected from it at run time
//! through [`crate::dispatch_numeric!`]. Besides NumPy's numeric types in any byte order, a
//! dtype can be a byte string (`S`), a UCS-4 string (`U`), raw bytes (`V`), a structured
//! record of named fields at byte offsets, or a sub-array (a dtype repeated in a shape, used
//! for record fields).
//!
//! ```text
//!   wav header record (itemsize 20):
//!   byte  0        4            8        12              16
//!         [chunk_id][chunk_size ][format ][data_id 2x2 S1][data_size]
//!          S4        <u4          S4       ('S1',(2,2))    <u4
//! ```

mod build;
mod commastring;
pub mod descr;
mod display;
pub mod parse;
mod pyrepr;
mod record;
mod scalar_type;
pub mod spec;
#[cfg(test)]
mod testdata;

pub use record::{Field, SubArray};
pub use scalar_type::{ByteOrder, ScalarType, TypeInfo};
pub use spec::DTypeSpec;

use crate::error::{Error, Result};
use record::Record;
use std::sync::Arc;

/// A data type: what one item is and how its bytes are ordered.
///
/// ```
/// use numrs::DType;
/// let d: DType = ">i4".parse().unwrap();
/// assert_eq!(d.itemsize(), 4);
/// assert_eq!(d.byteorder(), '>');
/// assert_eq!(d.str(), ">i4");
/// assert_eq!(format!("{d:?}"), "dtype('>i4')");
/// assert_eq!("<i4".parse::<DType>().unwrap(), DType::INT32);
/// ```
#[derive(Clone, Eq)]
pub struct DType {
    repr: Repr,
}

/// Numeric dtypes compare inline: every view and ufunc call compares dtypes, and the
/// derived comparison of the whole enum is an out-of-line call.
impl PartialEq for DType {
    #[inline]
    fn eq(&self, other: &DType) -> bool {
        match (&self.repr, &other.repr) {
            (Repr::Scalar { ty: a, order: x }, Repr::Scalar { ty: b, order: y }) => {
                a == b && x == y
            }
            (a, b) => a == b,
        }
    }
}

/// Hashes as the derived impl would (consistent with [`PartialEq`], which agrees with the
/// derived comparison).
impl std::hash::Hash for DType {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.repr.hash(state);
    }
}

#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) enum Repr {
    /// A numeric type.
    Scalar { ty: ScalarType, order: ByteOrder },
    /// `S<n>`: NUL-padded bytes.
    Bytes(usize),
    /// `U<n>`: `n` UCS-4 code points.
    Str { chars: usize, order: ByteOrder },
    /// `V<n>`: raw bytes without fields.
    Void(usize),
    /// Named fields at byte offsets.
    Record(Arc<Record>),
    /// A base dtype repeated in a C-ordered shape.
    SubArray(Arc<SubArray>),
}

impl DType {
    /// `bool`
    pub const BOOL: DType = DType::native(ScalarType::Bool);
    /// `int8`
    pub const INT8: DType = DType::native(ScalarType::Int8);
    /// `uint8`
    pub const UINT8: DType = DType::native(ScalarType::UInt8);
    /// `int16`
    pub const INT16: DType = DType::native(ScalarType::Int16);
    /// `uint16`
    pub const UINT16: DType = DType::native(ScalarType::UInt16);
    /// `int32`
    pub const INT32: DType = DType::native(ScalarType::Int32);
    /// `uint32`
    pub const UINT32: DType = DType::native(ScalarType::UInt32);
    /// `int64`, also NumPy's default integer on Linux (`np.dtype(int)`)
    pub const INT64: DType = DType::native(ScalarType::Int64);
    /// `uint64`
    pub const UINT64: DType = DType::native(ScalarType::UInt64);
    /// `float16`
    pub const FLOAT16: DType = DType::native(ScalarType::Float16);
    /// `float32`
    pub const FLOAT32: DType = DType::native(ScalarType::Float32);
    /// `float64`, NumPy's default float
    pub const FLOAT64: DType = DType::native(ScalarType::Float64);
    /// `complex64`
    pub const COMPLEX64: DType = DType::native(ScalarType::Complex64);
    /// `complex128`
    pub const COMPLEX128: DType = DType::native(ScalarType::Complex128);
    /// NumPy's default integer, `np.dtype(int)`: int64 on Linux.
    pub const DEFAULT_INT: DType = DType::INT64;

    /// The native-order dtype of a scalar type.
    pub const fn native(ty: ScalarType) -> DType {
        DType {
            repr: Repr::Scalar {
                ty,
                order: ByteOrder::NATIVE,
            },
        }
    }

    /// A scalar type in a given byte order (single-byte types ignore the order).
    ///
    /// ```
    /// use numrs::{DType, dtype::{ScalarType, ByteOrder}};
    /// assert_eq!(DType::with_order(ScalarType::Int8, ByteOrder::Big), DType::INT8);
    /// ```
    pub const fn with_order(ty: ScalarType, order: ByteOrder) -> DType {
        let order = if ty.info().itemsize == 1 {
            ByteOrder::NATIVE
        } else {
            order
        };
        DType {
            repr: Repr::Scalar { ty, order },
        }
    }

    /// `S<n>`: byte strings of `n` bytes, NUL-padded.
    ///
    /// ```
    /// assert_eq!(numrs::DType::bytes(4).str(), "|S4");
    /// ```
    pub const fn bytes(n: usize) -> DType {
        DType {
            repr: Repr::Bytes(n),
        }
    }

    /// `U<n>`: strings of `n` UCS-4 code points in native order.
    ///
    /// ```
    /// assert_eq!(numrs::DType::unicode(3).itemsize(), 12);
    /// ```
    pub const fn unicode(chars: usize) -> DType {
        DType::unicode_with_order(chars, ByteOrder::NATIVE)
    }

    /// `U<n>` in a given byte order.
    pub const fn unicode_with_order(chars: usize, order: ByteOrder) -> DType {
        DType {
            repr: Repr::Str { chars, order },
        }
    }

    /// `V<n>`: `n` raw bytes.
    pub const fn void(n: usize) -> DType {
        DType {
            repr: Repr::Void(n),
        }
    }

    /// A structured dtype with explicit field offsets. `itemsize` defaults to the end of the
    /// last-ending field; `aligned` marks NumPy's `align=True` structs (`isalignedstruct`).
    ///
    /// ```
    /// use numrs::{DType, dtype::Field};
    /// let d = DType::record(vec![Field::new("r", DType::INT8, 0), Field::new("g", DType::INT8, 1)], None, false).unwrap();
    /// assert_eq!(d.itemsize(), 2);
    /// assert_eq!(d.field("g").unwrap().offset, 1);
    /// ```
    pub fn record(fields: Vec<Field>, itemsize: Option<usize>, aligned: bool) -> Result<DType> {
        Ok(DType {
            repr: Repr::Record(Arc::new(Record::new(fields, itemsize, aligned)?)),
        })
    }

    /// A structured dtype whose fields follow each other (with C-struct padding when
    /// `align`), as NumPy builds `np.dtype([...])` from a list.
    ///
    /// ```
    /// use numrs::DType;
    /// let d = DType::packed_record(vec![("a".into(), DType::INT8, None), ("b".into(), DType::INT32, None)], true).unwrap();
    /// assert_eq!((d.field("b").unwrap().offset, d.itemsize(), d.alignment()), (4, 8, 4));
    /// ```
    pub fn packed_record(
        fields: Vec<(String, DType, Option<String>)>,
        align: bool,
    ) -> Result<DType> {
        Ok(DType {
            repr: Repr::Record(Arc::new(Record::packed(fields, align)?)),
        })
    }

    /// A sub-array dtype: `base` repeated in `shape` (`np.dtype(('S1', (2, 2)))`).
    ///
    /// ```
    /// let d = numrs::DType::subarray(numrs::DType::bytes(1), &[2, 2]).unwrap();
    /// assert_eq!(d.itemsize(), 4);
    /// assert_eq!(d.shape(), &[2, 2]);
    /// ```
    pub fn subarray(base: DType, shape: &[usize]) -> Result<DType> {
        Ok(DType {
            repr: Repr::SubArray(Arc::new(SubArray::new(base, shape)?)),
        })
    }

    pub(crate) fn repr(&self) -> &Repr {
        &self.repr
    }

    /// The numeric element type, or `None` for strings, void and structured dtypes.
    pub fn scalar_type(&self) -> Option<ScalarType> {
        match self.repr {
            Repr::Scalar { ty, .. } => Some(ty),
            _ => None,
        }
    }

    /// The scalar type of a numeric dtype in the machine's byte order, else `None`: the
    /// dtypes kernels read without swapping (`self == &DType::native(t)`, without building
    /// one to compare).
    #[inline(always)]
    pub(crate) fn native_scalar_type(&self) -> Option<ScalarType> {
        match self.repr {
            Repr::Scalar { ty, order } if order == ByteOrder::NATIVE => Some(ty),
            _ => None,
        }
    }

    /// The numeric element type, or a `TypeError` naming the operation that needs one.
    pub(crate) fn numeric(&self, what: &str) -> Result<ScalarType> {
        self.scalar_type()
            .ok_or_else(|| Error::NotImplemented(format!("{what} for dtype {self:?}")))
    }

    /// Byte order of numeric and `U` items (native for the others).
    pub fn order(&self) -> ByteOrder {
        match self.repr {
            Repr::Scalar { order, .. } | Repr::Str { order, .. } => order,
            _ => ByteOrder::NATIVE,
        }
    }

    /// True when items are stored in the machine's order (`dtype.isnative`); for records,
    /// when every field is.
    pub fn is_native(&self) -> bool {
        match &self.repr {
            Repr::Scalar { order, .. } | Repr::Str { order, .. } => *order == ByteOrder::NATIVE,
            Repr::Bytes(_) | Repr::Void(_) => true,
            Repr::Record(r) => r.fields.iter().all(|f| f.dtype.is_native()),
            Repr::SubArray(s) => s.base.is_native(),
        }
    }

    /// Bytes per item.
    #[inline]
    pub fn itemsize(&self) -> usize {
        match &self.repr {
            Repr::Scalar { ty, .. } => ty.info().itemsize,
            Repr::Bytes(n) | Repr::Void(n) => *n,
            Repr::Str { chars, .. } => chars * 4,
            Repr::Record(r) => r.itemsize,
            Repr::SubArray(s) => s.itemsize,
        }
    }

    /// Required alignment in bytes (`dtype.alignment`).
    pub fn alignment(&self) -> usize {
        match &self.repr {
            Repr::Scalar { ty, .. } => ty.info().alignment,
            Repr::Bytes(_) | Repr::Void(_) => 1,
            Repr::Str { .. } => 4,
            Repr::Record(r) => r.alignment,
            Repr::SubArray(s) => s.base.alignment(),
        }
    }

    /// NumPy's kind character (`dtype.kind`): `b i u f c S U V`.
    pub fn kind(&self) -> char {
        match &self.repr {
            Repr::Scalar { ty, .. } => ty.info().kind,
            Repr::Bytes(_) => 'S',
            Repr::Str { .. } => 'U',
            _ => 'V',
        }
    }

    /// NumPy's type character (`dtype.char`).
    pub fn char(&self) -> char {
        match &self.repr {
            Repr::Scalar { ty, .. } => ty.info().char,
            other => DType {
                repr: other.clone(),
            }
            .kind(),
        }
    }

    /// NumPy's type number (`dtype.num`).
    pub fn num(&self) -> u8 {
        match &self.repr {
            Repr::Scalar { ty, .. } => ty.info().num,
            Repr::Bytes(_) => 18,
            Repr::Str { .. } => 19,
            _ => 20,
        }
    }

    /// NumPy's name (`dtype.name`): `"float64"`, `"bytes32"`, `"str96"`, `"void160"`.
    pub fn name(&self) -> String {
        match &self.repr {
            Repr::Scalar { ty, .. } => ty.info().name.to_string(),
            Repr::Bytes(0) => "bytes".to_string(),
            Repr::Bytes(n) => format!("bytes{}", n * 8),
            Repr::Str { chars: 0, .. } => "str".to_string(),
            Repr::Str { chars, .. } => format!("str{}", chars * 32),
            _ if self.itemsize() == 0 => "void".to_string(),
            _ => format!("void{}", self.itemsize() * 8),
        }
    }

    /// `dtype.byteorder`: `'='` native, `'<'`/`'>'` explicit, `'|'` not applicable.
    pub fn byteorder(&self) -> char {
        match &self.repr {
            Repr::Scalar { order, .. } | Repr::Str { order, .. } => {
                if self.itemsize() == 1 && matches!(self.repr, Repr::Scalar { .. }) {
                    '|'
                } else if *order == ByteOrder::NATIVE {
                    '='
                } else {
                    match order {
                        ByteOrder::Little => '<',
                        ByteOrder::Big => '>',
                    }
                }
            }
            _ => '|',
        }
    }

    /// The array-protocol type string (`dtype.str`): `"<i4"`, `"|b1"`, `"|S4"`, `"<U3"`,
    /// `"|V20"`.
    pub fn str(&self) -> String {
        let explicit = |o: ByteOrder| match o {
            ByteOrder::Little => '<',
            ByteOrder::Big => '>',
        };
        match &self.repr {
            Repr::Scalar { ty, order } => {
                let o = if ty.info().itemsize == 1 {
                    '|'
                } else {
                    explicit(*order)
                };
                format!("{o}{}{}", ty.info().kind, ty.info().itemsize)
            }
            Repr::Bytes(n) => format!("|S{n}"),
            Repr::Str { chars, order } => format!("{}U{chars}", explicit(*order)),
            _ => format!("|V{}", self.itemsize()),
        }
    }

    /// `dtype.isbuiltin`: 1 for NumPy's built-in instances (native numeric types and the
    /// unsized `S`, native `U` and `V`), 0 otherwise.
    pub fn isbuiltin(&self) -> u8 {
        match &self.repr {
            Repr::Scalar { .. } if self.is_native() => 1,
            Repr::Bytes(0) | Repr::Void(0) => 1,
            Repr::Str { chars: 0, order } if *order == ByteOrder::NATIVE => 1,
            _ => 0,
        }
    }

    /// The same type in the other byte order (`dtype.newbyteorder()`); records swap every
    /// field.
    pub fn newbyteorder(&self) -> DType {
        let flip = |o: ByteOrder| match o {
            ByteOrder::Little => ByteOrder::Big,
            ByteOrder::Big => ByteOrder::Little,
        };
        match &self.repr {
            Repr::Scalar { ty, order } => DType::with_order(*ty, flip(*order)),
            Repr::Str { chars, order } => DType::unicode_with_order(*chars, flip(*order)),
            Repr::Bytes(_) | Repr::Void(_) => self.clone(),
            Repr::Record(r) => DType {
                repr: Repr::Record(Arc::new(r.map_dtypes(|d| d.newbyteorder()))),
            },
            Repr::SubArray(s) => DType {
                repr: Repr::SubArray(Arc::new(SubArray {
                    base: s.base.newbyteorder(),
                    ..(**s).clone()
                })),
            },
        }
    }

    /// The same type in native byte order.
    pub fn to_native(&self) -> DType {
        if self.is_native() {
            return self.clone();
        }
        match &self.repr {
            Repr::Record(r) => DType {
                repr: Repr::Record(Arc::new(r.map_dtypes(|d| d.to_native()))),
            },
            Repr::SubArray(s) => DType {
                repr: Repr::SubArray(Arc::new(SubArray {
                    base: s.base.to_native(),
                    ..(**s).clone()
                })),
            },
            _ => self.newbyteorder(),
        }
    }

    /// True for bool, integer, float and complex types.
    pub fn is_numeric(&self) -> bool {
        matches!(self.repr, Repr::Scalar { .. })
    }

    /// The fields of a structured dtype, in order (`dtype.fields`, `dtype.names`).
    pub fn fields(&self) -> Option<&[Field]> {
        match &self.repr {
            Repr::Record(r) => Some(&r.fields),
            _ => None,
        }
    }

    /// Field names (`dtype.names`), `None` for unstructured dtypes.
    pub fn names(&self) -> Option<Vec<&str>> {
        self.fields()
            .map(|f| f.iter().map(|f| f.name.as_str()).collect())
    }

    /// One field by name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields()?.iter().find(|f| f.name == name)
    }

    /// True for `align=True` structured dtypes (`dtype.isalignedstruct`).
    /// A sub-array inherits the flag from its base, as in NumPy.
    pub fn is_aligned_struct(&self) -> bool {
        match &self.repr {
            Repr::Record(r) => r.aligned,
            Repr::SubArray(s) => s.base.is_aligned_struct(),
            _ => false,
        }
    }

    /// `dtype.subdtype`: the base and shape of a sub-array dtype.
    pub fn subdtype(&self) -> Option<(&DType, &[usize])> {
        match &self.repr {
            Repr::SubArray(s) => Some((&s.base, &s.shape)),
            _ => None,
        }
    }

    /// `dtype.shape`: the sub-array shape, `()` otherwise.
    pub fn shape(&self) -> &[usize] {
        self.subdtype().map_or(&[], |(_, s)| s)
    }

    /// `dtype.base`: the element dtype of a sub-array, the dtype itself otherwise.
    pub fn base(&self) -> &DType {
        self.subdtype().map_or(self, |(b, _)| b)
    }

    /// Parses any spec NumPy's `np.dtype(...)` accepts as a string (`"<i4"`, `"float64"`,
    /// `"S4"`, `"i4,f8"`).
    ///
    /// ```
    /// assert_eq!(numrs::DType::parse("int16").unwrap(), numrs::DType::INT16);
    /// assert_eq!(numrs::DType::parse("xyz").unwrap_err().to_string(),
    ///            "data type 'xyz' not understood");
    /// ```
    pub fn parse(spec: &str) -> Result<DType> {
        parse::parse_str(spec)
    }

    /// The dtype of a Python type object name as `np.dtype(int)` sees it: `int` is int64,
    /// `float` float64, `complex` complex128, `bool` bool, `bytes` `S0`, `str` `U0`,
    /// `memoryview` `V0`; NumPy's scalar types as `numpy.int16`. Other classes are NumPy's
    /// object dtype, which numrs does not implement.
    ///
    /// ```
    /// assert_eq!(numrs::DType::from_python_type("int").unwrap(), numrs::DType::INT64);
    /// ```
    pub fn from_python_type(name: &str) -> Result<DType> {
        parse::python_type(name)
    }

    /// True when NumPy's repr of an array of this dtype omits `dtype=` (non-empty arrays).
    pub(crate) fn is_implied_in_repr(&self) -> bool {
        matches!(
            self.repr,
            Repr::Scalar {
                ty: ScalarType::Bool
                    | ScalarType::Int64
                    | ScalarType::Float64
                    | ScalarType::Complex128,
                order: ByteOrder::NATIVE
            }
        )
    }
}

impl std::str::FromStr for DType {
    type Err = Error;
    fn from_str(s: &str) -> Result<DType> {
        DType::parse(s)
    }
}

impl From<ScalarType> for DType {
    fn from(ty: ScalarType) -> DType {
        DType::native(ty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties() {
        let d = DType::INT32;
        assert_eq!(
            (d.str(), d.byteorder(), d.kind(), d.char()),
            ("<i4".into(), '=', 'i', 'i')
        );
        assert_eq!(DType::BOOL.str(), "|b1");
        assert_eq!(DType::INT8.byteorder(), '|');
        assert_eq!(DType::COMPLEX128.str(), "<c16");
        assert_eq!(DType::FLOAT16.newbyteorder().str(), ">f2");
        assert_eq!(format!("{:?}", DType::FLOAT64), "dtype('float64')");
        assert_eq!(
            (
                DType::bytes(4).name(),
                DType::unicode(3).name(),
                DType::void(8).name()
            ),
            ("bytes32".into(), "str96".into(), "void64".into())
        );
        assert_eq!(DType::unicode(3).byteorder(), '=');
        assert_eq!(DType::unicode(3).newbyteorder().str(), ">U3");
    }
}
