# Strings and raw bytes (issue 3, point 3): S (NUL-padded bytes), U (UCS-4 in a byte order)
# and V (void) arrays: creation, item get/set with truncation and padding, comparison, reprs.

#case str_S_from_bytes
np.array([b'ab', b'c'])

#case str_S_from_bytes_2d
np.array([[b'ab', b'c'], [b'', b'xyz']])

#case str_S_explicit_dtype_pads
np.array([b'ab', b'c'], dtype='S4')

#case str_S_explicit_dtype_truncates
np.array([b'abcdef', b'xy'], dtype='S3')

#case str_S_empty_string
np.array([b''])

#case str_S_item_scalar
a = np.array([b'ab', b'c'], dtype='S4')
a[0]

#case str_S_item_negative_index
a = np.array([b'ab', b'c'], dtype='S4')
a[-1]

#case str_S_item_python
a = np.array([b'ab', b'c'], dtype='S4')
a.item(0)

#case str_S_tolist
a = np.array([b'ab', b'c'], dtype='S4')
a.tolist()

#case str_S_inner_nul_kept
a = np.array([b'a\x00b'], dtype='S4')
a[0]

#case str_S_trailing_nul_stripped
a = np.array([b'ab\x00\x00'], dtype='S4')
a[0], a.tobytes()

#case str_S_set_truncates
a = np.zeros(3, dtype='S4')
a[0] = b'toolong'
a

#case str_S_set_pads
a = np.array([b'wxyz', b'wxyz'], dtype='S4')
a[1] = b'x'
a.tobytes()

#case str_S_set_str_ascii
a = np.zeros(2, dtype='S3')
a[0] = 'abc'
a

#case str_S_set_str_non_ascii_error
a = np.zeros(2, dtype='S3')
a[0] = 'é'

#case str_S_set_int
a = np.zeros(2, dtype='S3')
a[0] = 5
a[1] = 12345
a

#case str_S_set_float
a = np.zeros(2, dtype='S4')
a[0] = 1.5
a

#case str_S_set_slice_broadcast
a = np.zeros((2, 3), dtype='S2')
a[:, 1] = b'hi'
a

#case str_S_set_slice_list
a = np.zeros(3, dtype='S2')
a[:] = [b'a', b'bcd', b'ef']
a

#case str_S_zeros_repr
np.zeros(3, dtype='S2')

#case str_S_ones
np.ones(2, dtype='S3')

#case str_S_full
np.full(2, b'ab', dtype='S3')

#case str_S_strides
a = np.zeros((2, 3), dtype='S5')
a.strides, a.itemsize, a.nbytes

#case str_S_str
a = np.array([[b'ab', b'c'], [b'd', b'e\n']])
str(a)

#case str_S_repr_quote
np.array([b"it's", b'a"b'])

#case str_S_repr_escapes
np.array([b'\x01\xff', b'\t'])

#case str_S_scalar_repr_str
a = np.array([b"it's"])
repr(a[0]), str(a[0])

#case str_S_scalar_len
a = np.array([b'ab', b'c'], dtype='S4')
len(a[0])

#case str_S_bytes_scalar_type
np.bytes_(b'ab')

#case str_S_bytes_scalar_empty
np.bytes_(b'')

#case str_S_view_u1
a = np.array([b'ab', b'cd'])
a.view('u1')

#case str_S_view_split
a = np.array([b'abcd', b'efgh'])
a.view('S2')

#case str_S_view_join
a = np.array([b'ab', b'cd', b'ef', b'gh'])
a.view('S4')

#case str_S_frombuffer
np.frombuffer(b'abcdef', dtype='S3')

#case str_S_frombuffer_nul_padding
np.frombuffer(b'ab\x00cd\x00', dtype='S3')

#case str_U_from_str
np.array(['ab', 'c'])

#case str_U_bytes_little_endian
a = np.array(['ab', 'c'])
a.tobytes()

#case str_U_bytes_big_endian
a = np.array(['ab', 'c'], dtype='>U2')
a

#case str_U_big_endian_tobytes
a = np.array(['ab', 'c'], dtype='>U2')
a.tobytes()

#case str_U_big_endian_item
a = np.array(['ab', 'c'], dtype='>U2')
a[0]

#case str_U_non_ascii
np.array(['héllo', '日本'])

#case str_U_non_ascii_bytes
np.array(['é日'], dtype='U2').tobytes()

#case str_U_non_ascii_item
a = np.array(['héllo', '日本'])
a[1]

#case str_U_truncates
np.array(['abcdef'], dtype='U3')

#case str_U_set_truncates
a = np.zeros(2, dtype='U3')
a[0] = 'abcdef'
a[1] = 'x'
a

#case str_U_set_from_bytes
a = np.zeros(2, dtype='U3')
a[0] = b'ab'
a

#case str_U_set_int
a = np.zeros(2, dtype='U4')
a[0] = 42
a

#case str_U_zeros
np.zeros((2, 2), dtype='U1')

#case str_U_strides
a = np.zeros((2, 3), dtype='U3')
a.strides, a.itemsize, a.dtype.alignment

#case str_U_view_code_points
a = np.array(['AB', 'é'])
a.view('<u4')

#case str_U_item_python
a = np.array(['ab', 'c'])
a.item(1), a.tolist()

#case str_U_scalar_repr_str
a = np.array(["it's"])
repr(a[0]), str(a[0])

#case str_U_scalar_type
np.str_('ab')

#case str_U_trailing_nul_stripped
a = np.array(['a\x00\x00'], dtype='U3')
a[0], len(a[0])

#case str_U_str_2d
str(np.array([['a', 'bc'], ['def', '']]))

#case str_U_frombuffer
np.frombuffer(b'a\x00\x00\x00b\x00\x00\x00', dtype='<U1')

#case str_U_frombuffer_big
np.frombuffer(b'\x00\x00\x00a\x00\x00\x00b', dtype='>U2')

#case str_mixed_discovery_U
np.array(['a', b'bc'])

#case str_mixed_int_str_discovery
np.array([1, 'a'])

#case str_astype_S_to_U
np.array([b'ab', b'c']).astype('U')

#case str_astype_U_to_S
np.array(['ab', 'c']).astype('S')

#case str_astype_U_to_S_sized
np.array(['abcd', 'c']).astype('S2')

#case str_astype_U_to_S_non_ascii_error
np.array(['é']).astype('S1')

#case str_astype_int_to_S
np.arange(3).astype('S2')

#case str_astype_int_to_U_default
np.array([1, -20]).astype('U')

#case str_astype_float_to_U
np.array([1.5, 0.25]).astype('U5')

#case str_astype_S_to_int
np.array([b'12', b'-3']).astype(np.int32)

#case str_astype_U_to_float
np.array(['1.5', '2e3']).astype(np.float64)

#case str_astype_U_to_int_error
np.array(['x1']).astype(np.int64)

#case str_astype_bool_to_S
np.array([True, False]).astype('S5')

#case str_eq_S_bytes
a = np.array([b'ab', b'c', b'ab'])
a == b'ab'

#case str_ne_S_bytes
a = np.array([b'ab', b'c', b'ab'])
a != b'ab'

#case str_eq_U_str
a = np.array(['ab', 'c'])
a == 'c'

#case str_eq_S_vs_U_false
a = np.array([b'a'])
a == 'a'

#case str_eq_U_vs_S_false
a = np.array(['a'])
a == b'a'

#case str_eq_arrays
a = np.array([b'ab', b'cd'])
b = np.array([b'ab', b'ce'], dtype='S5')
a == b

#case str_eq_broadcast_2d
a = np.array([['a', 'b'], ['b', 'a']])
b = np.array(['a', 'b'])
a == b

#case str_eq_trailing_nul
a = np.array([b'a\x00'], dtype='S2')
a == b'a'

#case str_eq_trailing_space
a = np.array(['a '])
a == 'a'

#case str_eq_prefix
a = np.array(['abc'])
a == 'ab'

#case str_eq_U_byteorders
a = np.array(['ab', 'cd'], dtype='>U2')
b = np.array(['ab', 'xx'], dtype='<U3')
a == b

#case str_eq_scalar_python_bool
a = np.array([b'ab'])
a[0] == b'ab'

#case str_eq_U_scalar_python_bool
a = np.array(['ab'])
a[0] == 'ab'

#case str_np_equal
np.equal(np.array(['x', 'y']), 'y')

#case str_np_not_equal
np.not_equal(np.array([b'x', b'y']), np.array([b'x', b'x']))

#case str_V_zeros
np.zeros(2, dtype='V3')

#case str_V_set_bytes
a = np.zeros(2, dtype='V3')
a[0] = b'\x01\x02'
a

#case str_V_item
a = np.zeros(2, dtype='V3')
a[0] = b'\x01\x02\x03'
a[0]

#case str_V_item_python
a = np.zeros(2, dtype='V2')
a[1] = b'\xff\x01'
a.item(1)

#case str_V_tobytes
a = np.zeros(2, dtype='V3')
a[1] = b'abc'
a.tobytes()

#case str_V_view_of_int
x = np.array([1, 2], dtype='<u2')
x.view('V2')

#case str_V_str
a = np.zeros(2, dtype='V2')
a[0] = b'\x0a\x0b'
str(a)

#case str_V_frombuffer
np.frombuffer(b'\x00\x01\x02\x03', dtype='V2')

#case str_V_eq
a = np.frombuffer(b'\x00\x01\x00\x01\x02\x03', dtype='V2')
a == a[0]

#case str_V_scalar_type
np.void(b'\x01\x02')

#case str_S_copy_F
a = np.array([[b'a', b'b'], [b'c', b'd']], dtype='S2').T.copy()
a, a.tobytes()

#case str_U_transpose_tobytes
a = np.array([['a', 'b'], ['c', 'd']], dtype='U1')
a.T.tobytes()

#case str_S_reshape_ravel
a = np.array([b'a', b'b', b'c', b'd']).reshape(2, 2)
a.ravel('F')

#case str_U_empty_array_repr
np.zeros(0, dtype='U3')

#case str_S_empty_array_repr
np.zeros((2, 0), dtype='S3')

#case str_U0_dtype_array
np.array(['', ''])

#case str_S_long_repr_wrap
np.array([b'abcdefghij'] * 12)
