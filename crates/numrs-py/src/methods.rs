//! ndarray methods: copies, views, conversions, shape changes and reductions, each one
//! numrs call between argument and result conversion.

use crate::convert::{axis_arg, dtype_arg, isize_seq, order_arg, py_scalar, to_dtype};
use crate::errors::{run, unsupported};
use crate::ndarray::{new_array, tolist, view_of, PyNdArray};
use crate::ops::array_or_scalar;
use numrs::reduce::ReduceOptions;
use numrs::{Array, Casting, Order};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyTuple, PyType};

/// Positional shape/axes arguments: `f(2, 3)` or `f((2, 3))`.
fn varargs(args: &Bound<'_, PyTuple>) -> PyResult<Vec<isize>> {
    if args.len() == 1 {
        let a = args.get_item(0)?;
        if a.is_none() {
            return Ok(Vec::new());
        }
        return isize_seq(&a);
    }
    args.iter().map(|a| a.extract::<isize>()).collect()
}

fn parse_casting(casting: &str) -> PyResult<Casting> {
    casting.parse::<Casting>().map_err(crate::errors::to_py)
}

/// The `out=` argument of a reduction: an ndarray (returned as the result), or NumPy's
/// TypeError for anything else.
fn out_arg<'py>(out: Option<&Bound<'py, PyAny>>) -> PyResult<Option<(Bound<'py, PyAny>, Array)>> {
    let Some(o) = out.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    match o.cast::<PyNdArray>() {
        Ok(nd) => Ok(Some((o.clone(), nd.borrow().arr.clone()))),
        Err(_) if crate::mode::legacy() => Err(PyTypeError::new_err("output must be an array")),
        Err(_) => Err(PyTypeError::new_err("return arrays must be of ArrayType")),
    }
}

/// A reduction's result: `out` itself when given, else the array (or a scalar for 0-d).
fn reduction_result(
    py: Python<'_>,
    out: Option<(Bound<'_, PyAny>, Array)>,
    r: Array,
) -> PyResult<Py<PyAny>> {
    match out {
        Some((o, _)) => Ok(o.unbind()),
        None => array_or_scalar(py, r),
    }
}

macro_rules! reductions {
    ($($name:ident => $f:path;)*) => {
        #[pymethods]
        impl PyNdArray {
            $(
                #[pyo3(signature = (axis=None, dtype=None, out=None, keepdims=false, initial=None, r#where=None))]
                #[allow(clippy::too_many_arguments)]
                fn $name(
                    &self,
                    py: Python<'_>,
                    axis: Option<&Bound<'_, PyAny>>,
                    dtype: Option<&Bound<'_, PyAny>>,
                    out: Option<&Bound<'_, PyAny>>,
                    keepdims: bool,
                    initial: Option<&Bound<'_, PyAny>>,
                    r#where: Option<&Bound<'_, PyAny>>,
                ) -> PyResult<Py<PyAny>> {
                    let out = out_arg(out)?;
                    let mask = match r#where {
                        Some(w) if !w.is_none() => Some(crate::functions::to_array(w)?),
                        _ => None,
                    };
                    let mut opts = ReduceOptions::new().axis(axis_arg(axis)?).keepdims(keepdims);
                    if let Some(d) = dtype_arg(dtype)? {
                        opts = opts.dtype(d);
                    }
                    if let Some(i) = initial.filter(|i| !i.is_none()) {
                        let v = py_scalar(i)?.ok_or_else(|| PyTypeError::new_err("initial must be a scalar"))?;
                        opts = opts.initial(v);
                    }
                    if let Some(m) = &mask {
                        opts = opts.where_(m);
                    }
                    if let Some((_, o)) = &out {
                        opts = opts.out(o);
                    }
                    let r = run(|| $f(&self.arr, &opts))?;
                    reduction_result(py, out, r)
                }
            )*
        }
    };
}

reductions! {
    sum => numrs::reduce::sum;
    prod => numrs::reduce::prod;
    min => numrs::reduce::min;
    max => numrs::reduce::max;
    mean => numrs::reduce::mean;
    any => numrs::reduce::any;
    all => numrs::reduce::all;
}

#[pymethods]
impl PyNdArray {
    #[pyo3(signature = (order="C"))]
    fn tobytes<'py>(&self, py: Python<'py>, order: &str) -> PyResult<Bound<'py, PyBytes>> {
        let order = order_arg(Some(order), Order::C)?;
        let b = run(|| self.arr.tobytes(order))?;
        Ok(PyBytes::new(py, &b))
    }

    #[pyo3(signature = (order="C"))]
    fn copy(&self, py: Python<'_>, order: &str) -> PyResult<Py<PyNdArray>> {
        let order = order_arg(Some(order), Order::C)?;
        new_array(py, run(|| self.arr.copy(order))?)
    }

    fn __copy__(&self, py: Python<'_>) -> PyResult<Py<PyNdArray>> {
        new_array(py, run(|| self.arr.copy(Order::K))?)
    }

    fn __deepcopy__(&self, py: Python<'_>, _memo: &Bound<'_, PyAny>) -> PyResult<Py<PyNdArray>> {
        new_array(py, run(|| self.arr.copy(Order::K))?)
    }

    #[pyo3(signature = (dtype=None, r#type=None))]
    fn view(
        slf: &Bound<'_, Self>,
        dtype: Option<&Bound<'_, PyAny>>,
        r#type: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Py<PyNdArray>> {
        if r#type.is_some_and(|t| !t.is_none()) {
            return Err(unsupported("view(type=...) (ndarray subclasses)"));
        }
        let arr = slf.borrow().arr.clone();
        let d = match dtype {
            Some(t)
                if t.cast::<PyType>()
                    .is_ok_and(|t| t.is_subclass_of::<PyNdArray>().unwrap_or(false)) =>
            {
                arr.dtype().clone()
            }
            _ => dtype_arg(dtype)?.unwrap_or_else(|| arr.dtype().clone()),
        };
        let v = run(|| arr.view(&d))?;
        view_of(slf.py(), slf.as_any(), v)
    }

    #[pyo3(signature = (dtype, order="K", casting="unsafe", subok=true, copy=true))]
    fn astype(
        slf: &Bound<'_, Self>,
        dtype: &Bound<'_, PyAny>,
        order: &str,
        casting: &str,
        subok: bool,
        copy: bool,
    ) -> PyResult<Py<PyNdArray>> {
        let _ = subok;
        let py = slf.py();
        let arr = slf.borrow().arr.clone();
        let d = to_dtype(dtype, false)?;
        let casting = parse_casting(casting)?;
        if !numrs::can_cast(arr.dtype(), &d, casting) {
            return Err(PyTypeError::new_err(format!(
                "Cannot cast array data from {:?} to {:?} according to the rule '{}'",
                arr.dtype(),
                d,
                casting
            )));
        }
        if !copy && *arr.dtype() == d {
            return Ok(slf.clone().unbind());
        }
        if order != "K" && order != "k" {
            let o = order_arg(Some(order), Order::K)?;
            let c = run(|| arr.astype(&d).and_then(|c| c.copy(o)))?;
            return new_array(py, c);
        }
        new_array(py, run(|| arr.astype(&d))?)
    }

    #[pyo3(signature = (*shape, order="C"))]
    fn reshape(
        slf: &Bound<'_, Self>,
        shape: &Bound<'_, PyTuple>,
        order: &str,
    ) -> PyResult<Py<PyAny>> {
        let arr = slf.borrow().arr.clone();
        let shape = varargs(shape)?;
        let order = order_arg(Some(order), Order::C)?;
        let r = run(|| arr.reshape_order(&shape, order))?;
        wrap_maybe_view(slf, &arr, r)
    }

    #[pyo3(signature = (order="C"))]
    fn ravel(slf: &Bound<'_, Self>, order: &str) -> PyResult<Py<PyAny>> {
        let arr = slf.borrow().arr.clone();
        let order = order_arg(Some(order), Order::C)?;
        let r = run(|| arr.ravel(order))?;
        wrap_maybe_view(slf, &arr, r)
    }

    #[pyo3(signature = (order="C"))]
    fn flatten(&self, py: Python<'_>, order: &str) -> PyResult<Py<PyNdArray>> {
        let order = order_arg(Some(order), Order::C)?;
        let r = run(|| self.arr.copy(order).and_then(|c| c.ravel(order)))?;
        new_array(py, r)
    }

    #[pyo3(signature = (*axes))]
    fn transpose(slf: &Bound<'_, Self>, axes: &Bound<'_, PyTuple>) -> PyResult<Py<PyNdArray>> {
        let arr = slf.borrow().arr.clone();
        let axes = varargs(axes)?;
        let r = if axes.is_empty() {
            arr.t()
        } else {
            run(|| arr.transpose(&axes))?
        };
        view_of(slf.py(), slf.as_any(), r)
    }

    fn swapaxes(slf: &Bound<'_, Self>, axis1: isize, axis2: isize) -> PyResult<Py<PyNdArray>> {
        let arr = slf.borrow().arr.clone();
        let r = run(|| arr.swapaxes(axis1, axis2))?;
        view_of(slf.py(), slf.as_any(), r)
    }

    #[pyo3(signature = (offset=0, axis1=0, axis2=1))]
    fn diagonal(
        slf: &Bound<'_, Self>,
        offset: isize,
        axis1: isize,
        axis2: isize,
    ) -> PyResult<Py<PyNdArray>> {
        let arr = slf.borrow().arr.clone();
        let r = run(|| arr.diagonal(offset, axis1, axis2))?;
        view_of(slf.py(), slf.as_any(), r)
    }

    #[pyo3(signature = (axis=None, out=None, *, keepdims=false))]
    fn argmin(
        &self,
        py: Python<'_>,
        axis: Option<isize>,
        out: Option<&Bound<'_, PyAny>>,
        keepdims: bool,
    ) -> PyResult<Py<PyAny>> {
        let out = out_arg(out)?;
        let mut opts = ReduceOptions::new().axis(axis).keepdims(keepdims);
        if let Some((_, o)) = &out {
            opts = opts.out(o);
        }
        let r = run(|| numrs::reduce::argmin_with(&self.arr, &opts))?;
        reduction_result(py, out, r)
    }

    #[pyo3(signature = (axis=None, out=None, *, keepdims=false))]
    fn argmax(
        &self,
        py: Python<'_>,
        axis: Option<isize>,
        out: Option<&Bound<'_, PyAny>>,
        keepdims: bool,
    ) -> PyResult<Py<PyAny>> {
        let out = out_arg(out)?;
        let mut opts = ReduceOptions::new().axis(axis).keepdims(keepdims);
        if let Some((_, o)) = &out {
            opts = opts.out(o);
        }
        let r = run(|| numrs::reduce::argmax_with(&self.arr, &opts))?;
        reduction_result(py, out, r)
    }

    fn fill(&self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        // NumPy 1.x fills from a 0-d array of the number's own type (a Python number's:
        // int64, uint64, float64, complex128), cast unsafely; NumPy 2 stores it as `x[...] = value` does.
        if crate::mode::legacy() {
            let typed = match py_scalar(value)? {
                Some(numrs::Scalar::Int(i)) => Some(match (i64::try_from(i), u64::try_from(i)) {
                    (Ok(v), _) => numrs::Scalar::I64(v),
                    (_, Ok(v)) => numrs::Scalar::U64(v),
                    _ => {
                        return Err(pyo3::exceptions::PyOverflowError::new_err(
                            "int too big to convert",
                        ))
                    }
                }),
                Some(numrs::Scalar::Float(f)) => Some(numrs::Scalar::F64(f)),
                Some(numrs::Scalar::Complex(c)) => Some(numrs::Scalar::C128(c)),
                Some(s) if s.is_numeric() => Some(s),
                _ => None,
            };
            if let Some(v) = typed {
                let src = run(|| numrs::from_scalars(&[], &[v], None))?;
                return run(|| self.arr.assign([], &src));
            }
        }
        crate::indexing::assign(&self.arr, value)
    }

    #[pyo3(signature = (*args))]
    fn item(&self, py: Python<'_>, args: &Bound<'_, PyTuple>) -> PyResult<Py<PyAny>> {
        let v = match args.len() {
            0 => {
                if self.arr.size() != 1 {
                    return Err(PyValueError::new_err(
                        "can only convert an array of size 1 to a Python scalar",
                    ));
                }
                run(|| self.arr.flat_get(0))?
            }
            1 => {
                let a = args.get_item(0)?;
                match a.extract::<isize>() {
                    Ok(i) => run(|| self.arr.flat_get(i))?,
                    Err(_) => run(|| self.arr.get(&isize_seq(&a).unwrap_or_default()))?,
                }
            }
            _ => {
                let idx: Vec<isize> = args.extract()?;
                run(|| self.arr.get(&idx))?
            }
        };
        crate::scalars::item(py, &v)
    }

    fn tolist<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        tolist(py, &self.arr)
    }

    #[pyo3(signature = (inplace=false))]
    fn byteswap(slf: &Bound<'_, Self>, inplace: bool) -> PyResult<Py<PyNdArray>> {
        let arr = slf.borrow().arr.clone();
        let r = run(|| arr.byteswap(inplace))?;
        if inplace {
            return Ok(slf.clone().unbind());
        }
        new_array(slf.py(), r)
    }

    #[pyo3(signature = (fid, sep="", format="%s"))]
    fn tofile(&self, fid: &Bound<'_, PyAny>, sep: &str, format: &str) -> PyResult<()> {
        let _ = format;
        if !sep.is_empty() {
            return Err(unsupported("tofile with sep (text output)"));
        }
        if let Ok(path) = fid.extract::<std::path::PathBuf>() {
            return run(|| self.arr.tofile(&path));
        }
        let mut bytes = Vec::new();
        run(|| self.arr.tofile_writer(&mut bytes))?;
        fid.call_method1("write", (PyBytes::new(fid.py(), &bytes),))?;
        Ok(())
    }

    #[pyo3(signature = (write=None, align=None, uic=None))]
    fn setflags(
        &mut self,
        write: Option<bool>,
        align: Option<bool>,
        uic: Option<bool>,
    ) -> PyResult<()> {
        if align.is_some() || uic.is_some() {
            return Err(unsupported("setflags(align=..., uic=...)"));
        }
        if let Some(w) = write {
            run(|| self.arr.set_writeable(w))?;
        }
        Ok(())
    }
}

/// Reshape and ravel return a view when they can and a copy otherwise.
fn wrap_maybe_view(slf: &Bound<'_, PyNdArray>, src: &Array, r: Array) -> PyResult<Py<PyAny>> {
    let py = slf.py();
    if std::sync::Arc::ptr_eq(r.buffer(), src.buffer()) {
        Ok(view_of(py, slf.as_any(), r)?.into_any())
    } else {
        Ok(new_array(py, r)?.into_any())
    }
}
