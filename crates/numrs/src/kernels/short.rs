//! The shortest ufunc calls: a few items of two one-axis contiguous arrays of one native type,
//! into a new buffer, with whether every result is finite found in the same pass.
//!
//! On three items the loop itself is a dozen instructions; the call around it is what costs.
//! So this path takes its kernel from a `match` (no loop resolution: the ops listed in
//! [`short_binary_kernel`] run `t, t -> t` for two arrays of type `t` under both promotion
//! modes), borrows the two inputs once, and reads the floating-point status register only
//! when a result is not finite: an overflow gives an infinity and an invalid operation a NaN,
//! so all-finite results mean no flag NumPy warns about was raised, and reading the register
//! twice (about 13 ns here) costs more than the loop.
//!
//! ```text
//!   x: [a0 a1 a2]  y: [b0 b1 b2]   (C-contiguous, n <= SHORT_RUN items of native type t)
//!         \           /
//!   out: [a0+b0 a1+b1 a2+b2]       a new buffer of n items (a spare one, usually)
//!   finite? yes -> done   no -> run again under the status register's watch, warn
//! ```

use crate::buffer::Buffer;
use crate::dtype::ScalarType;
use crate::error::Result;
use crate::kernels::fpstatus::Watch;
use crate::kernels::loops::driver::Kernel2;
use crate::kernels::run::{ContiguousInputs, SHORT_RUN};
use crate::ufunc::BinaryUfunc;
use std::sync::Arc;

/// `out[i] = op(a[i], b[i])` for `i < n`; returns whether every result is finite (always true
/// for integer results).
///
/// # Safety
/// `a`, `b` and `out` must each point to `n` contiguous items of the kernel's types, inside
/// buffers borrowed for reading (`a`, `b`) and writable by the caller alone (`out`).
pub(crate) type ShortBinary = unsafe fn(a: *const u8, b: *const u8, out: *mut u8, n: usize) -> bool;

/// Whether a result could have come with a floating-point flag NumPy warns about.
trait Finite: Copy {
    fn is_finite_value(self) -> bool;
}

impl Finite for f64 {
    #[inline(always)]
    fn is_finite_value(self) -> bool {
        self.is_finite()
    }
}

impl Finite for f32 {
    #[inline(always)]
    fn is_finite_value(self) -> bool {
        self.is_finite()
    }
}

impl Finite for i64 {
    #[inline(always)]
    fn is_finite_value(self) -> bool {
        true
    }
}

impl Finite for i32 {
    #[inline(always)]
    fn is_finite_value(self) -> bool {
        true
    }
}

/// The loop of kernel `K` over contiguous items, item by item (the same `K::call` as the
/// vectorized loop, so the same bits).
///
/// # Safety
/// As [`ShortBinary`].
unsafe fn short_binary<K: Kernel2>(a: *const u8, b: *const u8, out: *mut u8, n: usize) -> bool
where
    K::O: Finite,
{
    let (a, b, out) = (a.cast::<K::A>(), b.cast::<K::B>(), out.cast::<K::O>());
    let mut finite = true;
    for i in 0..n {
        // SAFETY: item `i < n` of each operand is valid (function contract); unaligned reads
        // and writes through raw pointers are sound wherever the items lie.
        unsafe {
            let v = K::call(a.add(i).read_unaligned(), b.add(i).read_unaligned());
            finite &= v.is_finite_value();
            out.add(i).write_unaligned(v);
        }
    }
    finite
}

/// `$make::<Bin<T, op>>` (as `$fn_type`) for the ops and types that have short loops: the
/// arithmetic ops whose loop on two arrays of type `T` is `Bin<T, op>` on `T, T -> T` in both
/// promotion modes (checked against the resolver by a test), else `None`. One table for both
/// forms of short loop ([`short_binary_kernel`], `run::short_binary_loop`).
macro_rules! short_loops {
    ($op:expr, $t:expr, $make:ident as $fn_type:ty) => {{
        use $crate::dtype::ScalarType as T;
        use $crate::kernels::loops::Bin;
        use $crate::ufunc::BinaryUfunc as B;
        const ADD: u8 = B::Add as u8;
        const SUB: u8 = B::Subtract as u8;
        const MUL: u8 = B::Multiply as u8;
        match ($t, $op) {
            (T::Float64, B::Add) => Some($make::<Bin<f64, ADD>> as $fn_type),
            (T::Float64, B::Subtract) => Some($make::<Bin<f64, SUB>> as $fn_type),
            (T::Float64, B::Multiply) => Some($make::<Bin<f64, MUL>> as $fn_type),
            (T::Float32, B::Add) => Some($make::<Bin<f32, ADD>> as $fn_type),
            (T::Float32, B::Subtract) => Some($make::<Bin<f32, SUB>> as $fn_type),
            (T::Float32, B::Multiply) => Some($make::<Bin<f32, MUL>> as $fn_type),
            (T::Int64, B::Add) => Some($make::<Bin<i64, ADD>> as $fn_type),
            (T::Int64, B::Subtract) => Some($make::<Bin<i64, SUB>> as $fn_type),
            (T::Int64, B::Multiply) => Some($make::<Bin<i64, MUL>> as $fn_type),
            (T::Int32, B::Add) => Some($make::<Bin<i32, ADD>> as $fn_type),
            (T::Int32, B::Subtract) => Some($make::<Bin<i32, SUB>> as $fn_type),
            (T::Int32, B::Multiply) => Some($make::<Bin<i32, MUL>> as $fn_type),
            _ => None,
        }
    }};
}
pub(crate) use short_loops;

/// The short kernel of `op` on two arrays of native type `t` (see [`short_loops`]).
#[inline(always)]
pub(crate) fn short_binary_kernel(op: BinaryUfunc, t: ScalarType) -> Option<ShortBinary> {
    short_loops!(op, t, short_binary as ShortBinary)
}

/// Runs `kernel` (from [`short_binary_kernel`] for the inputs' type, whose items are
/// `itemsize` bytes) on two inputs of `n` items (`1..=SHORT_RUN`), each one C-ordered run,
/// into a new buffer. A result that is not finite means the loop may have raised a
/// floating-point flag: it then runs again under the status register's watch, which warns
/// as NumPy does (`context` gives the ufunc's name, `None` for ufuncs that never warn).
pub(crate) fn run_short_binary(
    kernel: ShortBinary,
    inputs: ContiguousInputs<'_, 2>,
    n: usize,
    itemsize: usize,
    context: impl FnOnce() -> Option<&'static str>,
) -> Result<Arc<Buffer>> {
    let [x, y] = inputs.arrays();
    // The caller's checks, again where it costs nothing (the shape is one length each).
    if n == 0 || n > SHORT_RUN || inputs.itemsizes() != [itemsize; 2] || x.shape() != [n] {
        return Err(crate::Error::Value(
            "a short ufunc call needs 1 to 8 items of the loop's type".into(),
        ));
    }
    let (rx, ry) = (x.buffer.read()?, y.buffer.read()?);
    let out = Buffer::for_output(n * itemsize)?;
    // SAFETY: both inputs are borrowed for reading until this function returns, and each is
    // one C-ordered run of `n` items of `itemsize` bytes from its offset (`ContiguousInputs`),
    // inside its checked layout (invariant 4); `out` is a new buffer of exactly `n` items
    // that only this function can reach; the items' types are the kernel's (caller).
    let (pa, pb, po) = unsafe {
        (
            rx.ptr().add(x.offset()),
            ry.ptr().add(y.offset()),
            out.as_ptr_untracked(),
        )
    };
    // SAFETY: as above.
    let finite = unsafe { kernel(pa, pb, po, n) };
    if !finite {
        // The same bits again, now with the flags this loop raises (stale ones are cleared).
        let watch = Watch::start();
        // SAFETY: as above.
        unsafe { kernel(pa, pb, po, n) };
        watch.finish(context());
    }
    drop((rx, ry));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::promote::{with_mode, Operand, PromotionMode};
    use crate::ufunc::ops::{resolve_binary, LoopTypes};
    use crate::{Array, DType};

    #[test]
    fn short_kernels_are_the_resolvers_loops_in_both_modes() {
        let mut covered = 0;
        for mode in [PromotionMode::Weak, PromotionMode::Legacy] {
            with_mode(mode, || {
                for &op in BinaryUfunc::ALL.iter() {
                    for &t in ScalarType::ALL.iter() {
                        if short_binary_kernel(op, t).is_none() {
                            continue;
                        }
                        let operand = Operand::Array(DType::native(t));
                        let types = resolve_binary(op, &operand, &operand).unwrap();
                        let expected = LoopTypes {
                            inputs: [t, t],
                            output: t,
                        };
                        assert_eq!(types, expected, "{op:?} {t:?} {mode:?}");
                        covered += 1;
                    }
                }
            });
        }
        assert_eq!(covered, 2 * 3 * 4);
    }

    /// Every short call against the same values written through `out=` (the vectorized
    /// loop of the general path): the same bits and the same warnings, on every length the
    /// short path takes, with overflows, NaNs and infinities among the floats.
    #[test]
    fn short_calls_match_the_general_path_with_warnings() {
        let floats = [
            1.5,
            -0.0,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
            3.0,
            -7.25,
            1e-300,
        ];
        let ints = [i64::MAX, -3, 7, i64::MIN, 0, 1 << 40, -1, 12345];
        let mut warned = 0;
        for n in 1..=SHORT_RUN {
            let a: Vec<f64> = floats.iter().cycle().take(n).copied().collect();
            let b: Vec<f64> = floats.iter().rev().cycle().take(n).copied().collect();
            let p: Vec<i64> = ints.iter().cycle().take(n).copied().collect();
            let q: Vec<i64> = ints.iter().rev().cycle().take(n).copied().collect();
            let pairs = [
                (Array::from_vec(a.clone()), Array::from_vec(b.clone())),
                (
                    Array::from_vec(a.iter().map(|&v| v as f32).collect()),
                    Array::from_vec(b.iter().map(|&v| v as f32).collect()),
                ),
                (Array::from_vec(p.clone()), Array::from_vec(q.clone())),
                (
                    Array::from_vec(p.iter().map(|&v| v as i32).collect()),
                    Array::from_vec(q.iter().map(|&v| v as i32).collect()),
                ),
            ];
            for (x, y) in &pairs {
                for op in [
                    BinaryUfunc::Add,
                    BinaryUfunc::Subtract,
                    BinaryUfunc::Multiply,
                ] {
                    let call = |opts: &crate::ufunc::UfuncOptions| {
                        crate::warnings::catch(|| {
                            crate::ufunc::exec::binary(op, x.into(), y.into(), opts)
                        })
                    };
                    let (short, short_warnings) = call(&Default::default());
                    let out = crate::zeros(&[n], x.dtype().clone()).unwrap();
                    let opts = crate::ufunc::UfuncOptions {
                        out: Some(&out),
                        ..Default::default()
                    };
                    let (general, general_warnings) = call(&opts);
                    let (short, general) = (short.unwrap(), general.unwrap());
                    let what = format!("{op:?} {:?} n={n}", x.dtype());
                    assert_eq!(short.dtype(), general.dtype(), "{what}");
                    assert_eq!(
                        short.tobytes(crate::layout::Order::C).unwrap(),
                        general.tobytes(crate::layout::Order::C).unwrap(),
                        "{what}"
                    );
                    assert_eq!(short_warnings, general_warnings, "{what}");
                    warned += usize::from(!short_warnings.is_empty());
                }
            }
        }
        // Not vacuous: overflows (MAX * 3) and invalid operations (inf - inf) were met.
        assert!(warned > 0);
    }
}
