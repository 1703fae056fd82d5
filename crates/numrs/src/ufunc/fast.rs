//! The common case without the general machinery: a ufunc on arrays that already have the
//! loop's (native) dtype and one shape, with no `where=` and no `dtype=`.
//!
//! Everything the general path would do is either skipped because it cannot change anything
//! here, or done more cheaply:
//!
//! ```text
//!   loop resolution   cached per (promotion mode, ufunc, dtype): the general resolver's own
//!                     answer for two arrays of that dtype, which depends on nothing else
//!   input casts       none (inputs already have the loop's types; else: general path)
//!   broadcasting      none (one shape; else: general path)
//!   output            fresh C-ordered when every input is C-contiguous (what order 'K'
//!                     gives), or `out=` of the loop's output dtype and shape
//!   overlap           a fresh output shares nothing; `out=` must be disjoint from each input
//!                     or be exactly its items (else: general path, which copies)
//! ```
//!
//! Any other situation returns `None` and the caller takes the general path, which also
//! produces every error.

use super::exec::UfuncOptions;
use super::ops::{resolve_binary, resolve_unary, BinaryUfunc, LoopTypes, UnaryUfunc};
use crate::array::Array;
use crate::dtype::{DType, ScalarType};
use crate::error::Result;
use crate::kernels::run::same_shape;
use crate::layout::Order;
use crate::promote::{current_mode, Operand, PromotionMode};
use std::sync::atomic::{AtomicU16, Ordering};

const TYPES: usize = ScalarType::ALL.len();
const BINARY: usize = BinaryUfunc::ALL.len();
const UNARY: usize = UnaryUfunc::ALL.len();

/// Resolved loops, one slot per (mode, ufunc, operand dtype): 0 = not resolved yet, else
/// `1 << 15 | output << 10 | input1 << 5 | input0` (indices into `ScalarType::ALL`).
/// Errors are never cached: they are rare and the general path reports them.
static BINARY_LOOPS: [AtomicU16; 2 * BINARY * TYPES] =
    [const { AtomicU16::new(0) }; 2 * BINARY * TYPES];
static UNARY_LOOPS: [AtomicU16; 2 * UNARY * TYPES] =
    [const { AtomicU16::new(0) }; 2 * UNARY * TYPES];

const PRESENT: u16 = 1 << 15;

fn index_of(t: ScalarType) -> usize {
    // `ALL` lists the types in declaration order, so this is the discriminant.
    t as usize
}

fn mode_index() -> usize {
    match current_mode() {
        PromotionMode::Weak => 0,
        PromotionMode::Legacy => 1,
    }
}

fn encode(inputs: &[ScalarType], output: ScalarType) -> u16 {
    let mut code = PRESENT | (index_of(output) as u16) << 10;
    for (k, &t) in inputs.iter().enumerate() {
        code |= (index_of(t) as u16) << (5 * k);
    }
    code
}

fn decode(code: u16, k: usize) -> ScalarType {
    ScalarType::ALL[((code >> (5 * k)) & 31) as usize % TYPES]
}

/// The loop `op` uses for two arrays (of at least one dimension) of dtype `t`.
fn binary_types(op: BinaryUfunc, t: ScalarType) -> Option<LoopTypes<2>> {
    let slot = &BINARY_LOOPS[(mode_index() * BINARY + op as usize) * TYPES + index_of(t)];
    let code = slot.load(Ordering::Relaxed);
    if code & PRESENT != 0 {
        return Some(LoopTypes {
            inputs: [decode(code, 0), decode(code, 1)],
            output: decode(code, 2),
        });
    }
    let operand = Operand::Array(DType::native(t));
    let types = resolve_binary(op, &operand, &operand).ok()?;
    slot.store(encode(&types.inputs, types.output), Ordering::Relaxed);
    Some(types)
}

/// The loop `op` uses for an array (of at least one dimension) of dtype `t`.
fn unary_types(op: UnaryUfunc, t: ScalarType) -> Option<LoopTypes<1>> {
    let slot = &UNARY_LOOPS[(mode_index() * UNARY + op as usize) * TYPES + index_of(t)];
    let code = slot.load(Ordering::Relaxed);
    if code & PRESENT != 0 {
        return Some(LoopTypes {
            inputs: [decode(code, 0)],
            output: decode(code, 2),
        });
    }
    let types = resolve_unary(op, &Operand::Array(DType::native(t))).ok()?;
    slot.store(encode(&types.inputs, types.output), Ordering::Relaxed);
    Some(types)
}

/// The native scalar type of an array the fast path can take as a ufunc input.
fn fast_input(x: &Array) -> Option<ScalarType> {
    let t = x.dtype().scalar_type()?;
    // 0-d arrays are promoted by value in Legacy mode: the general path handles them.
    (x.ndim() > 0 && *x.dtype() == DType::native(t)).then_some(t)
}

/// The output to write: a fresh C-ordered array, or `out=` when it needs no cast, no
/// broadcast and no copy of any input.
#[inline]
fn target(inputs: &[&Array], out_dtype: ScalarType, opts: &UfuncOptions) -> Option<Result<Array>> {
    let shape = inputs[0].shape();
    let out_dtype = DType::native(out_dtype);
    match opts.out {
        None => {
            let c_order = inputs
                .iter()
                .all(|x| x.layout.is_c_contiguous(x.itemsize()));
            c_order.then(|| Array::new_output(shape, out_dtype, Order::C))
        }
        Some(out) => {
            let usable = same_shape(out.shape(), shape)
                && *out.dtype() == out_dtype
                && out.is_writeable()
                && inputs.iter().all(|x| {
                    !crate::overlap::may_share_memory(x, out) || super::exec::same_items(x, out)
                });
            usable.then(|| Ok(out.clone()))
        }
    }
}

/// `op(x, y)` on the fast path, or `None` to take the general one.
pub(super) fn binary(
    op: BinaryUfunc,
    x: &Array,
    y: &Array,
    opts: &UfuncOptions,
) -> Option<Result<Array>> {
    // `power` checks its integer exponents first; `where=`/`dtype=` need the general path.
    if opts.where_.is_some() || opts.dtype.is_some() || op == BinaryUfunc::Power {
        return None;
    }
    let t = fast_input(x)?;
    if fast_input(y)? != t || !same_shape(x.shape(), y.shape()) {
        return None;
    }
    let types = binary_types(op, t)?;
    if types.inputs != [t, t] {
        return None;
    }
    let inner = crate::kernels::loops::binary_loop(op, types)?;
    let out = match target(&[x, y], types.output, opts)? {
        Ok(out) => out,
        Err(e) => return Some(Err(e)),
    };
    Some(crate::kernels::run::run_elementwise_threaded(inner, [x, y, &out]).map(|()| out))
}

/// `op(x)` on the fast path, or `None` to take the general one.
pub(super) fn unary(op: UnaryUfunc, x: &Array, opts: &UfuncOptions) -> Option<Result<Array>> {
    if opts.where_.is_some() || opts.dtype.is_some() {
        return None;
    }
    let t = fast_input(x)?;
    let types = unary_types(op, t)?;
    if types.inputs != [t] {
        return None;
    }
    let inner = crate::kernels::loops::unary_loop(op, types)?;
    let out = match target(&[x], types.output, opts)? {
        Ok(out) => out,
        Err(e) => return Some(Err(e)),
    };
    Some(crate::kernels::run::run_elementwise_threaded(inner, [x, &out]).map(|()| out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ufunc::exec::{binary as general_binary, Arg};

    /// Large enough for two threads and a pooled mapping.
    const BIG: usize = 3 << 20;

    #[test]
    fn threaded_results_match_item_by_item() {
        let a: Vec<f64> = (0..BIG).map(|i| i as f64 * 0.5).collect();
        let b: Vec<f64> = (0..BIG).map(|i| (BIG - i) as f64).collect();
        let (x, y) = (Array::from_vec(a.clone()), Array::from_vec(b.clone()));
        let r = crate::ufunc::add(&x, &y).unwrap().to_vec::<f64>().unwrap();
        assert!(r
            .iter()
            .zip(a.iter().zip(&b))
            .all(|(r, (a, b))| *r == a + b));
        // In place (`x += y`): the output is exactly the first input.
        x.apply_inplace(BinaryUfunc::Add, &y).unwrap();
        assert_eq!(x.to_vec::<f64>().unwrap(), r);
        // A broadcast outer product on the general path, split by rows.
        let v = Array::from_vec((0..2000i16).collect());
        let rows = v.slice(crate::s![.., crate::NewAxis]).unwrap();
        let cols = v.slice(crate::s![crate::NewAxis, ..]).unwrap();
        let p = crate::ufunc::multiply(&rows, &cols).unwrap();
        let got = p.to_vec::<i16>().unwrap();
        assert!(got
            .iter()
            .enumerate()
            .all(|(k, &g)| g == ((k / 2000) as i16).wrapping_mul((k % 2000) as i16)));
    }

    #[test]
    fn out_and_fast_path_agree_with_general_path() {
        let x = Array::from_vec(vec![1.0f64, 2.0, 3.0]);
        let y = Array::from_vec(vec![4.0f64, 5.0, 6.0]);
        let c = Array::from_vec(vec![0.0f64; 3]);
        let opts = UfuncOptions {
            out: Some(&c),
            ..UfuncOptions::default()
        };
        let r = general_binary(BinaryUfunc::Subtract, Arg::Array(&x), Arg::Array(&y), &opts);
        assert!(r.unwrap().is(&c));
        let fresh = crate::ufunc::subtract(&x, &y).unwrap();
        assert_eq!(c.to_vec::<f64>(), fresh.to_vec::<f64>());
        // An output overlapping an input other than item for item takes the general path.
        let z = Array::from_vec(vec![1i32, 2, 3, 4]);
        let head = z.slice(crate::s![..3]).unwrap();
        let tail = z.slice(crate::s![1..]).unwrap();
        let opts = UfuncOptions {
            out: Some(&tail),
            ..UfuncOptions::default()
        };
        let copy = head.copy(Order::C).unwrap();
        let expected = crate::ufunc::add(&copy, &copy).unwrap();
        general_binary(
            BinaryUfunc::Add,
            Arg::Array(&head),
            Arg::Array(&head),
            &opts,
        )
        .unwrap();
        assert_eq!(tail.to_vec::<i32>(), expected.to_vec::<i32>());
    }

    #[test]
    fn pooled_output_memory_never_reaches_zeros() {
        let x = Array::from_vec(vec![1.5f64; BIG]);
        drop(crate::ufunc::add(&x, &x).unwrap());
        let z = crate::zeros(&[BIG], DType::FLOAT64).unwrap();
        assert!(z.to_vec::<f64>().unwrap().iter().all(|&v| v == 0.0));
    }

    #[test]
    fn codes_round_trip() {
        for &a in &ScalarType::ALL {
            for &o in &ScalarType::ALL {
                let c = encode(&[a, o], o);
                assert_eq!((decode(c, 0), decode(c, 1), decode(c, 2)), (a, o, o));
                assert_eq!(ScalarType::ALL[index_of(a)], a);
            }
        }
    }
}
