//! Universal functions: element-wise operations with broadcasting, NumPy's type promotion
//! (in the current [`crate::promote::PromotionMode`]), `out=`, `where=`, `casting=` and
//! `dtype=`. The machinery is in [`exec`]; the operations and their loop types in [`ops`];
//! the typed inner loops in the kernels.

pub mod exec;
mod fast;
pub mod ops;
pub(crate) mod scalar_operands;
mod scalar_power;

pub use exec::{Arg, UfuncOptions};
pub use ops::{BinaryUfunc, UnaryUfunc};

use crate::array::Array;
use crate::error::Result;
use crate::layout::{Layout, Order};

/// NumPy's iterator axis ordering (`npyiter_find_best_axis_ordering`): a stable insertion sort
/// of the axes by the operands' |strides|, where the first operand with non-zero strides on
/// both axes decides and C order wins ties. Returns axes outermost first. With
/// `only_first`, only the first operand is considered.
pub(crate) fn stride_sort_perm(
    operands: &[&[isize]],
    shape: &[usize],
    only_first: bool,
) -> Vec<usize> {
    let nd = shape.len();
    let ops = if only_first { &operands[..1] } else { operands };
    let stride = |op: &[isize], ax: usize| if shape[ax] == 1 { 0 } else { op[ax] };
    // Work innermost-first, as NumPy's reversed axis data does.
    let mut perm: Vec<usize> = (0..nd).rev().collect();
    for i0 in 1..nd {
        let ax0 = perm[i0];
        let mut ipos = i0;
        for i1 in (0..i0).rev() {
            let ax1 = perm[i1];
            let (mut ambig, mut swap) = (true, false);
            for op in ops {
                let (s0, s1) = (stride(op, ax0), stride(op, ax1));
                if s0 != 0 && s1 != 0 {
                    if s1.unsigned_abs() <= s0.unsigned_abs() {
                        swap = false;
                    } else if ambig {
                        swap = true;
                    }
                    ambig = false;
                }
            }
            if !ambig {
                if swap {
                    ipos = i1;
                } else {
                    break;
                }
            }
        }
        if ipos != i0 {
            perm[ipos..=i0].rotate_right(1);
        }
    }
    perm.reverse();
    perm
}

/// A fresh output laid out in the inputs' memory order (NumPy's `order='K'` allocation).
fn output_like(shape: &[usize], inputs: &[&Array], dtype: crate::DType) -> Result<Array> {
    let strides: Vec<&[isize]> = inputs.iter().map(|a| a.strides()).collect();
    let perm = stride_sort_perm(&strides, shape, false);
    let permuted: Vec<usize> = perm.iter().map(|&a| shape[a]).collect();
    let out = Array::new_output(&permuted, dtype, Order::C)?;
    let mut inverse = vec![0usize; perm.len()];
    for (i, &a) in perm.iter().enumerate() {
        inverse[a] = i;
    }
    let layout: Layout = out.layout.permuted(&inverse)?;
    let mut out = out;
    out.layout = layout;
    out.fields_changed();
    Ok(out)
}

macro_rules! binary_fns {
    ($($f:ident => $v:ident),* $(,)?) => {$(
        #[doc = concat!("`np.", stringify!($f), "(a, b)`: element-wise, with broadcasting and NumPy's type rules.\n\n",
            "```\nlet a = numrs::arange(1.0, 4.0, 1.0, None).unwrap();\n",
            "let r = numrs::ufunc::", stringify!($f), "(&a, &a).unwrap();\nassert_eq!(r.shape(), &[3]);\n```")]
        pub fn $f<'a>(a: impl Into<Arg<'a>>, b: impl Into<Arg<'a>>) -> Result<Array> {
            exec::binary(BinaryUfunc::$v, a.into(), b.into(), &UfuncOptions::default())
        }
    )*};
}

macro_rules! unary_fns {
    ($($f:ident => $v:ident),* $(,)?) => {$(
        #[doc = concat!("`np.", stringify!($f), "(a)`: element-wise, with NumPy's loop types.\n\n",
            "```\nlet a = numrs::arange(1.0, 4.0, 1.0, None).unwrap();\n",
            "let r = numrs::ufunc::", stringify!($f), "(&a).unwrap();\nassert_eq!(r.shape(), &[3]);\n```")]
        pub fn $f<'a>(a: impl Into<Arg<'a>>) -> Result<Array> {
            exec::unary(UnaryUfunc::$v, a.into(), &UfuncOptions::default())
        }
    )*};
}

binary_fns! {
    add => Add, subtract => Subtract, multiply => Multiply, true_divide => TrueDivide,
    divide => TrueDivide, floor_divide => FloorDivide, remainder => Remainder, power => Power,
    less => Less, less_equal => LessEqual, greater => Greater, greater_equal => GreaterEqual,
    equal => Equal, not_equal => NotEqual,
    logical_and => LogicalAnd, logical_or => LogicalOr, logical_xor => LogicalXor,
    bitwise_and => BitwiseAnd, bitwise_or => BitwiseOr, bitwise_xor => BitwiseXor,
    left_shift => LeftShift, right_shift => RightShift, minimum => Minimum, maximum => Maximum,
    fmin => Fmin, fmax => Fmax, arctan2 => Arctan2, hypot => Hypot, copysign => Copysign,
}

unary_fns! {
    negative => Negative, positive => Positive, absolute => Absolute, sign => Sign,
    conjugate => Conjugate, sqrt => Sqrt, square => Square, reciprocal => Reciprocal, exp => Exp,
    exp2 => Exp2, expm1 => Expm1, log => Log, log2 => Log2, log10 => Log10, log1p => Log1p,
    sin => Sin, cos => Cos, tan => Tan, arcsin => Arcsin, arccos => Arccos, arctan => Arctan,
    sinh => Sinh, cosh => Cosh, tanh => Tanh, floor => Floor, ceil => Ceil, trunc => Trunc,
    rint => Rint, logical_not => LogicalNot, invert => Invert, isnan => Isnan, isinf => Isinf,
    isfinite => Isfinite, signbit => Signbit,
}

impl Array {
    /// In-place `x op= y` (`x += y` is `x.apply_inplace(BinaryUfunc::Add, &y)`): NumPy's
    /// `same_kind` rule for the output, so `int_array += 1.5` is an error as in NumPy.
    ///
    /// ```
    /// use numrs::ufunc::BinaryUfunc;
    /// let x = numrs::arange(0.0, 4.0, 1.0, None).unwrap();
    /// x.apply_inplace(BinaryUfunc::Add, numrs::Scalar::Int(1)).unwrap();
    /// assert_eq!(x.to_vec::<i64>().unwrap(), vec![1, 2, 3, 4]);
    /// assert!(x.apply_inplace(BinaryUfunc::Add, numrs::Scalar::Float(1.5)).is_err());
    /// ```
    pub fn apply_inplace<'a>(&self, op: BinaryUfunc, other: impl Into<Arg<'a>>) -> Result<()> {
        let other = other.into();
        if op == BinaryUfunc::Power {
            // Python's `x **= e` runs NumPy's fast scalar powers (ufunc/scalar_power.rs).
            if let Some(r) = self.power_inplace_fast(&other) {
                return r;
            }
        }
        let opts = UfuncOptions {
            out: Some(self),
            ..UfuncOptions::default()
        };
        exec::binary(op, Arg::Array(self), other, &opts).map(|_| ())
    }
}

impl Array {
    /// `x.sum()` over all items: NumPy's result types (small integers sum to int64 or uint64)
    /// and NumPy 2's pairwise float summation, bit for bit.
    ///
    /// ```
    /// let x = numrs::arange(0.0, 625.0, 1.0, None).unwrap();
    /// assert_eq!(x.sum().unwrap(), numrs::Scalar::I64(195000));
    /// ```
    pub fn sum(&self) -> Result<crate::Scalar> {
        crate::reduce::sum_scalar(self)
    }
}
