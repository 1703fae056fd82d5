//! NumPy's scalar types (`numrs.int8(6)`, `numrs.float64`, `numrs.void`, ...), with NumPy's
//! class hierarchy (`generic > number > integer > signedinteger > int8`). Each holds one
//! `numrs::Scalar`; values, reprs and arithmetic come from the Rust crate.

use crate::convert::py_scalar;
use crate::errors::{run, unsupported};
use crate::mode::print_options;
use crate::ops::{binary, operand, scalar_binary as arith, scalar_unary, Method};
use numrs::dtype::ScalarType;
use numrs::ufunc::{BinaryUfunc, UnaryUfunc};
use numrs::{DType, Scalar};
use pyo3::basic::CompareOp;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyComplex, PyTuple, PyType};

/// `np.generic`: the base of every scalar type.
#[pyclass(name = "generic", module = "numpy", subclass, frozen)]
pub struct PyGeneric {
    v: Scalar,
    /// A record taken from a structured array (`a[0]`): a 0-d view of that item, as NumPy's
    /// `np.void` views the array's memory (`v` is then unused).
    view: Option<numrs::Array>,
}

macro_rules! abstract_classes {
    ($($rs:ident $name:literal : $parent:ty;)*) => {$(
        #[doc = concat!("`np.", $name, "`")]
        #[pyclass(name = $name, module = "numpy", extends = $parent, subclass, frozen)]
        pub struct $rs;
    )*};
}

abstract_classes! {
    PyNumber "number": PyGeneric;
    PyInteger "integer": PyNumber;
    PySignedInteger "signedinteger": PyInteger;
    PyUnsignedInteger "unsignedinteger": PyInteger;
    PyInexact "inexact": PyNumber;
    PyFloating "floating": PyInexact;
    PyComplexFloating "complexfloating": PyInexact;
    PyFlexible "flexible": PyGeneric;
    PyCharacter "character": PyFlexible;
}

/// The value a scalar type's constructor makes of its argument.
fn construct(
    ty: Option<ScalarType>,
    kind: char,
    value: Option<&Bound<'_, PyAny>>,
) -> PyResult<Scalar> {
    let v = match value {
        None => None,
        Some(o) => Some(py_scalar(o)?.ok_or_else(|| {
            unsupported(format!(
                "constructing a NumPy scalar from a {} (arrays of scalars)",
                o.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            ))
        })?),
    };
    match (ty, v) {
        (Some(ty), None) => run(|| Scalar::Int(0).cast(ty)),
        (Some(ty), Some(v)) => {
            // A Python float becomes an integer scalar through Python's int(), a Python
            // complex a bool through its truth.
            let v = crate::convert::python_number_for(&DType::native(ty), &v)?;
            run(|| v.cast(ty))
        }
        (None, v) => match (kind, v) {
            ('S', None) => Ok(Scalar::Bytes(Vec::new())),
            ('U', None) => Ok(Scalar::Str(String::new())),
            ('S', Some(Scalar::Bytes(b))) => Ok(Scalar::Bytes(b)),
            ('S', Some(s)) => Ok(Scalar::Bytes(s.to_string().into_bytes())),
            ('U', Some(Scalar::Str(s))) => Ok(Scalar::Str(s)),
            ('U', Some(Scalar::Bytes(b))) => Ok(Scalar::Str(String::from_utf8_lossy(&b).into())),
            ('U', Some(s)) => Ok(Scalar::Str(s.to_string())),
            ('V', Some(Scalar::Bytes(b))) => {
                let n = b.len();
                Ok(Scalar::Void(b, DType::void(n)))
            }
            ('V', Some(Scalar::Int(n))) if n >= 0 => {
                let n = usize::try_from(n).map_err(|_| unsupported("huge void scalars"))?;
                Ok(Scalar::Void(vec![0; n], DType::void(n)))
            }
            _ => Err(unsupported("this void scalar constructor")),
        },
    }
}

macro_rules! leaf_classes {
    ($($rs:ident $name:literal $ty:expr, $kind:literal : $parent:ty => [$($chain:ident),*];)*) => {
        $(
            #[doc = concat!("`np.", $name, "`")]
            #[pyclass(name = $name, module = "numpy", extends = $parent, frozen)]
            pub struct $rs;

            #[pymethods]
            impl $rs {
                #[new]
                #[pyo3(signature = (value=None))]
                fn py_new(py: Python<'_>, value: Option<&Bound<'_, PyAny>>) -> PyResult<Py<Self>> {
                    let v = construct($ty, $kind, value)?;
                    // Through `new_leaf`, which gives the two bool scalars (np.True_, np.False_).
                    Ok(new_leaf(py, $name, v)?.into_bound(py).cast_into::<Self>()?.unbind())
                }
            }
        )*

        fn new_leaf(py: Python<'_>, which: &str, v: Scalar) -> PyResult<Py<PyAny>> {
            if let Scalar::Bool(b) = v {
                return bool_scalar(py, b);
            }
            match which {
                $($name => Ok(Py::new(py, PyClassInitializer::from(PyGeneric { v, view: None })$(.add_subclass($chain))*.add_subclass($rs))?.into_any()),)*
                _ => Err(unsupported(format!("the scalar type {which}"))),
            }
        }

        fn class_by_name<'py>(py: Python<'py>, which: &str) -> Option<Bound<'py, PyType>> {
            match which {
                $($name => Some(py.get_type::<$rs>()),)*
                _ => None,
            }
        }

        /// Adds every scalar type to the module.
        pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
            m.add_class::<PyGeneric>()?;
            m.add_class::<PyNumber>()?;
            m.add_class::<PyInteger>()?;
            m.add_class::<PySignedInteger>()?;
            m.add_class::<PyUnsignedInteger>()?;
            m.add_class::<PyInexact>()?;
            m.add_class::<PyFloating>()?;
            m.add_class::<PyComplexFloating>()?;
            m.add_class::<PyFlexible>()?;
            m.add_class::<PyCharacter>()?;
            $(m.add_class::<$rs>()?;)*
            Ok(())
        }

        /// The dtype a scalar class stands for (`np.int8` -> int8), or `None`.
        pub fn dtype_of_class(t: &Bound<'_, PyType>) -> PyResult<Option<DType>> {
            let py = t.py();
            $(
                if t.is(&py.get_type::<$rs>()) {
                    return Ok(Some(match ($ty, $kind) {
                        (Some(ty), _) => DType::native(ty),
                        (None, 'S') => DType::bytes(0),
                        (None, 'U') => DType::unicode(0),
                        _ => DType::void(0),
                    }));
                }
            )*
            Ok(None)
        }
    };
}

use ScalarType as T;
leaf_classes! {
    PyBoolScalar "bool" Some(T::Bool), '?': PyGeneric => [];
    PyInt8 "int8" Some(T::Int8), 'i': PySignedInteger => [PyNumber, PyInteger, PySignedInteger];
    PyInt16 "int16" Some(T::Int16), 'i': PySignedInteger => [PyNumber, PyInteger, PySignedInteger];
    PyInt32 "int32" Some(T::Int32), 'i': PySignedInteger => [PyNumber, PyInteger, PySignedInteger];
    PyInt64 "int64" Some(T::Int64), 'i': PySignedInteger => [PyNumber, PyInteger, PySignedInteger];
    PyUInt8 "uint8" Some(T::UInt8), 'u': PyUnsignedInteger => [PyNumber, PyInteger, PyUnsignedInteger];
    PyUInt16 "uint16" Some(T::UInt16), 'u': PyUnsignedInteger => [PyNumber, PyInteger, PyUnsignedInteger];
    PyUInt32 "uint32" Some(T::UInt32), 'u': PyUnsignedInteger => [PyNumber, PyInteger, PyUnsignedInteger];
    PyUInt64 "uint64" Some(T::UInt64), 'u': PyUnsignedInteger => [PyNumber, PyInteger, PyUnsignedInteger];
    PyFloat16 "float16" Some(T::Float16), 'f': PyFloating => [PyNumber, PyInexact, PyFloating];
    PyFloat32 "float32" Some(T::Float32), 'f': PyFloating => [PyNumber, PyInexact, PyFloating];
    PyFloat64 "float64" Some(T::Float64), 'f': PyFloating => [PyNumber, PyInexact, PyFloating];
    PyComplex64 "complex64" Some(T::Complex64), 'c': PyComplexFloating => [PyNumber, PyInexact, PyComplexFloating];
    PyComplex128 "complex128" Some(T::Complex128), 'c': PyComplexFloating => [PyNumber, PyInexact, PyComplexFloating];
    PyBytesScalar "bytes_" None, 'S': PyCharacter => [PyFlexible, PyCharacter];
    PyStrScalar "str_" None, 'U': PyCharacter => [PyFlexible, PyCharacter];
    PyVoid "void" None, 'V': PyFlexible => [PyFlexible];
}

/// `np.True_` or `np.False_`: NumPy's bool scalars are these two objects, whatever made
/// them (`np.bool_(1)`, `a.any()`, `x[0]`), so `is` compares them.
fn bool_scalar(py: Python<'_>, b: bool) -> PyResult<Py<PyAny>> {
    static BOOLS: pyo3::sync::PyOnceLock<[Py<PyAny>; 2]> = pyo3::sync::PyOnceLock::new();
    let pair = BOOLS.get_or_try_init(py, || -> PyResult<_> {
        let make = |b| -> PyResult<Py<PyAny>> {
            let init = PyClassInitializer::from(PyGeneric {
                v: Scalar::Bool(b),
                view: None,
            })
            .add_subclass(PyBoolScalar);
            Ok(Py::new(py, init)?.into_any())
        };
        Ok([make(false)?, make(true)?])
    })?;
    Ok(pair[usize::from(b)].clone_ref(py))
}

fn leaf_name(v: &Scalar) -> &'static str {
    match v {
        Scalar::Bytes(_) => "bytes_",
        Scalar::Str(_) => "str_",
        Scalar::Void(..) => "void",
        _ => v.scalar_type().info().name,
    }
}

/// A numrs scalar as the Python object NumPy returns: a NumPy scalar for typed values, a
/// Python number for weak literals, a tuple for record values.
pub fn to_py(py: Python<'_>, v: Scalar) -> PyResult<Py<PyAny>> {
    match v {
        Scalar::Int(i) => Ok(i.into_pyobject(py)?.into_any().unbind()),
        Scalar::Float(f) => Ok(f.into_pyobject(py)?.into_any().unbind()),
        Scalar::Complex(c) => Ok(PyComplex::from_doubles(py, c.re, c.im).into_any().unbind()),
        Scalar::Tuple(items) => {
            let items: PyResult<Vec<Py<PyAny>>> = items.into_iter().map(|s| to_py(py, s)).collect();
            Ok(PyTuple::new(py, items?)?.into_any().unbind())
        }
        v => {
            let name = leaf_name(&v);
            new_leaf(py, name, v)
        }
    }
}

/// `a[i, ...]` of a structured array: an `np.void` viewing the item (see [`numrs::Array::record`]).
pub fn record_to_py(py: Python<'_>, view: numrs::Array) -> PyResult<Py<PyAny>> {
    let v = run(|| view.get(&[]))?;
    let init = PyClassInitializer::from(PyGeneric {
        v,
        view: Some(view),
    })
    .add_subclass(PyFlexible)
    .add_subclass(PyVoid);
    Ok(Py::new(py, init)?.into_any())
}

/// The scalar class of a dtype (`dtype.type`).
pub fn class_of_dtype(py: Python<'_>, d: &DType) -> PyResult<Py<PyAny>> {
    let name = match d.scalar_type() {
        Some(ty) => ty.info().name,
        None => match d.kind() {
            'S' => "bytes_",
            'U' => "str_",
            _ => "void",
        },
    };
    class_by_name(py, name)
        .map(|t| t.into_any().unbind())
        .ok_or_else(|| unsupported(format!("the scalar type {name}")))
}

/// The Python value of a scalar (`x.item()`).
pub fn item(py: Python<'_>, v: &Scalar) -> PyResult<Py<PyAny>> {
    Ok(match v {
        Scalar::Bool(b) => b.into_pyobject(py)?.to_owned().into_any().unbind(),
        Scalar::Bytes(b) => PyBytes::new(py, b).into_any().unbind(),
        Scalar::Void(b, d) if d.fields().is_none() => PyBytes::new(py, b).into_any().unbind(),
        Scalar::Str(s) => s.into_pyobject(py)?.into_any().unbind(),
        Scalar::F16(_) | Scalar::F32(_) | Scalar::F64(_) | Scalar::Float(_) => {
            v.to_f64().into_pyobject(py)?.into_any().unbind()
        }
        Scalar::C64(c) => PyComplex::from_doubles(py, c.re as f64, c.im as f64)
            .into_any()
            .unbind(),
        Scalar::C128(c) | Scalar::Complex(c) => {
            PyComplex::from_doubles(py, c.re, c.im).into_any().unbind()
        }
        Scalar::Tuple(items) => {
            let items: PyResult<Vec<Py<PyAny>>> = items.iter().map(|s| item(py, s)).collect();
            PyTuple::new(py, items?)?.into_any().unbind()
        }
        Scalar::Void(_, d) => {
            let rec = record_array(v)?;
            let mut items = Vec::new();
            for f in d.fields().unwrap_or_default() {
                let field = run(|| rec.field(&f.name))?;
                // Sub-array fields stay arrays in NumPy's record item().
                items.push(if field.ndim() == 0 {
                    crate::ndarray::tolist(py, &field)?.unbind()
                } else {
                    crate::ndarray::new_array(py, field)?.into_any()
                });
            }
            PyTuple::new(py, items)?.into_any().unbind()
        }
        _ => match v.as_i128() {
            Some(i) => i.into_pyobject(py)?.into_any().unbind(),
            None => return Err(unsupported("item() of record scalars")),
        },
    })
}

macro_rules! scalar_binops {
    ($($f:ident $rf:ident => $op:ident;)*) => {
        #[pymethods]
        impl PyGeneric {
            $(
                fn $f(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                    match operand(other)? {
                        Some(o) => arith(py, BinaryUfunc::$op, &self.operand(), &o, Method::LeftOnly),
                        None => Ok(py.NotImplemented()),
                    }
                }
                fn $rf(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                    match operand(other)? {
                        Some(o) => arith(py, BinaryUfunc::$op, &o, &self.operand(), Method::Right),
                        None => Ok(py.NotImplemented()),
                    }
                }
            )*
        }
    };
}

scalar_binops! {
    __add__ __radd__ => Add;
    __sub__ __rsub__ => Subtract;
    __mul__ __rmul__ => Multiply;
    __truediv__ __rtruediv__ => TrueDivide;
    __floordiv__ __rfloordiv__ => FloorDivide;
    __mod__ __rmod__ => Remainder;
    __and__ __rand__ => BitwiseAnd;
    __or__ __ror__ => BitwiseOr;
    __xor__ __rxor__ => BitwiseXor;
    __lshift__ __rlshift__ => LeftShift;
    __rshift__ __rrshift__ => RightShift;
}

impl PyGeneric {
    /// The scalar's value (a record view's current contents).
    pub fn cur(&self) -> Scalar {
        match &self.view {
            Some(r) => r.get(&[]).unwrap_or_else(|_| self.v.clone()),
            None => self.v.clone(),
        }
    }

    fn operand(&self) -> crate::ops::Operand {
        crate::ops::Operand::Scalar(self.cur())
    }
}

/// A record scalar as a 0-d array over a copy of its bytes (to read its fields).
fn record_array(v: &Scalar) -> PyResult<numrs::Array> {
    match v {
        Scalar::Void(bytes, d) => {
            let buf = numrs::buffer::Buffer::from_bytes(bytes.clone(), false);
            run(|| numrs::Array::from_buffer_layout(buf, d.clone(), &[], &[], 0))
        }
        _ => Err(PyTypeError::new_err(format!(
            "'numpy.{}' object is not subscriptable",
            leaf_name(v)
        ))),
    }
}

#[pymethods]
impl PyGeneric {
    /// `record['name']` / `record[i]`: a field of a record scalar.
    fn __getitem__(&self, py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let rec = match &self.view {
            Some(r) => r.clone(),
            None => record_array(&self.cur())?,
        };
        let name = field_name(&rec, key)?;
        let field = run(|| rec.field(&name))?;
        crate::ops::array_or_scalar(py, field)
    }

    /// `record['name'] = value`: writes into the array a record view was taken from.
    fn __setitem__(&self, key: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let Some(rec) = &self.view else {
            return Err(PyTypeError::new_err(format!(
                "'numpy.{}' object does not support item assignment",
                leaf_name(&self.v)
            )));
        };
        let name = field_name(rec, key)?;
        let field = run(|| rec.field(&name))?;
        crate::indexing::assign(&field, value)
    }

    fn __repr__(&self) -> String {
        self.cur().repr_with(&print_options())
    }

    fn __str__(&self) -> String {
        self.cur().str_with(&print_options())
    }

    fn item(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        item(py, &self.cur())
    }

    /// `len()` of `np.bytes_` and `np.str_` (which subclass `bytes` and `str` in NumPy).
    fn __len__(&self) -> PyResult<usize> {
        match &self.cur() {
            Scalar::Bytes(b) => Ok(b.len()),
            Scalar::Str(s) => Ok(s.chars().count()),
            Scalar::Void(b, d) if d.fields().is_none() => Ok(b.len()),
            Scalar::Void(_, d) => Ok(d.fields().map_or(0, |f| f.len())),
            v => Err(PyTypeError::new_err(format!(
                "object of type 'numpy.{}' has no len()",
                leaf_name(v)
            ))),
        }
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        item(py, &self.cur())?.bind(py).hash()
    }

    fn __bool__(&self) -> bool {
        match &self.cur() {
            Scalar::Bytes(b) => !b.is_empty(),
            Scalar::Str(s) => !s.is_empty(),
            Scalar::Void(..) | Scalar::Tuple(_) => true,
            Scalar::C64(c) => c.re != 0.0 || c.im != 0.0,
            Scalar::C128(c) | Scalar::Complex(c) => c.re != 0.0 || c.im != 0.0,
            v => v.to_f64() != 0.0,
        }
    }

    fn __int__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let it = item(py, &self.cur())?;
        Ok(py.get_type::<pyo3::types::PyInt>().call1((it,))?.unbind())
    }

    fn __float__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let it = item(py, &self.cur())?;
        Ok(py.get_type::<pyo3::types::PyFloat>().call1((it,))?.unbind())
    }

    fn __complex__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let it = item(py, &self.cur())?;
        Ok(py.get_type::<PyComplex>().call1((it,))?.unbind())
    }

    fn __index__(&self) -> PyResult<i128> {
        match &self.cur() {
            Scalar::Bool(_) => Err(PyTypeError::new_err(
                "'numpy.bool' object cannot be interpreted as an integer",
            )),
            v => v.as_i128().ok_or_else(|| {
                PyTypeError::new_err(format!(
                    "'numpy.{}' object cannot be interpreted as an integer",
                    leaf_name(v)
                ))
            }),
        }
    }

    fn __pow__(
        &self,
        py: Python<'_>,
        other: &Bound<'_, PyAny>,
        modulo: &Bound<'_, PyAny>,
    ) -> PyResult<Py<PyAny>> {
        let _ = modulo;
        match operand(other)? {
            Some(o) => arith(
                py,
                BinaryUfunc::Power,
                &self.operand(),
                &o,
                Method::LeftOnly,
            ),
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
            Some(o) => arith(py, BinaryUfunc::Power, &o, &self.operand(), Method::Right),
            None => Ok(py.NotImplemented()),
        }
    }

    /// `divmod(x, y)`: NumPy's scalar divmod.
    fn __divmod__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        match operand(other)? {
            Some(o) => crate::ops::divmod(py, &self.operand(), &o, Method::LeftOnly),
            None => Ok(py.NotImplemented()),
        }
    }
    fn __rdivmod__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        match operand(other)? {
            Some(o) => crate::ops::divmod(py, &o, &self.operand(), Method::Right),
            None => Ok(py.NotImplemented()),
        }
    }

    fn __neg__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        scalar_unary(py, UnaryUfunc::Negative, &self.operand())
    }
    fn __pos__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        scalar_unary(py, UnaryUfunc::Positive, &self.operand())
    }
    fn __abs__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        scalar_unary(py, UnaryUfunc::Absolute, &self.operand())
    }
    fn __invert__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        scalar_unary(py, UnaryUfunc::Invert, &self.operand())
    }

    fn __richcmp__(
        &self,
        py: Python<'_>,
        other: &Bound<'_, PyAny>,
        op: CompareOp,
    ) -> PyResult<Py<PyAny>> {
        use numrs::Scalar as S;
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            let ne = matches!(op, CompareOp::Ne);
            // np.str_ and np.bytes_ are Python str and bytes: they compare as those do.
            let text = match (&self.cur(), py_scalar(other)) {
                (S::Str(s), Ok(Some(S::Str(t)))) => Some(*s == t),
                (S::Bytes(b), Ok(Some(S::Bytes(c)))) => Some(*b == c),
                _ => None,
            };
            if let Some(eq) = text {
                return Ok(pyo3::types::PyBool::new(py, eq != ne)
                    .to_owned()
                    .into_any()
                    .unbind());
            }
            let me = to_py(py, self.cur())?.into_bound(py);
            if let Some(r) = crate::ops::flexible_equality(py, &me, other, ne)? {
                return Ok(r);
            }
        }
        match operand(other)? {
            Some(o) => binary(py, crate::ops::compare_ufunc(op), &self.operand(), &o),
            None => Ok(py.NotImplemented()),
        }
    }

    #[getter]
    fn dtype(&self, py: Python<'_>) -> PyResult<Py<crate::dtype::PyDType>> {
        crate::dtype::new_dtype(py, self.cur().dtype())
    }
    #[getter]
    fn itemsize(&self) -> usize {
        self.cur().dtype().itemsize()
    }
    #[getter]
    fn nbytes(&self) -> usize {
        self.cur().dtype().itemsize()
    }
    #[getter]
    fn ndim(&self) -> usize {
        0
    }
    #[getter]
    fn size(&self) -> usize {
        1
    }
    #[getter]
    fn shape<'py>(&self, py: Python<'py>) -> Bound<'py, PyTuple> {
        PyTuple::empty(py)
    }
    #[getter]
    fn real(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match &self.cur() {
            Scalar::C64(c) => to_py(py, Scalar::F32(c.re)),
            Scalar::C128(c) => to_py(py, Scalar::F64(c.re)),
            v => to_py(py, v.clone()),
        }
    }
    #[getter]
    fn imag(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match &self.cur() {
            Scalar::C64(c) => to_py(py, Scalar::F32(c.im)),
            Scalar::C128(c) => to_py(py, Scalar::F64(c.im)),
            v => to_py(py, run(|| Scalar::Int(0).cast(v.scalar_type()))?),
        }
    }
}

/// The field a record key names: a field name, or a position (negative from the end) with
/// NumPy's "invalid index (i)" IndexError.
fn field_name(rec: &numrs::Array, key: &Bound<'_, PyAny>) -> PyResult<String> {
    let fields = rec.dtype().fields().unwrap_or_default();
    match key.extract::<isize>() {
        Ok(i) => {
            let n = fields.len() as isize;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(pyo3::exceptions::PyIndexError::new_err(format!(
                    "invalid index ({i})"
                )));
            }
            Ok(fields[j as usize].name.clone())
        }
        Err(_) => key.extract::<String>(),
    }
}
