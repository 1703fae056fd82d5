//! Parsing shared by the tests that read NumPy-generated value lists (`ufunc_fpe`,
//! `errstate`).

/// The whitespace-separated tokens of `text`; `v*n` expands to n copies of v.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for tok in text.split_whitespace() {
        match tok.split_once('*') {
            Some((v, n)) => out.extend(std::iter::repeat_n(v, n.parse().unwrap())),
            None => out.push(tok),
        }
    }
    out
}

/// A float as Python prints it (`nan`, `inf`, `-inf` included).
pub fn float(tok: &str) -> f64 {
    match tok {
        "nan" => f64::NAN,
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        t => t.parse().unwrap(),
    }
}
