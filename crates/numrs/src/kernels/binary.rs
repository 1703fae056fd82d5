//! Element-wise binary operations on operands of one dtype: `out = op(a, b)`.

use super::{load, store};
use crate::array::Array;
use crate::buffer::Borrows;
use crate::element::Element;
use crate::error::Result;
use crate::iter::StridedPlan;

/// Which arithmetic to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BinaryOp {
    Add,
    Multiply,
}

/// Runs `op` over broadcast views `a`, `b` (already of `out`'s shape and dtype) into `out`.
/// `out` may share memory with the inputs only if it is identical to one of them item for
/// item (the caller copies otherwise), so reading then writing each item is correct.
pub(crate) fn binary_into(op: BinaryOp, a: &Array, b: &Array, out: &Array) -> Result<()> {
    let _borrows = Borrows::acquire(&[&a.buffer, &b.buffer], &[&out.buffer])?;
    // SAFETY: the borrows above cover all three buffers until this function returns.
    let (pa, pb, po) = unsafe {
        (
            a.buffer.as_ptr_untracked() as *const u8,
            b.buffer.as_ptr_untracked() as *const u8,
            out.buffer.as_ptr_untracked(),
        )
    };
    let plan = StridedPlan::new(
        out.shape(),
        [out.strides(), a.strides(), b.strides()],
        [out.offset(), a.offset(), b.offset()],
        false,
    );
    let swap = !out.dtype.is_native();
    crate::dispatch_numeric!(out.dtype.numeric("arithmetic")?, T => match op {
        BinaryOp::Add => run::<T>(&plan, [po, pa as *mut u8, pb as *mut u8], swap, |x, y| x.add(y)),
        BinaryOp::Multiply => run::<T>(&plan, [po, pa as *mut u8, pb as *mut u8], swap, |x, y| x.mul(y)),
    });
    Ok(())
}

#[inline(always)]
fn run<T: Element>(
    plan: &StridedPlan<3>,
    [po, pa, pb]: [*mut u8; 3],
    swap: bool,
    f: impl Fn(T, T) -> T + Copy,
) {
    let size = std::mem::size_of::<T>() as isize;
    let aligned = |p: *mut u8, o: isize| {
        (p as usize).wrapping_add(o as usize) % std::mem::align_of::<T>() == 0
    };
    plan.for_each_run(|[oo, oa, ob], [so, sa, sb], n| {
        if !swap
            && so == size
            && sa == size
            && sb == size
            && aligned(po, oo)
            && aligned(pa, oa)
            && aligned(pb, ob)
        {
            // SAFETY: three contiguous, aligned runs of `n` items inside their borrowed
            // buffers (module invariant). The output run either does not overlap the inputs
            // or coincides with one exactly, so element-wise read-before-write is correct.
            unsafe {
                let (o, x, y) = (
                    po.offset(oo).cast::<T>(),
                    pa.offset(oa).cast::<T>(),
                    pb.offset(ob).cast::<T>(),
                );
                for i in 0..n {
                    *o.add(i) = f(*x.add(i), *y.add(i));
                }
            }
            return;
        }
        for i in 0..n as isize {
            // SAFETY: item offsets from the plan over checked layouts (module invariant).
            unsafe {
                let x: T = load(pa, oa + i * sa, swap);
                let y: T = load(pb, ob + i * sb, swap);
                store(po, oo + i * so, f(x, y), swap);
            }
        }
    });
}
