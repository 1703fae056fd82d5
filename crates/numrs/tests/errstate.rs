//! `numrs::errstate` against NumPy's `np.errstate`: for ufunc loops, casts and reductions under
//! several settings, the warnings raised and the `FloatingPointError` of mode 'raise' (as
//! `Error::FloatingPoint`), `out=` written before the error. Expectations: oracle/gen_errstate.py.
use numrs::errstate::{with_errstate, ErrState, FpCondition, FpMode};
use numrs::promote::with_mode;
use numrs::reduce::{self, ReduceOptions};
use numrs::ufunc::exec::{binary, unary, UfuncOptions};
use numrs::ufunc::{BinaryUfunc, UnaryUfunc};
use numrs::{Array, DType, PromotionMode, Result, Scalar};

mod common;
use common::{float, tokens};

fn values(text: &str, dt: &str) -> Array {
    let scalars: Vec<Scalar> = tokens(text)
        .iter()
        .map(|t| match dt {
            d if d.starts_with(['i', 'u']) => Scalar::Int(t.parse().unwrap()),
            _ => Scalar::Float(float(t)),
        })
        .collect();
    numrs::from_scalars(&[scalars.len()], &scalars, Some(DType::parse(dt).unwrap())).unwrap()
}

fn call(kind: &str, f: &str, dt: &str, a: &str, b: &str) -> Result<()> {
    let x = values(a, dt);
    let default = UfuncOptions::default();
    let all = ReduceOptions::new();
    match kind {
        "unary" => unary(f.parse::<UnaryUfunc>().unwrap(), (&x).into(), &default).map(drop),
        "reduce" | "method" => match f {
            "add" => reduce::sum(&x, &all).map(drop),
            "sum" => x.sum().map(drop),
            "prod" => reduce::prod(&x, &all).map(drop),
            "mean" => reduce::mean(&x, &all).map(drop),
            other => panic!("unknown reduction {other}"),
        },
        "astype" => x.astype(&DType::parse(b).unwrap()).map(drop),
        "binary" | "out" => {
            let op = f.parse::<BinaryUfunc>().unwrap();
            let y = values(b, dt);
            if kind == "binary" {
                return binary(op, (&x).into(), (&y).into(), &default).map(drop);
            }
            let out = numrs::full(x.shape(), Scalar::Int(-7), x.dtype().clone()).unwrap();
            let opts = UfuncOptions {
                out: Some(&out),
                ..default
            };
            let r = binary(op, (&x).into(), (&y).into(), &opts).map(drop);
            // NumPy writes `out=` before it raises.
            assert_ne!(out.get(&[1]).unwrap().to_f64(), -7.0);
            r
        }
        other => panic!("unknown kind {other}"),
    }
}

fn setting(text: &str) -> ErrState {
    let mut s = ErrState::DEFAULT;
    for kv in text.split(',') {
        let (k, v) = kv.split_once('=').unwrap();
        let mode = FpMode::from_name(v).unwrap();
        s = match k {
            "all" => ErrState::all(mode),
            "divide" => s.with(FpCondition::Divide, mode),
            "over" => s.with(FpCondition::Over, mode),
            "under" => s.with(FpCondition::Under, mode),
            "invalid" => s.with(FpCondition::Invalid, mode),
            other => panic!("unknown condition {other}"),
        };
    }
    s
}

fn check(expected: &str) {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in expected.lines() {
        let mut parts = line.split(" | ");
        let spec: Vec<&str> = parts.next().unwrap().split("; ").collect();
        let want: Vec<&str> = parts.collect();
        let [name, kind, f, dt, a, b, set] = spec[..] else {
            panic!("bad line {line}")
        };
        let (r, warnings) =
            numrs::warnings::catch(|| with_errstate(setting(set), || call(kind, f, dt, a, b)));
        let mut got: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        match r {
            Ok(()) => {}
            Err(e) => got.push(format!("{}: {e}", e.python_type())),
        }
        assert!(
            numrs::errstate::take_pending().is_none(),
            "{name}: stale raise"
        );
        if got != want {
            failures.push(format!("{name} [{set}]: got {got:?}, NumPy {want:?}"));
        }
        n += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(n > 150, "{n} cases");
}

#[test]
fn errstate_matches_numpy_2() {
    check(include_str!("expected/errstate/2.4.6.txt"));
}

#[test]
fn errstate_matches_numpy_1_in_legacy_mode() {
    with_mode(PromotionMode::Legacy, || {
        check(include_str!("expected/errstate/1.23.5.txt"))
    });
}

/// Threads' settings are their own; kernels' worker threads report to the caller, whose
/// setting applies.
#[test]
fn setting_is_per_thread_and_applies_to_split_kernels() {
    let n = 3 << 20;
    let x = Array::from_vec(vec![1.0f64; n]);
    let mut z = vec![1.0f64; n];
    z[n - 1] = 0.0;
    let y = Array::from_vec(z);
    let raise = ErrState::DEFAULT.with(FpCondition::Divide, FpMode::Raise);
    let r = with_errstate(raise, || {
        std::thread::scope(|s| {
            let other = s.spawn(numrs::errstate::geterr).join().unwrap();
            assert_eq!(other, ErrState::DEFAULT);
        });
        numrs::divide(&x, &y)
    });
    assert_eq!(
        r.unwrap_err(),
        numrs::Error::FloatingPoint("divide by zero encountered in divide".into())
    );
    assert_eq!(numrs::errstate::geterr(), ErrState::DEFAULT);
}
