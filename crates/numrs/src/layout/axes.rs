//! Storage of a layout's axes: lengths and byte strides side by side in fixed inline arrays
//! for up to [`INLINE`] axes, on the heap past that.
//!
//! Why not `SmallVec`: every view builds, copies, compares and drops these, and `SmallVec`
//! tests inline-or-heap on each access, keeps a length and a capacity per vector, and copies
//! with variable-length `memcpy` calls. Here the inline arrays are always copied whole (a few
//! vector moves), one `ndim` serves both, and the heap case is one nullable pointer.

/// Axes kept inline; arrays with more axes are rare enough to pay for an allocation.
pub(crate) const INLINE: usize = 4;

/// Lengths and strides of more than [`INLINE`] axes.
#[derive(Clone, Debug)]
struct Spill {
    shape: Vec<usize>,
    strides: Vec<isize>,
}

/// Lengths and byte strides of the same number of axes. Invariant: `spill` is `Some`
/// exactly when `ndim > INLINE`; otherwise the first `ndim` inline items are the axes and
/// the rest are zero (so derived copies and comparisons of the inline arrays are exact).
#[derive(Clone)]
pub(crate) struct Axes {
    ndim: usize,
    shape: [usize; INLINE],
    strides: [isize; INLINE],
    spill: Option<Box<Spill>>,
}

impl Axes {
    /// No axes (a 0-d layout).
    #[inline]
    pub(crate) const fn new() -> Axes {
        Axes {
            ndim: 0,
            shape: [0; INLINE],
            strides: [0; INLINE],
            spill: None,
        }
    }

    /// Copies of `shape` and `strides`, which must have the same length (callers check).
    #[inline]
    pub(crate) fn from_slices(shape: &[usize], strides: &[isize]) -> Axes {
        debug_assert_eq!(shape.len(), strides.len());
        let ndim = shape.len();
        if ndim > INLINE {
            return Axes::spilled(shape, strides);
        }
        let mut axes = Axes::new();
        axes.ndim = ndim;
        for (i, (&n, &s)) in shape.iter().zip(strides).enumerate().take(INLINE) {
            axes.shape[i] = n;
            axes.strides[i] = s;
        }
        axes
    }

    /// [`Axes::from_slices`] for more than [`INLINE`] axes, out of line: the inline case
    /// stays small enough to inline into every view.
    #[cold]
    #[inline(never)]
    fn spilled(shape: &[usize], strides: &[isize]) -> Axes {
        Axes {
            ndim: shape.len(),
            shape: [0; INLINE],
            strides: [0; INLINE],
            spill: Some(Box::new(Spill {
                shape: shape.to_vec(),
                strides: strides.to_vec(),
            })),
        }
    }

    /// Number of axes.
    #[inline]
    pub(crate) fn ndim(&self) -> usize {
        self.ndim
    }

    /// Axis lengths.
    #[inline]
    pub(crate) fn shape(&self) -> &[usize] {
        match &self.spill {
            Some(s) => &s.shape,
            // `min` proves the range in bounds: no panic path on the hot access.
            None => &self.shape[..self.ndim.min(INLINE)],
        }
    }

    /// Byte strides.
    #[inline]
    pub(crate) fn strides(&self) -> &[isize] {
        match &self.spill {
            Some(s) => &s.strides,
            None => &self.strides[..self.ndim.min(INLINE)],
        }
    }

    /// Both, mutable, for edits in place that keep the number of axes.
    #[inline]
    pub(crate) fn both_mut(&mut self) -> (&mut [usize], &mut [isize]) {
        match &mut self.spill {
            Some(s) => (&mut s.shape, &mut s.strides),
            None => {
                let k = self.ndim.min(INLINE);
                (&mut self.shape[..k], &mut self.strides[..k])
            }
        }
    }

    /// Appends an axis.
    #[inline]
    pub(crate) fn push(&mut self, n: usize, s: isize) {
        if let Some(sp) = &mut self.spill {
            sp.shape.push(n);
            sp.strides.push(s);
        } else if self.ndim < INLINE {
            self.shape[self.ndim] = n;
            self.strides[self.ndim] = s;
        } else {
            let mut shape = self.shape.to_vec();
            let mut strides = self.strides.to_vec();
            shape.push(n);
            strides.push(s);
            self.shape = [0; INLINE];
            self.strides = [0; INLINE];
            self.spill = Some(Box::new(Spill { shape, strides }));
        }
        self.ndim += 1;
    }
}

impl Default for Axes {
    fn default() -> Axes {
        Axes::new()
    }
}

/// Same axes: lengths, strides and their number (unused inline items are always zero).
impl PartialEq for Axes {
    #[inline]
    fn eq(&self, other: &Axes) -> bool {
        if self.spill.is_none() && other.spill.is_none() {
            self.ndim == other.ndim && self.shape == other.shape && self.strides == other.strides
        } else {
            self.eq_spilled(other)
        }
    }
}

impl Axes {
    /// [`PartialEq::eq`] when either side has spilled, out of line: the inline case then
    /// needs no saved registers and inlines into every snapshot check.
    #[cold]
    #[inline(never)]
    fn eq_spilled(&self, other: &Axes) -> bool {
        self.shape() == other.shape() && self.strides() == other.strides()
    }
}

impl Eq for Axes {}

impl std::hash::Hash for Axes {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.shape().hash(state);
        self.strides().hash(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_spilled_axes_agree() {
        let shape: Vec<usize> = (1..=7).collect();
        let strides: Vec<isize> = (1..=7).map(|s| -8 * s).collect();
        for k in 0..=7 {
            let a = Axes::from_slices(&shape[..k], &strides[..k]);
            let mut b = Axes::new();
            for i in 0..k {
                b.push(shape[i], strides[i]);
            }
            assert_eq!(a.ndim(), k);
            assert_eq!(a.shape(), &shape[..k]);
            assert_eq!(a.strides(), &strides[..k]);
            assert!(a == b && b.clone() == a);
            let mut c = a.clone();
            if k > 0 {
                c.both_mut().1[k - 1] = 0;
                assert!(c != a);
            }
        }
        assert!(Axes::from_slices(&[0], &[0]) != Axes::new());
    }
}
