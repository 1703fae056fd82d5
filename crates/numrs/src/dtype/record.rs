//! Structured dtypes (named fields at byte offsets) and sub-array dtypes.

use super::DType;
use crate::error::{Error, Result};

/// One field of a structured dtype (`dtype.fields[name]`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    /// The field name.
    pub name: String,
    /// The field's dtype (may be a sub-array dtype).
    pub dtype: DType,
    /// Byte offset of the field inside the record.
    pub offset: usize,
    /// The optional title (NumPy's alternative key for the field).
    pub title: Option<String>,
}

impl Field {
    /// A field without a title.
    ///
    /// ```
    /// let f = numrs::dtype::Field::new("r", numrs::DType::INT8, 0);
    /// assert_eq!(f.offset, 0);
    /// ```
    pub fn new(name: impl Into<String>, dtype: DType, offset: usize) -> Field {
        Field {
            name: name.into(),
            dtype,
            offset,
            title: None,
        }
    }

    /// The field with a title.
    pub fn with_title(mut self, title: impl Into<String>) -> Field {
        self.title = Some(title.into());
        self
    }

    fn end(&self) -> Result<usize> {
        self.offset
            .checked_add(self.dtype.itemsize())
            .ok_or_else(|| Error::overflow("a field offset"))
    }
}

/// The fields, size and alignment of a structured dtype.
#[derive(Clone, Debug, Eq)]
pub(crate) struct Record {
    pub(crate) fields: Vec<Field>,
    pub(crate) itemsize: usize,
    pub(crate) alignment: usize,
    /// NumPy's `isalignedstruct` (made with `align=True`).
    pub(crate) aligned: bool,
}

/// NumPy compares structured dtypes by their fields and item size, not by how they were made.
impl PartialEq for Record {
    fn eq(&self, other: &Record) -> bool {
        self.fields == other.fields && self.itemsize == other.itemsize
    }
}

/// Hashes what equality compares (fields and item size), so equal records hash equally.
impl std::hash::Hash for Record {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.fields.hash(state);
        self.itemsize.hash(state);
    }
}

fn check_unique(fields: &[Field]) -> Result<()> {
    for (i, f) in fields.iter().enumerate() {
        let clash = fields[..i].iter().any(|g| {
            g.name == f.name
                || f.title
                    .as_deref()
                    .is_some_and(|t| t == g.name || g.title.as_deref() == Some(t))
                || g.title.as_deref() == Some(f.name.as_str())
        });
        if clash {
            return Err(Error::Value(format!(
                "field '{}' occurs more than once",
                f.name
            )));
        }
    }
    Ok(())
}

impl Record {
    /// Fields at explicit offsets. Without `itemsize`, the record ends where its last field
    /// ends (rounded up to the alignment when `aligned`).
    pub(crate) fn new(
        fields: Vec<Field>,
        itemsize: Option<usize>,
        aligned: bool,
    ) -> Result<Record> {
        check_unique(&fields)?;
        let mut end = 0usize;
        for f in &fields {
            end = end.max(f.end()?);
        }
        let alignment = if aligned {
            fields
                .iter()
                .map(|f| f.dtype.alignment())
                .max()
                .unwrap_or(1)
        } else {
            1
        };
        if aligned {
            for f in &fields {
                if f.offset % f.dtype.alignment() != 0 {
                    return Err(Error::Value(format!(
                        "offset {} for NumPy dtype with fields is not divisible by the field alignment {} with align=True",
                        f.offset,
                        f.dtype.alignment()
                    )));
                }
            }
        }
        let natural = if aligned {
            round_up(end, alignment)?
        } else {
            end
        };
        let itemsize = match itemsize {
            None => natural,
            Some(n) if n < end => {
                return Err(Error::Value(format!(
                    "NumPy dtype descriptor requires {end} bytes, cannot override to smaller itemsize of {n}"
                )))
            }
            Some(n) if aligned && n % alignment != 0 => {
                return Err(Error::Value(format!(
                    "NumPy dtype descriptor requires alignment of {alignment} bytes, which is not divisible into the specified itemsize {n}"
                )))
            }
            Some(n) => n,
        };
        if itemsize > isize::MAX as usize {
            return Err(Error::overflow("the record size"));
        }
        Ok(Record {
            fields,
            itemsize,
            alignment,
            aligned,
        })
    }

    /// Fields one after the other, padded as a C compiler would when `align`.
    pub(crate) fn packed(
        fields: Vec<(String, DType, Option<String>)>,
        align: bool,
    ) -> Result<Record> {
        let mut offset = 0usize;
        let mut out = Vec::with_capacity(fields.len());
        for (name, dtype, title) in fields {
            if align {
                offset = round_up(offset, dtype.alignment())?;
            }
            let size = dtype.itemsize();
            out.push(Field {
                name,
                dtype,
                offset,
                title,
            });
            offset = offset
                .checked_add(size)
                .ok_or_else(|| Error::overflow("the record size"))?;
        }
        Record::new(out, None, align)
    }

    /// The same record with every field's dtype mapped (offsets unchanged).
    pub(crate) fn map_dtypes(&self, f: impl Fn(&DType) -> DType) -> Record {
        Record {
            fields: self
                .fields
                .iter()
                .map(|fl| Field {
                    dtype: f(&fl.dtype),
                    ..fl.clone()
                })
                .collect(),
            ..self.clone()
        }
    }
}

fn round_up(n: usize, to: usize) -> Result<usize> {
    let to = to.max(1);
    n.checked_add(to - 1)
        .map(|m| m / to * to)
        .ok_or_else(|| Error::overflow("the record size"))
}

/// A dtype repeated in a C-ordered shape (`dtype.subdtype`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SubArray {
    /// The element dtype.
    pub base: DType,
    /// The shape.
    pub shape: Vec<usize>,
    pub(crate) itemsize: usize,
}

impl SubArray {
    pub(crate) fn new(base: DType, shape: &[usize]) -> Result<SubArray> {
        let count = crate::layout::checked_size(shape)?;
        let itemsize = count
            .checked_mul(base.itemsize())
            .filter(|&n| n <= i32::MAX as usize)
            .ok_or_else(|| {
                Error::Value(
                    "invalid shape in fixed-type tuple: dtype size in bytes must fit into a C int."
                        .into(),
                )
            })?;
        if shape.len() > crate::layout::MAX_DIMS {
            return Err(Error::TooManyDims(shape.len()));
        }
        Ok(SubArray {
            base,
            shape: shape.to_vec(),
            itemsize,
        })
    }
}
