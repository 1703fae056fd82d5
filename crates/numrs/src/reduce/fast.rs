//! Whole-array reductions of one run of items, done by vectorized kernels instead of the
//! general engine. They give the engine's result exactly: they only take cases where the order
//! of the items cannot change the result (integers, minimum and maximum with NumPy's tie and
//! NaN rules, `any`/`all`), or where NumPy itself sums the whole run pairwise (NumPy 2, an
//! unbuffered input).

use super::cast;
use super::plan::Plan;
use super::setup::Func;
use crate::dtype::ScalarType;
use crate::element::{Bool8, Element};
use crate::error::Result;
use crate::kernels::parallel;
use crate::kernels::reduce_fast::{any_all, FloatExtreme, IntExtreme, WidenSum};
use crate::kernels::reduce_read::Items;
use crate::kernels::sum::PairwiseFloat;
use half::f16;

/// The request: a full reduction (one result item) of `total` items starting at byte `start`,
/// `stride` bytes apart, of input type `input`, without a mask.
pub(crate) struct Run<'a, 'g> {
    pub items: &'a Items<'g>,
    pub input: ScalarType,
    pub start: isize,
    pub stride: isize,
    pub len: usize,
}

/// The run of a plan that reduces everything along one coalesced axis, if it is one.
pub(crate) fn single_run(plan: &Plan) -> Option<(isize, usize)> {
    match plan.dims.as_slice() {
        [d] if plan.out_len == 1 && !plan.has_mask && plan.total > 0 => Some((d.inp, d.len)),
        _ => None,
    }
}

/// `acc` reduced with the run by `func` in loop type `A`, or `None` when no kernel applies.
/// `whole_run_pairwise` says NumPy adds the run in one pairwise sum (float sums).
pub(crate) fn reduce_run<A: Element>(
    func: Func,
    run: &Run<'_, '_>,
    acc: A,
    whole_run_pairwise: bool,
) -> Result<Option<A>> {
    Ok(match func {
        Func::Sum | Func::Mean if is_float(A::TYPE) => {
            if whole_run_pairwise && run.input == A::TYPE {
                float_sum(run, acc)?
            } else {
                None
            }
        }
        Func::Sum => crate::dispatch_numeric!(run.input, S => int_sum::<S, A>(run, acc)),
        Func::Max | Func::Min if run.input == A::TYPE => {
            let max = func == Func::Max;
            crate::dispatch_numeric!(A::TYPE, S => extreme::<S, A>(run, acc, max))
        }
        Func::Any | Func::All => {
            let all = func == Func::All;
            let start: Bool8 = cast(acc);
            let hit = crate::dispatch_numeric!(run.input, S => truthy_run::<S>(run, all));
            hit.map(|h| {
                let b = if all {
                    start.0 != 0 && h
                } else {
                    start.0 != 0 || h
                };
                cast::<Bool8, A>(Bool8(u8::from(b)))
            })
        }
        _ => None,
    })
}

fn is_float(t: ScalarType) -> bool {
    matches!(
        t,
        ScalarType::Float16 | ScalarType::Float32 | ScalarType::Float64
    )
}

/// NumPy 2's sum of an unbuffered run: the running value plus one pairwise sum.
fn float_sum<A: Element>(run: &Run<'_, '_>, acc: A) -> Result<Option<A>> {
    let (items, start, stride, n) = (run.items, run.start, run.stride, run.len);
    Ok(match A::TYPE {
        ScalarType::Float64 => {
            let s = cast::<A, f64>(acc) + items.pairwise::<f64>(start, stride, n)?;
            Some(cast::<f64, A>(s))
        }
        ScalarType::Float32 => {
            let s = cast::<A, f32>(acc) + items.pairwise::<f32>(start, stride, n)?;
            Some(cast::<f32, A>(s))
        }
        ScalarType::Float16 => {
            let s = cast::<A, f16>(acc).to_f32() + items.pairwise::<f16>(start, stride, n)?;
            Some(cast::<f16, A>(f16::from_f32(s)))
        }
        _ => None,
    })
}

/// A float sum of one run that NumPy adds in inner-loop calls of `chunks` items (a buffered
/// strided run in NumPy 2, blocks of 8192 in NumPy 1.x): `acc + pairwise(chunk)` for each
/// chunk in order. The chunks' pairwise sums are independent, so large runs compute them on
/// several threads and add them in order afterwards: the same bits. `None` for other types.
pub(crate) fn chunked_float_sum<A: Element>(
    run: &Run<'_, '_>,
    acc: A,
    chunks: impl Iterator<Item = usize>,
) -> Result<Option<A>> {
    if run.input != A::TYPE {
        return Ok(None);
    }
    match A::TYPE {
        ScalarType::Float64 => chunked::<f64, A>(run, acc, chunks),
        ScalarType::Float32 => chunked::<f32, A>(run, acc, chunks),
        _ => Ok(None),
    }
}

fn chunked<T, A>(
    run: &Run<'_, '_>,
    acc: A,
    chunks: impl Iterator<Item = usize>,
) -> Result<Option<A>>
where
    T: PairwiseFloat<Acc = T> + std::ops::Add<Output = T>,
    A: Element,
{
    // Bytes the run reads: a whole cache line per item once items are a line apart.
    let line = run
        .stride
        .unsigned_abs()
        .clamp(std::mem::size_of::<T>(), 64);
    let bytes = run.len.saturating_mul(line);
    if bytes < crate::kernels::sum::SPLIT_BYTES {
        return Ok(None);
    }
    let mut starts = Vec::new();
    let mut at = 0usize;
    for n in chunks {
        let off = isize::try_from(at)
            .ok()
            .and_then(|i| i.checked_mul(run.stride))
            .and_then(|d| d.checked_add(run.start));
        let Some(off) = off else { return Ok(None) };
        starts.push((off, n));
        at = at.saturating_add(n);
    }
    if at != run.len {
        return Ok(None);
    }
    let sums = chunk_sums::<T>(run.items, run.stride, &starts, parallel::parts_for(bytes))?;
    let total = sums.into_iter().fold(cast::<A, T>(acc), |a, s| a + s);
    Ok(Some(cast::<T, A>(total)))
}

/// The pairwise sum of each chunk `(byte offset, items)`, on up to `parts` threads.
fn chunk_sums<T: PairwiseFloat>(
    items: &Items<'_>,
    stride: isize,
    chunks: &[(isize, usize)],
    parts: usize,
) -> Result<Vec<T::Acc>> {
    if parts < 2 || chunks.len() < 2 {
        return chunks
            .iter()
            .map(|&(off, n)| items.pairwise::<T>(off, stride, n))
            .collect();
    }
    let (lo, hi) = chunks.split_at(chunks.len() / 2);
    let (a, b) = parallel::join(
        true,
        || chunk_sums::<T>(items, stride, lo, parts / 2),
        || chunk_sums::<T>(items, stride, hi, parts - parts / 2),
    );
    let mut a = a?;
    a.extend(b?);
    Ok(a)
}

/// Integer and bool sums into NumPy's default int64/uint64 accumulator.
fn int_sum<S: Element + MaybeWiden, A: Element>(run: &Run<'_, '_>, acc: A) -> Option<A> {
    let xs = run.items.slice::<S>(run.start, run.stride, run.len)?;
    let total = S::widen_sum(xs)?;
    if total.0 != A::TYPE {
        return None;
    }
    Some(match (cast::<A, i64>(acc), total.1) {
        (a, Wide::I(s)) => cast::<i64, A>(a.wrapping_add(s)),
        (_, Wide::U(s)) => cast::<u64, A>(cast::<A, u64>(acc).wrapping_add(s)),
    })
}

/// A widened sum and the type it is in.
enum Wide {
    I(i64),
    U(u64),
}

/// Types with a widening sum kernel.
trait MaybeWiden: Sized {
    fn widen_sum(xs: &[Self]) -> Option<(ScalarType, Wide)>;
}

macro_rules! widen_signed {
    ($($t:ty),*) => {$(
        impl MaybeWiden for $t {
            fn widen_sum(xs: &[$t]) -> Option<(ScalarType, Wide)> {
                Some((ScalarType::Int64, Wide::I(<$t as WidenSum>::sum(xs))))
            }
        }
    )*};
}

macro_rules! widen_unsigned {
    ($($t:ty),*) => {$(
        impl MaybeWiden for $t {
            fn widen_sum(xs: &[$t]) -> Option<(ScalarType, Wide)> {
                Some((ScalarType::UInt64, Wide::U(<$t as WidenSum>::sum(xs))))
            }
        }
    )*};
}

widen_signed!(i8, i16, i32, i64, Bool8);
widen_unsigned!(u8, u16, u32, u64);

macro_rules! no_widen {
    ($($t:ty),*) => {$(
        impl MaybeWiden for $t {
            fn widen_sum(_: &[$t]) -> Option<(ScalarType, Wide)> {
                None
            }
        }
    )*};
}

no_widen!(
    f16,
    f32,
    f64,
    num_complex::Complex32,
    num_complex::Complex64
);

/// Minimum or maximum of a contiguous run.
fn extreme<S: Element + MaybeExtreme, A: Element>(
    run: &Run<'_, '_>,
    acc: A,
    max: bool,
) -> Option<A> {
    let xs = run.items.slice::<S>(run.start, run.stride, run.len)?;
    S::extreme(cast::<A, S>(acc), xs, max).map(cast::<S, A>)
}

/// Types with a minimum/maximum kernel.
trait MaybeExtreme: Sized {
    fn extreme(init: Self, xs: &[Self], max: bool) -> Option<Self>;
}

macro_rules! extreme_int {
    ($($t:ty),*) => {$(
        impl MaybeExtreme for $t {
            fn extreme(init: $t, xs: &[$t], max: bool) -> Option<$t> {
                Some(<$t as IntExtreme>::extreme(init, xs, max))
            }
        }
    )*};
}

macro_rules! extreme_float {
    ($($t:ty),*) => {$(
        impl MaybeExtreme for $t {
            fn extreme(init: $t, xs: &[$t], max: bool) -> Option<$t> {
                Some(<$t as FloatExtreme>::extreme(init, xs, max))
            }
        }
    )*};
}

extreme_int!(i8, i16, i32, i64, u8, u16, u32, u64);
extreme_float!(f16, f32, f64);

macro_rules! no_extreme {
    ($($t:ty),*) => {$(
        impl MaybeExtreme for $t {
            fn extreme(_: $t, _: &[$t], _: bool) -> Option<$t> {
                None
            }
        }
    )*};
}

no_extreme!(Bool8, num_complex::Complex32, num_complex::Complex64);

/// `any` (`all == false`) or `all` of a contiguous run.
fn truthy_run<S: Element + crate::kernels::reduce_fast::Truthy>(
    run: &Run<'_, '_>,
    all: bool,
) -> Option<bool> {
    let xs = run.items.slice::<S>(run.start, run.stride, run.len)?;
    Some(any_all(xs, all))
}

/// `a.sum()` of a C-contiguous native array, without building a result array (NumPy sums it
/// as one run). `None` when another path must compute it.
pub(crate) fn sum_scalar(a: &crate::Array) -> Result<Option<crate::Scalar>> {
    use crate::kernels::sum::pairwise_slice;
    use crate::Scalar;
    let dtype = a.dtype();
    let Some(ty) = dtype.scalar_type() else {
        return Ok(None);
    };
    let itemsize = dtype.itemsize();
    // C-contiguous with positive strides, checked in one pass (length-1 axes do not matter).
    let mut n = 1usize;
    for (&len, &stride) in a.shape().iter().zip(a.strides()).rev() {
        let step = n
            .checked_mul(itemsize)
            .and_then(|b| isize::try_from(b).ok());
        if len != 1 && Some(stride) != step {
            return Ok(None);
        }
        let Some(next) = n.checked_mul(len) else {
            return Ok(None);
        };
        n = next;
    }
    // A numeric dtype: its byte order says whether it is native (cheaper than is_native()).
    if n == 0 || dtype.order() != crate::dtype::ByteOrder::NATIVE {
        return Ok(None);
    }
    // NumPy 1.x sums floats in blocks of 8192.
    let one_block =
        n <= super::plan::BUFSIZE || crate::promote::current_mode() == crate::PromotionMode::Weak;
    let guard = a.buffer().read()?;
    let items = Items::new(guard.bytes(), itemsize, false);
    let (start, stride) = (a.offset() as isize, itemsize as isize);
    macro_rules! ints {
        ($t:ty) => {
            items
                .slice::<$t>(start, stride, n)
                .and_then(|xs| <$t>::widen_sum(xs))
                .map(|(_, w)| match w {
                    Wide::I(v) => Scalar::I64(v),
                    Wide::U(v) => Scalar::U64(v),
                })
        };
    }
    Ok(match ty {
        ScalarType::Float64 if one_block => items
            .slice::<f64>(start, stride, n)
            .map(|xs| Scalar::F64(0.0 + pairwise_slice(xs))),
        ScalarType::Float32 if one_block => items
            .slice::<f32>(start, stride, n)
            .map(|xs| Scalar::F32(0.0 + pairwise_slice(xs))),
        ScalarType::Bool => ints!(Bool8),
        ScalarType::Int8 => ints!(i8),
        ScalarType::Int16 => ints!(i16),
        ScalarType::Int32 => ints!(i32),
        ScalarType::Int64 => ints!(i64),
        ScalarType::UInt8 => ints!(u8),
        ScalarType::UInt16 => ints!(u16),
        ScalarType::UInt32 => ints!(u32),
        ScalarType::UInt64 => ints!(u64),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_sums_on_threads_keep_the_bits() {
        let v: Vec<f64> = (0..600_000).map(|i| (i as f64).sqrt() + 1e7).collect();
        let bytes: Vec<u8> = v.iter().flat_map(|x| x.to_ne_bytes()).collect();
        let items = Items::new(&bytes, 8, false);
        let chunks: Vec<(isize, usize)> = (0..36).map(|k| (k * 8192 * 16, 8192)).collect();
        let one = chunk_sums::<f64>(&items, 16, &chunks, 1).unwrap();
        for parts in 2..5 {
            let many = chunk_sums::<f64>(&items, 16, &chunks, parts).unwrap();
            assert_eq!(one, many);
        }
        let run = Run {
            items: &items,
            input: ScalarType::Float64,
            start: 8,
            stride: -16,
            len: 1,
        };
        // A run too small to split is left to the engine.
        assert!(chunked_float_sum::<f64>(&run, 0.0, [1].into_iter())
            .unwrap()
            .is_none());
    }
}
