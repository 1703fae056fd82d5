//! The ufunc machinery: resolve the loop's dtypes, bring every operand to them, broadcast,
//! allocate or check the output, and run the typed inner loop over one strided plan.
//!
//! ```text
//!  operands ─► loop types (promotion, NumPy's loop lists) ─► inputs cast to the loop types
//!     ─► broadcast to one shape ─► output: `out=` (cast back if needed) or a fresh array in
//!        the inputs' memory order ─► inner loop per run ─► `where=`: masked copy into `out`
//! ```

use super::ops::{resolve_unary, BinaryUfunc, LoopTypes, UnaryUfunc};
use super::output_like;
use crate::array::Array;
use crate::dtype::{DType, ScalarType};
use crate::error::{Error, Result};
use crate::kernels::fpstatus::{Watch, Watching};
use crate::promote::{can_cast, Casting, Operand};
use crate::scalar::Scalar;

/// One operand of a ufunc: an array or a scalar (a typed NumPy scalar or a weak Python
/// literal).
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    /// An array (any number of dimensions).
    Array(&'a Array),
    /// A scalar value.
    Scalar(Scalar),
}

impl<'a> From<&'a Array> for Arg<'a> {
    fn from(a: &'a Array) -> Self {
        Arg::Array(a)
    }
}

impl From<Scalar> for Arg<'_> {
    fn from(s: Scalar) -> Self {
        Arg::Scalar(s)
    }
}

/// Keyword arguments of a ufunc call (`out=`, `where=`, `casting=`, `dtype=`).
#[derive(Clone, Debug)]
pub struct UfuncOptions<'a> {
    /// Write the result here (NumPy's `out=`); its dtype must be reachable under `casting`.
    pub out: Option<&'a Array>,
    /// Only compute where this bool array (broadcast) is true.
    pub where_: Option<&'a Array>,
    /// The casting rule for inputs and output (default `same_kind`).
    pub casting: Casting,
    /// Force the loop's dtype (NumPy's `dtype=`).
    pub dtype: Option<DType>,
}

impl Default for UfuncOptions<'_> {
    fn default() -> Self {
        UfuncOptions {
            out: None,
            where_: None,
            casting: Casting::SameKind,
            dtype: None,
        }
    }
}

impl Arg<'_> {
    pub(super) fn operand(&self) -> Result<Operand> {
        match self {
            Arg::Array(a) => Operand::from_array(a),
            Arg::Scalar(s) => Ok(Operand::Scalar(s.clone())),
        }
    }

    fn dtype(&self) -> DType {
        match self {
            Arg::Array(a) => a.dtype().clone(),
            Arg::Scalar(s) => s.dtype(),
        }
    }

    /// The operand as an array of `dtype` (native order): arrays are cast (checked against
    /// `casting`), scalars become 0-d arrays (weak literals converted by value).
    fn to_loop_array(
        &self,
        dtype: &DType,
        casting: Casting,
        name: &str,
        index: usize,
    ) -> Result<Array> {
        match self {
            Arg::Array(a) => {
                if a.dtype() == dtype {
                    return Ok((*a).clone());
                }
                if !can_cast(a.dtype(), dtype, casting) && !legacy_value_casts(a, dtype, casting)? {
                    return Err(Error::Type(format!(
                        "Cannot cast ufunc '{name}' input {index} from {:?} to {dtype:?} with casting rule '{}'",
                        a.dtype(),
                        casting.name()
                    )));
                }
                a.astype(dtype)
            }
            Arg::Scalar(s) => {
                if !s.is_weak()
                    && !can_cast(&s.dtype(), dtype, casting)
                    && !legacy_value_fits(s, dtype, casting)?
                {
                    return Err(Error::Type(format!(
                        "Cannot cast ufunc '{name}' input {index} from {:?} to {dtype:?} with casting rule '{}'",
                        s.dtype(),
                        casting.name()
                    )));
                }
                crate::full(&[], s.clone(), dtype.clone())
            }
        }
    }
}

fn forced_types<const N: usize>(
    types: LoopTypes<N>,
    dtype: &Option<DType>,
    comparison: bool,
) -> Result<LoopTypes<N>> {
    let Some(d) = dtype else { return Ok(types) };
    let ty = d.scalar_type().ok_or_else(|| {
        Error::Type(format!(
            "No loop matching the specified signature and casting was found for dtype {d:?}"
        ))
    })?;
    Ok(LoopTypes {
        inputs: [ty; N],
        output: if comparison { types.output } else { ty },
    })
}

/// NumPy 1.x checks a 0-d input's cast by its value (`uint8_array * np.int8(1)` is uint8).
fn legacy_value_casts(a: &Array, dtype: &DType, casting: Casting) -> Result<bool> {
    if a.ndim() != 0 || !a.dtype().is_numeric() {
        return Ok(false);
    }
    legacy_value_fits(&a.get(&[])?, dtype, casting)
}

fn legacy_value_fits(value: &crate::Scalar, dtype: &DType, casting: Casting) -> Result<bool> {
    if crate::promote::current_mode() != crate::PromotionMode::Legacy {
        return Ok(false);
    }
    crate::promote::can_cast_value(value, dtype, casting)
}

/// Runs a binary ufunc (`np.add(a, b, out=..., where=..., casting=..., dtype=...)`).
pub fn binary(op: BinaryUfunc, a: Arg, b: Arg, opts: &UfuncOptions) -> Result<Array> {
    // The fast paths skip the status register when results are finite (an underflow's
    // are) and return their result as built: they are taken only while no thread has
    // floating-point conditions in mode 'raise', 'call' or 'log', or watches underflow
    // (otherwise the general path below, which handles every mode, runs).
    let fast = crate::errstate::fast_paths();
    if let (Arg::Array(x), Arg::Array(y), true) = (&a, &b, fast) {
        if let Some((kernel, inputs, n, itemsize)) = super::fast::short_call(op, x, y, opts) {
            let context = || binary_fp_context(op);
            let buffer =
                crate::kernels::short::run_short_binary(kernel, inputs, n, itemsize, context)?;
            // One C-ordered axis over a new buffer of `n * itemsize` bytes, built here so
            // that the array is written once, in the caller's result.
            let layout = crate::layout::Layout::one_axis_unchecked(n, itemsize as isize);
            return Ok(Array::from_parts(
                buffer,
                x.dtype().clone(),
                layout,
                None,
                true,
            ));
        }
        if let Some(result) = super::fast::binary_one_axis(op, x, y, opts) {
            return result;
        }
        if let Some(plan) = super::fast::binary_plan(op, x, y, opts) {
            let _watch = Watching::start(|| binary_fp_context(op));
            return super::fast::run_plan(plan, [*x, *y], opts);
        }
    }
    if fast {
        if let Some(result) = super::scalar_operands::binary_array_scalar(op, &a, &b, opts) {
            return result;
        }
    }
    binary_general(op, a, b, opts)
}

/// [`binary`] without its fast paths: every operand resolved, cast and broadcast in full.
pub(super) fn binary_general(
    op: BinaryUfunc,
    a: Arg,
    b: Arg,
    opts: &UfuncOptions,
) -> Result<Array> {
    let types = super::ops::resolve_binary_with(op, &a.operand()?, &b.operand()?, false)?;
    let comparison = op.promote_op().is_some_and(|p| p.is_comparison());
    let types = forced_types(types, &opts.dtype, comparison)?;
    let name = op.name();
    let (in0, in1) = (
        DType::native(types.inputs[0]),
        DType::native(types.inputs[1]),
    );
    // NumPy's logical ufuncs read any numbers as bools (their promoter casts unchecked).
    let casting = if op.is_logical() && types.inputs == [ScalarType::Bool; 2] {
        Casting::Unsafe
    } else {
        opts.casting
    };
    let (x, y) = (
        a.to_loop_array(&in0, casting, name, 0)?,
        b.to_loop_array(&in1, casting, name, 1)?,
    );
    let inner = crate::kernels::loops::binary_loop(op, types)
        .ok_or_else(|| no_loop(name, &[a.dtype(), b.dtype()]))?;
    let out_dtype = DType::native(types.output);
    execute(
        binary_fp_context(op),
        name,
        &[&x, &y],
        out_dtype,
        opts,
        |ins, out| {
            // NumPy's integer power loop refuses negative exponents as it runs: after the
            // broadcast and output cast checks.
            if op == BinaryUfunc::Power {
                super::ops::check_power_exponents(types, ins[1])?;
            }
            crate::kernels::run::run_elementwise_threaded(inner, [ins[0], ins[1], out])
        },
    )
}

/// Runs a unary ufunc (`np.sqrt(a, out=..., where=...)`).
pub fn unary(op: UnaryUfunc, a: Arg, opts: &UfuncOptions) -> Result<Array> {
    if let (Arg::Array(x), true) = (&a, crate::errstate::fast_paths()) {
        if let Some(plan) = super::fast::unary_plan(op, x, opts) {
            let input = plan.0.inputs[0];
            let _watch = Watching::start(|| unary_fp_context(op, input));
            return super::fast::run_plan(plan, [*x], opts);
        }
    }
    let types = resolve_unary(op, &a.operand()?)?;
    let types = forced_types(types, &opts.dtype, false)?;
    let name = op.name();
    let x = a.to_loop_array(&DType::native(types.inputs[0]), opts.casting, name, 0)?;
    let inner =
        crate::kernels::loops::unary_loop(op, types).ok_or_else(|| no_loop(name, &[a.dtype()]))?;
    execute(
        unary_fp_context(op, types.inputs[0]),
        name,
        &[&x],
        DType::native(types.output),
        opts,
        |ins, out| crate::kernels::run::run_elementwise_threaded(inner, [ins[0], out]),
    )
}

/// The name NumPy's floating-point warnings give for `op` ("divide by zero encountered in
/// divide"), or `None` for the loops NumPy reports no errors for: comparisons and min/max
/// (whose vector compares raise "invalid" on NaN), logical and bitwise ops.
pub(super) fn binary_fp_context(op: BinaryUfunc) -> Option<&'static str> {
    use BinaryUfunc as B;
    let silent = op.is_logical()
        || op.promote_op().is_some_and(|p| p.is_comparison())
        || matches!(op, B::Minimum | B::Maximum | B::Fmin | B::Fmax)
        || matches!(
            op,
            B::BitwiseAnd | B::BitwiseOr | B::BitwiseXor | B::LeftShift | B::RightShift
        );
    (!silent).then(|| op.name())
}

/// As [`binary_fp_context`], for a loop whose input is of type `input`: the predicates
/// (`isnan`, ...) and `sign` report nothing, but for NumPy 1.x's complex sign (Legacy mode),
/// whose signaling compares of NaN NumPy 1.x reports.
pub(super) fn unary_fp_context(op: UnaryUfunc, input: ScalarType) -> Option<&'static str> {
    use UnaryUfunc as U;
    let legacy_complex_sign = op == U::Sign
        && input.info().kind == 'c'
        && crate::promote::current_mode() == crate::PromotionMode::Legacy;
    let silent = matches!(
        op,
        U::LogicalNot | U::Isnan | U::Isinf | U::Isfinite | U::Signbit | U::Sign | U::Invert
    ) && !legacy_complex_sign;
    (!silent).then(|| op.name())
}

fn no_loop(name: &str, dtypes: &[DType]) -> Error {
    let shown: Vec<String> = dtypes.iter().map(|d| format!("{d:?}")).collect();
    Error::Type(format!(
        "ufunc '{name}' did not contain a loop with signature matching types ({}) -> None",
        shown.join(", ")
    ))
}

/// Broadcasts `inputs` (already of the loop types), prepares the output and runs `run`.
/// Not inlined: the general path is large, and inlined into `binary`/`unary` it would push
/// the fast path's callees out of line.
#[inline(never)]
fn execute(
    fp_context: Option<&str>,
    name: &str,
    inputs: &[&Array],
    out_dtype: DType,
    opts: &UfuncOptions,
    run: impl Fn(&[&Array], &Array) -> Result<()>,
) -> Result<Array> {
    let shapes: Vec<&[usize]> = inputs.iter().map(|a| a.shape()).collect();
    let mut shape = crate::layout::broadcast_shapes(&shapes)?;
    if let Some(out) = opts.out {
        let with_out = crate::layout::broadcast_shapes(&[&shape, out.shape()]).ok();
        if with_out.is_none() {
            // NumPy broadcasts the output with the inputs and names every operand.
            let mut all = shapes.clone();
            all.push(out.shape());
            crate::layout::broadcast_shapes(&all)?;
        }
        if with_out.as_deref() != Some(out.shape()) {
            return Err(Error::Value(format!(
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                crate::error::c_shape_str_usize(out.shape()),
                crate::error::c_shape_str_usize(&with_out.unwrap_or(shape.clone()))
            )));
        }
        shape = out.shape().into();
        if !can_cast(&out_dtype, out.dtype(), opts.casting) {
            return Err(Error::Type(format!(
                "Cannot cast ufunc '{name}' output from {out_dtype:?} to {:?} with casting rule '{}'",
                out.dtype(),
                opts.casting.name()
            )));
        }
        if !out.is_writeable() {
            return Err(Error::Value("output array is read-only".into()));
        }
    }
    let views: Vec<Array> = inputs
        .iter()
        .map(|a| a.view_layout(a.layout.broadcast_to(&shape)?))
        .collect::<Result<_>>()?;
    let direct_out = opts
        .out
        .filter(|o| o.dtype() == &out_dtype && opts.where_.is_none());
    let target = match direct_out {
        Some(o) => o.clone(),
        None => {
            let refs: Vec<&Array> = views.iter().collect();
            output_like(&shape, &refs, out_dtype)?
        }
    };
    // NumPy's overlap rule: an input that shares memory with the output, other than as the
    // very same items, is read from a copy.
    let views: Vec<Array> = views
        .into_iter()
        .map(|v| {
            if crate::overlap::may_share_memory(&v, &target)
                && !same_items(&v, &target)
                && crate::overlap::shares_memory(&v, &target)
            {
                v.copy(crate::Order::K)
            } else {
                Ok(v)
            }
        })
        .collect::<Result<_>>()?;
    let refs: Vec<&Array> = views.iter().collect();
    let watch = Watch::start();
    run(&refs, &target)?;
    let mut fp_flags = watch.flags();
    if let (Some(mask), true) = (opts.where_, fp_flags != 0) {
        // The loop ran on every item; NumPy's runs on the selected ones only.
        fp_flags = selected_fp_flags(&refs, &target, mask, &shape, &run)?;
    }
    if fp_context.is_none() {
        fp_flags = 0;
    }
    // With `where=`, `target` is never `out`: a cast happens only if the dtypes differ.
    let casts_out = opts.out.is_some_and(|o| o.dtype() != target.dtype());
    if let (Some(context), true, false) = (fp_context, fp_flags != 0, casts_out) {
        crate::kernels::fpstatus::warn_flags(fp_flags, context);
    }
    // A condition in mode 'raise' is the call's error once the output is written (NumPy
    // raises after writing `out=`); only a loop that raised a flag can have left one.
    let raised = || match fp_flags {
        0 => Ok(()),
        _ => crate::errstate::check(),
    };
    match opts.out {
        Some(out) if !target.is(out) => {
            match opts.where_ {
                // The loop's flags and the cast's make one set of warnings, as in NumPy.
                None => crate::kernels::copy::copy_ufunc_output(&target, out, name, fp_flags)?,
                Some(mask) => {
                    let mask = mask.astype(&DType::BOOL)?;
                    let mask = mask.view_layout(mask.layout.broadcast_to(&shape)?)?;
                    if casts_out {
                        masked_cast_out(&target, out, &mask, name, fp_flags)?;
                    } else {
                        crate::kernels::copy::copy_where(&target, out, &mask)?;
                    }
                }
            }
            raised()?;
            Ok(out.clone())
        }
        Some(out) => {
            raised()?;
            Ok(out.clone())
        }
        None => {
            if let Some(mask) = opts.where_ {
                // Without `out=`, NumPy leaves unselected items uninitialized; numrs leaves
                // them zero.
                let fresh = crate::zeros(target.shape(), target.dtype().clone())?;
                let mask = mask.astype(&DType::BOOL)?;
                let mask = mask.view_layout(mask.layout.broadcast_to(&shape)?)?;
                crate::kernels::copy::copy_where(&target, &fresh, &mask)?;
                raised()?;
                return Ok(fresh);
            }
            raised()?;
            Ok(target)
        }
    }
}

/// Writes the items of `target` that `mask` selects into `out` of another dtype, cast (and
/// byte-swapped) as an unmasked `out=` is, with its warnings raised for the selected items
/// only: the unselected items are zeroed first (0 casts to any numeric type silently).
#[cold]
#[inline(never)]
fn masked_cast_out(
    target: &Array,
    out: &Array,
    mask: &Array,
    name: &str,
    loop_flags: u8,
) -> Result<()> {
    let staged = crate::zeros(target.shape(), target.dtype().clone())?;
    crate::kernels::copy::copy_where(target, &staged, mask)?;
    let cast = crate::empty(target.shape(), out.dtype().clone())?;
    crate::kernels::copy::copy_ufunc_output(&staged, &cast, name, loop_flags)?;
    crate::kernels::copy::copy_where(&cast, out, mask)
}

/// The floating-point flags of the loop run on the items `mask` selects only: the inputs'
/// selected items, gathered, through the same loop into a scratch output.
#[cold]
#[inline(never)]
fn selected_fp_flags(
    inputs: &[&Array],
    target: &Array,
    mask: &Array,
    shape: &[usize],
    run: &impl Fn(&[&Array], &Array) -> Result<()>,
) -> Result<u8> {
    let mask = mask.astype(&DType::BOOL)?;
    let mask = mask.view_layout(mask.layout.broadcast_to(shape)?)?;
    let picked: Vec<Array> = inputs
        .iter()
        .map(|a| a.select_mask(&mask))
        .collect::<Result<_>>()?;
    let refs: Vec<&Array> = picked.iter().collect();
    let n = picked.first().map_or(0, |a| a.size());
    let scratch = crate::zeros(&[n], target.dtype().clone())?;
    let watch = Watch::start();
    run(&refs, &scratch)?;
    Ok(watch.flags())
}

/// True when `a` and `b` address exactly the same items in the same order.
pub(super) fn same_items(a: &Array, b: &Array) -> bool {
    std::sync::Arc::ptr_eq(&a.buffer, &b.buffer)
        && a.offset() == b.offset()
        && a.shape() == b.shape()
        && a.shape()
            .iter()
            .zip(a.strides().iter().zip(b.strides()))
            .all(|(&n, (s, t))| n <= 1 || s == t)
}
