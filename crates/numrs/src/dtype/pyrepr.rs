//! Python's `repr` of the values that appear in dtype output and error messages: strings
//! (field names, titles, specs) and tuples of integers (shapes).

/// True for the characters Python's `str.isspace` (and the `\s` of `re`) accepts.
pub(crate) fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\u{1c}'..='\u{20}'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Python's notion of a printable non-ASCII character, approximated without Unicode tables:
/// controls, separators, the common format characters, private-use code points and
/// non-characters are escaped; everything else is printed as is.
fn is_printable_non_ascii(c: char) -> bool {
    let u = c as u32;
    let format_char = matches!(
        u,
        0xad | 0x600..=0x605
            | 0x61c
            | 0x6dd
            | 0x70f
            | 0x8e2
            | 0x180e
            | 0x200b..=0x200f
            | 0x202a..=0x202e
            | 0x2060..=0x2064
            | 0x2066..=0x206f
            | 0xfeff
            | 0xfff9..=0xfffb
            | 0xe0001
            | 0xe0020..=0xe007f
    );
    let private_or_nonchar =
        matches!(u, 0xe000..=0xf8ff | 0xf0000.. | 0xfdd0..=0xfdef) || (u & 0xfffe) == 0xfffe;
    !(c.is_control() || is_py_space(c) || format_char || private_or_nonchar)
}

/// `repr(s)` for a Python `str`: single quotes unless the text contains `'` and no `"`.
///
/// ```text
/// ab    -> 'ab'
/// it's  -> "it's"
/// a\tb  -> 'a\tb'
/// ```
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_ascii() || is_printable_non_ascii(c) => out.push(c),
            c => {
                let u = c as u32;
                if u <= 0xff {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u <= 0xffff {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(title)` for an optional title: the string's repr or `None`.
pub(crate) fn opt_str_repr(s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_string(), str_repr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(str_repr("ab"), "'ab'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\tb\\"), "'a\\tb\\\\'");
        assert_eq!(str_repr("\u{0}\u{7f}"), "'\\x00\\x7f'");
        assert_eq!(str_repr("é日"), "'é日'");
        assert_eq!(str_repr("\u{a0}\u{3000}"), "'\\xa0\\u3000'");
        assert_eq!(opt_str_repr(None), "None");
        assert!(is_py_space('\u{1c}') && !is_py_space('x'));
    }
}
