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
pub(crate) struct Spill {
    shape: Vec<usize>,
    strides: Vec<isize>,
}

/// Lengths and byte strides of the same number of axes: inline for up to [`INLINE`] axes
/// (unused inline items are always zero, so derived copies and comparisons of the arrays are
/// exact), on the heap past that. The tag and `ndim` share one word: 72 bytes in all.
pub(crate) enum Axes {
    /// At most [`INLINE`] axes.
    Inline {
        ndim: u8,
        shape: [usize; INLINE],
        strides: [isize; INLINE],
    },
    /// More than [`INLINE`] axes.
    Spilled(Box<Spill>),
}

const NO_AXES: Axes = Axes::Inline {
    ndim: 0,
    shape: [0; INLINE],
    strides: [0; INLINE],
};

impl Axes {
    /// No axes (a 0-d layout).
    #[inline]
    pub(crate) const fn new() -> Axes {
        NO_AXES
    }

    /// One axis of `n` items `stride` bytes apart: what [`Axes::from_slices`] builds from
    /// `&[n]` and `&[stride]`, without its loop.
    #[inline(always)]
    pub(crate) const fn one(n: usize, stride: isize) -> Axes {
        let (mut shape, mut strides) = ([0; INLINE], [0; INLINE]);
        shape[0] = n;
        strides[0] = stride;
        Axes::Inline {
            ndim: 1,
            shape,
            strides,
        }
    }

    /// Copies of `shape` and `strides`, which must have the same length (callers check).
    #[inline]
    pub(crate) fn from_slices(shape: &[usize], strides: &[isize]) -> Axes {
        debug_assert_eq!(shape.len(), strides.len());
        if shape.len() > INLINE {
            return Axes::spilled(shape, strides);
        }
        let (mut inline_shape, mut inline_strides) = ([0; INLINE], [0; INLINE]);
        for (i, (&n, &s)) in shape.iter().zip(strides).enumerate().take(INLINE) {
            inline_shape[i] = n;
            inline_strides[i] = s;
        }
        Axes::Inline {
            // At most INLINE (checked above).
            ndim: shape.len() as u8,
            shape: inline_shape,
            strides: inline_strides,
        }
    }

    /// [`Axes::from_slices`] for more than [`INLINE`] axes, out of line: the inline case
    /// stays small enough to inline into every view.
    #[cold]
    #[inline(never)]
    fn spilled(shape: &[usize], strides: &[isize]) -> Axes {
        Axes::Spilled(Box::new(Spill {
            shape: shape.to_vec(),
            strides: strides.to_vec(),
        }))
    }

    /// Number of axes.
    #[inline]
    pub(crate) fn ndim(&self) -> usize {
        match self {
            Axes::Inline { ndim, .. } => *ndim as usize,
            Axes::Spilled(s) => s.shape.len(),
        }
    }

    /// Axis lengths.
    #[inline]
    pub(crate) fn shape(&self) -> &[usize] {
        match self {
            // `min` proves the range in bounds: no panic path on the hot access.
            Axes::Inline { ndim, shape, .. } => &shape[..(*ndim as usize).min(INLINE)],
            Axes::Spilled(s) => &s.shape,
        }
    }

    /// Byte strides.
    #[inline]
    pub(crate) fn strides(&self) -> &[isize] {
        match self {
            Axes::Inline { ndim, strides, .. } => &strides[..(*ndim as usize).min(INLINE)],
            Axes::Spilled(s) => &s.strides,
        }
    }

    /// Both, mutable, for edits in place that keep the number of axes.
    #[inline]
    pub(crate) fn both_mut(&mut self) -> (&mut [usize], &mut [isize]) {
        match self {
            Axes::Inline {
                ndim,
                shape,
                strides,
            } => {
                let k = (*ndim as usize).min(INLINE);
                (&mut shape[..k], &mut strides[..k])
            }
            Axes::Spilled(s) => (&mut s.shape, &mut s.strides),
        }
    }

    /// Appends an axis.
    #[inline]
    pub(crate) fn push(&mut self, n: usize, s: isize) {
        match self {
            Axes::Inline {
                ndim,
                shape,
                strides,
            } if (*ndim as usize) < INLINE => {
                shape[*ndim as usize] = n;
                strides[*ndim as usize] = s;
                *ndim += 1;
            }
            Axes::Inline { shape, strides, .. } => {
                let (mut shape, mut strides) = (shape.to_vec(), strides.to_vec());
                shape.push(n);
                strides.push(s);
                *self = Axes::Spilled(Box::new(Spill { shape, strides }));
            }
            Axes::Spilled(sp) => {
                sp.shape.push(n);
                sp.strides.push(s);
            }
        }
    }
}

/// Inline axes copy as plain words; only the rare spilled case calls the allocator.
impl Clone for Axes {
    #[inline]
    fn clone(&self) -> Axes {
        match self {
            Axes::Inline {
                ndim,
                shape,
                strides,
            } => Axes::Inline {
                ndim: *ndim,
                shape: *shape,
                strides: *strides,
            },
            Axes::Spilled(_) => self.clone_spilled(),
        }
    }
}

impl Axes {
    #[cold]
    #[inline(never)]
    fn clone_spilled(&self) -> Axes {
        Axes::spilled(self.shape(), self.strides())
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
        match (self, other) {
            (
                Axes::Inline {
                    ndim,
                    shape,
                    strides,
                },
                Axes::Inline {
                    ndim: n2,
                    shape: s2,
                    strides: t2,
                },
            ) => ndim == n2 && shape == s2 && strides == t2,
            _ => self.eq_spilled(other),
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
