//! Element formatters and `array2string`, following NumPy's
//! `numpy/_core/arrayprint.py`.
//!
//! A formatter is built once from all the elements that will be printed (so
//! that columns line up), then applied to each element.  For summarized
//! arrays only the printed corners are used, exactly like NumPy.

use super::flexible::{self, StructuredFormat, SubArrayFormat};
use super::float::{
    format_float_positional, format_float_scientific, narrow, FloatFormatOptions, Trim,
};
use super::{wrap, ElemKind, FloatWidth, FmtScalar, IntValue, PrintOptions};

/// Formatter for real floating point elements (NumPy's `FloatingFormat` in the
/// default `floatmode='maxprec'`).
#[derive(Clone, Debug, PartialEq)]
pub struct FloatingFormat {
    width: FloatWidth,
    sign: bool,
    exp_format: bool,
    precision: Option<usize>,
    min_digits: Option<usize>,
    trim: Trim,
    pad_left: usize,
    pad_right: usize,
    exp_size: Option<usize>,
}

/// `a / b` computed in the arithmetic of `width` (as NumPy scalar math would).
fn div_in_width(a: f64, b: f64, width: FloatWidth) -> f64 {
    match width {
        FloatWidth::F64 => a / b,
        FloatWidth::F32 => f64::from(a as f32 / b as f32),
        FloatWidth::F16 => half::f16::from_f32(a as f32 / b as f32).to_f64(),
    }
}

/// Largest decimal digit count for a float width (`np.finfo(t).precision`).
fn finfo_precision(width: FloatWidth) -> i32 {
    match width {
        FloatWidth::F16 => 3,
        FloatWidth::F32 => 6,
        FloatWidth::F64 => 15,
    }
}

/// Split a formatted number at its decimal point.
fn split_point(s: &str) -> (&str, &str) {
    s.split_once('.').unwrap_or((s, ""))
}

impl FloatingFormat {
    /// Build a formatter for `data` (values of width `width`).
    ///
    /// `sign` forces a `+` on non-negative values (used for imaginary parts).
    ///
    /// ```
    /// use numrs::format::arrayprint::FloatingFormat;
    /// use numrs::format::{FloatWidth, PrintOptions};
    ///
    /// let f = FloatingFormat::new(&[1.0, 0.25, -3.0], FloatWidth::F64, false, &PrintOptions::default());
    /// assert_eq!(f.format(1.0), " 1.  ");
    /// assert_eq!(f.format(0.25), " 0.25");
    /// ```
    #[must_use]
    pub fn new(data: &[f64], width: FloatWidth, sign: bool, opts: &PrintOptions) -> Self {
        let data: Vec<f64> = data.iter().map(|&v| narrow(v, width)).collect();
        let finite: Vec<f64> = data.iter().copied().filter(|v| v.is_finite()).collect();
        let mut ff = FloatingFormat {
            width,
            sign,
            exp_format: false,
            precision: Some(opts.precision),
            min_digits: None,
            trim: Trim::Point,
            pad_left: 0,
            pad_right: 0,
            exp_size: None,
        };

        let abs_non_zero = finite.iter().filter(|v| **v != 0.0).map(|v| v.abs());
        let (mut max_val, mut min_val, mut any) = (f64::NEG_INFINITY, f64::INFINITY, false);
        for v in abs_non_zero {
            any = true;
            max_val = max_val.max(v);
            min_val = min_val.min(v);
        }
        if any {
            let cutoff_max = if opts.legacy_1x {
                1e8
            } else {
                10f64.powi(finfo_precision(width).min(8))
            };
            // Python float literals are cast to the array's type (NEP 50).
            let small = narrow(0.0001, width);
            if max_val >= cutoff_max
                || (!opts.suppress
                    && (min_val < small || div_in_width(max_val, min_val, width) > 1000.0))
            {
                ff.exp_format = true;
            }
        }

        if finite.is_empty() {
            ff.pad_left = 0;
            ff.pad_right = 0;
            ff.trim = Trim::Point;
            ff.exp_size = None;
            ff.min_digits = None;
        } else if ff.exp_format {
            let o = FloatFormatOptions {
                precision: ff.precision,
                sign,
                trim: Trim::Point,
                ..FloatFormatOptions::default()
            };
            let (mut pad_left, mut prec, mut exp_size) = (0, 0, 0);
            for &v in &finite {
                let s = format_float_scientific(v, width, &o);
                let (mant, exp) = s.split_once('e').unwrap_or((&s, ""));
                let (int_part, frac_part) = split_point(mant);
                pad_left = pad_left.max(int_part.len());
                prec = prec.max(frac_part.len());
                exp_size = exp_size.max(exp.len().saturating_sub(1));
            }
            ff.exp_size = Some(exp_size);
            ff.trim = Trim::Keep;
            ff.precision = Some(prec);
            ff.min_digits = Some(prec);
            ff.pad_left = pad_left;
            ff.pad_right = exp_size + 2 + prec;
        } else {
            let o = FloatFormatOptions {
                precision: ff.precision,
                sign,
                trim: Trim::Point,
                ..FloatFormatOptions::default()
            };
            let (mut pad_left, mut pad_right) = (0, 0);
            for &v in &finite {
                let s = format_float_positional(v, width, &o);
                let (int_part, frac_part) = split_point(&s);
                pad_left = pad_left.max(int_part.len());
                pad_right = pad_right.max(frac_part.len());
            }
            ff.pad_left = pad_left;
            ff.pad_right = pad_right;
            ff.exp_size = None;
            ff.trim = Trim::Point;
            ff.min_digits = Some(0);
        }

        if data.len() != finite.len() {
            let neginf = sign || data.iter().any(|v| v.is_infinite() && *v < 0.0);
            let offset = ff.pad_right as isize + 1;
            let nan_need = 3 - offset;
            let inf_need = 3 + isize::from(neginf) - offset;
            let need = nan_need.max(inf_need).max(0).unsigned_abs();
            ff.pad_left = ff.pad_left.max(need);
        }
        ff
    }

    /// Format one element (given widened to `f64`).
    #[must_use]
    pub fn format(&self, x: f64) -> String {
        let x = narrow(x, self.width);
        if !x.is_finite() {
            let ret = if x.is_nan() {
                if self.sign {
                    "+nan".to_string()
                } else {
                    "nan".to_string()
                }
            } else if x < 0.0 {
                "-inf".to_string()
            } else if self.sign {
                "+inf".to_string()
            } else {
                "inf".to_string()
            };
            let total = self.pad_left + self.pad_right + 1;
            return format!("{}{}", " ".repeat(total.saturating_sub(ret.len())), ret);
        }
        let o = FloatFormatOptions {
            precision: self.precision,
            min_digits: self.min_digits,
            sign: self.sign,
            trim: self.trim,
            pad_left: Some(self.pad_left),
            pad_right: if self.exp_format {
                None
            } else {
                Some(self.pad_right)
            },
            exp_digits: self.exp_size,
        };
        if self.exp_format {
            format_float_scientific(x, self.width, &o)
        } else {
            format_float_positional(x, self.width, &o)
        }
    }
}

/// Formatter for complex elements (NumPy's `ComplexFloatingFormat`).
#[derive(Clone, Debug, PartialEq)]
pub struct ComplexFormat {
    real: FloatingFormat,
    imag: FloatingFormat,
}

impl ComplexFormat {
    /// Build a formatter for `(re, im)` pairs whose components have `width`.
    ///
    /// ```
    /// use numrs::format::arrayprint::ComplexFormat;
    /// use numrs::format::{FloatWidth, PrintOptions};
    ///
    /// let f = ComplexFormat::new(&[(1.0, 2.0), (0.0, -1.0)], FloatWidth::F64, &PrintOptions::default());
    /// assert_eq!(f.format(1.0, 2.0), "1.+2.j");
    /// ```
    #[must_use]
    pub fn new(data: &[(f64, f64)], width: FloatWidth, opts: &PrintOptions) -> Self {
        let re: Vec<f64> = data.iter().map(|c| c.0).collect();
        let im: Vec<f64> = data.iter().map(|c| c.1).collect();
        ComplexFormat {
            real: FloatingFormat::new(&re, width, false, opts),
            imag: FloatingFormat::new(&im, width, true, opts),
        }
    }

    /// Format one element.
    #[must_use]
    pub fn format(&self, re: f64, im: f64) -> String {
        let r = self.real.format(re);
        let i = self.imag.format(im);
        // The 'j' goes before the imaginary part's right padding.
        let sp = i.trim_end().len();
        format!("{}{}j{}", r, &i[..sp], &i[sp..])
    }
}

/// Formatter for integer elements (NumPy's `IntegerFormat`): right-aligned
/// to the widest of the minimum and maximum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntegerFormat {
    width: usize,
}

impl IntegerFormat {
    /// Build a formatter for `data`.
    pub(crate) fn new(data: &[IntValue]) -> Self {
        let width = match (data.iter().max(), data.iter().min()) {
            (Some(max), Some(min)) => max.to_string().len().max(min.to_string().len()),
            _ => 0,
        };
        IntegerFormat { width }
    }

    /// Format one element.
    pub(crate) fn format(&self, v: IntValue) -> String {
        format!("{:>w$}", v.to_string(), w = self.width)
    }
}

/// Formatter for any supported element kind.
#[derive(Clone, Debug, PartialEq)]
pub enum ElementFormat {
    /// Booleans: `" True"`/`"False"` (`"True"` for 0-d arrays).
    Bool {
        /// Whether the array is 0-d (no alignment space before `True`).
        zero_dim: bool,
    },
    /// Signed or unsigned integers.
    Int(IntegerFormat),
    /// Real floats.
    Float(FloatingFormat),
    /// Complex numbers.
    Complex(ComplexFormat),
    /// Real floats printed as their scalar `str` (`formatter={'float_kind':
    /// str}`, used inside record scalars).
    FloatStr(FloatWidth),
    /// `S` items: Python's `repr` of the bytes.
    Bytes,
    /// `U` items: Python's `repr` of the string.
    Str,
    /// Unstructured void items: `b'\x01\x02'`.
    Void,
    /// Records: a tuple of per-field formats.
    Record(StructuredFormat),
    /// Sub-array fields: nested lists.
    SubArray(SubArrayFormat),
}

impl ElementFormat {
    /// Build the formatter for `kind` from the elements that will be printed.
    ///
    /// ```
    /// use numrs::format::arrayprint::ElementFormat;
    /// use numrs::format::{ElemKind, FmtScalar, PrintOptions};
    ///
    /// let data = [FmtScalar::Int(5), FmtScalar::Int(-100)];
    /// let f = ElementFormat::new(&ElemKind::Int, &data, false, &PrintOptions::default());
    /// assert_eq!(f.format(&FmtScalar::Int(5)), "   5");
    ///
    /// // Records are formatted column by column.
    /// let kind = ElemKind::Record(vec![ElemKind::Int, ElemKind::Bytes]);
    /// let data = [
    ///     FmtScalar::Record(vec![FmtScalar::Int(1), FmtScalar::Bytes(b"a".to_vec())]),
    ///     FmtScalar::Record(vec![FmtScalar::Int(10), FmtScalar::Bytes(b"bc".to_vec())]),
    /// ];
    /// let f = ElementFormat::new(&kind, &data, false, &PrintOptions::default());
    /// assert_eq!(f.format(&data[0]), "( 1, b'a')");
    /// ```
    #[must_use]
    pub fn new(kind: &ElemKind, data: &[FmtScalar], zero_dim: bool, opts: &PrintOptions) -> Self {
        let refs: Vec<&FmtScalar> = data.iter().collect();
        Self::build(kind, &refs, zero_dim, false, opts)
    }

    /// Build a formatter; `float_str` formats real floats with their scalar
    /// `str` (NumPy does so inside record scalars).
    pub(crate) fn build(
        kind: &ElemKind,
        data: &[&FmtScalar],
        zero_dim: bool,
        float_str: bool,
        opts: &PrintOptions,
    ) -> Self {
        match kind {
            ElemKind::Bool => ElementFormat::Bool { zero_dim },
            ElemKind::Int | ElemKind::UInt => {
                let ints: Vec<IntValue> = data.iter().map(|v| v.as_int()).collect();
                ElementFormat::Int(IntegerFormat::new(&ints))
            }
            ElemKind::Float(w) if float_str => ElementFormat::FloatStr(*w),
            ElemKind::Float(w) => {
                let vals: Vec<f64> = data.iter().map(|v| v.as_f64()).collect();
                ElementFormat::Float(FloatingFormat::new(&vals, *w, false, opts))
            }
            ElemKind::Complex(w) => {
                let vals: Vec<(f64, f64)> = data.iter().map(|v| v.as_complex()).collect();
                ElementFormat::Complex(ComplexFormat::new(&vals, *w, opts))
            }
            ElemKind::Bytes => ElementFormat::Bytes,
            ElemKind::Str => ElementFormat::Str,
            ElemKind::Void => ElementFormat::Void,
            ElemKind::Record(kinds) => {
                let fields = kinds
                    .iter()
                    .enumerate()
                    .map(|(i, k)| {
                        let column: Vec<&FmtScalar> =
                            data.iter().map(|v| flexible::field_of(v, i)).collect();
                        Self::build(k, &column, zero_dim, float_str, opts)
                    })
                    .collect();
                ElementFormat::Record(StructuredFormat { fields })
            }
            ElemKind::SubArray(base, shape) => {
                // The base format is computed over every item of every value.
                let items: Vec<&FmtScalar> = data
                    .iter()
                    .flat_map(|v| flexible::items_of(v).iter())
                    .collect();
                ElementFormat::SubArray(SubArrayFormat {
                    inner: Box::new(Self::build(base, &items, false, float_str, opts)),
                    shape: shape.clone(),
                    threshold: opts.threshold,
                    edge_items: opts.edgeitems,
                })
            }
        }
    }

    /// Format one element.
    #[must_use]
    pub fn format(&self, v: &FmtScalar) -> String {
        match self {
            ElementFormat::Bool { zero_dim } => match (v.as_bool(), zero_dim) {
                (true, true) => "True".to_string(),
                (true, false) => " True".to_string(),
                (false, _) => "False".to_string(),
            },
            ElementFormat::Int(f) => f.format(v.as_int()),
            ElementFormat::Float(f) => f.format(v.as_f64()),
            ElementFormat::Complex(f) => {
                let (re, im) = v.as_complex();
                f.format(re, im)
            }
            ElementFormat::FloatStr(w) => super::scalar::float_str(v.as_f64(), *w),
            ElementFormat::Bytes => flexible::py_bytes_repr(&flexible::bytes_of(v)),
            ElementFormat::Str => flexible::py_str_repr(&flexible::str_of(v)),
            ElementFormat::Void => flexible::void_str(&flexible::bytes_of(v)),
            ElementFormat::Record(f) => f.format(v),
            ElementFormat::SubArray(f) => f.format(v),
        }
    }
}

/// The elements that get printed: per axis, the sorted indices kept, and the
/// values of their Cartesian product in row-major order.
struct Gathered {
    axes: Vec<Vec<usize>>,
    values: Vec<FmtScalar>,
}

/// Indices of one axis of length `n` kept for computing the format
/// (NumPy's `_leading_trailing`).
fn kept_indices(n: usize, summarize: bool, edge: usize) -> Vec<usize> {
    if summarize && n > edge.saturating_mul(2) {
        if edge == 0 {
            // `a[:0]` followed by `a[-0:]` is the whole axis in NumPy.
            (0..n).collect()
        } else {
            (0..edge).chain(n - edge..n).collect()
        }
    } else {
        (0..n).collect()
    }
}

impl Gathered {
    fn new(
        shape: &[usize],
        get: &dyn Fn(&[usize]) -> FmtScalar,
        summarize: bool,
        edge: usize,
    ) -> Self {
        let axes: Vec<Vec<usize>> = shape
            .iter()
            .map(|&n| kept_indices(n, summarize, edge))
            .collect();
        let mut values = Vec::with_capacity(axes.iter().map(Vec::len).product());
        let mut pos = vec![0usize; axes.len()];
        let mut idx: Vec<usize> = axes
            .iter()
            .map(|a| a.first().copied().unwrap_or(0))
            .collect();
        if axes.iter().all(|a| !a.is_empty()) {
            'outer: loop {
                values.push(get(&idx));
                // Advance the odometer, last axis fastest.
                let mut k = axes.len();
                loop {
                    if k == 0 {
                        break 'outer;
                    }
                    k -= 1;
                    pos[k] += 1;
                    if pos[k] < axes[k].len() {
                        idx[k] = axes[k][pos[k]];
                        break;
                    }
                    pos[k] = 0;
                    idx[k] = axes[k][0];
                }
            }
        }
        Gathered { axes, values }
    }

    fn lookup(&self, idx: &[usize]) -> Option<&FmtScalar> {
        let mut flat = 0usize;
        for (axis, &i) in self.axes.iter().zip(idx) {
            let p = axis.binary_search(&i).ok()?;
            flat = flat * axis.len() + p;
        }
        self.values.get(flat)
    }
}

/// Checked number of elements of `shape` (saturating on overflow).
fn size_of(shape: &[usize]) -> usize {
    shape
        .iter()
        .try_fold(1usize, |acc, &n| acc.checked_mul(n))
        .unwrap_or(usize::MAX)
}

/// Python's `repr` of a shape tuple: `()`, `(3,)`, `(2, 0)`.
fn shape_repr(shape: &[usize]) -> String {
    match shape {
        [] => "()".to_string(),
        [n] => format!("({n},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(usize::to_string).collect();
            format!("({})", parts.join(", "))
        }
    }
}

/// NumPy's `array2string` for non-empty or empty arrays: the bracketed body
/// without any `array(` prefix.
///
/// `prefix_len` is the width of text that precedes the output on its first
/// line (continuation lines are indented by it); `line_width` is the maximum
/// line length.
///
/// ```
/// use numrs::format::arrayprint::array2string;
/// use numrs::format::{ElemKind, FmtScalar, PrintOptions};
///
/// let get = |i: &[usize]| FmtScalar::Int((i[0] * 2 + i[1]) as i64);
/// let s = array2string(&[2, 2], &get, &ElemKind::Int, &PrintOptions::default(), " ", 0, 75);
/// assert_eq!(s, "[[0 1]\n [2 3]]");
/// ```
#[must_use]
pub fn array2string(
    shape: &[usize],
    get: &dyn Fn(&[usize]) -> FmtScalar,
    kind: &ElemKind,
    opts: &PrintOptions,
    separator: &str,
    prefix_len: usize,
    line_width: usize,
) -> String {
    let size = size_of(shape);
    if size == 0 {
        return "[]".to_string();
    }
    let summarize = size > opts.threshold;
    let gathered = Gathered::new(shape, get, summarize, opts.edgeitems);
    let fmt = ElementFormat::new(kind, &gathered.values, shape.is_empty(), opts);
    let elem = |idx: &[usize]| match gathered.lookup(idx) {
        Some(v) => fmt.format(v),
        None => fmt.format(&get(idx)),
    };
    let layout = wrap::Layout {
        shape,
        summarize,
        edge_items: opts.edgeitems,
        separator,
        line_width: isize::try_from(line_width).unwrap_or(isize::MAX),
        next_line_prefix: " ".repeat(1 + prefix_len),
    };
    layout.format(&elem)
}

/// Default dtype name for `kind`, used for empty arrays when the caller gave
/// no `dtype_repr` (flexible kinds get their unsized type string).
fn default_dtype_name(kind: &ElemKind) -> &'static str {
    match kind {
        ElemKind::Bool => "bool",
        ElemKind::Int => "int64",
        ElemKind::UInt => "uint64",
        ElemKind::Float(FloatWidth::F16) => "float16",
        ElemKind::Float(FloatWidth::F32) => "float32",
        ElemKind::Float(FloatWidth::F64) => "float64",
        ElemKind::Complex(FloatWidth::F16) => "complex32",
        ElemKind::Complex(FloatWidth::F32) => "complex64",
        ElemKind::Complex(FloatWidth::F64) => "complex128",
        ElemKind::Bytes => "'|S0'",
        ElemKind::Str => "'<U0'",
        ElemKind::Void | ElemKind::SubArray(..) => "'|V0'",
        ElemKind::Record(_) => "[]",
    }
}

/// `repr(ndarray)`.
///
/// `dtype_repr` is the text after `dtype=` when NumPy shows the dtype (e.g.
/// `Some("int8")`, `Some("'>i4'")`), else `None`.  Empty arrays always show
/// their dtype; if `dtype_repr` is `None` for one, the default name for
/// `kind` is used (`float64`, `int64`, `bool`, ...).  Empty arrays of shape
/// other than `(0,)` and summarized arrays also show `shape=`.
///
/// ```
/// use numrs::format::{array_repr, ElemKind, FloatWidth, FmtScalar, PrintOptions};
///
/// let opts = PrintOptions::default();
/// let get = |i: &[usize]| FmtScalar::Float([1.0, 2.5][i[0]]);
/// let kind = ElemKind::Float(FloatWidth::F64);
/// assert_eq!(array_repr(&[2], &get, &kind, None, &opts), "array([1. , 2.5])");
/// assert_eq!(array_repr(&[0, 3], &get, &kind, None, &opts), "array([], shape=(0, 3), dtype=float64)");
/// let get = |_: &[usize]| FmtScalar::Int(5);
/// assert_eq!(array_repr(&[], &get, &ElemKind::Int, Some("int8"), &opts), "array(5, dtype=int8)");
///
/// let rec = ElemKind::Record(vec![ElemKind::Int, kind.clone()]);
/// let vals = [(1, 2.5), (10, 3.25)];
/// let get = |i: &[usize]| {
///     let (a, b) = vals[i[0]];
///     FmtScalar::Record(vec![FmtScalar::Int(a), FmtScalar::Float(b)])
/// };
/// let dt = "[('f0', '<i4'), ('f1', '<f8')]";
/// assert_eq!(
///     array_repr(&[2], &get, &rec, Some(dt), &opts),
///     "array([( 1, 2.5 ), (10, 3.25)], dtype=[('f0', '<i4'), ('f1', '<f8')])"
/// );
/// ```
#[must_use]
pub fn array_repr(
    shape: &[usize],
    get: &dyn Fn(&[usize]) -> FmtScalar,
    kind: &ElemKind,
    dtype_repr: Option<&str>,
    opts: &PrintOptions,
) -> String {
    const PREFIX: &str = "array(";
    let size = size_of(shape);
    // The closing ")" is reserved on the last line.
    let lst = array2string(
        shape,
        get,
        kind,
        opts,
        ", ",
        PREFIX.len(),
        opts.linewidth.saturating_sub(1),
    );

    let mut extras = Vec::new();
    if (size == 0 && shape != [0]) || (!opts.legacy_1x && size > opts.threshold) {
        extras.push(format!("shape={}", shape_repr(shape)));
    }
    match dtype_repr {
        Some(d) => extras.push(format!("dtype={d}")),
        None if size == 0 => extras.push(format!("dtype={}", default_dtype_name(kind))),
        None => {}
    }
    if extras.is_empty() {
        return format!("{PREFIX}{lst})");
    }
    let arr_str = format!("{PREFIX}{lst},");
    let extra_str = format!("{})", extras.join(", "));
    // Widths are counted in characters, like Python's `len`.
    let last_line = arr_str.rsplit('\n').next().unwrap_or("");
    let last_line_len = last_line.chars().count();
    let spacer = if last_line_len + extra_str.chars().count() + 1 > opts.linewidth {
        format!("\n{}", " ".repeat(PREFIX.len()))
    } else {
        " ".to_string()
    };
    format!("{arr_str}{spacer}{extra_str}")
}

/// `str(ndarray)`: the bracketed body with space separators; 0-d arrays print
/// like the scalar's `str` (for `S` arrays, the scalar's `repr`, as NumPy's
/// `_guarded_repr_or_str` does for `bytes`).
///
/// ```
/// use numrs::format::{array_str, ElemKind, FmtScalar, PrintOptions};
///
/// let opts = PrintOptions::default();
/// let get = |i: &[usize]| FmtScalar::Bool(i[0] == 0);
/// assert_eq!(array_str(&[2], &get, &ElemKind::Bool, &opts), "[ True False]");
/// let get = |_: &[usize]| FmtScalar::Bytes(b"x".to_vec());
/// assert_eq!(array_str(&[], &get, &ElemKind::Bytes, &opts), "np.bytes_(b'x')");
/// ```
#[must_use]
pub fn array_str(
    shape: &[usize],
    get: &dyn Fn(&[usize]) -> FmtScalar,
    kind: &ElemKind,
    opts: &PrintOptions,
) -> String {
    if shape.is_empty() {
        let value = get(&[]);
        if *kind == ElemKind::Bytes {
            return super::scalar::scalar_repr_with(&value, kind, "bytes_", opts);
        }
        return super::scalar::scalar_str_with(&value, kind, opts);
    }
    array2string(shape, get, kind, opts, " ", 0, opts.linewidth)
}
