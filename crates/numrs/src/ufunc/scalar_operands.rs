//! Ufunc calls with scalar operands, without 0-d arrays: NumPy's scalar operators on two
//! NumPy scalars (`np.float64(1.5) * np.float64(2.0)`), and an array with a scalar
//! (`a * 2.0`, `2 < a`). The loop is the general resolver's (cached where its answer
//! cannot depend on the scalar's value); the items run through
//! [`crate::kernels::scalar_loop`]. Any other call returns `None` and takes the general
//! path, which also produces every error.

use super::exec::{Arg, UfuncOptions};
use super::fast::{binary_loop, fast_input, fresh_c_layout, index_of, unary_loop, BINARY, TYPES};
use super::ops::{resolve_binary, BinaryUfunc, LoopTypes, UnaryUfunc};
use crate::array::Array;
use crate::dtype::{DType, ScalarType};
use crate::error::Result;
use crate::kernels::scalar_loop::{binary_item, binary_with_item, unary_item};
use crate::layout::{Layout, Order};
use crate::promote::{current_mode, Operand, PromotionMode};
use crate::scalar::Scalar;
use std::sync::OnceLock;

/// `op(x, y)` for two NumPy scalars (typed, not Python numbers) of one numeric type: the loop
/// the general path resolves for them, run on the two items directly
/// ([`crate::kernels::scalar_loop`]) instead of on two 0-d arrays. `None` to take the general
/// path (other operands, or integer `power`, which checks its exponents first).
pub(crate) fn binary_scalars(op: BinaryUfunc, x: &Scalar, y: &Scalar) -> Option<Result<Scalar>> {
    if !crate::errstate::fast_paths()
        || x.is_weak()
        || !x.is_numeric()
        || y.is_weak()
        || !y.is_numeric()
    {
        return None;
    }
    let t = x.scalar_type();
    let exact = matches!(t.info().kind, 'b' | 'i' | 'u');
    if y.scalar_type() != t || (op == BinaryUfunc::Power && exact) {
        return None;
    }
    let (types, (inner, _)) = binary_loop(op, t)?;
    let context = super::exec::binary_fp_context(op);
    Some(binary_item(
        inner,
        types.inputs,
        types.output,
        (x, y),
        context,
    ))
}

/// `op(a, b)` for an array and a scalar (either order) in a call without keyword arguments:
/// the general resolver's loop (so NumPy's promotion of the scalar, in either mode), run on
/// the array's items with the scalar as a stride-0 operand
/// ([`crate::kernels::scalar_loop::binary_with_item`]) when the array is one C-ordered run
/// of the loop's input type and the scalar a Python number or a NumPy scalar of that type.
/// The scalar converts to the loop's type exactly as the general path's 0-d array does (the
/// same `to_element`, with its errors). `None`: take the general path.
pub(super) fn binary_array_scalar(
    op: BinaryUfunc,
    a: &Arg,
    b: &Arg,
    opts: &UfuncOptions,
) -> Option<Result<Array>> {
    if opts.out.is_some() || opts.where_.is_some() || opts.dtype.is_some() {
        return None;
    }
    let (x, item, item_at) = match (a, b) {
        (Arg::Array(x), Arg::Scalar(s)) => (*x, s, 1),
        (Arg::Scalar(s), Arg::Array(x)) => (*x, s, 0),
        _ => return None,
    };
    let t = fast_input(x)?;
    let itemsize = t.info().itemsize;
    let exact = matches!(t.info().kind, 'b' | 'i' | 'u');
    if !item.is_numeric()
        || !(item.is_weak() || item.scalar_type() == t)
        || (op == BinaryUfunc::Power && exact)
        || !x.layout.is_c_contiguous(itemsize)
    {
        return None;
    }
    let types = match weak_mode_kind(item, t) {
        Some(kind) => array_scalar_types(op, t, kind, item_at)?,
        None => resolve_binary(op, &a.operand().ok()?, &b.operand().ok()?).ok()?,
    };
    if types.inputs != [t, t] {
        return None;
    }
    let inner = crate::kernels::loops::binary_loop(op, types)?;
    let dtype = DType::native(types.output);
    let layout = if types.output == t && fresh_c_layout(x, itemsize) {
        x.layout.clone()
    } else {
        match Layout::contiguous(x.shape(), dtype.itemsize(), Order::C) {
            Ok(l) => l,
            Err(e) => return Some(Err(e)),
        }
    };
    let context = super::exec::binary_fp_context(op);
    let buffer = binary_with_item(
        inner,
        (types.inputs, types.output),
        x,
        (item, item_at),
        context,
    );
    Some(buffer.map(|b| Array::from_parts(b, dtype, layout, None, true)))
}

/// The kinds of scalar whose loop beside an array of type `t` does not depend on its value
/// in Weak mode (NEP 50: a Python number joins by kind): a Python int the array's type holds
/// (others may be errors or special comparisons), a Python float or complex, or a NumPy
/// scalar of type `t`. Legacy mode promotes by value: `None` there, as for other scalars.
fn weak_mode_kind(item: &Scalar, t: ScalarType) -> Option<usize> {
    if current_mode() != PromotionMode::Weak {
        return None;
    }
    match item {
        Scalar::Int(v) => {
            let fits = match crate::scalar::int_bounds(t) {
                Some((lo, hi)) => (lo..=hi).contains(v),
                // Exactly representable in every float type's range that matters here.
                None => t.info().kind != 'b' && v.unsigned_abs() <= 1 << 11,
            };
            fits.then_some(0)
        }
        Scalar::Float(_) => Some(1),
        Scalar::Complex(_) => Some(2),
        s if !s.is_weak() && s.scalar_type() == t => Some(3),
        _ => None,
    }
}

/// Representatives of [`weak_mode_kind`]'s kinds, for the resolver.
fn representative(kind: usize, t: ScalarType) -> Option<Scalar> {
    Some(match kind {
        0 => Scalar::Int(1),
        1 => Scalar::Float(1.0),
        2 => Scalar::Complex(num_complex::Complex64::new(1.0, 0.0)),
        _ => Scalar::Int(1).cast(t).ok()?,
    })
}

type ArrayScalarSlot = OnceLock<Option<LoopTypes<2>>>;
const KINDS: usize = 4;
static ARRAY_SCALAR_LOOPS: [ArrayScalarSlot; 2 * KINDS * BINARY * TYPES] =
    [const { OnceLock::new() }; 2 * KINDS * BINARY * TYPES];

/// The general resolver's loop types, in Weak mode, for `op` on an array of type `t` and a
/// scalar of `kind` at input position `item_at`: cached, since they depend on nothing else.
fn array_scalar_types(
    op: BinaryUfunc,
    t: ScalarType,
    kind: usize,
    item_at: usize,
) -> Option<LoopTypes<2>> {
    let index = ((item_at * KINDS + kind) * BINARY + op as usize) * TYPES + index_of(t);
    *ARRAY_SCALAR_LOOPS.get(index)?.get_or_init(|| {
        let array = Operand::Array(DType::native(t));
        let scalar = Operand::Scalar(representative(kind, t)?);
        let (a, b) = if item_at == 0 {
            (scalar, array)
        } else {
            (array, scalar)
        };
        resolve_binary(op, &a, &b).ok()
    })
}

/// `op(x)` for a NumPy scalar of a numeric type, as [`binary_scalars`].
pub(crate) fn unary_scalar(op: UnaryUfunc, x: &Scalar) -> Option<Result<Scalar>> {
    if !crate::errstate::fast_paths() || x.is_weak() || !x.is_numeric() {
        return None;
    }
    let (types, (inner, _)) = unary_loop(op, x.scalar_type())?;
    let context = super::exec::unary_fp_context(op, types.inputs[0]);
    Some(unary_item(inner, types.inputs[0], types.output, x, context))
}

#[cfg(test)]
mod array_scalar_tests {
    use super::*;
    use crate::promote::with_mode;
    use crate::warnings::catch;

    /// Scalars of every kind: Python numbers in and out of each type's range, NaN and
    /// infinities, and NumPy scalars of the array's type.
    fn scalars(t: ScalarType) -> Vec<Scalar> {
        let mut v = vec![
            Scalar::Int(0),
            Scalar::Int(3),
            Scalar::Int(-1),
            Scalar::Int(300),
            Scalar::Int(1 << 40),
            Scalar::Int(-(1 << 70)),
            Scalar::Float(0.0),
            Scalar::Float(-2.5),
            Scalar::Float(1e300),
            Scalar::Float(f64::NAN),
            Scalar::Float(f64::NEG_INFINITY),
            Scalar::Complex(num_complex::Complex64::new(1.0, -2.0)),
            Scalar::Bool(true),
        ];
        let (typed, _) = catch(|| [0.0, 2.0, -1.0, f64::NAN].map(|f| Scalar::F64(f).cast(t)));
        v.extend(typed.into_iter().flatten());
        v
    }

    fn outcome(r: (Result<Array>, Vec<crate::warnings::Warning>)) -> String {
        let value = match r.0 {
            Ok(a) => format!("{a:?} {:?}", a.strides()),
            Err(e) => format!("error {e}"),
        };
        format!("{value} {:?}", r.1)
    }

    #[test]
    fn array_scalar_calls_match_the_general_path_in_both_modes() {
        let opts = UfuncOptions::default();
        let mut compared = 0;
        for mode in [PromotionMode::Weak, PromotionMode::Legacy] {
            with_mode(mode, || {
                for &t in ScalarType::ALL.iter() {
                    let (items, _) = catch(|| {
                        let v = [1.0, -2.0, 0.0, 100.0, f64::NAN, 0.5, 7.0];
                        crate::array(&v, None)?.astype(&DType::native(t))
                    });
                    let x = items.unwrap();
                    for &op in BinaryUfunc::ALL.iter() {
                        for s in scalars(t) {
                            for item_at in [0, 1] {
                                let args = || {
                                    let (xa, sa) = (Arg::Array(&x), Arg::Scalar(s.clone()));
                                    if item_at == 0 {
                                        (sa, xa)
                                    } else {
                                        (xa, sa)
                                    }
                                };
                                let (a, b) = args();
                                let (fast, w) = catch(|| binary_array_scalar(op, &a, &b, &opts));
                                let Some(fast) = fast else { continue };
                                let general = catch(|| {
                                    let (a, b) = args();
                                    super::super::exec::binary_general(op, a, b, &opts)
                                });
                                let what = format!("{mode:?} {op:?} {t:?} {s:?} at {item_at}");
                                assert_eq!(outcome((fast, w)), outcome(general), "{what}");
                                compared += 1;
                            }
                        }
                    }
                }
            });
        }
        assert!(compared > 5_000, "{compared}");
    }

    #[test]
    fn large_array_scalar_calls_split_across_threads_with_the_same_bits() {
        let n = 3 << 20;
        let x = Array::from_vec((0..n).map(|i| i as f64 * 0.37 - 1e5).collect());
        let opts = UfuncOptions::default();
        for op in [
            BinaryUfunc::Multiply,
            BinaryUfunc::FloorDivide,
            BinaryUfunc::Power,
        ] {
            let (a, b) = (Arg::Array(&x), Arg::Scalar(Scalar::Float(1.7)));
            let fast = binary_array_scalar(op, &a, &b, &opts).unwrap().unwrap();
            let general = super::super::exec::binary_general(op, a, b, &opts).unwrap();
            assert_eq!(
                fast.tobytes(Order::C).unwrap(),
                general.tobytes(Order::C).unwrap()
            );
        }
    }
}
