//! N-operand strided iteration: the engine every kernel runs on.
//!
//! Given one shape and each operand's byte strides, [`StridedPlan::new`] prepares the loop once
//! (as NumPy's `PyArray_PrepareOneRawArrayIter` does):
//!
//! 1. drop axes of length 1 (their strides never matter);
//! 2. when element order is free, flip axes whose first-operand stride is negative and sort the
//!    axes so the first operand is walked in memory order (smallest stride innermost);
//! 3. fuse neighbouring axes that are contiguous with each other for every operand.
//!
//! The plan then calls one inner loop per innermost run with each operand's starting byte
//! offset, its inner stride and the run length: one signature for copies, casts, ufuncs and
//! reductions. The engine works on byte offsets only; turning them into pointers is the
//! kernels' business.

use crate::layout::Shape;
use smallvec::SmallVec;

/// A prepared loop over `N` operands. See the module docs.
#[derive(Clone, Debug)]
pub struct StridedPlan<const N: usize> {
    /// Outer axis lengths, outermost first (the inner axis is separate).
    outer: Shape,
    /// Per outer axis, each operand's stride.
    outer_strides: SmallVec<[[isize; N]; 4]>,
    /// Length of the innermost run (0 when there is nothing to do).
    inner_len: usize,
    /// Each operand's stride along the innermost run.
    inner_strides: [isize; N],
    /// Each operand's byte offset of the first visited item.
    start: [isize; N],
}

impl<const N: usize> StridedPlan<N> {
    /// Prepares a loop over `shape`, where operand `k` has `strides[k]` and its logical first
    /// item at byte `offsets[k]`. With `keep_order`, items are visited in C order (needed when
    /// the visit order is observable, e.g. a sequential reduction); otherwise in memory order
    /// of operand 0.
    pub fn new(
        shape: &[usize],
        strides: [&[isize]; N],
        offsets: [usize; N],
        keep_order: bool,
    ) -> Self {
        let mut start = offsets.map(|o| o as isize);
        let mut axes: SmallVec<[(usize, [isize; N]); 4]> = SmallVec::new();
        if shape.contains(&0) {
            return StridedPlan {
                outer: Shape::new(),
                outer_strides: SmallVec::new(),
                inner_len: 0,
                inner_strides: [0; N],
                start,
            };
        }
        for (i, &n) in shape.iter().enumerate() {
            if n != 1 {
                axes.push((n, std::array::from_fn(|k| strides[k][i])));
            }
        }
        if !keep_order {
            for (n, s) in axes.iter_mut() {
                if s[0] < 0 {
                    for k in 0..N {
                        start[k] += (*n as isize - 1) * s[k];
                        s[k] = -s[k];
                    }
                }
            }
            // Stable sort: largest stride of operand 0 outermost.
            axes.sort_by(|a, b| b.1[0].unsigned_abs().cmp(&a.1[0].unsigned_abs()));
        }
        let fused = fuse_axes(&axes);
        let (inner_len, inner_strides) = fused.last().copied().unwrap_or((1, [0; N]));
        let outer_axes = &fused[..fused.len().saturating_sub(1)];
        StridedPlan {
            outer: outer_axes.iter().map(|a| a.0).collect(),
            outer_strides: outer_axes.iter().map(|a| a.1).collect(),
            inner_len,
            inner_strides,
            start,
        }
    }

    /// Length of each innermost run.
    pub fn inner_len(&self) -> usize {
        self.inner_len
    }

    /// Each operand's stride along the innermost run.
    pub fn inner_strides(&self) -> [isize; N] {
        self.inner_strides
    }

    /// Number of innermost runs.
    pub fn runs(&self) -> usize {
        if self.inner_len == 0 {
            0
        } else {
            self.outer.iter().product()
        }
    }

    /// How many pieces [`StridedPlan::part`] can cut the plan into: the length of the
    /// outermost outer axis, or of the single run when there is no outer axis.
    pub(crate) fn split_len(&self) -> usize {
        self.outer.first().copied().unwrap_or(self.inner_len)
    }

    /// The sub-plan over indices `r` (within `0..split_len()`) of the outermost outer axis, or
    /// over items `r` of the single run when there is no outer axis. Parts for disjoint
    /// ranges visit disjoint index sets, so threads may run them concurrently when every
    /// written operand maps distinct indices to distinct items.
    pub(crate) fn part(&self, r: std::ops::Range<usize>) -> Self {
        let mut p = self.clone();
        let r = r.start.min(self.split_len())..r.end.min(self.split_len());
        let (len, step) = match self.outer_strides.first() {
            Some(s) => (&mut p.outer[0], *s),
            None => (&mut p.inner_len, self.inner_strides),
        };
        *len = r.len();
        if r.is_empty() {
            // `for_each_run` visits nothing only when the inner length is 0.
            p.inner_len = 0;
            return p;
        }
        for (pos, s) in p.start.iter_mut().zip(step) {
            // In range: index `r.start < split_len` lies inside the operand's layout.
            *pos += r.start as isize * s;
        }
        p
    }

    /// Calls `inner(offsets, inner_strides, inner_len)` for every innermost run, in order.
    pub fn for_each_run(&self, mut inner: impl FnMut([isize; N], [isize; N], usize)) {
        if self.inner_len == 0 {
            return;
        }
        let nd = self.outer.len();
        let mut index: Shape = Shape::from_elem(0, nd);
        let mut pos = self.start;
        loop {
            inner(pos, self.inner_strides, self.inner_len);
            // Odometer increment over the outer axes, innermost outer axis fastest.
            let mut axis = nd;
            loop {
                if axis == 0 {
                    return;
                }
                axis -= 1;
                index[axis] += 1;
                for (p, s) in pos.iter_mut().zip(self.outer_strides[axis]) {
                    *p += s;
                }
                if index[axis] < self.outer[axis] {
                    break;
                }
                for (p, s) in pos.iter_mut().zip(self.outer_strides[axis]) {
                    *p -= s * self.outer[axis] as isize;
                }
                index[axis] = 0;
            }
        }
    }
}

/// Fuses axis `i` into axis `i + 1` wherever, for every operand,
/// `stride[i] == stride[i + 1] * len[i + 1]`.
pub(crate) fn fuse_axes<const N: usize>(
    axes: &[(usize, [isize; N])],
) -> SmallVec<[(usize, [isize; N]); 4]> {
    let mut out: SmallVec<[(usize, [isize; N]); 4]> = SmallVec::new();
    for &(n, s) in axes {
        if let Some(last) = out.last_mut() {
            let fusable = (0..N).all(|k| Some(last.1[k]) == s[k].checked_mul(n as isize));
            if fusable {
                if let Some(len) = last.0.checked_mul(n) {
                    *last = (len, s);
                    continue;
                }
            }
        }
        out.push((n, s));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs<const N: usize>(p: &StridedPlan<N>) -> Vec<([isize; N], usize)> {
        let mut v = Vec::new();
        p.for_each_run(|o, _, n| v.push((o, n)));
        v
    }

    #[test]
    fn contiguous_fuses_to_one_run() {
        let p = StridedPlan::new(&[2, 3, 4], [&[96, 32, 8]], [0], false);
        assert_eq!(runs(&p), vec![([0], 24)]);
    }

    #[test]
    fn transposed_sorted_into_memory_order() {
        let p = StridedPlan::new(&[3, 2], [&[1, 3], &[2, 1]], [0, 0], false);
        assert_eq!(p.inner_strides(), [1, 2]);
        assert_eq!(runs(&p), vec![([0, 0], 3), ([3, 1], 3)]);
    }

    #[test]
    fn negative_strides_flipped() {
        let p = StridedPlan::new(&[4], [&[-8]], [24], false);
        assert_eq!(runs(&p), vec![([0], 4)]);
        let q = StridedPlan::new(&[4], [&[-8]], [24], true);
        assert_eq!(q.inner_strides(), [-8]);
        assert_eq!(runs(&q), vec![([24], 4)]);
    }

    #[test]
    fn parts_cover_the_plan() {
        let p = StridedPlan::new(&[3, 4], [&[32, 8], &[0, 2]], [0, 1], false);
        let whole = runs(&p);
        let mut joined = runs(&p.part(0..2));
        joined.extend(runs(&p.part(2..3)));
        assert_eq!(joined, whole);
        let q = StridedPlan::new(&[10], [&[8]], [0], false);
        assert_eq!(runs(&q.part(4..10)), vec![([32], 6)]);
        assert!(runs(&q.part(3..3)).is_empty());
    }

    #[test]
    fn empty_and_scalar() {
        assert_eq!(
            runs(&StridedPlan::new(&[3, 0], [&[8, 8]], [0], false)).len(),
            0
        );
        assert_eq!(
            runs(&StridedPlan::new(&[], [&[]], [5], false)),
            vec![([5], 1)]
        );
    }
}
