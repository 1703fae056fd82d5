//! Argument checks and type rules of NumPy's reductions: which keyword each function takes,
//! the loop (accumulator) dtype, axis normalization, and the `where=` mask's checks, each with
//! NumPy's error type and wording.

use super::{Axis, ReduceOptions};
use crate::array::Array;
use crate::dtype::{DType, ScalarType};
use crate::error::{c_shape_str_usize, Error, Result};
use crate::promote::PromotionMode;
use smallvec::SmallVec;

/// The reductions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Func {
    Sum,
    Prod,
    Min,
    Max,
    Mean,
    Any,
    All,
}

impl Func {
    /// The Python function's name in NumPy 2's argument errors.
    fn name(self) -> &'static str {
        match self {
            Func::Sum => "sum",
            Func::Prod => "prod",
            Func::Min => "min",
            Func::Max => "max",
            Func::Mean => "mean",
            Func::Any => "any",
            Func::All => "all",
        }
    }

    /// The dispatcher's name in NumPy 1.x's argument errors.
    fn legacy_name(self) -> &'static str {
        match self {
            Func::Min => "amin",
            Func::Max => "amax",
            other => other.name(),
        }
    }

    /// The ufunc behind the reduction, as NumPy names it in messages.
    pub(crate) fn ufunc(self) -> &'static str {
        match self {
            Func::Sum | Func::Mean => "add",
            Func::Prod => "multiply",
            Func::Min => "minimum",
            Func::Max => "maximum",
            Func::Any => "logical_or",
            Func::All => "logical_and",
        }
    }

    /// Whether the operation has an identity (an empty reduction's value).
    pub(crate) fn has_identity(self) -> bool {
        !matches!(self, Func::Min | Func::Max)
    }
}

/// NumPy's TypeError for a keyword the function does not take.
pub(crate) fn unexpected_keyword(
    name: &str,
    legacy_name: &str,
    kw: &str,
    mode: PromotionMode,
) -> Error {
    let func = match mode {
        PromotionMode::Weak => name.to_string(),
        PromotionMode::Legacy => format!("_{legacy_name}_dispatcher"),
    };
    Error::Type(format!(
        "{func}() got an unexpected keyword argument '{kw}'"
    ))
}

/// Rejects the options a function does not take (`np.max` has no `dtype`, `np.mean` no
/// `initial`, `np.any`/`np.all` neither).
pub(crate) fn check_keywords(
    func: Func,
    opts: &ReduceOptions<'_>,
    mode: PromotionMode,
) -> Result<()> {
    let takes_dtype = matches!(func, Func::Sum | Func::Prod | Func::Mean);
    let takes_initial = matches!(func, Func::Sum | Func::Prod | Func::Min | Func::Max);
    if opts.dtype.is_some() && !takes_dtype {
        return Err(unexpected_keyword(
            func.name(),
            func.legacy_name(),
            "dtype",
            mode,
        ));
    }
    if opts.initial.is_some() && !takes_initial {
        return Err(unexpected_keyword(
            func.name(),
            func.legacy_name(),
            "initial",
            mode,
        ));
    }
    Ok(())
}

/// The input's numeric type, or NumPy's TypeError for arrays without the ufunc's loops.
pub(crate) fn input_type(func: Func, a: &Array) -> Result<ScalarType> {
    a.dtype().scalar_type().ok_or_else(|| {
        Error::Type(format!(
            "ufunc '{}' did not contain a loop with signature matching types ({:?}, {:?}) -> None",
            func.ufunc(),
            a.dtype(),
            a.dtype()
        ))
    })
}

/// The dtype the reduction loops in (and returns): `dtype=` when given, else NumPy's default
/// for the function: sums and products of bool and small integers widen to int64 (uint64 for
/// unsigned), minimum and maximum keep the input type, `any`/`all` use bool.
pub(crate) fn loop_type(
    func: Func,
    input: ScalarType,
    dtype: Option<&DType>,
    mode: PromotionMode,
) -> Result<ScalarType> {
    use ScalarType as T;
    if let Some(d) = dtype {
        let Some(t) = d.scalar_type() else {
            return Err(Error::Type(format!(
                "ufunc '{}' did not contain a loop with signature matching types \
                 (None, {:?}) -> None",
                func.ufunc(),
                d
            )));
        };
        if mode == PromotionMode::Weak && !d.is_native() && d.itemsize() > 1 {
            return Err(Error::Type(
                "The `dtype` and `signature` arguments to ufuncs only select the general \
                 DType and not details such as the byte order or time unit. You can avoid \
                 this error by using the scalar types `np.float64` or the dtype string \
                 notation."
                    .into(),
            ));
        }
        return Ok(t);
    }
    Ok(match func {
        Func::Any | Func::All => T::Bool,
        Func::Min | Func::Max => input,
        Func::Sum | Func::Prod | Func::Mean => match input {
            T::Bool | T::Int8 | T::Int16 | T::Int32 => T::Int64,
            T::UInt8 | T::UInt16 | T::UInt32 => T::UInt64,
            other => other,
        },
    })
}

/// The reduced axes as flags, with NumPy's AxisError and duplicate check. With `scalar_compat`
/// (the ufunc reductions), `axis=0` and `axis=-1` of a 0-d array reduce nothing, as NumPy
/// allows for backwards compatibility.
pub(crate) fn reduced_axes(
    axis: &Axis,
    ndim: usize,
    scalar_compat: bool,
) -> Result<SmallVec<[bool; 4]>> {
    let mut flags: SmallVec<[bool; 4]> = SmallVec::from_elem(false, ndim);
    match axis {
        Axis::One(0 | -1) if ndim == 0 && scalar_compat => {}
        Axis::All => flags.iter_mut().for_each(|f| *f = true),
        Axis::One(a) => flags[crate::shape_ops::normalize_axis(*a, ndim)?] = true,
        Axis::Many(list) => {
            for &a in list {
                let k = crate::shape_ops::normalize_axis(a, ndim)?;
                if flags[k] {
                    return Err(Error::Value("duplicate value in 'axis'".into()));
                }
                flags[k] = true;
            }
        }
    }
    Ok(flags)
}

/// The `where=` mask must be bool (NumPy casts it with the 'safe' rule).
pub(crate) fn check_mask_dtype(mask: &Array) -> Result<()> {
    if mask.dtype().scalar_type() == Some(ScalarType::Bool) {
        return Ok(());
    }
    Err(Error::Type(format!(
        "Cannot cast array data from {:?} to dtype('bool') according to the rule 'safe'",
        mask.dtype()
    )))
}

/// Whether `mask` broadcasts to `shape` (without growing `shape`).
pub(crate) fn mask_broadcasts(mask: &[usize], shape: &[usize]) -> bool {
    mask.len() <= shape.len()
        && mask
            .iter()
            .rev()
            .zip(shape.iter().rev())
            .all(|(&m, &s)| m == 1 || m == s)
}

/// The ufunc iterator's broadcast error for a mask that does not fit the input.
pub(crate) fn mask_broadcast_error(input: &[usize], mask: &[usize]) -> Error {
    Error::Value(format!(
        "operands could not be broadcast together with remapped shapes [original->remapped]: \
         {} {} ",
        c_shape_str_usize(input),
        c_shape_str_usize(mask)
    ))
}

/// `np.broadcast_to`'s error (what `np.mean` reports for a mask that does not fit).
pub(crate) fn broadcast_to_error(input: &[usize], mask: &[usize]) -> Error {
    Error::Value(format!(
        "operands could not be broadcast together with remapped shapes [original->remapped]: \
         {}  and requested shape {}",
        c_shape_str_usize(mask),
        c_shape_str_usize(input)
    ))
}

/// NumPy's error for a `where=` mask on a reduction without identity and without `initial=`.
pub(crate) fn where_needs_initial(func: Func) -> Error {
    Error::Value(format!(
        "reduction operation '{}' does not have an identity, so to use a where mask one has \
         to specify 'initial'",
        func.ufunc()
    ))
}

/// NumPy's error for an empty reduction without identity and without `initial=`.
pub(crate) fn empty_without_identity(func: Func) -> Error {
    Error::Value(format!(
        "zero-size array to reduction operation {} which has no identity",
        func.ufunc()
    ))
}
