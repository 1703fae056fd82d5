//! Operators: Python operands to ufunc arguments, and ufunc results back (0-d results become
//! scalars, as NumPy's ufuncs return them).

use crate::convert::{array_from_nested, py_scalar};
use crate::errors::{run, run_as_ufunc};
use crate::ndarray::{new_array, PyNdArray};
pub use numrs::scalar_math::Method;
use numrs::ufunc::exec::{binary as ufunc_binary, unary as ufunc_unary, Arg};
use numrs::ufunc::{BinaryUfunc, UfuncOptions, UnaryUfunc};
use numrs::{Array, Scalar};
use pyo3::basic::CompareOp;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};

/// One operand of an operator.
pub enum Operand {
    /// An array (an ndarray, or a list/tuple made into one).
    Array(Array),
    /// A NumPy scalar or a (weak) Python number.
    Scalar(Scalar),
}

impl Operand {
    fn arg(&self) -> Arg<'_> {
        match self {
            Operand::Array(a) => Arg::Array(a),
            Operand::Scalar(s) => Arg::Scalar(s.clone()),
        }
    }
}

/// The operand a Python object is, or `None` when operators should return NotImplemented.
pub fn operand(obj: &Bound<'_, PyAny>) -> PyResult<Option<Operand>> {
    if let Ok(a) = obj.cast::<PyNdArray>() {
        return Ok(Some(Operand::Array(a.borrow().arr.clone())));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        return Ok(Some(Operand::Array(array_from_nested(obj, None)?)));
    }
    if let Some(s) = py_scalar(obj)? {
        if s.is_numeric() {
            return Ok(Some(Operand::Scalar(s)));
        }
    }
    if let Some(a) = crate::interop::foreign_array(obj)? {
        return Ok(Some(Operand::Array(a)));
    }
    Ok(None)
}

/// An array result as NumPy returns it: a scalar when it has no dimensions.
pub fn array_or_scalar(py: Python<'_>, a: Array) -> PyResult<Py<PyAny>> {
    if a.ndim() == 0 {
        let v = run(|| a.get(&[]))?;
        crate::scalars::to_py(py, v)
    } else {
        Ok(new_array(py, a)?.into_any())
    }
}

/// `op(a, b)`.
pub fn binary(py: Python<'_>, op: BinaryUfunc, a: &Operand, b: &Operand) -> PyResult<Py<PyAny>> {
    let r = run(|| ufunc_binary(op, a.arg(), b.arg(), &UfuncOptions::default()))?;
    array_or_scalar(py, r)
}

/// `a ** b` for an array `a` (Python's operator): NumPy's fast scalar powers
/// ([`numrs::Array::power_operator`]), else the power ufunc.
pub fn power_operator(py: Python<'_>, a: &numrs::Array, b: &Operand) -> PyResult<Py<PyAny>> {
    let r = run(|| a.power_operator(b.arg()))?;
    array_or_scalar(py, r)
}

/// `a op b` of a NumPy scalar's operator (`method`: whose operator runs): NumPy's scalar math
/// when both operands are scalars (NumPy scalars or Python numbers; its own warnings,
/// "overflow encountered in scalar add"), the ufunc otherwise.
pub fn scalar_binary(
    py: Python<'_>,
    op: BinaryUfunc,
    a: &Operand,
    b: &Operand,
    method: Method,
) -> PyResult<Py<PyAny>> {
    match (a, b) {
        (Operand::Scalar(x), Operand::Scalar(y)) => {
            match not_implemented(py, run(|| numrs::scalar_math::binary(op, x, y, method)))? {
                Some(r) => crate::scalars::to_py(py, r),
                None => Ok(py.NotImplemented()),
            }
        }
        _ => binary(py, op, a, b),
    }
}

/// `None` for scalar math's "unsupported operand type(s)" TypeError: the operator method
/// returns NotImplemented, as NumPy's does, and Python raises that error naming the operands'
/// own types (`'bool'` for a Python bool, `'numpy.bool'` for a NumPy one).
fn not_implemented<R>(py: Python<'_>, r: PyResult<R>) -> PyResult<Option<R>> {
    match r {
        Err(e)
            if e.is_instance_of::<pyo3::exceptions::PyTypeError>(py)
                && e.value(py)
                    .to_string()
                    .starts_with("unsupported operand type(s)") =>
        {
            Ok(None)
        }
        r => r.map(Some),
    }
}

/// `op(a)` of a NumPy scalar's operator (`-x`, `abs(x)`): NumPy's scalar math.
pub fn scalar_unary(py: Python<'_>, op: UnaryUfunc, a: &Operand) -> PyResult<Py<PyAny>> {
    match a {
        Operand::Scalar(x) => {
            let r = run(|| numrs::scalar_math::unary(op, x))?;
            crate::scalars::to_py(py, r)
        }
        _ => unary(py, op, a),
    }
}

/// `divmod(a, b)`: NumPy's divmod ufunc, `(a // b, a % b)`, computed as numrs's floor_divide
/// and remainder, whose warnings are raised as the one divmod loop's; of two scalars,
/// NumPy's scalar math (`method`: whose `__divmod__`/`__rdivmod__` runs).
pub fn divmod(py: Python<'_>, a: &Operand, b: &Operand, method: Method) -> PyResult<Py<PyAny>> {
    if let (Operand::Scalar(x), Operand::Scalar(y)) = (a, b) {
        let Some((q, r)) = not_implemented(py, run(|| numrs::scalar_math::divmod(x, y, method)))?
        else {
            return Ok(py.NotImplemented());
        };
        let pair = (crate::scalars::to_py(py, q)?, crate::scalars::to_py(py, r)?);
        return Ok(pair.into_pyobject(py)?.into_any().unbind());
    }
    let opts = UfuncOptions::default();
    let (q, r) = run_as_ufunc("divmod", &["floor_divide", "remainder"], || {
        let q = ufunc_binary(BinaryUfunc::FloorDivide, a.arg(), b.arg(), &opts)?;
        let r = ufunc_binary(BinaryUfunc::Remainder, a.arg(), b.arg(), &opts)?;
        Ok((q, r))
    })?;
    let pair = (array_or_scalar(py, q)?, array_or_scalar(py, r)?);
    Ok(pair.into_pyobject(py)?.into_any().unbind())
}

/// `op(a)`.
pub fn unary(py: Python<'_>, op: UnaryUfunc, a: &Operand) -> PyResult<Py<PyAny>> {
    let r = run(|| ufunc_unary(op, a.arg(), &UfuncOptions::default()))?;
    array_or_scalar(py, r)
}

/// `a op= b`, written into `a`.
pub fn inplace(a: &Array, op: BinaryUfunc, b: &Operand) -> PyResult<()> {
    run(|| a.apply_inplace(op, b.arg()))
}

/// The ufunc of a rich comparison.
pub fn compare_ufunc(op: CompareOp) -> BinaryUfunc {
    match op {
        CompareOp::Lt => BinaryUfunc::Less,
        CompareOp::Le => BinaryUfunc::LessEqual,
        CompareOp::Eq => BinaryUfunc::Equal,
        CompareOp::Ne => BinaryUfunc::NotEqual,
        CompareOp::Gt => BinaryUfunc::Greater,
        CompareOp::Ge => BinaryUfunc::GreaterEqual,
    }
}

/// `a == b` / `a != b` (`negate`) when a side holds strings, bytes or records, which NumPy
/// compares outside its numeric ufunc loops; `None` when both sides are numbers (the ufunc
/// path). Mismatched kinds do not compare: NumPy 2 gives an all-False (all-True for `!=`)
/// array, NumPy 1.x a Python bool.
pub fn flexible_equality(
    py: Python<'_>,
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    negate: bool,
) -> PyResult<Option<Py<PyAny>>> {
    let (Some(x), Some(y)) = (equality_side(a)?, equality_side(b)?) else {
        return Ok(None);
    };
    let flexible = |d: &numrs::DType| matches!(d.kind(), 'S' | 'U' | 'V');
    if !flexible(x.dtype()) && !flexible(y.dtype()) {
        return Ok(None);
    }
    if crate::mode::legacy() && x.dtype().kind() != y.dtype().kind() {
        return Ok(Some(
            pyo3::types::PyBool::new(py, negate)
                .to_owned()
                .into_any()
                .unbind(),
        ));
    }
    let r = run(|| {
        if negate {
            numrs::not_equal(&x, &y)
        } else {
            numrs::equal(&x, &y)
        }
    })?;
    array_or_scalar(py, r).map(Some)
}

/// One side of `==` as an array (a Python or NumPy scalar as a 0-d array), if it is one.
fn equality_side(obj: &Bound<'_, PyAny>) -> PyResult<Option<Array>> {
    if let Ok(a) = obj.cast::<PyNdArray>() {
        return Ok(Some(a.borrow().arr.clone()));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        return Ok(array_from_nested(obj, None).ok());
    }
    match py_scalar(obj) {
        Ok(Some(s)) => Ok(Some(run(|| numrs::from_scalars(&[], &[s], None))?)),
        _ => Ok(crate::interop::foreign_array(obj).ok().flatten()),
    }
}
