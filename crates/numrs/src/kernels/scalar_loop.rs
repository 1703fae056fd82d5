//! A ufunc's inner loop run on one item held in registers, for NumPy's scalar operators.
//!
//! `np.float64(1.5) * np.float64(2.0)` is the multiply loop on one item. Building two 0-d
//! arrays, resolving the loop and iterating over them costs microseconds around a loop of
//! a few nanoseconds; here the items go into stack slots and the same loop runs once on
//! them, under the floating-point status watch every ufunc call has. Same loop, same bits,
//! same flags.
//!
//! ```text
//!   x: Scalar ─► [x bytes]  y: Scalar ─► [y bytes]     (16-byte stack slots, native order)
//!                     \           /
//!              inner loop, count 1, strides 0  ──► [out bytes] ─► Scalar
//! ```

use super::fpstatus::Watching;
use super::parallel::{for_each_range, parts_for, SendPtr};
use super::run::InnerLoop;
use crate::array::Array;
use crate::buffer::Buffer;
use crate::dtype::ScalarType;
use crate::element::Element;
use crate::error::{Error, Result};
use crate::scalar::Scalar;
use std::sync::Arc;

/// One item of any numeric type, aligned for all of them (complex128 is the largest).
#[derive(Clone, Copy)]
#[repr(C, align(16))]
struct Slot([u8; 16]);

impl Slot {
    /// `value` converted to `ty`, as its native bytes.
    fn holding(value: &Scalar, ty: ScalarType) -> Result<Slot> {
        let mut slot = Slot([0; 16]);
        crate::dispatch_numeric!(ty, T => {
            let v: T = value.to_element()?;
            // SAFETY: `T` is a numeric element of at most 16 bytes and the slot is 16-byte
            // aligned, so the write stays inside it and is aligned.
            unsafe { slot.0.as_mut_ptr().cast::<T>().write(v) };
        });
        Ok(slot)
    }

    /// The item of type `ty` the slot holds.
    fn value(&self, ty: ScalarType) -> Scalar {
        crate::dispatch_numeric!(ty, T => {
            // SAFETY: as in `holding`: in bounds and aligned; every bit pattern of the slot
            // is a valid `T` (plain-old-data element types) and the slot was initialized.
            unsafe { self.0.as_ptr().cast::<T>().read() }.to_scalar()
        })
    }

    fn ptr(&mut self) -> *mut u8 {
        self.0.as_mut_ptr()
    }
}

/// `inner` (a loop of types `inputs -> output`) on the items `x` and `y`, each converted to
/// its input type first; floating-point flags the loop raises are warned about as the ufunc
/// `context` (as [`super::fpstatus::Watch::finish`]).
pub(crate) fn binary_item(
    inner: InnerLoop<3>,
    inputs: [ScalarType; 2],
    output: ScalarType,
    (x, y): (&Scalar, &Scalar),
    context: Option<&'static str>,
) -> Result<Scalar> {
    let (mut a, mut b) = (Slot::holding(x, inputs[0])?, Slot::holding(y, inputs[1])?);
    let mut out = Slot([0; 16]);
    {
        let _watch = Watching::start(|| context);
        // SAFETY: each pointer addresses a 16-byte slot holding (or receiving) one item of
        // the loop's type for that operand; count 1 reads and writes exactly that item.
        unsafe { inner([a.ptr(), b.ptr(), out.ptr()], [0; 3], 1) };
    }
    Ok(out.value(output))
}

/// As [`binary_item`] for a unary loop.
pub(crate) fn unary_item(
    inner: InnerLoop<2>,
    input: ScalarType,
    output: ScalarType,
    x: &Scalar,
    context: Option<&'static str>,
) -> Result<Scalar> {
    let mut a = Slot::holding(x, input)?;
    let mut out = Slot([0; 16]);
    {
        let _watch = Watching::start(|| context);
        // SAFETY: as in `binary_item`.
        unsafe { inner([a.ptr(), out.ptr()], [0; 2], 1) };
    }
    Ok(out.value(output))
}

/// `inner` (a loop of types `inputs -> output`) over the items of `x` with one item `item`
/// (converted to its input type first) as the other operand, at input position `item_at`
/// (0 or 1): the ufunc on an array and a scalar, the scalar's stride being 0. `x` must be
/// one C-ordered run of items of its input type (the caller checks); the result is a new
/// buffer of `x.size()` output items in C order, computed on several threads when large.
/// Flags the loop raises (not the conversion's) are warned about as the ufunc `context`.
pub(crate) fn binary_with_item(
    inner: InnerLoop<3>,
    types: ([ScalarType; 2], ScalarType),
    x: &Array,
    (item, item_at): (&Scalar, usize),
    context: Option<&'static str>,
) -> Result<Arc<Buffer>> {
    let (inputs, output) = types;
    let x_type = inputs[1 - item_at];
    let (x_size, out_size) = (x_type.info().itemsize, output.info().itemsize);
    let n = x.size();
    if item_at > 1
        || !x.layout.is_c_contiguous(x_size)
        || x.dtype().native_scalar_type() != Some(x_type)
    {
        return Err(Error::Value(
            "an array and an item: the array must be one C-ordered run of the loop's type".into(),
        ));
    }
    let mut slot = Slot::holding(item, inputs[item_at])?;
    let Some(bytes) = n.checked_mul(out_size) else {
        return Err(Error::Alloc(n));
    };
    let out = Buffer::for_output(bytes)?;
    let read = x.buffer.read()?;
    // SAFETY: `x` is borrowed for reading until this function returns and is one C-ordered
    // run of `n` items of `x_size` bytes from its offset, inside its checked layout
    // (invariant 4); `out` is a new buffer of exactly `n` output items that only this
    // function can reach; the slot holds one item of the loop's type and outlives every
    // task (`for_each_range` returns when all have finished), which only read it.
    let (x_ptr, out_ptr, item_ptr) = unsafe {
        (
            SendPtr(read.ptr().add(x.offset()).cast_mut()),
            SendPtr(out.as_ptr_untracked()),
            SendPtr(slot.ptr()),
        )
    };
    let mut strides = [x_size as isize, x_size as isize, out_size as isize];
    strides[item_at] = 0;
    let run_range = |r: std::ops::Range<usize>| {
        // Whole `SendPtr`s, not their fields, are what the closure may share across threads.
        let (x_ptr, out_ptr, item_ptr) = (x_ptr, out_ptr, item_ptr);
        let mut ptrs = [item_ptr.0; 3];
        // SAFETY: as above: items `r` of `x` and of `out` are inside their runs of `n`;
        // tasks write disjoint output items.
        unsafe {
            ptrs[1 - item_at] = x_ptr.0.add(r.start * x_size);
            ptrs[2] = out_ptr.0.add(r.start * out_size);
            inner(ptrs, strides, r.len());
        }
    };
    if n > 0 {
        let _watch = Watching::start(|| context);
        let parts = parts_for(n.saturating_mul(x_size + out_size));
        // Ranges of multiples of 64 items keep each part's output cache-line aligned.
        for_each_range(n, parts, 64, run_range);
    }
    drop(read);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use crate::dtype::ScalarType;
    use crate::promote::{with_mode, PromotionMode};
    use crate::ufunc::exec::{self, Arg};
    use crate::ufunc::scalar_operands::{binary_scalars, unary_scalar};
    use crate::ufunc::{BinaryUfunc, UfuncOptions, UnaryUfunc};
    use crate::warnings::catch;
    use crate::Scalar;

    /// Values of every kind a loop treats specially, as items of `t` (casts that wrap or
    /// saturate give more edge cases, which is the point).
    fn values(t: ScalarType) -> Vec<Scalar> {
        let seeds = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            3.0,
            -2.5,
            255.0,
            1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        let (mut v, _) = catch(|| {
            seeds
                .iter()
                .filter_map(|&f| Scalar::F64(f).cast(t).ok())
                .collect::<Vec<_>>()
        });
        let extremes: [i128; 2] = [i64::MIN as i128, u64::MAX as i128];
        let (more, _) = catch(|| {
            extremes
                .iter()
                .filter_map(|&i| Scalar::Int(i).cast(t).ok())
                .collect::<Vec<_>>()
        });
        v.extend(more);
        v
    }

    /// The value (with the sign of zeros and NaNs), the warnings and any error, as text.
    fn outcome(r: (crate::Result<Scalar>, Vec<crate::warnings::Warning>)) -> String {
        let value = match r.0 {
            Ok(s) => format!("{s:?}"),
            Err(e) => format!("error {e}"),
        };
        format!("{value} {:?}", r.1)
    }

    #[test]
    fn item_loops_match_the_general_path_in_both_modes() {
        let opts = UfuncOptions::default();
        let mut compared = 0;
        for mode in [PromotionMode::Weak, PromotionMode::Legacy] {
            with_mode(mode, || {
                for &t in ScalarType::ALL.iter() {
                    let vals = values(t);
                    for &op in BinaryUfunc::ALL.iter() {
                        for x in &vals {
                            for y in &vals {
                                let (fast, w) = catch(|| binary_scalars(op, x, y));
                                let Some(fast) = fast else { continue };
                                let general = catch(|| {
                                    let (a, b) = (Arg::Scalar(x.clone()), Arg::Scalar(y.clone()));
                                    exec::binary(op, a, b, &opts)?.get(&[])
                                });
                                let what = format!("{mode:?} {op:?} {x:?} {y:?}");
                                assert_eq!(outcome((fast, w)), outcome(general), "{what}");
                                compared += 1;
                            }
                        }
                    }
                    for &op in UnaryUfunc::ALL.iter() {
                        for x in &vals {
                            let (fast, w) = catch(|| unary_scalar(op, x));
                            let Some(fast) = fast else { continue };
                            let general =
                                catch(|| exec::unary(op, Arg::Scalar(x.clone()), &opts)?.get(&[]));
                            let what = format!("{mode:?} {op:?} {x:?}");
                            assert_eq!(outcome((fast, w)), outcome(general), "{what}");
                            compared += 1;
                        }
                    }
                }
            });
        }
        assert!(compared > 50_000, "{compared}");
    }
}
