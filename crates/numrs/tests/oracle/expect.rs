//! Reader for the generated expectation files (`tests/expected/*.txt`, written by
//! `oracle/generate.py`) and for `known_failures.txt`.

use std::path::Path;

#[derive(Clone, Debug)]
pub struct Case {
    pub name: String,
    pub file: String,
    /// `numpy`, `novalues` or `numrs-error`.
    pub mode: String,
    pub reason: String,
    pub code: Vec<String>,
    /// Recorded fields in file order (`kind`, `repr`, `shape`, `shares`, ...).
    pub fields: Vec<(String, String)>,
}

impl Case {
    pub fn source(&self) -> String {
        self.code.join("\n")
    }

    pub fn field(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Undoes the generator's escaping (`\\` -> `\`, `\n` -> newline, `\r` -> carriage return).
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

pub fn parse_expected(text: &str, file: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    let mut cur: Option<Case> = None;
    for (no, line) in text.lines().enumerate() {
        let at = || format!("{file}:{}", no + 1);
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let (key, value) = line.split_once(' ').unwrap_or((line, ""));
        match (key, cur.as_mut()) {
            ("case", None) => {
                cur = Some(Case {
                    name: value.to_string(),
                    file: file.to_string(),
                    mode: String::new(),
                    reason: String::new(),
                    code: Vec::new(),
                    fields: Vec::new(),
                })
            }
            ("case", Some(_)) => return Err(format!("{}: case inside a case", at())),
            ("end", Some(_)) => cases.extend(cur.take()),
            (_, None) => return Err(format!("{}: {key:?} outside a case", at())),
            ("mode", Some(c)) => c.mode = value.to_string(),
            ("reason", Some(c)) => c.reason = unescape(value),
            ("code", Some(c)) => c.code.push(value.to_string()),
            (_, Some(c)) => c.fields.push((key.to_string(), unescape(value))),
        }
    }
    if let Some(c) = cur {
        return Err(format!("{file}: case {} has no end", c.name));
    }
    Ok(cases)
}

pub fn load_dir(dir: &Path) -> Result<Vec<Case>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| p.file_name().is_some_and(|n| n != "known_failures.txt"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        all.extend(parse_expected(&text, &name)?);
    }
    Ok(all)
}

/// `known_failures.txt`: one `case_name  reason...` per line; `#` comments. Every entry must
/// carry a reason.
pub fn load_known_failures(path: &Path) -> Result<Vec<(String, String)>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let mut out = Vec::new();
    for (no, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(format!(
                "known_failures.txt:{}: entry {name} has no reason",
                no + 1
            ));
        }
        out.push((name.to_string(), reason.to_string()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cases() {
        let text =
            "# header\ncase a\nmode numpy\ncode x = 1\ncode x\nkind value\nrepr 1\\n2\\\\\nend\n";
        let cases = parse_expected(text, "t.txt").unwrap();
        assert_eq!(cases.len(), 1);
        assert_eq!(cases[0].source(), "x = 1\nx");
        assert_eq!(cases[0].field("repr"), Some("1\n2\\"));
        assert!(parse_expected("case a\nmode numpy\n", "t.txt").is_err());
    }
}
