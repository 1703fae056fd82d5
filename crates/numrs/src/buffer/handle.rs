//! An array's handle on its buffer, and the per-thread spares it feeds.
//!
//! A 3-item ufunc call allocates one small buffer and its result is dropped soon after: the
//! `malloc`/`free` pair and the two atomic count decrements of dropping the last `Arc` cost a
//! quarter of the call. So when the last handle on a small inline buffer goes, the buffer
//! stays allocated, in a per-thread slot for its length, and the next output of the same byte length
//! reuses it:
//!
//! ```text
//!   drop(c)  ── last handle of an inline buffer, nobody borrowing ──► SPARE (this thread, one per 8-byte length class)
//!   add(a, b) ── Buffer::for_output(24) ── a spare of 24 bytes? ──► reused, no allocation
//! ```
//!
//! A spare is only ever held by one thread's slots and handed out by value, so no other
//! handle can see it while it waits; its stale bytes are overwritten before anyone reads them
//! (the contract of [`Buffer::for_output`]).

use super::{Buffer, Owner};
use std::cell::Cell;
use std::mem::ManuallyDrop;
use std::ops::Deref;
use std::sync::Arc;

/// Spare buffers wait in one slot per 8-byte length class (1..=8, 9..=16, ... bytes): a
/// lookup is an index, not a search, and at most this many (about 200 bytes each) wait per
/// thread.
const SPARE_SLOTS: usize = super::INLINE_LEN / 8;

thread_local! {
    /// `Cell`s, not a `RefCell`: a slot is only ever emptied or filled whole, so there is no
    /// borrow to track.
    static SPARE: [Cell<Option<Arc<Buffer>>>; SPARE_SLOTS] =
        const { [const { Cell::new(None) }; SPARE_SLOTS] };
}

/// The slot of an inline buffer of `len` (`1..=INLINE_LEN`) bytes.
#[inline(always)]
fn slot_of(len: usize) -> usize {
    len.wrapping_sub(1) / 8
}

/// An `Arc<Buffer>` that, when it is the last reference to a small inline buffer, keeps the
/// buffer for this thread's next output instead of freeing it (see the module docs). Derefs
/// to the `Arc`, so it is used exactly as one.
///
/// ```
/// let buf = numrs::buffer::Buffer::zeroed(24).unwrap();
/// let handle = numrs::buffer::BufferHandle::from(buf.clone());
/// assert!(std::sync::Arc::ptr_eq(&handle, &buf));
/// assert_eq!(handle.len(), 24);
/// ```
pub struct BufferHandle(ManuallyDrop<Arc<Buffer>>);

impl From<Arc<Buffer>> for BufferHandle {
    #[inline]
    fn from(buffer: Arc<Buffer>) -> BufferHandle {
        BufferHandle(ManuallyDrop::new(buffer))
    }
}

impl Clone for BufferHandle {
    #[inline]
    fn clone(&self) -> BufferHandle {
        BufferHandle(ManuallyDrop::new(Arc::clone(&self.0)))
    }
}

impl Deref for BufferHandle {
    type Target = Arc<Buffer>;
    #[inline]
    fn deref(&self) -> &Arc<Buffer> {
        &self.0
    }
}

impl std::fmt::Debug for BufferHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl Drop for BufferHandle {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: `drop` runs once and `self.0` is not touched after being taken.
        let buffer = unsafe { ManuallyDrop::take(&mut self.0) };
        // Views of the buffer still exist (the common case for large arrays): a plain drop.
        if matches!(buffer.owner, Owner::Inline) && Arc::strong_count(&buffer) == 1 {
            keep_spare(buffer);
        }
    }
}

/// Puts `buffer` in this thread's slot for its length if it is unique, not borrowed and
/// writeable, and the slot is free; otherwise drops it.
fn keep_spare(mut buffer: Arc<Buffer>) {
    // `get_mut` (not the count read above) proves no other `Arc` or `Weak` exists.
    let Some(unique) = Arc::get_mut(&mut buffer) else {
        return;
    };
    // A leaked guard leaves the count non-zero: such a buffer is never reused.
    if *unique.borrow.get_mut() != 0 || !unique.writeable {
        return;
    }
    // During thread teardown the slots may be gone: the buffer is then just freed, as it is
    // when its slot is taken.
    let _ = SPARE.try_with(|spare| {
        if let Some(slot) = spare.get(slot_of(buffer.len)) {
            match slot.take() {
                None => slot.set(Some(buffer)),
                waiting => slot.set(waiting),
            }
        }
    });
}

/// A spare inline buffer of exactly `len` bytes from this thread's slots, if one waits there.
/// Its bytes are whatever its last array left (initialized, not zero).
#[inline]
pub(super) fn take_spare(len: usize) -> Option<Arc<Buffer>> {
    SPARE
        .try_with(|spare| {
            let slot = spare.get(slot_of(len))?;
            let waiting = slot.take()?;
            if waiting.len == len {
                Some(waiting)
            } else {
                slot.set(Some(waiting));
                None
            }
        })
        .ok()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_output_buffer_is_reused_only_when_unique() {
        let first = Buffer::for_output(24).unwrap();
        let address = Arc::as_ptr(&first);
        drop(BufferHandle::from(first));
        let again = Buffer::for_output(24).unwrap();
        assert_eq!(Arc::as_ptr(&again), address);
        // Another length does not take it; a shared one is not kept.
        let other = Buffer::for_output(16).unwrap();
        assert_ne!(Arc::as_ptr(&other), address);
        let shared = BufferHandle::from(again.clone());
        drop(shared);
        assert_ne!(Arc::as_ptr(&Buffer::for_output(24).unwrap()), address);
        // `zeroed` never hands out stale bytes.
        again.write().unwrap().bytes_mut().fill(7);
        drop(BufferHandle::from(again));
        let zero = Buffer::zeroed(24).unwrap();
        assert!(zero.read().unwrap().bytes().iter().all(|&b| b == 0));
    }

    #[test]
    fn a_borrowed_or_read_only_buffer_is_not_kept() {
        let buffer = Buffer::for_output(8).unwrap();
        std::mem::forget(buffer.read().unwrap());
        drop(BufferHandle::from(buffer));
        // Had the leaked reader's buffer come back, it could not be written.
        assert!(Buffer::for_output(8).unwrap().write().is_ok());
    }
}
