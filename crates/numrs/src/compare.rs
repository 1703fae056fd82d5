//! Element-wise equality for every dtype: numbers by value, strings by their text (trailing
//! NULs do not count), records field by field. Result: a bool array of the broadcast shape.

use crate::array::Array;
use crate::dtype::DType;
use crate::error::Result;
use crate::scalar::Scalar;

/// NumPy's `==` between two items.
fn items_equal(a: &Scalar, b: &Scalar) -> bool {
    match (a, b) {
        (Scalar::Bytes(x), Scalar::Bytes(y)) => x == y,
        (Scalar::Str(x), Scalar::Str(y)) => x == y,
        (Scalar::Void(x, dx), Scalar::Void(y, dy)) => records_equal(x, dx, y, dy),
        (x, y) if x.is_numeric() && y.is_numeric() => match (x.as_i128(), y.as_i128()) {
            (Some(i), Some(j)) => i == j,
            _ => {
                let (xr, xi) = complex_parts(x);
                let (yr, yi) = complex_parts(y);
                xr == yr && xi == yi
            }
        },
        _ => false,
    }
}

fn complex_parts(v: &Scalar) -> (f64, f64) {
    match v.to_element::<num_complex::Complex64>() {
        Ok(c) => (c.re, c.im),
        Err(_) => (f64::NAN, f64::NAN),
    }
}

fn records_equal(x: &[u8], dx: &DType, y: &[u8], dy: &DType) -> bool {
    match (dx.fields(), dy.fields()) {
        (Some(fx), Some(fy)) if fx.len() == fy.len() => fx.iter().zip(fy).all(|(f, g)| {
            let (Some(bx), Some(by)) = (
                x.get(f.offset..f.offset + f.dtype.itemsize()),
                y.get(g.offset..g.offset + g.dtype.itemsize()),
            ) else {
                return false;
            };
            field_equal(bx, &f.dtype, by, &g.dtype)
        }),
        (None, None) => x == y,
        _ => false,
    }
}

fn field_equal(x: &[u8], dx: &DType, y: &[u8], dy: &DType) -> bool {
    match (dx.subdtype(), dy.subdtype()) {
        (Some((bx, _)), Some((by, _))) => {
            let (sx, sy) = (bx.itemsize().max(1), by.itemsize().max(1));
            x.len() / sx == y.len() / sy
                && x.chunks(sx)
                    .zip(y.chunks(sy))
                    .all(|(a, b)| field_equal(a, bx, b, by))
        }
        _ => match (crate::items::decode(x, dx), crate::items::decode(y, dy)) {
            (Ok(a), Ok(b)) => items_equal(&a, &b),
            _ => false,
        },
    }
}

fn compare(a: &Array, b: &Array, negate: bool) -> Result<Array> {
    if a.dtype().is_numeric() && b.dtype().is_numeric() {
        let op = if negate {
            crate::ufunc::BinaryUfunc::NotEqual
        } else {
            crate::ufunc::BinaryUfunc::Equal
        };
        return crate::ufunc::exec::binary(op, a.into(), b.into(), &Default::default());
    }
    let views = crate::broadcast_arrays(&[a, b])?;
    let (va, vb) = (
        views[0].ravel(crate::Order::C)?,
        views[1].ravel(crate::Order::C)?,
    );
    let n = va.size();
    let mut out = Vec::with_capacity(n);
    for i in 0..n as isize {
        let eq = items_equal(&va.get(&[i])?, &vb.get(&[i])?);
        out.push(crate::element::Bool8((eq != negate) as u8));
    }
    Array::from_shape_vec(views[0].shape(), out)
}

/// `np.equal(a, b)` / `a == b`, with broadcasting, for any dtypes.
///
/// ```
/// let a = numrs::array(&["ab", "c"], None).unwrap();
/// let b = numrs::array(&["ab"], None).unwrap();
/// assert_eq!(format!("{:?}", numrs::equal(&a, &b).unwrap()), "array([ True, False])");
/// ```
pub fn equal(a: &Array, b: &Array) -> Result<Array> {
    compare(a, b, false)
}

/// `np.not_equal(a, b)` / `a != b`.
pub fn not_equal(a: &Array, b: &Array) -> Result<Array> {
    compare(a, b, true)
}
