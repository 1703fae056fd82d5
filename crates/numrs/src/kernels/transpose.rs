//! Cache-blocked 2-d transposing copies (`a.T.copy()`, `a.T.tobytes()`), split across cores
//! by destination rows, and huge-page advice for fresh output allocations.

#[cfg(target_arch = "x86_64")]
mod simd;

use super::parallel;
use crate::array::Array;
use std::ops::Range;

/// A 2-d copy whose source is walked along its outer axis by the destination's inner axis
/// (a transpose): copied tile by tile so both sides stay in cache.
pub(super) struct Transpose2d {
    rows: usize,
    cols: usize,
    itemsize: usize,
    /// Side of the blocks transposed in registers (0: none), see [`simd_block`].
    block: usize,
    /// Destination rows and columns per tile.
    tile: (usize, usize),
    src: (isize, [isize; 2]),
    dst: (isize, [isize; 2]),
}

impl Transpose2d {
    /// Below this many rows or columns, a plain strided copy does as well.
    const TILE: usize = 32;

    /// Destination rows and columns of a tile. With register blocks: as many rows as one
    /// 64-byte source cache line holds items, by 2048 columns, so each source line is read
    /// once and entirely, and the destination is written in a few long streams (measured
    /// faster here than 32 x 32 tiles). Item by item: 32 x 32.
    fn tile_shape(itemsize: usize, block: usize) -> (usize, usize) {
        if block == 0 {
            return (Self::TILE, Self::TILE);
        }
        ((64 / itemsize).max(block), 2048)
    }

    pub(super) fn detect(src: &Array, dst: &Array) -> Option<Transpose2d> {
        Self::detect_parts(src, dst.strides(), dst.offset())
    }

    pub(super) fn detect_layouts(src: &Array, dst: &crate::layout::Layout) -> Option<Transpose2d> {
        Self::detect_parts(src, dst.strides(), dst.offset())
    }

    fn detect_parts(src: &Array, ds: &[isize], dst_offset: usize) -> Option<Transpose2d> {
        let itemsize = src.itemsize();
        if src.ndim() != 2 || ds.len() != 2 || ![1, 2, 4, 8].contains(&itemsize) {
            return None;
        }
        let ss = src.strides();
        let (rows, cols) = (src.shape()[0], src.shape()[1]);
        // Destination contiguous along axis 1, source contiguous along axis 0.
        let is = itemsize as isize;
        if ds[1] != is || ss[0] != is || rows < Self::TILE || cols < Self::TILE {
            return None;
        }
        Some(Transpose2d {
            rows,
            cols,
            itemsize,
            block: simd_block(itemsize),
            tile: Self::tile_shape(itemsize, simd_block(itemsize)),
            src: (src.offset() as isize, [ss[0], ss[1]]),
            dst: (dst_offset as isize, [ds[0], ds[1]]),
        })
    }

    /// Copies every item; large copies are split across cores by destination rows (whole
    /// tiles each): the parts write disjoint bytes.
    ///
    /// # Safety
    /// `src`/`dst` are the bases of buffers borrowed for reading/writing, in which the
    /// recorded offsets and strides address `rows x cols` items of `itemsize` bytes, and the
    /// destination items do not overlap the source items.
    pub(super) unsafe fn run(&self, src: *const u8, dst: *mut u8) {
        let bytes = self
            .rows
            .saturating_mul(self.cols)
            .saturating_mul(2 * self.itemsize);
        let tiles = self.rows.div_ceil(self.tile.0);
        let (s, d) = (parallel::SendPtr(src.cast_mut()), parallel::SendPtr(dst));
        parallel::for_each_range(tiles, parallel::parts_for(bytes), 1, |t| {
            // `t.end * tile <= rows + tile` (`tiles` is rounded up), no overflow.
            let rows = t.start * self.tile.0..(t.end * self.tile.0).min(self.rows);
            // SAFETY: the caller's contract; the ranges of destination rows are disjoint
            // bytes, so no two calls write the same item.
            unsafe { self.run_rows(s, d, rows) }
        });
    }

    /// # Safety
    /// As [`Transpose2d::run`], for the destination rows `rows` only.
    unsafe fn run_rows(
        &self,
        src: parallel::SendPtr<u8>,
        dst: parallel::SendPtr<u8>,
        rows: Range<usize>,
    ) {
        let (src, dst) = (src.0 as *const u8, dst.0);
        for r0 in rows.clone().step_by(self.tile.0) {
            let r1 = (r0 + self.tile.0).min(rows.end);
            for c0 in (0..self.cols).step_by(self.tile.1) {
                let c1 = (c0 + self.tile.1).min(self.cols);
                // SAFETY: the tile is inside the 2-d views (caller contract).
                unsafe { self.tile(src, dst, r0..r1, c0..c1) };
            }
        }
    }

    /// Copies one tile: whole blocks in registers where this CPU can, the edges item by item.
    ///
    /// # Safety
    /// As [`Transpose2d::run`], for the destination items `rows x cols` only.
    unsafe fn tile(&self, src: *const u8, dst: *mut u8, rows: Range<usize>, cols: Range<usize>) {
        let whole = |n: usize| n.checked_div(self.block).map_or(0, |k| k * self.block);
        let (rb, cb) = (whole(rows.len()), whole(cols.len()));
        if rb == 0 || cb == 0 {
            // SAFETY: the caller's contract.
            unsafe { self.items(src, dst, rows, cols) };
            return;
        }
        #[cfg(target_arch = "x86_64")]
        // SAFETY: the region `rb x cb` at (rows.start, cols.start) is inside the views (caller
        // contract), with source stride `itemsize` along rows and destination stride
        // `itemsize` along columns (checked by `detect_parts`); `block` is set only when the
        // CPU has what the kernel of this item size needs (see `simd_block`).
        unsafe {
            let (r, c) = (rows.start as isize, cols.start as isize);
            let s = src.offset(self.src.0 + r * self.src.1[0] + c * self.src.1[1]);
            let d = dst.offset(self.dst.0 + r * self.dst.1[0] + c * self.dst.1[1]);
            let (ss1, ds0) = (self.src.1[1], self.dst.1[0]);
            match self.itemsize {
                2 => simd::copy_2(s, ss1, d, ds0, rb, cb),
                4 => simd::copy_4(s, ss1, d, ds0, rb, cb),
                _ => simd::copy_8(s, ss1, d, ds0, rb, cb),
            }
        }
        let split_r = rows.start + rb;
        let split_c = cols.start + cb;
        // SAFETY: the caller's contract; these are the tile's items the blocks left out.
        unsafe {
            self.items(src, dst, rows.start..split_r, split_c..cols.end);
            self.items(src, dst, split_r..rows.end, cols);
        }
    }

    /// Copies the items `rows x cols` one by one.
    ///
    /// # Safety
    /// As [`Transpose2d::tile`].
    unsafe fn items(&self, src: *const u8, dst: *mut u8, rows: Range<usize>, cols: Range<usize>) {
        macro_rules! items {
            ($w:ty) => {
                for r in rows {
                    let so = self.src.0 + r as isize * self.src.1[0];
                    let dof = self.dst.0 + r as isize * self.dst.1[0];
                    for c in cols.clone() {
                        // SAFETY: (r, c) is inside the 2-d views (caller contract).
                        unsafe {
                            let v = std::ptr::read_unaligned(
                                src.offset(so + c as isize * self.src.1[1]).cast::<$w>(),
                            );
                            std::ptr::write_unaligned(
                                dst.offset(dof + c as isize * self.dst.1[1]).cast::<$w>(),
                                v,
                            );
                        }
                    }
                }
            };
        }
        match self.itemsize {
            1 => items!(u8),
            2 => items!(u16),
            4 => items!(u32),
            _ => items!(u64),
        }
    }
}

/// The side of the square blocks this CPU transposes in registers for items of `itemsize`
/// bytes (0: item by item).
fn simd_block(itemsize: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let avx2 = std::arch::is_x86_feature_detected!("avx2");
        match itemsize {
            2 => 8,
            4 if avx2 => 8,
            8 if avx2 => 4,
            _ => 0,
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = itemsize;
        0
    }
}

/// Asks the kernel for huge pages in the 2 MiB-aligned interior of a fresh, not yet written
/// allocation of `len` bytes at `ptr` (as [`crate::buffer::Buffer`] does for arrays): a large
/// output then costs a few hundred page faults instead of thousands.
pub(super) fn advise_huge_pages(ptr: *mut u8, len: usize) {
    const HUGE: usize = 2 << 20;
    if len < crate::buffer::HUGE_THRESHOLD {
        return;
    }
    let start = (ptr as usize).next_multiple_of(HUGE);
    let end = (ptr as usize + len) & !(HUGE - 1);
    if end > start {
        // SAFETY: `start..end` lies inside the caller's allocation; madvise only changes the
        // paging policy of those pages (their contents are untouched) and failure is harmless.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Array, Order};

    /// Large enough to be split across threads, with sizes that are not whole tiles.
    #[test]
    fn split_transposes_copy_every_item() {
        let (r, c) = (1001usize, 777usize);
        let a = Array::from_shape_vec(&[r, c], (0..(r * c) as u32).collect::<Vec<_>>()).unwrap();
        let want: Vec<u32> = (0..c)
            .flat_map(|j| (0..r).map(move |i| (i * c + j) as u32))
            .collect();
        let t = a.t();
        assert_eq!(t.copy(Order::C).unwrap().to_vec::<u32>().unwrap(), want);
        let bytes: Vec<u8> = want.iter().flat_map(|v| v.to_ne_bytes()).collect();
        assert_eq!(t.tobytes(Order::C).unwrap(), bytes);
        let small = Array::from_shape_vec(&[40, 33], (0..40 * 33u16).collect::<Vec<_>>()).unwrap();
        let want: Vec<u16> = (0..33u16)
            .flat_map(|j| (0..40u16).map(move |i| i * 33 + j))
            .collect();
        assert_eq!(
            small.t().copy(Order::C).unwrap().to_vec::<u16>().unwrap(),
            want
        );
    }

    /// Every item size, shapes that are not whole tiles or blocks, a source that is a strided
    /// view and a destination that is a window of a wider array.
    #[test]
    fn strided_views_of_every_item_size() {
        fn check<T: crate::element::Element + From<u8> + std::fmt::Debug>(dtype: crate::DType) {
            let (r, c) = (75usize, 53usize);
            let vals: Vec<T> = (0..2 * r * c).map(|i| T::from((i % 251) as u8)).collect();
            let base = Array::from_shape_vec(&[2 * r, c], vals.clone()).unwrap();
            let src = base.slice(crate::s![..;2, ..]).unwrap().t();
            let wide = crate::zeros(&[c, r + 5], dtype).unwrap();
            let dst = wide.slice(crate::s![.., 3..3 + r as isize]).unwrap();
            crate::kernels::copy::copy_into(&src, &dst).unwrap();
            let got = dst.to_vec::<T>().unwrap();
            let want: Vec<T> = (0..c)
                .flat_map(|i| (0..r).map(move |j| (i, j)))
                .map(|(i, j)| vals[2 * j * c + i])
                .collect();
            assert_eq!(got, want);
            let edges = wide.to_vec::<T>().unwrap();
            assert!((0..c).all(|i| edges[i * (r + 5)..][..3] == [T::default(); 3]));
        }
        check::<u8>(crate::DType::UINT8);
        check::<u16>(crate::DType::UINT16);
        check::<u32>(crate::DType::UINT32);
        check::<u64>(crate::DType::UINT64);
        // Destination rows longer than one tile (2048 columns).
        let (r, c) = (2101usize, 37usize);
        let a = Array::from_shape_vec(&[r, c], (0..(r * c) as u32).collect::<Vec<_>>()).unwrap();
        let want: Vec<u32> = (0..c)
            .flat_map(|j| (0..r).map(move |i| (i * c + j) as u32))
            .collect();
        assert_eq!(a.t().copy(Order::C).unwrap().to_vec::<u32>().unwrap(), want);
    }
}
