//! Complex loops (complex64, complex128), NumPy's semantics:
//!
//! ```text
//!   a * b             (ar*br - ai*bi, ar*bi + ai*br), each with one fused multiply-add
//!                     (NumPy's SIMD loop); the square likewise
//!   a / b, 1 / a      Smith's algorithm, scaled by the larger component of the divisor;
//!                     a / 0 divides each component by 0.0
//!   a ** b            b == 0 -> 1; a == 0 -> 0 if re(b) > 0 (NumPy 1.x, Legacy mode: if
//!                     b is real and > 0), else nan+nanj; an integral
//!                     real b with |b| < 100 by repeated squaring (1, 2, 3 unrolled);
//!                     otherwise the C library's cpow
//!   <, <=, >, >=      lexicographic: real parts decide unless equal; a NaN imaginary part
//!                     makes the real comparison false
//!   maximum/minimum   the first operand if it has a NaN or wins (>= / <=), else the second
//!   fmax/fmin         the first operand if the second has a NaN or the first wins, else
//!                     the second
//!   absolute          NumPy's SIMD hypot: big * sqrt(1 + (small/big)**2) with a fused
//!                     multiply-add; a real result. "overflow" (|z| beyond the type's range)
//!                     is reported by NumPy 1.x only: NumPy 2's loop discards it
//!   sign              z / |z| (NumPy 2), 0 for 0, NaN for NaN, unit axes for infinities;
//!                     Legacy mode: NumPy 1.x's sign of the real (else imaginary) part
//!   sqrt exp log sin cos tan arcsin arccos arctan sinh cosh tanh   the C library
//!   exp2, expm1, log2, log10, log1p    NumPy's formulas on top of the real functions
//! ```

use super::cmath::CMath;
use super::driver::{loop1, loop2, Kernel1, Kernel2};
use super::float::Calc;
use super::{pick, Bin, Cmp, Loop2, Loop3, LoopElement, Pred, Un};
use crate::dtype::ScalarType;
use crate::element::Element;
use crate::kernels::run::InnerLoop;
use crate::ufunc::ops::{BinaryUfunc as B, UnaryUfunc as U};
use num_complex::{Complex32, Complex64};
use std::marker::PhantomData;

/// A complex element type and its real component type.
pub(super) trait Cplx: LoopElement + CMath {
    type R: Calc + Element;
    fn re(self) -> Self::R;
    fn im(self) -> Self::R;
    fn make(re: Self::R, im: Self::R) -> Self;
}

macro_rules! complex_impl {
    ($($t:ty, $r:ty;)*) => {$(
        impl Cplx for $t {
            type R = $r;
            #[inline(always)]
            fn re(self) -> $r { self.re }
            #[inline(always)]
            fn im(self) -> $r { self.im }
            #[inline(always)]
            fn make(re: $r, im: $r) -> Self { <$t>::new(re, im) }
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
            fn is_negative(self) -> bool { false }
        }
    )*};
}

complex_impl! {
    Complex32, f32;
    Complex64, f64;
}

/// NumPy's SIMD complex product: both parts with one fused multiply-add,
/// `(fma(ar, br, -(ai*bi)), fma(ar, bi, ai*br))`.
#[inline(always)]
fn mul<T: Cplx>(a: T, b: T) -> T {
    let (ar, ai, br, bi) = (a.re(), a.im(), b.re(), b.im());
    T::make(fused_sub(ar, br, ai * bi), ar.mul_add(bi, ai * br))
}

/// `x*y - p` with one rounding, as x86's fused multiply-subtract (`vfmaddsub`): a NaN `p` is
/// returned as it is (unless `x` or `y` is a NaN), where negating it for a multiply-add
/// would flip its sign bit.
#[inline(always)]
fn fused_sub<R: Calc>(x: R, y: R, p: R) -> R {
    let r = x.mul_add(y, -p);
    if p.is_nan() && !x.is_nan() && !y.is_nan() {
        p
    } else {
        r
    }
}

/// The textbook complex product (NumPy's scalar C code, used by `power`).
#[inline(always)]
fn mul_plain<T: Cplx>(a: T, b: T) -> T {
    let (ar, ai, br, bi) = (a.re(), a.im(), b.re(), b.im());
    T::make(ar * br - ai * bi, ar * bi + ai * br)
}

/// NumPy's complex square: `(fma(re, re, -(im*im)), re*im + im*re)`.
#[inline(always)]
fn square<T: Cplx>(a: T) -> T {
    let (re, im) = (a.re(), a.im());
    T::make(fused_sub(re, re, im * im), re * im + im * re)
}

/// NumPy's SIMD complex absolute value: `big * sqrt(fma(q, q, 1))` with `q = small / big`;
/// inf if either part is infinite, NaN if either is NaN, 0 for 0.
///
/// Only finite, nonzero operands reach the arithmetic and no float is compared by order:
/// NaN, 0/0 and inf/inf would raise "invalid" (and ordered comparisons compile to x86's
/// signaling compares, which do for a NaN), where NumPy's loop raises nothing.
#[inline(always)]
fn absolute<T: Cplx>(a: T) -> T::R {
    let (zero, one) = (T::R::ZERO, T::R::ONE);
    let (x, y) = (a.re().abs(), a.im().abs());
    let (x0, y0) = if x.is_nan() || y.is_nan() {
        (zero, zero)
    } else {
        (x, y)
    };
    let (big, small) = if y0.total_gt(x0) { (y0, x0) } else { (x0, y0) };
    let both_zero = big == zero && small == zero;
    let (b, s) = if both_zero || big.is_infinite() {
        (one, zero)
    } else {
        (big, small)
    };
    let q = s / b;
    let r = b * q.mul_add(q, one).sqrt();
    // Selects rather than early returns, so that the loop vectorizes.
    if x.is_infinite() {
        x
    } else if y.is_infinite() {
        y
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if both_zero {
        big
    } else {
        r
    }
}

/// Smith's division, as NumPy's complex divide loop.
#[inline(always)]
fn div<T: Cplx>(a: T, b: T) -> T {
    let (ar, ai, br, bi) = (a.re(), a.im(), b.re(), b.im());
    let (abs_r, abs_i) = (br.abs(), bi.abs());
    let one = T::R::ONE;
    // NumPy's `>=` below is a signaling compare (x86-64 `comisd`): a NaN divisor part raises
    // "invalid"; Rust's is a quiet one.
    if abs_r.is_nan() || abs_i.is_nan() {
        crate::kernels::fpstatus::raise(crate::kernels::fpstatus::INVALID);
    }
    if abs_r >= abs_i {
        if abs_r == T::R::ZERO && abs_i == T::R::ZERO {
            // Two separate divisions: packed into one SIMD division, the unused lanes of a
            // complex64's register divide 0 by 0 and raise a stray "invalid".
            T::make(std::hint::black_box(ar / abs_r), ai / abs_i)
        } else {
            let rat = bi / br;
            let scl = one / (br + bi * rat);
            T::make((ar + ai * rat) * scl, (ai - ar * rat) * scl)
        }
    } else {
        let rat = br / bi;
        let scl = one / (bi + br * rat);
        T::make((ar * rat + ai) * scl, (ai * rat - ar) * scl)
    }
}

fn power<T: Cplx>(a: T, b: T) -> T {
    let (zero, one) = (T::R::ZERO, T::R::ONE);
    let (ar, ai, br, bi) = (a.re(), a.im(), b.re(), b.im());
    if br == zero && bi == zero {
        return T::make(one, zero);
    }
    if ar == zero && ai == zero {
        return if br > zero {
            T::make(zero, zero)
        } else {
            T::make(T::R::NAN, T::R::NAN)
        };
    }
    if bi == zero {
        match br.to_exact_int() {
            Some(1) => return a,
            Some(2) => return mul_plain(a, a),
            Some(3) => return mul_plain(mul_plain(a, a), a),
            Some(n @ -99..=99) => {
                let k = n.unsigned_abs();
                let (mut acc, mut p, mut mask) = (T::make(one, zero), a, 1u64);
                loop {
                    if k & mask != 0 {
                        acc = mul_plain(acc, p);
                    }
                    mask <<= 1;
                    if k < mask {
                        break;
                    }
                    p = mul_plain(p, p);
                }
                return if br < zero {
                    div(T::make(one, zero), acc)
                } else {
                    acc
                };
            }
            _ => {}
        }
    }
    a.pow(b)
}

/// NumPy 1.x's complex power (Legacy mode): `0 ** b` is 0 only for a real positive `b`
/// (NumPy 2: for any `b` with a positive real part); otherwise nan+nanj, raising "invalid"
/// (NumPy 1.x's `inf - inf`).
struct LegacyPower<T>(PhantomData<T>);

impl<T: Cplx> Kernel2 for LegacyPower<T> {
    type A = T;
    type B = T;
    type O = T;
    #[inline(always)]
    fn call(a: T, b: T) -> T {
        let zero = T::R::ZERO;
        let (b_zero, a_zero) = (
            b.re() == zero && b.im() == zero,
            a.re() == zero && a.im() == zero,
        );
        if a_zero && !b_zero && !(b.re() > zero && b.im() == zero) {
            crate::kernels::fpstatus::raise(crate::kernels::fpstatus::INVALID);
            return T::make(T::R::NAN, T::R::NAN);
        }
        power(a, b)
    }
}

/// `a * b` with the NaN of `a` when both are NaN, as x86-64's `mulsd a, b` gives it (the
/// first operand's): which NaN, and so its sign bit, NumPy's compiled order decides. The
/// compiler treats `*` as commutative and may swap the operands, so the order is made
/// explicit here (one NaN alone is the result whatever the order).
#[inline(always)]
fn nan_first_product<R: Calc>(a: R, b: R) -> R {
    if a.is_nan() {
        a
    } else {
        a * b
    }
}

/// NumPy 1.23's complex expm1 (Legacy mode): NumPy 2's formula, but its build multiplies
/// the real part's `expm1(re) * cos(im)` the other way round, so a NaN from cos wins
/// (expm1(nan+infj) is -nan-nanj there, +nan-nanj in NumPy 2).
struct LegacyExpm1<T>(PhantomData<T>);

impl<T: Cplx> Kernel1 for LegacyExpm1<T> {
    type A = T;
    type O = T;
    #[inline(always)]
    fn call(a: T) -> T {
        let (re, im) = (a.re(), a.im());
        let h = (im * T::R::HALF).sin();
        let two = T::R::ONE + T::R::ONE;
        T::make(
            nan_first_product(im.cos(), re.exp_m1()) - two * h * h,
            nan_first_product(im.sin(), re.exp()),
        )
    }
}

/// The complex expm1 loop of NumPy 1.x, for Legacy mode: [`LegacyExpm1`].
pub(super) fn legacy_expm1_loop(t: ScalarType) -> Option<InnerLoop<2>> {
    match t {
        ScalarType::Complex64 => Some(loop1::<LegacyExpm1<Complex32>>()),
        ScalarType::Complex128 => Some(loop1::<LegacyExpm1<Complex64>>()),
        _ => None,
    }
}

/// NumPy 1.x's complex sign (Legacy mode): the sign of the real part, or of the imaginary
/// part when the real part is 0, as a real number (`0` for `0`, NaN when neither decides);
/// the imaginary part is 0. Its `>`/`<` are signaling compares (x86-64 `comisd`): a NaN they
/// compare raises "invalid" (a NaN real part, or a NaN imaginary part beside a zero real one).
struct LegacySign<T>(PhantomData<T>);

impl<T: Cplx> Kernel1 for LegacySign<T> {
    type A = T;
    type O = T;
    #[inline(always)]
    fn call(a: T) -> T {
        let (re, im) = (a.re(), a.im());
        let zero = T::R::ZERO;
        if re.is_nan() || (re == zero && im.is_nan()) {
            crate::kernels::fpstatus::raise(crate::kernels::fpstatus::INVALID);
        }
        // Signs read without ordered compares, which vectorized code makes signaling (a
        // stray "invalid" for `1.5+nanj`, whose imaginary part NumPy never compares).
        let above = |x: T::R| !x.is_nan() && !x.is_sign_negative() && x != zero;
        let below = |x: T::R| !x.is_nan() && x.is_sign_negative() && x != zero;
        let sign = if (above(re) && !im.is_nan()) || (re == zero && above(im)) {
            T::R::ONE
        } else if (below(re) && !im.is_nan()) || (re == zero && below(im)) {
            -T::R::ONE
        } else if re == zero && im == zero {
            zero
        } else {
            T::R::NAN
        };
        T::make(sign, zero)
    }
}

/// The complex sign loop of NumPy 1.x, for Legacy mode: [`LegacySign`].
pub(super) fn legacy_sign_loop(t: ScalarType) -> Option<InnerLoop<2>> {
    match t {
        ScalarType::Complex64 => Some(loop1::<LegacySign<Complex32>>()),
        ScalarType::Complex128 => Some(loop1::<LegacySign<Complex64>>()),
        _ => None,
    }
}

/// The complex power loop of NumPy 1.x, for Legacy mode: [`LegacyPower`].
pub(super) fn legacy_power_loop(t: ScalarType) -> Option<InnerLoop<3>> {
    match t {
        ScalarType::Complex64 => Some(loop2::<LegacyPower<Complex32>>()),
        ScalarType::Complex128 => Some(loop2::<LegacyPower<Complex64>>()),
        _ => None,
    }
}

fn has_nan<T: Cplx>(a: T) -> bool {
    a.re().is_nan() || a.im().is_nan()
}

/// NumPy's lexicographic complex order for code `OP` (`Less` ... `GreaterEqual`).
#[inline(always)]
fn ordered<T: Cplx>(op: B, a: T, b: T) -> bool {
    let (xr, xi, yr, yi) = (a.re(), a.im(), b.re(), b.im());
    let no_nan_im = !xi.is_nan() && !yi.is_nan();
    match op {
        B::Less => (xr < yr && no_nan_im) || (xr == yr && xi < yi),
        B::LessEqual => (xr < yr && no_nan_im) || (xr == yr && xi <= yi),
        B::Greater => (xr > yr && no_nan_im) || (xr == yr && xi > yi),
        B::GreaterEqual => (xr > yr && no_nan_im) || (xr == yr && xi >= yi),
        B::Equal => xr == yr && xi == yi,
        B::NotEqual => xr != yr || xi != yi,
        _ => false,
    }
}

#[inline(always)]
fn bin<T: Cplx, const OP: u8>(a: T, b: T) -> T {
    let (ar, ai, br, bi) = (a.re(), a.im(), b.re(), b.im());
    let pick_first = |cond: bool| if cond { a } else { b };
    match const { B::from_code(OP) } {
        B::Add => T::make(ar + br, ai + bi),
        B::Subtract => T::make(ar - br, ai - bi),
        B::Multiply => mul(a, b),
        B::TrueDivide => div(a, b),
        B::Power => power(a, b),
        B::Maximum => pick_first(has_nan(a) || ordered(B::GreaterEqual, a, b)),
        B::Minimum => pick_first(has_nan(a) || ordered(B::LessEqual, a, b)),
        B::Fmax => pick_first(has_nan(b) || ordered(B::GreaterEqual, a, b)),
        B::Fmin => pick_first(has_nan(b) || ordered(B::LessEqual, a, b)),
        _ => a,
    }
}

#[inline(always)]
fn cmp<T: Cplx, const OP: u8>(a: T, b: T) -> bool {
    let zero = T::R::ZERO;
    let nz = |z: T| z.re() != zero || z.im() != zero;
    match const { B::from_code(OP) } {
        B::LogicalAnd => nz(a) && nz(b),
        B::LogicalOr => nz(a) || nz(b),
        B::LogicalXor => nz(a) != nz(b),
        op => ordered(op, a, b),
    }
}

/// NumPy 2's complex sign: `z / |z|`.
fn sign<T: Cplx>(a: T) -> T {
    let (re, im) = (a.re(), a.im());
    let (zero, one) = (T::R::ZERO, T::R::ONE);
    let unit = |x: T::R| if x > zero { one } else { -one };
    let abs = re.hypot(im);
    if abs.is_nan() {
        T::make(T::R::NAN, T::R::NAN)
    } else if abs.is_infinite() {
        match (re.is_infinite(), im.is_infinite()) {
            (true, true) => T::make(T::R::NAN, T::R::NAN),
            (true, false) => T::make(unit(re), zero),
            _ => T::make(zero, unit(im)),
        }
    } else if abs == zero {
        T::make(zero, zero)
    } else {
        T::make(re / abs, im / abs)
    }
}

fn reciprocal<T: Cplx>(a: T) -> T {
    let (re, im) = (a.re(), a.im());
    let one = T::R::ONE;
    if im.abs() <= re.abs() {
        let r = im / re;
        let d = re + im * r;
        T::make(one / d, -r / d)
    } else {
        let r = re / im;
        let d = re * r + im;
        T::make(r / d, -one / d)
    }
}

#[inline(always)]
fn un<T: Cplx, const OP: u8>(a: T) -> T {
    let (re, im) = (a.re(), a.im());
    let scaled = |z: T, k: T::R| T::make(z.re() * k, z.im() * k);
    match const { U::from_code(OP) } {
        U::Negative => T::make(-re, -im),
        U::Conjugate => T::make(re, -im),
        U::Sign => sign(a),
        U::Square => square(a),
        U::Reciprocal => reciprocal(a),
        U::Sqrt => a.sqrt(),
        U::Exp => a.exp(),
        U::Exp2 => scaled(a, T::R::LN_2).exp(),
        U::Expm1 => {
            let h = (im * T::R::HALF).sin();
            let two = T::R::ONE + T::R::ONE;
            // NumPy's compiled `exp(re) * sin(im)` multiplies in this order: a NaN from
            // sin (sin(inf) is -nan) wins over one from exp.
            T::make(
                nan_first_product(re.exp_m1(), im.cos()) - two * h * h,
                nan_first_product(im.sin(), re.exp()),
            )
        }
        U::Log => a.log(),
        U::Log2 => scaled(a.log(), T::R::LOG2_E),
        U::Log10 => scaled(a.log(), T::R::LOG10_E),
        U::Log1p => {
            let r = re + T::R::ONE;
            T::make(r.hypot(im).ln(), im.atan2(r))
        }
        U::Sin => a.sin(),
        U::Cos => a.cos(),
        U::Tan => a.tan(),
        U::Arcsin => a.asin(),
        U::Arccos => a.acos(),
        U::Arctan => a.atan(),
        U::Sinh => a.sinh(),
        U::Cosh => a.cosh(),
        U::Tanh => a.tanh(),
        U::Rint => T::make(re.rint(), im.rint()),
        // positive
        _ => a,
    }
}

#[inline(always)]
fn pred<T: Cplx, const OP: u8>(a: T) -> bool {
    let (re, im) = (a.re(), a.im());
    match const { U::from_code(OP) } {
        U::LogicalNot => re == T::R::ZERO && im == T::R::ZERO,
        U::Isnan => re.is_nan() || im.is_nan(),
        U::Isinf => re.is_infinite() || im.is_infinite(),
        U::Isfinite => re.is_finite() && im.is_finite(),
        _ => false,
    }
}

/// `absolute` of a complex number: a real result.
struct Abs<T>(PhantomData<T>);

impl<T: Cplx> Kernel1 for Abs<T> {
    type A = T;
    type O = T::R;
    #[inline(always)]
    fn call(a: T) -> T::R {
        absolute(a)
    }
}

fn binary_loop<T: Cplx>(op: B) -> Loop3 {
    let same: Option<InnerLoop<3>> = pick!(op, loop2, Bin<T>, B [
        Add, Subtract, Multiply, TrueDivide, Power, Minimum, Maximum, Fmin, Fmax,
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

/// NumPy 2's complex absolute: the same values, and no "overflow" flag (NumPy 2.x's loop
/// does not report the overflow of `|z|` past the largest float; NumPy 1.x's does).
///
/// # Safety
/// The caller's guarantees are those of the `Abs<T>` loop it runs.
unsafe fn abs_without_overflow<T: Cplx>(ptrs: [*mut u8; 2], strides: [isize; 2], count: usize) {
    use crate::kernels::fpstatus::{raise, take, OVERFLOW};
    // Flags raised before this loop in the same call (input casts) are kept.
    let before = take();
    // SAFETY: forwarded unchanged from this loop's caller, who guarantees them for `Abs<T>`.
    unsafe { loop1::<Abs<T>>()(ptrs, strides, count) };
    let keep = before | (take() & !OVERFLOW);
    if keep != 0 {
        raise(keep);
    }
}

fn unary_loop<T: Cplx>(op: U) -> Loop2 {
    if op == U::Absolute {
        let f: InnerLoop<2> = match crate::promote::current_mode() {
            crate::promote::PromotionMode::Weak => abs_without_overflow::<T>,
            crate::promote::PromotionMode::Legacy => loop1::<Abs<T>>(),
        };
        return Some((T::R::TYPE, f));
    }
    let same: Option<InnerLoop<2>> = pick!(op, loop1, Un<T>, U [
        Negative, Positive, Sign, Conjugate, Sqrt, Square, Reciprocal, Exp, Exp2, Expm1, Log,
        Log2, Log10, Log1p, Sin, Cos, Tan, Arcsin, Arccos, Arctan, Sinh, Cosh, Tanh, Rint,
    ]);
    if let Some(f) = same {
        return Some((T::TYPE, f));
    }
    let to_bool: Option<InnerLoop<2>> =
        pick!(op, loop1, Pred<T>, U [LogicalNot, Isnan, Isinf, Isfinite]);
    to_bool.map(|f| (ScalarType::Bool, f))
}
