//! Recursive-descent parser for the Python subset of the oracle cases:
//! statements are assignments (`a = ...`, `a, b = ...`, `x[...] = ...`, `x.attr = ...`,
//! `a += ...`) and expressions; expressions are literals, names, tuples, lists, attribute
//! access, calls with keyword arguments, subscripts with slices / `...` / `None`, dict
//! displays `{k: v}`, unary `-`/`+`,
//! binary `+ - * / // **` and the comparisons `is`, `is not`, `==`, `!=`.

use super::lexer::{tokenize, Tok};

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Name(String),
    Int(i128),
    Float(f64),
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    None,
    Bool(bool),
    Ellipsis,
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    /// `{key: value, ...}`
    Dict(Vec<(Expr, Expr)>),
    /// Only inside subscripts: `start:stop:step`.
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Attr(Box<Expr>, String),
    Call(Box<Expr>, Vec<Expr>, Vec<(String, Expr)>),
    Subscript(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    Pos(Box<Expr>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Cmp(CmpOp, Box<Expr>, Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Pow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Is,
    IsNot,
    Eq,
    Ne,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// `t1 = t2 = value`: targets are expressions of the forms Name, Subscript, Attr, Tuple.
    Assign(Vec<Expr>, Expr),
    /// `target op= value`
    AugAssign(Expr, BinOp, Expr),
    Expr(Expr),
}

pub fn parse_program(src: &str) -> Result<Vec<Stmt>, String> {
    let toks = tokenize(src)?;
    let mut p = Parser { toks, pos: 0 };
    let mut out = Vec::new();
    while p.peek() != &Tok::Eof {
        if p.peek() == &Tok::Newline {
            p.pos += 1;
            continue;
        }
        out.push(p.statement()?);
    }
    Ok(out)
}

/// Positional and keyword arguments of a call.
type CallArgs = (Vec<Expr>, Vec<(String, Expr)>);

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

fn check_target(e: &Expr) -> Result<(), String> {
    match e {
        Expr::Name(_) | Expr::Subscript(..) | Expr::Attr(..) => Ok(()),
        Expr::Tuple(items) | Expr::List(items) => items.iter().try_for_each(check_target),
        other => Err(format!("cannot assign to {other:?}")),
    }
}

impl Parser {
    fn peek(&self) -> &Tok {
        self.toks.get(self.pos).unwrap_or(&Tok::Eof)
    }

    fn next(&mut self) -> Tok {
        let t = self.peek().clone();
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    fn is_name(&self, name: &str) -> bool {
        matches!(self.peek(), Tok::Name(n) if n == name)
    }

    fn eat(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, op: &str) -> Result<(), String> {
        if self.eat(op) {
            Ok(())
        } else {
            Err(format!("expected '{op}', found {}", self.peek()))
        }
    }

    fn statement(&mut self) -> Result<Stmt, String> {
        let first = self.expr_list()?;
        let stmt = if self.is_op("=") {
            let mut targets = vec![first];
            let mut value;
            loop {
                self.expect("=")?;
                value = self.expr_list()?;
                if !self.is_op("=") {
                    break;
                }
                targets.push(value);
            }
            targets.iter().try_for_each(check_target)?;
            Stmt::Assign(targets, value)
        } else if self.is_op("+=") || self.is_op("-=") || self.is_op("*=") {
            let op = match self.next() {
                Tok::Op("+=") => BinOp::Add,
                Tok::Op("-=") => BinOp::Sub,
                _ => BinOp::Mul,
            };
            check_target(&first)?;
            Stmt::AugAssign(first, op, self.expr_list()?)
        } else {
            Stmt::Expr(first)
        };
        match self.next() {
            Tok::Newline | Tok::Eof => Ok(stmt),
            t => Err(format!("expected end of statement, found {t}")),
        }
    }

    /// `a` or `a, b, ...` (a tuple without parentheses).
    fn expr_list(&mut self) -> Result<Expr, String> {
        let first = self.expr()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(",") {
            if self.at_expr_end() {
                break;
            }
            items.push(self.expr()?);
        }
        Ok(Expr::Tuple(items))
    }

    fn at_expr_end(&self) -> bool {
        matches!(self.peek(), Tok::Newline | Tok::Eof)
            || self.is_op("=")
            || self.is_op(")")
            || self.is_op("]")
            || self.is_op("}")
    }

    fn expr(&mut self) -> Result<Expr, String> {
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, String> {
        let left = self.additive()?;
        let op = if self.is_name("is") {
            self.pos += 1;
            if self.is_name("not") {
                self.pos += 1;
                CmpOp::IsNot
            } else {
                CmpOp::Is
            }
        } else if self.eat("==") {
            CmpOp::Eq
        } else if self.eat("!=") {
            CmpOp::Ne
        } else {
            return Ok(left);
        };
        let right = self.additive()?;
        Ok(Expr::Cmp(op, Box::new(left), Box::new(right)))
    }

    fn additive(&mut self) -> Result<Expr, String> {
        let mut left = self.term()?;
        loop {
            let op = if self.eat("+") {
                BinOp::Add
            } else if self.eat("-") {
                BinOp::Sub
            } else {
                return Ok(left);
            };
            let right = self.term()?;
            left = Expr::Bin(op, Box::new(left), Box::new(right));
        }
    }

    fn term(&mut self) -> Result<Expr, String> {
        let mut left = self.unary()?;
        loop {
            let op = if self.eat("*") {
                BinOp::Mul
            } else if self.eat("//") {
                BinOp::FloorDiv
            } else if self.eat("/") {
                BinOp::Div
            } else {
                return Ok(left);
            };
            let right = self.unary()?;
            left = Expr::Bin(op, Box::new(left), Box::new(right));
        }
    }

    fn unary(&mut self) -> Result<Expr, String> {
        if self.eat("-") {
            return Ok(Expr::Neg(Box::new(self.unary()?)));
        }
        if self.eat("+") {
            return Ok(Expr::Pos(Box::new(self.unary()?)));
        }
        self.power()
    }

    fn power(&mut self) -> Result<Expr, String> {
        let base = self.postfix()?;
        if self.eat("**") {
            let exp = self.unary()?;
            return Ok(Expr::Bin(BinOp::Pow, Box::new(base), Box::new(exp)));
        }
        Ok(base)
    }

    fn postfix(&mut self) -> Result<Expr, String> {
        let mut e = self.atom()?;
        loop {
            if self.eat(".") {
                match self.next() {
                    Tok::Name(n) => e = Expr::Attr(Box::new(e), n),
                    t => return Err(format!("expected attribute name, found {t}")),
                }
            } else if self.eat("(") {
                let (args, kwargs) = self.call_args()?;
                e = Expr::Call(Box::new(e), args, kwargs);
            } else if self.eat("[") {
                let idx = self.subscript_list()?;
                e = Expr::Subscript(Box::new(e), Box::new(idx));
            } else {
                return Ok(e);
            }
        }
    }

    fn call_args(&mut self) -> Result<CallArgs, String> {
        let mut args = Vec::new();
        let mut kwargs: Vec<(String, Expr)> = Vec::new();
        while !self.eat(")") {
            let is_kw = matches!(self.peek(), Tok::Name(_))
                && matches!(self.toks.get(self.pos + 1), Some(Tok::Op("=")));
            if is_kw {
                let Tok::Name(name) = self.next() else {
                    return Err("expected a keyword name".into());
                };
                self.expect("=")?;
                if kwargs.iter().any(|(k, _)| *k == name) {
                    return Err(format!("keyword argument repeated: {name}"));
                }
                kwargs.push((name, self.expr()?));
            } else {
                if !kwargs.is_empty() {
                    return Err("positional argument follows keyword argument".into());
                }
                args.push(self.expr()?);
            }
            if !self.eat(",") {
                self.expect(")")?;
                break;
            }
        }
        Ok((args, kwargs))
    }

    /// The inside of `[...]` after the `[`: one item, or a tuple of items (slices allowed).
    fn subscript_list(&mut self) -> Result<Expr, String> {
        let mut items = Vec::new();
        let mut trailing_comma = false;
        while !self.eat("]") {
            items.push(self.subscript_item()?);
            trailing_comma = self.eat(",");
            if !trailing_comma {
                self.expect("]")?;
                break;
            }
        }
        if items.len() == 1 && !trailing_comma {
            Ok(items.pop().unwrap_or(Expr::None))
        } else {
            Ok(Expr::Tuple(items))
        }
    }

    fn subscript_item(&mut self) -> Result<Expr, String> {
        let start = if self.is_op(":") {
            None
        } else {
            Some(Box::new(self.expr()?))
        };
        if !self.eat(":") {
            return start
                .map(|b| *b)
                .ok_or_else(|| "empty subscript".to_string());
        }
        let slice_end = |p: &Parser| p.is_op(":") || p.is_op(",") || p.is_op("]");
        let stop = if slice_end(self) {
            None
        } else {
            Some(Box::new(self.expr()?))
        };
        let mut step = None;
        if self.eat(":") && !(self.is_op(",") || self.is_op("]")) {
            step = Some(Box::new(self.expr()?));
        }
        Ok(Expr::Slice(start, stop, step))
    }

    fn atom(&mut self) -> Result<Expr, String> {
        match self.next() {
            Tok::Int(v) => Ok(Expr::Int(v)),
            Tok::Float(v) => Ok(Expr::Float(v)),
            Tok::Imag(v) => Ok(Expr::Imag(v)),
            Tok::Str(mut s) => {
                while let Tok::Str(more) = self.peek().clone() {
                    s.push_str(&more);
                    self.pos += 1;
                }
                Ok(Expr::Str(s))
            }
            Tok::Bytes(mut b) => {
                while let Tok::Bytes(more) = self.peek().clone() {
                    b.extend(more);
                    self.pos += 1;
                }
                Ok(Expr::Bytes(b))
            }
            Tok::Op("...") => Ok(Expr::Ellipsis),
            Tok::Name(n) => Ok(match n.as_str() {
                "None" => Expr::None,
                "True" => Expr::Bool(true),
                "False" => Expr::Bool(false),
                "Ellipsis" => Expr::Ellipsis,
                _ => Expr::Name(n),
            }),
            Tok::Op("(") => {
                if self.eat(")") {
                    return Ok(Expr::Tuple(vec![]));
                }
                let first = self.expr()?;
                if self.eat(")") {
                    return Ok(first);
                }
                let mut items = vec![first];
                while self.eat(",") {
                    if self.is_op(")") {
                        break;
                    }
                    items.push(self.expr()?);
                }
                self.expect(")")?;
                Ok(Expr::Tuple(items))
            }
            Tok::Op("[") => {
                let mut items = Vec::new();
                while !self.eat("]") {
                    items.push(self.expr()?);
                    if !self.eat(",") {
                        self.expect("]")?;
                        break;
                    }
                }
                Ok(Expr::List(items))
            }
            Tok::Op("{") => {
                let mut items = Vec::new();
                while !self.eat("}") {
                    let k = self.expr()?;
                    self.expect(":")?;
                    let v = self.expr()?;
                    items.push((k, v));
                    if !self.eat(",") {
                        self.expect("}")?;
                        break;
                    }
                }
                Ok(Expr::Dict(items))
            }
            t => Err(format!("unexpected {t}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cases() {
        let p = parse_program(
            "x = np.zeros((10, 10, 4), dtype=np.int8)\nx[:, :, 0] = 1\nx[::-1, None, ...]",
        )
        .unwrap();
        assert_eq!(p.len(), 3);
        assert!(
            matches!(&p[1], Stmt::Assign(t, Expr::Int(1)) if matches!(t[0], Expr::Subscript(..)))
        );
        let p =
            parse_program("a, b = f(1,)\n(1,)\n()\nx.shape, y.shape\ny.base is not None").unwrap();
        assert!(matches!(&p[0], Stmt::Assign(t, _) if matches!(t[0], Expr::Tuple(_))));
        assert_eq!(p[1], Stmt::Expr(Expr::Tuple(vec![Expr::Int(1)])));
        assert!(matches!(&p[4], Stmt::Expr(Expr::Cmp(CmpOp::IsNot, ..))));
        assert!(parse_program("x = = 1").is_err());
        assert!(parse_program("f(a=1, 2)").is_err());
        assert!(parse_program("1 = x").is_err());
    }

    #[test]
    fn subscripts() {
        let p = parse_program("x[1:2:3, :, ::-1, 4:, :5]").unwrap();
        let Stmt::Expr(Expr::Subscript(_, idx)) = &p[0] else {
            panic!("not a subscript")
        };
        let Expr::Tuple(items) = idx.as_ref() else {
            panic!("not a tuple")
        };
        assert_eq!(items.len(), 5);
        assert!(matches!(&items[1], Expr::Slice(None, None, None)));
        let p = parse_program("x[1,]").unwrap();
        assert!(
            matches!(&p[0], Stmt::Expr(Expr::Subscript(_, i)) if matches!(i.as_ref(), Expr::Tuple(v) if v.len() == 1))
        );
    }
}
