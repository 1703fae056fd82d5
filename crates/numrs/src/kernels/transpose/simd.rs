//! In-register transposes of whole blocks for the tiled copy: 8x8 items of 4 bytes and 4x4
//! items of 8 bytes (AVX2), 8x8 items of 2 bytes (SSE2). Shuffles move bits unchanged (no
//! arithmetic), so float payloads, NaNs included, are copied exactly.
//!
//! Every function copies a `rows x cols` region (multiples of the block side) of a transposed
//! view: destination item `(r, c)` is at `dst + r * ds0 + c * size` and comes from
//! `src + r * size + c * ss1`, so each block's source columns are contiguous loads and its
//! destination rows contiguous stores.

#[cfg(target_arch = "x86_64")]
use std::arch::x86_64::*;

/// 4-byte items, in 8x8 blocks.
///
/// # Safety
/// The CPU supports AVX2; `rows` and `cols` are multiples of 8; every item of the region is
/// inside the buffers borrowed for reading (`src`) and writing (`dst`), which do not overlap.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
pub(super) unsafe fn copy_4(
    src: *const u8,
    ss1: isize,
    dst: *mut u8,
    ds0: isize,
    rows: usize,
    cols: usize,
) {
    for r in (0..rows).step_by(8) {
        for c in (0..cols).step_by(8) {
            let s = src.wrapping_offset(4 * r as isize + c as isize * ss1);
            let d = dst.wrapping_offset(r as isize * ds0 + 4 * c as isize);
            // SAFETY: rows r..r+8 and columns c..c+8 are inside the region (caller
            // contract); unaligned loads and stores are allowed.
            unsafe {
                macro_rules! l {
                    ($k:expr) => {
                        _mm256_loadu_ps(s.offset($k * ss1).cast::<f32>())
                    };
                }
                let (a0, a1, a2, a3) = (l!(0), l!(1), l!(2), l!(3));
                let (a4, a5, a6, a7) = (l!(4), l!(5), l!(6), l!(7));
                let b0 = _mm256_unpacklo_ps(a0, a1);
                let b1 = _mm256_unpackhi_ps(a0, a1);
                let b2 = _mm256_unpacklo_ps(a2, a3);
                let b3 = _mm256_unpackhi_ps(a2, a3);
                let b4 = _mm256_unpacklo_ps(a4, a5);
                let b5 = _mm256_unpackhi_ps(a4, a5);
                let b6 = _mm256_unpacklo_ps(a6, a7);
                let b7 = _mm256_unpackhi_ps(a6, a7);
                let c0 = _mm256_shuffle_ps::<0x44>(b0, b2);
                let c1 = _mm256_shuffle_ps::<0xEE>(b0, b2);
                let c2 = _mm256_shuffle_ps::<0x44>(b1, b3);
                let c3 = _mm256_shuffle_ps::<0xEE>(b1, b3);
                let c4 = _mm256_shuffle_ps::<0x44>(b4, b6);
                let c5 = _mm256_shuffle_ps::<0xEE>(b4, b6);
                let c6 = _mm256_shuffle_ps::<0x44>(b5, b7);
                let c7 = _mm256_shuffle_ps::<0xEE>(b5, b7);
                macro_rules! w {
                    ($k:expr, $v:expr) => {
                        _mm256_storeu_ps(d.offset($k * ds0).cast::<f32>(), $v)
                    };
                }
                w!(0, _mm256_permute2f128_ps::<0x20>(c0, c4));
                w!(1, _mm256_permute2f128_ps::<0x20>(c1, c5));
                w!(2, _mm256_permute2f128_ps::<0x20>(c2, c6));
                w!(3, _mm256_permute2f128_ps::<0x20>(c3, c7));
                w!(4, _mm256_permute2f128_ps::<0x31>(c0, c4));
                w!(5, _mm256_permute2f128_ps::<0x31>(c1, c5));
                w!(6, _mm256_permute2f128_ps::<0x31>(c2, c6));
                w!(7, _mm256_permute2f128_ps::<0x31>(c3, c7));
            }
        }
    }
}

/// 8-byte items, in 4x4 blocks.
///
/// # Safety
/// As [`copy_4`], with `rows` and `cols` multiples of 4.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
pub(super) unsafe fn copy_8(
    src: *const u8,
    ss1: isize,
    dst: *mut u8,
    ds0: isize,
    rows: usize,
    cols: usize,
) {
    for r in (0..rows).step_by(4) {
        for c in (0..cols).step_by(4) {
            let s = src.wrapping_offset(8 * r as isize + c as isize * ss1);
            let d = dst.wrapping_offset(r as isize * ds0 + 8 * c as isize);
            // SAFETY: as in `copy_4`.
            unsafe {
                macro_rules! l {
                    ($k:expr) => {
                        _mm256_loadu_pd(s.offset($k * ss1).cast::<f64>())
                    };
                }
                let (a0, a1, a2, a3) = (l!(0), l!(1), l!(2), l!(3));
                let b0 = _mm256_unpacklo_pd(a0, a1);
                let b1 = _mm256_unpackhi_pd(a0, a1);
                let b2 = _mm256_unpacklo_pd(a2, a3);
                let b3 = _mm256_unpackhi_pd(a2, a3);
                macro_rules! w {
                    ($k:expr, $v:expr) => {
                        _mm256_storeu_pd(d.offset($k * ds0).cast::<f64>(), $v)
                    };
                }
                w!(0, _mm256_permute2f128_pd::<0x20>(b0, b2));
                w!(1, _mm256_permute2f128_pd::<0x20>(b1, b3));
                w!(2, _mm256_permute2f128_pd::<0x31>(b0, b2));
                w!(3, _mm256_permute2f128_pd::<0x31>(b1, b3));
            }
        }
    }
}

/// 2-byte items, in 8x8 blocks (SSE2, which every x86-64 CPU has).
///
/// # Safety
/// As [`copy_4`] (without the AVX2 requirement).
#[cfg(target_arch = "x86_64")]
pub(super) unsafe fn copy_2(
    src: *const u8,
    ss1: isize,
    dst: *mut u8,
    ds0: isize,
    rows: usize,
    cols: usize,
) {
    for r in (0..rows).step_by(8) {
        for c in (0..cols).step_by(8) {
            let s = src.wrapping_offset(2 * r as isize + c as isize * ss1);
            let d = dst.wrapping_offset(r as isize * ds0 + 2 * c as isize);
            // SAFETY: as in `copy_4`; SSE2 is part of the x86-64 baseline.
            unsafe {
                macro_rules! l {
                    ($k:expr) => {
                        _mm_loadu_si128(s.offset($k * ss1).cast::<__m128i>())
                    };
                }
                let (a0, a1, a2, a3) = (l!(0), l!(1), l!(2), l!(3));
                let (a4, a5, a6, a7) = (l!(4), l!(5), l!(6), l!(7));
                let b0 = _mm_unpacklo_epi16(a0, a1);
                let b1 = _mm_unpackhi_epi16(a0, a1);
                let b2 = _mm_unpacklo_epi16(a2, a3);
                let b3 = _mm_unpackhi_epi16(a2, a3);
                let b4 = _mm_unpacklo_epi16(a4, a5);
                let b5 = _mm_unpackhi_epi16(a4, a5);
                let b6 = _mm_unpacklo_epi16(a6, a7);
                let b7 = _mm_unpackhi_epi16(a6, a7);
                let c0 = _mm_unpacklo_epi32(b0, b2);
                let c1 = _mm_unpackhi_epi32(b0, b2);
                let c2 = _mm_unpacklo_epi32(b1, b3);
                let c3 = _mm_unpackhi_epi32(b1, b3);
                let c4 = _mm_unpacklo_epi32(b4, b6);
                let c5 = _mm_unpackhi_epi32(b4, b6);
                let c6 = _mm_unpacklo_epi32(b5, b7);
                let c7 = _mm_unpackhi_epi32(b5, b7);
                macro_rules! w {
                    ($k:expr, $v:expr) => {
                        _mm_storeu_si128(d.offset($k * ds0).cast::<__m128i>(), $v)
                    };
                }
                w!(0, _mm_unpacklo_epi64(c0, c4));
                w!(1, _mm_unpackhi_epi64(c0, c4));
                w!(2, _mm_unpacklo_epi64(c1, c5));
                w!(3, _mm_unpackhi_epi64(c1, c5));
                w!(4, _mm_unpacklo_epi64(c2, c6));
                w!(5, _mm_unpackhi_epi64(c2, c6));
                w!(6, _mm_unpacklo_epi64(c3, c7));
                w!(7, _mm_unpackhi_epi64(c3, c7));
            }
        }
    }
}
