//! Tiled transposed copies give the same items as an item-by-item walk, for every item size
//! and for shapes that are not multiples of the tile.

use numrs::{DType, Order};

#[test]
fn transposed_copies_and_tobytes_are_exact() {
    for dtype in [
        DType::INT8,
        DType::INT16,
        DType::FLOAT32,
        DType::FLOAT64,
        DType::COMPLEX128,
    ] {
        for (rows, cols) in [(70usize, 45usize), (32, 32), (33, 97), (5, 200)] {
            let n = rows * cols;
            let a = numrs::arange(0.0, n as f64, 1.0, Some(dtype.clone()))
                .unwrap()
                .reshape_usize(&[rows, cols])
                .unwrap();
            let t = a.t();
            let copy = t.copy(Order::C).unwrap();
            let bytes = t.tobytes(Order::C).unwrap();
            let size = dtype.itemsize();
            let src = a.tobytes(Order::C).unwrap();
            for i in 0..cols {
                for j in 0..rows {
                    let want = &src[(j * cols + i) * size..][..size];
                    assert_eq!(
                        &bytes[(i * rows + j) * size..][..size],
                        want,
                        "{dtype:?} {rows}x{cols} tobytes ({i},{j})"
                    );
                }
            }
            assert_eq!(
                copy.tobytes(Order::C).unwrap(),
                bytes,
                "{dtype:?} {rows}x{cols} copy"
            );
            assert!(copy.flags().c_contiguous && copy.flags().owndata);
        }
    }
}
