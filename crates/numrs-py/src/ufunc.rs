//! `numrs.add`, `numrs.sqrt`, ...: NumPy's ufunc objects, called with NumPy's keyword
//! arguments (`out=`, `where=`, `casting=`, `dtype=`). Each call is one numrs ufunc call.

use crate::convert::dtype_arg;
use crate::errors::run;
use crate::ndarray::PyNdArray;
use crate::ops::{array_or_scalar, operand, Operand};
use numrs::ufunc::exec::{binary, unary, Arg};
use numrs::ufunc::{BinaryUfunc, UfuncOptions, UnaryUfunc};
use numrs::{Array, Casting};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

#[derive(Clone, Copy)]
enum Op {
    Binary(BinaryUfunc),
    Unary(UnaryUfunc),
}

/// `np.ufunc`.
#[pyclass(name = "ufunc", module = "numpy", frozen)]
pub struct PyUfunc {
    op: Op,
}

fn arg<'a>(o: &'a Operand) -> Arg<'a> {
    match o {
        Operand::Array(a) => Arg::Array(a),
        Operand::Scalar(s) => Arg::Scalar(s.clone()),
    }
}

fn input(obj: &Bound<'_, PyAny>) -> PyResult<Operand> {
    operand(obj)?.ok_or_else(|| {
        PyTypeError::new_err(format!(
            "unsupported operand type: '{}'",
            obj.get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default()
        ))
    })
}

impl PyUfunc {
    fn name(&self) -> &'static str {
        match self.op {
            Op::Binary(b) => b.name(),
            Op::Unary(u) => u.name(),
        }
    }
    fn n_in(&self) -> usize {
        match self.op {
            Op::Binary(_) => 2,
            Op::Unary(_) => 1,
        }
    }
}

#[pymethods]
impl PyUfunc {
    #[getter]
    fn __name__(&self) -> &'static str {
        self.name()
    }
    #[getter]
    fn nin(&self) -> usize {
        self.n_in()
    }
    #[getter]
    fn nout(&self) -> usize {
        1
    }
    #[getter]
    fn nargs(&self) -> usize {
        self.n_in() + 1
    }
    fn __repr__(&self) -> String {
        format!("<ufunc '{}'>", self.name())
    }

    #[pyo3(signature = (*args, **kwargs))]
    fn __call__(
        &self,
        py: Python<'_>,
        args: &Bound<'_, PyTuple>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        let nin = self.n_in();
        let name = self.name();
        if args.len() < nin || args.len() > nin + 1 {
            return Err(PyTypeError::new_err(format!(
                "{name}() takes from {nin} to {} positional arguments but {} were given",
                nin + 1,
                args.len()
            )));
        }
        let mut out_obj = if args.len() > nin {
            Some(args.get_item(nin)?)
        } else {
            None
        };
        let mut where_obj = None;
        let mut casting = Casting::SameKind;
        let mut dtype = None;
        if let Some(kw) = kwargs {
            for (k, v) in kw.iter() {
                let k: String = k.extract()?;
                match k.as_str() {
                    "out" => out_obj = Some(v),
                    "where" => where_obj = Some(v),
                    "casting" => {
                        casting = v
                            .extract::<String>()?
                            .parse()
                            .map_err(crate::errors::to_py)?
                    }
                    "dtype" => dtype = dtype_arg(Some(&v))?,
                    "signature" | "order" | "subok" => {
                        return Err(crate::errors::unsupported(format!("{name}({k}=...)")))
                    }
                    _ => {
                        return Err(PyTypeError::new_err(format!(
                            "{name}() got an unexpected keyword argument '{k}'"
                        )))
                    }
                }
            }
        }
        // `out=(arr,)` is NumPy's tuple form.
        let out_obj = match out_obj {
            Some(o) if o.is_none() => None,
            Some(o) => match o.cast::<PyTuple>() {
                Ok(t) if t.len() == 1 => Some(t.get_item(0)?).filter(|o| !o.is_none()),
                Ok(_) => {
                    return Err(PyValueError::new_err(
                        "The 'out' tuple must have exactly one entry per ufunc output",
                    ))
                }
                Err(_) => Some(o),
            },
            None => None,
        };
        let out: Option<Array> = match &out_obj {
            Some(o) => Some(
                o.cast::<PyNdArray>()
                    .map_err(|_| PyTypeError::new_err("return arrays must be of ArrayType"))?
                    .borrow()
                    .arr
                    .clone(),
            ),
            None => None,
        };
        let mask: Option<Array> = match where_obj {
            Some(w) if w.is_instance_of::<pyo3::types::PyBool>() && w.extract::<bool>()? => None,
            Some(w) => Some(crate::functions::to_array(&w)?),
            None => None,
        };
        let opts = UfuncOptions {
            out: out.as_ref(),
            where_: mask.as_ref(),
            casting,
            dtype,
        };
        // NumPy 2's string and void loops of equal/not_equal (NumPy 1.x had none).
        if let (Op::Binary(b @ (BinaryUfunc::Equal | BinaryUfunc::NotEqual)), None, None) =
            (self.op, &out, &mask)
        {
            if !crate::mode::legacy() {
                let (x, y) = (args.get_item(0)?, args.get_item(1)?);
                let ne = b == BinaryUfunc::NotEqual;
                if let Some(r) = crate::ops::flexible_equality(py, &x, &y, ne)? {
                    return Ok(r);
                }
            }
        }
        let inputs: Vec<Operand> = (0..nin)
            .map(|i| input(&args.get_item(i)?))
            .collect::<PyResult<_>>()?;
        let r = match self.op {
            Op::Binary(b) => run(|| binary(b, arg(&inputs[0]), arg(&inputs[1]), &opts))?,
            Op::Unary(u) => run(|| unary(u, arg(&inputs[0]), &opts))?,
        };
        match out_obj {
            Some(o) => Ok(o.unbind()),
            None => array_or_scalar(py, r),
        }
    }
}

/// Adds every ufunc to the module, with NumPy's aliases.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    for &b in BinaryUfunc::ALL {
        m.add(b.name(), Py::new(py, PyUfunc { op: Op::Binary(b) })?)?;
    }
    for &u in UnaryUfunc::ALL {
        m.add(u.name(), Py::new(py, PyUfunc { op: Op::Unary(u) })?)?;
    }
    for (alias, name) in [
        ("true_divide", "divide"),
        ("mod", "remainder"),
        ("abs", "absolute"),
        ("conj", "conjugate"),
        ("bitwise_not", "invert"),
        ("bitwise_invert", "invert"),
        ("bitwise_left_shift", "left_shift"),
        ("bitwise_right_shift", "right_shift"),
        ("pow", "power"),
        ("asin", "arcsin"),
        ("acos", "arccos"),
        ("atan", "arctan"),
        ("atan2", "arctan2"),
    ] {
        m.add(alias, m.getattr(name)?)?;
    }
    Ok(())
}
