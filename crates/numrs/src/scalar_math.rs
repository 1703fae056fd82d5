//! NumPy's scalar math: the arithmetic operators between NumPy scalars (and a NumPy scalar
//! with a Python number), which NumPy computes in its own C code, not through the ufuncs.
//!
//! The values are the ufunc's; what differs is which operations report what:
//!
//! ```text
//!   which path     the scalar whose method Python calls (the left one, or the right one
//!                  when the left is a Python number) decides. A bool scalar always takes
//!                  the ufunc. Otherwise, when the other operand converts safely to its
//!                  type, scalar math runs in that type; when it converts safely the other
//!                  way, in the other's type (NumPy defers to the other scalar); else the
//!                  ufunc runs (int8 + uint8 -> int16, float32 * complex128, ...).
//!                  Python numbers (Weak, NumPy 2): an int joins any number type (out of
//!                  bounds: OverflowError), a float a float or complex one, a complex a
//!                  complex one; Legacy (NumPy 1.x): they are int64 / float64 / complex128
//!                  and join only a type they convert to safely, without deferring.
//!                  Complex scalars have no //, % nor divmod (NotImplemented: TypeError).
//!   values         the ufunc's, on the operands converted to the computation's type
//!                  (integer true division: both converted to float64, a Python int of
//!                  any size too).
//!   warnings       Weak: "overflow encountered in scalar add"; Legacy: "... in byte_scalars"
//!                  (the C name of the computation's type). The ufunc path keeps the ufunc's
//!                  wording ("overflow encountered in add").
//!   integers       add, subtract, multiply overflow is reported (the ufunc's loops wrap
//!                  silently); Weak also reports -x and abs(x) of the smallest signed value
//!                  and -x of a non-zero unsigned value.
//! ```
//!
//! ```
//! use numrs::{Scalar, scalar_math::{binary, Method}, ufunc::BinaryUfunc, warnings::catch};
//! let (r, w) = catch(|| binary(BinaryUfunc::Add, &Scalar::I8(127), &Scalar::I8(1), Method::Left));
//! assert_eq!(r?, Scalar::I8(-128));
//! assert_eq!(w[0].message, "overflow encountered in scalar add");
//! # Ok::<(), numrs::Error>(())
//! ```

use crate::dtype::ScalarType;
use crate::error::Result;
use crate::promote::{current_mode, safe_numeric, PromotionMode};
use crate::scalar::Scalar;
use crate::ufunc::exec::{self, Arg};
use crate::ufunc::{BinaryUfunc, UfuncOptions, UnaryUfunc};
// Raw: the ufuncs' conditions are reworded ("scalar add") before errstate handles them.
use crate::warnings::{catch_raw as catch, warn, Category, Warning};

/// NumPy's floating-point warnings in the order NumPy checks them.
const FPE_KINDS: [&str; 4] = ["divide by zero", "overflow", "underflow", "invalid value"];
const OVERFLOW: usize = 1;
const INVALID: usize = 3;

/// Whose operator method Python runs for `a op b`: the left operand's (`a.__add__(b)`), or the
/// right one's reflected method (`b.__radd__(a)`, when `a` is a Python number or returned
/// `NotImplemented`). The choice matters for a bool: `np.True_ + np.int8(1)` takes the
/// ufunc, `True + np.int8(1)` (a Python bool, here also [`Scalar::Bool`]) int8 scalar math.
///
/// ```
/// use numrs::{Scalar, scalar_math::{binary, Method}, ufunc::BinaryUfunc};
/// let (f4, f8) = (Scalar::F32(1.5), Scalar::F64(2.0));
/// // float32's method defers to float64's reflected one, which computes in float64.
/// assert_eq!(binary(BinaryUfunc::Multiply, &f4, &f8, Method::Left)?, Scalar::F64(3.0));
/// let alone = binary(BinaryUfunc::Multiply, &f4, &f8, Method::LeftOnly);
/// assert!(alone.unwrap_err().to_string().starts_with("unsupported operand type(s) for *"));
/// # Ok::<(), numrs::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// `a.__op__(b)`, then (on `NotImplemented`) `b.__rop__(a)`, as Python dispatches.
    Left,
    /// `b.__rop__(a)`.
    Right,
    /// `a.__op__(b)` without Python's fallback to `b.__rop__(a)`: where NumPy's method
    /// returns `NotImplemented` (`np.float32(1) * np.float64(2)` defers to float64's
    /// `__rmul__`) this is the "unsupported operand type(s)" `TypeError`, for a caller that
    /// lets Python try `b` next (or `b` is a Python number, which knows no NumPy scalar).
    LeftOnly,
}

/// `a op b` for two scalars (NumPy scalars or Python numbers) as NumPy's scalar operators
/// compute it, `method` being the operand whose operator runs: the ufunc's value and type,
/// with scalar math's warnings (see the module documentation). Operators without scalar math
/// (comparisons, bitwise, shifts) run the ufunc. Floor division and remainder of complex
/// scalars are Python's `TypeError` (NumPy's complex scalars do not implement them).
///
/// ```
/// use numrs::{Scalar, scalar_math::{binary, Method}, ufunc::BinaryUfunc, warnings::catch};
/// let (r, w) = catch(|| binary(BinaryUfunc::Multiply, &Scalar::F64(1e308), &Scalar::Int(10), Method::Left));
/// assert_eq!(r?, Scalar::F64(f64::INFINITY));
/// assert_eq!(w[0].message, "overflow encountered in scalar multiply");
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn binary(op: BinaryUfunc, a: &Scalar, b: &Scalar, method: Method) -> Result<Scalar> {
    if !arithmetic(op) {
        return run_binary(op, a.clone(), b.clone());
    }
    let ty = match path(Op::Binary(op), a, b, method) {
        Path::Ufunc => return run_binary(op, a.clone(), b.clone()),
        Path::Unsupported => return Err(unsupported(symbol(op), a, b)),
        Path::Scalar(ty) => ty,
    };
    // NumPy's integer true division converts both operands to float64 (a Python int of any
    // size too); the warnings still name the integer computation.
    let compute = if op == BinaryUfunc::TrueDivide && matches!(ty.info().kind, 'i' | 'u') {
        ScalarType::Float64
    } else {
        ty
    };
    let (x, y) = (convert(a, compute)?, convert(b, compute)?);
    // NumPy's float16 remainder is computed by npy_half_divmod, and reports its division's
    // flags too.
    let parts: &[&str] = if op == BinaryUfunc::Remainder && ty == ScalarType::Float16 {
        &["remainder", "floor_divide"]
    } else {
        &[op.name()]
    };
    let (r, caught) = catch(|| {
        if parts.len() > 1 {
            run_binary(BinaryUfunc::FloorDivide, x.clone(), y.clone())?;
        }
        run_binary(op, x.clone(), y.clone())
    });
    let r = r?;
    let mut kinds = fpe_kinds(&caught, parts);
    if half_negative_zero_divisor(op, &x, &y) {
        kinds[INVALID] = true;
    }
    if integer_overflow(op, &x, &y) {
        kinds[OVERFLOW] = true;
    }
    reissue(caught, parts, kinds, || scalar_context(op.name(), ty));
    crate::errstate::checked(Ok(r))
}

/// `divmod(a, b)`: NumPy's `(a // b, a % b)` with one set of warnings, each kind once
/// ("divide by zero encountered in scalar divmod"; on the ufunc path, "... in divmod").
///
/// ```
/// use numrs::{Scalar, scalar_math::{divmod, Method}, warnings::catch};
/// let (r, w) = catch(|| divmod(&Scalar::F64(1.0), &Scalar::F64(0.0), Method::Left));
/// let (q, m) = r?;
/// assert_eq!(q, Scalar::F64(f64::INFINITY));
/// assert!(m.to_f64().is_nan());
/// let msgs: Vec<_> = w.iter().map(|w| w.message.to_string()).collect();
/// assert_eq!(msgs, ["divide by zero encountered in scalar divmod", "invalid value encountered in scalar divmod"]);
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn divmod(a: &Scalar, b: &Scalar, method: Method) -> Result<(Scalar, Scalar)> {
    let parts = [
        BinaryUfunc::FloorDivide.name(),
        BinaryUfunc::Remainder.name(),
    ];
    let ty = match path(Op::Divmod, a, b, method) {
        Path::Unsupported => return Err(unsupported("divmod()", a, b)),
        Path::Ufunc => None,
        Path::Scalar(ty) => Some(ty),
    };
    let (x, y) = match ty {
        Some(ty) => (convert(a, ty)?, convert(b, ty)?),
        None => (a.clone(), b.clone()),
    };
    let (r, caught) = catch(|| {
        let q = run_binary(BinaryUfunc::FloorDivide, x.clone(), y.clone())?;
        let m = run_binary(BinaryUfunc::Remainder, x.clone(), y.clone())?;
        Ok((q, m))
    });
    // NumPy's divmod is one ufunc: its errors name it.
    let r = r.map_err(|e| match e {
        crate::Error::Type(m) => crate::Error::Type(
            m.replace("ufunc 'floor_divide'", "ufunc 'divmod'")
                .replace("ufunc 'remainder'", "ufunc 'divmod'"),
        ),
        e => e,
    })?;
    let kinds = fpe_kinds(&caught, &parts);
    let context = || match ty {
        Some(ty) => scalar_context("divmod", ty),
        None => "divmod".to_string(),
    };
    reissue(caught, &parts, kinds, context);
    crate::errstate::checked(Ok(r))
}

/// Python's symbol of an arithmetic operator.
fn symbol(op: BinaryUfunc) -> &'static str {
    use BinaryUfunc as B;
    match op {
        B::Add => "+",
        B::Subtract => "-",
        B::Multiply => "*",
        B::TrueDivide => "/",
        B::FloorDivide => "//",
        B::Remainder => "%",
        B::Power => "** or pow()",
        other => other.name(),
    }
}

/// Python's `TypeError` for an operator neither operand implements.
fn unsupported(symbol: &str, a: &Scalar, b: &Scalar) -> crate::Error {
    let name = |s: &Scalar| match s {
        Scalar::Int(_) => "int".to_string(),
        Scalar::Float(_) => "float".to_string(),
        Scalar::Complex(_) => "complex".to_string(),
        s => format!("numpy.{}", s.scalar_type().info().name),
    };
    crate::Error::Type(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        name(a),
        name(b)
    ))
}

/// `op(a)` for a NumPy scalar: `-x`, `+x`, `abs(x)` with scalar math's warnings (NumPy 2
/// reports integer overflow: `-np.int8(-128)`); other operators run the ufunc.
///
/// ```
/// use numrs::{Scalar, scalar_math, ufunc::UnaryUfunc, warnings::catch};
/// let (r, w) = catch(|| scalar_math::unary(UnaryUfunc::Negative, &Scalar::I8(-128)));
/// assert_eq!(r?, Scalar::I8(-128));
/// assert_eq!(w[0].message, "overflow encountered in scalar negative");
/// # Ok::<(), numrs::Error>(())
/// ```
pub fn unary(op: UnaryUfunc, a: &Scalar) -> Result<Scalar> {
    use UnaryUfunc as U;
    let scalar_math = matches!(op, U::Negative | U::Positive | U::Absolute)
        && !a.is_weak()
        && a.is_numeric()
        && a.scalar_type() != ScalarType::Bool;
    let run = |v: Scalar| match crate::ufunc::scalar_operands::unary_scalar(op, &v) {
        Some(r) => r,
        None => exec::unary(op, Arg::Scalar(v), &UfuncOptions::default())?.get(&[]),
    };
    if !scalar_math {
        return run(a.clone());
    }
    // NumPy's unary scalar math checks no floating-point flags: only the integer overflow
    // NumPy 2 detects by hand.
    let (r, caught) = catch(|| run(a.clone()));
    let r = r?;
    let mut kinds = [false; 4];
    if current_mode() == PromotionMode::Weak && unary_overflow(op, a) {
        kinds[OVERFLOW] = true;
    }
    reissue(caught, &[op.name()], kinds, || {
        scalar_context(op.name(), a.scalar_type())
    });
    crate::errstate::checked(Ok(r))
}

fn run_binary(op: BinaryUfunc, a: Scalar, b: Scalar) -> Result<Scalar> {
    if let Some(r) = crate::ufunc::scalar_operands::binary_scalars(op, &a, &b) {
        return r;
    }
    exec::binary(op, Arg::Scalar(a), Arg::Scalar(b), &UfuncOptions::default())?.get(&[])
}

/// The operators NumPy's scalar types implement in C (the rest go to the ufunc).
fn arithmetic(op: BinaryUfunc) -> bool {
    use BinaryUfunc as B;
    matches!(
        op,
        B::Add
            | B::Subtract
            | B::Multiply
            | B::TrueDivide
            | B::FloorDivide
            | B::Remainder
            | B::Power
    )
}

/// An operator NumPy's scalar types implement.
#[derive(Clone, Copy, PartialEq)]
enum Op {
    Binary(BinaryUfunc),
    Divmod,
}

/// How NumPy computes `a op b`.
enum Path {
    /// Scalar math in this type.
    Scalar(ScalarType),
    /// The ufunc (NumPy's generic scalar path).
    Ufunc,
    /// Every operator method returned `NotImplemented`: Python's `TypeError`.
    Unsupported,
}

/// Python's dispatch of `a op b` over NumPy's scalar operator methods: `method`'s operand
/// first, then (on `NotImplemented`) the other one's reflected method.
fn path(op: Op, a: &Scalar, b: &Scalar, method: Method) -> Path {
    if !a.is_numeric() || !b.is_numeric() || (a.is_weak() && b.is_weak()) {
        return Path::Ufunc;
    }
    let left_first = method != Method::Right && !a.is_weak();
    let (first, second) = if left_first { (a, b) } else { (b, a) };
    match method_path(op, first, second) {
        Some(p) => p,
        // A Python number's own operator does not know NumPy scalars.
        None if method != Method::Left || !left_first || second.is_weak() => Path::Unsupported,
        None => method_path(op, second, first).unwrap_or(Path::Unsupported),
    }
}

/// What the operator method of the NumPy scalar `me` does with `other`; `None` for
/// `NotImplemented`.
fn method_path(op: Op, me: &Scalar, other: &Scalar) -> Option<Path> {
    let mine = me.scalar_type();
    if mine == ScalarType::Bool {
        return Some(Path::Ufunc);
    }
    let kind = mine.info().kind;
    // NumPy's complex scalars define these as returning NotImplemented.
    let undefined = matches!(
        op,
        Op::Divmod | Op::Binary(BinaryUfunc::FloorDivide | BinaryUfunc::Remainder)
    );
    if kind == 'c' && undefined {
        return None;
    }
    if !other.is_weak() {
        let theirs = other.scalar_type();
        return if theirs == mine || safe_numeric(theirs, mine) {
            Some(Path::Scalar(mine))
        } else if safe_numeric(mine, theirs) {
            None // deferred to the other scalar's reflected method
        } else {
            Some(Path::Ufunc)
        };
    }
    let joins = match current_mode() {
        PromotionMode::Weak => match other {
            Scalar::Int(_) => true,
            Scalar::Float(_) => matches!(kind, 'f' | 'c'),
            _ => kind == 'c',
        },
        PromotionMode::Legacy => {
            let as_type = match other {
                Scalar::Int(v) if i64::try_from(*v).is_ok() => ScalarType::Int64,
                Scalar::Int(_) => return Some(Path::Ufunc),
                Scalar::Float(_) => ScalarType::Float64,
                _ => ScalarType::Complex128,
            };
            safe_numeric(as_type, mine)
        }
    };
    Some(if joins {
        Path::Scalar(mine)
    } else {
        Path::Ufunc
    })
}

/// An operand as scalar math converts it to `ty`: NumPy's cast (with its warnings), after
/// NumPy's reading of a Python int as a C (unsigned) long ([`crate::scalar::read_pyint`]).
fn convert(v: &Scalar, ty: ScalarType) -> Result<Scalar> {
    if let Scalar::Int(i) = v {
        crate::scalar::read_pyint(*i, ty)?;
    }
    v.cast(ty)
}

/// NumPy's float16 scalar `//` recognizes a zero divisor by its bits: -0.0 takes the
/// divmod path, whose `fmod(x, -0.0)` raises "invalid" for any `x` but NaN (the array
/// loop, like every other type, divides by it: `x / -0.0` alone).
fn half_negative_zero_divisor(op: BinaryUfunc, x: &Scalar, y: &Scalar) -> bool {
    match (op, x, y) {
        (BinaryUfunc::FloorDivide, Scalar::F16(a), Scalar::F16(b)) => {
            b.to_bits() == 0x8000 && !a.is_nan()
        }
        _ => false,
    }
}

/// Whether integer `x op y` (both of one integer type) left that type's range.
fn integer_overflow(op: BinaryUfunc, x: &Scalar, y: &Scalar) -> bool {
    let (Some(a), Some(b)) = (x.as_i128(), y.as_i128()) else {
        return false;
    };
    if matches!(x, Scalar::Bool(_)) {
        return false;
    }
    let exact = match op {
        BinaryUfunc::Add => a.checked_add(b),
        BinaryUfunc::Subtract => a.checked_sub(b),
        BinaryUfunc::Multiply => a.checked_mul(b),
        _ => return false,
    };
    match exact {
        Some(v) => !fits(v, x.scalar_type()),
        None => true,
    }
}

/// Whether NumPy 2's `-x` or `abs(x)` of an integer overflows.
fn unary_overflow(op: UnaryUfunc, a: &Scalar) -> bool {
    let Some(v) = a.as_i128() else {
        return false;
    };
    let ty = a.scalar_type();
    match op {
        UnaryUfunc::Negative => !fits(-v, ty),
        UnaryUfunc::Absolute => !fits(v.abs(), ty),
        _ => false,
    }
}

fn fits(v: i128, ty: ScalarType) -> bool {
    let bits = 8 * ty.info().itemsize as u32;
    match ty.info().kind {
        'i' => v >= -(1i128 << (bits - 1)) && v < (1i128 << (bits - 1)),
        'u' => v >= 0 && v < (1i128 << bits),
        _ => true,
    }
}

/// Which floating-point warnings the ufuncs `parts` raised (in [`FPE_KINDS`] order).
fn fpe_kinds(caught: &[Warning], parts: &[&str]) -> [bool; 4] {
    let mut kinds = [false; 4];
    for w in caught {
        if let Some(i) = fpe_kind(w, parts) {
            kinds[i] = true;
        }
    }
    kinds
}

fn fpe_kind(w: &Warning, parts: &[&str]) -> Option<usize> {
    if w.category != Category::RuntimeWarning {
        return None;
    }
    let (kind, ufunc) = w.message.split_once(" encountered in ")?;
    let i = FPE_KINDS.iter().position(|k| *k == kind)?;
    parts.contains(&ufunc).then_some(i)
}

/// Raises the other warnings of `caught` (casts), then each floating-point kind once,
/// worded for `context`.
fn reissue(caught: Vec<Warning>, parts: &[&str], kinds: [bool; 4], context: impl Fn() -> String) {
    let mut seen: Vec<Warning> = Vec::new();
    for w in caught {
        if fpe_kind(&w, parts).is_none() && !seen.contains(&w) {
            seen.push(w.clone());
            warn(w);
        }
    }
    for (kind, _) in FPE_KINDS.iter().zip(kinds).filter(|(_, on)| *on) {
        warn(Warning::new(
            Category::RuntimeWarning,
            format!("{kind} encountered in {}", context()),
        ));
    }
}

/// What a scalar computation's warnings name: NumPy 2 "scalar <op>", NumPy 1.x
/// "<C type>_scalars".
fn scalar_context(op: &str, ty: ScalarType) -> String {
    match current_mode() {
        PromotionMode::Weak => format!("scalar {op}"),
        PromotionMode::Legacy => format!("{}_scalars", c_name(ty)),
    }
}

/// NumPy 1.x's C name of a scalar type (64-bit integers are `long` on Linux).
fn c_name(ty: ScalarType) -> &'static str {
    use ScalarType as T;
    match ty {
        T::Bool => "bool",
        T::Int8 => "byte",
        T::UInt8 => "ubyte",
        T::Int16 => "short",
        T::UInt16 => "ushort",
        T::Int32 => "int",
        T::UInt32 => "uint",
        T::Int64 => "long",
        T::UInt64 => "ulong",
        T::Float16 => "half",
        T::Float32 => "float",
        T::Float64 => "double",
        T::Complex64 => "cfloat",
        T::Complex128 => "cdouble",
    }
}
