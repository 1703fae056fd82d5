//! Integer loops, NumPy's semantics on x86-64:
//!
//! ```text
//!   + - * and unary -, abs, square   wrap around (abs(INT_MIN) == INT_MIN)
//!   a // 0 == 0, a % 0 == 0          Python's signs: the remainder takes the divisor's sign,
//!   INT_MIN // -1 == INT_MIN         the quotient rounds towards -inf
//!   a ** b                           by squaring, wrapping; 0 ** 0 == 1; NumPy raises for
//!                                    b < 0 before running (the loop gives 0; see
//!                                    `ufunc::ops::check_power_exponents`)
//!   a << b, a >> b                   b outside 0..bits: 0, or the sign for a signed >>
//!   reciprocal                       1 / a truncated; 1 / 0 is C's conversion of +inf on
//!                                    x86-64: INT_MIN for 32- and 64-bit signed types, else 0
//!   floor, ceil, trunc               the identity (NumPy 2's integer loops)
//! ```

use super::driver::Kernel2;
use super::{order, pick, Bin, Cmp, Loop2, Loop3, LoopElement, Pred, Un};
use crate::dtype::ScalarType;
use crate::element::Bool8;
use crate::kernels::fpstatus;
use crate::kernels::run::InnerLoop;
use crate::ufunc::ops::{BinaryUfunc as B, UnaryUfunc as U};
use std::marker::PhantomData;

/// The machine integer operations the loops are written with.
pub(super) trait Int: LoopElement + Ord {
    const SIGNED: bool;
    const BITS: u32;
    const ZERO: Self;
    const ONE: Self;
    /// `1 / 0`: C's conversion of +inf to this type on x86-64.
    const RECIP_ZERO: Self;
    fn wadd(self, o: Self) -> Self;
    fn wsub(self, o: Self) -> Self;
    fn wmul(self, o: Self) -> Self;
    /// Truncating division; `o` must be non-zero.
    fn wdiv(self, o: Self) -> Self;
    /// Truncating remainder; `o` must be non-zero.
    fn wrem(self, o: Self) -> Self;
    fn wneg(self) -> Self;
    fn wabs(self) -> Self;
    fn and(self, o: Self) -> Self;
    fn or(self, o: Self) -> Self;
    fn xor(self, o: Self) -> Self;
    fn not(self) -> Self;
    /// Shifts by `n < BITS`.
    fn shl(self, n: u32) -> Self;
    fn shr(self, n: u32) -> Self;
    fn to_i128(self) -> i128;
}

macro_rules! int_impl {
    ($($t:ty, $signed:expr, $recip_zero:expr;)*) => {$(
        impl Int for $t {
            const SIGNED: bool = $signed;
            const BITS: u32 = <$t>::BITS;
            const ZERO: Self = 0;
            const ONE: Self = 1;
            const RECIP_ZERO: Self = $recip_zero;
            #[inline(always)]
            fn wadd(self, o: Self) -> Self { self.wrapping_add(o) }
            #[inline(always)]
            fn wsub(self, o: Self) -> Self { self.wrapping_sub(o) }
            #[inline(always)]
            fn wmul(self, o: Self) -> Self { self.wrapping_mul(o) }
            #[inline(always)]
            fn wdiv(self, o: Self) -> Self { self.checked_div(o).unwrap_or(0) }
            #[inline(always)]
            fn wrem(self, o: Self) -> Self { self.checked_rem(o).unwrap_or(0) }
            #[inline(always)]
            fn wneg(self) -> Self { self.wrapping_neg() }
            #[inline(always)]
            fn wabs(self) -> Self { if self < 0 as $t { self.wrapping_neg() } else { self } }
            #[inline(always)]
            fn and(self, o: Self) -> Self { self & o }
            #[inline(always)]
            fn or(self, o: Self) -> Self { self | o }
            #[inline(always)]
            fn xor(self, o: Self) -> Self { self ^ o }
            #[inline(always)]
            fn not(self) -> Self { !self }
            #[inline(always)]
            fn shl(self, n: u32) -> Self { self.wrapping_shl(n) }
            #[inline(always)]
            fn shr(self, n: u32) -> Self { self.wrapping_shr(n) }
            #[inline(always)]
            fn to_i128(self) -> i128 { self as i128 }
        }

        impl LoopElement for $t {
            #[inline(always)]
            fn bin<const OP: u8>(a: Self, b: Self) -> Self { bin::<Self, OP>(a, b) }
            #[inline(always)]
            fn cmp<const OP: u8>(a: Self, b: Self) -> bool { cmp::<Self, OP>(a, b) }
            #[inline(always)]
            fn un<const OP: u8>(a: Self) -> Self { un::<Self, OP>(a) }
            #[inline(always)]
            fn pred<const OP: u8>(a: Self) -> bool { pred::<Self, OP>(a) }
            fn binary_loop(op: B) -> Loop3 { binary_loop::<Self>(op) }
            fn unary_loop(op: U) -> Loop2 { unary_loop::<Self>(op) }
            fn is_negative(self) -> bool { self < Self::ZERO }
        }
    )*};
}

int_impl! {
    i8, true, 0;
    i16, true, 0;
    i32, true, i32::MIN;
    i64, true, i64::MIN;
    u8, false, 0;
    u16, false, 0;
    u32, false, 0;
    u64, false, 0;
}

/// Python's `a // b` with NumPy's results for `b == 0` (0, "divide by zero") and
/// `INT_MIN // -1` (INT_MIN, "overflow"): NumPy sets those floating-point flags by hand.
#[inline(always)]
fn floor_divide<T: Int>(a: T, b: T) -> T {
    if b == T::ZERO {
        fpstatus::raise(fpstatus::DIVIDE);
        return T::ZERO;
    }
    if T::SIGNED && b == T::ZERO.wsub(T::ONE) {
        let q = a.wneg();
        // Only INT_MIN is its own negation among non-zero values.
        if q == a && a != T::ZERO {
            fpstatus::raise(fpstatus::OVERFLOW);
        }
        return q;
    }
    let q = a.wdiv(b);
    let r = a.wrem(b);
    if T::SIGNED && r != T::ZERO && ((r < T::ZERO) != (b < T::ZERO)) {
        q.wsub(T::ONE)
    } else {
        q
    }
}

/// Python's `a % b` (the sign of `b`), 0 for `b == 0` ("divide by zero", set by hand).
#[inline(always)]
fn remainder<T: Int>(a: T, b: T) -> T {
    if b == T::ZERO {
        fpstatus::raise(fpstatus::DIVIDE);
        return T::ZERO;
    }
    if T::SIGNED && b == T::ZERO.wsub(T::ONE) {
        return T::ZERO;
    }
    let r = a.wrem(b);
    if T::SIGNED && r != T::ZERO && ((r < T::ZERO) != (b < T::ZERO)) {
        r.wadd(b)
    } else {
        r
    }
}

/// `a ** b` by squaring with wrap-around; 0 for negative `b` (NumPy raises before).
#[inline(always)]
fn power<T: Int>(a: T, b: T) -> T {
    let Ok(mut e) = u64::try_from(b.to_i128()) else {
        return T::ZERO;
    };
    let (mut base, mut acc) = (a, T::ONE);
    while e > 0 {
        if e & 1 == 1 {
            acc = acc.wmul(base);
        }
        base = base.wmul(base);
        e >>= 1;
    }
    acc
}

/// The shift count when `0 <= b < bits`.
#[inline(always)]
fn shift_count<T: Int>(b: T) -> Option<u32> {
    u32::try_from(b.to_i128()).ok().filter(|&n| n < T::BITS)
}

#[inline(always)]
fn bin<T: Int, const OP: u8>(a: T, b: T) -> T {
    match const { B::from_code(OP) } {
        B::Add => a.wadd(b),
        B::Subtract => a.wsub(b),
        B::Multiply => a.wmul(b),
        B::FloorDivide => floor_divide(a, b),
        B::Remainder => remainder(a, b),
        B::Power => power(a, b),
        B::BitwiseAnd => a.and(b),
        B::BitwiseOr => a.or(b),
        B::BitwiseXor => a.xor(b),
        B::LeftShift => shift_count(b).map_or(T::ZERO, |n| a.shl(n)),
        B::RightShift => match shift_count(b) {
            Some(n) => a.shr(n),
            None if a < T::ZERO => T::ZERO.wsub(T::ONE),
            None => T::ZERO,
        },
        B::Minimum | B::Fmin => a.min(b),
        B::Maximum | B::Fmax => a.max(b),
        _ => T::ZERO,
    }
}

#[inline(always)]
fn cmp<T: Int, const OP: u8>(a: T, b: T) -> bool {
    match const { B::from_code(OP) } {
        B::LogicalAnd => a != T::ZERO && b != T::ZERO,
        B::LogicalOr => a != T::ZERO || b != T::ZERO,
        B::LogicalXor => (a != T::ZERO) != (b != T::ZERO),
        _ => order::<T, OP>(a, b),
    }
}

#[inline(always)]
fn un<T: Int, const OP: u8>(a: T) -> T {
    match const { U::from_code(OP) } {
        U::Negative => a.wneg(),
        U::Absolute => a.wabs(),
        U::Sign => {
            if a > T::ZERO {
                T::ONE
            } else if a < T::ZERO {
                T::ZERO.wsub(T::ONE)
            } else {
                T::ZERO
            }
        }
        U::Square => a.wmul(a),
        U::Reciprocal => {
            if a == T::ZERO {
                T::RECIP_ZERO
            } else {
                T::ONE.wdiv(a)
            }
        }
        U::Invert => a.not(),
        // positive, conjugate, floor, ceil, trunc
        _ => a,
    }
}

#[inline(always)]
fn pred<T: Int, const OP: u8>(a: T) -> bool {
    match const { U::from_code(OP) } {
        U::LogicalNot => a == T::ZERO,
        U::Isfinite => true,
        // isnan, isinf
        _ => false,
    }
}

fn binary_loop<T: Int>(op: B) -> Loop3 {
    let same: Option<InnerLoop<3>> = pick!(op, loop2, Bin<T>, B [
        Add, Subtract, Multiply, FloorDivide, Remainder, Power, BitwiseAnd, BitwiseOr,
        BitwiseXor, LeftShift, RightShift, Minimum, Maximum, Fmin, Fmax,
    ]);
    if let Some(f) = same {
        return Some((T::TYPE, f));
    }
    let to_bool: Option<InnerLoop<3>> = pick!(op, loop2, Cmp<T>, B [
        Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual, LogicalAnd, LogicalOr,
        LogicalXor,
    ]);
    to_bool.map(|f| (ScalarType::Bool, f))
}

fn unary_loop<T: Int>(op: U) -> Loop2 {
    let same: Option<InnerLoop<2>> = pick!(op, loop1, Un<T>, U [
        Negative, Positive, Absolute, Sign, Conjugate, Square, Reciprocal, Floor, Ceil, Trunc,
        Invert,
    ]);
    if let Some(f) = same {
        return Some((T::TYPE, f));
    }
    let to_bool: Option<InnerLoop<2>> =
        pick!(op, loop1, Pred<T>, U [LogicalNot, Isnan, Isinf, Isfinite]);
    to_bool.map(|f| (ScalarType::Bool, f))
}

/// NumPy 2's exact comparisons of int64 with uint64 (the `qQ->?` and `Qq->?` loops).
struct MixedCmp<P, const OP: u8>(PhantomData<P>);

impl<A: Int, Bt: Int, const OP: u8> Kernel2 for MixedCmp<(A, Bt), OP> {
    type A = A;
    type B = Bt;
    type O = Bool8;
    #[inline(always)]
    fn call(a: A, b: Bt) -> Bool8 {
        Bool8(order::<i128, OP>(a.to_i128(), b.to_i128()) as u8)
    }
}

/// The `qQ->?` and `Qq->?` comparison loops.
pub(super) fn mixed_comparison(op: B, a: ScalarType, b: ScalarType) -> Loop3 {
    let f: Option<InnerLoop<3>> = match (a, b) {
        (ScalarType::Int64, ScalarType::UInt64) => pick!(op, loop2, MixedCmp<(i64, u64)>, B [
            Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual,
        ]),
        (ScalarType::UInt64, ScalarType::Int64) => pick!(op, loop2, MixedCmp<(u64, i64)>, B [
            Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual,
        ]),
        _ => None,
    };
    f.map(|f| (ScalarType::Bool, f))
}
