//! One item to and from its bytes, for every dtype, in safe code: numeric values in either
//! byte order, NUL-padded byte strings, UCS-4 strings, raw void bytes and records.
//!
//! Conversions follow NumPy's item assignment: strings are truncated to the item size and
//! NUL-padded; numbers written to string items are formatted as `str()` does; a tuple fills
//! a record field by field.

use crate::dtype::{ByteOrder, DType, Repr};
use crate::element::Element;
use crate::error::{Error, Result};
use crate::scalar::Scalar;

/// Decodes one item (`bytes.len() == dtype.itemsize()`).
pub(crate) fn decode(bytes: &[u8], dtype: &DType) -> Result<Scalar> {
    match dtype.repr() {
        Repr::Scalar { ty, order } => {
            let swap = *order != ByteOrder::NATIVE;
            crate::dispatch_numeric!(*ty, T => decode_numeric::<T>(bytes, swap).map(|v| v.to_scalar()))
        }
        Repr::Bytes(_) => {
            let end = bytes.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
            Ok(Scalar::Bytes(bytes[..end].to_vec()))
        }
        Repr::Str { order, .. } => {
            let mut s = String::new();
            for chunk in bytes.chunks_exact(4) {
                let arr = [chunk[0], chunk[1], chunk[2], chunk[3]];
                let code = match order {
                    ByteOrder::Little => u32::from_le_bytes(arr),
                    ByteOrder::Big => u32::from_be_bytes(arr),
                };
                let c = char::from_u32(code).ok_or_else(|| {
                    Error::Value(format!(
                        "invalid Unicode code point 0x{code:x} in a str item"
                    ))
                })?;
                s.push(c);
            }
            Ok(Scalar::Str(s.trim_end_matches('\0').to_string()))
        }
        Repr::Void(_) | Repr::Record(_) | Repr::SubArray(_) => {
            Ok(Scalar::Void(bytes.to_vec(), dtype.clone()))
        }
    }
}

fn decode_numeric<T: Element>(bytes: &[u8], swap: bool) -> Result<T> {
    let v = T::from_ne_slice(bytes).ok_or_else(|| Error::Value("item of the wrong size".into()))?;
    Ok(if swap { v.byte_swap() } else { v })
}

/// Encodes `value` as one item of `dtype` into `out` (`out.len() == dtype.itemsize()`).
pub(crate) fn encode(value: &Scalar, dtype: &DType, out: &mut [u8]) -> Result<()> {
    match dtype.repr() {
        Repr::Scalar { ty, order } => {
            let swap = *order != ByteOrder::NATIVE;
            let numeric = match value {
                Scalar::Bytes(b) => parse_number(&String::from_utf8_lossy(b), *ty)?,
                Scalar::Str(s) => parse_number(s, *ty)?,
                Scalar::Void(..) | Scalar::Tuple(_) => {
                    return Err(Error::Type(format!(
                        "cannot assign a {} to an item of dtype {dtype}",
                        value_kind(value)
                    )))
                }
                v => v.clone(),
            };
            crate::dispatch_numeric!(*ty, T => {
                let v: T = numeric.to_element()?;
                let v = if swap { v.byte_swap() } else { v };
                v.write_ne_slice(out).ok_or_else(|| Error::Value("item of the wrong size".into()))
            })
        }
        Repr::Bytes(n) => {
            let bytes: Vec<u8> = match value {
                Scalar::Bytes(b) => b.clone(),
                Scalar::Str(s) => {
                    if let Some((pos, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                        let code = c as u32;
                        let shown = if code < 0x100 {
                            format!("\\x{code:02x}")
                        } else if code < 0x10000 {
                            format!("\\u{code:04x}")
                        } else {
                            format!("\\U{code:08x}")
                        };
                        return Err(Error::UnicodeEncode(format!(
                            "'ascii' codec can't encode character '{shown}' in position {pos}: ordinal not in range(128)"
                        )));
                    }
                    s.as_bytes().to_vec()
                }
                Scalar::Void(b, _) => b.clone(),
                Scalar::Tuple(_) => {
                    return Err(Error::Type("cannot assign a tuple to a bytes item".into()))
                }
                v => v.to_string().into_bytes(),
            };
            fill_padded(out, &bytes[..bytes.len().min(*n)]);
            Ok(())
        }
        Repr::Str { chars, order } => {
            let text: String = match value {
                Scalar::Str(s) => s.clone(),
                Scalar::Bytes(b) => {
                    if !b.is_ascii() {
                        return Err(Error::Value(
                            "'ascii' codec can't decode bytes: ordinal not in range(128)".into(),
                        ));
                    }
                    String::from_utf8_lossy(b).into_owned()
                }
                Scalar::Void(..) | Scalar::Tuple(_) => {
                    return Err(Error::Type(format!(
                        "cannot assign a {} to a str item",
                        value_kind(value)
                    )))
                }
                v => v.to_string(),
            };
            out.fill(0);
            for (slot, c) in out.chunks_exact_mut(4).zip(text.chars().take(*chars)) {
                let code = c as u32;
                slot.copy_from_slice(&match order {
                    ByteOrder::Little => code.to_le_bytes(),
                    ByteOrder::Big => code.to_be_bytes(),
                });
            }
            Ok(())
        }
        Repr::Void(_) => match value {
            Scalar::Void(b, _) | Scalar::Bytes(b) => {
                fill_padded(out, &b[..b.len().min(out.len())]);
                Ok(())
            }
            other => Err(Error::Type(format!(
                "cannot assign a {} to a void item",
                value_kind(other)
            ))),
        },
        Repr::SubArray(sub) => {
            let size = sub.base.itemsize();
            let n = out.len() / size.max(1);
            match value {
                Scalar::Tuple(items) => {
                    if items.len() != n {
                        return Err(Error::Value(format!(
                            "could not broadcast input array from shape ({},) into shape {}",
                            items.len(),
                            crate::error::c_shape_str_usize(&sub.shape)
                        )));
                    }
                    for (chunk, v) in out.chunks_exact_mut(size.max(1)).zip(items) {
                        encode(v, &sub.base, chunk)?;
                    }
                    Ok(())
                }
                Scalar::Void(b, d) if d == dtype => {
                    out.copy_from_slice(b);
                    Ok(())
                }
                v => {
                    for chunk in out.chunks_exact_mut(size.max(1)) {
                        encode(v, &sub.base, chunk)?;
                    }
                    Ok(())
                }
            }
        }
        Repr::Record(_) => {
            let fields = dtype.fields().unwrap_or(&[]);
            match value {
                Scalar::Void(b, d) if d == dtype => {
                    out.copy_from_slice(b);
                    Ok(())
                }
                Scalar::Tuple(items) => {
                    if items.len() != fields.len() {
                        return Err(Error::Value(format!(
                            "could not assign tuple of length {} to structure with {} fields.",
                            items.len(),
                            fields.len()
                        )));
                    }
                    for (f, v) in fields.iter().zip(items) {
                        let end = f.offset + f.dtype.itemsize();
                        let slot = out
                            .get_mut(f.offset..end)
                            .ok_or_else(|| Error::Value("field outside its record".into()))?;
                        encode(v, &f.dtype, slot)?;
                    }
                    Ok(())
                }
                Scalar::Void(..) => Err(Error::NotImplemented(
                    "assigning between different structured dtypes".into(),
                )),
                v => {
                    // NumPy broadcasts a scalar into every field.
                    for f in fields {
                        let end = f.offset + f.dtype.itemsize();
                        let slot = out
                            .get_mut(f.offset..end)
                            .ok_or_else(|| Error::Value("field outside its record".into()))?;
                        encode(v, &f.dtype, slot)?;
                    }
                    Ok(())
                }
            }
        }
    }
}

fn value_kind(v: &Scalar) -> &'static str {
    match v {
        Scalar::Tuple(_) => "tuple",
        Scalar::Void(..) => "structured item",
        Scalar::Bytes(_) => "bytes",
        Scalar::Str(_) => "str",
        _ => "number",
    }
}

fn fill_padded(out: &mut [u8], bytes: &[u8]) {
    out.fill(0);
    out[..bytes.len()].copy_from_slice(bytes);
}

/// NumPy parses strings assigned to numeric items as Python's `int()`/`float()` would.
fn parse_number(text: &str, ty: crate::dtype::ScalarType) -> Result<Scalar> {
    let t = text.trim();
    let bad = || {
        let what = match ty.info().kind {
            'i' | 'u' => "invalid literal for int() with base 10",
            'c' => "complex() arg is a malformed string",
            _ => "could not convert string to float",
        };
        Error::Value(format!("{what}: '{text}'"))
    };
    match ty.info().kind {
        'i' | 'u' => t.parse::<i128>().map(Scalar::Int).map_err(|_| bad()),
        'b' => Ok(Scalar::Bool(!text.is_empty())),
        _ => t.parse::<f64>().map(Scalar::Float).map_err(|_| bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_truncate_and_pad() {
        let mut out = [9u8; 3];
        encode(
            &Scalar::Bytes(b"toolong".to_vec()),
            &DType::bytes(3),
            &mut out,
        )
        .unwrap();
        assert_eq!(&out, b"too");
        encode(&Scalar::Bytes(b"a".to_vec()), &DType::bytes(3), &mut out).unwrap();
        assert_eq!(&out, b"a\0\0");
        assert_eq!(
            decode(&out, &DType::bytes(3)).unwrap(),
            Scalar::Bytes(b"a".to_vec())
        );
        let mut u = [0u8; 8];
        let be = DType::unicode(2).newbyteorder();
        encode(&Scalar::Str("é".into()), &be, &mut u).unwrap();
        assert_eq!(u, [0, 0, 0, 0xe9, 0, 0, 0, 0]);
        assert_eq!(decode(&u, &be).unwrap(), Scalar::Str("é".into()));
    }

    #[test]
    fn numbers_in_either_order() {
        let mut out = [0u8; 4];
        encode(&Scalar::Int(1), &">i4".parse().unwrap(), &mut out).unwrap();
        assert_eq!(out, [0, 0, 0, 1]);
        assert_eq!(
            decode(&out, &">i4".parse().unwrap()).unwrap(),
            Scalar::I32(1)
        );
    }
}
