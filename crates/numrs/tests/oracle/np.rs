//! The `np` namespace of the interpreter: module attributes and free functions, each mapped
//! onto the numrs API. Array attributes and methods live in `methods.rs`.

use super::conv::{
    flatten_nested, opt_dtype, to_bool, to_isize, to_isize_vec, to_order, to_scalar, to_shape, Args,
};
use super::value::{py_err, unsupported, Value, R};
use numrs::{Array, DType, Order, Scalar};

use super::conv::{flatten_nested_dt, to_dtype_align, to_int, to_item};
pub use super::methods::{
    array_attr, binary, call_method, convert_builtin, dtype_attr, dtype_getitem, dtype_method,
    flag_value, flat_get, flat_set, getitem, make_scalar, negative, record_getitem, scalar_attr,
    scalar_getitem, set_flag, setitem, tobytes_c,
};
use super::value::{Fail, PyFile};
use std::cell::RefCell;
use std::rc::Rc;

const FUNCS: [&str; 31] = [
    "can_cast",
    "fromfile",
    "equal",
    "not_equal",
    "array",
    "asarray",
    "zeros",
    "ones",
    "empty",
    "full",
    "arange",
    "frombuffer",
    "ascontiguousarray",
    "asfortranarray",
    "shares_memory",
    "may_share_memory",
    "broadcast_to",
    "broadcast_shapes",
    "broadcast_arrays",
    "diagonal",
    "diag",
    "add",
    "multiply",
    "transpose",
    "swapaxes",
    "reshape",
    "ravel",
    "sum",
    "dtype",
    "copy",
    "shape",
];

pub fn scalar_type_named(name: &str) -> Option<DType> {
    Some(match name {
        "bool" | "bool_" => DType::BOOL,
        "int8" | "byte" => DType::INT8,
        "int16" | "short" => DType::INT16,
        "int32" | "intc" => DType::INT32,
        "int64" | "intp" | "int_" | "long" => DType::INT64,
        "uint8" | "ubyte" => DType::UINT8,
        "uint16" | "ushort" => DType::UINT16,
        "uint32" | "uintc" => DType::UINT32,
        "uint64" | "uintp" | "uint" | "ulong" => DType::UINT64,
        "float16" | "half" => DType::FLOAT16,
        "float32" | "single" => DType::FLOAT32,
        "float64" | "double" => DType::FLOAT64,
        "complex64" | "csingle" => DType::COMPLEX64,
        "complex128" | "cdouble" => DType::COMPLEX128,
        _ => return None,
    })
}

pub fn module_attr(path: &str, attr: &str) -> R<Value> {
    let v = match (path, attr) {
        ("np", "newaxis") => Value::None,
        ("np", "nan") => Value::Float(f64::NAN),
        ("np", "inf") => Value::Float(f64::INFINITY),
        ("np", "pi") => Value::Float(std::f64::consts::PI),
        ("np", "lib") => Value::Module("np.lib".into()),
        ("np.lib", "stride_tricks") => Value::Module("np.lib.stride_tricks".into()),
        ("np.lib.stride_tricks", "as_strided" | "sliding_window_view" | "broadcast_to") => {
            Value::Func(attr.into())
        }
        ("np", f) if FUNCS.contains(&f) => Value::Func(f.into()),
        ("np", "bytes_") => Value::ScalarType(DType::bytes(0)),
        ("np", "str_") => Value::ScalarType(DType::unicode(0)),
        ("np", "void") => Value::ScalarType(DType::void(0)),
        ("np", t) => match scalar_type_named(t) {
            Some(d) => Value::ScalarType(d),
            None => return unsupported(format!("np.{t}")),
        },
        _ => return unsupported(format!("{path}.{attr}")),
    };
    Ok(v)
}

pub fn want_array(v: &Value) -> R<Array> {
    match v {
        Value::Array(a) => Ok(a.clone()),
        Value::List(_)
        | Value::Tuple(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Bool(_)
        | Value::Complex(..) => {
            let (shape, values) = flatten_nested(v)?;
            Ok(numrs::from_scalars(&shape, &values, None)?)
        }
        Value::Scalar(s) => Ok(numrs::from_scalars(&[], std::slice::from_ref(s), None)?),
        Value::Bytes(b) => Ok(numrs::from_scalars(&[], &[Scalar::Bytes(b.clone())], None)?),
        Value::Str(t) => Ok(numrs::from_scalars(&[], &[Scalar::Str(t.clone())], None)?),
        other => unsupported(format!("{} as an array", other.type_name())),
    }
}

/// A freshly allocated array filled with `value` in the given memory order.
fn filled(shape: &[usize], value: Option<Scalar>, dtype: DType, order: Order) -> R<Array> {
    let a = numrs::zeros_order(shape, dtype, order)?;
    if let Some(v) = value {
        a.fill(v)?;
    }
    Ok(a)
}

fn arr(a: Array) -> R<Value> {
    Ok(Value::Array(a))
}

pub fn call(name: &str, mut args: Args) -> R<Value> {
    let v = match name {
        "array" | "asarray" => {
            let obj = args.req(0, "object")?;
            let dtype = opt_dtype(args.opt(1, "dtype")?)?;
            let copy = match args.kw("copy") {
                None => name == "array",
                Some(v) => to_bool(&v)?,
            };
            let order = to_order(args.kw("order"), Order::K)?;
            args.finish()?;
            match obj {
                Value::Array(a) => {
                    if let Some(d) = dtype.as_ref().filter(|d| *d != a.dtype()) {
                        let out = a.astype(d)?;
                        return Ok(Value::Array(match order {
                            Order::F => out.copy(Order::F)?,
                            _ => out,
                        }));
                    }
                    if copy {
                        a.copy(order)?
                    } else {
                        a
                    }
                }
                other => {
                    let (shape, values) = flatten_nested_dt(&other, dtype.as_ref())?;
                    let a = numrs::from_scalars(&shape, &values, dtype)?;
                    match order {
                        Order::F => a.copy(Order::F)?,
                        _ => a,
                    }
                }
            }
        }
        "zeros" | "ones" | "empty" => {
            let shape = to_shape(&args.req(0, "shape")?)?;
            let dtype = opt_dtype(args.opt(1, "dtype")?)?.unwrap_or(DType::FLOAT64);
            let order = to_order(args.opt(2, "order")?, Order::C)?;
            args.finish()?;
            match name {
                "zeros" => numrs::zeros_order(&shape, dtype, order)?,
                "ones" => filled(&shape, Some(Scalar::Int(1)), dtype, order)?,
                _ if order == Order::C => numrs::empty(&shape, dtype)?,
                _ => numrs::zeros_order(&shape, dtype, order)?,
            }
        }
        "full" => {
            let shape = to_shape(&args.req(0, "shape")?)?;
            let fill = args.req(1, "fill_value")?;
            let given = opt_dtype(args.opt(2, "dtype")?)?;
            let value = match &given {
                Some(d) => to_item(&fill, d)?,
                None => to_scalar(&fill)?,
            };
            let dtype = given.unwrap_or_else(|| value.dtype());
            let order = to_order(args.opt(3, "order")?, Order::C)?;
            args.finish()?;
            if order == Order::C {
                numrs::full(&shape, value, dtype)?
            } else {
                filled(&shape, Some(value), dtype, order)?
            }
        }
        "arange" => {
            let a0 = args.req(0, "start")?;
            let a1 = args.opt(1, "stop")?;
            let a2 = args.opt(2, "step")?;
            let mut dtype = opt_dtype(args.opt(3, "dtype")?)?;
            args.finish()?;
            let (start, stop) = match a1 {
                Some(Value::None) | None => (Value::Int(0), a0),
                Some(stop) => (a0, stop),
            };
            let step = match a2 {
                Some(Value::None) | None => Value::Int(1),
                Some(s) => s,
            };
            let mut num = |v: &Value| -> R<f64> {
                match v {
                    Value::Int(i) => Ok(*i as f64),
                    Value::Float(f) => {
                        dtype.get_or_insert(DType::FLOAT64);
                        Ok(*f)
                    }
                    other => unsupported(format!("arange argument {}", other.type_name())),
                }
            };
            let (b, e, s) = (num(&start)?, num(&stop)?, num(&step)?);
            if s == 0.0 && matches!(step, Value::Int(_)) {
                return py_err("ZeroDivisionError", "division by zero");
            }
            numrs::arange(b, e, s, dtype)?
        }
        "frombuffer" => {
            let src = args.req(0, "buffer")?;
            let dtype = opt_dtype(args.opt(1, "dtype")?)?.unwrap_or(DType::FLOAT64);
            let count = args
                .opt(2, "count")?
                .map(|v| to_isize(&v))
                .transpose()?
                .unwrap_or(-1);
            let offset = args
                .opt(3, "offset")?
                .map(|v| to_isize(&v))
                .transpose()?
                .unwrap_or(0);
            args.finish()?;
            let len = match &src {
                Value::Bytes(b) => b.len(),
                Value::Array(a) => a.nbytes(),
                _ => 0,
            };
            if offset < 0 {
                // NumPy's Python-level check (the Rust API takes usize)
                return py_err(
                    "ValueError",
                    format!(
                        "offset must be non-negative and no greater than buffer length ({len})"
                    ),
                );
            }
            match src {
                Value::Bytes(b) => numrs::frombuffer(b, dtype, count, offset as usize)?,
                Value::Array(a) => numrs::frombuffer(&a, dtype, count, offset as usize)?,
                other => return unsupported(format!("frombuffer of {}", other.type_name())),
            }
        }
        "ascontiguousarray" | "asfortranarray" => {
            let a = want_array(&args.req(0, "a")?)?;
            args.finish()?;
            if name == "ascontiguousarray" {
                numrs::ascontiguousarray(&a)?
            } else {
                numrs::asfortranarray(&a)?
            }
        }
        "shares_memory" | "may_share_memory" => {
            let a = want_array(&args.req(0, "a")?)?;
            let b = want_array(&args.req(1, "b")?)?;
            args.finish()?;
            let r = if name == "shares_memory" {
                numrs::shares_memory(&a, &b)
            } else {
                numrs::may_share_memory(&a, &b)
            };
            return Ok(Value::Bool(r));
        }
        "broadcast_to" => {
            let a = want_array(&args.req(0, "array")?)?;
            let shape = to_isize_vec(&args.req(1, "shape")?)?;
            args.finish()?;
            if shape.iter().any(|d| *d < 0) {
                return py_err(
                    "ValueError",
                    "all elements of broadcast shape must be non-negative",
                );
            }
            let shape: Vec<usize> = shape.into_iter().map(|d| d as usize).collect();
            numrs::broadcast_to(&a, &shape)?
        }
        "broadcast_shapes" => {
            let shapes = args.rest(0).iter().map(to_shape).collect::<R<Vec<_>>>()?;
            args.finish()?;
            let refs: Vec<&[usize]> = shapes.iter().map(|s| s.as_slice()).collect();
            let out = numrs::broadcast_shapes(&refs)?;
            return Ok(Value::Tuple(
                out.iter().map(|d| Value::Int(*d as i128)).collect(),
            ));
        }
        "broadcast_arrays" => {
            let arrays = args.rest(0).iter().map(want_array).collect::<R<Vec<_>>>()?;
            args.finish()?;
            let refs: Vec<&Array> = arrays.iter().collect();
            let out = numrs::broadcast_arrays(&refs)?;
            return Ok(Value::Tuple(out.into_iter().map(Value::Array).collect()));
        }
        "diagonal" => {
            let a = want_array(&args.req(0, "a")?)?;
            return call_method(Value::Array(a), "diagonal", shift(args, 1));
        }
        "diag" => {
            let a = want_array(&args.req(0, "v")?)?;
            let k = args
                .opt(1, "k")?
                .map(|v| to_isize(&v))
                .transpose()?
                .unwrap_or(0);
            args.finish()?;
            numrs::diag(&a, k)?
        }
        "add" | "multiply" => {
            let a = args.req(0, "x1")?;
            let b = args.req(1, "x2")?;
            args.finish()?;
            let op = if name == "add" {
                super::parser::BinOp::Add
            } else {
                super::parser::BinOp::Mul
            };
            return binary(op, a, b);
        }
        "transpose" | "swapaxes" | "reshape" | "ravel" | "sum" | "copy" => {
            let a = want_array(&args.req(0, "a")?)?;
            return call_method(Value::Array(a), name, shift(args, 1));
        }
        "shape" => {
            let a = want_array(&args.req(0, "a")?)?;
            args.finish()?;
            return array_attr(a, "shape");
        }
        "can_cast" => {
            let from = args.req(0, "from_")?;
            let to = super::conv::to_dtype(&args.req(1, "to")?)?;
            let casting = match args.opt(2, "casting")? {
                None => numrs::Casting::Safe,
                Some(Value::Str(s)) => s.parse()?,
                Some(_) => return unsupported("can_cast(casting=<not a str>)"),
            };
            args.finish()?;
            let from = match from {
                Value::Array(a) => a.dtype().clone(),
                other => super::conv::to_dtype(&other)?,
            };
            return Ok(Value::Bool(numrs::can_cast(&from, &to, casting)));
        }
        "dtype" => {
            let spec = args.req(0, "dtype")?;
            let align = args.opt(1, "align")?.map(|v| to_bool(&v)).transpose()?;
            let _copy = args.opt(2, "copy")?;
            args.finish()?;
            return Ok(Value::DType(to_dtype_align(&spec, align.unwrap_or(false))?));
        }
        "fromfile" => {
            let file = args.req(0, "file")?;
            let dtype = opt_dtype(args.opt(1, "dtype")?)?.unwrap_or(DType::FLOAT64);
            let count = args
                .opt(2, "count")?
                .map(|v| to_isize(&v))
                .transpose()?
                .unwrap_or(-1);
            let sep = args.opt(3, "sep")?;
            let offset = args
                .opt(4, "offset")?
                .map(|v| to_int(&v))
                .transpose()?
                .unwrap_or(0);
            args.finish()?;
            if sep.is_some() && !matches!(&sep, Some(Value::Str(s)) if s.is_empty()) {
                return unsupported("fromfile with a separator (text mode)");
            }
            let Ok(offset) = u64::try_from(offset) else {
                // the C library's lseek refuses a negative position
                return py_err("OSError", "[Errno 22] Invalid argument");
            };
            match file {
                Value::Str(path) => numrs::fromfile(&path, &dtype, count, offset)?,
                Value::File(f) => {
                    let mut st = f.borrow_mut();
                    let Some(fh) = st.file.as_mut() else {
                        return py_err("ValueError", "I/O operation on closed file");
                    };
                    numrs::fromfile_reader(fh, &dtype, count, offset)?
                }
                other => return unsupported(format!("fromfile of {}", other.type_name())),
            }
        }
        "equal" | "not_equal" => {
            let a = args.req(0, "x1")?;
            let b = args.req(1, "x2")?;
            args.finish()?;
            let (a, b) = (want_array(&a)?, want_array(&b)?);
            let out = if name == "equal" {
                numrs::equal(&a, &b)?
            } else {
                numrs::not_equal(&a, &b)?
            };
            if out.ndim() == 0 {
                return Ok(Value::Scalar(out.get(&[])?));
            }
            out
        }
        "as_strided" => {
            let x = want_array(&args.req(0, "x")?)?;
            let shape = args.opt(1, "shape")?;
            let strides = args.opt(2, "strides")?;
            let _subok = args.opt(3, "subok")?;
            let writeable = args
                .opt(4, "writeable")?
                .map(|v| to_bool(&v))
                .transpose()?
                .unwrap_or(true);
            args.finish()?;
            let shape = match shape {
                None | Some(Value::None) => x.shape().to_vec(),
                Some(s) => to_shape(&s)?,
            };
            let strides = match strides {
                None | Some(Value::None) => x.strides().to_vec(),
                Some(s) => to_isize_vec(&s)?,
            };
            let mut v = numrs::as_strided(&x, &shape, &strides)?;
            if !writeable {
                v.set_writeable(false)?;
            }
            v
        }
        "sliding_window_view" => {
            let x = want_array(&args.req(0, "x")?)?;
            let window = to_isize_vec(&args.req(1, "window_shape")?)?;
            let axis = args.opt(2, "axis")?;
            let _subok = args.opt(3, "subok")?;
            let writeable = args
                .opt(4, "writeable")?
                .map(|v| to_bool(&v))
                .transpose()?
                .unwrap_or(false);
            args.finish()?;
            if window.iter().any(|w| *w < 0) {
                return py_err(
                    "ValueError",
                    "`window_shape` cannot contain negative values",
                );
            }
            let window: Vec<usize> = window.into_iter().map(|w| w as usize).collect();
            let axis = match axis {
                None | Some(Value::None) => None,
                Some(a) => Some(to_isize_vec(&a)?),
            };
            let mut v = numrs::sliding_window_view(&x, &window, axis.as_deref())?;
            if writeable {
                v.set_writeable(true)?;
            }
            v
        }
        other => return unsupported(format!("np.{other}")),
    };
    arr(v)
}

/// Drops the first `n` positional arguments (for `np.f(a, ...)` -> `a.f(...)`).
fn shift(args: Args, n: usize) -> Args {
    args.drop_front(n)
}

/// `==` / `!=` where NumPy takes over: arrays compare element-wise (a bool array, or a
/// `np.bool` for 0-d results), numeric NumPy scalars give `np.bool`. `None` for the plain
/// Python cases.
pub fn compare(l: &Value, r: &Value, ne: bool) -> R<Option<Value>> {
    let numeric_scalar = |v: &Value| matches!(v, Value::Scalar(s) if s.is_numeric());
    let py_number = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Complex(..)
        )
    };
    let arrays = matches!(l, Value::Array(_)) || matches!(r, Value::Array(_));
    let scalars = (numeric_scalar(l) && (numeric_scalar(r) || py_number(r)))
        || (numeric_scalar(r) && py_number(l))
        || (matches!(l, Value::Scalar(Scalar::Void(..)))
            && matches!(r, Value::Scalar(Scalar::Void(..))));
    if !arrays && !scalars {
        return Ok(None);
    }
    let (a, b) = (want_array(l)?, want_array(r)?);
    let out = if ne {
        numrs::not_equal(&a, &b)?
    } else {
        numrs::equal(&a, &b)?
    };
    Ok(Some(if out.ndim() == 0 {
        Value::Scalar(out.get(&[])?)
    } else {
        Value::Array(out)
    }))
}

fn os_error(e: std::io::Error, path: &str) -> Fail {
    let (ty, what) = match e.kind() {
        std::io::ErrorKind::NotFound => {
            ("FileNotFoundError", "No such file or directory".to_string())
        }
        std::io::ErrorKind::PermissionDenied => {
            ("PermissionError", "Permission denied".to_string())
        }
        std::io::ErrorKind::AlreadyExists => ("FileExistsError", "File exists".to_string()),
        _ => ("OSError", e.to_string()),
    };
    let errno = e.raw_os_error().unwrap_or(0);
    Fail::Py {
        ty: ty.into(),
        msg: format!("[Errno {errno}] {what}: {}", super::value::str_repr(path)),
    }
}

/// `open(path, mode='r')`.
pub fn open_file(path: &Value, mode: Option<Value>) -> R<Value> {
    let Value::Str(path) = path else {
        return unsupported(format!("open() of {}", path.type_name()));
    };
    let mode = match mode {
        None => "r".to_string(),
        Some(Value::Str(m)) => m,
        Some(other) => return unsupported(format!("open() mode {}", other.repr())),
    };
    let mut o = std::fs::OpenOptions::new();
    let plus = mode.contains('+');
    match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') => o.read(true).write(plus),
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => return py_err("ValueError", format!("invalid mode: '{mode}'")),
    };
    let file = o.open(path).map_err(|e| os_error(e, path))?;
    Ok(Value::File(Rc::new(RefCell::new(PyFile {
        file: Some(file),
        mode,
    }))))
}

/// Methods of file objects: `read`, `write`, `seek`, `tell`, `close`, `flush`.
pub fn file_method(f: &Rc<RefCell<PyFile>>, name: &str, mut args: Args) -> R<Value> {
    use std::io::{Read, Seek, SeekFrom, Write};
    let mut st = f.borrow_mut();
    if name == "close" {
        args.finish()?;
        st.file = None;
        return Ok(Value::None);
    }
    let binary = st.binary();
    let Some(fh) = st.file.as_mut() else {
        return py_err("ValueError", "I/O operation on closed file.");
    };
    let io = |e: std::io::Error| Fail::Py {
        ty: "OSError".into(),
        msg: e.to_string(),
    };
    match name {
        "read" => {
            let n = args
                .opt(0, "size")?
                .map(|v| to_int(&v))
                .transpose()?
                .unwrap_or(-1);
            args.finish()?;
            let mut buf = Vec::new();
            if n < 0 {
                fh.read_to_end(&mut buf).map_err(io)?;
            } else {
                fh.take(n as u64).read_to_end(&mut buf).map_err(io)?;
            }
            if binary {
                Ok(Value::Bytes(buf))
            } else {
                Ok(Value::Str(String::from_utf8_lossy(&buf).into_owned()))
            }
        }
        "write" => {
            let data = args.req(0, "data")?;
            args.finish()?;
            let bytes = match (&data, binary) {
                (Value::Bytes(b), true) => b.clone(),
                (Value::Str(s), false) => s.as_bytes().to_vec(),
                (Value::Array(a), true) => a.tobytes(Order::C)?,
                (other, true) => {
                    return py_err(
                        "TypeError",
                        format!(
                            "a bytes-like object is required, not '{}'",
                            other.type_name()
                        ),
                    )
                }
                (other, false) => {
                    return py_err(
                        "TypeError",
                        format!("write() argument must be str, not {}", other.type_name()),
                    )
                }
            };
            fh.write_all(&bytes).map_err(io)?;
            Ok(Value::Int(if binary {
                bytes.len() as i128
            } else {
                String::from_utf8_lossy(&bytes).chars().count() as i128
            }))
        }
        "seek" => {
            let off = to_int(&args.req(0, "offset")?)?;
            let whence = args
                .opt(1, "whence")?
                .map(|v| to_int(&v))
                .transpose()?
                .unwrap_or(0);
            args.finish()?;
            let pos = match whence {
                0 if off < 0 => return py_err("OSError", "[Errno 22] Invalid argument"),
                0 => SeekFrom::Start(off as u64),
                1 => SeekFrom::Current(off as i64),
                2 => SeekFrom::End(off as i64),
                _ => return unsupported("seek whence"),
            };
            Ok(Value::Int(fh.seek(pos).map_err(io)? as i128))
        }
        "tell" => {
            args.finish()?;
            Ok(Value::Int(fh.stream_position().map_err(io)? as i128))
        }
        "flush" => {
            args.finish()?;
            fh.flush().map_err(io)?;
            Ok(Value::None)
        }
        other => unsupported(format!("file.{other}")),
    }
}
