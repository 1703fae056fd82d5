# Views and copies: transpose/.T/swapaxes, reshape (view or copy), ravel, copy orders,
# ascontiguousarray, asfortranarray.

#case T_2d
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.T

#case T_1d_is_view
x = np.arange(4, dtype=np.int32)
x.T

#case T_0d
x = np.array(3.5)
x.T

#case T_3d
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.T

#case T_T_roundtrip
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.T.T

#case T_base
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T
y.base is x

#case transpose_method_no_args
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.transpose()

#case transpose_axes_tuple
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.transpose((1, 0, 2))

#case transpose_axes_varargs
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.transpose(2, 0, 1)

#case transpose_negative_axes
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.transpose(-1, 0, -2)

#case np_transpose_fn
x = np.arange(6, dtype=np.int8).reshape(3, 2)
np.transpose(x)

#case np_transpose_fn_axes
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
np.transpose(x, (0, 2, 1))

#case transpose_bad_axes_error
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.transpose(0, 1)

#case transpose_repeated_axis_error
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.transpose(0, 1, 1)

#case transpose_axis_out_of_range_error
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.transpose(0, 1, 3)

#case swapaxes_2d
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.swapaxes(0, 1)

#case swapaxes_3d
x = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
x.swapaxes(0, 2)

#case swapaxes_negative
x = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
x.swapaxes(-1, 1)

#case swapaxes_same_axis
x = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
x.swapaxes(1, 1)

#case np_swapaxes_fn
x = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
np.swapaxes(x, 0, 1)

#case swapaxes_out_of_range_error
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.swapaxes(0, 2)

#case reshape_view_contiguous
x = np.arange(12, dtype=np.int32)
y = x.reshape(3, 4)
y

#case reshape_view_base
x = np.arange(12, dtype=np.int32)
y = x.reshape(3, 4)
y.base is x

#case reshape_view_owndata
x = np.arange(12, dtype=np.int32)
y = x.reshape(3, 4)
y.flags.owndata

#case reshape_view_shares
x = np.arange(12, dtype=np.int32)
y = x.reshape(3, 4)
np.shares_memory(x, y)

#case reshape_tuple_arg
x = np.arange(12, dtype=np.int32)
x.reshape((2, 2, 3))

#case reshape_minus1_front
x = np.arange(12, dtype=np.int32)
x.reshape(-1, 6)

#case reshape_minus1_middle
x = np.arange(24, dtype=np.int8)
x.reshape(2, -1, 3)

#case reshape_to_1d
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.reshape(12)

#case reshape_to_minus1
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.reshape(-1)

#case reshape_to_0d
x = np.array([7], dtype=np.int16)
x.reshape(())

#case reshape_0d_to_1d
x = np.array(7, dtype=np.int16)
x.reshape(1)

#case reshape_add_unit_axes
x = np.arange(6, dtype=np.int32)
x.reshape(1, 2, 1, 3, 1)

#case reshape_empty
x = np.zeros((0, 4), dtype=np.int32)
x.reshape(2, 0, 5)

#case reshape_empty_minus1
x = np.zeros((0, 4), dtype=np.int32)
x.reshape(-1, 2)

#case reshape_order_F
x = np.arange(6, dtype=np.int32)
x.reshape((2, 3), order='F')

#case reshape_order_F_on_F_array_is_view
x = np.asfortranarray(np.arange(6, dtype=np.int32).reshape(2, 3))
y = x.reshape((3, 2), order='F')
np.shares_memory(x, y)

#case reshape_transposed_copies
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.reshape(6)
y

#case reshape_transposed_copies_shares
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.reshape(6)
np.shares_memory(x, y)

#case reshape_transposed_copy_flags
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.reshape(6)
y.flags

#case reshape_transposed_copy_base_none
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.reshape(6)
y.base is None

#case reshape_strided_copies
x = np.arange(12, dtype=np.int32)
y = x[::2].reshape(2, 3)
y

#case reshape_strided_copies_shares
x = np.arange(12, dtype=np.int32)
y = x[::2].reshape(2, 3)
np.shares_memory(x, y)

#case reshape_strided_split_axis_is_view
x = np.arange(24, dtype=np.int32)
y = x[::2].reshape(3, 4)
np.shares_memory(x, y)

#case reshape_noncontig_split_view
x = np.arange(24, dtype=np.int32).reshape(4, 6)
y = x[:, :4].reshape(4, 2, 2)
y

#case reshape_noncontig_split_view_shares
x = np.arange(24, dtype=np.int32).reshape(4, 6)
y = x[:, :4].reshape(4, 2, 2)
np.shares_memory(x, y)

#case reshape_noncontig_merge_copies
x = np.arange(24, dtype=np.int32).reshape(4, 6)
y = x[:, :4].reshape(16)
np.shares_memory(x, y)

#case reshape_T_merge_leading_unit_view
x = np.arange(6, dtype=np.int32).reshape(1, 6)
y = x.T.reshape(6)
np.shares_memory(x, y)

#case reshape_reversed_view
x = np.arange(12, dtype=np.int32)
y = x[::-1].reshape(3, 4)
y

#case reshape_reversed_view_strides
x = np.arange(12, dtype=np.int32)
y = x[::-1].reshape(3, 4)
y.strides

#case np_reshape_fn
x = np.arange(6, dtype=np.int8)
np.reshape(x, (3, 2))

#case reshape_bad_size_error
x = np.arange(6)
x.reshape(4)

#case reshape_bad_size_2d_error
x = np.arange(6)
x.reshape(4, 2)

#case reshape_two_minus1_error
x = np.arange(6)
x.reshape(-1, -1)

#case reshape_minus1_not_divisible_error
x = np.arange(6)
x.reshape(-1, 4)

#case reshape_minus2_acts_as_unknown
x = np.arange(6)
x.reshape(-2, 3)

#case ravel_contiguous_view
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.ravel()
y

#case ravel_contiguous_shares
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.ravel()
np.shares_memory(x, y)

#case ravel_transposed_copies
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.ravel()
y

#case ravel_transposed_shares
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.ravel()
np.shares_memory(x, y)

#case ravel_order_F
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.ravel('F')

#case ravel_order_F_of_T_is_view
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.ravel('F')
np.shares_memory(x, y)

#case ravel_order_K
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.T.ravel('K')

#case ravel_order_K_reversed
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x[:, ::-1].ravel('K')

#case ravel_order_A_F_array
x = np.asfortranarray(np.arange(6, dtype=np.int32).reshape(2, 3))
x.ravel('A')

#case ravel_strided
x = np.arange(12, dtype=np.int16)
x[::3].ravel()

#case ravel_0d
x = np.array(5)
x.ravel()

#case np_ravel_fn
x = np.arange(6, dtype=np.int32).reshape(2, 3)
np.ravel(x)

#case copy_default_C
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.copy()
y

#case copy_default_C_flags
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.copy()
y.flags

#case copy_order_C
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.copy(order='C')
y.strides

#case copy_order_F
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.copy(order='F')
y

#case copy_order_F_strides
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.copy(order='F')
y.strides

#case copy_order_A_of_F
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.copy(order='A')
y.strides

#case copy_order_A_of_C
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.copy(order='A')
y.strides

#case copy_order_A_of_strided
x = np.arange(24, dtype=np.int32).reshape(4, 6)
y = x[::2, ::3].copy(order='A')
y.strides

#case copy_order_K_of_T
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T.copy(order='K')
y.strides

#case copy_order_K_of_3d_permuted
x = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
y = x.transpose(1, 2, 0).copy(order='K')
y.strides

#case copy_order_K_of_reversed
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x[::-1, :].copy(order='K')
y

#case copy_order_K_of_reversed_strides
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x[::-1, :].copy(order='K')
y.strides

#case copy_is_independent
x = np.arange(4, dtype=np.int32)
y = x.copy()
y[0] = 100
x

#case copy_base_none
x = np.arange(4, dtype=np.int32)
y = x[1:].copy()
y.base is None

#case copy_positional_order
x = np.arange(6, dtype=np.int16).reshape(3, 2)
y = x.copy('F')
y.strides

#case ascontiguousarray_already
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = np.ascontiguousarray(x)
y is x

#case ascontiguousarray_of_T
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = np.ascontiguousarray(x.T)
y

#case ascontiguousarray_of_T_flags
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = np.ascontiguousarray(x.T)
y.flags

#case ascontiguousarray_0d_becomes_1d
x = np.array(3, dtype=np.int8)
np.ascontiguousarray(x)

#case ascontiguousarray_strided
x = np.arange(10, dtype=np.float32)
np.ascontiguousarray(x[::3])

#case ascontiguousarray_list
np.ascontiguousarray([[1, 2], [3, 4]])

#case asfortranarray_of_C
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = np.asfortranarray(x)
y

#case asfortranarray_of_C_strides
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = np.asfortranarray(x)
y.strides

#case asfortranarray_of_T_is_same
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T
np.asfortranarray(y) is y

#case asfortranarray_1d_same
x = np.arange(6, dtype=np.int32)
np.asfortranarray(x) is x

#case asfortranarray_0d_becomes_1d
x = np.array(3, dtype=np.int8)
np.asfortranarray(x)

#case asfortranarray_3d_flags
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
np.asfortranarray(x).flags
