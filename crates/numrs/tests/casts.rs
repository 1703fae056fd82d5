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
