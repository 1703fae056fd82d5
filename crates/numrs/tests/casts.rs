//! Numeric casts (`astype`, unsafe casting) for every pair of the 14 numeric dtypes, compared
//! byte for byte with NumPy 2.4.6 (expectations from oracle/gen_casts.py).

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

#[test]
fn every_numeric_cast_matches_numpy() {
    let text = include_str!("expected/casts/casts.txt");
    let (mut checked, mut failures) = (0, Vec::new());
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split(' ').collect();
        let (src, dst): (numrs::DType, numrs::DType) =
            (f[0].parse().unwrap(), f[1].parse().unwrap());
        let input = numrs::frombuffer(unhex(f[2]), src.clone(), -1, 0).unwrap();
        for (label, array) in [
            ("contiguous", input.clone()),
            (
                "via a view",
                input
                    .slice(numrs::s![..;-1])
                    .unwrap()
                    .slice(numrs::s![..;-1])
                    .unwrap(),
            ),
        ] {
            let got = array
                .astype(&dst)
                .unwrap()
                .tobytes(numrs::Order::C)
                .unwrap();
            checked += 1;
            if got != unhex(f[3]) {
                failures.push(format!(
                    "{} -> {} ({label}): got {} want {}",
                    f[0],
                    f[1],
                    hex(&got),
                    f[3]
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} casts differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(checked, 2 * 14 * 14);
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// NumPy 2 refuses a Python int that does not fit the array's dtype (OverflowError); NumPy 1.x
/// stored it with C's two's-complement wrap-around (and a DeprecationWarning): Legacy mode.
#[test]
fn out_of_range_python_ints_wrap_in_legacy_mode_only() {
    use numrs::promote::{with_mode, PromotionMode};
    use numrs::{DType, Scalar};
    let err = numrs::array(&[300, -129], Some(DType::INT8)).unwrap_err();
    assert_eq!(err.python_type(), "OverflowError");
    let legacy = with_mode(PromotionMode::Legacy, || {
        numrs::array(&[300, -129], Some(DType::INT8))
    })
    .unwrap();
    assert_eq!(
        legacy.to_vec::<i8>().unwrap(),
        vec![300i32 as i8, -129i32 as i8]
    );
    let a = numrs::zeros(&[2], DType::UINT8).unwrap();
    with_mode(PromotionMode::Legacy, || a.set(&[0], Scalar::Int(-1))).unwrap();
    assert_eq!(a.to_vec::<u8>().unwrap(), vec![u8::MAX, 0]);
    assert!(a.set(&[0], Scalar::Int(-1)).is_err());
}
