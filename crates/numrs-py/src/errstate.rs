//! `np.seterr`, `np.geterr`, `np.seterrcall`, `np.geterrcall` over [`numrs::errstate`] (the
//! setting and its rules live there); `np.errstate` is Python (`numrs/_errstate.py`) over
//! these. The Python errcall is kept here and reached through numrs's errcall hook.

use std::cell::RefCell;
use std::rc::Rc;

use numrs::errstate::{ErrState, FpCondition, FpEvent, FpMode};
use pyo3::exceptions::{PyKeyError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

thread_local! {
    /// The Python errcall of this thread (`np.seterrcall`).
    static ERRCALL: RefCell<Option<Py<PyAny>>> = const { RefCell::new(None) };
    /// The exception the errcall raised during the current numrs call, re-raised by
    /// [`crate::errors::run`] in place of numrs's error.
    static CALL_ERROR: RefCell<Option<PyErr>> = const { RefCell::new(None) };
}

/// The exception an errcall raised during the last call, removed.
pub fn take_call_error() -> Option<PyErr> {
    CALL_ERROR.with(|c| c.borrow_mut().take())
}

const NAMES: [&str; 4] = ["divide", "over", "under", "invalid"];

/// The mode NumPy's `seterr` accepts for `value`: NumPy 2 raises `ValueError: invalid error
/// mode 'x'`, NumPy 1.x a `KeyError` of the value.
fn parse_mode(value: &Bound<'_, PyAny>) -> PyResult<FpMode> {
    let mode = value
        .extract::<String>()
        .ok()
        .and_then(|s| FpMode::from_name(&s));
    match mode {
        Some(m) => Ok(m),
        None if crate::mode::legacy() => Err(PyKeyError::new_err(value.clone().unbind())),
        None => Err(PyValueError::new_err(format!(
            "invalid error mode {}",
            value.repr()?
        ))),
    }
}

fn state_dict<'py>(py: Python<'py>, s: ErrState) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (name, cond) in NAMES.iter().zip(FpCondition::ALL) {
        d.set_item(*name, s.mode(cond).name())?;
    }
    Ok(d)
}

/// `np.seterr(all=None, divide=None, over=None, under=None, invalid=None)`: sets this
/// thread's handling and returns the previous one as a dict.
#[pyfunction]
#[pyo3(signature = (all=None, divide=None, over=None, under=None, invalid=None))]
pub fn seterr<'py>(
    py: Python<'py>,
    all: Option<Bound<'py, PyAny>>,
    divide: Option<Bound<'py, PyAny>>,
    over: Option<Bound<'py, PyAny>>,
    under: Option<Bound<'py, PyAny>>,
    invalid: Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let old = numrs::errstate::geterr();
    let mut new = match all.filter(|a| !a.is_none()) {
        Some(a) => ErrState::all(parse_mode(&a)?),
        None => old,
    };
    for (value, cond) in [divide, over, under, invalid]
        .into_iter()
        .zip(FpCondition::ALL)
    {
        if let Some(v) = value.filter(|v| !v.is_none()) {
            new = new.with(cond, parse_mode(&v)?);
        }
    }
    numrs::errstate::seterr(new);
    state_dict(py, old)
}

/// `np.geterr()`: this thread's handling as a dict.
#[pyfunction]
pub fn geterr(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    state_dict(py, numrs::errstate::geterr())
}

/// `np.seterrcall(func)`: sets this thread's errcall (a callable, or an object with a
/// callable `write` for mode 'log') and returns the previous one.
#[pyfunction]
pub fn seterrcall(py: Python<'_>, func: Option<Py<PyAny>>) -> PyResult<Option<Py<PyAny>>> {
    if let Some(f) = &func {
        let f = f.bind(py);
        let writes = f.getattr("write").map(|w| w.is_callable()).unwrap_or(false);
        if !f.is_callable() && !writes {
            return Err(if crate::mode::legacy() {
                PyValueError::new_err("Only callable can be used as callback")
            } else {
                PyTypeError::new_err(
                    "python object must be callable or have a callable write method",
                )
            });
        }
    }
    let hook: Option<numrs::errstate::ErrCall> = func
        .as_ref()
        .map(|_| Rc::new(|event: &FpEvent| call_python(event)) as numrs::errstate::ErrCall);
    numrs::errstate::seterrcall(hook);
    Ok(ERRCALL.with(|c| c.replace(func)))
}

/// `np.geterrcall()`.
#[pyfunction]
pub fn geterrcall(py: Python<'_>) -> Option<Py<PyAny>> {
    ERRCALL.with(|c| c.borrow().as_ref().map(|f| f.clone_ref(py)))
}

/// The Python errcall for `event`: `func(what, status)` in mode 'call',
/// `func.write("Warning: ... encountered in ...\n")` in mode 'log'. Its exception is kept for
/// [`crate::errors::run`] and stops the operation as NumPy's does.
fn call_python(event: &FpEvent) -> numrs::Result<()> {
    Python::attach(|py| {
        let func = ERRCALL.with(|c| c.borrow().as_ref().map(|f| f.clone_ref(py)));
        let Some(func) = func else {
            return Ok(());
        };
        let func = func.bind(py);
        let called = if event.mode == FpMode::Log {
            func.getattr("write").and_then(|w| {
                w.call1((format!("Warning: {}\n", event.message()),))
                    .map(drop)
            })
        } else {
            func.call1((event.condition.what(), event.status)).map(drop)
        };
        called.map_err(|e| {
            CALL_ERROR.with(|c| *c.borrow_mut() = Some(e));
            numrs::Error::ErrCall("the errcall raised".into())
        })
    })
}

/// Registers the functions in `numrs._numrs`.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(seterr, m)?)?;
    m.add_function(wrap_pyfunction!(geterr, m)?)?;
    m.add_function(wrap_pyfunction!(seterrcall, m)?)?;
    m.add_function(wrap_pyfunction!(geterrcall, m)?)?;
    Ok(())
}
