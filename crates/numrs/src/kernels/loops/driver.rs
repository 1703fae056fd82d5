//! The two generic inner loops every ufunc kernel runs in: [`run2`] (two inputs, one output)
//! and [`run1`] (one input, one output), instantiated once per kernel.
//!
//! ```text
//!   every operand aligned, output contiguous, inputs contiguous or repeated (stride 0)
//!     no input overlaps the output      -> slice loops over the whole run (vectorized)
//!     an input IS the output (in place) -> the same slice loops, chunk by chunk, over a
//!                                          stack copy of the aliased input
//!   anything else (strided, unaligned,  -> one item at a time with unaligned reads and
//!   partial overlap)                       writes through raw pointers
//! ```
//!
//! Slices are only formed over runs that are aligned for their type and that do not overlap
//! a mutable slice, which is what makes them sound; everything else goes through raw pointers.

use crate::element::Element;
use crate::kernels::run::InnerLoop;
use std::mem::{align_of, size_of};
use std::ptr;

/// A kernel with two inputs: `call` computes one output item.
pub(crate) trait Kernel2 {
    /// First input type.
    type A: Element;
    /// Second input type.
    type B: Element;
    /// Output type.
    type O: Element;
    /// One item of the result.
    fn call(a: Self::A, b: Self::B) -> Self::O;
}

/// A kernel with one input.
pub(crate) trait Kernel1 {
    /// Input type.
    type A: Element;
    /// Output type.
    type O: Element;
    /// One item of the result.
    fn call(a: Self::A) -> Self::O;
}

/// Items per chunk on the in-place path (at most 4 KiB of stack per input).
const CHUNK: usize = 256;

/// How an input run relates to the output run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    /// Contiguous, aligned, disjoint from the output.
    Contig,
    /// One aligned item used for every output item (stride 0), disjoint from the output.
    Repeat,
    /// Exactly the output's items (same start, stride and item size): an in-place operation.
    Alias,
    /// Anything else: read item by item through raw pointers.
    Strided,
}

fn aligned<T>(p: *const u8) -> bool {
    (p as usize) % align_of::<T>() == 0
}

/// Classifies one input run of `n >= 1` items against an aligned, contiguous output run.
fn access<T>(p: *const u8, stride: isize, n: usize, out: *const u8, out_bytes: usize) -> Access {
    let size = size_of::<T>();
    let repeat = stride == 0;
    if !(repeat || stride == size as isize) || !aligned::<T>(p) {
        return Access::Strided;
    }
    let bytes = if repeat { size } else { n.saturating_mul(size) };
    let (start, o) = (p as usize, out as usize);
    let disjoint = start.saturating_add(bytes) <= o || o.saturating_add(out_bytes) <= start;
    if disjoint {
        if repeat {
            Access::Repeat
        } else {
            Access::Contig
        }
    } else if start == o && !repeat && bytes == out_bytes {
        Access::Alias
    } else {
        Access::Strided
    }
}

/// One input run as the slice loops see it.
#[derive(Clone, Copy)]
enum Run<'a, T> {
    Slice(&'a [T]),
    Repeat(T),
}

/// The vectorizable loops: one per combination of slice and repeated inputs.
#[inline(always)]
fn apply2<K: Kernel2>(a: Run<'_, K::A>, b: Run<'_, K::B>, out: &mut [K::O]) {
    match (a, b) {
        (Run::Slice(a), Run::Slice(b)) => {
            for ((o, &x), &y) in out.iter_mut().zip(a).zip(b) {
                *o = K::call(x, y);
            }
        }
        (Run::Repeat(x), Run::Slice(b)) => {
            for (o, &y) in out.iter_mut().zip(b) {
                *o = K::call(x, y);
            }
        }
        (Run::Slice(a), Run::Repeat(y)) => {
            for (o, &x) in out.iter_mut().zip(a) {
                *o = K::call(x, y);
            }
        }
        (Run::Repeat(x), Run::Repeat(y)) => out.fill(K::call(x, y)),
    }
}

#[inline(always)]
fn apply1<K: Kernel1>(a: Run<'_, K::A>, out: &mut [K::O]) {
    match a {
        Run::Slice(a) => {
            for (o, &x) in out.iter_mut().zip(a) {
                *o = K::call(x);
            }
        }
        Run::Repeat(x) => out.fill(K::call(x)),
    }
}

/// The input run starting `start` items into the run at `p`, `m` items long.
///
/// # Safety
/// `p` must be classified `Contig` or `Repeat` (aligned, disjoint from every mutable slice
/// formed while the result lives) for a run of at least `start + m` items.
#[inline(always)]
unsafe fn input_run<'a, T: Element>(
    p: *const u8,
    kind: Access,
    start: usize,
    m: usize,
) -> Run<'a, T> {
    if kind == Access::Repeat {
        // SAFETY: an aligned item inside the caller's borrowed buffer (function contract).
        Run::Repeat(unsafe { p.cast::<T>().read() })
    } else {
        // SAFETY: `start + m` aligned, initialized (plain-old-data) items inside a borrowed
        // buffer that no mutable slice overlaps (function contract).
        Run::Slice(unsafe { std::slice::from_raw_parts(p.cast::<T>().add(start), m) })
    }
}

/// Copies items `start..start + m` of an aliased input run into `buf` (which has room for
/// `CHUNK` items) and returns them as a run, so no shared slice of the output ever exists.
///
/// # Safety
/// `p` must point to an aligned run of at least `start + m` items, `m <= CHUNK`.
#[inline(always)]
unsafe fn copy_chunk<T: Element>(
    p: *const u8,
    start: usize,
    m: usize,
    buf: &mut [T; CHUNK],
) -> Run<'_, T> {
    let m = m.min(CHUNK);
    // SAFETY: the source items are inside the caller's buffer (contract); `buf` is a
    // distinct stack array with room for `m` items, so the ranges cannot overlap.
    unsafe { ptr::copy_nonoverlapping(p.cast::<T>().add(start), buf.as_mut_ptr(), m) };
    Run::Slice(&buf[..m])
}

/// The two-input inner loop of kernel `K` (an [`crate::kernels::run::InnerLoop<3>`]).
///
/// # Safety
/// As [`crate::kernels::run::InnerLoop`]: `ptrs[k] + i * strides[k]` for `i < n` are valid
/// items of the kernel's types inside buffers borrowed for reading (inputs) and writing (the
/// output). Overlap between the output and an input is handled here (exactly aliased runs go
/// through a stack copy; anything else item by item), so it cannot cause undefined behaviour.
#[inline(always)]
pub(crate) unsafe fn run2<K: Kernel2>(ptrs: [*mut u8; 3], strides: [isize; 3], n: usize) {
    if n == 0 {
        return;
    }
    let [pa, pb, po] = ptrs;
    let [sa, sb, so] = strides;
    let out_bytes = n.saturating_mul(size_of::<K::O>());
    let fast_out = so == size_of::<K::O>() as isize && aligned::<K::O>(po);
    let (ka, kb) = if fast_out {
        (
            access::<K::A>(pa, sa, n, po, out_bytes),
            access::<K::B>(pb, sb, n, po, out_bytes),
        )
    } else {
        (Access::Strided, Access::Strided)
    };
    if ka == Access::Strided || kb == Access::Strided {
        for i in 0..n as isize {
            // SAFETY: item `i` of each operand is valid (function contract); unaligned reads
            // and writes through raw pointers are sound under any overlap.
            unsafe {
                let x = ptr::read_unaligned(pa.offset(i * sa).cast::<K::A>());
                let y = ptr::read_unaligned(pb.offset(i * sb).cast::<K::B>());
                ptr::write_unaligned(po.offset(i * so).cast::<K::O>(), K::call(x, y));
            }
        }
        return;
    }
    if ka != Access::Alias && kb != Access::Alias {
        // SAFETY: all three runs are aligned and contiguous (or one repeated item) inside
        // their borrowed buffers, and neither input overlaps the output (checked by
        // `access`), so the shared slices and the mutable slice do not alias.
        unsafe {
            let a = input_run::<K::A>(pa, ka, 0, n);
            let b = input_run::<K::B>(pb, kb, 0, n);
            let out = std::slice::from_raw_parts_mut(po.cast::<K::O>(), n);
            apply2::<K>(a, b, out);
        }
        return;
    }
    let mut buf_a = [K::A::default(); CHUNK];
    let mut buf_b = [K::B::default(); CHUNK];
    let mut start = 0;
    while start < n {
        let m = CHUNK.min(n - start);
        // SAFETY: aliased inputs are copied to stack buffers before the output chunk is
        // borrowed mutably; the other inputs are disjoint from the output (`access`); every
        // run has at least `start + m` aligned items (function contract).
        unsafe {
            let a = match ka {
                Access::Alias => copy_chunk::<K::A>(pa, start, m, &mut buf_a),
                _ => input_run::<K::A>(pa, ka, start, m),
            };
            let b = match kb {
                Access::Alias => copy_chunk::<K::B>(pb, start, m, &mut buf_b),
                _ => input_run::<K::B>(pb, kb, start, m),
            };
            let out = std::slice::from_raw_parts_mut(po.cast::<K::O>().add(start), m);
            apply2::<K>(a, b, out);
        }
        start += m;
    }
}

/// The one-input inner loop of kernel `K` (an [`crate::kernels::run::InnerLoop<2>`]).
///
/// # Safety
/// As [`run2`].
#[inline(always)]
pub(crate) unsafe fn run1<K: Kernel1>(ptrs: [*mut u8; 2], strides: [isize; 2], n: usize) {
    if n == 0 {
        return;
    }
    let [pa, po] = ptrs;
    let [sa, so] = strides;
    let out_bytes = n.saturating_mul(size_of::<K::O>());
    let fast_out = so == size_of::<K::O>() as isize && aligned::<K::O>(po);
    let ka = if fast_out {
        access::<K::A>(pa, sa, n, po, out_bytes)
    } else {
        Access::Strided
    };
    match ka {
        Access::Strided => {
            for i in 0..n as isize {
                // SAFETY: as in `run2`.
                unsafe {
                    let x = ptr::read_unaligned(pa.offset(i * sa).cast::<K::A>());
                    ptr::write_unaligned(po.offset(i * so).cast::<K::O>(), K::call(x));
                }
            }
        }
        Access::Alias => {
            let mut buf = [K::A::default(); CHUNK];
            let mut start = 0;
            while start < n {
                let m = CHUNK.min(n - start);
                // SAFETY: as in `run2`: the input chunk is copied before the output chunk is
                // borrowed mutably.
                unsafe {
                    let a = copy_chunk::<K::A>(pa, start, m, &mut buf);
                    let out = std::slice::from_raw_parts_mut(po.cast::<K::O>().add(start), m);
                    apply1::<K>(a, out);
                }
                start += m;
            }
        }
        _ => {
            // SAFETY: as in `run2`: aligned, contiguous (or repeated) and disjoint runs.
            unsafe {
                let a = input_run::<K::A>(pa, ka, 0, n);
                let out = std::slice::from_raw_parts_mut(po.cast::<K::O>(), n);
                apply1::<K>(a, out);
            }
        }
    }
}

/// [`run2`] compiled for AVX2 and FMA (x86-64-v3).
///
/// # Safety
/// As [`run2`], and the CPU must have AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn run2_avx2<K: Kernel2>(ptrs: [*mut u8; 3], strides: [isize; 3], n: usize) {
    // SAFETY: the caller's guarantees are run2's.
    unsafe { run2::<K>(ptrs, strides, n) }
}

/// [`run1`] compiled for AVX2 and FMA (x86-64-v3).
///
/// # Safety
/// As [`run1`], and the CPU must have AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn run1_avx2<K: Kernel1>(ptrs: [*mut u8; 2], strides: [isize; 2], n: usize) {
    // SAFETY: the caller's guarantees are run1's.
    unsafe { run1::<K>(ptrs, strides, n) }
}

#[cfg(target_arch = "x86_64")]
fn has_avx2_fma() -> bool {
    std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
}

/// The inner loop of kernel `K` for this CPU: the AVX2+FMA build when the CPU has both
/// (wider vectors; rounding, `sqrt` and fused multiply-adds as single instructions instead of
/// C library calls), else the baseline build. Both compute the same bits: no operation is
/// contracted or reordered, only the instructions differ.
pub(crate) fn loop2<K: Kernel2>() -> InnerLoop<3> {
    #[cfg(target_arch = "x86_64")]
    if has_avx2_fma() {
        return run2_avx2::<K>;
    }
    run2::<K>
}

/// [`loop2`] for one input.
pub(crate) fn loop1<K: Kernel1>() -> InnerLoop<2> {
    #[cfg(target_arch = "x86_64")]
    if has_avx2_fma() {
        return run1_avx2::<K>;
    }
    run1::<K>
}
