//! Parsing shared by the tests that read NumPy-generated expectations: value lists
//! (`ufunc_fpe`, `errstate`) and gen_promotion.py's operand encoding (`promotion`, `loops`,
//! `engine`), the hex encoding of item bytes (`reduce`, `engine`) and float distances in ulps
//! (`loops`, `engine`). Each test binary uses a
//! part of it.
#![allow(dead_code)]

use numrs::num_complex::Complex64;
use numrs::{DType, Scalar};

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

/// A dtype from its `dtype.str` (`<i4`, `|S0`, `>U4`, `|V8`).
pub fn dtype(s: &str) -> DType {
    let (order, rest) = s.split_at(1);
    let (kind, size) = rest.split_at(1);
    let n = size.parse::<usize>();
    match (kind, n) {
        ("S", Ok(n)) => DType::bytes(n),
        ("V", Ok(n)) => DType::void(n),
        ("U", Ok(n)) if order == ">" => DType::unicode(n).newbyteorder(),
        ("U", Ok(n)) => DType::unicode(n),
        _ => DType::parse(s).unwrap_or_else(|e| panic!("dtype {s}: {e}")),
    }
}

/// A complex `re,im`.
pub fn complex(v: &str) -> Complex64 {
    let (re, im) = v.split_once(',').unwrap_or_else(|| panic!("complex {v}"));
    let f = |x: &str| x.parse::<f64>().unwrap_or_else(|_| panic!("{x}"));
    Complex64::new(f(re), f(im))
}

/// A typed scalar `<dtype.str>:<value>` (gen_promotion.py's encoding).
pub fn typed(spec: &str) -> Scalar {
    let (d, v) = spec
        .split_once(':')
        .unwrap_or_else(|| panic!("operand {spec}"));
    let ty = dtype(d).scalar_type().unwrap_or_else(|| panic!("{d}"));
    let weak = match ty.info().kind {
        'b' => return Scalar::Bool(v == "1"),
        'i' | 'u' => Scalar::Int(v.parse().unwrap_or_else(|_| panic!("{v}"))),
        'f' => Scalar::Float(v.parse().unwrap_or_else(|_| panic!("{v}"))),
        _ => Scalar::Complex(complex(v)),
    };
    weak.cast(ty).unwrap_or_else(|e| panic!("{spec}: {e}"))
}

/// Bytes from lowercase hex.
pub fn hex_decode(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

/// Bytes as lowercase hex.
pub fn hex_encode(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The 64-bit FNV-1a hash the generators use to abbreviate long byte strings.
pub fn fnv1a64(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h = (h ^ u64::from(x)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Distance in ulps between two floats given as bit patterns of `bits` bits; a NaN matches a
/// NaN of the same sign (whatever its payload), and is infinitely far from any other value.
pub fn ulps(x: u64, y: u64, bits: u32) -> u64 {
    let sign = 1u64 << (bits - 1);
    let mask = sign - 1;
    let exp_bits = match bits {
        16 => 0x7c00,
        32 => 0x7f80_0000,
        _ => 0x7ff0_0000_0000_0000,
    };
    let nan = |v: u64| v & exp_bits == exp_bits && v & (mask & !exp_bits) != 0;
    if nan(x) || nan(y) {
        return if nan(x) && nan(y) && (x ^ y) & sign == 0 {
            0
        } else {
            u64::MAX
        };
    }
    let ord = |v: u64| {
        if v & sign != 0 {
            -((v & mask) as i128)
        } else {
            (v & mask) as i128
        }
    };
    (ord(x) - ord(y)).unsigned_abs().min(u64::MAX as u128) as u64
}
