//! Zero-copy interop: the buffer protocol out of numrs arrays (so `memoryview(x)`,
//! `bytes(x.data)` and `numpy.asarray(x)` share memory), and foreign memory in (a NumPy
//! array, `bytes`, `bytearray`, `memoryview`) as numrs arrays that keep their owner alive.
//!
//! This is the one file of the package with `unsafe`: the C buffer protocol is raw pointers.

use crate::convert::to_dtype;
use crate::errors::{run, unsupported};
use crate::ndarray::PyNdArray;
use numrs::buffer::Buffer;
use numrs::{Array, DType};
use pyo3::buffer::PyUntypedBuffer;
use pyo3::exceptions::PyBufferError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyMemoryView, PyString};
use std::ffi::CString;
use std::os::raw::c_int;
use std::sync::{Arc, Mutex, Weak};

/// What an exported `Py_buffer` points into; freed in `__releasebuffer__`.
struct Export {
    format: CString,
    shape: Vec<isize>,
    strides: Vec<isize>,
}

/// The `struct`-module format of a dtype, as NumPy exports it.
fn buffer_format(d: &DType) -> PyResult<String> {
    if let Some(ty) = d.scalar_type() {
        use numrs::dtype::ScalarType as T;
        let code = match ty {
            T::Bool => "?",
            T::Int8 => "b",
            T::UInt8 => "B",
            T::Int16 => "h",
            T::UInt16 => "H",
            T::Int32 => "i",
            T::UInt32 => "I",
            T::Int64 => "l",
            T::UInt64 => "L",
            T::Float16 => "e",
            T::Float32 => "f",
            T::Float64 => "d",
            T::Complex64 => "Zf",
            T::Complex128 => "Zd",
        };
        return Ok(match d.byteorder() {
            '<' if cfg!(target_endian = "big") => format!("<{code}"),
            '>' if cfg!(target_endian = "little") => format!(">{code}"),
            _ => code.to_string(),
        });
    }
    if let Some((base, shape)) = d.subdtype() {
        let dims: Vec<String> = shape.iter().map(|s| s.to_string()).collect();
        return Ok(format!("({}){}", dims.join(","), buffer_format(base)?));
    }
    if let Some(fields) = d.fields() {
        let mut fields: Vec<_> = fields.iter().collect();
        fields.sort_by_key(|f| f.offset);
        let mut out = String::from("T{");
        let mut at = 0;
        for f in fields {
            if f.offset < at {
                return Err(unsupported("exporting overlapping record fields"));
            }
            if f.offset > at {
                out.push_str(&format!("{}x", f.offset - at));
            }
            out.push_str(&format!("{}:{}:", buffer_format(&f.dtype)?, f.name));
            at = f.offset + f.dtype.itemsize();
        }
        if d.itemsize() > at {
            out.push_str(&format!("{}x", d.itemsize() - at));
        }
        out.push('}');
        return Ok(out);
    }
    Ok(match d.kind() {
        'S' => format!("{}s", d.itemsize()),
        'U' => format!("{}w", d.itemsize() / 4),
        _ => format!("{}x", d.itemsize()),
    })
}

/// Fills `view` for `__getbuffer__`.
///
/// # Safety
/// `view` must be a valid `Py_buffer` to fill, as CPython passes to `bf_getbuffer`.
pub unsafe fn get_buffer(
    slf: Bound<'_, PyNdArray>,
    view: *mut ffi::Py_buffer,
    flags: c_int,
) -> PyResult<()> {
    if view.is_null() {
        return Err(PyBufferError::new_err("View is null"));
    }
    let arr = slf.borrow().arr.clone();
    if flags & ffi::PyBUF_WRITABLE == ffi::PyBUF_WRITABLE && !arr.is_writeable() {
        return Err(PyBufferError::new_err("buffer source array is read-only"));
    }
    let want_strides = flags & ffi::PyBUF_STRIDES == ffi::PyBUF_STRIDES;
    let want_shape = flags & ffi::PyBUF_ND == ffi::PyBUF_ND;
    let flags_c = arr.flags();
    if !want_strides && !flags_c.c_contiguous {
        return Err(PyBufferError::new_err("ndarray is not C-contiguous"));
    }
    if flags & ffi::PyBUF_C_CONTIGUOUS == ffi::PyBUF_C_CONTIGUOUS && !flags_c.c_contiguous {
        return Err(PyBufferError::new_err("ndarray is not C-contiguous"));
    }
    if flags & ffi::PyBUF_F_CONTIGUOUS == ffi::PyBUF_F_CONTIGUOUS && !flags_c.f_contiguous {
        return Err(PyBufferError::new_err("ndarray is not Fortran contiguous"));
    }
    if flags & ffi::PyBUF_ANY_CONTIGUOUS == ffi::PyBUF_ANY_CONTIGUOUS
        && !(flags_c.c_contiguous || flags_c.f_contiguous)
    {
        return Err(PyBufferError::new_err("ndarray is not contiguous"));
    }
    let format = CString::new(buffer_format(arr.dtype())?)
        .map_err(|_| PyBufferError::new_err("bad format"))?;
    let mut export = Box::new(Export {
        format,
        shape: arr.shape().iter().map(|&d| d as isize).collect(),
        strides: arr.strides().to_vec(),
    });
    // SAFETY: the pointer is only handed to the consumer, which reads (or, when the array is
    // writeable, writes) the array's bytes, all inside the buffer (layouts are checked);
    // `obj` below keeps the array, and so its buffer, alive until the view is released.
    let base = unsafe { arr.buffer().as_ptr_untracked() };
    let data = base.wrapping_add(arr.offset());
    // SAFETY: `view` is valid per this function's contract; every pointer stored in it stays
    // valid until `__releasebuffer__` frees `export` and CPython drops `obj`.
    unsafe {
        (*view).obj = slf.into_any().into_ptr();
        (*view).buf = data.cast();
        (*view).len = arr.nbytes() as isize;
        (*view).readonly = c_int::from(!arr.is_writeable());
        (*view).itemsize = arr.itemsize() as isize;
        (*view).format = if flags & ffi::PyBUF_FORMAT == ffi::PyBUF_FORMAT {
            export.format.as_ptr() as *mut _
        } else {
            std::ptr::null_mut()
        };
        (*view).ndim = arr.ndim() as c_int;
        (*view).shape = if want_shape {
            export.shape.as_mut_ptr()
        } else {
            std::ptr::null_mut()
        };
        (*view).strides = if want_strides {
            export.strides.as_mut_ptr()
        } else {
            std::ptr::null_mut()
        };
        (*view).suboffsets = std::ptr::null_mut();
        (*view).internal = Box::into_raw(export).cast();
    }
    Ok(())
}

/// Frees what `get_buffer` allocated.
///
/// # Safety
/// `view` must be a view filled by `get_buffer`, released once.
pub unsafe fn release_buffer(view: *mut ffi::Py_buffer) {
    // SAFETY: `internal` was set from `Box::into_raw` in `get_buffer` and is freed only here.
    unsafe {
        let internal = (*view).internal.cast::<Export>();
        if !internal.is_null() {
            drop(Box::from_raw(internal));
            (*view).internal = std::ptr::null_mut();
        }
    }
}

#[pymethods]
impl PyNdArray {
    unsafe fn __getbuffer__(
        slf: Bound<'_, Self>,
        view: *mut ffi::Py_buffer,
        flags: c_int,
    ) -> PyResult<()> {
        // SAFETY: CPython passes a valid view to fill.
        unsafe { get_buffer(slf, view, flags) }
    }

    unsafe fn __releasebuffer__(&self, view: *mut ffi::Py_buffer) {
        // SAFETY: CPython passes back a view `__getbuffer__` filled.
        unsafe { release_buffer(view) }
    }
}

/// The lowest byte offset a layout reaches, and the number of bytes it spans.
fn extent(shape: &[usize], strides: &[isize], itemsize: usize) -> (isize, usize) {
    if shape.contains(&0) {
        return (0, 0);
    }
    let (mut lo, mut hi) = (0isize, 0isize);
    for (&n, &s) in shape.iter().zip(strides) {
        let reach = s.saturating_mul(n as isize - 1);
        if reach < 0 {
            lo = lo.saturating_add(reach);
        } else {
            hi = hi.saturating_add(reach);
        }
    }
    (
        lo,
        (hi.saturating_sub(lo) as usize).saturating_add(itemsize),
    )
}

/// A numrs buffer over an exported Python buffer; the export is released when numrs drops it.
fn adopt(buf: PyUntypedBuffer, lo: isize, len: usize) -> Arc<Buffer> {
    let writeable = !buf.readonly();
    let start = (buf.buf_ptr() as *mut u8).wrapping_offset(lo);
    // SAFETY: `start..start+len` is the span the exporter's own shape and strides reach, valid
    // while the export lives; the export is the buffer's owner, so it outlives every view.
    unsafe { Buffer::from_foreign(start, len, Box::new(buf), writeable) }
}

fn dtype_of_format(format: &str, itemsize: usize) -> PyResult<DType> {
    let f = format.trim_start_matches(['@', '=']);
    let (order, code) = match f.chars().next() {
        Some(c @ ('<' | '>' | '!')) => (if c == '!' { '>' } else { c }, &f[1..]),
        _ => ('=', f),
    };
    let base = match code {
        "?" => "b1",
        "b" => "i1",
        "B" | "" => "u1",
        "h" => "i2",
        "H" => "u2",
        "i" => "i4",
        "I" => "u4",
        "l" | "q" => "i8",
        "L" | "Q" => "u8",
        "e" => "f2",
        "f" => "f4",
        "d" => "f8",
        "Zf" => "c8",
        "Zd" => "c16",
        "c" => "S1",
        _ if code.ends_with('s') => return run(|| DType::parse(&format!("S{itemsize}"))),
        _ => return Err(unsupported(format!("buffers of format '{format}'"))),
    };
    let spec = if order == '=' {
        base.to_string()
    } else {
        format!("{order}{base}")
    };
    run(|| DType::parse(&spec))
}

/// Live numrs buffers over foreign memory, by the identity of the object that exports it, so
/// that every import of the same memory shares one `Buffer` (and so its borrow tracking and
/// overlap detection). An entry's buffer holds the export, which holds the object: its id
/// cannot be reused while the entry is live.
static FOREIGN: Mutex<Vec<(usize, Weak<Buffer>)>> = Mutex::new(Vec::new());

/// The object that owns the memory behind `obj`: down NumPy's `.base` chain (and through
/// memoryviews), stopping at numrs arrays and at objects that are not arrays.
fn memory_root<'py>(obj: &Bound<'py, PyAny>) -> Bound<'py, PyAny> {
    let mut cur = obj.clone();
    for _ in 0..64 {
        if cur.cast::<PyNdArray>().is_ok() {
            return cur;
        }
        let next = if let Ok(m) = cur.cast::<PyMemoryView>() {
            m.getattr("obj").ok()
        } else if cur.hasattr("__array_interface__").unwrap_or(false) {
            cur.getattr("base").ok()
        } else {
            None
        };
        match next {
            Some(n) if !n.is_none() => cur = n,
            _ => return cur,
        }
    }
    cur
}

/// The one numrs buffer over `root`'s memory (exported now if no live one exists).
fn root_buffer(root: &Bound<'_, PyAny>) -> PyResult<Arc<Buffer>> {
    if let Ok(nd) = root.cast::<PyNdArray>() {
        return Ok(nd.borrow().arr.buffer().clone());
    }
    let key = root.as_ptr() as usize;
    let mut table = FOREIGN.lock().unwrap_or_else(|e| e.into_inner());
    table.retain(|(_, w)| w.strong_count() > 0);
    if let Some(b) = table
        .iter()
        .find(|(k, _)| *k == key)
        .and_then(|(_, w)| w.upgrade())
    {
        return Ok(b);
    }
    let buf = PyUntypedBuffer::get(root)?;
    let shape = buf.shape().to_vec();
    let strides = buf.strides().to_vec();
    let (lo, len) = extent(&shape, &strides, buf.item_size());
    let b = adopt(buf, lo, len);
    table.push((key, Arc::downgrade(&b)));
    Ok(b)
}

/// A numrs array over the memory of a foreign object that exports the buffer protocol (a
/// NumPy array, `bytes`, `bytearray`, `memoryview`, `array.array`), without copying; `None`
/// for objects that do not. The array's dtype comes from `__array_interface__` when the
/// object has one (NumPy arrays), else from the buffer's format.
pub fn foreign_array(obj: &Bound<'_, PyAny>) -> PyResult<Option<Array>> {
    if obj.cast::<PyNdArray>().is_ok() || obj.is_instance_of::<PyString>() {
        return Ok(None);
    }
    let Ok(buf) = PyUntypedBuffer::get(obj) else {
        return Ok(None);
    };
    let dtype = match obj.getattr("__array_interface__") {
        Ok(ai) => {
            let descr = ai.get_item("descr")?;
            let typestr = ai.get_item("typestr")?;
            if typestr.extract::<String>()?.starts_with("|V") && descr.len()? > 1 {
                to_dtype(&descr, false)?
            } else {
                to_dtype(&typestr, false)?
            }
        }
        Err(_) => dtype_of_format(buf.format().to_str().unwrap_or("B"), buf.item_size())?,
    };
    if dtype.itemsize() != buf.item_size() {
        return Err(unsupported(format!(
            "buffers whose item size {} differs from their dtype's",
            buf.item_size()
        )));
    }
    let shape = buf.shape().to_vec();
    let strides = buf.strides().to_vec();
    let data = buf.buf_ptr() as usize;
    let readonly = buf.readonly();
    // Prefer the shared buffer of the memory's owner; fall back to this export alone.
    let shared = root_buffer(&memory_root(obj)).ok().and_then(|b| {
        let offset = data.checked_sub(b.address())?;
        Array::from_buffer_layout(b, dtype.clone(), &shape, &strides, offset).ok()
    });
    let mut arr = match shared {
        Some(a) => {
            drop(buf);
            a
        }
        None => {
            let (lo, len) = extent(&shape, &strides, buf.item_size());
            let buffer = adopt(buf, lo, len);
            run(|| Array::from_buffer_layout(buffer, dtype, &shape, &strides, (-lo) as usize))?
        }
    };
    if readonly && arr.is_writeable() {
        run(|| arr.set_writeable(false))?;
    }
    Ok(Some(arr))
}

/// The raw bytes of a foreign buffer (for `frombuffer`), shared, C-contiguous.
pub fn foreign_bytes(obj: &Bound<'_, PyAny>) -> PyResult<Arc<Buffer>> {
    let buf = PyUntypedBuffer::get(obj)?;
    if !buf.is_c_contiguous() {
        return Err(pyo3::exceptions::PyValueError::new_err(
            "ndarray is not C-contiguous",
        ));
    }
    let root = memory_root(obj);
    if root.is(obj) {
        if let Ok(b) = root_buffer(&root) {
            return Ok(b);
        }
    }
    let len = buf.len_bytes();
    Ok(adopt(buf, 0, len))
}
