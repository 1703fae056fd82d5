//! Whole-array sums with NumPy's accumulator types and NumPy 2's pairwise float summation.

use super::load;
use crate::array::Array;
use crate::element::Element;
use crate::error::Result;
use crate::iter::StridedPlan;
use crate::scalar::Scalar;
use num_complex::{Complex32, Complex64};

/// Block size below which NumPy's pairwise summation adds with 8 accumulators.
const PW_BLOCKSIZE: usize = 128;

/// Float types summed pairwise, in their own precision (float16 accumulates in float32, as
/// NumPy's half loops do).
trait PairwiseFloat: Copy {
    type Acc: Copy + std::ops::Add<Output = Self::Acc>;
    fn neg_zero() -> Self::Acc;
    fn widen(self) -> Self::Acc;
}

impl PairwiseFloat for f64 {
    type Acc = f64;
    fn neg_zero() -> f64 {
        -0.0
    }
    fn widen(self) -> f64 {
        self
    }
}
impl PairwiseFloat for f32 {
    type Acc = f32;
    fn neg_zero() -> f32 {
        -0.0
    }
    fn widen(self) -> f32 {
        self
    }
}
impl PairwiseFloat for half::f16 {
    type Acc = f32;
    fn neg_zero() -> f32 {
        -0.0
    }
    fn widen(self) -> f32 {
        self.to_f32()
    }
}

/// NumPy's `pairwise_sum`: exact same association order, so the same bits.
///
/// # Safety
/// `n` items at `base + off + i * stride` must lie inside a borrowed buffer.
unsafe fn pairwise<T: Element + PairwiseFloat>(
    base: *const u8,
    off: isize,
    n: usize,
    stride: isize,
    swap: bool,
) -> T::Acc {
    // SAFETY (all loads): the caller guarantees every item offset is inside the buffer.
    let at = |i: usize| unsafe { load::<T>(base, off + i as isize * stride, swap) }.widen();
    if n < 8 {
        let mut res = T::neg_zero();
        for i in 0..n {
            res = res + at(i);
        }
        res
    } else if n <= PW_BLOCKSIZE {
        let mut r: [T::Acc; 8] = std::array::from_fn(at);
        let mut i = 8;
        while i < n - n % 8 {
            for (k, rk) in r.iter_mut().enumerate() {
                *rk = *rk + at(i + k);
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res = res + at(i);
            i += 1;
        }
        res
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        // SAFETY: both halves are sub-ranges of the caller's range.
        unsafe {
            pairwise::<T>(base, off, n2, stride, swap)
                + pairwise::<T>(base, off + n2 as isize * stride, n - n2, stride, swap)
        }
    }
}

/// [`pairwise`] over a slice: same association order, written so the compiler vectorizes the
/// 8-accumulator loop.
fn pairwise_slice<T: Element + PairwiseFloat>(a: &[T]) -> T::Acc {
    let n = a.len();
    if n < 8 {
        let mut res = T::neg_zero();
        for &v in a {
            res = res + v.widen();
        }
        res
    } else if n <= PW_BLOCKSIZE {
        let mut r: [T::Acc; 8] = std::array::from_fn(|k| a[k].widen());
        let body_end = n - n % 8;
        for chunk in a[8..body_end].chunks_exact(8) {
            for (rk, &v) in r.iter_mut().zip(chunk) {
                *rk = *rk + v.widen();
            }
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for &v in &a[body_end..] {
            res = res + v.widen();
        }
        res
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        pairwise_slice(&a[..n2]) + pairwise_slice(&a[n2..])
    }
}

/// Pairwise sum of one run, through a slice when the run is contiguous, aligned and native.
///
/// # Safety
/// `n` items at `base + off + i * stride` must lie inside a buffer borrowed for reading.
unsafe fn pairwise_run<T: Element + PairwiseFloat>(
    base: *const u8,
    off: isize,
    n: usize,
    stride: isize,
    swap: bool,
) -> T::Acc {
    let size = std::mem::size_of::<T>();
    // SAFETY: the caller guarantees the run is inside the borrowed buffer.
    let first = unsafe { base.offset(off) };
    if !swap && stride == size as isize && (first as usize) % std::mem::align_of::<T>() == 0 {
        // SAFETY: `n` contiguous, aligned items of a plain-old-data type inside a buffer that
        // no one writes while the read borrow is held.
        let items = unsafe { std::slice::from_raw_parts(first.cast::<T>(), n) };
        return pairwise_slice(items);
    }
    // SAFETY: forwarded from the caller.
    unsafe { pairwise::<T>(base, off, n, stride, swap) }
}

/// `a.sum()` over all items: integers in int64/uint64 (wrapping), bool counted as int64,
/// floats pairwise per contiguous run (NumPy 2), complex pairwise per component.
pub(crate) fn sum_all(a: &Array) -> Result<Scalar> {
    use crate::dtype::ScalarType as St;
    let guard = a.buffer.read()?;
    let base = guard.ptr();
    let swap = !a.dtype.is_native();
    let plan = StridedPlan::new(a.shape(), [a.strides()], [a.offset()], false);
    macro_rules! int_sum {
        ($t:ty, $acc:ty, $out:ident) => {{
            let mut acc: $acc = 0;
            plan.for_each_run(|[o], [s], n| {
                for i in 0..n as isize {
                    // SAFETY: item offsets from the plan over a checked layout.
                    acc = acc.wrapping_add(unsafe { load::<$t>(base, o + i * s, swap) } as $acc);
                }
            });
            Scalar::$out(acc)
        }};
    }
    macro_rules! float_sum {
        ($t:ty, $wrap:expr) => {{
            let mut acc = 0.0;
            // SAFETY: each run lies inside the borrowed buffer (plan over a checked layout).
            plan.for_each_run(|[o], [s], n| {
                acc += unsafe { pairwise_run::<$t>(base, o, n, s, swap) }
            });
            $wrap(acc)
        }};
    }
    Ok(match a.dtype.numeric("sum")? {
        St::Bool => {
            let mut acc: i64 = 0;
            plan.for_each_run(|[o], [s], n| {
                for i in 0..n as isize {
                    // SAFETY: as above.
                    acc += (unsafe { load::<crate::element::Bool8>(base, o + i * s, false) }.0 != 0)
                        as i64;
                }
            });
            Scalar::I64(acc)
        }
        St::Int8 => int_sum!(i8, i64, I64),
        St::Int16 => int_sum!(i16, i64, I64),
        St::Int32 => int_sum!(i32, i64, I64),
        St::Int64 => int_sum!(i64, i64, I64),
        St::UInt8 => int_sum!(u8, u64, U64),
        St::UInt16 => int_sum!(u16, u64, U64),
        St::UInt32 => int_sum!(u32, u64, U64),
        St::UInt64 => int_sum!(u64, u64, U64),
        St::Float64 => float_sum!(f64, Scalar::F64),
        St::Float32 => float_sum!(f32, Scalar::F32),
        St::Float16 => float_sum!(half::f16, |v: f32| Scalar::F16(half::f16::from_f32(v))),
        St::Complex64 => complex_sum::<f32>(a, base, swap, &plan, |re, im| {
            Scalar::C64(Complex32::new(re, im))
        }),
        St::Complex128 => complex_sum::<f64>(a, base, swap, &plan, |re, im| {
            Scalar::C128(Complex64::new(re, im))
        }),
    })
}

/// Complex sums: NumPy sums the real and imaginary parts pairwise as interleaved floats.
fn complex_sum<F: Element + PairwiseFloat<Acc = F> + std::ops::Add<Output = F>>(
    _a: &Array,
    base: *const u8,
    swap: bool,
    plan: &StridedPlan<1>,
    wrap: impl Fn(F, F) -> Scalar,
) -> Scalar {
    let (mut re, mut im) = (<F as Element>::zero(), <F as Element>::zero());
    let fsize = std::mem::size_of::<F>() as isize;
    plan.for_each_run(|[o], [s], n| {
        // SAFETY: the real parts are at o + i*s and the imaginary parts at o + i*s + fsize,
        // both inside each item, which the plan keeps inside the buffer.
        unsafe {
            re = re + pairwise::<F>(base, o, n, s, swap);
            im = im + pairwise::<F>(base, o + fsize, n, s, swap);
        }
    });
    wrap(re, im)
}
