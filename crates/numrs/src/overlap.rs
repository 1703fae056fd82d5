//! Do two arrays share memory? `may_share_memory` compares byte ranges; `shares_memory`
//! answers exactly by checking the bytes each array actually reaches.

use crate::array::Array;
use crate::iter::StridedPlan;
use std::sync::Arc;

/// Lowest byte and one past the highest byte an array reaches (None if it reaches none).
fn byte_range(a: &Array) -> Option<(i128, i128)> {
    if a.size() == 0 {
        return None;
    }
    a.layout.byte_bounds(a.itemsize()).ok()
}

/// `np.may_share_memory(a, b)`: true when the arrays' byte ranges in the same buffer overlap.
///
/// ```
/// let x = numrs::zeros(&[4], numrs::DType::INT8).unwrap();
/// let even = x.slice(numrs::s![..;2]).unwrap();
/// let odd = x.slice(numrs::s![1..;2]).unwrap();
/// assert!(numrs::may_share_memory(&even, &odd));
/// assert!(!numrs::shares_memory(&even, &odd));
/// ```
pub fn may_share_memory(a: &Array, b: &Array) -> bool {
    if !Arc::ptr_eq(&a.buffer, &b.buffer) {
        return false;
    }
    match (byte_range(a), byte_range(b)) {
        (Some((alo, ahi)), Some((blo, bhi))) => alo < bhi && blo < ahi,
        _ => false,
    }
}

/// The sorted, merged byte intervals an array reaches.
fn intervals(a: &Array) -> Vec<(isize, isize)> {
    let itemsize = a.itemsize() as isize;
    let mut v = Vec::new();
    let plan = StridedPlan::new(a.shape(), [a.strides()], [a.offset()], false);
    plan.for_each_run(|[o], [s], n| {
        if s == itemsize || n == 1 {
            v.push((o, o + itemsize * n as isize));
        } else {
            for i in 0..n as isize {
                v.push((o + i * s, o + i * s + itemsize));
            }
        }
    });
    v.sort_unstable();
    let mut merged: Vec<(isize, isize)> = Vec::with_capacity(v.len());
    for (lo, hi) in v {
        match merged.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    merged
}

/// `np.shares_memory(a, b)`: exactly whether some byte is reached by both arrays.
pub fn shares_memory(a: &Array, b: &Array) -> bool {
    if !may_share_memory(a, b) {
        return false;
    }
    let (small, large) = if a.size() <= b.size() { (a, b) } else { (b, a) };
    let ia = intervals(large);
    intervals(small).iter().any(|&(lo, hi)| {
        let i = ia.partition_point(|&(_, h)| h <= lo);
        i < ia.len() && ia[i].0 < hi
    })
}
