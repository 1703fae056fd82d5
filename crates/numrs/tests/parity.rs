//! Behaviours the Python oracle (oracle/run.py) found, checked against the lines real NumPy
//! wrote into oracle/expected/ (scripts: oracle/scripts/*.py, `name: repr  <dtype.str>`).

use numrs::promote::{can_cast_value, with_mode, PromotionMode};
use numrs::ufunc::exec::{binary, Arg};
use numrs::ufunc::{BinaryUfunc, UfuncOptions};
use numrs::{Array, Casting, DType, Scalar};

/// What NumPy printed for case `name` in oracle/expected/`file`.
fn expected(file: &str, name: &str) -> String {
    let path = format!(
        "{}/../../oracle/expected/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let prefix = format!("{name}: ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{name} not in {path}"))
        .to_string()
}

fn shown(r: numrs::Result<Array>) -> String {
    match r {
        Ok(a) => format!("{a:?}  <{}>", a.dtype().str()),
        Err(e) => format!("{}: {e}", e.python_type()),
    }
}

#[test]
fn logical_ufuncs_read_mixed_numbers_as_bools() {
    // ufuncs.py: logical_*.int8.uint8 and .float32.bool
    let i8a = numrs::array(&[-3i64, 5], Some(DType::INT8)).unwrap();
    let u8a = numrs::array(&[2i64, 250], Some(DType::UINT8)).unwrap();
    let f32a = numrs::array(&[1.5f64, -2.0], Some(DType::FLOAT32)).unwrap();
    let ba = numrs::array(&[true, false], None).unwrap();
    for (op, name) in [
        (BinaryUfunc::LogicalAnd, "logical_and"),
        (BinaryUfunc::LogicalOr, "logical_or"),
        (BinaryUfunc::LogicalXor, "logical_xor"),
    ] {
        let opts = UfuncOptions::default();
        let r = binary(op, Arg::Array(&i8a), Arg::Array(&u8a), &opts);
        assert_eq!(
            shown(r),
            expected("ufuncs.np2.txt", &format!("{name}.int8.uint8"))
        );
        let r = binary(op, Arg::Array(&f32a), Arg::Array(&ba), &opts);
        assert_eq!(
            shown(r),
            expected("ufuncs.np2.txt", &format!("{name}.float32.bool"))
        );
    }
}

#[test]
fn legacy_ufuncs_check_scalar_inputs_by_value() {
    // promotion.py: mul.uint8.int8_1 (np.array([1, 2], dtype='u1') * np.int8(1)) and
    // mul.uint8.0d_int64_300 (a 0-d int64 array of 300), under NumPy 1.23.5.
    let a = numrs::array(&[1i64, 2], Some(DType::UINT8)).unwrap();
    let opts = UfuncOptions::default();
    let r = with_mode(PromotionMode::Legacy, || {
        binary(
            BinaryUfunc::Multiply,
            Arg::Array(&a),
            Arg::Scalar(Scalar::I8(1)),
            &opts,
        )
    });
    assert_eq!(shown(r), expected("promotion.np1.txt", "mul.uint8.int8_1"));
    let zero_d = numrs::full(&[], Scalar::I64(300), DType::INT64).unwrap();
    let r = with_mode(PromotionMode::Legacy, || {
        binary(
            BinaryUfunc::Multiply,
            Arg::Array(&a),
            Arg::Array(&zero_d),
            &opts,
        )
    });
    assert_eq!(
        shown(r),
        expected("promotion.np1.txt", "mul.uint8.0d_int64_300")
    );
}

#[test]
fn legacy_can_cast_of_values() {
    // promotion.py: can_cast.value.{v}.{i1,u1,f4} under NumPy 1.23.5.
    let values = [
        ("1", Scalar::Int(1)),
        ("300", Scalar::Int(300)),
        ("-1", Scalar::Int(-1)),
        ("1.5", Scalar::Float(1.5)),
        ("1e+40", Scalar::Float(1e40)),
    ];
    for (name, v) in values {
        for (to, d) in [
            ("i1", DType::INT8),
            ("u1", DType::UINT8),
            ("f4", DType::FLOAT32),
        ] {
            let got = can_cast_value(&v, &d, Casting::Safe).unwrap();
            let want = expected("promotion.np1.txt", &format!("can_cast.value.{name}.{to}"));
            assert_eq!(if got { "True" } else { "False" }, want, "{name} -> {to}");
        }
    }
}

#[test]
fn inplace_into_read_only_is_numpys_ufunc_error() {
    // ufuncs.py: iop.readonly (x.flags.writeable = False; x += 1)
    let mut x = numrs::array(&[1i64, 2], None).unwrap();
    x.set_writeable(false).unwrap();
    let e = x
        .apply_inplace(BinaryUfunc::Add, Arg::Scalar(Scalar::Int(1)))
        .unwrap_err();
    assert_eq!(
        format!("{}: {e}", e.python_type()),
        expected("ufuncs.np2.txt", "iop.readonly")
    );
}

#[test]
fn out_that_does_not_broadcast_names_every_operand() {
    // ufuncs.py: out.bad_shape (np.add(np.arange(3), 1, out=np.zeros(4, dtype=np.int64)))
    let a = numrs::array(&[0i64, 1, 2], None).unwrap();
    let out = numrs::zeros(&[4], DType::INT64).unwrap();
    let opts = UfuncOptions {
        out: Some(&out),
        ..UfuncOptions::default()
    };
    let r = binary(
        BinaryUfunc::Add,
        Arg::Array(&a),
        Arg::Scalar(Scalar::Int(1)),
        &opts,
    );
    assert_eq!(shown(r), expected("ufuncs.np2.txt", "out.bad_shape"));
}
