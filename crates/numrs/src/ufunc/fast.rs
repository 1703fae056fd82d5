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
use crate::kernels::fpstatus::Watch;
use crate::kernels::run::same_shape;
use crate::kernels::run::{
    fresh_output_finite, one_part, run_into_new_buffer, short_binary_loop, ContiguousInputs,
    InnerLoop, SHORT_RUN,
};
use crate::kernels::short::{short_binary_kernel, ShortBinary};
use crate::layout::Order;
use crate::promote::{current_mode, Operand, PromotionMode};
use std::sync::OnceLock;

pub(super) const TYPES: usize = ScalarType::ALL.len();
pub(super) const BINARY: usize = BinaryUfunc::ALL.len();
const UNARY: usize = UnaryUfunc::ALL.len();

/// Resolved loops, one slot per (mode, ufunc, operand dtype): the general resolver's loop types
/// for two (one) arrays of that dtype and the inner loop that runs them, or `None` when the
/// fast path does not apply (an error, or inputs of other types: the general path then
/// reports or casts). Filled on first use; a lookup is one acquire load.
type BinarySlot = OnceLock<Option<(LoopTypes<2>, Loops<3>)>>;
type UnarySlot = OnceLock<Option<(LoopTypes<1>, Loops<2>)>>;

/// A ufunc's inner loop and the one it runs on a fresh output of at most `SHORT_RUN` items:
/// the same kernel (the same loop, or its short form), so both give the same bits.
pub(super) type Loops<const N: usize> = (InnerLoop<N>, InnerLoop<N>);
static BINARY_LOOPS: [BinarySlot; 2 * BINARY * TYPES] =
    [const { OnceLock::new() }; 2 * BINARY * TYPES];
static UNARY_LOOPS: [UnarySlot; 2 * UNARY * TYPES] = [const { OnceLock::new() }; 2 * UNARY * TYPES];

pub(super) fn index_of(t: ScalarType) -> usize {
    // `ALL` lists the types in declaration order, so this is the discriminant.
    t as usize
}

#[inline]
fn mode_index() -> usize {
    match current_mode() {
        PromotionMode::Weak => 0,
        PromotionMode::Legacy => 1,
    }
}

/// The loop `op` runs for two arrays (of at least one dimension) of dtype `t`, when its
/// inputs are of type `t` themselves.
#[inline]
pub(super) fn binary_loop(op: BinaryUfunc, t: ScalarType) -> Option<(LoopTypes<2>, Loops<3>)> {
    let slot = &BINARY_LOOPS[(mode_index() * BINARY + op as usize) * TYPES + index_of(t)];
    *slot.get_or_init(|| {
        let operand = Operand::Array(DType::native(t));
        let types = resolve_binary(op, &operand, &operand).ok()?;
        let inner = crate::kernels::loops::binary_loop(op, types)?;
        // The short loops are `Bin<t, op>`, the kernel of `t, t -> t` loops of these ops.
        let short = (types.output == t)
            .then(|| short_binary_loop(op, t))
            .flatten()
            .unwrap_or(inner);
        (types.inputs == [t, t]).then_some((types, (inner, short)))
    })
}

/// The loop `op` runs for an array (of at least one dimension) of dtype `t`, when its input
/// is of type `t` itself.
#[inline]
pub(super) fn unary_loop(op: UnaryUfunc, t: ScalarType) -> Option<(LoopTypes<1>, Loops<2>)> {
    let slot = &UNARY_LOOPS[(mode_index() * UNARY + op as usize) * TYPES + index_of(t)];
    *slot.get_or_init(|| {
        let types = resolve_unary(op, &Operand::Array(DType::native(t))).ok()?;
        let inner = crate::kernels::loops::unary_loop(op, types)?;
        (types.inputs == [t]).then_some((types, (inner, inner)))
    })
}

/// The native scalar type of an array the fast path can take as a ufunc input.
pub(super) fn fast_input(x: &Array) -> Option<ScalarType> {
    let t = x.dtype().scalar_type()?;
    // 0-d arrays are promoted by value in Legacy mode: the general path handles them.
    (x.ndim() > 0 && *x.dtype() == DType::native(t)).then_some(t)
}

/// Whether `out=` can be written directly: no cast, no broadcast and no copy of any input.
#[inline]
fn usable_out(inputs: &[&Array], out_dtype: ScalarType, out: &Array) -> bool {
    same_shape(out.shape(), inputs[0].shape())
        && *out.dtype() == DType::native(out_dtype)
        && out.is_writeable()
        && inputs
            .iter()
            .all(|x| !crate::overlap::may_share_memory(x, out) || super::exec::same_items(x, out))
}

/// Whether `x` has exactly the strides and offset of a fresh C-ordered array of its shape
/// (not only C-contiguous: length-1 axes may have any stride there). Empty arrays do not:
/// fresh ones have zero strides.
#[inline]
pub(super) fn fresh_c_layout(x: &Array, itemsize: usize) -> bool {
    let mut expected = itemsize as isize;
    x.offset() == 0
        && x.shape().iter().zip(x.strides()).rev().all(|(&n, &s)| {
            let ok = n != 0 && s == expected;
            expected = expected.saturating_mul(n as isize);
            ok
        })
}

/// What the fast path runs: the loop's types, its inner loop, and the inputs when they are
/// C-contiguous (one run; required without `out=`).
pub(super) type Plan<'a, const I: usize, const N: usize> =
    (LoopTypes<I>, Loops<N>, Option<ContiguousInputs<'a, I>>);

/// The plan for `op(x, y)` when the fast path applies, or `None` to take the general path.
#[inline]
pub(super) fn binary_plan<'a>(
    op: BinaryUfunc,
    x: &'a Array,
    y: &'a Array,
    opts: &UfuncOptions,
) -> Option<Plan<'a, 2, 3>> {
    // `power` checks its integer exponents first; `where=`/`dtype=` need the general path.
    if opts.where_.is_some() || opts.dtype.is_some() || op == BinaryUfunc::Power {
        return None;
    }
    let t = fast_input(x)?;
    if fast_input(y)? != t || !same_shape(x.shape(), y.shape()) {
        return None;
    }
    let (types, inner) = binary_loop(op, t)?;
    let contiguous = ContiguousInputs::new([x, y]);
    let usable = match opts.out {
        None => contiguous.is_some(),
        Some(out) => usable_out(&[x, y], types.output, out),
    };
    usable.then_some((types, inner, contiguous))
}

/// The plan for `op(x)` when the fast path applies, or `None` to take the general path.
#[inline]
pub(super) fn unary_plan<'a>(
    op: UnaryUfunc,
    x: &'a Array,
    opts: &UfuncOptions,
) -> Option<Plan<'a, 1, 2>> {
    if opts.where_.is_some() || opts.dtype.is_some() {
        return None;
    }
    let t = fast_input(x)?;
    let (types, inner) = unary_loop(op, t)?;
    let contiguous = ContiguousInputs::new([x]);
    let usable = match opts.out {
        None => contiguous.is_some(),
        Some(out) => usable_out(&[x], types.output, out),
    };
    usable.then_some((types, inner, contiguous))
}

/// Two one-axis arrays of one native type and one length `n >= 1`, each one contiguous run,
/// in a call without keyword arguments: their type and `n`.
#[inline(always)]
fn one_axis_runs(x: &Array, y: &Array, opts: &UfuncOptions) -> Option<(ScalarType, usize)> {
    if opts.out.is_some() || opts.where_.is_some() || opts.dtype.is_some() {
        return None;
    }
    let (&[n], &[x_stride]) = (x.shape(), x.strides()) else {
        return None;
    };
    let (&[m], &[y_stride]) = (y.shape(), y.strides()) else {
        return None;
    };
    let t = x.dtype().native_scalar_type()?;
    let step = t.info().itemsize as isize;
    let runs = n < 2 || (x_stride == step && y_stride == step);
    (n == m && n > 0 && runs && y.dtype() == x.dtype()).then_some((t, n))
}

/// The shortest call of all ([`crate::kernels::short`]): [`one_axis_runs`] of
/// `1..=SHORT_RUN` items under an op with a short kernel for their type. Gives the kernel,
/// the inputs, their item count and item size, or `None` to take [`binary_one_axis`].
#[inline(always)]
pub(super) fn short_call<'a>(
    op: BinaryUfunc,
    x: &'a Array,
    y: &'a Array,
    opts: &UfuncOptions,
) -> Option<(ShortBinary, ContiguousInputs<'a, 2>, usize, usize)> {
    let (t, n) = one_axis_runs(x, y, opts)?;
    if n > SHORT_RUN {
        return None;
    }
    let kernel = short_binary_kernel(op, t)?;
    let itemsize = t.info().itemsize;
    let inputs = ContiguousInputs::checked_runs([x, y], [itemsize; 2]);
    Some((kernel, inputs, n, itemsize))
}

/// `op(x, y)` into a fresh array for the commonest call of all: [`one_axis_runs`] under a
/// loop that keeps the dtype (`None`: take [`binary_plan`]). The same loop and output as the
/// plan would give, with each check made once on the one axis instead of through the general
/// shape walks.
#[inline]
pub(super) fn binary_one_axis(
    op: BinaryUfunc,
    x: &Array,
    y: &Array,
    opts: &UfuncOptions,
) -> Option<Result<Array>> {
    if op == BinaryUfunc::Power {
        return None;
    }
    let (t, n) = one_axis_runs(x, y, opts)?;
    let itemsize = t.info().itemsize;
    let step = itemsize as isize;
    let (types, loops) = binary_loop(op, t)?;
    if types.output != t || !one_part(n.saturating_mul(3 * itemsize)) {
        return None;
    }
    let inputs = ContiguousInputs::checked_runs([x, y], [itemsize; 2]);
    let run = || run_into_new_buffer(loops, inputs, itemsize);
    let watched = || {
        let watch = Watch::start();
        let buffer = run();
        watch.finish(super::exec::binary_fp_context(op));
        buffer
    };
    let exact = matches!(t.info().kind, 'b' | 'i' | 'u');
    let buffer = if matches!(t, ScalarType::Float64 | ScalarType::Float32) && n <= SHORT_RUN {
        // Reading the status register twice costs more than a short loop (about 13 ns
        // here): check the few results instead, and only when one is not finite run the
        // loop again under the register's watch (the same bits; stale flags cleared first).
        match run() {
            Ok(b) if !fresh_output_finite(&b, t, n) => watched(),
            other => other,
        }
    } else if exact && !matches!(op, BinaryUfunc::FloorDivide | BinaryUfunc::Remainder) {
        // Only integer division sets flags (by hand, as NumPy does).
        run()
    } else {
        watched()
    };
    Some(buffer.map(|buffer| {
        // One C-ordered axis of `n` items over a new buffer of `n * itemsize` bytes.
        let layout = crate::layout::Layout::from_slices_unchecked(&[n], &[step], 0);
        Array::from_parts(buffer, x.dtype().clone(), layout, None, true)
    }))
}

/// Runs a plan of [`binary_plan`] or [`unary_plan`] on `inputs`.
pub(super) fn run_plan<const I: usize, const N: usize>(
    (types, loops, contiguous): Plan<'_, I, N>,
    inputs: [&Array; I],
    opts: &UfuncOptions,
) -> Result<Array> {
    let inner = loops.0;
    let operands = |out| std::array::from_fn(|k| if k < I { inputs[k] } else { out });
    match (opts.out, contiguous) {
        (None, Some(contiguous)) => {
            let like = contiguous.first();
            let dtype = DType::native(types.output);
            // When the input has a fresh C-ordered array's layout for the output's item size,
            // that layout is the output's: exactly the one `Layout::contiguous` would build,
            // so it satisfies its invariants for a new buffer of `size * itemsize` bytes.
            let itemsize = contiguous.first_itemsize();
            let nbytes = like.size() * itemsize;
            if dtype.itemsize() == itemsize
                && one_part(nbytes.saturating_mul(I + 1))
                && fresh_c_layout(like, itemsize)
            {
                let buffer = run_into_new_buffer(loops, contiguous, dtype.itemsize())?;
                return Ok(Array::from_parts(
                    buffer,
                    dtype,
                    like.layout.clone(),
                    None,
                    true,
                ));
            }
            let out = Array::new_output(like.shape(), dtype, Order::C)?;
            crate::kernels::run::run_contiguous(inner, contiguous, &out)?;
            Ok(out)
        }
        (Some(out), Some(contiguous)) => {
            crate::kernels::run::run_contiguous(inner, contiguous, out)?;
            Ok(out.clone())
        }
        (Some(out), None) => {
            crate::kernels::run::run_elementwise_threaded(inner, operands(out))?;
            Ok(out.clone())
        }
        // `*_plan` never gives this.
        (None, None) => Err(crate::Error::Value("no output for the ufunc".into())),
    }
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
    fn small_outputs_live_in_their_buffer_and_alias_like_any_array() {
        let x = Array::from_vec(vec![1.0f64, 2.0, 3.0]);
        let r = crate::ufunc::add(&x, &x).unwrap();
        assert_eq!(r.data_address() % 64, 0);
        assert_eq!(r.strides(), &[8]);
        let tail = r.slice(crate::s![1..]).unwrap();
        // The view keeps the (inline) buffer alive after the array is gone...
        drop(r);
        tail.set(&[0], crate::Scalar::F64(9.0)).unwrap();
        // ...and writes through it are seen through its base.
        let base = tail.base().unwrap();
        assert_eq!(base.to_vec::<f64>().unwrap(), vec![2.0, 9.0, 6.0]);
        // Borrow tracking still sees a writer holding the buffer.
        let held = tail.buffer().write().unwrap();
        assert!(matches!(
            crate::ufunc::add(base, &x),
            Err(crate::Error::BorrowConflict(_))
        ));
        drop(held);
        // An output overlapping its input: `out=` is the input shifted by one item, which
        // the general path reads from a copy, as NumPy does.
        let head = base.slice(crate::s![..2]).unwrap();
        let opts = UfuncOptions {
            out: Some(&tail),
            ..UfuncOptions::default()
        };
        general_binary(
            BinaryUfunc::Add,
            Arg::Array(&head),
            Arg::Array(&head),
            &opts,
        )
        .unwrap();
        assert_eq!(base.to_vec::<f64>().unwrap(), vec![2.0, 4.0, 18.0]);
    }

    // Fresh outputs' strides against NumPy: the `fresh_out_strides_*` cases of
    // oracle/cases/09_arith.py (expectations generated by NumPy, checked by tests/oracle.rs).

    /// The short calls check their results instead of the status register: an overflow is
    /// still reported once, and flags left by earlier code are not (NumPy's expectations for
    /// both cases are in tests/expected/ufunc_fpe).
    #[test]
    fn short_calls_report_their_own_flags_only() {
        let big = Array::from_vec(vec![1e308f64, 1.0]);
        let nan = Array::from_vec(vec![f64::NAN, 1.0]);
        let (r, caught) = crate::warnings::catch(|| crate::ufunc::multiply(&big, &big));
        assert_eq!(
            r.unwrap().to_vec::<f64>().unwrap(),
            vec![f64::INFINITY, 1.0]
        );
        assert_eq!(caught.len(), 1);
        // A stale overflow flag, raised outside any ufunc.
        assert!((std::hint::black_box(1e308f64) * 10.0).is_infinite());
        let (r, caught) = crate::warnings::catch(|| crate::ufunc::add(&nan, &nan));
        assert!(r.unwrap().to_vec::<f64>().unwrap()[0].is_nan());
        assert!(caught.is_empty());
        let (s, caught) = crate::warnings::catch(|| big.sum());
        assert_eq!(s.unwrap(), crate::Scalar::F64(1e308 + 1.0));
        assert!(caught.is_empty());
        let twice = Array::from_vec(vec![1e308f64, 1e308]);
        let (s, caught) = crate::warnings::catch(|| twice.sum());
        assert_eq!(s.unwrap(), crate::Scalar::F64(f64::INFINITY));
        assert_eq!(caught.len(), 1);
    }

    #[test]
    fn short_loops_give_the_vectorized_loops_bits() {
        // Fresh outputs of <= SHORT_RUN items run the short loop; `out=` runs the
        // vectorized one. Both must give the same bits, special values included.
        fn check<T: crate::element::Element>(v: Vec<T>, w: Vec<T>) {
            let (x, y) = (Array::from_vec(v), Array::from_vec(w));
            for op in [
                BinaryUfunc::Add,
                BinaryUfunc::Subtract,
                BinaryUfunc::Multiply,
            ] {
                let fresh = general_binary(op, Arg::Array(&x), Arg::Array(&y), &Default::default());
                let out = x.copy(Order::C).unwrap();
                let opts = UfuncOptions {
                    out: Some(&out),
                    ..UfuncOptions::default()
                };
                general_binary(op, Arg::Array(&x), Arg::Array(&y), &opts).unwrap();
                assert_eq!(fresh.unwrap().tobytes(Order::C), out.tobytes(Order::C));
            }
        }
        let f = [f64::NAN, -0.0, f64::INFINITY, f64::MAX, 1e-310, -3.5, 7.0];
        let g = [1.0, -0.0, f64::INFINITY, f64::MAX, -1e-310, f64::NAN, 0.1];
        check(f.to_vec(), g.to_vec());
        check(f.map(|v| v as f32).to_vec(), g.map(|v| v as f32).to_vec());
        let i = [i64::MAX, i64::MIN, -1, 0, 3, 1 << 40, 7];
        let j = [1, -1, i64::MIN, 5, -3, 1 << 40, 0];
        check(i.to_vec(), j.to_vec());
        check(i.map(|v| v as i32).to_vec(), j.map(|v| v as i32).to_vec());
    }

    #[test]
    fn slots_index_types_in_order() {
        for (i, &t) in ScalarType::ALL.iter().enumerate() {
            assert_eq!(index_of(t), i);
        }
    }
}
