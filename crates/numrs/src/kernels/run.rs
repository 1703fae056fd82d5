//! Runs an element-wise inner loop over N operands: borrows the buffers, prepares the strided
//! plan once, then calls the loop for every innermost run.

use crate::array::Array;
use crate::buffer::Borrows;
use crate::error::{Error, Result};
use crate::iter::StridedPlan;

/// An element-wise inner loop, as NumPy's: one pointer per operand (inputs first, output
/// last) to the first item of a run, each operand's byte stride, and the number of items.
/// Operands are native-order and of the loop's types; pointers need not be aligned.
///
/// # Safety
/// Every `ptr + i * stride` for `i < count` must be a valid item of that operand's type inside
/// a buffer borrowed for reading (inputs) or writing (the output), and the output run must not
/// partially overlap an input run.
pub(crate) type InnerLoop<const N: usize> =
    unsafe fn(ptrs: [*mut u8; N], strides: [isize; N], count: usize);

/// Calls `inner` over `operands` (all of the same shape; the last one is written). The caller
/// guarantees the dtypes match the loop and that the output does not partially overlap an
/// input (NumPy's rule: such inputs are copied first).
pub(crate) fn run_elementwise<const N: usize>(
    inner: InnerLoop<N>,
    operands: [&Array; N],
) -> Result<()> {
    let out = operands[N - 1];
    if !out.writeable {
        return Err(Error::ReadOnly);
    }
    if operands.iter().any(|a| a.shape() != out.shape()) {
        return Err(Error::Value(
            "operands of an inner loop must share a shape".into(),
        ));
    }
    let reads: Vec<_> = operands[..N - 1].iter().map(|a| &a.buffer).collect();
    let _borrows = Borrows::acquire(&reads, &[&out.buffer])?;
    // SAFETY: the borrows above cover every operand's buffer until this function returns.
    let bases: [*mut u8; N] =
        std::array::from_fn(|k| unsafe { operands[k].buffer.as_ptr_untracked() });
    let strides: [&[isize]; N] = std::array::from_fn(|k| operands[k].strides());
    let offsets: [usize; N] = std::array::from_fn(|k| operands[k].offset());
    // The output drives the memory order (it is operand 0 of the plan).
    let mut order_strides = strides;
    order_strides.rotate_right(1);
    let mut order_offsets = offsets;
    order_offsets.rotate_right(1);
    let plan = StridedPlan::new(out.shape(), order_strides, order_offsets, false);
    plan.for_each_run(|offs, strs, n| {
        let mut offs = offs;
        let mut strs = strs;
        offs.rotate_left(1);
        strs.rotate_left(1);
        // SAFETY: each offset is the first item of a run inside its operand's checked layout
        // (layout invariant 4), the buffers are borrowed, and the caller guarantees dtypes and
        // overlap as documented.
        let ptrs: [*mut u8; N] = std::array::from_fn(|k| unsafe { bases[k].offset(offs[k]) });
        // SAFETY: as above; `inner` reads and writes exactly `n` items per operand.
        unsafe { inner(ptrs, strs, n) };
    });
    Ok(())
}
