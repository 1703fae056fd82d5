#!/usr/bin/env python3
"""NumPy side of the numrs benchmark.

Times the same kernels as bench/src/main.rs, on the same data, with the same method (median of
adaptive repeats, ~--budget seconds per kernel), and prints one JSON object on stdout:

    {"numpy": "2.4.6", "python": "3.x", "kernels": {"sum_f64_1e7": {"median_s": ..., "samples": ...,
     "inner": ..., "result": "..."}, ...}}

Progress goes to stderr. Run by `cargo run --release -p bench` with the venv that
oracle/setup_venv.sh creates; by hand:

    "$(oracle/setup_venv.sh | tail -1)" bench/numpy_bench.py --only sum_f64_1e7,add_3
"""

import argparse
import json
import platform
import sys
import timeit

import numpy as np
from numpy.lib.stride_tricks import as_strided

N = 10_000_000
M = 4000  # outer product and transposed copy: M x M
T = 2000  # tobytes of a transposed T x T float32


def ramp_f64(n):
    # i * 0.1, rounded once: bit-identical to Rust's `(i as f64) * 0.1`
    return np.arange(n, dtype=np.float64) * 0.1


def sqrt_f64(n):
    # correctly rounded: bit-identical to Rust's `(i as f64).sqrt()`; its sum depends on the
    # order of the additions, so equal sums mean equal summation order
    return np.sqrt(np.arange(n, dtype=np.float64))


def mod_as(n, m, dtype):
    return (np.arange(n) % m).astype(dtype)


# name -> (setup returning the namespace, statement timed, expression whose value is reported)
KERNELS = {
    "sum_f64_1e7": (lambda: {"x": sqrt_f64(N)}, "x.sum()", "x.sum()"),
    "sum_i8_1e7": (lambda: {"x": mod_as(N, 128, np.int8)}, "x.sum()", "x.sum()"),
    "sum_i32_1e7": (lambda: {"x": np.arange(N, dtype=np.int32)}, "x.sum()", "x.sum()"),
    # Filled with ones, not zeros: untouched zero pages all map to one physical page and would
    # measure the cache, not memory (see bench/README.md).
    "sum_stride67_1e7": (lambda: {"y": np.ones(N * 67)[::67]}, "y.sum()", "y.sum()"),
    "sum_stride67_20000": (lambda: {"y": np.ones(20000 * 67)[::67]}, "y.sum()", "y.sum()"),
    "add_f64_1e7": (lambda: {"a": ramp_f64(N), "b": np.arange(N, dtype=np.float64) * 0.2},
                    "a + b", None),
    "add_f64_1e7_out": (lambda: {"a": ramp_f64(N), "b": np.arange(N, dtype=np.float64) * 0.2,
                                 "c": np.ones(N), "np": np},
                        "np.add(a, b, out=c)", None),
    "outer_i16_4000": (lambda: {"x": mod_as(M, 100, np.int16), "y": mod_as(M, 100, np.int16)},
                       "x[None, :] * y[:, None]", None),
    "outer_f64_4000": (lambda: {"x": mod_as(M, 100, np.float64), "y": mod_as(M, 100, np.float64)},
                       "x[None, :] * y[:, None]", None),
    "astype_i8_f64_1e7": (lambda: {"x": mod_as(N, 128, np.int8), "np": np},
                          "x.astype(np.float64)", None),
    "astype_f64_i8_1e7": (lambda: {"x": mod_as(N, 100, np.float64), "np": np},
                          "x.astype(np.int8)", None),
    "astype_f64_f32_1e7": (lambda: {"x": ramp_f64(N), "np": np}, "x.astype(np.float32)", None),
    "copy_T_f64_4000": (lambda: {"a": ramp_f64(M * M).reshape(M, M)}, "a.T.copy()", None),
    "copy_T_i8_4000": (lambda: {"a": mod_as(M * M, 128, np.int8).reshape(M, M)},
                       "a.T.copy()", None),
    "tobytes_T_f32_2000": (lambda: {"a": np.arange(T * T, dtype=np.float32).reshape(T, T)},
                           "a.T.tobytes('C')", None),
    "add_3": (lambda: {"a": np.array([1.0, 2.0, 3.0]), "b": np.array([4.0, 5.0, 6.0])},
              "a + b", None),
    "sum_3": (lambda: {"a": np.array([1.0, 2.0, 3.0])}, "a.sum()", "a.sum()"),
    "slice_view": (lambda: {"x": np.arange(1000.0)}, "x[1:]", None),
    "as_strided": (lambda: {"x": np.arange(9.0), "as_strided": as_strided},
                   "as_strided(x, shape=(3,), strides=(32,))", None),
}

# One sample lasts at least this long (tiny kernels run `inner` times per sample).
MIN_SAMPLE_S = 1e-3
MIN_SAMPLES, MAX_SAMPLES = 5, 1000


def measure(stmt, ns, budget):
    """Median seconds per call; the same method as time_kernel() in bench/src/main.rs."""
    timer = timeit.Timer(stmt, globals=ns)
    first = timer.timeit(1)  # warm-up, and the first estimate
    inner, per_call = 1, first
    if first < MIN_SAMPLE_S:
        while True:
            t = timer.timeit(inner)
            if t >= MIN_SAMPLE_S or inner >= 1 << 24:
                per_call = t / inner
                break
            inner *= 2
        inner = max(1, int(MIN_SAMPLE_S / max(per_call, 1e-12)) + 1)
    sample_s = max(per_call * inner, 1e-9)
    samples = min(MAX_SAMPLES, max(MIN_SAMPLES, int(budget / sample_s)))
    times = sorted(timer.timeit(inner) / inner for _ in range(samples))
    mid = len(times) // 2
    median = times[mid] if len(times) % 2 else 0.5 * (times[mid - 1] + times[mid])
    return {"median_s": median, "samples": samples, "inner": inner}


def show(value):
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return repr(value)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--budget", type=float, default=0.5, help="seconds per kernel (default 0.5)")
    p.add_argument("--only", default="", help="comma-separated kernel names (default: all)")
    args = p.parse_args()
    names = [n for n in args.only.split(",") if n] or list(KERNELS)
    out = {"numpy": np.__version__, "python": platform.python_version(), "kernels": {}}
    for name in names:
        if name not in KERNELS:
            out["kernels"][name] = {"error": "unknown kernel"}
            continue
        setup, stmt, result = KERNELS[name]
        print(f"numpy: {name}", file=sys.stderr, flush=True)
        try:
            ns = setup()
            entry = measure(stmt, ns, args.budget)
            if result is not None:
                entry["result"] = show(eval(result, ns))
            del ns
        except Exception as e:  # report, keep going
            entry = {"error": f"{type(e).__name__}: {e}"}
        out["kernels"][name] = entry
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
