//! NumPy's pairwise float summation, with the exact association order of NumPy's
//! `pairwise_sum` (so the same bits), over slices and over strided memory.
//!
//! ```text
//!   n < 8        sequential, starting from -0.0
//!   n <= 128     8 accumulators over blocks of 8, combined ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)),
//!                then the remaining n % 8 items in order
//!   n > 128      split at n/2 rounded down to a multiple of 8, both halves recursively
//! ```
//! Complex sums use the same scheme over the interleaved real and imaginary parts, so each part
//! has 4 accumulators (blocks of 4 items) and the split happens in units of 4 items.

use super::{load, parallel};
use crate::element::Element;
use num_complex::Complex;

/// Block size below which NumPy's pairwise summation adds with 8 accumulators.
pub(crate) const PW_BLOCKSIZE: usize = 128;

/// Reductions split across threads only from this many bytes on. One core reduces cached data
/// at ~50 GB/s here and starting a thread costs ~50 us, so smaller inputs (which may well be
/// in the 32 MiB L3) gain little or lose; larger ones come from memory, which one core reads
/// at half the machine's bandwidth.
pub(crate) const SPLIT_BYTES: usize = 16 << 20;

/// Float types summed pairwise, with the type the sum is computed in (float16 accumulates in
/// float32, as NumPy's half loops do).
pub(crate) trait PairwiseFloat: Element {
    /// The accumulator type.
    type Acc: Copy + Send + std::ops::Add<Output = Self::Acc>;
    /// `-0.0` in the accumulator type (NumPy starts short sums from it).
    fn neg_zero() -> Self::Acc;
    /// The value in the accumulator type.
    fn widen(self) -> Self::Acc;
}

impl PairwiseFloat for f64 {
    type Acc = f64;
    #[inline(always)]
    fn neg_zero() -> f64 {
        -0.0
    }
    #[inline(always)]
    fn widen(self) -> f64 {
        self
    }
}

impl PairwiseFloat for f32 {
    type Acc = f32;
    #[inline(always)]
    fn neg_zero() -> f32 {
        -0.0
    }
    #[inline(always)]
    fn widen(self) -> f32 {
        self
    }
}

impl PairwiseFloat for half::f16 {
    type Acc = f32;
    #[inline(always)]
    fn neg_zero() -> f32 {
        -0.0
    }
    #[inline(always)]
    fn widen(self) -> f32 {
        self.to_f32()
    }
}

/// Where NumPy splits a pairwise block of `n > 128` items.
#[inline(always)]
pub(crate) fn split(n: usize) -> usize {
    let half = n / 2;
    half - half % 8
}

/// NumPy's sum of fewer than 8 items: in order, from `-0.0`.
#[inline(always)]
fn sequential<T: PairwiseFloat>(a: &[T]) -> T::Acc {
    let mut res = T::neg_zero();
    for &v in a {
        res = res + v.widen();
    }
    res
}

/// Defines NumPy's pairwise sum of a slice as a recursive function with the given attributes
/// (the recursion must stay inside one instruction-set build).
macro_rules! define_pairwise {
    ($name:ident $(, #[$attr:meta])*) => {
        $(#[$attr])*
        fn $name<T: PairwiseFloat>(a: &[T]) -> T::Acc {
            let n = a.len();
            if n < 8 {
                sequential(a)
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
                let (lo, hi) = a.split_at(split(n));
                $name(lo) + $name(hi)
            }
        }
    };
}

define_pairwise!(pairwise_plain);
#[cfg(target_arch = "x86_64")]
define_pairwise!(pairwise_avx2, #[target_feature(enable = "avx2")]);

/// NumPy's pairwise sum of a slice; the 8-accumulator loop is vectorized (AVX2 when the CPU
/// has it: each accumulator is one lane, so the association order, and the bits, are the same).
///
/// Large slices are summed on several threads: the top levels of NumPy's recursion run on
/// different cores and are added as the recursion adds them, so the bits do not change (nor
/// depend on the number of threads). One core cannot read memory at full speed here.
///
/// Sums of fewer than 8 items are added inline: the call would cost more than the sum.
#[inline]
pub(crate) fn pairwise_slice<T: PairwiseFloat>(a: &[T]) -> T::Acc {
    if a.len() < 8 {
        return sequential(a);
    }
    pairwise_long(a)
}

/// [`pairwise_slice`] of 8 items or more.
#[inline(never)]
fn pairwise_long<T: PairwiseFloat>(a: &[T]) -> T::Acc {
    let bytes = std::mem::size_of_val(a);
    if bytes >= SPLIT_BYTES {
        return pairwise_parts(a, parallel::parts_for(bytes));
    }
    pairwise_one(a)
}

/// [`pairwise_slice`] with its top-level halves on up to `parts` threads.
fn pairwise_parts<T: PairwiseFloat>(a: &[T], parts: usize) -> T::Acc {
    if parts < 2 || a.len() <= PW_BLOCKSIZE {
        return pairwise_one(a);
    }
    let (lo, hi) = a.split_at(split(a.len()));
    let (l, h) = parallel::join(
        true,
        || pairwise_parts(lo, parts / 2),
        || pairwise_parts(hi, parts - parts / 2),
    );
    l + h
}

/// [`pairwise_slice`] on the calling thread.
fn pairwise_one<T: PairwiseFloat>(a: &[T]) -> T::Acc {
    #[cfg(target_arch = "x86_64")]
    if a.len() >= 64 && std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU supports AVX2 (checked just above).
        return unsafe { pairwise_avx2(a) };
    }
    pairwise_plain(a)
}

/// How many items ahead a strided sum of a run from memory prefetches when every item is on
/// its own cache line (stride of 64 bytes or more). The hardware prefetcher stops at each
/// 4 KiB page, which such a run crosses every few items, so each item would otherwise wait a
/// full memory latency; 32 items (at least 2 KiB, several pages) keeps enough misses in flight,
/// and a longer distance measured no better here.
const LINE_AHEAD: usize = 32;

/// Bytes in one cache line.
pub(crate) const CACHE_LINE: usize = 64;

/// Bytes a strided run of `n` items of `T` pulls through the caches: a whole line per item
/// once items are a line apart.
pub(crate) fn strided_bytes<T>(n: usize, stride: isize) -> usize {
    let line = stride
        .unsigned_abs()
        .clamp(std::mem::size_of::<T>(), CACHE_LINE);
    n.saturating_mul(line)
}

/// [`pairwise_slice`] over `n` items at `base + off + i * stride` (any stride, byte order and
/// alignment), a part of a run that is too large for the caches when `from_memory` is set
/// (see [`strided_bytes`]): then every item's cache line is prefetched (runs in the caches
/// are faster without the extra instructions).
///
/// # Safety
/// Every item `base + off + i * stride`, `i < n`, must lie inside a buffer borrowed for reading.
pub(crate) unsafe fn pairwise_strided<T: PairwiseFloat>(
    base: *const u8,
    off: isize,
    n: usize,
    stride: isize,
    swap: bool,
    from_memory: bool,
) -> T::Acc {
    let lines = from_memory && stride.unsigned_abs() >= CACHE_LINE;
    // SAFETY: the caller's guarantee, for the same items.
    unsafe { strided_rec::<T>(base, off, n, stride, swap, n, lines) }
}

/// [`pairwise_strided`] of a block of `n` items that is followed by `reach - n` more items of
/// the caller's run (which are only prefetched); `own_lines` prefetches every item's line.
///
/// # Safety
/// Every item `base + off + i * stride`, `i < n`, must lie inside a buffer borrowed for reading.
unsafe fn strided_rec<T: PairwiseFloat>(
    base: *const u8,
    off: isize,
    n: usize,
    stride: isize,
    swap: bool,
    reach: usize,
    own_lines: bool,
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
            prefetch_ahead::<T>(base, off, i, stride, own_lines, reach);
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
        let n2 = split(n);
        // SAFETY: both halves are sub-ranges of the caller's range.
        unsafe {
            strided_rec::<T>(base, off, n2, stride, swap, reach, own_lines)
                + strided_rec::<T>(
                    base,
                    off + n2 as isize * stride,
                    n - n2,
                    stride,
                    swap,
                    reach - n2,
                    own_lines,
                )
        }
    }
}

/// Prefetches items of a strided run ahead of the block of 8 at item `i`, only among the
/// run's `reach` items. With `own_lines`: all 8 lines of the block
/// [`LINE_AHEAD`] items ahead. Otherwise: one line 512 bytes' worth of items ahead, as NumPy
/// does (the hardware prefetcher handles the rest).
#[inline(always)]
#[allow(unused_variables)]
fn prefetch_ahead<T>(
    base: *const u8,
    off: isize,
    i: usize,
    stride: isize,
    own_lines: bool,
    reach: usize,
) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // Addresses are computed with wrapping arithmetic and never dereferenced.
        let line = |j: usize| {
            let d = (j as isize).wrapping_mul(stride);
            base.wrapping_offset(off.wrapping_add(d)).cast::<i8>()
        };
        if own_lines {
            let first = i + LINE_AHEAD;
            if first + 8 <= reach {
                for j in first..first + 8 {
                    // SAFETY: a prefetch is only a hint; it never faults, whatever the address.
                    unsafe { _mm_prefetch::<{ _MM_HINT_T0 }>(line(j)) };
                }
            }
        } else {
            let j = i + 512 / std::mem::size_of::<T>().max(1);
            if j < reach {
                // SAFETY: as above.
                unsafe { _mm_prefetch::<{ _MM_HINT_T0 }>(line(j)) };
            }
        }
    }
}

/// NumPy's pairwise sum of complex items: (sum of real parts, sum of imaginary parts).
pub(crate) fn pairwise_complex<F>(a: &[Complex<F>]) -> (F, F)
where
    F: PairwiseFloat<Acc = F> + std::ops::Add<Output = F>,
{
    let m = a.len();
    let neg_zero = F::neg_zero();
    if m < 4 {
        let (mut rr, mut ri) = (neg_zero, neg_zero);
        for v in a {
            rr = rr + v.re;
            ri = ri + v.im;
        }
        (rr, ri)
    } else if 2 * m <= PW_BLOCKSIZE {
        let mut re: [F; 4] = std::array::from_fn(|k| a[k].re);
        let mut im: [F; 4] = std::array::from_fn(|k| a[k].im);
        let body_end = m - m % 4;
        for chunk in a[4..body_end].chunks_exact(4) {
            for k in 0..4 {
                re[k] = re[k] + chunk[k].re;
                im[k] = im[k] + chunk[k].im;
            }
        }
        let mut rr = (re[0] + re[1]) + (re[2] + re[3]);
        let mut ri = (im[0] + im[1]) + (im[2] + im[3]);
        for v in &a[body_end..] {
            rr = rr + v.re;
            ri = ri + v.im;
        }
        (rr, ri)
    } else {
        // NumPy splits the 2m interleaved floats at m rounded down to a multiple of 8.
        let floats = m - m % 8;
        let (lo, hi) = a.split_at(floats / 2);
        let (r1, i1) = pairwise_complex(lo);
        let (r2, i2) = pairwise_complex(hi);
        (r1 + r2, i1 + i2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_sums_keep_negative_zero() {
        assert!(pairwise_slice(&[-0.0f64, -0.0]).is_sign_negative());
        assert_eq!(pairwise_slice(&[1.0f32; 300]), 300.0);
        let c = vec![Complex::new(1.0f64, -1.0); 201];
        assert_eq!(pairwise_complex(&c), (201.0, -201.0));
    }

    #[test]
    fn threads_keep_the_bits() {
        // 3 MiB and more are split across threads; the recursion's order must not change.
        for n in [SPLIT_BYTES / 8 + 5, 3_000_003] {
            let v: Vec<f64> = (0..n).map(|i| (i as f64).sqrt() * 1e-3 + 1e9).collect();
            assert_eq!(pairwise_slice(&v).to_bits(), pairwise_one(&v).to_bits());
            for parts in 2..6 {
                assert_eq!(
                    pairwise_parts(&v, parts).to_bits(),
                    pairwise_one(&v).to_bits()
                );
            }
        }
    }

    #[test]
    fn strided_matches_slice() {
        let v: Vec<f64> = (0..1000).map(|i| 1.0 / (i as f64 + 1.0)).collect();
        // SAFETY: 1000 contiguous f64 items of a live vector.
        let s = unsafe { pairwise_strided::<f64>(v.as_ptr().cast(), 0, 1000, 8, false, false) };
        assert_eq!(s.to_bits(), pairwise_slice(&v).to_bits());
    }
}
