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
use crate::kernels::reduce_read::{native_run, Items};
use crate::kernels::sum::{pairwise_slice, PairwiseFloat};
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

/// `a.sum()`: NumPy sums a C-contiguous native array as one run, here without building a result
/// array; other arrays go to the general engine. A few-item sum costs less than the generic
/// bookkeeping around it, so this path avoids all of it: the 1-d layout is tested before the
/// general contiguity loop, the thread-local promotion mode is read only for runs longer than
/// one NumPy 1.x block, and the result is written once.
pub(crate) fn sum_scalar(a: &crate::Array) -> Result<crate::Scalar> {
    let dtype = a.dtype();
    let ty = match dtype.scalar_type() {
        Some(ty) if dtype.order() == crate::dtype::ByteOrder::NATIVE => ty,
        _ => return super::sum_scalar_general(a),
    };
    let done = match ty {
        ScalarType::Float64 => run_sum::<f64>(a, whole_f64),
        ScalarType::Float32 => run_sum::<f32>(a, whole_f32),
        ScalarType::Bool => run_sum::<Bool8>(a, widened),
        ScalarType::Int8 => run_sum::<i8>(a, widened),
        ScalarType::Int16 => run_sum::<i16>(a, widened),
        ScalarType::Int32 => run_sum::<i32>(a, widened),
        ScalarType::Int64 => run_sum::<i64>(a, widened),
        ScalarType::UInt8 => run_sum::<u8>(a, widened),
        ScalarType::UInt16 => run_sum::<u16>(a, widened),
        ScalarType::UInt32 => run_sum::<u32>(a, widened),
        ScalarType::UInt64 => run_sum::<u64>(a, widened),
        _ => Ok(None),
    };
    match done {
        Ok(Some(v)) => Ok(v),
        Ok(None) => super::sum_scalar_general(a),
        Err(e) => Err(e),
    }
}

/// NumPy's sum of a float64 run, when it is one pairwise sum.
#[inline(always)]
fn whole_f64(xs: &[f64]) -> Option<crate::Scalar> {
    one_block(xs.len())
        .then(|| watched(xs, |xs| 0.0 + pairwise_slice(xs), f64::is_finite))?
        .map(crate::Scalar::F64)
}

/// NumPy's sum of a float32 run, when it is one pairwise sum.
#[inline(always)]
fn whole_f32(xs: &[f32]) -> Option<crate::Scalar> {
    one_block(xs.len())
        .then(|| watched(xs, |xs| 0.0 + pairwise_slice(xs), f32::is_finite))?
        .map(crate::Scalar::F32)
}

/// `sum(xs)` with NumPy's floating-point warnings ("overflow encountered in reduce"). Reading
/// the status register twice costs more than a short sum (about 13 ns here), and a finite sum
/// raised no flag NumPy warns about: once a partial sum overflows or turns NaN, every later
/// partial sum containing it stays infinite or NaN. So up to one NumPy buffer of items the
/// sum runs unwatched and, only when it is not finite, once more under the register's watch
/// (the same bits; stale flags are cleared first).
/// `None` when a condition in mode 'raise' left an error: the caller then takes the general
/// path, which returns it.
#[inline(always)]
fn watched<T: Copy>(xs: &[T], sum: impl Fn(&[T]) -> T, finite: fn(T) -> bool) -> Option<T> {
    if xs.len() <= super::plan::BUFSIZE {
        let s = sum(xs);
        if finite(s) {
            return Some(s);
        }
    }
    let watch = crate::kernels::fpstatus::Watch::start();
    let s = sum(xs);
    watch.finish(Some("reduce"));
    (!crate::errstate::raise_pending()).then_some(s)
}

/// Whether NumPy sums a float run of `n` items in one pairwise sum: NumPy 1.x (Legacy mode)
/// sums blocks of 8192.
#[inline(always)]
fn one_block(n: usize) -> bool {
    n <= super::plan::BUFSIZE || crate::promote::current_mode() == crate::PromotionMode::Weak
}

/// `sum` of `a`'s items read as one run of `S`, or `None` when they are not one non-empty
/// C-contiguous run (or `sum` declines). The read borrow is held while `sum` runs: a writer on
/// another thread gets an error instead of racing.
#[inline(always)]
fn run_sum<S: Element>(
    a: &crate::Array,
    sum: fn(&[S]) -> Option<crate::Scalar>,
) -> Result<Option<crate::Scalar>> {
    let n = match c_run_len(a.shape(), a.strides(), std::mem::size_of::<S>()) {
        Some(n) if n > 0 => n,
        _ => return Ok(None),
    };
    let guard = a.buffer().read()?;
    Ok(native_run::<S>(guard.bytes(), a.offset(), n).and_then(sum))
}

/// The number of items when a layout is C-contiguous with positive strides (length-1 axes do
/// not matter), or `None`.
#[inline(always)]
fn c_run_len(shape: &[usize], strides: &[isize], itemsize: usize) -> Option<usize> {
    match (shape, strides) {
        (&[n], &[s]) => (n == 1 || s == itemsize as isize).then_some(n),
        _ => c_run_len_nd(shape, strides, itemsize),
    }
}

/// [`c_run_len`] for any number of axes, checked in one pass from the last axis.
#[inline(never)]
fn c_run_len_nd(shape: &[usize], strides: &[isize], itemsize: usize) -> Option<usize> {
    let mut n = 1usize;
    for (&len, &stride) in shape.iter().zip(strides).rev() {
        let step = n
            .checked_mul(itemsize)
            .and_then(|b| isize::try_from(b).ok());
        if len != 1 && Some(stride) != step {
            return None;
        }
        n = n.checked_mul(len)?;
    }
    Some(n)
}

/// The int64/uint64 sum of integer or bool items, as NumPy's default accumulator gives it.
fn widened<S: MaybeWiden>(xs: &[S]) -> Option<crate::Scalar> {
    S::widen_sum(xs).map(|(_, w)| match w {
        Wide::I(v) => crate::Scalar::I64(v),
        Wide::U(v) => crate::Scalar::U64(v),
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

    /// The same value, to the bit for floats.
    fn same(a: &crate::Scalar, b: &crate::Scalar) -> bool {
        use crate::Scalar::{F32, F64};
        match (a, b) {
            (F64(x), F64(y)) => x.to_bits() == y.to_bits(),
            (F32(x), F32(y)) => x.to_bits() == y.to_bits(),
            _ => a == b,
        }
    }

    #[test]
    fn scalar_sums_match_the_engine() {
        use crate::promote::{with_mode, PromotionMode};
        use crate::{s, Array, DType};
        let check = |a: &Array| {
            for mode in [PromotionMode::Weak, PromotionMode::Legacy] {
                let (fast, engine) = with_mode(mode, || {
                    (
                        sum_scalar(a).unwrap(),
                        super::super::sum_scalar_general(a).unwrap(),
                    )
                });
                assert!(
                    same(&fast, &engine),
                    "{a:?} in {mode:?}: {fast:?} vs {engine:?}"
                );
            }
        };
        for n in [0usize, 1, 2, 3, 7, 8, 9, 64, 129, 1000, 8192, 8194, 20_000] {
            let v: Vec<f64> = (0..n).map(|i| (i as f64 * 0.7).sin() * 1e3 - 0.1).collect();
            let x = Array::from_vec(v.clone());
            let mut arrays = vec![
                x.clone(),
                Array::from_vec(vec![-0.0f64; n]),
                Array::from_vec(v.iter().map(|&f| f as f32).collect::<Vec<_>>()),
                Array::from_vec(v.iter().map(|&f| f as i8).collect::<Vec<_>>()),
                Array::from_vec(v.iter().map(|&f| f as u16).collect::<Vec<_>>()),
                Array::from_vec(v.iter().map(|&f| f as i64).collect::<Vec<_>>()),
                x.astype(&DType::BOOL).unwrap(),
                x.astype(&DType::FLOAT16).unwrap(),
                x.astype(&DType::FLOAT64.newbyteorder()).unwrap(),
                x.slice(s![1..]).unwrap_or_else(|_| x.clone()),
                x.slice(s![..;2]).unwrap(),
                x.slice(s![..;-1]).unwrap(),
            ];
            if n % 2 == 0 {
                arrays.push(x.reshape(&[2, -1]).unwrap());
                arrays.push(x.reshape(&[-1, 2]).unwrap().slice(s![.., ..1]).unwrap());
                arrays.push(x.reshape(&[1, -1, 1]).unwrap());
            }
            for a in &arrays {
                check(a);
            }
        }
        check(&Array::from_vec(vec![2.5f64]).reshape(&[]).unwrap());
    }
}
