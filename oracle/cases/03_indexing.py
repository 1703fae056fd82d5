# Basic indexing: integers, slices with any step, np.newaxis/None, Ellipsis; views vs scalars.

#case idx_int_1d
x = np.arange(10, dtype=np.int32)
x[3]

#case idx_negative_int
x = np.arange(10, dtype=np.int32)
x[-1]

#case idx_negative_int_first
x = np.arange(10, dtype=np.int32)
x[-10]

#case idx_int_2d_row
x = np.arange(12, dtype=np.int16).reshape(3, 4)
x[1]

#case idx_int_2d_item
x = np.arange(12, dtype=np.int16).reshape(3, 4)
x[2, 3]

#case idx_int_2d_negative
x = np.arange(12, dtype=np.int16).reshape(3, 4)
x[-1, -2]

#case idx_chained
x = np.arange(12, dtype=np.int16).reshape(3, 4)
x[1][2]

#case idx_3d_to_1d
x = np.arange(24).reshape(2, 3, 4)
x[1, 2]

#case idx_3d_to_2d
x = np.arange(24).reshape(2, 3, 4)
x[0]

#case idx_float_scalar
x = np.array([1.5, 2.5, 3.5])
x[1]

#case idx_float32_scalar
x = np.array([1.5, 2.5, 3.5], dtype=np.float32)
x[2]

#case idx_bool_scalar
x = np.array([True, False])
x[1]

#case idx_complex_scalar
x = np.array([1+2j, 3-4j])
x[1]

#case idx_uint8_scalar
x = np.array([250, 7], dtype=np.uint8)
x[0]

#case idx_0d_empty_tuple
x = np.array(42, dtype=np.int16)
x[()]

#case idx_0d_ellipsis
x = np.array(42, dtype=np.int16)
x[...]

#case idx_0d_newaxis
x = np.array(42, dtype=np.int16)
x[np.newaxis]

#case idx_all_ints_then_ellipsis_is_0d
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x[1, 2, ...]

#case idx_0d_from_ellipsis_base
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x[1, 2, ...]
y.base is x

#case slice_basic
x = np.arange(10)
x[2:5]

#case slice_open_start
x = np.arange(10)
x[:4]

#case slice_open_stop
x = np.arange(10)
x[7:]

#case slice_full
x = np.arange(10)
x[:]

#case slice_step2
x = np.arange(10)
x[::2]

#case slice_step3_offset
x = np.arange(10, dtype=np.int16)
x[1::3]

#case slice_negative_step
x = np.arange(10, dtype=np.int16)
x[::-1]

#case slice_negative_step2
x = np.arange(10, dtype=np.int16)
x[::-2]

#case slice_negative_step_bounds
x = np.arange(10, dtype=np.int16)
x[8:2:-2]

#case slice_negative_step_offset
x = np.arange(10, dtype=np.int16)
y = x[8:2:-2]
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case slice_negative_start
x = np.arange(10, dtype=np.int8)
x[-3:]

#case slice_negative_stop
x = np.arange(10, dtype=np.int8)
x[:-3]

#case slice_negative_both
x = np.arange(10, dtype=np.int8)
x[-7:-2:2]

#case slice_out_of_range_clipped
x = np.arange(10, dtype=np.int8)
x[5:100]

#case slice_out_of_range_negative_clipped
x = np.arange(10, dtype=np.int8)
x[-100:3]

#case slice_empty_result
x = np.arange(10, dtype=np.int8)
x[5:2]

#case slice_empty_result_flags
x = np.arange(10, dtype=np.int8)
y = x[5:5]
y.flags

#case slice_step_larger_than_len
x = np.arange(10, dtype=np.int8)
x[1::20]

#case slice_reverse_from_end
x = np.arange(10, dtype=np.int8)
x[:-11:-1]

#case slice_reverse_stop_none_start_neg
x = np.arange(10, dtype=np.int8)
x[-2::-3]

#case slice_2d_rows
x = np.arange(20, dtype=np.int32).reshape(4, 5)
x[1:3]

#case slice_2d_cols
x = np.arange(20, dtype=np.int32).reshape(4, 5)
x[:, 1:4]

#case slice_2d_both_steps
x = np.arange(20, dtype=np.int32).reshape(4, 5)
x[::2, ::2]

#case slice_2d_negative_both
x = np.arange(20, dtype=np.int32).reshape(4, 5)
x[::-1, ::-2]

#case slice_2d_negative_offset
x = np.arange(20, dtype=np.int32).reshape(4, 5)
y = x[::-1, ::-2]
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case slice_2d_int_and_slice
x = np.arange(20, dtype=np.int32).reshape(4, 5)
x[2, ::-1]

#case slice_2d_slice_and_int
x = np.arange(20, dtype=np.int32).reshape(4, 5)
x[1:, 3]

#case slice_3d_mixed
x = np.arange(60, dtype=np.int16).reshape(3, 4, 5)
x[1:, ::2, -1]

#case slice_3d_mixed_neg
x = np.arange(60, dtype=np.int16).reshape(3, 4, 5)
x[::-1, 1, 4:0:-2]

#case slice_of_slice
x = np.arange(20)
y = x[2:18:2]
y[1:6:2]

#case slice_of_slice_offset
x = np.arange(20)
y = x[2:18:2]
z = y[1:6:2]
z.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case slice_of_reversed
x = np.arange(20)
y = x[::-1]
y[3:8]

#case slice_view_base
x = np.arange(10)
y = x[2:5]
y.base is x

#case slice_of_slice_base_is_owner
x = np.arange(10)
y = x[2:8]
z = y[1:3]
z.base is x

#case newaxis_front
x = np.arange(4, dtype=np.int16)
x[np.newaxis]

#case newaxis_back
x = np.arange(4, dtype=np.int16)
x[:, np.newaxis]

#case none_as_newaxis
x = np.arange(4, dtype=np.int16)
x[None, :, None]

#case newaxis_strides
x = np.arange(4, dtype=np.int16)
x[:, None].strides

#case newaxis_2d_middle
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x[:, np.newaxis, :]

#case newaxis_multiple
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x[None, :, None, :, None]

#case newaxis_with_int
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x[1, None]

#case newaxis_with_negative_slice
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x[None, ::-1, 1:]

#case ellipsis_alone
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
x[...]

#case ellipsis_alone_base
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
y = x[...]
y.base is x

#case ellipsis_last_int
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
x[..., 1]

#case ellipsis_first_int
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
x[1, ...]

#case ellipsis_middle
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
x[0, ..., 2]

#case ellipsis_with_newaxis
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
x[..., None]

#case ellipsis_with_slice
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
x[..., ::-2]

#case ellipsis_covers_nothing
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
x[1, 2, 3, ...]

#case ellipsis_covers_nothing_type
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
x[1, 2, ...].shape

#case ellipsis_literal_name
x = np.arange(24, dtype=np.int8).reshape(2, 3, 4)
x[Ellipsis, 0]

#case index_shape_attr
x = np.arange(24).reshape(2, 3, 4)
x[:, ::2, None, 1:].shape

#case index_strides_attr
x = np.arange(24).reshape(2, 3, 4)
x[:, ::2, None, 1:].strides

#case index_view_flags
x = np.arange(24).reshape(2, 3, 4)
x[:, ::2, None, 1:].flags

#case item_set_int
x = np.arange(5, dtype=np.int16)
x[2] = 100
x

#case item_set_negative_index
x = np.arange(5, dtype=np.int16)
x[-1] = -7
x

#case item_set_2d
x = np.zeros((2, 3), dtype=np.int32)
x[1, 2] = 5
x

#case item_set_float_into_int_truncates
x = np.zeros(3, dtype=np.int32)
x[0] = 2.9
x

#case item_set_float32
x = np.zeros(3, dtype=np.float32)
x[1] = 0.1
x

#case item_set_bool
x = np.zeros(3, dtype=np.bool_)
x[2] = True
x

#case item_set_complex
x = np.zeros(2, dtype=np.complex128)
x[0] = 1+2j
x

#case item_set_through_view
x = np.arange(6, dtype=np.int32)
y = x[::-2]
y[0] = 99
x

#case item_set_through_transpose
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T
y[2, 0] = -1
x

#case item_set_0d
x = np.array(5, dtype=np.int8)
x[()] = 9
x

#case item_get_after_set
x = np.arange(6, dtype=np.uint16).reshape(3, 2)
x[2, 1] = 60000
x[2, 1]

#case flat_get
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.flat[5]

#case flat_get_negative
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.flat[-1]

#case flat_get_transposed
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.T.flat[1]

#case flat_get_strided
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x[::2, ::-1].flat[2]

#case flat_set
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x.flat[4] = 40
x

#case flat_set_transposed
x = np.arange(6, dtype=np.int32).reshape(2, 3)
y = x.T
y.flat[1] = 77
x
