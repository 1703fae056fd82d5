//! Real floating-point loops (float16, float32, float64), NumPy's semantics on x86-64:
//!
//! ```text
//!   float16       every operation is computed in float32 and rounded to float16 (NumPy's
//!                 half loops do the same), except negative/absolute/copysign/signbit, which
//!                 work on the sign bit, and min/max, which return one of the inputs
//!   a // b, a % b Python's float divmod (NumPy's npy_divmod): the remainder has the sign of
//!                 the divisor, -0.0 and inf/nan cases included; b == 0 gives a / b and
//!                 fmod(a, 0), with the flags of that arithmetic only (see `divmod`)
//!   maximum       propagates NaN (the first NaN operand); fmax ignores a NaN unless both are;
//!                 ties (-0.0 vs 0.0) return the second operand for float32/float64 (x86
//!                 maxps/minps) and the first for float16, as NumPy does
//!   sign          -1, 0 or 1; NaN stays NaN; sign(-0.0) == 0.0
//!   rint          rounds half to even
//!   transcendental the C library's functions through Rust's std (`f64::exp` is libm's exp)
//! ```

use super::{order, pick, Bin, Cmp, Loop2, Loop3, LoopElement, Pred, Un};
use crate::dtype::ScalarType;
use crate::kernels::run::InnerLoop;
use crate::ufunc::ops::{BinaryUfunc as B, UnaryUfunc as U};
use half::f16;
use std::ops::{Add, Div, Mul, Neg, Rem, Sub};

/// A hardware float type computations are done in (`f32`, `f64`): std's operations and the
/// C library's functions.
pub(super) trait Calc:
    Copy
    + PartialOrd
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Rem<Output = Self>
    + Neg<Output = Self>
{
    const ZERO: Self;
    const ONE: Self;
    const HALF: Self;
    const NAN: Self;
    const LN_2: Self;
    const LOG2_E: Self;
    const LOG10_E: Self;
    fn floor(self) -> Self;
    fn ceil(self) -> Self;
    fn trunc(self) -> Self;
    fn rint(self) -> Self;
    fn sqrt(self) -> Self;
    fn exp(self) -> Self;
    fn exp2(self) -> Self;
    fn exp_m1(self) -> Self;
    fn ln(self) -> Self;
    fn log2(self) -> Self;
    fn log10(self) -> Self;
    fn ln_1p(self) -> Self;
    fn sin(self) -> Self;
    fn cos(self) -> Self;
    fn tan(self) -> Self;
    fn asin(self) -> Self;
    fn acos(self) -> Self;
    fn atan(self) -> Self;
    fn sinh(self) -> Self;
    fn cosh(self) -> Self;
    fn tanh(self) -> Self;
    fn powf(self, e: Self) -> Self;
    /// `self * a + b` with one rounding.
    fn mul_add(self, a: Self, b: Self) -> Self;
    fn atan2(self, x: Self) -> Self;
    fn hypot(self, o: Self) -> Self;
    fn copysign(self, sign: Self) -> Self;
    fn abs(self) -> Self;
    fn is_nan(self) -> bool;
    /// The sign bit (no floating-point comparison, so no flag for NaN).
    fn is_sign_negative(self) -> bool;
    /// `self > o` in IEEE's total order (integer operations only: no flag for NaN).
    fn total_gt(self, o: Self) -> bool;
    fn is_infinite(self) -> bool;
    fn is_finite(self) -> bool;
    /// `(int)x == x` test of NumPy's complex power: `Some(n)` when `x` is an integer that
    /// fits `i64` (C's conversion, then comparison).
    fn to_exact_int(self) -> Option<i64>;
}

macro_rules! calc_impl {
    ($($t:ident),*) => {$(
        impl Calc for $t {
            const ZERO: Self = 0.0;
            const ONE: Self = 1.0;
            const HALF: Self = 0.5;
            const NAN: Self = <$t>::NAN;
            const LN_2: Self = std::$t::consts::LN_2;
            const LOG2_E: Self = std::$t::consts::LOG2_E;
            const LOG10_E: Self = std::$t::consts::LOG10_E;
            #[inline(always)] fn floor(self) -> Self { <$t>::floor(self) }
            #[inline(always)] fn ceil(self) -> Self { <$t>::ceil(self) }
            #[inline(always)] fn trunc(self) -> Self { <$t>::trunc(self) }
            #[inline(always)] fn rint(self) -> Self { <$t>::round_ties_even(self) }
            #[inline(always)] fn sqrt(self) -> Self { <$t>::sqrt(self) }
            #[inline(always)] fn exp(self) -> Self { <$t>::exp(self) }
            #[inline(always)] fn exp2(self) -> Self { <$t>::exp2(self) }
            #[inline(always)] fn exp_m1(self) -> Self { <$t>::exp_m1(self) }
            #[inline(always)] fn ln(self) -> Self { <$t>::ln(self) }
            #[inline(always)] fn log2(self) -> Self { <$t>::log2(self) }
            #[inline(always)] fn log10(self) -> Self { <$t>::log10(self) }
            #[inline(always)] fn ln_1p(self) -> Self { <$t>::ln_1p(self) }
            #[inline(always)] fn sin(self) -> Self { <$t>::sin(self) }
            #[inline(always)] fn cos(self) -> Self { <$t>::cos(self) }
            #[inline(always)] fn tan(self) -> Self { <$t>::tan(self) }
            #[inline(always)] fn asin(self) -> Self { <$t>::asin(self) }
            #[inline(always)] fn acos(self) -> Self { <$t>::acos(self) }
            #[inline(always)] fn atan(self) -> Self { <$t>::atan(self) }
            #[inline(always)] fn sinh(self) -> Self { <$t>::sinh(self) }
            #[inline(always)] fn cosh(self) -> Self { <$t>::cosh(self) }
            #[inline(always)] fn tanh(self) -> Self { <$t>::tanh(self) }
            #[inline(always)] fn powf(self, e: Self) -> Self { <$t>::powf(self, e) }
            #[inline(always)] fn mul_add(self, a: Self, b: Self) -> Self { <$t>::mul_add(self, a, b) }
            #[inline(always)] fn atan2(self, x: Self) -> Self { <$t>::atan2(self, x) }
            #[inline(always)] fn hypot(self, o: Self) -> Self { <$t>::hypot(self, o) }
            #[inline(always)] fn copysign(self, s: Self) -> Self { <$t>::copysign(self, s) }
            #[inline(always)] fn abs(self) -> Self { <$t>::abs(self) }
            #[inline(always)] fn is_nan(self) -> bool { <$t>::is_nan(self) }
            #[inline(always)] fn is_sign_negative(self) -> bool { <$t>::is_sign_negative(self) }
            #[inline(always)] fn total_gt(self, o: Self) -> bool { <$t>::total_cmp(&self, &o).is_gt() }
            #[inline(always)] fn is_infinite(self) -> bool { <$t>::is_infinite(self) }
            #[inline(always)] fn is_finite(self) -> bool { <$t>::is_finite(self) }
            #[inline(always)]
            fn to_exact_int(self) -> Option<i64> {
                // x86-64's conversion gives i64::MIN for NaN and out-of-range values, which
                // then compares unequal (or equal only for -2**63 itself, which is exact).
                let n = if self.is_finite() && self.abs() < -(i64::MIN as $t) {
                    self as i64
                } else {
                    i64::MIN
                };
                (n as $t == self).then_some(n)
            }
        }
    )*};
}

calc_impl!(f32, f64);

/// `r`, the log of `x`, or +nan for a negative `x` when `libm`: NumPy's float64 `log` and
/// `log2` (on machines without AVX-512) call glibc through its old compatibility symbols,
/// whose domain error returns the C `NAN` constant (+nan); the current glibc functions numrs
/// calls return -nan (0/0), as NumPy 2's float16 and float32 loops do. (NumPy 1.23's float16
/// log/log2 and float32 log2 return +nan too: [`LegacyLog`].)
/// The NaN is `r`'s own with its sign cleared, so that the C library call (and the "invalid"
/// flag it raises) cannot be left out. `x < 0` is tested without an ordered comparison (see
/// [`nonzero_below_zero`]; `-0.0` is not below zero: its log is -inf).
#[inline(always)]
fn log_domain<C: Calc>(x: C, r: C, libm: bool) -> C {
    if libm && nonzero_below_zero(x) && x != C::ZERO {
        r.abs()
    } else {
        r
    }
}

/// A stored float type and the type it is computed in.
pub(super) trait Float: LoopElement {
    type C: Calc;
    /// NumPy's float16 min/max loops return the first operand on ties; the float32/float64
    /// SIMD loops return the second.
    const TIES_FIRST: bool;
    fn to_c(self) -> Self::C;
    fn from_c(c: Self::C) -> Self;
    fn neg(self) -> Self;
    fn abs(self) -> Self;
    fn copysign(self, sign: Self) -> Self;
    fn signbit(self) -> bool;
}

macro_rules! float_impl {
    ($($t:ty, $bits:ty, $c:ty, $ties_first:expr, $to:expr, $from:expr;)*) => {$(
        impl Float for $t {
            type C = $c;
            const TIES_FIRST: bool = $ties_first;
            #[inline(always)]
            fn to_c(self) -> $c { ($to)(self) }
            #[inline(always)]
            fn from_c(c: $c) -> Self { ($from)(c) }
            #[inline(always)]
            fn neg(self) -> Self { <$t>::from_bits(self.to_bits() ^ SIGN!($bits)) }
            #[inline(always)]
            fn abs(self) -> Self { <$t>::from_bits(self.to_bits() & !SIGN!($bits)) }
            #[inline(always)]
            fn copysign(self, sign: Self) -> Self {
                let s = SIGN!($bits);
                <$t>::from_bits((self.to_bits() & !s) | (sign.to_bits() & s))
            }
            #[inline(always)]
            fn signbit(self) -> bool { self.to_bits() & SIGN!($bits) != 0 }
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
            fn is_negative(self) -> bool { self.to_c() < <$c as Calc>::ZERO }
        }
    )*};
}

/// The sign bit of a float's bit pattern.
macro_rules! SIGN {
    ($bits:ty) => {
        (1 as $bits) << (<$bits>::BITS - 1)
    };
}

float_impl! {
    f16, u16, f32, true, f16::to_f32, f16::from_f32;
    f32, u32, f32, false, |x| x, |x| x;
    f64, u64, f64, false, |x| x, |x| x;
}

/// `x < 0` for a nonzero `x` (NaN: false) without an ordered floating-point comparison:
/// compiled for selects and vectors, those are x86's signaling compares (`cmpltpd`), which
/// raise "invalid" for a quiet NaN where NumPy's C code raises nothing.
#[inline(always)]
fn nonzero_below_zero<C: Calc>(x: C) -> bool {
    x.is_sign_negative() && !x.is_nan()
}

/// Python's float `divmod(a, b)`: `(floor quotient, remainder with the divisor's sign)`,
/// with only the flags of its arithmetic (NumPy's npy_divmod): `b == 0` gives `a / b` and
/// `fmod(a, 0)`; a NaN operand raises nothing, an infinite `a` "invalid" (from fmod).
#[inline(always)]
pub(super) fn divmod<C: Calc>(a: C, b: C) -> (C, C) {
    let m = a % b;
    if b == C::ZERO {
        return (a / b, m);
    }
    let (mut div, mut m) = ((a - m) / b, m);
    if m != C::ZERO {
        if nonzero_below_zero(b) != nonzero_below_zero(m) {
            m = m + b;
            div = div - C::ONE;
        }
    } else {
        m = C::ZERO.copysign(b);
    }
    let q = if div != C::ZERO {
        let f = div.floor();
        // `div - f > 0.5`; a NaN `div` gives NaN either way.
        if (div - f).total_gt(C::HALF) {
            f + C::ONE
        } else {
            f
        }
    } else {
        C::ZERO.copysign(a / b)
    };
    (q, m)
}

/// `divmod(a, b).0`; `b == 0` divides (`a / b`) without `fmod(a, 0)`'s "invalid".
#[inline(always)]
fn floor_divide<C: Calc>(a: C, b: C) -> C {
    if b == C::ZERO {
        return a / b;
    }
    divmod(a, b).0
}

/// `maximum`/`minimum` (`propagate`: a NaN operand wins) and `fmax`/`fmin` (a NaN operand
/// loses unless both are NaN); the result is one of the operands, bit for bit.
#[inline(always)]
fn extremum<T: Float>(a: T, b: T, max: bool, propagate: bool) -> T {
    let (x, y) = (a.to_c(), b.to_c());
    if T::TIES_FIRST {
        let keep_a = if propagate { x.is_nan() } else { y.is_nan() };
        let a_wins = if max { x >= y } else { x <= y };
        return if a_wins || keep_a { a } else { b };
    }
    let (nan_a, nan_b) = if propagate {
        (x.is_nan(), y.is_nan())
    } else {
        (y.is_nan(), x.is_nan())
    };
    if nan_a {
        a
    } else if nan_b {
        b
    } else if (max && x > y) || (!max && x < y) {
        a
    } else {
        b
    }
}

#[inline(always)]
fn bin<T: Float, const OP: u8>(a: T, b: T) -> T {
    let (x, y) = (a.to_c(), b.to_c());
    match const { B::from_code(OP) } {
        B::Add => T::from_c(x + y),
        B::Subtract => T::from_c(x - y),
        B::Multiply => T::from_c(x * y),
        B::TrueDivide => T::from_c(x / y),
        B::FloorDivide => T::from_c(floor_divide(x, y)),
        // `divmod`'s remainder for `y == 0`, without its division's flag (NumPy's
        // npy_remainder).
        B::Remainder if y == <T::C as Calc>::ZERO => T::from_c(x % y),
        B::Remainder => T::from_c(divmod(x, y).1),
        B::Power => T::from_c(x.powf(y)),
        B::Maximum => extremum(a, b, true, true),
        B::Minimum => extremum(a, b, false, true),
        B::Fmax => extremum(a, b, true, false),
        B::Fmin => extremum(a, b, false, false),
        B::Arctan2 => T::from_c(x.atan2(y)),
        B::Hypot => T::from_c(x.hypot(y)),
        B::Copysign => a.copysign(b),
        _ => a,
    }
}

#[inline(always)]
fn cmp<T: Float, const OP: u8>(a: T, b: T) -> bool {
    let (x, y) = (a.to_c(), b.to_c());
    let zero = <T::C as Calc>::ZERO;
    match const { B::from_code(OP) } {
        B::LogicalAnd => x != zero && y != zero,
        B::LogicalOr => x != zero || y != zero,
        B::LogicalXor => (x != zero) != (y != zero),
        _ => order::<T::C, OP>(x, y),
    }
}

#[inline(always)]
fn un<T: Float, const OP: u8>(a: T) -> T {
    let x = a.to_c();
    let f = T::from_c;
    match const { U::from_code(OP) } {
        U::Negative => a.neg(),
        U::Absolute => a.abs(),
        U::Sign => {
            if x > T::C::ZERO {
                f(T::C::ONE)
            } else if x < T::C::ZERO {
                f(-T::C::ONE)
            } else if x == T::C::ZERO {
                f(T::C::ZERO)
            } else {
                a
            }
        }
        U::Sqrt => f(x.sqrt()),
        U::Square => f(x * x),
        U::Reciprocal => f(T::C::ONE / x),
        U::Exp => f(x.exp()),
        U::Exp2 => f(x.exp2()),
        U::Expm1 => f(x.exp_m1()),
        U::Log => f(log_domain(x, x.ln(), T::TYPE == ScalarType::Float64)),
        U::Log2 => f(log_domain(x, x.log2(), T::TYPE == ScalarType::Float64)),
        U::Log10 => f(x.log10()),
        U::Log1p => f(x.ln_1p()),
        U::Sin => f(x.sin()),
        U::Cos => f(x.cos()),
        U::Tan => f(x.tan()),
        U::Arcsin => f(x.asin()),
        U::Arccos => f(x.acos()),
        U::Arctan => f(x.atan()),
        U::Sinh => f(x.sinh()),
        U::Cosh => f(x.cosh()),
        U::Tanh => f(x.tanh()),
        U::Floor => f(x.floor()),
        U::Ceil => f(x.ceil()),
        U::Trunc => f(x.trunc()),
        U::Rint => f(x.rint()),
        // positive, conjugate
        _ => a,
    }
}

#[inline(always)]
fn pred<T: Float, const OP: u8>(a: T) -> bool {
    let x = a.to_c();
    match const { U::from_code(OP) } {
        U::LogicalNot => x == T::C::ZERO,
        U::Isnan => x.is_nan(),
        U::Isinf => x.is_infinite(),
        U::Isfinite => x.is_finite(),
        U::Signbit => a.signbit(),
        _ => false,
    }
}

fn binary_loop<T: Float>(op: B) -> Loop3 {
    let same: Option<InnerLoop<3>> = pick!(op, loop2, Bin<T>, B [
        Add, Subtract, Multiply, TrueDivide, FloorDivide, Remainder, Power, Minimum, Maximum,
        Fmin, Fmax, Arctan2, Hypot, Copysign,
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

/// NumPy 1.x's float16 `log`/`log2` and float32 `log2` (Legacy mode): the C library's
/// through glibc's compatibility symbols, +nan for a negative number (NumPy 2: -nan).
struct LegacyLog<T, const LOG2: bool>(std::marker::PhantomData<T>);

impl<T: Float, const LOG2: bool> super::driver::Kernel1 for LegacyLog<T, LOG2> {
    type A = T;
    type O = T;
    #[inline(always)]
    fn call(a: T) -> T {
        let x = a.to_c();
        let r = if LOG2 { x.log2() } else { x.ln() };
        T::from_c(log_domain(x, r, true))
    }
}

/// The loop of `op` on `t` -> `t` that NumPy 1.x's NaN signs need in Legacy mode, if it
/// differs from NumPy 2's: [`LegacyLog`].
pub(super) fn legacy_unary_loop(op: U, t: ScalarType) -> Option<InnerLoop<2>> {
    use super::driver::loop1;
    match (op, t) {
        (U::Log, ScalarType::Float16) => Some(loop1::<LegacyLog<f16, false>>()),
        (U::Log2, ScalarType::Float16) => Some(loop1::<LegacyLog<f16, true>>()),
        (U::Log2, ScalarType::Float32) => Some(loop1::<LegacyLog<f32, true>>()),
        _ => None,
    }
}

fn unary_loop<T: Float>(op: U) -> Loop2 {
    let same: Option<InnerLoop<2>> = pick!(op, loop1, Un<T>, U [
        Negative, Positive, Absolute, Sign, Conjugate, Sqrt, Square, Reciprocal, Exp, Exp2,
        Expm1, Log, Log2, Log10, Log1p, Sin, Cos, Tan, Arcsin, Arccos, Arctan, Sinh, Cosh, Tanh,
        Floor, Ceil, Trunc, Rint,
    ]);
    if let Some(f) = same {
        return Some((T::TYPE, f));
    }
    let to_bool: Option<InnerLoop<2>> =
        pick!(op, loop1, Pred<T>, U [LogicalNot, Isnan, Isinf, Isfinite, Signbit]);
    to_bool.map(|f| (ScalarType::Bool, f))
}
