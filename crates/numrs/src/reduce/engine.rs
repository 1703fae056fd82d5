//! Runs a reduction over a [`Plan`]: walks the inner-loop calls NumPy would make and applies
//! the operation's fold or element-wise branch to each, in NumPy's order.

use super::ops::Combine;
use super::plan::{Cursor, Plan, Run};
use super::{cast, scalar_cast};
use crate::array::Array;
use crate::element::{Bool8, Element};
use crate::error::Result;
use crate::kernels::reduce_read::Items;
use crate::layout::Layout;

/// Reads a run of input items converted to the loop type.
pub(crate) type Gather<A> = fn(&Items<'_>, isize, isize, usize, &mut Vec<A>) -> Result<()>;

fn gather_as<S: Element, A: Element>(
    items: &Items<'_>,
    start: isize,
    stride: isize,
    n: usize,
    out: &mut Vec<A>,
) -> Result<()> {
    // NumPy's buffered casts take its vectorized cast loops for contiguous runs and C casts
    // for strided ones; the two differ for out-of-range floats into uint32.
    if stride == std::mem::size_of::<S>() as isize {
        items.gather::<S, A>(start, stride, n, cast::<S, A>, out)
    } else {
        items.gather::<S, A>(start, stride, n, scalar_cast::<S, A>, out)
    }
}

/// The gather function converting items of `from` to the loop type `A`.
pub(crate) fn gather_fn<A: Element>(from: crate::dtype::ScalarType) -> Gather<A> {
    crate::dispatch_numeric!(from, S => gather_as::<S, A> as Gather<A>)
}

/// The operands of one reduction, borrowed for reading.
pub(crate) struct Inputs<'g, A> {
    /// The input's bytes.
    pub items: Items<'g>,
    /// Byte offset of the input's first item.
    pub start: isize,
    /// Reads input runs as loop items.
    pub gather: Gather<A>,
    /// The input items already are loop items (same type, native order); contiguous runs are
    /// then used in place.
    pub direct: bool,
    /// The mask's bytes and the byte offset of its first item.
    pub mask: Option<(Items<'g>, isize)>,
    /// NumPy copies the input into a buffer (so its inner loops see a positive stride).
    pub buffered: bool,
}

/// Applies `op` over every inner-loop call of `plan` (lengths from `chunks`), updating the
/// result items `acc` (indexed by the plan's result offsets).
pub(crate) fn run<A: Element, O: Combine<A>>(
    plan: &Plan,
    chunks: impl Iterator<Item = usize>,
    inputs: &Inputs<'_, A>,
    op: O,
    acc: &mut [A],
) -> Result<()> {
    let mut cursor = Cursor::new(plan, inputs.start, inputs.mask.as_ref().map_or(0, |m| m.1));
    let mut runs: Vec<Run> = Vec::new();
    let mut scratch: Vec<A> = Vec::new();
    let mut mask: Vec<bool> = Vec::new();
    for n in chunks {
        runs.clear();
        cursor.take(n, &mut runs);
        let Some(first) = runs.first() else { continue };
        let o = first.out;
        let one_result = runs
            .iter()
            .all(|r| (r.out_stride == 0 || r.len == 1) && r.out == o);
        if let Some((m, _)) = &inputs.mask {
            mask.clear();
            for r in &runs {
                m.gather::<Bool8, bool>(r.mask, r.mask_stride, r.len, |b| b.0 != 0, &mut mask)?;
            }
        }
        // The input stride NumPy's inner loop sees (a buffer holds loop items contiguously).
        let loop_stride = |r: &Run| {
            if inputs.buffered {
                std::mem::size_of::<A>() as isize
            } else {
                r.inp_stride
            }
        };
        if one_result {
            let op = op.for_run(loop_stride(first), 0, n);
            let slot = result_slot(acc, o)?;
            let direct = match (inputs.direct, runs.as_slice()) {
                (true, [r]) => inputs.items.slice::<A>(r.inp, r.inp_stride, r.len),
                _ => None,
            };
            let items: &[A] = match direct {
                Some(items) => items,
                None => {
                    scratch.clear();
                    for r in &runs {
                        (inputs.gather)(&inputs.items, r.inp, r.inp_stride, r.len, &mut scratch)?;
                    }
                    &scratch
                }
            };
            if inputs.mask.is_some() {
                // NumPy's masked loop calls the inner loop once per run of true mask values.
                let mut i = 0;
                while i < items.len() {
                    if !mask[i] {
                        i += 1;
                        continue;
                    }
                    let j = i + mask[i..].iter().take_while(|&&b| b).count();
                    *slot = op.fold(*slot, &items[i..j]);
                    i = j;
                }
            } else {
                *slot = op.fold(*slot, items);
            }
        } else if inputs.mask.is_some() {
            // NumPy's masked loop calls the element-wise loop once per run of true mask values.
            scratch.clear();
            for r in &runs {
                (inputs.gather)(&inputs.items, r.inp, r.inp_stride, r.len, &mut scratch)?;
            }
            let out_index = |p: usize| -> isize {
                let mut p = p;
                for r in &runs {
                    if p < r.len {
                        return r.out + p as isize * r.out_stride;
                    }
                    p -= r.len;
                }
                -1
            };
            let out_stride = first.out_stride * std::mem::size_of::<A>() as isize;
            let mut i = 0;
            while i < scratch.len() {
                if !mask[i] {
                    i += 1;
                    continue;
                }
                let len = mask[i..].iter().take_while(|&&b| b).count();
                let op = op.for_run(loop_stride(first), out_stride, len);
                for (j, &x) in scratch[i..i + len].iter().enumerate() {
                    let slot = result_slot(acc, out_index(i + j))?;
                    *slot = op.for_item(j).step(*slot, x);
                }
                i += len;
            }
        } else {
            let mut k = 0;
            for r in &runs {
                let out_stride = r.out_stride * std::mem::size_of::<A>() as isize;
                let op = op.for_run(loop_stride(r), out_stride, n);
                let direct = if inputs.direct {
                    inputs.items.slice::<A>(r.inp, r.inp_stride, r.len)
                } else {
                    None
                };
                let items: &[A] = match direct {
                    Some(items) => items,
                    None => {
                        scratch.clear();
                        (inputs.gather)(&inputs.items, r.inp, r.inp_stride, r.len, &mut scratch)?;
                        &scratch
                    }
                };
                if r.out_stride == 1 {
                    // Contiguous result run: a loop the compiler vectorizes.
                    let dst = usize::try_from(r.out)
                        .ok()
                        .and_then(|o| acc.get_mut(o..o + r.len))
                        .ok_or_else(|| {
                            crate::Error::Index("reduction result index out of range".into())
                        })?;
                    for (i, (d, &x)) in dst.iter_mut().zip(items).enumerate() {
                        *d = op.for_item(k + i).step(*d, x);
                    }
                } else {
                    for (i, &x) in items.iter().enumerate() {
                        let slot = result_slot(acc, r.out + i as isize * r.out_stride)?;
                        *slot = op.for_item(k + i).step(*slot, x);
                    }
                }
                k += r.len;
            }
        }
    }
    Ok(())
}

fn result_slot<A>(acc: &mut [A], o: isize) -> Result<&mut A> {
    usize::try_from(o)
        .ok()
        .and_then(|i| acc.get_mut(i))
        .ok_or_else(|| crate::Error::Index("reduction result index out of range".into()))
}

/// The result array: `acc` (in allocation order) with the plan's shape and strides.
pub(crate) fn result_array<A: Element>(plan: &Plan, acc: Vec<A>) -> Array {
    let dtype = crate::DType::native(A::TYPE);
    let buffer = crate::buffer::Buffer::from_vec(acc);
    let layout = Layout::from_parts_unchecked(plan.out_shape.clone(), plan.out_strides.clone(), 0);
    Array::from_parts(buffer, dtype, layout, None, true)
}
