//! Data types: how to read one item from bytes.
//!
//! A [`DType`] is data, not a Rust type: kernels are selected from it at run time through
//! [`crate::dispatch_numeric!`]. This module covers NumPy's numeric types in any byte order;
//! parsing of NumPy's type strings lives in [`parse`].

mod parse;

use std::fmt;

/// The numeric element types, in NumPy's type-number order where it has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScalarType {
    /// `bool` (`?`)
    Bool,
    /// `int8` (`b`)
    Int8,
    /// `uint8` (`B`)
    UInt8,
    /// `int16` (`h`)
    Int16,
    /// `uint16` (`H`)
    UInt16,
    /// `int32` (`i`)
    Int32,
    /// `uint32` (`I`)
    UInt32,
    /// `int64` (`l` on Linux)
    Int64,
    /// `uint64` (`L` on Linux)
    UInt64,
    /// `float16` (`e`)
    Float16,
    /// `float32` (`f`)
    Float32,
    /// `float64` (`d`)
    Float64,
    /// `complex64` (`F`): two float32
    Complex64,
    /// `complex128` (`D`): two float64
    Complex128,
}

/// Static facts about one scalar type (one row of [`ScalarType::info`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeInfo {
    /// NumPy's name, e.g. `"int16"`.
    pub name: &'static str,
    /// NumPy's kind character: `b`, `i`, `u`, `f` or `c`.
    pub kind: char,
    /// NumPy's type character, e.g. `h` for int16.
    pub char: char,
    /// Bytes per item.
    pub itemsize: usize,
    /// Required alignment in bytes.
    pub alignment: usize,
    /// NumPy's type number (`dtype.num`) on Linux x86-64.
    pub num: u8,
}

const fn info(
    name: &'static str,
    kind: char,
    char: char,
    itemsize: usize,
    alignment: usize,
    num: u8,
) -> TypeInfo {
    TypeInfo {
        name,
        kind,
        char,
        itemsize,
        alignment,
        num,
    }
}

const INFO: [TypeInfo; 14] = [
    info("bool", 'b', '?', 1, 1, 0),
    info("int8", 'i', 'b', 1, 1, 1),
    info("uint8", 'u', 'B', 1, 1, 2),
    info("int16", 'i', 'h', 2, 2, 3),
    info("uint16", 'u', 'H', 2, 2, 4),
    info("int32", 'i', 'i', 4, 4, 5),
    info("uint32", 'u', 'I', 4, 4, 6),
    info("int64", 'i', 'l', 8, 8, 7),
    info("uint64", 'u', 'L', 8, 8, 8),
    info("float16", 'f', 'e', 2, 2, 23),
    info("float32", 'f', 'f', 4, 4, 11),
    info("float64", 'f', 'd', 8, 8, 12),
    info("complex64", 'c', 'F', 8, 4, 14),
    info("complex128", 'c', 'D', 16, 8, 15),
];

impl ScalarType {
    /// All scalar types, in the order above.
    pub const ALL: [ScalarType; 14] = [
        ScalarType::Bool,
        ScalarType::Int8,
        ScalarType::UInt8,
        ScalarType::Int16,
        ScalarType::UInt16,
        ScalarType::Int32,
        ScalarType::UInt32,
        ScalarType::Int64,
        ScalarType::UInt64,
        ScalarType::Float16,
        ScalarType::Float32,
        ScalarType::Float64,
        ScalarType::Complex64,
        ScalarType::Complex128,
    ];

    /// Static facts: name, kind, char, itemsize, alignment, num.
    ///
    /// ```
    /// use numrs::dtype::ScalarType;
    /// assert_eq!(ScalarType::Int16.info().char, 'h');
    /// assert_eq!(ScalarType::Complex64.info().alignment, 4);
    /// ```
    pub const fn info(self) -> &'static TypeInfo {
        &INFO[self as usize]
    }
}

/// Byte order of the items in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ByteOrder {
    /// Least significant byte first (x86-64's native order).
    Little,
    /// Most significant byte first.
    Big,
}

impl ByteOrder {
    /// The machine's order.
    pub const NATIVE: ByteOrder = if cfg!(target_endian = "big") {
        ByteOrder::Big
    } else {
        ByteOrder::Little
    };
}

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
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct DType {
    ty: ScalarType,
    order: ByteOrder,
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
            ty,
            order: ByteOrder::NATIVE,
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
        DType { ty, order }
    }

    /// The element type.
    pub fn scalar_type(&self) -> ScalarType {
        self.ty
    }

    /// The byte order of the items.
    pub fn order(&self) -> ByteOrder {
        self.order
    }

    /// True when items are stored in the machine's order (`dtype.isnative`).
    pub fn is_native(&self) -> bool {
        self.order == ByteOrder::NATIVE
    }

    /// Bytes per item.
    pub fn itemsize(&self) -> usize {
        self.ty.info().itemsize
    }

    /// Required alignment in bytes (`dtype.alignment`).
    pub fn alignment(&self) -> usize {
        self.ty.info().alignment
    }

    /// NumPy's kind character (`dtype.kind`).
    pub fn kind(&self) -> char {
        self.ty.info().kind
    }

    /// NumPy's type character (`dtype.char`).
    pub fn char(&self) -> char {
        self.ty.info().char
    }

    /// NumPy's type number (`dtype.num`).
    pub fn num(&self) -> u8 {
        self.ty.info().num
    }

    /// NumPy's name (`dtype.name`), e.g. `"float64"`.
    pub fn name(&self) -> &'static str {
        self.ty.info().name
    }

    /// `dtype.byteorder`: `'='` native, `'<'`/`'>'` explicit, `'|'` not applicable.
    pub fn byteorder(&self) -> char {
        if self.itemsize() == 1 {
            '|'
        } else if self.is_native() {
            '='
        } else {
            match self.order {
                ByteOrder::Little => '<',
                ByteOrder::Big => '>',
            }
        }
    }

    /// The array-protocol type string (`dtype.str`), e.g. `"<i4"`, `"|b1"`, `">f8"`.
    pub fn str(&self) -> String {
        let order = if self.itemsize() == 1 {
            '|'
        } else {
            match self.order {
                ByteOrder::Little => '<',
                ByteOrder::Big => '>',
            }
        };
        format!("{}{}{}", order, self.kind(), self.itemsize())
    }

    /// The same type in the other byte order (`dtype.newbyteorder()`).
    pub fn newbyteorder(&self) -> DType {
        let order = match self.order {
            ByteOrder::Little => ByteOrder::Big,
            ByteOrder::Big => ByteOrder::Little,
        };
        DType::with_order(self.ty, order)
    }

    /// True for bool, integer, float and complex types (all types this version knows).
    pub fn is_numeric(&self) -> bool {
        true
    }

    /// Parses any spec NumPy's `np.dtype(...)` accepts as a string (`"<i4"`, `"float64"`, `"d"`).
    ///
    /// ```
    /// assert_eq!(numrs::DType::parse("int16").unwrap(), numrs::DType::INT16);
    /// assert_eq!(numrs::DType::parse("xyz").unwrap_err().to_string(),
    ///            "data type 'xyz' not understood");
    /// ```
    pub fn parse(spec: &str) -> crate::Result<DType> {
        parse::parse_str(spec)
    }

    /// The dtype of a Python type object name as `np.dtype(int)` sees it: `int` is int64,
    /// `float` float64, `complex` complex128, `bool` bool.
    ///
    /// ```
    /// assert_eq!(numrs::DType::from_python_type("int").unwrap(), numrs::DType::INT64);
    /// ```
    pub fn from_python_type(name: &str) -> crate::Result<DType> {
        match name {
            "int" => Ok(DType::INT64),
            "float" => Ok(DType::FLOAT64),
            "complex" => Ok(DType::COMPLEX128),
            "bool" => Ok(DType::BOOL),
            _ => Err(crate::Error::Type(format!(
                "Cannot interpret '<class '{name}'>' as a data type"
            ))),
        }
    }

    /// True when NumPy's repr of an array of this dtype omits `dtype=` (non-empty arrays).
    pub(crate) fn is_implied_in_repr(&self) -> bool {
        self.is_native()
            && matches!(
                self.ty,
                ScalarType::Bool | ScalarType::Int64 | ScalarType::Float64 | ScalarType::Complex128
            )
    }

    /// What NumPy prints after `dtype=` in an array repr: the name for native types,
    /// the quoted type string otherwise.
    pub(crate) fn repr_in_array(&self) -> String {
        if self.is_native() {
            self.name().to_string()
        } else {
            format!("'{}'", self.str())
        }
    }
}

impl std::str::FromStr for DType {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<DType> {
        DType::parse(s)
    }
}

impl From<ScalarType> for DType {
    fn from(ty: ScalarType) -> DType {
        DType::native(ty)
    }
}

/// `str(dtype)`: the name for native types, the type string otherwise.
impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_native() {
            f.write_str(self.name())
        } else {
            f.write_str(&self.str())
        }
    }
}

/// `repr(dtype)`: `dtype('int32')`, `dtype('>i4')`.
impl fmt::Debug for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dtype('{self}')")
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
    }
}
