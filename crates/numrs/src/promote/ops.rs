//! Output dtypes of binary operators: NumPy's loop selection on top of promotion.
//!
//! ```text
//!   1. promote the operands (result_type, in the current mode)
//!   2. true_divide of bool/int operands uses the float64 loop; bool - bool is a TypeError
//!   3. otherwise take the first loop, in NumPy's order ? b B h H i I l L e f d F D, that the
//!      promoted type casts to safely (bool // bool -> int8; complex // x has no loop);
//!      NumPy 1.x picks the loops of /, //, % and ** by casting each operand (a scalar by
//!      its value), so in Legacy mode uint8 // 256 is int16 while uint8 + 256 is uint16
//!   4. Weak mode: every Python int must fit the loop's integer type (OverflowError), except
//!      in comparisons with an integer operand, which NumPy 2 answers for any int
//!   5. an integer power with a negative scalar exponent is NumPy's ValueError
//! ```

use super::cast_rules::safe_numeric;
use super::{current_mode, legacy, result_type, Operand, PromotionMode};
use crate::dtype::{DType, ScalarType};
use crate::error::{Error, Result};
use crate::scalar::Scalar;

/// The binary operators whose result dtypes [`binary_result_dtype`] knows.
///
/// ```
/// use numrs::promote::BinaryOp;
/// assert_eq!(BinaryOp::FloorDivide.ufunc_name(), "floor_divide");
/// assert_eq!("power".parse::<BinaryOp>().unwrap(), BinaryOp::Power);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// `+` (`np.add`)
    Add,
    /// `-` (`np.subtract`)
    Subtract,
    /// `*` (`np.multiply`)
    Multiply,
    /// `/` (`np.true_divide`)
    TrueDivide,
    /// `//` (`np.floor_divide`)
    FloorDivide,
    /// `%` (`np.remainder`)
    Remainder,
    /// `**` (`np.power`)
    Power,
    /// `<` (`np.less`)
    Less,
    /// `<=` (`np.less_equal`)
    LessEqual,
    /// `>` (`np.greater`)
    Greater,
    /// `>=` (`np.greater_equal`)
    GreaterEqual,
    /// `==` (`np.equal`)
    Equal,
    /// `!=` (`np.not_equal`)
    NotEqual,
}

impl BinaryOp {
    /// Every operator.
    ///
    /// ```
    /// use numrs::promote::BinaryOp;
    /// assert_eq!(BinaryOp::ALL.iter().filter(|op| op.is_comparison()).count(), 6);
    /// ```
    pub const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::Subtract,
        BinaryOp::Multiply,
        BinaryOp::TrueDivide,
        BinaryOp::FloorDivide,
        BinaryOp::Remainder,
        BinaryOp::Power,
        BinaryOp::Less,
        BinaryOp::LessEqual,
        BinaryOp::Greater,
        BinaryOp::GreaterEqual,
        BinaryOp::Equal,
        BinaryOp::NotEqual,
    ];

    /// The NumPy ufunc's name as it appears in error messages (`true_divide` is `divide`).
    ///
    /// ```
    /// assert_eq!(numrs::promote::BinaryOp::TrueDivide.ufunc_name(), "divide");
    /// ```
    pub fn ufunc_name(self) -> &'static str {
        match self {
            BinaryOp::Add => "add",
            BinaryOp::Subtract => "subtract",
            BinaryOp::Multiply => "multiply",
            BinaryOp::TrueDivide => "divide",
            BinaryOp::FloorDivide => "floor_divide",
            BinaryOp::Remainder => "remainder",
            BinaryOp::Power => "power",
            BinaryOp::Less => "less",
            BinaryOp::LessEqual => "less_equal",
            BinaryOp::Greater => "greater",
            BinaryOp::GreaterEqual => "greater_equal",
            BinaryOp::Equal => "equal",
            BinaryOp::NotEqual => "not_equal",
        }
    }

    /// True for the six comparisons, whose output is bool.
    ///
    /// ```
    /// assert!(numrs::promote::BinaryOp::NotEqual.is_comparison());
    /// ```
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinaryOp::Less
                | BinaryOp::LessEqual
                | BinaryOp::Greater
                | BinaryOp::GreaterEqual
                | BinaryOp::Equal
                | BinaryOp::NotEqual
        )
    }

    /// Whether NumPy has a loop taking two `t` inputs for this operator.
    fn has_loop(self, t: ScalarType) -> bool {
        let kind = t.info().kind;
        match self {
            BinaryOp::Subtract => kind != 'b',
            BinaryOp::TrueDivide => matches!(kind, 'f' | 'c'),
            BinaryOp::FloorDivide | BinaryOp::Remainder => matches!(kind, 'i' | 'u' | 'f'),
            BinaryOp::Power => kind != 'b',
            _ => true,
        }
    }
}

impl std::str::FromStr for BinaryOp {
    type Err = Error;
    fn from_str(s: &str) -> Result<BinaryOp> {
        let s = if s == "true_divide" { "divide" } else { s };
        BinaryOp::ALL
            .into_iter()
            .find(|op| op.ufunc_name() == s)
            .ok_or_else(|| Error::Value(format!("unknown binary operator '{s}'")))
    }
}

const BOOL_SUBTRACT: &str = "numpy boolean subtract, the `-` operator, is not supported, use \
                             the bitwise_xor, the `^` operator, or the logical_xor function \
                             instead.";

fn is_integer(t: ScalarType) -> bool {
    matches!(t.info().kind, 'b' | 'i' | 'u')
}

use crate::scalar::check_pyint;

/// The dtype NumPy 1.x gives an operand inside a ufunc (Python ints are int64 or uint64).
fn legacy_input_type(op: &Operand) -> Result<Option<ScalarType>> {
    Ok(op.natural_dtype()?.scalar_type())
}

/// NumPy 1.x compares Python ints beyond uint64 as objects: bool, except that complex
/// numbers have no order (that TypeError stays numrs' "object dtype" error).
fn legacy_object_comparison(
    op: BinaryOp,
    a: &Operand,
    b: &Operand,
    mode: PromotionMode,
) -> Option<DType> {
    let object = |x: &Operand| matches!(x, Operand::Scalar(Scalar::Int(v)) if super::pyint_dtype(*v).is_err());
    let complex = |x: &Operand| {
        x.strong_dtype().is_some_and(|d| d.kind() == 'c')
            || matches!(x, Operand::Scalar(Scalar::Complex(_)))
    };
    let ordered = !matches!(op, BinaryOp::Equal | BinaryOp::NotEqual);
    let usable = mode == PromotionMode::Legacy
        && op.is_comparison()
        && (object(a) || object(b))
        && !(ordered && (complex(a) || complex(b)));
    usable.then_some(DType::BOOL)
}

/// The output dtype of `a <op> b` (`np.<ufunc>(a, b).dtype`) under the current
/// [`PromotionMode`], with NumPy's errors: `TypeError` when no loop exists, `OverflowError`
/// for a Python int that does not fit (Weak mode), `ValueError` for an integer power with a
/// negative scalar exponent. Numeric operands only.
///
/// ```
/// use numrs::{DType, Scalar, promote::{binary_result_dtype, with_mode, BinaryOp, Operand, PromotionMode}};
/// use Operand::{Array, Scalar as S};
/// let i8a = Array(DType::INT8);
/// assert_eq!(binary_result_dtype(BinaryOp::TrueDivide, &i8a, &i8a)?, DType::FLOAT64);
/// assert_eq!(binary_result_dtype(BinaryOp::FloorDivide, &Array(DType::BOOL), &Array(DType::BOOL))?,
///            DType::INT8);
/// assert_eq!(binary_result_dtype(BinaryOp::Less, &i8a, &Array(DType::UINT64))?, DType::BOOL);
/// let e = binary_result_dtype(BinaryOp::Add, &i8a, &S(Scalar::Int(256))).unwrap_err();
/// assert_eq!(e.to_string(), "Python integer 256 out of bounds for int8");
/// let legacy = with_mode(PromotionMode::Legacy, || {
///     binary_result_dtype(BinaryOp::Add, &i8a, &S(Scalar::Int(256)))
/// });
/// assert_eq!(legacy?, DType::INT16);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn binary_result_dtype(op: BinaryOp, a: &Operand, b: &Operand) -> Result<DType> {
    let dtype = binary_loop_dtype(op, a, b)?;
    let negative = matches!(b.value().and_then(Scalar::as_i128), Some(v) if v < 0);
    if op == BinaryOp::Power && dtype.scalar_type().is_some_and(is_integer) && negative {
        return Err(Error::Value(
            "Integers to negative integer powers are not allowed.".to_string(),
        ));
    }
    Ok(dtype)
}

/// [`binary_result_dtype`] without its check of a negative integer power's exponent, which a
/// ufunc call makes as its loop runs (after the output cast check).
pub(crate) fn binary_loop_dtype(op: BinaryOp, a: &Operand, b: &Operand) -> Result<DType> {
    let mode = current_mode();
    for x in [a, b] {
        let dtype = match x {
            Operand::Array(d) => d.clone(),
            Operand::ZeroDim(s) | Operand::Scalar(s) if !s.is_numeric() => s.dtype(),
            _ => continue,
        };
        if !dtype.is_numeric() {
            return Err(Error::NotImplemented(format!(
                "np.{} for dtype {dtype:?}",
                op.ufunc_name()
            )));
        }
    }
    let int_inputs = |x: &Operand| -> Result<bool> {
        Ok(match mode {
            PromotionMode::Legacy => legacy_input_type(x)?.is_some_and(is_integer),
            PromotionMode::Weak => false,
        })
    };
    let int_division = op == BinaryOp::TrueDivide && int_inputs(a)? && int_inputs(b)?;
    let mut loops = ScalarType::ALL.into_iter().filter(|&t| op.has_loop(t));
    let searched = matches!(
        op,
        BinaryOp::TrueDivide | BinaryOp::FloorDivide | BinaryOp::Remainder | BinaryOp::Power
    );
    let lp = if int_division {
        Some(ScalarType::Float64)
    } else if mode == PromotionMode::Legacy && searched {
        legacy::loop_search(&[a.clone(), b.clone()], loops)?
    } else {
        let common = match result_type(&[a.clone(), b.clone()]) {
            Ok(d) => d,
            Err(e) => return legacy_object_comparison(op, a, b, mode).ok_or(e),
        };
        let common = common.scalar_type().ok_or_else(|| {
            Error::NotImplemented(format!("np.{} for dtype {common:?}", op.ufunc_name()))
        })?;
        if op == BinaryOp::Subtract && common == ScalarType::Bool {
            return Err(Error::Type(BOOL_SUBTRACT.to_string()));
        }
        if op == BinaryOp::TrueDivide && is_integer(common) {
            Some(ScalarType::Float64)
        } else {
            loops.find(|&t| safe_numeric(common, t))
        }
    };
    let lp = lp.ok_or_else(|| {
        Error::Type(format!(
            "ufunc '{}' not supported for the input types, and the inputs could not be \
             safely coerced to any supported types according to the casting rule ''safe''",
            op.ufunc_name()
        ))
    })?;
    if mode == PromotionMode::Weak {
        for (x, other) in [(a, b), (b, a)] {
            if let Operand::Scalar(Scalar::Int(v)) = x {
                let other_int = other
                    .strong_dtype()
                    .and_then(|d| d.scalar_type())
                    .is_some_and(|t| matches!(t.info().kind, 'i' | 'u'));
                if !(op.is_comparison() && other_int) {
                    check_pyint(*v, lp)?;
                }
            }
        }
    }
    Ok(DType::native(if op.is_comparison() {
        ScalarType::Bool
    } else {
        lp
    }))
}
