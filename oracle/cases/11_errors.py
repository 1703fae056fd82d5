# Errors: exception type and message, exactly as NumPy reports them.

#case err_index_out_of_bounds
x = np.arange(3)
x[3]

#case err_index_out_of_bounds_negative
x = np.arange(3)
x[-4]

#case err_index_out_of_bounds_axis1
x = np.arange(6).reshape(2, 3)
x[1, 5]

#case err_index_out_of_bounds_axis0_2d
x = np.arange(6).reshape(2, 3)
x[2]

#case err_index_out_of_bounds_with_newaxis
x = np.arange(6).reshape(2, 3)
x[None, 0, 7]

#case err_index_out_of_bounds_after_ellipsis
x = np.arange(6).reshape(2, 3)
x[..., 3]

#case err_setitem_out_of_bounds
x = np.arange(3)
x[5] = 1

#case err_too_many_indices
x = np.arange(3)
x[0, 0]

#case err_too_many_indices_2d
x = np.arange(6).reshape(2, 3)
x[0, 1, 2]

#case err_too_many_indices_slices
x = np.arange(6).reshape(2, 3)
x[:, :, :]

#case err_too_many_indices_0d
x = np.array(5)
x[0]

#case err_two_ellipsis
x = np.arange(6).reshape(2, 3)
x[..., ...]

#case err_float_index
x = np.arange(6)
x[1.5]

#case err_slice_step_zero
x = np.arange(6)
x[::0]

#case err_flat_out_of_bounds
x = np.arange(6).reshape(2, 3)
x.flat[6]

#case err_reshape_size
x = np.arange(6)
x.reshape(4)

#case err_reshape_size_3d
x = np.arange(24)
x.reshape(2, 3, 5)

#case err_reshape_size_tuple
x = np.zeros((2, 3))
x.reshape((7,))

#case err_reshape_empty_to_nonempty
x = np.zeros((0,))
x.reshape(1)

#case err_reshape_minus1_with_zero
x = np.zeros((0, 4))
x.reshape(0, -1)

#case err_broadcast_add
x = np.arange(3)
y = np.arange(4)
x + y

#case err_broadcast_mul_2d
x = np.ones((2, 3), dtype=np.int8)
y = np.ones((2,), dtype=np.int8)
x * y

#case err_broadcast_to
x = np.arange(4)
np.broadcast_to(x, (4, 3))

#case err_broadcast_shapes_4
np.broadcast_shapes((5, 6), (6, 5))

#case err_setitem_readonly_frombuffer_bytes
y = np.frombuffer(b'\x01\x02', dtype=np.uint8)
y[0] = 3

#case err_setitem_readonly_diagonal
x = np.arange(9).reshape(3, 3)
y = x.diagonal()
y[0] = 3

#case err_swapaxes_out_of_range
x = np.arange(6).reshape(2, 3)
x.swapaxes(2, 0)

#case err_diagonal_axis_out_of_range
x = np.arange(6).reshape(2, 3)
x.diagonal(0, 0, 2)

#case err_zeros_negative_dim
np.zeros((2, -1))

#case err_ones_negative_dim
np.ones(-3)

#case err_full_negative_dim
np.full((-2,), 1)

#case err_arange_step_zero
np.arange(0, 5, 0)

#case err_ragged_nested_list
np.array([[1, 2], [3]])

#case err_array_interface_missing_key
x = np.arange(3)
x.__array_interface__['nope']

#case err_copy_bad_order
x = np.arange(3)
x.copy(order='X')

#case err_ravel_bad_order
x = np.arange(3)
x.ravel('Q')

#case err_frombuffer_offset_negative
np.frombuffer(b'\x01\x02', dtype=np.uint8, offset=-1)

#case err_as_strided_bad_shape_len
#numrs-error shape and strides of different lengths must be rejected
x = np.arange(4)
as_strided(x, shape=(2, 2), strides=(8,))

#case err_as_strided_huge_shape_numrs_error
#numrs-error extent overflow must be rejected, not wrap around
x = np.arange(4, dtype=np.int8)
as_strided(x, shape=(4611686018427387904, 4), strides=(1, 1))

#case err_sliding_window_negative
x = np.arange(4)
sliding_window_view(x, -1)

#case err_transpose_too_many_axes
x = np.arange(6).reshape(2, 3)
x.transpose(0, 1, 2)
