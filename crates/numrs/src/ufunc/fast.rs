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

use super::exec::{Arg, UfuncOptions};
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
use crate::kernels::scalar_loop::{binary_item, binary_with_item, unary_item};
use crate::kernels::short::{short_binary_kernel, ShortBinary};
use crate::layout::{Layout, Order};
use crate::promote::{current_mode, Operand, PromotionMode};
use crate::scalar::Scalar;
use std::sync::OnceLock;

const TYPES: usize = ScalarType::ALL.len();
const BINARY: usize = BinaryUfunc::ALL.len();
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

fn index_of(t: ScalarType) -> usize {
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
fn binary_loop(op: BinaryUfunc, t: ScalarType) -> Option<(LoopTypes<2>, Loops<3>)> {
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
fn unary_loop(op: UnaryUfunc, t: ScalarType) -> Option<(LoopTypes<1>, Loops<2>)> {
    let slot = &UNARY_LOOPS[(mode_index() * UNARY + op as usize) * TYPES + index_of(t)];
    *slot.get_or_init(|| {
        let types = resolve_unary(op, &Operand::Array(DType::native(t))).ok()?;
        let inner = crate::kernels::loops::unary_loop(op, types)?;
        (types.inputs == [t]).then_some((types, (inner, inner)))
    })
}

/// The native scalar type of an array the fast path can take as a ufunc input.
fn fast_input(x: &Array) -> Option<ScalarType> {
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
fn fresh_c_layout(x: &Array, itemsize: usize) -> bool {
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
