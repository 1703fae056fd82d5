//! The fields recorded for a case's outcome, computed from numrs the same way
//! `oracle/generate.py` computes them from NumPy.

use super::eval::Env;
use super::value::{Fail, Value};
use numrs::{Array, Order};

const FLAGS: [&str; 6] = [
    "C_CONTIGUOUS",
    "F_CONTIGUOUS",
    "OWNDATA",
    "WRITEABLE",
    "ALIGNED",
    "WRITEBACKIFCOPY",
];

fn tuple<T: std::fmt::Display>(v: &[T]) -> String {
    match v {
        [] => "()".into(),
        [one] => format!("({one},)"),
        _ => format!(
            "({})",
            v.iter()
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn py_bool(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Fields for an array result; `novalues` omits everything that reads elements.
fn record_array(a: &Array, env: &Env, novalues: bool, out: &mut Vec<(String, String)>) {
    let mut push = |k: &str, v: String| out.push((k.to_string(), v));
    push("kind", "ndarray".into());
    if !novalues {
        push("repr", format!("{a:?}"));
        push("str", format!("{a}"));
    }
    push("shape", tuple(a.shape()));
    push("strides", tuple(a.strides()));
    push("dtype", a.dtype().str());
    push("ndim", a.ndim().to_string());
    push("size", a.size().to_string());
    push("itemsize", a.itemsize().to_string());
    push("nbytes", a.nbytes().to_string());
    let f = a.flags();
    let vals = [
        f.c_contiguous,
        f.f_contiguous,
        f.owndata,
        f.writeable,
        f.aligned,
        f.writebackifcopy,
    ];
    for (name, v) in FLAGS.iter().zip(vals) {
        push(&format!("flag.{name}"), py_bool(v));
    }
    push("base_is_none", py_bool(a.base().is_none()));
    push("offset", a.offset().to_string());
    for (name, v) in &env.vars {
        if let Value::Array(other) = v {
            let shares = py_bool(numrs::shares_memory(a, other));
            push("shares", format!("{name} {shares}"));
            push(
                "may_share",
                format!("{name} {}", py_bool(numrs::may_share_memory(a, other))),
            );
        }
    }
    if !novalues {
        match a.tobytes(Order::C) {
            Ok(b) => push("bytes", hex(&b)),
            Err(e) => push("bytes", format!("<error: {e}>")),
        }
    }
}

/// The recorded fields of an outcome. `Err(msg)` when the interpreter could not run the case.
pub fn record(
    result: &Result<Value, Fail>,
    env: &Env,
    novalues: bool,
) -> Result<Vec<(String, String)>, String> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |k: &str, v: String| out.push((k.to_string(), v));
    match result {
        Err(Fail::Unsupported(what)) => return Err(format!("interpreter/API gap: {what}")),
        Err(Fail::Py { ty, msg }) => {
            push("kind", "exception".into());
            push("type", ty.clone());
            push("message", msg.clone());
        }
        Ok(Value::Array(a)) => {
            record_array(a, env, novalues, &mut out);
        }
        Ok(Value::Scalar(s)) => {
            push("kind", "scalar".into());
            push("type", super::value::scalar_class_name(s));
            push("dtype", s.dtype().str());
            if !novalues {
                push("repr", s.repr());
                push("str", s.to_string());
            }
        }
        Ok(v) => {
            push("kind", "value".into());
            push("type", v.type_name());
            push("repr", v.repr());
            push("str", v.str());
        }
    }
    // The case's temporary directory differs between runs (and from NumPy's): recorded as
    // `<tmpdir>`, as oracle/generate.py does.
    if !env.tmpdir.is_empty() {
        for (_, v) in out.iter_mut() {
            if v.contains(&env.tmpdir) {
                *v = v.replace(&env.tmpdir, "<tmpdir>");
            }
        }
    }
    Ok(out)
}
