//! The floating-point status flags a ufunc's loop raised, read as NumPy reads them: the SSE
//! unit's sticky exception bits (MXCSR), after the loop.
//!
//! ```text
//!   Watch::start()   takes (reads, and clears if set) the flags left by earlier code
//!   the loop         the hardware sets IE (invalid), ZE (divide by zero), OE (overflow);
//!                    integer loops set ZE/OE by hand (`raise`), as NumPy's do
//!   worker threads   each task's flags are taken on its thread and set again on the
//!                    calling thread when the job ends (kernels::parallel), so the result
//!                    does not depend on the thread count
//!   Watch::finish()  takes the flags: one warning per flag per call, worded as NumPy's
//! ```
//!
//! The flags stay clear between calls, so the common path costs two reads of the register
//! (`stmxcsr`) and no write. Denormal and inexact are not watched (they are not errors to
//! NumPy); underflow is, and [`crate::errstate`] ignores it by default. Targets other than x86-64 report no
//! flags.

/// NumPy's "invalid value" flag (MXCSR IE).
pub(crate) const INVALID: u8 = 0x1;
/// NumPy's "divide by zero" flag (MXCSR ZE).
pub(crate) const DIVIDE: u8 = 0x4;
/// NumPy's "overflow" flag (MXCSR OE).
pub(crate) const OVERFLOW: u8 = 0x8;
/// NumPy's "underflow" flag (MXCSR UE): ignored by default, but `errstate(under=...)` can
/// make it warn or raise, so it is taken with the others (a loop that underflows pays for
/// the slow path, where the setting is read).
pub(crate) const UNDERFLOW: u8 = 0x10;
/// The flags that become warnings (or errors, as [`crate::errstate`] says).
const WATCHED: u32 = (INVALID | DIVIDE | OVERFLOW | UNDERFLOW) as u32;
/// Every sticky exception bit of MXCSR (IE, DE, ZE, OE, UE, PE).
#[cfg(target_arch = "x86_64")]
const STICKY: u32 = 0x3f;

// `_mm_getcsr`/`_mm_setcsr` are deprecated in favour of inline assembly, but an `asm!` block
// that stores to memory is a full compiler barrier: the ufunc's result, built before the
// flags are read, is then copied once more on every call. The intrinsics touch only their
// own operand, and stay ordered with the loop's (opaque, side-effecting) call.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
#[allow(deprecated)]
fn read_csr() -> u32 {
    // SAFETY: `stmxcsr` only reads the SSE control/status register, part of the x86-64
    // baseline.
    unsafe { std::arch::x86_64::_mm_getcsr() }
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
#[allow(deprecated)]
fn write_csr(csr: u32) {
    // SAFETY: `csr` is an MXCSR value read from the register with only sticky status bits
    // changed (no reserved bit, masks and rounding mode untouched), so loading it cannot
    // fault nor change how later operations round or trap.
    unsafe { std::arch::x86_64::_mm_setcsr(csr) }
}

/// Clears every sticky bit: the slow path of [`take`], once per call that raised something.
#[cfg(target_arch = "x86_64")]
#[cold]
#[inline(never)]
fn clear(csr: u32) {
    write_csr(csr & !STICKY);
}

/// This thread's watched flags ([`INVALID`], [`DIVIDE`], [`OVERFLOW`]), cleared.
#[inline(always)]
pub(crate) fn take() -> u8 {
    #[cfg(target_arch = "x86_64")]
    {
        let csr = read_csr();
        let flags = csr & WATCHED;
        if flags != 0 {
            clear(csr);
        }
        flags as u8
    }
    #[cfg(not(target_arch = "x86_64"))]
    0
}

/// Sets `flags` on this thread, as if a floating-point operation had raised them: NumPy's
/// `npy_set_floatstatus_*` (integer division by zero, `INT_MIN // -1`), and flags of worker
/// threads carried back to the calling thread.
#[cold]
#[inline(never)]
pub(crate) fn raise(flags: u8) {
    #[cfg(target_arch = "x86_64")]
    write_csr(read_csr() | (flags as u32 & WATCHED));
    #[cfg(not(target_arch = "x86_64"))]
    let _ = flags;
}

/// A ufunc call's view of the flags: started before its loop runs, finished after.
#[must_use]
pub(crate) struct Watch(());

impl Watch {
    /// Forgets flags left by earlier code, so that only the loop's are reported.
    #[inline(always)]
    pub(crate) fn start() -> Watch {
        take();
        Watch(())
    }

    /// The flags raised since [`Watch::start`] (cleared).
    #[inline(always)]
    pub(crate) fn flags(self) -> u8 {
        take()
    }

    /// Raises NumPy's warnings for the flags raised since [`Watch::start`], `context` being
    /// the ufunc's name ("divide by zero encountered in divide") or "reduce". With `None`
    /// (a loop NumPy reports no errors for: comparisons, maximum, ...) the flags are only
    /// cleared.
    #[inline(always)]
    pub(crate) fn finish(self, context: Option<&str>) {
        let flags = self.flags();
        if flags != 0 {
            if let Some(context) = context {
                warn_flags_nounwind(flags, context);
            }
        }
    }
}

/// A [`Watch`] that finishes when dropped: `let _w = Watching::start(ctx); return f();`
/// builds `f`'s result in the caller's return slot and checks the flags after, where holding
/// the result across the check (`let r = f(); w.finish(ctx); r`) copies it once more.
/// `context` (as for [`Watch::finish`]) is only called when a flag was raised.
#[must_use]
pub(crate) struct Watching<F: Fn() -> Option<&'static str>>(F);

impl<F: Fn() -> Option<&'static str>> Watching<F> {
    /// Starts watching for the ufunc `context` names.
    #[inline(always)]
    pub(crate) fn start(context: F) -> Watching<F> {
        take();
        Watching(context)
    }
}

impl<F: Fn() -> Option<&'static str>> Drop for Watching<F> {
    #[inline(always)]
    fn drop(&mut self) {
        let flags = take();
        if flags != 0 {
            if let Some(context) = (self.0)() {
                warn_flags_nounwind(flags, context);
            }
        }
    }
}

/// [`warn_flags`] behind a function that cannot unwind (a panic in an `extern "C"` function
/// aborts): a call that may unwind between a ufunc's loop and its return would keep the
/// compiler from building the result in place, one more copy of the array on every call.
#[cold]
#[inline(never)]
#[allow(improper_ctypes_definitions)]
extern "C" fn warn_flags_nounwind(flags: u8, context: &str) {
    warn_flags(flags, context);
}

/// Handles `flags` as NumPy does after a loop: each condition raised, in NumPy's order
/// (divide by zero, overflow, underflow, invalid value), as [`crate::errstate`] says (by
/// default a warning each, underflow ignored).
#[cold]
#[inline(never)]
pub(crate) fn warn_flags(flags: u8, context: &str) {
    use crate::errstate::FpCondition as C;
    let mut conds = [C::Divide; 4];
    let mut n = 0;
    let mut status = 0;
    for (bit, cond) in [
        (DIVIDE, C::Divide),
        (OVERFLOW, C::Over),
        (UNDERFLOW, C::Under),
        (INVALID, C::Invalid),
    ] {
        if flags & bit != 0 {
            conds[n] = cond;
            n += 1;
            status |= cond.status_bit();
        }
    }
    crate::errstate::report(&conds[..n], context, status);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_taken_once_and_raised_by_hand() {
        take();
        let x = std::hint::black_box(1.0f64);
        let y = std::hint::black_box(0.0f64);
        std::hint::black_box(x / y);
        let expected = if cfg!(target_arch = "x86_64") {
            DIVIDE
        } else {
            0
        };
        assert_eq!(take(), expected);
        assert_eq!(take(), 0);
        raise(OVERFLOW | INVALID);
        let expected = if cfg!(target_arch = "x86_64") {
            OVERFLOW | INVALID
        } else {
            0
        };
        assert_eq!(take(), expected);
    }

    /// Flags raised by tasks that ran on worker threads reach the calling thread.
    #[test]
    fn worker_flags_reach_the_caller() {
        let caller = std::thread::current().id();
        let elsewhere = std::sync::atomic::AtomicBool::new(false);
        take();
        super::super::parallel::for_each_range(64, 8, 1, |_| {
            // Long enough tasks that idle workers claim some.
            std::thread::sleep(std::time::Duration::from_millis(2));
            if std::thread::current().id() != caller {
                elsewhere.store(true, std::sync::atomic::Ordering::Relaxed);
                raise(DIVIDE);
            }
        });
        let ran_elsewhere = elsewhere.load(std::sync::atomic::Ordering::Relaxed);
        let expected = if ran_elsewhere && cfg!(target_arch = "x86_64") {
            DIVIDE
        } else {
            0
        };
        assert_eq!(take(), expected);
    }
}
