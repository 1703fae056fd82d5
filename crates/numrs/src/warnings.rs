//! NumPy's warnings, surfaced as values rather than errors.
//!
//! NumPy reports suspicious but well-defined operations with Python warnings: a float-to-int
//! cast of NaN gives `RuntimeWarning: invalid value encountered in cast` and still returns
//! NumPy's x86-64 result. numrs does the same: the operation succeeds, and the warning is
//!
//! - collected by the innermost active [`catch`] on the calling thread (the Python binding
//!   drains these into `warnings.warn`), or
//! - without an active `catch`, written to stderr the first time each (category, message) is
//!   seen in the process, as Python's default warning filter shows a warning once.
//!
//! Kernels that split work across threads report back to the calling thread, so a warning is
//! raised where the operation was called, once per call (as NumPy does).
//!
//! Floating-point conditions ("divide by zero encountered in divide", "overflow encountered
//! in cast", ...) are warnings only in NumPy's default setting: [`crate::errstate`] decides
//! (ignore, warn, raise as an error, print, call a hook). Other warnings (`ComplexWarning`,
//! "Mean of empty slice") are always warnings, as in NumPy.
//!
//! ```
//! use numrs::warnings::{catch, Category};
//! let x = numrs::array(&[1.0, f64::NAN], None)?;
//! let (y, warnings) = catch(|| x.astype(&numrs::DType::INT8));
//! assert_eq!(y?.to_vec::<i8>()?, vec![1, 0]);
//! assert_eq!(warnings.len(), 1);
//! assert_eq!(warnings[0].category, Category::RuntimeWarning);
//! assert_eq!(warnings[0].to_string(), "RuntimeWarning: invalid value encountered in cast");
//! # Ok::<(), numrs::Error>(())
//! ```

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

/// The Python warning class NumPy raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// `RuntimeWarning`: floating-point trouble (invalid value, overflow, divide by zero).
    RuntimeWarning,
    /// `numpy.exceptions.ComplexWarning` (a `RuntimeWarning` subclass): a complex value cast
    /// to a real type loses its imaginary part.
    ComplexWarning,
}

impl Category {
    /// The Python class name.
    ///
    /// ```
    /// assert_eq!(numrs::warnings::Category::ComplexWarning.name(), "ComplexWarning");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Category::RuntimeWarning => "RuntimeWarning",
            Category::ComplexWarning => "ComplexWarning",
        }
    }
}

/// One warning: its category and NumPy's message text.
///
/// ```
/// use numrs::warnings::{Category, Warning};
/// let w = Warning::new(Category::RuntimeWarning, "overflow encountered in cast");
/// assert_eq!(w.to_string(), "RuntimeWarning: overflow encountered in cast");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Warning {
    /// The Python warning class.
    pub category: Category,
    /// The message, worded as NumPy words it.
    pub message: Cow<'static, str>,
}

impl Warning {
    /// A warning of `category` with `message`.
    ///
    /// ```
    /// let w = numrs::warnings::Warning::new(numrs::warnings::Category::RuntimeWarning, "x");
    /// assert_eq!(w.message, "x");
    /// ```
    pub fn new(category: Category, message: impl Into<Cow<'static, str>>) -> Warning {
        Warning {
            category,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.category.name(), self.message)
    }
}

thread_local! {
    /// How many [`catch`] calls are active on this thread (0: warnings go to stderr).
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    /// How many entries `COLLECTED` has: 0 on the hot path, so a `catch` during which nothing
    /// warned touches only these two plain cells, never the `RefCell` (which also needs a
    /// thread-exit destructor check on each access).
    static STORED: Cell<usize> = const { Cell::new(0) };
    /// The warnings collected so far by active `catch`es, by their nesting depth (innermost
    /// last; a `catch` that has seen no warning has no entry).
    static COLLECTED: RefCell<Vec<(usize, Vec<Warning>)>> = const { RefCell::new(Vec::new()) };
    /// The depth of the innermost [`catch_raw`] (0: none): while it is the innermost
    /// `catch`, floating-point conditions are collected as warnings whatever the
    /// [`crate::errstate`] setting says.
    static RAW_AT: Cell<usize> = const { Cell::new(0) };
}

/// Whether the innermost active `catch` is a [`catch_raw`].
#[inline]
pub(crate) fn collecting_raw() -> bool {
    let raw = RAW_AT.get();
    raw != 0 && raw == DEPTH.get()
}

/// One active [`catch`]. Dropping it (also when the closure unwinds) leaves its depth and
/// discards what it collected, so a panic cannot leave a stale collector swallowing later
/// warnings.
struct Scope {
    depth: usize,
    /// `RAW_AT` before a [`catch_raw`] scope (restored when it ends).
    raw_before: Option<usize>,
}

impl Scope {
    fn enter() -> Scope {
        let depth = DEPTH.get() + 1;
        DEPTH.set(depth);
        Scope {
            depth,
            raw_before: None,
        }
    }

    /// The warnings collected at this scope's depth, removed.
    fn take(&self) -> Vec<Warning> {
        if STORED.get() == 0 {
            return Vec::new();
        }
        COLLECTED.with(|c| {
            let mut c = c.borrow_mut();
            let taken = match c.last() {
                Some((d, _)) if *d == self.depth => c.pop().map(|(_, w)| w).unwrap_or_default(),
                _ => Vec::new(),
            };
            STORED.set(c.len());
            taken
        })
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        DEPTH.set(self.depth - 1);
        if let Some(raw) = self.raw_before {
            RAW_AT.set(raw);
        }
        if STORED.get() != 0 {
            COLLECTED.with(|c| {
                let mut c = c.borrow_mut();
                while c.last().is_some_and(|(d, _)| *d >= self.depth) {
                    c.pop();
                }
                STORED.set(c.len());
            });
        }
    }
}

/// Runs `f` and returns its result with the warnings raised on this thread while it ran, in
/// order. Calls nest: a warning goes to the innermost `catch` only (like Python's
/// `warnings.catch_warnings(record=True)` with the "always" filter).
///
/// When nothing warned this costs two thread-local counter updates and allocates nothing:
/// cheap enough to wrap every call of a binding.
///
/// ```
/// use numrs::warnings::catch;
/// let big = numrs::array(&[1e300], None)?;
/// let ((inner, w_inner), w_outer) = catch(|| catch(|| big.astype(&numrs::DType::FLOAT32)));
/// assert_eq!(inner?.to_vec::<f32>()?, vec![f32::INFINITY]);
/// assert_eq!(w_inner[0].message, "overflow encountered in cast");
/// assert!(w_outer.is_empty());
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn catch<R>(f: impl FnOnce() -> R) -> (R, Vec<Warning>) {
    let scope = Scope::enter();
    let result = f();
    let caught = scope.take();
    drop(scope);
    (result, caught)
}

/// [`catch`], except that floating-point conditions ("divide by zero encountered in divide")
/// are collected as warnings whatever [`crate::errstate`] says, and so never make `f`'s
/// operations fail: for callers that report them under another name (NumPy's scalar
/// operators, `divmod` made of two ufuncs), by passing the reworded warnings to [`warn`].
///
/// ```
/// use numrs::errstate::{with_errstate, ErrState, FpMode};
/// use numrs::warnings::catch_raw;
/// let x = numrs::array(&[1.0], None)?;
/// let (r, w) = with_errstate(ErrState::all(FpMode::Raise), || catch_raw(|| numrs::divide(&x, numrs::Scalar::F64(0.0))));
/// assert!(r.is_ok());
/// assert_eq!(w[0].message, "divide by zero encountered in divide");
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn catch_raw<R>(f: impl FnOnce() -> R) -> (R, Vec<Warning>) {
    let mut scope = Scope::enter();
    scope.raw_before = Some(RAW_AT.replace(scope.depth));
    let result = f();
    let caught = scope.take();
    drop(scope);
    (result, caught)
}

/// Raises `warning` on this thread: into the innermost active [`catch`], else to stderr once
/// per (category, message) per process. A `RuntimeWarning` that names a floating-point
/// condition ("overflow encountered in cast") is handled as [`crate::errstate`] says
/// (ignored, warned, raised, ...), as NumPy handles it.
///
/// ```
/// use numrs::warnings::{catch, warn, Category, Warning};
/// let ((), got) = catch(|| warn(Warning::new(Category::RuntimeWarning, "test")));
/// assert_eq!(got.len(), 1);
/// ```
pub fn warn(warning: Warning) {
    if warning.category == Category::RuntimeWarning && !collecting_raw() {
        if let Some((cond, context)) = crate::errstate::FpCondition::parse(&warning.message) {
            crate::errstate::report(&[cond], context, cond.status_bit());
            return;
        }
    }
    emit(warning);
}

/// [`warn`] without the floating-point handling: the warning as it is.
pub(crate) fn emit(warning: Warning) {
    let depth = DEPTH.get();
    let unhandled = if depth == 0 {
        Some(warning)
    } else {
        COLLECTED.with(|c| {
            let mut c = c.borrow_mut();
            match c.last_mut() {
                Some((d, top)) if *d == depth => top.push(warning),
                _ => c.push((depth, vec![warning])),
            }
            STORED.set(c.len());
        });
        None
    };
    if let Some(w) = unhandled {
        static SHOWN: OnceLock<Mutex<HashSet<Warning>>> = OnceLock::new();
        let mut shown = SHOWN
            .get_or_init(|| Mutex::new(HashSet::new()))
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if shown.insert(w.clone()) {
            eprintln!("numrs: {w}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_catches_collect_innermost_and_unwind_cleanly() {
        let w = || warn(Warning::new(Category::RuntimeWarning, "a"));
        let (((), inner), outer) = catch(|| {
            w();
            catch(w)
        });
        assert_eq!((inner.len(), outer.len()), (1, 1));
        let r = std::panic::catch_unwind(|| catch(|| panic!("boom")));
        assert!(r.is_err());
        assert_eq!((DEPTH.get(), STORED.get()), (0, 0));
        COLLECTED.with(|c| assert!(c.borrow().is_empty()));
    }

    #[test]
    fn outer_catch_keeps_its_order_around_inner_catches_and_panics() {
        let w = |m: &'static str| warn(Warning::new(Category::RuntimeWarning, m));
        let (((), quiet, noisy, panicked), outer) = catch(|| {
            w("a");
            let ((), quiet) = catch(|| ());
            let ((), noisy) = catch(|| w("b"));
            let panicked = std::panic::catch_unwind(|| {
                catch(|| {
                    w("lost");
                    panic!("boom")
                })
            })
            .is_err();
            w("c");
            ((), quiet, noisy, panicked)
        });
        let msgs = |v: &[Warning]| v.iter().map(|w| w.message.to_string()).collect::<Vec<_>>();
        assert!(quiet.is_empty() && panicked);
        assert_eq!(msgs(&noisy), ["b"]);
        assert_eq!(msgs(&outer), ["a", "c"]);
        let ((), late) = catch(|| w("d"));
        assert_eq!(msgs(&late), ["d"]);
        assert_eq!((DEPTH.get(), STORED.get()), (0, 0));
    }
}
