//! Numeric cast loops: every (source, destination) pair of the 14 numeric types, with NumPy's
//! unsafe-cast semantics on x86-64 (see [`crate::element::CastSource`]).

use super::run::InnerLoop;
use crate::dtype::ScalarType;
use crate::element::Element;

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
        let (input, output) = unsafe {
            (
                std::slice::from_raw_parts(src.cast::<S>(), count),
                std::slice::from_raw_parts_mut(dst.cast::<D>(), count),
            )
        };
        for (o, &i) in output.iter_mut().zip(input) {
            *o = D::from_cast_source(i.cast_source());
        }
        return;
    }
    for i in 0..count as isize {
        // SAFETY: item `i` of each run is inside its borrowed buffer (caller contract).
        unsafe {
            let v = std::ptr::read_unaligned(src.offset(i * strides[0]).cast::<S>());
            std::ptr::write_unaligned(
                dst.offset(i * strides[1]).cast::<D>(),
                D::from_cast_source(v.cast_source()),
            );
        }
    }
}

/// The cast loop from `from` to `to`.
pub(crate) fn cast_loop_for(from: ScalarType, to: ScalarType) -> InnerLoop<2> {
    crate::dispatch_numeric!(from, S => crate::dispatch_numeric!(to, D => cast_loop::<S, D> as InnerLoop<2>))
}
