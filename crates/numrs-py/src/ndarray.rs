//! `numrs.ndarray`: a Python face for `numrs::Array`. Attributes, base identity and flags;
//! methods are in `methods.rs`, indexing in `indexing.rs`, operators in `arith.rs`, the
//! buffer protocol in `interop.rs`.
//!
//! Base identity: numrs records a view's base as a Rust `Array` (after NumPy's collapsing).
//! The Python object of that base is found by walking the Python base chain of the object
//! the view was made from, so `y.base is x` holds as in NumPy.

use crate::convert::to_dtype;
use crate::errors::run;
use crate::mode::print_options;
use numrs::Array;
use pyo3::exceptions::{PyAttributeError, PyKeyError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

/// `np.ndarray`.
#[pyclass(name = "ndarray", module = "numpy", subclass)]
pub struct PyNdArray {
    pub arr: Array,
    /// The Python object of `arr.base()` (or the foreign owner of the memory).
    pub base: Option<Py<PyAny>>,
}

/// NumPy's `DummyArray`: the object `as_strided` puts between a view and its source.
#[pyclass(name = "DummyArray", module = "numpy.lib._stride_tricks_impl", frozen)]
pub struct PyDummyArray {
    arr: Array,
    #[pyo3(get)]
    base: Option<Py<PyAny>>,
}

#[pymethods]
impl PyDummyArray {
    #[getter]
    fn __array_interface__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        array_interface(py, &self.arr)
    }
}

/// The Python object standing for `arr.base()`, looked up from `parent`'s base chain (see
/// the module docs), or made new.
fn resolve_base(
    py: Python<'_>,
    arr: &Array,
    parent: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<Py<PyAny>>> {
    let Some(b) = arr.base() else {
        return Ok(None);
    };
    let mut cur = parent.cloned();
    while let Some(obj) = cur {
        if let Ok(nd) = obj.cast::<PyNdArray>() {
            let r = nd.borrow();
            if r.arr.is(b) {
                drop(r);
                return Ok(Some(obj.unbind()));
            }
            cur = r.base.as_ref().map(|o| o.bind(py).clone());
        } else if let Ok(d) = obj.cast::<PyDummyArray>() {
            if d.get().arr.is(b) {
                return Ok(Some(obj.unbind()));
            }
            cur = d.get().base.as_ref().map(|o| o.bind(py).clone());
        } else {
            // A foreign owner (bytes, a NumPy array) stands for numrs's non-array owner.
            if !b.is_ndarray() {
                return Ok(Some(obj.unbind()));
            }
            break;
        }
    }
    let base_of_base = resolve_base(py, b, parent)?;
    Ok(Some(if b.is_ndarray() {
        Py::new(
            py,
            PyNdArray {
                arr: b.clone(),
                base: base_of_base,
            },
        )?
        .into_any()
    } else {
        Py::new(
            py,
            PyDummyArray {
                arr: b.clone(),
                base: base_of_base,
            },
        )?
        .into_any()
    }))
}

/// A new Python array for a result that is not a view of a Python object.
pub fn new_array(py: Python<'_>, arr: Array) -> PyResult<Py<PyNdArray>> {
    let base = resolve_base(py, &arr, None)?;
    Py::new(py, PyNdArray { arr, base })
}

/// A new Python array for a view made from `parent`.
pub fn view_of(py: Python<'_>, parent: &Bound<'_, PyAny>, arr: Array) -> PyResult<Py<PyNdArray>> {
    let base = resolve_base(py, &arr, Some(parent))?;
    Py::new(py, PyNdArray { arr, base })
}

/// A new Python array over foreign memory whose owner is `owner`.
pub fn with_owner(py: Python<'_>, arr: Array, owner: Py<PyAny>) -> PyResult<Py<PyNdArray>> {
    Py::new(
        py,
        PyNdArray {
            arr,
            base: Some(owner),
        },
    )
}

/// `__array_interface__` as a dict in NumPy's key order.
pub fn array_interface<'py>(py: Python<'py>, arr: &Array) -> PyResult<Bound<'py, PyDict>> {
    let ai = arr.array_interface();
    let d = PyDict::new(py);
    d.set_item("data", (ai.data, ai.readonly))?;
    match ai.strides {
        None => d.set_item("strides", py.None())?,
        Some(s) => d.set_item("strides", PyTuple::new(py, s)?)?,
    }
    // NumPy falls back to one opaque entry where `dtype.descr` is undefined (fields out of
    // order or overlapping).
    let descr_text = arr
        .dtype()
        .descr_repr()
        .unwrap_or_else(|_| format!("[('', '{}')]", ai.typestr));
    let descr = py
        .import("ast")?
        .getattr("literal_eval")?
        .call1((descr_text,))?;
    d.set_item("descr", descr)?;
    d.set_item("typestr", ai.typestr)?;
    d.set_item("shape", PyTuple::new(py, ai.shape)?)?;
    d.set_item("version", 3)?;
    Ok(d)
}

/// `x.tolist()`.
pub fn tolist<'py>(py: Python<'py>, arr: &Array) -> PyResult<Bound<'py, PyAny>> {
    if arr.ndim() == 0 {
        let v = run(|| arr.get(&[]))?;
        return Ok(crate::scalars::item(py, &v)?.into_bound(py));
    }
    let n = arr.shape()[0];
    let mut items = Vec::with_capacity(n);
    for i in 0..n {
        let sub = run(|| arr.slice([numrs::Idx::Int(i as isize)]))?;
        items.push(tolist(py, &sub)?);
    }
    Ok(PyList::new(py, items)?.into_any())
}

/// `x.flags`: NumPy's flags object, live (it reads the array each time).
#[pyclass(name = "flagsobj", module = "numpy")]
pub struct PyFlags {
    array: Py<PyNdArray>,
}

impl PyFlags {
    fn flags(&self, py: Python<'_>) -> numrs::Flags {
        self.array.borrow(py).arr.flags()
    }
}

#[pymethods]
impl PyFlags {
    fn __repr__(&self, py: Python<'_>) -> String {
        self.flags(py).to_string()
    }
    fn __str__(&self, py: Python<'_>) -> String {
        self.flags(py).to_string()
    }
    #[getter]
    fn c_contiguous(&self, py: Python<'_>) -> bool {
        self.flags(py).c_contiguous
    }
    #[getter]
    fn f_contiguous(&self, py: Python<'_>) -> bool {
        self.flags(py).f_contiguous
    }
    #[getter]
    fn contiguous(&self, py: Python<'_>) -> bool {
        self.flags(py).c_contiguous
    }
    #[getter]
    fn fortran(&self, py: Python<'_>) -> bool {
        self.flags(py).f_contiguous
    }
    #[getter]
    fn owndata(&self, py: Python<'_>) -> bool {
        self.flags(py).owndata
    }
    #[getter]
    fn aligned(&self, py: Python<'_>) -> bool {
        self.flags(py).aligned
    }
    #[getter]
    fn writebackifcopy(&self, py: Python<'_>) -> bool {
        self.flags(py).writebackifcopy
    }
    #[getter]
    fn get_writeable(&self, py: Python<'_>) -> bool {
        self.flags(py).writeable
    }
    #[setter]
    fn set_writeable(&self, py: Python<'_>, value: bool) -> PyResult<()> {
        let mut a = self.array.borrow_mut(py);
        run(|| a.arr.set_writeable(value))
    }
    fn __getitem__(&self, py: Python<'_>, key: &str) -> PyResult<bool> {
        let f = self.flags(py);
        Ok(match key {
            "C_CONTIGUOUS" | "C" | "CONTIGUOUS" => f.c_contiguous,
            "F_CONTIGUOUS" | "F" | "FORTRAN" => f.f_contiguous,
            "OWNDATA" | "O" => f.owndata,
            "WRITEABLE" | "W" => f.writeable,
            "ALIGNED" | "A" => f.aligned,
            "WRITEBACKIFCOPY" | "X" => f.writebackifcopy,
            "FNC" => f.f_contiguous && !f.c_contiguous,
            "FORC" => f.f_contiguous || f.c_contiguous,
            "BEHAVED" | "B" => f.aligned && f.writeable,
            "CARRAY" | "CA" => f.aligned && f.writeable && f.c_contiguous,
            "FARRAY" | "FA" => f.aligned && f.writeable && f.f_contiguous && !f.c_contiguous,
            _ => return Err(PyKeyError::new_err("Unknown flag")),
        })
    }
}

/// `x.flat`: a flat C-order view for item access.
#[pyclass(name = "flatiter", module = "numpy")]
pub struct PyFlatIter {
    #[pyo3(get)]
    base: Py<PyNdArray>,
    pos: usize,
}

#[pymethods]
impl PyFlatIter {
    fn __getitem__(&self, py: Python<'_>, i: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let i: isize = i
            .extract()
            .map_err(|_| crate::errors::unsupported("x.flat indexing with non-integers"))?;
        let v = run(|| self.base.borrow(py).arr.flat_get(i))?;
        crate::scalars::to_py(py, v)
    }
    fn __setitem__(
        &self,
        py: Python<'_>,
        i: &Bound<'_, PyAny>,
        value: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        let i: isize = i
            .extract()
            .ok()
            .filter(|_| !i.is_instance_of::<pyo3::types::PyBool>())
            .ok_or_else(|| crate::errors::unsupported("x.flat indexing with non-integers"))?;
        let arr = self.base.borrow(py).arr.clone();
        crate::indexing::set_flat(&arr, i, value)
    }
    fn __len__(&self, py: Python<'_>) -> usize {
        self.base.borrow(py).arr.size()
    }
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let arr = self.base.borrow(py).arr.clone();
        if self.pos >= arr.size() {
            return Ok(None);
        }
        let v = run(|| arr.flat_get(self.pos as isize))?;
        self.pos += 1;
        crate::scalars::to_py(py, v).map(Some)
    }
}

#[pymethods]
impl PyNdArray {
    #[new]
    #[pyo3(signature = (shape, dtype=None, buffer=None, offset=0, strides=None, order=None))]
    fn py_new(
        shape: &Bound<'_, PyAny>,
        dtype: Option<&Bound<'_, PyAny>>,
        buffer: Option<&Bound<'_, PyAny>>,
        offset: usize,
        strides: Option<&Bound<'_, PyAny>>,
        order: Option<&str>,
    ) -> PyResult<Self> {
        if buffer.is_some() || strides.is_some() {
            return Err(crate::errors::unsupported(
                "ndarray(buffer=..., strides=...) (use frombuffer and as_strided)",
            ));
        }
        let _ = offset;
        let shape = crate::convert::shape_arg(shape)?;
        let dtype = crate::convert::dtype_arg(dtype)?.unwrap_or(numrs::DType::FLOAT64);
        let order = crate::convert::order_arg(order, numrs::Order::C)?;
        let arr = run(|| numrs::zeros_order(&shape, dtype, order))?;
        Ok(PyNdArray { arr, base: None })
    }

    fn __repr__(&self) -> String {
        self.arr.repr_with(&print_options())
    }

    fn __str__(&self) -> String {
        self.arr.str_with(&print_options())
    }

    #[getter]
    fn shape<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.arr.shape())
    }
    #[getter]
    fn strides<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.arr.strides())
    }
    #[getter]
    fn ndim(&self) -> usize {
        self.arr.ndim()
    }
    #[getter]
    fn size(&self) -> usize {
        self.arr.size()
    }
    #[getter]
    fn itemsize(&self) -> usize {
        self.arr.itemsize()
    }
    #[getter]
    fn nbytes(&self) -> usize {
        self.arr.nbytes()
    }
    #[getter]
    fn get_dtype(&self, py: Python<'_>) -> PyResult<Py<crate::dtype::PyDType>> {
        crate::dtype::new_dtype(py, self.arr.dtype().clone())
    }
    #[setter]
    fn set_dtype(&mut self, value: Option<&Bound<'_, PyAny>>) -> PyResult<()> {
        let Some(value) = value else {
            return Err(PyAttributeError::new_err("Cannot delete array dtype"));
        };
        let d = to_dtype(value, false)?;
        run(|| self.arr.set_dtype(&d))
    }
    #[getter]
    fn base(&self, py: Python<'_>) -> Py<PyAny> {
        match &self.base {
            Some(b) => b.clone_ref(py),
            None => py.None(),
        }
    }
    #[getter]
    fn flags(slf: &Bound<'_, Self>) -> PyResult<PyFlags> {
        Ok(PyFlags {
            array: slf.clone().unbind(),
        })
    }
    #[getter]
    fn flat(slf: &Bound<'_, Self>) -> PyFlatIter {
        PyFlatIter {
            base: slf.clone().unbind(),
            pos: 0,
        }
    }
    #[getter(T)]
    fn transposed(slf: &Bound<'_, Self>) -> PyResult<Py<PyNdArray>> {
        let t = slf.borrow().arr.t();
        view_of(slf.py(), slf.as_any(), t)
    }
    #[getter]
    fn real(slf: &Bound<'_, Self>) -> PyResult<Py<PyNdArray>> {
        let arr = slf.borrow().arr.clone();
        let r = run(|| arr.real())?;
        if r.is(&arr) {
            return Ok(slf.clone().unbind());
        }
        view_of(slf.py(), slf.as_any(), r)
    }
    #[getter]
    fn imag(slf: &Bound<'_, Self>) -> PyResult<Py<PyNdArray>> {
        let arr = slf.borrow().arr.clone();
        let r = run(|| arr.imag())?;
        if std::sync::Arc::ptr_eq(r.buffer(), arr.buffer()) {
            view_of(slf.py(), slf.as_any(), r)
        } else {
            new_array(slf.py(), r)
        }
    }
    #[getter]
    fn data<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, pyo3::types::PyMemoryView>> {
        pyo3::types::PyMemoryView::from(slf.as_any())
    }
    #[getter]
    fn __array_interface__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        array_interface(py, &self.arr)
    }

    fn __len__(&self) -> PyResult<usize> {
        self.arr
            .shape()
            .first()
            .copied()
            .ok_or_else(|| PyTypeError::new_err("len() of unsized object"))
    }

    fn __iter__(slf: &Bound<'_, Self>) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        let arr = slf.borrow().arr.clone();
        if arr.ndim() == 0 {
            return Err(PyTypeError::new_err("iteration over a 0-d array"));
        }
        let mut items = Vec::with_capacity(arr.shape()[0]);
        for i in 0..arr.shape()[0] {
            items.push(crate::indexing::get_int(slf, &arr, i as isize)?);
        }
        Ok(PyList::new(py, items)?
            .as_any()
            .try_iter()?
            .into_any()
            .unbind())
    }
}
