//! ndarray operators: `+ - * / // % ** & | ^ << >>`, their reflected and in-place forms,
//! comparisons, unary operators and conversions to Python numbers. All run numrs ufuncs.

use crate::errors::run;
use crate::ndarray::{new_array, PyNdArray};
use crate::ops::{
    binary, compare_ufunc, divmod, flexible_equality, inplace, operand, unary, Method, Operand,
};
use numrs::ufunc::{BinaryUfunc, UnaryUfunc};
use pyo3::basic::CompareOp;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;

macro_rules! array_binops {
    ($($f:ident $rf:ident $if:ident => $op:ident;)*) => {
        #[pymethods]
        impl PyNdArray {
            $(
                fn $f(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                    match operand(other)? {
                        Some(o) => binary(py, BinaryUfunc::$op, &Operand::Array(self.arr.clone()), &o),
                        None => Ok(py.NotImplemented()),
                    }
                }
                fn $rf(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                    match operand(other)? {
                        Some(o) => binary(py, BinaryUfunc::$op, &o, &Operand::Array(self.arr.clone())),
                        None => Ok(py.NotImplemented()),
                    }
                }
                fn $if(&self, other: &Bound<'_, PyAny>) -> PyResult<()> {
                    inplace(&self.arr, BinaryUfunc::$op, &need(other)?)
                }
            )*
        }
    };
}

array_binops! {
    __add__ __radd__ __iadd__ => Add;
    __sub__ __rsub__ __isub__ => Subtract;
    __mul__ __rmul__ __imul__ => Multiply;
    __truediv__ __rtruediv__ __itruediv__ => TrueDivide;
    __floordiv__ __rfloordiv__ __ifloordiv__ => FloorDivide;
    __mod__ __rmod__ __imod__ => Remainder;
    __and__ __rand__ __iand__ => BitwiseAnd;
    __or__ __ror__ __ior__ => BitwiseOr;
    __xor__ __rxor__ __ixor__ => BitwiseXor;
    __lshift__ __rlshift__ __ilshift__ => LeftShift;
    __rshift__ __rrshift__ __irshift__ => RightShift;
}

#[pymethods]
impl PyNdArray {
    fn __pow__(
        &self,
        py: Python<'_>,
        other: &Bound<'_, PyAny>,
        modulo: &Bound<'_, PyAny>,
    ) -> PyResult<Py<PyAny>> {
        if !modulo.is_none() {
            return Err(crate::errors::unsupported("three-argument pow"));
        }
        match operand(other)? {
            Some(o) => crate::ops::power_operator(py, &self.arr, &o),
            None => Ok(py.NotImplemented()),
        }
    }
    fn __rpow__(
        &self,
        py: Python<'_>,
        other: &Bound<'_, PyAny>,
        modulo: &Bound<'_, PyAny>,
    ) -> PyResult<Py<PyAny>> {
        let _ = modulo;
        match operand(other)? {
            Some(o) => binary(
                py,
                BinaryUfunc::Power,
                &o,
                &Operand::Array(self.arr.clone()),
            ),
            None => Ok(py.NotImplemented()),
        }
    }
    fn __ipow__(&self, other: &Bound<'_, PyAny>, modulo: &Bound<'_, PyAny>) -> PyResult<()> {
        let _ = modulo;
        inplace(&self.arr, BinaryUfunc::Power, &need(other)?)
    }

    fn __richcmp__(
        &self,
        py: Python<'_>,
        other: &Bound<'_, PyAny>,
        op: CompareOp,
    ) -> PyResult<Py<PyAny>> {
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            let me = new_array(py, self.arr.clone())?.into_bound(py).into_any();
            if let Some(r) = flexible_equality(py, &me, other, matches!(op, CompareOp::Ne))? {
                return Ok(r);
            }
        }
        match operand(other) {
            Ok(Some(o)) => binary(py, compare_ufunc(op), &Operand::Array(self.arr.clone()), &o),
            Ok(None) | Err(_) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                Ok(py.NotImplemented())
            }
            Ok(None) => Ok(py.NotImplemented()),
            Err(e) => Err(e),
        }
    }

    /// `divmod(a, b)`: NumPy's `(a // b, a % b)`.
    fn __divmod__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        match operand(other)? {
            Some(o) => divmod(py, &Operand::Array(self.arr.clone()), &o, Method::Left),
            None => Ok(py.NotImplemented()),
        }
    }
    fn __rdivmod__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        match operand(other)? {
            Some(o) => divmod(py, &o, &Operand::Array(self.arr.clone()), Method::Right),
            None => Ok(py.NotImplemented()),
        }
    }

    fn __neg__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        unary(py, UnaryUfunc::Negative, &Operand::Array(self.arr.clone()))
    }
    fn __pos__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        unary(py, UnaryUfunc::Positive, &Operand::Array(self.arr.clone()))
    }
    fn __abs__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        unary(py, UnaryUfunc::Absolute, &Operand::Array(self.arr.clone()))
    }
    fn __invert__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        unary(py, UnaryUfunc::Invert, &Operand::Array(self.arr.clone()))
    }

    fn __bool__(&self) -> PyResult<bool> {
        match self.arr.size() {
            1 => {
                let v = run(|| self.arr.flat_get(0))?;
                Ok(truthy(&v))
            }
            0 => Err(PyValueError::new_err(
                "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.",
            )),
            _ => Err(PyValueError::new_err(
                "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()",
            )),
        }
    }

    fn __int__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.only_item(py)?
            .bind(py)
            .call_method0("__int__")
            .map(Bound::unbind)
    }
    fn __float__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.only_item(py)?
            .bind(py)
            .call_method0("__float__")
            .map(Bound::unbind)
    }
    fn __index__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        if self.arr.ndim() != 0 || !matches!(self.arr.dtype().kind(), 'i' | 'u') {
            return Err(PyTypeError::new_err(
                "only integer scalar arrays can be converted to a scalar index",
            ));
        }
        self.only_item(py)
    }
}

fn truthy(v: &numrs::Scalar) -> bool {
    use numrs::Scalar as S;
    match v {
        S::Bytes(b) => !b.is_empty(),
        S::Str(s) => !s.is_empty(),
        S::Void(..) | S::Tuple(_) => true,
        S::C64(c) => c.re != 0.0 || c.im != 0.0,
        S::C128(c) | S::Complex(c) => c.re != 0.0 || c.im != 0.0,
        v => v.to_f64() != 0.0,
    }
}

/// The operand of an in-place operator (which cannot return NotImplemented here).
fn need(other: &Bound<'_, PyAny>) -> PyResult<Operand> {
    operand(other)?.ok_or_else(|| {
        PyTypeError::new_err(format!(
            "unsupported operand type for in-place operation: '{}'",
            other
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default()
        ))
    })
}

impl PyNdArray {
    fn only_item(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        if self.arr.size() != 1 {
            return Err(PyTypeError::new_err(
                "only length-1 arrays can be converted to Python scalars",
            ));
        }
        let v = run(|| self.arr.flat_get(0))?;
        crate::scalars::item(py, &v)
    }
}
