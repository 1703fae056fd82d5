//! One error type for the whole crate.
//!
//! Every fallible call returns [`Result`]. Where NumPy raises an exception for the same input, the
//! message carries NumPy's wording, and [`Error::python_type`] names the exception NumPy raises,
//! so the Python package can re-raise it faithfully.

use thiserror::Error as ThisError;

/// Everything that can go wrong in numrs.
///
/// ```
/// let err = numrs::zeros(&[3], numrs::DType::INT8)
///     .and_then(|a| a.reshape(&[4]))
///     .unwrap_err();
/// assert_eq!(err.to_string(), "cannot reshape array of size 3 into shape (4,)");
/// assert_eq!(err.python_type(), "ValueError");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ThisError)]
#[non_exhaustive]
pub enum Error {
    // --- shapes and layouts ---------------------------------------------------------------
    /// Shapes that cannot be broadcast together (NumPy's ValueError text).
    #[error("{0}")]
    Broadcast(String),
    /// A reshape to an incompatible number of elements.
    #[error("cannot reshape array of size {size} into shape {shape}")]
    Reshape {
        /// Number of elements of the source.
        size: usize,
        /// The requested shape, printed as a Python tuple.
        shape: String,
    },
    /// Arithmetic on sizes, strides or offsets would overflow.
    #[error("{0}")]
    Overflow(String),
    /// A view that could reach bytes outside its buffer.
    #[error("view out of bounds: {0}")]
    OutOfBuffer(String),
    /// More axes than NumPy supports (64).
    #[error("maximum supported dimension for an ndarray is currently 64, found {0}")]
    TooManyDims(usize),
    /// A generic invalid argument (NumPy's ValueError).
    #[error("{0}")]
    Value(String),

    // --- indexing -------------------------------------------------------------------------
    /// An integer index outside its axis (NumPy's IndexError).
    #[error("index {index} is out of bounds for axis {axis} with size {size}")]
    IndexOutOfBounds {
        /// The index as given.
        index: isize,
        /// The axis it applies to.
        axis: usize,
        /// The length of that axis.
        size: usize,
    },
    /// Other indexing errors (NumPy's IndexError).
    #[error("{0}")]
    Index(String),
    /// A missing key, e.g. an unknown field in a multi-field index (NumPy's KeyError).
    #[error("{0}")]
    Key(String),
    /// An axis argument outside `-ndim..ndim` (NumPy's AxisError).
    #[error("{arg}axis {axis} is out of bounds for array of dimension {ndim}")]
    Axis {
        /// The argument name prefix NumPy adds for some functions (`"axis1: "`), or `""`.
        arg: &'static str,
        /// The axis as given.
        axis: isize,
        /// The number of dimensions.
        ndim: usize,
    },

    // --- types ----------------------------------------------------------------------------
    /// A dtype spec NumPy would not accept, or an operation not defined for a dtype
    /// (NumPy's TypeError).
    #[error("{0}")]
    Type(String),
    /// A value that does not fit the target type (NumPy's OverflowError).
    #[error("{0}")]
    ValueOverflow(String),

    // --- memory ---------------------------------------------------------------------------
    /// Writing to a read-only array.
    #[error("assignment destination is read-only")]
    ReadOnly,
    /// The buffer is borrowed in a conflicting way by another operation right now.
    #[error("buffer is already borrowed {0}: concurrent conflicting access")]
    BorrowConflict(&'static str),
    /// The allocator could not provide the memory.
    #[error("Unable to allocate {0} bytes for an array")]
    Alloc(usize),
    /// Input/output failures (files).
    #[error("{0}")]
    Io(String),
    /// A file that does not exist (Python's FileNotFoundError).
    #[error("{0}")]
    FileNotFound(String),
    /// Text that does not fit the target encoding (Python's UnicodeEncodeError).
    #[error("{0}")]
    UnicodeEncode(String),
    /// A malformed spec that NumPy parses with Python's own parser (Python's SyntaxError).
    #[error("{0}")]
    Syntax(String),
    // --- floating point --------------------------------------------------------------------
    /// A floating-point condition in mode `raise` (NumPy's FloatingPointError), worded as
    /// NumPy words it: "divide by zero encountered in divide".
    #[error("{0}")]
    FloatingPoint(String),
    /// A condition in mode `call` or `log` without an errcall hook (NumPy's NameError), or
    /// an error the hook reported.
    #[error("{0}")]
    ErrCall(String),
    /// A feature numrs does not implement (yet).
    #[error("{0} is not supported by numrs")]
    NotImplemented(String),
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The Python exception type NumPy raises for the same condition.
    ///
    /// ```
    /// assert_eq!(numrs::Error::ReadOnly.python_type(), "ValueError");
    /// ```
    pub fn python_type(&self) -> &'static str {
        match self {
            Error::Broadcast(_)
            | Error::Reshape { .. }
            | Error::OutOfBuffer(_)
            | Error::TooManyDims(_)
            | Error::Value(_)
            | Error::ReadOnly
            | Error::Overflow(_) => "ValueError",
            Error::IndexOutOfBounds { .. } | Error::Index(_) => "IndexError",
            Error::Axis { .. } => "AxisError",
            Error::Key(_) => "KeyError",
            Error::Type(_) => "TypeError",
            Error::ValueOverflow(_) => "OverflowError",
            Error::BorrowConflict(_) => "BufferError",
            Error::Alloc(_) => "MemoryError",
            Error::Io(_) => "OSError",
            Error::FileNotFound(_) => "FileNotFoundError",
            Error::UnicodeEncode(_) => "UnicodeEncodeError",
            Error::Syntax(_) => "SyntaxError",
            Error::NotImplemented(_) => "NotImplementedError",
            Error::FloatingPoint(_) => "FloatingPointError",
            Error::ErrCall(_) => "NameError",
        }
    }

    pub(crate) fn overflow(what: &str) -> Error {
        Error::Overflow(format!("{what} overflows the address space"))
    }
}

/// Formats a shape as NumPy's C code does in error messages: no spaces, leading negative
/// entries dropped, later ones printed as `newaxis`; `(3,)` for one entry, `(2,3)` otherwise.
///
/// ```
/// assert_eq!(numrs::error::c_shape_str(&[2, 3]), "(2,3)");
/// assert_eq!(numrs::error::c_shape_str(&[-1, 4]), "(4)");
/// assert_eq!(numrs::error::c_shape_str(&[0, -1]), "(0,newaxis)");
/// assert_eq!(numrs::error::c_shape_str(&[3]), "(3,)");
/// ```
pub fn c_shape_str(vals: &[isize]) -> String {
    let first = vals.iter().position(|&v| v >= 0);
    let Some(first) = first else {
        return "()".to_string();
    };
    let mut s = vals[first].to_string();
    for &v in &vals[first + 1..] {
        if v < 0 {
            s.push_str(",newaxis");
        } else {
            s.push_str(&format!(",{v}"));
        }
    }
    if vals.len() == 1 {
        format!("({s},)")
    } else {
        format!("({s})")
    }
}

/// [`c_shape_str`] for a shape of lengths.
pub fn c_shape_str_usize(shape: &[usize]) -> String {
    let v: Vec<isize> = shape
        .iter()
        .map(|&d| d.min(isize::MAX as usize) as isize)
        .collect();
    c_shape_str(&v)
}

/// Formats a shape as Python prints a tuple: `(3,)`, `(2, 3)`, `()`.
///
/// ```
/// assert_eq!(numrs::error::shape_str(&[3]), "(3,)");
/// assert_eq!(numrs::error::shape_str(&[2, 3]), "(2, 3)");
/// ```
pub fn shape_str<T: std::fmt::Display>(shape: &[T]) -> String {
    match shape {
        [] => "()".to_string(),
        [one] => format!("({one},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!("({})", parts.join(", "))
        }
    }
}
