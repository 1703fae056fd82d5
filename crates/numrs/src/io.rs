//! Raw binary files: `fromfile` reads items straight from disk into a new array; `tofile`
//! writes an array's items in C order. Reads never go past the end of the file: a short file
//! gives fewer items, as in NumPy.

use crate::array::Array;
use crate::buffer::Buffer;
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::layout::Layout;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

fn io_error(e: std::io::Error, path: Option<&Path>) -> Error {
    let errno = e
        .raw_os_error()
        .map(|n| format!("[Errno {n}] "))
        .unwrap_or_default();
    let what = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => e.to_string(),
    };
    let text = match path {
        Some(p) => format!("{errno}{what}: '{}'", p.display()),
        None => format!("{errno}{what}"),
    };
    if e.kind() == std::io::ErrorKind::NotFound {
        Error::FileNotFound(text)
    } else {
        Error::Io(text)
    }
}

/// `np.fromfile(path, dtype, count, offset=offset)`: reads up to `count` items (`-1`: as many
/// whole items as the file holds) after skipping `offset` bytes.
///
/// ```
/// let path = std::env::temp_dir().join("numrs_doc_fromfile.bin");
/// std::fs::write(&path, [1u8, 0, 2, 0, 3]).unwrap();
/// let a = numrs::fromfile(&path, &"<u2".parse().unwrap(), -1, 0).unwrap();
/// assert_eq!(a.to_vec::<u16>().unwrap(), vec![1, 2]);
/// ```
pub fn fromfile(path: impl AsRef<Path>, dtype: &DType, count: isize, offset: u64) -> Result<Array> {
    let path = path.as_ref();
    let mut file = std::fs::File::open(path).map_err(|e| io_error(e, Some(path)))?;
    fromfile_reader(&mut file, dtype, count, offset)
}

/// `np.fromfile(open_file, ...)`: reads from the reader's current position and leaves it just
/// after the items read.
pub fn fromfile_reader<R: Read + Seek>(
    reader: &mut R,
    dtype: &DType,
    count: isize,
    offset: u64,
) -> Result<Array> {
    let itemsize = dtype.itemsize();
    if itemsize == 0 {
        // NumPy divides the file size by the itemsize and gets a count of -1.
        return Err(Error::Value("negative dimensions are not allowed".into()));
    }
    let io = |e| io_error(e, None);
    let here = reader.stream_position().map_err(io)?;
    let end = reader.seek(SeekFrom::End(0)).map_err(io)?;
    let start = here
        .checked_add(offset)
        .ok_or_else(|| Error::overflow("the file offset"))?;
    // NumPy divides (size - start) by the item size with C truncation: a start less than one
    // item past the end gives no items; further is a negative count.
    let available = if start > end {
        if start - end >= itemsize as u64 {
            reader.seek(SeekFrom::Start(here)).map_err(io)?;
            return Err(Error::Value("negative dimensions are not allowed".into()));
        }
        0
    } else {
        usize::try_from((end - start) / itemsize as u64)
            .map_err(|_| Error::overflow("the file size"))?
    };
    let n = if count < 0 {
        available
    } else {
        available.min(count as usize)
    };
    let short_read = count >= 0 && (count as usize) > available;
    let nbytes = n * itemsize;
    let buffer = Buffer::zeroed(nbytes)?;
    reader.seek(SeekFrom::Start(start.min(end))).map_err(io)?;
    {
        let mut guard = buffer.write()?;
        reader.read_exact(guard.bytes_mut()).map_err(io)?;
    }
    if short_read {
        // NumPy asked the OS for every requested byte, so the position ends at end of file.
        reader.seek(SeekFrom::End(0)).map_err(io)?;
    }
    let stride = if n == 0 { 0 } else { itemsize as isize };
    let layout = Layout::new(&[n], &[stride], 0, itemsize, nbytes)?;
    Ok(Array::from_parts(buffer, dtype.clone(), layout, None, true))
}

impl Array {
    /// `x.tofile(path)`: writes the items' raw bytes in C order.
    ///
    /// ```
    /// let path = std::env::temp_dir().join("numrs_doc_tofile.bin");
    /// let x = numrs::array(&[[1, 2], [3, 4]], Some(numrs::DType::UINT8)).unwrap();
    /// x.t().tofile(&path).unwrap();
    /// assert_eq!(std::fs::read(&path).unwrap(), vec![1, 3, 2, 4]);
    /// ```
    pub fn tofile(&self, path: impl AsRef<Path>) -> Result<()> {
        let path = path.as_ref();
        let mut file = std::fs::File::create(path).map_err(|e| io_error(e, Some(path)))?;
        self.tofile_writer(&mut file)
    }

    /// Writes the items' raw bytes in C order to a writer.
    pub fn tofile_writer<W: Write>(&self, writer: &mut W) -> Result<()> {
        let bytes = self.tobytes(crate::Order::C)?;
        writer.write_all(&bytes).map_err(|e| io_error(e, None))
    }
}
