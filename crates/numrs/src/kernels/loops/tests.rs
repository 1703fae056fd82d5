//! Unit tests of the loop driver paths the array-level tests cannot reach: in-place runs
//! (an input aliasing the output, chunked through the stack), repeated inputs combined with
//! aliasing, partial overlap, unaligned pointers.

use super::{binary_loop, unary_loop};
use crate::dtype::ScalarType;
use crate::kernels::run::InnerLoop;
use crate::ufunc::ops::{BinaryUfunc, LoopTypes, UnaryUfunc};

fn bin(op: BinaryUfunc, t: ScalarType, out: ScalarType) -> InnerLoop<3> {
    let types = LoopTypes {
        inputs: [t, t],
        output: out,
    };
    binary_loop(op, types).expect("loop exists")
}

fn un(op: UnaryUfunc, t: ScalarType) -> InnerLoop<2> {
    unary_loop(
        op,
        LoopTypes {
            inputs: [t],
            output: t,
        },
    )
    .expect("loop exists")
}

fn data(n: usize) -> Vec<f64> {
    (0..n).map(|i| (i as f64) * 0.75 - 100.0).collect()
}

/// Runs `f` over three slices' pointers with item strides `strides` (in items of 8 bytes).
fn call3(f: InnerLoop<3>, ptrs: [*mut f64; 3], strides: [isize; 3], n: usize) {
    // SAFETY: every test passes pointers to live vectors with at least `n` items at the
    // given strides, of the loop's types.
    unsafe { f(ptrs.map(|p| p.cast::<u8>()), strides.map(|s| s * 8), n) }
}

#[test]
fn in_place_binary_matches_out_of_place() {
    let f = bin(BinaryUfunc::Add, ScalarType::Float64, ScalarType::Float64);
    for n in [0, 1, 7, 256, 257, 1000] {
        let (x, y) = (data(n), data(n).iter().map(|v| v * 3.0).collect::<Vec<_>>());
        let mut want = vec![0.0; n];
        let (mut xc, mut yc) = (x.clone(), y.clone());
        call3(
            f,
            [xc.as_mut_ptr(), yc.as_mut_ptr(), want.as_mut_ptr()],
            [1, 1, 1],
            n,
        );
        // out = a
        let mut a = x.clone();
        call3(
            f,
            [a.as_mut_ptr(), yc.as_mut_ptr(), a.as_mut_ptr()],
            [1, 1, 1],
            n,
        );
        assert_eq!(a, want);
        // out = b
        let mut b = y.clone();
        call3(
            f,
            [xc.as_mut_ptr(), b.as_mut_ptr(), b.as_mut_ptr()],
            [1, 1, 1],
            n,
        );
        assert_eq!(b, want);
        // out = a = b
        let mut twice = vec![0.0; n];
        call3(
            f,
            [xc.as_mut_ptr(), xc.as_mut_ptr(), twice.as_mut_ptr()],
            [1, 1, 1],
            n,
        );
        let mut c = x.clone();
        call3(
            f,
            [c.as_mut_ptr(), c.as_mut_ptr(), c.as_mut_ptr()],
            [1, 1, 1],
            n,
        );
        assert_eq!(c, twice);
        // out = a, b repeated (x += 2.5)
        let mut d = x.clone();
        let mut k = [2.5f64];
        call3(
            f,
            [d.as_mut_ptr(), k.as_mut_ptr(), d.as_mut_ptr()],
            [1, 0, 1],
            n,
        );
        assert_eq!(d, x.iter().map(|v| v + 2.5).collect::<Vec<_>>());
    }
}

#[test]
fn in_place_unary_and_bool_output() {
    let f = un(UnaryUfunc::Sqrt, ScalarType::Float64);
    let x: Vec<f64> = (0..600).map(|i| i as f64).collect();
    let mut y = x.clone();
    // SAFETY: input and output are the same live vector of 600 f64.
    unsafe { f([y.as_mut_ptr().cast(), y.as_mut_ptr().cast()], [8, 8], 600) };
    assert_eq!(y, x.iter().map(|v| v.sqrt()).collect::<Vec<_>>());
    // int8 < int8 written over the first input (a same-size bool output).
    let less = bin(BinaryUfunc::Less, ScalarType::Int8, ScalarType::Bool);
    let mut a: Vec<i8> = (0..300).map(|i| (i % 7) as i8 - 3).collect();
    let mut b: Vec<i8> = vec![0; 300];
    let want: Vec<i8> = a.iter().map(|&v| (v < 0) as i8).collect();
    let pa = a.as_mut_ptr().cast::<u8>();
    // SAFETY: two live vectors of 300 one-byte items; the output is exactly the first input.
    unsafe { less([pa, b.as_mut_ptr().cast(), pa], [1, 1, 1], 300) };
    assert_eq!(a, want);
}

#[test]
fn partial_overlap_and_unaligned_runs_go_item_by_item() {
    let f = bin(
        BinaryUfunc::Multiply,
        ScalarType::Float64,
        ScalarType::Float64,
    );
    // out[i] = x[i + 1] * 2 written over x[i]: each item is read before it is written.
    let mut x = data(100);
    let mut two = [2.0f64];
    let want: Vec<f64> = x[1..].iter().map(|v| v * 2.0).collect();
    let p = x.as_mut_ptr();
    // SAFETY: reads x[1..100] and writes x[0..99], all inside the vector.
    call3(f, [unsafe { p.add(1) }, two.as_mut_ptr(), p], [1, 0, 1], 99);
    assert_eq!(&x[..99], &want[..]);
    // Unaligned contiguous runs: 8-byte items at odd addresses.
    let src = data(50);
    let mut bytes = vec![0u8; 8 * 50 * 3 + 3];
    let (a, rest) = bytes.split_at_mut(1 + 8 * 50);
    let (b, o) = rest.split_at_mut(1 + 8 * 50);
    for (i, v) in src.iter().enumerate() {
        a[1 + 8 * i..9 + 8 * i].copy_from_slice(&v.to_ne_bytes());
        b[1 + 8 * i..9 + 8 * i].copy_from_slice(&(v + 1.0).to_ne_bytes());
    }
    let ptrs = [
        a[1..].as_mut_ptr(),
        b[1..].as_mut_ptr(),
        o[1..].as_mut_ptr(),
    ];
    // SAFETY: three disjoint byte ranges with room for 50 8-byte items each.
    unsafe { f(ptrs, [8, 8, 8], 50) };
    let got: Vec<f64> = o[1..1 + 8 * 50]
        .chunks(8)
        .map(|c| f64::from_ne_bytes(c.try_into().unwrap_or([0; 8])))
        .collect();
    assert_eq!(got, src.iter().map(|v| v * (v + 1.0)).collect::<Vec<_>>());
}

#[test]
fn loops_exist_only_for_resolvable_types() {
    assert!(binary_loop(
        BinaryUfunc::BitwiseAnd,
        LoopTypes {
            inputs: [ScalarType::Float64; 2],
            output: ScalarType::Float64
        }
    )
    .is_none());
    assert!(binary_loop(
        BinaryUfunc::Add,
        LoopTypes {
            inputs: [ScalarType::Int8; 2],
            output: ScalarType::Int16
        }
    )
    .is_none());
    assert!(binary_loop(
        BinaryUfunc::Less,
        LoopTypes {
            inputs: [ScalarType::Int64, ScalarType::UInt64],
            output: ScalarType::Bool
        }
    )
    .is_some());
    assert!(unary_loop(
        UnaryUfunc::Sqrt,
        LoopTypes {
            inputs: [ScalarType::Int8],
            output: ScalarType::Int8
        }
    )
    .is_none());
}
