//! NumPy's comma strings: `'i4,f8'`, `'(2,2)S1, u4'`, `'3i4'`, `'i1,2i,(3,4)f4'`.
//!
//! NumPy reads them with a regular expression and Python's `ast.literal_eval` (in
//! `numpy/_core/_internal.py`): each item is an optional byte order, an optional repeat count
//! or shape, another optional byte order and a type. A single item with a repeat is a
//! sub-array (`'3i4'` is `('i4', (3,))`); separated items make fields `f0`, `f1`, ....
//! The errors are NumPy's: `ValueError` for an item the expression does not match or for
//! conflicting byte orders, and Python's `SyntaxError` text for a repeat `literal_eval`
//! rejects (`'(2,,3)i4'`), reported as [`Error::Syntax`], Python's `SyntaxError`.

use super::build::{packed_fields, tuple_dtype, ShapeArg};
use super::parse::parse_str_aligned;
use super::pyrepr::is_py_space;
use super::{ByteOrder, DType};
use crate::error::{Error, Result};

/// One parsed item: a type string, or a type string with its repeat.
#[derive(Debug, PartialEq)]
enum Item {
    Str(String),
    Repeated(String, ShapeArg),
}

/// A byte position in the spec; every pattern below matches ASCII only, so positions stay
/// on character boundaries.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.pos).copied()
    }

    fn eat_while(&mut self, f: impl Fn(u8) -> bool) -> &'a str {
        let start = self.pos;
        while self.peek().is_some_and(&f) {
            self.pos += 1;
        }
        &self.s[start..self.pos]
    }

    fn eat_one(&mut self, f: impl Fn(u8) -> bool) -> Option<u8> {
        let c = self.peek().filter(|&c| f(c))?;
        self.pos += 1;
        Some(c)
    }

    /// `[<>|=]?`
    fn order(&mut self) -> Option<u8> {
        self.eat_one(|c| matches!(c, b'<' | b'>' | b'|' | b'='))
    }

    /// ` *[(]?[ ,0-9]*[)]? *`
    fn repeats(&mut self) -> &'a str {
        let start = self.pos;
        self.eat_while(|c| c == b' ');
        self.eat_one(|c| c == b'(');
        self.eat_while(|c| matches!(c, b' ' | b',' | b'0'..=b'9'));
        self.eat_one(|c| c == b')');
        self.eat_while(|c| c == b' ');
        &self.s[start..self.pos]
    }

    /// `[A-Za-z0-9.?]*(?:\[[a-zA-Z0-9,.]+\])?`
    fn dtype(&mut self) -> &'a str {
        let start = self.pos;
        self.eat_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'?'));
        let save = self.pos;
        if self.eat_one(|c| c == b'[').is_some() {
            let inner = self.eat_while(|c| c.is_ascii_alphanumeric() || matches!(c, b',' | b'.'));
            if inner.is_empty() || self.eat_one(|c| c == b']').is_none() {
                self.pos = save;
            }
        }
        &self.s[start..self.pos]
    }

    /// After an item: the end (only white space left), `\s*,\s*`, or `None` (no match).
    fn separator(&mut self) -> Option<bool> {
        let rest = &self.s[self.pos..];
        if rest.chars().all(is_py_space) {
            self.pos = self.s.len();
            return Some(false);
        }
        let after_space = rest.trim_start_matches(is_py_space);
        let after_comma = after_space.strip_prefix(',')?;
        let after = after_comma.trim_start_matches(is_py_space);
        self.pos = self.s.len() - after.len();
        Some(true)
    }
}

fn syntax_error(msg: &str, line: u32) -> Error {
    Error::Syntax(format!("{msg} (<unknown>, line {line})"))
}

/// `ast.literal_eval` of a repeat matched by ` *[(]?[ ,0-9]*[)]? *`, with Python 3.11's
/// `SyntaxError` messages: leading zeros and an unmatched `)` (tokenizer errors) first, then
/// the first grammar error from the left, then an unclosed `(`. (Checked once against
/// NumPy for all 43,687 repeats made of up to six of ` ,01` inside optional parentheses
/// after an optional space; `strings.txt` keeps the short ones.)
fn literal_eval(repeats: &str) -> Result<ShapeArg> {
    let text = repeats.trim_start_matches([' ', '\t']);
    if text.is_empty() {
        return Err(syntax_error("invalid syntax", 0));
    }
    let (open, rest) = match text.strip_prefix('(') {
        Some(r) => (true, r),
        None => (false, text),
    };
    let rest = rest.trim_end_matches(' ');
    let (body, close) = match rest.strip_suffix(')') {
        Some(b) => (b, true),
        None => (rest, false),
    };
    // Tokens: numbers and commas.
    let mut tokens: Vec<Option<i128>> = Vec::new();
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b',' => {
                tokens.push(None);
                i += 1;
            }
            b'0'..=b'9' => {
                let start = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                let digits = &b[start..i];
                if digits[0] == b'0' && digits.iter().any(|&d| d != b'0') {
                    return Err(syntax_error(
                        "leading zeros in decimal integer literals are not permitted; \
                         use an 0o prefix for octal integers",
                        1,
                    ));
                }
                let value = digits.iter().fold(0i128, |v, &d| {
                    v.saturating_mul(10).saturating_add(i128::from(d - b'0'))
                });
                tokens.push(Some(value));
            }
            _ => i += 1,
        }
    }
    if close && !open {
        return Err(syntax_error("unmatched ')'", 1));
    }
    let never_closed = || syntax_error("'(' was never closed", 1);
    let mut values = Vec::new();
    let mut commas = 0usize;
    let mut expect_value = true;
    for (k, t) in tokens.iter().enumerate() {
        match (t, expect_value) {
            (Some(v), true) => {
                values.push(*v);
                expect_value = false;
            }
            (None, false) => {
                commas += 1;
                expect_value = true;
            }
            (None, true) => return Err(syntax_error("invalid syntax", 1)),
            // Two numbers in a row: inside parentheses Python suggests a comma, unless the
            // second one ends an unclosed input, where it reports the open parenthesis.
            (Some(_), false) if open && (close || k + 1 < tokens.len()) => {
                return Err(syntax_error(
                    "invalid syntax. Perhaps you forgot a comma?",
                    1,
                ))
            }
            (Some(_), false) if open => return Err(never_closed()),
            (Some(_), false) => return Err(syntax_error("invalid syntax", 1)),
        }
    }
    if open && !close {
        return Err(never_closed());
    }
    Ok(match (values.as_slice(), commas) {
        ([v], 0) => ShapeArg::Int(*v),
        _ => ShapeArg::Tuple(values),
    })
}

/// Resolves the two optional byte-order characters of an item (`'>(2,)>i4'`), giving the
/// prefix to put before the type ("" for native or not-applicable).
fn item_order(order1: Option<u8>, order2: Option<u8>) -> Result<&'static str> {
    let native_char = if ByteOrder::NATIVE == ByteOrder::Little {
        b'<'
    } else {
        b'>'
    };
    let native = |c: u8| if c == b'=' { native_char } else { c };
    let order = match (order1, order2) {
        (o, None) | (None, o) => o,
        (Some(a), Some(b)) => {
            let (a, b) = (native(a), native(b));
            if a != b {
                return Err(Error::Value(format!(
                    "inconsistent byte-order specification {} and {}",
                    a as char, b as char
                )));
            }
            Some(a)
        }
    };
    Ok(match order {
        Some(c) if c == native_char || c == b'|' => "",
        Some(b'>') => ">",
        Some(b'<') => "<",
        _ => "",
    })
}

/// Splits a comma string into items, raising NumPy's errors in NumPy's order.
fn items(spec: &str) -> Result<(Vec<Item>, bool)> {
    let mut cur = Cursor { s: spec, pos: 0 };
    let mut out = Vec::new();
    let mut is_list = false;
    while cur.pos < spec.len() {
        let order1 = cur.order();
        let repeats = cur.repeats();
        let order2 = cur.order();
        let dtype = cur.dtype();
        if cur.pos < spec.len() {
            match cur.separator() {
                Some(sep) => is_list |= sep,
                None => {
                    return Err(Error::Value(format!(
                        "format number {} of \"{spec}\" is not recognized",
                        out.len() + 1
                    )))
                }
            }
        }
        let dtype = format!("{}{dtype}", item_order(order1, order2)?);
        out.push(if repeats.is_empty() {
            Item::Str(dtype)
        } else {
            Item::Repeated(dtype, literal_eval(repeats)?)
        });
    }
    Ok((out, is_list))
}

fn item_dtype(item: &Item, align: bool) -> Result<DType> {
    match item {
        Item::Str(s) => parse_str_aligned(s, align),
        Item::Repeated(s, arg) => tuple_dtype(parse_str_aligned(s, align)?, arg),
    }
}

/// Parses a comma string as `np.dtype(spec, align=align)` does.
pub(crate) fn parse(spec: &str, align: bool) -> Result<DType> {
    let (mut items, is_list) = items(spec)?;
    if !is_list {
        return match items.as_slice() {
            [item @ Item::Repeated(..)] => item_dtype(item, align),
            _ => Err(Error::Value(
                "_commastring should return a tuple with len == 2, or a list with len >= 1".into(),
            )),
        };
    }
    if matches!(items.last(), Some(Item::Str(s)) if s.is_empty()) {
        items.pop();
    }
    if items.is_empty() {
        return Err(Error::Value("Expected at least one field name".into()));
    }
    let mut fields = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        fields.push((format!("f{i}"), None, item_dtype(item, align)?));
    }
    packed_fields(fields, align)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(s: &str) -> String {
        match literal_eval(s) {
            Ok(v) => format!("{v:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn literal_eval_rules() {
        assert_eq!(eval("3"), "Int(3)");
        assert_eq!(eval(" (2, 3) "), "Tuple([2, 3])");
        assert_eq!(eval("2,"), "Tuple([2])");
        assert_eq!(eval("()"), "Tuple([])");
        assert_eq!(eval("(2)"), "Int(2)");
        assert_eq!(eval("00"), "Int(0)");
        assert_eq!(eval(" "), "invalid syntax (<unknown>, line 0)");
        assert_eq!(eval(","), "invalid syntax (<unknown>, line 1)");
        assert_eq!(
            eval("(2 3)"),
            "invalid syntax. Perhaps you forgot a comma? (<unknown>, line 1)"
        );
        assert_eq!(eval("2 3"), "invalid syntax (<unknown>, line 1)");
        assert_eq!(eval("(2"), "'(' was never closed (<unknown>, line 1)");
        assert_eq!(eval("2)"), "unmatched ')' (<unknown>, line 1)");
        assert!(eval("(01)").starts_with("leading zeros"));
    }

    #[test]
    fn items_and_errors() {
        let (it, list) = items("i4, (2,3)>f8").unwrap();
        assert!(list);
        assert_eq!(
            it,
            vec![
                Item::Str("i4".into()),
                Item::Repeated(">f8".into(), ShapeArg::Tuple(vec![2, 3]))
            ]
        );
        assert_eq!(
            items("i4,[").unwrap_err().to_string(),
            "format number 2 of \"i4,[\" is not recognized"
        );
        assert_eq!(
            items("<(2,)>i4").unwrap_err().to_string(),
            "inconsistent byte-order specification < and >"
        );
        assert_eq!(items("M8[ns],i4").unwrap().0[0], Item::Str("M8[ns]".into()));
    }
}
