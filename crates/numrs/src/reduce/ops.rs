//! The binary operations reductions apply, as NumPy's inner loops apply them to the loop type.
//!
//! NumPy's reduction inner loop has two branches. When the result's stride is 0, one call
//! folds a run of items into one result element ([`Combine::fold`]); for additions of floats
//! that is a pairwise sum of the run added to the running value, for float16 computed in
//! float32 and rounded once per call. Otherwise each item updates its own result element
//! ([`Combine::step`]).

use crate::element::{Bool8, Element};
use crate::kernels::sum::{pairwise_complex, pairwise_slice};
use half::f16;
use num_complex::{Complex32, Complex64};

/// A reduction operation on the loop type `A`.
pub(crate) trait Combine<A>: Copy {
    /// The result-stride-0 branch: `acc` combined with a run of items, in NumPy's order.
    fn fold(self, acc: A, items: &[A]) -> A;
    /// The element-wise branch: `acc` combined with one item.
    fn step(self, acc: A, x: A) -> A;
    /// The operation as NumPy's inner loop applies it in one call over `len` items, the input
    /// `stride` bytes apart and the result `out_stride` bytes apart (the loops of some types
    /// take other paths for some strides and lengths).
    #[inline]
    fn for_run(self, _stride: isize, _out_stride: isize, _len: usize) -> Self {
        self
    }
    /// The operation as applied to the item at position `idx` of the call.
    #[inline]
    fn for_item(self, _idx: usize) -> Self {
        self
    }
}

/// `np.add` (logical or for bool). NumPy 2 (`numpy2`) sums complex runs pairwise only when
/// their stride is a multiple of the item size, otherwise item by item.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Add {
    numpy2: bool,
    pairwise: bool,
}

impl Add {
    /// NumPy 2's (`numpy2`) or NumPy 1.x's add.
    pub(crate) fn new(numpy2: bool) -> Add {
        Add {
            numpy2,
            pairwise: true,
        }
    }
}
/// `np.multiply` (logical and for bool). `numpy2` selects NumPy 2's loops where their bits
/// differ from NumPy 1.x's: complex item-wise products use the SIMD formula (`fmaddsub`: each
/// part's second product is rounded, then fused), and the half loops pick another NaN of two.
/// Which NaN of several a complex product returns depends on the compiled loop NumPy runs for
/// the item ([`NanOrder`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mul {
    pub numpy2: bool,
    simd: bool,
    contig: bool,
    len: usize,
    nan: NanOrder,
}

/// Which NaN a complex product returns when several operands are NaN, as NumPy 2's compiled
/// loops behave (found by probing NumPy 2.4 on x86-64 with AVX2): the products `a.im * b.im`
/// and `a.im * b.re` keep the item's NaN (`item_first`) or the running value's, and the fused
/// (or plain) sums keep the first NaN of `order` (`a`: `a.re`, `b`: the item's part, `c`: the
/// product).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NanOrder {
    /// Item first in products; then `a`, `b`, `c`.
    ItemAbc,
    /// Item first in products; then `b`, `a`, `c`.
    ItemBac,
    /// Running value first in products; then `a`, `b`, `c`.
    RunningAbc,
}

impl Mul {
    /// NumPy 2's (`numpy2`) or NumPy 1.x's multiply.
    pub(crate) fn new(numpy2: bool) -> Mul {
        Mul {
            numpy2,
            simd: numpy2,
            contig: true,
            len: 0,
            nan: NanOrder::ItemAbc,
        }
    }

    /// NumPy 2's complex128 SIMD loop: groups of 4 items, then a tail of pairs; the first tail
    /// step picks NaNs in another order (contiguous operands: always; strided: when it holds
    /// two items).
    fn c128_nan(self, idx: usize) -> NanOrder {
        let main = self.len - self.len % 4;
        let first_step = (self.len - main).min(2);
        if idx < main || idx >= main + first_step {
            NanOrder::ItemAbc
        } else if self.contig {
            NanOrder::ItemBac
        } else if first_step == 2 {
            NanOrder::RunningAbc
        } else {
            NanOrder::ItemAbc
        }
    }
}
/// `np.maximum`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Max;
/// `np.minimum`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Min;

macro_rules! int_ops {
    ($($t:ty),*) => {$(
        impl Combine<$t> for Add {
            #[inline]
            fn fold(self, acc: $t, items: &[$t]) -> $t {
                items.iter().fold(acc, |a, &x| a.wrapping_add(x))
            }
            #[inline]
            fn step(self, acc: $t, x: $t) -> $t {
                acc.wrapping_add(x)
            }
        }
        impl Combine<$t> for Mul {
            #[inline]
            fn fold(self, acc: $t, items: &[$t]) -> $t {
                items.iter().fold(acc, |a, &x| a.wrapping_mul(x))
            }
            #[inline]
            fn step(self, acc: $t, x: $t) -> $t {
                acc.wrapping_mul(x)
            }
        }
        impl Combine<$t> for Max {
            #[inline]
            fn fold(self, acc: $t, items: &[$t]) -> $t {
                items.iter().fold(acc, |a, &x| a.max(x))
            }
            #[inline]
            fn step(self, acc: $t, x: $t) -> $t {
                acc.max(x)
            }
        }
        impl Combine<$t> for Min {
            #[inline]
            fn fold(self, acc: $t, items: &[$t]) -> $t {
                items.iter().fold(acc, |a, &x| a.min(x))
            }
            #[inline]
            fn step(self, acc: $t, x: $t) -> $t {
                acc.min(x)
            }
        }
    )*};
}

int_ops!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! bool_op {
    ($op:ident, $combine:ident) => {
        impl Combine<Bool8> for $op {
            #[inline]
            fn fold(self, acc: Bool8, items: &[Bool8]) -> Bool8 {
                items.iter().fold(acc, |a, &x| a.$combine(x))
            }
            #[inline]
            fn step(self, acc: Bool8, x: Bool8) -> Bool8 {
                acc.$combine(x)
            }
        }
    };
}

bool_op!(Add, add);
bool_op!(Max, add);
bool_op!(Mul, mul);
bool_op!(Min, mul);

macro_rules! float_ops {
    ($($t:ty),*) => {$(
        impl Combine<$t> for Add {
            #[inline]
            fn fold(self, acc: $t, items: &[$t]) -> $t {
                acc + pairwise_slice(items)
            }
            #[inline]
            fn step(self, acc: $t, x: $t) -> $t {
                acc + x
            }
        }
        impl Combine<$t> for Mul {
            #[inline]
            fn fold(self, acc: $t, items: &[$t]) -> $t {
                items.iter().fold(acc, |a, &x| a * x)
            }
            #[inline]
            fn step(self, acc: $t, x: $t) -> $t {
                acc * x
            }
        }
        // NumPy's float maximum keeps the running value only when it is NaN or strictly
        // larger: of equal values (0.0 and -0.0) the later one wins.
        impl Combine<$t> for Max {
            #[inline]
            fn fold(self, acc: $t, items: &[$t]) -> $t {
                items.iter().fold(acc, |a, &x| self.step(a, x))
            }
            #[inline]
            fn step(self, acc: $t, x: $t) -> $t {
                if acc > x || acc.is_nan() { acc } else { x }
            }
        }
        impl Combine<$t> for Min {
            #[inline]
            fn fold(self, acc: $t, items: &[$t]) -> $t {
                items.iter().fold(acc, |a, &x| self.step(a, x))
            }
            #[inline]
            fn step(self, acc: $t, x: $t) -> $t {
                if acc < x || acc.is_nan() { acc } else { x }
            }
        }
    )*};
}

float_ops!(f32, f64);

// float16 loops compute in float32 and round once per inner-loop call.
impl Combine<f16> for Add {
    #[inline]
    fn fold(self, acc: f16, items: &[f16]) -> f16 {
        f16::from_f32(acc.to_f32() + pairwise_slice(items))
    }
    #[inline]
    fn step(self, acc: f16, x: f16) -> f16 {
        f16::from_f32(acc.to_f32() + x.to_f32())
    }
}

/// `acc * x` in float32 returning, of two NaNs, the item's (`item_wins`) or the running value's.
#[inline]
fn mul_nan(acc: f32, x: f32, item_wins: bool) -> f32 {
    if item_wins && x.is_nan() {
        x
    } else if !item_wins && acc.is_nan() {
        acc
    } else {
        acc * x
    }
}

impl Combine<f16> for Mul {
    // Of two NaNs, the item's wins except in NumPy 1.x's reduce branch.
    #[inline]
    fn fold(self, acc: f16, items: &[f16]) -> f16 {
        let item_wins = self.numpy2;
        f16::from_f32(
            items
                .iter()
                .fold(acc.to_f32(), |a, &x| mul_nan(a, x.to_f32(), item_wins)),
        )
    }
    #[inline]
    fn step(self, acc: f16, x: f16) -> f16 {
        f16::from_f32(mul_nan(acc.to_f32(), x.to_f32(), true))
    }
}

// NumPy's half maximum keeps the running value on ties (the first of equal values wins).
impl Combine<f16> for Max {
    #[inline]
    fn fold(self, acc: f16, items: &[f16]) -> f16 {
        items.iter().fold(acc, |a, &x| self.step(a, x))
    }
    #[inline]
    fn step(self, acc: f16, x: f16) -> f16 {
        if acc >= x || acc.is_nan() {
            acc
        } else {
            x
        }
    }
}

impl Combine<f16> for Min {
    #[inline]
    fn fold(self, acc: f16, items: &[f16]) -> f16 {
        items.iter().fold(acc, |a, &x| self.step(a, x))
    }
    #[inline]
    fn step(self, acc: f16, x: f16) -> f16 {
        if acc <= x || acc.is_nan() {
            acc
        } else {
            x
        }
    }
}

/// NumPy's scalar complex product `(ar*br - ai*bi, ar*bi + ai*br)`. Of two NaN operands the
/// left one wins, except in the products `ai*bi` and `ai*br` when `$im_right` (NumPy 2's
/// complex128 loop as compiled).
macro_rules! scalar_cmul {
    ($f:ty, $a:expr, $b:expr, $c:ty, $im_right:expr) => {{
        let pick = |x: $f, y: $f, r: $f| {
            if x.is_nan() {
                x
            } else if y.is_nan() {
                y
            } else {
                r
            }
        };
        let (a, b) = ($a, $b);
        let rr = pick(a.re, b.re, a.re * b.re);
        let ri = pick(a.re, b.im, a.re * b.im);
        let (ii, ir) = if $im_right {
            (pick(b.im, a.im, a.im * b.im), pick(b.re, a.im, a.im * b.re))
        } else {
            (pick(a.im, b.im, a.im * b.im), pick(a.im, b.re, a.im * b.re))
        };
        <$c>::new(pick(rr, ii, rr - ii), pick(ri, ir, ri + ir))
    }};
}

macro_rules! complex_ops {
    ($($c:ty => $f:ty, $neg_simd:expr, $scalar_im_right:expr, $wide:expr;)*) => {$(
        impl Combine<$c> for Add {
            #[inline]
            fn for_run(self, stride: isize, _out_stride: isize, _len: usize) -> Add {
                let size = std::mem::size_of::<$c>() as isize;
                Add { numpy2: self.numpy2, pairwise: !self.numpy2 || stride % size == 0 }
            }
            #[inline]
            fn fold(self, acc: $c, items: &[$c]) -> $c {
                if !self.pairwise {
                    return items.iter().fold(acc, |a, &x| self.step(a, x));
                }
                let (re, im) = pairwise_complex(items);
                <$c>::new(acc.re + re, acc.im + im)
            }
            #[inline]
            fn step(self, acc: $c, x: $c) -> $c {
                <$c>::new(acc.re + x.re, acc.im + x.im)
            }
        }
        impl Combine<$c> for Mul {
            #[inline]
            fn fold(self, acc: $c, items: &[$c]) -> $c {
                // The reduce branch is NumPy's scalar loop.
                let right = self.numpy2 && $scalar_im_right;
                items.iter().fold(acc, |a, &b| scalar_cmul!($f, a, b, $c, right))
            }
            #[inline]
            fn for_run(self, stride: isize, out_stride: isize, len: usize) -> Mul {
                // NumPy 2's SIMD loop; the reduce branch (result stride 0) and, for
                // complex64, negative input strides take the scalar loop.
                let size = std::mem::size_of::<$c>() as isize;
                Mul {
                    simd: self.numpy2 && out_stride != 0 && (stride >= 0 || $neg_simd),
                    contig: stride == size && out_stride == size,
                    len,
                    ..self
                }
            }
            #[inline]
            fn for_item(self, idx: usize) -> Mul {
                if !self.simd {
                    return self;
                }
                Mul { nan: if $wide { self.c128_nan(idx) } else { NanOrder::ItemAbc }, ..self }
            }
            #[inline]
            fn step(self, a: $c, b: $c) -> $c {
                if self.simd {
                    // (a.re * b) fmaddsub (a.im * swapped b), each part's second product
                    // rounded first. The subtraction does not negate a NaN; of several NaNs
                    // the loop's NaN order decides.
                    let item_first = self.nan != NanOrder::RunningAbc;
                    let mul = |x: $f, y: $f| {
                        let (p, q) = if item_first { (y, x) } else { (x, y) };
                        if p.is_nan() { p } else if q.is_nan() { q } else { x * y }
                    };
                    let fused = |x: $f, y: $f, c: $f, sub: bool| {
                        let bac = self.nan == NanOrder::ItemBac;
                        let order = if bac { [y, x, c] } else { [x, y, c] };
                        match order.iter().find(|v| v.is_nan()) {
                            Some(&n) => n,
                            None => x.mul_add(y, if sub { -c } else { c }),
                        }
                    };
                    let ii = mul(a.im, b.im);
                    let ir = mul(a.im, b.re);
                    <$c>::new(fused(a.re, b.re, ii, true), fused(a.re, b.im, ir, false))
                } else {
                    scalar_cmul!($f, a, b, $c, self.numpy2 && $scalar_im_right)
                }
            }
        }
        // Lexicographic order; a NaN in either part propagates (the first NaN wins), and of
        // equal values the first wins.
        impl Combine<$c> for Max {
            #[inline]
            fn fold(self, acc: $c, items: &[$c]) -> $c {
                items.iter().fold(acc, |a, &x| self.step(a, x))
            }
            #[inline]
            fn step(self, a: $c, b: $c) -> $c {
                let ge = (a.re > b.re && !a.im.is_nan() && !b.im.is_nan())
                    || (a.re == b.re && a.im >= b.im);
                if a.re.is_nan() || a.im.is_nan() || ge { a } else { b }
            }
        }
        impl Combine<$c> for Min {
            #[inline]
            fn fold(self, acc: $c, items: &[$c]) -> $c {
                items.iter().fold(acc, |a, &x| self.step(a, x))
            }
            #[inline]
            fn step(self, a: $c, b: $c) -> $c {
                let le = (a.re < b.re && !a.im.is_nan() && !b.im.is_nan())
                    || (a.re == b.re && a.im <= b.im);
                if a.re.is_nan() || a.im.is_nan() || le { a } else { b }
            }
        }
    )*};
}

complex_ops! {
    Complex32 => f32, false, false, false;
    Complex64 => f64, true, true, true;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_ties_and_nan() {
        assert!(Max.step(0.0f64, -0.0).is_sign_negative());
        assert!(Max
            .step(f16::from_f32(0.0), f16::from_f32(-0.0))
            .is_sign_positive());
        assert!(Min.step(f64::NAN, 1.0).is_nan());
        assert!(Min.step(1.0f32, f32::NAN).is_nan());
        let c = Max.step(Complex64::new(1.0, f64::NAN), Complex64::new(5.0, 0.0));
        assert!(c.im.is_nan());
    }

    #[test]
    fn float16_rounds_once_per_call() {
        // 2048 + 1 rounds back to 2048 in float16, but 2048 + 16 is exact.
        let items = vec![f16::from_f32(1.0); 16];
        let start = f16::from_f32(2048.0);
        assert_eq!(Add::new(true).fold(start, &items).to_f32(), 2064.0);
        let stepped = items.iter().fold(start, |a, &x| Add::new(true).step(a, x));
        assert_eq!(stepped.to_f32(), 2048.0);
    }
}
