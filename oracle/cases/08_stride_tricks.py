# as_strided, broadcast_to/broadcast_shapes/broadcast_arrays, diagonal/diag views,
# sliding_window_view, shares_memory/may_share_memory.

#case as_strided_same
x = np.arange(6, dtype=np.int32)
as_strided(x)

#case as_strided_shape_only
x = np.arange(6, dtype=np.int32)
as_strided(x, shape=(3,))

#case as_strided_rolling_window
x = np.arange(6, dtype=np.int32)
as_strided(x, shape=(4, 3), strides=(4, 4))

#case as_strided_rolling_window_flags
x = np.arange(6, dtype=np.int32)
y = as_strided(x, shape=(4, 3), strides=(4, 4))
y.flags

#case as_strided_negative_stride
x = np.arange(6, dtype=np.int32)
as_strided(x[5:], shape=(6,), strides=(-4,))

#case as_strided_transpose_like
x = np.arange(6, dtype=np.int16).reshape(2, 3)
as_strided(x, shape=(3, 2), strides=(2, 6))

#case as_strided_zero_strides_all
x = np.array([7], dtype=np.int8)
as_strided(x, shape=(2, 3), strides=(0, 0))

#case as_strided_writeable_false
x = np.arange(4, dtype=np.int8)
as_strided(x, shape=(2, 2), strides=(1, 1), writeable=False).flags

#case as_strided_of_view_offset
x = np.arange(10, dtype=np.int16)
y = as_strided(x[3:], shape=(3,), strides=(4,))
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case as_strided_of_view_values
x = np.arange(10, dtype=np.int16)
as_strided(x[3:], shape=(3,), strides=(4,))

#case as_strided_empty_shape
x = np.arange(4, dtype=np.int16)
as_strided(x, shape=(0,), strides=(2,))

#case as_strided_0d
x = np.arange(4, dtype=np.int16)
as_strided(x[2:], shape=(), strides=())

#case as_strided_last_byte_exact
x = np.arange(8, dtype=np.int8)
as_strided(x, shape=(2, 2), strides=(6, 1))

#case as_strided_write_visible
x = np.zeros(4, dtype=np.int8)
y = as_strided(x, shape=(2, 2), strides=(2, 1))
y[1, 1] = 5
x

#case as_strided_out_of_bounds_numrs_error
#numrs-error as_strided reaching past the end of the buffer (NumPy reads outside memory)
x = np.arange(4, dtype=np.int32)
as_strided(x, shape=(5,), strides=(4,))

#case as_strided_negative_out_of_bounds_numrs_error
#numrs-error as_strided reaching before the start of the buffer
x = np.arange(4, dtype=np.int32)
as_strided(x, shape=(2,), strides=(-4,))

#case as_strided_large_stride_numrs_error
#numrs-error as_strided stride walks past the end
x = np.arange(4, dtype=np.int8)
as_strided(x, shape=(2, 2), strides=(4, 1))

#case as_strided_of_slice_past_end_numrs_error
#numrs-error as_strided of a slice that reaches past its owner's end
x = np.arange(10, dtype=np.int16)
as_strided(x[8:], shape=(3,), strides=(2,))

#case broadcast_to_row
x = np.arange(3, dtype=np.int32)
np.broadcast_to(x, (4, 3))

#case broadcast_to_strides
x = np.arange(3, dtype=np.int32)
np.broadcast_to(x, (4, 3)).strides

#case broadcast_to_readonly
x = np.arange(3, dtype=np.int32)
np.broadcast_to(x, (4, 3)).flags.writeable

#case broadcast_to_column
x = np.arange(3, dtype=np.int32).reshape(3, 1)
np.broadcast_to(x, (3, 4))

#case broadcast_to_scalar_int_shape
x = np.arange(1, dtype=np.int16)
np.broadcast_to(x, 5)

#case broadcast_to_0d_source
x = np.array(9, dtype=np.uint8)
np.broadcast_to(x, (2, 3))

#case broadcast_to_same_shape
x = np.arange(6, dtype=np.int16).reshape(2, 3)
np.broadcast_to(x, (2, 3)).flags

#case broadcast_to_3d
x = np.arange(4, dtype=np.int8)
np.broadcast_to(x, (2, 3, 4))

#case broadcast_to_3d_strides
x = np.arange(4, dtype=np.int8).reshape(1, 4)
np.broadcast_to(x, (2, 3, 4)).strides

#case broadcast_to_from_T
x = np.arange(6, dtype=np.int8).reshape(2, 3)
np.broadcast_to(x.T, (2, 3, 2))

#case broadcast_to_empty
x = np.arange(3, dtype=np.int8)
np.broadcast_to(x, (0, 3))

#case broadcast_to_shares
x = np.arange(3, dtype=np.int8)
y = np.broadcast_to(x, (2, 3))
np.shares_memory(x, y)

#case broadcast_to_incompatible_error
x = np.arange(3, dtype=np.int8)
np.broadcast_to(x, (4,))

#case broadcast_to_fewer_dims_error
x = np.arange(6, dtype=np.int8).reshape(2, 3)
np.broadcast_to(x, (3,))

#case broadcast_to_2d_incompatible_error
x = np.arange(6, dtype=np.int8).reshape(2, 3)
np.broadcast_to(x, (4, 3))

#case broadcast_to_negative_dim_error
x = np.arange(3, dtype=np.int8)
np.broadcast_to(x, (-1, 3))

#case broadcast_shapes_basic
np.broadcast_shapes((3, 1), (1, 4))

#case broadcast_shapes_three
np.broadcast_shapes((2, 1, 3), (4, 1), (3,))

#case broadcast_shapes_scalar_shapes
np.broadcast_shapes((), (2, 3))

#case broadcast_shapes_int_args
np.broadcast_shapes(5, (2, 1))

#case broadcast_shapes_single
np.broadcast_shapes((6, 7))

#case broadcast_shapes_zero
np.broadcast_shapes((0, 1), (1, 5))

#case broadcast_shapes_zero_with_one
np.broadcast_shapes((0,), (1,))

#case broadcast_shapes_none
np.broadcast_shapes()

#case broadcast_shapes_error
np.broadcast_shapes((3,), (4,))

#case broadcast_shapes_error_2d
np.broadcast_shapes((2, 3), (3, 2))

#case broadcast_shapes_error_three
np.broadcast_shapes((2, 1), (1, 3), (4, 1))

#case broadcast_arrays_pair_first
x = np.arange(3, dtype=np.int32)
y = np.arange(4, dtype=np.int32).reshape(4, 1)
a, b = np.broadcast_arrays(x, y)
a

#case broadcast_arrays_pair_second
x = np.arange(3, dtype=np.int32)
y = np.arange(4, dtype=np.int32).reshape(4, 1)
a, b = np.broadcast_arrays(x, y)
b

#case broadcast_arrays_index
x = np.arange(3, dtype=np.int16)
y = np.arange(2, dtype=np.int16).reshape(2, 1)
np.broadcast_arrays(x, y)[1]

#case broadcast_arrays_writeable_flag
x = np.arange(3, dtype=np.int16)
y = np.arange(2, dtype=np.int16).reshape(2, 1)
a, b = np.broadcast_arrays(x, y)
a.flags.writeable

#case broadcast_arrays_same_shape_not_copied
x = np.arange(3, dtype=np.int16)
y = np.arange(3, dtype=np.int16)
a, b = np.broadcast_arrays(x, y)
a.flags

#case broadcast_arrays_len
x = np.arange(3, dtype=np.int16)
y = np.arange(2, dtype=np.int16).reshape(2, 1)
z = np.array(1, dtype=np.int16)
len(np.broadcast_arrays(x, y, z))

#case broadcast_arrays_0d
x = np.arange(3, dtype=np.int16)
y = np.arange(2, dtype=np.int16).reshape(2, 1)
z = np.array(1, dtype=np.int16)
np.broadcast_arrays(x, y, z)[2]

#case broadcast_arrays_error
x = np.arange(3)
y = np.arange(4)
np.broadcast_arrays(x, y)

#case diagonal_method
x = np.arange(9, dtype=np.int32).reshape(3, 3)
x.diagonal()

#case diagonal_offset_pos
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.diagonal(1)

#case diagonal_offset_neg
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.diagonal(-1)

#case diagonal_offset_too_big_empty
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.diagonal(5)

#case diagonal_strides
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.diagonal(1).strides

#case diagonal_readonly
x = np.arange(9, dtype=np.int32).reshape(3, 3)
x.diagonal().flags

#case diagonal_offset_ptr
x = np.arange(12, dtype=np.int32).reshape(3, 4)
y = x.diagonal(-1)
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case diagonal_3d_default_axes
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.diagonal()

#case diagonal_3d_axes_1_2
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.diagonal(0, 1, 2)

#case diagonal_3d_axes_kw
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.diagonal(offset=1, axis1=2, axis2=0)

#case diagonal_3d_strides
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
x.diagonal(0, 1, 2).strides

#case diagonal_of_T
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.T.diagonal(1)

#case diagonal_of_reversed
x = np.arange(9, dtype=np.int32).reshape(3, 3)
x[::-1].diagonal()

#case np_diagonal_fn
x = np.arange(9, dtype=np.int32).reshape(3, 3)
np.diagonal(x, 1)

#case diagonal_sees_writes
x = np.arange(9, dtype=np.int32).reshape(3, 3)
y = x.diagonal()
x[1, 1] = 50
y

#case diagonal_same_axes_error
x = np.arange(9, dtype=np.int32).reshape(3, 3)
x.diagonal(0, 1, 1)

#case diagonal_1d_error
x = np.arange(3)
x.diagonal()

#case diag_k0
x = np.arange(9, dtype=np.int8).reshape(3, 3)
np.diag(x)

#case diag_k_neg
x = np.arange(9, dtype=np.int8).reshape(3, 3)
np.diag(x, k=-1)

#case diag_k_positional
x = np.arange(16, dtype=np.int8).reshape(4, 4)
np.diag(x, 2)

#case diag_is_view
x = np.arange(9, dtype=np.int8).reshape(3, 3)
y = np.diag(x, k=1)
np.shares_memory(x, y)

#case diag_base
x = np.arange(9, dtype=np.int8).reshape(3, 3)
y = np.diag(x)
y.base is x

#case diag_1d_builds_matrix
x = np.array([1, 2, 3], dtype=np.int16)
np.diag(x)

#case diag_1d_builds_matrix_k
x = np.array([1, 2], dtype=np.int16)
np.diag(x, k=-1)

#case diag_3d_error
x = np.zeros((2, 2, 2))
np.diag(x)

#case swv_1d
x = np.arange(6, dtype=np.int32)
sliding_window_view(x, 3)

#case swv_1d_strides
x = np.arange(6, dtype=np.int32)
sliding_window_view(x, 3).strides

#case swv_1d_flags
x = np.arange(6, dtype=np.int32)
sliding_window_view(x, 3).flags

#case swv_writeable
x = np.arange(6, dtype=np.int32)
y = sliding_window_view(x, 2, writeable=True)
y.flags.writeable

#case swv_window_full
x = np.arange(4, dtype=np.int8)
sliding_window_view(x, 4)

#case swv_2d_window
x = np.arange(12, dtype=np.int16).reshape(3, 4)
sliding_window_view(x, (2, 2))

#case swv_2d_window_shape
x = np.arange(12, dtype=np.int16).reshape(3, 4)
sliding_window_view(x, (2, 3)).shape

#case swv_axis
x = np.arange(12, dtype=np.int16).reshape(3, 4)
sliding_window_view(x, 2, axis=0)

#case swv_axis_last
x = np.arange(12, dtype=np.int16).reshape(3, 4)
sliding_window_view(x, 3, axis=-1).strides

#case swv_of_strided
x = np.arange(10, dtype=np.int32)
sliding_window_view(x[::2], 2)

#case swv_shares
x = np.arange(6, dtype=np.int32)
y = sliding_window_view(x, 3)
np.shares_memory(x, y)

#case swv_too_large_error
x = np.arange(4)
sliding_window_view(x, 5)

#case swv_wrong_ndim_error
x = np.arange(4)
sliding_window_view(x, (2, 2))

#case shares_disjoint_halves
x = np.arange(10)
np.shares_memory(x[:5], x[5:])

#case shares_overlap
x = np.arange(10)
np.shares_memory(x[:6], x[5:])

#case shares_interleaved
x = np.arange(10)
np.shares_memory(x[::2], x[1::2])

#case may_share_interleaved
x = np.arange(10)
np.may_share_memory(x[::2], x[1::2])

#case may_share_disjoint_halves
x = np.arange(10)
np.may_share_memory(x[:5], x[5:])

#case shares_different_arrays
x = np.arange(4)
y = np.arange(4)
np.shares_memory(x, y)

#case shares_T
x = np.arange(6).reshape(2, 3)
np.shares_memory(x, x.T)

#case shares_copy
x = np.arange(6).reshape(2, 3)
np.shares_memory(x, x.copy())

#case shares_empty
x = np.arange(6)
np.shares_memory(x[2:2], x)

#case shares_column_vs_column
x = np.arange(12).reshape(3, 4)
np.shares_memory(x[:, 0], x[:, 1])

#case may_share_column_vs_column
x = np.arange(12).reshape(3, 4)
np.may_share_memory(x[:, 0], x[:, 1])

#case shares_frombuffer_bytes_view
x = np.arange(4, dtype=np.int32)
y = np.frombuffer(x, dtype=np.int8)
np.shares_memory(x[2:], y[:8])

#case shares_frombuffer_bytes_view_overlap
x = np.arange(4, dtype=np.int32)
y = np.frombuffer(x, dtype=np.int8)
np.shares_memory(x[1:], y[:8])

#case shares_as_strided_self_overlap
x = np.arange(6, dtype=np.int32)
y = as_strided(x, shape=(4, 3), strides=(4, 4))
np.shares_memory(y[0], y[3])

#case shares_reversed
x = np.arange(6)
np.shares_memory(x[::-1][:3], x[:3])

#case shares_reversed_disjoint
x = np.arange(6)
np.shares_memory(x[::-1][:3], x[:2])
