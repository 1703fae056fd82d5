//! One block of bytes, shared by every view of it.
//!
//! ```text
//!   Arc<Buffer> ──────────────┐  (one owner, many cheap views)
//!   ┌──────────────────────────▼──────────────────────────────┐
//!   │ ptr ─► [b0 b1 b2 b3 │ b4 b5 b6 b7 │ ... │ b(len-1)]      │  64-byte aligned (2 MiB when large)
//!   │ borrow: AtomicIsize  (0 free, n>0 readers, -1 a writer) │
//!   │ inline: [u8; 128]    (the bytes themselves, if <= 64)   │
//!   └─────────────────────────────────────────────────────────┘
//!        ▲ view x: offset 0, strides (4,)       ▲ view x[::-1]: offset len-4, strides (-4,)
//! ```
//!
//! Up to [`INLINE_LEN`] bytes live in the buffer's own allocation (`Owner::Inline`), so a small
//! array costs one allocation instead of two: on a 3-item ufunc call the second `malloc`/`free`
//! pair cost more than everything else. Their address is computed from the buffer's own address
//! on each access, because a buffer is built before it moves into its `Arc`.
//!
//! Views alias, as in NumPy. Rust forbids data races, so the buffer tracks borrows atomically:
//! an operation borrows what it reads shared and what it writes exclusively, for the length of
//! the call. A conflicting borrow is an [`Error::BorrowConflict`]: it never blocks and never
//! races. That makes `Array: Send + Sync` sound.
//!
//! This module and the strided kernels are the only places that own raw memory.

use crate::error::{Error, Result};
use std::alloc::Layout as AllocLayout;
use std::any::Any;
use std::cell::UnsafeCell;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::sync::Arc;

mod handle;
pub use handle::BufferHandle;

/// Alignment of every allocation numrs makes itself.
pub const ALIGNMENT: usize = 64;
/// The alignment the global allocator gives without an over-aligned request.
const PLAIN_ALIGN: usize = 16;
/// Heap blocks up to this size are zeroed by hand rather than by `calloc`.
const SMALL_BLOCK: usize = 1024;
/// Buffers of at most this many bytes keep them inline, in the buffer's own allocation.
pub const INLINE_LEN: usize = 64;
/// Room for `INLINE_LEN` bytes starting at a 64-byte boundary, wherever the allocator places the
/// buffer (any start address is at most `ALIGNMENT - 1` bytes below a boundary).
const INLINE_SPACE: usize = 128;
const _: () = assert!(INLINE_SPACE >= INLINE_LEN + ALIGNMENT - 1);
/// Allocations of at least this many bytes are mapped with huge-page alignment.
pub const HUGE_THRESHOLD: usize = 4 << 20;
const HUGE_PAGE: usize = 2 << 20;

/// Freed mappings kept for reuse by outputs (`(base, map_len)`), as glibc keeps freed blocks
/// below 32 MiB on its heap for NumPy: a fresh mapping costs the kernel a page clear per
/// page, often more than the kernel that fills it (a fresh 80 MB output: ~10 ms of page
/// clearing even with huge pages, more than the cast or add that fills it). Bounded: at most
/// `POOL_ENTRIES` mappings of at most `POOL_MAX_MAP` bytes stay mapped while idle (256 MiB),
/// the price of a 1e7-item float64 result costing no page faults on the next call.
static POOL: std::sync::Mutex<Vec<(usize, usize)>> = std::sync::Mutex::new(Vec::new());
const POOL_ENTRIES: usize = 2;
const POOL_MAX_MAP: usize = 128 << 20;

/// `repr(u8)`: an explicit tag byte. Without it the tag hides in a niche of `AllocLayout`
/// and telling an inline buffer apart (every pointer read) takes several instructions.
#[repr(u8)]
enum Owner {
    /// Allocated here with the global allocator; `ptr` is `shift` bytes into the block.
    Heap { layout: AllocLayout, shift: usize },
    /// An anonymous mapping; `base`/`len` are what `munmap` needs.
    Mapped { base: usize, len: usize },
    /// Memory adopted from a Rust value (a `Vec<T>`, boxed bytes) without a copy.
    Foreign(#[allow(dead_code)] Box<dyn Any + Send + Sync>),
    /// At most `INLINE_LEN` bytes in the buffer's `inline` field; `ptr` is unused.
    Inline,
    /// A zero-length buffer: no memory at all.
    Empty,
}

/// A block of bytes with an atomic borrow state. See the module docs.
///
/// ```
/// let buf = numrs::buffer::Buffer::zeroed(16).unwrap();
/// assert_eq!(buf.len(), 16);
/// assert_eq!(buf.address() % 64, 0);
/// ```
pub struct Buffer {
    ptr: NonNull<u8>,
    len: usize,
    owner: Owner,
    borrow: AtomicIsize,
    writeable: bool,
    /// The bytes of an `Owner::Inline` buffer, from the first 64-byte boundary inside (see
    /// [`Buffer::data`]); written through `&Buffer` under the borrow rules, hence the cell.
    inline: UnsafeCell<[u8; INLINE_SPACE]>,
}

// SAFETY: the bytes behind `ptr` (or in `inline`) are only read or written through `ReadGuard`/`WriteGuard`,
// whose acquisition is serialized by the atomic `borrow` state (many readers xor one writer), or
// through the explicitly `unsafe` raw-pointer accessors whose callers take that responsibility.
// The owner values themselves are `Send + Sync`.
unsafe impl Send for Buffer {}
// SAFETY: see `Send` above; shared access never touches the bytes without a guard.
unsafe impl Sync for Buffer {}

impl std::fmt::Debug for Buffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Buffer")
            .field("address", &self.address())
            .field("len", &self.len)
            .finish()
    }
}

impl Buffer {
    /// A new zero-filled buffer of `len` bytes (64-byte aligned; huge-page aligned and
    /// `MADV_HUGEPAGE` advised from 4 MiB on).
    ///
    /// ```
    /// let buf = numrs::buffer::Buffer::zeroed(8 << 20).unwrap();
    /// assert_eq!(buf.address() % (2 << 20), 0);
    /// ```
    pub fn zeroed(len: usize) -> Result<Arc<Buffer>> {
        Self::allocate(len, true)
    }

    /// A new buffer whose bytes are all going to be written before being read.
    ///
    /// The bytes are always initialized, because reading uninitialized memory is undefined
    /// behaviour in Rust: small heap blocks are zeroed, large ones are fresh (zero) mappings
    /// or pooled ones holding a freed array's old bytes. Callers must not expose the old
    /// bytes: every byte is written before the buffer is seen outside the crate.
    #[inline(always)]
    pub(crate) fn for_output(len: usize) -> Result<Arc<Buffer>> {
        if len <= INLINE_LEN && len > 0 {
            if let Some(spare) = handle::take_spare(len) {
                return Ok(spare);
            }
            return Ok(Self::inline(len));
        }
        Self::allocate(len, false)
    }

    /// A buffer of `0 < len <= INLINE_LEN` zero bytes kept inline. (The inline bytes start
    /// zeroed, so `for_output` and `zeroed` agree here.)
    #[inline(never)]
    fn inline(len: usize) -> Arc<Buffer> {
        Arc::new(Buffer {
            ptr: NonNull::<u64>::dangling().cast(),
            len,
            owner: Owner::Inline,
            borrow: AtomicIsize::new(0),
            writeable: true,
            inline: UnsafeCell::new([0; INLINE_SPACE]),
        })
    }

    /// A recently freed mapping of the size `map_huge` would make for `len`, if one is pooled.
    /// Its bytes are whatever its last owner left (initialized, not zero).
    fn from_pool(len: usize) -> Option<Buffer> {
        let map_len = len.checked_add(2 * HUGE_PAGE)? & !(HUGE_PAGE - 1);
        let (base, map_len) = {
            let mut pool = POOL.lock().ok()?;
            let i = pool.iter().position(|&(_, l)| l == map_len)?;
            pool.remove(i)
        };
        // As in `map_huge`: `aligned + len < base + map_len`, inside the mapping.
        let aligned = (base + HUGE_PAGE - 1) & !(HUGE_PAGE - 1);
        Some(Buffer {
            ptr: NonNull::new(aligned as *mut u8)?,
            len,
            owner: Owner::Mapped { base, len: map_len },
            borrow: AtomicIsize::new(0),
            writeable: true,
            inline: UnsafeCell::new([0; INLINE_SPACE]),
        })
    }

    #[inline(never)]
    fn allocate(len: usize, zero: bool) -> Result<Arc<Buffer>> {
        if len == 0 {
            return Ok(Arc::new(Buffer {
                ptr: NonNull::<u64>::dangling().cast(),
                len: 0,
                owner: Owner::Empty,
                borrow: AtomicIsize::new(0),
                writeable: true,
                inline: UnsafeCell::new([0; INLINE_SPACE]),
            }));
        }
        if len <= INLINE_LEN {
            return Ok(Self::inline(len));
        }
        if len >= HUGE_THRESHOLD {
            let reused = if zero { None } else { Self::from_pool(len) };
            if let Some(buf) = reused.or_else(|| Self::map_huge(len)) {
                return Ok(Arc::new(buf));
            }
        }
        // The allocator's plain 16-byte alignment plus `ALIGNMENT - 16` spare bytes give a
        // 64-byte-aligned start: over-aligned requests take malloc's `memalign` path, which
        // costs more than a whole ufunc call on a small array.
        let spare = ALIGNMENT - PLAIN_ALIGN;
        let layout = len
            .checked_add(spare)
            .and_then(|n| AllocLayout::from_size_align(n, PLAIN_ALIGN).ok())
            .ok_or(Error::Alloc(len))?;
        let raw = if layout.size() <= SMALL_BLOCK {
            // glibc's `calloc` skips its per-thread cache, so small blocks are allocated
            // plainly and zeroed here, which is cheaper.
            // SAFETY: `layout` has a non-zero size (len > 0 checked above).
            // (`black_box`: otherwise LLVM folds the allocation and the zeroing back into one
            // `calloc`.)
            let raw = std::hint::black_box(unsafe { std::alloc::alloc(layout) });
            if !raw.is_null() {
                // SAFETY: `raw` is a fresh block of `layout.size()` writable bytes.
                unsafe { std::ptr::write_bytes(raw, 0, layout.size()) };
            }
            raw
        } else {
            // SAFETY: `layout` has a non-zero size (len > 0 checked above).
            unsafe { std::alloc::alloc_zeroed(layout) }
        };
        // `raw` is 16-aligned, so the shift is 0, 16, 32 or 48 <= spare: inside the block.
        let shift = (ALIGNMENT - raw as usize % ALIGNMENT) % ALIGNMENT;
        let ptr = NonNull::new(raw.wrapping_add(shift)).ok_or(Error::Alloc(len))?;
        Ok(Arc::new(Buffer {
            ptr,
            len,
            owner: Owner::Heap { layout, shift },
            borrow: AtomicIsize::new(0),
            writeable: true,
            inline: UnsafeCell::new([0; INLINE_SPACE]),
        }))
    }

    /// Maps `len` bytes (rounded up) at a 2 MiB boundary and advises huge pages. Fresh anonymous
    /// mappings read as zeros and are faulted in lazily.
    fn map_huge(len: usize) -> Option<Buffer> {
        let map_len = len.checked_add(2 * HUGE_PAGE)? & !(HUGE_PAGE - 1);
        // SAFETY: an anonymous private mapping with no address hint; the result is checked.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                map_len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return None;
        }
        let base_addr = base as usize;
        let aligned = (base_addr + HUGE_PAGE - 1) & !(HUGE_PAGE - 1);
        // aligned + len <= base + HUGE_PAGE - 1 + len < base + map_len: inside the mapping.
        // SAFETY: `aligned..aligned+len` lies inside the mapping just created; madvise only
        // changes paging policy and its failure is harmless.
        unsafe {
            libc::madvise(aligned as *mut libc::c_void, len, libc::MADV_HUGEPAGE);
        }
        Some(Buffer {
            ptr: NonNull::new(aligned as *mut u8)?,
            len,
            owner: Owner::Mapped {
                base: base_addr,
                len: map_len,
            },
            borrow: AtomicIsize::new(0),
            writeable: true,
            inline: UnsafeCell::new([0; INLINE_SPACE]),
        })
    }

    /// Adopts a `Vec<T>` of plain numbers without copying; the buffer keeps the vector alive.
    ///
    /// ```
    /// let buf = numrs::buffer::Buffer::from_vec(vec![1u16, 2, 3]);
    /// assert_eq!(buf.len(), 6);
    /// ```
    pub fn from_vec<T: crate::element::Element>(mut v: Vec<T>) -> Arc<Buffer> {
        let len = std::mem::size_of_val(v.as_slice());
        if len == 0 {
            return Buffer::empty(true);
        }
        let ptr = NonNull::new(v.as_mut_ptr().cast::<u8>()).unwrap_or(NonNull::dangling());
        Arc::new(Buffer {
            ptr,
            len,
            owner: Owner::Foreign(Box::new(v)),
            borrow: AtomicIsize::new(0),
            writeable: true,
            inline: UnsafeCell::new([0; INLINE_SPACE]),
        })
    }

    /// Adopts bytes without copying. `writeable: false` makes every view of it read-only, as
    /// NumPy does for arrays over `bytes` objects.
    ///
    /// ```
    /// let buf = numrs::buffer::Buffer::from_bytes(b"\x01\x02".to_vec(), false);
    /// assert!(!buf.is_writeable());
    /// ```
    pub fn from_bytes(v: Vec<u8>, writeable: bool) -> Arc<Buffer> {
        let mut v = v.into_boxed_slice();
        let len = v.len();
        if len == 0 {
            return Buffer::empty(writeable);
        }
        let ptr = NonNull::new(v.as_mut_ptr()).unwrap_or(NonNull::dangling());
        Arc::new(Buffer {
            ptr,
            len,
            owner: Owner::Foreign(Box::new(v)),
            borrow: AtomicIsize::new(0),
            writeable,
            inline: UnsafeCell::new([0; INLINE_SPACE]),
        })
    }

    /// Adopts `len` bytes at `ptr` that another runtime owns (a NumPy array, a Python buffer),
    /// kept alive by `owner` until the buffer drops. No copy.
    ///
    /// # Safety
    /// `ptr` must be valid for reads (and writes, if `writeable`) of `len` bytes for as long as
    /// `owner` lives, and foreign code must not write those bytes while numrs reads them
    /// (NumPy's own contract for shared memory).
    pub unsafe fn from_foreign(
        ptr: *mut u8,
        len: usize,
        owner: Box<dyn Any + Send + Sync>,
        writeable: bool,
    ) -> Arc<Buffer> {
        match NonNull::new(ptr) {
            Some(ptr) if len > 0 => Arc::new(Buffer {
                ptr,
                len,
                owner: Owner::Foreign(owner),
                borrow: AtomicIsize::new(0),
                writeable,
                inline: UnsafeCell::new([0; INLINE_SPACE]),
            }),
            _ => Buffer::empty(writeable),
        }
    }

    fn empty(writeable: bool) -> Arc<Buffer> {
        Arc::new(Buffer {
            ptr: NonNull::<u64>::dangling().cast(),
            len: 0,
            owner: Owner::Empty,
            borrow: AtomicIsize::new(0),
            writeable,
            inline: UnsafeCell::new([0; INLINE_SPACE]),
        })
    }

    /// The first byte: `ptr`, or the first 64-byte boundary inside `inline`.
    #[inline]
    fn data(&self) -> *mut u8 {
        if matches!(self.owner, Owner::Inline) {
            let space = self.inline.get().cast::<u8>();
            // At most `ALIGNMENT - 1`, and `INLINE_SPACE >= INLINE_LEN + ALIGNMENT - 1`: the
            // `len <= INLINE_LEN` bytes from here stay inside `inline`.
            let shift = (ALIGNMENT - space as usize % ALIGNMENT) % ALIGNMENT;
            space.wrapping_add(shift)
        } else {
            self.ptr.as_ptr()
        }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the buffer has no bytes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether views of this buffer may be written.
    #[inline]
    pub fn is_writeable(&self) -> bool {
        self.writeable
    }

    /// The address of the first byte (what NumPy's `__array_interface__['data'][0]` shows for a
    /// view at offset 0).
    #[inline]
    pub fn address(&self) -> usize {
        self.data() as usize
    }

    /// Borrows the bytes for reading; fails if a writer holds them.
    #[inline]
    pub fn read(&self) -> Result<ReadGuard<'_>> {
        let mut cur = self.borrow.load(Ordering::Acquire);
        loop {
            if cur < 0 {
                return Err(Error::BorrowConflict("for writing"));
            }
            match self.borrow.compare_exchange_weak(
                cur,
                cur + 1,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => return Ok(ReadGuard { buf: self }),
                Err(now) => cur = now,
            }
        }
    }

    /// Borrows the bytes exclusively for writing; fails if anyone else holds them.
    #[inline]
    pub fn write(&self) -> Result<WriteGuard<'_>> {
        if !self.writeable {
            return Err(Error::ReadOnly);
        }
        match self
            .borrow
            .compare_exchange(0, -1, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => Ok(WriteGuard { buf: self }),
            Err(n) if n < 0 => Err(Error::BorrowConflict("for writing")),
            Err(_) => Err(Error::BorrowConflict("for reading")),
        }
    }

    /// The raw base pointer, outside the borrow tracking.
    ///
    /// # Safety
    /// The caller must not read or write through the pointer while another thread may write
    /// the same bytes, nor write while anything else reads them (the contract NumPy's buffer
    /// protocol consumers follow).
    pub unsafe fn as_ptr_untracked(&self) -> *mut u8 {
        self.data()
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        match self.owner {
            // SAFETY: `ptr - shift` was returned by `alloc_zeroed` with exactly this layout.
            Owner::Heap { layout, shift } => unsafe {
                std::alloc::dealloc(self.ptr.as_ptr().wrapping_sub(shift), layout)
            },
            Owner::Mapped { base, len } => {
                // The pool keeps the most recently freed mappings: a kernel called in a loop
                // finds its own output size there even after other sizes went through.
                let (mut base, mut len) = (base, len);
                if len <= POOL_MAX_MAP {
                    if let Ok(mut pool) = POOL.lock() {
                        pool.push((base, len));
                        if pool.len() <= POOL_ENTRIES {
                            return;
                        }
                        (base, len) = pool.remove(0);
                    }
                }
                // SAFETY: `base`/`len` describe a mapping created in `map_huge` that no buffer
                // owns any more (this one's, or the oldest pooled one's, which left the pool
                // above), unmapped once: a mapping in the pool is not unmapped, and a mapping
                // taken from it gets a new owner that unmaps it.
                unsafe {
                    libc::munmap(base as *mut libc::c_void, len);
                }
            }
            Owner::Foreign(_) | Owner::Inline | Owner::Empty => {}
        }
    }
}

/// Shared access to a buffer's bytes for the length of one operation.
pub struct ReadGuard<'a> {
    buf: &'a Buffer,
}

impl ReadGuard<'_> {
    /// Base pointer for reads. Offsets the caller adds must stay inside `len` (layouts verify
    /// this when they are built).
    pub fn ptr(&self) -> *const u8 {
        self.buf.data()
    }

    /// The whole buffer as a byte slice.
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the read borrow excludes writers for the guard's lifetime; `data()` is valid
        // for `len` bytes (inside `inline` for inline buffers; dangling but non-null with len 0
        // for empty buffers).
        unsafe { std::slice::from_raw_parts(self.buf.data(), self.buf.len) }
    }
}

impl Drop for ReadGuard<'_> {
    fn drop(&mut self) {
        self.buf.borrow.fetch_sub(1, Ordering::Release);
    }
}

/// Exclusive access to a buffer's bytes for the length of one operation.
pub struct WriteGuard<'a> {
    buf: &'a Buffer,
}

impl WriteGuard<'_> {
    /// Base pointer for reads and writes.
    pub fn ptr(&self) -> *mut u8 {
        self.buf.data()
    }

    /// The whole buffer as a mutable byte slice.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: the write borrow excludes every other reader and writer for the guard's
        // lifetime, and `&mut self` prevents a second slice from this guard; `data()` is valid
        // for `len` bytes (inside `inline` for inline buffers; dangling but non-null with len 0).
        unsafe { std::slice::from_raw_parts_mut(self.buf.data(), self.buf.len) }
    }
}

impl Drop for WriteGuard<'_> {
    fn drop(&mut self) {
        self.buf.borrow.store(0, Ordering::Release);
    }
}

/// The borrows one operation holds on all its operands' buffers: each distinct buffer is
/// borrowed once, exclusively if any operand writes it, shared otherwise. An operation whose
/// output shares a buffer with an input therefore reads that input through the write borrow.
pub(crate) struct Borrows<'a> {
    reads: Guards<ReadGuard<'a>>,
    writes: Guards<WriteGuard<'a>>,
}

/// Guards held in place: an element-wise call borrows a handful of buffers, and a heap
/// allocation (or `SmallVec`'s inline/heap test on every access) would cost as much as the
/// whole call on small arrays. A guard is one reference, so an empty slot is a null word.
struct Guards<G> {
    inline: [Option<G>; 4],
    more: Vec<G>,
}

impl<G> Guards<G> {
    #[inline]
    fn new() -> Self {
        Guards {
            inline: [None, None, None, None],
            more: Vec::new(),
        }
    }

    #[inline]
    fn push(&mut self, guard: G) {
        match self.inline.iter_mut().find(|slot| slot.is_none()) {
            Some(slot) => *slot = Some(guard),
            None => self.more.push(guard),
        }
    }

    #[allow(dead_code)]
    fn len(&self) -> usize {
        self.inline.iter().flatten().count() + self.more.len()
    }
}

impl<'a> Borrows<'a> {
    /// Borrows `writes` exclusively and the remaining `reads` shared.
    #[inline]
    pub(crate) fn acquire(reads: &[&'a Arc<Buffer>], writes: &[&'a Arc<Buffer>]) -> Result<Self> {
        let mut out = Borrows {
            reads: Guards::new(),
            writes: Guards::new(),
        };
        for (i, w) in writes.iter().enumerate() {
            if writes[..i].iter().any(|o| Arc::ptr_eq(o, w)) {
                continue;
            }
            out.writes.push(w.write()?);
        }
        for (i, r) in reads.iter().enumerate() {
            if writes.iter().any(|o| Arc::ptr_eq(o, r))
                || reads[..i].iter().any(|o| Arc::ptr_eq(o, r))
            {
                continue;
            }
            out.reads.push(r.read()?);
        }
        Ok(out)
    }

    /// Number of guards held (for tests).
    #[allow(dead_code)]
    pub(crate) fn count(&self) -> usize {
        self.reads.len() + self.writes.len()
    }
}

/// The borrows of one element-wise call on fixed operands, the last one written: as
/// [`Borrows::acquire`] with one writer (same order, same errors), held in place with no
/// search for a free slot, which on a few items is a visible share of the call.
pub(crate) struct CallBorrows<'a, const N: usize> {
    _write: WriteGuard<'a>,
    _reads: [Option<ReadGuard<'a>>; N],
}

impl<'a, const N: usize> CallBorrows<'a, N> {
    /// Borrows the last buffer exclusively and each other distinct one shared.
    #[inline]
    pub(crate) fn acquire(buffers: [&'a Arc<Buffer>; N]) -> Result<Self> {
        let written = buffers[N - 1];
        let write = written.write()?;
        let mut reads: [Option<ReadGuard<'a>>; N] = [const { None }; N];
        for i in 0..N - 1 {
            let r = buffers[i];
            if Arc::ptr_eq(r, written) || buffers[..i].iter().any(|o| Arc::ptr_eq(o, r)) {
                continue;
            }
            reads[i] = Some(r.read()?);
        }
        Ok(CallBorrows {
            _write: write,
            _reads: reads,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrow_rules() {
        let b = Buffer::zeroed(8).unwrap();
        let r1 = b.read().unwrap();
        let r2 = b.read().unwrap();
        assert!(matches!(b.write(), Err(Error::BorrowConflict(_))));
        drop((r1, r2));
        let w = b.write().unwrap();
        assert!(b.read().is_err());
        assert!(b.write().is_err());
        drop(w);
        assert!(b.read().is_ok());
    }

    #[test]
    fn borrows_dedup_same_buffer() {
        let b = Buffer::zeroed(8).unwrap();
        let c = Buffer::zeroed(8).unwrap();
        let set = Borrows::acquire(&[&b, &c, &b], &[&b]).unwrap();
        assert_eq!(set.count(), 2);
        assert!(c.read().is_ok());
        assert!(b.read().is_err());
    }

    #[test]
    fn call_borrows_match_borrows() {
        let (a, b, c) = (
            Buffer::zeroed(8).unwrap(),
            Buffer::zeroed(8).unwrap(),
            Buffer::zeroed(8).unwrap(),
        );
        {
            let _held = CallBorrows::acquire([&a, &a, &c]).unwrap();
            assert!(a.read().is_ok() && a.write().is_err());
            assert!(c.read().is_err());
            assert!(b.write().is_ok());
        }
        // The output read as an input is covered by the write borrow.
        drop(CallBorrows::acquire([&c, &b, &c]).unwrap());
        let w = a.write().unwrap();
        assert!(matches!(
            CallBorrows::acquire([&a, &b, &c]),
            Err(Error::BorrowConflict("for writing"))
        ));
        assert!(
            c.write().is_ok(),
            "failed acquisitions release what they took"
        );
        drop(w);
        let r = c.read().unwrap();
        assert!(matches!(
            CallBorrows::acquire([&a, &b, &c]),
            Err(Error::BorrowConflict("for reading"))
        ));
        drop(r);
        assert!(a.write().is_ok() && b.write().is_ok() && c.write().is_ok());
    }

    #[test]
    fn small_buffers_are_inline_aligned_and_zeroed() {
        for len in [1, 3, 8, 24, INLINE_LEN] {
            let bufs: Vec<_> = (0..16).map(|_| Buffer::for_output(len).unwrap()).collect();
            for b in &bufs {
                assert!(matches!(b.owner, Owner::Inline));
                assert_eq!((b.len(), b.address() % ALIGNMENT), (len, 0));
                let (start, end) = (
                    b.inline.get() as usize,
                    b.inline.get() as usize + INLINE_SPACE,
                );
                assert!(start <= b.address() && b.address() + len <= end);
                assert!(b.read().unwrap().bytes().iter().all(|&x| x == 0));
            }
        }
        let b = Buffer::zeroed(INLINE_LEN + 1).unwrap();
        assert!(matches!(b.owner, Owner::Heap { .. }) && b.address() % ALIGNMENT == 0);
        // Writes land in the buffer's own bytes, seen by later borrows (and after a move of
        // the `Arc`, which never moves the buffer).
        let b = Buffer::zeroed(16).unwrap();
        b.write().unwrap().bytes_mut()[15] = 7;
        let moved = Box::new(b);
        assert_eq!(moved.read().unwrap().bytes()[15], 7);
        assert_eq!(moved.read().unwrap().ptr() as usize, moved.address());
    }

    #[test]
    fn huge_allocation_is_aligned_and_zeroed() {
        let b = Buffer::zeroed(HUGE_THRESHOLD + 3).unwrap();
        assert_eq!(b.address() % HUGE_PAGE, 0);
        let g = b.read().unwrap();
        assert!(g.bytes().iter().step_by(4096).all(|&x| x == 0));
    }
}
