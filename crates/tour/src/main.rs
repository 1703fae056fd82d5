//! The tour: the seed notebook (shared/seed/advanced_numpy_notebook.txt, "Advanced NumPy"),
//! cell by cell, in Rust on numrs.
//!
//! ```text
//! cargo run --release -p tour                   the tour: each cell's code, output and notes
//! cargo run --release -p tour -- --values-only  labels and values only, as NumPy's oracle
//!                                               (oracle/tour_notebook.py) prints them
//! ```
//!
//! Each cell is written once, as `cell!("N", { code }, "note", ...)`: the macro runs the code
//! where it stands (so a cell's `let`s are visible to the cells after it, as in a notebook) and
//! displays the value of its last expression, as IPython does. The code the tour prints is
//! read from this file, and checked against the tokens the macro compiled, so the shown code is
//! the code that ran. Output is exactly NumPy 2.4.6's on Linux; where the notebook (NumPy 1.23
//! on Windows) showed something else, a `# note:` says what and why. A cell whose Python code
//! raises wraps its result in `raised(...)` and shows the exception's last line (the oracle's
//! `RAISES`).
//!
//! The type-promotion cells (In [21]-[27]) show two values, each under its label:
//! `# NumPy 2 (weak promotion):` is NumPy 2.4.6's, and `# NumPy 1.x (legacy value-based
//! promotion):` is NumPy 1.23.5's, the generation the notebook ran. `both_modes(|| ...)` runs
//! the cell's code in numrs's two promotion modes, `PromotionMode::Weak` then `Legacy`; the
//! oracle runs the cell under both NumPys (the second in a child process with the 1.23.5 venv).
//!
//! Cells numrs cannot run yet are `pending!("N")`, listed with the feature they need in
//! [`PENDING`] (mirrored by `PENDING` in oracle/tour_notebook.py). Keys: the notebook's cell
//! number; a cell the notebook never ran (`In [None]`) is keyed `"<previous number>.<k>"`.

#![recursion_limit = "1024"]
#![allow(clippy::let_unit_value, clippy::identity_op)] // cells keep the notebook's `1 * 2`

mod support;

use support::*;

/// This file, to print each cell's code as written.
const SOURCE: &str = include_str!("main.rs");

/// Cells numrs cannot run yet, and what they need. The ONE list on the Rust side; it must
/// match `PENDING` in oracle/tour_notebook.py (the test compares the lines both print).
const PENDING: &[(&str, &str)] = &[];

/// `cell!("N", { statements; last_expression }, "note", ...)`: prints `In [N]:` and the code,
/// runs the statements in the caller's scope, shows the last expression (if the block ends
/// without `;`), then the notes.
macro_rules! cell {
    // split the body at top-level `;`: [done statements] [current statement] rest
    (@split [$($notes:expr),*] [$($done:tt)*] [$($cur:tt)*] ; $($rest:tt)*) => {
        cell!(@split [$($notes),*] [$($done)* $($cur)* ;] [] $($rest)*);
    };
    (@split [$($notes:expr),*] [$($done:tt)*] [$($cur:tt)*] $t:tt $($rest:tt)*) => {
        cell!(@split [$($notes),*] [$($done)*] [$($cur)* $t] $($rest)*);
    };
    (@split [$($notes:expr),*] [$($done:tt)*] []) => {
        $($done)*
        end_cell(None, &[$($notes),*]);
    };
    (@split [$($notes:expr),*] [$($done:tt)*] [$($cur:tt)+]) => {
        $($done)*
        end_cell(Show::show(&($($cur)+)), &[$($notes),*]);
    };
    ($key:literal, { $($body:tt)* } $(, $note:literal)* $(,)?) => {
        begin_cell($key, SOURCE, stringify!($($body)*));
        cell!(@split [$($note),*] [] [] $($body)*);
    };
}

/// A cell numrs cannot run yet (see [`PENDING`]; unused while no cell is pending).
#[allow(unused_macros)]
macro_rules! pending {
    ($key:literal) => {
        pending_cell($key, PENDING)
    };
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {}
        [flag] if flag == "--values-only" => set_values_only(true),
        _ => {
            eprintln!("usage: tour [--values-only]");
            std::process::exit(2);
        }
    }
    if let Err(e) = notebook() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
    check_pending_table(PENDING);
    if !values_only() {
        beyond_numpy();
    }
}

/// The notebook's cells, in order (laid out by hand, as the notebook's are).
#[rustfmt::skip]
fn notebook() -> Result<(), Box<dyn std::error::Error>> {
    section("### Advanced Numpy");

    cell!("1", {
        // import warnings; warnings.filterwarnings('ignore'): numrs has no warnings to silence
    });

    cell!("2", {
        use numrs::{self as np, as_strided, s, DType, NewAxis, Order, Scalar};
    });

    section("#### Block of memory");

    cell!("3", {
        let x = np::array(&[1, 2, 3], Some(DType::INT32))?;
        x.data()
    },
        "numrs has no memoryview: x.data() (a tour helper) prints the address of the first item \
         where Python prints the memoryview object's address (the notebook ran on Windows)");

    cell!("4", {
        x.tobytes(Order::C)? // bytes(x.data)
    }, "bytes(x.data) is x.tobytes() for a C-contiguous array");

    cell!("5", {
        x.array_interface().data // x.__array_interface__['data'][0]
    }, "a real address of this run; the notebook's 2146365094592 is a Windows address");

    cell!("6", {
        x.array_interface() // x.__array_interface__
    });

    cell!("7", {
        let x = np::array(&[1, 2, 3, 4], None)?;
        let y = x.slice(s![..-1])?;
        x.set(&[0], 9.into())?;
        y
    });

    cell!("8", {
        let y = np::frombuffer(&x, DType::INT8, -1, 0)?;
        y.data()
    }, "the address of y's first item, which is x's first item: y is a view of x's bytes");

    cell!("9", {
        y.base().is_some_and(|b| b.is(&x)) // y.base is x
    });

    cell!("10", {
        y.flags()
    });

    section("#### Data types");

    cell!("11", {
        Class(DType::from_python_type("int")?.type_repr()) // np.dtype(int).type
    }, "np.dtype(int) is int64 on Linux (C long is 64-bit); the notebook (NumPy 1.23 on Windows) \
        showed numpy.int32");

    cell!("12", {
        DType::from_python_type("int")?.itemsize()
    }, "8 on Linux; the notebook (Windows) showed 4");

    cell!("13", {
        DType::from_python_type("int")?.byteorder()
    });

    cell!("14", {
        use numrs::dtype::{spec::{FieldSpec, TupleArg}, DTypeSpec};

        let wav_header_dtype = DTypeSpec::List(vec![
            FieldSpec::new("chunk_id", DTypeSpec::Tuple(Box::new(DTypeSpec::PyType("bytes".into())),
                                                        TupleArg::Int(4))), // (bytes, 4): flexible-sized scalar type, item size 4
            FieldSpec::new("chunk_size", "<u4".into()), // little-endian unsigned 32-bit integer
            FieldSpec::new("format", "S4".into()), // 4-byte string
            FieldSpec::new("fmt_id", "S4".into()),
            FieldSpec::new("fmt_size", "<u4".into()),
            FieldSpec::new("audio_fmt", "<u2".into()), //
            FieldSpec::new("num_channels", "<u2".into()), // .. more of the same ...
            FieldSpec::new("sample_rate", "<u4".into()), //
            FieldSpec::new("byte_rate", "<u4".into()),
            FieldSpec::new("block_align", "<u2".into()),
            FieldSpec::new("bits_per_sample", "<u2".into()),
            FieldSpec::new("data_id", DTypeSpec::Tuple(Box::new("S1".into()),
                                                       TupleArg::Shape(vec![2, 2]))), // ("S1", (2, 2)): sub-array, just for fun!
            FieldSpec::new("data_size", "u4".into()),
            //
            // the sound data itself cannot be represented here:
            //
        ]).to_dtype(false)?; // np.dtype([...])
        wav_header_dtype
    }, "the notebook's cell ends at the assignment and shows nothing; the tour also shows the \
        dtype, as IPython would: (bytes, 4) is 'S4' and 'u4' is '<u4'");

    cell!("14.1", {
        let wav_fields_dtype = DTypeSpec::Dict {
            names: vec!["format".into(), "sample_rate".into(), "data_id".into()],
            offsets: Some(vec![8, 24, 36]), // counted from start of structure in bytes
            formats: vec!["S4".into(), "<u4".into(),
                          DTypeSpec::Tuple(Box::new("S1".into()), TupleArg::Shape(vec![2, 2]))],
            titles: None,
            itemsize: None,
            aligned: None,
        }.to_dtype(false)?; // np.dtype(dict(names=..., offsets=..., formats=...))
        wav_fields_dtype
    }, "the notebook's cell is pseudo-code (offsets 'offset_1'..., formats 'list of dtypes for \
        each of the fields'), not valid Python, and was never run; the tour builds the dict spec \
        it describes, with the real offsets and formats of these fields in the WAV header, under \
        another name (wav_header_dtype stays the full header)");

    cell!("14.2", {
        let path = test_wav()?; // path = test_wav_(): writes a 16-bit PCM WAV file
        let mut f = std::fs::File::open(&path)?; // f = open(path, 'rb')
        let wav_header = np::fromfile_reader(&mut f, &wav_header_dtype, 1, 0)?; // count=1
        drop(f); // f.close()
        std::fs::remove_file(&path)?; // os.remove(path)
        print(&wav_header)
    }, "the notebook read data/test.wav, which is not part of the seed: the tour (and NumPy's \
        oracle) first writes a 60-byte WAV file (16-bit PCM, 2 channels, 44100 Hz, 4 frames) to \
        a temporary file, and opens it 'rb' (the notebook wrote 'r': text mode)");

    cell!("14.3", {
        wav_header.field("sample_rate")? // wav_header['sample_rate']
    });

    cell!("14.4", {
        wav_header.field("data_id")? // wav_header['data_id']
    });

    cell!("14.5", {
        wav_header.shape()
    });

    cell!("14.6", {
        wav_header.field("data_id")?.shape() // wav_header['data_id'].shape
    }, "the sub-array field adds its (2, 2) to the array's shape (1,)");

    cell!("19", {
        let x = np::array(&[1, 2, 3, 4], Some(DType::FLOAT64))?;

        x
    }, "the notebook wrote dtype=np.float, which NumPy 1.24 removed (it was Python's float, \
        i.e. float64)");

    cell!("20", {
        let y = x.astype(&DType::INT8)?;
        y
    });

    cell!("21", {
        both_modes(|| np::add(&y, Scalar::Int(1)))? // y + 1
    }, "cells 21-27 show what each NumPy gives: NumPy 2 (2.4.6, weak promotion, NEP 50: numrs's \
        default PromotionMode::Weak) and NumPy 1.x (1.23.5, value-based promotion: \
        PromotionMode::Legacy), whose output the notebook shows; both_modes runs the code in \
        each mode",
        "Scalar::Int(1) is the Python int literal 1 (a weak scalar); 1 fits int8 in both");

    cell!("22", {
        both_modes(|| raised(np::add(&y, Scalar::Int(256))))? // y + 256
    }, "NumPy 2 raises: the Python int takes y's type, int8, and 256 does not fit; NumPy 1.x \
        looks at the value, which needs int16 (the notebook's output)");

    cell!("23", {
        both_modes(|| np::add(&y, Scalar::Float(256.0)))? // y + 256.0
    }, "a Python float with an integer array: float64 in both (NumPy 1.x uses a scalar's value \
        only when its kind is no higher than the array's)");

    cell!("24", {
        // y + np.array([256], dtype=np.int32)
        both_modes(|| np::add(&y, &np::array(&[256], Some(DType::INT32))?))?
    }, "an array's dtype counts, never its values: int8 + int32 is int32 in both; int32 is not \
        the default integer on Linux, so NumPy shows dtype=int32; the notebook (Windows, where \
        it is) showed array([257, 258, 259, 260])");

    cell!("25", {
        both_modes(|| np::add(&y, Scalar::Float(256.0)))? // y + 256.0
    });

    cell!("26", {
        // y + np.array([256], dtype=np.int32)
        both_modes(|| np::add(&y, &np::array(&[256], Some(DType::INT32))?))?
    }, "dtype=int32 shown on Linux; the notebook (Windows) showed array([257, 258, 259, 260])");

    cell!("27", {
        both_modes_on(&y, |y| {
            y.assign(s![..], &np::add(y, Scalar::Float(1.5))?)?; // y[:] = y + 1.5
            Ok(y.clone()) // y
        })?
    }, "y + 1.5 is float64 [2.5, 3.5, 4.5, 5.5]; assigning it into y's int8 items casts \
        unsafely (truncating), as NumPy's assignment does in both; NumPy 1.x's run has its own \
        y (its oracle is another process), so Legacy mode works on a copy of y");

    cell!("28", {
        let mut x = np::array(&[1, 2, 3, 4], Some(DType::UINT8))?;
        x.set_dtype(&DType::parse("<i2")?)?; // x.dtype = "<i2"
        x
    });

    cell!("29", {
        let y = x.view(&DType::parse("<i4")?)?;
        y
    }, "int32 is not the default integer on Linux, so NumPy shows dtype=int32; the notebook \
        (Windows, where it is) showed array([67305985])");

    cell!("30", {
        x.set(&[1], 5.into())?; // x[1] = 5
        y
    }, "dtype=int32 shown on Linux; the notebook (Windows) showed array([328193])");

    cell!("31", {
        y.base().is_some_and(|b| b.is(&x)) // y.base is x
    });

    cell!("32", {
        let x = np::zeros(&[10, 10, 4], DType::INT8)?;
        x.set_slice(s![.., .., 0], 1.into())?;
        x.set_slice(s![.., .., 1], 2.into())?;
        x.set_slice(s![.., .., 2], 3.into())?;
        x.set_slice(s![.., .., 3], 4.into())?;
    });

    cell!("33", {
        #[allow(unused_variables)] // as in the notebook, this y is not used: In [34] replaces it
        let y = x.view(&DTypeSpec::List(vec![FieldSpec::new("r", "i1".into()),
                                             FieldSpec::new("g", "i1".into()),
                                             FieldSpec::new("b", "i1".into()),
                                             FieldSpec::new("a", "i1".into())]).to_dtype(false)?)?
                 .slice(s![.., .., 0])?;
    });

    cell!("34", {
        let y = np::array(&[[1, 3], [2, 4]], Some(DType::UINT8))?.transpose(&[])?;
        let x = y.copy(Order::C)?;
        x
    });

    cell!("35", {
        y
    });

    cell!("36", {
        x.view(&DType::INT16)? // x.view(np.int16)
    });

    cell!("36.1", {
        raised(y.view(&DType::INT16)) // y.view(np.int16)
    }, "NumPy raises: IPython shows a traceback ending in this line; numrs returns the Err");

    section("#### Indexing scheme: strides");

    cell!("38", {
        let x = np::array(&[[1, 2, 3],
                            [4, 5, 6],
                            [7, 8, 9]], Some(DType::INT8))?;
    });

    cell!("39", {
        x.tobytes(Order::A)?
    });

    cell!("40", {
        x.strides()
    });

    cell!("41", {
        let byte_offset = 3 * 1 + 1 * 2; // to find x[1, 2]
        x.flat_get(byte_offset)? // x.flat[byte_offset]
    }, "NumPy 2 shows scalars with their type; the notebook (NumPy 1.23) showed 6");

    cell!("42", {
        x.get(&[1, 2])?
    }, "NumPy 2 shows scalars with their type; the notebook (NumPy 1.23) showed 6");

    cell!("43", {
        let x = np::array(&[[1, 2, 3],
                            [4, 5, 6]], Some(DType::INT16))?; // order='C' is the default
    });

    cell!("44", {
        x.strides()
    });

    cell!("45", {
        x.tobytes(Order::A)?
    });

    cell!("46", {
        let y = x.copy(Order::F)?; // np.array(x, order='F')
        y.strides()
    });

    cell!("47", {
        y.tobytes(Order::A)?
    });

    cell!("48", {
        let y = np::array(&[[1, 3],
                            [2, 4]], Some(DType::UINT8))?.transpose(&[])?;
        let x = y.copy(Order::C)?;
    });

    cell!("49", {
        x.strides()
    });

    cell!("50", {
        y.strides()
    });

    cell!("51", {
        x.tobytes(Order::A)?
    });

    cell!("52", {
        y.tobytes(Order::A)?
    });

    cell!("53", {
        let x = np::array(&[1, 2, 3, 4, 5, 6], Some(DType::INT32))?;
        let y = x.slice(s![..;-1])?;
        y
    }, "int32 is not the default integer on Linux, so NumPy shows dtype=int32; the notebook \
        (Windows, where it is) showed array([6, 5, 4, 3, 2, 1])");

    cell!("54", {
        y.strides()
    });

    cell!("55", {
        let y = x.slice(s![2..])?;
        y.data_address() - x.data_address()
    });

    cell!("56", {
        let x = np::zeros(&[10, 10, 10], DType::FLOAT64)?;
        x.strides()
    }, "the notebook wrote dtype=np.float, removed in NumPy 1.24: float64");

    cell!("57", {
        x.slice(s![..;2, ..;3, ..;4])?.strides()
    });

    cell!("58", {
        let x = np::zeros(&[10, 10, 10], DType::FLOAT64)?;
        x.strides()
    }, "the notebook wrote dtype=np.float, removed in NumPy 1.24: float64");

    cell!("59", {
        x.t().strides()
    });

    cell!("60", {
        let a = np::arange(0.0, 6.0, 1.0, Some(DType::INT8))?.reshape(&[3, 2])?;
        let b = a.t();
        b.strides()
    });

    cell!("61", {
        a.tobytes(Order::C)? // bytes(a.data)
    });

    cell!("62", {
        b
    });

    cell!("63", {
        let c = b.reshape(&[3 * 2])?;
        c
    });

    cell!("64", {
        help(as_strided)
    }, "this is the Rust doc of numrs::as_strided (read from the numrs source); the notebook \
        showed NumPy's docstring");

    cell!("65", {
        let x = np::array(&[1, 2, 3, 4], Some(DType::INT16))?;

        as_strided(&x, &[2], &[2 * 2])? // shape, then strides
    });

    cell!("66", {
        x.slice(s![..;2])?
    });

    cell!("66.1", {
        // Exercise

        np::array(&[1, 2, 3, 4], Some(DType::INT8))?
    });

    cell!("68", {
        let x = np::array(&[1, 2, 3, 4], Some(DType::INT8))?;

        let y = as_strided(&x, &[3, 4], &[0, 1])?;
        y
    });

    cell!("69", {
        y.base().unwrap().base().unwrap().is(&x) // y.base.base is x
    });

    cell!("70", {
        // Broadcasting

        let x = np::array(&[1, 2, 3, 4], Some(DType::INT16))?;
        let x2 = as_strided(&x, &[3, 4], &[0, 1 * 2])?;
        x2
    });

    cell!("71", {
        let y = np::array(&[5, 6, 7], Some(DType::INT16))?;

        let y2 = as_strided(&y, &[3, 4], &[1 * 2, 0])?;
        y2
    });

    cell!("72", {
        np::multiply(&x2, &y2)? // x2 * y2
    });

    cell!("73", {
        let x = np::array(&[1, 2, 3, 4], Some(DType::INT16))?;

        let y = np::array(&[5, 6, 7], Some(DType::INT16))?;

        np::multiply(&x.slice(s![NewAxis, ..])?, &y.slice(s![.., NewAxis])?)?
    });

    cell!("74", {
        let x = np::array(&[[1, 2, 3],
                            [4, 5, 6],
                            [7, 8, 9]], Some(DType::INT32))?;
    });

    cell!("74.1", {
        // let x_diag = as_strided(&x, &[3], &[???]);   (the exercise)
    });

    cell!("76", {
        // Solution

        let x_diag = as_strided(&x, &[3], &[(3 + 1) * x.itemsize() as isize])?;
        x_diag
    }, "int32 is not the default integer on Linux, so NumPy shows dtype=int32; the notebook \
        (Windows) showed array([1, 5, 9])");

    cell!("77", {
        as_strided(&x.slice(s![0, 1..])?, &[2], &[(3 + 1) * x.itemsize() as isize])?
    }, "dtype=int32 shown on Linux; the notebook (Windows) showed array([2, 6])");

    cell!("78", {
        as_strided(&x.slice(s![1.., 0])?, &[2], &[(3 + 1) * x.itemsize() as isize])?
    }, "dtype=int32 shown on Linux; the notebook (Windows) showed array([4, 8])");

    cell!("79", {
        let y = np::diag(&x, 1)?;
        y
    }, "dtype=int32 shown on Linux; the notebook (Windows) showed array([2, 6])");

    cell!("80", {
        y.flags().owndata
    });

    section("Challenge");

    cell!("81", {
        let x = np::arange(0.0, (5 * 5 * 5 * 5) as f64, 1.0, None)?.reshape(&[5, 5, 5, 5])?;
        let mut s = 0;

        for i in 0..5 {
            for j in 0..5 {
                s += x.get(&[j, i, j, i])?.to_element::<i64>()?;
            }
        }
    });

    cell!("81.1", {
        // let y = as_strided(&x, &[5, 5], &[TODO, TODO])?;
        //
        // let s2 = ...;
        // assert!(s == s2);   (the challenge)
    });

    section("Solution");

    cell!("83", {
        let y = as_strided(&x,
                           &[5, 5],
                           &[(5 * 5 * 5 + 5) * x.itemsize() as isize,
                             (5 * 5 + 1) * x.itemsize() as isize])?;
    });

    cell!("84", {
        let s2 = y.sum()?;
        let s = Scalar::I64(s); // the loop added int64 items: in NumPy s is an np.int64 too
        assert!(s == s2);
        let same = s == s2;
        (s, s2, same)
    }, "the notebook shows no output here; the tour checks the challenge: the double loop and \
        one sum over the as_strided view agree");

    section("CPU cache effects");

    cell!("85", {
        let x = np::zeros(&[20000], DType::FLOAT64)?;
    });

    cell!("86", {
        let y = np::zeros(&[20000 * 67], DType::FLOAT64)?.slice(s![..;67])?;
    });

    cell!("87", {
        (x.shape(), y.shape())
    });

    cell!("88", {
        let tx = timeit(|| x.sum()); // %timeit x.sum()
        x.sum()?
    }, "the notebook's %timeit line timed nothing (its statement was on the next line); the \
        tour times x.sum() in 7 runs of 1,000 loops",
        "NumPy 2 shows np.float64(0.0); the notebook (NumPy 1.23) showed 0.0");

    cell!("89", {
        let ty = timeit(|| y.sum()); // %timeit y.sum()
        ratio(&ty, &tx);
        y.sum()?
    }, "same number of items, but each of y's sits on its own 64-byte cache line: y.sum() \
        moves 8 times as many bytes through the caches as x.sum()",
        "NumPy 2 shows np.float64(0.0); the notebook (NumPy 1.23) showed 0.0");

    cell!("90", {
        (x.strides(), y.strides())
    });

    section("#### Findings in dissection");

    cell!("91", {
        watermark() // %watermark -iv
    }, "the notebook's %watermark printed its author and numpy: 1.23.0");

    Ok(())
}

/// After the notebook (tour mode only): the stride tricks that crash NumPy or that it refuses,
/// each an `Err` in numrs. What NumPy 2.4.6 does was checked by running each case in a
/// subprocess.
fn beyond_numpy() {
    section(
        "#### Where NumPy crashes, numrs returns an error\n\n\
         Every view is checked against its buffer, with checked arithmetic. NumPy 2.4.6 builds \
         the view of E1\n(and E2's wrapped stride) and segfaults reading it; it refuses E3-E5 \
         with its own checks.",
    );
    if let Err(e) = crash_cases() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

#[rustfmt::skip]
fn crash_cases() -> Result<(), Box<dyn std::error::Error>> {
    use numrs::{self as np, as_strided, s, DType, Order};

    cell!("E1", {
        let z = np::zeros(&[1024], DType::INT8)?;
        as_strided(&z, &[5], &[1 << 62]) // 5 items 2**62 bytes apart in a 1 KiB block
    }, "NumPy 2.4.6 makes this view; printing it reads far outside the block: segmentation \
        fault");

    cell!("E2", {
        let z = np::zeros(&[1024], DType::INT8)?;
        let one = as_strided(&z, &[1], &[1 << 62])?; // one item: in bounds
        one.slice(s![..;3]) // [::3]: the stride 3 * 2**62 does not fit in isize
    }, "NumPy 2.4.6 wraps the stride silently to -2**62 and returns array([0], dtype=int8); \
        on the 5-item view of E1 the same wrap happens, and printing it segfaults");

    cell!("E3", {
        let one = np::ones(&[1, 1], DType::FLOAT64)?;
        as_strided(&one, &[1, 1 << 62], &[0, 0]).and_then(|v| v.ravel(Order::C))
    }, "NumPy 2.4.6 refuses too (ValueError: array is too big; ...); with int8 items it makes \
        the view and ravel() raises MemoryError (4 EiB)");

    cell!("E4", {
        let z = np::zeros(&[1], DType::INT8)?;
        let x = as_strided(&z, &[1 << 31, 1 << 31], &[0, 0])?; // 2**62 items, not contiguous
        // 2**31 * (2**31 + 2**33) == 2**62 + 2**64: wraps to the size in 64-bit arithmetic
        x.reshape(&[1 << 31, (1 << 31) + (1 << 33)])
    }, "NumPy 2.4.6 refuses too: ValueError: cannot reshape array of size 4611686018427387904 \
        into shape (2147483648,10737418240)");

    cell!("E5", {
        let z = np::zeros(&[1], DType::INT8)?;
        as_strided(&z, &[1; 65], &[0; 65]) // 65 axes
    }, "NumPy 2.4.6 refuses too: ValueError: number of dimensions must be within [0, 64], got 65");

    Ok(())
}
