//! A small reader for the Python literals `gen.py` writes as dtype specs: strings, integers,
//! `None`/`True`/`False`, names (`bytes`, `np.int16`), tuples, lists, dicts and calls
//! (`dtype('i4')`, `dtype([...], align=True)`).

/// A Python value.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Py {
    Str(String),
    Int(i128),
    None,
    Bool(bool),
    Name(String),
    Tuple(Vec<Py>),
    List(Vec<Py>),
    Dict(Vec<(Py, Py)>),
    Call(String, Vec<Py>, Vec<(String, Py)>),
}

struct Reader<'a> {
    chars: Vec<char>,
    pos: usize,
    text: &'a str,
}

impl Reader<'_> {
    fn err<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("{what} at {} in {:?}", self.pos, self.text))
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(|c| c == ' ') {
            self.pos += 1;
        }
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_ws();
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            self.err(&format!("expected {c:?}"))
        }
    }

    fn hex(&mut self, n: usize) -> Result<char, String> {
        let s: String = self
            .chars
            .get(self.pos..self.pos + n)
            .unwrap_or(&[])
            .iter()
            .collect();
        self.pos += n;
        u32::from_str_radix(&s, 16)
            .ok()
            .and_then(char::from_u32)
            .map_or_else(|| self.err("bad escape"), Ok)
    }

    fn string(&mut self, quote: char) -> Result<Py, String> {
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return self.err("unterminated string");
            };
            self.pos += 1;
            match c {
                c if c == quote => return Ok(Py::Str(out)),
                '\\' => {
                    let Some(e) = self.peek() else {
                        return self.err("bad escape");
                    };
                    self.pos += 1;
                    out.push(match e {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        '0' => '\0',
                        'x' => self.hex(2)?,
                        'u' => self.hex(4)?,
                        'U' => self.hex(8)?,
                        other => other,
                    });
                }
                c => out.push(c),
            }
        }
    }

    /// Comma-separated values up to `close`; returns them and whether a comma followed the
    /// last one.
    fn seq(&mut self, close: char) -> Result<(Vec<Py>, bool), String> {
        let mut items = Vec::new();
        let mut trailing = false;
        while !self.eat(close) {
            items.push(self.value()?);
            trailing = self.eat(',');
            if !trailing {
                self.expect(close)?;
                break;
            }
        }
        Ok((items, trailing))
    }

    fn value(&mut self) -> Result<Py, String> {
        self.skip_ws();
        let Some(c) = self.peek() else {
            return self.err("unexpected end");
        };
        match c {
            '\'' | '"' => {
                self.pos += 1;
                self.string(c)
            }
            '(' => {
                self.pos += 1;
                let (items, trailing) = self.seq(')')?;
                Ok(match (items.len(), trailing) {
                    (1, false) => items.into_iter().next().unwrap_or(Py::None),
                    _ => Py::Tuple(items),
                })
            }
            '[' => {
                self.pos += 1;
                Ok(Py::List(self.seq(']')?.0))
            }
            '{' => {
                self.pos += 1;
                let mut items = Vec::new();
                while !self.eat('}') {
                    let k = self.value()?;
                    self.expect(':')?;
                    items.push((k, self.value()?));
                    if !self.eat(',') {
                        self.expect('}')?;
                        break;
                    }
                }
                Ok(Py::Dict(items))
            }
            '-' | '0'..='9' => {
                let start = self.pos;
                self.pos += 1;
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.pos += 1;
                }
                let s: String = self.chars[start..self.pos].iter().collect();
                s.parse().map(Py::Int).or_else(|_| self.err("bad int"))
            }
            c if c.is_alphabetic() || c == '_' => self.name(),
            _ => self.err("unexpected character"),
        }
    }

    fn name(&mut self) -> Result<Py, String> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
        {
            self.pos += 1;
        }
        let name: String = self.chars[start..self.pos].iter().collect();
        if self.peek() != Some('(') {
            return Ok(match name.as_str() {
                "None" => Py::None,
                "True" => Py::Bool(true),
                "False" => Py::Bool(false),
                _ => Py::Name(name),
            });
        }
        self.pos += 1;
        let mut args = Vec::new();
        let mut kwargs = Vec::new();
        while !self.eat(')') {
            self.skip_ws();
            let save = self.pos;
            let mut keyword = None;
            if let Ok(Py::Name(k)) = self.name() {
                if self.eat('=') {
                    keyword = Some(k);
                } else {
                    self.pos = save;
                }
            } else {
                self.pos = save;
            }
            let v = self.value()?;
            match keyword {
                Some(k) => kwargs.push((k, v)),
                None => args.push(v),
            }
            if !self.eat(',') {
                self.expect(')')?;
                break;
            }
        }
        Ok(Py::Call(name, args, kwargs))
    }
}

/// Reads one Python literal (the whole text).
pub(super) fn parse(text: &str) -> Result<Py, String> {
    let mut r = Reader {
        chars: text.chars().collect(),
        pos: 0,
        text,
    };
    let v = r.value()?;
    r.skip_ws();
    if r.pos != r.chars.len() {
        return r.err("trailing text");
    }
    Ok(v)
}

#[test]
fn reads_literals() {
    assert_eq!(parse("'a\\tb'"), Ok(Py::Str("a\tb".into())));
    assert_eq!(
        parse("(bytes, (2,))"),
        Ok(Py::Tuple(vec![
            Py::Name("bytes".into()),
            Py::Tuple(vec![Py::Int(2)])
        ]))
    );
    assert_eq!(
        parse("dtype('i4', align=True)"),
        Ok(Py::Call(
            "dtype".into(),
            vec![Py::Str("i4".into())],
            vec![("align".into(), Py::Bool(true))]
        ))
    );
    assert_eq!(
        parse("{'a': None, \"b\": -3}"),
        Ok(Py::Dict(vec![
            (Py::Str("a".into()), Py::None),
            (Py::Str("b".into()), Py::Int(-3))
        ]))
    );
    assert!(parse("(1, 2").is_err());
}
