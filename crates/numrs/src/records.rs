//! Structured arrays: a field is a view with the field's dtype at the field's offset; a list of
//! fields is a view whose dtype keeps only those fields (NumPy 2's multi-field indexing).

use crate::array::Array;
use crate::dtype::{DType, Field};
use crate::error::{Error, Result};
use crate::layout::{Layout, Shape, Strides};

impl Array {
    /// `a['name']`: a view of one field. A sub-array field adds its shape as trailing axes.
    ///
    /// ```
    /// use numrs::{DType, dtype::Field};
    /// let rgba = DType::packed_record(["r", "g", "b", "a"].iter().map(|n| (n.to_string(), DType::INT8, None)).collect(), false).unwrap();
    /// let x = numrs::zeros(&[10, 10], rgba).unwrap();
    /// let g = x.field("g").unwrap();
    /// assert_eq!((g.strides(), g.offset()), (&[40isize, 4][..], 1));
    /// ```
    pub fn field(&self, name: &str) -> Result<Array> {
        let Some(fields) = self.dtype.fields() else {
            return Err(Error::Index(
                "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices".into(),
            ));
        };
        let f = fields
            .iter()
            .find(|f| f.name == name || f.title.as_deref() == Some(name))
            .ok_or_else(|| Error::Value(format!("no field of name {name}")))?;
        self.field_view(f)
    }

    pub(crate) fn field_view(&self, f: &Field) -> Result<Array> {
        let offset = self
            .offset()
            .checked_add(f.offset)
            .ok_or_else(|| Error::overflow("a field offset"))?;
        let mut shape: Shape = self.shape().into();
        let mut strides: Strides = self.strides().into();
        let dtype = match f.dtype.subdtype() {
            Some((base, sub_shape)) => {
                let sub = Layout::contiguous(sub_shape, base.itemsize(), crate::Order::C)?;
                shape.extend_from_slice(sub_shape);
                strides.extend_from_slice(sub.strides());
                base.clone()
            }
            None => f.dtype.clone(),
        };
        if shape.len() > crate::layout::MAX_DIMS {
            return Err(Error::TooManyDims(shape.len()));
        }
        self.view_with(dtype, Layout::from_parts_unchecked(shape, strides, offset))
    }

    /// `a[['r', 'b']]`: a view whose dtype holds only the named fields, at their original
    /// offsets, with the original item size (NumPy 2).
    ///
    /// ```
    /// use numrs::DType;
    /// let d = DType::packed_record(vec![("a".into(), DType::INT8, None), ("b".into(), DType::FLOAT64, None)], false).unwrap();
    /// let x = numrs::zeros(&[2], d).unwrap();
    /// let v = x.fields(&["b", "a"]).unwrap();
    /// assert_eq!(v.itemsize(), 9);
    /// assert_eq!(v.dtype().names().unwrap(), vec!["b", "a"]);
    /// ```
    pub fn fields(&self, names: &[&str]) -> Result<Array> {
        let Some(all) = self.dtype.fields() else {
            return Err(Error::Index(
                "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices".into(),
            ));
        };
        let mut picked: Vec<Field> = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            if names[..i].contains(name) {
                return Err(Error::Value(format!("duplicate field of name '{name}'")));
            }
            let f = all
                .iter()
                .find(|f| f.name == *name)
                .ok_or_else(|| Error::Key(format!("'{name}'")))?;
            picked.push(f.clone());
        }
        let dtype = DType::record(picked, Some(self.itemsize()), false)?;
        self.view_with(dtype, self.layout.clone())
    }

    /// `a[i, j]` of a structured array as NumPy gives it: a record (`np.void`) that *views*
    /// the array's memory, here a 0-d view of the item. Later writes to the array show in it,
    /// and writes through it (`r.set_field("x", 5)`, NumPy's `a[0]['x'] = 5`) change the
    /// array. Read its current value with `get(&[])`. ([`Array::get`] returns a copy.)
    ///
    /// ```
    /// use numrs::{DType, Scalar};
    /// let d = DType::packed_record(vec![("x".into(), DType::INT32, None), ("y".into(), DType::FLOAT64, None)], false).unwrap();
    /// let a = numrs::zeros(&[3], d).unwrap();
    /// let r = a.record(&[1]).unwrap();
    /// r.set_field("x", Scalar::I32(5)).unwrap();
    /// assert_eq!(a.field("x").unwrap().to_vec::<i32>().unwrap(), vec![0, 5, 0]);
    /// a.set_field("y", Scalar::F64(2.5)).unwrap();
    /// assert_eq!(r.field("y").unwrap().get(&[]).unwrap(), Scalar::F64(2.5));
    /// assert!(numrs::shares_memory(&r, &a));
    /// ```
    pub fn record(&self, index: &[isize]) -> Result<Array> {
        if self.dtype.fields().is_none() {
            return Err(Error::Type(
                "a record view needs a structured dtype (use get for a copy)".into(),
            ));
        }
        if index.len() != self.ndim() {
            return Err(Error::Index(format!(
                "too many indices for array: array is {}-dimensional, but {} were indexed",
                self.ndim(),
                index.len()
            )));
        }
        let idx: Vec<crate::Idx> = index.iter().map(|&i| crate::Idx::Int(i)).collect();
        self.slice(&idx)
    }

    /// `a['name'] = value`: writes a scalar into one field of every item.
    pub fn set_field(&self, name: &str, value: crate::Scalar) -> Result<()> {
        self.field(name)?.fill(value)
    }
}
