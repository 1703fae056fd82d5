//! Python arguments to numrs values: scalars, nested sequences, shapes, axes, orders, dtypes.

use crate::dtype::PyDType;
use crate::errors::{run, unsupported};
use crate::ndarray::PyNdArray;
use crate::scalars::PyGeneric;
use num_complex::Complex64;
use numrs::dtype::spec::{FieldSpec, FieldsDictEntry, TupleArg};
use numrs::dtype::DTypeSpec;
use numrs::{Array, DType, Order, Scalar};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyBytes, PyComplex, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType,
};

/// A Python number or NumPy scalar as a numrs scalar (`None` if it is not one). Python
/// `int`/`float`/`complex` are weak literals; `bool` is `np.bool_`.
pub fn py_scalar(obj: &Bound<'_, PyAny>) -> PyResult<Option<Scalar>> {
    if let Ok(g) = obj.cast::<PyGeneric>() {
        return Ok(Some(g.get().cur()));
    }
    if obj.is_instance_of::<PyBool>() {
        return Ok(Some(Scalar::Bool(obj.extract::<bool>()?)));
    }
    if obj.is_instance_of::<PyInt>() {
        return match obj.extract::<i128>() {
            Ok(v) => Ok(Some(Scalar::Int(v))),
            // What NumPy's conversion through C long says (numrs has no object dtype).
            Err(_) => Err(pyo3::exceptions::PyOverflowError::new_err(
                "Python int too large to convert to C long",
            )),
        };
    }
    if obj.is_instance_of::<PyFloat>() {
        return Ok(Some(Scalar::Float(obj.extract::<f64>()?)));
    }
    if let Ok(c) = obj.cast::<PyComplex>() {
        return Ok(Some(Scalar::Complex(Complex64::new(c.real(), c.imag()))));
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Some(Scalar::Bytes(b.as_bytes().to_vec())));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Some(Scalar::Str(s.to_str()?.to_string())));
    }
    Ok(None)
}

/// Nested lists/tuples of scalars: their shape and C-order values.
fn flatten(
    obj: &Bound<'_, PyAny>,
    depth: usize,
    shape: &mut Vec<usize>,
    out: &mut Vec<Scalar>,
    records: bool,
) -> PyResult<()> {
    let seq: Option<Vec<Bound<'_, PyAny>>> = if let Ok(l) = obj.cast::<PyList>() {
        Some(l.iter().collect())
    } else if let Ok(t) = obj.cast::<PyTuple>() {
        if records && depth >= shape.len() && !t.is_empty() {
            // A tuple where a record item is expected is that item's field values.
            let fields: PyResult<Vec<Scalar>> = t.iter().map(|f| record_value(&f)).collect();
            out.push(Scalar::Tuple(fields?));
            return Ok(());
        }
        Some(t.iter().collect())
    } else if let Ok(a) = obj.cast::<PyNdArray>() {
        let arr = a.borrow().arr.clone();
        let list = crate::ndarray::tolist(obj.py(), &arr)?;
        return flatten(&list, depth, shape, out, records);
    } else {
        None
    };
    match seq {
        Some(items) => {
            if depth == shape.len() && out.is_empty() {
                shape.push(items.len());
            } else if shape.get(depth) != Some(&items.len()) {
                return Err(inhomogeneous(shape, depth));
            }
            for it in &items {
                flatten(it, depth + 1, shape, out, records)?;
            }
            Ok(())
        }
        None => {
            if depth != shape.len() {
                return Err(inhomogeneous(shape, depth));
            }
            match py_scalar(obj)? {
                Some(s) => {
                    out.push(s);
                    Ok(())
                }
                None => Err(unsupported(format!(
                    "object dtype (an array of {} objects)",
                    obj.get_type().name()?
                ))),
            }
        }
    }
}

/// One field's value inside a record tuple: a scalar, a nested record (a tuple), or a
/// sub-array's values (nested lists or an array, item by item in C order).
fn record_value(obj: &Bound<'_, PyAny>) -> PyResult<Scalar> {
    if let Some(s) = py_scalar(obj)? {
        return Ok(s);
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        let items: PyResult<Vec<Scalar>> = t.iter().map(|f| record_value(&f)).collect();
        return Ok(Scalar::Tuple(items?));
    }
    if obj.is_instance_of::<PyList>() || obj.cast::<PyNdArray>().is_ok() {
        let mut shape = Vec::new();
        let mut values = Vec::new();
        flatten(obj, 0, &mut shape, &mut values, false)?;
        return Ok(Scalar::Tuple(values));
    }
    Err(unsupported(format!(
        "record field values of type {}",
        obj.get_type().name()?
    )))
}

fn inhomogeneous(shape: &[usize], depth: usize) -> PyErr {
    PyValueError::new_err(format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {depth} dimensions. The detected shape was {} + inhomogeneous part.",
        numrs::error::shape_str(&shape[..depth.min(shape.len())])
    ))
}

/// NumPy stores a Python int into an integer array through a C `long` (`unsigned long`
/// for uint32 and uint64): outside that range it raises before any range check of the target type.
/// A Python float goes through Python's `int()` first: NaN and infinities raise its errors.
pub fn check_pyint_for(dtype: &DType, v: &Scalar) -> PyResult<()> {
    if let (Scalar::Float(f), 'i' | 'u') = (v, dtype.kind()) {
        if f.is_nan() {
            return Err(PyValueError::new_err("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(pyo3::exceptions::PyOverflowError::new_err(
                "cannot convert float infinity to integer",
            ));
        }
        // Beyond every C integer type (2**64): int(f) then does not fit a C long.
        if f.abs() >= 18446744073709551616.0 {
            return Err(pyo3::exceptions::PyOverflowError::new_err(
                "Python int too large to convert to C long",
            ));
        }
    }
    if let Scalar::Int(i) = v {
        // uint32 and uint64 convert through C `unsigned long` (64 bits here).
        let wide_unsigned = matches!(
            dtype.scalar_type(),
            Some(numrs::dtype::ScalarType::UInt32 | numrs::dtype::ScalarType::UInt64)
        );
        let fits = i64::try_from(*i).is_ok() || (wide_unsigned && u64::try_from(*i).is_ok());
        if matches!(dtype.kind(), 'i' | 'u') && !fits {
            return Err(pyo3::exceptions::PyOverflowError::new_err(
                "Python int too large to convert to C long",
            ));
        }
    }
    Ok(())
}

/// `np.array(nested, dtype)` for Python data (lists, tuples, scalars).
pub fn array_from_nested(obj: &Bound<'_, PyAny>, dtype: Option<DType>) -> PyResult<Array> {
    let records = dtype.as_ref().is_some_and(|d| d.fields().is_some());
    let mut shape = Vec::new();
    let mut values = Vec::new();
    flatten(obj, 0, &mut shape, &mut values, records)?;
    if let Some(d) = &dtype {
        for v in values.iter_mut() {
            // NumPy packs a real NumPy number into a signed integer array, and a Python float
            // into any integer array, through Python's int() (as setitem does).
            if d.kind() == 'i' && !v.is_weak() {
                match v {
                    Scalar::F16(_) | Scalar::F32(_) | Scalar::F64(_) => {
                        *v = Scalar::Float(v.to_f64())
                    }
                    _ => *v = v.as_i128().map_or(v.clone(), Scalar::Int),
                }
            }
            check_pyint_for(d, v)?;
            *v = python_number_for(d, v)?;
        }
    }
    run(|| numrs::from_scalars(&shape, &values, dtype))
}

/// A Python number bound for an item of `dtype` as NumPy's setitem converts it: a Python
/// float for an integer dtype through Python's `int()` (NaN, infinity and floats beyond
/// every C integer raise Python's errors), a Python complex for a bool dtype through its
/// truth value (NumPy's bool setitem takes any object's truth); other values unchanged.
pub fn python_number_for(dtype: &DType, v: &Scalar) -> PyResult<Scalar> {
    match v {
        Scalar::Float(f) if matches!(dtype.kind(), 'i' | 'u') => {
            check_pyint_for(dtype, v)?;
            let int = Scalar::Int(f.trunc() as i128);
            check_pyint_for(dtype, &int)?;
            Ok(int)
        }
        Scalar::Complex(c) if dtype.kind() == 'b' => Ok(Scalar::Bool(c.re != 0.0 || c.im != 0.0)),
        v => Ok(v.clone()),
    }
}

/// A shape argument: an int or a sequence of ints.
pub fn shape_arg(obj: &Bound<'_, PyAny>) -> PyResult<Vec<usize>> {
    let dims = isize_seq(obj)?;
    dims.into_iter()
        .map(|d| {
            usize::try_from(d).map_err(|_| {
                PyValueError::new_err("negative dimensions are not allowed".to_string())
            })
        })
        .collect()
}

/// An int or a sequence of ints (reshape shapes may hold -1; strides may be negative).
pub fn isize_seq(obj: &Bound<'_, PyAny>) -> PyResult<Vec<isize>> {
    if let Ok(v) = obj.extract::<isize>() {
        return Ok(vec![v]);
    }
    let mut out = Vec::new();
    for it in obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "'{}' object cannot be interpreted as an integer",
            obj.get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default()
        ))
    })? {
        out.push(it?.extract::<isize>()?);
    }
    Ok(out)
}

/// An `axis=` argument: None, an int, or a tuple of ints.
pub fn axis_arg(obj: Option<&Bound<'_, PyAny>>) -> PyResult<numrs::reduce::Axis> {
    use numrs::reduce::Axis;
    match obj {
        None => Ok(Axis::All),
        Some(o) if o.is_none() => Ok(Axis::All),
        Some(o) => match o.extract::<isize>() {
            Ok(v) => Ok(Axis::One(v)),
            Err(_) => Ok(Axis::Many(isize_seq(o)?)),
        },
    }
}

/// An `order=` argument.
pub fn order_arg(order: Option<&str>, default: Order) -> PyResult<Order> {
    Ok(match order {
        None => default,
        Some("C") | Some("c") => Order::C,
        Some("F") | Some("f") => Order::F,
        Some("A") | Some("a") => Order::A,
        Some("K") | Some("k") => Order::K,
        Some(o) => {
            return Err(PyValueError::new_err(format!(
                "order must be one of 'C', 'F', 'A', or 'K' (got '{o}')"
            )))
        }
    })
}

/// A dtype argument (`None` gives `None`: the caller picks the default).
pub fn dtype_arg(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<DType>> {
    match obj {
        None => Ok(None),
        Some(o) if o.is_none() => Ok(None),
        Some(o) => Ok(Some(to_dtype(o, false)?)),
    }
}

/// `np.dtype(obj, align)`.
pub fn to_dtype(obj: &Bound<'_, PyAny>, align: bool) -> PyResult<DType> {
    if let Ok(d) = obj.cast::<PyDType>() {
        return Ok(d.get().d.clone());
    }
    if obj.is_none() {
        return Ok(DType::FLOAT64);
    }
    let spec = to_spec(obj)?;
    run(|| spec.to_dtype(align))
}

fn to_spec(obj: &Bound<'_, PyAny>) -> PyResult<DTypeSpec> {
    if let Ok(d) = obj.cast::<PyDType>() {
        return Ok(DTypeSpec::DType(d.get().d.clone()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(DTypeSpec::Str(s.to_str()?.to_string()));
    }
    if let Ok(t) = obj.cast::<PyType>() {
        if let Some(d) = crate::scalars::dtype_of_class(t)? {
            return Ok(DTypeSpec::DType(d));
        }
        let module: String = t.getattr("__module__")?.extract()?;
        let name: String = t.getattr("__name__")?.extract()?;
        return Ok(DTypeSpec::PyType(if module == "builtins" {
            name
        } else {
            format!("{module}.{name}")
        }));
    }
    if let Ok(d) = obj.getattr("dtype") {
        if let Ok(d) = d.cast::<PyDType>() {
            return Ok(DTypeSpec::DType(d.get().d.clone()));
        }
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        if t.len() != 2 {
            return Err(PyTypeError::new_err(format!(
                "Tuple must have size 2, but has size {}",
                t.len()
            )));
        }
        let base = to_spec(&t.get_item(0)?)?;
        return Ok(DTypeSpec::Tuple(
            Box::new(base),
            tuple_arg(&t.get_item(1)?, true)?,
        ));
    }
    if let Ok(l) = obj.cast::<PyList>() {
        let mut fields = Vec::new();
        for item in l.iter() {
            let t = match item.cast::<PyTuple>() {
                Ok(t) if t.len() >= 2 => t.clone(),
                _ => {
                    return Err(PyTypeError::new_err(format!(
                        "Field elements must be 2- or 3-tuples, got '{}'",
                        item.repr()?
                    )))
                }
            };
            if t.len() > 3 {
                return Err(PyTypeError::new_err(format!(
                    "Field elements must be tuples with at most 3 elements, got '{}'",
                    item.repr()?
                )));
            }
            let name_obj = t.get_item(0)?;
            let (name, title) = if let Ok(nt) = name_obj.cast::<PyTuple>() {
                if nt.len() != 2 {
                    return Err(PyTypeError::new_err(format!(
                        "If a tuple, the first element of a field tuple must have two elements, not {}",
                        nt.len()
                    )));
                }
                (
                    nt.get_item(1)?.extract::<String>()?,
                    Some(nt.get_item(0)?.extract::<String>()?),
                )
            } else if let Ok(n) = name_obj.cast::<PyString>() {
                (n.to_str()?.to_string(), None)
            } else {
                return Err(PyTypeError::new_err(
                    "First element of field tuple is neither a tuple nor str",
                ));
            };
            let shape = if t.len() == 3 {
                Some(tuple_arg(&t.get_item(2)?, false)?)
            } else {
                None
            };
            fields.push(FieldSpec {
                name,
                title,
                format: to_spec(&t.get_item(1)?)?,
                shape,
            });
        }
        return Ok(DTypeSpec::List(fields));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        if let Some(names) = d.get_item("names")? {
            let names: Vec<String> = names
                .try_iter()?
                .map(|n| {
                    n?.extract::<String>()
                        .map_err(|_| PyValueError::new_err("field names must be strings"))
                })
                .collect::<PyResult<_>>()?;
            let formats = match d.get_item("formats")? {
                Some(f) => f
                    .try_iter()?
                    .map(|x| to_spec(&x?))
                    .collect::<PyResult<Vec<_>>>()?,
                // NumPy then reads the dict as the fields-dict form, whose entries fail.
                None => return Err(not_a_field_tuple()),
            };
            let offsets = match d.get_item("offsets")? {
                Some(o) => Some(
                    o.try_iter()?
                        .map(|x| x?.extract::<i64>())
                        .collect::<PyResult<Vec<_>>>()?,
                ),
                None => None,
            };
            let titles = d.get_item("titles")?.map(|o| o.extract()).transpose()?;
            let itemsize = d.get_item("itemsize")?.map(|o| o.extract()).transpose()?;
            let aligned = d.get_item("aligned")?.map(|o| o.extract()).transpose()?;
            return Ok(DTypeSpec::Dict {
                names,
                formats,
                offsets,
                titles,
                itemsize,
                aligned,
            });
        }
        let mut entries = Vec::new();
        for (k, v) in d.iter() {
            let t = match v.cast::<PyTuple>() {
                Ok(t) if (2..=3).contains(&t.len()) => t.clone(),
                _ => return Err(not_a_field_tuple()),
            };
            entries.push(FieldsDictEntry {
                name: k.extract()?,
                format: to_spec(&t.get_item(0)?)?,
                offset: t.get_item(1)?.extract()?,
                title: if t.len() > 2 {
                    Some(t.get_item(2)?.extract()?)
                } else {
                    None
                },
            });
        }
        return Ok(DTypeSpec::FieldsDict(entries));
    }
    Err(PyTypeError::new_err(format!(
        "Cannot interpret '{}' as a data type",
        obj.repr()?
    )))
}

fn not_a_field_tuple() -> PyErr {
    PyValueError::new_err("entry not a 2- or 3- tuple")
}

fn invalid_shape() -> PyErr {
    PyValueError::new_err("invalid shape in fixed-type tuple.")
}

/// The second element of a `(base, x)` tuple or the third of a field tuple: an int or a
/// sequence of ints; anything else is NumPy's "invalid shape" (or, for a dtype there, the
/// `(base_dtype, new_dtype)` union form numrs does not implement).
fn tuple_arg(obj: &Bound<'_, PyAny>, allow_union: bool) -> PyResult<TupleArg> {
    let int = |x: &Bound<'_, PyAny>| -> PyResult<i64> {
        if x.is_instance_of::<PyFloat>() || x.is_instance_of::<PyString>() {
            return Err(invalid_shape());
        }
        x.extract::<i64>().map_err(|_| invalid_shape())
    };
    if obj.is_instance_of::<PyTuple>() || obj.is_instance_of::<PyList>() {
        let dims: PyResult<Vec<i64>> = obj.try_iter()?.map(|x| int(&x?)).collect();
        return match dims {
            Ok(d) => Ok(TupleArg::Shape(d)),
            Err(e) => {
                if allow_union && obj.is_instance_of::<PyList>() && to_spec(obj).is_ok() {
                    return Err(unsupported("the (base_dtype, new_dtype) union dtype form"));
                }
                Err(e)
            }
        };
    }
    if allow_union
        && (obj.is_instance_of::<PyString>()
            || obj.is_instance_of::<PyDict>()
            || obj.cast::<PyDType>().is_ok()
            || obj.is_instance_of::<PyType>())
    {
        return match to_spec(obj).and_then(|sp| run(|| sp.to_dtype(false))) {
            Ok(_) => Err(unsupported("the (base_dtype, new_dtype) union dtype form")),
            Err(_) => Err(invalid_shape()),
        };
    }
    Ok(TupleArg::Int(int(obj)?))
}
