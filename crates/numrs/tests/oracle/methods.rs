//! Array attributes, methods, indexing and operators, mapped onto the numrs API.

use super::conv::{
    all_ints, flatten_nested, opt_dtype, to_bool, to_index, to_isize, to_isize_vec, to_order,
    to_scalar, Args,
};
use super::np::want_array;
use super::parser::BinOp;
use super::value::{py_err, unsupported, Value, R};
use numrs::{Array, DType, Order, Scalar};

const METHODS: [&str; 12] = [
    "reshape",
    "transpose",
    "swapaxes",
    "ravel",
    "copy",
    "tobytes",
    "sum",
    "diagonal",
    "fill",
    "view",
    "item",
    "astype",
];

pub fn array_attr(a: Array, attr: &str) -> R<Value> {
    let ints = |v: Vec<i128>| Value::Tuple(v.into_iter().map(Value::Int).collect());
    Ok(match attr {
        "T" => Value::Array(a.t()),
        "shape" => ints(a.shape().iter().map(|d| *d as i128).collect()),
        "strides" => ints(a.strides().iter().map(|d| *d as i128).collect()),
        "ndim" => Value::Int(a.ndim() as i128),
        "size" => Value::Int(a.size() as i128),
        "itemsize" => Value::Int(a.itemsize() as i128),
        "nbytes" => Value::Int(a.nbytes() as i128),
        "dtype" => Value::DType(a.dtype().clone()),
        "flags" => Value::Flags(a),
        "flat" => Value::Flat(a),
        "base" => match a.base() {
            Some(b) => Value::Array(b.clone()),
            None => Value::None,
        },
        // a memoryview: only `bytes(x.data)` is modelled, which reads the array in C order
        "data" => Value::Array(a),
        "__array_interface__" => {
            let ai = a.array_interface();
            let s = |x: &str| Value::Str(x.to_string());
            let strides = match &ai.strides {
                None => Value::None,
                Some(st) => ints(st.iter().map(|d| *d as i128).collect()),
            };
            Value::Dict(vec![
                (
                    s("data"),
                    Value::Tuple(vec![Value::Int(ai.data as i128), Value::Bool(ai.readonly)]),
                ),
                (s("strides"), strides),
                (
                    s("descr"),
                    Value::List(vec![Value::Tuple(vec![s(""), s(&ai.typestr)])]),
                ),
                (s("typestr"), s(&ai.typestr)),
                (
                    s("shape"),
                    ints(ai.shape.iter().map(|d| *d as i128).collect()),
                ),
                (s("version"), Value::Int(3)),
            ])
        }
        m if METHODS.contains(&m) => Value::Method(Box::new(Value::Array(a)), m.to_string()),
        other => {
            return py_err(
                "AttributeError",
                format!("'numpy.ndarray' object has no attribute '{other}'"),
            )
        }
    })
}

/// `reshape(2, 3)`, `reshape((2, 3))`, `transpose(1, 0)`, `transpose((1, 0))`: the int list.
fn int_list(args: &mut Args, kw: &str) -> R<Option<Vec<isize>>> {
    let mut pos = args.rest(0);
    if pos.is_empty() {
        if let Some(v) = args.kw(kw) {
            pos.push(v);
        }
    }
    Ok(match pos.len() {
        0 => None,
        1 if matches!(pos[0], Value::None) => None,
        1 => Some(to_isize_vec(&pos[0])?),
        _ => Some(pos.iter().map(to_isize).collect::<R<_>>()?),
    })
}

pub fn call_method(recv: Value, name: &str, mut args: Args) -> R<Value> {
    let Value::Array(a) = recv else {
        return unsupported(format!("method {name} of {}", recv.type_name()));
    };
    let out = match name {
        "reshape" => {
            let order = to_order(args.kw("order"), Order::C)?;
            let shape = int_list(&mut args, "shape")?.unwrap_or_default();
            args.finish()?;
            a.reshape_order(&shape, order)?
        }
        "transpose" => {
            let axes = int_list(&mut args, "axes")?;
            args.finish()?;
            match axes {
                None => a.t(),
                Some(ax) => a.transpose(&ax)?,
            }
        }
        "swapaxes" => {
            let a1 = to_isize(&args.req(0, "axis1")?)?;
            let a2 = to_isize(&args.req(1, "axis2")?)?;
            args.finish()?;
            a.swapaxes(a1, a2)?
        }
        "ravel" | "copy" | "tobytes" => {
            let order = to_order(args.opt(0, "order")?, Order::C)?;
            args.finish()?;
            match name {
                "ravel" => a.ravel(order)?,
                "copy" => a.copy(order)?,
                _ => return Ok(Value::Bytes(a.tobytes(order)?)),
            }
        }
        "sum" => {
            args.finish()?;
            return Ok(Value::Scalar(a.sum()?));
        }
        "diagonal" => {
            let offset = args
                .opt(0, "offset")?
                .map(|v| to_isize(&v))
                .transpose()?
                .unwrap_or(0);
            let axis1 = args
                .opt(1, "axis1")?
                .map(|v| to_isize(&v))
                .transpose()?
                .unwrap_or(0);
            let axis2 = args
                .opt(2, "axis2")?
                .map(|v| to_isize(&v))
                .transpose()?
                .unwrap_or(1);
            args.finish()?;
            a.diagonal(offset, axis1, axis2)?
        }
        "fill" => {
            let v = to_scalar(&args.req(0, "value")?)?;
            args.finish()?;
            a.fill(v)?;
            return Ok(Value::None);
        }
        "item" => {
            let idx: Vec<isize> = args.rest(0).iter().map(to_isize).collect::<R<_>>()?;
            args.finish()?;
            return match idx.len() {
                0 => Ok(scalar_to_py(a.get(&vec![0; a.ndim()])?)),
                1 if a.ndim() != 1 => Ok(scalar_to_py(a.flat_get(idx[0])?)),
                _ => Ok(scalar_to_py(a.get(&idx)?)),
            };
        }
        "view" | "astype" => {
            let _ = opt_dtype(args.opt(0, "dtype")?)?;
            return unsupported(format!("ndarray.{name} (dtype reinterpretation/casting)"));
        }
        other => return unsupported(format!("ndarray.{other}")),
    };
    Ok(Value::Array(out))
}

/// `x.item()`: a Python number.
fn scalar_to_py(s: Scalar) -> Value {
    match s {
        Scalar::Bool(b) => Value::Bool(b),
        Scalar::F16(_) | Scalar::F32(_) | Scalar::F64(_) | Scalar::Float(_) => {
            Value::Float(s.to_f64())
        }
        Scalar::C64(c) => Value::Complex(c.re as f64, c.im as f64),
        Scalar::C128(c) | Scalar::Complex(c) => Value::Complex(c.re, c.im),
        other => match other.as_i128() {
            Some(i) => Value::Int(i),
            None => Value::Scalar(other),
        },
    }
}

pub fn getitem(a: &Array, i: &Value) -> R<Value> {
    let idx = to_index(i)?;
    if let Some(ints) = all_ints(&idx) {
        if ints.len() == a.ndim() {
            return Ok(Value::Scalar(a.get(&ints)?));
        }
    }
    Ok(Value::Array(a.slice(&idx)?))
}

/// A right-hand side for assignment: a scalar or an array.
enum Rhs {
    Scalar(Scalar),
    Array(Array),
}

fn rhs(v: &Value) -> R<Rhs> {
    Ok(match v {
        Value::Array(a) => Rhs::Array(a.clone()),
        Value::List(_) | Value::Tuple(_) => {
            let (shape, values) = flatten_nested(v)?;
            Rhs::Array(numrs::from_scalars(&shape, &values, None)?)
        }
        other => Rhs::Scalar(to_scalar(other)?),
    })
}

pub fn setitem(a: &Array, i: &Value, v: &Value) -> R<()> {
    let idx = to_index(i)?;
    match rhs(v)? {
        Rhs::Scalar(s) => match all_ints(&idx) {
            Some(ints) if ints.len() == a.ndim() => a.set(&ints, s)?,
            _ => a.set_slice(&idx, s)?,
        },
        Rhs::Array(src) => a.assign(&idx, &src)?,
    }
    Ok(())
}

pub fn flat_get(a: &Array, i: &Value) -> R<Value> {
    match i {
        Value::Slice(..) | Value::Tuple(_) | Value::List(_) | Value::Array(_) => {
            unsupported("x.flat[non-integer]")
        }
        _ => Ok(Value::Scalar(a.flat_get(to_isize(i)?)?)),
    }
}

pub fn flat_set(a: &Array, i: &Value, v: &Value) -> R<()> {
    match i {
        Value::Slice(..) | Value::Tuple(_) | Value::List(_) | Value::Array(_) => {
            unsupported("x.flat[non-integer] = v")
        }
        _ => Ok(a.flat_set(to_isize(i)?, to_scalar(v)?)?),
    }
}

pub fn tobytes_c(a: &Array) -> R<Value> {
    Ok(Value::Bytes(a.tobytes(Order::C)?))
}

/// An operand of an arithmetic operator: arrays, numpy scalars (as 0-d arrays) and Python
/// numbers (weak: they take the other operand's dtype).
fn operand(v: &Value, other_dtype: Option<&DType>) -> R<Option<Array>> {
    Ok(match v {
        Value::Array(a) => Some(a.clone()),
        Value::Scalar(s) => Some(numrs::full(&[], s.clone(), s.dtype())?),
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Complex(..) => {
            let s = to_scalar(v)?;
            let dtype = other_dtype.cloned().unwrap_or_else(|| s.dtype());
            Some(numrs::full(&[], s, dtype)?)
        }
        Value::List(_) | Value::Tuple(_) => Some(want_array(v)?),
        _ => None,
    })
}

pub fn binary(op: BinOp, l: Value, r: Value) -> R<Value> {
    let ldt = match &l {
        Value::Array(a) => Some(a.dtype().clone()),
        Value::Scalar(s) => Some(s.dtype()),
        _ => None,
    };
    let rdt = match &r {
        Value::Array(a) => Some(a.dtype().clone()),
        Value::Scalar(s) => Some(s.dtype()),
        _ => None,
    };
    let (Some(a), Some(b)) = (operand(&l, rdt.as_ref())?, operand(&r, ldt.as_ref())?) else {
        return py_err(
            "TypeError",
            format!(
                "unsupported operand type(s) for {op:?}: '{}' and '{}'",
                l.type_name(),
                r.type_name()
            ),
        );
    };
    let out = match op {
        BinOp::Add => numrs::add(&a, &b)?,
        BinOp::Mul => numrs::multiply(&a, &b)?,
        other => return unsupported(format!("array operator {other:?}")),
    };
    // ufuncs return scalars for 0-d results
    if out.ndim() == 0 {
        return Ok(Value::Scalar(out.get(&[])?));
    }
    Ok(Value::Array(out))
}

pub fn negative(v: Value) -> R<Value> {
    unsupported(format!("unary minus on {}", v.type_name()))
}

pub fn set_flag(mut a: Array, attr: &str, v: &Value) -> R<Array> {
    match attr {
        "writeable" => {
            a.set_writeable(to_bool(v)?)?;
            Ok(a)
        }
        other => unsupported(format!("setting flags.{other}")),
    }
}

/// `x.flags.owndata` (attribute style, lower case) or `x.flags['OWNDATA']` (key style).
pub fn flag_value(a: &Array, key: &str, attr_style: bool) -> R<Value> {
    let f = a.flags();
    let k = if attr_style {
        key.to_string()
    } else {
        key.to_ascii_lowercase()
    };
    let v = match k.as_str() {
        "c_contiguous" | "contiguous" => f.c_contiguous,
        "c" if !attr_style => f.c_contiguous,
        "f_contiguous" | "fortran" => f.f_contiguous,
        "f" if !attr_style => f.f_contiguous,
        "owndata" => f.owndata,
        "o" if !attr_style => f.owndata,
        "writeable" => f.writeable,
        "w" if !attr_style => f.writeable,
        "aligned" => f.aligned,
        "a" if !attr_style => f.aligned,
        "writebackifcopy" => f.writebackifcopy,
        "x" if !attr_style => f.writebackifcopy,
        _ if attr_style => {
            return py_err(
                "AttributeError",
                format!("'numpy.flagsobj' object has no attribute '{key}'"),
            );
        }
        _ => return py_err("KeyError", "Unknown flag"),
    };
    Ok(Value::Bool(v))
}

pub fn dtype_attr(d: &DType, attr: &str) -> R<Value> {
    Ok(match attr {
        "itemsize" => Value::Int(d.itemsize() as i128),
        "alignment" => Value::Int(d.alignment() as i128),
        "str" => Value::Str(d.str()),
        "name" => Value::Str(d.name().to_string()),
        "kind" => Value::Str(d.kind().to_string()),
        "char" => Value::Str(d.char().to_string()),
        "byteorder" => Value::Str(d.byteorder().to_string()),
        "num" => Value::Int(d.num() as i128),
        "type" => Value::ScalarType(d.clone()),
        other => {
            return py_err(
                "AttributeError",
                format!("'numpy.dtype' object has no attribute '{other}'"),
            )
        }
    })
}

pub fn scalar_attr(s: Scalar, attr: &str) -> R<Value> {
    match attr {
        "dtype" => Ok(Value::DType(s.dtype())),
        "itemsize" => Ok(Value::Int(s.dtype().itemsize() as i128)),
        "ndim" => Ok(Value::Int(0)),
        "shape" => Ok(Value::Tuple(vec![])),
        other => unsupported(format!("scalar attribute {other}")),
    }
}

/// `np.int8(5)`
pub fn make_scalar(d: &DType, mut args: Args) -> R<Value> {
    let v = args.opt(0, "value")?.unwrap_or(Value::Int(0));
    args.finish()?;
    let a = numrs::full(&[], to_scalar(&v)?, d.clone())?;
    Ok(Value::Scalar(a.get(&[])?))
}

/// `int(x)`, `float(x)`, `bool(x)` of numbers and numpy scalars.
pub fn convert_builtin(name: &str, x: Value) -> R<Value> {
    let x = match x {
        Value::Scalar(s) => scalar_to_py(s),
        other => other,
    };
    Ok(match (name, x) {
        ("int", Value::Int(i)) => Value::Int(i),
        ("int", Value::Bool(b)) => Value::Int(b as i128),
        ("int", Value::Float(f)) if f.is_finite() => Value::Int(f.trunc() as i128),
        ("float", Value::Int(i)) => Value::Float(i as f64),
        ("float", Value::Float(f)) => Value::Float(f),
        ("float", Value::Bool(b)) => Value::Float(b as i32 as f64),
        ("bool", v) => Value::Bool(to_bool(&v)?),
        (n, v) => return unsupported(format!("{n}() of {}", v.type_name())),
    })
}
