//! NumPy's floating-point error handling: `np.seterr`, `np.geterr`, `np.errstate`.
//!
//! NumPy checks four conditions after a ufunc loop, a cast or a scalar operation — divide by
//! zero, overflow, underflow, invalid value — and handles each as this thread's setting says:
//!
//! ```text
//!   condition raised ──> mode of its kind (divide / over / under / invalid)
//!     Ignore   nothing
//!     Warn     RuntimeWarning "divide by zero encountered in divide" (crate::warnings)
//!     Raise    the operation returns Error::FloatingPoint with that message (after writing
//!              its output, `out=` included); conditions after it in NumPy's order are dropped
//!     Print    "Warning: divide by zero encountered in divide" on stderr
//!     Call     the thread's errcall hook (seterrcall) with the condition and every flag raised
//!     Log      the hook too (NumPy: errcall.write("Warning: ... encountered in ...\n"))
//! ```
//!
//! NumPy's order is divide, over, under, invalid; a `Raise` stops there (earlier conditions
//! have already warned). The default is NumPy's: warn, except underflow (ignore).
//!
//! The setting is read only when a condition occurred, so operations that raise none pay
//! nothing. A raise is recorded where the condition is found (deep in a kernel) and the
//! public operation returns it as its error: the kernels keep returning plain values.
//!
//! ```
//! use numrs::errstate::{with_errstate, ErrState, FpMode};
//! let x = numrs::array(&[1.0, 0.0], None)?;
//! let zero = numrs::array(&[0.0, 0.0], None)?;
//! let err = with_errstate(ErrState::all(FpMode::Raise), || numrs::divide(&x, &zero));
//! assert_eq!(err.unwrap_err().to_string(), "divide by zero encountered in divide");
//! let quiet = with_errstate(ErrState::all(FpMode::Ignore), || numrs::divide(&x, &zero))?;
//! assert!(quiet.to_vec::<f64>()?[1].is_nan());
//! # Ok::<(), numrs::Error>(())
//! ```

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{Error, Result};

/// What happens when a floating-point condition occurs (NumPy's error modes).
///
/// ```
/// use numrs::errstate::{ErrState, FpMode};
/// assert_eq!(ErrState::DEFAULT.under, FpMode::Ignore);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FpMode {
    /// Nothing.
    Ignore,
    /// A `RuntimeWarning` (see [`crate::warnings`]).
    Warn,
    /// The operation fails with [`Error::FloatingPoint`].
    Raise,
    /// The errcall hook is called ([`seterrcall`]).
    Call,
    /// "Warning: ... encountered in ..." is written to stderr.
    Print,
    /// The errcall hook is called to log the message ([`seterrcall`]).
    Log,
}

impl FpMode {
    /// NumPy's name of the mode (`'ignore'`, `'warn'`, ...).
    ///
    /// ```
    /// assert_eq!(numrs::errstate::FpMode::Raise.name(), "raise");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            FpMode::Ignore => "ignore",
            FpMode::Warn => "warn",
            FpMode::Raise => "raise",
            FpMode::Call => "call",
            FpMode::Print => "print",
            FpMode::Log => "log",
        }
    }

    /// The mode NumPy names `name`, or `None`.
    ///
    /// ```
    /// use numrs::errstate::FpMode;
    /// assert_eq!(FpMode::from_name("log"), Some(FpMode::Log));
    /// assert_eq!(FpMode::from_name("bogus"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<FpMode> {
        [
            FpMode::Ignore,
            FpMode::Warn,
            FpMode::Raise,
            FpMode::Call,
            FpMode::Print,
            FpMode::Log,
        ]
        .into_iter()
        .find(|m| m.name() == name)
    }
}

/// One of NumPy's four floating-point conditions, in NumPy's order.
///
/// ```
/// use numrs::errstate::FpCondition;
/// assert_eq!(FpCondition::ALL[0].what(), "divide by zero");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FpCondition {
    /// Division by zero (also integer division and `0 ** -1` for integers).
    Divide,
    /// A result too large for its type.
    Over,
    /// A result too small to be represented normally.
    Under,
    /// An invalid operation (NaN produced, NaN or inf cast to an integer).
    Invalid,
}

impl FpCondition {
    /// The four conditions in the order NumPy handles them.
    pub const ALL: [FpCondition; 4] = [
        FpCondition::Divide,
        FpCondition::Over,
        FpCondition::Under,
        FpCondition::Invalid,
    ];

    /// The start of NumPy's message ("divide by zero" encountered in ...).
    ///
    /// ```
    /// assert_eq!(numrs::errstate::FpCondition::Invalid.what(), "invalid value");
    /// ```
    pub fn what(self) -> &'static str {
        match self {
            FpCondition::Divide => "divide by zero",
            FpCondition::Over => "overflow",
            FpCondition::Under => "underflow",
            FpCondition::Invalid => "invalid value",
        }
    }

    /// NumPy's status bit of the condition (`NPY_FPE_DIVIDEBYZERO` = 1, overflow 2,
    /// underflow 4, invalid 8), as passed to an errcall.
    ///
    /// ```
    /// assert_eq!(numrs::errstate::FpCondition::Invalid.status_bit(), 8);
    /// ```
    pub fn status_bit(self) -> u8 {
        1 << (self as u8)
    }

    /// The condition a NumPy message names ("overflow encountered in cast" -> `Over`), with
    /// the context after "encountered in ".
    pub(crate) fn parse(message: &str) -> Option<(FpCondition, &str)> {
        let (what, context) = message.split_once(" encountered in ")?;
        let cond = FpCondition::ALL.into_iter().find(|c| c.what() == what)?;
        Some((cond, context))
    }
}

/// The mode of each condition (NumPy's `np.geterr()` dict).
///
/// ```
/// use numrs::errstate::{ErrState, FpMode};
/// let d = ErrState::default();
/// assert_eq!((d.divide, d.over, d.under, d.invalid),
///            (FpMode::Warn, FpMode::Warn, FpMode::Ignore, FpMode::Warn));
/// assert_eq!(ErrState::all(FpMode::Raise).under, FpMode::Raise);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ErrState {
    /// Division by zero.
    pub divide: FpMode,
    /// Overflow.
    pub over: FpMode,
    /// Underflow.
    pub under: FpMode,
    /// Invalid value.
    pub invalid: FpMode,
}

impl Default for ErrState {
    fn default() -> ErrState {
        ErrState::DEFAULT
    }
}

impl ErrState {
    /// NumPy's default: warn, except ignore underflow.
    pub const DEFAULT: ErrState = ErrState {
        divide: FpMode::Warn,
        over: FpMode::Warn,
        under: FpMode::Ignore,
        invalid: FpMode::Warn,
    };

    /// Every condition in `mode` (`np.errstate(all=...)`).
    ///
    /// ```
    /// let s = numrs::errstate::ErrState::all(numrs::errstate::FpMode::Ignore);
    /// assert_eq!(s.divide, numrs::errstate::FpMode::Ignore);
    /// ```
    pub fn all(mode: FpMode) -> ErrState {
        ErrState {
            divide: mode,
            over: mode,
            under: mode,
            invalid: mode,
        }
    }

    /// The mode of `cond`.
    ///
    /// ```
    /// use numrs::errstate::{ErrState, FpCondition, FpMode};
    /// assert_eq!(ErrState::DEFAULT.mode(FpCondition::Under), FpMode::Ignore);
    /// ```
    pub fn mode(&self, cond: FpCondition) -> FpMode {
        match cond {
            FpCondition::Divide => self.divide,
            FpCondition::Over => self.over,
            FpCondition::Under => self.under,
            FpCondition::Invalid => self.invalid,
        }
    }

    /// This state with `cond` in `mode`.
    ///
    /// ```
    /// use numrs::errstate::{ErrState, FpCondition, FpMode};
    /// let s = ErrState::DEFAULT.with(FpCondition::Divide, FpMode::Raise);
    /// assert_eq!(s.divide, FpMode::Raise);
    /// ```
    pub fn with(mut self, cond: FpCondition, mode: FpMode) -> ErrState {
        match cond {
            FpCondition::Divide => self.divide = mode,
            FpCondition::Over => self.over = mode,
            FpCondition::Under => self.under = mode,
            FpCondition::Invalid => self.invalid = mode,
        }
        self
    }
}

/// What the errcall hook is called with, for a condition in mode `Call` or `Log`.
///
/// ```
/// use numrs::errstate::{FpCondition, FpEvent, FpMode};
/// let e = FpEvent { mode: FpMode::Call, condition: FpCondition::Over,
///                   context: "multiply".into(), status: 2 };
/// assert_eq!(e.message(), "overflow encountered in multiply");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FpEvent {
    /// `Call` or `Log`.
    pub mode: FpMode,
    /// The condition.
    pub condition: FpCondition,
    /// Where it occurred: the ufunc's name, "cast", "reduce", "scalar add", ...
    pub context: String,
    /// Every condition raised by the operation, as NumPy's status bits
    /// ([`FpCondition::status_bit`]).
    pub status: u8,
}

impl FpEvent {
    /// NumPy's message for the event: "divide by zero encountered in divide".
    pub fn message(&self) -> String {
        format!("{} encountered in {}", self.condition.what(), self.context)
    }
}

/// The errcall hook: called for conditions in mode `Call` or `Log`; an error it returns
/// becomes the operation's error (see [`seterrcall`] for an example).
pub type ErrCall = Rc<dyn Fn(&FpEvent) -> Result<()>>;

thread_local! {
    static STATE: Cell<ErrState> = const { Cell::new(ErrState::DEFAULT) };
    static ERRCALL: RefCell<Option<ErrCall>> = const { RefCell::new(None) };
    /// The error of a condition in mode `Raise` (or of the errcall), until the public
    /// operation that raised it returns it.
    static PENDING: RefCell<Option<Error>> = const { RefCell::new(None) };
    /// Whether `PENDING` holds an error: a plain cell, cheap to test on every call.
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// How many threads have a setting the fast paths cannot serve: a condition in mode
/// 'raise', 'call' or 'log' (an error to return with the result), or underflow watched (short
/// loops skip the status register when their results are finite, which an underflow's are).
/// While it is 0 (NumPy's default everywhere), ufuncs take their fast paths unchanged.
static SPECIAL: AtomicUsize = AtomicUsize::new(0);

/// Whether `s` needs the general paths (see [`SPECIAL`]).
fn special(s: ErrState) -> bool {
    s.under != FpMode::Ignore
        || FpCondition::ALL
            .into_iter()
            .any(|c| matches!(s.mode(c), FpMode::Raise | FpMode::Call | FpMode::Log))
}

/// Whether the ufuncs' fast paths may run: no thread has a setting they cannot serve.
#[inline(always)]
pub(crate) fn fast_paths() -> bool {
    SPECIAL.load(Ordering::Relaxed) == 0
}

/// This thread's setting (`np.geterr()`).
///
/// ```
/// assert_eq!(numrs::errstate::geterr(), numrs::errstate::ErrState::DEFAULT);
/// ```
pub fn geterr() -> ErrState {
    STATE.get()
}

/// Sets this thread's setting and returns the previous one (`np.seterr`).
///
/// ```
/// use numrs::errstate::{seterr, ErrState, FpMode};
/// let old = seterr(ErrState::all(FpMode::Ignore));
/// assert_eq!(numrs::errstate::geterr().over, FpMode::Ignore);
/// seterr(old);
/// ```
pub fn seterr(state: ErrState) -> ErrState {
    let old = STATE.replace(state);
    match (special(old), special(state)) {
        (false, true) => {
            SPECIAL.fetch_add(1, Ordering::Relaxed);
        }
        (true, false) => {
            SPECIAL.fetch_sub(1, Ordering::Relaxed);
        }
        _ => {}
    }
    old
}

/// Runs `f` with this thread's setting `state`, then restores the previous one (also when
/// `f` panics): `with np.errstate(...)`.
///
/// ```
/// use numrs::errstate::{with_errstate, ErrState, FpMode};
/// let big = numrs::array(&[1e300], None)?;
/// let r = with_errstate(ErrState::DEFAULT.with(numrs::errstate::FpCondition::Over, FpMode::Raise),
///     || numrs::multiply(&big, &big));
/// assert_eq!(r.unwrap_err().to_string(), "overflow encountered in multiply");
/// assert_eq!(numrs::errstate::geterr(), ErrState::DEFAULT);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn with_errstate<R>(state: ErrState, f: impl FnOnce() -> R) -> R {
    struct Restore(ErrState);
    impl Drop for Restore {
        fn drop(&mut self) {
            seterr(self.0);
        }
    }
    let _restore = Restore(seterr(state));
    f()
}

/// Sets this thread's errcall hook and returns the previous one (`np.seterrcall`).
///
/// ```
/// use numrs::errstate::{seterrcall, with_errstate, ErrState, FpMode};
/// use std::{cell::RefCell, rc::Rc};
/// let seen = Rc::new(RefCell::new(Vec::new()));
/// let log = seen.clone();
/// let old = seterrcall(Some(Rc::new(move |e: &numrs::errstate::FpEvent| {
///     log.borrow_mut().push((e.message(), e.status));
///     Ok(())
/// })));
/// let x = numrs::array(&[1.0, 0.0], None)?;
/// with_errstate(ErrState::all(FpMode::Call), || numrs::divide(&x, &numrs::array(&[0.0, 0.0], None)?))?;
/// seterrcall(old);
/// assert_eq!(seen.borrow().len(), 2);
/// assert_eq!(seen.borrow()[0], ("divide by zero encountered in divide".to_string(), 9));
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn seterrcall(hook: Option<ErrCall>) -> Option<ErrCall> {
    ERRCALL.with(|c| c.replace(hook))
}

/// This thread's errcall hook (`np.geterrcall`).
///
/// ```
/// assert!(numrs::errstate::geterrcall().is_none());
/// ```
pub fn geterrcall() -> Option<ErrCall> {
    ERRCALL.with(|c| c.borrow().clone())
}

/// The error a condition in mode `Raise` left for the current operation, removed. The public
/// operations return it themselves; bindings that run many operations per call (or want a
/// safety net) call this after each.
///
/// ```
/// assert!(numrs::errstate::take_pending().is_none());
/// ```
pub fn take_pending() -> Option<Error> {
    if !HAS_PENDING.get() {
        return None;
    }
    take_pending_slow()
}

#[cold]
#[inline(never)]
fn take_pending_slow() -> Option<Error> {
    HAS_PENDING.set(false);
    PENDING.with(|p| p.borrow_mut().take())
}

/// Whether a condition in mode `Raise` left an error for the current operation.
#[inline(always)]
pub(crate) fn raise_pending() -> bool {
    HAS_PENDING.get()
}

/// `Err` with the pending raise, if any: a public operation's last step.
#[inline(always)]
pub(crate) fn check() -> Result<()> {
    match take_pending() {
        None => Ok(()),
        Some(e) => Err(e),
    }
}

/// `r`, or the pending raise (which came first) if any.
#[inline(always)]
pub(crate) fn checked<T>(r: Result<T>) -> Result<T> {
    if HAS_PENDING.get() {
        if let Some(e) = take_pending_slow() {
            return Err(e);
        }
    }
    r
}

fn set_pending(e: Error) {
    PENDING.with(|p| *p.borrow_mut() = Some(e));
    HAS_PENDING.set(true);
}

/// Handles the conditions `conds` (in NumPy's order) found in `context`, every one raised
/// being `status` ([`FpCondition::status_bit`]s): warns, records a raise, prints or calls the
/// hook as this thread's setting says. Nothing after a raise: NumPy stops there, and an
/// operation that already raised reports nothing more.
#[cold]
#[inline(never)]
pub(crate) fn report(conds: &[FpCondition], context: &str, status: u8) {
    use crate::warnings::{collecting_raw, emit, Category, Warning};
    if collecting_raw() {
        for &cond in conds {
            let message = format!("{} encountered in {context}", cond.what());
            emit(Warning::new(Category::RuntimeWarning, message));
        }
        return;
    }
    if HAS_PENDING.get() {
        return;
    }
    let state = STATE.get();
    // NumPy 1.x prints only the first condition of a call.
    let mut printed = false;
    let legacy = crate::promote::current_mode() == crate::PromotionMode::Legacy;
    for &cond in conds {
        let message = || format!("{} encountered in {context}", cond.what());
        match state.mode(cond) {
            FpMode::Ignore => {}
            FpMode::Warn => emit(Warning::new(Category::RuntimeWarning, message())),
            FpMode::Raise => {
                set_pending(Error::FloatingPoint(message()));
                return;
            }
            FpMode::Print if legacy && printed => {}
            FpMode::Print => {
                printed = true;
                eprintln!("Warning: {}", message());
            }
            mode @ (FpMode::Call | FpMode::Log) => {
                let event = FpEvent {
                    mode,
                    condition: cond,
                    context: context.to_string(),
                    status,
                };
                if let Err(e) = call_hook(&event) {
                    set_pending(e);
                    return;
                }
            }
        }
    }
}

/// The hook for `event`, or NumPy's error when there is none.
fn call_hook(event: &FpEvent) -> Result<()> {
    match geterrcall() {
        Some(hook) => hook(event),
        None if event.mode == FpMode::Call => Err(Error::ErrCall(format!(
            "python callback specified for {} (in  {}) but no function found.",
            event.condition.what(),
            event.context
        ))),
        None => Err(Error::ErrCall(format!(
            "log specified for {} (in {}) but no object with write method found.",
            event.condition.what(),
            event.context
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raise_stops_later_conditions_and_earlier_ones_warn() {
        let state = ErrState::DEFAULT.with(FpCondition::Over, FpMode::Raise);
        let ((), w) = crate::warnings::catch(|| {
            with_errstate(state, || {
                report(&FpCondition::ALL, "multiply", 15);
                report(&[FpCondition::Divide], "add", 1);
            })
        });
        let msgs: Vec<String> = w.iter().map(|w| w.message.to_string()).collect();
        assert_eq!(msgs, ["divide by zero encountered in multiply"]);
        let e = take_pending().unwrap();
        assert_eq!(e.to_string(), "overflow encountered in multiply");
        assert_eq!(e.python_type(), "FloatingPointError");
        assert!(take_pending().is_none());
    }

    #[test]
    fn special_settings_turn_the_fast_paths_off() {
        assert!(!special(ErrState::DEFAULT));
        let print = ErrState::all(FpMode::Print).with(FpCondition::Under, FpMode::Ignore);
        assert!(!special(print));
        assert!(special(
            ErrState::DEFAULT.with(FpCondition::Under, FpMode::Warn)
        ));
        assert!(special(
            ErrState::DEFAULT.with(FpCondition::Divide, FpMode::Log)
        ));
        with_errstate(ErrState::all(FpMode::Warn), || {
            assert!(!fast_paths());
            with_errstate(ErrState::all(FpMode::Raise), || assert!(!fast_paths()));
        });
        assert_eq!(geterr(), ErrState::DEFAULT);
    }
}
