//! Strided kernels: the inner loops that touch bytes. With `buffer.rs`, the only module with
//! `unsafe` code.
//!
//! Every function here receives byte offsets produced by [`crate::iter::StridedPlan`] from
//! layouts that were verified against their buffers (layout invariant 4), so each offset plus
//! the item size lies inside the borrowed buffer. That is the invariant every `SAFETY` comment
//! below relies on.

pub(crate) mod cast;
#[cfg(target_arch = "x86_64")]
mod cast_simd;
pub(crate) mod copy;
pub(crate) mod fpstatus;
pub(crate) mod loops;
pub(crate) mod parallel;
pub(crate) mod reduce_fast;
pub(crate) mod reduce_read;
pub(crate) mod run;
pub(crate) mod scalar_loop;
pub(crate) mod short;
pub(crate) mod sum;
mod transpose;

use crate::element::Element;

/// Reads one item of type `T` at `base + off`, swapping bytes when the dtype is non-native.
///
/// # Safety
/// `base + off .. base + off + size_of::<T>()` must lie inside a buffer borrowed for reading.
#[inline(always)]
pub(crate) unsafe fn load<T: Element>(base: *const u8, off: isize, swap: bool) -> T {
    // SAFETY: the caller guarantees the bytes are inside a borrowed buffer; unaligned reads
    // are allowed and every bit pattern is a valid `T` (sealed plain-old-data types).
    let v = unsafe { std::ptr::read_unaligned(base.offset(off).cast::<T>()) };
    if swap {
        v.byte_swap()
    } else {
        v
    }
}

/// Writes one item of type `T` at `base + off`, swapping bytes when the dtype is non-native.
///
/// # Safety
/// `base + off .. base + off + size_of::<T>()` must lie inside a buffer borrowed for writing.
#[inline(always)]
pub(crate) unsafe fn store<T: Element>(base: *mut u8, off: isize, v: T, swap: bool) {
    let v = if swap { v.byte_swap() } else { v };
    // SAFETY: the caller guarantees the bytes are inside a buffer borrowed for writing.
    unsafe { std::ptr::write_unaligned(base.offset(off).cast::<T>(), v) }
}
