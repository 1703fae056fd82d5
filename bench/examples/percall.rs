//! Calls one kernel of the bench in a loop, for profilers (`perf record`, `valgrind
//! --tool=callgrind`): `cargo run --release -p bench --example percall -- add_3 1000000`.

use numrs::ufunc::UfuncOptions;
use numrs::{s, Array, DType, NewAxis};
use std::hint::black_box;

fn main() -> numrs::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let name = args.get(1).map_or("add_3", String::as_str);
    let calls: usize = args
        .get(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    match name {
        "add_3" => {
            let a = Array::from_vec(vec![1.0f64, 2.0, 3.0]);
            let b = Array::from_vec(vec![4.0f64, 5.0, 6.0]);
            for _ in 0..calls {
                black_box(numrs::add(black_box(&a), black_box(&b))?);
            }
        }
        "add_out_3" => {
            let a = Array::from_vec(vec![1.0f64, 2.0, 3.0]);
            let b = Array::from_vec(vec![4.0f64, 5.0, 6.0]);
            let c = Array::from_vec(vec![0.0f64; 3]);
            let opts = UfuncOptions {
                out: Some(&c),
                ..UfuncOptions::default()
            };
            for _ in 0..calls {
                black_box(numrs::ufunc::exec::binary(
                    numrs::ufunc::BinaryUfunc::Add,
                    black_box(&a).into(),
                    black_box(&b).into(),
                    &opts,
                )?);
            }
        }
        "sum_3" => {
            let a = Array::from_vec(vec![1.0f64, 2.0, 3.0]);
            for _ in 0..calls {
                black_box(black_box(&a).sum()?);
            }
        }
        "slice_view" => {
            let x = Array::from_vec((0..1000).map(f64::from).collect());
            for _ in 0..calls {
                black_box(black_box(&x).slice(s![1..])?);
            }
        }
        "as_strided" => {
            let x = Array::from_vec((0..9).map(f64::from).collect());
            for _ in 0..calls {
                black_box(numrs::as_strided(black_box(&x), &[3], &[32])?);
            }
        }
        "astype_1" => {
            let x = Array::from_vec(vec![1.5f64]);
            for _ in 0..calls {
                black_box(black_box(&x).astype(&DType::INT8)?);
            }
        }
        "copy_1" => {
            let x = Array::from_vec(vec![1.5f64]);
            for _ in 0..calls {
                black_box(black_box(&x).copy(numrs::layout::Order::C)?);
            }
        }
        "outer_i16" | "outer_f64" => {
            let v: Vec<i16> = (0..4000).map(|i| (i % 100) as i16).collect();
            let x = Array::from_vec(v);
            let x = if name == "outer_f64" {
                x.astype(&DType::FLOAT64)?
            } else {
                x
            };
            for _ in 0..calls {
                black_box(numrs::multiply(
                    &x.slice(s![NewAxis, ..])?,
                    &x.slice(s![.., NewAxis])?,
                )?);
            }
        }
        other => eprintln!("unknown kernel {other}"),
    }
    Ok(())
}
