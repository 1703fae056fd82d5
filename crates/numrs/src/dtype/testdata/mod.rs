//! Tests against expectations generated from NumPy 2.4.6 by `gen.py` (in this directory):
//! `expected.txt` (valid specs with every attribute, malformed specs with NumPy's exception,
//! specs for types numrs does not implement, `==` between dtypes) and `strings.txt` (string
//! specs enumerated from NumPy's grammar, with NumPy's repr or exception).

mod pylit;

use super::spec::{FieldSpec, FieldsDictEntry, TupleArg};
use super::{DType, DTypeSpec};
use crate::error::{shape_str, Error};
use pylit::Py;
use std::hash::{Hash, Hasher};

const EXPECTED: &str = include_str!("expected.txt");
const STRINGS: &str = include_str!("strings.txt");

/// Undoes `gen.py`'s `clean`: `\\`, `\t`, `\n`, `\r`.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

struct Block {
    kind: String,
    rows: Vec<(String, String)>,
}

impl Block {
    fn get(&self, key: &str) -> &str {
        self.rows
            .iter()
            .find(|(k, _)| k == key)
            .map_or("<missing>", |(_, v)| v.as_str())
    }
}

fn blocks() -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for line in EXPECTED.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(kind) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push(Block {
                kind: kind.to_string(),
                rows: Vec::new(),
            });
        } else if let (Some(b), Some((k, v))) = (out.last_mut(), line.split_once(": ")) {
            b.rows.push((k.to_string(), unescape(v)));
        } else if let (Some(b), Some(k)) = (out.last_mut(), line.strip_suffix(':')) {
            b.rows.push((k.to_string(), String::new()));
        }
    }
    out
}

fn to_arg(p: &Py) -> Result<TupleArg, String> {
    let int = |p: &Py| match p {
        Py::Int(n) => i64::try_from(*n).map_err(|_| format!("{n} exceeds i64")),
        other => Err(format!("not an int: {other:?}")),
    };
    match p {
        Py::Int(_) => Ok(TupleArg::Int(int(p)?)),
        Py::Tuple(items) => Ok(TupleArg::Shape(
            items.iter().map(int).collect::<Result<_, _>>()?,
        )),
        other => Err(format!("not a shape: {other:?}")),
    }
}

fn to_str(p: &Py) -> Result<String, String> {
    match p {
        Py::Str(s) => Ok(s.clone()),
        other => Err(format!("not a str: {other:?}")),
    }
}

fn to_list<T>(p: &Py, f: impl Fn(&Py) -> Result<T, String>) -> Result<Vec<T>, String> {
    match p {
        Py::List(items) | Py::Tuple(items) => items.iter().map(f).collect(),
        other => Err(format!("not a list: {other:?}")),
    }
}

fn field_spec(p: &Py) -> Result<FieldSpec, String> {
    let Py::Tuple(items) = p else {
        return Err(format!("not a field tuple: {p:?}"));
    };
    let (name, title) = match items.first() {
        Some(Py::Str(n)) => (n.clone(), None),
        Some(Py::Tuple(nt)) if nt.len() == 2 => (to_str(&nt[1])?, Some(to_str(&nt[0])?)),
        other => return Err(format!("bad field name {other:?}")),
    };
    let format = to_spec(items.get(1).ok_or("field without format")?)?;
    let shape = items.get(2).map(to_arg).transpose()?;
    Ok(FieldSpec {
        name,
        title,
        format,
        shape,
    })
}

/// The Python spec as the Python skin would hand it to the library.
fn to_spec(p: &Py) -> Result<DTypeSpec, String> {
    Ok(match p {
        Py::Str(s) => DTypeSpec::Str(s.clone()),
        Py::Name(n) => DTypeSpec::PyType(n.clone()),
        Py::Call(f, args, kwargs) if f == "dtype" && args.len() == 1 => {
            let align = kwargs
                .iter()
                .any(|(k, v)| k == "align" && *v == Py::Bool(true));
            let d = to_spec(&args[0])?
                .to_dtype(align)
                .map_err(|e| e.to_string())?;
            DTypeSpec::DType(d)
        }
        Py::Tuple(items) if items.len() == 2 => {
            DTypeSpec::Tuple(Box::new(to_spec(&items[0])?), to_arg(&items[1])?)
        }
        Py::List(items) => DTypeSpec::List(items.iter().map(field_spec).collect::<Result<_, _>>()?),
        Py::Dict(items) if items.iter().any(|(k, _)| *k == Py::Str("names".into())) => {
            let key = |name: &str| {
                items
                    .iter()
                    .find(|(k, _)| *k == Py::Str(name.into()))
                    .map(|(_, v)| v)
            };
            let int = |p: &Py| match p {
                Py::Int(n) => i64::try_from(*n).map_err(|e| e.to_string()),
                other => Err(format!("not an int: {other:?}")),
            };
            DTypeSpec::Dict {
                names: to_list(key("names").ok_or("names")?, to_str)?,
                formats: to_list(key("formats").ok_or("no formats")?, to_spec)?,
                offsets: key("offsets").map(|o| to_list(o, int)).transpose()?,
                titles: key("titles")
                    .map(|t| {
                        to_list(t, |p| {
                            if *p == Py::None {
                                Ok(None)
                            } else {
                                to_str(p).map(Some)
                            }
                        })
                    })
                    .transpose()?,
                itemsize: key("itemsize").map(int).transpose()?,
                aligned: key("aligned").map(|a| *a == Py::Bool(true)),
            }
        }
        Py::Dict(items) => DTypeSpec::FieldsDict(
            items
                .iter()
                .map(|(k, v)| {
                    let Py::Tuple(t) = v else {
                        return Err(format!("bad fields entry {v:?}"));
                    };
                    Ok(FieldsDictEntry {
                        name: to_str(k)?,
                        format: to_spec(t.first().ok_or("no format")?)?,
                        offset: match t.get(1) {
                            Some(Py::Int(n)) => i64::try_from(*n).map_err(|e| e.to_string())?,
                            other => return Err(format!("bad offset {other:?}")),
                        },
                        title: t.get(2).map(to_str).transpose()?,
                    })
                })
                .collect::<Result<_, _>>()?,
        ),
        other => return Err(format!("not a dtype spec: {other:?}")),
    })
}

fn build(spec_text: &str, align: &str) -> Result<Result<DType, Error>, String> {
    let spec = to_spec(&pylit::parse(spec_text)?)?;
    Ok(spec.to_dtype(align == "1"))
}

/// `Type: message`, compared with the error's Python type and text.
fn error_matches(e: &Error, expected: &str) -> bool {
    let (ty, msg) = expected.split_once(": ").unwrap_or((expected, ""));
    e.python_type() == ty && e.to_string() == msg
}

fn py_bool(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

fn names_repr(d: &DType) -> String {
    match d.names() {
        None => "None".into(),
        Some(names) => {
            let items: Vec<String> = names.iter().map(|n| super::pyrepr::str_repr(n)).collect();
            match items.len() {
                1 => format!("({},)", items[0]),
                _ => format!("({})", items.join(", ")),
            }
        }
    }
}

/// Every attribute `gen.py` records, as numrs reports it.
fn attributes(d: &DType) -> Vec<(&'static str, String)> {
    let descr = match d.descr_repr() {
        Ok(s) => s,
        Err(e) => format!("!{}: {e}", e.python_type()),
    };
    vec![
        ("repr", format!("{d:?}")),
        ("str", d.to_string()),
        ("descr", descr),
        ("itemsize", d.itemsize().to_string()),
        ("alignment", d.alignment().to_string()),
        ("byteorder", d.byteorder().to_string()),
        ("kind", d.kind().to_string()),
        ("char", d.char().to_string()),
        ("num", d.num().to_string()),
        ("name", d.name()),
        ("isbuiltin", d.isbuiltin().to_string()),
        ("isnative", py_bool(d.isnative())),
        ("names", names_repr(d)),
        ("fields", d.fields_repr().unwrap_or_else(|| "None".into())),
        (
            "subdtype",
            d.subdtype().map_or_else(
                || "None".into(),
                |(b, s)| format!("({b:?}, {})", shape_str(s)),
            ),
        ),
        ("shape", shape_str(d.shape())),
        ("base", format!("{:?}", d.base())),
        ("isalignedstruct", py_bool(d.is_aligned_struct())),
        ("newbyteorder", format!("{:?}", d.newbyteorder())),
        ("type", d.type_repr()),
        ("array", d.repr_in_array()),
    ]
}

fn hash_of(d: &DType) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    d.hash(&mut h);
    h.finish()
}

fn check_block(b: &Block, failures: &mut Vec<String>) {
    let spec = b.get("spec");
    let mut fail = |what: String| failures.push(format!("[{}] {spec}: {what}", b.kind));
    match b.kind.as_str() {
        "valid" => match build(spec, b.get("align")) {
            Ok(Ok(d)) => {
                let skip: Vec<&str> = b.get("skip").split(',').collect();
                for (key, got) in attributes(&d) {
                    if !skip.contains(&key) && b.get(key) != got {
                        fail(format!("{key}: expected {:?}, got {got:?}", b.get(key)));
                    }
                }
            }
            Ok(Err(e)) => fail(format!("unexpected error {}: {e}", e.python_type())),
            Err(e) => fail(format!("test spec: {e}")),
        },
        "error" => match build(spec, b.get("align")) {
            Ok(Err(e)) if error_matches(&e, b.get("error")) => {}
            Ok(Err(e)) => fail(format!(
                "expected {}, got {}: {e}",
                b.get("error"),
                e.python_type()
            )),
            Ok(Ok(d)) => fail(format!("expected {}, got {d:?}", b.get("error"))),
            Err(e) => fail(format!("test spec: {e}")),
        },
        "unsupported" => match build(spec, b.get("align")) {
            Ok(Err(Error::NotImplemented(_))) => {}
            other => fail(format!("expected NotImplemented, got {other:?}")),
        },
        "eq" => {
            let a = build(b.get("a"), b.get("a_align"));
            let c = build(b.get("b"), b.get("b_align"));
            match (a, c) {
                (Ok(Ok(a)), Ok(Ok(c))) => {
                    if py_bool(a == c) != b.get("equal") {
                        fail(format!("{a:?} == {c:?}: expected {}", b.get("equal")));
                    }
                    if a == c && hash_of(&a) != hash_of(&c) {
                        fail(format!("{a:?} and {c:?} are equal but hash differently"));
                    }
                }
                other => fail(format!("could not build: {other:?}")),
            }
        }
        other => fail(format!("unknown block kind {other}")),
    }
}

fn report(failures: &[String], total: usize) {
    let shown: Vec<&String> = failures.iter().take(60).collect();
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ from NumPy:\n{}",
        failures.len(),
        shown
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn expected_cases() {
    let blocks = blocks();
    let count = |k: &str| blocks.iter().filter(|b| b.kind == k).count();
    assert!(
        count("valid") >= 150 && count("error") >= 60,
        "too few cases"
    );
    let mut failures = Vec::new();
    for b in &blocks {
        check_block(b, &mut failures);
    }
    report(&failures, blocks.len());
}

#[test]
fn string_specs() {
    let mut failures = Vec::new();
    let mut total = 0;
    for line in STRINGS.lines().filter(|l| !l.starts_with('#')) {
        total += 1;
        let Some((spec, outcome)) = line.split_once('\t') else {
            failures.push(format!("bad line {line:?}"));
            continue;
        };
        let (spec_text, outcome) = (unescape(spec), unescape(outcome));
        let spec = match pylit::parse(&spec_text) {
            Ok(Py::Str(s)) => s,
            other => {
                failures.push(format!("bad spec {spec_text}: {other:?}"));
                continue;
            }
        };
        let got = DType::parse(&spec);
        let ok = match (outcome.split_once(' '), &got) {
            (Some(("ok", want)), Ok(d)) => format!("{d:?}") == want,
            (Some(("err", want)), Err(e)) => error_matches(e, want),
            (None, Err(Error::NotImplemented(_))) => outcome == "unsupported",
            _ => false,
        };
        if !ok {
            failures.push(format!("{spec_text}: expected {outcome}, got {got:?}"));
        }
    }
    report(&failures, total);
}

/// Random strings over NumPy's spec alphabet (and some multi-byte characters) never panic.
#[test]
fn random_strings_never_panic() {
    let alphabet: Vec<char> = "iufcbSUVa?<>|=()[], 0123456789\t\nxŞ日\u{a0}"
        .chars()
        .collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..20_000 {
        let len = (next() % 12) as usize;
        let s: String = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        for align in [false, true] {
            if let Ok(d) = DTypeSpec::Str(s.clone()).to_dtype(align) {
                let _ = (
                    format!("{d:?}"),
                    d.to_string(),
                    d.descr_repr(),
                    d.fields_repr(),
                );
            }
        }
    }
}
