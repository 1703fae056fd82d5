# Structured arrays (issue 3, point 4): creation from tuples, field views (strides, offset,
# shared memory), multi-field views, record items and their reprs, field assignment, sub-array
# fields adding trailing dimensions, nested records, padding, titles, the WAV header.

#case rec_from_tuples
np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])

#case rec_from_tuples_layout
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a.shape, a.strides, a.itemsize, a.dtype.descr

#case rec_from_tuples_str
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
str(a)

#case rec_from_tuples_2d
np.array([[(1, b'x'), (2, b'yy')], [(3, b''), (4, b'zzz')]], dtype=[('n', 'u1'), ('s', 'S2')])

#case rec_0d
np.array((7, 0.5), dtype=[('a', 'i2'), ('b', 'f4')])

#case rec_comma_dtype
np.array([(1, 2, 3)], dtype='u1,i2,f4')

#case rec_zeros
np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8'), ('s', 'S3')])

#case rec_zeros_2d_strides
x = np.zeros((3, 2), dtype=[('a', 'i4'), ('b', 'f8')])
x['b'].strides, x['a'].strides, x.strides

#case rec_field_view
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a['b']

#case rec_field_view_a
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a['a']

#case rec_field_view_base
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a['b'].base is a

#case rec_field_view_offset
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
b = a['b']
b.__array_interface__['data'][0] - a.__array_interface__['data'][0]

#case rec_field_view_flags
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a['b'].flags

#case rec_field_write_through
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
b = a['b']
b[1] = -1.0
a

#case rec_field_item
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a['b'][1]

#case rec_field_of_slice
a = np.array([(1, 2.0), (3, 4.5), (5, 6.0)], dtype=[('a', 'i4'), ('b', 'f8')])
a[::-2]['a']

#case rec_slice_of_field
a = np.array([(1, 2.0), (3, 4.5), (5, 6.0)], dtype=[('a', 'i4'), ('b', 'f8')])
a['a'][::-2]

#case rec_field_missing
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a['c']

#case rec_field_on_plain_array
a = np.arange(3)
a['a']

#case rec_multi_field
a = np.array([(1, 2.0, 3), (4, 5.0, 6)], dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'u1')])
a[['c', 'a']]

#case rec_multi_field_dtype
a = np.array([(1, 2.0, 3), (4, 5.0, 6)], dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'u1')])
a[['c', 'a']].dtype

#case rec_multi_field_layout
a = np.array([(1, 2.0, 3), (4, 5.0, 6)], dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'u1')])
v = a[['c', 'a']]
v.itemsize, v.strides, v.dtype.fields, v.base is a

#case rec_multi_field_single
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a[['b']]

#case rec_multi_field_write_through
a = np.array([(1, 2.0, 3), (4, 5.0, 6)], dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'u1')])
v = a[['c', 'a']]
v['a'] = 9
a

#case rec_multi_field_item
a = np.array([(1, 2.0, 3), (4, 5.0, 6)], dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'u1')])
a[['c', 'a']][1]

#case rec_multi_field_missing
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a[['a', 'x']]

#case rec_multi_field_duplicate
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a[['a', 'a']]

#case rec_multi_field_rgba
x = np.zeros(3, dtype=[('r', 'u1'), ('g', 'u1'), ('b', 'u1'), ('a', 'u1')])
x[['r', 'b']]

#case rec_item_repr
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a[0]

#case rec_item_str
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
str(a[1])

#case rec_item_field_by_name
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a[1]['b']

#case rec_item_field_by_index
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a[1][0], a[1][-1]

#case rec_item_len
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
len(a[0])

#case rec_item_python
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a.item(1)

#case rec_tolist
a = np.array([(1, b'ab'), (3, b'c')], dtype=[('a', 'i4'), ('s', 'S2')])
a.tolist()

#case rec_item_with_strings
a = np.array([(1, b'ab', 'xyz')], dtype=[('n', 'i1'), ('s', 'S2'), ('u', 'U3')])
a[0]

#case rec_item_2d_index
a = np.zeros((2, 2), dtype=[('a', 'i4'), ('b', 'f8')])
a[1, 0] = (5, 0.25)
a[1, 0]

#case rec_item_eq
a = np.array([(1, 2.0), (1, 2.0), (3, 2.0)], dtype=[('a', 'i4'), ('b', 'f8')])
a[0] == a[1], a[0] == a[2]

#case rec_array_eq
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
b = np.array([(1, 2.0), (3, 4.0)], dtype=[('a', 'i4'), ('b', 'f8')])
a == b

#case rec_array_ne_copy
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a != a.copy()

#case rec_item_is_view
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
r = a[0]
a['a'] = 100
r

#case rec_item_write_through
a = np.zeros(2, dtype=[('x', 'i4'), ('y', 'f8')])
a[0]['x'] = 5
a

#case rec_item_bound_write_through
a = np.zeros(2, dtype=[('x', 'i4'), ('y', 'f8')])
r = a[1]
r['y'] = 9.5
a['x'] = 3
(a, r)

#case rec_item_sub_field_write_through
a = np.zeros(2, dtype=[('id', 'u2'), ('pos', 'f4', (3,))])
a[1]['pos'][2] = 7
a

#case rec_set_item_tuple
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a[0] = (5, 6.5)
a

#case rec_set_item_scalar_all_fields
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a[1] = 3
a

#case rec_set_slice_tuple
a = np.zeros(3, dtype=[('a', 'i4'), ('b', 'f8')])
a[1:] = (7, 0.5)
a

#case rec_set_list_of_tuples
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a[:] = [(1, 1.5), (2, 2.5)]
a

#case rec_set_field_scalar
a = np.zeros(3, dtype=[('a', 'i4'), ('b', 'f8')])
a['a'] = 7
a

#case rec_set_field_list
a = np.zeros(3, dtype=[('a', 'i4'), ('b', 'f8')])
a['b'] = [0.5, 1.5, 2.5]
a

#case rec_set_field_array
a = np.zeros(3, dtype=[('a', 'i4'), ('b', 'f8')])
a['a'] = np.arange(3, dtype=np.int8) * 2
a.tobytes()

#case rec_set_field_bytes
a = np.zeros(2, dtype=[('n', 'u1'), ('s', 'S3')])
a['s'] = b'abcdef'
a

#case rec_set_tuple_wrong_length
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a[0] = (1, 2, 3)

#case rec_set_tuple_field_overflow
a = np.zeros(2, dtype=[('a', 'i1'), ('b', 'f8')])
a[0] = (300, 1.0)

#case rec_set_multi_field_tuple
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'u1')])
a[['c', 'a']] = (1, 2)
a

#case rec_sub_field_shape
a = np.zeros(2, dtype=[('id', 'u2'), ('pos', 'f4', (3,))])
a['pos'].shape, a['pos'].strides, a['pos'].dtype

#case rec_sub_field_2d_shape
a = np.zeros((4, 5), dtype=[('id', 'u2'), ('m', 'i1', (2, 3))])
a['m'].shape, a['m'].strides

#case rec_sub_field_repr
a = np.array([(1, [1.0, 2.0, 3.0]), (2, [4.0, 5.0, 6.0])], dtype=[('id', 'u2'), ('pos', 'f4', (3,))])
a

#case rec_sub_field_view
a = np.array([(1, [1.0, 2.0, 3.0]), (2, [4.0, 5.0, 6.0])], dtype=[('id', 'u2'), ('pos', 'f4', (3,))])
a['pos']

#case rec_sub_field_item
a = np.array([(1, [1.0, 2.0, 3.0]), (2, [4.0, 5.0, 6.0])], dtype=[('id', 'u2'), ('pos', 'f4', (3,))])
a[1]

#case rec_sub_field_of_item
a = np.array([(1, [1.0, 2.0, 3.0]), (2, [4.0, 5.0, 6.0])], dtype=[('id', 'u2'), ('pos', 'f4', (3,))])
a[1]['pos']

#case rec_sub_field_set
a = np.zeros(2, dtype=[('id', 'u2'), ('pos', 'f4', (3,))])
a['pos'] = [[1, 2, 3], [4, 5, 6]]
a

#case rec_sub_field_set_broadcast
a = np.zeros(2, dtype=[('id', 'u2'), ('pos', 'f4', (3,))])
a['pos'][:, 1] = 9
a

#case rec_sub_field_set_item_tuple
a = np.zeros(2, dtype=[('id', 'u2'), ('pos', 'i1', (2, 2))])
a[0] = (7, [[1, 2], [3, 4]])
a

#case rec_sub_field_shares
a = np.zeros(2, dtype=[('id', 'u2'), ('pos', 'f4', (3,))])
p = a['pos']
p[0, 2] = 5
a['pos'][0]

#case rec_sub_field_tolist
a = np.array([(1, [[1, 2], [3, 4]])], dtype=[('id', 'u1'), ('m', 'i1', (2, 2))])
a.tolist()

#case rec_nested
a = np.array([((1, 2), 3), ((4, 5), 6)], dtype=[('p', [('x', 'i2'), ('y', 'i2')]), ('c', 'u1')])
a

#case rec_nested_field
a = np.array([((1, 2), 3), ((4, 5), 6)], dtype=[('p', [('x', 'i2'), ('y', 'i2')]), ('c', 'u1')])
a['p']

#case rec_nested_field_field
a = np.array([((1, 2), 3), ((4, 5), 6)], dtype=[('p', [('x', 'i2'), ('y', 'i2')]), ('c', 'u1')])
a['p']['y']

#case rec_nested_field_field_strides
a = np.zeros(3, dtype=[('p', [('x', 'i2'), ('y', 'i2')]), ('c', 'u1')])
y = a['p']['y']
y.strides, y.__array_interface__['data'][0] - a.__array_interface__['data'][0]

#case rec_nested_item
a = np.array([((1, 2), 3), ((4, 5), 6)], dtype=[('p', [('x', 'i2'), ('y', 'i2')]), ('c', 'u1')])
a[1]

#case rec_nested_item_field
a = np.array([((1, 2), 3), ((4, 5), 6)], dtype=[('p', [('x', 'i2'), ('y', 'i2')]), ('c', 'u1')])
a[1]['p']

#case rec_nested_set
a = np.zeros(2, dtype=[('p', [('x', 'i2'), ('y', 'i2')]), ('c', 'u1')])
a['p']['x'] = [10, 20]
a[1] = ((7, 8), 9)
a

#case rec_nested_sub_struct
a = np.zeros(2, dtype=[('pts', [('x', 'i2'), ('y', 'i2')], (2,))])
a['pts']['y'] = 3
a, a['pts'].shape

#case rec_align_padding_bytes
a = np.zeros(2, dtype=np.dtype([('a', 'i1'), ('b', '<i4')], align=True))
a[:] = [(1, 2), (3, 4)]
a.tobytes(), a.itemsize

#case rec_align_repr
a = np.zeros(1, dtype=np.dtype([('a', 'i1'), ('b', '<i4')], align=True))
a[0] = (1, 2)
a

#case rec_align_field_offset
a = np.zeros(3, dtype=np.dtype([('a', 'i1'), ('b', '<i4')], align=True))
b = a['b']
b.strides, b.flags['ALIGNED'], b.__array_interface__['data'][0] - a.__array_interface__['data'][0]

#case rec_packed_field_unaligned
a = np.zeros(3, dtype=[('a', 'i1'), ('b', '<i4')])
a['b'].flags['ALIGNED'], a['b'].strides

#case rec_offsets_gaps
a = np.zeros(2, dtype={'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 4], 'itemsize': 8})
a[0] = (1, 2)
a[1] = (3, 4)
a

#case rec_offsets_gaps_bytes
a = np.zeros(2, dtype={'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 4], 'itemsize': 8})
a['b'] = [2, 4]
a.tobytes()

#case rec_offsets_gaps_field
a = np.array([(1, 2), (3, 4)], dtype={'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 4], 'itemsize': 8})
a['b']

#case rec_offsets_overlap
a = np.zeros(2, dtype={'names': ['x', 'lo', 'hi'], 'formats': ['<u4', '<u2', '<u2'], 'offsets': [0, 0, 2]})
a['x'] = [0x00020001, 0x00040003]
a['lo'], a['hi']

#case rec_offsets_out_of_order_repr
np.zeros(1, dtype={'names': ['a', 'b'], 'formats': ['i2', 'i2'], 'offsets': [2, 0]})

#case rec_titles_access
a = np.array([(1, 2)], dtype=[(('Red channel', 'r'), 'u1'), ('g', 'u1')])
a['Red channel'], a['r']

#case rec_titles_repr
np.array([(1, 2)], dtype=[(('Red channel', 'r'), 'u1'), ('g', 'u1')])

#case rec_U_field
a = np.array([('ab', 1), ('é', 2)], dtype=[('name', 'U3'), ('n', '<i2')])
a['name'], a.tobytes()

#case rec_empty_dtype_array
np.zeros(3, dtype=[])

#case rec_copy
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a.copy()

#case rec_field_copy_contiguous
a = np.array([(1, 2.0), (3, 4.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a['b'].copy()

#case rec_transpose_reshape
a = np.zeros((2, 3), dtype=[('a', 'u1'), ('b', 'u1')])
a['a'] = [[1, 2, 3], [4, 5, 6]]
a.T.reshape(6)['a']

#case rec_ravel_F_field
a = np.zeros((2, 2), dtype=[('a', 'u1'), ('b', '>u2')])
a['b'] = [[1, 2], [3, 4]]
a.ravel('F')

#case rec_view_as_void
a = np.array([(1, 2)], dtype=[('a', '<u2'), ('b', '<u2')])
a.view('V4')

#case rec_view_as_other_record
a = np.array([(1, 2), (3, 4)], dtype=[('a', '<u2'), ('b', '<u2')])
a.view([('x', '<u4')])

#case rec_view_as_int
a = np.array([(1, 2), (3, 4)], dtype=[('a', '<u2'), ('b', '<u2')])
a.view('<u4')

#case rec_astype_reordered
a = np.array([(1, 2.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a.astype([('b', 'f8'), ('a', 'i4')])

#case rec_astype_plain_error
a = np.array([(1, 2.5)], dtype=[('a', 'i4'), ('b', 'f8')])
a.astype(np.float64)

#case rec_frombuffer
np.frombuffer(b'\x01\x00\x02\x00\x03\x00\x04\x00', dtype=[('a', '<u2'), ('b', '<u2')])

#case rec_frombuffer_field_readonly
r = np.frombuffer(b'\x01\x00\x02\x00\x03\x00\x04\x00', dtype=[('a', '<u2'), ('b', '<u2')])
r['b'].flags.writeable, r['b'].base is r

#case rec_full_scalar
np.full(2, 5, dtype=[('n', 'i2'), ('s', 'S2')])

#case rec_ones
np.ones(2, dtype=[('n', 'i2'), ('s', 'S2'), ('f', 'f4')])

#case rec_wav_header_zeros
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
np.zeros(1, dtype=wav_header_dtype)

#case rec_wav_header_frombuffer
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
header = (b'RIFF\x2c\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x08\x00\x00\x00')
wav_header = np.frombuffer(header, dtype=wav_header_dtype, count=1)
wav_header

#case rec_wav_header_fields
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
header = (b'RIFF\x2c\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x08\x00\x00\x00')
wav_header = np.frombuffer(header, dtype=wav_header_dtype, count=1)
wav_header['sample_rate'], wav_header['num_channels'], wav_header['bits_per_sample'], wav_header['byte_rate'], wav_header['format']

#case rec_wav_header_data_id
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
header = (b'RIFF\x2c\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x08\x00\x00\x00')
wav_header = np.frombuffer(header, dtype=wav_header_dtype, count=1)
wav_header['data_id']

#case rec_wav_header_data_id_shape
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
wav_header = np.zeros(1, dtype=wav_header_dtype)
wav_header.shape, wav_header['data_id'].shape, wav_header['data_id'].shape == (1, 2, 2), wav_header['data_id'].strides

#case rec_wav_header_item
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
header = (b'RIFF\x2c\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x08\x00\x00\x00')
wav_header = np.frombuffer(header, dtype=wav_header_dtype, count=1)
wav_header[0]

#case rec_wav_header_str
wav_header_dtype = np.dtype([("chunk_id", (bytes, 4)),
                             ("chunk_size", "<u4"),
                             ("format", "S4"),
                             ("fmt_id", "S4"),
                             ("fmt_size", "<u4"),
                             ("audio_fmt", "<u2"),
                             ("num_channels", "<u2"),
                             ("sample_rate", "<u4"),
                             ("byte_rate", "<u4"),
                             ("block_align", "<u2"),
                             ("bits_per_sample", "<u2"),
                             ("data_id", ("S1", (2, 2))),
                             ("data_size", "u4"),
                            ])
header = (b'RIFF\x2c\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x08\x00\x00\x00')
wav_header = np.frombuffer(header, dtype=wav_header_dtype, count=1)
str(wav_header)

#case rec_wav_notebook_dict_dtype
wav_header_dtype = np.dtype(dict(names=['format', 'sample_rate', 'data_id'],
                                 offsets=[8, 24, 36],
                                 formats=['S4', '<u4', ('S1', (2, 2))]))
header = (b'RIFF\x2c\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
          b'\x44\xac\x00\x00\x10\xb1\x02\x00\x04\x00\x10\x00data\x08\x00\x00\x00')
np.frombuffer(header[:40], dtype=wav_header_dtype)
