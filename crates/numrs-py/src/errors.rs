//! numrs errors become the Python exceptions NumPy raises, with numrs's (NumPy's) messages.

use pyo3::exceptions::{
    PyBufferError, PyFileNotFoundError, PyFloatingPointError, PyIndexError, PyKeyError,
    PyMemoryError, PyNameError, PyNotImplementedError, PyOSError, PyOverflowError,
    PyRuntimeWarning, PySyntaxError, PyTypeError, PyValueError,
};
use pyo3::prelude::*;

/// The Python exception for a numrs error (`Error::python_type` names it).
pub fn to_py(e: numrs::Error) -> PyErr {
    let msg = e.to_string();
    match e.python_type() {
        "IndexError" => PyIndexError::new_err(msg),
        "AxisError" => numrs_exception("AxisError", msg),
        // NumPy's KeyError carries the key itself: str(e) shows it quoted once.
        "KeyError" => match msg.strip_prefix('\'').and_then(|m| m.strip_suffix('\'')) {
            Some(key) => PyKeyError::new_err(key.to_string()),
            None => PyKeyError::new_err(msg),
        },
        // numrs reports ufunc type failures as TypeErrors; NumPy's class for them is
        // UFuncTypeError (a TypeError subclass).
        "TypeError"
            if msg.starts_with("Cannot cast ufunc '") || msg.contains("did not contain a loop") =>
        {
            numrs_exception("UFuncTypeError", msg)
        }
        "TypeError" => PyTypeError::new_err(msg),
        "OverflowError" => PyOverflowError::new_err(msg),
        "BufferError" => PyBufferError::new_err(msg),
        "MemoryError" => PyMemoryError::new_err(msg),
        "OSError" => PyOSError::new_err(msg),
        "FileNotFoundError" => PyFileNotFoundError::new_err(msg),
        "SyntaxError" => PySyntaxError::new_err(msg),
        "NotImplementedError" => PyNotImplementedError::new_err(msg),
        "FloatingPointError" => PyFloatingPointError::new_err(msg),
        "NameError" => PyNameError::new_err(msg),
        "UnicodeEncodeError" => unicode_encode_error(msg),
        _ => PyValueError::new_err(msg),
    }
}

/// An exception class of `numrs.exceptions` (NumPy's `AxisError`, `UFuncTypeError`).
fn numrs_exception(name: &str, msg: String) -> PyErr {
    Python::attach(|py| {
        let cls = py.import("numrs.exceptions").and_then(|m| m.getattr(name));
        match cls {
            Ok(cls) => match cls.call1((msg.clone(),)) {
                Ok(inst) => PyErr::from_value(inst),
                Err(e) => e,
            },
            // Only without the Python part of the package (Rust tests): the base class.
            Err(_) if name == "UFuncTypeError" => PyTypeError::new_err(msg),
            Err(_) => PyValueError::new_err(msg),
        }
    })
}

/// Python's `UnicodeEncodeError` rebuilt from numrs's message (`'ascii' codec can't encode
/// character '\xe9' in position 0: ordinal not in range(128)`), whose `str()` is that message.
fn unicode_encode_error(msg: String) -> PyErr {
    let parsed = (|| {
        let enc = msg.strip_prefix('\'')?.split('\'').next()?.to_string();
        let ch = msg
            .split("character ")
            .nth(1)?
            .split(" in position")
            .next()?
            .to_string();
        let rest = msg.split("in position ").nth(1)?;
        let (pos, reason) = rest.split_once(": ")?;
        Some((enc, ch, pos.parse::<usize>().ok()?, reason.to_string()))
    })();
    Python::attach(|py| {
        let Some((enc, ch, pos, reason)) = parsed else {
            return PyValueError::new_err(msg.clone());
        };
        let made = (|| -> PyResult<PyErr> {
            let ch: String = py
                .import("ast")?
                .getattr("literal_eval")?
                .call1((ch,))?
                .extract()?;
            let text = format!("{}{ch}", " ".repeat(pos));
            let cls = py.get_type::<pyo3::exceptions::PyUnicodeEncodeError>();
            Ok(PyErr::from_value(cls.call1((
                enc,
                text,
                pos,
                pos + 1,
                reason,
            ))?))
        })();
        made.unwrap_or_else(|_| PyValueError::new_err(msg.clone()))
    })
}

/// `NotImplementedError` naming what numrs does not support.
pub fn unsupported(what: impl Into<String>) -> PyErr {
    PyNotImplementedError::new_err(format!("{} is not supported by numrs", what.into()))
}

/// Runs a numrs call under the emulated NumPy version's promotion rules, maps its error, and
/// raises the warnings it reported as Python warnings before its result is returned (so the
/// "error" filter turns them into the exception, as in NumPy).
///
/// On an error the warnings are dropped: NumPy checks the floating-point status only after a
/// loop succeeded, and the error is what the caller needs to see. A floating-point error
/// (`np.errstate(...='raise')`, or the errcall's exception) comes after the warnings of the
/// conditions NumPy handled before it, as in NumPy.
pub fn run<R>(f: impl FnOnce() -> numrs::Result<R>) -> PyResult<R> {
    let (r, warnings) = run_caught(f);
    finish(r, &warnings)
}

/// `r` with `warnings` raised first, or its error (see [`run`]).
fn finish<R>(r: numrs::Result<R>, warnings: &[numrs::warnings::Warning]) -> PyResult<R> {
    match r {
        Ok(r) => {
            warn_all(warnings)?;
            Ok(r)
        }
        Err(e @ (numrs::Error::FloatingPoint(_) | numrs::Error::ErrCall(_))) => {
            warn_all(warnings)?;
            Err(crate::errstate::take_call_error().unwrap_or_else(|| to_py(e)))
        }
        Err(e) => Err(to_py(e)),
    }
}

/// `f` under the emulated version's promotion rules, with the warnings it reported. Costs
/// two thread-local accesses and no allocation when nothing warned. A floating-point error
/// that `f`'s operations left pending (several numrs calls in one) is `f`'s error.
fn run_caught<R>(
    f: impl FnOnce() -> numrs::Result<R>,
) -> (numrs::Result<R>, Vec<numrs::warnings::Warning>) {
    let (r, warnings) =
        numrs::warnings::catch(|| numrs::promote::with_mode(crate::mode::promotion(), f));
    match numrs::errstate::take_pending() {
        Some(e) => (Err(e), warnings),
        None => (r, warnings),
    }
}

/// NumPy's order of floating-point warnings from one loop (`_check_ufunc_fperr`).
const FPE_ORDER: [&str; 4] = ["divide by zero", "overflow", "underflow", "invalid value"];

/// [`run`] for a NumPy ufunc (`name`) that numrs computes as several ufunc calls (`parts`):
/// their floating-point warnings are raised as the one loop's, each kind once, in NumPy's
/// order (`divide by zero encountered in divmod`); other warnings keep their order, first.
pub fn run_as_ufunc<R>(
    name: &str,
    parts: &[&str],
    f: impl FnOnce() -> numrs::Result<R>,
) -> PyResult<R> {
    use numrs::warnings::{Category, Warning};
    // Raw: the parts' conditions are handled (errstate) once reworded as the one ufunc's.
    let (r, warnings) =
        numrs::warnings::catch_raw(|| numrs::promote::with_mode(crate::mode::promotion(), f));
    let r = r.map_err(to_py)?;
    if warnings.is_empty() {
        return Ok(r);
    }
    let mut kinds = [false; FPE_ORDER.len()];
    let mut merged: Vec<Warning> = Vec::new();
    for w in warnings {
        let fpe = w
            .message
            .split_once(" encountered in ")
            .and_then(|(kind, ufunc)| {
                let i = FPE_ORDER.iter().position(|k| *k == kind)?;
                parts.contains(&ufunc).then_some(i)
            });
        match fpe {
            Some(i) => kinds[i] = true,
            None if !merged.contains(&w) => merged.push(w),
            None => {}
        }
    }
    for (kind, _) in FPE_ORDER.iter().zip(kinds).filter(|(_, seen)| *seen) {
        let message = format!("{kind} encountered in {name}");
        merged.push(Warning::new(Category::RuntimeWarning, message));
    }
    // The reworded conditions as numrs handles them (warned, ignored, raised, ...).
    let (r, handled) = run_caught(|| {
        merged.into_iter().for_each(numrs::warnings::warn);
        Ok(r)
    });
    finish(r, &handled)
}

/// `warnings.warn(message, category)` for each warning, in order; the first one the filters
/// turn into an exception is returned (the rest are not raised, as after NumPy's first).
pub fn warn_all(warnings: &[numrs::warnings::Warning]) -> PyResult<()> {
    if warnings.is_empty() {
        return Ok(());
    }
    Python::attach(|py| {
        for w in warnings {
            let category = match w.category {
                numrs::warnings::Category::RuntimeWarning => {
                    py.get_type::<PyRuntimeWarning>().into_any()
                }
                numrs::warnings::Category::ComplexWarning => {
                    match py
                        .import("numrs.exceptions")
                        .and_then(|m| m.getattr("ComplexWarning"))
                    {
                        Ok(cls) => cls,
                        // Only without the Python part of the package (Rust tests).
                        Err(_) => py.get_type::<PyRuntimeWarning>().into_any(),
                    }
                }
            };
            // A numrs message never holds a NUL; if one did, the warning would still be raised.
            let message = std::ffi::CString::new(w.message.replace('\0', "")).unwrap_or_default();
            // Stack level 1 is the Python frame that called into numrs, where NumPy's C code
            // attributes its warnings (PyErr_WarnEx(category, message, 1)).
            PyErr::warn(py, &category, &message, 1)?;
        }
        Ok(())
    })
}
