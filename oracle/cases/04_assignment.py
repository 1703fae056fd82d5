# Slice assignment with broadcasting; writes through views are seen by every view.

#case assign_scalar_to_last_axis
x = np.zeros((10, 10, 4), dtype=np.int8)
x[:, :, 0] = 1
x[:, :, 1] = 2
x[:, :, 2] = 3
x[:, :, 3] = 4
x[0, :3]

#case assign_scalar_to_last_axis_bytes
x = np.zeros((2, 2, 4), dtype=np.int8)
x[:, :, 0] = 1
x[:, :, 1] = 2
x[:, :, 2] = 3
x[:, :, 3] = 4
x.tobytes()

#case assign_scalar_slice
x = np.zeros(8, dtype=np.int32)
x[2:6] = 7
x

#case assign_scalar_step_slice
x = np.zeros(8, dtype=np.int32)
x[::3] = 1
x

#case assign_scalar_negative_step
x = np.zeros(8, dtype=np.int32)
x[6:1:-2] = 5
x

#case assign_array_same_shape
x = np.zeros(5, dtype=np.int16)
x[1:4] = np.array([7, 8, 9], dtype=np.int16)
x

#case assign_array_reversed_target
x = np.zeros(5, dtype=np.int16)
x[::-1] = np.arange(5, dtype=np.int16)
x

#case assign_row_broadcast
x = np.zeros((3, 4), dtype=np.int32)
x[:] = np.array([1, 2, 3, 4], dtype=np.int32)
x

#case assign_column_broadcast
x = np.zeros((3, 4), dtype=np.int32)
x[:] = np.array([[1], [2], [3]], dtype=np.int32)
x

#case assign_newaxis_broadcast
x = np.zeros((3, 4), dtype=np.int32)
x[...] = np.arange(3, dtype=np.int32)[:, np.newaxis]
x

#case assign_ellipsis_scalar
x = np.ones((2, 3), dtype=np.float64)
x[...] = 2.5
x

#case assign_column
x = np.zeros((3, 3), dtype=np.int8)
x[:, 1] = np.array([1, 2, 3], dtype=np.int8)
x

#case assign_row
x = np.zeros((3, 3), dtype=np.int8)
x[2] = np.array([4, 5, 6], dtype=np.int8)
x

#case assign_row_scalar
x = np.zeros((3, 3), dtype=np.int8)
x[1] = 9
x

#case assign_sub_block
x = np.zeros((4, 4), dtype=np.int32)
x[1:3, 1:3] = np.array([[1, 2], [3, 4]], dtype=np.int32)
x

#case assign_sub_block_broadcast_row
x = np.zeros((4, 4), dtype=np.int32)
x[::2, 1:] = np.array([5, 6, 7], dtype=np.int32)
x

#case assign_float_to_int_array
x = np.zeros(4, dtype=np.int32)
x[:] = np.array([1.7, -1.7, 2.2, 3.9])
x

#case assign_int_to_float_array
x = np.zeros(3, dtype=np.float32)
x[:] = np.array([1, 2, 3])
x

#case assign_through_transpose_view
x = np.zeros((2, 3), dtype=np.int32)
y = x.T
y[0] = 8
x

#case assign_through_reshape_view
x = np.zeros(6, dtype=np.int32)
y = x.reshape(2, 3)
y[1, :] = 4
x

#case assign_through_diagonal_writeable_no
x = np.zeros((3, 3), dtype=np.int32)
y = np.diagonal(x)
y.flags.writeable

#case assign_via_as_strided_view
x = np.zeros(6, dtype=np.int16)
y = as_strided(x, shape=(3,), strides=(4,))
y[:] = 3
x

#case assign_overlapping_self_shift
x = np.arange(8, dtype=np.int32)
x[1:] = x[:-1]
x

#case assign_overlapping_self_reverse
x = np.arange(8, dtype=np.int32)
x[:] = x[::-1]
x

#case assign_overlapping_shift_left
x = np.arange(8, dtype=np.int32)
x[:-2] = x[2:]
x

#case assign_3d_broadcast_from_1d
x = np.zeros((2, 3, 4), dtype=np.uint8)
x[...] = np.array([1, 2, 3, 4], dtype=np.uint8)
x

#case assign_3d_middle_axis
x = np.zeros((2, 3, 4), dtype=np.uint8)
x[:, 1, :] = 7
x

#case assign_0d_array_value
x = np.zeros(3, dtype=np.int64)
x[:] = np.array(5)
x

#case assign_broadcast_mismatch_error
x = np.zeros((3, 4), dtype=np.int32)
x[:] = np.array([1, 2, 3], dtype=np.int32)

#case assign_shape_mismatch_error
x = np.zeros(5, dtype=np.int32)
x[1:3] = np.array([1, 2, 3], dtype=np.int32)

#case assign_readonly_broadcast_to_error
x = np.arange(3)
y = np.broadcast_to(x, (2, 3))
y[0, 0] = 1

#case assign_readonly_slice_error
x = np.arange(3)
y = np.broadcast_to(x, (2, 3))
y[:, 1] = 5

#case assign_fill_method
x = np.zeros((2, 3), dtype=np.int16)
x.fill(6)
x

#case assign_fill_view
x = np.zeros((3, 3), dtype=np.int16)
y = x[:, ::2]
y.fill(1)
x

#case assign_writeable_false_error
x = np.arange(4)
x.flags.writeable = False
x[0] = 1

#case assign_writeable_false_view_flag
x = np.arange(4)
x.flags.writeable = False
y = x[1:]
y.flags.writeable
