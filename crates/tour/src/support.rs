//! The machinery behind the cells: printing a cell (its code, what it prints, its value, its
//! notes), showing values as IPython displays them, and the notebook's helpers (`x.data`,
//! `print`, `help`, `%timeit`, `%watermark`, the WAV file of `data/test.wav`), and running a
//! promotion cell in both promotion modes ([`both_modes`]).

use numrs::promote::{with_mode, PromotionMode};
use numrs::{Array, ArrayInterface, DType, Flags, Scalar};
use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Instant;

// ------------------------------------------------------------------------------------ the run

thread_local! {
    static VALUES_ONLY: Cell<bool> = const { Cell::new(false) };
    /// True between a cell's code and its first output line (a blank line goes there).
    static NEED_GAP: Cell<bool> = const { Cell::new(false) };
    static PENDING_SEEN: RefCell<BTreeSet<&'static str>> = const { RefCell::new(BTreeSet::new()) };
}

/// `--values-only`: print what NumPy's oracle prints (labels and values), no code, no notes.
pub fn set_values_only(on: bool) {
    VALUES_ONLY.with(|v| v.set(on));
}

/// True in `--values-only` mode.
pub fn values_only() -> bool {
    VALUES_ONLY.with(|v| v.get())
}

/// The notebook's label of a cell key: `"14.1"` (a cell the notebook never ran, after In [14])
/// is `None`, as the notebook shows it.
pub fn label(key: &str) -> &str {
    if key.contains('.') {
        "None"
    } else {
        key
    }
}

/// A markdown heading of the notebook (tour mode only).
pub fn section(title: &str) {
    if !values_only() {
        println!("{title}\n");
    }
}

/// One output line of the current cell.
pub fn emit(line: &str) {
    if NEED_GAP.with(|g| g.replace(false)) {
        println!();
    }
    println!("{line}");
}

/// An output line that legitimately differs from NumPy's (timings, help text, versions): in
/// `--values-only` mode it is prefixed with `~`, which the test skips.
pub fn emit_masked(text: &str) {
    for line in text.lines() {
        if values_only() {
            emit(&format!("~{line}"));
        } else {
            emit(line);
        }
    }
}

/// Starts a cell: prints `In [N]:` and, in tour mode, the cell's code as written in `source`
/// (after checking that it is the code that was compiled: `tokens` is its `stringify!`).
pub fn begin_cell(key: &str, source: &str, tokens: &str) {
    println!("In [{}]:", label(key));
    if values_only() {
        return;
    }
    let code = cell_source(source, key);
    assert_eq!(
        strip_ws(&strip_comments(&code)),
        strip_ws(tokens),
        "the shown code of cell {key} is not the code that ran"
    );
    if !code.is_empty() {
        println!("{code}");
        NEED_GAP.with(|g| g.set(true));
    }
}

/// Ends a cell: its value (if any), its notes (tour mode), a blank line.
pub fn end_cell(value: Option<String>, notes: &[&str]) {
    if let Some(v) = value {
        for line in v.split('\n') {
            emit(line);
        }
    }
    if !values_only() {
        for n in notes {
            emit(&format!("# note: {n}"));
        }
    }
    NEED_GAP.with(|g| g.set(false));
    println!();
}

/// A cell numrs cannot run yet, from the `pending` table.
#[allow(dead_code)] // only called by `pending!`, while some cell is pending
pub fn pending_cell(key: &'static str, table: &[(&str, &str)]) {
    let feature = table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, f)| *f)
        .unwrap_or_else(|| panic!("cell {key} is not in the PENDING table"));
    PENDING_SEEN.with(|s| assert!(s.borrow_mut().insert(key), "pending cell {key} twice"));
    println!("In [{}]: pending \u{2014} needs {feature}\n", label(key));
}

/// Checks that every entry of the pending table was used.
pub fn check_pending_table(table: &[(&str, &str)]) {
    PENDING_SEEN.with(|s| {
        let seen = s.borrow();
        for (k, _) in table {
            assert!(
                seen.contains(k),
                "PENDING lists cell {k}, which the tour never reaches"
            );
        }
    });
}

// ------------------------------------------------------------------- the code a cell shows

/// The text of `cell!("KEY", { ... })` in `source`: the lines between the braces, dedented.
fn cell_source(source: &str, key: &str) -> String {
    let pat = format!("cell!(\"{key}\", {{");
    let start = source
        .find(&pat)
        .unwrap_or_else(|| panic!("cell {key} not found in the source"))
        + pat.len();
    let body = &source[start..start + matching_brace(&source[start..])];
    let lines: Vec<&str> = body.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let lines = &lines[first..=last];
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// What a byte of Rust source is part of.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lex {
    Code,
    Literal,
    Comment,
}

/// A tiny Rust lexer: calls `f(index, kind)` for each byte until `f` returns false. Knows line
/// comments, string literals with escapes and char literals (the cells use no raw strings or
/// block comments).
fn scan(text: &str, mut f: impl FnMut(usize, Lex) -> bool) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let (kind, len) = if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            let n = b[i..]
                .iter()
                .position(|&c| c == b'\n')
                .unwrap_or(b.len() - i);
            (Lex::Comment, n)
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            (Lex::Literal, (j + 1).min(b.len()) - i)
        } else if b[i] == b'\'' && b.get(i + 1) == Some(&b'\\') {
            let n = b[i + 2..]
                .iter()
                .position(|&c| c == b'\'')
                .map_or(b.len() - i, |p| p + 3);
            (Lex::Literal, n)
        } else if b[i] == b'\'' && b.get(i + 2) == Some(&b'\'') {
            (Lex::Literal, 3)
        } else {
            (Lex::Code, 1) // includes the ' of a lifetime
        };
        for k in i..i + len {
            if !f(k, kind) {
                return;
            }
        }
        i += len;
    }
}

/// Offset of the `}` closing a block whose `{` is just before `text`.
fn matching_brace(text: &str) -> usize {
    let b = text.as_bytes();
    let mut depth = 1usize;
    let mut end = None;
    scan(text, |i, kind| {
        if kind == Lex::Code {
            match b[i] {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(i);
                        return false;
                    }
                }
                _ => {}
            }
        }
        true
    });
    end.expect("unbalanced braces in a cell")
}

/// The text without its line comments (what `stringify!` sees).
fn strip_comments(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    scan(text, |i, kind| {
        if kind != Lex::Comment {
            out.push(b[i]);
        }
        true
    });
    String::from_utf8(out).expect("utf-8")
}

fn strip_ws(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

// -------------------------------------------------------------------- showing values

/// How IPython displays a value (the repr of the cell's last expression); `None` shows nothing.
pub trait Show {
    /// The displayed text, or `None` for nothing (Python's `None`).
    fn show(&self) -> Option<String>;
}

impl<T: Show + ?Sized> Show for &T {
    fn show(&self) -> Option<String> {
        (**self).show()
    }
}

impl Show for () {
    fn show(&self) -> Option<String> {
        None
    }
}

/// `repr(array)`.
impl Show for Array {
    fn show(&self) -> Option<String> {
        Some(format!("{self:?}"))
    }
}

/// `repr(scalar)`: `np.int8(6)`.
impl Show for Scalar {
    fn show(&self) -> Option<String> {
        Some(self.repr())
    }
}

impl Show for bool {
    fn show(&self) -> Option<String> {
        Some(if *self { "True" } else { "False" }.into())
    }
}

macro_rules! show_int {
    ($($t:ty),*) => {$(
        impl Show for $t {
            fn show(&self) -> Option<String> { Some(self.to_string()) }
        }
    )*};
}
show_int!(usize, isize, i64, u64, i32);

/// A Python `str` of one character (`dtype.byteorder`).
impl Show for char {
    fn show(&self) -> Option<String> {
        Some(py_str_repr(&self.to_string()))
    }
}

impl Show for str {
    fn show(&self) -> Option<String> {
        Some(py_str_repr(self))
    }
}

/// Bytes (`x.tobytes()`), as a Python bytes literal.
impl Show for Vec<u8> {
    fn show(&self) -> Option<String> {
        Some(py_bytes_repr(self))
    }
}

/// Shapes and strides are Python tuples.
impl Show for [usize] {
    fn show(&self) -> Option<String> {
        Some(numrs::error::shape_str(self))
    }
}

impl Show for [isize] {
    fn show(&self) -> Option<String> {
        Some(numrs::error::shape_str(self))
    }
}

/// A tuple of values (`x.shape, y.shape`).
impl<A: Show, B: Show> Show for (A, B) {
    fn show(&self) -> Option<String> {
        Some(format!("({}, {})", shown(&self.0), shown(&self.1)))
    }
}

impl<A: Show, B: Show, C: Show> Show for (A, B, C) {
    fn show(&self) -> Option<String> {
        Some(format!(
            "({}, {}, {})",
            shown(&self.0),
            shown(&self.1),
            shown(&self.2)
        ))
    }
}

fn shown(v: &impl Show) -> String {
    v.show().unwrap_or_else(|| "None".into())
}

/// `repr(x.flags)`.
impl Show for Flags {
    fn show(&self) -> Option<String> {
        Some(self.to_string())
    }
}

/// `x.__array_interface__`, broken over lines as IPython does for a dict wider than 79.
impl Show for ArrayInterface {
    fn show(&self) -> Option<String> {
        Some(ipython_dict(&self.to_string()))
    }
}

/// `repr(dtype)`: `dtype('int32')`, `dtype([('chunk_id', 'S4'), ...])`.
impl Show for DType {
    fn show(&self) -> Option<String> {
        Some(format!("{self:?}"))
    }
}

/// A class (`np.dtype(int).type`), by the text IPython shows for it (`module.qualname`, as
/// [`DType::type_repr`] gives it): shown unquoted.
pub struct Class(pub String);

impl Show for Class {
    fn show(&self) -> Option<String> {
        Some(self.0.clone())
    }
}

/// The value of a cell whose Python code raises: IPython shows a traceback whose last line is
/// `ValueError: ...`; the tour shows that line. An `Ok` value is shown as it is (so the test
/// catches numrs not raising).
pub struct Raised<T>(pub numrs::Result<T>);

/// Wraps the result of a cell that raises in Python (see [`Raised`]).
pub fn raised<T>(result: numrs::Result<T>) -> Raised<T> {
    Raised(result)
}

impl<T: Show> Show for Raised<T> {
    fn show(&self) -> Option<String> {
        match &self.0 {
            Ok(v) => v.show(),
            Err(e) => Some(format!("{}: {e}", e.python_type())),
        }
    }
}

/// A result: the value, or the error NumPy would raise (`ValueError: ...`) as `Err(...)`.
impl<T: Show> Show for numrs::Result<T> {
    fn show(&self) -> Option<String> {
        match self {
            Ok(v) => Some(format!("Ok({})", shown(v))),
            Err(e) => Some(format!("Err({}: {e})", e.python_type())),
        }
    }
}

// -------------------------------------------------------------- both promotion modes

/// The label of a promotion cell's NumPy 2 value (`oracle/tour_notebook.py` prints the same).
pub const WEAK_LABEL: &str = "# NumPy 2 (weak promotion):";
/// The label of a promotion cell's NumPy 1.x value (`oracle/tour_notebook.py` prints the same).
pub const LEGACY_LABEL: &str = "# NumPy 1.x (legacy value-based promotion):";

/// What a promotion cell displays under each NumPy: NumPy 2 (2.4.6 in the oracle; weak
/// promotion, NEP 50: numrs's default [`PromotionMode::Weak`]) and NumPy 1.x (1.23.5 in the
/// oracle, the generation the notebook ran; value-based promotion: [`PromotionMode::Legacy`]).
/// Shown as two labelled values:
///
/// ```text
/// # NumPy 2 (weak promotion):
/// OverflowError: Python integer 256 out of bounds for int8
/// # NumPy 1.x (legacy value-based promotion):
/// array([257, 258, 259, 260], dtype=int16)
/// ```
pub struct Modes<T> {
    /// The value in [`PromotionMode::Weak`] (NumPy 2).
    pub weak: T,
    /// The value in [`PromotionMode::Legacy`] (NumPy 1.x).
    pub legacy: T,
}

impl<T: Show> Show for Modes<T> {
    fn show(&self) -> Option<String> {
        let mut lines = vec![WEAK_LABEL.to_string()];
        lines.extend(self.weak.show());
        lines.push(LEGACY_LABEL.to_string());
        lines.extend(self.legacy.show());
        Some(lines.join("\n"))
    }
}

/// What the closure of [`both_modes`] may return: a `numrs::Result` (an `Err` is an error of
/// the tour, propagated by `?`), or a [`Raised`] (the cell raises in Python, in one mode or
/// both: the error is the displayed value).
pub trait ModeValue {
    /// What is displayed.
    type Value: Show;
    /// The displayed value, or the tour's error.
    fn into_value(self) -> numrs::Result<Self::Value>;
}

impl<T: Show> ModeValue for numrs::Result<T> {
    type Value = T;
    fn into_value(self) -> numrs::Result<T> {
        self
    }
}

impl<T: Show> ModeValue for Raised<T> {
    type Value = Raised<T>;
    fn into_value(self) -> numrs::Result<Raised<T>> {
        Ok(self)
    }
}

/// Runs a promotion cell's code in each mode, Weak (NumPy 2) then Legacy (NumPy 1.x), with
/// [`numrs::promote::with_mode`]. For code that only reads the notebook's variables; a cell
/// that assigns into an array is [`both_modes_on`].
pub fn both_modes<R: ModeValue>(mut f: impl FnMut() -> R) -> numrs::Result<Modes<R::Value>> {
    let weak = with_mode(PromotionMode::Weak, &mut f).into_value()?;
    let legacy = with_mode(PromotionMode::Legacy, f).into_value()?;
    Ok(Modes { weak, legacy })
}

/// [`both_modes`] for a cell that modifies `state` (`y[:] = y + 1.5`): NumPy 2's run modifies
/// `state` itself, as the notebook does; NumPy 1.x's run (in the oracle, a separate process
/// with its own arrays) modifies a copy of `state` taken before either run.
pub fn both_modes_on<T: Show>(
    state: &Array,
    f: impl Fn(&Array) -> numrs::Result<T>,
) -> numrs::Result<Modes<T>> {
    let own = state.copy(numrs::Order::K)?;
    let weak = with_mode(PromotionMode::Weak, || f(state))?;
    let legacy = with_mode(PromotionMode::Legacy, || f(&own))?;
    Ok(Modes { weak, legacy })
}

/// Python's `repr(bytes)` (numrs's printer has it).
pub fn py_bytes_repr(b: &[u8]) -> String {
    numrs::format::flexible::py_bytes_repr(b)
}

/// Python's `repr(str)` (for the ASCII strings the tour shows).
pub fn py_str_repr(t: &str) -> String {
    let quote = if t.contains('\'') && !t.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::new();
    s.push(quote);
    for c in t.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '\t' => s.push_str("\\t"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            c if c == quote => {
                s.push('\\');
                s.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                s.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => s.push(c),
        }
    }
    s.push(quote);
    s
}

/// IPython's display of a dict's repr: one line if it fits in 79 columns, else one item per
/// line (`{'a': 1,\n 'b': 2}`).
pub fn ipython_dict(repr: &str) -> String {
    if repr.chars().count() <= 79 || !repr.starts_with('{') {
        return repr.to_string();
    }
    // split at the top-level ", " between items
    let mut out = String::new();
    let (mut depth, mut quote) = (0i32, None::<char>);
    let chars: Vec<char> = repr.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match quote {
            Some(q) => {
                if c == '\\' {
                    out.push(c);
                    i += 1;
                    out.push(chars[i]);
                    i += 1;
                    continue;
                }
                if c == q {
                    quote = None;
                }
            }
            None => match c {
                '\'' | '"' => quote = Some(c),
                '{' | '(' | '[' => depth += 1,
                '}' | ')' | ']' => depth -= 1,
                ',' if depth == 1 && chars.get(i + 1) == Some(&' ') => {
                    out.push_str(",\n ");
                    i += 2;
                    continue;
                }
                _ => {}
            },
        }
        out.push(c);
        i += 1;
    }
    out
}

// ------------------------------------------------------------------ the notebook's helpers

/// `x.data`: Python's memoryview of the array's bytes. numrs has no memoryview; [`Memory`]
/// stands for it and prints `<memory at 0x...>` with the address of the first item.
pub trait DataExt {
    /// The stand-in for `x.data`.
    fn data(&self) -> Memory;
}

impl DataExt for Array {
    fn data(&self) -> Memory {
        Memory(self.data_address())
    }
}

/// See [`DataExt`].
pub struct Memory(pub usize);

impl Show for Memory {
    fn show(&self) -> Option<String> {
        Some(format!("<memory at 0x{:x}>", self.0))
    }
}

/// `print(v)`: `str(v)`, as lines of the cell's output (Python's `print` returns `None`).
pub fn print(v: &impl std::fmt::Display) {
    for line in v.to_string().split('\n') {
        emit(line);
    }
}

/// Frames of the WAV file of [`test_wav`].
pub const WAV_FRAMES: i16 = 4;

/// A 16-bit PCM WAV file: 2 channels, 44100 Hz, [`WAV_FRAMES`] frames (left `1000 * i`, right
/// `-1000 * i`). `wav_bytes` in oracle/tour_notebook.py builds the same bytes the same way.
pub fn wav_bytes() -> Vec<u8> {
    let (channels, rate, bits) = (2u16, 44100u32, 16u16);
    let block_align = channels * bits / 8;
    let mut samples = Vec::new();
    for i in 0..WAV_FRAMES {
        samples.extend([1000 * i, -1000 * i]); // left, right
    }
    let data: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
    let mut b = Vec::new();
    b.extend(b"RIFF");
    b.extend((36 + data.len() as u32).to_le_bytes());
    b.extend(b"WAVE");
    b.extend(b"fmt ");
    b.extend(16u32.to_le_bytes()); // the fmt chunk's size
    b.extend(1u16.to_le_bytes()); // audio format: PCM
    b.extend(channels.to_le_bytes());
    b.extend(rate.to_le_bytes());
    b.extend((rate * block_align as u32).to_le_bytes()); // byte rate
    b.extend(block_align.to_le_bytes());
    b.extend(bits.to_le_bytes());
    b.extend(b"data");
    b.extend((data.len() as u32).to_le_bytes());
    b.extend(data);
    b
}

/// Writes [`wav_bytes`] to a file in the temporary directory and returns its path (the
/// notebook's `data/test.wav` is not part of the seed). `test_wav_()` in the oracle.
pub fn test_wav() -> std::io::Result<PathBuf> {
    let path = std::env::temp_dir().join(format!("tour_test_{}.wav", std::process::id()));
    std::fs::write(&path, wav_bytes())?;
    Ok(path)
}

const NUMRS_STRIDE_TRICKS: &str = include_str!("../../numrs/src/stride_tricks.rs");
const NUMRS_CARGO_TOML: &str = include_str!("../../numrs/Cargo.toml");

/// `help(f)`: the Rust doc of a numrs function (its signature and first paragraph), read from
/// the numrs source, laid out as Python's `help` lays out a docstring. Prints, returns nothing.
pub fn help<F>(_f: F) {
    let path = std::any::type_name::<F>(); // e.g. numrs::stride_tricks::as_strided
    let (module, name) = path.rsplit_once("::").unwrap_or(("", path));
    let sources = [("numrs::stride_tricks", NUMRS_STRIDE_TRICKS)];
    let Some((_, src)) = sources.iter().find(|(m, _)| *m == module) else {
        emit_masked(&format!("No Rust documentation found for {path}"));
        return;
    };
    let lines: Vec<&str> = src.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with(&format!("pub fn {name}(")))
        .expect("function in source");
    let mut doc: Vec<&str> = lines[..at]
        .iter()
        .rev()
        .take_while(|l| l.starts_with("///"))
        .map(|l| l.trim_start_matches("///").trim())
        .collect();
    doc.reverse();
    let summary: Vec<&str> = doc.into_iter().take_while(|l| !l.is_empty()).collect();
    let signature = lines[at].trim_end_matches('{').trim();
    let mut text = format!("Help on function {name} in module {module}:\n\n{signature}\n");
    for l in summary {
        text.push_str(&format!("    {l}\n"));
    }
    emit_masked(text.trim_end());
}

/// `%watermark -iv`: the library's version.
pub fn watermark() {
    let version = NUMRS_CARGO_TOML
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or("?");
    emit_masked(&format!("numrs: {version}"));
}

/// Per-loop times of the runs of [`timeit`].
pub struct Timing {
    per_loop: Vec<f64>,
}

impl Timing {
    /// The fastest run's time per loop, in seconds.
    pub fn best(&self) -> f64 {
        self.per_loop.iter().copied().fold(f64::INFINITY, f64::min)
    }
}

const RUNS: usize = 7;
const LOOPS: usize = 1000;

/// `%timeit f()`: 7 runs of 1,000 loops after one warm-up run; prints IPython's line (mean ±
/// population std. dev. of the per-loop times). Timings are printed, never asserted.
pub fn timeit<R>(mut f: impl FnMut() -> R) -> Timing {
    let mut run = || {
        let t = Instant::now();
        for _ in 0..LOOPS {
            std::hint::black_box(f());
        }
        t.elapsed().as_secs_f64() / LOOPS as f64
    };
    run();
    let per_loop: Vec<f64> = (0..RUNS).map(|_| run()).collect();
    let mean = per_loop.iter().sum::<f64>() / RUNS as f64;
    let var = per_loop.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / RUNS as f64;
    emit_masked(&format!(
        "{} \u{b1} {} per loop (mean \u{b1} std. dev. of {RUNS} runs, {} loops each)",
        format_time(mean),
        format_time(var.sqrt()),
        thousands(LOOPS)
    ));
    Timing { per_loop }
}

/// Prints how many times slower the first timing is than the second (best runs).
pub fn ratio(slow: &Timing, fast: &Timing) {
    emit_masked(&format!(
        "ratio of the best runs: {:.2}",
        slow.best() / fast.best()
    ));
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// IPython's `_format_time`: 3 significant digits in s, ms, µs or ns.
pub fn format_time(t: f64) -> String {
    let units = ["s", "ms", "\u{b5}s", "ns"];
    let scaling = [1.0, 1e3, 1e6, 1e9];
    let order = if t > 0.0 {
        // Python: min(-int(math.floor(math.log10(t)) // 3), 3), with floor division
        let e = t.log10().floor() as i64;
        (-(e.div_euclid(3))).clamp(i64::MIN, 3)
    } else {
        3
    };
    let order = order.max(0) as usize;
    format!("{} {}", fmt_g(t * scaling[order], 3), units[order])
}

/// C's `%.*g`.
pub fn fmt_g(v: f64, precision: usize) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let p = precision.max(1);
    let sci = format!("{:.*e}", p - 1, v);
    let (mantissa, exp) = sci.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent");
    let strip = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if exp < -4 || exp >= p as i32 {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", strip(mantissa), exp.abs())
    } else {
        strip(&format!("{:.*}", (p as i32 - 1 - exp) as usize, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_reprs() {
        assert_eq!(
            py_bytes_repr(b"\x01\x02\x07\x08\t\n\r\\'A~\x7f\x80"),
            "b\"\\x01\\x02\\x07\\x08\\t\\n\\r\\\\'A~\\x7f\\x80\""
        );
        assert_eq!(py_bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(py_str_repr("="), "'='");
    }

    #[test]
    fn wav_file_is_the_oracles() {
        // wav_bytes().hex() in oracle/tour_notebook.py (Python's wave module reads it as 2
        // channels, 2-byte samples, 44100 Hz, 4 frames)
        let hex: String = wav_bytes().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "524946463400000057415645666d7420100000000100020044ac000010b102000400100064617461\
             1000000000000000e80318fcd00730f8b80b48f4"
        );
    }

    #[test]
    fn ipython_times() {
        assert_eq!(format_time(6.06e-6), "6.06 \u{b5}s");
        assert_eq!(format_time(3.09e-7), "309 ns");
        assert_eq!(format_time(2.35e-5), "23.5 \u{b5}s");
        assert_eq!(format_time(1.5), "1.5 s");
        assert_eq!(format_time(0.0), "0 ns");
        assert_eq!(fmt_g(999.96, 3), "1e+03");
        assert_eq!(thousands(1000), "1,000");
    }

    #[test]
    fn ipython_dict_breaks_wide_dicts() {
        assert_eq!(ipython_dict("{'a': 1}"), "{'a': 1}");
        let wide = format!(
            "{{'data': ({}, False), 'descr': [('', '<i4')], 'x': 'a, b'}}",
            "9".repeat(40)
        );
        assert_eq!(
            ipython_dict(&wide),
            format!(
                "{{'data': ({}, False),\n 'descr': [('', '<i4')],\n 'x': 'a, b'}}",
                "9".repeat(40)
            )
        );
    }

    #[test]
    fn cell_source_extraction() {
        let src = "x\n    cell!(\"7\", {\n        let s = \"}\"; // a } in a comment\n        s\n    });\n";
        assert_eq!(
            cell_source(src, "7"),
            "let s = \"}\"; // a } in a comment\ns"
        );
        assert_eq!(
            strip_ws(&strip_comments(&cell_source(src, "7"))),
            "lets=\"}\";s"
        );
    }
}
