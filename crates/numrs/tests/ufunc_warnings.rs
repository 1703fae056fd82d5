//! A ufunc's output cast (`out=` of another dtype) warns as the ufunc ("invalid value
//! encountered in add"), in NumPy 1.x as in 2.x; with `where=`, for the selected items only.
//! Expectations: oracle/gen_ufunc_warnings.py.
use num_complex::Complex64;
use numrs::promote::with_mode;
use numrs::ufunc::exec::{binary, UfuncOptions};
use numrs::ufunc::ops::BinaryUfunc;
use numrs::{Casting, DType, PromotionMode, Scalar};

/// The `where=` cases: a base case's call with another input, operand and mask.
fn where_case(name: &str) -> Option<(&'static str, Vec<f64>, f64, [bool; 2])> {
    let nan = f64::NAN;
    Some(match name {
        "nan_unselected_to_int64" => ("nan_to_int64", vec![nan, 1.0], 0.0, [false, true]),
        "nan_selected_to_int64" => ("nan_to_int64", vec![nan, 1.0], 0.0, [true, false]),
        "big_unselected_to_float32" => ("big_to_float32", vec![1e300, 1.0], 0.0, [false, true]),
        "big_selected_to_float32" => ("big_to_float32", vec![1.0, 1e300], 0.0, [false, true]),
        "complex_unselected_to_float64" => ("complex_to_float64", vec![], 0.0, [false, true]),
        "overflow_and_cast_selected" => ("inf_to_int64", vec![1e300, 1e200], 1e300, [true; 2]),
        "overflow_unselected_cast_selected" => (
            "inf_to_int64",
            vec![1e300, f64::INFINITY],
            1e300,
            [false, true],
        ),
        _ => return None,
    })
}

fn case(name: &str) -> (BinaryUfunc, numrs::Array, DType, Casting) {
    let f = |v: &[f64]| v.iter().map(|&x| Scalar::Float(x)).collect::<Vec<_>>();
    let c = |v: &[Complex64]| v.iter().map(|&x| Scalar::Complex(x)).collect::<Vec<_>>();
    let arr =
        |vals: Vec<Scalar>, dt: DType| numrs::from_scalars(&[vals.len()], &vals, Some(dt)).unwrap();
    let (u, a, odt, casting) = match name {
        "nan_to_int64" => (
            BinaryUfunc::Add,
            arr(f(&[f64::NAN, 1.0]), DType::FLOAT64),
            DType::INT64,
            Casting::Unsafe,
        ),
        "inf_to_int32" => (
            BinaryUfunc::Multiply,
            arr(f(&[f64::INFINITY, 2.0]), DType::FLOAT64),
            DType::INT32,
            Casting::Unsafe,
        ),
        "big_to_float32" => (
            BinaryUfunc::Add,
            arr(f(&[1e300, 1.0]), DType::FLOAT64),
            DType::FLOAT32,
            Casting::SameKind,
        ),
        "big_to_float16" => (
            BinaryUfunc::Subtract,
            arr(f(&[1e10, 1.0]), DType::FLOAT64),
            DType::FLOAT16,
            Casting::SameKind,
        ),
        "complex_to_float64" => (
            BinaryUfunc::Add,
            arr(
                c(&[Complex64::new(1.0, 1.0), Complex64::new(1.0, 0.0)]),
                DType::COMPLEX128,
            ),
            DType::FLOAT64,
            Casting::Unsafe,
        ),
        "complex_nan_to_int8" => (
            BinaryUfunc::Add,
            arr(
                c(&[Complex64::new(f64::NAN, 1.0), Complex64::new(1.0, 0.0)]),
                DType::COMPLEX128,
            ),
            DType::INT8,
            Casting::Unsafe,
        ),
        "fine_to_int64" => (
            BinaryUfunc::Add,
            arr(f(&[1.5, -2.5]), DType::FLOAT64),
            DType::INT64,
            Casting::Unsafe,
        ),
        "inf_to_int64" => (
            BinaryUfunc::Multiply,
            arr(f(&[1.0, 2.0]), DType::FLOAT64),
            DType::INT64,
            Casting::Unsafe,
        ),
        "fine_to_float32" => (
            BinaryUfunc::Add,
            arr(f(&[1.5, -2.5]), DType::FLOAT64),
            DType::FLOAT32,
            Casting::SameKind,
        ),
        other => panic!("unknown case {other}"),
    };
    (u, a, odt, casting)
}

fn check(expected: &str) {
    let mut n = 0;
    for line in expected.lines() {
        let mut parts = line.split(" | ");
        let name = parts.next().unwrap();
        let want: Vec<&str> = parts.collect();
        let masked = where_case(name);
        let (u, mut a, odt, casting) = case(masked.as_ref().map_or(name, |m| m.0));
        let mut operand = if u == BinaryUfunc::Multiply { 2.0 } else { 0.0 };
        let mut mask = None;
        if let Some((_, values, other, selected)) = &masked {
            if !values.is_empty() {
                let items: Vec<Scalar> = values.iter().map(|&x| Scalar::Float(x)).collect();
                a = numrs::from_scalars(&[2], &items, Some(DType::FLOAT64)).unwrap();
                operand = *other;
            }
            let bits: Vec<Scalar> = selected.iter().map(|&b| Scalar::Bool(b)).collect();
            mask = Some(numrs::from_scalars(&[2], &bits, Some(DType::BOOL)).unwrap());
        }
        let out = numrs::zeros(a.shape(), odt).unwrap();
        let opts = UfuncOptions {
            out: Some(&out),
            where_: mask.as_ref(),
            casting,
            ..UfuncOptions::default()
        };
        let (r, got) =
            numrs::warnings::catch(|| binary(u, (&a).into(), Scalar::Float(operand).into(), &opts));
        r.unwrap();
        let got: Vec<String> = got.iter().map(|w| w.to_string()).collect();
        assert_eq!(got, want, "{name}");
        n += 1;
    }
    assert_eq!(n, 15);
}

#[test]
fn output_cast_warnings_match_numpy_2() {
    check(include_str!("expected/ufunc_warnings/2.4.6.txt"));
}

#[test]
fn output_cast_warnings_match_numpy_1_in_legacy_mode() {
    with_mode(PromotionMode::Legacy, || {
        check(include_str!("expected/ufunc_warnings/1.23.5.txt"))
    });
}
