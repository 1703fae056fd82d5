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
        let bytes = unhex(f[2]);
        let input = numrs::frombuffer(bytes.clone(), src.clone(), -1, 0).unwrap();
        // The same items every other slot (a strided view: the general copy loop) and one
        // byte into a buffer (unaligned items: the contiguous path's item-by-item loop).
        let itemsize = src.itemsize();
        let spread: Vec<u8> = bytes
            .chunks(itemsize)
            .flat_map(|item| {
                item.iter()
                    .copied()
                    .chain(std::iter::repeat_n(0xa5, itemsize))
            })
            .collect();
        let strided = numrs::frombuffer(spread, src.clone(), -1, 0)
            .unwrap()
            .slice(numrs::s![..;2])
            .unwrap();
        let shifted = [&[0u8][..], &bytes].concat();
        let unaligned = numrs::frombuffer(shifted, src.clone(), -1, 1).unwrap();
        for (label, array) in [
            ("strided", strided),
            ("unaligned", unaligned),
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
    assert_eq!(checked, 4 * 14 * 14);
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

/// The edge values inside a large zero array: NumPy's vector loops (and numrs's AVX2 and
/// two-thread paths) see them, at the start, across the middle and near the end.
#[test]
fn large_arrays_cast_like_numpy() {
    let text = include_str!("expected/casts/big.txt");
    let table = warning_table(include_str!("expected/casts/warnings-2.4.6.txt"));
    let mut checked = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split(' ').collect();
        let (src, dst): (numrs::DType, numrs::DType) =
            (f[0].parse().unwrap(), f[1].parse().unwrap());
        let n: usize = f[2].parse().unwrap();
        let starts: Vec<usize> = f[3].split(',').map(|s| s.parse().unwrap()).collect();
        let pattern = unhex(f[4]);
        let mut input = vec![0u8; n * src.itemsize()];
        let mut want = vec![0u8; n * dst.itemsize()];
        for (k, &p) in starts.iter().enumerate() {
            let at = p * src.itemsize();
            input[at..at + pattern.len()].copy_from_slice(&pattern);
            let out = unhex(f[5 + k]);
            let at = p * dst.itemsize();
            want[at..at + out.len()].copy_from_slice(&out);
        }
        let x = numrs::frombuffer(input, src.clone(), -1, 0).unwrap();
        let (y, warnings) = numrs::warnings::catch(|| x.astype(&dst));
        let got = y.unwrap().tobytes(numrs::Order::C).unwrap();
        if let Some(i) = (0..want.len()).find(|&i| got[i] != want[i]) {
            panic!("{} -> {}: first difference at byte {i}", f[0], f[1]);
        }
        // The same values (plus zeros) as the whole-array row of the warnings table.
        let key = (f[0].to_string(), f[1].to_string());
        assert_eq!(
            shown(&warnings),
            table.expected(&table.rows[&key].whole),
            "{} -> {}",
            f[0],
            f[1]
        );
        checked += 1;
    }
    assert_eq!(checked, 5 * 14);
}

/// `warnings-<version>.txt`: code letters and, per (src, dst), the warnings of one call.
struct WarningTable {
    codes: std::collections::HashMap<char, String>,
    rows: std::collections::HashMap<(String, String), WarningRow>,
}

struct WarningRow {
    whole: String,
    empty: String,
    per_value: Vec<String>,
}

impl WarningTable {
    fn expected(&self, codes: &str) -> Vec<String> {
        codes
            .chars()
            .filter(|&c| c != '-')
            .map(|c| self.codes[&c].clone())
            .collect()
    }
}

fn warning_table(text: &str) -> WarningTable {
    let mut table = WarningTable {
        codes: Default::default(),
        rows: Default::default(),
    };
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        if let Some(rest) = line.strip_prefix("code ") {
            let (c, text) = rest.split_once(' ').unwrap();
            table.codes.insert(c.chars().next().unwrap(), text.into());
            continue;
        }
        let f: Vec<&str> = line.split(' ').collect();
        table.rows.insert(
            (f[0].into(), f[1].into()),
            WarningRow {
                whole: f[2].into(),
                empty: f[3].into(),
                per_value: f[4].split(',').map(String::from).collect(),
            },
        );
    }
    table
}

fn shown(w: &[numrs::warnings::Warning]) -> Vec<String> {
    w.iter().map(|w| w.to_string()).collect()
}

/// The cast inputs of casts.txt, by source dtype.
fn sources() -> std::collections::HashMap<String, numrs::Array> {
    let text = include_str!("expected/casts/casts.txt");
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            let a = numrs::frombuffer(unhex(f[2]), f[0].parse().unwrap(), -1, 0).unwrap();
            (f[0].to_string(), a)
        })
        .collect()
}

/// Checks every pair's warnings against `table`: the whole edge-value array (contiguous, in
/// a strided view, and with both dtypes byte-swapped), an empty array, and each value alone.
fn check_warnings(table: &WarningTable) {
    let sources = sources();
    let mut failures = Vec::new();
    let mut check = |what: String, got: Vec<numrs::warnings::Warning>, codes: &str| {
        let want = table.expected(codes);
        if shown(&got) != want {
            failures.push(format!("{what}: got {:?} want {want:?}", shown(&got)));
        }
    };
    for ((s, t), row) in &table.rows {
        let x = &sources[s];
        let dst: numrs::DType = t.parse().unwrap();
        let cast = |a: &numrs::Array, d: &numrs::DType| {
            let (r, w) = numrs::warnings::catch(|| a.astype(d));
            r.unwrap();
            w
        };
        check(format!("{s} -> {t}"), cast(x, &dst), &row.whole);
        // Every other item of a doubled array: the strided loops.
        let n = x.shape()[0];
        let doubled = numrs::zeros(&[2 * n], x.dtype().clone()).unwrap();
        let odd = doubled.slice(numrs::s![1..;2]).unwrap();
        numrs::warnings::catch(|| odd.assign(numrs::s![..], x).unwrap());
        check(format!("{s} -> {t} strided"), cast(&odd, &dst), &row.whole);
        let (xs, ds) = (x.dtype().newbyteorder(), dst.newbyteorder());
        let swapped = numrs::warnings::catch(|| x.astype(&xs).unwrap()).0;
        check(
            format!("{s} -> {t} byte-swapped"),
            cast(&swapped, &ds),
            &row.whole,
        );
        let empty = x.slice(numrs::s![..0]).unwrap();
        check(format!("{s} -> {t} empty"), cast(&empty, &dst), &row.empty);
        for (i, codes) in row.per_value.iter().enumerate() {
            let one = x.slice(numrs::s![i as isize..i as isize + 1]).unwrap();
            let many = numrs::warnings::catch(|| {
                numrs::broadcast_to(&one, &[64])
                    .unwrap()
                    .copy(numrs::Order::C)
                    .unwrap()
            })
            .0;
            check(format!("{s} -> {t} item {i}"), cast(&many, &dst), codes);
        }
    }
    assert!(
        failures.is_empty(),
        "{} warning mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// NumPy 2.4.6's cast warnings: `RuntimeWarning`s for invalid values and overflow (once per
/// call), `ComplexWarning` for complex to real.
#[test]
fn cast_warnings_match_numpy_2() {
    check_warnings(&warning_table(include_str!(
        "expected/casts/warnings-2.4.6.txt"
    )));
}

/// NumPy 1.23.5 raised only `ComplexWarning` from casts: Legacy mode does the same.
#[test]
fn cast_warnings_match_numpy_1_in_legacy_mode() {
    use numrs::promote::{with_mode, PromotionMode};
    let table = warning_table(include_str!("expected/casts/warnings-1.23.5.txt"));
    with_mode(PromotionMode::Legacy, || check_warnings(&table));
}
