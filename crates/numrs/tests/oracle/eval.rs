//! The evaluator: Python semantics of statements, names, literals, containers and operators.
//! Everything that touches arrays is delegated to `np` (the binding to the numrs API).

use super::conv::Args;
use super::np;
use super::parser::{BinOp, CmpOp, Expr, Stmt};
use super::value::{py_err, unsupported, Fail, Value, R};

/// The case's namespace, in first-binding order (as a Python dict).
#[derive(Default)]
pub struct Env {
    pub vars: Vec<(String, Value)>,
    /// The case's own temporary directory (the prelude name `tmpdir`), empty if none.
    pub tmpdir: String,
}

impl Env {
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.vars.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    pub fn set(&mut self, name: &str, v: Value) {
        match self.vars.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = v,
            None => self.vars.push((name.to_string(), v)),
        }
    }
}

/// Runs the statements; the result is the value of the last one if it is an expression.
pub fn run(stmts: &[Stmt], env: &mut Env) -> R<Value> {
    let mut result = Value::None;
    for (i, s) in stmts.iter().enumerate() {
        let last = i + 1 == stmts.len();
        match s {
            Stmt::Expr(e) => {
                let v = eval(e, env)?;
                if last {
                    result = v;
                }
            }
            Stmt::Assign(targets, value) => {
                // a record item stays a view of its array when bound to a name
                let v = eval_raw(value, env)?;
                for t in targets {
                    assign(t, v.clone(), env)?;
                }
            }
            Stmt::AugAssign(target, op, value) => {
                let cur = eval(target, env)?;
                let rhs = eval(value, env)?;
                let v = binary(*op, cur, rhs)?;
                assign(target, v, env)?;
            }
        }
    }
    Ok(result)
}

fn assign(target: &Expr, v: Value, env: &mut Env) -> R<()> {
    match target {
        Expr::Name(n) => {
            env.set(n, v);
            Ok(())
        }
        Expr::Tuple(ts) | Expr::List(ts) => {
            let items = match v {
                Value::Tuple(items) | Value::List(items) => items,
                other => {
                    return py_err(
                        "TypeError",
                        format!("cannot unpack non-iterable {} object", other.type_name()),
                    )
                }
            };
            if items.len() != ts.len() {
                let msg = if items.len() > ts.len() {
                    format!("too many values to unpack (expected {})", ts.len())
                } else {
                    format!(
                        "not enough values to unpack (expected {}, got {})",
                        ts.len(),
                        items.len()
                    )
                };
                return py_err("ValueError", msg);
            }
            for (t, item) in ts.iter().zip(items) {
                assign(t, item, env)?;
            }
            Ok(())
        }
        Expr::Subscript(obj, idx) => {
            let o = eval_raw(obj, env)?;
            let i = eval(idx, env)?;
            match o {
                Value::Array(a) | Value::Record(a) => np::setitem(&a, &i, &v),
                Value::Flat(a) => np::flat_set(&a, &i, &v),
                other => unsupported(format!("item assignment on {}", other.type_name())),
            }
        }
        Expr::Attr(obj, attr) if attr == "dtype" => {
            // `x.dtype = spec`: reinterprets the array in place
            let Expr::Name(name) = obj.as_ref() else {
                return unsupported("dtype assignment on an unnamed array");
            };
            let Some(Value::Array(mut a)) = env.get(name).cloned() else {
                return unsupported(format!("{name}.dtype on a non-array"));
            };
            let d = super::conv::to_dtype(&v)?;
            a.set_dtype(&d)?;
            env.set(name, Value::Array(a));
            Ok(())
        }
        Expr::Attr(obj, attr) => {
            // The only other attribute assignment we model: `name.flags.writeable = bool`.
            let Expr::Attr(inner, flags) = obj.as_ref() else {
                return unsupported(format!("assignment to attribute {attr}"));
            };
            let Expr::Name(name) = inner.as_ref() else {
                return unsupported("flags assignment on an unnamed array");
            };
            if flags != "flags" {
                return unsupported(format!("assignment to attribute {flags}.{attr}"));
            }
            let Some(Value::Array(a)) = env.get(name).cloned() else {
                return unsupported(format!("{name}.flags on a non-array"));
            };
            let a = np::set_flag(a, attr, &v)?;
            env.set(name, Value::Array(a));
            Ok(())
        }
        other => unsupported(format!("assignment target {other:?}")),
    }
}

const BUILTINS: [&str; 14] = [
    "len",
    "bytes",
    "complex",
    "tuple",
    "list",
    "int",
    "float",
    "bool",
    "range",
    "str",
    "repr",
    "dict",
    "open",
    "memoryview",
];

/// Evaluates `e`; a record item (a view) becomes its current value.
pub fn eval(e: &Expr, env: &Env) -> R<Value> {
    Ok(match eval_raw(e, env)? {
        Value::Record(a) => Value::Scalar(a.get(&[])?),
        v => v,
    })
}

/// Evaluates `e`, keeping a record item as a view (for binding names and subscripts).
fn eval_raw(e: &Expr, env: &Env) -> R<Value> {
    Ok(match e {
        Expr::Name(n) => match env.get(n) {
            Some(v) => v.clone(),
            None => match n.as_str() {
                "np" | "numpy" => Value::Module("np".into()),
                "as_strided" | "sliding_window_view" => Value::Func(n.clone()),
                "tmpdir" if !env.tmpdir.is_empty() => Value::Str(env.tmpdir.clone()),
                b if BUILTINS.contains(&b) => Value::Func(format!("builtins.{b}")),
                _ => return py_err("NameError", format!("name '{n}' is not defined")),
            },
        },
        Expr::Int(v) => Value::Int(*v),
        Expr::Float(v) => Value::Float(*v),
        Expr::Imag(v) => Value::Complex(0.0, *v),
        Expr::Str(s) => Value::Str(s.clone()),
        Expr::Bytes(b) => Value::Bytes(b.clone()),
        Expr::None => Value::None,
        Expr::Bool(b) => Value::Bool(*b),
        Expr::Ellipsis => Value::Ellipsis,
        Expr::Tuple(items) => Value::Tuple(items.iter().map(|i| eval(i, env)).collect::<R<_>>()?),
        Expr::List(items) => Value::List(items.iter().map(|i| eval(i, env)).collect::<R<_>>()?),
        Expr::Dict(items) => {
            let mut out: Vec<(Value, Value)> = Vec::with_capacity(items.len());
            for (k, v) in items {
                let (k, v) = (eval(k, env)?, eval(v, env)?);
                match out
                    .iter()
                    .position(|(ok, _)| equal(ok, &k).unwrap_or(false))
                {
                    Some(i) => out[i].1 = v,
                    None => out.push((k, v)),
                }
            }
            Value::Dict(out)
        }
        Expr::Slice(a, b, c) => {
            let part = |p: &Option<Box<Expr>>| -> R<Option<i128>> {
                match p {
                    None => Ok(None),
                    Some(x) => match eval(x, env)? {
                        Value::None => Ok(None),
                        v => Ok(Some(index_int(&v)?)),
                    },
                }
            };
            Value::Slice(part(a)?, part(b)?, part(c)?)
        }
        Expr::Attr(obj, attr) => {
            let o = eval(obj, env)?;
            attribute(o, attr)?
        }
        Expr::Call(f, args, kwargs) => {
            let fv = eval(f, env)?;
            let pos = args.iter().map(|a| eval(a, env)).collect::<R<Vec<_>>>()?;
            let kw = kwargs
                .iter()
                .map(|(k, v)| Ok((k.clone(), eval(v, env)?)))
                .collect::<R<Vec<_>>>()?;
            call(fv, Args::new(pos, kw))?
        }
        Expr::Subscript(obj, idx) => {
            let o = eval_raw(obj, env)?;
            let i = eval(idx, env)?;
            subscript(o, i)?
        }
        Expr::Neg(x) => match eval(x, env)? {
            Value::Int(v) => Value::Int(
                v.checked_neg()
                    .ok_or_else(|| Fail::Unsupported("integer overflow".into()))?,
            ),
            Value::Float(v) => Value::Float(-v),
            Value::Complex(re, im) => Value::Complex(-re, -im),
            Value::Bool(b) => Value::Int(-(b as i128)),
            other => np::negative(other)?,
        },
        Expr::Pos(x) => eval(x, env)?,
        Expr::Bin(op, l, r) => binary(*op, eval(l, env)?, eval(r, env)?)?,
        Expr::Cmp(op, l, r) => {
            let (lv, rv) = (eval(l, env)?, eval(r, env)?);
            match op {
                CmpOp::Is => Value::Bool(is(&lv, &rv)),
                CmpOp::IsNot => Value::Bool(!is(&lv, &rv)),
                CmpOp::Eq | CmpOp::Ne => {
                    let ne = *op == CmpOp::Ne;
                    if let Some(v) = np::compare(&lv, &rv, ne)? {
                        v
                    } else {
                        Value::Bool(equal(&lv, &rv)? != ne)
                    }
                }
            }
        }
    })
}

/// An integer usable as an index (`__index__`): ints, bools, integer numpy scalars.
pub fn index_int(v: &Value) -> R<i128> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i128),
        Value::Scalar(s) if !s.dtype().is_float_like() => match s.as_i128() {
            Some(i) => Ok(i),
            None => py_err(
                "TypeError",
                "slice indices must be integers or None or have an __index__ method",
            ),
        },
        _ => py_err(
            "TypeError",
            "slice indices must be integers or None or have an __index__ method",
        ),
    }
}

trait FloatLike {
    fn is_float_like(&self) -> bool;
}

impl FloatLike for numrs::DType {
    fn is_float_like(&self) -> bool {
        matches!(self.kind(), 'f' | 'c')
    }
}

fn is(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Array(x), Value::Array(y)) => x.is(y),
        (Value::Int(x), Value::Int(y)) => x == y && (-5..=256).contains(x),
        _ => false,
    }
}

fn equal(a: &Value, b: &Value) -> R<bool> {
    Ok(match (a, b) {
        (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) | (Value::List(x), Value::List(y)) => {
            if x.len() != y.len() {
                return Ok(false);
            }
            for (p, q) in x.iter().zip(y) {
                if !equal(p, q)? {
                    return Ok(false);
                }
            }
            true
        }
        (Value::Array(_), _) | (_, Value::Array(_)) => return unsupported("== on arrays"),
        (Value::DType(x), y) | (y, Value::DType(x)) => match super::conv::to_dtype(y) {
            Ok(d) => &d == x,
            Err(_) => false,
        },
        (Value::Scalar(numrs::Scalar::Bytes(x)), Value::Bytes(y))
        | (Value::Bytes(y), Value::Scalar(numrs::Scalar::Bytes(x))) => x == y,
        (Value::Scalar(numrs::Scalar::Str(x)), Value::Str(y))
        | (Value::Str(y), Value::Scalar(numrs::Scalar::Str(x))) => x == y,
        (x, y) => match (number(x), number(y)) {
            (Some(p), Some(q)) => p == q,
            _ => false,
        },
    })
}

/// A Python number as (re, im), for comparisons and float arithmetic.
fn number(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Bool(b) => Some((*b as i32 as f64, 0.0)),
        Value::Int(i) => Some((*i as f64, 0.0)),
        Value::Float(f) => Some((*f, 0.0)),
        Value::Complex(re, im) => Some((*re, *im)),
        _ => None,
    }
}

pub fn binary(op: BinOp, l: Value, r: Value) -> R<Value> {
    use Value::{Bool, Complex, Float, Int};
    let as_int = |v: &Value| match v {
        Int(i) => Some(*i),
        Bool(b) => Some(*b as i128),
        _ => None,
    };
    if let (Some(a), Some(b)) = (as_int(&l), as_int(&r)) {
        let overflow = || Fail::Unsupported("integer overflow in the interpreter".into());
        return Ok(match op {
            BinOp::Add => Int(a.checked_add(b).ok_or_else(overflow)?),
            BinOp::Sub => Int(a.checked_sub(b).ok_or_else(overflow)?),
            BinOp::Mul => Int(a.checked_mul(b).ok_or_else(overflow)?),
            BinOp::Div if b == 0 => return py_err("ZeroDivisionError", "division by zero"),
            BinOp::Div => Float(a as f64 / b as f64),
            BinOp::FloorDiv if b == 0 => {
                return py_err("ZeroDivisionError", "integer division or modulo by zero")
            }
            BinOp::FloorDiv => {
                let q = a.checked_div_euclid(b).ok_or_else(overflow)?;
                Int(q - i128::from(b < 0 && a.rem_euclid(b) != 0))
            }
            BinOp::Pow if b >= 0 => Int(a
                .checked_pow(u32::try_from(b).map_err(|_| overflow())?)
                .ok_or_else(overflow)?),
            BinOp::Pow => Float((a as f64).powf(b as f64)),
        });
    }
    let py_num = |v: &Value| matches!(v, Int(_) | Bool(_) | Float(_) | Complex(..));
    if py_num(&l) && py_num(&r) {
        let (Some((a, ai)), Some((b, bi))) = (number(&l), number(&r)) else {
            return unsupported("number");
        };
        let complex = matches!(l, Complex(..)) || matches!(r, Complex(..));
        if !complex {
            return Ok(Float(match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mul => a * b,
                BinOp::Div if b == 0.0 => {
                    return py_err("ZeroDivisionError", "float division by zero")
                }
                BinOp::Div => a / b,
                BinOp::FloorDiv => (a / b).floor(),
                BinOp::Pow => a.powf(b),
            }));
        }
        return Ok(match op {
            BinOp::Add => Complex(a + b, ai + bi),
            BinOp::Sub => Complex(a - b, ai - bi),
            BinOp::Mul => Complex(a * b - ai * bi, a * bi + ai * b),
            _ => return unsupported("complex division/power"),
        });
    }
    // Sequences: tuple concatenation and repetition (shape arithmetic in cases).
    match (op, &l, &r) {
        (BinOp::Add, Value::Tuple(a), Value::Tuple(b)) => {
            return Ok(Value::Tuple(a.iter().chain(b).cloned().collect()));
        }
        (BinOp::Add, Value::List(a), Value::List(b)) => {
            return Ok(Value::List(a.iter().chain(b).cloned().collect()));
        }
        (BinOp::Add, Value::Bytes(a), Value::Bytes(b)) => {
            return Ok(Value::Bytes(a.iter().chain(b).cloned().collect()));
        }
        (BinOp::Add, Value::Str(a), Value::Str(b)) => {
            return Ok(Value::Str(format!("{a}{b}")));
        }
        (BinOp::Mul, Value::Bytes(a), Value::Int(n)) => {
            return Ok(Value::Bytes(a.repeat((*n).max(0) as usize)));
        }
        (BinOp::Mul, Value::Str(a), Value::Int(n)) => {
            return Ok(Value::Str(a.repeat((*n).max(0) as usize)));
        }
        (BinOp::Mul, Value::Tuple(a), Value::Int(n)) => {
            let n = (*n).max(0) as usize;
            return Ok(Value::Tuple(
                a.iter().cloned().cycle().take(a.len() * n).collect(),
            ));
        }
        (BinOp::Mul, Value::List(a), Value::Int(n)) => {
            let n = (*n).max(0) as usize;
            return Ok(Value::List(
                a.iter().cloned().cycle().take(a.len() * n).collect(),
            ));
        }
        _ => {}
    }
    np::binary(op, l, r)
}

fn attribute(o: Value, attr: &str) -> R<Value> {
    match o {
        Value::Module(path) => np::module_attr(&path, attr),
        Value::Array(a) => np::array_attr(a, attr),
        Value::Flags(a) => np::flag_value(&a, attr, true),
        Value::DType(d) | Value::ScalarType(d) => np::dtype_attr(&d, attr),
        Value::Scalar(s) => np::scalar_attr(s, attr),
        Value::File(_)
            if matches!(attr, "read" | "write" | "seek" | "tell" | "close" | "flush") =>
        {
            Ok(Value::Method(Box::new(o), attr.into()))
        }
        Value::File(f) if attr == "closed" => Ok(Value::Bool(f.borrow().file.is_none())),
        Value::Bytes(_) if attr == "hex" => Ok(Value::Method(Box::new(o), attr.into())),
        Value::Dict(_) if matches!(attr, "keys" | "values" | "items") => {
            Ok(Value::Method(Box::new(o), attr.into()))
        }
        other => py_err(
            "AttributeError",
            format!("'{}' object has no attribute '{attr}'", other.type_name()),
        ),
    }
}

/// `seq[a:b:c]` for Python sequences: the indices taken, in order.
fn slice_positions(n: usize, a: Option<i128>, b: Option<i128>, c: Option<i128>) -> R<Vec<usize>> {
    let n = n as i128;
    let step = c.unwrap_or(1);
    if step == 0 {
        return py_err("ValueError", "slice step cannot be zero");
    }
    let clamp = |v: i128, lo: i128, hi: i128| v.max(lo).min(hi);
    let norm = |v: i128| if v < 0 { v + n } else { v };
    let (start, stop) = if step > 0 {
        (
            a.map_or(0, |v| clamp(norm(v), 0, n)),
            b.map_or(n, |v| clamp(norm(v), 0, n)),
        )
    } else {
        (
            a.map_or(n - 1, |v| clamp(norm(v), -1, n - 1)),
            b.map_or(-1, |v| clamp(norm(v), -1, n - 1)),
        )
    };
    let mut out = Vec::new();
    let mut k = start;
    while (step > 0 && k < stop) || (step < 0 && k > stop) {
        out.push(k as usize);
        k += step;
    }
    Ok(out)
}

fn subscript(o: Value, i: Value) -> R<Value> {
    if let Value::Slice(a, b, c) = i {
        return match o {
            Value::Tuple(items) => {
                let p = slice_positions(items.len(), a, b, c)?;
                Ok(Value::Tuple(
                    p.into_iter().map(|k| items[k].clone()).collect(),
                ))
            }
            Value::List(items) => {
                let p = slice_positions(items.len(), a, b, c)?;
                Ok(Value::List(
                    p.into_iter().map(|k| items[k].clone()).collect(),
                ))
            }
            Value::Bytes(bytes) => {
                let p = slice_positions(bytes.len(), a, b, c)?;
                Ok(Value::Bytes(p.into_iter().map(|k| bytes[k]).collect()))
            }
            Value::Str(text) => {
                let chars: Vec<char> = text.chars().collect();
                let p = slice_positions(chars.len(), a, b, c)?;
                Ok(Value::Str(p.into_iter().map(|k| chars[k]).collect()))
            }
            Value::Array(arr) => np::getitem(&arr, &Value::Slice(a, b, c)),
            Value::Flat(arr) => np::flat_get(&arr, &Value::Slice(a, b, c)),
            other => py_err(
                "TypeError",
                format!("'{}' object is not subscriptable", other.type_name()),
            ),
        };
    }
    match o {
        Value::DType(d) => np::dtype_getitem(&d, &i),
        Value::Scalar(s) => np::scalar_getitem(s, &i),
        Value::Record(a) => np::record_getitem(&a, &i),
        Value::Mapping(items, _) => {
            for (k, v) in &items {
                if equal(k, &i)? {
                    return Ok(v.clone());
                }
            }
            py_err("KeyError", i.repr())
        }
        Value::Array(a) => np::getitem(&a, &i),
        Value::Flat(a) => np::flat_get(&a, &i),
        Value::Flags(a) => match i {
            Value::Str(key) => np::flag_value(&a, &key, false),
            _ => py_err("KeyError", "Unknown flag"),
        },
        Value::Dict(items) => {
            for (k, v) in &items {
                if equal(k, &i)? {
                    return Ok(v.clone());
                }
            }
            py_err("KeyError", i.repr())
        }
        Value::Tuple(items) | Value::List(items) => match &i {
            Value::Slice(..) => unsupported("slicing a Python sequence"),
            _ => {
                let n = items.len() as i128;
                let k = index_int(&i)?;
                let k2 = if k < 0 { k + n } else { k };
                if k2 < 0 || k2 >= n {
                    return py_err("IndexError", "tuple index out of range");
                }
                Ok(items[k2 as usize].clone())
            }
        },
        Value::Bytes(b) => {
            let k = index_int(&i)?;
            let k2 = if k < 0 { k + b.len() as i128 } else { k };
            match usize::try_from(k2).ok().and_then(|k| b.get(k)) {
                Some(v) => Ok(Value::Int(*v as i128)),
                None => py_err("IndexError", "index out of range"),
            }
        }
        other => py_err(
            "TypeError",
            format!("'{}' object is not subscriptable", other.type_name()),
        ),
    }
}

fn call(f: Value, args: Args) -> R<Value> {
    match f {
        Value::Func(name) => match name.strip_prefix("builtins.") {
            Some(b) => builtin(b, args),
            None => np::call(&name, args),
        },
        Value::Method(recv, name) => match *recv {
            Value::File(f) => np::file_method(&f, &name, args),
            Value::DType(d) => np::dtype_method(&d, &name, args),
            Value::Bytes(b) if name == "hex" => {
                args.finish()?;
                Ok(Value::Str(b.iter().map(|x| format!("{x:02x}")).collect()))
            }
            Value::Dict(items) => {
                args.finish()?;
                Ok(Value::List(match name.as_str() {
                    "keys" => items.into_iter().map(|(k, _)| k).collect(),
                    "values" => items.into_iter().map(|(_, v)| v).collect(),
                    _ => items
                        .into_iter()
                        .map(|(k, v)| Value::Tuple(vec![k, v]))
                        .collect(),
                }))
            }
            recv => np::call_method(recv, &name, args),
        },
        Value::ScalarType(d) => np::make_scalar(&d, args),
        other => py_err(
            "TypeError",
            format!("'{}' object is not callable", other.type_name()),
        ),
    }
}

fn builtin(name: &str, mut args: Args) -> R<Value> {
    if name == "dict" {
        // `dict(names=[...], formats=[...])`
        let items = args.take_kwargs();
        args.finish()?;
        return Ok(Value::Dict(
            items.into_iter().map(|(k, v)| (Value::Str(k), v)).collect(),
        ));
    }
    let x = args.req(0, "x")?;
    match name {
        "open" => {
            let mode = args.opt(1, "mode")?;
            args.finish()?;
            np::open_file(&x, mode)
        }
        "str" => {
            args.finish()?;
            Ok(Value::Str(x.str()))
        }
        "repr" => {
            args.finish()?;
            Ok(Value::Str(x.repr()))
        }
        "len" => {
            args.finish()?;
            match &x {
                Value::Tuple(v) | Value::List(v) => Ok(Value::Int(v.len() as i128)),
                Value::Str(s) => Ok(Value::Int(s.chars().count() as i128)),
                Value::Bytes(b) => Ok(Value::Int(b.len() as i128)),
                Value::Dict(d) | Value::Mapping(d, _) => Ok(Value::Int(d.len() as i128)),
                Value::DType(d) => Ok(Value::Int(d.fields().map_or(0, |f| f.len()) as i128)),
                Value::Scalar(numrs::Scalar::Bytes(b)) => Ok(Value::Int(b.len() as i128)),
                Value::Scalar(numrs::Scalar::Str(s)) => Ok(Value::Int(s.chars().count() as i128)),
                Value::Scalar(numrs::Scalar::Void(b, d)) => {
                    Ok(Value::Int(d.fields().map_or(b.len(), |f| f.len()) as i128))
                }
                Value::Array(a) => match a.shape().first() {
                    Some(n) => Ok(Value::Int(*n as i128)),
                    None => py_err("TypeError", "len() of unsized object"),
                },
                other => py_err(
                    "TypeError",
                    format!("object of type '{}' has no len()", other.type_name()),
                ),
            }
        }
        "bytes" => {
            args.finish()?;
            match x {
                Value::Bytes(b) => Ok(Value::Bytes(b)),
                Value::Scalar(numrs::Scalar::Bytes(b)) => Ok(Value::Bytes(b)),
                Value::Int(n) if n >= 0 => Ok(Value::Bytes(vec![0; n as usize])),
                // `bytes(x.data)`: a memoryview's bytes are the C-order bytes of the array
                Value::Array(a) => np::tobytes_c(&a),
                other => unsupported(format!("bytes() of {}", other.type_name())),
            }
        }
        "complex" => {
            let im = args.opt(1, "imag")?;
            args.finish()?;
            let re =
                number(&x).ok_or_else(|| Fail::Unsupported("complex() of a non-number".into()))?;
            let im = match im {
                None => (0.0, 0.0),
                Some(v) => number(&v)
                    .ok_or_else(|| Fail::Unsupported("complex() of a non-number".into()))?,
            };
            if re.1 == 0.0 && im.1 == 0.0 {
                // complex(a, b) of two reals keeps b exactly (incl. -0.0)
                return Ok(Value::Complex(re.0, im.0));
            }
            Ok(Value::Complex(re.0 - im.1, re.1 + im.0))
        }
        "tuple" | "list" => {
            args.finish()?;
            let items = match x {
                Value::Tuple(v) | Value::List(v) => v,
                other => return unsupported(format!("{name}() of {}", other.type_name())),
            };
            Ok(if name == "tuple" {
                Value::Tuple(items)
            } else {
                Value::List(items)
            })
        }
        "int" | "float" | "bool" => {
            args.finish()?;
            np::convert_builtin(name, x)
        }
        _ => unsupported(format!("builtin {name}")),
    }
}
