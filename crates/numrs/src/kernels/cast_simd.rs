//! Hand-vectorized cast loops for pairs the compiler does not vectorize well.

use crate::element::{Element, FPE_INVALID};

/// float64 -> int8/uint8 (the same bytes): `cvttpd2dq` gives exactly x86-64's 32-bit
/// truncating conversion, "integer indefinite" (`i32::MIN`) included, and the low byte is kept
/// (C's conversion to a narrower integer). Out-of-range and NaN inputs are detected with the
/// same range compares as [`crate::element`]'s scalar conversion, OR-accumulated in the loop.
///
/// # Safety
/// The CPU supports AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn f64_to_byte_avx2(input: &[f64], output: &mut [u8]) -> u8 {
    use std::arch::x86_64::*;
    let n = input.len().min(output.len());
    let body = n - n % 16;
    let lo = _mm256_set1_pd(-2_147_483_649.0);
    let hi = _mm256_set1_pd(2_147_483_648.0);
    let low_byte = _mm_set1_epi32(0xFF);
    let mut bad = _mm256_setzero_pd();
    let mut i = 0;
    while i < body {
        let mut words = [_mm_setzero_si128(); 4];
        for (k, w) in words.iter_mut().enumerate() {
            // SAFETY: i + 4k + 4 <= body <= input.len(); unaligned loads are allowed.
            let v = unsafe { _mm256_loadu_pd(input.as_ptr().add(i + 4 * k)) };
            let out_of_range = _mm256_or_pd(
                _mm256_cmp_pd::<_CMP_NGT_UQ>(v, lo),
                _mm256_cmp_pd::<_CMP_NLT_UQ>(v, hi),
            );
            bad = _mm256_or_pd(bad, out_of_range);
            *w = _mm_and_si128(_mm256_cvttpd_epi32(v), low_byte);
        }
        // Every word is 0..=255 now, so the saturating packs keep the bytes unchanged.
        let bytes = _mm_packus_epi16(
            _mm_packus_epi32(words[0], words[1]),
            _mm_packus_epi32(words[2], words[3]),
        );
        // SAFETY: i + 16 <= body <= output.len(); unaligned stores are allowed.
        unsafe { _mm_storeu_si128(output.as_mut_ptr().add(i).cast::<__m128i>(), bytes) };
        i += 16;
    }
    let mut flags = if _mm256_movemask_pd(bad) != 0 {
        FPE_INVALID
    } else {
        0
    };
    for (o, &v) in output[body..n].iter_mut().zip(&input[body..n]) {
        let (w, f) = i8::from_cast_source_fpe(v.cast_source());
        *o = w as u8;
        flags |= f;
    }
    flags
}
