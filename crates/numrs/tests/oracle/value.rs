//! Interpreter values and Python's repr/str/type name for the non-array ones.

use numrs::{Array, DType, Error, Scalar};
use std::cell::RefCell;
use std::rc::Rc;

/// The result of evaluating an expression.
#[derive(Clone)]
pub enum Value {
    None,
    Bool(bool),
    Int(i128),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Value>),
    List(Vec<Value>),
    Dict(Vec<(Value, Value)>),
    Ellipsis,
    Slice(Option<i128>, Option<i128>, Option<i128>),
    Array(Array),
    Scalar(Scalar),
    /// A record item of a structured array (`a[0]`): NumPy's `np.void`, which views the
    /// array's memory; held as a 0-d view and read (as a `Scalar`) whenever it is used.
    Record(Array),
    /// A dtype object (`x.dtype`, `np.dtype('<i4')`).
    DType(DType),
    /// A scalar type used as a dtype (`np.int8`, `np.float64`).
    ScalarType(DType),
    /// `x.flags` of a given array (a snapshot: flags are computed from the layout).
    Flags(Array),
    /// `x.flat`
    Flat(Array),
    /// A module or namespace: `np`, `np.lib`, `np.lib.stride_tricks`.
    Module(String),
    /// A free function, by its canonical name (`zeros`, `as_strided`, builtins like `len`).
    Func(String),
    /// A bound method: receiver and method name.
    Method(Box<Value>, String),
    /// A Python file object from `open(path, mode)`.
    File(Rc<RefCell<PyFile>>),
    /// A read-only mapping (`dtype.fields`): the items, and the repr of the dict it wraps.
    Mapping(Vec<(Value, Value)>, String),
}

/// An open file: `None` once closed.
pub struct PyFile {
    pub file: Option<std::fs::File>,
    pub mode: String,
}

impl PyFile {
    pub fn binary(&self) -> bool {
        self.mode.contains('b')
    }

    /// The class `open(path, mode)` returns.
    pub fn class_name(&self) -> &'static str {
        let m = &self.mode;
        if !self.binary() {
            "TextIOWrapper"
        } else if m.contains('+') {
            "BufferedRandom"
        } else if m.contains('r') {
            "BufferedReader"
        } else {
            "BufferedWriter"
        }
    }
}

/// Why evaluation stopped.
#[derive(Clone, Debug)]
pub enum Fail {
    /// A Python exception (NumPy's, or the interpreter's own KeyError/TypeError ...).
    Py { ty: String, msg: String },
    /// Something the interpreter (or the numrs API it is wired to) does not support.
    Unsupported(String),
}

impl From<Error> for Fail {
    fn from(e: Error) -> Fail {
        Fail::Py {
            ty: e.python_type().to_string(),
            msg: e.to_string(),
        }
    }
}

pub type R<T> = Result<T, Fail>;

pub fn unsupported<T>(what: impl Into<String>) -> R<T> {
    Err(Fail::Unsupported(what.into()))
}

pub fn py_err<T>(ty: &str, msg: impl Into<String>) -> R<T> {
    Err(Fail::Py {
        ty: ty.to_string(),
        msg: msg.into(),
    })
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// Python's `repr(float)`: shortest round-trip digits, scientific outside 1e-4 <= |v| < 1e16.
pub fn float_repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let s = format!("{v:e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let point = exp as usize + 1;
            let (int_part, frac) = if digits.len() > point {
                (digits[..point].to_string(), digits[point..].to_string())
            } else {
                (format!("{digits:0<point$}"), "0".to_string())
            };
            format!("{sign}{int_part}.{frac}")
        } else {
            let zeros = "0".repeat((-exp - 1) as usize);
            format!("{sign}0.{zeros}{digits}")
        }
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{m}e{esign}{:02}", exp.abs())
    }
}

/// Python's `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = |v: f64| {
        let r = float_repr(v);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    };
    if re == 0.0 && !re.is_sign_negative() {
        return format!("{}j", imag(im));
    }
    let sign = if im.is_sign_negative() && !im.is_nan() {
        "-"
    } else {
        "+"
    };
    format!("({}{sign}{}j)", imag(re), imag(im.abs()))
}

pub fn bytes_repr(b: &[u8]) -> String {
    numrs::format::flexible::py_bytes_repr(b)
}

pub fn str_repr(v: &str) -> String {
    let quote = if v.contains('\'') && !v.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::new();
    s.push(quote);
    for c in v.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            c if c == quote => {
                s.push('\\');
                s.push(c)
            }
            c => s.push(c),
        }
    }
    s.push(quote);
    s
}

fn seq_repr(items: &[Value], open: &str, close: &str, tuple: bool) -> String {
    let parts: Vec<String> = items.iter().map(|v| v.repr()).collect();
    if tuple && parts.len() == 1 {
        return format!("{open}{},{close}", parts[0]);
    }
    format!("{open}{}{close}", parts.join(", "))
}

/// The class name of a NumPy scalar (`type(np.bytes_(b'a')).__name__` is `bytes_`).
pub fn scalar_class_name(s: &Scalar) -> String {
    let t = s.dtype().type_repr();
    t.strip_prefix("numpy.").unwrap_or(&t).to_string()
}

/// The class name NumPy 2 gives a dtype instance (`type(np.dtype('i1')).__name__`).
pub fn dtype_class_name(d: &DType) -> String {
    match d.kind() {
        'S' => return "BytesDType".into(),
        'U' => return "StrDType".into(),
        'V' => return "VoidDType".into(),
        _ => {}
    }
    let name = d.name();
    let class = match name.as_str() {
        "bool" => "Bool".to_string(),
        n if n.starts_with("uint") => format!("UInt{}", &n[4..]),
        n if n.starts_with("int") => format!("Int{}", &n[3..]),
        n if n.starts_with("float") => format!("Float{}", &n[5..]),
        n if n.starts_with("complex") => format!("Complex{}", &n[7..]),
        n => n.to_string(),
    };
    format!("{class}DType")
}

impl Value {
    pub fn repr(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Bool(b) => py_bool(*b).into(),
            Value::Int(v) => v.to_string(),
            Value::Float(v) => float_repr(*v),
            Value::Complex(re, im) => complex_repr(*re, *im),
            Value::Str(s) => str_repr(s),
            Value::Bytes(b) => bytes_repr(b),
            Value::Tuple(items) => seq_repr(items, "(", ")", true),
            Value::List(items) => seq_repr(items, "[", "]", false),
            Value::Dict(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|(k, v)| format!("{}: {}", k.repr(), v.repr()))
                    .collect();
                format!("{{{}}}", parts.join(", "))
            }
            Value::Ellipsis => "Ellipsis".into(),
            Value::Slice(a, b, c) => {
                let f = |v: &Option<i128>| v.map_or("None".to_string(), |v| v.to_string());
                format!("slice({}, {}, {})", f(a), f(b), f(c))
            }
            Value::Array(a) => format!("{a:?}"),
            Value::Scalar(s) => s.repr(),
            Value::Record(a) => a.get(&[]).map_or_else(|e| e.to_string(), |s| s.repr()),
            Value::DType(d) => format!("{d:?}"),
            Value::ScalarType(d) => format!("<class '{}'>", d.type_repr()),
            Value::Flags(a) => a.flags().to_string(),
            Value::Flat(_) => "<numpy.flatiter object>".into(),
            Value::Module(m) => format!("<module '{m}'>"),
            Value::Func(f) => format!("<function {f}>"),
            Value::Method(_, m) => format!("<bound method {m}>"),
            Value::File(f) => format!("<_io.{} object>", f.borrow().class_name()),
            Value::Mapping(_, r) => format!("mappingproxy({r})"),
        }
    }

    pub fn str(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            Value::Array(a) => a.to_string(),
            Value::Scalar(s) => s.to_string(),
            Value::DType(d) => d.to_string(),
            Value::Mapping(_, r) => r.clone(),
            _ => self.repr(),
        }
    }

    pub fn type_name(&self) -> String {
        match self {
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Complex(..) => "complex".into(),
            Value::Str(_) => "str".into(),
            Value::Bytes(_) => "bytes".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::List(_) => "list".into(),
            Value::Dict(_) => "dict".into(),
            Value::Ellipsis => "ellipsis".into(),
            Value::Slice(..) => "slice".into(),
            Value::Array(_) => "ndarray".into(),
            Value::Record(_) => "void".into(),
            Value::Scalar(s) => scalar_class_name(s),
            Value::DType(d) => dtype_class_name(d),
            Value::ScalarType(_) => "type".into(),
            Value::Flags(_) => "flagsobj".into(),
            Value::Flat(_) => "flatiter".into(),
            Value::Module(_) => "module".into(),
            Value::Func(_) => "function".into(),
            Value::Method(..) => "method".into(),
            Value::File(f) => f.borrow().class_name().into(),
            Value::Mapping(..) => "mappingproxy".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_reprs() {
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.0), "-2.0");
        assert_eq!(float_repr(123.456), "123.456");
        assert_eq!(complex_repr(1.0, -2.0), "(1-2j)");
        assert_eq!(complex_repr(0.0, 2.5), "2.5j");
        assert_eq!(bytes_repr(b"\x01a\t'"), "b\"\\x01a\\t'\"");
        assert_eq!(Value::Tuple(vec![Value::Int(3)]).repr(), "(3,)");
        assert_eq!(Value::Tuple(vec![]).repr(), "()");
        let descr = Value::List(vec![Value::Tuple(vec![
            Value::Str(String::new()),
            Value::Str("<i4".into()),
        ])]);
        assert_eq!(descr.repr(), "[('', '<i4')]");
    }
}
