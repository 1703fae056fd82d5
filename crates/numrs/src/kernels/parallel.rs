//! Splitting large kernels across the machine's cores, on a small persistent thread pool.
//!
//! ```text
//!   join(a, b) / for_each_range(ranges)  -> one job of numbered tasks
//!     caller: publishes the job, wakes the parked workers, then claims and runs tasks itself
//!     workers (one per extra core, started at the first job, parked on a condvar when idle):
//!             claim the job's remaining tasks
//!     caller: waits until every claimed task has finished, re-raises a task's panic
//! ```
//!
//! Tasks are claimed from an atomic counter, so a worker that wakes late (the machine is busy)
//! costs nothing: the caller runs the tasks nobody has claimed. A caller only ever waits for
//! tasks that are running, which is why nested calls (a task that calls [`join`]) cannot
//! deadlock: the nested job is queued, and the task that made it claims its tasks itself while
//! idle workers help.
//!
//! Threads pay only for large work: waking a worker costs microseconds, so a kernel asks for a
//! split only when each part has at least [`MIN_BYTES_PER_THREAD`] bytes to move. Small work
//! runs on the calling thread, with no synchronisation at all.
//!
//! The parts of a split never write the same bytes (each kernel splits its *output* into
//! disjoint ranges), so the answers do not depend on the number of threads, nor on which
//! thread runs which part: a float sum splits only where NumPy's pairwise recursion splits,
//! and adds the two halves as NumPy does.
//!
//! `NUMRS_NUM_THREADS=1` turns threading off (read once, at the first kernel that asks).

use std::any::Any;
use std::ops::Range;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, PoisonError};

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
/// A panic in either is re-raised here, after both have finished.
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
    let (fa, fb) = (Mutex::new(Some(a)), Mutex::new(Some(b)));
    let (ra, rb) = (Mutex::new(None), Mutex::new(None));
    run_tasks(2, &|i| {
        // Each index is claimed exactly once, so each closure is taken and run once.
        if i == 0 {
            if let Some(a) = lock(&fa).take() {
                *lock(&ra) = Some(a());
            }
        } else if let Some(b) = lock(&fb).take() {
            *lock(&rb) = Some(b());
        }
    });
    match (into_inner(ra), into_inner(rb)) {
        (Some(ra), Some(rb)) => (ra, rb),
        // `run_tasks` returns only after both tasks ran without panicking.
        _ => unreachable!("join: a task neither finished nor panicked"),
    }
}

/// Calls `f` on disjoint, ordered ranges that cover `0..n`, each a multiple of `align` long
/// except the last, on up to `parts` threads (which thread runs which range is not fixed:
/// there are a few more ranges than threads, so a thread that starts late, or is preempted,
/// leaves its share to the others). With `parts <= 1` this is `f(0..n)` on the calling thread.
/// A panic in `f` is re-raised here, after every range has finished.
pub(crate) fn for_each_range<F>(n: usize, parts: usize, align: usize, f: F)
where
    F: Fn(Range<usize>) + Sync,
{
    if parts <= 1 {
        f(0..n);
        return;
    }
    let ranges = split_ranges(n, parts.saturating_mul(RANGES_PER_PART), align);
    if ranges.len() <= 1 {
        f(0..n);
        return;
    }
    run_tasks(ranges.len(), &|i| f(ranges[i].clone()));
}

/// Ranges per thread in [`for_each_range`]: enough to even out a late start, few enough that
/// each stays large (a part is at least [`MIN_BYTES_PER_THREAD`] bytes of work).
const RANGES_PER_PART: usize = 4;

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
/// Kernels hand each task a disjoint byte range of one borrowed buffer; the buffer's borrow
/// (taken by the caller for the whole call) keeps the memory alive and unaliased by anyone
/// else, and [`join`] and [`for_each_range`] return only after every task has finished.
#[derive(Clone, Copy)]
pub(crate) struct SendPtr<T>(pub *mut T);

// SAFETY: a `SendPtr` is only created by kernels that split one borrowed buffer into disjoint
// ranges, one per task; no two tasks write the same bytes and the borrow outlives the call
// that runs the tasks, so moving the pointer to another thread cannot create a data race.
unsafe impl<T> Send for SendPtr<T> {}
// SAFETY: as above; shared references to the pointer only let threads copy the address.
unsafe impl<T> Sync for SendPtr<T> {}

/// Locks `m`, ignoring poisoning: no lock here is held while user code runs (tasks run
/// outside every lock and their panics are caught), so the data is never half-updated.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

fn into_inner<T>(m: Mutex<T>) -> T {
    m.into_inner().unwrap_or_else(PoisonError::into_inner)
}

/// A task body: called once for each index of its job.
type Task = dyn Fn(usize) + Sync;

/// One call's numbered tasks, shared by the caller and the workers that help with it.
struct Job {
    /// The caller's task with its lifetime erased. It is called only for an index claimed
    /// below `count`, and the caller does not return (so the closure lives) until every
    /// claimed index has finished (`pending == 0`).
    task: *const Task,
    count: usize,
    /// The next index to claim (may run past `count`: then nothing is left).
    next: AtomicUsize,
    /// Tasks not finished yet.
    pending: AtomicUsize,
    /// The first panic payload of a task, re-raised by the caller.
    panic: Mutex<Option<Box<dyn Any + Send>>>,
    /// The floating-point flags the tasks raised, on whichever thread (see `fpstatus`).
    fp_flags: AtomicU8,
    done: Mutex<()>,
    done_cv: Condvar,
}

// SAFETY: `task` points to a `Sync` closure (callable from any thread through a shared
// reference) that outlives every call made through it (see the field's comment); the other
// fields are thread-safe.
unsafe impl Send for Job {}
// SAFETY: as above.
unsafe impl Sync for Job {}

impl Job {
    fn has_work(&self) -> bool {
        self.next.load(Ordering::Relaxed) < self.count
    }

    /// Claims and runs tasks until none is left.
    fn run_claimed(&self) {
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            if i >= self.count {
                return;
            }
            // SAFETY: `i < count` was claimed by this thread only, so `pending > 0` until
            // it finishes below, and the caller keeps the closure alive until then.
            let result = catch_unwind(AssertUnwindSafe(|| unsafe { (*self.task)(i) }));
            if let Err(payload) = result {
                lock(&self.panic).get_or_insert(payload);
            }
            // Taken before the task counts as finished, so the caller sees them after `wait`.
            let flags = super::fpstatus::take();
            if flags != 0 {
                self.fp_flags.fetch_or(flags, Ordering::Relaxed);
            }
            // Release: the task's writes happen before the caller sees `pending == 0`.
            if self.pending.fetch_sub(1, Ordering::AcqRel) == 1 {
                let _guard = lock(&self.done);
                self.done_cv.notify_all();
            }
        }
    }

    /// Waits until every task has finished.
    fn wait(&self) {
        // The other parts usually finish within a few microseconds of the caller's.
        for _ in 0..SPIN_CHECKS {
            if self.pending.load(Ordering::Acquire) == 0 {
                return;
            }
            std::hint::spin_loop();
        }
        let mut guard = lock(&self.done);
        while self.pending.load(Ordering::Acquire) != 0 {
            guard = self
                .done_cv
                .wait(guard)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// Polls of a finishing job's counter before the caller sleeps (a few microseconds).
const SPIN_CHECKS: usize = 2000;

/// The workers' shared queue of jobs that may still have unclaimed tasks.
struct Pool {
    queue: Mutex<Vec<Arc<Job>>>,
    wake: Condvar,
    workers: usize,
    /// Jobs posted so far (polled by idle workers).
    posted: AtomicUsize,
}

/// The pool, its workers started at the first call: `None` when threading is off.
fn pool() -> Option<&'static Pool> {
    static POOL: OnceLock<Option<&'static Pool>> = OnceLock::new();
    *POOL.get_or_init(|| {
        let extra = max_threads().saturating_sub(1);
        if extra == 0 {
            return None;
        }
        let pool: &'static Pool = Box::leak(Box::new(Pool {
            queue: Mutex::new(Vec::new()),
            wake: Condvar::new(),
            workers: extra,
            posted: AtomicUsize::new(0),
        }));
        let started = (0..extra)
            .filter(|k| {
                std::thread::Builder::new()
                    .name(format!("numrs-worker-{k}"))
                    .spawn(move || worker(pool))
                    .is_ok()
            })
            .count();
        // Without workers the caller would run every task itself anyway.
        (started > 0).then_some(pool)
    })
}

/// A worker: runs the tasks of queued jobs; with none, polls briefly for the next (kernels
/// often come in a row, and waking a sleeping thread takes tens of microseconds in a virtual
/// machine), then sleeps.
fn worker(pool: &'static Pool) {
    let mut queue = lock(&pool.queue);
    loop {
        queue.retain(|job| job.has_work());
        if let Some(job) = queue.first().cloned() {
            drop(queue);
            job.run_claimed();
            queue = lock(&pool.queue);
            continue;
        }
        let seen = pool.posted.load(Ordering::Relaxed);
        drop(queue);
        let start = std::time::Instant::now();
        while pool.posted.load(Ordering::Relaxed) == seen && start.elapsed() < IDLE_POLL {
            for _ in 0..64 {
                std::hint::spin_loop();
            }
        }
        queue = lock(&pool.queue);
        // Jobs are posted under the lock, so an empty queue seen here stays empty until
        // this thread waits (the wait releases the lock atomically) and is then notified.
        if queue.iter().all(|job| !job.has_work()) {
            queue = pool
                .wake
                .wait(queue)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// How long an idle worker polls for the next job before it sleeps.
const IDLE_POLL: std::time::Duration = std::time::Duration::from_micros(50);

/// Runs `task(i)` for every `i < count`, on the calling thread and the pool's workers, and
/// returns when all have finished; the first panic of a task is then re-raised.
fn run_tasks(count: usize, task: &(dyn Fn(usize) + Sync + '_)) {
    let pool = match pool() {
        Some(pool) if count > 1 => pool,
        _ => {
            (0..count).for_each(task);
            return;
        }
    };
    // SAFETY: only the lifetime bound changes (same fat pointer); `Job::task` documents why
    // the closure outlives every call through the pointer: this function waits below for
    // every claimed task before returning or unwinding (task panics are caught).
    let erased: *const Task =
        unsafe { std::mem::transmute::<*const (dyn Fn(usize) + Sync + '_), *const Task>(task) };
    let job = Arc::new(Job {
        task: erased,
        count,
        next: AtomicUsize::new(0),
        pending: AtomicUsize::new(count),
        panic: Mutex::new(None),
        fp_flags: AtomicU8::new(0),
        done: Mutex::new(()),
        done_cv: Condvar::new(),
    });
    lock(&pool.queue).push(Arc::clone(&job));
    pool.posted.fetch_add(1, Ordering::Relaxed);
    if count > pool.workers {
        pool.wake.notify_all();
    } else {
        (1..count).for_each(|_| pool.wake.notify_one());
    }
    job.run_claimed();
    // Nothing is left to claim: take the job off the queue now rather than at a worker's
    // next look (a forked child has no workers to do it).
    lock(&pool.queue).retain(|j| !Arc::ptr_eq(j, &job));
    job.wait();
    // The tasks' flags, wherever they ran, become the calling thread's, as if it had run
    // every task itself.
    let flags = job.fp_flags.load(Ordering::Relaxed);
    if flags != 0 {
        super::fpstatus::raise(flags);
    }
    let payload = lock(&job.panic).take();
    if let Some(payload) = payload {
        resume_unwind(payload);
    }
}

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

    /// Every index is visited exactly once, whatever the number of parts.
    #[test]
    fn for_each_range_visits_everything_once() {
        for parts in [1, 2, 3, 7, 64] {
            let hits: Vec<AtomicUsize> = (0..1000).map(|_| AtomicUsize::new(0)).collect();
            for_each_range(1000, parts, 8, |r| {
                for i in r {
                    hits[i].fetch_add(1, Ordering::Relaxed);
                }
            });
            assert!(hits.iter().all(|h| h.load(Ordering::Relaxed) == 1));
        }
        assert_eq!(join(true, || 1, || 2), (1, 2));
        assert_eq!(join(false, || "a", || 2.5), ("a", 2.5));
    }

    /// A panic in any task reaches the caller with its payload, and the pool keeps working.
    #[test]
    fn panics_propagate_and_the_pool_survives() {
        for bad in 0..4 {
            let caught = std::panic::catch_unwind(|| {
                for_each_range(4, 4, 1, |r| {
                    if r.start == bad {
                        panic!("task {bad} failed");
                    }
                })
            });
            let payload = caught.expect_err("the panic must reach the caller");
            assert_eq!(
                payload.downcast_ref::<String>().unwrap(),
                &format!("task {bad} failed")
            );
        }
        let caught = std::panic::catch_unwind(|| join(true, || 1, || -> i32 { panic!("b") }));
        assert_eq!(*caught.unwrap_err().downcast_ref::<&str>().unwrap(), "b");
        let caught = std::panic::catch_unwind(|| join(true, || -> i32 { panic!("a") }, || 2));
        assert_eq!(*caught.unwrap_err().downcast_ref::<&str>().unwrap(), "a");
        let seen = AtomicUsize::new(0);
        for_each_range(100, 2, 1, |r| {
            seen.fetch_add(r.len(), Ordering::Relaxed);
        });
        assert_eq!(seen.load(Ordering::Relaxed), 100);
        assert_eq!(join(true, || 3, || 4), (3, 4));
    }

    /// Tasks that themselves split (a task calling `join` or `for_each_range`) finish.
    #[test]
    fn nested_calls_do_not_deadlock() {
        let (l, r) = join(
            true,
            || join(true, || 1, || join(true, || 2, || 3)),
            || join(true, || 4, || 5),
        );
        assert_eq!((l, r), ((1, (2, 3)), (4, 5)));
        let total = AtomicUsize::new(0);
        for_each_range(8, 8, 1, |outer| {
            for_each_range(100, 4, 1, |inner| {
                total.fetch_add(outer.len() * inner.len(), Ordering::Relaxed);
            });
        });
        assert_eq!(total.load(Ordering::Relaxed), 800);
    }

    /// Several user threads splitting work at once share the pool.
    #[test]
    fn concurrent_callers() {
        let sums: Vec<usize> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|t| {
                    s.spawn(move || {
                        let sum = AtomicUsize::new(0);
                        for _ in 0..50 {
                            for_each_range(1000, 3, 1, |r| {
                                sum.fetch_add(r.map(|i| i * t).sum::<usize>(), Ordering::Relaxed);
                            });
                        }
                        sum.into_inner()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let one: usize = (0..1000).sum();
        assert_eq!(sums, (0..4).map(|t| 50 * one * t).collect::<Vec<_>>());
    }

    #[test]
    fn small_work_stays_on_one_thread() {
        assert_eq!(parts_for(100), 1);
        assert!(parts_for(64 << 20) >= 1);
    }
}
