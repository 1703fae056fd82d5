//! `str(dtype)`, `repr(dtype)`, the `dtype=` part of an array repr, `dtype.fields` and
//! `dtype.type`, as NumPy 2 prints them (the rules of `numpy/_core/_dtype.py`).
//!
//! | dtype                              | `str`                 | `repr`                              |
//! |------------------------------------|-----------------------|-------------------------------------|
//! | `'i4'`                             | `int32`               | `dtype('int32')`                    |
//! | `'>i4'`                            | `>i4`                 | `dtype('>i4')`                      |
//! | `'S4'`                             | `\|S4`                | `dtype('S4')`                       |
//! | `'U3'`                             | `<U3`                 | `dtype('<U3')`                      |
//! | `('i4', (2, 2))`                   | `('<i4', (2, 2))`     | `dtype(('<i4', (2, 2)))`            |
//! | `[('a', 'i1'), ('b', '<i4')]`      | `[('a', 'i1'), ...]`  | `dtype([('a', 'i1'), ...])`         |
//!
//! Aligned structs print `, align=True` in `repr` and the dictionary form with
//! `'aligned': True` in `str`; structs whose fields do not follow each other print the
//! dictionary form with explicit offsets.

use super::pyrepr::{opt_str_repr, str_repr};
use super::{ByteOrder, DType, Repr};
use crate::error::shape_str;
use std::fmt;

/// NumPy's name stem of a kind (`'u'` -> `uint`).
fn kind_name(kind: char) -> &'static str {
    match kind {
        'u' => "uint",
        'i' => "int",
        'c' => "complex",
        'f' => "float",
        'b' => "bool",
        'S' => "bytes",
        'U' => "str",
        _ => "void",
    }
}

/// The byte order as `repr` spells it: `<` or `>` for ordered types, nothing for `|`.
fn order_str(d: &DType) -> &'static str {
    let native = if ByteOrder::NATIVE == ByteOrder::Little {
        "<"
    } else {
        ">"
    };
    match d.byteorder() {
        '=' => native,
        '<' => "<",
        '>' => ">",
        _ => "",
    }
}

/// The repr of a non-structured, non-sub-array dtype (quoted), long (`'int32'`) or short
/// (`'<i4'`) as NumPy's `_scalar_str`.
fn scalar_str(d: &DType, short: bool) -> String {
    match d.repr() {
        Repr::Scalar { .. } if d.kind() == 'b' => {
            if short {
                "'?'".into()
            } else {
                "'bool'".into()
            }
        }
        Repr::Bytes(0) => "'S'".into(),
        Repr::Bytes(n) => format!("'S{n}'"),
        Repr::Str { chars: 0, .. } => format!("'{}U'", order_str(d)),
        Repr::Str { chars, .. } => format!("'{}U{chars}'", order_str(d)),
        Repr::Scalar { .. } if short || !matches!(d.byteorder(), '=' | '|') => {
            format!("'{}{}{}'", order_str(d), d.kind(), d.itemsize())
        }
        Repr::Scalar { .. } => format!("'{}{}'", kind_name(d.kind()), 8 * d.itemsize()),
        _ if d.itemsize() == 0 => "'V'".into(),
        _ => format!("'V{}'", d.itemsize()),
    }
}

/// NumPy's `_construction_repr`: what `np.dtype(...)` would take to rebuild the dtype.
fn construction_repr(d: &DType, include_align: bool, short: bool) -> String {
    if d.fields().is_some() {
        struct_str(d, include_align)
    } else if d.subdtype().is_some() {
        subarray_str(d)
    } else {
        scalar_str(d, short)
    }
}

fn subarray_str(d: &DType) -> String {
    match d.subdtype() {
        Some((base, shape)) => format!(
            "({}, {})",
            construction_repr(base, false, true),
            shape_str(shape)
        ),
        None => construction_repr(d, false, true),
    }
}

/// True when the fields follow each other as a list spec would place them (with C padding
/// for aligned structs), so the list form rebuilds the dtype.
fn is_packed(d: &DType) -> bool {
    let align = d.is_aligned_struct();
    let mut total = 0usize;
    let mut max_align = 1usize;
    for f in d.fields().unwrap_or_default() {
        if align {
            let a = f.dtype.alignment().max(1);
            total = total.div_ceil(a) * a;
            max_align = max_align.max(a);
        }
        if f.offset != total {
            return false;
        }
        total = total.saturating_add(f.dtype.itemsize());
    }
    if align {
        total = total.div_ceil(max_align) * max_align;
    }
    total == d.itemsize()
}

fn struct_list_str(d: &DType) -> String {
    let items: Vec<String> = d
        .fields()
        .unwrap_or_default()
        .iter()
        .map(|f| {
            let name = match &f.title {
                Some(t) => format!("({}, {})", str_repr(t), str_repr(&f.name)),
                None => str_repr(&f.name),
            };
            let format = match f.dtype.subdtype() {
                Some((base, shape)) => format!(
                    "{}, {}",
                    construction_repr(base, false, true),
                    shape_str(shape)
                ),
                None => construction_repr(&f.dtype, false, true),
            };
            format!("({name}, {format})")
        })
        .collect();
    format!("[{}]", items.join(", "))
}

fn struct_dict_str(d: &DType, include_aligned: bool) -> String {
    let fields = d.fields().unwrap_or_default();
    let join = |f: &dyn Fn(&super::Field) -> String| -> String {
        fields.iter().map(f).collect::<Vec<_>>().join(", ")
    };
    let mut s = format!(
        "{{'names': [{}], 'formats': [{}], 'offsets': [{}]",
        join(&|f| str_repr(&f.name)),
        join(&|f| construction_repr(&f.dtype, false, true)),
        join(&|f| f.offset.to_string()),
    );
    if fields.iter().any(|f| f.title.is_some()) {
        s += &format!(
            ", 'titles': [{}]",
            join(&|f| opt_str_repr(f.title.as_deref()))
        );
    }
    s += &format!(", 'itemsize': {}", d.itemsize());
    if include_aligned && d.is_aligned_struct() {
        s += ", 'aligned': True";
    }
    s + "}"
}

fn struct_str(d: &DType, include_align: bool) -> String {
    if !(include_align && d.is_aligned_struct()) && is_packed(d) {
        struct_list_str(d)
    } else {
        struct_dict_str(d, include_align)
    }
}

impl DType {
    /// What NumPy prints after `dtype=` in an array repr: the name for native numeric types
    /// (`dtype=int8`), the quoted `str` for flexible and non-native types (`dtype='|S1'`,
    /// `dtype='>i4'`, `dtype='<U2'`), the `str` for structured types.
    ///
    /// ```
    /// let d: numrs::DType = "S1".parse().unwrap();
    /// assert_eq!(d.repr_in_array(), "'|S1'");
    /// assert_eq!(numrs::DType::INT8.repr_in_array(), "int8");
    /// ```
    pub fn repr_in_array(&self) -> String {
        match self.repr() {
            Repr::Record(_) => self.to_string(),
            Repr::Scalar { .. } if self.is_native() => self.name(),
            _ => format!("'{self}'"),
        }
    }

    /// NumPy's `dtype.isnative` attribute, quirk included: a sub-array dtype has the
    /// byte order `'|'` of its own and so reports `True` whatever its base, and a record
    /// checks its fields by that rule (`[('a', '>i4', (2,))]` is "native"). For whether the
    /// bytes of an item need swapping, use [`DType::is_native`].
    ///
    /// ```
    /// let d = numrs::DType::parse("(2,)>i4").unwrap();
    /// assert!(d.isnative() && !d.is_native());
    /// ```
    pub fn isnative(&self) -> bool {
        match self.repr() {
            Repr::SubArray(_) => true,
            Repr::Record(_) => self
                .fields()
                .unwrap_or_default()
                .iter()
                .all(|f| f.dtype.isnative()),
            _ => self.is_native(),
        }
    }

    /// `dtype.fields` as Python prints the dictionary (`None` for unstructured dtypes):
    /// each name maps to `(dtype, offset)` or `(dtype, offset, title)`, and each title is a
    /// key of its own right after its field's name.
    ///
    /// ```
    /// let d = numrs::DType::parse("S4,<u4").unwrap();
    /// assert_eq!(d.fields_repr().unwrap(), "{'f0': (dtype('S4'), 0), 'f1': (dtype('uint32'), 4)}");
    /// assert_eq!(numrs::DType::INT8.fields_repr(), None);
    /// ```
    pub fn fields_repr(&self) -> Option<String> {
        let fields = self.fields()?;
        let mut items = Vec::with_capacity(fields.len());
        for f in fields {
            let value = match &f.title {
                Some(t) => format!("({:?}, {}, {})", f.dtype, f.offset, str_repr(t)),
                None => format!("({:?}, {})", f.dtype, f.offset),
            };
            items.push(format!("{}: {value}", str_repr(&f.name)));
            if let Some(t) = &f.title {
                items.push(format!("{}: {value}", str_repr(t)));
            }
        }
        Some(format!("{{{}}}", items.join(", ")))
    }

    /// `dtype.type` as IPython displays the class: `numpy.int64`, `numpy.bool`,
    /// `numpy.bytes_`, `numpy.str_`, `numpy.void` (structured and sub-array dtypes too).
    ///
    /// ```
    /// assert_eq!(numrs::DType::INT64.type_repr(), "numpy.int64");
    /// assert_eq!(numrs::DType::bytes(4).type_repr(), "numpy.bytes_");
    /// ```
    pub fn type_repr(&self) -> String {
        let name = match self.repr() {
            Repr::Scalar { ty, .. } => ty.info().name.to_string(),
            Repr::Bytes(_) => "bytes_".into(),
            Repr::Str { .. } => "str_".into(),
            _ => "void".into(),
        };
        format!("numpy.{name}")
    }
}

/// `str(dtype)`: the name for native numeric types (`int32`), the type string for flexible
/// and non-native ones (`|S4`, `<U3`, `>i4`), the spec form for sub-arrays and records.
///
/// ```
/// let d = numrs::DType::parse("i1,>i4").unwrap();
/// assert_eq!(d.to_string(), "[('f0', 'i1'), ('f1', '>i4')]");
/// assert_eq!(numrs::DType::bytes(4).to_string(), "|S4");
/// ```
impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr() {
            Repr::Record(_) => f.write_str(&struct_str(self, true)),
            Repr::SubArray(_) => f.write_str(&subarray_str(self)),
            Repr::Scalar { .. } if self.is_native() => f.write_str(&self.name()),
            _ => f.write_str(&self.str()),
        }
    }
}

/// `repr(dtype)`: `dtype('int32')`, `dtype('>i4')`, `dtype('S4')`, `dtype(('<i4', (2, 2)))`,
/// `dtype([('a', 'i1'), ('b', '<i4')], align=True)`.
///
/// ```
/// let d = numrs::DType::parse("(2,2)S1").unwrap();
/// assert_eq!(format!("{d:?}"), "dtype(('S1', (2, 2)))");
/// ```
impl fmt::Debug for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let align = if self.is_aligned_struct() {
            ", align=True"
        } else {
            ""
        };
        write!(f, "dtype({}{align})", construction_repr(self, false, false))
    }
}
