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
use std::cell::RefCell;
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
    /// One collector per active `catch` on this thread, innermost last.
    static COLLECTORS: RefCell<Vec<Vec<Warning>>> = const { RefCell::new(Vec::new()) };
}

/// Pops this `catch`'s collector when the closure returns or unwinds, so a panic cannot leave
/// a stale collector swallowing later warnings.
struct Collector;

impl Drop for Collector {
    fn drop(&mut self) {
        COLLECTORS.with(|c| {
            c.borrow_mut().pop();
        });
    }
}

/// Runs `f` and returns its result with the warnings raised on this thread while it ran, in
/// order. Calls nest: a warning goes to the innermost `catch` only (like Python's
/// `warnings.catch_warnings(record=True)` with the "always" filter).
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
    COLLECTORS.with(|c| c.borrow_mut().push(Vec::new()));
    let guard = Collector;
    let result = f();
    let caught = COLLECTORS.with(|c| {
        c.borrow_mut()
            .last_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    });
    drop(guard);
    (result, caught)
}

/// Raises `warning` on this thread: into the innermost active [`catch`], else to stderr once
/// per (category, message) per process.
///
/// ```
/// use numrs::warnings::{catch, warn, Category, Warning};
/// let ((), got) = catch(|| warn(Warning::new(Category::RuntimeWarning, "test")));
/// assert_eq!(got.len(), 1);
/// ```
pub fn warn(warning: Warning) {
    let unhandled = COLLECTORS.with(|c| match c.borrow_mut().last_mut() {
        Some(top) => {
            top.push(warning);
            None
        }
        None => Some(warning),
    });
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
        COLLECTORS.with(|c| assert!(c.borrow().is_empty()));
    }
}
