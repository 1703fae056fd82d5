//! The tour's values are NumPy's: `tour --values-only` must print, line for line, what
//! `oracle/tour_notebook.py` printed under NumPy 2.4.6 (and, for the type-promotion cells'
//! `# NumPy 1.x (legacy value-based promotion):` values, NumPy 1.23.5) into
//! `expected_output.txt`, after masking memory addresses (`0x...` and decimal numbers of 9 or
//! more digits) and dropping the lines both sides mark with a leading `~` (timings, help text,
//! versions).
//!
//! Regenerate the expected output with
//!
//! ```text
//! py1=$(NUMRS_ORACLE_NUMPY=1.23.5 NUMRS_ORACLE_VENV=oracle/.venv-np1 oracle/setup_venv.sh | tail -n1)
//! $(oracle/setup_venv.sh | tail -n1) oracle/tour_notebook.py --np1-python "$py1"
//! ```

use std::process::Command;

const EXPECTED: &str = include_str!("../expected_output.txt");

fn run_tour(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tour"))
        .args(args)
        .output()
        .expect("run the tour binary");
    assert!(
        out.status.success(),
        "tour {args:?} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Replaces `0x<hex>` and runs of 9+ decimal digits (data pointers) by placeholders.
fn mask(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < b.len() {
        let boundary = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        if boundary && b[i] == b'0' && b.get(i + 1) == Some(&b'x') {
            let n = b[i + 2..]
                .iter()
                .take_while(|c| c.is_ascii_hexdigit())
                .count();
            if n > 0 {
                out.push_str("0x<addr>");
                i += 2 + n;
                continue;
            }
        }
        if boundary && b[i].is_ascii_digit() {
            let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if n >= 9 && !b.get(i + n).is_some_and(|c| c.is_ascii_alphanumeric()) {
                out.push_str("<addr>");
            } else {
                out.push_str(&line[i..i + n]);
            }
            i += n;
            continue;
        }
        let c = line[i..].chars().next().expect("char");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Masked lines, without the `~` lines; each with its 1-based line number in the original.
fn normalized(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('~'))
        .map(|(i, l)| (i + 1, mask(l)))
        .collect()
}

#[test]
fn masking() {
    assert_eq!(mask("<memory at 0x7f293d7adb40>"), "<memory at 0x<addr>>");
    assert_eq!(
        mask("{'data': (94603965007296, False),"),
        "{'data': (<addr>, False),"
    );
    assert_eq!(
        mask("(np.int64(7800), 12345678)"),
        "(np.int64(7800), 12345678)"
    );
    assert_eq!(mask("µs ± 3"), "µs ± 3");
}

#[test]
fn values_match_numpy() {
    let got = run_tour(&["--values-only"]);
    let (g, e) = (normalized(&got), normalized(EXPECTED));
    let mut report = Vec::new();
    for k in 0..g.len().max(e.len()) {
        match (g.get(k), e.get(k)) {
            (Some((gl, gs)), Some((el, es))) if gs != es => {
                report.push(format!("numrs line {gl}: {gs:?}\nnumpy line {el}: {es:?}"))
            }
            (Some((gl, gs)), None) => report.push(format!("numrs line {gl} extra: {gs:?}")),
            (None, Some((el, es))) => report.push(format!("numpy line {el} missing: {es:?}")),
            _ => {}
        }
        if report.len() >= 20 {
            break;
        }
    }
    assert!(
        report.is_empty(),
        "tour --values-only differs from NumPy 2.4.6 / 1.23.5 (expected_output.txt):\n{}",
        report.join("\n")
    );
    // The masked lines are there on both sides (timings of In [88]-[89], help, watermark).
    let tilde = |t: &str| t.lines().filter(|l| l.starts_with('~')).count() > 0;
    assert!(tilde(&got) && tilde(EXPECTED));
}

#[test]
fn tour_shows_code_notes_and_errors() {
    let tour = run_tour(&[]);
    // code, value and note of a cell
    assert!(tour.contains(
        "In [41]:\nlet byte_offset = 3 * 1 + 1 * 2; // to find x[1, 2]\n\
         x.flat_get(byte_offset)? // x.flat[byte_offset]\n\nnp.int8(6)\n# note: "
    ));
    // a cell that raises in Python shows the exception's last line, as IPython does
    assert!(tour.contains(
        "raised(y.view(&DType::INT16)) // y.view(np.int16)\n\n\
         ValueError: To change to a dtype of a different size, the last axis must be contiguous\n"
    ));
    // what a cell prints comes after its code
    assert!(tour.contains(
        "print(&wav_header)\n\n[(b'RIFF', 52, b'WAVE', b'fmt ', 16, 1, 2, 44100, 176400, 4, 16, "
    ));
    // a promotion cell shows both modes: NumPy 2 raises where NumPy 1.x promoted by value
    assert!(tour.contains(
        "both_modes(|| raised(np::add(&y, Scalar::Int(256))))? // y + 256\n\n\
         # NumPy 2 (weak promotion):\n\
         OverflowError: Python integer 256 out of bounds for int8\n\
         # NumPy 1.x (legacy value-based promotion):\n\
         array([257, 258, 259, 260], dtype=int16)\n# note: "
    ));
    // no cell is pending
    assert!(!tour.contains("pending \u{2014} needs"), "{tour}");
    // the challenge is checked
    assert!(tour.contains("(np.int64(7800), np.int64(7800), True)"));
    // where NumPy crashes, numrs returns errors
    let crashes = tour
        .split("#### Where NumPy crashes, numrs returns an error")
        .nth(1)
        .expect("the crash section");
    let errors = crashes.lines().filter(|l| l.starts_with("Err(")).count();
    assert_eq!(errors, 5, "{crashes}");
    assert!(crashes.contains("Err(ValueError: view out of bounds: shape (5,)"));
}
