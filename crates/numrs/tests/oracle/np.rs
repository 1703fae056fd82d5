//! The `np` namespace of the interpreter: module attributes and free functions, each mapped
//! onto the numrs API. Array attributes and methods live in `methods.rs`.

use super::conv::{
    flatten_nested, opt_dtype, to_bool, to_dtype, to_isize, to_isize_vec, to_order, to_scalar,
    to_shape, Args,
};
use super::value::{py_err, unsupported, Value, R};
use numrs::{Array, DType, Order, Scalar};

pub use super::methods::{
    array_attr, binary, call_method, convert_builtin, dtype_attr, flag_value, flat_get, flat_set,
    getitem, make_scalar, negative, scalar_attr, set_flag, setitem, tobytes_c,
};

const FUNCS: [&str; 27] = [
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
                    if dtype.as_ref().is_some_and(|d| d != a.dtype()) {
                        return unsupported("np.array(array, dtype=other): casting");
                    }
                    if copy {
                        a.copy(order)?
                    } else {
                        a
                    }
                }
                other => {
                    let (shape, values) = flatten_nested(&other)?;
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
            let value = to_scalar(&args.req(1, "fill_value")?)?;
            let dtype = opt_dtype(args.opt(2, "dtype")?)?.unwrap_or_else(|| value.dtype());
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
        "dtype" => {
            let d = to_dtype(&args.req(0, "dtype")?)?;
            args.finish()?;
            return Ok(Value::DType(d));
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
