//! Converting interpreter values into numrs arguments: call arguments, dtypes, shapes, orders,
//! index expressions and nested lists. Where NumPy's Python layer (not its array core) raises,
//! the conversion raises the same exception, as the numrs Python skin does.

use super::value::{py_err, unsupported, Fail, Value, R};
use numrs::dtype::spec::{FieldSpec, FieldsDictEntry, TupleArg};
use numrs::dtype::DTypeSpec;
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

    /// All keyword arguments not consumed yet, in order.
    pub fn take_kwargs(&mut self) -> Vec<(String, Value)> {
        std::mem::take(&mut self.kw)
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
    to_dtype_align(v, false)
}

/// `np.dtype(v, align=align)`.
pub fn to_dtype_align(v: &Value, align: bool) -> R<DType> {
    Ok(to_spec(v)?.to_dtype(align)?)
}

fn cannot_interpret(v: &Value) -> Fail {
    let shown = match v {
        Value::Func(f) => match f.strip_prefix("builtins.") {
            Some(b) => format!("<built-in function {b}>"),
            None => format!("<function {f}>"),
        },
        other => other.repr(),
    };
    Fail::Py {
        ty: "TypeError".into(),
        msg: format!("Cannot interpret '{shown}' as a data type"),
    }
}

fn invalid_shape() -> Fail {
    Fail::Py {
        ty: "ValueError".into(),
        msg: "invalid shape in fixed-type tuple.".into(),
    }
}

/// The second element of a `(base, x)` tuple or the third of a field tuple: an int or a
/// sequence of ints. Anything else is NumPy's "invalid shape" (after its own attempt to read
/// a dtype there, for the `(base, new_dtype)` form numrs does not model).
fn to_tuple_arg(v: &Value, allow_union: bool) -> R<TupleArg> {
    let int = |x: &Value| -> R<i64> {
        match x {
            Value::Int(_) | Value::Bool(_) => {
                i64::try_from(to_int(x)?).map_err(|_| invalid_shape())
            }
            Value::Scalar(_) if to_int(x).is_ok() => {
                i64::try_from(to_int(x)?).map_err(|_| invalid_shape())
            }
            _ => Err(invalid_shape()),
        }
    };
    match v {
        Value::Tuple(items) | Value::List(items) => {
            let dims: R<Vec<i64>> = items.iter().map(int).collect();
            match dims {
                Ok(d) => Ok(TupleArg::Shape(d)),
                Err(e) => {
                    if allow_union && matches!(v, Value::List(_)) && to_spec(v).is_ok() {
                        return unsupported("the (base_dtype, new_dtype) union dtype form");
                    }
                    Err(e)
                }
            }
        }
        Value::Str(_) | Value::Dict(_) | Value::DType(_) | Value::ScalarType(_) if allow_union => {
            match to_spec(v).and_then(|sp| Ok(sp.to_dtype(false)?)) {
                Ok(_) => unsupported("the (base_dtype, new_dtype) union dtype form"),
                Err(_) => Err(invalid_shape()),
            }
        }
        other => Ok(TupleArg::Int(int(other)?)),
    }
}

fn field_spec(item: &Value) -> R<FieldSpec> {
    let Value::Tuple(parts) = item else {
        return py_err(
            "TypeError",
            format!(
                "Field elements must be 2- or 3-tuples, got '{}'",
                item.repr()
            ),
        );
    };
    if parts.len() < 2 {
        return py_err(
            "TypeError",
            format!(
                "Field elements must be 2- or 3-tuples, got '{}'",
                item.repr()
            ),
        );
    }
    if parts.len() > 3 {
        return py_err(
            "TypeError",
            format!(
                "Field elements must be tuples with at most 3 elements, got '{}'",
                item.repr()
            ),
        );
    }
    let (name, title) = match &parts[0] {
        Value::Str(n) => (n.clone(), None),
        Value::Tuple(nt) if nt.len() != 2 => {
            return py_err(
                "TypeError",
                format!(
                    "If a tuple, the first element of a field tuple must have two elements, not {}",
                    nt.len()
                ),
            )
        }
        Value::Tuple(nt) => match (&nt[0], &nt[1]) {
            (Value::Str(t), Value::Str(n)) => (n.clone(), Some(t.clone())),
            _ => return unsupported("a field title or name that is not a str"),
        },
        _ => {
            return py_err(
                "TypeError",
                "First element of field tuple is neither a tuple nor str",
            )
        }
    };
    let shape = match parts.get(2) {
        None => None,
        Some(v) => Some(to_tuple_arg(v, false)?),
    };
    Ok(FieldSpec {
        name,
        title,
        format: to_spec(&parts[1])?,
        shape,
    })
}

fn str_list(v: &Value, what: &str) -> R<Vec<String>> {
    match v {
        Value::List(items) | Value::Tuple(items) => items
            .iter()
            .map(|x| match x {
                Value::Str(s) => Ok(s.clone()),
                _ => py_err("ValueError", format!("{what} must be strings")),
            })
            .collect(),
        _ => unsupported(format!("'{what}' that is not a list")),
    }
}

fn int_list(v: &Value) -> R<Vec<i64>> {
    match v {
        Value::List(items) | Value::Tuple(items) => items
            .iter()
            .map(|x| match x {
                Value::Int(_) | Value::Bool(_) => {
                    i64::try_from(to_int(x)?).map_err(|_| Fail::Unsupported("huge int".into()))
                }
                other => py_err(
                    "TypeError",
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        other.type_name()
                    ),
                ),
            })
            .collect(),
        other => py_err(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ),
        ),
    }
}

fn dict_get<'a>(items: &'a [(Value, Value)], key: &str) -> Option<&'a Value> {
    items
        .iter()
        .find(|(k, _)| matches!(k, Value::Str(s) if s == key))
        .map(|(_, v)| v)
}

fn dict_spec(items: &[(Value, Value)]) -> R<DTypeSpec> {
    if let (Some(names), Some(formats)) = (dict_get(items, "names"), dict_get(items, "formats")) {
        let names = str_list(names, "field names")?;
        let formats = match formats {
            Value::List(f) | Value::Tuple(f) => f.iter().map(to_spec).collect::<R<Vec<_>>>()?,
            _ => return unsupported("'formats' that is not a list"),
        };
        let offsets = dict_get(items, "offsets").map(int_list).transpose()?;
        let titles = match dict_get(items, "titles") {
            None => None,
            Some(Value::List(t) | Value::Tuple(t)) => Some(
                t.iter()
                    .map(|x| match x {
                        Value::Str(s) => Ok(Some(s.clone())),
                        Value::None => Ok(None),
                        _ => unsupported("a title that is not a str"),
                    })
                    .collect::<R<Vec<_>>>()?,
            ),
            Some(_) => return unsupported("'titles' that is not a list"),
        };
        let itemsize = match dict_get(items, "itemsize") {
            None => None,
            Some(v @ (Value::Int(_) | Value::Bool(_))) => Some(
                i64::try_from(to_int(v)?).map_err(|_| Fail::Unsupported("huge itemsize".into()))?,
            ),
            Some(other) => {
                return py_err(
                    "TypeError",
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        other.type_name()
                    ),
                )
            }
        };
        let aligned = dict_get(items, "aligned").map(to_bool).transpose()?;
        return Ok(DTypeSpec::Dict {
            names,
            formats,
            offsets,
            titles,
            itemsize,
            aligned,
        });
    }
    let mut entries = Vec::with_capacity(items.len());
    for (k, v) in items {
        let Value::Str(name) = k else {
            return unsupported("a fields-dict key that is not a str");
        };
        let parts = match v {
            Value::Tuple(p) if (2..=3).contains(&p.len()) => p,
            _ => return py_err("ValueError", "entry not a 2- or 3- tuple"),
        };
        let offset = match &parts[1] {
            o @ (Value::Int(_) | Value::Bool(_)) => {
                i64::try_from(to_int(o)?).map_err(|_| Fail::Unsupported("huge offset".into()))?
            }
            _ => return unsupported("a fields-dict offset that is not an int"),
        };
        let title = match parts.get(2) {
            None => None,
            Some(Value::Str(t)) => Some(t.clone()),
            Some(_) => return unsupported("a title that is not a str"),
        };
        entries.push(FieldsDictEntry {
            name: name.clone(),
            format: to_spec(&parts[0])?,
            offset,
            title,
        });
    }
    Ok(DTypeSpec::FieldsDict(entries))
}

/// A Python object given as a dtype, as the numrs spec NumPy's `np.dtype(obj)` reads from it.
/// Where NumPy raises while taking the Python object apart (a malformed tuple, a field that is
/// not a tuple), the interpreter raises the same, as the numrs Python skin has to.
pub fn to_spec(v: &Value) -> R<DTypeSpec> {
    Ok(match v {
        Value::Str(s) => DTypeSpec::Str(s.clone()),
        Value::Bytes(b) => DTypeSpec::Str(String::from_utf8_lossy(b).into_owned()),
        Value::None => DTypeSpec::DType(DType::FLOAT64),
        Value::DType(d) => DTypeSpec::DType(d.clone()),
        Value::ScalarType(d) => match d.kind() {
            'S' => DTypeSpec::PyType("numpy.bytes_".into()),
            'U' => DTypeSpec::PyType("numpy.str_".into()),
            'V' => DTypeSpec::PyType("numpy.void".into()),
            _ => DTypeSpec::DType(d.clone()),
        },
        Value::Func(f) => match f.strip_prefix("builtins.") {
            Some(
                t @ ("int" | "float" | "complex" | "bool" | "bytes" | "str" | "memoryview"
                | "tuple" | "list" | "dict"),
            ) => DTypeSpec::PyType(t.to_string()),
            _ => return Err(cannot_interpret(v)),
        },
        Value::Tuple(items) => {
            if items.len() != 2 {
                return py_err(
                    "TypeError",
                    format!("Tuple must have size 2, but has size {}", items.len()),
                );
            }
            DTypeSpec::Tuple(
                Box::new(to_spec(&items[0])?),
                to_tuple_arg(&items[1], true)?,
            )
        }
        Value::List(items) => DTypeSpec::List(items.iter().map(field_spec).collect::<R<_>>()?),
        Value::Dict(items) => dict_spec(items)?,
        _ => return Err(cannot_interpret(v)),
    })
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
        Value::Bytes(b) => Ok(Scalar::Bytes(b.clone())),
        Value::Str(s) => Ok(Scalar::Str(s.clone())),
        Value::Tuple(items) => Ok(Scalar::Tuple(
            items.iter().map(to_scalar).collect::<R<_>>()?,
        )),
        other => unsupported(format!("{} as a scalar", other.type_name())),
    }
}

/// A Python value as one item of `dtype`: a tuple fills a record field by field (each field
/// converted for its own dtype); a nested sequence for a sub-array field is flattened in C
/// order.
pub fn to_item(v: &Value, dtype: &DType) -> R<Scalar> {
    if let Some(fields) = dtype.fields() {
        if let Value::Tuple(items) = v {
            if items.len() == fields.len() {
                let vals = items
                    .iter()
                    .zip(fields)
                    .map(|(x, f)| to_item(x, &f.dtype))
                    .collect::<R<_>>()?;
                return Ok(Scalar::Tuple(vals));
            }
        }
        return to_scalar(v);
    }
    if let Some((base, _)) = dtype.subdtype() {
        if matches!(v, Value::Tuple(_) | Value::List(_)) {
            let vals = flatten_values(v)
                .iter()
                .map(|x| to_item(x, base))
                .collect::<R<_>>()?;
            return Ok(Scalar::Tuple(vals));
        }
    }
    to_scalar(v)
}

/// The leaves of a nested list/tuple, in C order (no conversion).
fn flatten_values(v: &Value) -> Vec<Value> {
    fn go(v: &Value, out: &mut Vec<Value>) {
        match v {
            Value::Tuple(items) | Value::List(items) => items.iter().for_each(|x| go(x, out)),
            leaf => out.push(leaf.clone()),
        }
    }
    let mut out = Vec::new();
    go(v, &mut out);
    out
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
    flatten_nested_dt(v, None)
}

/// As [`flatten_nested`], for a target dtype: with a structured dtype a tuple is one record
/// (NumPy's rule), not a dimension.
pub fn flatten_nested_dt(v: &Value, dtype: Option<&DType>) -> R<(Vec<usize>, Vec<Scalar>)> {
    let mut shape: Option<Vec<usize>> = None;
    let mut values = Vec::new();
    let mut cur = Vec::new();
    walk(v, &mut cur, &mut shape, &mut values, dtype)?;
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
    dtype: Option<&DType>,
) -> R<()> {
    let d = cur.len();
    let record = dtype.is_some_and(|d| d.fields().is_some());
    match v {
        Value::Tuple(_) if record => {
            match shape {
                None => *shape = Some(cur.clone()),
                Some(s) if s.len() != d => return Err(ragged(&s[..s.len().min(d)])),
                _ => {}
            }
            out.push(to_item(v, dtype.unwrap_or(&DType::FLOAT64))?);
            Ok(())
        }
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
                walk(it, cur, shape, out, dtype)?;
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
