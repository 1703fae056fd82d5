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
use crate::buffer::{Borrows, Buffer, CallBorrows, ReadGuard};
use crate::dtype::ScalarType;
use crate::error::{Error, Result};
use crate::iter::StridedPlan;
use crate::kernels::loops::driver::Kernel2;
use crate::kernels::parallel::{for_each_range, parts_for, SendPtr, MIN_BYTES_PER_THREAD};
use crate::ufunc::BinaryUfunc;
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
pub(crate) struct ContiguousInputs<'a, const I: usize> {
    arrays: [&'a Array; I],
    /// Each input's item size (its stride in the one run), found by the check.
    itemsizes: [usize; I],
}

impl<'a, const I: usize> ContiguousInputs<'a, I> {
    /// The inputs, if they share one shape and are all C-contiguous.
    #[inline(always)]
    pub(crate) fn new(inputs: [&'a Array; I]) -> Option<Self> {
        let first = inputs.first()?;
        let mut itemsizes = [0; I];
        // A plain loop: the iterator form is an out-of-line call per ufunc call.
        for (a, size) in inputs.iter().zip(&mut itemsizes) {
            *size = a.itemsize();
            if !same_shape(a.shape(), first.shape()) || !c_contiguous(a, *size) {
                return None;
            }
        }
        Some(ContiguousInputs {
            arrays: inputs,
            itemsizes,
        })
    }

    /// Inputs the caller has checked to share one shape and each be one C-ordered run of
    /// `itemsizes`-byte items.
    #[inline(always)]
    pub(crate) fn checked_runs(inputs: [&'a Array; I], itemsizes: [usize; I]) -> Self {
        debug_assert!(Self::new(inputs).is_some_and(|c| c.itemsizes == itemsizes));
        ContiguousInputs {
            arrays: inputs,
            itemsizes,
        }
    }

    /// The first input (whose shape every input has).
    #[inline]
    pub(crate) fn first(&self) -> &'a Array {
        self.arrays[0]
    }

    /// The first input's item size.
    #[inline]
    pub(crate) fn first_itemsize(&self) -> usize {
        self.itemsizes[0]
    }

    /// The inputs.
    #[inline(always)]
    pub(crate) fn arrays(&self) -> [&'a Array; I] {
        self.arrays
    }

    /// Each input's item size (its stride in the one run).
    #[inline(always)]
    pub(crate) fn itemsizes(&self) -> [usize; I] {
        self.itemsizes
    }
}

/// `a.layout.is_c_contiguous(itemsize)`, answered without the general loop for one
/// axis: C-contiguous unless it has two or more items that are not adjacent.
#[inline(always)]
fn c_contiguous(a: &Array, itemsize: usize) -> bool {
    match (a.shape(), a.strides()) {
        (&[n], &[s]) => n <= 1 || s == itemsize as isize,
        _ => a.layout.is_c_contiguous(itemsize),
    }
}

/// Whether an element-wise call moving `bytes` runs on the calling thread alone.
#[inline]
pub(crate) fn one_part(bytes: usize) -> bool {
    bytes < 2 * MIN_BYTES_PER_THREAD || parts_for(bytes) <= 1
}

/// Outputs of at most this many items are computed by the fast path's short loop (see
/// [`short_binary_loop`]) rather than by the vectorized one.
pub(crate) const SHORT_RUN: usize = 8;

/// The ufunc fast path's call into a fresh output that is not an array yet: allocates a
/// buffer for the inputs' item count of `out_itemsize`-byte items, writes them in C order
/// and returns it, so the array over it can be built after the loop, in place (an output
/// built first is moved, at a visible cost on a few items). `short` runs instead of `inner`
/// on at most [`SHORT_RUN`] items (the same kernel, see [`short_binary_loop`]). Runs on the
/// calling thread: for work that [`one_part`] says should be split, make the array and call
/// [`run_contiguous`].
#[inline]
pub(crate) fn run_into_new_buffer<const I: usize, const N: usize>(
    (inner, short): (InnerLoop<N>, InnerLoop<N>),
    inputs: ContiguousInputs<'_, I>,
    out_itemsize: usize,
) -> Result<Arc<Buffer>> {
    let size = inputs.first().size();
    if I + 1 != N {
        return Err(Error::Value("an inner loop has one output".into()));
    }
    // Not `ok_or`: its error is built and dropped on every call when this is not inlined.
    let Some(bytes) = size.checked_mul(out_itemsize) else {
        return Err(Error::Alloc(size));
    };
    let out = Buffer::for_output(bytes)?;
    // Only the inputs are borrowed: `out` is new and this function holds its only handle,
    // so nothing else can read or write it until it is returned.
    let mut reads: [Option<ReadGuard<'_>>; I] = [const { None }; I];
    for (k, read) in reads.iter_mut().enumerate() {
        let b = &inputs.arrays[k].buffer;
        if !inputs.arrays[..k].iter().any(|o| Arc::ptr_eq(&o.buffer, b)) {
            *read = Some(b.read()?);
        }
    }
    // SAFETY: the reads above cover every input buffer until this function returns, and
    // `out` is unreachable from anywhere else; each input is C-contiguous with `size` items
    // (`ContiguousInputs`), so its items are the run of `size` items from its offset, inside
    // its checked layout (invariant 4); the output's `size` items are its whole new buffer
    // (`size * out_itemsize` bytes); the caller guarantees dtypes as for `run_elementwise`,
    // and a new buffer overlaps nothing.
    let ptrs: [*mut u8; N] = std::array::from_fn(|k| unsafe {
        if k < I {
            inputs.arrays[k]
                .buffer
                .as_ptr_untracked()
                .add(inputs.arrays[k].offset())
        } else {
            out.as_ptr_untracked()
        }
    });
    let mut strides = [out_itemsize as isize; N];
    for (stride, &size) in strides.iter_mut().zip(&inputs.itemsizes) {
        *stride = size as isize;
    }
    if size > 0 {
        let run = if size <= SHORT_RUN { short } else { inner };
        // SAFETY: as above; `run` reads and writes exactly `size` items per operand.
        unsafe { run(ptrs, strides, size) };
    }
    drop(reads);
    Ok(out)
}

/// Whether the first `n` items of type `t` (`float32`/`float64`; any other type answers
/// false) in `out`, a new output buffer whose only handle the caller holds, are all finite.
/// When they are, the loop that wrote them raised no floating-point flag NumPy warns about
/// (an overflow gives an infinity, an invalid operation a NaN, a division by zero either),
/// so a short call can skip reading the status register, which costs more than its loop.
pub(crate) fn fresh_output_finite(out: &Buffer, t: ScalarType, n: usize) -> bool {
    // SAFETY: `out` has not been shared yet (the caller's only handle), so no other thread
    // can write it while the pointer is used below.
    let p = unsafe { out.as_ptr_untracked() } as *const u8;
    match t {
        ScalarType::Float64 if n <= out.len() / 8 => (0..n).all(|i| {
            // SAFETY: item `i < n` of the `n` float64 items the loop wrote, and
            // `n * 8 <= out.len()` (the guard), so the read stays inside the buffer.
            unsafe { p.cast::<f64>().add(i).read_unaligned() }.is_finite()
        }),
        ScalarType::Float32 if n <= out.len() / 4 => (0..n).all(|i| {
            // SAFETY: as above, for float32 items and `n * 4 <= out.len()`.
            unsafe { p.cast::<f32>().add(i).read_unaligned() }.is_finite()
        }),
        _ => false,
    }
}

/// The inner loop of kernel `K` as a plain item-by-item loop over contiguous operands: on
/// a few items the vectorized loop's setup costs more than the items.
///
/// # Safety
/// As [`InnerLoop`], with every stride equal to its operand's item size.
unsafe fn short2<K: Kernel2>(ptrs: [*mut u8; 3], strides: [isize; 3], n: usize) {
    // Only `run_into_new_buffer` calls it, on contiguous runs: no stride arithmetic.
    debug_assert_eq!(
        strides,
        [
            std::mem::size_of::<K::A>() as isize,
            std::mem::size_of::<K::B>() as isize,
            std::mem::size_of::<K::O>() as isize
        ]
    );
    let [pa, pb, po] = ptrs;
    let (pa, pb, po) = (pa.cast::<K::A>(), pb.cast::<K::B>(), po.cast::<K::O>());
    for i in 0..n {
        // SAFETY: item `i` of each contiguous operand is valid (function contract); unaligned
        // reads and writes through raw pointers are sound under any overlap.
        unsafe {
            let (x, y) = (pa.add(i).read_unaligned(), pb.add(i).read_unaligned());
            po.add(i).write_unaligned(K::call(x, y));
        }
    }
}

/// The short loop of `op` on `t, t -> t`, when the kernel `crate::kernels::loops` runs for
/// it is `Bin<t, op>` (the arithmetic ops on the common numeric types; the caller checks the
/// loop types): the same kernel, item by item, so the results are the same bits.
pub(crate) fn short_binary_loop(op: BinaryUfunc, t: ScalarType) -> Option<InnerLoop<3>> {
    super::short::short_loops!(op, t, short2 as InnerLoop<3>)
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
    let operands: [&Array; N] = std::array::from_fn(|k| if k < I { inputs.arrays[k] } else { out });
    let size = out.size();
    let itemsizes: [usize; N] = std::array::from_fn(|k| operands[k].itemsize());
    let bytes = size.saturating_mul(itemsizes.iter().sum());
    let simple = out.writeable
        && same_shape(out.shape(), inputs.first().shape())
        && out.layout.is_c_contiguous(itemsizes[N - 1]);
    if !simple || !one_part(bytes) {
        return run(inner, operands, true);
    }
    let _borrows = CallBorrows::<N>::acquire(std::array::from_fn(|k| operands[k].buffer()))?;
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
    let buffers: [&Arc<Buffer>; N] = std::array::from_fn(|k| operands[k].buffer());
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
