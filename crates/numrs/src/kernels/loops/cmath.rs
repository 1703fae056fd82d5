//! The C library's complex functions (C99 `<complex.h>`), which NumPy calls for complex
//! sqrt, exp, log, pow and the trigonometric and hyperbolic functions. Calling the same
//! functions is the only way to agree with NumPy to the last bit.
//!
//! On x86-64 (System V), `double complex` is passed and returned like a `#[repr(C)]` struct
//! of two doubles (two SSE registers) and `float complex` like a struct of two floats (one
//! SSE register), which is what `num_complex::Complex<T>` (`#[repr(C)]`) is.

use num_complex::{Complex32, Complex64};

#[cfg_attr(unix, link(name = "m"))]
extern "C" {
    fn csqrt(z: Complex64) -> Complex64;
    fn csqrtf(z: Complex32) -> Complex32;
    fn cexp(z: Complex64) -> Complex64;
    fn cexpf(z: Complex32) -> Complex32;
    fn clog(z: Complex64) -> Complex64;
    fn clogf(z: Complex32) -> Complex32;
    fn cpow(x: Complex64, y: Complex64) -> Complex64;
    fn cpowf(x: Complex32, y: Complex32) -> Complex32;
    fn csin(z: Complex64) -> Complex64;
    fn csinf(z: Complex32) -> Complex32;
    fn ccos(z: Complex64) -> Complex64;
    fn ccosf(z: Complex32) -> Complex32;
    fn ctan(z: Complex64) -> Complex64;
    fn ctanf(z: Complex32) -> Complex32;
    fn casin(z: Complex64) -> Complex64;
    fn casinf(z: Complex32) -> Complex32;
    fn cacos(z: Complex64) -> Complex64;
    fn cacosf(z: Complex32) -> Complex32;
    fn catan(z: Complex64) -> Complex64;
    fn catanf(z: Complex32) -> Complex32;
    fn csinh(z: Complex64) -> Complex64;
    fn csinhf(z: Complex32) -> Complex32;
    fn ccosh(z: Complex64) -> Complex64;
    fn ccoshf(z: Complex32) -> Complex32;
    fn ctanh(z: Complex64) -> Complex64;
    fn ctanhf(z: Complex32) -> Complex32;
}

/// The C library's complex functions for one complex type.
pub(super) trait CMath: Sized + Copy {
    fn sqrt(self) -> Self;
    fn exp(self) -> Self;
    fn log(self) -> Self;
    fn pow(self, e: Self) -> Self;
    fn sin(self) -> Self;
    fn cos(self) -> Self;
    fn tan(self) -> Self;
    fn asin(self) -> Self;
    fn acos(self) -> Self;
    fn atan(self) -> Self;
    fn sinh(self) -> Self;
    fn cosh(self) -> Self;
    fn tanh(self) -> Self;
}

macro_rules! cmath_impl {
    ($t:ty, $pow:ident; $($name:ident => $c:ident),*) => {
        impl CMath for $t {
            $(
                #[inline]
                fn $name(self) -> Self {
                    // SAFETY: a pure C99 math function of one complex value: no pointers,
                    // no preconditions, no state beyond the floating-point flags.
                    unsafe { $c(self) }
                }
            )*
            #[inline]
            fn pow(self, e: Self) -> Self {
                // SAFETY: as above, with two complex values.
                unsafe { $pow(self, e) }
            }
        }
    };
}

cmath_impl!(Complex64, cpow; sqrt => csqrt, exp => cexp, log => clog, sin => csin, cos => ccos,
    tan => ctan, asin => casin, acos => cacos, atan => catan, sinh => csinh, cosh => ccosh,
    tanh => ctanh);
cmath_impl!(Complex32, cpowf; sqrt => csqrtf, exp => cexpf, log => clogf, sin => csinf,
    cos => ccosf, tan => ctanf, asin => casinf, acos => cacosf, atan => catanf, sinh => csinhf,
    cosh => ccoshf, tanh => ctanhf);
