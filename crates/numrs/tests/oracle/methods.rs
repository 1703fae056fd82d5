//! Array attributes, methods, indexing and operators, mapped onto the numrs API.

use super::conv::{
    all_ints, flatten_nested, opt_dtype, to_bool, to_index, to_isize, to_isize_vec, to_order,
    to_scalar, Args,
};
use super::np::want_array;
use super::parser::BinOp;
use super::value::{py_err, unsupported, Value, R};
use numrs::{Array, DType, Order, Scalar};

const METHODS: [&str; 15] = [
    "byteswap",
    "tofile",
    "tolist",
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
                (s("descr"), descr_value(a.dtype())?),
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
                0 if a.size() != 1 => py_err(
                    "ValueError",
                    "can only convert an array of size 1 to a Python scalar",
                ),
                0 => scalar_to_py(a.flat_get(0)?),
                1 if a.ndim() != 1 => scalar_to_py(a.flat_get(idx[0])?),
                _ => scalar_to_py(a.get(&idx)?),
            };
        }
        "view" => {
            let d = opt_dtype(args.opt(0, "dtype")?)?;
            args.finish()?;
            match d {
                None => a.view(&a.dtype().clone())?,
                Some(d) => a.view(&d)?,
            }
        }
        "astype" => {
            let d = super::conv::to_dtype(&args.req(0, "dtype")?)?;
            let order = to_order(args.opt(1, "order")?, Order::K)?;
            let copy = args
                .kw("copy")
                .map(|v| to_bool(&v))
                .transpose()?
                .unwrap_or(true);
            let casting = match args.kw("casting") {
                None => numrs::Casting::Unsafe,
                Some(Value::Str(s)) => s.parse()?,
                Some(_) => return unsupported("astype(casting=<not a str>)"),
            };
            args.finish()?;
            if order != Order::K {
                return unsupported("astype(order=...)");
            }
            if !copy && &d == a.dtype() {
                a
            } else {
                a.astype_casting(&d, casting)?
            }
        }
        "byteswap" => {
            let inplace = args
                .opt(0, "inplace")?
                .map(|v| to_bool(&v))
                .transpose()?
                .unwrap_or(false);
            args.finish()?;
            a.byteswap(inplace)?
        }
        "tofile" => {
            let fid = args.req(0, "fid")?;
            let sep = args.opt(1, "sep")?;
            args.finish()?;
            if sep.is_some() && !matches!(&sep, Some(Value::Str(s)) if s.is_empty()) {
                return unsupported("tofile with a separator (text mode)");
            }
            match fid {
                Value::Str(path) => a.tofile(&path)?,
                Value::File(f) => {
                    let mut st = f.borrow_mut();
                    let Some(file) = st.file.as_mut() else {
                        return py_err("ValueError", "I/O operation on closed file");
                    };
                    a.tofile_writer(file)?;
                }
                other => return unsupported(format!("tofile to {}", other.type_name())),
            }
            return Ok(Value::None);
        }
        "tolist" => {
            args.finish()?;
            return tolist(&a);
        }
        other => return unsupported(format!("ndarray.{other}")),
    };
    Ok(Value::Array(out))
}

/// `x.tolist()`: nested lists of Python values.
fn tolist(a: &Array) -> R<Value> {
    if a.ndim() == 0 {
        return scalar_to_py(a.get(&[])?);
    }
    let n = a.shape()[0] as isize;
    let mut out = Vec::with_capacity(n as usize);
    for i in 0..n {
        let sub = a.slice([numrs::Idx::Int(i)])?;
        out.push(tolist(&sub)?);
    }
    Ok(Value::List(out))
}

/// `x.item()`: a Python value (numbers, `bytes`, `str`, a tuple for a record).
pub fn scalar_to_py(s: Scalar) -> R<Value> {
    Ok(match s {
        Scalar::Bytes(b) => Value::Bytes(b),
        Scalar::Str(t) => Value::Str(t),
        Scalar::Void(b, d) => match d.fields() {
            None => Value::Bytes(b),
            Some(fields) => {
                let names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
                let mut items = Vec::with_capacity(names.len());
                for name in names {
                    // sub-array fields stay arrays, as in NumPy
                    items.push(match void_field(&b, &d, &name)? {
                        Value::Scalar(x) => scalar_to_py(x)?,
                        other => other,
                    });
                }
                Value::Tuple(items)
            }
        },
        other => scalar_to_py_num(other),
    })
}

/// One field of a record item (`a[0]['f']`): a scalar, or an array for a sub-array field.
pub fn void_field(bytes: &[u8], dtype: &DType, name: &str) -> R<Value> {
    let arr = numrs::frombuffer(bytes.to_vec(), dtype.clone(), 1, 0)?.reshape(&[])?;
    let f = arr.field(name)?;
    if f.ndim() == 0 {
        Ok(Value::Scalar(f.get(&[])?))
    } else {
        Ok(Value::Array(f.copy(Order::C)?))
    }
}

/// `r[i]` of a record item that views its array (`a[0]['f']`): a field by name is read from
/// the array now; a sub-array field is a view into the array, as in NumPy.
pub fn record_getitem(r: &Array, i: &Value) -> R<Value> {
    if let Value::Str(name) = i {
        let f = r.field(name)?;
        return Ok(if f.ndim() == 0 {
            Value::Scalar(f.get(&[])?)
        } else {
            Value::Array(f)
        });
    }
    scalar_getitem(r.get(&[])?, i)
}

/// `scalar[i]`: fields of record items by name or position.
pub fn scalar_getitem(s: Scalar, i: &Value) -> R<Value> {
    let Scalar::Void(b, d) = &s else {
        return py_err("IndexError", "invalid index to scalar variable.");
    };
    let Some(fields) = d.fields() else {
        return unsupported("indexing an unstructured void scalar");
    };
    let name = match i {
        Value::Str(n) => n.clone(),
        Value::Int(_) | Value::Bool(_) => {
            let k = super::conv::to_int(i)?;
            let n = fields.len() as i128;
            let k2 = if k < 0 { k + n } else { k };
            if k2 < 0 || k2 >= n {
                return py_err("IndexError", format!("invalid index ({k})"));
            }
            fields[k2 as usize].name.clone()
        }
        _ => return unsupported("this index of a record item"),
    };
    void_field(b, d, &name)
}

/// `x.item()` for numbers: a Python number.
fn scalar_to_py_num(s: Scalar) -> Value {
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

/// `['a', 'b']` as field names, if the index is a list of strings.
fn field_names(i: &Value) -> Option<Vec<String>> {
    match i {
        Value::List(items) if !items.is_empty() => items
            .iter()
            .map(|x| match x {
                Value::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

pub fn getitem(a: &Array, i: &Value) -> R<Value> {
    if let Value::Str(name) = i {
        return Ok(Value::Array(a.field(name)?));
    }
    if let Some(names) = field_names(i) {
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        return Ok(Value::Array(a.fields(&refs)?));
    }
    let idx = to_index(i)?;
    if let Some(ints) = all_ints(&idx) {
        if ints.len() == a.ndim() && a.dtype().fields().is_some() {
            return Ok(Value::Record(a.record(&ints)?));
        }
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

/// The value assigned into items of `dtype`: a tuple into a record is one item, a list into
/// a record array is an array of records; other sequences become arrays (of their own
/// discovered dtype, converted on assignment, as NumPy does).
fn rhs(v: &Value, dtype: &DType) -> R<Rhs> {
    let record = dtype.fields().is_some();
    Ok(match v {
        Value::Array(a) => Rhs::Array(a.clone()),
        Value::Tuple(_) if record => Rhs::Scalar(super::conv::to_item(v, dtype)?),
        Value::List(_) | Value::Tuple(_) if record => {
            let (shape, values) = super::conv::flatten_nested_dt(v, Some(dtype))?;
            Rhs::Array(numrs::from_scalars(&shape, &values, Some(dtype.clone()))?)
        }
        Value::List(_) | Value::Tuple(_) => {
            let (shape, values) = flatten_nested(v)?;
            Rhs::Array(numrs::from_scalars(&shape, &values, None)?)
        }
        other => Rhs::Scalar(super::conv::to_item(other, dtype)?),
    })
}

pub fn setitem(a: &Array, i: &Value, v: &Value) -> R<()> {
    if let Value::Str(name) = i {
        let f = a.field(name)?;
        return setitem(&f, &Value::Ellipsis, v);
    }
    if let Some(names) = field_names(i) {
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let f = a.fields(&refs)?;
        return setitem(&f, &Value::Ellipsis, v);
    }
    let idx = to_index(i)?;
    match rhs(v, a.dtype())? {
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
        "isbuiltin" => Value::Int(d.isbuiltin() as i128),
        "isnative" => Value::Bool(d.isnative()),
        "isalignedstruct" => Value::Bool(d.is_aligned_struct()),
        "hasobject" => Value::Bool(false),
        "fields" => match d.fields() {
            None => Value::None,
            Some(fields) => {
                let mut items = Vec::new();
                for f in fields {
                    let mut t = vec![Value::DType(f.dtype.clone()), Value::Int(f.offset as i128)];
                    if let Some(title) = &f.title {
                        t.push(Value::Str(title.clone()));
                    }
                    items.push((Value::Str(f.name.clone()), Value::Tuple(t.clone())));
                    if let Some(title) = &f.title {
                        items.push((Value::Str(title.clone()), Value::Tuple(t)));
                    }
                }
                let repr = d.fields_repr().unwrap_or_default();
                Value::Mapping(items, repr)
            }
        },
        "names" => match d.names() {
            None => Value::None,
            Some(n) => Value::Tuple(n.into_iter().map(|x| Value::Str(x.to_string())).collect()),
        },
        "descr" => descr_value(d)?,
        "subdtype" => match d.subdtype() {
            None => Value::None,
            Some((base, shape)) => Value::Tuple(vec![
                Value::DType(base.clone()),
                Value::Tuple(shape.iter().map(|x| Value::Int(*x as i128)).collect()),
            ]),
        },
        "shape" => Value::Tuple(d.shape().iter().map(|x| Value::Int(*x as i128)).collect()),
        "ndim" => Value::Int(d.shape().len() as i128),
        "base" => Value::DType(d.base().clone()),
        "metadata" => Value::None,
        "newbyteorder" => Value::Method(Box::new(Value::DType(d.clone())), attr.into()),
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
    match (d.kind(), &v) {
        ('S', Value::Bytes(b)) if d.itemsize() == 0 => {
            return Ok(Value::Scalar(Scalar::Bytes(b.clone())))
        }
        ('U', Value::Str(t)) if d.itemsize() == 0 => {
            return Ok(Value::Scalar(Scalar::Str(t.clone())))
        }
        ('V', Value::Bytes(b)) if d.fields().is_none() && d.itemsize() == 0 => {
            return Ok(Value::Scalar(Scalar::Void(b.clone(), DType::void(b.len()))))
        }
        ('S' | 'U' | 'V', _) => {
            return unsupported(format!("np.{}(...) of this value", d.type_repr()))
        }
        _ => {}
    }
    let a = numrs::full(&[], to_scalar(&v)?, d.clone())?;
    Ok(Value::Scalar(a.get(&[])?))
}

/// `int(x)`, `float(x)`, `bool(x)` of numbers and numpy scalars.
pub fn convert_builtin(name: &str, x: Value) -> R<Value> {
    let x = match x {
        Value::Scalar(s) => scalar_to_py(s)?,
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

/// `dtype.descr` as Python values: a list of `(name, format[, shape])` tuples.
pub fn descr_value(d: &DType) -> R<Value> {
    use numrs::dtype::descr::{DescrEntry, DescrFormat};
    fn format(f: &DescrFormat) -> Value {
        match f {
            DescrFormat::TypeStr(s) => Value::Str(s.clone()),
            DescrFormat::Fields(entries) => Value::List(entries.iter().map(entry).collect()),
            DescrFormat::SubArray(base, shape) => Value::Tuple(vec![
                format(base),
                Value::Tuple(shape.iter().map(|x| Value::Int(*x as i128)).collect()),
            ]),
        }
    }
    fn entry(e: &DescrEntry) -> Value {
        let name = match &e.title {
            Some(t) => Value::Tuple(vec![Value::Str(t.clone()), Value::Str(e.name.clone())]),
            None => Value::Str(e.name.clone()),
        };
        let mut t = vec![name, format(&e.format)];
        if let Some(shape) = &e.shape {
            t.push(Value::Tuple(
                shape.iter().map(|x| Value::Int(*x as i128)).collect(),
            ));
        }
        Value::Tuple(t)
    }
    Ok(Value::List(d.descr()?.iter().map(entry).collect()))
}

/// `dtype['name']`, `dtype[i]`.
pub fn dtype_getitem(d: &DType, i: &Value) -> R<Value> {
    let Some(fields) = d.fields() else {
        return py_err("KeyError", format!("'There are no fields in dtype {d}.'"));
    };
    match i {
        Value::Str(name) => match fields
            .iter()
            .find(|f| &f.name == name || f.title.as_deref() == Some(name.as_str()))
        {
            Some(f) => Ok(Value::DType(f.dtype.clone())),
            None => py_err("KeyError", format!("\"Field named '{name}' not found.\"")),
        },
        Value::Int(_) | Value::Bool(_) => {
            let k = super::conv::to_int(i)?;
            let n = fields.len() as i128;
            let k2 = if k < 0 { k + n } else { k };
            if k2 < 0 || k2 >= n {
                return py_err("IndexError", format!("Field index {k} out of range."));
            }
            Ok(Value::DType(fields[k2 as usize].dtype.clone()))
        }
        _ => unsupported("this dtype index"),
    }
}

/// `dtype.newbyteorder(new_order='S')`.
pub fn dtype_method(d: &DType, name: &str, mut args: Args) -> R<Value> {
    if name != "newbyteorder" {
        return unsupported(format!("dtype.{name}"));
    }
    let order = args.opt(0, "new_order")?;
    args.finish()?;
    let code = match order {
        None => "S".to_string(),
        Some(Value::Str(s)) => s,
        Some(other) => return unsupported(format!("newbyteorder({})", other.repr())),
    };
    let little = cfg!(target_endian = "little");
    let native = d.to_native();
    Ok(Value::DType(match code.as_str() {
        "S" | "s" | "swap" => d.newbyteorder(),
        "=" | "N" | "n" | "native" => native,
        "<" | "L" | "l" | "little" if little => native,
        ">" | "B" | "b" | "big" if !little => native,
        "<" | "L" | "l" | "little" | ">" | "B" | "b" | "big" => native.newbyteorder(),
        "|" | "I" | "i" => d.clone(),
        other => {
            return py_err(
                "ValueError",
                format!(
                    "byteorder not recognized (got {})",
                    super::value::str_repr(other)
                ),
            )
        }
    }))
}
