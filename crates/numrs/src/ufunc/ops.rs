//! The element-wise ufuncs numrs implements, and NumPy's choice of loop for given operands.
//!
//! A NumPy ufunc is a list of typed loops (`np.add.types`: `'bb->b'`, `'hh->h'`, ...). For
//! given operands NumPy picks one; the engine casts the inputs to the loop's input types,
//! allocates the output with the loop's output type, and runs the loop. [`resolve_binary`]
//! and [`resolve_unary`] make that choice, as NumPy does, in the current
//! [`PromotionMode`]:
//!
//! ```text
//!   add ... power, comparisons   promote::binary_result_dtype (inputs = output, except that
//!                                comparisons take the promoted type, and NumPy 2 compares
//!                                signed ints with uint64 exactly: 'qQ->?', 'Qq->?')
//!   logical_and/or/xor           NumPy 2: inputs of one type use that type's loop, anything
//!                                else the bool loop; NumPy 1: the promoted type. Output bool
//!   minimum ... fmax             the promoted type (all 14 types have loops)
//!   bitwise_*, shifts,           the first loop both inputs cast to safely (a Python literal
//!   arctan2, hypot, copysign     as the promoted type; NumPy 1: a scalar by its value):
//!                                int8 & uint8 -> int16, arctan2(int8, uint8) -> float16,
//!                                bitwise of floats: TypeError
//!   unary                        the first loop the input casts to safely: sqrt(int8) ->
//!                                float16, sqrt(int16) -> float32, sqrt(int32) -> float64;
//!                                absolute(complex) -> real; -bool, +bool, sign(bool): TypeError
//! ```
//!
//! In Weak mode (NumPy 2) a Python int must fit the loop's integer type (`OverflowError`),
//! except in comparisons with integer arrays, which NumPy 2 answers exactly for any int: numrs
//! then compares in int64/uint64.
//!
//! ```
//! use numrs::{DType, Scalar, promote::Operand, ufunc::ops::{resolve_binary, resolve_unary, BinaryUfunc, UnaryUfunc}};
//! let i8a = Operand::Array(DType::INT8);
//! assert_eq!(resolve_unary(UnaryUfunc::Sqrt, &i8a)?.to_string(), "e->e");
//! assert_eq!(resolve_binary(BinaryUfunc::Less, &i8a, &DType::UINT64.into())?.to_string(), "lL->?");
//! let e = resolve_binary(BinaryUfunc::BitwiseAnd, &i8a, &Operand::Scalar(Scalar::Float(1.5)));
//! assert_eq!(e.unwrap_err().python_type(), "TypeError");
//! # Ok::<(), numrs::Error>(())
//! ```

use crate::array::Array;
use crate::dtype::{DType, ScalarType};
use crate::error::{Error, Result};
use crate::layout::Order;
use crate::promote::{
    binary_result_dtype, current_mode, min_scalar_type, result_type, safe_numeric, BinaryOp,
    Operand, PromotionMode,
};
use crate::scalar::Scalar;

macro_rules! ufunc_enum {
    ($(#[$doc:meta])* $name:ident [$($v:ident => $s:literal),* $(,)?]) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum $name {
            $(#[doc = concat!("`np.", $s, "`")] $v,)*
        }

        impl $name {
            /// Every member, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$v),*];

            /// NumPy's name of the ufunc (its `__name__`).
            pub const fn name(self) -> &'static str {
                match self {
                    $($name::$v => $s,)*
                }
            }

            /// The member whose `as u8` code is `code` (kernels take codes as const generics).
            pub(crate) const fn from_code(code: u8) -> $name {
                let i = code as usize;
                if i < Self::ALL.len() {
                    Self::ALL[i]
                } else {
                    Self::ALL[0]
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

ufunc_enum! {
    /// The binary ufuncs: `out = op(a, b)`.
    ///
    /// ```
    /// use numrs::ufunc::ops::BinaryUfunc;
    /// assert_eq!(BinaryUfunc::TrueDivide.name(), "divide");
    /// assert_eq!("true_divide".parse::<BinaryUfunc>()?, BinaryUfunc::TrueDivide);
    /// assert_eq!("mod".parse::<BinaryUfunc>()?, BinaryUfunc::Remainder);
    /// assert_eq!(BinaryUfunc::ALL.len(), 28);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    BinaryUfunc [
        Add => "add", Subtract => "subtract", Multiply => "multiply", TrueDivide => "divide",
        FloorDivide => "floor_divide", Remainder => "remainder", Power => "power",
        Less => "less", LessEqual => "less_equal", Greater => "greater",
        GreaterEqual => "greater_equal", Equal => "equal", NotEqual => "not_equal",
        LogicalAnd => "logical_and", LogicalOr => "logical_or", LogicalXor => "logical_xor",
        BitwiseAnd => "bitwise_and", BitwiseOr => "bitwise_or", BitwiseXor => "bitwise_xor",
        LeftShift => "left_shift", RightShift => "right_shift", Minimum => "minimum",
        Maximum => "maximum", Fmin => "fmin", Fmax => "fmax", Arctan2 => "arctan2",
        Hypot => "hypot", Copysign => "copysign",
    ]
}

ufunc_enum! {
    /// The unary ufuncs: `out = op(a)`.
    ///
    /// ```
    /// use numrs::ufunc::ops::UnaryUfunc;
    /// assert_eq!(UnaryUfunc::Absolute.name(), "absolute");
    /// assert_eq!("abs".parse::<UnaryUfunc>()?, UnaryUfunc::Absolute);
    /// assert_eq!("bitwise_not".parse::<UnaryUfunc>()?, UnaryUfunc::Invert);
    /// assert_eq!(UnaryUfunc::ALL.len(), 34);
    /// # Ok::<(), numrs::Error>(())
    /// ```
    UnaryUfunc [
        Negative => "negative", Positive => "positive", Absolute => "absolute", Sign => "sign",
        Conjugate => "conjugate", Sqrt => "sqrt", Square => "square",
        Reciprocal => "reciprocal", Exp => "exp", Exp2 => "exp2", Expm1 => "expm1",
        Log => "log", Log2 => "log2", Log10 => "log10", Log1p => "log1p", Sin => "sin",
        Cos => "cos", Tan => "tan", Arcsin => "arcsin", Arccos => "arccos",
        Arctan => "arctan", Sinh => "sinh", Cosh => "cosh", Tanh => "tanh", Floor => "floor",
        Ceil => "ceil", Trunc => "trunc", Rint => "rint", LogicalNot => "logical_not",
        Invert => "invert", Isnan => "isnan", Isinf => "isinf", Isfinite => "isfinite",
        Signbit => "signbit",
    ]
}

/// Parses a NumPy name or alias (`true_divide`, `mod`, `pow`, `bitwise_left_shift`,
/// `atan2`).
impl std::str::FromStr for BinaryUfunc {
    type Err = Error;
    fn from_str(s: &str) -> Result<BinaryUfunc> {
        let name = match s {
            "true_divide" => "divide",
            "mod" => "remainder",
            "pow" => "power",
            "bitwise_left_shift" => "left_shift",
            "bitwise_right_shift" => "right_shift",
            "atan2" => "arctan2",
            other => other,
        };
        let found = BinaryUfunc::ALL.iter().find(|op| op.name() == name);
        found
            .copied()
            .ok_or_else(|| Error::Value(format!("unknown binary ufunc '{s}'")))
    }
}

/// Parses a NumPy name or alias (`abs`, `conj`, `bitwise_not`, `bitwise_invert`, `asin`,
/// `acos`, `atan`).
impl std::str::FromStr for UnaryUfunc {
    type Err = Error;
    fn from_str(s: &str) -> Result<UnaryUfunc> {
        let name = match s {
            "abs" => "absolute",
            "conj" => "conjugate",
            "bitwise_not" | "bitwise_invert" => "invert",
            "asin" => "arcsin",
            "acos" => "arccos",
            "atan" => "arctan",
            other => other,
        };
        let found = UnaryUfunc::ALL.iter().find(|op| op.name() == name);
        found
            .copied()
            .ok_or_else(|| Error::Value(format!("unknown unary ufunc '{s}'")))
    }
}

/// The types of one NumPy loop: what the engine casts the `N` inputs to and allocates the
/// output as. `Display` prints NumPy's notation (`np.add.types`), with `l`/`L` for the 64-bit
/// integers as on Linux.
///
/// ```
/// use numrs::dtype::ScalarType;
/// use numrs::ufunc::ops::LoopTypes;
/// let t = LoopTypes { inputs: [ScalarType::Complex64], output: ScalarType::Float32 };
/// assert_eq!(t.to_string(), "F->f");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LoopTypes<const N: usize> {
    /// The input types, in operand order.
    pub inputs: [ScalarType; N],
    /// The output type.
    pub output: ScalarType,
}

impl<const N: usize> std::fmt::Display for LoopTypes<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for t in self.inputs {
            write!(f, "{}", t.info().char)?;
        }
        write!(f, "->{}", self.output.info().char)
    }
}

use ScalarType as T;

const BOOL_INTS: &[ScalarType] = &[
    T::Bool,
    T::Int8,
    T::UInt8,
    T::Int16,
    T::UInt16,
    T::Int32,
    T::UInt32,
    T::Int64,
    T::UInt64,
];
const INTS: &[ScalarType] = &[
    T::Int8,
    T::UInt8,
    T::Int16,
    T::UInt16,
    T::Int32,
    T::UInt32,
    T::Int64,
    T::UInt64,
];
const FLOATS: &[ScalarType] = &[T::Float16, T::Float32, T::Float64];
const INEXACT: &[ScalarType] = &[
    T::Float16,
    T::Float32,
    T::Float64,
    T::Complex64,
    T::Complex128,
];
const ALL_TYPES: &[ScalarType] = &ScalarType::ALL;
const NUMBERS: &[ScalarType] = &[
    T::Int8,
    T::UInt8,
    T::Int16,
    T::UInt16,
    T::Int32,
    T::UInt32,
    T::Int64,
    T::UInt64,
    T::Float16,
    T::Float32,
    T::Float64,
    T::Complex64,
    T::Complex128,
];
const NO_COMPLEX: &[ScalarType] = &[
    T::Bool,
    T::Int8,
    T::UInt8,
    T::Int16,
    T::UInt16,
    T::Int32,
    T::UInt32,
    T::Int64,
    T::UInt64,
    T::Float16,
    T::Float32,
    T::Float64,
];

impl BinaryUfunc {
    /// The operator [`crate::promote::binary_result_dtype`] resolves, for the first 13.
    ///
    /// ```
    /// use numrs::{promote::BinaryOp, ufunc::ops::BinaryUfunc};
    /// assert_eq!(BinaryUfunc::Power.promote_op(), Some(BinaryOp::Power));
    /// assert_eq!(BinaryUfunc::Hypot.promote_op(), None);
    /// ```
    pub fn promote_op(self) -> Option<BinaryOp> {
        BinaryOp::ALL.get(self as usize).copied()
    }

    /// Input types of NumPy's loops for the ufuncs not covered by
    /// [`BinaryUfunc::promote_op`] (each loop takes two inputs of one type).
    fn loops(self) -> &'static [ScalarType] {
        match self {
            Self::BitwiseAnd | Self::BitwiseOr | Self::BitwiseXor => BOOL_INTS,
            Self::LeftShift | Self::RightShift => INTS,
            Self::Arctan2 | Self::Hypot | Self::Copysign => FLOATS,
            _ => ALL_TYPES,
        }
    }

    pub(crate) fn is_logical(self) -> bool {
        matches!(self, Self::LogicalAnd | Self::LogicalOr | Self::LogicalXor)
    }
}

impl UnaryUfunc {
    /// Input types of NumPy's loops in `mode`, in NumPy's search order.
    fn loops(self, mode: PromotionMode) -> &'static [ScalarType] {
        match self {
            Self::Negative
            | Self::Positive
            | Self::Sign
            | Self::Conjugate
            | Self::Square
            | Self::Reciprocal => NUMBERS,
            Self::Absolute | Self::LogicalNot | Self::Isnan | Self::Isinf | Self::Isfinite => {
                ALL_TYPES
            }
            Self::Floor | Self::Ceil | Self::Trunc if mode == PromotionMode::Legacy => FLOATS,
            Self::Floor | Self::Ceil | Self::Trunc => NO_COMPLEX,
            Self::Invert => BOOL_INTS,
            Self::Signbit => FLOATS,
            _ => INEXACT,
        }
    }
}

/// Whether a loop-type search is the one NumPy 1.x runs value-based, operand by operand.
fn legacy_searched(op: BinaryUfunc) -> bool {
    !matches!(
        op,
        BinaryUfunc::Minimum | BinaryUfunc::Maximum | BinaryUfunc::Fmin | BinaryUfunc::Fmax
    )
}

fn no_safe_loop(name: &str) -> Error {
    Error::Type(format!(
        "ufunc '{name}' not supported for the input types, and the inputs could not be safely \
         coerced to any supported types according to the casting rule ''safe''"
    ))
}

fn scalar_type(d: &DType, name: &str) -> Result<ScalarType> {
    d.scalar_type()
        .ok_or_else(|| Error::NotImplemented(format!("np.{name} for dtype {d:?}")))
}

fn check_numeric(name: &str, operands: [&Operand; 2]) -> Result<()> {
    for x in operands {
        if let Operand::Array(d) = x {
            scalar_type(d, name)?;
        }
        if let Some(s) = x.value().filter(|s| !s.is_numeric()) {
            scalar_type(&s.dtype(), name)?;
        }
    }
    Ok(())
}

fn int_range(t: ScalarType) -> Option<(i128, i128)> {
    Some(match t {
        T::Int8 => (i8::MIN.into(), i8::MAX.into()),
        T::Int16 => (i16::MIN.into(), i16::MAX.into()),
        T::Int32 => (i32::MIN.into(), i32::MAX.into()),
        T::Int64 => (i64::MIN.into(), i64::MAX.into()),
        T::UInt8 => (0, u8::MAX.into()),
        T::UInt16 => (0, u16::MAX.into()),
        T::UInt32 => (0, u32::MAX.into()),
        T::UInt64 => (0, u64::MAX.into()),
        _ => return None,
    })
}

fn fits(v: i128, t: ScalarType) -> bool {
    int_range(t).is_some_and(|(lo, hi)| (lo..=hi).contains(&v))
}

const TOO_LARGE: &str = "Python int too large to convert to C long";

use crate::scalar::check_pyint;

/// The dtype of an operand that takes part in NumPy 2's promotion (none for Python literals).
fn strong_type(x: &Operand) -> Option<ScalarType> {
    x.strong_dtype().and_then(|d| d.scalar_type())
}

fn pair(a: &Operand, b: &Operand) -> [Operand; 2] {
    [a.clone(), b.clone()]
}

/// Comparison loop inputs: the promoted type, with NumPy 2's exact integer comparisons.
fn comparison_inputs(a: &Operand, b: &Operand, name: &str) -> Result<[ScalarType; 2]> {
    let p = scalar_type(&result_type(&pair(a, b))?, name)?;
    if current_mode() == PromotionMode::Legacy {
        return Ok([p, p]);
    }
    let (ta, tb) = (strong_type(a), strong_type(b));
    let signed = |t: Option<ScalarType>| t.is_some_and(|t| t.info().kind == 'i');
    if signed(ta) && tb == Some(T::UInt64) {
        return Ok([T::Int64, T::UInt64]);
    }
    if ta == Some(T::UInt64) && signed(tb) {
        return Ok([T::UInt64, T::Int64]);
    }
    // A Python int outside the integer loop's range: compare in 64 bits, exactly.
    let wide = |t: Option<ScalarType>| {
        if t == Some(T::UInt64) {
            T::UInt64
        } else {
            T::Int64
        }
    };
    let pyint = |v: i128| {
        if fits(v, T::Int64) {
            Ok(T::Int64)
        } else if fits(v, T::UInt64) {
            Ok(T::UInt64)
        } else {
            Err(Error::NotImplemented(format!(
                "comparing with the Python integer {v} (beyond 64 bits)"
            )))
        }
    };
    if int_range(p).is_some() {
        match (a, b) {
            (Operand::Scalar(Scalar::Int(v)), _) if !fits(*v, p) => {
                return Ok([pyint(*v)?, wide(tb)])
            }
            (_, Operand::Scalar(Scalar::Int(v))) if !fits(*v, p) => {
                return Ok([wide(ta), pyint(*v)?])
            }
            _ => {}
        }
    }
    Ok([p, p])
}

/// Logical-op loop inputs (the output is bool).
fn logical_inputs(a: &Operand, b: &Operand, name: &str) -> Result<[ScalarType; 2]> {
    if current_mode() == PromotionMode::Legacy {
        let p = scalar_type(&result_type(&pair(a, b))?, name)?;
        return Ok([p, p]);
    }
    for x in [a, b] {
        if let Operand::Scalar(Scalar::Int(v)) = x {
            if !fits(*v, T::Int64) {
                return Err(Error::ValueOverflow(TOO_LARGE.to_string()));
            }
        }
    }
    let same = match (a.is_weak() || b.is_weak(), strong_type(a), strong_type(b)) {
        (false, Some(x), Some(y)) if x == y => Some(x),
        _ => None,
    };
    let t = same.unwrap_or(T::Bool);
    Ok([t, t])
}

/// NumPy 1.x's value-based category of a dtype: bool 0, integers 1, inexact 2.
fn category(t: ScalarType) -> u8 {
    match t.info().kind {
        'b' => 0,
        'i' | 'u' => 1,
        _ => 2,
    }
}

/// NumPy 1.x's linear loop search: the first loop type every operand casts to safely, where
/// a scalar casts by its value when the arrays are of its category or higher.
fn legacy_search(
    operands: [&Operand; 2],
    loops: &[ScalarType],
    name: &str,
) -> Result<Option<ScalarType>> {
    let mut items = Vec::with_capacity(2);
    for x in operands {
        items.push((scalar_type(&x.natural_dtype()?, name)?, x.value()));
    }
    let max_cat = |scalars: bool| {
        items
            .iter()
            .filter(|(_, v)| v.is_some() == scalars)
            .map(|(t, _)| category(*t))
            .max()
    };
    let use_values = match (max_cat(false), max_cat(true)) {
        (Some(arrays), scalars) => scalars.is_none_or(|s| arrays >= s),
        (None, _) => false,
    };
    let mut casts = Vec::with_capacity(2);
    for (t, value) in items {
        casts.push(match value {
            Some(v) if use_values => {
                let min = scalar_type(&min_scalar_type(v)?, name)?;
                // A non-negative integer that fits the signed type of its size may cast as
                // that signed type ("small unsigned").
                let signed_twin = match (min, v.as_i128()) {
                    (T::UInt8, Some(x)) if x <= i8::MAX.into() => Some(T::Int8),
                    (T::UInt16, Some(x)) if x <= i16::MAX.into() => Some(T::Int16),
                    (T::UInt32, Some(x)) if x <= i32::MAX.into() => Some(T::Int32),
                    (T::UInt64, Some(x)) if x <= i64::MAX.into() => Some(T::Int64),
                    _ => None,
                };
                (min, signed_twin)
            }
            _ => (t, None),
        });
    }
    let fits_loop = |&(t, twin): &(ScalarType, Option<ScalarType>), l: ScalarType| {
        safe_numeric(t, l) || twin.is_some_and(|s| safe_numeric(s, l))
    };
    Ok(loops
        .iter()
        .copied()
        .find(|&l| casts.iter().all(|c| fits_loop(c, l))))
}

/// NumPy's loop for `op(a, b)` under the current [`PromotionMode`], with NumPy's errors
/// (`TypeError` when no loop fits, `OverflowError` for a Python int that does not fit the
/// loop in Weak mode, `ValueError` for an integer power with a negative scalar exponent).
///
/// ```
/// use numrs::{DType, Scalar, promote::{with_mode, Operand, PromotionMode}};
/// use numrs::ufunc::ops::{resolve_binary, BinaryUfunc::*};
/// let (u8a, i8a) = (Operand::Array(DType::UINT8), Operand::Array(DType::INT8));
/// assert_eq!(resolve_binary(BitwiseAnd, &i8a, &u8a)?.to_string(), "hh->h");
/// assert_eq!(resolve_binary(LogicalAnd, &i8a, &u8a)?.to_string(), "??->?");
/// assert_eq!(resolve_binary(Arctan2, &i8a, &i8a)?.to_string(), "ee->e");
/// let big = Operand::Scalar(Scalar::Int(300));
/// let e = resolve_binary(BitwiseAnd, &u8a, &big).unwrap_err();
/// assert_eq!(e.to_string(), "Python integer 300 out of bounds for uint8");
/// let legacy = with_mode(PromotionMode::Legacy, || resolve_binary(BitwiseAnd, &u8a, &big));
/// assert_eq!(legacy?.to_string(), "hh->h");
/// assert_eq!(resolve_binary(Less, &u8a, &Operand::Scalar(Scalar::Int(-1)))?.to_string(), "ll->?");
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn resolve_binary(op: BinaryUfunc, a: &Operand, b: &Operand) -> Result<LoopTypes<2>> {
    resolve_binary_with(op, a, b, true)
}

/// [`resolve_binary`]; `power_check: false` leaves out the check of a negative scalar
/// exponent of an integer power, for callers that check the exponents as the loop runs.
pub(crate) fn resolve_binary_with(
    op: BinaryUfunc,
    a: &Operand,
    b: &Operand,
    power_check: bool,
) -> Result<LoopTypes<2>> {
    let name = op.name();
    if let Some(p) = op.promote_op() {
        let dtype = if power_check {
            binary_result_dtype(p, a, b)?
        } else {
            crate::promote::ops::binary_loop_dtype(p, a, b)?
        };
        let output = scalar_type(&dtype, name)?;
        let inputs = if p.is_comparison() {
            comparison_inputs(a, b, name)?
        } else {
            [output, output]
        };
        return Ok(LoopTypes { inputs, output });
    }
    check_numeric(name, [a, b])?;
    if op.is_logical() {
        let inputs = logical_inputs(a, b, name)?;
        return Ok(LoopTypes {
            inputs,
            output: T::Bool,
        });
    }
    let mode = current_mode();
    let lp = if mode == PromotionMode::Legacy && legacy_searched(op) {
        legacy_search([a, b], op.loops(), name)?
    } else {
        // NumPy's linear search: the first loop both inputs cast to safely, a Python literal
        // (NumPy 1: every operand) counting as the promoted type.
        let common = scalar_type(&result_type(&pair(a, b))?, name)?;
        let strong = |x: &Operand| match mode {
            PromotionMode::Weak => strong_type(x).unwrap_or(common),
            PromotionMode::Legacy => common,
        };
        let (ta, tb) = (strong(a), strong(b));
        let mut loops = op.loops().iter().copied();
        loops.find(|&l| safe_numeric(ta, l) && safe_numeric(tb, l))
    };
    let lp = lp.ok_or_else(|| no_safe_loop(name))?;
    if mode == PromotionMode::Weak {
        for x in [a, b] {
            if let Operand::Scalar(Scalar::Int(v)) = x {
                check_pyint(*v, lp)?;
            }
        }
    }
    Ok(LoopTypes {
        inputs: [lp, lp],
        output: lp,
    })
}

/// NumPy's loop for `op(a)`: the first loop the operand's type casts to safely (a Python
/// int is int64, or uint64 past int64's range), with NumPy's errors.
///
/// ```
/// use numrs::{DType, Scalar, promote::{with_mode, Operand, PromotionMode}};
/// use numrs::ufunc::ops::{resolve_unary, UnaryUfunc::*};
/// let sig = |op, d: DType| resolve_unary(op, &d.into()).map(|t| t.to_string());
/// assert_eq!(sig(Sqrt, DType::INT16)?, "f->f");
/// assert_eq!(sig(Absolute, DType::COMPLEX128)?, "D->d");
/// assert_eq!(sig(Floor, DType::INT8)?, "b->b");
/// assert_eq!(with_mode(PromotionMode::Legacy, || sig(Floor, DType::INT8))?, "e->e");
/// assert_eq!(sig(Negative, DType::BOOL).unwrap_err().python_type(), "TypeError");
/// assert_eq!(resolve_unary(Sqrt, &Operand::Scalar(Scalar::Int(4)))?.to_string(), "d->d");
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn resolve_unary(op: UnaryUfunc, a: &Operand) -> Result<LoopTypes<1>> {
    let name = op.name();
    let t = scalar_type(&a.natural_dtype()?, name)?;
    let mode = current_mode();
    if t == T::Bool {
        match op {
            UnaryUfunc::Negative => {
                return Err(Error::Type(
                    "The numpy boolean negative, the `-` operator, is not supported, use the \
                     `~` operator or the logical_not function instead."
                        .to_string(),
                ))
            }
            UnaryUfunc::Positive | UnaryUfunc::Sign => {
                let class = match mode {
                    PromotionMode::Weak => "numpy.dtypes.BoolDType",
                    PromotionMode::Legacy => "numpy.dtype[bool_]",
                };
                return Err(Error::Type(format!(
                    "ufunc '{name}' did not contain a loop with signature matching types \
                     <class '{class}'> -> None"
                )));
            }
            _ => {}
        }
    }
    let lp = op.loops(mode).iter().copied().find(|&l| safe_numeric(t, l));
    let lp = lp.ok_or_else(|| no_safe_loop(name))?;
    let output = match op {
        UnaryUfunc::Absolute if lp == T::Complex64 => T::Float32,
        UnaryUfunc::Absolute if lp == T::Complex128 => T::Float64,
        UnaryUfunc::LogicalNot
        | UnaryUfunc::Isnan
        | UnaryUfunc::Isinf
        | UnaryUfunc::Isfinite
        | UnaryUfunc::Signbit => T::Bool,
        _ => lp,
    };
    Ok(LoopTypes {
        inputs: [lp],
        output,
    })
}

const NEGATIVE_POWER: &str = "Integers to negative integer powers are not allowed.";

/// NumPy's integer `power` loops raise `ValueError` on a negative exponent; the engine calls
/// this with the exponent already cast to the loop type, before running the loop (which
/// would give 0).
pub(crate) fn check_power_exponents(types: LoopTypes<2>, exponent: &Array) -> Result<()> {
    let signed_int = types.inputs[1].info().kind == 'i';
    if signed_int && crate::kernels::loops::any_negative(exponent)? {
        return Err(Error::Value(NEGATIVE_POWER.to_string()));
    }
    Ok(())
}

fn check_inputs(inputs: &[&Array], types: &[ScalarType]) -> Result<()> {
    for (x, &t) in inputs.iter().zip(types) {
        if x.dtype() != &DType::native(t) {
            return Err(Error::Value(format!(
                "test hook: input of dtype {} for a loop taking {}",
                x.dtype(),
                t.info().name
            )));
        }
    }
    Ok(())
}

/// Test hook: resolves `op(a, b)`, requires `a` and `b` to be native arrays of the loop's
/// input types and of one shape, and runs the loop into a new C-ordered output.
#[doc(hidden)]
pub fn apply_binary_for_tests(op: BinaryUfunc, a: &Array, b: &Array) -> Result<Array> {
    let types = resolve_binary(op, &Operand::from_array(a)?, &Operand::from_array(b)?)?;
    check_inputs(&[a, b], &types.inputs)?;
    let inner = crate::kernels::loops::binary_loop(op, types)
        .ok_or_else(|| Error::NotImplemented(format!("the loop {types} of np.{op}")))?;
    if op == BinaryUfunc::Power {
        check_power_exponents(types, b)?;
    }
    let out = Array::new_owned(a.shape(), DType::native(types.output), Order::C)?;
    crate::kernels::run::run_elementwise(inner, [a, b, &out])?;
    Ok(out)
}

/// Test hook: as [`apply_binary_for_tests`] for a unary ufunc.
#[doc(hidden)]
pub fn apply_unary_for_tests(op: UnaryUfunc, a: &Array) -> Result<Array> {
    let types = resolve_unary(op, &Operand::from_array(a)?)?;
    check_inputs(&[a], &types.inputs)?;
    let inner = crate::kernels::loops::unary_loop(op, types)
        .ok_or_else(|| Error::NotImplemented(format!("the loop {types} of np.{op}")))?;
    let out = Array::new_owned(a.shape(), DType::native(types.output), Order::C)?;
    crate::kernels::run::run_elementwise(inner, [a, &out])?;
    Ok(out)
}

/// Test hook: runs the loop for explicit loop types on native arrays of those types, all of
/// one shape, into `out` (any layout: strided, reversed, unaligned).
#[doc(hidden)]
pub fn run_binary_loop_for_tests(
    op: BinaryUfunc,
    types: LoopTypes<2>,
    a: &Array,
    b: &Array,
    out: &Array,
) -> Result<()> {
    check_inputs(
        &[a, b, out],
        &[types.inputs[0], types.inputs[1], types.output],
    )?;
    let inner = crate::kernels::loops::binary_loop(op, types)
        .ok_or_else(|| Error::NotImplemented(format!("the loop {types} of np.{op}")))?;
    crate::kernels::run::run_elementwise(inner, [a, b, out])
}

/// Test hook: as [`run_binary_loop_for_tests`] for a unary ufunc.
#[doc(hidden)]
pub fn run_unary_loop_for_tests(
    op: UnaryUfunc,
    types: LoopTypes<1>,
    a: &Array,
    out: &Array,
) -> Result<()> {
    check_inputs(&[a, out], &[types.inputs[0], types.output])?;
    let inner = crate::kernels::loops::unary_loop(op, types)
        .ok_or_else(|| Error::NotImplemented(format!("the loop {types} of np.{op}")))?;
    crate::kernels::run::run_elementwise(inner, [a, out])
}
