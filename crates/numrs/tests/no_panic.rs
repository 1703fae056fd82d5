//! Random argument values thrown at the public API: every call returns `Ok` or `Err`, none
//! panics, and every `Ok` view stays readable.

use numrs::{DType, Idx, Order};

/// xorshift64*: deterministic, dependency-free.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    /// Mostly small values, sometimes extreme ones.
    fn isize(&mut self) -> isize {
        match self.below(10) {
            0 => [isize::MIN, isize::MAX, 1 << 62, -(1 << 62), 1 << 40][self.below(5) as usize],
            1..=3 => -(self.below(12) as isize),
            _ => self.below(12) as isize,
        }
    }
    fn usize(&mut self) -> usize {
        match self.below(12) {
            0 => [usize::MAX, 1 << 62, 1 << 40, isize::MAX as usize][self.below(4) as usize],
            _ => self.below(6) as usize,
        }
    }
}

fn touch(a: &numrs::Array) {
    // Reading every item of an Ok view must work (or report an error), never crash.
    if a.size() < 10_000 {
        let _ = a.tobytes(Order::C);
        let _ = a.sum();
        let _ = format!("{a:?}");
    }
}

#[test]
fn random_calls_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let dtypes = [
        DType::INT8,
        DType::INT16,
        DType::FLOAT64,
        DType::COMPLEX64,
        DType::BOOL,
        ">i4".parse().unwrap(),
    ];
    for round in 0..3000 {
        let dt = dtypes[rng.below(dtypes.len() as u64) as usize].clone();
        let shape: Vec<usize> = (0..rng.below(4)).map(|_| rng.below(5) as usize).collect();
        let base = numrs::arange(0.0, shape.iter().product::<usize>() as f64, 1.0, Some(dt))
            .unwrap()
            .reshape_usize(&shape)
            .unwrap();
        let nd = rng.below(4) as usize;
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut rng = Rng(round as u64 * 7919 + 1);
            let s: Vec<usize> = (0..nd).map(|_| rng.usize()).collect();
            let st: Vec<isize> = (0..nd).map(|_| rng.isize()).collect();
            let axes: Vec<isize> = (0..nd).map(|_| rng.isize()).collect();
            let idx: Vec<Idx> = (0..nd)
                .map(|_| match rng.below(4) {
                    0 => Idx::Int(rng.isize()),
                    1 => Idx::Slice {
                        start: Some(rng.isize()),
                        stop: if rng.below(2) == 0 {
                            None
                        } else {
                            Some(rng.isize())
                        },
                        step: rng.isize(),
                    },
                    2 => Idx::NewAxis,
                    _ => Idx::Ellipsis,
                })
                .collect();
            let results = [
                numrs::as_strided(&base, &s, &st),
                base.slice(&idx),
                base.reshape(&axes),
                base.transpose(&axes),
                base.swapaxes(rng.isize(), rng.isize()),
                base.diagonal(rng.isize(), rng.isize(), rng.isize()),
                numrs::sliding_window_view(&base, &s, None),
                numrs::broadcast_to(&base, &s),
                numrs::frombuffer(&base, DType::INT16, rng.isize(), rng.usize()),
                base.ravel(Order::K),
                base.copy(Order::K),
                numrs::add(&base, &base.t()),
                numrs::zeros(&s, DType::INT8),
                numrs::arange(
                    rng.isize() as f64,
                    rng.isize() as f64,
                    rng.isize() as f64,
                    None,
                ),
            ];
            for a in results.iter().flatten() {
                touch(a);
            }
            let _ = base.get(&axes);
            let _ = base.flat_get(rng.isize());
            let _ = base.set(&axes, numrs::Scalar::Int(rng.isize() as i128));
        }));
        assert!(r.is_ok(), "round {round} panicked (shape {shape:?})");
    }
}
