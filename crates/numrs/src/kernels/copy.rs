//! Copying items between layouts of the same shape, and reading/writing single items.

use super::transpose::Transpose2d;
use super::{load, store};
use crate::array::Array;
use crate::buffer::Borrows;
use crate::element::Element;
use crate::error::{Error, Result};
use crate::iter::StridedPlan;
use crate::scalar::Scalar;

/// Reads the item at byte offset `off` of `a`'s buffer as a typed scalar.
pub(crate) fn read_scalar(a: &Array, off: usize) -> Result<Scalar> {
    let guard = a.buffer.read()?;
    let swap = !a.dtype.is_native();
    let item = guard
        .bytes()
        .get(off..off + a.itemsize())
        .ok_or_else(|| Error::Index("item outside its buffer".into()))?;
    if !a.dtype.is_numeric() {
        return crate::items::decode(item, &a.dtype);
    }
    // SAFETY: the bounds were checked just above against the borrowed buffer.
    Ok(
        crate::dispatch_numeric!(a.dtype.numeric("item access")?, T => unsafe {
            load::<T>(guard.ptr(), off as isize, swap).to_scalar()
        }),
    )
}

/// Writes `value`, converted to `a`'s dtype, to every item of `a`.
pub(crate) fn fill(a: &Array, value: &Scalar) -> Result<()> {
    if !a.writeable {
        return Err(Error::ReadOnly);
    }
    if !a.dtype.is_numeric() || !value.is_numeric() {
        let mut item = vec![0u8; a.itemsize()];
        crate::items::encode(value, &a.dtype, &mut item)?;
        return fill_bytes(a, &item);
    }
    crate::dispatch_numeric!(a.dtype.numeric("fill")?, T => fill_typed::<T>(a, value.to_element::<T>()?))
}

/// Writes the same item bytes to every item of `a`.
fn fill_bytes(a: &Array, item: &[u8]) -> Result<()> {
    let mut guard = a.buffer.write()?;
    let bytes = guard.bytes_mut();
    let plan = StridedPlan::new(a.shape(), [a.strides()], [a.offset()], false);
    let n = item.len() as isize;
    let mut result = Ok(());
    plan.for_each_run(|[o], [s], count| {
        for i in 0..count as isize {
            let start = (o + i * s) as usize;
            match bytes.get_mut(start..start + n as usize) {
                Some(slot) => slot.copy_from_slice(item),
                None => result = Err(Error::Index("item outside its buffer".into())),
            }
        }
    });
    result
}

fn fill_typed<T: Element>(a: &Array, v: T) -> Result<()> {
    let guard = a.buffer.write()?;
    let swap = !a.dtype.is_native();
    let plan = StridedPlan::new(a.shape(), [a.strides()], [a.offset()], false);
    let base = guard.ptr();
    plan.for_each_run(|[o], [s], n| {
        for i in 0..n as isize {
            // SAFETY: offsets come from a plan over a checked layout (module invariant).
            unsafe { store::<T>(base, o + i * s, v, swap) };
        }
    });
    Ok(())
}

/// `src.copy(order)` when `src` is one C-ordered run small enough for one thread and
/// `order` lays the copy out in C order (any order but 'F' for a C-ordered source, also 'F'
/// on at most one axis); `None`: take the general copy. One `memcpy` into a new array (a
/// spare buffer for a short one-axis numeric result), without the strided plan.
pub(crate) fn copy_contiguous(src: &Array, order: crate::layout::Order) -> Option<Result<Array>> {
    let itemsize = src.itemsize();
    let c_result = order != crate::layout::Order::F || src.ndim() <= 1;
    let bytes = src.size().checked_mul(itemsize)?;
    if !c_result
        || !src.layout.is_c_contiguous(itemsize)
        || !super::run::one_part(bytes.saturating_mul(2))
    {
        return None;
    }
    Some(copy_run(src, bytes))
}

/// The copy of [`copy_contiguous`]: `bytes` bytes from the source's offset.
fn copy_run(src: &Array, bytes: usize) -> Result<Array> {
    let dtype = src.dtype.clone();
    let out = match src.shape() {
        &[len] if len > 0 && dtype.is_numeric() => {
            let layout = crate::layout::Layout::one_axis_unchecked(len, src.itemsize() as isize);
            Array::from_parts(
                crate::buffer::Buffer::for_output(bytes)?,
                dtype,
                layout,
                None,
                true,
            )
        }
        _ => src.output_like_with(crate::layout::Order::C, dtype)?,
    };
    if bytes > 0 {
        let read = src.buffer.read()?;
        // SAFETY: `src` is borrowed for reading while its `bytes` bytes from its offset (one
        // C-ordered run inside its checked layout, invariant 4) are copied into `out`, a new
        // C-ordered array of the same shape and dtype (exactly `bytes` bytes from its start)
        // whose only handle is held here; a new buffer overlaps nothing.
        unsafe {
            std::ptr::copy_nonoverlapping(
                read.ptr().add(src.offset()),
                out.buffer.as_ptr_untracked(),
                bytes,
            );
        }
    }
    Ok(out)
}

/// Copies `src` into `dst` item by item; both have the same shape. Items are converted from
/// `src`'s dtype to `dst`'s (value conversion as NumPy's unsafe cast; byte order handled).
/// When the two overlap in memory, `src` is copied first, so the result is as if every item
/// had been read before any was written (NumPy's semantics). NumPy 2's cast warnings are
/// raised (see [`crate::warnings`]).
pub(crate) fn copy_into(src: &Array, dst: &Array) -> Result<()> {
    let flags = copy_into_fpe(src, dst)?;
    raise_cast_warnings(src, dst, flags, None);
    if flags != 0 {
        crate::errstate::check()?;
    }
    Ok(())
}

/// [`copy_into`] for a ufunc's output cast (`out=` of another dtype): NumPy words the
/// floating-point warnings as the ufunc's ("invalid value encountered in add"), in NumPy 1.x
/// as in 2.x, because its error check runs after the whole ufunc call.
/// `loop_flags` are the flags the ufunc's loop raised ([`super::fpstatus`]'s bits): NumPy
/// checks them with the cast's, once.
pub(crate) fn copy_ufunc_output(
    src: &Array,
    dst: &Array,
    ufunc: &str,
    loop_flags: u8,
) -> Result<()> {
    let flags = copy_into_fpe(src, dst)?;
    raise_cast_warnings(src, dst, flags, Some((ufunc, loop_flags)));
    if flags | loop_flags != 0 {
        crate::errstate::check()?;
    }
    Ok(())
}

/// [`copy_into`] without raising warnings: returns the FPE bits of the numeric conversion
/// ([`crate::element::FPE_OVERFLOW`], [`crate::element::FPE_INVALID`]), for callers that
/// word the warnings themselves (a ufunc's output cast warns as the ufunc: "invalid value
/// encountered in add").
pub(crate) fn copy_into_fpe(src: &Array, dst: &Array) -> Result<u8> {
    if src.shape() != dst.shape() {
        return Err(Error::Value("copy between different shapes".into()));
    }
    if !dst.writeable {
        return Err(Error::ReadOnly);
    }
    if std::sync::Arc::ptr_eq(&src.buffer, &dst.buffer)
        && crate::overlap::may_share_memory(src, dst)
    {
        let tmp = src.copy(crate::layout::Order::K)?;
        return copy_into_fpe(&tmp, dst);
    }
    let _borrows = Borrows::acquire(&[&src.buffer], &[&dst.buffer])?;
    // SAFETY (for the raw pointers below): the borrows above are held until the end of this
    // function and the buffers are distinct (same-buffer overlap was handled above; a same
    // buffer without overlap is borrowed once, exclusively).
    let sbase = unsafe { src.buffer.as_ptr_untracked() } as *const u8;
    // SAFETY: as above; the destination is borrowed exclusively.
    let dbase = unsafe { dst.buffer.as_ptr_untracked() };
    let plan = StridedPlan::new(
        dst.shape(),
        [dst.strides(), src.strides()],
        [dst.offset(), src.offset()],
        false,
    );
    if src.dtype == dst.dtype {
        if let Some(t) = Transpose2d::detect(src, dst) {
            // SAFETY: `detect` checked that both views are 2-d with the strides it records,
            // inside their borrowed buffers (checked layouts), and distinct or non-overlapping.
            unsafe { t.run(sbase, dbase) };
            return Ok(0);
        }
        copy_bytes(&plan, sbase, dbase, src.itemsize());
        return Ok(0);
    }
    if !src.dtype.is_numeric() || !dst.dtype.is_numeric() {
        drop(_borrows);
        return convert_items(src, dst).map(|()| 0);
    }
    if let (Some(from), Some(to), true) = (
        src.dtype.scalar_type(),
        dst.dtype.scalar_type(),
        src.dtype.is_native() && dst.dtype.is_native(),
    ) {
        drop(_borrows);
        super::cast::take_fpe();
        super::run::run_elementwise(super::cast::cast_loop_for(from, to), [src, dst])?;
        return Ok(super::cast::take_fpe());
    }
    let (sswap, dswap) = (!src.dtype.is_native(), !dst.dtype.is_native());
    let mut flags = 0;
    crate::dispatch_numeric!(src.dtype.numeric("conversion")?, S => {
        crate::dispatch_numeric!(dst.dtype.numeric("conversion")?, D => {
            plan.for_each_run(|[od, os], [sd, ss], n| {
                for i in 0..n as isize {
                    // SAFETY: offsets from a plan over checked layouts (module invariant).
                    let v: S = unsafe { load(sbase, os + i * ss, sswap) };
                    let (w, f) = D::from_cast_source_fpe(v.cast_source());
                    flags |= f;
                    // SAFETY: as for the load; the destination item is inside its buffer.
                    unsafe { store::<D>(dbase, od + i * sd, w, dswap) };
                }
            })
        })
    });
    Ok(flags)
}

/// NumPy 2's warnings for a numeric cast from `src` to `dst` whose loops reported the FPE bits
/// `flags`, in NumPy's order: `ComplexWarning` when complex values go to a real non-bool type
/// (NumPy 1.x too, for every call), then the floating-point ones (overflow before invalid,
/// each at most once per call; NumPy 1.x casts raised none, so Legacy mode raises none).
pub(crate) fn raise_cast_warnings(src: &Array, dst: &Array, flags: u8, ufunc: Option<(&str, u8)>) {
    use crate::warnings::{warn, Category, Warning};
    let kind = |a: &Array| a.dtype.scalar_type().map(|t| t.info().kind);
    if kind(src) == Some('c') && !matches!(kind(dst), Some('c' | 'b') | None) {
        warn(Warning::new(
            Category::ComplexWarning,
            "Casting complex values to real discards the imaginary part",
        ));
    }
    if flags == 0 && ufunc.is_none_or(|(_, loop_flags)| loop_flags == 0) {
        return;
    }
    cast_flags(flags, ufunc);
}

/// [`raise_cast_warnings`]'s floating-point part, once something was raised.
#[cold]
#[inline(never)]
fn cast_flags(flags: u8, ufunc: Option<(&str, u8)>) {
    // NumPy 1.x checks the floating-point flags after ufuncs only, not after casts.
    let legacy = crate::promote::current_mode() == crate::PromotionMode::Legacy;
    // The cast's bits as the status register's, handled with the loop's as one report.
    let mut all = ufunc.map_or(0, |(_, loop_flags)| loop_flags);
    for (bit, flag) in [
        (crate::element::FPE_OVERFLOW, super::fpstatus::OVERFLOW),
        (crate::element::FPE_UNDERFLOW, super::fpstatus::UNDERFLOW),
        (crate::element::FPE_INVALID, super::fpstatus::INVALID),
    ] {
        if flags & bit != 0 {
            all |= flag;
        }
    }
    match ufunc {
        Some((name, _)) if all != 0 => super::fpstatus::warn_flags(all, name),
        None if all != 0 && !legacy => super::fpstatus::warn_flags(all, "cast"),
        _ => {}
    }
}

/// Raw item copies along a plan (same dtype both sides): memmove for contiguous runs, typed
/// word copies otherwise.
fn copy_bytes(plan: &StridedPlan<2>, src: *const u8, dst: *mut u8, itemsize: usize) {
    macro_rules! words {
        ($w:ty) => {
            plan.for_each_run(|[od, os], [sd, ss], n| {
                if sd == itemsize as isize && ss == itemsize as isize {
                    // SAFETY: both runs lie in their buffers (module invariant); distinct
                    // buffers or non-overlapping ranges (checked by the caller).
                    unsafe { std::ptr::copy(src.offset(os), dst.offset(od), n * itemsize) };
                    return;
                }
                for i in 0..n as isize {
                    // SAFETY: as above, item by item.
                    unsafe {
                        let v = std::ptr::read_unaligned(src.offset(os + i * ss).cast::<$w>());
                        std::ptr::write_unaligned(dst.offset(od + i * sd).cast::<$w>(), v);
                    }
                }
            })
        };
    }
    match itemsize {
        1 => words!(u8),
        2 => words!(u16),
        4 => words!(u32),
        8 => words!(u64),
        16 => words!(u128),
        _ => plan.for_each_run(|[od, os], [sd, ss], n| {
            for i in 0..n as isize {
                // SAFETY: as above, `itemsize` bytes per item.
                unsafe {
                    std::ptr::copy(src.offset(os + i * ss), dst.offset(od + i * sd), itemsize)
                };
            }
        }),
    }
}

/// The items of `a` in C order as raw bytes (for `tobytes`), in `a`'s own byte order.
pub(crate) fn to_bytes_c(a: &Array) -> Result<Vec<u8>> {
    let itemsize = a.itemsize();
    let nbytes = a.nbytes();
    let c_strides =
        crate::layout::Layout::contiguous(a.shape(), itemsize, crate::layout::Order::C)?;
    let guard = a.buffer.read()?;
    let src = guard.ptr();
    // Every byte of `out` is written below before `set_len`: zero-filling it first would cost
    // a pass over the output.
    let mut out = Vec::<u8>::with_capacity(nbytes);
    let dst = out.as_mut_ptr();
    super::transpose::advise_huge_pages(dst, nbytes);
    if let Some(t) = Transpose2d::detect_layouts(a, &c_strides) {
        // SAFETY: `a`'s layout is checked against its borrowed buffer; the destination is the
        // fresh allocation, C-contiguous with exactly `rows * cols` items.
        unsafe { t.run(src, dst) };
    } else {
        let plan = StridedPlan::new(
            a.shape(),
            [c_strides.strides(), a.strides()],
            [0, a.offset()],
            false,
        );
        copy_bytes(&plan, src, dst, itemsize);
    }
    // SAFETY: the C-contiguous layout of `a`'s shape covers exactly `nbytes` bytes and both
    // copies above write every item of it, so all `nbytes` bytes are initialized.
    unsafe { out.set_len(nbytes) };
    Ok(out)
}

/// The items of `a` in C order, converted to native order; `T` is `a`'s element type.
pub(crate) fn to_vec_typed<T: Element>(a: &Array) -> Result<Vec<T>> {
    let guard = a.buffer.read()?;
    let swap = !a.dtype.is_native();
    let mut out = Vec::with_capacity(a.size());
    let plan = StridedPlan::new(a.shape(), [a.strides()], [a.offset()], true);
    let base = guard.ptr();
    plan.for_each_run(|[o], [s], n| {
        for i in 0..n as isize {
            // SAFETY: item offsets from a plan over a checked layout (module invariant).
            out.push(unsafe { load::<T>(base, o + i * s, swap) });
        }
    });
    Ok(out)
}

/// Item-by-item conversion through [`Scalar`] values, for dtypes without a fast loop
/// (strings, void, records). Both arrays are visited in C order; `src` and `dst` do not
/// overlap (the caller copied `src` otherwise).
fn convert_items(src: &Array, dst: &Array) -> Result<()> {
    let values: Vec<Scalar> = {
        let guard = src.buffer.read()?;
        let bytes = guard.bytes();
        let size = src.itemsize();
        let mut out = Vec::with_capacity(src.size());
        let plan = StridedPlan::new(src.shape(), [src.strides()], [src.offset()], true);
        let mut result = Ok(());
        plan.for_each_run(|[o], [s], n| {
            for i in 0..n as isize {
                let start = (o + i * s) as usize;
                match bytes
                    .get(start..start + size)
                    .map(|b| crate::items::decode(b, &src.dtype))
                {
                    Some(Ok(v)) => out.push(v),
                    Some(Err(e)) => result = Err(e),
                    None => result = Err(Error::Index("item outside its buffer".into())),
                }
            }
        });
        result?;
        out
    };
    let mut guard = dst.buffer.write()?;
    let bytes = guard.bytes_mut();
    let size = dst.itemsize();
    let plan = StridedPlan::new(dst.shape(), [dst.strides()], [dst.offset()], true);
    let mut values = values.iter();
    let mut result = Ok(());
    plan.for_each_run(|[o], [s], n| {
        for i in 0..n as isize {
            let start = (o + i * s) as usize;
            let (Some(slot), Some(v)) = (bytes.get_mut(start..start + size), values.next()) else {
                result = Err(Error::Index("item outside its buffer".into()));
                return;
            };
            // NumPy reports the first item that fails, in C order.
            if let (Err(e), true) = (crate::items::encode(v, &dst.dtype, slot), result.is_ok()) {
                result = Err(e);
            }
        }
    });
    result
}

/// Copies the items of `src` into `dst` where the bool array `mask` is true (all three of
/// the same shape; `src` has `dst`'s dtype).
pub(crate) fn copy_where(src: &Array, dst: &Array, mask: &Array) -> Result<()> {
    if src.shape() != dst.shape() || mask.shape() != dst.shape() || src.dtype != dst.dtype {
        return Err(Error::Value(
            "masked copy between different shapes or dtypes".into(),
        ));
    }
    if !dst.writeable {
        return Err(Error::ReadOnly);
    }
    if std::sync::Arc::ptr_eq(&src.buffer, &dst.buffer)
        && crate::overlap::may_share_memory(src, dst)
    {
        let tmp = src.copy(crate::layout::Order::K)?;
        return copy_where(&tmp, dst, mask);
    }
    let _borrows = Borrows::acquire(&[&src.buffer, &mask.buffer], &[&dst.buffer])?;
    // SAFETY: the borrows above are held until the end of this function.
    let (sbase, mbase, dbase) = unsafe {
        (
            src.buffer.as_ptr_untracked() as *const u8,
            mask.buffer.as_ptr_untracked() as *const u8,
            dst.buffer.as_ptr_untracked(),
        )
    };
    let size = src.itemsize();
    let plan = StridedPlan::new(
        dst.shape(),
        [dst.strides(), src.strides(), mask.strides()],
        [dst.offset(), src.offset(), mask.offset()],
        false,
    );
    plan.for_each_run(|[od, os, om], [sd, ss, sm], n| {
        for i in 0..n as isize {
            // SAFETY: item offsets from a plan over checked layouts (module invariant); the
            // source was copied above if it could overlap the destination.
            unsafe {
                if *mbase.offset(om + i * sm) != 0 {
                    std::ptr::copy_nonoverlapping(
                        sbase.offset(os + i * ss),
                        dbase.offset(od + i * sd),
                        size,
                    );
                }
            }
        }
    });
    Ok(())
}
