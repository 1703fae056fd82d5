//! The inner-loop calls of NumPy's buffered iterator over a reduction [`Plan`] (decision 3 of
//! `plan.rs`): their lengths decide which float additions are done in one pairwise sum.
//!
//! NumPy 2 lets an unbuffered call run over a whole coalesced axis and buffers inputs that
//! need a cast in blocks of at most 8192 items ([`ChunksV2`]); NumPy 1.x cuts every call at
//! 8192 items and where the result's stride changes between zero and non-zero ([`ChunksV1`]).

use super::plan::{Plan, BUFSIZE};
use smallvec::SmallVec;

impl Plan {
    fn nop(&self) -> usize {
        if self.has_mask {
            3
        } else {
            2
        }
    }

    /// The inner-loop call lengths of NumPy 2 (`legacy == false`) or NumPy 1.x, in order.
    /// `cast` says whether the input needs buffering (another dtype, byte order or alignment).
    pub(crate) fn chunks(&self, cast: bool, legacy: bool) -> Chunks {
        if self.total == 0 {
            return Chunks::Done;
        }
        if legacy {
            Chunks::V1(ChunksV1::new(self))
        } else {
            Chunks::V2(ChunksV2::new(self, cast))
        }
    }
}

/// The sequence of inner-loop call lengths.
#[derive(Clone, Debug)]
pub(crate) enum Chunks {
    /// Nothing to iterate.
    Done,
    /// NumPy 2.
    V2(ChunksV2),
    /// NumPy 1.x.
    V1(ChunksV1),
}

impl Chunks {
    /// Whether NumPy 2 copies the input into its buffer (NumPy 1.x: reported as false).
    pub(crate) fn input_buffered(&self) -> bool {
        match self {
            Chunks::V2(c) => c.input_buffered,
            _ => false,
        }
    }
}

impl Iterator for Chunks {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        match self {
            Chunks::Done => None,
            Chunks::V2(c) => c.next(),
            Chunks::V1(c) => c.next(),
        }
    }
}

/// NumPy 2's buffered iteration: a "core" of the innermost axes, an outer axis swept in buffers
/// of at most `size` items (a multiple of the core), and optionally the reduce double loop,
/// which calls the inner loop once per core.
#[derive(Clone, Debug)]
pub(crate) struct ChunksV2 {
    core: usize,
    outer_len: usize,
    size: usize,
    reduce_mode: bool,
    total: usize,
    pos: usize,
    pending: (usize, usize),
    input_buffered: bool,
}

impl ChunksV2 {
    fn new(plan: &Plan, cast_in: bool) -> ChunksV2 {
        let dims = &plan.dims;
        let nop = plan.nop();
        let cast = [false, cast_in, false];
        let reduce_op = [plan.has_reduce, false, false];
        let mut cost: usize = 1 + usize::from(cast_in);
        let mut single = [1usize; 3];
        let mut reduce_outer = [0usize; 3];
        let mut outer_reduce_dim = 0;
        let mut size = dims[0].len;
        let (mut best_dim, mut best_cost, mut best_size, mut best_core) = (0, cost, size, 1);
        for idim in 1..dims.len() {
            if outer_reduce_dim != 0 || (size >= BUFSIZE && cost > 1) {
                break;
            }
            let (prev, cur) = (dims[idim - 1], dims[idim]);
            let (ps, cs) = (prev.strides(), cur.strides());
            for k in 0..nop {
                if single[k] == idim {
                    if (prev.len as isize).checked_mul(ps[k]) == Some(cs[k]) {
                        single[k] += 1;
                        continue;
                    }
                    if !cast[k] {
                        cost += 1;
                    }
                }
                if reduce_op[k] && (cs[k] == 0 || ps[k] == 0) {
                    reduce_outer[k] = idim;
                    outer_reduce_dim = idim;
                }
            }
            let core = size;
            size = size.saturating_mul(cur.len);
            if size == 0 {
                break;
            }
            let bufsize = if size > BUFSIZE && cost > 1 {
                BUFSIZE
            } else {
                size
            };
            // cost * best_size <= best_cost * bufsize, in f64 as NumPy compares.
            if (cost as f64) * (best_size as f64) <= (best_cost as f64) * (bufsize as f64) {
                best_cost = cost;
                best_core = core;
                best_size = size;
                best_dim = idim;
            }
        }
        let reduce_mode = outer_reduce_dim != 0 && best_dim == outer_reduce_dim;
        let reduce_strides = dims[outer_reduce_dim].strides();
        let mut must_buffer = false;
        let mut input_buffered = false;
        for k in 0..nop {
            let mut buffered = cast[k];
            let is_reduce = reduce_mode
                && (reduce_outer[k] == best_dim
                    || (single[k] == best_dim && !buffered)
                    || (reduce_strides[k] == 0 && single[k] <= best_dim));
            if single[k] + usize::from(is_reduce) <= best_dim {
                buffered = true;
            }
            must_buffer |= buffered;
            if k == 1 {
                input_buffered = buffered;
            }
        }
        if must_buffer && BUFSIZE < best_size {
            best_size = best_core * (BUFSIZE / best_core);
        }
        ChunksV2 {
            core: best_core,
            outer_len: dims[best_dim].len,
            size: best_size,
            reduce_mode,
            total: plan.total,
            pos: 0,
            pending: (0, 0),
            input_buffered,
        }
    }
}

impl Iterator for ChunksV2 {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.pending.0 > 0 {
            self.pending.0 -= 1;
            self.pos += self.pending.1;
            return Some(self.pending.1);
        }
        if self.pos >= self.total || self.core == 0 {
            return None;
        }
        let outer_index = (self.pos / self.core) % self.outer_len.max(1);
        let remaining = self.outer_len - outer_index;
        let transfer = self
            .size
            .min(self.core.saturating_mul(remaining))
            .min(self.total - self.pos);
        let n = if self.reduce_mode && transfer / self.core > 1 {
            self.pending = (transfer / self.core - 1, self.core);
            self.core
        } else {
            transfer
        };
        self.pos += n;
        Some(n)
    }
}

/// NumPy 1.x's buffered reduction (`npyiter_checkreducesize` and the reduce-loop reuse of
/// `npyiter_copy_to_buffers`): calls of at most 8192 items, the inner loop never crossing an
/// axis where the result's stride switches between zero and non-zero.
#[derive(Clone, Debug)]
pub(crate) struct ChunksV1 {
    lens: SmallVec<[usize; 4]>,
    zero: SmallVec<[bool; 4]>,
    reduce: bool,
    bufsize: usize,
    total: usize,
    pos: usize,
    reuse: bool,
    first: bool,
    inner: usize,
    outer_dim: usize,
    pending: usize,
}

impl ChunksV1 {
    fn new(plan: &Plan) -> ChunksV1 {
        ChunksV1 {
            lens: plan.dims.iter().map(|d| d.len).collect(),
            zero: plan.dims.iter().map(|d| d.out == 0).collect(),
            reduce: plan.has_reduce,
            bufsize: BUFSIZE.min(plan.total),
            total: plan.total,
            pos: 0,
            reuse: false,
            first: true,
            inner: 0,
            outer_dim: 0,
            pending: 0,
        }
    }

    fn coords(&self) -> SmallVec<[usize; 4]> {
        let mut rest = self.pos;
        self.lens
            .iter()
            .map(|&n| {
                let c = rest % n.max(1);
                rest /= n.max(1);
                c
            })
            .collect()
    }

    /// The result operand switches between zero and non-zero stride at `idim` relative to
    /// the state `zero_below`.
    fn flips(&self, idim: usize, zero_below: bool) -> bool {
        self.reduce && (zero_below != self.zero[idim])
    }

    /// `npyiter_checkreducesize`: returns (transfer size, inner size, outer dim, reuse).
    fn check_reduce_size(&self, coords: &[usize], mut count: usize) -> (usize, usize, usize, bool) {
        let ndim = self.lens.len();
        if ndim == 1 || count == 0 {
            return (count, count, 0, self.reuse);
        }
        let zero0 = self.zero[0];
        let mut space = self.lens[0] - coords[0];
        let mut factor = self.lens[0];
        let mut nonzero = coords[0] != 0;
        let mut idim = 1;
        while idim < ndim && space < count {
            if self.flips(idim, zero0) {
                if nonzero {
                    count = count.min(space);
                    return (count, count, 0, false);
                }
                break;
            }
            let c = coords[idim];
            nonzero |= c != 0;
            space += (self.lens[idim] - c - 1) * factor;
            factor *= self.lens[idim];
            idim += 1;
        }
        if nonzero || count < space || idim == ndim {
            count = count.min(space);
            return (count, count, 0, false);
        }
        let c = coords[idim];
        let reuse = c == 0;
        let inner = space;
        count /= space;
        let outer_dim = idim;
        let zero_outer = self.zero[idim];
        space = self.lens[idim] - c;
        factor = self.lens[idim];
        idim += 1;
        while idim < ndim && space < count {
            if self.flips(idim, zero_outer) {
                return (count.min(space) * inner, inner, outer_dim, reuse);
            }
            let c = coords[idim];
            space += (self.lens[idim] - c - 1) * factor;
            factor *= self.lens[idim];
            idim += 1;
        }
        (count.min(space) * inner, inner, outer_dim, reuse)
    }
}

impl Iterator for ChunksV1 {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.pending > 0 {
            self.pending -= 1;
            self.pos += self.inner;
            return Some(self.inner);
        }
        if self.pos >= self.total {
            return None;
        }
        if !self.reduce {
            // Not a reduction (an empty axis tuple): item-wise, any split gives the same.
            let n = self.total - self.pos;
            self.pos = self.total;
            return Some(n);
        }
        let mut transfer = self.bufsize.min(self.total - self.pos);
        let coords = self.coords();
        if self.reuse && !self.first {
            let mut outer = self.lens[self.outer_dim] - coords[self.outer_dim];
            let full = outer.saturating_mul(self.inner);
            if full > self.bufsize {
                outer = transfer / self.inner;
                transfer = outer * self.inner;
            } else {
                transfer = full;
            }
        } else {
            let (t, inner, outer_dim, reuse) = self.check_reduce_size(&coords, transfer);
            transfer = t;
            self.inner = inner;
            self.outer_dim = outer_dim;
            self.reuse = reuse;
        }
        self.first = false;
        if self.inner == 0 {
            return None;
        }
        let calls = transfer / self.inner;
        if calls == 0 {
            return None;
        }
        self.pending = calls - 1;
        self.pos += self.inner;
        Some(self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::super::plan::tests::plan;

    #[test]
    fn numpy1_blocks_and_numpy2_whole_runs() {
        let p = plan(&[20000], &[8], &[true]);
        assert_eq!(p.chunks(false, false).collect::<Vec<_>>(), vec![20000]);
        assert_eq!(
            p.chunks(false, true).collect::<Vec<_>>(),
            vec![8192, 8192, 3616]
        );
        assert_eq!(
            p.chunks(true, false).collect::<Vec<_>>(),
            vec![8192, 8192, 3616]
        );
    }

    #[test]
    fn non_contiguous_full_sum_is_buffered_in_numpy2() {
        // x[:, :25] of a (300, 50) float64 array: NumPy 2 buffers 7500 items into one call.
        let p = plan(&[300, 25], &[400, 8], &[true, true]);
        assert_eq!(p.chunks(false, false).collect::<Vec<_>>(), vec![7500]);
    }
}
