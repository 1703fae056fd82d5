//! Building dtypes from the non-string spec forms (tuples, field lists, dictionaries), with
//! NumPy 2's layout rules (C-struct padding under `align=True`) and its checks and messages,
//! raised in the order NumPy raises them.

use super::parse::{parse_str_aligned, python_type};
use super::pyrepr::str_repr;
use super::spec::{DTypeSpec, FieldSpec, FieldsDictEntry, TupleArg};
use super::{DType, Field, Repr};
use crate::error::{Error, Result};
use crate::layout::MAX_DIMS;
use std::collections::HashSet;

/// The second element of a tuple spec, with Python's unbounded integers kept wide enough to
/// tell "does not fit in a C int" from "does not fit in an `npy_intp`".
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum ShapeArg {
    Int(i128),
    Tuple(Vec<i128>),
}

impl From<&TupleArg> for ShapeArg {
    fn from(a: &TupleArg) -> ShapeArg {
        match a {
            TupleArg::Int(n) => ShapeArg::Int(i128::from(*n)),
            TupleArg::Shape(s) => ShapeArg::Tuple(s.iter().map(|&d| i128::from(d)).collect()),
        }
    }
}

const C_INT_MAX: i128 = i32::MAX as i128;

fn shape_error(detail: &str) -> Error {
    Error::Value(format!("invalid shape in fixed-type tuple{detail}"))
}

/// NumPy keeps item sizes and offsets in C ints (and silently wraps past them); numrs refuses.
fn too_big() -> Error {
    Error::Value("structured dtype is too large: its itemsize must fit into a C int".into())
}

fn fits_c_int(n: i128) -> Result<i128> {
    if (i128::from(i32::MIN)..=C_INT_MAX).contains(&n) {
        Ok(n)
    } else {
        Err(Error::Value("integer won't fit into a C int".into()))
    }
}

fn round_up(n: i128, to: usize) -> i128 {
    let to = i128::try_from(to.max(1)).unwrap_or(1);
    (n + to - 1) / to * to
}

fn to_usize(n: i128) -> Result<usize> {
    usize::try_from(n).map_err(|_| too_big())
}

/// `(base, arg)`: a new item size for the unsized flexible types (`('S', 4)`), a sub-array
/// otherwise (`('i4', 3)`, `('S1', (2, 2))`; `('i4', ())` is `'i4'` itself).
pub(crate) fn tuple_dtype(base: DType, arg: &ShapeArg) -> Result<DType> {
    if base.itemsize() == 0 && base.fields().is_none() {
        let n = match arg {
            ShapeArg::Int(v) if (i128::from(i32::MIN)..=C_INT_MAX).contains(v) => *v,
            _ => -1,
        };
        let n = if base.kind() == 'U' && n > C_INT_MAX / 4 {
            -1
        } else {
            n
        };
        let n = usize::try_from(n)
            .map_err(|_| Error::Value("invalid itemsize in generic type tuple".into()))?;
        return match base.repr() {
            Repr::Bytes(_) => Ok(DType::bytes(n)),
            Repr::Str { order, .. } => Ok(DType::unicode_with_order(n, *order)),
            Repr::Void(_) => Ok(DType::void(n)),
            _ => Err(Error::NotImplemented(
                "giving a zero-size sub-array dtype a new item size".into(),
            )),
        };
    }
    let (dims, is_tuple) = match arg {
        ShapeArg::Int(v) => (vec![*v], false),
        ShapeArg::Tuple(v) => (v.clone(), true),
    };
    let intp = i128::from(i64::MIN)..=i128::from(i64::MAX);
    if dims.len() > MAX_DIMS || dims.iter().any(|d| !intp.contains(d)) {
        return Err(shape_error("."));
    }
    if dims.is_empty() && is_tuple {
        return Ok(base);
    }
    for &d in &dims {
        if d < 0 {
            return Err(shape_error(": dimension smaller then zero."));
        }
        if d > C_INT_MAX {
            return Err(shape_error(": dimension does not fit into a C int."));
        }
    }
    let size_error = || shape_error(": dtype size in bytes must fit into a C int.");
    let mut items: i128 = 1;
    for &d in &dims {
        items *= d;
        if items > i128::from(i64::MAX) {
            return Err(size_error());
        }
    }
    let nbytes = items * i128::try_from(base.itemsize()).map_err(|_| size_error())?;
    if items > C_INT_MAX || nbytes > C_INT_MAX {
        return Err(size_error());
    }
    let shape: Vec<usize> = dims
        .iter()
        .map(|&d| usize::try_from(d).map_err(|_| size_error()))
        .collect::<Result<_>>()?;
    DType::subarray(base, &shape)
}

/// Fields placed one after the other (with C-struct padding when `align`), as NumPy's list
/// and comma-string forms place them. Names are already checked.
pub(crate) fn packed_fields(
    fields: Vec<(String, Option<String>, DType)>,
    align: bool,
) -> Result<DType> {
    let mut total: i128 = 0;
    let mut max_align = 1usize;
    let mut out = Vec::with_capacity(fields.len());
    for (name, title, dtype) in fields {
        if align {
            total = round_up(total, dtype.alignment());
            max_align = max_align.max(dtype.alignment());
        }
        let offset = to_usize(total)?;
        total += i128::try_from(dtype.itemsize()).map_err(|_| too_big())?;
        if total > C_INT_MAX {
            return Err(too_big());
        }
        out.push(Field {
            name,
            dtype,
            offset,
            title,
        });
    }
    let total = round_up(total, max_align);
    if total > C_INT_MAX {
        return Err(too_big());
    }
    DType::record(out, Some(to_usize(total)?), align)
}

/// The list form: `[(name, format), ((title, name), format, shape), ...]`.
fn list_dtype(specs: &[FieldSpec], align: bool) -> Result<DType> {
    let mut keys: HashSet<String> = HashSet::new();
    let mut fields = Vec::with_capacity(specs.len());
    for (i, spec) in specs.iter().enumerate() {
        let name = match (spec.name.is_empty(), &spec.title) {
            (false, _) => spec.name.clone(),
            (true, None) => format!("f{i}"),
            (true, Some(t)) if !t.is_empty() => t.clone(),
            (true, Some(_)) => {
                return Err(Error::Type("Field titles must be non-empty strings".into()))
            }
        };
        let base = from_spec(&spec.format, align)?;
        let dtype = match &spec.shape {
            Some(arg) => tuple_dtype(base, &arg.into())?,
            None => base,
        };
        let title_taken = spec.title.as_ref().is_some_and(|t| keys.contains(t));
        if keys.contains(&name) || title_taken {
            return Err(Error::Value(format!(
                "field {} occurs more than once",
                str_repr(&name)
            )));
        }
        keys.insert(name.clone());
        if let Some(t) = &spec.title {
            if !keys.insert(t.clone()) {
                return Err(Error::Value(
                    "title already used as a name or title.".into(),
                ));
            }
        }
        fields.push((name, spec.title.clone(), dtype));
    }
    packed_fields(fields, align)
}

/// The arguments of the `{'names': ..., 'formats': ..., ...}` form.
struct DictSpec<'a> {
    names: &'a [String],
    formats: &'a [DTypeSpec],
    offsets: Option<&'a [i64]>,
    titles: Option<&'a [Option<String>]>,
    itemsize: Option<i64>,
    aligned: Option<bool>,
}

fn dict_dtype(spec: &DictSpec<'_>, align: bool) -> Result<DType> {
    let n = spec.names.len();
    if n > spec.formats.len()
        || spec.offsets.is_some_and(|o| n > o.len())
        || spec.titles.is_some_and(|t| n > t.len())
    {
        return Err(Error::Value(
            "'names', 'formats', 'offsets', and 'titles' dict entries must have the same length"
                .into(),
        ));
    }
    let align = align || spec.aligned == Some(true);
    let mut total: i128 = 0;
    let mut max_align = 1usize;
    let mut keys: HashSet<&str> = HashSet::new();
    let mut fields = Vec::with_capacity(n);
    for i in 0..n {
        let title = spec.titles.and_then(|t| t[i].clone());
        let dtype = from_spec(&spec.formats[i], align)?;
        let size = i128::try_from(dtype.itemsize()).map_err(|_| too_big())?;
        if align {
            max_align = max_align.max(dtype.alignment());
        }
        let offset = match spec.offsets {
            Some(offsets) => {
                let off = fits_c_int(i128::from(offsets[i]))?;
                if off < 0 {
                    return Err(Error::Value(format!("offset {off} cannot be negative")));
                }
                let a = i128::try_from(dtype.alignment()).unwrap_or(1).max(1);
                if align && off % a != 0 {
                    return Err(Error::Value(format!(
                        "offset {off} for NumPy dtype with fields is not divisible by the field alignment {a} with align=True"
                    )));
                }
                total = total.max(off + size);
                off
            }
            None => {
                if align {
                    total = round_up(total, dtype.alignment());
                }
                let off = total;
                total += size;
                off
            }
        };
        if total > C_INT_MAX {
            return Err(too_big());
        }
        let name = spec.names[i].as_str();
        if !keys.insert(name) {
            return Err(Error::Value("name already used as a name or title".into()));
        }
        if let Some(t) = spec.titles.and_then(|t| t[i].as_deref()) {
            if !keys.insert(t) {
                return Err(Error::Value(
                    "title already used as a name or title.".into(),
                ));
            }
        }
        fields.push(Field {
            name: name.to_string(),
            dtype,
            offset: to_usize(offset)?,
            title,
        });
    }
    let mut total = round_up(total, max_align);
    if total > C_INT_MAX {
        return Err(too_big());
    }
    if let Some(size) = spec.itemsize {
        let size = fits_c_int(i128::from(size))?;
        if size < total {
            return Err(Error::Value(format!(
                "NumPy dtype descriptor requires {total} bytes, cannot override to smaller itemsize of {size}"
            )));
        }
        if align && size % i128::try_from(max_align).unwrap_or(1) != 0 {
            return Err(Error::Value(format!(
                "NumPy dtype descriptor requires alignment of {max_align} bytes, which is not divisible into the specified itemsize {size}"
            )));
        }
        total = size;
    }
    DType::record(fields, Some(to_usize(total)?), align)
}

/// The fields-dictionary form: entries ordered by offset (stably), title aliases skipped.
fn fields_dict_dtype(entries: &[FieldsDictEntry], align: bool) -> Result<DType> {
    let mut kept: Vec<(&FieldsDictEntry, DType)> = Vec::with_capacity(entries.len());
    for e in entries {
        if e.title.as_deref() == Some(e.name.as_str()) {
            continue;
        }
        if e.offset < 0 {
            return Err(Error::Value("invalid offset.".into()));
        }
        kept.push((e, from_spec(&e.format, align)?));
    }
    kept.sort_by_key(|(e, _)| e.offset);
    let names: Vec<String> = kept.iter().map(|(e, _)| e.name.clone()).collect();
    let offsets: Vec<i64> = kept.iter().map(|(e, _)| e.offset).collect();
    let titles: Vec<Option<String>> = kept.iter().map(|(e, _)| e.title.clone()).collect();
    let formats: Vec<DTypeSpec> = kept.into_iter().map(|(_, d)| DTypeSpec::DType(d)).collect();
    dict_dtype(
        &DictSpec {
            names: &names,
            formats: &formats,
            offsets: Some(&offsets),
            titles: Some(&titles),
            itemsize: None,
            aligned: None,
        },
        align,
    )
}

/// Builds a dtype from any spec form, as `np.dtype(spec, align=align)`.
pub(crate) fn from_spec(spec: &DTypeSpec, align: bool) -> Result<DType> {
    match spec {
        DTypeSpec::Str(s) => parse_str_aligned(s, align),
        DTypeSpec::PyType(t) => python_type(t),
        DTypeSpec::DType(d) => Ok(d.clone()),
        DTypeSpec::Tuple(base, arg) => tuple_dtype(from_spec(base, align)?, &arg.into()),
        DTypeSpec::List(fields) => list_dtype(fields, align),
        DTypeSpec::Dict {
            names,
            formats,
            offsets,
            titles,
            itemsize,
            aligned,
        } => dict_dtype(
            &DictSpec {
                names,
                formats,
                offsets: offsets.as_deref(),
                titles: titles.as_deref(),
                itemsize: *itemsize,
                aligned: *aligned,
            },
            align,
        ),
        DTypeSpec::FieldsDict(entries) => fields_dict_dtype(entries, align),
    }
}
