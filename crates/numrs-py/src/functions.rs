//! Module-level functions: creation, conversion, broadcasting, memory overlap, type
//! promotion and stride tricks, with NumPy's names and keyword arguments.

use crate::convert::{
    array_from_nested, dtype_arg, isize_seq, order_arg, py_scalar, shape_arg, to_dtype,
};
use crate::dtype::{new_dtype, PyDType};
use crate::errors::{run, unsupported};
use crate::interop::{foreign_array, foreign_bytes};
use crate::ndarray::{new_array, view_of, with_owner, PyNdArray};
use numrs::promote::Operand;
use numrs::{Array, BufferSource, DType, Order};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};

/// Any array-like as a numrs array (no copy for ndarrays and foreign buffers).
pub fn to_array(obj: &Bound<'_, PyAny>) -> PyResult<Array> {
    if let Ok(a) = obj.cast::<PyNdArray>() {
        return Ok(a.borrow().arr.clone());
    }
    if let Some(a) = foreign_array(obj)? {
        return Ok(a);
    }
    array_from_nested(obj, None)
}

fn with_ndmin(arr: Array, ndmin: usize) -> PyResult<Array> {
    if arr.ndim() >= ndmin {
        return Ok(arr);
    }
    let mut shape: Vec<isize> = vec![1; ndmin - arr.ndim()];
    shape.extend(arr.shape().iter().map(|&d| d as isize));
    run(|| arr.reshape(&shape))
}

/// `np.array(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0)`.
#[pyfunction]
#[pyo3(signature = (object, dtype=None, *, copy=true, order="K", subok=false, ndmin=0, like=None))]
#[allow(clippy::too_many_arguments)]
pub fn array(
    py: Python<'_>,
    object: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    copy: bool,
    order: &str,
    subok: bool,
    ndmin: usize,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    let _ = (subok, like);
    let dtype = dtype_arg(dtype)?;
    let order = order_arg(Some(order), Order::K)?;
    let src = if let Ok(a) = object.cast::<PyNdArray>() {
        Some(a.borrow().arr.clone())
    } else {
        foreign_array(object)?
    };
    let arr = match src {
        Some(a) => {
            if !copy && dtype.as_ref().is_none_or(|d| d == a.dtype()) && ndmin <= a.ndim() {
                return Ok(object.clone().unbind());
            }
            let a = match &dtype {
                Some(d) if d != a.dtype() => run(|| a.astype(d))?,
                _ => a,
            };
            run(|| a.copy(order))?
        }
        None => {
            let a = array_from_nested(object, dtype)?;
            if order == Order::F {
                run(|| a.copy(Order::F))?
            } else {
                a
            }
        }
    };
    Ok(new_array(py, with_ndmin(arr, ndmin)?)?.into_any())
}

/// `np.asarray(a, dtype=None, order=None)`: no copy when `a` already fits.
#[pyfunction]
#[pyo3(signature = (a, dtype=None, order=None, *, copy=None, like=None))]
pub fn asarray(
    py: Python<'_>,
    a: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    order: Option<&str>,
    copy: Option<bool>,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    let _ = like;
    let dtype = dtype_arg(dtype)?;
    let order = order_arg(order, Order::K)?;
    if copy == Some(true) {
        let src = to_array(a)?;
        let d = dtype.unwrap_or_else(|| src.dtype().clone());
        let c = run(|| src.astype(&d).and_then(|c| c.copy(order)))?;
        return Ok(new_array(py, c)?.into_any());
    }
    if let Ok(nd) = a.cast::<PyNdArray>() {
        let arr = nd.borrow().arr.clone();
        let fits_order = match order {
            Order::C => arr.flags().c_contiguous,
            Order::F => arr.flags().f_contiguous,
            _ => true,
        };
        if dtype.as_ref().is_none_or(|d| d == arr.dtype()) && fits_order {
            return Ok(a.clone().unbind());
        }
        if copy == Some(false) {
            return Err(PyValueError::new_err(
                "Unable to avoid copy while creating an array as requested.",
            ));
        }
        let d = dtype.unwrap_or_else(|| arr.dtype().clone());
        let c = run(|| arr.astype(&d).and_then(|c| c.copy(order)))?;
        return Ok(new_array(py, c)?.into_any());
    }
    if let Some(f) = foreign_array(a)? {
        if dtype.as_ref().is_none_or(|d| d == f.dtype()) {
            return Ok(with_owner(py, f, a.clone().unbind())?.into_any());
        }
        let d = dtype.unwrap_or_else(|| f.dtype().clone());
        return Ok(new_array(py, run(|| f.astype(&d))?)?.into_any());
    }
    if copy == Some(false) {
        return Err(PyValueError::new_err(
            "Unable to avoid copy while creating an array as requested.",
        ));
    }
    let arr = array_from_nested(a, dtype)?;
    let arr = if order == Order::F {
        run(|| arr.copy(Order::F))?
    } else {
        arr
    };
    Ok(new_array(py, arr)?.into_any())
}

fn creation<'py>(
    py: Python<'py>,
    shape: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    order: &str,
) -> PyResult<(Vec<usize>, DType, Order, Python<'py>)> {
    let shape = shape_arg(shape)?;
    let dtype = dtype_arg(dtype)?.unwrap_or(DType::FLOAT64);
    let order = order_arg(Some(order), Order::C)?;
    Ok((shape, dtype, order, py))
}

/// `np.zeros(shape, dtype=float, order='C')`.
#[pyfunction]
#[pyo3(signature = (shape, dtype=None, order="C", *, like=None))]
pub fn zeros(
    py: Python<'_>,
    shape: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    order: &str,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyNdArray>> {
    let _ = like;
    let (shape, dtype, order, py) = creation(py, shape, dtype, order)?;
    new_array(py, run(|| numrs::zeros_order(&shape, dtype, order))?)
}

/// `np.empty(shape, dtype=float, order='C')` (numrs zero-fills: reading uninitialized
/// memory is undefined behaviour in Rust).
#[pyfunction]
#[pyo3(signature = (shape, dtype=None, order="C", *, like=None))]
pub fn empty(
    py: Python<'_>,
    shape: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    order: &str,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyNdArray>> {
    zeros(py, shape, dtype, order, like)
}

/// `np.ones(shape, dtype=float, order='C')`.
#[pyfunction]
#[pyo3(signature = (shape, dtype=None, order="C", *, like=None))]
pub fn ones(
    py: Python<'_>,
    shape: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    order: &str,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyNdArray>> {
    let _ = like;
    let (shape, dtype, order, py) = creation(py, shape, dtype, order)?;
    let a = run(|| numrs::zeros_order(&shape, dtype, order))?;
    run(|| a.fill(numrs::Scalar::Int(1)))?;
    new_array(py, a)
}

/// `np.full(shape, fill_value, dtype=None, order='C')`.
#[pyfunction]
#[pyo3(signature = (shape, fill_value, dtype=None, order="C", *, like=None))]
pub fn full(
    py: Python<'_>,
    shape: &Bound<'_, PyAny>,
    fill_value: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    order: &str,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyNdArray>> {
    let _ = like;
    let shape = shape_arg(shape)?;
    let order = order_arg(Some(order), Order::C)?;
    if let Some(i) = int_beyond_int64(fill_value)? {
        return full_big_int(py, &shape, i, fill_value, dtype_arg(dtype)?, order);
    }
    let value = to_array(fill_value)?;
    let dtype = match dtype_arg(dtype)? {
        Some(d) => d,
        None => value.dtype().clone(),
    };
    let a = run(|| numrs::zeros_order(&shape, dtype, order))?;
    // NumPy's full is `copyto(empty(...), fill_value, casting='unsafe')`: the value, as an
    // array of its own type, is cast, with the cast's warnings (NaN into an integer type is
    // "invalid value encountered in cast", not assignment's ValueError). NumPy 2's Python
    // ints are weak: checked against the type as in assignment (OverflowError). `str` and
    // `bytes` values are one string each (to_array reads bytes as a buffer of uint8).
    let weak_int = !crate::mode::legacy()
        && fill_value.is_instance_of::<pyo3::types::PyInt>()
        && !fill_value.is_instance_of::<pyo3::types::PyBool>();
    let text = fill_value.is_instance_of::<pyo3::types::PyString>()
        || fill_value.is_instance_of::<pyo3::types::PyBytes>();
    if weak_int || text {
        crate::indexing::assign(&a, fill_value)?;
    } else {
        run(|| a.assign([], &value))?;
    }
    new_array(py, a)
}

/// A Python int (not a bool) outside int64's range.
fn int_beyond_int64(v: &Bound<'_, PyAny>) -> PyResult<Option<i128>> {
    if !v.is_instance_of::<pyo3::types::PyInt>() || v.is_instance_of::<pyo3::types::PyBool>() {
        return Ok(None);
    }
    Ok(match py_scalar(v)? {
        Some(numrs::Scalar::Int(i)) if i64::try_from(i).is_err() => Some(i),
        _ => None,
    })
}

/// `np.full` of a Python int beyond int64: NumPy's value is a uint64 (below 2**64) or a
/// Python object. NumPy 1.x casts the uint64; otherwise an integer item takes it through a
/// C long (OverflowError beyond), an inexact one through float(), a bool one (NumPy 1.x) its
/// truth, while NumPy 2 refuses it for bool.
fn full_big_int(
    py: Python<'_>,
    shape: &[usize],
    i: i128,
    fill_value: &Bound<'_, PyAny>,
    dtype: Option<DType>,
    order: Order,
) -> PyResult<Py<PyNdArray>> {
    let unsigned = u64::try_from(i).ok();
    let dtype = match (dtype, unsigned) {
        (Some(d), _) => d,
        (None, Some(_)) => DType::native(numrs::dtype::ScalarType::UInt64),
        (None, None) => {
            return Err(unsupported(
                "a Python int beyond 64 bits as a value (object arrays)",
            ))
        }
    };
    let a = run(|| numrs::zeros_order(shape, dtype, order))?;
    let legacy = crate::mode::legacy();
    match (unsigned, a.dtype().kind()) {
        (Some(u), _) if legacy => {
            let v = run(|| numrs::from_scalars(&[], &[numrs::Scalar::U64(u)], None))?;
            run(|| a.assign([], &v))?;
        }
        (_, 'b') if legacy => run(|| a.fill(numrs::Scalar::Bool(true)))?,
        (_, 'b') => {
            return Err(pyo3::exceptions::PyOverflowError::new_err(
                "Python int too large to convert to C long",
            ))
        }
        _ => crate::indexing::assign(&a, fill_value)?,
    }
    new_array(py, a)
}

/// `np.arange([start,] stop[, step], dtype=None)`.
#[pyfunction]
#[pyo3(signature = (start, stop=None, step=None, dtype=None, *, like=None))]
pub fn arange(
    py: Python<'_>,
    start: &Bound<'_, PyAny>,
    stop: Option<&Bound<'_, PyAny>>,
    step: Option<&Bound<'_, PyAny>>,
    dtype: Option<&Bound<'_, PyAny>>,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyNdArray>> {
    let _ = like;
    // NumPy's result type comes from the arguments' types: a float argument makes float64
    // (`np.arange(3.0)`), whatever its value.
    let given = [Some(start), stop, step];
    let any_float = given.iter().flatten().any(|v| {
        v.is_instance_of::<pyo3::types::PyFloat>()
            || py_scalar(v).is_ok_and(|s| s.is_some_and(|s| s.dtype().kind() == 'f'))
    });
    let num = |v: Option<&Bound<'_, PyAny>>| {
        v.filter(|v| !v.is_none())
            .map(|v| v.extract::<f64>())
            .transpose()
    };
    let (start, stop, step) = (start.extract::<f64>()?, num(stop)?, num(step)?);
    let (start, stop) = match stop {
        Some(s) => (start, s),
        None => (0.0, start),
    };
    let dtype = dtype_arg(dtype)?.or(any_float.then_some(DType::FLOAT64));
    let step = step.unwrap_or(1.0);
    if step == 0.0 {
        // NumPy computes the length with Python arithmetic first.
        return Err(pyo3::exceptions::PyZeroDivisionError::new_err(
            "division by zero",
        ));
    }
    new_array(py, run(|| numrs::arange(start, stop, step, dtype))?)
}

/// `np.frombuffer(buffer, dtype=float, count=-1, offset=0)`: shares the buffer's memory.
#[pyfunction]
#[pyo3(signature = (buffer, dtype=None, count=-1, offset=0, *, like=None))]
pub fn frombuffer(
    py: Python<'_>,
    buffer: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    count: isize,
    offset: isize,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyNdArray>> {
    let _ = like;
    let dtype = dtype_arg(dtype)?.unwrap_or(DType::FLOAT64);
    let source = if let Ok(a) = buffer.cast::<PyNdArray>() {
        BufferSource::Array(a.borrow().arr.clone())
    } else {
        BufferSource::Buffer(foreign_bytes(buffer)?)
    };
    let len = match &source {
        BufferSource::Array(a) => a.nbytes(),
        BufferSource::Buffer(b) => b.len(),
    };
    let offset = usize::try_from(offset).map_err(|_| {
        PyValueError::new_err(format!(
            "offset must be non-negative and no greater than buffer length ({len})"
        ))
    })?;
    let arr = run(|| numrs::frombuffer(source, dtype, count, offset))?;
    view_of(py, buffer, arr)
}

/// `np.fromfile(file, dtype=float, count=-1, sep='', offset=0)` (binary files only).
#[pyfunction]
#[pyo3(signature = (file, dtype=None, count=-1, sep="", offset=0, *, like=None))]
pub fn fromfile(
    py: Python<'_>,
    file: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    count: isize,
    sep: &str,
    offset: i64,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyNdArray>> {
    let _ = like;
    // NumPy seeks to the offset: the OS refuses a negative position.
    let offset = u64::try_from(offset)
        .map_err(|_| pyo3::exceptions::PyOSError::new_err((22, "Invalid argument")))?;
    if !sep.is_empty() {
        return Err(unsupported("fromfile with sep (text files)"));
    }
    let dtype = dtype_arg(dtype)?.unwrap_or(DType::FLOAT64);
    if let Ok(path) = file.extract::<std::path::PathBuf>() {
        return new_array(py, run(|| numrs::fromfile(&path, &dtype, count, offset))?);
    }
    // An open file: read from its position, and leave it after the items read, as NumPy does.
    let name: std::path::PathBuf = file
        .getattr("name")
        .and_then(|n| n.extract())
        .map_err(|_| unsupported("fromfile on file objects without a path"))?;
    file.call_method0("flush").ok();
    let pos: u64 = file.call_method0("tell")?.extract()?;
    let arr = run(|| numrs::fromfile(&name, &dtype, count, pos + offset))?;
    // NumPy's fread consumes a trailing partial item too: the position ends at the bytes
    // requested or at the end of the file.
    let end: u64 = file.call_method1("seek", (0, 2))?.extract()?;
    let start = pos + offset;
    let wanted = if count < 0 {
        end
    } else {
        start.saturating_add((count as u64).saturating_mul(dtype.itemsize() as u64))
    };
    file.call_method1("seek", (wanted.min(end).max(start.min(end)),))?;
    new_array(py, arr)
}

/// `np.diag(v, k=0)`.
#[pyfunction]
#[pyo3(signature = (v, k=0))]
pub fn diag(py: Python<'_>, v: &Bound<'_, PyAny>, k: isize) -> PyResult<Py<PyNdArray>> {
    let a = to_array(v)?;
    let r = run(|| numrs::diag(&a, k))?;
    if v.cast::<PyNdArray>().is_ok() {
        view_of(py, v, r)
    } else {
        new_array(py, r)
    }
}

fn array_obj<'py>(py: Python<'py>, obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    if obj.cast::<PyNdArray>().is_ok() {
        Ok(obj.clone())
    } else {
        Ok(new_array(py, to_array(obj)?)?.into_bound(py).into_any())
    }
}

/// `np.broadcast_to(array, shape, subok=False)`: a read-only view.
#[pyfunction]
#[pyo3(signature = (array, shape, subok=false))]
pub fn broadcast_to(
    py: Python<'_>,
    array: &Bound<'_, PyAny>,
    shape: &Bound<'_, PyAny>,
    subok: bool,
) -> PyResult<Py<PyNdArray>> {
    let _ = subok;
    let src = array_obj(py, array)?;
    let dims = isize_seq(shape)?;
    if dims.iter().any(|&d| d < 0) {
        return Err(PyValueError::new_err(
            "all elements of broadcast shape must be non-negative",
        ));
    }
    let shape: Vec<usize> = dims.into_iter().map(|d| d as usize).collect();
    let a = to_array(&src)?;
    let r = run(|| numrs::broadcast_to(&a, &shape))?;
    view_of(py, &src, r)
}

/// `np.broadcast_arrays(*args)`.
#[pyfunction]
#[pyo3(signature = (*args, subok=false))]
pub fn broadcast_arrays<'py>(
    py: Python<'py>,
    args: &Bound<'py, PyTuple>,
    subok: bool,
) -> PyResult<Bound<'py, PyTuple>> {
    let _ = subok;
    let objs: Vec<Bound<'py, PyAny>> = args
        .iter()
        .map(|a| array_obj(py, &a))
        .collect::<PyResult<_>>()?;
    let arrays: Vec<Array> = objs.iter().map(to_array).collect::<PyResult<_>>()?;
    let refs: Vec<&Array> = arrays.iter().collect();
    let out = run(|| numrs::broadcast_arrays(&refs))?;
    let items: Vec<Py<PyNdArray>> = out
        .into_iter()
        .zip(&objs)
        .map(|(r, o)| view_of(py, o, r))
        .collect::<PyResult<_>>()?;
    PyTuple::new(py, items)
}

/// `np.shares_memory(a, b, max_work=None)`.
#[pyfunction]
#[pyo3(signature = (a, b, max_work=None))]
pub fn shares_memory(
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    max_work: Option<i64>,
) -> PyResult<bool> {
    let _ = max_work;
    Ok(numrs::shares_memory(&to_array(a)?, &to_array(b)?))
}

/// `np.may_share_memory(a, b, max_work=None)`.
#[pyfunction]
#[pyo3(signature = (a, b, max_work=None))]
pub fn may_share_memory(
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    max_work: Option<i64>,
) -> PyResult<bool> {
    let _ = max_work;
    Ok(numrs::may_share_memory(&to_array(a)?, &to_array(b)?))
}

fn promote_operand(obj: &Bound<'_, PyAny>) -> PyResult<Operand> {
    if let Ok(a) = obj.cast::<PyNdArray>() {
        let arr = a.borrow().arr.clone();
        return run(|| Operand::from_array(&arr));
    }
    if obj.cast::<PyDType>().is_ok()
        || obj.is_instance_of::<pyo3::types::PyType>()
        || obj.is_instance_of::<pyo3::types::PyString>()
    {
        return Ok(Operand::Array(to_dtype(obj, false)?));
    }
    if let Some(s) = py_scalar(obj)? {
        return Ok(Operand::Scalar(s));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let a = to_array(obj)?;
        return run(|| Operand::from_array(&a));
    }
    Ok(Operand::Array(to_dtype(obj, false)?))
}

/// `np.result_type(*arrays_and_dtypes)`.
#[pyfunction]
#[pyo3(signature = (*arrays_and_dtypes))]
pub fn result_type(
    py: Python<'_>,
    arrays_and_dtypes: &Bound<'_, PyTuple>,
) -> PyResult<Py<PyDType>> {
    if arrays_and_dtypes.is_empty() {
        return Err(PyValueError::new_err(
            "at least one array or dtype is required",
        ));
    }
    let ops: Vec<Operand> = arrays_and_dtypes
        .iter()
        .map(|o| promote_operand(&o))
        .collect::<PyResult<_>>()?;
    new_dtype(py, run(|| numrs::result_type(&ops))?)
}

/// `np.promote_types(type1, type2)`.
#[pyfunction]
pub fn promote_types(
    py: Python<'_>,
    type1: &Bound<'_, PyAny>,
    type2: &Bound<'_, PyAny>,
) -> PyResult<Py<PyDType>> {
    let (a, b) = (to_dtype(type1, false)?, to_dtype(type2, false)?);
    new_dtype(py, run(|| numrs::promote_types(&a, &b))?)
}

/// `np.can_cast(from_, to, casting='safe')`.
#[pyfunction]
#[pyo3(signature = (from_, to, casting="safe"))]
pub fn can_cast(from_: &Bound<'_, PyAny>, to: &Bound<'_, PyAny>, casting: &str) -> PyResult<bool> {
    let casting: numrs::Casting = casting.parse().map_err(crate::errors::to_py)?;
    let to = to_dtype(to, false)?;
    let from = if let Ok(a) = from_.cast::<PyNdArray>() {
        a.borrow().arr.dtype().clone()
    } else if from_.is_instance_of::<pyo3::types::PyString>()
        || from_.is_instance_of::<pyo3::types::PyType>()
        || from_.cast::<PyDType>().is_ok()
    {
        to_dtype(from_, false)?
    } else if let Some(s) = py_scalar(from_)? {
        if crate::mode::legacy() && s.is_numeric() {
            // NumPy 1.x judges a scalar by its value.
            return run(|| numrs::promote::can_cast_value(&s, &to, casting));
        }
        if s.is_weak() {
            return Err(PyTypeError::new_err(
                "can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.",
            ));
        }
        s.dtype()
    } else {
        to_dtype(from_, false)?
    };
    Ok(numrs::can_cast(&from, &to, casting))
}

/// `as_strided(x, shape=None, strides=None, subok=False, writeable=True)` (the Python
/// wrapper in `numrs.lib.stride_tricks` carries NumPy's signature and docstring).
#[pyfunction]
#[pyo3(signature = (x, shape=None, strides=None, subok=false, writeable=true))]
pub fn _as_strided(
    py: Python<'_>,
    x: &Bound<'_, PyAny>,
    shape: Option<&Bound<'_, PyAny>>,
    strides: Option<&Bound<'_, PyAny>>,
    subok: bool,
    writeable: bool,
) -> PyResult<Py<PyNdArray>> {
    let _ = subok;
    let src = array_obj(py, x)?;
    let a = to_array(&src)?;
    let shape = match shape.filter(|s| !s.is_none()) {
        Some(s) => shape_arg(s)?,
        None => a.shape().to_vec(),
    };
    let strides = match strides.filter(|s| !s.is_none()) {
        Some(s) => isize_seq(s)?,
        None => a.strides().to_vec(),
    };
    let mut r = run(|| numrs::as_strided(&a, &shape, &strides))?;
    if !writeable {
        run(|| r.set_writeable(false))?;
    }
    view_of(py, &src, r)
}

/// `sliding_window_view(x, window_shape, axis=None, *, subok=False, writeable=False)`.
#[pyfunction]
#[pyo3(signature = (x, window_shape, axis=None, *, subok=false, writeable=false))]
pub fn sliding_window_view(
    py: Python<'_>,
    x: &Bound<'_, PyAny>,
    window_shape: &Bound<'_, PyAny>,
    axis: Option<&Bound<'_, PyAny>>,
    subok: bool,
    writeable: bool,
) -> PyResult<Py<PyNdArray>> {
    let _ = subok;
    let src = array_obj(py, x)?;
    let a = to_array(&src)?;
    let window = isize_seq(window_shape)?;
    if window.iter().any(|&w| w < 0) {
        return Err(PyValueError::new_err(
            "`window_shape` cannot contain negative values",
        ));
    }
    let window: Vec<usize> = window.into_iter().map(|w| w as usize).collect();
    let axis = match axis.filter(|a| !a.is_none()) {
        Some(ax) => Some(isize_seq(ax)?),
        None => None,
    };
    let mut r = run(|| numrs::sliding_window_view(&a, &window, axis.as_deref()))?;
    if writeable {
        run(|| r.set_writeable(true))?;
    }
    view_of(py, &src, r)
}

/// `np.ascontiguousarray(a, dtype=None, *, like=None)` (0-d arrays become 1-d, as in NumPy).
#[pyfunction]
#[pyo3(signature = (a, dtype=None, *, like=None))]
pub fn ascontiguousarray(
    py: Python<'_>,
    a: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    let _ = like;
    as_ordered(py, a, dtype, numrs::ascontiguousarray)
}

/// `np.asfortranarray(a, dtype=None, *, like=None)` (0-d arrays become 1-d, as in NumPy).
#[pyfunction]
#[pyo3(signature = (a, dtype=None, *, like=None))]
pub fn asfortranarray(
    py: Python<'_>,
    a: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    like: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    let _ = like;
    as_ordered(py, a, dtype, numrs::asfortranarray)
}

/// `a` as an array of `dtype` (as `np.array(a, dtype, copy=False)` makes it: Python data
/// converted straight to `dtype`, an array cast), then laid out by `order`; `a` itself
/// when nothing changes.
fn as_ordered(
    py: Python<'_>,
    a: &Bound<'_, PyAny>,
    dtype: Option<&Bound<'_, PyAny>>,
    order: fn(&Array) -> numrs::Result<Array>,
) -> PyResult<Py<PyAny>> {
    let dtype = dtype_arg(dtype)?;
    let is_array = a.cast::<PyNdArray>().is_ok() || foreign_array(a)?.is_some();
    let mut src = match &dtype {
        Some(d) if !is_array => new_array(py, array_from_nested(a, Some(d.clone()))?)?
            .into_bound(py)
            .into_any(),
        _ => array_obj(py, a)?,
    };
    let mut arr = to_array(&src)?;
    if let Some(d) = dtype.filter(|d| d != arr.dtype()) {
        arr = run(|| arr.astype(&d))?;
        src = new_array(py, arr.clone())?.into_bound(py).into_any();
    }
    let r = run(|| order(&arr))?;
    if r.is(&arr) {
        return Ok(src.unbind());
    }
    wrap_result(py, &src, &arr, r)
}

/// A result that may be a view of `src` (same buffer) or a new array.
fn wrap_result(
    py: Python<'_>,
    src: &Bound<'_, PyAny>,
    arr: &Array,
    r: Array,
) -> PyResult<Py<PyAny>> {
    if std::sync::Arc::ptr_eq(r.buffer(), arr.buffer()) {
        Ok(view_of(py, src, r)?.into_any())
    } else {
        Ok(new_array(py, r)?.into_any())
    }
}

/// `np.broadcast_shapes(*shapes)`.
#[pyfunction]
#[pyo3(signature = (*args))]
pub fn broadcast_shapes<'py>(
    py: Python<'py>,
    args: &Bound<'py, PyTuple>,
) -> PyResult<Bound<'py, PyTuple>> {
    let mut shapes = Vec::new();
    for a in args.iter() {
        let dims = isize_seq(&a)?;
        if dims.iter().any(|&d| d < 0) {
            return Err(PyValueError::new_err(
                "all elements of broadcast shape must be non-negative",
            ));
        }
        shapes.push(dims.into_iter().map(|d| d as usize).collect::<Vec<usize>>());
    }
    let refs: Vec<&[usize]> = shapes.iter().map(Vec::as_slice).collect();
    let out = run(|| numrs::broadcast_shapes(&refs))?;
    PyTuple::new(py, out.iter())
}

/// `np.min_scalar_type(a)`: the smallest dtype that holds a scalar's value (an array's own
/// dtype otherwise).
#[pyfunction]
pub fn min_scalar_type(py: Python<'_>, a: &Bound<'_, PyAny>) -> PyResult<Py<PyDType>> {
    let value = match py_scalar(a)? {
        Some(s) => s,
        None => {
            let arr = to_array(a)?;
            if arr.ndim() != 0 {
                return new_dtype(py, arr.dtype().clone());
            }
            run(|| arr.get(&[]))?
        }
    };
    new_dtype(py, run(|| numrs::promote::min_scalar_type(&value))?)
}
