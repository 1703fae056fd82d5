# Dtype specs in every form NumPy accepts (type strings, names, Python types, comma strings,
# (base, n) tuples, lists of fields, dicts), their properties and reprs (issue 3, points 1-2).

#case dtype_str_lt_u4_repr
np.dtype('<u4')

#case dtype_str_lt_u4_props
d = np.dtype('<u4')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_gt_i2_repr
np.dtype('>i2')

#case dtype_str_gt_i2_props
d = np.dtype('>i2')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_bar_S4_repr
np.dtype('|S4')

#case dtype_str_bar_S4_props
d = np.dtype('|S4')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_S4_repr
np.dtype('S4')

#case dtype_str_S4_props
d = np.dtype('S4')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_a4_repr
np.dtype('a4')

#case dtype_str_a4_props
d = np.dtype('a4')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_U3_repr
np.dtype('U3')

#case dtype_str_U3_props
d = np.dtype('U3')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_gt_U3_repr
np.dtype('>U3')

#case dtype_str_gt_U3_props
d = np.dtype('>U3')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_V8_repr
np.dtype('V8')

#case dtype_str_V8_props
d = np.dtype('V8')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_b1_repr
np.dtype('b1')

#case dtype_str_b1_props
d = np.dtype('b1')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_qmark_repr
np.dtype('?')

#case dtype_str_qmark_props
d = np.dtype('?')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_lt_f8_repr
np.dtype('<f8')

#case dtype_str_lt_f8_props
d = np.dtype('<f8')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_gt_f4_repr
np.dtype('>f4')

#case dtype_str_gt_f4_props
d = np.dtype('>f4')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_eq_i8_repr
np.dtype('=i8')

#case dtype_str_eq_i8_props
d = np.dtype('=i8')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_bar_u1_repr
np.dtype('|u1')

#case dtype_str_bar_u1_props
d = np.dtype('|u1')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_gt_c16_repr
np.dtype('>c16')

#case dtype_str_gt_c16_props
d = np.dtype('>c16')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_e_repr
np.dtype('e')

#case dtype_str_e_props
d = np.dtype('e')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_f2_repr
np.dtype('f2')

#case dtype_str_f2_props
d = np.dtype('f2')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_i_repr
np.dtype('i')

#case dtype_str_i_props
d = np.dtype('i')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_d_repr
np.dtype('d')

#case dtype_str_d_props
d = np.dtype('d')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_c_repr
np.dtype('c')

#case dtype_str_c_props
d = np.dtype('c')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_B_repr
np.dtype('B')

#case dtype_str_B_props
d = np.dtype('B')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_S_repr
np.dtype('S')

#case dtype_str_S_props
d = np.dtype('S')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_U_repr
np.dtype('U')

#case dtype_str_U_props
d = np.dtype('U')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_V_repr
np.dtype('V')

#case dtype_str_V_props
d = np.dtype('V')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_S0_repr
np.dtype('S0')

#case dtype_str_S0_props
d = np.dtype('S0')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_gt_i1_repr
np.dtype('>i1')

#case dtype_str_gt_i1_props
d = np.dtype('>i1')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_lt_c8_repr
np.dtype('<c8')

#case dtype_str_lt_c8_props
d = np.dtype('<c8')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_H_repr
np.dtype('H')

#case dtype_str_H_props
d = np.dtype('H')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_gt_b1_repr
np.dtype('>b1')

#case dtype_str_gt_b1_props
d = np.dtype('>b1')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_str_S1_repr
np.dtype('S1')

#case dtype_str_S1_props
d = np.dtype('S1')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_name_uint16
np.dtype('uint16')

#case dtype_name_float32
np.dtype('float32')

#case dtype_name_bytes
np.dtype('bytes')

#case dtype_name_str
np.dtype('str')

#case dtype_name_void
np.dtype('void')

#case dtype_name_int
np.dtype('int')

#case dtype_name_float
np.dtype('float')

#case dtype_name_complex
np.dtype('complex')

#case dtype_name_bool
np.dtype('bool')

#case dtype_name_double
np.dtype('double')

#case dtype_name_half
np.dtype('half')

#case dtype_name_intp
np.dtype('intp')

#case dtype_name_uint
np.dtype('uint')

#case dtype_name_int8
np.dtype('int8')

#case dtype_name_complex64
np.dtype('complex64')

#case dtype_name_single
np.dtype('single')

#case dtype_name_ubyte
np.dtype('ubyte')

#case dtype_name_short
np.dtype('short')

#case dtype_name_props_uint16
d = np.dtype('uint16')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_name_props_bytes
d = np.dtype('bytes')
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_pytype_int
np.dtype(int)

#case dtype_pytype_float
np.dtype(float)

#case dtype_pytype_complex
np.dtype(complex)

#case dtype_pytype_bool
np.dtype(bool)

#case dtype_pytype_bytes
np.dtype(bytes)

#case dtype_pytype_str
np.dtype(str)

#case dtype_pytype_np_int16
np.dtype(np.int16)

#case dtype_pytype_np_float32
np.dtype(np.float32)

#case dtype_pytype_np_bytes_
np.dtype(np.bytes_)

#case dtype_pytype_np_str_
np.dtype(np.str_)

#case dtype_pytype_np_void
np.dtype(np.void)

#case dtype_pytype_np_uint64
np.dtype(np.uint64)

#case dtype_pytype_None
np.dtype(None)

#case dtype_int_type
np.dtype(int).type

#case dtype_int_itemsize
np.dtype(int).itemsize

#case dtype_int_byteorder
np.dtype(int).byteorder

#case dtype_S4_type
np.dtype('S4').type

#case dtype_U2_type
np.dtype('U2').type

#case dtype_struct_type
np.dtype('i4,f8').type

#case dtype_of_dtype
np.dtype(np.dtype('>i2'))

#case dtype_comma_i4_f8
np.dtype('i4,f8')

#case dtype_comma_i4_f8_descr
d = np.dtype('i4,f8')
d.descr

#case dtype_comma_sub_S1_u4
np.dtype('(2,2)S1, u4')

#case dtype_comma_sub_S1_u4_descr
d = np.dtype('(2,2)S1, u4')
d.descr

#case dtype_comma_3i4
np.dtype('3i4')

#case dtype_comma_3i4_descr
d = np.dtype('3i4')
d.descr

#case dtype_comma_S4_sub
np.dtype('S4,(2,2)S1')

#case dtype_comma_S4_sub_descr
d = np.dtype('S4,(2,2)S1')
d.descr

#case dtype_comma_three
np.dtype('u1, >i2, f8')

#case dtype_comma_three_descr
d = np.dtype('u1, >i2, f8')
d.descr

#case dtype_comma_sub_first
np.dtype('(3)u1')

#case dtype_comma_sub_first_descr
d = np.dtype('(3)u1')
d.descr

#case dtype_comma_i1_i4
np.dtype('i1,i4')

#case dtype_comma_i1_i4_descr
d = np.dtype('i1,i4')
d.descr

#case dtype_comma_U2_b1
np.dtype('U2,b1')

#case dtype_comma_U2_b1_descr
d = np.dtype('U2,b1')
d.descr

#case dtype_comma_sub2
np.dtype('(2,3)f4,i2')

#case dtype_comma_sub2_descr
d = np.dtype('(2,3)f4,i2')
d.descr

#case dtype_comma_align
np.dtype('i1,i4', align=True)

#case dtype_comma_align_props
d = np.dtype('i1,i4', align=True)
d.itemsize, d.alignment, d.isalignedstruct, d.fields

#case dtype_comma_i4_f8_fields
np.dtype('i4,f8').fields

#case dtype_comma_i4_f8_names
np.dtype('i4,f8').names

#case dtype_comma_i4_f8_str
str(np.dtype('i4,f8'))

#case dtype_tuple_bytes_4
np.dtype((bytes, 4))

#case dtype_tuple_str_3
np.dtype((str, 3))

#case dtype_tuple_void_5
np.dtype((np.void, 5))

#case dtype_tuple_S1_2x2
np.dtype(('S1', (2, 2)))

#case dtype_tuple_i4_3
np.dtype(('i4', 3))

#case dtype_tuple_i4_empty
np.dtype(('i4', ()))

#case dtype_tuple_i4_2x3
np.dtype(('i4', (2, 3)))

#case dtype_tuple_gt_i2_2
np.dtype(('>i2', (2,)))

#case dtype_tuple_nested
np.dtype((('i4', 2), 3))

#case dtype_tuple_U2_list
np.dtype(('U2', [2, 3]))

#case dtype_tuple_S_0
np.dtype(('S', 0))

#case dtype_tuple_i4_1
np.dtype(('i4', 1))

#case dtype_tuple_U_5
np.dtype(('U', 5))

#case dtype_tuple_struct_2
np.dtype(([('a', 'i1'), ('b', 'i2')], 2))

#case dtype_tuple_S1_2x2_props
d = np.dtype(('S1', (2, 2)))
d.itemsize, d.subdtype, d.shape, d.base, d.kind, d.str, d.name, d.isbuiltin, d.ndim

#case dtype_tuple_nested_props
d = np.dtype((('i4', 2), 3))
d.subdtype, d.shape, d.base, d.itemsize

#case dtype_tuple_str
str(np.dtype(('>i2', (2, 3))))

#case dtype_tuple_descr
np.dtype(('i4', (2, 3))).descr

#case dtype_tuple_struct_2_subdtype
np.dtype(([('a', 'i1'), ('b', 'i2')], 2)).subdtype

#case dtype_list_two
np.dtype([('a', 'i4'), ('b', 'f8')])

#case dtype_list_two_layout
d = np.dtype([('a', 'i4'), ('b', 'f8')])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_two_descr_str
d = np.dtype([('a', 'i4'), ('b', 'f8')])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_shape
np.dtype([('id', 'u2'), ('pos', 'f4', (3,))])

#case dtype_list_shape_layout
d = np.dtype([('id', 'u2'), ('pos', 'f4', (3,))])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_shape_descr_str
d = np.dtype([('id', 'u2'), ('pos', 'f4', (3,))])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_shape_int
np.dtype([('id', 'u2'), ('pos', 'f4', 3)])

#case dtype_list_shape_int_layout
d = np.dtype([('id', 'u2'), ('pos', 'f4', 3)])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_shape_int_descr_str
d = np.dtype([('id', 'u2'), ('pos', 'f4', 3)])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_title
np.dtype([(('Red channel', 'r'), 'u1'), (('Green', 'g'), 'u1')])

#case dtype_list_title_layout
d = np.dtype([(('Red channel', 'r'), 'u1'), (('Green', 'g'), 'u1')])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_title_descr_str
d = np.dtype([(('Red channel', 'r'), 'u1'), (('Green', 'g'), 'u1')])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_empty_name
np.dtype([('', 'i4'), ('x', 'f8'), ('', 'u1')])

#case dtype_list_empty_name_layout
d = np.dtype([('', 'i4'), ('x', 'f8'), ('', 'u1')])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_empty_name_descr_str
d = np.dtype([('', 'i4'), ('x', 'f8'), ('', 'u1')])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_nested
np.dtype([('p', [('x', '<f4'), ('y', '<f4')]), ('id', '<u2')])

#case dtype_list_nested_layout
d = np.dtype([('p', [('x', '<f4'), ('y', '<f4')]), ('id', '<u2')])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_nested_descr_str
d = np.dtype([('p', [('x', '<f4'), ('y', '<f4')]), ('id', '<u2')])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_be_le
np.dtype([('a', '>i4'), ('b', '<i2'), ('c', '|S3')])

#case dtype_list_be_le_layout
d = np.dtype([('a', '>i4'), ('b', '<i2'), ('c', '|S3')])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_be_le_descr_str
d = np.dtype([('a', '>i4'), ('b', '<i2'), ('c', '|S3')])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_bytes_4
np.dtype([('chunk_id', (bytes, 4)), ('size', '<u4')])

#case dtype_list_bytes_4_layout
d = np.dtype([('chunk_id', (bytes, 4)), ('size', '<u4')])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_bytes_4_descr_str
d = np.dtype([('chunk_id', (bytes, 4)), ('size', '<u4')])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_S1_2x2
np.dtype([('data_id', ('S1', (2, 2))), ('data_size', 'u4')])

#case dtype_list_S1_2x2_layout
d = np.dtype([('data_id', ('S1', (2, 2))), ('data_size', 'u4')])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_S1_2x2_descr_str
d = np.dtype([('data_id', ('S1', (2, 2))), ('data_size', 'u4')])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_scalar_types
np.dtype([('a', np.int8), ('b', np.float64), ('c', int)])

#case dtype_list_scalar_types_layout
d = np.dtype([('a', np.int8), ('b', np.float64), ('c', int)])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_scalar_types_descr_str
d = np.dtype([('a', np.int8), ('b', np.float64), ('c', int)])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_empty
np.dtype([])

#case dtype_list_empty_layout
d = np.dtype([])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_empty_descr_str
d = np.dtype([])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_sub_struct
np.dtype([('pts', [('x', 'i2'), ('y', 'i2')], (2,))])

#case dtype_list_sub_struct_layout
d = np.dtype([('pts', [('x', 'i2'), ('y', 'i2')], (2,))])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_sub_struct_descr_str
d = np.dtype([('pts', [('x', 'i2'), ('y', 'i2')], (2,))])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_U
np.dtype([('name', 'U5'), ('age', 'u1')])

#case dtype_list_U_layout
d = np.dtype([('name', 'U5'), ('age', 'u1')])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_U_descr_str
d = np.dtype([('name', 'U5'), ('age', 'u1')])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_dtype_obj
np.dtype([('a', np.dtype('>u2')), ('b', np.dtype('S2'))])

#case dtype_list_dtype_obj_layout
d = np.dtype([('a', np.dtype('>u2')), ('b', np.dtype('S2'))])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_dtype_obj_descr_str
d = np.dtype([('a', np.dtype('>u2')), ('b', np.dtype('S2'))])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_shape_empty
np.dtype([('a', 'i4', ())])

#case dtype_list_shape_empty_layout
d = np.dtype([('a', 'i4', ())])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_shape_empty_descr_str
d = np.dtype([('a', 'i4', ())])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_list_shape_1
np.dtype([('a', 'i4', 1)])

#case dtype_list_shape_1_layout
d = np.dtype([('a', 'i4', 1)])
d.itemsize, d.alignment, d.names, d.fields

#case dtype_list_shape_1_descr_str
d = np.dtype([('a', 'i4', 1)])
d.descr, str(d), d.isnative, d.isbuiltin

#case dtype_align_i1_i4
np.dtype([('a', 'i1'), ('b', 'i4')], align=True)

#case dtype_align_i1_i4_layout
d = np.dtype([('a', 'i1'), ('b', 'i4')], align=True)
d.itemsize, d.alignment, d.isalignedstruct, d.fields, d.descr

#case dtype_align_i1_f8_i2
np.dtype([('a', 'i1'), ('b', 'f8'), ('c', 'i2')], align=True)

#case dtype_align_i1_f8_i2_layout
d = np.dtype([('a', 'i1'), ('b', 'f8'), ('c', 'i2')], align=True)
d.itemsize, d.alignment, d.isalignedstruct, d.fields, d.descr

#case dtype_align_c8_u1
np.dtype([('z', 'c8'), ('k', 'u1')], align=True)

#case dtype_align_c8_u1_layout
d = np.dtype([('z', 'c8'), ('k', 'u1')], align=True)
d.itemsize, d.alignment, d.isalignedstruct, d.fields, d.descr

#case dtype_align_nested
np.dtype([('a', 'u1'), ('p', [('x', 'i1'), ('y', 'i4')])], align=True)

#case dtype_align_nested_layout
d = np.dtype([('a', 'u1'), ('p', [('x', 'i1'), ('y', 'i4')])], align=True)
d.itemsize, d.alignment, d.isalignedstruct, d.fields, d.descr

#case dtype_align_sub
np.dtype([('a', 'u1'), ('v', 'i2', (3,)), ('b', 'u1')], align=True)

#case dtype_align_sub_layout
d = np.dtype([('a', 'u1'), ('v', 'i2', (3,)), ('b', 'u1')], align=True)
d.itemsize, d.alignment, d.isalignedstruct, d.fields, d.descr

#case dtype_align_S3_u2
np.dtype([('s', 'S3'), ('n', '<u2')], align=True)

#case dtype_align_S3_u2_layout
d = np.dtype([('s', 'S3'), ('n', '<u2')], align=True)
d.itemsize, d.alignment, d.isalignedstruct, d.fields, d.descr

#case dtype_align_str
str(np.dtype([('a', 'i1'), ('b', 'i4')], align=True))

#case dtype_align_not_for_unstructured
np.dtype('i4', align=True)

#case dtype_dict_names_formats
np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'f8']})

#case dtype_dict_names_formats_layout
d = np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'f8']})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_offsets
np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 4]})

#case dtype_dict_offsets_layout
d = np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 4]})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_offsets_itemsize
np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 4], 'itemsize': 8})

#case dtype_dict_offsets_itemsize_layout
d = np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 4], 'itemsize': 8})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_titles
np.dtype({'names': ['r', 'g'], 'formats': ['u1', 'u1'], 'titles': ['Red', None]})

#case dtype_dict_titles_layout
d = np.dtype({'names': ['r', 'g'], 'formats': ['u1', 'u1'], 'titles': ['Red', None]})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_aligned
np.dtype({'names': ['a', 'b'], 'formats': ['i1', 'i4'], 'aligned': True})

#case dtype_dict_aligned_layout
d = np.dtype({'names': ['a', 'b'], 'formats': ['i1', 'i4'], 'aligned': True})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_out_of_order
np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [4, 0]})

#case dtype_dict_out_of_order_layout
d = np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [4, 0]})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_overlap
np.dtype({'names': ['x', 'lo'], 'formats': ['<u4', '<u2'], 'offsets': [0, 0]})

#case dtype_dict_overlap_layout
d = np.dtype({'names': ['x', 'lo'], 'formats': ['<u4', '<u2'], 'offsets': [0, 0]})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_itemsize_only
np.dtype({'names': ['a'], 'formats': ['i2'], 'itemsize': 6})

#case dtype_dict_itemsize_only_layout
d = np.dtype({'names': ['a'], 'formats': ['i2'], 'itemsize': 6})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_fields_dict
np.dtype({'a': ('i4', 0), 'b': ('f8', 8)})

#case dtype_dict_fields_dict_layout
d = np.dtype({'a': ('i4', 0), 'b': ('f8', 8)})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_fields_dict_order
np.dtype({'b': ('f8', 8), 'a': ('i4', 0)})

#case dtype_dict_fields_dict_order_layout
d = np.dtype({'b': ('f8', 8), 'a': ('i4', 0)})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_fields_dict_title
np.dtype({'a': ('i4', 0, 'first'), 'b': ('u1', 4)})

#case dtype_dict_fields_dict_title_layout
d = np.dtype({'a': ('i4', 0, 'first'), 'b': ('u1', 4)})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_sub_format
np.dtype({'names': ['d'], 'formats': [('S1', (2, 2))], 'offsets': [12]})

#case dtype_dict_sub_format_layout
d = np.dtype({'names': ['d'], 'formats': [('S1', (2, 2))], 'offsets': [12]})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_nested_format
np.dtype({'names': ['p', 'q'], 'formats': [[('x', 'i1')], 'u2']})

#case dtype_dict_nested_format_layout
d = np.dtype({'names': ['p', 'q'], 'formats': [[('x', 'i1')], 'u2']})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_wav_notebook
np.dtype({'names': ['format', 'sample_rate', 'data_id'], 'offsets': [8, 24, 36], 'formats': ['S4', '<u4', ('S1', (2, 2))]})

#case dtype_dict_wav_notebook_layout
d = np.dtype({'names': ['format', 'sample_rate', 'data_id'], 'offsets': [8, 24, 36], 'formats': ['S4', '<u4', ('S1', (2, 2))]})
d.itemsize, d.names, d.fields, str(d)

#case dtype_dict_offsets_descr
np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 4], 'itemsize': 8}).descr

#case dtype_dict_out_of_order_descr
np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [4, 0]}).descr

#case dtype_dict_builtin_call
np.dtype(dict(names=['format', 'sample_rate'], offsets=[8, 24], formats=['S4', '<u4']))

#case dtype_dict_aligned_kw
np.dtype({'names': ['a', 'b'], 'formats': ['i1', 'f8']}, align=True)

#case dtype_wav_header_repr
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
wav_header_dtype

#case dtype_wav_header_str
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
str(wav_header_dtype)

#case dtype_wav_header_itemsize
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
wav_header_dtype.itemsize

#case dtype_wav_header_fields
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
wav_header_dtype.fields

#case dtype_wav_header_names
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
wav_header_dtype.names

#case dtype_wav_header_descr
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
wav_header_dtype.descr

#case dtype_wav_header_field_data_id
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
wav_header_dtype['data_id']

#case dtype_wav_header_field_by_index
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
wav_header_dtype[-1], wav_header_dtype[0]

#case dtype_wav_header_len
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
len(wav_header_dtype)

#case dtype_wav_header_offsets
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
wav_header_dtype.fields['sample_rate'], wav_header_dtype.fields['data_id']

#case dtype_wav_header_props
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
d = wav_header_dtype
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative, d.isalignedstruct

#case dtype_wav_header_type
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
wav_header_dtype.type

#case dtype_wav_header_newbyteorder
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
wav_header_dtype.newbyteorder()

#case dtype_eq_i4_str
np.dtype('i4') == 'i4'

#case dtype_eq_i4_int32
np.dtype('i4') == np.int32

#case dtype_eq_i4_gt_i4
np.dtype('<i4') == np.dtype('>i4')

#case dtype_eq_i4_bad
np.dtype('i4') == 'xyz'

#case dtype_eq_struct_same
np.dtype('i4,f8') == np.dtype([('f0', '<i4'), ('f1', '<f8')])

#case dtype_eq_struct_names
np.dtype([('a', 'i4')]) == np.dtype([('b', 'i4')])

#case dtype_eq_align_vs_offsets
np.dtype([('a', 'i1'), ('b', 'i4')], align=True) == np.dtype({'names': ['a', 'b'], 'formats': ['i1', 'i4'], 'offsets': [0, 4], 'itemsize': 8})

#case dtype_eq_S4_bytes4
np.dtype('S4') == np.dtype((bytes, 4))

#case dtype_eq_int_int64
np.dtype(int) == np.dtype('int64')

#case dtype_eq_ne
np.dtype('u2') != np.dtype('i2')

#case dtype_eq_sub_vs_base
np.dtype(('i4', 1)) == np.dtype('i4')

#case dtype_eq_newbyteorder_twice
np.dtype('>i4').newbyteorder().newbyteorder() == np.dtype('>i4')

#case dtype_newbyteorder_i4
np.dtype('i4').newbyteorder()

#case dtype_newbyteorder_gt_i4
np.dtype('>i4').newbyteorder()

#case dtype_newbyteorder_gt_i4_byteorder
np.dtype('>i4').newbyteorder().byteorder

#case dtype_newbyteorder_i4_gt
np.dtype('i4').newbyteorder('>')

#case dtype_newbyteorder_gt_i4_eq
np.dtype('>i4').newbyteorder('=')

#case dtype_newbyteorder_i1
np.dtype('i1').newbyteorder()

#case dtype_newbyteorder_S4
np.dtype('S4').newbyteorder()

#case dtype_newbyteorder_U3
np.dtype('U3').newbyteorder()

#case dtype_newbyteorder_c8
np.dtype('c8').newbyteorder()

#case dtype_newbyteorder_struct
np.dtype([('a', '<i4'), ('b', '>f8'), ('s', 'S2')]).newbyteorder()

#case dtype_newbyteorder_struct_big
np.dtype([('a', 'i4'), ('b', 'f8')]).newbyteorder('>')

#case dtype_newbyteorder_sub
np.dtype(('<u2', (2,))).newbyteorder()

#case dtype_newbyteorder_props
d = np.dtype('f8').newbyteorder()
d.itemsize, d.alignment, d.byteorder, d.kind, d.char, d.num, d.str, d.name, d.isbuiltin, d.isnative

#case dtype_newbyteorder_big_word
np.dtype('u2').newbyteorder('big')

#case dtype_fields_title_keys
d = np.dtype([(('Red channel', 'r'), 'u1'), ('g', 'u1')])
d.fields['Red channel'], d.names, len(d.fields)

#case dtype_getitem_title
d = np.dtype([(('Red channel', 'r'), 'u1'), ('g', 'u1')])
d['Red channel']

#case dtype_getitem_nested
d = np.dtype([('p', [('x', 'i2'), ('y', 'i2')]), ('c', 'u1')])
d['p'], d['p']['y'], d['p'].fields

#case dtype_hasobject
np.dtype('i4,S3').hasobject

#case dtype_sub_isnative_quirk
np.dtype(('>i4', (2,))).isnative, np.dtype('>i4').isnative

#case dtype_struct_isnative
np.dtype([('a', '>i4')]).isnative, np.dtype([('a', '<i4')]).isnative

#case dtype_subdtype_none
np.dtype('i4').subdtype, np.dtype('i4').shape, np.dtype('i4').base

#case dtype_array_interface_descr
x = np.zeros(2, dtype=[('a', 'u1'), ('b', '>i4', (2,))])
x.__array_interface__['descr'], x.__array_interface__['typestr']

#case dtype_type_classes
np.dtype('S4').type, np.dtype('U1').type, np.dtype('V3').type, np.dtype('?').type

#case dtype_alignment_table
np.dtype('c8').alignment, np.dtype('c16').alignment, np.dtype('U3').alignment, np.dtype('S3').alignment, np.dtype('f2').alignment

#case dtype_name_flexible
np.dtype('S4').name, np.dtype('U3').name, np.dtype('V20').name, np.dtype('S').name, np.dtype('i4,i4').name
