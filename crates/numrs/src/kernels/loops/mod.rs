//! Typed inner loops for the ufuncs, selected at run time by operation and dtype.
//!
//! ```text
//!   binary_loop(op, LoopTypes) / unary_loop(op, LoopTypes)
//!     -> dispatch_numeric!(input type, T => T::binary_loop(op))   one generic selector per
//!        category: bool (boolean.rs), integers (int.rs), floats (float.rs), complex
//!        (complex.rs); the int64/uint64 comparison loops ('qQ', 'Qq') live in int.rs
//!     -> loop2::<Bin<T, OP>> / loop2::<Cmp<T, OP>> / loop1::<Un<T, OP>> / loop1::<Pred<T, OP>>
//!        (driver.rs), where OP is the ufunc's code as a const generic, so each (op, type)
//!        pair is its own monomorphized, vectorizable loop, built twice: for the x86-64
//!        baseline and for AVX2+FMA, chosen at run time
//! ```
//!
//! The semantics are NumPy's on x86-64 Linux; each category file says where that takes care.

mod boolean;
mod cmath;
mod complex;
pub(crate) mod driver;
mod float;
mod int;
#[cfg(test)]
mod tests;

use crate::dtype::ScalarType;
use crate::element::{Bool8, Element};
use crate::kernels::run::InnerLoop;
use crate::ufunc::ops::{BinaryUfunc, LoopTypes, UnaryUfunc};
use driver::{Kernel1, Kernel2};
use std::marker::PhantomData;

/// A selected binary loop and its output type.
type Loop3 = Option<(ScalarType, InnerLoop<3>)>;
/// A selected unary loop and its output type.
type Loop2 = Option<(ScalarType, InnerLoop<2>)>;

/// What every element type provides to the kernels: the meaning of each operation code for
/// this type (`OP` is `BinaryUfunc as u8` or `UnaryUfunc as u8`) and the loops it has.
/// Implemented once per category, generically; codes a category has no loop for are never
/// selected and return a placeholder.
pub(crate) trait LoopElement: Element {
    /// `op(a, b)` for ops whose output has the input type.
    fn bin<const OP: u8>(a: Self, b: Self) -> Self;
    /// `op(a, b)` for ops with a boolean output (comparisons, logical ops).
    fn cmp<const OP: u8>(a: Self, b: Self) -> bool;
    /// `op(a)` for ops whose output has the input type.
    fn un<const OP: u8>(a: Self) -> Self;
    /// `op(a)` for ops with a boolean output.
    fn pred<const OP: u8>(a: Self) -> bool;
    /// The binary loop of `op` taking two `Self` inputs, if NumPy has one.
    fn binary_loop(op: BinaryUfunc) -> Loop3;
    /// The unary loop of `op` taking a `Self` input, if NumPy has one.
    fn unary_loop(op: UnaryUfunc) -> Loop2;
    /// Whether the value is below zero (integer power exponents).
    fn is_negative(self) -> bool;
}

/// `T, T -> T` kernel of binary op code `OP`.
pub(crate) struct Bin<T, const OP: u8>(PhantomData<T>);
/// `T, T -> bool` kernel of binary op code `OP`.
pub(crate) struct Cmp<T, const OP: u8>(PhantomData<T>);
/// `T -> T` kernel of unary op code `OP`.
pub(crate) struct Un<T, const OP: u8>(PhantomData<T>);
/// `T -> bool` kernel of unary op code `OP`.
pub(crate) struct Pred<T, const OP: u8>(PhantomData<T>);

impl<T: LoopElement, const OP: u8> Kernel2 for Bin<T, OP> {
    type A = T;
    type B = T;
    type O = T;
    #[inline(always)]
    fn call(a: T, b: T) -> T {
        T::bin::<OP>(a, b)
    }
}

impl<T: LoopElement, const OP: u8> Kernel2 for Cmp<T, OP> {
    type A = T;
    type B = T;
    type O = Bool8;
    #[inline(always)]
    fn call(a: T, b: T) -> Bool8 {
        Bool8(T::cmp::<OP>(a, b) as u8)
    }
}

impl<T: LoopElement, const OP: u8> Kernel1 for Un<T, OP> {
    type A = T;
    type O = T;
    #[inline(always)]
    fn call(a: T) -> T {
        T::un::<OP>(a)
    }
}

impl<T: LoopElement, const OP: u8> Kernel1 for Pred<T, OP> {
    type A = T;
    type O = Bool8;
    #[inline(always)]
    fn call(a: T) -> Bool8 {
        Bool8(T::pred::<OP>(a) as u8)
    }
}

/// Maps a runtime op to the loop of `$kernel<$t, OP>` for each listed variant of `$enum`.
macro_rules! pick {
    ($op:expr, $run:ident, $kernel:ident<$t:ty>, $enum:ident [$($v:ident),* $(,)?]) => {
        match $op {
            $($enum::$v => Some($crate::kernels::loops::driver::$run::<
                $kernel<$t, { $enum::$v as u8 }>,
            >()),)*
            #[allow(unreachable_patterns)]
            _ => None,
        }
    };
}
pub(crate) use pick;

/// The six comparisons of binary op code `OP` (false for any other code).
#[inline(always)]
pub(super) fn order<T: PartialOrd, const OP: u8>(a: T, b: T) -> bool {
    match const { BinaryUfunc::from_code(OP) } {
        BinaryUfunc::Less => a < b,
        BinaryUfunc::LessEqual => a <= b,
        BinaryUfunc::Greater => a > b,
        BinaryUfunc::GreaterEqual => a >= b,
        BinaryUfunc::Equal => a == b,
        BinaryUfunc::NotEqual => a != b,
        _ => false,
    }
}

/// The inner loop NumPy runs for `op` with these loop types (as returned by
/// [`crate::ufunc::ops::resolve_binary`]), or `None` if there is no such loop.
pub(crate) fn binary_loop(op: BinaryUfunc, types: LoopTypes<2>) -> Option<InnerLoop<3>> {
    let [a, b] = types.inputs;
    if op == BinaryUfunc::Power
        && a == b
        && a == types.output
        && crate::promote::current_mode() == crate::PromotionMode::Legacy
    {
        if let Some(f) = complex::legacy_power_loop(a) {
            return Some(f);
        }
    }
    let (out, f) = if a == b {
        crate::dispatch_numeric!(a, T => <T as LoopElement>::binary_loop(op))?
    } else {
        int::mixed_comparison(op, a, b)?
    };
    (out == types.output).then_some(f)
}

/// The inner loop NumPy runs for `op` with these loop types (as returned by
/// [`crate::ufunc::ops::resolve_unary`]), or `None` if there is no such loop.
pub(crate) fn unary_loop(op: UnaryUfunc, types: LoopTypes<1>) -> Option<InnerLoop<2>> {
    let [a] = types.inputs;
    if a == types.output && crate::promote::current_mode() == crate::PromotionMode::Legacy {
        if let Some(f) = float::legacy_unary_loop(op, a) {
            return Some(f);
        }
        if op == UnaryUfunc::Expm1 {
            if let Some(f) = complex::legacy_expm1_loop(a) {
                return Some(f);
            }
        }
        if op == UnaryUfunc::Sign {
            if let Some(f) = complex::legacy_sign_loop(a) {
                return Some(f);
            }
        }
    }
    let (out, f) = crate::dispatch_numeric!(a, T => <T as LoopElement>::unary_loop(op))?;
    (out == types.output).then_some(f)
}

/// Whether any item of `x` (an array of a numeric dtype) is negative.
pub(crate) fn any_negative(x: &crate::Array) -> crate::Result<bool> {
    let ty = x.dtype().numeric("power")?;
    crate::dispatch_numeric!(ty, T => Ok(x.to_vec::<T>()?.into_iter().any(LoopElement::is_negative)))
}
