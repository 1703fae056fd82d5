//! Casts that involve structured or sub-array dtypes, as NumPy 2 does them.
//!
//! * **record -> record**: fields are matched by *position*, not by name (NumPy >= 1.14); the
//!   field counts must agree. Each field pair is cast with the ordinary rules (recursively).
//! * **record -> anything else**: only a record of exactly one field; that field is cast.
//! * **anything else -> record**: the value is cast into every field.
//! * **sub-arrays**: equal shapes cast element by element; otherwise the source is broadcast
//!   into the destination shape from the right, and destination elements past the end of a
//!   source axis are zero (NumPy's "subarray broadcast" transfer, which also truncates).
//!
//! Safety (`can_cast`) follows the same walk: a record cast is at best `'no'` when names,
//! titles, offsets and item size agree, `'equiv'` when only layouts or byte orders differ,
//! `'safe'` when only names or titles differ (on top of the fields' own safety); casts into or
//! out of a record from a plain dtype are `'unsafe'`; a cast into a sub-array is at best
//! `'safe'`, between sub-arrays of different shapes `'unsafe'`. A cast that cannot be done at
//! all (different field counts, several fields into one value) has no safety: `can_cast` is
//! false under every rule and `astype` raises NumPy's `TypeError`.
//!
//! The work is done through views: a field is a view at the field's offset, a sub-array adds
//! trailing axes, and each pair of plain leaves is one strided [`copy_into`] call, so the
//! numeric, string and byte-order conversions are the existing kernels.

use crate::array::Array;
use crate::dtype::{DType, Field};
use crate::error::{Error, Result};
use crate::kernels::copy::copy_into;
use crate::layout::{Layout, Order, Shape, Strides};
use crate::promote::{cast_error_message, Casting};

/// Whether a cast between `from` and `to` goes through this module (either side is a record
/// or a sub-array dtype).
pub(crate) fn involves_structure(from: &DType, to: &DType) -> bool {
    let structured = |d: &DType| d.fields().is_some() || d.subdtype().is_some();
    structured(from) || structured(to)
}

/// NumPy 2's cast safety for any pair of dtypes, `None` when NumPy cannot cast at all.
///
/// ```
/// use numrs::{DType, promote::Casting, struct_cast::cast_safety_checked};
/// let ab: DType = "i4,f8".parse().unwrap();
/// let wide: DType = "i8,f8".parse().unwrap();
/// assert_eq!(cast_safety_checked(&ab, &wide), Some(Casting::Safe));
/// assert_eq!(cast_safety_checked(&ab, &DType::FLOAT64), None); // two fields into one value
/// assert_eq!(cast_safety_checked(&DType::INT64, &ab), Some(Casting::Unsafe));
/// ```
pub fn cast_safety_checked(from: &DType, to: &DType) -> Option<Casting> {
    match (from.fields(), to.fields()) {
        (Some(a), Some(b)) => fields_safety(from, to, a, b),
        (Some(a), None) => match a {
            [only] => cast_safety_checked(&only.dtype, to).map(|_| Casting::Unsafe),
            _ => None,
        },
        (None, Some(b)) => {
            for f in b {
                cast_safety_checked(from, &f.dtype)?;
            }
            Some(Casting::Unsafe)
        }
        (None, None) => match (from.subdtype(), to.subdtype()) {
            (None, None) => Some(crate::promote::cast_safety(from, to)),
            (Some((fb, fs)), Some((tb, ts))) => {
                let base = cast_safety_checked(fb, tb)?;
                Some(if fs == ts { base } else { Casting::Unsafe })
            }
            (Some((fb, _)), None) => cast_safety_checked(fb, to).map(|_| Casting::Unsafe),
            (None, Some((tb, _))) => {
                let base = cast_safety_checked(from, tb)?;
                // A plain void source is void-to-void in NumPy (shapes differ: unsafe);
                // anything else into a sub-array is at best safe.
                Some(if from.kind() == 'V' {
                    Casting::Unsafe
                } else {
                    base.max(Casting::Safe)
                })
            }
        },
    }
}

/// Record to record: fields by position.
fn fields_safety(from: &DType, to: &DType, a: &[Field], b: &[Field]) -> Option<Casting> {
    if a.len() != b.len() {
        return None;
    }
    let mut casting = Casting::No;
    let mut same_offsets = true;
    for (fa, fb) in a.iter().zip(b) {
        let title_a = fa.title.as_deref().unwrap_or(&fa.name);
        let title_b = fb.title.as_deref().unwrap_or(&fb.name);
        if fa.name != fb.name || title_a != title_b {
            casting = casting.max(Casting::Safe);
        }
        casting = casting.max(cast_safety_checked(&fa.dtype, &fb.dtype)?);
        same_offsets &= fa.offset == fb.offset;
    }
    // NumPy calls a cast "no" only when the result could be a view of the same bytes.
    if !same_offsets || from.itemsize() != to.itemsize() {
        casting = casting.max(Casting::Equiv);
    }
    Some(casting)
}

/// `x.astype(to)` when a record or sub-array dtype is involved (NumPy's `casting='unsafe'`).
pub(crate) fn astype(src: &Array, to: &DType) -> Result<Array> {
    if cast_safety_checked(src.dtype(), to).is_none() {
        return Err(Error::Type(cast_error_message(
            src.dtype(),
            to,
            Casting::Unsafe,
        )));
    }
    let out = match to.subdtype() {
        None => src.empty_like_with(Order::K, to.clone())?,
        Some((base, sub)) => {
            let mut shape: Shape = src.shape().into();
            shape.extend_from_slice(sub);
            if shape.len() > crate::layout::MAX_DIMS {
                return Err(Error::TooManyDims(shape.len()));
            }
            Array::new_owned(&shape, base.clone(), Order::C)?
        }
    };
    let from = Part {
        arr: src.clone(),
        dtype: src.dtype().clone(),
    };
    let into = Part {
        arr: out.clone(),
        dtype: to.clone(),
    };
    transfer(&from, &into)?;
    Ok(out)
}

impl Array {
    /// `x.astype(dtype, casting=...)`: like [`Array::astype`], but refuses (with NumPy's
    /// `TypeError`) a cast the rule does not allow; record and sub-array dtypes follow
    /// NumPy 2's rules (see [`cast_safety_checked`]).
    ///
    /// ```
    /// use numrs::{DType, promote::Casting};
    /// let x = numrs::zeros(&[2], "i4,f8".parse().unwrap()).unwrap();
    /// let y = x.astype_casting(&"i8,f8".parse().unwrap(), Casting::Safe).unwrap();
    /// assert_eq!(y.itemsize(), 16);
    /// let e = x.astype_casting(&"i2,f8".parse().unwrap(), Casting::Safe).unwrap_err();
    /// assert_eq!(e.python_type(), "TypeError");
    /// ```
    pub fn astype_casting(&self, dtype: &DType, casting: Casting) -> Result<Array> {
        match cast_safety_checked(self.dtype(), dtype) {
            Some(s) if s <= casting => self.astype(dtype),
            _ => Err(Error::Type(cast_error_message(
                self.dtype(),
                dtype,
                casting,
            ))),
        }
    }
}

/// An operand of a structured transfer: `arr` holds the items of `dtype` over the outer
/// shape; a sub-array `dtype` appears as trailing axes of `arr` (whose dtype is the base).
struct Part {
    arr: Array,
    dtype: DType,
}

impl Part {
    fn field(&self, f: &Field) -> Result<Part> {
        Ok(Part {
            arr: self.arr.field_view(f)?,
            dtype: f.dtype.clone(),
        })
    }

    fn sub_shape(&self) -> &[usize] {
        self.dtype.subdtype().map_or(&[], |(_, s)| s)
    }

    fn base(&self) -> &DType {
        self.dtype.subdtype().map_or(&self.dtype, |(b, _)| b)
    }

    /// The outer axes only, with the sub-array element at `coords` (or broadcast over the
    /// sub-array axes of `like` when `coords` is `None`).
    fn element(&self, coords: &[usize]) -> Result<Part> {
        let outer = self.arr.ndim() - self.sub_shape().len();
        let mut offset = self.arr.offset() as isize;
        for (c, s) in coords.iter().zip(&self.arr.strides()[outer..]) {
            offset = (*c as isize)
                .checked_mul(*s)
                .and_then(|d| offset.checked_add(d))
                .ok_or_else(|| Error::overflow("a sub-array offset"))?;
        }
        let layout = Layout::from_parts_unchecked(
            self.arr.shape()[..outer].into(),
            self.arr.strides()[..outer].into(),
            usize::try_from(offset).map_err(|_| Error::overflow("a sub-array offset"))?,
        );
        Ok(Part {
            arr: self.arr.view_with(self.base().clone(), layout)?,
            dtype: self.base().clone(),
        })
    }
}

fn transfer(src: &Part, dst: &Part) -> Result<()> {
    match (src.dtype.fields(), dst.dtype.fields()) {
        (Some(a), Some(b)) => {
            if a.len() != b.len() {
                return Err(Error::Value("structures must have the same size".into()));
            }
            for (fa, fb) in a.iter().zip(b) {
                transfer(&src.field(fa)?, &dst.field(fb)?)?;
            }
            Ok(())
        }
        (Some(a), None) => match a {
            [only] => transfer(&src.field(only)?, dst),
            _ => Err(Error::Value(
                "Can't cast from structure to non-structure, except if the structure only has a single field.".into(),
            )),
        },
        (None, Some(b)) => {
            for f in b {
                transfer(src, &dst.field(f)?)?;
            }
            Ok(())
        }
        (None, None) => transfer_subarray(src, dst),
    }
}

/// Neither side has fields; either may be a sub-array.
fn transfer_subarray(src: &Part, dst: &Part) -> Result<()> {
    let (ss, ds) = (src.sub_shape(), dst.sub_shape());
    if ss.is_empty() && ds.is_empty() {
        return copy_into(&src.arr, &dst.arr);
    }
    let elements = |d: &Part| -> Part {
        Part {
            arr: d.arr.clone(),
            dtype: d.base().clone(),
        }
    };
    if ss == ds {
        // Element by element: the sub-array axes become ordinary axes.
        return transfer(&elements(src), &elements(dst));
    }
    let src_size: usize = ss.iter().product();
    if src_size == 1 {
        // One source element fills the whole destination sub-array (stride 0).
        let outer = src.arr.ndim() - ss.len();
        let mut shape: Shape = src.arr.shape()[..outer].into();
        let mut strides: Strides = src.arr.strides()[..outer].into();
        shape.extend_from_slice(ds);
        strides.extend(ds.iter().map(|_| 0));
        let layout = Layout::from_parts_unchecked(shape, strides, src.arr.offset());
        let spread = Part {
            arr: src.arr.view_with(src.base().clone(), layout)?,
            dtype: src.base().clone(),
        };
        return transfer(&spread, &elements(dst));
    }
    let dst_size: usize = ds.iter().product();
    let mut zeros: Option<Array> = None;
    for k in 0..dst_size {
        let dst_coords = unravel(k, ds);
        let dst_el = dst.element(&dst_coords)?;
        match broadcast_source(&dst_coords, ds, ss) {
            Some(src_coords) => transfer(&src.element(&src_coords)?, &dst_el)?,
            None => {
                if zeros.is_none() {
                    zeros = Some(crate::zeros(dst_el.arr.shape(), dst_el.dtype.clone())?);
                }
                if let Some(z) = &zeros {
                    copy_into(z, &dst_el.arr)?;
                }
            }
        }
    }
    Ok(())
}

fn unravel(mut k: usize, shape: &[usize]) -> Vec<usize> {
    let mut coords = vec![0; shape.len()];
    for (c, &n) in coords.iter_mut().zip(shape).rev() {
        *c = k % n.max(1);
        k /= n.max(1);
    }
    coords
}

/// The source element NumPy reads for destination element `dst`: shapes aligned on the
/// right, length-1 source axes broadcast, missing axes read index 0, and a destination index
/// past the end of a source axis reads nothing (the element is zeroed).
fn broadcast_source(dst: &[usize], ds: &[usize], ss: &[usize]) -> Option<Vec<usize>> {
    let ndim = ds.len().max(ss.len());
    let mut src = vec![0; ss.len()];
    for i in 0..ndim {
        let coord = if i >= ndim - ds.len() {
            dst[i - (ndim - ds.len())]
        } else {
            0
        };
        if i >= ndim - ss.len() {
            let j = i - (ndim - ss.len());
            if ss[j] != 1 {
                if coord >= ss[j] {
                    return None;
                }
                src[j] = coord;
            }
        }
    }
    Some(src)
}
