//! The numeric element types and their static facts.

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
