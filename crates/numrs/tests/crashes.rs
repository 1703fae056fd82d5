//! Inputs that crash NumPy (segfaults, huge allocations) are clean errors in numrs.

use numrs::{as_strided, s, DType, Error, Idx};

#[test]
fn huge_stride_as_strided_is_an_error_numpy_32219() {
    let x = numrs::zeros(&[1024], DType::INT8).unwrap();
    let err = as_strided(&x, &[5], &[1 << 62]).unwrap_err();
    assert!(matches!(err, Error::OutOfBuffer(_)), "{err}");
    // The in-bounds prefix of the same trick works, and slicing it stays checked.
    let ok = as_strided(&x, &[5], &[200]).unwrap();
    assert_eq!(ok.slice(s![..;3]).unwrap().strides(), &[600]);
}

#[test]
fn zero_stride_giant_view_ravel_is_an_error_numpy_7451() {
    let x = numrs::ones(&[1, 1], DType::FLOAT64).unwrap();
    let r = as_strided(&x, &[1, 1 << 62], &[0, 0]).and_then(|v| v.ravel(numrs::Order::C));
    let err = r.unwrap_err();
    assert_eq!(err.python_type(), "ValueError");
}

#[test]
fn reshape_past_isize_is_an_error_numpy_7455() {
    let x = numrs::zeros(&[4, 4], DType::FLOAT64).unwrap();
    let nc = x.slice(s![.., ..;2]).unwrap();
    assert!(!nc.flags().c_contiguous);
    for shape in [
        vec![1isize << 40, 1 << 40, 1 << 40],
        vec![-1, 1 << 62, 1 << 62],
        vec![isize::MAX, 2],
    ] {
        let err = nc.reshape(&shape).unwrap_err();
        assert_eq!(err.python_type(), "ValueError", "{shape:?}: {err}");
    }
}

#[test]
fn more_than_64_axes_is_an_error_numpy_27949() {
    let x = numrs::zeros(&[1], DType::INT8).unwrap();
    let idx = vec![Idx::NewAxis; 64];
    // The message is NumPy's (checked by the oracle's error cases); here only the type.
    assert_eq!(x.slice(&idx).unwrap_err().python_type(), "IndexError");
    assert!(matches!(
        x.reshape(&[1; 65]).unwrap_err(),
        Error::TooManyDims(65)
    ));
    assert!(matches!(
        numrs::zeros(&[1; 65], DType::INT8).unwrap_err(),
        Error::TooManyDims(65)
    ));
    assert!(matches!(
        as_strided(&x, &[1; 65], &[0; 65]).unwrap_err(),
        Error::TooManyDims(65)
    ));
    assert_eq!(x.slice(vec![Idx::NewAxis; 63]).unwrap().ndim(), 64);
}

#[test]
fn negative_stride_tricks_stay_inside() {
    let x = numrs::zeros(&[4], DType::INT32).unwrap();
    let r = x.slice(s![..;-1]).unwrap();
    // From the last item, a positive stride walks off the end.
    assert!(as_strided(&r, &[2], &[4]).is_err());
    assert!(as_strided(&r, &[4], &[-4]).is_ok());
    assert!(as_strided(&r, &[5], &[-4]).is_err());
}

#[test]
fn arrays_are_send_and_sync_and_conflicts_are_errors() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<numrs::Array>();
    let x = numrs::zeros(&[1000], DType::INT64).unwrap();
    let views: Vec<_> = (0..4).map(|k| x.slice([Idx::Int(k)]).unwrap()).collect();
    std::thread::scope(|sc| {
        for (k, v) in views.iter().enumerate() {
            sc.spawn(move || {
                for _ in 0..1000 {
                    // Concurrent writes to one buffer either succeed or report a conflict.
                    match v.fill((k as i64).into()) {
                        Ok(()) | Err(Error::BorrowConflict(_)) => {}
                        Err(e) => panic!("unexpected {e}"),
                    }
                }
            });
        }
    });
    let buf = x.buffer().clone();
    let _reader = buf.read().unwrap();
    assert!(matches!(x.fill(1.into()), Err(Error::BorrowConflict(_))));
}

#[test]
fn read_only_views_refuse_writes() {
    let x = numrs::zeros(&[3], DType::INT8).unwrap();
    let b = numrs::broadcast_to(&x, &[2, 3]).unwrap();
    assert_eq!(b.fill(1.into()).unwrap_err(), Error::ReadOnly);
    let bytes = numrs::frombuffer(vec![1u8, 2, 3], DType::UINT8, -1, 0).unwrap();
    assert!(!bytes.flags().writeable);
    assert_eq!(bytes.set(&[0], 5.into()).unwrap_err(), Error::ReadOnly);
}
