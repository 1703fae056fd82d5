//! Runs an element-wise inner loop over N operands: borrows the buffers, prepares the strided
//! plan once, then calls the loop for every innermost run.
//!
//! ```text
//!   every operand C-contiguous  -> one run over all items (no plan at all)
//!   anything else               -> StridedPlan: one call per innermost run
//!   large work (ufuncs only)    -> the runs (or the single run) cut into disjoint output
//!                                  ranges, one per core (kernels::parallel)
//! ```

use crate::array::Array;
use crate::buffer::{Borrows, Buffer, CallBorrows};
use crate::error::{Error, Result};
use crate::iter::StridedPlan;
use crate::kernels::parallel::{for_each_range, parts_for, SendPtr, MIN_BYTES_PER_THREAD};
use std::sync::Arc;

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
    run(inner, operands, false)
}

/// As [`run_elementwise`], splitting large work across cores. Only for loops whose items
/// are independent of each other (every ufunc loop): the parts write disjoint output items.
pub(crate) fn run_elementwise_threaded<const N: usize>(
    inner: InnerLoop<N>,
    operands: [&Array; N],
) -> Result<()> {
    run(inner, operands, true)
}

/// Inputs checked once to share one shape and be C-contiguous: with a C-contiguous output of
/// that shape, a call over them is one run. The ufunc fast path checks them when it decides
/// to apply, and [`run_contiguous`] does not check them again.
#[derive(Clone, Copy)]
pub(crate) struct ContiguousInputs<'a, const I: usize>([&'a Array; I]);

impl<'a, const I: usize> ContiguousInputs<'a, I> {
    /// The inputs, if they share one shape and are all C-contiguous.
    #[inline(always)]
    pub(crate) fn new(inputs: [&'a Array; I]) -> Option<Self> {
        let first = inputs.first()?;
        (c_contiguous(first)
            && inputs[1..]
                .iter()
                .all(|a| same_shape(a.shape(), first.shape()) && c_contiguous(a)))
        .then_some(ContiguousInputs(inputs))
    }

    /// The first input (whose shape every input has).
    #[inline]
    pub(crate) fn first(&self) -> &'a Array {
        self.0[0]
    }
}

/// `a.layout.is_c_contiguous(a.itemsize())`, answered without the general loop for one
/// axis: C-contiguous unless it has two or more items that are not adjacent.
#[inline(always)]
fn c_contiguous(a: &Array) -> bool {
    match (a.shape(), a.strides()) {
        (&[n], &[s]) => n <= 1 || s == a.itemsize() as isize,
        _ => a.layout.is_c_contiguous(a.itemsize()),
    }
}

/// Whether an element-wise call moving `bytes` runs on the calling thread alone.
#[inline]
pub(crate) fn one_part(bytes: usize) -> bool {
    bytes < 2 * MIN_BYTES_PER_THREAD || parts_for(bytes) <= 1
}

/// The ufunc fast path's call into a fresh output that is not an array yet: `out` holds
/// exactly the inputs' item count of `out_itemsize`-byte items, written in C order, so the
/// array over it can be built after the loop, in place (an output built first is moved, at a
/// visible cost on a few items). Runs on the calling thread: for work that [`one_part`] says
/// should be split, make the array and call [`run_contiguous`].
#[inline]
pub(crate) fn run_into_buffer<const I: usize, const N: usize>(
    inner: InnerLoop<N>,
    inputs: ContiguousInputs<'_, I>,
    out: &Arc<Buffer>,
    out_itemsize: usize,
) -> Result<()> {
    let size = inputs.first().size();
    let itemsizes: [usize; N] = std::array::from_fn(|k| {
        if k < I {
            inputs.0[k].itemsize()
        } else {
            out_itemsize
        }
    });
    if I + 1 != N || size.checked_mul(out_itemsize) != Some(out.len()) {
        return Err(Error::Value(
            "an inner loop's output must hold its items".into(),
        ));
    }
    let buffers: [&Arc<Buffer>; N] =
        std::array::from_fn(|k| if k < I { &inputs.0[k].buffer } else { out });
    let _borrows = CallBorrows::<N>::acquire(buffers)?;
    // SAFETY: the borrows above cover every buffer until this function returns; each input
    // is C-contiguous with `size` items (`ContiguousInputs`), so its items are the run of
    // `size` items from its offset, inside its checked layout (invariant 4); the output's
    // `size` items are its whole buffer (length checked above); the caller guarantees dtypes
    // and overlap as for `run_elementwise` (a fresh buffer overlaps nothing).
    let ptrs: [*mut u8; N] = std::array::from_fn(|k| unsafe {
        if k < I {
            inputs.0[k]
                .buffer
                .as_ptr_untracked()
                .add(inputs.0[k].offset())
        } else {
            out.as_ptr_untracked()
        }
    });
    if size > 0 {
        // SAFETY: as above; `inner` reads and writes exactly `size` items per operand.
        unsafe { inner(ptrs, itemsizes.map(|s| s as isize), size) };
    }
    Ok(())
}

/// The ufunc fast path's call: `inputs` and a C-contiguous `out` of their shape are one run
/// (split across cores when large), without the strided plan or the general checks' cost,
/// which on a few items is most of the call. Any other `out` takes [`run`].
#[inline]
pub(crate) fn run_contiguous<const I: usize, const N: usize>(
    inner: InnerLoop<N>,
    inputs: ContiguousInputs<'_, I>,
    out: &Array,
) -> Result<()> {
    if I + 1 != N {
        return Err(Error::Value("an inner loop has one output".into()));
    }
    let operands: [&Array; N] = std::array::from_fn(|k| if k < I { inputs.0[k] } else { out });
    let size = out.size();
    let itemsizes: [usize; N] = std::array::from_fn(|k| operands[k].itemsize());
    let bytes = size.saturating_mul(itemsizes.iter().sum());
    let simple = out.writeable
        && same_shape(out.shape(), inputs.first().shape())
        && out.layout.is_c_contiguous(itemsizes[N - 1]);
    if !simple || !one_part(bytes) {
        return run(inner, operands, true);
    }
    let _borrows = CallBorrows::<N>::acquire(std::array::from_fn(|k| &operands[k].buffer))?;
    let strides: [isize; N] = itemsizes.map(|s| s as isize);
    // SAFETY: the borrows above cover every operand's buffer until this function returns;
    // each operand is C-contiguous with `size` items (inputs by `ContiguousInputs`, the output
    // checked above), so its items are the run of `size` items from its offset, inside its
    // checked layout (invariant 4); the caller guarantees dtypes and overlap as for
    // `run_elementwise`.
    let ptrs: [*mut u8; N] = std::array::from_fn(|k| unsafe {
        operands[k]
            .buffer
            .as_ptr_untracked()
            .add(operands[k].offset())
    });
    if size > 0 {
        // SAFETY: as above; `inner` reads and writes exactly `size` items per operand.
        unsafe { inner(ptrs, strides, size) };
    }
    Ok(())
}

fn run<const N: usize>(inner: InnerLoop<N>, operands: [&Array; N], threaded: bool) -> Result<()> {
    let out = operands[N - 1];
    if !out.writeable {
        return Err(Error::ReadOnly);
    }
    if operands.iter().any(|a| !same_shape(a.shape(), out.shape())) {
        return Err(Error::Value(
            "operands of an inner loop must share a shape".into(),
        ));
    }
    let buffers: [&Arc<Buffer>; N] = std::array::from_fn(|k| &operands[k].buffer);
    let _borrows = Borrows::acquire(&buffers[..N - 1], &buffers[N - 1..])?;
    // SAFETY: the borrows above cover every operand's buffer until this function returns.
    let bases: [SendPtr<u8>; N] =
        std::array::from_fn(|k| SendPtr(unsafe { operands[k].buffer.as_ptr_untracked() }));
    let size = out.size();
    if size == 0 {
        return Ok(());
    }
    let itemsizes: [usize; N] = std::array::from_fn(|k| operands[k].itemsize());
    let contiguous = operands
        .iter()
        .zip(itemsizes)
        .all(|(a, s)| a.layout.is_c_contiguous(s));
    // Threads only when no two output indices share an item (a contiguous output), so that
    // parts never write the same bytes.
    let parts = if threaded
        && (contiguous
            || out.layout.is_c_contiguous(itemsizes[N - 1])
            || out.layout.is_f_contiguous(itemsizes[N - 1]))
    {
        parts_for(size.saturating_mul(itemsizes.iter().sum()))
    } else {
        1
    };
    if contiguous {
        // Item `i` of a C-contiguous operand is at `offset + i * itemsize` (axes of length 1
        // add nothing), so the whole shape is one run.
        let strides: [isize; N] = itemsizes.map(|s| s as isize);
        let offsets: [usize; N] = std::array::from_fn(|k| operands[k].offset());
        let run_range = |r: std::ops::Range<usize>| {
            // SAFETY: items `r` lie inside every operand's checked layout (invariant 4: the
            // contiguous run of `size` items starts at `offset`), the buffers are borrowed,
            // parts write disjoint output items, and the caller guarantees dtypes and overlap.
            let ptrs: [*mut u8; N] = std::array::from_fn(|k| unsafe {
                bases[k].0.add(offsets[k] + r.start * itemsizes[k])
            });
            // SAFETY: as above; `inner` reads and writes exactly `r.len()` items per operand.
            unsafe { inner(ptrs, strides, r.len()) };
        };
        if parts <= 1 {
            run_range(0..size);
        } else {
            // Ranges of multiples of 64 items keep each part's output cache-line aligned.
            for_each_range(size, parts, 64, run_range);
        }
        return Ok(());
    }
    let strides: [&[isize]; N] = std::array::from_fn(|k| operands[k].strides());
    let offsets: [usize; N] = std::array::from_fn(|k| operands[k].offset());
    // The output drives the memory order (it is operand 0 of the plan).
    let mut order_strides = strides;
    order_strides.rotate_right(1);
    let mut order_offsets = offsets;
    order_offsets.rotate_right(1);
    let plan = StridedPlan::new(out.shape(), order_strides, order_offsets, false);
    let visit = |plan: &StridedPlan<N>| {
        plan.for_each_run(|offs, strs, n| {
            let mut offs = offs;
            let mut strs = strs;
            offs.rotate_left(1);
            strs.rotate_left(1);
            // SAFETY: each offset is the first item of a run inside its operand's checked
            // layout (layout invariant 4), the buffers are borrowed, parts visit disjoint
            // output items, and the caller guarantees dtypes and overlap as documented.
            let ptrs: [*mut u8; N] = std::array::from_fn(|k| unsafe { bases[k].0.offset(offs[k]) });
            // SAFETY: as above; `inner` reads and writes exactly `n` items per operand.
            unsafe { inner(ptrs, strs, n) };
        })
    };
    if parts <= 1 {
        visit(&plan);
    } else {
        for_each_range(plan.split_len(), parts, 1, |r| visit(&plan.part(r)));
    }
    Ok(())
}

/// Slice equality item by item: shapes have few axes, and a `memcmp` call costs more.
#[inline]
pub(crate) fn same_shape(a: &[usize], b: &[usize]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}
