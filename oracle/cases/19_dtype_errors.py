# Malformed dtype specs and truncated inputs (issue 3): each must give NumPy's exception type
# and message, never a panic.

#case dterr_str_i3
np.dtype('i3')

#case dterr_str_f3
np.dtype('f3')

#case dterr_str_u3
np.dtype('u3')

#case dterr_str_c4
np.dtype('c4')

#case dterr_str_x4
np.dtype('x4')

#case dterr_str_double_order
np.dtype('<<i4')

#case dterr_str_order_on_name
np.dtype('>int16')

#case dterr_str_negative_size
np.dtype('S-1')

#case dterr_str_U_negative
np.dtype('U-1')

#case dterr_str_removed_int0
np.dtype('int0')

#case dterr_str_removed_bool8
np.dtype('bool8')

#case dterr_str_float17
np.dtype('float17')

#case dterr_str_empty
np.dtype('')

#case dterr_str_space
np.dtype(' ')

#case dterr_str_only_order
np.dtype('>')

#case dterr_str_trailing_garbage
np.dtype('f8x')

#case dterr_str_trailing_space
np.dtype('i4 ')

#case dterr_str_brackets
np.dtype('[i4]')

#case dterr_comma_unclosed_paren
np.dtype('(2,2')

#case dterr_comma_negative_dim
np.dtype('(2,-1)i4')

#case dterr_comma_trailing_comma
np.dtype('i4,')

#case dterr_comma_leading_comma
np.dtype(',i4')

#case dterr_comma_empty_item
np.dtype('i4,,f8')

#case dterr_comma_bad_item
np.dtype('i4,xyz')

#case dterr_comma_garbage_after_shape
np.dtype('(2)S1 x')

#case dterr_comma_paren_int
np.dtype('(3)i4')

#case dterr_notype_int
np.dtype(3)

#case dterr_notype_float
np.dtype(1.5)

#case dterr_notype_builtin_function
np.dtype(len)

#case dterr_tuple_size_1
np.dtype(('i4',))

#case dterr_tuple_size_3
np.dtype(('i4', 2, 3))

#case dterr_tuple_negative_int
np.dtype(('i4', -1))

#case dterr_tuple_negative_dim
np.dtype(('i4', (2, -3)))

#case dterr_tuple_flexible_negative
np.dtype(('S', -1))

#case dterr_tuple_float_shape
np.dtype(('i4', 2.5))

#case dterr_tuple_float_in_shape
np.dtype(('S1', (2.5,)))

#case dterr_tuple_bad_str_shape
np.dtype(('i4', 'x'))

#case dterr_tuple_dim_too_big
np.dtype(('i4', (2 ** 31,)))

#case dterr_tuple_total_too_big
np.dtype(('i4', (100000, 100000)))

#case dterr_tuple_too_many_dims
np.dtype(('i1', (1,) * 65))

#case dterr_tuple_union_size_mismatch
np.dtype(('i4', 'i2'))

#case dterr_list_one_element
np.dtype([('a',)])

#case dterr_list_four_elements
np.dtype([('a', 'i4', 2, 3)])

#case dterr_list_name_not_str
np.dtype([(1, 'i4')])

#case dterr_list_name_bytes
np.dtype([(b'a', 'i4')])

#case dterr_list_item_not_tuple
np.dtype(['a'])

#case dterr_list_item_list
np.dtype([['a', 'i4']])

#case dterr_list_empty_tuple
np.dtype([(), ()])

#case dterr_list_duplicate_name
np.dtype([('a', 'i4'), ('a', 'f8')])

#case dterr_list_duplicate_title
np.dtype([(('t', 'a'), 'i4'), (('t', 'b'), 'f8')])

#case dterr_list_title_is_other_name
np.dtype([('a', 'i4'), (('a', 'b'), 'f8')])

#case dterr_list_title_tuple_3
np.dtype([(('t', 'a', 'x'), 'i4')])

#case dterr_list_bad_format
np.dtype([('a', 'xyz')])

#case dterr_list_bad_format_size
np.dtype([('a', 'i3')])

#case dterr_list_bad_shape_str
np.dtype([('a', 'i4', 'x')])

#case dterr_list_bad_shape_float
np.dtype([('a', 'i4', 2.0)])

#case dterr_list_negative_shape
np.dtype([('a', 'i4', -1)])

#case dterr_list_nested_bad
np.dtype([('a', [('b', 'q7')])])

#case dterr_dict_names_only
np.dtype({'names': ['a']})

#case dterr_dict_formats_only
np.dtype({'formats': ['i4']})

#case dterr_dict_length_mismatch
np.dtype({'names': ['a', 'b'], 'formats': ['i4']})

#case dterr_dict_offsets_short
np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [0]})

#case dterr_dict_negative_offset
np.dtype({'names': ['a'], 'formats': ['i4'], 'offsets': [-1]})

#case dterr_dict_itemsize_too_small
np.dtype({'names': ['a'], 'formats': ['i4'], 'itemsize': 2})

#case dterr_dict_itemsize_too_small_offsets
np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [0, 8], 'itemsize': 10})

#case dterr_dict_duplicate_names
np.dtype({'names': ['a', 'a'], 'formats': ['i4', 'i4']})

#case dterr_dict_title_is_name
np.dtype({'names': ['a'], 'formats': ['i4'], 'titles': ['a']})

#case dterr_dict_duplicate_titles
np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'titles': ['t', 't']})

#case dterr_dict_name_not_str
np.dtype({'names': [1], 'formats': ['i4']})

#case dterr_dict_offsets_not_ints
np.dtype({'names': ['a'], 'formats': ['i4'], 'offsets': 'x'})

#case dterr_dict_offset_float
np.dtype({'names': ['a'], 'formats': ['i4'], 'offsets': [0.5]})

#case dterr_dict_itemsize_str
np.dtype({'names': ['a'], 'formats': ['i4'], 'itemsize': 'x'})

#case dterr_dict_bad_format
np.dtype({'names': ['a'], 'formats': ['i5']})

#case dterr_dict_aligned_bad_offset
np.dtype({'names': ['a', 'b'], 'formats': ['i1', 'i4'], 'offsets': [0, 2], 'aligned': True})

#case dterr_dict_align_itemsize_not_multiple
np.dtype({'names': ['a'], 'formats': ['i4'], 'itemsize': 6}, align=True)

#case dterr_fields_dict_not_tuple
np.dtype({'a': 'i4'})

#case dterr_fields_dict_short_tuple
np.dtype({'a': ('i4',)})

#case dterr_fields_dict_negative_offset
np.dtype({'a': ('i4', -4)})

#case dterr_newbyteorder_bad
np.dtype('i4').newbyteorder('x')

#case dterr_dtype_getitem_missing
np.dtype('i4,f8')['zz']

#case dterr_dtype_getitem_out_of_range
np.dtype('i4,f8')[5]

#case dterr_dtype_getitem_unstructured
np.dtype('i4')['a']

#case dterr_frombuffer_not_multiple
np.frombuffer(b'\x01\x02\x03', dtype='<i2')

#case dterr_frombuffer_partial_record
np.frombuffer(b'\x01\x02\x03\x04\x05', dtype=[('a', '<u2'), ('b', '<u2')])

#case dterr_frombuffer_count_too_large
np.frombuffer(b'\x01\x02\x03\x04', dtype=[('a', '<u2'), ('b', '<u2')], count=2)

#case dterr_frombuffer_offset_too_large
np.frombuffer(b'\x01\x02\x03\x04', dtype='u1', offset=5)

#case dterr_frombuffer_offset_leaves_partial
np.frombuffer(b'\x01\x02\x03\x04', dtype='<u2', offset=1)

#case dterr_frombuffer_zero_itemsize
np.frombuffer(b'\x01\x02', dtype='V0')

#case dterr_frombuffer_empty_ok
np.frombuffer(b'', dtype='<i4')

#case dterr_frombuffer_wav_truncated
header = b'RIFF\x2c\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'
np.frombuffer(header, dtype=[('chunk_id', 'S4'), ('chunk_size', '<u4'), ('format', 'S4'), ('fmt_id', 'S4'), ('fmt_size', '<u4'), ('audio_fmt', '<u2'), ('num_channels', '<u2'), ('sample_rate', '<u4')], count=1)

#case dterr_view_0d
np.array(1, dtype='<i4').view('<i2')

#case dterr_view_not_contiguous
np.arange(4, dtype=np.uint8).reshape(2, 2).T.view('<u2')

#case dterr_field_missing
np.zeros(2, dtype='i4,f8')['x']

#case dterr_field_index_plain_array
np.zeros(2)['f0']

#case dterr_multi_field_missing
np.zeros(2, dtype='i4,f8')[['f0', 'zz']]

#case dterr_record_tuple_too_short
a = np.zeros(2, dtype='i4,f8')
a[0] = (1,)

#case dterr_record_item_missing_field
a = np.zeros(2, dtype='i4,f8')
a[0]['zz']

#case dterr_record_item_index_out_of_range
a = np.zeros(2, dtype='i4,f8')
a[0][2]

#case dterr_record_from_short_tuple
np.array([(1, 2.0), (3,)], dtype='i4,f8')

#case dterr_S_assign_non_ascii
a = np.zeros(1, dtype='S2')
a[0] = 'ü'
