# Byte order (issue 3, point 5): arrays in non-native order read and write correct values,
# print as NumPy 2 does (dtype='>i4'), convert on astype/copy; byteswap() and
# view(dtype.newbyteorder()).

#case bo_big_int32_repr
np.array([1, 256, -2], dtype='>i4')

#case bo_big_int32_str
str(np.array([1, 256, -2], dtype='>i4'))

#case bo_big_int32_bytes
np.array([1, 256], dtype='>i4').tobytes()

#case bo_little_explicit_is_native
np.array([1, 256], dtype='<i4')

#case bo_big_uint16
np.array([1, 2, 65535], dtype='>u2')

#case bo_big_float64
np.array([1.5, -0.25, 1e300], dtype='>f8')

#case bo_big_float32
np.array([0.1, 3.0], dtype='>f4')

#case bo_big_float16
np.array([1.0, 65504.0], dtype='>f2')

#case bo_big_complex128
np.array([1 + 2j, -0.5j], dtype='>c16')

#case bo_big_complex64_bytes
np.array([1 + 2j], dtype='>c8').tobytes()

#case bo_big_bool_int8_ignore_order
np.array([1, -1], dtype='>i1'), np.array([True], dtype='>b1')

#case bo_big_2d
np.arange(6, dtype='>i2').reshape(2, 3)

#case bo_big_2d_transposed_repr
np.arange(6, dtype='>i2').reshape(2, 3).T

#case bo_big_scalar
x = np.array([1, 256], dtype='>i4')
x[1]

#case bo_big_scalar_float
x = np.array([1.5, 2.5], dtype='>f8')
x[0]

#case bo_big_item
x = np.array([1, 256], dtype='>i4')
x.item(1), x.tolist()

#case bo_big_setitem
x = np.zeros(3, dtype='>i4')
x[1] = 1000
x[2] = -1
x, x.tobytes()

#case bo_big_setitem_float
x = np.zeros(2, dtype='>f8')
x[0] = 1.0
x.tobytes()

#case bo_big_fill
x = np.zeros(2, dtype='>u2')
x.fill(258)
x.tobytes()

#case bo_big_slice_reversed
x = np.array([1, 2, 3], dtype='>i2')
x[::-1]

#case bo_big_copy_keeps_order
x = np.array([1, 256], dtype='>i4')
y = x.copy()
y, y.dtype

#case bo_big_copy_F
x = np.arange(4, dtype='>u2').reshape(2, 2)
y = x.copy('F')
y, y.tobytes()

#case bo_astype_native
x = np.array([1, 256], dtype='>i4')
y = x.astype('<i4')
y, y.tobytes()

#case bo_astype_to_big
x = np.array([1, 256], dtype=np.int32)
y = x.astype('>i4')
y, y.tobytes()

#case bo_astype_big_float_to_native_int
x = np.array([1.5, -2.5], dtype='>f8')
x.astype(np.int16)

#case bo_astype_big_to_big_other
x = np.array([1, 2], dtype='>i2')
y = x.astype('>f4')
y, y.tobytes()

#case bo_astype_newbyteorder
x = np.array([1, 2], dtype='>i4')
x.astype(x.dtype.newbyteorder())

#case bo_np_array_dtype_conversion
x = np.array([1, 2], dtype=np.int16)
np.array(x, dtype='>i2').tobytes()

#case bo_byteswap_copy
x = np.array([1, 256, 8], dtype=np.int16)
y = x.byteswap()
y, x

#case bo_byteswap_inplace
x = np.array([1, 256, 8], dtype=np.int16)
y = x.byteswap(True)
x, y is x

#case bo_byteswap_inplace_kw
x = np.array([1, 2], dtype='>u4')
x.byteswap(inplace=True)
x

#case bo_byteswap_float
x = np.array([1.0], dtype=np.float64)
x.byteswap()

#case bo_byteswap_complex
x = np.array([1 + 2j], dtype=np.complex64)
x.byteswap().tobytes()

#case bo_byteswap_uint8_noop
x = np.array([1, 2], dtype=np.uint8)
x.byteswap()

#case bo_byteswap_S_noop
x = np.array([b'ab'])
x.byteswap()

#case bo_byteswap_U
x = np.array(['ab'])
x.byteswap().tobytes()

#case bo_byteswap_record
x = np.array([(1, 2, b'ab')], dtype=[('a', '<u2'), ('b', '>u4'), ('s', 'S2')])
x.byteswap()

#case bo_byteswap_strided_view
x = np.arange(6, dtype=np.int16)
y = x[::2].byteswap()
y, y.flags['OWNDATA']

#case bo_byteswap_inplace_view
x = np.arange(6, dtype=np.int16)
x[::2].byteswap(True)
x

#case bo_byteswap_2d_F
x = np.asfortranarray(np.arange(4, dtype='<u2').reshape(2, 2))
y = x.byteswap()
y.flags['F_CONTIGUOUS'], y

#case bo_view_newbyteorder
x = np.array([1, 256], dtype=np.int32)
x.view(x.dtype.newbyteorder())

#case bo_view_newbyteorder_dtype_str
x = np.array([1, 256], dtype=np.int32)
x.view(x.dtype.newbyteorder()).dtype.str

#case bo_byteswap_then_view_roundtrip
x = np.array([1, 256, 70000], dtype='>i4')
y = x.byteswap().view(x.dtype.newbyteorder())
y

#case bo_byteswap_then_view_shares
x = np.array([1, 256, 70000], dtype='>i4')
s = x.byteswap()
y = s.view(s.dtype.newbyteorder())
y

#case bo_view_big_as_little
x = np.array([1, 2], dtype='>u2')
x.view('<u2')

#case bo_view_big_as_bytes
x = np.array([1, 2], dtype='>u2')
x.view(np.uint8)

#case bo_frombuffer_big
np.frombuffer(b'\x00\x01\x01\x00', dtype='>u2')

#case bo_frombuffer_big_float
np.frombuffer(b'\x3f\xf8\x00\x00\x00\x00\x00\x00', dtype='>f8')

#case bo_U_big
x = np.array(['hé', 'x'], dtype='>U2')
x, x.tobytes()

#case bo_U_big_astype_native
x = np.array(['hé', 'x'], dtype='>U2')
y = x.astype('<U2')
y, y.tobytes()

#case bo_record_fields_mixed
x = np.array([(1, 2)], dtype=[('a', '>i4'), ('b', '<i4')])
x, x.tobytes()

#case bo_record_field_view_big
x = np.array([(1, 2), (3, 4)], dtype=[('a', '>i4'), ('b', '<i4')])
x['a'], x['a'].dtype

#case bo_record_item
x = np.array([(1, 2.5)], dtype=[('a', '>i4'), ('b', '>f8')])
x[0]

#case bo_record_newbyteorder_view
x = np.array([(1, 2)], dtype=[('a', '<u2'), ('b', '<u2')])
x.view(x.dtype.newbyteorder())

#case bo_record_setitem
x = np.zeros(1, dtype=[('a', '>u2'), ('b', '<u2')])
x[0] = (1, 1)
x.tobytes()

#case bo_sub_array_field_big
x = np.zeros(1, dtype=[('v', '>i2', (2,))])
x['v'] = [1, 2]
x['v'], x.tobytes()

#case bo_add_big
x = np.array([1, 256], dtype='>i4')
x + 1

#case bo_add_big_big
x = np.array([1, 256], dtype='>i4')
x + x

#case bo_sum_big
x = np.array([1, 256], dtype='>i4')
x.sum()

#case bo_eq_big_native
x = np.array([1, 256], dtype='>i4')
y = np.array([1, 2], dtype='<i4')
x == y

#case bo_eq_big_scalar
x = np.array([1.5, 2.0], dtype='>f8')
x == 1.5

#case bo_dtype_props
d = np.dtype('>i4')
d.byteorder, d.isnative, d.str, d.name, d.isbuiltin, str(d), repr(d)

#case bo_dtype_eq_native
np.dtype('=i4').byteorder, np.dtype('<i4').byteorder, np.dtype('>i1').byteorder, np.dtype('|S3').byteorder

#case bo_dtype_U_props
d = np.dtype('>U3')
d.byteorder, d.isnative, d.str, d.itemsize, str(d)

#case bo_array_dtype_attr
x = np.array([1], dtype='>f8')
x.dtype, x.dtype.byteorder, x.itemsize

#case bo_ascontiguous_keeps_order
x = np.arange(6, dtype='>i2').reshape(2, 3)
np.ascontiguousarray(x.T)

#case bo_broadcast_big
x = np.array([1, 2], dtype='>i2')
np.broadcast_to(x, (2, 2))

#case bo_flags_big
x = np.array([1, 2], dtype='>i4')
x.flags

#case bo_big_zeros_ones
np.zeros(2, dtype='>f4'), np.ones(2, dtype='>i2')

#case bo_full_big
np.full(2, 7, dtype='>u4').tobytes()

#case bo_arange_big
np.arange(3, dtype='>i4')

#case bo_assign_native_into_big
x = np.zeros(3, dtype='>i2')
x[:] = np.array([1, 2, 3], dtype=np.int64)
x.tobytes()

#case bo_assign_big_into_native
x = np.zeros(3, dtype=np.int16)
x[:] = np.array([1, 2, 3], dtype='>i2')
x.tobytes()
