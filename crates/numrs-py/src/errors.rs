//! numrs errors become the Python exceptions NumPy raises, with numrs's (NumPy's) messages.

use pyo3::exceptions::{
    PyBufferError, PyFileNotFoundError, PyIndexError, PyKeyError, PyMemoryError,
    PyNotImplementedError, PyOSError, PyOverflowError, PySyntaxError, PyTypeError, PyValueError,
};
use pyo3::prelude::*;

/// The Python exception for a numrs error (`Error::python_type` names it).
pub fn to_py(e: numrs::Error) -> PyErr {
    let msg = e.to_string();
    match e.python_type() {
        "IndexError" => PyIndexError::new_err(msg),
        "AxisError" => axis_error(msg),
        "KeyError" => PyKeyError::new_err(msg),
        "TypeError" => PyTypeError::new_err(msg),
        "OverflowError" => PyOverflowError::new_err(msg),
        "BufferError" => PyBufferError::new_err(msg),
        "MemoryError" => PyMemoryError::new_err(msg),
        "OSError" => PyOSError::new_err(msg),
        "FileNotFoundError" => PyFileNotFoundError::new_err(msg),
        "SyntaxError" => PySyntaxError::new_err(msg),
        "NotImplementedError" => PyNotImplementedError::new_err(msg),
        // UnicodeEncodeError needs the offending text and span, which numrs does not report.
        _ => PyValueError::new_err(msg),
    }
}

/// NumPy's `AxisError` (a `ValueError` and an `IndexError`), defined in `numrs.exceptions`.
fn axis_error(msg: String) -> PyErr {
    Python::attach(|py| {
        let cls = py
            .import("numrs.exceptions")
            .and_then(|m| m.getattr("AxisError"));
        match cls {
            Ok(cls) => match cls.call1((msg.clone(),)) {
                Ok(inst) => PyErr::from_value(inst),
                Err(e) => e,
            },
            Err(_) => PyValueError::new_err(msg),
        }
    })
}

/// `NotImplementedError` naming what numrs does not support.
pub fn unsupported(what: impl Into<String>) -> PyErr {
    PyNotImplementedError::new_err(format!("{} is not supported by numrs", what.into()))
}

/// Runs a numrs call under the emulated NumPy version's promotion rules and maps its error.
pub fn run<R>(f: impl FnOnce() -> numrs::Result<R>) -> PyResult<R> {
    numrs::promote::with_mode(crate::mode::promotion(), f).map_err(to_py)
}
