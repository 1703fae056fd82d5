//! [`Array`]: a view of a buffer through a dtype and a layout.
//!
//! ```text
//!   Array x (owns)           Array y = x[::-1]  (view; y.base() is x)
//!   dtype int32               dtype int32
//!   shape (3,) strides (4,)   shape (3,) strides (-4,)  offset 8
//!        │                         │
//!        ▼                         ▼
//!   Buffer: [01 00 00 00 | 02 00 00 00 | 03 00 00 00]   (one Arc, shared)
//! ```

use crate::buffer::{Buffer, BufferHandle};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::layout::{Layout, Order};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

/// Ids are handed out to each thread in blocks of this many from one global counter, so
/// making an array costs a thread-local increment instead of a read-modify-write of a
/// shared cache line (which costs tens of cycles, more when threads contend).
const ID_BLOCK: u64 = 1 << 16;
static NEXT_ID_BLOCK: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// The next id of this thread's block and the end of the block.
    static IDS: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// A new array identity, distinct from every other one in the process.
#[inline(always)]
fn new_id() -> u64 {
    IDS.try_with(|ids| {
        let (next, end) = ids.get();
        if next < end {
            ids.set((next + 1, end));
            next
        } else {
            new_id_block(ids)
        }
    })
    // During thread teardown: the first id of a block of its own from the global counter.
    .unwrap_or_else(|_| NEXT_ID_BLOCK.fetch_add(ID_BLOCK, Ordering::Relaxed))
}

#[cold]
fn new_id_block(ids: &Cell<(u64, u64)>) -> u64 {
    // 2^64 ids last for centuries at any allocation rate, so the counter does not wrap.
    let start = NEXT_ID_BLOCK.fetch_add(ID_BLOCK, Ordering::Relaxed);
    ids.set((start + 1, start + ID_BLOCK));
    start
}

/// A runtime-typed N-dimensional array: bytes + dtype + shape/strides/offset, as NumPy's
/// ndarray. Cloning an `Array` is cheap and yields the same array object (like binding a second
/// Python name to it); views made from it share its bytes.
///
/// ```
/// use numrs::{s, DType};
/// let x = numrs::arange(0.0, 6.0, 1.0, Some(DType::INT32)).unwrap();
/// let y = x.slice(s![..;-2]).unwrap();
/// assert_eq!(y.strides(), &[-8]);
/// assert_eq!(format!("{y:?}"), "array([5, 3, 1], dtype=int32)");
/// assert!(y.base().unwrap().is(&x));
/// x.set(&[5], 9.into()).unwrap();
/// assert_eq!(y.get(&[0]).unwrap(), numrs::Scalar::I32(9));
/// ```
#[derive(Clone)]
pub struct Array {
    pub(crate) buffer: BufferHandle,
    pub(crate) dtype: DType,
    pub(crate) layout: Layout,
    pub(crate) base: Option<Arc<Array>>,
    pub(crate) owndata: bool,
    pub(crate) writeable: bool,
    /// False only for the intermediate object `as_strided` puts between a view and its source
    /// (NumPy's `DummyArray`), which base collapsing must not walk through.
    pub(crate) is_ndarray: bool,
    /// True for an `as_strided` view: its base is an intermediate object (NumPy's
    /// `DummyArray`) whose base is `base`. The intermediate is made only when asked for
    /// (see [`Array::base`]), so a view costs no allocation for it.
    via_dummy: bool,
    id: u64,
    /// Made on first use and kept. For an `as_strided` view (`via_dummy`): its intermediate
    /// object, once [`Array::base`] has made it (a function of `id` and `base`, so never
    /// compared). For any other array: a snapshot of it in an `Arc`, made when the first view
    /// records it as its base and shared by later views (so making a view allocates nothing),
    /// used only while it still equals the array (see [`Array::shared`]). One slot for both
    /// keeps `Array` small enough to move without a `memcpy` call.
    lazy: OnceLock<Arc<Array>>,
}

/// Ids of the intermediate objects of `as_strided` views: the view's id with this bit set.
/// The counter of ordinary ids never reaches it, so these ids collide with no other array's,
/// and each view's intermediate keeps one identity however often it is made.
const DUMMY_ID_BIT: u64 = 1 << 63;

/// The six flags NumPy prints for `x.flags`, computed from the layout (never cached).
///
/// ```
/// let x = numrs::zeros(&[2, 3], numrs::DType::INT8).unwrap();
/// let f = x.t().flags();
/// assert!(!f.c_contiguous && f.f_contiguous && !f.owndata);
/// assert!(f.to_string().starts_with("  C_CONTIGUOUS : False\n  F_CONTIGUOUS : True\n"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flags {
    /// C_CONTIGUOUS
    pub c_contiguous: bool,
    /// F_CONTIGUOUS
    pub f_contiguous: bool,
    /// OWNDATA
    pub owndata: bool,
    /// WRITEABLE
    pub writeable: bool,
    /// ALIGNED
    pub aligned: bool,
    /// WRITEBACKIFCOPY (always false: numrs never needs write-back copies)
    pub writebackifcopy: bool,
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// Prints as NumPy's `repr(x.flags)`.
impl std::fmt::Display for Flags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (name, v) in [
            ("C_CONTIGUOUS", self.c_contiguous),
            ("F_CONTIGUOUS", self.f_contiguous),
            ("OWNDATA", self.owndata),
            ("WRITEABLE", self.writeable),
            ("ALIGNED", self.aligned),
            ("WRITEBACKIFCOPY", self.writebackifcopy),
        ] {
            writeln!(f, "  {name} : {}", py_bool(v))?;
        }
        Ok(())
    }
}

impl Array {
    /// Assembles an array from checked parts (the layout has been verified against the buffer).
    #[inline]
    pub(crate) fn from_parts(
        buffer: Arc<Buffer>,
        dtype: DType,
        layout: Layout,
        base: Option<Arc<Array>>,
        owndata: bool,
    ) -> Array {
        let writeable = buffer.is_writeable();
        Array {
            buffer: buffer.into(),
            dtype,
            layout,
            base,
            owndata,
            writeable,
            is_ndarray: true,
            via_dummy: false,
            id: new_id(),
            lazy: OnceLock::new(),
        }
    }

    /// A fresh zero-filled array that owns its data.
    pub(crate) fn new_owned(shape: &[usize], dtype: DType, order: Order) -> Result<Array> {
        Self::fresh(shape, dtype, order, Buffer::zeroed)
    }

    /// A fresh array whose every item the caller writes before anyone else sees it (a
    /// kernel's output): its bytes are initialized but not necessarily zero.
    #[inline]
    pub(crate) fn new_output(shape: &[usize], dtype: DType, order: Order) -> Result<Array> {
        Self::fresh(shape, dtype, order, Buffer::for_output)
    }

    #[inline]
    fn fresh(
        shape: &[usize],
        dtype: DType,
        order: Order,
        alloc: fn(usize) -> Result<Arc<Buffer>>,
    ) -> Result<Array> {
        let mut layout = Layout::contiguous(shape, dtype.itemsize(), order)?;
        if layout.size() == 0 {
            // NumPy 2 gives freshly allocated empty arrays all-zero strides.
            layout.axes_mut().1.fill(0);
        }
        let nbytes = layout.size() * dtype.itemsize();
        let buffer = alloc(nbytes)?;
        Ok(Array::from_parts(buffer, dtype, layout, None, true))
    }

    /// The object a view of `self` records as its base: `self` if it owns its data or is not
    /// itself a view, else (NumPy's collapsing rule) the first owner or non-ndarray down the
    /// chain. Bases down the chain are already shared, so no allocation happens there.
    #[inline]
    pub(crate) fn base_for_view(&self) -> Arc<Array> {
        let mut found = match &self.base {
            Some(b) if !self.owndata && !self.via_dummy && b.is_ndarray => b,
            _ => return self.shared(),
        };
        while !found.owndata {
            match &found.base {
                Some(b) if !found.via_dummy && b.is_ndarray => found = b,
                _ => break,
            }
        }
        found.clone()
    }

    /// `self` in an `Arc`: the cached snapshot, made on first use. Every change of a field
    /// through `&mut self` (`set_writeable`, `set_dtype`, a layout set on a fresh output)
    /// drops the snapshot with [`Array::fields_changed`], so a cached one always equals `self`
    /// (checked in debug builds) and a view pays no field-by-field comparison.
    #[inline]
    pub(crate) fn shared(&self) -> Arc<Array> {
        if self.via_dummy {
            // Its slot holds the intermediate object: such views are rarely viewed again.
            return Arc::new(self.snapshot());
        }
        match self.lazy.get() {
            Some(cached) => {
                debug_assert!(
                    cached.same_state(self),
                    "stale snapshot: a field changed without fields_changed()"
                );
                cached.clone()
            }
            None => self.shared_slow(),
        }
    }

    /// Forgets the cached snapshot of [`Array::shared`]: to be called after any field of
    /// `self` is assigned, since views taken afterwards must record the new state as base.
    #[inline]
    pub(crate) fn fields_changed(&mut self) {
        self.lazy = OnceLock::new();
    }

    /// [`Array::shared`] when there is no usable snapshot yet, out of line so that the
    /// common case stays small enough to inline into every view.
    #[cold]
    #[inline(never)]
    fn shared_slow(&self) -> Arc<Array> {
        let cached = self.lazy.get_or_init(|| Arc::new(self.snapshot()));
        if cached.same_state(self) {
            cached.clone()
        } else {
            Arc::new(self.snapshot())
        }
    }

    /// A copy of every field but the cached snapshot.
    #[inline]
    pub(crate) fn snapshot(&self) -> Array {
        Array {
            buffer: self.buffer.clone(),
            dtype: self.dtype.clone(),
            layout: self.layout.clone(),
            base: self.base.clone(),
            owndata: self.owndata,
            writeable: self.writeable,
            is_ndarray: self.is_ndarray,
            via_dummy: self.via_dummy,
            id: self.id,
            // An `as_strided` view's snapshot keeps its intermediate object (one identity).
            lazy: if self.via_dummy {
                self.lazy.clone()
            } else {
                OnceLock::new()
            },
        }
    }

    /// Whether `self` and `other` agree in every field but the cached snapshot.
    #[inline]
    fn same_state(&self, other: &Array) -> bool {
        let same_base = match (&self.base, &other.base) {
            (None, None) => true,
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        self.id == other.id
            && Arc::ptr_eq(&self.buffer, &other.buffer)
            && same_base
            && self.owndata == other.owndata
            && self.writeable == other.writeable
            && self.is_ndarray == other.is_ndarray
            && self.via_dummy == other.via_dummy
            && self.layout == other.layout
            && self.dtype == other.dtype
    }

    /// A view of the same buffer with another dtype and layout, checked against the buffer.
    #[inline]
    pub(crate) fn view_with(&self, dtype: DType, layout: Layout) -> Result<Array> {
        let base = self.base_for_view();
        self.view_with_base(dtype, layout, base)
    }

    /// As [`Array::view_with`], recording `base` as the view's base.
    #[inline]
    pub(crate) fn view_with_base(
        &self,
        dtype: DType,
        layout: Layout,
        base: Arc<Array>,
    ) -> Result<Array> {
        layout.check(dtype.itemsize(), self.buffer.len())?;
        Ok(self.view_parts(dtype, layout, base, true))
    }

    /// A view of `self`'s buffer from parts the caller has checked against it (inv. 4).
    #[inline]
    pub(crate) fn view_parts(
        &self,
        dtype: DType,
        layout: Layout,
        base: Arc<Array>,
        is_ndarray: bool,
    ) -> Array {
        Array {
            buffer: self.buffer.clone(),
            dtype,
            layout,
            base: Some(base),
            owndata: false,
            writeable: self.writeable,
            is_ndarray,
            via_dummy: false,
            id: new_id(),
            lazy: OnceLock::new(),
        }
    }

    /// An `as_strided` view of `self`'s buffer, from `self`'s offset, with a shape and strides
    /// the caller has checked against it (inv. 4). Its base is NumPy's intermediate
    /// `DummyArray`, whose base is `self`. Takes the layout's parts, so that the layout is
    /// built once, in place.
    #[inline(always)]
    pub(crate) fn strided_view(&self, shape: &[usize], strides: &[isize]) -> Array {
        Array {
            buffer: self.buffer.clone(),
            dtype: self.dtype.clone(),
            layout: Layout::from_slices_unchecked(shape, strides, self.offset()),
            base: Some(self.shared()),
            owndata: false,
            writeable: self.writeable,
            is_ndarray: true,
            via_dummy: true,
            id: new_id(),
            lazy: OnceLock::new(),
        }
    }

    /// The intermediate object between an `as_strided` view and its source: the source's
    /// interface and the source as its base, not an ndarray (NumPy's `DummyArray`).
    #[cold]
    #[inline(never)]
    fn make_dummy(&self, src: &Arc<Array>) -> Arc<Array> {
        Arc::new(Array {
            buffer: src.buffer.clone(),
            dtype: src.dtype.clone(),
            layout: src.layout.clone(),
            base: Some(src.clone()),
            owndata: false,
            writeable: src.writeable,
            is_ndarray: false,
            via_dummy: false,
            id: self.id | DUMMY_ID_BIT,
            lazy: OnceLock::new(),
        })
    }

    /// A view with the same dtype and a layout that reaches only items `self` reaches (a
    /// non-empty slice of it), so it lies inside the buffer (inv. 4) without a new check.
    #[inline]
    pub(crate) fn view_within(&self, layout: Layout) -> Array {
        debug_assert!(layout.check(self.itemsize(), self.buffer.len()).is_ok());
        let base = self.base_for_view();
        self.view_parts(self.dtype.clone(), layout, base, true)
    }

    /// A view with a new layout and the same dtype.
    #[inline]
    pub(crate) fn view_layout(&self, layout: Layout) -> Result<Array> {
        self.view_with(self.dtype.clone(), layout)
    }

    /// Makes this view read-only (as `broadcast_to` does).
    pub(crate) fn into_readonly(mut self) -> Array {
        self.writeable = false;
        self.fields_changed();
        self
    }

    // ------------------------------------------------------------------ attributes

    /// Axis lengths (`x.shape`).
    #[inline]
    pub fn shape(&self) -> &[usize] {
        self.layout.shape()
    }

    /// Byte strides (`x.strides`); negative and zero strides are allowed.
    #[inline]
    pub fn strides(&self) -> &[isize] {
        self.layout.strides()
    }

    /// Number of axes (`x.ndim`).
    #[inline]
    pub fn ndim(&self) -> usize {
        self.layout.ndim()
    }

    /// Number of items (`x.size`).
    #[inline]
    pub fn size(&self) -> usize {
        self.layout.size()
    }

    /// Bytes per item (`x.itemsize`).
    #[inline]
    pub fn itemsize(&self) -> usize {
        self.dtype.itemsize()
    }

    /// Bytes the items would take contiguously (`x.nbytes`).
    #[inline]
    pub fn nbytes(&self) -> usize {
        self.size() * self.itemsize()
    }

    /// The data type (`x.dtype`).
    #[inline]
    pub fn dtype(&self) -> &DType {
        &self.dtype
    }

    /// The layout: shape, strides and byte offset into the buffer.
    #[inline]
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The shared buffer.
    #[inline]
    pub fn buffer(&self) -> &Arc<Buffer> {
        &self.buffer
    }

    /// Byte offset of the first item inside the buffer.
    #[inline]
    pub fn offset(&self) -> usize {
        self.layout.offset()
    }

    /// Address of the first item (`x.__array_interface__['data'][0]`).
    pub fn data_address(&self) -> usize {
        self.buffer.address() + self.layout.offset()
    }

    /// The array this one is a view of (`x.base`), after NumPy's base collapsing. `None` for
    /// arrays that own their data.
    #[inline]
    pub fn base(&self) -> Option<&Array> {
        match &self.base {
            Some(src) if self.via_dummy => Some(self.lazy.get_or_init(|| self.make_dummy(src))),
            b => b.as_deref(),
        }
    }

    /// Identity, as Python's `is`: true for clones of the same array object.
    #[inline]
    pub fn is(&self, other: &Array) -> bool {
        self.id == other.id
    }

    /// Whether writes are allowed (`x.flags.writeable`).
    #[inline]
    pub fn is_writeable(&self) -> bool {
        self.writeable
    }

    /// Sets `x.flags.writeable`. Making a view of read-only memory writeable is an error, as in
    /// NumPy ("cannot set WRITEABLE flag to True of this array").
    pub fn set_writeable(&mut self, writeable: bool) -> Result<()> {
        // An intermediate `as_strided` object is no ndarray: it does not count here.
        let base_readonly = !self.via_dummy
            && self
                .base
                .as_ref()
                .is_some_and(|b| b.is_ndarray && !b.writeable);
        if writeable && (!self.buffer.is_writeable() || base_readonly) {
            return Err(Error::Value(
                "cannot set WRITEABLE flag to True of this array".into(),
            ));
        }
        self.writeable = writeable;
        self.fields_changed();
        Ok(())
    }

    /// The flags, computed from the layout.
    pub fn flags(&self) -> Flags {
        let itemsize = self.itemsize();
        Flags {
            c_contiguous: self.layout.is_c_contiguous(itemsize),
            f_contiguous: self.layout.is_f_contiguous(itemsize),
            owndata: self.owndata,
            writeable: self.writeable,
            aligned: self
                .layout
                .is_aligned(self.data_address(), self.dtype.alignment()),
            writebackifcopy: false,
        }
    }

    /// NumPy's `__array_interface__` for this array.
    ///
    /// ```
    /// let x = numrs::zeros(&[3], numrs::DType::INT32).unwrap();
    /// let ai = x.array_interface();
    /// assert_eq!(ai.typestr, "<i4");
    /// assert!(ai.strides.is_none());
    /// let shown = ai.to_string();
    /// assert!(shown.ends_with("'strides': None, 'descr': [('', '<i4')], 'typestr': '<i4', 'shape': (3,), 'version': 3}"));
    /// ```
    pub fn array_interface(&self) -> ArrayInterface {
        ArrayInterface {
            data: self.data_address(),
            readonly: !self.writeable,
            strides: if self.layout.is_c_contiguous(self.itemsize()) {
                None
            } else {
                Some(self.strides().to_vec())
            },
            typestr: self.dtype.str(),
            shape: self.shape().to_vec(),
        }
    }
}

/// NumPy's `__array_interface__` dictionary (version 3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArrayInterface {
    /// Address of the first item.
    pub data: usize,
    /// True when the array is read-only.
    pub readonly: bool,
    /// Byte strides, or `None` when C-contiguous.
    pub strides: Option<Vec<isize>>,
    /// The type string, e.g. `<i4`.
    pub typestr: String,
    /// The shape.
    pub shape: Vec<usize>,
}

/// Prints as Python prints the dict.
impl std::fmt::Display for ArrayInterface {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let strides = match &self.strides {
            None => "None".to_string(),
            Some(s) => crate::error::shape_str(s),
        };
        write!(
            f,
            "{{'data': ({}, {}), 'strides': {}, 'descr': [('', '{}')], 'typestr': '{}', 'shape': {}, 'version': 3}}",
            self.data,
            py_bool(self.readonly),
            strides,
            self.typestr,
            self.typestr,
            crate::error::shape_str(&self.shape)
        )
    }
}

/// `repr(x)`, exactly as NumPy 2 prints it.
impl std::fmt::Debug for Array {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::print::array_repr(self))
    }
}

/// `str(x)`, exactly as NumPy 2 prints it.
impl std::fmt::Display for Array {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::print::array_str(self))
    }
}
