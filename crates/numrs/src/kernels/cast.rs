//! Numeric cast loops: every (source, destination) pair of the 14 numeric types, with NumPy's
//! unsafe-cast semantics on x86-64 (see [`crate::element::CastSource`]).
//!
//! Each loop also reports the floating-point exceptions NumPy's loop would raise (invalid
//! value, overflow), computed from the values themselves (OR-accumulated compare results in
//! the same pass, never a second pass): the hardware flags are not observable reliably from
//! Rust, since the compiler may reorder, fold or speculate floating-point operations. The
//! [`InnerLoop`] signature has no result, so the report goes to a per-thread accumulator that
//! the caller drains with [`take_fpe`] (kernel threads report back to the calling thread).
//!
//! Large contiguous casts are split across cores (disjoint output ranges) and, where AVX2 is
//! available, run in an AVX2 instantiation of the same generic loop (the compiler vectorizes
//! it); float64 -> int8/uint8, which it does not vectorize well, has a hand-written loop.

use super::parallel;
use super::run::InnerLoop;
use crate::array::Array;
use crate::buffer::Buffer;
use crate::dtype::{DType, ScalarType};
use crate::element::Element;
use crate::error::{Error, Result};
use crate::layout::{Layout, Order};
use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

thread_local! {
    /// FPE bits reported by cast loops on this thread since the last [`take_fpe`].
    static PENDING: Cell<u8> = const { Cell::new(0) };
}

/// The FPE bits ([`crate::element::FPE_OVERFLOW`], [`crate::element::FPE_INVALID`]) the cast
/// loops run on this thread reported since the previous call, and clears them.
pub(crate) fn take_fpe() -> u8 {
    PENDING.with(|p| p.replace(0))
}

fn report(flags: u8) {
    if flags != 0 {
        PENDING.with(|p| p.set(p.get() | flags));
    }
}

/// `dst[i] = cast(src[i])` for native-order operands.
///
/// # Safety
/// As [`InnerLoop`]: `ptrs[0]` reads `count` items of `S` at `strides[0]`, `ptrs[1]` writes
/// `count` items of `D` at `strides[1]`, inside borrowed buffers, without partial overlap.
unsafe fn cast_loop<S: Element, D: Element>(ptrs: [*mut u8; 2], strides: [isize; 2], count: usize) {
    let [src, dst] = ptrs;
    let (ss, ds) = (
        std::mem::size_of::<S>() as isize,
        std::mem::size_of::<D>() as isize,
    );
    let aligned = src as usize % std::mem::align_of::<S>() == 0
        && dst as usize % std::mem::align_of::<D>() == 0;
    if strides == [ss, ds] && aligned {
        // SAFETY: contiguous, aligned runs of plain-old-data items inside borrowed buffers
        // (caller contract); the output run does not overlap the input run.
        let flags = unsafe { cast_contiguous::<S, D>(src.cast::<S>(), dst.cast::<D>(), count) };
        report(flags);
        return;
    }
    let mut flags = 0;
    for i in 0..count as isize {
        // SAFETY: item `i` of each run is inside its borrowed buffer (caller contract).
        unsafe {
            let v = std::ptr::read_unaligned(src.offset(i * strides[0]).cast::<S>());
            let (w, f) = D::from_cast_source_fpe(v.cast_source());
            flags |= f;
            std::ptr::write_unaligned(dst.offset(i * strides[1]).cast::<D>(), w);
        }
    }
    report(flags);
}

/// A contiguous cast of `count` items, split across threads when large (each thread writes its
/// own output range, so the result does not depend on the split). Returns the FPE bits.
///
/// # Safety
/// `src` and `dst` are aligned, address `count` items inside borrowed buffers, and the output
/// does not overlap the input.
unsafe fn cast_contiguous<S: Element, D: Element>(src: *const S, dst: *mut D, count: usize) -> u8 {
    let bytes = count.saturating_mul(std::mem::size_of::<S>() + std::mem::size_of::<D>());
    let parts = parallel::parts_for(bytes);
    if parts <= 1 {
        // SAFETY: the caller's contract, for the whole run.
        return unsafe { cast_slice::<S, D>(src, dst, count) };
    }
    let flags = AtomicU8::new(0);
    let (src, dst) = (parallel::SendPtr(src.cast_mut()), parallel::SendPtr(dst));
    // 64 items keep every part but the last a whole number of vector iterations.
    parallel::for_each_range(count, parts, 64, |r| {
        let (s, d) = (src, dst);
        // SAFETY: `r` is inside `0..count` and the ranges are disjoint, so each thread reads
        // its own part of the input and writes its own part of the output.
        let f = unsafe { cast_slice::<S, D>(s.0.add(r.start), d.0.add(r.start), r.len()) };
        flags.fetch_or(f, Ordering::Relaxed);
    });
    flags.into_inner()
}

/// One thread's contiguous cast: the best loop this CPU runs.
///
/// # Safety
/// As [`cast_contiguous`].
unsafe fn cast_slice<S: Element, D: Element>(src: *const S, dst: *mut D, count: usize) -> u8 {
    // SAFETY: the caller guarantees `count` aligned items on each side, not overlapping.
    let (input, output) = unsafe {
        (
            std::slice::from_raw_parts(src, count),
            std::slice::from_raw_parts_mut(dst, count),
        )
    };
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        if S::TYPE == ScalarType::Float64 && matches!(D::TYPE, ScalarType::Int8 | ScalarType::UInt8)
        {
            // SAFETY: `S` is f64 and `D` is a one-byte integer (checked just above), so the
            // slices can be seen with those types; AVX2 was detected.
            return unsafe {
                super::cast_simd::f64_to_byte_avx2(
                    std::slice::from_raw_parts(src.cast::<f64>(), count),
                    std::slice::from_raw_parts_mut(dst.cast::<u8>(), count),
                )
            };
        }
        // SAFETY: AVX2 was detected at run time.
        return unsafe { cast_slice_avx2(input, output) };
    }
    cast_slice_body(input, output)
}

/// The generic loop compiled for AVX2.
///
/// # Safety
/// The CPU supports AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn cast_slice_avx2<S: Element, D: Element>(input: &[S], output: &mut [D]) -> u8 {
    cast_slice_body(input, output)
}

#[inline(always)]
fn cast_slice_body<S: Element, D: Element>(input: &[S], output: &mut [D]) -> u8 {
    let mut flags = 0;
    for (o, &i) in output.iter_mut().zip(input) {
        let (w, f) = D::from_cast_source_fpe(i.cast_source());
        *o = w;
        flags |= f;
    }
    flags
}

/// The source and destination types of `src.astype(dtype)` when `src` is one C-ordered run
/// of a native numeric type and `dtype` is another native numeric type, for
/// [`astype_contiguous`]; `None`: take the general copy.
#[inline]
pub(crate) fn contiguous_cast_types(
    src: &Array,
    dtype: &DType,
) -> Option<(ScalarType, ScalarType)> {
    let (from, to) = (
        src.dtype().native_scalar_type()?,
        dtype.native_scalar_type()?,
    );
    (from != to && src.layout.is_c_contiguous(from.info().itemsize)).then_some((from, to))
}

/// `src.astype(dtype)` for the types [`contiguous_cast_types`] found: one contiguous cast
/// into a new C-ordered array (the layout NumPy's order 'K' gives such an input), without
/// the strided plan or the general borrows, then NumPy's cast warnings.
pub(crate) fn astype_contiguous(
    src: &Array,
    dtype: &DType,
    (from, to): (ScalarType, ScalarType),
) -> Result<Array> {
    let out_itemsize = to.info().itemsize;
    let out = match src.shape() {
        // One axis: the layout is known, and a short result takes a spare buffer.
        &[len] if len > 0 => {
            let bytes = len.checked_mul(out_itemsize).ok_or(Error::Alloc(len))?;
            let layout = Layout::one_axis_unchecked(len, out_itemsize as isize);
            Array::from_parts(
                Buffer::for_output(bytes)?,
                dtype.clone(),
                layout,
                None,
                true,
            )
        }
        shape => Array::new_output(shape, dtype.clone(), Order::C)?,
    };
    let n = src.size();
    let flags = if n == 0 {
        0
    } else {
        cast_run(src, &out, (from, to), n)?
    };
    // Also for no items: NumPy's ComplexWarning depends on the types alone.
    super::copy::raise_cast_warnings(src, &out, flags, None);
    if flags != 0 {
        crate::errstate::check()?;
    }
    Ok(out)
}

/// The cast of [`astype_contiguous`] on its `n > 0` items; returns the FPE bits.
fn cast_run(
    src: &Array,
    out: &Array,
    (from, to): (ScalarType, ScalarType),
    n: usize,
) -> Result<u8> {
    let (itemsize, out_itemsize) = (from.info().itemsize, to.info().itemsize);
    let read = src.buffer.read()?;
    // SAFETY: `src` is borrowed for reading until the cast is done and is one C-ordered run
    // of `n` items from its offset, inside its checked layout (invariant 4); `out` is new
    // (its caller holds the only handle), C-ordered, of `n` items.
    let (sp, dp) = unsafe { (read.ptr().add(src.offset()), out.buffer.as_ptr_untracked()) };
    let aligned = sp as usize % from.info().alignment == 0;
    let flags = crate::dispatch_numeric!(from, S => crate::dispatch_numeric!(to, D => {
        if aligned {
            // SAFETY: as above; both runs are aligned for their types (the new buffer is
            // 64-byte aligned) and do not overlap (one is new).
            unsafe { cast_contiguous::<S, D>(sp.cast::<S>(), dp.cast::<D>(), n) }
        } else {
            let strides = [itemsize as isize, out_itemsize as isize];
            take_fpe();
            // SAFETY: as above, item by item with unaligned reads.
            unsafe { cast_loop::<S, D>([sp.cast_mut(), dp], strides, n) };
            take_fpe()
        }
    }));
    drop(read);
    Ok(flags)
}

/// The cast loop from `from` to `to`.
pub(crate) fn cast_loop_for(from: ScalarType, to: ScalarType) -> InnerLoop<2> {
    crate::dispatch_numeric!(from, S => crate::dispatch_numeric!(to, D => cast_loop::<S, D> as InnerLoop<2>))
}
