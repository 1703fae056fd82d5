//! Replays `expected_flex.json` (written by `gen_flex.py` with real NumPy):
//! `S`/`U`/`V` and structured arrays and scalars.
//!
//! Every case is printed twice: from the element values stored in the JSON,
//! and from the elements' raw bytes decoded by `crate::print` with a numrs
//! [`DType`] rebuilt from the case's dtype tree (which checks byte-swapped
//! fields, offsets and sub-arrays).

use super::super::{array_repr, array_str, scalar_repr_with, scalar_str_with};
use super::super::{ElemKind, FloatWidth, FmtScalar, PrintOptions};
use super::{check, options, parse, Json};
use crate::dtype::{ByteOrder, DType, Field};
use crate::Scalar;
use std::cell::Cell;

const EXPECTED: &str = include_str!("expected_flex.json");

fn kind_of(j: &Json) -> ElemKind {
    match j {
        Json::Str(s) => match s.as_str() {
            "bool" => ElemKind::Bool,
            "int" => ElemKind::Int,
            "uint" => ElemKind::UInt,
            "f16" => ElemKind::Float(FloatWidth::F16),
            "f32" => ElemKind::Float(FloatWidth::F32),
            "f64" => ElemKind::Float(FloatWidth::F64),
            "c64" => ElemKind::Complex(FloatWidth::F32),
            "c128" => ElemKind::Complex(FloatWidth::F64),
            "S" => ElemKind::Bytes,
            "U" => ElemKind::Str,
            "V" => ElemKind::Void,
            other => panic!("unknown kind {other}"),
        },
        Json::Obj(o) if o[0].0 == "rec" => {
            ElemKind::Record(j.get("rec").arr().iter().map(kind_of).collect())
        }
        Json::Obj(_) => ElemKind::SubArray(
            Box::new(kind_of(j.get("sub"))),
            j.get("shape").arr().iter().map(Json::num).collect(),
        ),
        other => panic!("bad kind {other:?}"),
    }
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn value_of(kind: &ElemKind, j: &Json) -> FmtScalar {
    match kind {
        ElemKind::Record(kinds) => FmtScalar::Record(
            kinds
                .iter()
                .zip(j.arr())
                .map(|(k, v)| value_of(k, v))
                .collect(),
        ),
        ElemKind::SubArray(base, _) => {
            FmtScalar::Array(j.arr().iter().map(|v| value_of(base, v)).collect())
        }
        ElemKind::Bytes => FmtScalar::Bytes(unhex(j.str())),
        ElemKind::Void => FmtScalar::Void(unhex(j.str())),
        ElemKind::Str => FmtScalar::Str(j.str().to_string()),
        numeric => super::decode(numeric, j.str()),
    }
}

fn dtype_of(j: &Json) -> DType {
    let Json::Obj(o) = j else {
        panic!("bad dtype {j:?}")
    };
    match o[0].0.as_str() {
        "num" => DType::parse(j.get("num").str()).unwrap(),
        "S" => DType::bytes(j.get("S").num()),
        "V" => DType::void(j.get("V").num()),
        "U" => {
            let order = if j.get("order").str() == ">" {
                ByteOrder::Big
            } else {
                ByteOrder::Little
            };
            DType::unicode_with_order(j.get("U").num(), order)
        }
        "rec" => {
            let fields = j
                .get("rec")
                .arr()
                .iter()
                .map(|f| {
                    let f = f.arr();
                    Field::new(f[0].str(), dtype_of(&f[1]), f[2].num())
                })
                .collect();
            let itemsize = Some(j.get("itemsize").num());
            DType::record(fields, itemsize, j.get("aligned").bool()).unwrap()
        }
        "sub" => {
            let shape: Vec<usize> = j.get("shape").arr().iter().map(Json::num).collect();
            DType::subarray(dtype_of(j.get("sub")), &shape).unwrap()
        }
        other => panic!("unknown dtype tree {other}"),
    }
}

/// Print one array case from `values`; returns whether both strings match.
fn run_array(
    case: &Json,
    kind: &ElemKind,
    values: &[FmtScalar],
    failures: &mut Vec<String>,
    how: &str,
) -> bool {
    let name = format!("{} ({how})", case.get("name").str());
    let shape: Vec<usize> = case.get("shape").arr().iter().map(Json::num).collect();
    let kept: Vec<Vec<usize>> = match case.get("kept") {
        Json::Null => shape.iter().map(|&n| (0..n).collect()).collect(),
        k => k
            .arr()
            .iter()
            .map(|a| a.arr().iter().map(Json::num).collect())
            .collect(),
    };
    let opts = options(case.get("opts"));
    let bad_access = Cell::new(false);
    let get = |idx: &[usize]| {
        assert_eq!(idx.len(), shape.len());
        let mut flat = 0;
        for (axis, &i) in kept.iter().zip(idx) {
            match axis.binary_search(&i) {
                Ok(p) => flat = flat * axis.len() + p,
                Err(_) => {
                    bad_access.set(true);
                    return FmtScalar::Int(0);
                }
            }
        }
        values[flat].clone()
    };
    let dtype_repr = case.get("dtype_repr").opt_str();
    let r = array_repr(&shape, &get, kind, dtype_repr, &opts);
    let s = array_str(&shape, &get, kind, &opts);
    let ok_r = check(failures, &name, "repr", &r, case.get("repr").str());
    let ok_s = check(failures, &name, "str", &s, case.get("str").str());
    if bad_access.get() {
        failures.push(format!("{name}: accessed an element that is not printed"));
        return false;
    }
    ok_r && ok_s
}

#[test]
fn flexible_array_cases_match_numpy() {
    let doc = parse(EXPECTED);
    let cases = doc.get("arrays").arr();
    let mut failures = Vec::new();
    let mut passed = 0;
    for case in cases {
        let kind = kind_of(case.get("kind"));
        let values: Vec<FmtScalar> = case
            .get("values")
            .arr()
            .iter()
            .map(|v| value_of(&kind, v))
            .collect();
        let ok_values = run_array(case, &kind, &values, &mut failures, "values");
        // Again from the raw bytes, decoded by numrs with its own dtype.
        let dtype = dtype_of(case.get("dtype"));
        let derived = crate::print::elem_kind(&dtype);
        if derived != kind {
            failures.push(format!(
                "{}: elem_kind {derived:?} != {kind:?}",
                case.get("name").str()
            ));
        }
        let decoded: Vec<FmtScalar> = case
            .get("raw")
            .arr()
            .iter()
            .map(|r| crate::print::decode_item(&unhex(r.str()), 0, &dtype))
            .collect();
        let ok_raw = run_array(case, &derived, &decoded, &mut failures, "raw");
        if ok_values && ok_raw && derived == kind {
            passed += 1;
        }
    }
    eprintln!("flexible array cases: {passed}/{} passed", cases.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(cases.len() >= 120);
}

#[test]
fn flexible_scalar_cases_match_numpy() {
    let doc = parse(EXPECTED);
    let cases = doc.get("scalars").arr();
    let mut failures = Vec::new();
    for case in cases {
        let kind = kind_of(case.get("kind"));
        let value = value_of(&kind, case.get("value"));
        let opts = options(case.get("opts"));
        let type_name = case.get("type_name").str();
        let (want_r, want_s) = (case.get("repr").str(), case.get("str").str());
        let name = format!("{kind:?} {}", case.get("raw").str());
        let name = &name[..name.len().min(120)];
        check(
            &mut failures,
            name,
            "repr",
            &scalar_repr_with(&value, &kind, type_name, &opts),
            want_r,
        );
        check(
            &mut failures,
            name,
            "str",
            &scalar_str_with(&value, &kind, &opts),
            want_s,
        );
        if opts != PrintOptions::default() {
            continue;
        }
        // `Scalar::repr` / `Display` on the numrs scalar built from raw bytes.
        let dtype = dtype_of(case.get("dtype"));
        let raw = unhex(case.get("raw").str());
        let scalar = match kind {
            ElemKind::Bytes => Scalar::Bytes(raw),
            ElemKind::Str => Scalar::Str(String::from_utf8(raw).unwrap()),
            _ => Scalar::Void(raw, dtype.clone()),
        };
        check(
            &mut failures,
            name,
            "Scalar str",
            &scalar.to_string(),
            want_s,
        );
        // The text after `dtype=` is `str(dtype)`, which `DType`'s Display
        // provides (checked by the dtype module's own tests).
        let want_r = want_r.replace(&format!("dtype={type_name})"), &format!("dtype={dtype})"));
        check(&mut failures, name, "Scalar repr", &scalar.repr(), &want_r);
    }
    eprintln!(
        "flexible scalar cases: {} failures / {}",
        failures.len(),
        cases.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(cases.len() >= 40);
}

#[test]
fn format_mismatched_values_do_not_panic() {
    let opts = PrintOptions::default();
    let kinds = [
        ElemKind::Bytes,
        ElemKind::Str,
        ElemKind::Void,
        ElemKind::Record(vec![ElemKind::Int, ElemKind::Float(FloatWidth::F32)]),
        ElemKind::SubArray(Box::new(ElemKind::Bool), vec![2, 2]),
        ElemKind::Int,
        ElemKind::Complex(FloatWidth::F64),
    ];
    let values = [
        FmtScalar::Int(3),
        FmtScalar::Str("é".into()),
        FmtScalar::Bytes(vec![0xff]),
        FmtScalar::Record(vec![]),
        FmtScalar::Array(vec![FmtScalar::Bool(true)]),
    ];
    for kind in &kinds {
        for v in &values {
            let get = |_: &[usize]| v.clone();
            let _ = array_repr(&[2], &get, kind, None, &opts);
            let _ = array_str(&[], &get, kind, &opts);
            let _ = scalar_repr_with(v, kind, "x", &opts);
        }
    }
    let rec = ElemKind::Record(vec![ElemKind::Int, ElemKind::Bytes]);
    let get = |_: &[usize]| FmtScalar::Int(1);
    assert_eq!(
        array_repr(&[1], &get, &rec, None, &opts),
        "array([(0, b'')])"
    );
}
