//! Element-wise arithmetic with broadcasting. This first path handles operands of one dtype;
//! type promotion arrives with the full ufunc machinery, which grows from this code.

use crate::array::Array;
use crate::error::{Error, Result};
use crate::kernels::binary::{binary_into, BinaryOp};
use crate::layout::{broadcast_shapes, Layout, Order};

/// NumPy's iterator axis ordering (`npyiter_find_best_axis_ordering`): a stable insertion sort
/// of the axes by the operands' |strides|, where the first operand with non-zero strides on
/// both axes decides and C order wins ties. Returns axes outermost first. With
/// `only_first`, only the first operand is considered.
pub(crate) fn stride_sort_perm(
    operands: &[&[isize]],
    shape: &[usize],
    only_first: bool,
) -> Vec<usize> {
    let nd = shape.len();
    let ops = if only_first { &operands[..1] } else { operands };
    let stride = |op: &[isize], ax: usize| if shape[ax] == 1 { 0 } else { op[ax] };
    // Work innermost-first, as NumPy's reversed axis data does.
    let mut perm: Vec<usize> = (0..nd).rev().collect();
    for i0 in 1..nd {
        let ax0 = perm[i0];
        let mut ipos = i0;
        for i1 in (0..i0).rev() {
            let ax1 = perm[i1];
            let (mut ambig, mut swap) = (true, false);
            for op in ops {
                let (s0, s1) = (stride(op, ax0), stride(op, ax1));
                if s0 != 0 && s1 != 0 {
                    if s1.unsigned_abs() <= s0.unsigned_abs() {
                        swap = false;
                    } else if ambig {
                        swap = true;
                    }
                    ambig = false;
                }
            }
            if !ambig {
                if swap {
                    ipos = i1;
                } else {
                    break;
                }
            }
        }
        if ipos != i0 {
            perm[ipos..=i0].rotate_right(1);
        }
    }
    perm.reverse();
    perm
}

/// A fresh output laid out in the inputs' memory order (NumPy's `order='K'` allocation).
fn output_like(shape: &[usize], inputs: &[&Array], dtype: crate::DType) -> Result<Array> {
    let strides: Vec<&[isize]> = inputs.iter().map(|a| a.strides()).collect();
    let perm = stride_sort_perm(&strides, shape, false);
    let permuted: Vec<usize> = perm.iter().map(|&a| shape[a]).collect();
    let out = Array::new_owned(&permuted, dtype, Order::C)?;
    let mut inverse = vec![0usize; perm.len()];
    for (i, &a) in perm.iter().enumerate() {
        inverse[a] = i;
    }
    let layout: Layout = out.layout.permuted(&inverse)?;
    let mut out = out;
    out.layout = layout;
    Ok(out)
}

fn binary(op: BinaryOp, a: &Array, b: &Array) -> Result<Array> {
    let ty = a.dtype.numeric("arithmetic")?;
    if Some(ty) != b.dtype.scalar_type() {
        return Err(Error::NotImplemented(format!(
            "arithmetic between {} and {} (type promotion)",
            a.dtype, b.dtype
        )));
    }
    let shape = broadcast_shapes(&[a.shape(), b.shape()])?;
    let native = crate::DType::native(ty);
    let to_native = |x: &Array| -> Result<Array> {
        let x = if x.dtype.is_native() {
            x.clone()
        } else {
            let mut n = x.empty_like(Order::K)?;
            n.dtype = native.clone();
            crate::kernels::copy::copy_into(x, &n)?;
            n
        };
        x.view_layout(x.layout.broadcast_to(&shape)?)
    };
    let (a2, b2) = (to_native(a)?, to_native(b)?);
    let out = output_like(&shape, &[&a2, &b2], native)?;
    binary_into(op, &a2, &b2, &out)?;
    Ok(out)
}

/// `np.add(a, b)` / `a + b` for arrays of one dtype, with broadcasting.
///
/// ```
/// let x = numrs::array(&[1, 2, 3, 4], Some(numrs::DType::INT16)).unwrap();
/// let y = numrs::array(&[[5], [6]], Some(numrs::DType::INT16)).unwrap();
/// assert_eq!(numrs::add(&x, &y).unwrap().shape(), &[2, 4]);
/// ```
pub fn add(a: &Array, b: &Array) -> Result<Array> {
    binary(BinaryOp::Add, a, b)
}

/// `np.multiply(a, b)` / `a * b` for arrays of one dtype, with broadcasting.
///
/// ```
/// use numrs::{s, NewAxis};
/// let x = numrs::array(&[1, 2, 3, 4], Some(numrs::DType::INT16)).unwrap();
/// let y = numrs::array(&[5, 6, 7], Some(numrs::DType::INT16)).unwrap();
/// let p = numrs::multiply(&x.slice(s![NewAxis, ..]).unwrap(), &y.slice(s![.., NewAxis]).unwrap()).unwrap();
/// assert_eq!(p.get(&[2, 3]).unwrap(), numrs::Scalar::I16(28));
/// ```
pub fn multiply(a: &Array, b: &Array) -> Result<Array> {
    binary(BinaryOp::Multiply, a, b)
}

impl Array {
    /// `x.sum()` over all items: NumPy's result types (small integers sum to int64 or uint64)
    /// and NumPy 2's pairwise float summation, bit for bit.
    ///
    /// ```
    /// let x = numrs::arange(0.0, 625.0, 1.0, None).unwrap();
    /// assert_eq!(x.sum().unwrap(), numrs::Scalar::I64(195000));
    /// ```
    pub fn sum(&self) -> Result<crate::Scalar> {
        crate::kernels::sum::sum_all(self)
    }
}
