//! `cargo run --release -p bench`: the kernels of the Speed section of issue 4, timed in numrs
//! (Rust API), in NumPy 2.4.6 (`bench/numpy_bench.py`, in the venv that
//! `oracle/setup_venv.sh` creates or reuses) and in the `ndarray` crate where it has the
//! operation, in one run. Prints one table and writes `bench/results.json`.
//!
//! Options: `--budget SECONDS` (per kernel and library, default 0.5), `--only a,b` (kernels
//! whose name contains one of the words), `--no-numpy`.

mod json;

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const N: usize = 10_000_000;
/// Outer product and transposed copies: `M x M`.
const M: usize = 4000;
/// tobytes of a transposed `T x T` float32.
const T: usize = 2000;
/// A strided view pulls one 64-byte cache line per item when the stride is >= 64 bytes.
const LINE: f64 = 64.0;
/// numrs may be at most this much slower than ndarray before that counts as a failure (noise).
const NDARRAY_SLACK: f64 = 1.05;

#[derive(Clone, Copy)]
enum Target {
    /// numrs time / NumPy time at most this.
    Ratio(f64),
    /// numrs time per call at most this many nanoseconds.
    Nanos(f64),
}

struct Kernel {
    /// Key shared with numpy_bench.py and results.json.
    name: &'static str,
    /// What the table shows.
    label: &'static str,
    /// Bytes moved through memory per call (reads + writes), for GB/s.
    bytes: Option<f64>,
    target: Target,
}

const fn k(name: &'static str, label: &'static str, bytes: f64, target: Target) -> Kernel {
    Kernel {
        name,
        label,
        bytes: if bytes > 0.0 { Some(bytes) } else { None },
        target,
    }
}

const NF: f64 = N as f64;
const MM: f64 = (M * M) as f64;
const TT: f64 = (T * T) as f64;

const KERNELS: &[Kernel] = &[
    k("sum_f64_1e7", "sum f64 1e7", 8.0 * NF, Target::Ratio(0.6)),
    k("sum_i8_1e7", "sum i8 1e7", NF, Target::Ratio(0.2)),
    k("sum_i32_1e7", "sum i32 1e7", 4.0 * NF, Target::Ratio(0.2)),
    k(
        "sum_stride67_1e7",
        "sum f64[::67] 1e7",
        LINE * NF,
        Target::Ratio(1.0),
    ),
    k(
        "sum_stride67_20000",
        "sum f64[::67] 20000",
        LINE * 20000.0,
        Target::Ratio(1.0),
    ),
    k(
        "add_f64_1e7",
        "a + b f64 1e7",
        24.0 * NF,
        Target::Ratio(0.9),
    ),
    k(
        "add_f64_1e7_out",
        "add(a, b, out=c) f64 1e7",
        24.0 * NF,
        Target::Ratio(1.0),
    ),
    k(
        "outer_i16_4000",
        "x[None,:]*y[:,None] i16 4000",
        2.0 * MM,
        Target::Ratio(0.8),
    ),
    k(
        "outer_f64_4000",
        "x[None,:]*y[:,None] f64 4000",
        8.0 * MM,
        Target::Ratio(0.8),
    ),
    k(
        "astype_i8_f64_1e7",
        "astype i8->f64 1e7",
        9.0 * NF,
        Target::Ratio(0.6),
    ),
    k(
        "astype_f64_i8_1e7",
        "astype f64->i8 1e7",
        9.0 * NF,
        Target::Ratio(0.6),
    ),
    k(
        "astype_f64_f32_1e7",
        "astype f64->f32 1e7",
        12.0 * NF,
        Target::Ratio(0.6),
    ),
    k(
        "copy_T_f64_4000",
        "a.T.copy() f64 4000^2",
        16.0 * MM,
        Target::Ratio(0.5),
    ),
    k(
        "copy_T_i8_4000",
        "a.T.copy() i8 4000^2",
        2.0 * MM,
        Target::Ratio(0.5),
    ),
    k(
        "tobytes_T_f32_2000",
        "a.T.tobytes() f32 2000^2",
        8.0 * TT,
        Target::Ratio(0.5),
    ),
    k(
        "add_3",
        "a + b, 3 items (per call)",
        0.0,
        Target::Nanos(60.0),
    ),
    k(
        "sum_3",
        "a.sum(), 3 items (per call)",
        0.0,
        Target::Nanos(30.0),
    ),
    k(
        "slice_view",
        "x[1:] view (per call)",
        0.0,
        Target::Nanos(50.0),
    ),
    k(
        "as_strided",
        "as_strided (per call)",
        0.0,
        Target::Nanos(50.0),
    ),
];

// ---------------------------------------------------------------------------------------------
// Timing

#[derive(Clone, Copy, Debug)]
struct Timing {
    /// Median seconds per call.
    median: f64,
    samples: usize,
    /// Calls per sample.
    inner: usize,
}

/// One sample lasts at least this long (tiny kernels run `inner` times per sample).
const MIN_SAMPLE_S: f64 = 1e-3;
const MIN_SAMPLES: usize = 5;
const MAX_SAMPLES: usize = 1000;

fn batch<R>(f: &mut impl FnMut() -> R, calls: usize) -> f64 {
    let t = Instant::now();
    for _ in 0..calls {
        black_box(f());
    }
    t.elapsed().as_secs_f64()
}

/// Median seconds per call of `f` over about `budget` seconds of samples; the same method as
/// `measure()` in numpy_bench.py. The result of every call goes through `black_box` and is
/// dropped inside the timed loop (as a Python temporary is).
fn time_kernel<R>(budget: f64, mut f: impl FnMut() -> R) -> Timing {
    let first = batch(&mut f, 1); // warm-up, and the first estimate
    let (mut inner, mut per_call) = (1usize, first);
    if first < MIN_SAMPLE_S {
        loop {
            let t = batch(&mut f, inner);
            if t >= MIN_SAMPLE_S || inner >= 1 << 24 {
                per_call = t / inner as f64;
                break;
            }
            inner *= 2;
        }
        inner = (MIN_SAMPLE_S / per_call.max(1e-12)) as usize + 1;
    }
    let sample_s = (per_call * inner as f64).max(1e-9);
    let samples = ((budget / sample_s) as usize).clamp(MIN_SAMPLES, MAX_SAMPLES);
    let mut times: Vec<f64> = (0..samples)
        .map(|_| batch(&mut f, inner) / inner as f64)
        .collect();
    times.sort_by(f64::total_cmp);
    let mid = times.len() / 2;
    let median = if times.len() % 2 == 1 {
        times[mid]
    } else {
        0.5 * (times[mid - 1] + times[mid])
    };
    Timing {
        median,
        samples,
        inner,
    }
}

enum Outcome {
    Timed {
        timing: Timing,
        /// The value computed, for kernels whose value is compared with NumPy's (sums).
        result: Option<String>,
    },
    Failed(String),
}

fn timed(timing: Timing, result: Option<String>) -> Outcome {
    Outcome::Timed { timing, result }
}

// ---------------------------------------------------------------------------------------------
// Data: the same values as numpy_bench.py builds

/// `sqrt(i)`, correctly rounded: bit-identical to `np.sqrt(np.arange(n, dtype=np.float64))`.
/// Its sum depends on the order of the additions (pairwise, naive and 8-lane sums all differ),
/// so an equal sum means NumPy's summation order.
fn sqrt_f64(n: usize) -> Vec<f64> {
    (0..n).map(|i| (i as f64).sqrt()).collect()
}

/// `i * 0.1`, rounded once: bit-identical to `np.arange(n, dtype=np.float64) * 0.1`.
fn ramp_f64(n: usize) -> Vec<f64> {
    (0..n).map(|i| i as f64 * 0.1).collect()
}

fn ramp2_f64(n: usize) -> Vec<f64> {
    (0..n).map(|i| i as f64 * 0.2).collect()
}

fn i8s(n: usize) -> Vec<i8> {
    (0..n).map(|i| (i % 128) as i8).collect()
}

// ---------------------------------------------------------------------------------------------
// numrs kernels (public API only)

mod numrs_side {
    use super::*;
    use numrs::ufunc::{BinaryUfunc, UfuncOptions};
    use numrs::{s, Array, DType, NewAxis, Order, Result, Scalar};

    /// A copy in numrs's own allocation (huge pages, as NumPy's), not the adopted Vec.
    fn own(a: Array) -> Result<Array> {
        a.copy(Order::C)
    }

    fn show(s: &Scalar) -> String {
        match s {
            Scalar::F64(v) => format!("{v:?}"),
            Scalar::I64(v) => v.to_string(),
            Scalar::U64(v) => v.to_string(),
            other => format!("{other:?}"),
        }
    }

    fn sum(x: &Array, budget: f64) -> Result<Outcome> {
        let r = show(&x.sum()?);
        Ok(timed(time_kernel(budget, || black_box(x).sum()), Some(r)))
    }

    /// Runs `f` once to surface errors, then times it.
    fn checked<R>(budget: f64, mut f: impl FnMut() -> Result<R>) -> Result<Outcome> {
        f()?;
        Ok(timed(time_kernel(budget, f), None))
    }

    pub fn run(name: &str, budget: f64) -> Outcome {
        match kernel(name, budget) {
            Ok(o) => o,
            Err(e) => Outcome::Failed(format!("numrs error: {e}")),
        }
    }

    fn kernel(name: &str, budget: f64) -> Result<Outcome> {
        Ok(match name {
            "sum_f64_1e7" => sum(&own(Array::from_vec(sqrt_f64(N)))?, budget)?,
            "sum_i8_1e7" => sum(&own(Array::from_vec(i8s(N)))?, budget)?,
            "sum_i32_1e7" => sum(&own(Array::from_vec((0..N as i32).collect()))?, budget)?,
            "sum_stride67_1e7" | "sum_stride67_20000" => {
                let n = if name.ends_with("1e7") { N } else { 20000 };
                let y = numrs::ones(&[n * 67], DType::FLOAT64)?.slice(s![..;67])?;
                sum(&y, budget)?
            }
            "add_f64_1e7" => {
                let a = own(Array::from_vec(ramp_f64(N)))?;
                let b = own(Array::from_vec(ramp2_f64(N)))?;
                checked(budget, || numrs::add(black_box(&a), black_box(&b)))?
            }
            "add_f64_1e7_out" => {
                let a = own(Array::from_vec(ramp_f64(N)))?;
                let b = own(Array::from_vec(ramp2_f64(N)))?;
                let c = numrs::ones(&[N], DType::FLOAT64)?;
                let opts = UfuncOptions {
                    out: Some(&c),
                    ..UfuncOptions::default()
                };
                checked(budget, || {
                    numrs::ufunc::exec::binary(
                        BinaryUfunc::Add,
                        black_box(&a).into(),
                        black_box(&b).into(),
                        &opts,
                    )
                })?
            }
            "outer_i16_4000" | "outer_f64_4000" => {
                let v: Vec<i16> = (0..M).map(|i| (i % 100) as i16).collect();
                let x = Array::from_vec(v);
                let x = if name.contains("f64") {
                    x.astype(&DType::FLOAT64)?
                } else {
                    x
                };
                let y = x.copy(Order::C)?;
                checked(budget, || {
                    numrs::multiply(
                        &black_box(&x).slice(s![NewAxis, ..])?,
                        &black_box(&y).slice(s![.., NewAxis])?,
                    )
                })?
            }
            "astype_i8_f64_1e7" => {
                let x = own(Array::from_vec(i8s(N)))?;
                checked(budget, || black_box(&x).astype(&DType::FLOAT64))?
            }
            "astype_f64_i8_1e7" => {
                let v: Vec<f64> = (0..N).map(|i| (i % 100) as f64).collect();
                let x = own(Array::from_vec(v))?;
                checked(budget, || black_box(&x).astype(&DType::INT8))?
            }
            "astype_f64_f32_1e7" => {
                let x = own(Array::from_vec(ramp_f64(N)))?;
                checked(budget, || black_box(&x).astype(&DType::FLOAT32))?
            }
            "copy_T_f64_4000" => {
                let a = own(Array::from_shape_vec(&[M, M], ramp_f64(M * M))?)?;
                checked(budget, || black_box(&a).t().copy(Order::C))?
            }
            "copy_T_i8_4000" => {
                let a = own(Array::from_shape_vec(&[M, M], i8s(M * M))?)?;
                checked(budget, || black_box(&a).t().copy(Order::C))?
            }
            "tobytes_T_f32_2000" => {
                let v: Vec<f32> = (0..T * T).map(|i| i as f32).collect();
                let a = own(Array::from_shape_vec(&[T, T], v)?)?;
                checked(budget, || black_box(&a).t().tobytes(Order::C))?
            }
            "add_3" => {
                let a = Array::from_vec(vec![1.0f64, 2.0, 3.0]);
                let b = Array::from_vec(vec![4.0f64, 5.0, 6.0]);
                checked(budget, || numrs::add(black_box(&a), black_box(&b)))?
            }
            "sum_3" => sum(&Array::from_vec(vec![1.0f64, 2.0, 3.0]), budget)?,
            "slice_view" => {
                let x = Array::from_vec((0..1000).map(f64::from).collect());
                checked(budget, || black_box(&x).slice(s![1..]))?
            }
            "as_strided" => {
                let x = Array::from_vec((0..9).map(f64::from).collect());
                checked(budget, || numrs::as_strided(black_box(&x), &[3], &[32]))?
            }
            _ => Outcome::Failed(format!("no numrs kernel named {name}")),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// ndarray kernels: the same operation written the ordinary ndarray way

mod ndarray_side {
    use super::*;
    use ndarray::{s, Array1, Array2, ArrayView1, Axis, ShapeBuilder, Zip};

    /// `None`: ndarray has no such operation.
    pub fn run(name: &str, budget: f64) -> Option<Outcome> {
        let t = |t: Timing| timed(t, None);
        Some(match name {
            "sum_f64_1e7" => {
                let x = Array1::from(sqrt_f64(N));
                timed(
                    time_kernel(budget, || black_box(&x).sum()),
                    Some(format!("{:?}", x.sum())),
                )
            }
            // ndarray's sum keeps the element type (wrapping i8); NumPy's and numrs's sum to
            // int64, so the same thing in ndarray is a widening fold.
            "sum_i8_1e7" => {
                let x = Array1::from(i8s(N));
                let f = |x: &Array1<i8>| x.fold(0i64, |acc, &v| acc + v as i64);
                timed(
                    time_kernel(budget, || f(black_box(&x))),
                    Some(f(&x).to_string()),
                )
            }
            "sum_i32_1e7" => {
                let x: Array1<i32> = (0..N as i32).collect();
                let f = |x: &Array1<i32>| x.fold(0i64, |acc, &v| acc + v as i64);
                timed(
                    time_kernel(budget, || f(black_box(&x))),
                    Some(f(&x).to_string()),
                )
            }
            "sum_stride67_1e7" | "sum_stride67_20000" => {
                let n = if name.ends_with("1e7") { N } else { 20000 };
                let big = Array1::from_elem(n * 67, 1.0f64);
                let y = big.slice(s![..;67]);
                timed(
                    time_kernel(budget, || black_box(&y).sum()),
                    Some(format!("{:?}", y.sum())),
                )
            }
            "add_f64_1e7" => {
                let (a, b) = (Array1::from(ramp_f64(N)), Array1::from(ramp2_f64(N)));
                t(time_kernel(budget, || black_box(&a) + black_box(&b)))
            }
            "add_f64_1e7_out" => {
                let (a, b) = (Array1::from(ramp_f64(N)), Array1::from(ramp2_f64(N)));
                let mut c = Array1::<f64>::ones(N);
                t(time_kernel(budget, || {
                    Zip::from(&mut c)
                        .and(black_box(&a))
                        .and(black_box(&b))
                        .for_each(|c, &a, &b| *c = a + b)
                }))
            }
            "outer_i16_4000" => {
                let x: Array1<i16> = (0..M).map(|i| (i % 100) as i16).collect();
                let y = x.clone();
                t(time_kernel(budget, || {
                    &black_box(&x).view().insert_axis(Axis(0))
                        * &black_box(&y).view().insert_axis(Axis(1))
                }))
            }
            "outer_f64_4000" => {
                let x: Array1<f64> = (0..M).map(|i| (i % 100) as f64).collect();
                let y = x.clone();
                t(time_kernel(budget, || {
                    &black_box(&x).view().insert_axis(Axis(0))
                        * &black_box(&y).view().insert_axis(Axis(1))
                }))
            }
            "astype_i8_f64_1e7" => {
                let x = Array1::from(i8s(N));
                t(time_kernel(budget, || black_box(&x).mapv(f64::from)))
            }
            "astype_f64_i8_1e7" => {
                let x: Array1<f64> = (0..N).map(|i| (i % 100) as f64).collect();
                t(time_kernel(budget, || black_box(&x).mapv(|v| v as i8)))
            }
            "astype_f64_f32_1e7" => {
                let x = Array1::from(ramp_f64(N));
                t(time_kernel(budget, || black_box(&x).mapv(|v| v as f32)))
            }
            "copy_T_f64_4000" => {
                let a = Array2::from_shape_vec((M, M), ramp_f64(M * M)).ok()?;
                t(time_kernel(budget, || {
                    black_box(&a).t().as_standard_layout().into_owned()
                }))
            }
            "copy_T_i8_4000" => {
                let a = Array2::from_shape_vec((M, M), i8s(M * M)).ok()?;
                t(time_kernel(budget, || {
                    black_box(&a).t().as_standard_layout().into_owned()
                }))
            }
            "add_3" => {
                let a = Array1::from(vec![1.0f64, 2.0, 3.0]);
                let b = Array1::from(vec![4.0f64, 5.0, 6.0]);
                t(time_kernel(budget, || black_box(&a) + black_box(&b)))
            }
            "sum_3" => {
                let a = Array1::from(vec![1.0f64, 2.0, 3.0]);
                timed(
                    time_kernel(budget, || black_box(&a).sum()),
                    Some(format!("{:?}", a.sum())),
                )
            }
            "slice_view" => {
                let x: Array1<f64> = (0..1000).map(f64::from).collect();
                t(time_kernel(budget, || black_box(&x).slice(s![1..])))
            }
            // The checked way to build a strided view over existing memory (strides in items).
            "as_strided" => {
                let v: Vec<f64> = (0..9).map(f64::from).collect();
                t(time_kernel(budget, || {
                    ArrayView1::from_shape((3,).strides((4,)), black_box(&v[..]))
                }))
            }
            // tobytes: no such operation in ndarray.
            _ => return None,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Memory bandwidth

struct Bandwidth {
    threads: usize,
    /// Streaming read, GB/s.
    read: f64,
    /// memcpy, (bytes read + bytes written) / s, GB/s.
    copy: f64,
}

impl Bandwidth {
    /// What fractions are taken of: the better of the two.
    fn reference(&self) -> f64 {
        self.read.max(self.copy)
    }
}

/// Best of 10 over 256 MiB (far beyond the caches), using every core.
fn measure_bandwidth() -> Bandwidth {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let len = (256 << 20) / 8;
    let src: Vec<u64> = (0..len as u64).collect();
    let mut dst = vec![1u64; len];
    let chunk = len.div_ceil(threads);
    let best = |f: &mut dyn FnMut()| {
        (0..10)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let read = best(&mut || {
        std::thread::scope(|sc| {
            for c in src.chunks(chunk) {
                sc.spawn(move || black_box(c.iter().fold(0u64, |a, &b| a.wrapping_add(b))));
            }
        })
    });
    let copy = best(&mut || {
        std::thread::scope(|sc| {
            for (d, s) in dst.chunks_mut(chunk).zip(src.chunks(chunk)) {
                sc.spawn(move || {
                    d.copy_from_slice(s);
                    black_box(&d[0]);
                });
            }
        })
    });
    let bytes = (len * 8) as f64;
    Bandwidth {
        threads,
        read: bytes / read / 1e9,
        copy: 2.0 * bytes / copy / 1e9,
    }
}

// ---------------------------------------------------------------------------------------------
// NumPy

struct NumpyRun {
    version: String,
    python: String,
    kernels: json::Json,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("bench/ sits in the repository root")
        .to_path_buf()
}

fn run_numpy(root: &Path, names: &[&str], budget: f64) -> Result<NumpyRun, String> {
    let setup = root.join("oracle").join("setup_venv.sh");
    eprintln!("numpy: {} (creates or reuses the venv)", setup.display());
    let out = Command::new("bash")
        .arg(&setup)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", setup.display()))?;
    if !out.status.success() {
        return Err(format!("{} failed ({})", setup.display(), out.status));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let python = stdout
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .ok_or("setup_venv.sh printed no python path")?
        .trim()
        .to_string();
    let script = root.join("bench").join("numpy_bench.py");
    let out = Command::new(&python)
        .arg(&script)
        .arg("--budget")
        .arg(budget.to_string())
        .arg("--only")
        .arg(names.join(","))
        // This machine's shell may pin OpenBLAS; NumPy is timed without that.
        .env_remove("OPENBLAS_CORETYPE")
        .env_remove("OPENBLAS_L2_SIZE")
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    if !out.status.success() {
        return Err(format!("{} failed ({})", script.display(), out.status));
    }
    let doc = json::parse(&String::from_utf8_lossy(&out.stdout))?;
    Ok(NumpyRun {
        version: doc
            .get("numpy")
            .and_then(|v| v.as_str())
            .unwrap_or("?")
            .to_string(),
        python,
        kernels: doc.get("kernels").cloned().unwrap_or(json::Json::Null),
    })
}

// ---------------------------------------------------------------------------------------------
// Report

struct Row<'a> {
    kernel: &'a Kernel,
    numrs: Outcome,
    ndarray: Option<Outcome>,
    numpy: Option<Timing>,
    numpy_result: Option<String>,
    numpy_note: Option<String>,
}

impl Row<'_> {
    fn numrs_s(&self) -> Option<f64> {
        median(&self.numrs)
    }
    fn ndarray_s(&self) -> Option<f64> {
        self.ndarray.as_ref().and_then(median)
    }
    fn numpy_s(&self) -> Option<f64> {
        self.numpy.map(|t| t.median)
    }
    fn ratio(&self) -> Option<f64> {
        Some(self.numrs_s()? / self.numpy_s()?)
    }
    fn gbs(&self, s: Option<f64>) -> Option<f64> {
        Some(self.kernel.bytes? / s? / 1e9)
    }
    fn numrs_result(&self) -> Option<&str> {
        match &self.numrs {
            Outcome::Timed { result, .. } => result.as_deref(),
            _ => None,
        }
    }
    fn ndarray_result(&self) -> Option<&str> {
        match &self.ndarray {
            Some(Outcome::Timed { result, .. }) => result.as_deref(),
            _ => None,
        }
    }
    /// Some(true) when numrs and NumPy computed the same value (bit for bit for floats).
    fn results_equal(&self) -> Option<bool> {
        let (a, b) = (self.numrs_result()?, self.numpy_result.as_deref()?);
        Some(match (a.parse::<i128>(), b.parse::<i128>()) {
            (Ok(x), Ok(y)) => x == y,
            _ => match (a.parse::<f64>(), b.parse::<f64>()) {
                (Ok(x), Ok(y)) => x.to_bits() == y.to_bits(),
                _ => a == b,
            },
        })
    }
    /// "PASS", "FAIL ...", "n/a" (numrs not measured) or "?" (no NumPy time to judge by).
    fn status(&self) -> String {
        let Some(t) = self.numrs_s() else {
            return "n/a".into();
        };
        let mut fails = Vec::new();
        match self.kernel.target {
            Target::Ratio(r) => match self.ratio() {
                Some(x) if x <= r => {}
                Some(_) => fails.push("target"),
                None => return "?".into(),
            },
            Target::Nanos(ns) => {
                if t * 1e9 > ns {
                    fails.push("target")
                }
            }
        }
        if self.ndarray_s().is_some_and(|nd| t > nd * NDARRAY_SLACK) {
            fails.push("ndarray");
        }
        if self.results_equal() == Some(false) {
            fails.push("result");
        }
        if fails.is_empty() {
            "PASS".into()
        } else {
            format!("FAIL {}", fails.join("+"))
        }
    }
    fn target_str(&self) -> String {
        match self.kernel.target {
            Target::Ratio(r) => format!("<={r}"),
            Target::Nanos(ns) => format!("<={ns} ns"),
        }
    }
    fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        match &self.numrs {
            Outcome::Failed(m) => notes.push(format!("numrs: {m}")),
            Outcome::Timed { .. } => {}
        }
        match &self.ndarray {
            Some(Outcome::Failed(m)) => notes.push(format!("ndarray: {m}")),
            None => notes.push("ndarray: no such operation".into()),
            _ => {}
        }
        if let Some(m) = &self.numpy_note {
            notes.push(format!("NumPy: {m}"));
        }
        if let (Some(a), Some(b), Some(eq)) = (
            self.numrs_result(),
            self.numpy_result.as_deref(),
            self.results_equal(),
        ) {
            let verdict = if eq { "identical" } else { "DIFFERENT" };
            let nd = self
                .ndarray_result()
                .map_or(String::new(), |c| format!(" (ndarray {c})"));
            notes.push(format!("result numrs {a}, NumPy {b}: {verdict}{nd}"));
        }
        notes
    }
}

fn median(o: &Outcome) -> Option<f64> {
    match o {
        Outcome::Timed { timing, .. } => Some(timing.median),
        _ => None,
    }
}

fn secs(s: Option<f64>) -> String {
    match s {
        None => "-".into(),
        Some(s) if s < 1e-6 => format!("{:.1} ns", s * 1e9),
        Some(s) if s < 1e-3 => format!("{:.2} us", s * 1e6),
        Some(s) if s < 1.0 => format!("{:.2} ms", s * 1e3),
        Some(s) => format!("{s:.3} s"),
    }
}

fn fixed(x: Option<f64>, digits: usize) -> String {
    x.map_or("-".into(), |x| format!("{x:.digits$}"))
}

fn table(rows: &[Row], bw: &Bandwidth) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<30} {:>10} {:>10} {:>10} {:>8} {:>9} {:>7} {:>6}  status",
        "kernel", "numrs", "NumPy", "ndarray", "ratio", "target", "GB/s", "of BW"
    );
    let _ = writeln!(s, "{}", "-".repeat(104));
    for r in rows {
        let gbs = r.gbs(r.numrs_s());
        let _ = writeln!(
            s,
            "{:<30} {:>10} {:>10} {:>10} {:>8} {:>9} {:>7} {:>6}  {}",
            r.kernel.label,
            secs(r.numrs_s()),
            secs(r.numpy_s()),
            secs(r.ndarray_s()),
            fixed(r.ratio(), 3),
            r.target_str(),
            fixed(gbs, 1),
            fixed(gbs.map(|g| g / bw.reference()), 2),
            r.status()
        );
    }
    s
}

fn timing_json(t: Option<Timing>) -> String {
    match t {
        None => "null".into(),
        Some(t) => format!(
            "{{\"median_s\": {}, \"samples\": {}, \"calls_per_sample\": {}}}",
            json::number(Some(t.median)),
            t.samples,
            t.inner
        ),
    }
}

fn outcome_timing(o: Option<&Outcome>) -> Option<Timing> {
    match o {
        Some(Outcome::Timed { timing, .. }) => Some(*timing),
        _ => None,
    }
}

fn results_json(
    rows: &[Row],
    bw: &Bandwidth,
    numpy: &Result<NumpyRun, String>,
    budget: f64,
) -> String {
    let mut s = String::new();
    let unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let _ = writeln!(s, "{{");
    let _ = writeln!(s, "  \"command\": \"cargo run --release -p bench\",");
    let _ = writeln!(s, "  \"unix_time\": {unix},");
    let _ = writeln!(
        s,
        "  \"budget_s_per_kernel\": {},",
        json::number(Some(budget))
    );
    let _ = writeln!(
        s,
        "  \"cpu\": {{\"threads\": {}, \"avx2\": {}, \"avx512f\": {}}},",
        bw.threads,
        has_avx2(),
        has_avx512f()
    );
    let _ = writeln!(
        s,
        "  \"bandwidth_gbs\": {{\"read\": {}, \"copy_read_plus_write\": {}, \"reference\": {}}},",
        json::number(Some(bw.read)),
        json::number(Some(bw.copy)),
        json::number(Some(bw.reference()))
    );
    match numpy {
        Ok(np) => {
            let _ = writeln!(
                s,
                "  \"numpy\": {{\"available\": true, \"version\": {}, \"python\": {}}},",
                json::string(&np.version),
                json::string(&np.python)
            );
        }
        Err(e) => {
            let _ = writeln!(
                s,
                "  \"numpy\": {{\"available\": false, \"error\": {}}},",
                json::string(e)
            );
        }
    }
    let _ = writeln!(s, "  \"kernels\": [");
    for (i, r) in rows.iter().enumerate() {
        let (target_ratio, target_ns) = match r.kernel.target {
            Target::Ratio(x) => (Some(x), None),
            Target::Nanos(x) => (None, Some(x)),
        };
        let gbs = r.gbs(r.numrs_s());
        let eq = r
            .results_equal()
            .map_or("null".to_string(), |b| b.to_string());
        let notes: Vec<String> = r.notes().iter().map(|n| json::string(n)).collect();
        let _ = write!(
            s,
            "    {{\"name\": {}, \"label\": {}, \"numrs_s\": {}, \"numpy_s\": {}, \
             \"ndarray_s\": {}, \"ratio_numrs_numpy\": {}, \"ratio_numrs_ndarray\": {}, \
             \"target_ratio\": {}, \"target_ns\": {}, \"bytes_per_call\": {}, \
             \"numrs_gbs\": {}, \"numrs_fraction_of_bandwidth\": {}, \"numpy_gbs\": {}, \
             \"numpy_fraction_of_bandwidth\": {}, \"status\": {}, \"numrs_result\": {}, \
             \"numpy_result\": {}, \"ndarray_result\": {}, \"results_equal\": {}, \
             \"numrs\": {}, \"numpy\": {}, \"ndarray\": {}, \"notes\": [{}]}}",
            json::string(r.kernel.name),
            json::string(r.kernel.label),
            json::number(r.numrs_s()),
            json::number(r.numpy_s()),
            json::number(r.ndarray_s()),
            json::number(r.ratio()),
            json::number(r.ndarray_s().and_then(|nd| Some(r.numrs_s()? / nd))),
            json::number(target_ratio),
            json::number(target_ns),
            json::number(r.kernel.bytes),
            json::number(gbs),
            json::number(gbs.map(|g| g / bw.reference())),
            json::number(r.gbs(r.numpy_s())),
            json::number(r.gbs(r.numpy_s()).map(|g| g / bw.reference())),
            json::string(&r.status()),
            json::opt_string(r.numrs_result()),
            json::opt_string(r.numpy_result.as_deref()),
            json::opt_string(r.ndarray_result()),
            eq,
            timing_json(outcome_timing(Some(&r.numrs))),
            timing_json(r.numpy),
            timing_json(outcome_timing(r.ndarray.as_ref())),
            notes.join(", ")
        );
        let _ = writeln!(s, "{}", if i + 1 < rows.len() { "," } else { "" });
    }
    let _ = writeln!(s, "  ]");
    let _ = writeln!(s, "}}");
    s
}

fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

fn has_avx512f() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512f")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

// ---------------------------------------------------------------------------------------------

struct Args {
    budget: f64,
    only: Vec<String>,
    numpy: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        budget: 0.5,
        only: Vec::new(),
        numpy: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--budget" => {
                let v = it.next().ok_or("--budget needs a value")?;
                args.budget = v
                    .parse()
                    .ok()
                    .filter(|b: &f64| *b > 0.0)
                    .ok_or(format!("bad --budget {v}"))?;
            }
            "--only" => {
                let v = it.next().ok_or("--only needs a value")?;
                args.only = v
                    .split(',')
                    .filter(|w| !w.is_empty())
                    .map(String::from)
                    .collect();
            }
            "--no-numpy" => args.numpy = false,
            "-h" | "--help" => {
                println!(
                    "cargo run --release -p bench [-- --budget SECONDS] [--only WORD,WORD] [--no-numpy]\n\
                     kernels: {}",
                    KERNELS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other} (try --help)")),
        }
    }
    Ok(args)
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("bench: {e}");
            std::process::exit(2);
        }
    };
    if cfg!(debug_assertions) {
        eprintln!("bench: warning: a debug build; run `cargo run --release -p bench`");
    }
    let kernels: Vec<&Kernel> = KERNELS
        .iter()
        .filter(|k| args.only.is_empty() || args.only.iter().any(|w| k.name.contains(w.as_str())))
        .collect();
    if kernels.is_empty() {
        eprintln!("bench: no kernel matches --only");
        std::process::exit(2);
    }
    let root = repo_root();

    eprintln!("bandwidth ...");
    let bw = measure_bandwidth();

    // NumPy first, in its own process, so its memory is gone before numrs's kernels run.
    let names: Vec<&str> = kernels.iter().map(|k| k.name).collect();
    let numpy = if args.numpy {
        run_numpy(&root, &names, args.budget)
    } else {
        Err("skipped (--no-numpy)".into())
    };
    if let Err(e) = &numpy {
        eprintln!("bench: NumPy is unavailable: {e}");
    }

    let mut rows = Vec::new();
    for k in kernels {
        eprintln!("numrs: {}", k.name);
        let numrs = numrs_side::run(k.name, args.budget);
        eprintln!("ndarray: {}", k.name);
        let ndarray = ndarray_side::run(k.name, args.budget);
        let entry = numpy.as_ref().ok().and_then(|np| np.kernels.get(k.name));
        let get = |key: &str| entry.and_then(|e| e.get(key));
        let numpy_t = get("median_s").and_then(|v| v.as_f64()).map(|m| Timing {
            median: m,
            samples: get("samples").and_then(|v| v.as_f64()).unwrap_or(0.0) as usize,
            inner: get("inner").and_then(|v| v.as_f64()).unwrap_or(0.0) as usize,
        });
        let numpy_note = match (&numpy, entry) {
            (Err(_), _) => None,
            (Ok(_), None) => Some("no timing reported".into()),
            (Ok(_), Some(e)) => e.get("error").and_then(|v| v.as_str()).map(String::from),
        };
        rows.push(Row {
            kernel: k,
            numrs,
            ndarray,
            numpy: numpy_t,
            numpy_result: get("result").and_then(|v| v.as_str()).map(String::from),
            numpy_note,
        });
    }

    println!();
    println!(
        "memory bandwidth ({} threads, 256 MiB): read {:.1} GB/s, memcpy {:.1} GB/s (read+write); \
         fractions are of {:.1} GB/s",
        bw.threads,
        bw.read,
        bw.copy,
        bw.reference()
    );
    println!(
        "cpu: avx2 {}, avx512f {}; median of adaptive repeats, ~{} s per kernel and library",
        has_avx2(),
        has_avx512f(),
        args.budget
    );
    match &numpy {
        Ok(np) => println!("NumPy {} ({})", np.version, np.python),
        Err(e) => println!("NumPy unavailable ({e}): numrs and ndarray columns only"),
    }
    println!();
    print!("{}", table(&rows, &bw));
    println!(
        "ratio = numrs/NumPy; GB/s and of BW are numrs's; PASS needs the target and numrs <= {} x ndarray",
        NDARRAY_SLACK
    );
    let mut any = false;
    for r in &rows {
        for n in r.notes() {
            if !any {
                println!("notes:");
                any = true;
            }
            println!("  {}: {n}", r.kernel.name);
        }
    }

    let path = root.join("bench").join("results.json");
    match std::fs::write(&path, results_json(&rows, &bw, &numpy, args.budget)) {
        Ok(()) => println!("wrote {}", path.display()),
        Err(e) => {
            eprintln!("bench: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}
