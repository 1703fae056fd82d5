# Views that reinterpret (issue 3, point 6): view(dtype) with NumPy's rules when the item
# size changes, assignment to x.dtype, record views of plain arrays, and the notebook's cells.

#case rv_notebook_set_dtype
x = np.array([1, 2, 3, 4], dtype=np.uint8)
x.dtype = "<i2"
x

#case rv_notebook_view_i4
x = np.array([1, 2, 3, 4], dtype=np.uint8)
x.dtype = "<i2"
y = x.view("<i4")
y

#case rv_notebook_view_write_through
x = np.array([1, 2, 3, 4], dtype=np.uint8)
x.dtype = "<i2"
y = x.view("<i4")
x[1] = 5
y

#case rv_notebook_view_base
x = np.array([1, 2, 3, 4], dtype=np.uint8)
x.dtype = "<i2"
y = x.view("<i4")
y.base is x

#case rv_notebook_rgba_fill
x = np.zeros((10, 10, 4), dtype=np.int8)
x[:, :, 0] = 1
x[:, :, 1] = 2
x[:, :, 2] = 3
x[:, :, 3] = 4
x[0, 0]

#case rv_notebook_rgba_view
x = np.zeros((10, 10, 4), dtype=np.int8)
x[:, :, 0] = 1
x[:, :, 1] = 2
x[:, :, 2] = 3
x[:, :, 3] = 4
y = x.view([('r', 'i1'),
            ('g', 'i1'),
            ('b', 'i1'),
            ('a', 'i1')])[:, :, 0]
y.shape, y.strides, y.dtype

#case rv_notebook_rgba_view_full
x = np.zeros((10, 10, 4), dtype=np.int8)
y = x.view([('r', 'i1'), ('g', 'i1'), ('b', 'i1'), ('a', 'i1')])
y.shape, y.strides, y.itemsize

#case rv_notebook_rgba_field
x = np.zeros((10, 10, 4), dtype=np.int8)
x[:, :, 0] = 1
x[:, :, 1] = 2
x[:, :, 2] = 3
x[:, :, 3] = 4
y = x.view([('r', 'i1'), ('g', 'i1'), ('b', 'i1'), ('a', 'i1')])[:, :, 0]
g = y['g']
g.shape, g.strides, g[0, :3]

#case rv_notebook_rgba_item
x = np.zeros((10, 10, 4), dtype=np.int8)
x[:, :, 0] = 1
x[:, :, 1] = 2
x[:, :, 2] = 3
x[:, :, 3] = 4
y = x.view([('r', 'i1'), ('g', 'i1'), ('b', 'i1'), ('a', 'i1')])[:, :, 0]
y[3, 4]

#case rv_notebook_rgba_small_repr
x = np.zeros((2, 2, 4), dtype=np.int8)
x[:, :, 0] = 1
x[:, :, 3] = 4
x.view([('r', 'i1'), ('g', 'i1'), ('b', 'i1'), ('a', 'i1')])[:, :, 0]

#case rv_notebook_rgba_write_through
x = np.zeros((2, 2, 4), dtype=np.int8)
y = x.view([('r', 'i1'), ('g', 'i1'), ('b', 'i1'), ('a', 'i1')])[:, :, 0]
y['b'] = 7
x[1, 1]

#case rv_notebook_transposed_copy
y = np.array([[1, 3], [2, 4]], dtype=np.uint8).transpose()
x = y.copy()
x

#case rv_notebook_transposed_y
y = np.array([[1, 3], [2, 4]], dtype=np.uint8).transpose()
y

#case rv_notebook_view_int16_of_copy
y = np.array([[1, 3], [2, 4]], dtype=np.uint8).transpose()
x = y.copy()
x.view(np.int16)

#case rv_notebook_view_int16_transposed_error
y = np.array([[1, 3], [2, 4]], dtype=np.uint8).transpose()
y.view(np.int16)

#case rv_smaller_1d
x = np.array([1, 256], dtype='<i4')
x.view('<i2')

#case rv_smaller_u1
x = np.array([1, 256], dtype='<i4')
x.view(np.uint8)

#case rv_smaller_2d_last_axis
x = np.arange(6, dtype='<i4').reshape(2, 3)
y = x.view('<i2')
y.shape, y.strides

#case rv_larger_2d
x = np.arange(8, dtype=np.uint8).reshape(2, 4)
y = x.view('<u2')
y, y.strides

#case rv_larger_not_divisor_error
x = np.arange(6, dtype=np.uint8).reshape(2, 3)
x.view('<u2')

#case rv_larger_1d_not_divisor_error
x = np.arange(3, dtype=np.uint8)
x.view('<i4')

#case rv_smaller_not_divisor_error
x = np.zeros(2, dtype='<i4')
x.view('S3')

#case rv_smaller_not_divisor_larger_total
x = np.zeros(3, dtype='<i2')
x.view('S3')

#case rv_0d_different_size_error
x = np.array(5, dtype='<i4')
x.view('<i2')

#case rv_0d_same_size
x = np.array(5, dtype='<i4')
x.view('<f4')

#case rv_same_size_transposed_ok
x = np.arange(6, dtype='<i4').reshape(2, 3).T
y = x.view('<f4')
y.shape, y.strides

#case rv_same_size_float_bits
x = np.array([1.0, -2.0])
x.view('<u8')

#case rv_complex_as_float_pairs
x = np.array([1 + 2j, 3 - 4j])
x.view(np.float64)

#case rv_float_pairs_as_complex
x = np.arange(4, dtype=np.float64).reshape(2, 2)
x.view(np.complex128)

#case rv_strided_first_axis_ok
x = np.arange(12, dtype=np.uint8).reshape(3, 4)[::2]
y = x.view('<u2')
y, y.strides

#case rv_strided_last_axis_error
x = np.arange(12, dtype=np.uint8).reshape(3, 4)[:, ::2]
x.view('<u2')

#case rv_reversed_last_axis_error
x = np.arange(4, dtype=np.uint8)[::-1]
x.view('<u2')

#case rv_last_axis_len1_noncontig
x = np.arange(12, dtype=np.uint8).reshape(3, 4)[:, :1]
y = x.view(np.int8)
y.shape, y.strides

#case rv_last_axis_len1_larger
x = np.zeros((3, 4), dtype=np.uint8)[:, 1:2]
x.view('<u2')

#case rv_F_order_error
x = np.asfortranarray(np.zeros((2, 3), dtype=np.uint8))
x.view('<u2')

#case rv_F_order_smaller
x = np.asfortranarray(np.zeros((2, 4), dtype='<u2'))
x.view(np.uint8)

#case rv_broadcast_error
x = np.broadcast_to(np.arange(2, dtype=np.uint8), (3, 2))
x.view('<u2')

#case rv_broadcast_last_axis_zero_stride
x = np.broadcast_to(np.arange(2, dtype=np.uint8).reshape(2, 1), (2, 2))
x.view('<u2')

#case rv_empty_array
x = np.zeros((0, 3), dtype=np.uint8)
x.view('<u2')

#case rv_empty_last_axis
x = np.zeros((2, 0), dtype=np.uint8)
x.view('<u4')

#case rv_no_args
x = np.arange(3, dtype=np.int8)
y = x.view()
y, y is x, y.base is x

#case rv_write_through_bytes
x = np.array([1, 2], dtype='<u2')
y = x.view(np.uint8)
y[1] = 1
x

#case rv_flags_of_view
x = np.arange(4, dtype=np.int32)
x.view(np.int8).flags

#case rv_readonly_view
x = np.frombuffer(b'\x01\x00\x02\x00', dtype=np.uint8)
y = x.view('<u2')
y, y.flags.writeable

#case rv_view_of_slice_offset
x = np.arange(8, dtype=np.uint8)
y = x[2:6].view('<u2')
y, y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case rv_view_unaligned_flag
x = np.arange(9, dtype=np.uint8)
y = x[1:].view('<u4')
y.flags['ALIGNED'], y

#case rv_view_as_subarray_same_size
x = np.arange(4, dtype='<i4')
y = x.view(('<i2', (2,)))
y.shape, y.strides, y.dtype

#case rv_view_as_subarray_2d
x = np.arange(3, dtype='<u4')
x.view(('u1', (2, 2)))

#case rv_view_as_subarray_size_error
x = np.arange(4, dtype='<i4')
x.view(('<i2', (3,)))

#case rv_view_as_struct
x = np.arange(4, dtype='<u4')
x.view('<u2,<u2')

#case rv_view_as_struct_field
x = np.array([0x00020001, 0x00040003], dtype='<u4')
x.view([('lo', '<u2'), ('hi', '<u2')])['hi']

#case rv_view_as_struct_smaller
x = np.zeros(2, dtype='<u8')
y = x.view([('a', '<u2'), ('b', '<u2')])
y.shape, y.strides, y.dtype

#case rv_view_as_void
x = np.arange(2, dtype='<u4')
x.view('V2')

#case rv_view_S_as_u1_2d
x = np.array([[b'ab', b'cd']])
x.view('u1')

#case rv_view_U_as_S_error
x = np.array(['ab'])
x.view('S3')

#case rv_view_U_as_S4
x = np.array(['ab'])
x.view('S4')

#case rv_view_bool_as_u1
x = np.array([True, False])
x.view(np.uint8)

#case rv_view_u1_as_bool
x = np.array([0, 1, 2], dtype=np.uint8)
x.view(np.bool)

#case rv_set_dtype_smaller
x = np.arange(2, dtype='<u4')
x.dtype = np.uint8
x, x.strides

#case rv_set_dtype_larger
x = np.arange(8, dtype=np.uint8)
x.dtype = '<u4'
x

#case rv_set_dtype_same_size
x = np.array([1.0])
x.dtype = '<i8'
x

#case rv_set_dtype_struct
x = np.arange(4, dtype=np.uint8)
x.dtype = [('a', 'u1'), ('b', 'u1')]
x

#case rv_set_dtype_transposed_error
x = np.arange(4, dtype=np.uint8).reshape(2, 2).T
x.dtype = '<u2'

#case rv_set_dtype_error_keeps_array
x = np.arange(3, dtype=np.uint8)
x.dtype = '<u2'

#case rv_set_dtype_0d_error
x = np.array(1, dtype='<u4')
x.dtype = np.uint8

#case rv_set_dtype_subarray
x = np.arange(4, dtype='<u2')
x.dtype = ('u1', (2,))
x, x.shape

#case rv_set_dtype_view_base
x = np.arange(4, dtype=np.uint8)
y = x[:]
y.dtype = '<u2'
y, y.base is x, x

#case rv_view_chain
x = np.arange(4, dtype=np.uint8)
z = x.view('<u2').view('<u4')
z, z.base is x

#case rv_view_big_endian_pairs
x = np.array([1, 2, 3, 4], dtype=np.uint8)
x.view('>u2')

#case rv_view_V0_error
x = np.arange(4, dtype=np.uint8)
x.view('V0')

#case rv_record_view_of_bytes
x = np.frombuffer(b'\x01\x02\x03\x04\x05\x06\x07\x08', dtype=np.uint8)
x.view([('r', 'u1'), ('g', 'u1'), ('b', 'u1'), ('a', 'u1')])

#case rv_record_view_to_plain
x = np.zeros(2, dtype=[('r', 'u1'), ('g', 'u1')])
x['g'] = 1
x.view(np.uint8)

#case rv_record_view_to_plain_larger
x = np.zeros(2, dtype=[('r', 'u1'), ('g', 'u1')])
x['g'] = 1
x.view('<u2')

#case rv_view_unsized_S
x = np.array([1, 2], dtype='<u2')
x.view('S')

#case rv_astype_subarray_broadcasts
np.arange(4).astype(('i4', (2,)))
