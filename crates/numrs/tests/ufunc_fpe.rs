//! Floating-point error warnings of ufunc loops and reductions ("divide by zero encountered in
//! divide", "overflow encountered in reduce"), one per flag per call. Expectations:
//! oracle/gen_ufunc_fpe.py, whose lines also hold each case's inputs.
use num_complex::Complex64;
use numrs::promote::with_mode;
use numrs::reduce::{self, ReduceOptions};
use numrs::ufunc::exec::{binary, unary, UfuncOptions};
use numrs::ufunc::{BinaryUfunc, UnaryUfunc};
use numrs::{Array, DType, PromotionMode, Scalar};

mod common;
use common::{float, tokens};

fn values(text: &str, dt: &str) -> Array {
    let toks = tokens(text);
    if dt == "f8" {
        return Array::from_vec(toks.iter().map(|t| float(t)).collect::<Vec<f64>>());
    }
    let scalars: Vec<Scalar> = toks
        .iter()
        .map(|t| match t.split_once(':') {
            Some((re, im)) => Scalar::Complex(Complex64::new(float(re), float(im))),
            None if dt.starts_with(['i', 'u']) => Scalar::Int(t.parse().unwrap()),
            None => Scalar::Float(float(t)),
        })
        .collect();
    numrs::from_scalars(&[scalars.len()], &scalars, Some(DType::parse(dt).unwrap())).unwrap()
}

fn call(kind: &str, f: &str, dt: &str, a: &str, b: &str) {
    let x = values(a, dt);
    let default = UfuncOptions::default();
    let all = ReduceOptions::new();
    match kind {
        "unary" => drop(unary(f.parse::<UnaryUfunc>().unwrap(), (&x).into(), &default).unwrap()),
        "reduce" | "method" => {
            let r = match f {
                "add" | "sum" if kind == "method" => x.sum().map(drop),
                "add" | "sum" => reduce::sum(&x, &all).map(drop),
                "multiply" | "prod" => reduce::prod(&x, &all).map(drop),
                "maximum" | "max" => reduce::max(&x, &all).map(drop),
                "minimum" | "min" => reduce::min(&x, &all).map(drop),
                "mean" => reduce::mean(&x, &all).map(drop),
                other => panic!("unknown reduction {other}"),
            };
            r.unwrap();
        }
        _ => {
            let op = f.parse::<BinaryUfunc>().unwrap();
            let (y, out, mask);
            let opts = match kind {
                "binary" => default,
                "out" => {
                    out = numrs::zeros(x.shape(), x.dtype().clone()).unwrap();
                    UfuncOptions {
                        out: Some(&out),
                        ..default
                    }
                }
                k if k.starts_with("out_") => {
                    out = numrs::zeros(x.shape(), DType::parse(&k[4..]).unwrap()).unwrap();
                    UfuncOptions {
                        out: Some(&out),
                        ..default
                    }
                }
                "inplace" => UfuncOptions {
                    out: Some(&x),
                    ..default
                },
                "where" => {
                    let m: Vec<numrs::element::Bool8> = b
                        .split_whitespace()
                        .map(|t| numrs::element::Bool8((t == "T") as u8))
                        .collect();
                    mask = Array::from_vec(m);
                    out = numrs::zeros(x.shape(), x.dtype().clone()).unwrap();
                    UfuncOptions {
                        out: Some(&out),
                        where_: Some(&mask),
                        ..default
                    }
                }
                other => panic!("unknown kind {other}"),
            };
            y = if kind == "where" {
                x.clone()
            } else {
                values(b, dt)
            };
            binary(op, (&x).into(), (&y).into(), &opts).unwrap();
        }
    }
}

/// Cases whose NumPy 1.x warnings numrs does not reproduce in Legacy mode, with the reason.
const LEGACY_DIFFERENCES: &[(&str, &str)] = &[(
    "multiply_overflow_c16",
    "numrs's complex multiply is NumPy 2's fused multiply-add loop in both modes: \
     (1e200+1e200j)**2 is -inf+infj, no invalid operation; NumPy 1.x computes inf - inf \
     (nan+infj) and also warns 'invalid value'",
)];

fn check(expected: &str, skip: &[(&str, &str)]) {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in expected.lines() {
        let mut parts = line.split(" | ");
        let spec: Vec<&str> = parts.next().unwrap().split("; ").collect();
        let want: Vec<&str> = parts.collect();
        let [name, kind, f, dt, a, b] = spec[..] else {
            panic!("bad line {line}")
        };
        if skip.iter().any(|(s, _)| *s == name) {
            continue;
        }
        let ((), got) = numrs::warnings::catch(|| call(kind, f, dt, a, b));
        let got: Vec<String> = got.iter().map(|w| w.to_string()).collect();
        if got != want {
            failures.push(format!("{name}: got {got:?}, NumPy {want:?}"));
        }
        n += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(n > 100);
}

#[test]
fn loop_warnings_match_numpy_2() {
    check(include_str!("expected/ufunc_fpe/2.4.6.txt"), &[]);
}

#[test]
fn loop_warnings_match_numpy_1_in_legacy_mode() {
    with_mode(PromotionMode::Legacy, || {
        check(
            include_str!("expected/ufunc_fpe/1.23.5.txt"),
            LEGACY_DIFFERENCES,
        )
    });
}
