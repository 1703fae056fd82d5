//! numrs::scalar_math against NumPy's scalar operators: values, types and warnings of every
//! case in tests/expected/scalar_math/<version>.txt (oracle/gen_scalar_math.py, run under
//! NumPy 2.4.6 for Weak mode and 1.23.5 for Legacy mode).

use num_complex::{Complex32, Complex64};
use numrs::half::f16;
use numrs::promote::{with_mode, PromotionMode};
use numrs::scalar_math::{binary, divmod, unary, Method};
use numrs::ufunc::{BinaryUfunc, UnaryUfunc};
use numrs::warnings::catch;
use numrs::Scalar;

fn complex(v: &str) -> Complex64 {
    let (re, im) = v.split_once(':').expect("re:im");
    Complex64::new(float(re), float(im))
}

fn float(v: &str) -> f64 {
    v.parse().unwrap_or_else(|_| panic!("float {v}"))
}

fn int(v: &str) -> i128 {
    v.parse().unwrap_or_else(|_| panic!("int {v}"))
}

/// `type:value` as the operand the generator passed.
fn operand(text: &str) -> Scalar {
    let (ty, v) = text.split_once(':').expect("type:value");
    match ty {
        "py_int" => Scalar::Int(int(v)),
        "py_float" => Scalar::Float(float(v)),
        "py_complex" => Scalar::Complex(complex(v)),
        "py_bool" | "bool" => Scalar::Bool(v == "1"),
        "int8" => Scalar::I8(int(v) as i8),
        "int16" => Scalar::I16(int(v) as i16),
        "int32" => Scalar::I32(int(v) as i32),
        "int64" => Scalar::I64(int(v) as i64),
        "uint8" => Scalar::U8(int(v) as u8),
        "uint16" => Scalar::U16(int(v) as u16),
        "uint32" => Scalar::U32(int(v) as u32),
        "uint64" => Scalar::U64(int(v) as u64),
        "float16" => Scalar::F16(f16::from_f64(float(v))),
        "float32" => Scalar::F32(float(v) as f32),
        "float64" => Scalar::F64(float(v)),
        "complex64" => {
            let c = complex(v);
            Scalar::C64(Complex32::new(c.re as f32, c.im as f32))
        }
        "complex128" => Scalar::C128(complex(v)),
        other => panic!("operand type {other}"),
    }
}

/// Whether a result scalar is the expected `type:value` (NaN equal to NaN, -0.0 to 0.0 not).
fn same(got: &Scalar, expected: &str) -> bool {
    let (ty, v) = expected.split_once(':').expect("type:value");
    if got.dtype().to_string() != ty {
        return false;
    }
    let eq = |a: f64, b: f64| a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan());
    match got {
        Scalar::C64(c) => {
            let e = complex(v);
            eq(c.re as f64, e.re) && eq(c.im as f64, e.im)
        }
        Scalar::C128(c) => {
            let e = complex(v);
            eq(c.re, e.re) && eq(c.im, e.im)
        }
        Scalar::F16(_) | Scalar::F32(_) | Scalar::F64(_) => eq(got.to_f64(), float(v)),
        _ => got.as_i128() == Some(int(v)),
    }
}

fn run_case(line: &str) -> Option<String> {
    let fields: Vec<&str> = line.split(" | ").collect();
    let head: Vec<&str> = fields[0].split("; ").collect();
    let (op, a, b, method) = (head[0], operand(head[1]), head[2], head[3]);
    // Python's bool has no reflected operator for NumPy scalars to fall back to.
    let method = match method {
        "L" if b.starts_with("py_bool") => Method::LeftOnly,
        "L" => Method::Left,
        _ => Method::Right,
    };
    let (result, warnings) = catch(|| -> numrs::Result<Vec<Scalar>> {
        if b.is_empty() {
            let op: UnaryUfunc = op.parse()?;
            return Ok(vec![unary(op, &a)?]);
        }
        let b = operand(b);
        if op == "divmod" {
            let (q, r) = divmod(&a, &b, method)?;
            return Ok(vec![q, r]);
        }
        let op: BinaryUfunc = op.parse()?;
        Ok(vec![binary(op, &a, &b, method)?])
    });
    // A Python bool is a NumPy bool to numrs: Python names it in the TypeError numrs-py lets
    // Python raise for an unsupported operator.
    let expected = if line.contains("py_bool") {
        fields[1].replace("'bool'", "'numpy.bool'")
    } else {
        fields[1].to_string()
    };
    let expected = expected.as_str();
    let ok = match (&result, expected.strip_prefix("error:")) {
        (Err(e), Some(err)) => {
            let (class, message) = err.split_once(':').unwrap_or((err, ""));
            let class = if class.contains("UFunc") {
                "TypeError"
            } else {
                class
            };
            e.python_type() == class && e.to_string() == message
        }
        (Ok(values), None) => {
            let parts: Vec<&str> = expected.split(',').collect();
            parts.len() == values.len() && values.iter().zip(&parts).all(|(v, e)| same(v, e))
        }
        _ => false,
    };
    let got_warnings: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
    if ok && got_warnings == fields[2..] {
        return None;
    }
    let shown = match &result {
        Ok(v) => format!("{v:?}"),
        Err(e) => format!("error:{}:{e}", e.python_type()),
    };
    Some(format!(
        "{line}\n    numrs: {shown} | {}",
        got_warnings.join(" | ")
    ))
}

fn check(text: &str) {
    let failures: Vec<String> = text.lines().filter_map(run_case).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        text.lines().count(),
        failures.join("\n")
    );
}

#[test]
fn scalar_math_matches_numpy_2() {
    with_mode(PromotionMode::Weak, || {
        check(include_str!("expected/scalar_math/2.4.6.txt"))
    });
}

#[test]
fn scalar_math_matches_numpy_1_in_legacy_mode() {
    with_mode(PromotionMode::Legacy, || {
        check(include_str!("expected/scalar_math/1.23.5.txt"))
    });
}
