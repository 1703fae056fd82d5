//! Splitting large kernels across the machine's cores.
//!
//! Threads pay only for large work: spawning one costs tens of microseconds, so a kernel asks
//! for a split only when each part has at least [`MIN_BYTES_PER_THREAD`] bytes to move. Small
//! work runs on the calling thread, with no synchronisation at all.
//!
//! The parts of a split never write the same bytes (each kernel splits its *output* into
//! disjoint ranges), so the answers do not depend on the number of threads: a float sum splits
//! only where NumPy's pairwise recursion splits, and adds the two halves as NumPy does.
//!
//! `NUMRS_NUM_THREADS=1` turns threading off (read once, at the first kernel that asks).

use std::ops::Range;
use std::sync::OnceLock;

/// Below this many bytes per part, a second thread costs more than it saves.
pub(crate) const MIN_BYTES_PER_THREAD: usize = 1 << 20;

/// The number of threads kernels may use: `NUMRS_NUM_THREADS`, else the available parallelism
/// (at least 1).
pub(crate) fn max_threads() -> usize {
    static THREADS: OnceLock<usize> = OnceLock::new();
    *THREADS.get_or_init(|| {
        let from_env = std::env::var("NUMRS_NUM_THREADS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n > 0);
        from_env.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
    })
}

/// How many parts `bytes` of work should be cut into: 1 when threads do not pay.
pub(crate) fn parts_for(bytes: usize) -> usize {
    let by_size = bytes / MIN_BYTES_PER_THREAD;
    by_size.clamp(1, max_threads())
}

/// Runs `a` and `b`, on two threads when `parallel` is true, and returns both results.
pub(crate) fn join<A, B, RA, RB>(parallel: bool, a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB + Send,
    RA: Send,
    RB: Send,
{
    if !parallel || max_threads() < 2 {
        return (a(), b());
    }
    std::thread::scope(|scope| {
        let hb = scope.spawn(b);
        let ra = a();
        let rb = match hb.join() {
            Ok(rb) => rb,
            // A panic in a kernel is a bug; re-raise it on the calling thread unchanged.
            Err(payload) => std::panic::resume_unwind(payload),
        };
        (ra, rb)
    })
}

/// Calls `f` on `parts` disjoint, ordered ranges that cover `0..n`, each a multiple of `align`
/// long except the last, one range per thread. With `parts <= 1` this is `f(0..n)` on the
/// calling thread.
pub(crate) fn for_each_range<F>(n: usize, parts: usize, align: usize, f: F)
where
    F: Fn(Range<usize>) + Sync,
{
    let ranges = split_ranges(n, parts, align);
    if ranges.len() <= 1 {
        f(0..n);
        return;
    }
    std::thread::scope(|scope| {
        let f = &f;
        let mut handles = Vec::with_capacity(ranges.len() - 1);
        for r in &ranges[1..] {
            let r = r.clone();
            handles.push(scope.spawn(move || f(r)));
        }
        f(ranges[0].clone());
        for h in handles {
            if let Err(payload) = h.join() {
                std::panic::resume_unwind(payload);
            }
        }
    });
}

/// Cuts `0..n` into at most `parts` ordered, non-empty ranges whose lengths (but the last) are
/// multiples of `align` (treated as 1 when 0).
pub(crate) fn split_ranges(n: usize, parts: usize, align: usize) -> Vec<Range<usize>> {
    let align = align.max(1);
    let parts = parts.max(1);
    let per = n
        .div_ceil(parts)
        .div_ceil(align)
        .saturating_mul(align)
        .max(align);
    let mut out = Vec::with_capacity(parts);
    let mut start = 0;
    while start < n {
        let end = start.saturating_add(per).min(n);
        out.push(start..end);
        start = end;
    }
    out
}

/// A raw pointer that may cross to another thread of a split.
///
/// Kernels hand each thread a disjoint byte range of one borrowed buffer; the buffer's borrow
/// (taken by the caller for the whole call) and [`std::thread::scope`] keep the memory alive
/// and unaliased by anyone else until every part has finished.
#[derive(Clone, Copy)]
pub(crate) struct SendPtr<T>(pub *mut T);

// SAFETY: a `SendPtr` is only created by kernels that split one borrowed buffer into disjoint
// ranges, one per scoped thread; no two threads write the same bytes and the borrow outlives
// the scope, so moving the pointer to another thread cannot create a data race.
unsafe impl<T> Send for SendPtr<T> {}
// SAFETY: as above; shared references to the pointer only let threads copy the address.
unsafe impl<T> Sync for SendPtr<T> {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn ranges_cover_in_order() {
        assert_eq!(split_ranges(10, 2, 1), vec![0..5, 5..10]);
        assert_eq!(split_ranges(10, 3, 4), vec![0..4, 4..8, 8..10]);
        assert_eq!(split_ranges(3, 8, 1), vec![0..1, 1..2, 2..3]);
        assert_eq!(split_ranges(0, 2, 1), Vec::<Range<usize>>::new());
        assert_eq!(split_ranges(7, 1, 16), vec![0..7]);
    }

    #[test]
    fn for_each_range_visits_everything_once() {
        let seen = AtomicUsize::new(0);
        for_each_range(1000, 2, 8, |r| {
            seen.fetch_add(r.len(), Ordering::Relaxed);
        });
        assert_eq!(seen.load(Ordering::Relaxed), 1000);
        assert_eq!(join(true, || 1, || 2), (1, 2));
    }

    #[test]
    fn small_work_stays_on_one_thread() {
        assert_eq!(parts_for(100), 1);
        assert!(parts_for(64 << 20) >= 1);
    }
}
