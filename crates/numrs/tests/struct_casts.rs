//! Casts with structured and sub-array dtypes (`astype`, `can_cast`, NumPy's error texts),
//! compared with NumPy 2.4.6 and 1.23.5 (expectations from oracle/gen_struct_casts.py; the
//! line format and the compact dtype notation are described there).

use numrs::dtype::Field;
use numrs::{Casting, DType};

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// Parses the generator's compact dtype notation from the front of `s`.
fn parse(s: &mut &str) -> DType {
    if let Some(rest) = s.strip_prefix('{') {
        *s = rest;
        let mut fields = Vec::new();
        while !s.starts_with(';') {
            let eq = s.find('=').unwrap();
            let (name, title) = match s[..eq].split_once(':') {
                Some((n, t)) => (n.to_string(), Some(t.to_string())),
                None => (s[..eq].to_string(), None),
            };
            *s = &s[eq + 1..];
            let dtype = parse(s);
            *s = s.strip_prefix('@').unwrap();
            let end = s.find([',', ';']).unwrap();
            let offset = s[..end].parse().unwrap();
            *s = s[end..].strip_prefix(',').unwrap_or(&s[end..]);
            let f = Field::new(name, dtype, offset);
            fields.push(match title {
                Some(t) => f.with_title(t),
                None => f,
            });
        }
        let end = s.find('}').unwrap();
        let (size, aligned) = match s[1..end].split_once(';') {
            Some((n, _)) => (n, true),
            None => (&s[1..end], false),
        };
        let d = DType::record(fields, Some(size.parse().unwrap()), aligned).unwrap();
        *s = &s[end + 1..];
        return d;
    }
    if let Some(rest) = s.strip_prefix('(') {
        *s = rest;
        let base = parse(s);
        *s = s.strip_prefix(')').unwrap();
        let end = s
            .find(|c: char| !(c.is_ascii_digit() || c == 'x'))
            .unwrap_or(s.len());
        let shape: Vec<usize> = s[..end].split('x').map(|n| n.parse().unwrap()).collect();
        *s = &s[end..];
        return DType::subarray(base, &shape).unwrap();
    }
    let end = s.find([',', ';', '@', ')', '}']).unwrap_or(s.len());
    let d = s[..end].parse().unwrap();
    *s = &s[end..];
    d
}

fn dtype(s: &str) -> DType {
    let mut rest = s;
    let d = parse(&mut rest);
    assert!(rest.is_empty(), "unparsed dtype text {rest:?} in {s}");
    d
}

fn enc(d: &DType) -> String {
    if let Some(fields) = d.fields() {
        let parts: Vec<String> = fields
            .iter()
            .map(|f| {
                let title = f.title.as_ref().map_or(String::new(), |t| format!(":{t}"));
                format!("{}{title}={}@{}", f.name, enc(&f.dtype), f.offset)
            })
            .collect();
        let aligned = if d.is_aligned_struct() { ";A" } else { "" };
        return format!("{{{};{}{aligned}}}", parts.join(","), d.itemsize());
    }
    if let Some((base, shape)) = d.subdtype() {
        let dims: Vec<String> = shape.iter().map(|n| n.to_string()).collect();
        return format!("({}){}", enc(base), dims.join("x"));
    }
    d.str()
}

fn err_text(e: &numrs::Error) -> String {
    format!(
        "err:{}:{}",
        e.python_type(),
        e.to_string().replace(' ', "~")
    )
}

/// `hex` matches `want` except where `want` has `..` (padding NumPy leaves uninitialized).
fn masked_eq(got: &[u8], want: &str) -> bool {
    want.len() == 2 * got.len()
        && got.iter().enumerate().all(|(i, b)| {
            let w = &want[2 * i..2 * i + 2];
            w == ".." || w == format!("{b:02x}")
        })
}

const RULES: [Casting; 5] = [
    Casting::No,
    Casting::Equiv,
    Casting::Safe,
    Casting::SameKind,
    Casting::Unsafe,
];

/// Checks one expectation line; returns what differs.
fn check(line: &str) -> Vec<String> {
    let f: Vec<&str> = line.split(' ').collect();
    let (src, dst) = (dtype(f[0]), dtype(f[1]));
    let mut bad = Vec::new();
    let cancast: String = RULES
        .iter()
        .map(|&r| {
            if numrs::can_cast(&src, &dst, r) {
                '1'
            } else {
                '0'
            }
        })
        .collect();
    if cancast != f[3] {
        bad.push(format!("can_cast {cancast} want {}", f[3]));
    }
    let input = numrs::frombuffer(unhex(f[2]), src.clone(), -1, 0).unwrap();
    let got = match input.astype(&dst) {
        Ok(r) => {
            let shape: Vec<String> = r.shape().iter().map(|n| n.to_string()).collect();
            let bytes = r.tobytes(numrs::Order::C).unwrap();
            let head = format!("ok:{}:{}:", shape.join(","), enc(r.dtype()));
            match f[4].strip_prefix(&head) {
                Some(hex) if masked_eq(&bytes, hex) => f[4].to_string(),
                _ => format!("{head}{}", hex(&bytes)),
            }
        }
        Err(e) => err_text(&e),
    };
    if got != f[4] {
        bad.push(format!("astype: got {got}\n      want {}", f[4]));
    }
    let no = match input.astype_casting(&dst, Casting::No) {
        Ok(_) => "-".to_string(),
        Err(e) => err_text(&e),
    };
    if no != f[5] {
        bad.push(format!(
            "astype(casting='no'): got {no}\n      want {}",
            f[5]
        ));
    }
    bad
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn run(text: &str, allowed: impl Fn(&str) -> bool) -> (usize, usize) {
    let (mut checked, mut allowed_failures, mut failures) = (0, 0, Vec::new());
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        checked += 1;
        let bad = check(line);
        if bad.is_empty() {
            continue;
        }
        if allowed(line) {
            allowed_failures += 1;
            continue;
        }
        let head: Vec<&str> = line.split(' ').take(2).collect();
        failures.push(format!(
            "{}:\n    {}",
            head.join(" -> "),
            bad.join("\n    ")
        ));
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} structured casts differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    (checked, allowed_failures)
}

#[test]
fn structured_casts_match_numpy_2() {
    let (checked, _) = run(
        include_str!("expected/struct_casts/struct_casts.np2.txt"),
        |_| false,
    );
    assert!(checked > 1000);
}

/// NumPy 1.23.5 agrees with NumPy 2 except where 1.x had behaviour NumPy 2 dropped; numrs
/// follows NumPy 2 there:
/// * `astype` of an array to a sub-array dtype: 1.x raises "could not broadcast" or (for a
///   sub-array of 3 from 3 items) fills the new axes in a transposed order — deprecated since
///   1.20 (FutureWarning) and replaced by broadcasting each item in NumPy 2;
/// * a string holding a negative number cast to an unsigned field: 1.x wraps (`b'-50'` ->
///   206), NumPy 2 raises OverflowError.
#[test]
fn structured_casts_match_numpy_1_where_it_agrees_with_2() {
    let np2: std::collections::HashMap<(&str, &str), &str> =
        include_str!("expected/struct_casts/struct_casts.np2.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| {
                let f: Vec<&str> = l.splitn(3, ' ').collect();
                ((f[0], f[1]), l)
            })
            .collect();
    let (_, differing) = run(
        include_str!("expected/struct_casts/struct_casts.np1.txt"),
        |line| {
            let f: Vec<&str> = line.splitn(3, ' ').collect();
            let two = np2[&(f[0], f[1])];
            let to_subarray = f[1].starts_with('(');
            let overflow_in_2 = two.contains("err:OverflowError:");
            two != line && (to_subarray || overflow_in_2)
        },
    );
    assert!(differing < 160, "{differing} cases allowed to differ");
    eprintln!("{differing} NumPy 1.23.5 cases differ from NumPy 2 (allowed)");
}
