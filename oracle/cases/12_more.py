# More memory-model details: base chains of stride tricks, overlapping assignments, in-place
# updates through views, out-of-range Python integers, dtype specs.

#case base_broadcast_to_is_source
x = np.arange(3)
y = np.broadcast_to(x, (2, 3))
y.base is x

#case base_as_strided_is_not_source
x = np.arange(4)
y = as_strided(x, shape=(2,), strides=(16,))
y.base is x

#case base_as_strided_base_not_none
x = np.arange(4)
y = as_strided(x, shape=(2,), strides=(16,))
y.base is None

#case base_as_strided_of_view_base_base
x = np.arange(8)
v = x[2:]
y = as_strided(v, shape=(2,), strides=(16,))
y.base.base is v

#case base_swv_base_base
x = np.arange(6)
y = sliding_window_view(x, 2)
y.base.base is x

#case base_diagonal_is_source
x = np.arange(9).reshape(3, 3)
y = x.diagonal()
y.base is x

#case base_ravel_view_is_owner
x = np.arange(6)
y = x.reshape(2, 3)
z = y.ravel()
z.base is x

#case base_copy_of_view
x = np.arange(6)
y = x[::2].copy()
y.base is None

#case base_ascontiguousarray_of_T_none
x = np.arange(6).reshape(2, 3)
y = np.ascontiguousarray(x.T)
y.base is None

#case base_frombuffer_of_view_is_view_owner
x = np.arange(8, dtype=np.int8)
v = x[2:6]
y = np.frombuffer(v, dtype=np.int16)
y.base is v

#case base_T_of_T
x = np.arange(6).reshape(2, 3)
y = x.T.T
y.base is x.base

#case overlap_assign_transpose_of_self
x = np.arange(9, dtype=np.int32).reshape(3, 3)
x[...] = x.T
x

#case overlap_assign_reversed_rows
x = np.arange(12, dtype=np.int16).reshape(4, 3)
x[:] = x[::-1]
x

#case overlap_assign_shift_2d
x = np.arange(12, dtype=np.int16).reshape(4, 3)
x[1:, :] = x[:-1, :]
x

#case overlap_assign_as_strided_window
x = np.arange(6, dtype=np.int32)
y = as_strided(x, shape=(5,), strides=(4,))
x[1:] = y
x

#case inplace_add_through_slice
x = np.arange(6, dtype=np.int32)
x[::2] += x[1::2]
x

#case inplace_mul_through_view
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T
y[1] *= y[2]
x

#case inplace_add_scalar_int
x = np.arange(4, dtype=np.int8)
x += x
x

#case overflow_array_literal_uint8
np.array([1, 256], dtype=np.uint8)

#case overflow_array_literal_int8_negative
np.array([-129], dtype=np.int8)

#case overflow_setitem_int8
x = np.zeros(3, dtype=np.int8)
x[0] = 300

#case overflow_full_int8
np.full((2,), 300, dtype=np.int8)

#case overflow_fill_uint16
x = np.zeros(3, dtype=np.uint16)
x.fill(-1)

#case setitem_negative_into_uint8_ok_boundary
x = np.zeros(3, dtype=np.uint8)
x[1] = 255
x

#case setitem_float_nan_into_float16
x = np.zeros(2, dtype=np.float16)
x[0] = np.nan
x

#case setitem_bool_into_int
x = np.zeros(3, dtype=np.int16)
x[1] = True
x

#case setitem_int_into_bool
x = np.zeros(3, dtype=np.bool_)
x[0] = 5
x

#case setitem_complex_into_float_error
x = np.zeros(2)
x[0] = 1+2j

#case dtype_spec_short_codes
np.zeros(2, dtype='i4')

#case dtype_spec_big_endian_u8
np.zeros(2, dtype='>u8')

#case dtype_spec_c16
np.zeros(2, dtype='c16')

#case dtype_spec_b1
np.zeros(2, dtype='b1')

#case dtype_spec_name_complex64
np.zeros(2, dtype='complex64')

#case dtype_spec_python_int
np.zeros(2, dtype=int)

#case dtype_spec_python_float
np.zeros(2, dtype=float)

#case dtype_spec_python_bool
np.zeros(2, dtype=bool)

#case dtype_spec_python_complex
np.zeros(2, dtype=complex)

#case dtype_spec_invalid
np.zeros(2, dtype='x9')

#case np_dtype_from_string
np.dtype('<i4')

#case np_dtype_from_type
np.dtype(np.float16)

#case np_dtype_itemsize_of_c8
np.dtype('c8').itemsize

#case scalar_type_call
np.int8(5)

#case scalar_type_call_float32
np.float32(0.1)

#case scalar_attrs_dtype
x = np.arange(3, dtype=np.uint16)
x[1].dtype

#case slice_then_newaxis_then_int
x = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
x[::-1, None, 1, ::2]

#case slice_ellipsis_newaxis_offsets
x = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
y = x[1, ..., None, ::-3]
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case view_chain_strides
x = np.arange(120, dtype=np.int16).reshape(2, 3, 4, 5)
x[:, ::-1].transpose(3, 1, 0, 2)[1:, :, :, ::2].strides

#case view_chain_values
x = np.arange(120, dtype=np.int16).reshape(2, 3, 4, 5)
x[:, ::-1].transpose(3, 1, 0, 2)[1:, :, :, ::2]

#case view_chain_flags
x = np.arange(120, dtype=np.int16).reshape(2, 3, 4, 5)
x[:, ::-1].transpose(3, 1, 0, 2)[1:, :, :, ::2].flags

#case view_chain_copy_K
x = np.arange(120, dtype=np.int16).reshape(2, 3, 4, 5)
y = x[:, ::-1].transpose(3, 1, 0, 2)[1:, :, :, ::2].copy(order='K')
y.strides

#case view_chain_ravel_K
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.transpose(2, 0, 1)[::-1].ravel('K')

#case view_chain_tobytes_F
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.transpose(2, 0, 1)[::-1].tobytes('F')

#case view_chain_reshape
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
y = x.transpose(1, 0, 2).reshape(3, 8)
y

#case view_chain_reshape_shares
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
y = x.transpose(1, 0, 2).reshape(3, 2, 2, 2)
np.shares_memory(x, y)

#case sum_of_view_chain
x = np.arange(120, dtype=np.int16).reshape(2, 3, 4, 5)
x[:, ::-1].transpose(3, 1, 0, 2)[1:, :, :, ::2].sum()

#case add_view_chain
x = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
x.transpose(2, 1, 0) + x[::-1, ::-1, ::-1].T

#case add_inputs_unchanged
x = np.arange(4, dtype=np.int32)
y = x[::-1]
z = x + y
x
