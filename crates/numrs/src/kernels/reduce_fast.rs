//! Whole-array reductions of one contiguous run, written so the compiler vectorizes them, with
//! an AVX2 build of the hottest loops chosen at run time.
//!
//! These kernels only serve reductions whose result does not depend on the order of the items
//! (integer sums, minimum and maximum with NumPy's tie and NaN rules restored afterwards,
//! `any`/`all`), so they are free to use many independent accumulators.

use super::parallel;
use crate::element::{Bool8, Element};
use half::f16;

/// Lanes of independent accumulators.
const LANES: usize = 32;

/// Runs `$body` through an AVX2 build of `$inner` when the CPU has AVX2.
macro_rules! avx2_dispatch {
    ($avx2:ident, $plain:ident, ($($arg:ident: $ty:ty),*) -> $ret:ty, $body:expr) => {
        #[inline(always)]
        fn $plain($($arg: $ty),*) -> $ret {
            $body
        }
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = "avx2")]
        fn $avx2($($arg: $ty),*) -> $ret {
            $body
        }
    };
}

/// `f` of `xs`, computed on up to [`parallel::parts_for`] threads over consecutive parts and
/// combined with `combine` (which must make the result independent of the split).
fn split_sum<T: Sync, R: Send>(
    xs: &[T],
    f: impl Fn(&[T]) -> R + Sync,
    combine: impl Fn(R, R) -> R + Sync,
) -> R {
    let bytes = std::mem::size_of_val(xs);
    if bytes < super::sum::SPLIT_BYTES {
        return f(xs);
    }
    split_parts(xs, parallel::parts_for(bytes), &f, &combine)
}

fn split_parts<T: Sync, R: Send>(
    xs: &[T],
    parts: usize,
    f: &(impl Fn(&[T]) -> R + Sync),
    combine: &(impl Fn(R, R) -> R + Sync),
) -> R {
    if parts < 2 || xs.len() < 2 {
        return f(xs);
    }
    let left = parts / 2;
    // Cut at a 64-byte multiple, so neither part shares a cache line with the other.
    let per_line = (64 / std::mem::size_of::<T>().max(1)).max(1);
    let cut = (xs.len() / parts * left).div_ceil(per_line) * per_line;
    let (lo, hi) = xs.split_at(cut.min(xs.len()));
    let (a, b) = parallel::join(
        true,
        || split_parts(lo, left, f, combine),
        || split_parts(hi, parts - left, f, combine),
    );
    combine(a, b)
}

/// Integers summed into a wider accumulator, wrapping like NumPy's int64/uint64 sums.
pub(crate) trait WidenSum: Element {
    /// NumPy's sum type for this input (`i64` or `u64`).
    type Wide: Copy;
    /// The wrapping sum of `xs`.
    fn sum(xs: &[Self]) -> Self::Wide;
}

macro_rules! widen_small {
    ($($t:ty => $lane:ty, $wide:ty, $block:expr, $avx2:ident, $plain:ident;)*) => {$(
        avx2_dispatch!($avx2, $plain, (xs: &[$t]) -> $wide, {
            // Small lanes hold `$block` items each without overflowing; they are widened
            // once per block.
            let mut total: $wide = 0;
            for block in xs.chunks(LANES * $block) {
                let mut lanes = [0 as $lane; LANES];
                let mut chunks = block.chunks_exact(LANES);
                for chunk in &mut chunks {
                    for (l, &v) in lanes.iter_mut().zip(chunk) {
                        *l = l.wrapping_add(v as $lane);
                    }
                }
                for &v in chunks.remainder() {
                    total = total.wrapping_add(v as $wide);
                }
                for l in lanes {
                    total = total.wrapping_add(l as $wide);
                }
            }
            total
        });
        impl WidenSum for $t {
            type Wide = $wide;
            fn sum(xs: &[$t]) -> $wide {
                // Wrapping adds are associative: any split gives the same sum.
                split_sum(xs, |part| {
                    #[cfg(target_arch = "x86_64")]
                    if std::arch::is_x86_feature_detected!("avx2") {
                        // SAFETY: the CPU supports AVX2 (checked just above).
                        return unsafe { $avx2(part) };
                    }
                    $plain(part)
                }, <$wide>::wrapping_add)
            }
        }
    )*};
}

widen_small! {
    i8 => i16, i64, 256, sum_i8_avx2, sum_i8;
    u8 => u16, u64, 256, sum_u8_avx2, sum_u8;
    i16 => i32, i64, 65536, sum_i16_avx2, sum_i16;
    u16 => u32, u64, 65536, sum_u16_avx2, sum_u16;
    i32 => i64, i64, usize::MAX / LANES, sum_i32_avx2, sum_i32;
    u32 => u64, u64, usize::MAX / LANES, sum_u32_avx2, sum_u32;
    i64 => i64, i64, usize::MAX / LANES, sum_i64_avx2, sum_i64;
    u64 => u64, u64, usize::MAX / LANES, sum_u64_avx2, sum_u64;
}

impl WidenSum for Bool8 {
    type Wide = i64;
    fn sum(xs: &[Bool8]) -> i64 {
        xs.iter().map(|b| i64::from(b.0 != 0)).sum()
    }
}

/// Integer minimum and maximum.
pub(crate) trait IntExtreme: Element + Ord {
    /// The largest of `init` and `xs` (`max`) or the smallest.
    fn extreme(init: Self, xs: &[Self], max: bool) -> Self {
        let pick = |a: Self, b: Self| if max { a.max(b) } else { a.min(b) };
        split_sum(xs, |part| Self::extreme_one(init, part, max), pick)
    }

    /// [`IntExtreme::extreme`] on the calling thread.
    fn extreme_one(init: Self, xs: &[Self], max: bool) -> Self {
        let mut lanes = [init; LANES];
        let mut chunks = xs.chunks_exact(LANES);
        for chunk in &mut chunks {
            for (l, &v) in lanes.iter_mut().zip(chunk) {
                *l = if max { (*l).max(v) } else { (*l).min(v) };
            }
        }
        let pick = |a: Self, b: Self| if max { a.max(b) } else { a.min(b) };
        let m = lanes.into_iter().fold(init, pick);
        chunks.remainder().iter().fold(m, |a, &b| pick(a, b))
    }
}

impl IntExtreme for i8 {}
impl IntExtreme for i16 {}
impl IntExtreme for i32 {}
impl IntExtreme for i64 {}
impl IntExtreme for u8 {}
impl IntExtreme for u16 {}
impl IntExtreme for u32 {}
impl IntExtreme for u64 {}

/// Float minimum and maximum with NumPy's rules: the first NaN wins; of equal values (0.0 and
/// -0.0) the last wins for float32 and float64, the first for float16.
pub(crate) trait FloatExtreme: Element + PartialOrd {
    /// Whether the first (not the last) of equal values wins.
    const FIRST_OF_TIES: bool;
    /// Whether the value is NaN.
    fn nan(self) -> bool;
    /// Whether the value is zero.
    fn is_zero(self) -> bool;

    /// The extreme of `init` followed by `xs`.
    fn extreme(init: Self, xs: &[Self], max: bool) -> Self {
        let (m, any_nan) = match max {
            true => lanes::<Self, true>(init, xs),
            false => lanes::<Self, false>(init, xs),
        };
        let seq = || std::iter::once(init).chain(xs.iter().copied());
        if any_nan {
            return seq().find(|v| v.nan()).unwrap_or(m);
        }
        if m.is_zero() {
            // Equal zeros: the sign of the first or last zero in order decides.
            let zero = if Self::FIRST_OF_TIES {
                seq().find(|v| v.is_zero())
            } else {
                seq().filter(|v| v.is_zero()).last()
            };
            return zero.unwrap_or(m);
        }
        m
    }
}

/// The numeric extreme of `init` and `xs` (ignoring the sign of zeros) and whether a NaN
/// occurs, in independent lanes.
fn lanes<T: FloatExtreme, const MAX: bool>(init: T, xs: &[T]) -> (T, bool) {
    let combine = |(a, na): (T, bool), (b, nb): (T, bool)| {
        let better = if MAX { b > a } else { b < a };
        (if better { b } else { a }, na || nb)
    };
    split_sum(xs, lanes_one::<T, MAX>(init), combine)
}

/// [`lanes`] on the calling thread.
fn lanes_one<T: FloatExtreme, const MAX: bool>(init: T) -> impl Fn(&[T]) -> (T, bool) + Sync {
    move |xs| lanes_dispatch::<T, MAX>(init, xs)
}

fn lanes_dispatch<T: FloatExtreme, const MAX: bool>(init: T, xs: &[T]) -> (T, bool) {
    #[cfg(target_arch = "x86_64")]
    if xs.len() >= 256 && std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU supports AVX2 (checked just above).
        return unsafe { lanes_avx2::<T, MAX>(init, xs) };
    }
    lanes_body::<T, MAX>(init, xs)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn lanes_avx2<T: FloatExtreme, const MAX: bool>(init: T, xs: &[T]) -> (T, bool) {
    lanes_body::<T, MAX>(init, xs)
}

#[inline(always)]
fn lanes_body<T: FloatExtreme, const MAX: bool>(init: T, xs: &[T]) -> (T, bool) {
    const W: usize = 16;
    let mut best = [init; W];
    let mut nan = [init.nan(); W];
    let mut chunks = xs.chunks_exact(W);
    for chunk in &mut chunks {
        for k in 0..W {
            let v = chunk[k];
            let better = if MAX { v > best[k] } else { v < best[k] };
            best[k] = if better { v } else { best[k] };
            nan[k] |= v.nan();
        }
    }
    let pick = |a: T, b: T| {
        let better = if MAX { b > a } else { b < a };
        if better {
            b
        } else {
            a
        }
    };
    let mut m = best.into_iter().fold(init, pick);
    let mut any_nan = nan.into_iter().any(|b| b);
    for &v in chunks.remainder() {
        any_nan |= v.nan();
        m = pick(m, v);
    }
    (m, any_nan)
}

impl FloatExtreme for f64 {
    const FIRST_OF_TIES: bool = false;
    fn nan(self) -> bool {
        self.is_nan()
    }
    fn is_zero(self) -> bool {
        self == 0.0
    }
}

impl FloatExtreme for f32 {
    const FIRST_OF_TIES: bool = false;
    fn nan(self) -> bool {
        self.is_nan()
    }
    fn is_zero(self) -> bool {
        self == 0.0
    }
}

impl FloatExtreme for f16 {
    const FIRST_OF_TIES: bool = true;
    fn nan(self) -> bool {
        self.is_nan()
    }
    fn is_zero(self) -> bool {
        self.to_f32() == 0.0
    }
}

/// Whether any item is non-zero (`any`) or every item is (`all`), for items read as bytes of a
/// type whose zero is all-zero bytes except for negative zero (floats compare by value).
pub(crate) fn any_all<T: Element + Truthy>(xs: &[T], all: bool) -> bool {
    let mut chunks = xs.chunks_exact(LANES);
    for chunk in &mut chunks {
        let hits = chunk
            .iter()
            .fold(0usize, |n, v| n + usize::from(v.truthy()));
        if all && hits != chunk.len() {
            return false;
        }
        if !all && hits != 0 {
            return true;
        }
    }
    if all {
        chunks.remainder().iter().all(|v| v.truthy())
    } else {
        chunks.remainder().iter().any(|v| v.truthy())
    }
}

/// Python truthiness of an item.
pub(crate) trait Truthy: Copy {
    /// `bool(item)`.
    fn truthy(self) -> bool;
}

macro_rules! truthy_int {
    ($($t:ty),*) => {$(
        impl Truthy for $t {
            #[inline]
            fn truthy(self) -> bool {
                self != 0
            }
        }
    )*};
}

truthy_int!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Truthy for Bool8 {
    #[inline]
    fn truthy(self) -> bool {
        self.0 != 0
    }
}

impl Truthy for f64 {
    #[inline]
    fn truthy(self) -> bool {
        self != 0.0
    }
}

impl Truthy for f32 {
    #[inline]
    fn truthy(self) -> bool {
        self != 0.0
    }
}

impl Truthy for f16 {
    #[inline]
    fn truthy(self) -> bool {
        (self.to_bits() & 0x7fff) != 0
    }
}

impl Truthy for num_complex::Complex32 {
    #[inline]
    fn truthy(self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
}

impl Truthy for num_complex::Complex64 {
    #[inline]
    fn truthy(self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widening_sums_wrap_like_numpy() {
        let xs: Vec<i8> = (0..20_000).map(|i| (i % 251) as i8).collect();
        let want: i64 = xs.iter().map(|&v| i64::from(v)).sum();
        assert_eq!(i8::sum(&xs), want);
        assert_eq!(u64::sum(&[u64::MAX, 2]), 1);
    }

    #[test]
    fn split_reductions_match_one_pass() {
        let n = 4_200_001;
        let xs: Vec<i32> = (0..n)
            .map(|i| (i as i32).wrapping_mul(2_654_435_761u32 as i32))
            .collect();
        let want: i64 = xs.iter().map(|&v| i64::from(v)).sum();
        assert_eq!(i32::sum(&xs), want);
        for parts in 1..6 {
            assert_eq!(
                split_parts(&xs, parts, &|p: &[i32]| i32::sum(p), &i64::wrapping_add),
                want
            );
        }
        let (lo, hi) = (xs.iter().min().copied(), xs.iter().max().copied());
        assert_eq!(Some(i32::extreme(0, &xs, false)), lo.map(|m| m.min(0)));
        assert_eq!(Some(i32::extreme(0, &xs, true)), hi.map(|m| m.max(0)));
        let mut fs: Vec<f64> = xs.iter().map(|&v| f64::from(v)).collect();
        assert_eq!(f64::extreme(0.0, &fs, true), f64::from(hi.unwrap()));
        fs[n - 7] = f64::NAN;
        assert!(f64::extreme(0.0, &fs, false).is_nan());
    }

    #[test]
    fn float_extremes_follow_numpy_ties() {
        let xs = [0.0f64, -0.0, 1.0, -0.0];
        assert_eq!(
            f64::extreme(-1.0, &xs[..2], true).to_bits(),
            (-0.0f64).to_bits()
        );
        let many = vec![-0.0f32; 100];
        assert!(f32::extreme(0.0, &many, true).is_sign_negative());
        assert!(f16::extreme(f16::from_f32(0.0), &[f16::from_f32(-0.0)], true).is_sign_positive());
        assert!(f64::extreme(1.0, &xs, false).is_sign_negative());
        assert!(f64::extreme(1.0, &[2.0, f64::NAN], true).is_nan());
        assert!(any_all(&[0.0f64, f64::NAN], false));
        assert!(!any_all(&[1u8, 0], true));
    }
}
