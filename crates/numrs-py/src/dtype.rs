//! `numrs.dtype`: a Python face for `numrs::DType`; every attribute comes from the Rust type.

use crate::convert::to_dtype;
use crate::errors::run;
use numrs::DType;
use pyo3::basic::CompareOp;
use pyo3::exceptions::{PyIndexError, PyKeyError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

/// `np.dtype`.
#[pyclass(name = "dtype", module = "numpy", frozen, subclass)]
pub struct PyDType {
    pub d: DType,
}

macro_rules! dtype_classes {
    ($($rs:ident $name:literal $np1:literal;)*) => {
        $(
            #[doc = concat!("`numpy.dtypes.", $name, "`")]
            #[pyclass(name = $name, module = "numpy.dtypes", extends = PyDType, frozen)]
            pub struct $rs;
        )*

        /// A new Python dtype object, of NumPy's dtype class for its kind (`Int32DType`).
        pub fn new_dtype(py: Python<'_>, d: DType) -> PyResult<Py<PyDType>> {
            let class = class_name(&d);
            $(
                if class == $name {
                    let obj = Bound::new(py, PyClassInitializer::from(PyDType { d }).add_subclass($rs))?;
                    return Ok(obj.into_super().unbind());
                }
            )*
            Py::new(py, PyDType { d })
        }

        /// Adds the dtype classes, and `_DTYPE_CLASSES`: (class, NumPy 2 name, NumPy 1 name).
        pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
            let py = m.py();
            m.add_class::<PyDType>()?;
            let mut table = Vec::new();
            $(
                m.add_class::<$rs>()?;
                table.push((py.get_type::<$rs>(), $name, $np1));
            )*
            m.add("_DTYPE_CLASSES", table)?;
            m.add_function(wrap_pyfunction!(_make_dtype, m)?)?;
            Ok(())
        }
    };
}

dtype_classes! {
    BoolDType "BoolDType" "dtype[bool_]";
    Int8DType "Int8DType" "dtype[int8]";
    UInt8DType "UInt8DType" "dtype[uint8]";
    Int16DType "Int16DType" "dtype[int16]";
    UInt16DType "UInt16DType" "dtype[uint16]";
    Int32DType "Int32DType" "dtype[int32]";
    UInt32DType "UInt32DType" "dtype[uint32]";
    Int64DType "Int64DType" "dtype[int64]";
    UInt64DType "UInt64DType" "dtype[uint64]";
    Float16DType "Float16DType" "dtype[float16]";
    Float32DType "Float32DType" "dtype[float32]";
    Float64DType "Float64DType" "dtype[float64]";
    Complex64DType "Complex64DType" "dtype[complex64]";
    Complex128DType "Complex128DType" "dtype[complex128]";
    BytesDType "BytesDType" "dtype[bytes_]";
    StrDType "StrDType" "dtype[str_]";
    VoidDType "VoidDType" "dtype[void]";
}

/// NumPy 2's dtype class name for a dtype.
fn class_name(d: &DType) -> String {
    match d.scalar_type() {
        Some(ty) => {
            let name = ty.info().name;
            let mut c = name.chars();
            let cap = match c.next() {
                Some('u') => format!("UInt{}", &name[4..]),
                Some(first) => format!("{}{}", first.to_ascii_uppercase(), c.as_str()),
                None => String::new(),
            };
            format!("{cap}DType")
        }
        None => match d.kind() {
            'S' => "BytesDType".into(),
            'U' => "StrDType".into(),
            _ => "VoidDType".into(),
        },
    }
}

/// `np.dtype(obj, align=False, copy=False)` (installed as `dtype.__new__`, so that it returns
/// an instance of the kind's class, as NumPy does). A dtype object is returned as is.
#[pyfunction]
#[pyo3(signature = (cls, dtype, align=false, copy=false))]
fn _make_dtype(
    cls: &Bound<'_, PyAny>,
    dtype: &Bound<'_, PyAny>,
    align: bool,
    copy: bool,
) -> PyResult<Py<PyAny>> {
    let _ = cls;
    let py = dtype.py();
    if dtype.cast::<PyDType>().is_ok() && !align && !copy {
        return Ok(dtype.clone().unbind());
    }
    Ok(new_dtype(py, to_dtype(dtype, align)?)?.into_any())
}

fn py_literal<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("ast")?.getattr("literal_eval")?.call1((text,))
}

#[pymethods]
impl PyDType {
    #[new]
    #[pyo3(signature = (dtype, align=false, copy=false))]
    fn py_new(dtype: &Bound<'_, PyAny>, align: bool, copy: bool) -> PyResult<Self> {
        let _ = copy;
        Ok(PyDType {
            d: to_dtype(dtype, align)?,
        })
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.d)
    }

    fn __str__(&self) -> String {
        self.d.to_string()
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.d.str().hash(&mut h);
        format!("{:?}", self.d).hash(&mut h);
        h.finish()
    }

    fn __richcmp__(
        &self,
        other: &Bound<'_, PyAny>,
        op: CompareOp,
        py: Python<'_>,
    ) -> PyResult<Py<PyAny>> {
        let Ok(other) = to_dtype(other, false) else {
            return Ok(py.NotImplemented());
        };
        let eq = self.d == other;
        Ok(match op {
            CompareOp::Eq => eq.into_pyobject(py)?.to_owned().into_any().unbind(),
            CompareOp::Ne => (!eq).into_pyobject(py)?.to_owned().into_any().unbind(),
            _ => py.NotImplemented(),
        })
    }

    fn __len__(&self) -> usize {
        self.d.fields().map_or(0, |f| f.len())
    }

    fn __getitem__(&self, py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<Py<PyDType>> {
        let fields = self.d.fields().ok_or_else(|| {
            PyKeyError::new_err(format!("There are no fields in dtype {}.", self.d))
        })?;
        if let Ok(i) = key.extract::<isize>() {
            let n = fields.len() as isize;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(PyIndexError::new_err(format!(
                    "Field index {i} out of range."
                )));
            }
            return new_dtype(py, fields[j as usize].dtype.clone());
        }
        let name: String = key.extract()?;
        fields
            .iter()
            .find(|f| f.name == name || f.title.as_deref() == Some(&name))
            .map(|f| new_dtype(py, f.dtype.clone()))
            .unwrap_or_else(|| {
                Err(PyKeyError::new_err(format!(
                    "Field named '{name}' not found."
                )))
            })
    }

    #[getter]
    fn itemsize(&self) -> usize {
        self.d.itemsize()
    }
    #[getter]
    fn alignment(&self) -> usize {
        self.d.alignment()
    }
    #[getter]
    fn byteorder(&self) -> String {
        self.d.byteorder().to_string()
    }
    #[getter]
    fn kind(&self) -> String {
        self.d.kind().to_string()
    }
    #[getter]
    fn char(&self) -> String {
        self.d.char().to_string()
    }
    #[getter]
    fn num(&self) -> u8 {
        self.d.num()
    }
    #[getter]
    fn name(&self) -> String {
        self.d.name()
    }
    #[getter]
    fn str(&self) -> String {
        self.d.str()
    }
    #[getter]
    fn isnative(&self) -> bool {
        self.d.isnative()
    }
    #[getter]
    fn isbuiltin(&self) -> u8 {
        self.d.isbuiltin()
    }
    #[getter]
    fn hasobject(&self) -> bool {
        false
    }
    #[getter]
    fn isalignedstruct(&self) -> bool {
        self.d.is_aligned_struct()
    }
    #[getter]
    fn shape<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.d.shape())
    }
    #[getter]
    fn ndim(&self) -> usize {
        self.d.shape().len()
    }
    #[getter]
    fn base(&self, py: Python<'_>) -> PyResult<Py<PyDType>> {
        new_dtype(py, self.d.base().clone())
    }
    #[getter]
    fn subdtype(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self.d.subdtype() {
            None => Ok(py.None()),
            Some((b, s)) => Ok((new_dtype(py, b.clone())?, PyTuple::new(py, s)?)
                .into_pyobject(py)?
                .into_any()
                .unbind()),
        }
    }
    #[getter]
    fn descr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_literal(py, &run(|| self.d.descr_repr())?)
    }
    #[getter]
    fn names<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyTuple>>> {
        self.d.names().map(|n| PyTuple::new(py, n)).transpose()
    }
    #[getter]
    fn fields<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let Some(fields) = self.d.fields() else {
            return Ok(None);
        };
        let dict = PyDict::new(py);
        for f in fields {
            let dt = new_dtype(py, f.dtype.clone())?;
            let value = match &f.title {
                Some(t) => (dt, f.offset, t.clone()).into_pyobject(py)?.into_any(),
                None => (dt, f.offset).into_pyobject(py)?.into_any(),
            };
            dict.set_item(&f.name, &value)?;
            if let Some(t) = &f.title {
                dict.set_item(t, &value)?;
            }
        }
        let proxy = py.import("types")?.getattr("MappingProxyType")?;
        Ok(Some(proxy.call1((dict,))?))
    }
    /// The scalar type (`np.dtype(int).type is np.int64`).
    #[getter]
    fn r#type(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        crate::scalars::class_of_dtype(py, &self.d)
    }

    #[pyo3(signature = (new_order="S"))]
    fn newbyteorder(&self, py: Python<'_>, new_order: &str) -> PyResult<Py<PyDType>> {
        let little = cfg!(target_endian = "little");
        let native = self.d.to_native();
        let d = match new_order {
            "S" | "s" | "swap" => self.d.newbyteorder(),
            "=" | "N" | "n" | "native" => native,
            "<" | "L" | "l" | "little" if little => native,
            ">" | "B" | "b" | "big" if !little => native,
            "<" | "L" | "l" | "little" | ">" | "B" | "b" | "big" => native.newbyteorder(),
            "|" | "I" | "i" => self.d.clone(),
            other => {
                return Err(pyo3::exceptions::PyValueError::new_err(format!(
                    "byteorder not recognized (got {})",
                    numrs::format::flexible::py_str_repr(other)
                )))
            }
        };
        new_dtype(py, d)
    }

    fn __reduce__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let _ = py;
        Err(crate::errors::unsupported("pickling dtypes"))
    }
}
