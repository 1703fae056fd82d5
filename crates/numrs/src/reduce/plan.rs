//! The iteration NumPy's reductions perform, reproduced so that float results agree bit for bit.
//!
//! NumPy reduces with a buffered `NpyIter` over three operands: the freshly allocated result
//! (stride 0 along reduced axes), the input, and the optional `where=` mask. The order of the
//! float additions is fixed by three decisions of that iterator, which this module (1 and 2) and
//! `chunks.rs` (3) repeat:
//!
//! 1. **Axis order.** The axes are sorted by the input's (then the mask's) absolute strides,
//!    smallest innermost, with C order winning ties and without flipping negative strides
//!    (reductions set `NPY_ITER_DONT_NEGATE_STRIDES`). The result is allocated in that order.
//! 2. **Coalescing.** Neighbouring axes merge when every operand steps through them with one
//!    stride (the result's zero strides only merge with other reduced axes).
//! 3. **Inner-loop calls.** The iteration space is cut into consecutive inner-loop calls. A call
//!    whose result stride is 0 adds its items to one result element in one pairwise sum; other
//!    calls add item by item. NumPy 2 (`npyiter_find_buffering_setup`) lets an unbuffered
//!    call run over a whole coalesced axis, while inputs that need a cast (or cannot be walked
//!    with one stride) are buffered in blocks of at most 8192 items. NumPy 1.x never grows the
//!    inner loop of a reduction: every call is at most 8192 items, cut where the result's stride
//!    changes between zero and non-zero.
//!
//! ```text
//!   x: C-contiguous (3, 5), sum(axis=1)      sum(axis=0)            sum() (coalesced)
//!   axes innermost first: [5: out 0]        [5: out 1]              [15: out 0]
//!                         [3: out 1]        [3: out 0]
//!   calls: 3 x pairwise(5 items)            3 x 5 item-wise adds    1 x pairwise(15 items)
//! ```

use crate::error::{Error, Result};
use smallvec::SmallVec;

/// NumPy's default buffer size (`np.getbufsize()`).
pub(crate) const BUFSIZE: usize = 8192;

/// One iteration axis: its length and each operand's step along it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Dim {
    /// Number of positions.
    pub len: usize,
    /// Result step, in items of the result (0 along reduced axes).
    pub out: isize,
    /// Input step in bytes.
    pub inp: isize,
    /// Mask step in bytes (0 without a mask).
    pub mask: isize,
}

impl Dim {
    pub(super) fn strides(&self) -> [isize; 3] {
        [self.out, self.inp, self.mask]
    }
}

/// The mask operand of a reduction: shape, byte strides and byte offset of the first item.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MaskLayout<'a> {
    pub shape: &'a [usize],
    pub strides: &'a [isize],
}

/// A prepared reduction: iteration axes (innermost first, sorted and coalesced) and the
/// layout of the result NumPy allocates.
#[derive(Clone, Debug)]
pub(crate) struct Plan {
    /// Iteration axes, innermost first; never empty.
    pub dims: SmallVec<[Dim; 4]>,
    /// Whether the plan has a mask operand.
    pub has_mask: bool,
    /// Whether some axis is reduced (NumPy flags the result operand as a reduction).
    pub has_reduce: bool,
    /// Number of iteration positions (the input's size).
    pub total: usize,
    /// Result shape (reduced axes dropped, or kept with length 1).
    pub out_shape: SmallVec<[usize; 4]>,
    /// Result strides in bytes, as NumPy allocates them (iteration order).
    pub out_strides: SmallVec<[isize; 4]>,
    /// Number of result items.
    pub out_len: usize,
    /// Input shape and byte strides, per C axis.
    in_shape: SmallVec<[usize; 4]>,
    in_strides: SmallVec<[isize; 4]>,
    /// Reduced axes, per C axis.
    reduced: SmallVec<[bool; 4]>,
    /// Result step in items, per C axis (0 for reduced axes).
    out_steps: SmallVec<[isize; 4]>,
}

impl Plan {
    /// Builds the plan for an input of `shape` and byte `strides`, reducing the axes flagged in
    /// `reduced`; the result has items of `out_itemsize` bytes. `mask` must broadcast to
    /// `shape` (checked by the caller).
    #[cfg(test)]
    pub(crate) fn new(
        shape: &[usize],
        strides: &[isize],
        reduced: &[bool],
        keepdims: bool,
        out_itemsize: usize,
        mask: Option<MaskLayout<'_>>,
    ) -> Result<Plan> {
        Plan::with_out(shape, strides, reduced, keepdims, out_itemsize, mask, None)
    }

    /// [`Plan::new`] for a reduction into a given `out=` array whose byte steps along each
    /// input axis are `out_steps` (0 along reduced axes): NumPy's iterator then orders and
    /// coalesces the axes with `out`'s strides as its first operand. The reduction still
    /// accumulates into a result laid out in iteration order.
    pub(crate) fn with_out(
        shape: &[usize],
        strides: &[isize],
        reduced: &[bool],
        keepdims: bool,
        out_itemsize: usize,
        mask: Option<MaskLayout<'_>>,
        out_steps: Option<&[isize]>,
    ) -> Result<Plan> {
        let nd = shape.len();
        let user = |a: usize, len: usize| -> isize {
            match out_steps {
                Some(s) if len != 1 => s.get(a).copied().unwrap_or(0),
                _ => 0,
            }
        };
        // (C axis, dim), innermost first: NumPy's axisdata is C order reversed.
        let mut axes: SmallVec<[(usize, Dim); 4]> = SmallVec::new();
        for idim in 0..nd {
            let a = nd - 1 - idim;
            let len = shape[a];
            let mask_stride = match mask {
                Some(m) if len != 1 => {
                    let offset = nd - m.shape.len();
                    match a.checked_sub(offset) {
                        Some(k) if m.shape[k] != 1 => m.strides[k],
                        _ => 0,
                    }
                }
                _ => 0,
            };
            let inp = if len == 1 { 0 } else { strides[a] };
            // Until the result is allocated, the `out` slot holds the given out's step.
            let dim = Dim {
                len,
                out: user(a, len),
                inp,
                mask: mask_stride,
            };
            axes.push((a, dim));
        }
        sort_axes(&mut axes);
        let users: SmallVec<[isize; 4]> = axes.iter().map(|(_, d)| d.out).collect();
        axes.iter_mut().for_each(|(_, d)| d.out = 0);
        // Allocate the result in iteration order (`npyiter_new_temp_array`). The steps
        // saturate: they only matter for results small enough to be allocated.
        let mut out_strides_c: SmallVec<[isize; 4]> = SmallVec::from_elem(0, nd);
        let mut running: isize = 1;
        for (a, dim) in axes.iter_mut() {
            out_strides_c[*a] = running;
            if !reduced[*a] {
                if dim.len != 1 {
                    dim.out = running;
                }
                running = running.saturating_mul(isize::try_from(dim.len).unwrap_or(isize::MAX));
            }
        }
        let mut out_shape = SmallVec::new();
        let mut out_strides: SmallVec<[isize; 4]> = SmallVec::new();
        for a in 0..nd {
            if reduced[a] && !keepdims {
                continue;
            }
            out_shape.push(if reduced[a] { 1 } else { shape[a] });
            out_strides.push(out_strides_c[a].saturating_mul(out_itemsize as isize));
        }
        let total = item_count(shape)?;
        let out_len = item_count(&out_shape)?;
        if out_len == 0 {
            // NumPy 2 gives empty arrays all-zero strides.
            out_strides.iter_mut().for_each(|s| *s = 0);
        }
        let mut dims: SmallVec<[Dim; 4]> = SmallVec::new();
        let mut last_user = 0isize;
        for ((_, d), &u) in axes.into_iter().zip(&users) {
            if let Some(last) = dims.last_mut() {
                let given = Dim {
                    len: last.len,
                    out: last_user,
                    ..*last
                };
                let next = Dim { out: u, ..d };
                if can_coalesce(last, &d) && can_coalesce(&given, &next) {
                    if last_user == 0 {
                        last_user = u;
                    }
                    let (p, n) = (last.strides(), d.strides());
                    let pick = |k: usize| if p[k] == 0 { n[k] } else { p[k] };
                    *last = Dim {
                        len: last.len.saturating_mul(d.len),
                        out: pick(0),
                        inp: pick(1),
                        mask: pick(2),
                    };
                    continue;
                }
            }
            last_user = u;
            dims.push(d);
        }
        if dims.is_empty() {
            dims.push(Dim {
                len: 1,
                out: 0,
                inp: 0,
                mask: 0,
            });
        }
        let out_steps = (0..nd)
            .map(|a| if reduced[a] { 0 } else { out_strides_c[a] })
            .collect();
        Ok(Plan {
            dims,
            has_mask: mask.is_some(),
            has_reduce: reduced.iter().any(|&r| r),
            total,
            out_shape,
            out_strides,
            out_len,
            in_shape: shape.into(),
            in_strides: strides.into(),
            reduced: reduced.into(),
            out_steps,
        })
    }

    /// For every result item, its index and the byte offset of the first input item reduced
    /// into it (index 0 along every reduced axis); `start` is the input's first item.
    pub(crate) fn first_items(&self, start: isize) -> Result<Vec<(usize, isize)>> {
        let kept: SmallVec<[usize; 4]> = (0..self.in_shape.len())
            .filter(|&a| !self.reduced[a])
            .collect();
        if kept.iter().any(|&a| self.in_shape[a] == 0) || self.total == 0 {
            return Ok(Vec::new());
        }
        let mut out = filled(self.out_len, (0usize, 0isize))?;
        out.clear();
        let mut index: SmallVec<[usize; 4]> = SmallVec::from_elem(0, kept.len());
        let (mut slot, mut off) = (0isize, start);
        loop {
            out.push((slot as usize, off));
            let mut d = kept.len();
            loop {
                if d == 0 {
                    return Ok(out);
                }
                d -= 1;
                let a = kept[d];
                // Wrapping steps: past the last position an offset may leave the isize range
                // (it is never used there); inside the array the arithmetic is exact.
                index[d] += 1;
                slot = slot.wrapping_add(self.out_steps[a]);
                off = off.wrapping_add(self.in_strides[a]);
                if index[d] < self.in_shape[a] {
                    break;
                }
                let n = self.in_shape[a] as isize;
                slot = slot.wrapping_sub(self.out_steps[a].wrapping_mul(n));
                off = off.wrapping_sub(self.in_strides[a].wrapping_mul(n));
                index[d] = 0;
            }
        }
    }
}

/// The number of items of `shape` (0 when an axis is empty, even if the others overflow).
pub(crate) fn item_count(shape: &[usize]) -> Result<usize> {
    if shape.contains(&0) {
        return Ok(0);
    }
    shape
        .iter()
        .try_fold(1usize, |n, &d| n.checked_mul(d))
        .ok_or_else(|| Error::overflow("the number of items"))
}

/// A vector of `n` copies of `v`, or NumPy's MemoryError when it cannot be allocated.
pub(crate) fn filled<T: Clone>(n: usize, v: T) -> Result<Vec<T>> {
    let mut out = Vec::new();
    out.try_reserve_exact(n)
        .map_err(|_| Error::Alloc(n.saturating_mul(std::mem::size_of::<T>())))?;
    out.resize(n, v);
    Ok(out)
}

/// NumPy's stable insertion sort of the axes (`npyiter_find_best_axis_ordering`): smallest
/// absolute stride innermost; the first operand with non-zero strides on both axes decides.
/// The result operand is not allocated yet, so only the input and the mask take part.
fn sort_axes(axes: &mut [(usize, Dim)]) {
    for i0 in 1..axes.len() {
        let s0 = axes[i0].1.strides();
        let mut ipos = i0;
        for i1 in (0..i0).rev() {
            let s1 = axes[i1].1.strides();
            let (mut ambiguous, mut swap) = (true, false);
            for k in 0..3 {
                if s0[k] != 0 && s1[k] != 0 {
                    if s1[k].unsigned_abs() <= s0[k].unsigned_abs() {
                        swap = false;
                    } else if ambiguous {
                        swap = true;
                    }
                    ambiguous = false;
                }
            }
            if !ambiguous {
                if swap {
                    ipos = i1;
                } else {
                    break;
                }
            }
        }
        if ipos != i0 {
            axes[ipos..=i0].rotate_right(1);
        }
    }
}

/// NumPy's coalescing rule for two neighbouring axes (inner `a`, outer `b`).
fn can_coalesce(a: &Dim, b: &Dim) -> bool {
    let (sa, sb) = (a.strides(), b.strides());
    a.len.checked_mul(b.len).is_some()
        && (0..3).all(|k| {
            (a.len == 1 && sa[k] == 0)
                || (b.len == 1 && sb[k] == 0)
                || (a.len as isize).checked_mul(sa[k]) == Some(sb[k])
        })
}

/// A position in the iteration space that walks forward, yielding runs along the innermost axis.
#[derive(Clone, Debug)]
pub(crate) struct Cursor<'p> {
    plan: &'p Plan,
    index: SmallVec<[usize; 4]>,
    out: isize,
    inp: isize,
    mask: isize,
}

/// Consecutive positions along the innermost axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Run {
    /// Result item of the first position.
    pub out: isize,
    /// Result step (items).
    pub out_stride: isize,
    /// Input byte offset of the first position.
    pub inp: isize,
    /// Input step (bytes).
    pub inp_stride: isize,
    /// Mask byte offset of the first position.
    pub mask: isize,
    /// Mask step (bytes).
    pub mask_stride: isize,
    /// Number of positions.
    pub len: usize,
}

impl<'p> Cursor<'p> {
    /// A cursor at the first position; `inp` and `mask` are the byte offsets of the first
    /// input and mask items.
    pub(crate) fn new(plan: &'p Plan, inp: isize, mask: isize) -> Cursor<'p> {
        Cursor {
            plan,
            index: SmallVec::from_elem(0, plan.dims.len()),
            out: 0,
            inp,
            mask,
        }
    }

    /// Appends to `runs` the runs covering the next `n` positions and moves past them.
    pub(crate) fn take(&mut self, mut n: usize, runs: &mut Vec<Run>) {
        let d0 = self.plan.dims[0];
        while n > 0 {
            let len = (d0.len - self.index[0]).min(n);
            runs.push(Run {
                out: self.out,
                out_stride: d0.out,
                inp: self.inp,
                inp_stride: d0.inp,
                mask: self.mask,
                mask_stride: d0.mask,
                len,
            });
            n -= len;
            self.advance(len);
        }
    }

    /// Moves `len` positions along the innermost axis, carrying into the outer ones. Wrapping
    /// arithmetic: past the last position an offset may leave the isize range (it is never
    /// used there); inside the array it is exact.
    fn advance(&mut self, len: usize) {
        let dims = &self.plan.dims;
        let step = |s: isize, n: isize| s.wrapping_mul(n);
        let n0 = len as isize;
        self.index[0] += len;
        self.out = self.out.wrapping_add(step(dims[0].out, n0));
        self.inp = self.inp.wrapping_add(step(dims[0].inp, n0));
        self.mask = self.mask.wrapping_add(step(dims[0].mask, n0));
        let mut d = 0;
        while self.index[d] >= dims[d].len && d + 1 < dims.len() {
            let back = dims[d].len as isize;
            self.out = self.out.wrapping_sub(step(dims[d].out, back));
            self.inp = self.inp.wrapping_sub(step(dims[d].inp, back));
            self.mask = self.mask.wrapping_sub(step(dims[d].mask, back));
            self.index[d] = 0;
            d += 1;
            self.index[d] += 1;
            self.out = self.out.wrapping_add(dims[d].out);
            self.inp = self.inp.wrapping_add(dims[d].inp);
            self.mask = self.mask.wrapping_add(dims[d].mask);
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The plan of a float64 reduction without `keepdims` or mask (also used by `chunks`).
    pub(in crate::reduce) fn plan(shape: &[usize], strides: &[isize], reduced: &[bool]) -> Plan {
        Plan::new(shape, strides, reduced, false, 8, None).unwrap()
    }

    #[test]
    fn contiguous_rows_and_columns() {
        let p = plan(&[3, 5], &[40, 8], &[false, true]);
        assert_eq!(p.dims.len(), 2);
        assert_eq!(p.chunks(false, false).collect::<Vec<_>>(), vec![5, 5, 5]);
        let p = plan(&[3, 5], &[40, 8], &[true, false]);
        assert_eq!(p.out_strides.as_slice(), &[8]);
        assert_eq!(p.chunks(false, false).collect::<Vec<_>>(), vec![5, 5, 5]);
        let p = plan(&[3, 5], &[40, 8], &[true, true]);
        assert_eq!(p.dims.len(), 1);
        assert_eq!(p.chunks(false, false).collect::<Vec<_>>(), vec![15]);
    }
    #[test]
    fn cursor_walks_runs() {
        let p = plan(&[2, 3], &[-24, 8], &[false, true]);
        let mut c = Cursor::new(&p, 24, 0);
        let mut runs = Vec::new();
        c.take(4, &mut runs);
        assert_eq!(runs.len(), 2);
        assert_eq!((runs[0].inp, runs[0].len), (24, 3));
        assert_eq!((runs[1].inp, runs[1].out, runs[1].len), (0, 1, 1));
    }
}
