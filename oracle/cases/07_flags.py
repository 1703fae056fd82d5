# Flags (C/F contiguity incl. length-1 axes and empty arrays, OWNDATA, WRITEABLE, ALIGNED)
# and __array_interface__ (data addresses only as differences).

#case flags_block_C
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.flags

#case flags_block_T
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.T.flags

#case flags_1d_both
x = np.arange(6, dtype=np.int32)
x.flags

#case flags_strided_neither
x = np.arange(6, dtype=np.int32)
x[::2].flags

#case flags_reversed_neither
x = np.arange(6, dtype=np.int32)
x[::-1].flags

#case flags_0d_both
x = np.array(1.5)
x.flags

#case flags_len1_axis_leading
x = np.arange(3, dtype=np.int16).reshape(1, 3)
x.flags

#case flags_len1_axis_trailing
x = np.arange(3, dtype=np.int16).reshape(3, 1)
x.flags

#case flags_len1_axis_strided_view
x = np.arange(12, dtype=np.int16).reshape(3, 4)
x[:, 1:2].flags

#case flags_len1_axis_strided_view_strides
x = np.arange(12, dtype=np.int16).reshape(3, 4)
x[:, 1:2].strides

#case flags_len1_axis_after_row_slice
x = np.arange(12, dtype=np.int16).reshape(3, 4)
x[1:2, :].flags

#case flags_len1_odd_stride_as_strided
x = np.arange(12, dtype=np.int16)
y = as_strided(x, shape=(1, 4), strides=(100, 2))
y.flags

#case flags_len1_odd_stride_both_axes
x = np.arange(12, dtype=np.int16)
y = as_strided(x, shape=(1, 1), strides=(100, 6))
y.flags

#case flags_newaxis_keeps_contiguity
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x[:, None, :].flags

#case flags_newaxis_on_T
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.T[None].flags

#case flags_newaxis_strides
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x[:, None, :].strides

#case flags_empty_1d
x = np.zeros((0,), dtype=np.int32)
x.flags

#case flags_empty_2d
x = np.zeros((3, 0), dtype=np.int32)
x.flags

#case flags_empty_slice_of_strided
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x[::2, 2:2].flags

#case flags_empty_T
x = np.zeros((0, 3), dtype=np.int32)
x.T.flags

#case flags_empty_via_as_strided
x = np.arange(4, dtype=np.int32)
y = as_strided(x, shape=(0, 3), strides=(7, 13))
y.flags

#case flags_zero_stride_broadcast
x = np.arange(3, dtype=np.int32)
np.broadcast_to(x, (4, 3)).flags

#case flags_zero_stride_single_row
x = np.arange(3, dtype=np.int32)
np.broadcast_to(x, (1, 3)).flags

#case flags_F_3d
x = np.zeros((2, 3, 4), dtype=np.int8, order='F')
x.flags

#case flags_step_slice_last_axis_F
x = np.zeros((4, 3), dtype=np.int8, order='F')
x[::2].flags

#case flags_owndata_copy
x = np.arange(4)
x.copy().flags.owndata

#case flags_owndata_view
x = np.arange(4)
x[1:].flags.owndata

#case flags_owndata_arange_reshape
x = np.arange(4).reshape(2, 2)
x.flags.owndata

#case flags_attr_c_contiguous
x = np.arange(6).reshape(2, 3)
x.flags.c_contiguous

#case flags_attr_f_contiguous
x = np.arange(6).reshape(2, 3)
x.T.flags.f_contiguous

#case flags_attr_aligned
x = np.arange(6).reshape(2, 3)
x.flags.aligned

#case flags_attr_writeable
x = np.arange(6).reshape(2, 3)
x.flags.writeable

#case flags_attr_writebackifcopy
x = np.arange(6).reshape(2, 3)
x.flags.writebackifcopy

#case flags_item_C_CONTIGUOUS
x = np.arange(6).reshape(2, 3)
x.flags['C_CONTIGUOUS']

#case flags_item_F_CONTIGUOUS
x = np.arange(6).reshape(2, 3)
x.T.flags['F_CONTIGUOUS']

#case flags_item_OWNDATA
x = np.arange(6).reshape(2, 3)
x.flags['OWNDATA']

#case flags_item_short_C
x = np.arange(6).reshape(2, 3)
x.flags['C']

#case flags_item_short_W
x = np.arange(6).reshape(2, 3)
x.flags['W']

#case flags_writeable_false
x = np.arange(4)
x.flags.writeable = False
x.flags

#case flags_writeable_false_view_inherits
x = np.arange(4)
x.flags.writeable = False
x[::2].flags

#case flags_writeable_false_copy_writeable
x = np.arange(4)
x.flags.writeable = False
x.copy().flags.writeable

#case flags_writeable_restore
x = np.arange(4)
x.flags.writeable = False
x.flags.writeable = True
x.flags.writeable

#case flags_writeable_view_cannot_set_when_base_readonly
x = np.arange(4)
x.flags.writeable = False
y = x[1:]
y.flags.writeable = True

#case flags_aligned_false_as_strided
x = np.zeros(10, dtype=np.int8)
y = np.frombuffer(x, dtype=np.int32, offset=1, count=2)
y.flags.aligned

#case flags_aligned_odd_stride
x = np.zeros(40, dtype=np.int8)
y = as_strided(np.frombuffer(x, dtype=np.int32), shape=(3,), strides=(5,))
y.flags.aligned

#case array_interface_shape_2d
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.__array_interface__['shape']

#case array_interface_strides_C_is_None
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.__array_interface__['strides']

#case array_interface_strides_T
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.T.__array_interface__['strides']

#case array_interface_typestr_float32
x = np.zeros(2, dtype=np.float32)
x.__array_interface__['typestr']

#case array_interface_typestr_bool
x = np.zeros(2, dtype=np.bool_)
x.__array_interface__['typestr']

#case array_interface_typestr_big_endian
x = np.zeros(2, dtype='>u4')
x.__array_interface__['typestr']

#case array_interface_typestr_complex128
x = np.zeros(2, dtype=np.complex128)
x.__array_interface__['typestr']

#case array_interface_readonly_flag
x = np.arange(3)
np.broadcast_to(x, (2, 3)).__array_interface__['data'][1]

#case array_interface_reversed_offset
x = np.arange(6, dtype=np.int32)
y = x[::-1]
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case array_interface_T_offset
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.T.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case array_interface_2d_slice_offset
x = np.arange(20, dtype=np.float64).reshape(4, 5)
y = x[2:, 3:]
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case array_interface_2d_reverse_rows_offset
x = np.arange(20, dtype=np.float64).reshape(4, 5)
y = x[::-1, 1]
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case array_interface_version
x = np.arange(3)
x.__array_interface__['version']

#case attrs_ndim_size_itemsize
x = np.zeros((2, 3, 4), dtype=np.float32)
(x.ndim, x.size, x.itemsize, x.nbytes)

#case attrs_of_view
x = np.zeros((2, 3, 4), dtype=np.float32)
y = x[:, ::2]
(y.ndim, y.size, y.itemsize, y.nbytes, y.shape, y.strides)

#case attrs_0d
x = np.array(5, dtype=np.int16)
(x.ndim, x.size, x.shape, x.strides, x.nbytes)

#case attrs_empty
x = np.zeros((3, 0, 2), dtype=np.complex64)
(x.ndim, x.size, x.shape, x.strides, x.nbytes)

#case len_of_array
x = np.zeros((3, 5))
len(x)

#case len_of_0d_error
x = np.array(1)
len(x)

#case base_of_owner_is_none
x = np.arange(3)
x.base is None

#case base_of_view
x = np.arange(3)
y = x[:2]
y.base is x

#case base_of_view_of_view_is_owner
x = np.arange(6)
y = x[1:]
z = y[1:]
z.base is x

#case base_of_T_of_reshape
x = np.arange(6)
y = x.reshape(2, 3)
z = y.T
z.base is x

#case base_of_reshape_view_is_arange
x = np.arange(6).reshape(2, 3)
y = x[0]
y.base is x

#case base_of_reshape_view_is_x_base
x = np.arange(6).reshape(2, 3)
y = x[0]
y.base is x.base
