//! The `numrs` Python package: NumPy's Python API over the numrs crate.
//!
//! A skin: each function converts its arguments, calls numrs, and converts the result or the
//! error. Behaviour lives in the Rust crate. `numrs.install_as_numpy()` (in the Python part,
//! `python/numrs/__init__.py`) lets NumPy scripts run unchanged.

mod arith;
pub mod convert;
pub mod dtype;
pub mod errors;
mod errstate;
mod functions;
mod indexing;
mod interop;
mod methods;
pub mod mode;
pub mod ndarray;
mod ops;
pub mod scalars;
mod ufunc;

use pyo3::prelude::*;

/// The extension module `numrs._numrs`.
#[pymodule]
fn _numrs(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<ndarray::PyNdArray>()?;
    m.add_class::<ndarray::PyFlags>()?;
    m.add_class::<ndarray::PyFlatIter>()?;
    m.add_class::<ndarray::PyDummyArray>()?;
    dtype::register(m)?;
    scalars::register(m)?;
    ufunc::register(m)?;
    errstate::register(m)?;
    m.add_function(wrap_pyfunction!(mode::_set_numpy_version, m)?)?;
    m.add_function(wrap_pyfunction!(mode::_numpy_version, m)?)?;
    m.add_function(wrap_pyfunction!(functions::array, m)?)?;
    m.add_function(wrap_pyfunction!(functions::asarray, m)?)?;
    m.add_function(wrap_pyfunction!(functions::zeros, m)?)?;
    m.add_function(wrap_pyfunction!(functions::ones, m)?)?;
    m.add_function(wrap_pyfunction!(functions::empty, m)?)?;
    m.add_function(wrap_pyfunction!(functions::full, m)?)?;
    m.add_function(wrap_pyfunction!(functions::arange, m)?)?;
    m.add_function(wrap_pyfunction!(functions::frombuffer, m)?)?;
    m.add_function(wrap_pyfunction!(functions::fromfile, m)?)?;
    m.add_function(wrap_pyfunction!(functions::diag, m)?)?;
    m.add_function(wrap_pyfunction!(functions::broadcast_to, m)?)?;
    m.add_function(wrap_pyfunction!(functions::broadcast_arrays, m)?)?;
    m.add_function(wrap_pyfunction!(functions::broadcast_shapes, m)?)?;
    m.add_function(wrap_pyfunction!(functions::shares_memory, m)?)?;
    m.add_function(wrap_pyfunction!(functions::may_share_memory, m)?)?;
    m.add_function(wrap_pyfunction!(functions::result_type, m)?)?;
    m.add_function(wrap_pyfunction!(functions::promote_types, m)?)?;
    m.add_function(wrap_pyfunction!(functions::can_cast, m)?)?;
    m.add_function(wrap_pyfunction!(functions::min_scalar_type, m)?)?;
    m.add_function(wrap_pyfunction!(functions::_as_strided, m)?)?;
    m.add_function(wrap_pyfunction!(functions::sliding_window_view, m)?)?;
    m.add_function(wrap_pyfunction!(functions::ascontiguousarray, m)?)?;
    m.add_function(wrap_pyfunction!(functions::asfortranarray, m)?)?;
    Ok(())
}
