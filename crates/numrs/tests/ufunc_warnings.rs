//! A ufunc's output cast (`out=` of another dtype) warns as the ufunc ("invalid value
//! encountered in add"), in NumPy 1.x as in 2.x. Expectations: oracle/gen_ufunc_warnings.py.
use num_complex::Complex64;
use numrs::promote::with_mode;
use numrs::ufunc::exec::{binary, UfuncOptions};
use numrs::ufunc::ops::BinaryUfunc;
use numrs::{Casting, DType, PromotionMode, Scalar};

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
        let (u, a, odt, casting) = case(name);
        let out = numrs::zeros(a.shape(), odt).unwrap();
        let operand = if u == BinaryUfunc::Multiply { 2.0 } else { 0.0 };
        let opts = UfuncOptions {
            out: Some(&out),
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
    assert_eq!(n, 8);
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
