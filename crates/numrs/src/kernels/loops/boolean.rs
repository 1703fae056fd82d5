//! Boolean loops. Any non-zero byte is true; results are 0 or 1 (except floor, ceil and
//! trunc, which copy the byte, as NumPy's do). `add` is logical or, `multiply` logical and,
//! `minimum`/`maximum` and/or, False < True.

use super::{order, pick, Bin, Cmp, Loop2, Loop3, LoopElement, Pred, Un};
use crate::dtype::ScalarType;
use crate::element::Bool8;
use crate::kernels::run::InnerLoop;
use crate::ufunc::ops::{BinaryUfunc as B, UnaryUfunc as U};

impl LoopElement for Bool8 {
    #[inline(always)]
    fn bin<const OP: u8>(a: Self, b: Self) -> Self {
        let (x, y) = (a.0 != 0, b.0 != 0);
        let r = match const { B::from_code(OP) } {
            B::Add | B::Maximum | B::Fmax | B::BitwiseOr => x || y,
            B::Multiply | B::Minimum | B::Fmin | B::BitwiseAnd => x && y,
            B::BitwiseXor => x != y,
            _ => x,
        };
        Bool8(r as u8)
    }

    #[inline(always)]
    fn cmp<const OP: u8>(a: Self, b: Self) -> bool {
        let (x, y) = (a.0 != 0, b.0 != 0);
        match const { B::from_code(OP) } {
            B::LogicalAnd => x && y,
            B::LogicalOr => x || y,
            B::LogicalXor => x != y,
            _ => order::<bool, OP>(x, y),
        }
    }

    #[inline(always)]
    fn un<const OP: u8>(a: Self) -> Self {
        let x = a.0 != 0;
        match const { U::from_code(OP) } {
            U::Invert => Bool8(!x as u8),
            U::Absolute => Bool8(x as u8),
            // floor, ceil, trunc: NumPy copies the byte as it is
            _ => a,
        }
    }

    #[inline(always)]
    fn pred<const OP: u8>(a: Self) -> bool {
        match const { U::from_code(OP) } {
            U::LogicalNot => a.0 == 0,
            U::Isfinite => true,
            // isnan, isinf
            _ => false,
        }
    }

    fn binary_loop(op: B) -> Loop3 {
        let same: Option<InnerLoop<3>> = pick!(op, loop2, Bin<Bool8>, B [
            Add, Multiply, Minimum, Maximum, Fmin, Fmax, BitwiseAnd, BitwiseOr, BitwiseXor,
        ]);
        if let Some(f) = same {
            return Some((ScalarType::Bool, f));
        }
        let to_bool: Option<InnerLoop<3>> = pick!(op, loop2, Cmp<Bool8>, B [
            Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual, LogicalAnd, LogicalOr,
            LogicalXor,
        ]);
        to_bool.map(|f| (ScalarType::Bool, f))
    }

    fn unary_loop(op: U) -> Loop2 {
        let same: Option<InnerLoop<2>> =
            pick!(op, loop1, Un<Bool8>, U [Absolute, Floor, Ceil, Trunc, Invert]);
        let pred: Option<InnerLoop<2>> =
            pick!(op, loop1, Pred<Bool8>, U [LogicalNot, Isnan, Isinf, Isfinite]);
        same.or(pred).map(|f| (ScalarType::Bool, f))
    }

    fn is_negative(self) -> bool {
        false
    }
}
