//! Tokenizer for the Python subset the oracle cases use.

use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(i128),
    Float(f64),
    /// An imaginary literal such as `2j` (the value is the imaginary part).
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// Punctuation and operators: `( ) [ ] { } , : . = + - * / ** == != < > += -=` and `...`.
    Op(&'static str),
    /// End of a logical line (a newline outside brackets).
    Newline,
    Eof,
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Name(n) => write!(f, "name {n:?}"),
            Tok::Int(v) => write!(f, "int {v}"),
            Tok::Float(v) => write!(f, "float {v}"),
            Tok::Imag(v) => write!(f, "imaginary {v}j"),
            Tok::Str(s) => write!(f, "string {s:?}"),
            Tok::Bytes(b) => write!(f, "bytes {b:?}"),
            Tok::Op(o) => write!(f, "'{o}'"),
            Tok::Newline => write!(f, "end of line"),
            Tok::Eof => write!(f, "end of input"),
        }
    }
}

/// Longest operators first.
const OPS: [&str; 23] = [
    "...", "**", "==", "!=", "<=", ">=", "+=", "-=", "*=", "//", "(", ")", "[", "]", "{", "}", ",",
    ":", ".", "=", "+", "-", "*",
];
const OPS1: [&str; 3] = ["/", "<", ">"];

pub fn tokenize(src: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut depth: i32 = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '\\' && chars.get(i + 1) == Some(&'\n') {
            i += 2;
            continue;
        }
        if c == '\n' {
            if depth == 0 && !matches!(toks.last(), None | Some(Tok::Newline)) {
                toks.push(Tok::Newline);
            }
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
        {
            let (tok, n) = number(&chars[i..])?;
            toks.push(tok);
            i += n;
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let is_prefix = matches!(word.as_str(), "b" | "B" | "r" | "rb" | "br");
            if is_prefix && i < chars.len() && (chars[i] == '\'' || chars[i] == '"') {
                let raw = word.contains('r');
                let is_bytes = word.contains('b') || word.contains('B');
                let (s, n) = string(&chars[i..], raw, is_bytes)?;
                i += n;
                if is_bytes {
                    if s.chars().any(|c| c as u32 > 0xff) {
                        return Err("bytes can only contain ASCII literal characters".into());
                    }
                    toks.push(Tok::Bytes(s.chars().map(|c| c as u32 as u8).collect()));
                } else {
                    toks.push(Tok::Str(s));
                }
            } else {
                toks.push(Tok::Name(word));
            }
            continue;
        }
        if c == '\'' || c == '"' {
            let (s, n) = string(&chars[i..], false, false)?;
            toks.push(Tok::Str(s));
            i += n;
            continue;
        }
        let rest: String = chars[i..chars.len().min(i + 3)].iter().collect();
        let op = OPS
            .iter()
            .chain(OPS1.iter())
            .find(|op| rest.starts_with(**op));
        match op {
            Some(op) => {
                match *op {
                    "(" | "[" | "{" => depth += 1,
                    ")" | "]" | "}" => depth -= 1,
                    _ => {}
                }
                toks.push(Tok::Op(op));
                i += op.len();
            }
            None => return Err(format!("unexpected character {c:?}")),
        }
    }
    if depth != 0 {
        return Err("unbalanced brackets".into());
    }
    if !matches!(toks.last(), None | Some(Tok::Newline)) {
        toks.push(Tok::Newline);
    }
    toks.push(Tok::Eof);
    Ok(toks)
}

fn number(c: &[char]) -> Result<(Tok, usize), String> {
    let mut i = 0;
    if c.len() > 1 && c[0] == '0' && matches!(c[1], 'x' | 'X') {
        i = 2;
        while i < c.len() && (c[i].is_ascii_hexdigit() || c[i] == '_') {
            i += 1;
        }
        let s: String = c[2..i].iter().filter(|ch| **ch != '_').collect();
        let v = i128::from_str_radix(&s, 16).map_err(|e| format!("bad hex literal: {e}"))?;
        return Ok((Tok::Int(v), i));
    }
    let mut is_float = false;
    while i < c.len() && (c[i].is_ascii_digit() || c[i] == '_') {
        i += 1;
    }
    if i < c.len() && c[i] == '.' && !(i + 1 < c.len() && c[i + 1] == '.') {
        is_float = true;
        i += 1;
        while i < c.len() && (c[i].is_ascii_digit() || c[i] == '_') {
            i += 1;
        }
    }
    if i < c.len() && matches!(c[i], 'e' | 'E') {
        let mut j = i + 1;
        if j < c.len() && matches!(c[j], '+' | '-') {
            j += 1;
        }
        if j < c.len() && c[j].is_ascii_digit() {
            is_float = true;
            i = j;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
        }
    }
    let text: String = c[..i].iter().filter(|ch| **ch != '_').collect();
    if i < c.len() && matches!(c[i], 'j' | 'J') {
        let v: f64 = text
            .parse()
            .map_err(|e| format!("bad number {text:?}: {e}"))?;
        return Ok((Tok::Imag(v), i + 1));
    }
    if is_float {
        let v: f64 = text
            .parse()
            .map_err(|e| format!("bad float {text:?}: {e}"))?;
        Ok((Tok::Float(v), i))
    } else {
        let v: i128 = text.parse().map_err(|e| format!("bad int {text:?}: {e}"))?;
        Ok((Tok::Int(v), i))
    }
}

/// A quoted string starting at `c[0]`; returns its value (bytes as chars < 256) and length.
/// `\u`/`\U` escapes only exist in str literals.
fn string(c: &[char], raw: bool, is_bytes: bool) -> Result<(String, usize), String> {
    let q = c[0];
    let mut out = String::new();
    let mut i = 1;
    while i < c.len() {
        let ch = c[i];
        if ch == q {
            return Ok((out, i + 1));
        }
        if ch == '\n' {
            break;
        }
        if ch == '\\' && i + 1 < c.len() {
            if raw {
                out.push(ch);
                out.push(c[i + 1]);
                i += 2;
                continue;
            }
            let e = c[i + 1];
            i += 2;
            match e {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'a' => out.push('\u{7}'),
                'b' => out.push('\u{8}'),
                'f' => out.push('\u{c}'),
                'v' => out.push('\u{b}'),
                '0'..='7' => {
                    // up to three octal digits
                    let mut v = e.to_digit(8).unwrap_or(0);
                    let mut k = 0;
                    while k < 2 && i < c.len() && c[i].is_digit(8) {
                        v = v * 8 + c[i].to_digit(8).unwrap_or(0);
                        i += 1;
                        k += 1;
                    }
                    out.push(char::from_u32(v).ok_or("bad octal escape")?);
                }
                'u' | 'U' if !is_bytes => {
                    let n = if e == 'u' { 4 } else { 8 };
                    let hex: String = c.get(i..i + n).unwrap_or(&[]).iter().collect();
                    let v = u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| format!("bad \\{e} escape {hex:?}"))?;
                    out.push(v);
                    i += n;
                }
                '\\' => out.push('\\'),
                '\'' => out.push('\''),
                '"' => out.push('"'),
                'x' => {
                    let hex: String = c.get(i..i + 2).unwrap_or(&[]).iter().collect();
                    let v = u8::from_str_radix(&hex, 16)
                        .map_err(|_| format!("bad \\x escape {hex:?}"))?;
                    out.push(v as char);
                    i += 2;
                }
                other => {
                    out.push('\\');
                    out.push(other);
                }
            }
            continue;
        }
        out.push(ch);
        i += 1;
    }
    Err("unterminated string".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let t =
            tokenize("x = np.array([1, -2.5e3, 3j], dtype='<i4')[::-1, ...]\nb'\\x01a'").unwrap();
        assert!(t.contains(&Tok::Float(2.5e3)));
        assert!(t.contains(&Tok::Imag(3.0)));
        assert!(t.contains(&Tok::Op("...")));
        assert!(t.contains(&Tok::Bytes(vec![1, b'a'])));
        assert_eq!(t.iter().filter(|t| **t == Tok::Newline).count(), 2);
    }
}
