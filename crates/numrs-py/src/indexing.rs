//! `x[key]` and `x[key] = value`: ints, slices, None, Ellipsis, tuples of those, and field
//! names. Integer and boolean array indices are not supported yet.

use crate::convert::{array_from_nested, py_scalar};
use crate::errors::{run, unsupported};
use crate::ndarray::{view_of, PyNdArray};
use numrs::{Array, Idx, Scalar};
use pyo3::exceptions::{PyIndexError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyEllipsis, PyInt, PyList, PySlice, PyString, PyTuple};

const NO_INDEX: &[Idx] = &[];

enum Key {
    Basic(Vec<Idx>),
    Field(String),
    Fields(Vec<String>),
    Mask(Array),
}

/// A boolean array index (a numrs or foreign bool array, or a list of Python bools).
fn mask_key(key: &Bound<'_, PyAny>) -> PyResult<Option<Array>> {
    let arr = if let Ok(a) = key.cast::<PyNdArray>() {
        a.borrow().arr.clone()
    } else if let Some(a) = crate::interop::foreign_array(key)? {
        a
    } else if let Ok(l) = key.cast::<PyList>() {
        if l.is_empty() || !l.iter().all(|i| i.is_instance_of::<PyBool>()) {
            return Ok(None);
        }
        array_from_nested(key, None)?
    } else {
        return Ok(None);
    };
    Ok((arr.dtype().kind() == 'b').then_some(arr))
}

fn opt_isize(o: &Bound<'_, PyAny>) -> PyResult<Option<isize>> {
    if o.is_none() {
        return Ok(None);
    }
    match o.extract::<isize>() {
        Ok(v) => Ok(Some(v)),
        Err(_) => {
            // Python clamps huge slice bounds; so do we.
            let big: i128 = o.extract().map_err(|_| {
                pyo3::exceptions::PyTypeError::new_err(
                    "slice indices must be integers or None or have an __index__ method",
                )
            })?;
            Ok(Some(if big < 0 { isize::MIN } else { isize::MAX }))
        }
    }
}

fn one(o: &Bound<'_, PyAny>) -> PyResult<Idx> {
    if o.is_none() {
        return Ok(Idx::NewAxis);
    }
    if o.is_instance_of::<PyEllipsis>() {
        return Ok(Idx::Ellipsis);
    }
    if let Ok(s) = o.cast::<PySlice>() {
        let py = o.py();
        let step = opt_isize(&s.getattr(intern!(py, "step"))?)?.unwrap_or(1);
        if step == 0 {
            return Err(PyValueError::new_err("slice step cannot be zero"));
        }
        return Ok(Idx::Slice {
            start: opt_isize(&s.getattr(intern!(py, "start"))?)?,
            stop: opt_isize(&s.getattr(intern!(py, "stop"))?)?,
            step,
        });
    }
    if !o.is_instance_of::<PyBool>() {
        if let Ok(i) = o.extract::<isize>() {
            return Ok(Idx::Int(i));
        }
        if let Ok(i) = o.call_method0("__index__") {
            if let Ok(i) = i.extract::<isize>() {
                return Ok(Idx::Int(i));
            }
            return Err(PyIndexError::new_err(format!(
                "cannot fit '{}' into an index-sized integer",
                o.get_type().name()?
            )));
        }
    }
    if o.is_instance_of::<PyList>() || o.cast::<PyNdArray>().is_ok() || o.is_instance_of::<PyBool>()
    {
        return Err(unsupported("advanced indexing (integer or boolean arrays)"));
    }
    Err(PyIndexError::new_err(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
    ))
}

fn parse_key(key: &Bound<'_, PyAny>) -> PyResult<Key> {
    // The commonest keys first: an int, a slice, a tuple of them. None of these is a mask
    // or exports a buffer, and probing for one raises (and drops) an exception each time.
    if key.is_exact_instance_of::<PyInt>() || key.is_exact_instance_of::<PySlice>() {
        return Ok(Key::Basic(vec![one(key)?]));
    }
    if let Ok(t) = key.cast_exact::<PyTuple>() {
        return Ok(Key::Basic(
            t.iter().map(|o| one(&o)).collect::<PyResult<_>>()?,
        ));
    }
    if let Some(m) = mask_key(key)? {
        return Ok(Key::Mask(m));
    }
    if let Ok(s) = key.cast::<PyString>() {
        return Ok(Key::Field(s.to_str()?.to_string()));
    }
    if let Ok(l) = key.cast::<PyList>() {
        if !l.is_empty() && l.iter().all(|i| i.is_instance_of::<PyString>()) {
            return Ok(Key::Fields(l.extract()?));
        }
    }
    if let Ok(t) = key.cast::<PyTuple>() {
        return Ok(Key::Basic(
            t.iter().map(|o| one(&o)).collect::<PyResult<_>>()?,
        ));
    }
    Ok(Key::Basic(vec![one(key)?]))
}

fn is_item(idx: &[Idx], ndim: usize) -> bool {
    idx.len() == ndim && idx.iter().all(|i| matches!(i, Idx::Int(_)))
}

/// `x[i]` for an integer `i` (used by iteration too).
pub fn get_int(slf: &Bound<'_, PyNdArray>, arr: &Array, i: isize) -> PyResult<Py<PyAny>> {
    let py = slf.py();
    if arr.ndim() == 1 {
        let v = run(|| arr.get(&[i]))?;
        return crate::scalars::to_py(py, v);
    }
    let v = run(|| arr.slice([Idx::Int(i)]))?;
    Ok(view_of(py, slf.as_any(), v)?.into_any())
}

fn target(arr: &Array, key: &Key) -> PyResult<Array> {
    match key {
        Key::Basic(idx) => run(|| arr.slice(idx)),
        Key::Field(name) => run(|| arr.field(name)),
        Key::Fields(names) => {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            run(|| arr.fields(&names))
        }
        Key::Mask(_) => Err(unsupported("assignment through a boolean mask")),
    }
}

#[pymethods]
impl PyNdArray {
    fn __getitem__(slf: &Bound<'_, Self>, key: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        let arr = slf.borrow().arr.clone();
        let key = parse_key(key)?;
        if let Key::Basic(idx) = &key {
            if is_item(idx, arr.ndim()) {
                let ints: Vec<isize> = idx
                    .iter()
                    .map(|i| if let Idx::Int(v) = i { *v } else { 0 })
                    .collect();
                if arr.dtype().fields().is_some() {
                    let r = run(|| arr.record(&ints))?;
                    return crate::scalars::record_to_py(py, r);
                }
                let v = run(|| arr.get(&ints))?;
                return crate::scalars::to_py(py, v);
            }
        }
        if let Key::Mask(m) = &key {
            return Ok(crate::ndarray::new_array(py, run(|| arr.select_mask(m))?)?.into_any());
        }
        let view = target(&arr, &key)?;
        Ok(view_of(py, slf.as_any(), view)?.into_any())
    }

    fn __setitem__(
        slf: &Bound<'_, Self>,
        key: &Bound<'_, PyAny>,
        value: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        let arr = slf.borrow().arr.clone();
        let key = parse_key(key)?;
        let dest = target(&arr, &key)?;
        assign(&dest, value)
    }
}

/// Writes a Python value (array, scalar, nested sequence) into `dest`, broadcasting.
pub fn assign(dest: &Array, value: &Bound<'_, PyAny>) -> PyResult<()> {
    if let Ok(src) = value.cast::<PyNdArray>() {
        let src = src.borrow().arr.clone();
        return run(|| dest.assign(NO_INDEX, &src));
    }
    let records = dest.dtype().fields().is_some();
    if !(records && value.is_instance_of::<PyTuple>()) {
        if let Some(mut s) = py_scalar(value)? {
            // A number goes where NumPy's setitem sends it: a NumPy number into a signed
            // integer array and a Python float into any integer array through Python's
            // int() (NaN is a ValueError, a value out of range an OverflowError); else
            // through the cast from its own type (float64 for a Python float), with the
            // cast's warnings.
            let numpy_number = !s.is_weak() && s.is_numeric();
            let py_float = matches!(s, Scalar::Float(_));
            match dest.dtype().kind() {
                'i' if numpy_number || py_float => s = as_python_number(s)?,
                'u' if py_float => s = as_python_number(s)?,
                'u' | 'f' | 'c' | 'b' if numpy_number || py_float => {
                    let src = run(|| numrs::from_scalars(&[], &[s], None))?;
                    return run(|| dest.assign(NO_INDEX, &src));
                }
                'b' => s = crate::convert::python_number_for(dest.dtype(), &s)?,
                // A Python int becomes a C double first (Python's float()), then the
                // item's type through the cast (float16's overflow warning included).
                'f' | 'c' => {
                    if let Scalar::Int(i) = s {
                        let src = run(|| numrs::from_scalars(&[], &[Scalar::F64(i as f64)], None))?;
                        return run(|| dest.assign(NO_INDEX, &src));
                    }
                }
                _ => {}
            }
            crate::convert::check_pyint_for(dest.dtype(), &s)?;
            return run(|| dest.fill(s));
        }
    }
    if let Some(src) = crate::interop::foreign_array(value)? {
        return run(|| dest.assign(NO_INDEX, &src));
    }
    let src = array_from_nested(value, Some(dest.dtype().clone()))?;
    run(|| dest.assign(NO_INDEX, &src))
}

/// `x.flat[i] = value`: the item's setitem (the rules of `x[i] = value`, through [`assign`]),
/// and, as NumPy's flat iterator does, any error of that conversion replaced by its own
/// ValueError (an index out of bounds or a read-only array are reported as such first).
pub fn set_flat(arr: &Array, i: isize, value: &Bound<'_, PyAny>) -> PyResult<()> {
    let n = arr.size();
    let j = if i < 0 {
        i.checked_add_unsigned(n)
    } else {
        Some(i)
    };
    let j = match j {
        Some(j) if j >= 0 && (j as usize) < n => j as usize,
        _ => {
            return Err(PyIndexError::new_err(format!(
                "index {i} is out of bounds for size {n}"
            )))
        }
    };
    if !arr.flags().writeable {
        return Err(PyValueError::new_err("underlying array is read-only"));
    }
    // The C-order position `j` as one integer index per axis (a 0-d view of the item).
    let mut idx = vec![Idx::Int(0); arr.ndim()];
    let mut rem = j;
    for (k, &d) in arr.shape().iter().enumerate().rev() {
        idx[k] = Idx::Int((rem % d) as isize);
        rem /= d;
    }
    let item = run(|| arr.slice(&idx))?;
    let flat_error = |e: PyErr| {
        // numrs's own gaps stay visible as such.
        if e.is_instance_of::<pyo3::exceptions::PyNotImplementedError>(value.py()) {
            e
        } else {
            PyValueError::new_err("Error setting single item of array.")
        }
    };
    // One item takes one value: a sequence is refused, an array unless 0-d (NumPy 1.x also
    // unpacks a one-item array).
    if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
        return Err(flat_error(PyValueError::new_err("a sequence")));
    }
    if let Ok(src) = value.cast::<PyNdArray>() {
        let src = src.borrow().arr.clone();
        if src.ndim() > 0 {
            if !(crate::mode::legacy() && src.size() == 1) {
                return Err(flat_error(PyValueError::new_err("not one item")));
            }
            let one = run(|| src.reshape(&[]))?;
            return run(|| item.assign(NO_INDEX, &one)).map_err(flat_error);
        }
    }
    assign(&item, value).map_err(flat_error)
}

/// A NumPy number (or Python float) as the Python int NumPy's signed-integer setitem
/// converts it to: an integer's value, a float's `int()` (NaN, infinities and values beyond
/// 2**64 stay floats, for `check_pyint_for` to refuse as `int()` does), a complex number's
/// real part (with the cast's ComplexWarning) converted so.
fn as_python_number(s: Scalar) -> PyResult<Scalar> {
    let f = match s {
        Scalar::C64(_) | Scalar::C128(_) => {
            let re = run(|| {
                numrs::from_scalars(&[], &[s], None)?
                    .astype(&numrs::DType::FLOAT64)?
                    .get(&[])
            })?;
            re.to_f64()
        }
        Scalar::F16(_) | Scalar::F32(_) | Scalar::F64(_) | Scalar::Float(_) => s.to_f64(),
        s => return Ok(s.as_i128().map_or(s, Scalar::Int)),
    };
    Ok(if f.is_finite() && f.abs() < 18446744073709551616.0 {
        Scalar::Int(f.trunc() as i128)
    } else {
        Scalar::Float(f)
    })
}
