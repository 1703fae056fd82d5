//! Formatting of flexible and structured items: byte strings (`S`), strings
//! (`U`), raw void (`V`), records and sub-array fields.
//!
//! * `S` and `U` items print as Python's `repr` of the `bytes` / `str` value
//!   (NumPy's `repr_format`), without any padding.
//! * Unstructured void items print every byte as `\xNN` (`str(np.void)`).
//! * Records print as tuples whose fields are formatted column-wise over all
//!   the printed items, like NumPy's `StructuredVoidFormat`; sub-array fields
//!   print as nested lists (`SubArrayFormat`).

use super::arrayprint::ElementFormat;
use super::printable::is_printable;
use super::FmtScalar;
use std::borrow::Cow;
use std::fmt::Write as _;

/// Value used for a record field that a (malformed) value does not have.
pub(crate) static MISSING: FmtScalar = FmtScalar::Bool(false);

/// The quote Python's `repr` picks: `"` when the text has a `'` but no `"`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// Python's `repr` of a `bytes` object: `b'ab'`, `b"it's"`, `b'\x00\n'`.
///
/// ```
/// use numrs::format::flexible::py_bytes_repr;
///
/// assert_eq!(py_bytes_repr(b"ab"), "b'ab'");
/// assert_eq!(py_bytes_repr(b"it's"), "b\"it's\"");
/// assert_eq!(py_bytes_repr(b"\x00\t\\\xff"), r"b'\x00\t\\\xff'");
/// assert_eq!(py_bytes_repr(b"'\""), r#"b'\'"'"#);
/// ```
#[must_use]
pub fn py_bytes_repr(bytes: &[u8]) -> String {
    let quote = pick_quote(bytes.contains(&b'\''), bytes.contains(&b'"'));
    let mut s = String::with_capacity(bytes.len() + 3);
    s.push('b');
    s.push(quote);
    for &c in bytes {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            _ if char::from(c) == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(char::from(c)),
            _ => {
                let _ = write!(s, "\\x{c:02x}");
            }
        }
    }
    s.push(quote);
    s
}

/// Python's `repr` of a `str`: quotes chosen like Python, control and
/// non-printable characters escaped (`\n`, `\x00`, `\xa0`, `\u2028`,
/// `\U000e0001`), printable non-ASCII characters kept.
///
/// ```
/// use numrs::format::flexible::py_str_repr;
///
/// assert_eq!(py_str_repr("héllo"), "'héllo'");
/// assert_eq!(py_str_repr("it's"), "\"it's\"");
/// assert_eq!(py_str_repr("a\nb\u{a0}"), r"'a\nb\xa0'");
/// ```
#[must_use]
pub fn py_str_repr(text: &str) -> String {
    let quote = pick_quote(text.contains('\''), text.contains('"'));
    let mut s = String::with_capacity(text.len() + 2);
    s.push(quote);
    for c in text.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '\t' => s.push_str("\\t"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            _ if c == quote => {
                s.push('\\');
                s.push(quote);
            }
            ' '..='~' => s.push(c),
            _ if !c.is_ascii() && is_printable(c) => s.push(c),
            _ => {
                let n = u32::from(c);
                let _ = if n <= 0xff {
                    write!(s, "\\x{n:02x}")
                } else if n <= 0xffff {
                    write!(s, "\\u{n:04x}")
                } else {
                    write!(s, "\\U{n:08x}")
                };
            }
        }
    }
    s.push(quote);
    s
}

/// NumPy 2's `str` of an unstructured `np.void`: every byte as `\xNN` in
/// upper-case hex.
///
/// ```
/// use numrs::format::flexible::void_str;
///
/// assert_eq!(void_str(&[1, 0x61, 0xab]), r"b'\x01\x61\xAB'");
/// assert_eq!(void_str(&[]), "b''");
/// ```
#[must_use]
pub fn void_str(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 4 + 3);
    s.push_str("b'");
    for b in bytes {
        let _ = write!(s, "\\x{b:02X}");
    }
    s.push('\'');
    s
}

/// The bytes of a value printed as `S` or `V` (text is UTF-8 encoded,
/// numbers give nothing).
pub(crate) fn bytes_of(v: &FmtScalar) -> Cow<'_, [u8]> {
    match v {
        FmtScalar::Bytes(b) | FmtScalar::Void(b) => Cow::Borrowed(b),
        FmtScalar::Str(s) => Cow::Borrowed(s.as_bytes()),
        _ => Cow::Borrowed(&[]),
    }
}

/// The text of a value printed as `U` (bytes are decoded as UTF-8 with
/// replacement, numbers give nothing).
pub(crate) fn str_of(v: &FmtScalar) -> Cow<'_, str> {
    match v {
        FmtScalar::Str(s) => Cow::Borrowed(s),
        FmtScalar::Bytes(b) | FmtScalar::Void(b) => String::from_utf8_lossy(b),
        _ => Cow::Borrowed(""),
    }
}

/// The items of a sub-array value (a lone value counts as one item).
pub(crate) fn items_of(v: &FmtScalar) -> &[FmtScalar] {
    match v {
        FmtScalar::Array(items) => items,
        other => std::slice::from_ref(other),
    }
}

/// Field `i` of a record value ([`MISSING`] when absent).
pub(crate) fn field_of(v: &FmtScalar, i: usize) -> &FmtScalar {
    match v {
        FmtScalar::Record(fields) => fields.get(i).unwrap_or(&MISSING),
        _ => &MISSING,
    }
}

/// Formatter for records (NumPy's `StructuredVoidFormat`): one formatter per
/// field, each built from that field's values over all printed items.
///
/// ```
/// use numrs::format::arrayprint::ElementFormat;
/// use numrs::format::{ElemKind, FloatWidth, FmtScalar, PrintOptions};
///
/// let kind = ElemKind::Record(vec![ElemKind::Int, ElemKind::Float(FloatWidth::F64)]);
/// let rec = |a, b| FmtScalar::Record(vec![FmtScalar::Int(a), FmtScalar::Float(b)]);
/// let data = [rec(1, 2.5), rec(10, 3.25)];
/// let ElementFormat::Record(f) = ElementFormat::new(&kind, &data, false, &PrintOptions::default())
/// else { unreachable!() };
/// assert_eq!(f.format(&data[0]), "( 1, 2.5 )");
/// assert_eq!(f.format(&data[1]), "(10, 3.25)");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct StructuredFormat {
    /// The formatter of each field, in field order.
    pub(crate) fields: Vec<ElementFormat>,
}

impl StructuredFormat {
    /// Format one record value as a Python tuple: `(1, 2.5)`, `(1,)`, `()`.
    #[must_use]
    pub fn format(&self, v: &FmtScalar) -> String {
        let parts: Vec<String> = self
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| f.format(field_of(v, i)))
            .collect();
        if parts.len() == 1 {
            format!("({},)", parts.join(""))
        } else {
            format!("({})", parts.join(", "))
        }
    }
}

/// Formatter for a sub-array field (NumPy's `SubArrayFormat`): nested lists,
/// summarized per value when it has more than `threshold` items.
///
/// ```
/// use numrs::format::arrayprint::ElementFormat;
/// use numrs::format::{ElemKind, FmtScalar, PrintOptions};
///
/// let kind = ElemKind::SubArray(Box::new(ElemKind::Bytes), vec![2, 2]);
/// let v = FmtScalar::Array(["d", "a", "t", "a"].iter().map(|s| FmtScalar::Bytes(s.as_bytes().to_vec())).collect());
/// let ElementFormat::SubArray(f) = ElementFormat::new(&kind, &[v.clone()], false, &PrintOptions::default())
/// else { unreachable!() };
/// assert_eq!(f.format(&v), "[[b'd', b'a'], [b't', b'a']]");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SubArrayFormat {
    /// Formatter of the base items, built from every item of every printed
    /// value.
    pub(crate) inner: Box<ElementFormat>,
    /// The sub-array shape.
    pub(crate) shape: Vec<usize>,
    /// `PrintOptions::threshold`.
    pub(crate) threshold: usize,
    /// `PrintOptions::edgeitems`.
    pub(crate) edge_items: usize,
}

impl SubArrayFormat {
    /// Format one sub-array value (its items flattened in C order).
    #[must_use]
    pub fn format(&self, v: &FmtScalar) -> String {
        let items = items_of(v);
        let size = self
            .shape
            .iter()
            .try_fold(1usize, |acc, &n| acc.checked_mul(n))
            .unwrap_or(usize::MAX);
        self.nested(items, &self.shape, 0, size > self.threshold)
    }

    fn nested(&self, items: &[FmtScalar], shape: &[usize], offset: usize, summary: bool) -> String {
        let Some((&n, rest)) = shape.split_first() else {
            return self.inner.format(items.get(offset).unwrap_or(&MISSING));
        };
        let stride = rest
            .iter()
            .try_fold(1usize, |acc, &m| acc.checked_mul(m))
            .unwrap_or(usize::MAX);
        let sub = |i: usize| {
            let off = i
                .checked_mul(stride)
                .and_then(|o| o.checked_add(offset))
                .unwrap_or(usize::MAX);
            self.nested(items, rest, off, summary)
        };
        let e = self.edge_items;
        let parts: Vec<String> = if summary && n > 2 * e {
            // `a[:e] + ['...'] + a[-e:]`, where `a[-0:]` is the whole axis.
            let tail = if e == 0 { 0 } else { n - e };
            (0..e)
                .map(sub)
                .chain(std::iter::once("...".to_string()))
                .chain((tail..n).map(sub))
                .collect()
        } else {
            (0..n).map(sub).collect()
        };
        format!("[{}]", parts.join(", "))
    }
}
