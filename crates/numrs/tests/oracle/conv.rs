//! Converting interpreter values into numrs arguments: call arguments, dtypes, shapes, orders,
//! index expressions and nested lists. Where NumPy's Python layer (not its array core) raises,
//! the conversion raises the same exception, as the numrs Python skin does.

use super::value::{py_err, unsupported, Fail, Value, R};
use numrs::{DType, Idx, Order, Scalar};

/// Positional and keyword arguments of a call.
pub struct Args {
    pos: Vec<Option<Value>>,
    kw: Vec<(String, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>, kw: Vec<(String, Value)>) -> Args {
        Args {
            pos: pos.into_iter().map(Some).collect(),
            kw,
        }
    }

    /// The argument at position `i` or named `name`, if given.
    pub fn opt(&mut self, i: usize, name: &str) -> R<Option<Value>> {
        let p = self.pos.get_mut(i).and_then(Option::take);
        let k = self
            .kw
            .iter()
            .position(|(n, _)| n == name)
            .map(|j| self.kw.remove(j).1);
        match (p, k) {
            (Some(_), Some(_)) => py_err(
                "TypeError",
                format!("argument for '{name}' given by name and position"),
            ),
            (p, k) => Ok(p.or(k)),
        }
    }

    pub fn req(&mut self, i: usize, name: &str) -> R<Value> {
        self.opt(i, name)?.ok_or_else(|| Fail::Py {
            ty: "TypeError".into(),
            msg: format!("missing required argument '{name}'"),
        })
    }

    /// Keyword-only argument.
    pub fn kw(&mut self, name: &str) -> Option<Value> {
        self.kw
            .iter()
            .position(|(n, _)| n == name)
            .map(|j| self.kw.remove(j).1)
    }

    /// All remaining positional arguments from `i` on.
    pub fn rest(&mut self, i: usize) -> Vec<Value> {
        self.pos
            .iter_mut()
            .skip(i)
            .filter_map(Option::take)
            .collect()
    }

    /// Removes the first `n` positional slots (already consumed or not).
    pub fn drop_front(mut self, n: usize) -> Args {
        let n = n.min(self.pos.len());
        self.pos.drain(..n);
        self
    }

    /// Errors on arguments nobody consumed (the interpreter does not know them).
    pub fn finish(self) -> R<()> {
        if let Some(i) = self.pos.iter().position(Option::is_some) {
            return unsupported(format!("positional argument #{i} not understood"));
        }
        if let Some((k, _)) = self.kw.first() {
            return unsupported(format!("keyword argument '{k}' not understood"));
        }
        Ok(())
    }
}

pub fn to_dtype(v: &Value) -> R<DType> {
    match v {
        Value::DType(d) | Value::ScalarType(d) => Ok(d.clone()),
        Value::Str(s) => Ok(s.parse::<DType>()?),
        Value::Func(f) => match f.as_str() {
            "builtins.bool" => Ok(DType::BOOL),
            "builtins.int" => Ok(DType::INT64),
            "builtins.float" => Ok(DType::FLOAT64),
            "builtins.complex" => Ok(DType::COMPLEX128),
            _ => py_err(
                "TypeError",
                format!("Cannot interpret '{}' as a data type", v.repr()),
            ),
        },
        _ => py_err(
            "TypeError",
            format!("Cannot interpret '{}' as a data type", v.repr()),
        ),
    }
}

pub fn opt_dtype(v: Option<Value>) -> R<Option<DType>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => to_dtype(&v).map(Some),
    }
}

pub fn to_int(v: &Value) -> R<i128> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i128),
        Value::Scalar(s) if matches!(s.dtype().kind(), 'i' | 'u' | 'b') => s
            .as_i128()
            .ok_or_else(|| Fail::Unsupported("integer scalar".into())),
        other => py_err(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ),
        ),
    }
}

pub fn to_isize(v: &Value) -> R<isize> {
    let i = to_int(v)?;
    isize::try_from(i).map_err(|_| Fail::Py {
        ty: "OverflowError".into(),
        msg: format!("Python int too large to convert to C ssize_t ({i})"),
    })
}

/// An int or a sequence of ints (`shape=5`, `(2, 3)`, `[2, 3]`).
pub fn to_isize_vec(v: &Value) -> R<Vec<isize>> {
    match v {
        Value::Tuple(items) | Value::List(items) => items.iter().map(to_isize).collect(),
        other => Ok(vec![to_isize(other)?]),
    }
}

/// A shape for a constructor: negative lengths are NumPy's "negative dimensions" error.
pub fn to_shape(v: &Value) -> R<Vec<usize>> {
    let dims = to_isize_vec(v)?;
    if dims.iter().any(|d| *d < 0) {
        return py_err("ValueError", "negative dimensions are not allowed");
    }
    Ok(dims.into_iter().map(|d| d as usize).collect())
}

pub fn to_order(v: Option<Value>, default: Order) -> R<Order> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(Value::Str(s)) => match s.as_str() {
            "C" | "c" => Ok(Order::C),
            "F" | "f" => Ok(Order::F),
            "A" | "a" => Ok(Order::A),
            "K" | "k" => Ok(Order::K),
            _ => py_err(
                "ValueError",
                format!("order must be one of 'C', 'F', 'A', or 'K' (got '{s}')"),
            ),
        },
        Some(other) => py_err(
            "TypeError",
            format!("order must be str, not {}", other.type_name()),
        ),
    }
}

pub fn to_bool(v: &Value) -> R<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::None => Ok(false),
        Value::Scalar(Scalar::Bool(b)) => Ok(*b),
        other => unsupported(format!("truth value of {}", other.type_name())),
    }
}

/// A Python value as a numrs scalar (Python literals stay weak).
pub fn to_scalar(v: &Value) -> R<Scalar> {
    match v {
        Value::Bool(b) => Ok(Scalar::Bool(*b)),
        Value::Int(i) => Ok(Scalar::Int(*i)),
        Value::Float(f) => Ok(Scalar::Float(*f)),
        Value::Complex(re, im) => Ok(Scalar::Complex(num_complex::Complex64::new(*re, *im))),
        Value::Scalar(s) => Ok(s.clone()),
        other => unsupported(format!("{} as a scalar", other.type_name())),
    }
}

/// An index expression (`x[...]`) as numrs index entries.
pub fn to_index(v: &Value) -> R<Vec<Idx>> {
    let items: Vec<&Value> = match v {
        Value::Tuple(items) => items.iter().collect(),
        other => vec![other],
    };
    items.into_iter().map(index_entry).collect()
}

const BAD_INDEX: &str = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

fn index_entry(v: &Value) -> R<Idx> {
    let opt = |x: &Option<i128>| -> R<Option<isize>> {
        x.map(|i| isize::try_from(i).map_err(|_| Fail::Unsupported("huge slice bound".into())))
            .transpose()
    };
    match v {
        Value::Int(_) | Value::Scalar(_) if to_int(v).is_ok() => Ok(Idx::Int(to_isize(v)?)),
        Value::None => Ok(Idx::NewAxis),
        Value::Ellipsis => Ok(Idx::Ellipsis),
        Value::Slice(a, b, c) => {
            let step = opt(c)?.unwrap_or(1);
            if step == 0 {
                return py_err("ValueError", "slice step cannot be zero");
            }
            Ok(Idx::Slice {
                start: opt(a)?,
                stop: opt(b)?,
                step,
            })
        }
        Value::Array(_) | Value::List(_) => unsupported("advanced (array) indexing"),
        Value::Bool(_) => unsupported("boolean scalar indexing"),
        _ => py_err("IndexError", BAD_INDEX),
    }
}

/// True if every entry is an integer (so `x[i, j]` yields a scalar when it covers all axes).
pub fn all_ints(idx: &[Idx]) -> Option<Vec<isize>> {
    idx.iter()
        .map(|i| if let Idx::Int(k) = i { Some(*k) } else { None })
        .collect()
}

/// A nested list (or a scalar) as shape + flat values, as `np.array` discovers them.
pub fn flatten_nested(v: &Value) -> R<(Vec<usize>, Vec<Scalar>)> {
    let mut shape: Option<Vec<usize>> = None;
    let mut values = Vec::new();
    let mut cur = Vec::new();
    walk(v, &mut cur, &mut shape, &mut values)?;
    Ok((shape.unwrap_or_default(), values))
}

fn ragged(shape: &[usize]) -> Fail {
    let n = shape.len();
    let detected = if n == 1 {
        format!("({},)", shape[0])
    } else {
        format!(
            "({})",
            shape
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    Fail::Py {
        ty: "ValueError".into(),
        msg: format!(
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after {n} dimensions. The detected shape was {detected} + inhomogeneous part."
        ),
    }
}

fn walk(
    v: &Value,
    cur: &mut Vec<usize>,
    shape: &mut Option<Vec<usize>>,
    out: &mut Vec<Scalar>,
) -> R<()> {
    let d = cur.len();
    match v {
        Value::List(items) | Value::Tuple(items) => {
            if let Some(s) = shape.as_ref() {
                if d >= s.len() || s[d] != items.len() {
                    return Err(ragged(&s[..d.min(s.len())]));
                }
            }
            if items.is_empty() {
                if shape.is_none() {
                    let mut s = cur.clone();
                    s.push(0);
                    *shape = Some(s);
                }
                return Ok(());
            }
            cur.push(items.len());
            for it in items {
                walk(it, cur, shape, out)?;
            }
            cur.pop();
            Ok(())
        }
        Value::Array(_) => unsupported("arrays nested inside lists"),
        leaf => {
            match shape {
                None => *shape = Some(cur.clone()),
                Some(s) if s.len() != d => return Err(ragged(&s[..s.len().min(d)])),
                _ => {}
            }
            out.push(to_scalar(leaf)?);
            Ok(())
        }
    }
}
