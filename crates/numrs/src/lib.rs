//! # numrs
//!
//! NumPy's array memory model in safe, fast Rust: one block of memory, many views.
//!
//! An [`Array`] is bytes ([`buffer::Buffer`]) + a [`DType`] + a [`layout::Layout`] (shape,
//! byte strides, offset). Views share the bytes; strides may be negative or zero; every view
//! is checked to stay inside its buffer, so the stride tricks that crash NumPy are errors here.
//!
//! ```
//! use numrs::{s, DType};
//! let x = numrs::array(&[[1, 2, 3], [4, 5, 6], [7, 8, 9]], Some(DType::INT8))?;
//! assert_eq!(x.strides(), &[3, 1]);
//! let diag = numrs::as_strided(&x, &[3], &[4])?;
//! assert_eq!(format!("{diag:?}"), "array([1, 5, 9], dtype=int8)");
//! assert_eq!(format!("{:?}", x.slice(s![.., ..;-1])?.strides()), "[3, -1]");
//! # Ok::<(), numrs::Error>(())
//! ```
#![forbid(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]

pub mod array;
pub mod bridge;
pub mod buffer;
pub mod compare;
pub mod creation;
pub mod dtype;
pub mod element;
pub mod error;
pub mod errstate;
pub mod format;
pub mod index;
pub mod io;
mod items;
pub mod iter;
pub(crate) mod kernels;
pub mod layout;
pub mod overlap;
mod print;
pub mod promote;
pub mod records;
pub mod reduce;
pub mod retype;
pub mod scalar;
pub mod scalar_math;
pub mod select;
pub mod shape_ops;
pub mod stride_tricks;
pub mod struct_cast;
pub mod ufunc;
pub mod warnings;

#[doc(hidden)]
pub use half;
#[doc(hidden)]
pub use num_complex;

pub use array::{Array, ArrayInterface, Flags};
pub use compare::{equal, not_equal};
pub use creation::{
    arange, array, empty, from_scalars, frombuffer, full, ones, zeros, zeros_order, BufferSource,
};
pub use dtype::DType;
pub use error::{Error, Result};
pub use index::{Ellipsis, Idx, NewAxis};
pub use io::{fromfile, fromfile_reader};
pub use layout::Order;
pub use overlap::{may_share_memory, shares_memory};
pub use promote::{can_cast, promote_types, result_type, Casting, Operand, PromotionMode};
pub use reduce::{Axis, ReduceOptions};
pub use scalar::Scalar;
pub use shape_ops::{ascontiguousarray, asfortranarray};
pub use stride_tricks::{
    as_strided, broadcast_arrays, broadcast_shapes, broadcast_to, diag, sliding_window_view,
};
pub use ufunc::{
    absolute, add, divide, floor_divide, maximum, minimum, multiply, negative, power, remainder,
    sqrt, subtract, true_divide,
};

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
