//! Reading a reduction's operands: runs of items at byte offsets computed by the reduction
//! plan, behind a safe, bounds-checked interface.
//!
//! The plan's offsets come from checked layouts (layout invariant 4), so the checks here never
//! fail in practice; they make every unsafe read below locally sound at the cost of two
//! comparisons per run.

use super::load;
use super::parallel;
use super::sum::{
    pairwise_strided, split, strided_bytes, PairwiseFloat, PW_BLOCKSIZE, SPLIT_BYTES,
};
use crate::element::Element;
use crate::error::{Error, Result};

/// The bytes of one operand, borrowed for reading, seen as items of one dtype.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Items<'g> {
    bytes: &'g [u8],
    itemsize: usize,
    swap: bool,
}

/// Strided runs pulling at least this many bytes of cache lines are summed on two threads
/// (or more, by [`parallel::parts_for`]): such a run waits on cache misses, not bandwidth,
/// so a second thread keeps a second stream of misses in flight. From L2's size up: the
/// notebook's 20000 items 536 bytes apart (1.28 MB of lines, in L3) took 24.7-28.0 us on
/// one thread and 11.7-15.4 us on two here, and the bits do not depend on the split.
const STRIDED_SPLIT_BYTES: usize = 512 << 10;

impl<'g> Items<'g> {
    /// Items of `itemsize` bytes in `bytes` (a read-borrowed buffer), byte-swapped on reading
    /// when `swap` is set.
    pub(crate) fn new(bytes: &'g [u8], itemsize: usize, swap: bool) -> Items<'g> {
        Items {
            bytes,
            itemsize,
            swap,
        }
    }

    /// Checks that `n` items at `start + i * stride` lie inside the bytes.
    #[inline(always)]
    fn check(&self, start: isize, stride: isize, n: usize) -> Result<()> {
        if n == 0 {
            return Ok(());
        }
        let last = (n as isize - 1)
            .checked_mul(stride)
            .and_then(|d| d.checked_add(start));
        let inside = |off: isize| {
            off >= 0
                && (off as usize)
                    .checked_add(self.itemsize)
                    .is_some_and(|end| end <= self.bytes.len())
        };
        match last {
            Some(last) if inside(start) && inside(last) => Ok(()),
            _ => Err(Error::OutOfBuffer(format!(
                "reduction run at byte {start} with stride {stride} and {n} items"
            ))),
        }
    }

    /// The run as a slice, when its items are contiguous, aligned and in native order.
    #[inline(always)]
    pub(crate) fn slice<S: Element>(
        &self,
        start: isize,
        stride: isize,
        n: usize,
    ) -> Option<&'g [S]> {
        let size = std::mem::size_of::<S>();
        if self.swap || size != self.itemsize || (stride != size as isize && n > 1) {
            return None;
        }
        if n == 0 {
            return Some(&[]);
        }
        native_run(self.bytes, usize::try_from(start).ok()?, n)
    }

    /// Appends the run's items, converted by `conv`, to `out`.
    pub(crate) fn gather<S: Element, A>(
        &self,
        start: isize,
        stride: isize,
        n: usize,
        conv: impl Fn(S) -> A,
        out: &mut Vec<A>,
    ) -> Result<()> {
        out.try_reserve(n)
            .map_err(|_| Error::Alloc(n.saturating_mul(std::mem::size_of::<A>())))?;
        if let Some(items) = self.slice::<S>(start, stride, n) {
            out.extend(items.iter().map(|&v| conv(v)));
            return Ok(());
        }
        self.check(start, stride, n)?;
        let base = self.bytes.as_ptr();
        for i in 0..n as isize {
            // SAFETY: every item of the run is inside the borrowed bytes (checked above).
            let v = unsafe { load::<S>(base, start + i * stride, self.swap) };
            out.push(conv(v));
        }
        Ok(())
    }

    /// NumPy's pairwise sum of the run read in place (no conversion).
    pub(crate) fn pairwise<T: PairwiseFloat>(
        &self,
        start: isize,
        stride: isize,
        n: usize,
    ) -> Result<T::Acc> {
        if let Some(items) = self.slice::<T>(start, stride, n) {
            return Ok(super::sum::pairwise_slice(items));
        }
        self.check(start, stride, n)?;
        let bytes = strided_bytes::<T>(n, stride);
        let from_memory = bytes >= SPLIT_BYTES;
        let parts = if bytes >= STRIDED_SPLIT_BYTES {
            parallel::parts_for(bytes).max(2)
        } else {
            1
        };
        Ok(self.strided_parts::<T>(start, stride, n, parts, from_memory))
    }

    /// The pairwise sum of a checked strided run with the top levels of NumPy's recursion on
    /// up to `parts` threads, added as the recursion adds them (the same bits for any number
    /// of threads). Each thread keeps its own cache misses in flight: a strided run is bound
    /// by memory latency, not bandwidth.
    fn strided_parts<T: PairwiseFloat>(
        &self,
        start: isize,
        stride: isize,
        n: usize,
        parts: usize,
        from_memory: bool,
    ) -> T::Acc {
        if parts < 2 || n <= PW_BLOCKSIZE {
            let base = self.bytes.as_ptr();
            // SAFETY: the run is a sub-range of one checked by `pairwise`, so every item is
            // inside the borrowed bytes.
            return unsafe {
                pairwise_strided::<T>(base, start, n, stride, self.swap, from_memory)
            };
        }
        let n2 = split(n);
        let (lo, hi) = parallel::join(
            true,
            || self.strided_parts::<T>(start, stride, n2, parts / 2, from_memory),
            || {
                let hi_start = start + n2 as isize * stride;
                let hi_parts = parts - parts / 2;
                self.strided_parts::<T>(hi_start, stride, n - n2, hi_parts, from_memory)
            },
        );
        lo + hi
    }
}

/// The `n` items of `S` from byte `start` of `bytes` as a slice, when they lie inside the bytes
/// and `start` is aligned for `S`.
#[inline(always)]
pub(crate) fn native_run<S: Element>(bytes: &[u8], start: usize, n: usize) -> Option<&[S]> {
    let end = n
        .checked_mul(std::mem::size_of::<S>())
        .and_then(|len| start.checked_add(len))?;
    let run = bytes.get(start..end)?;
    if (run.as_ptr() as usize) % std::mem::align_of::<S>() != 0 {
        return None;
    }
    // SAFETY: `run` holds exactly `n * size_of::<S>()` bytes of `bytes`, its start is aligned
    // for `S`, every bit pattern is a valid `S` (sealed plain-old-data types), and the slice
    // borrows `bytes`, which the caller holds under a read borrow of the buffer.
    Some(unsafe { std::slice::from_raw_parts(run.as_ptr().cast::<S>(), n) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_checked() {
        let bytes: Vec<u8> = (0..16).collect();
        let items = Items::new(&bytes, 4, false);
        let mut out = Vec::new();
        items
            .gather::<u32, u32>(12, -4, 4, |v| v & 0xff, &mut out)
            .unwrap();
        assert_eq!(out, vec![12, 8, 4, 0]);
        assert!(items.gather::<u32, u32>(12, 4, 2, |v| v, &mut out).is_err());
    }

    #[test]
    fn strided_sums_on_threads_keep_the_bits() {
        // Items 9 float64 apart (each on its own cache line), with a fraction so that the
        // order of the additions shows in the bits.
        let n = 20_011;
        let v: Vec<f64> = (0..n * 9).map(|i| (i as f64).sqrt() * 1e-3 + 1e9).collect();
        let bytes: Vec<u8> = v.iter().flat_map(|x| x.to_ne_bytes()).collect();
        let items = Items::new(&bytes, 8, false);
        let picked: Vec<f64> = v.iter().step_by(9).copied().collect();
        let want = super::super::sum::pairwise_slice(&picked).to_bits();
        assert_eq!(items.pairwise::<f64>(0, 72, n).unwrap().to_bits(), want);
        for parts in 1..6 {
            for from_memory in [false, true] {
                let got = items.strided_parts::<f64>(0, 72, n, parts, from_memory);
                assert_eq!(got.to_bits(), want, "{parts} parts");
            }
        }
        // Backwards from the last item.
        let last = ((n - 1) * 72) as isize;
        let back: Vec<f64> = picked.iter().rev().copied().collect();
        let want = super::super::sum::pairwise_slice(&back).to_bits();
        assert_eq!(
            items.strided_parts::<f64>(last, -72, n, 3, true).to_bits(),
            want
        );
    }
}
