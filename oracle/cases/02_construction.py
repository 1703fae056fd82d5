# Construction: np.array from nested lists with dtype, zeros/ones/empty/full/arange.

#case array_list_default_int
np.array([1, 2, 3])

#case array_list_default_float
np.array([1.0, 2.5, -3.0])

#case array_list_mixed_int_float
np.array([1, 2.5, 3])

#case array_list_bool
np.array([True, False, True])

#case array_list_complex
np.array([1+2j, 3-1j])

#case array_nested_2d
np.array([[1, 2, 3], [4, 5, 6]])

#case array_nested_3d
np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])

#case array_nested_2d_int8
np.array([[1, 2], [3, 4]], dtype=np.int8)

#case array_dtype_string_i2
np.array([1, 2, 3], dtype='<i2')

#case array_dtype_string_f4
np.array([1, 2, 3], dtype='f4')

#case array_dtype_name_uint16
np.array([1, 2, 3], dtype='uint16')

#case array_dtype_float32_from_ints
np.array([[1, 2], [3, 4]], dtype=np.float32)

#case array_dtype_complex64
np.array([1, 2, 3], dtype=np.complex64)

#case array_dtype_bool_from_ints
np.array([0, 1, 2, 0], dtype=np.bool_)

#case array_scalar_0d
np.array(5)

#case array_scalar_0d_float
np.array(2.5)

#case array_scalar_0d_int8
np.array(7, dtype=np.int8)

#case array_empty_list
np.array([])

#case array_empty_nested
np.array([[], []])

#case array_empty_nested_int
np.array([[], []], dtype=np.int32)

#case array_single_element_nested
np.array([[[1]]], dtype=np.uint8)

#case array_order_F_2d
np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int32, order='F')

#case array_order_F_3d
np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]], dtype=np.int16, order='F')

#case array_order_F_1d
np.array([1, 2, 3], dtype=np.int16, order='F')

#case array_from_array_copies
x = np.array([1, 2, 3], dtype=np.int32)
y = np.array(x)
y

#case array_from_view_copies
x = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int32)
y = np.array(x.T)
y

#case array_from_array_order_K_keeps_F
x = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int32, order='F')
y = np.array(x, order='K')
y

#case array_from_array_order_C
x = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int32, order='F')
y = np.array(x, order='C')
y

#case array_negative_ints_int8
np.array([-128, -1, 0, 127], dtype=np.int8)

#case array_large_uint64
np.array([0, 18446744073709551615], dtype=np.uint64)

#case array_large_int_default
np.array([9223372036854775807, -9223372036854775808])

#case zeros_1d
np.zeros(5)

#case zeros_int_arg
np.zeros(3, dtype=np.int16)

#case zeros_tuple_shape
np.zeros((2, 3))

#case zeros_int8_3d
np.zeros((2, 3, 4), dtype=np.int8)

#case zeros_F
np.zeros((2, 3), dtype=np.int32, order='F')

#case zeros_empty_shape
np.zeros((0,))

#case zeros_empty_2d
np.zeros((3, 0), dtype=np.int32)

#case zeros_0d
np.zeros(())

#case zeros_bool
np.zeros((2, 2), dtype=np.bool_)

#case zeros_complex128
np.zeros((2,), dtype=np.complex128)

#case zeros_dtype_string
np.zeros((2, 2), dtype='<u2')

#case ones_1d
np.ones(4)

#case ones_2d_uint8
np.ones((2, 3), dtype=np.uint8)

#case ones_bool
np.ones((3,), dtype=np.bool_)

#case ones_float16
np.ones((2, 2), dtype=np.float16)

#case ones_complex64
np.ones((2,), dtype=np.complex64)

#case ones_F_3d
np.ones((2, 3, 4), dtype=np.int16, order='F')

#case empty_shape_strides_flags
#novalues
np.empty((3, 4), dtype=np.float32)

#case empty_F
#novalues
np.empty((3, 4), dtype=np.int64, order='F')

#case empty_1d_default
#novalues
np.empty(7)

#case empty_zero_size
#novalues
np.empty((2, 0, 3), dtype=np.int16)

#case full_int
np.full((2, 3), 7)

#case full_float
np.full((3,), 2.5)

#case full_dtype_int8
np.full((2, 2), -3, dtype=np.int8)

#case full_dtype_float32
np.full((2, 2), 1.5, dtype=np.float32)

#case full_bool
np.full((3,), True)

#case full_complex
np.full((2,), 1+1j)

#case full_uint16
np.full((4,), 65535, dtype=np.uint16)

#case full_F
np.full((2, 3), 9, dtype=np.int32, order='F')

#case arange_stop
np.arange(5)

#case arange_start_stop
np.arange(2, 7)

#case arange_step
np.arange(0, 10, 3)

#case arange_negative_step
np.arange(10, 0, -2)

#case arange_dtype_int8
np.arange(6, dtype=np.int8)

#case arange_dtype_float32
np.arange(4, dtype=np.float32)

#case arange_float_step
np.arange(0.0, 1.0, 0.25)

#case arange_empty
np.arange(5, 2)

#case arange_dtype_uint32
np.arange(1, 9, 2, dtype=np.uint32)

#case arange_dtype_int16_kw
np.arange(start=3, stop=9, step=2, dtype=np.int16)

#case arange_float_start
np.arange(1.5, 4)

#case arange_dtype_float64_from_ints
np.arange(3, dtype=np.float64)

#case arange_complex_dtype
np.arange(3, dtype=np.complex128)

#case arange_reshape_3d
np.arange(24).reshape(2, 3, 4)

#case arange_reshape_tuple
np.arange(12, dtype=np.int16).reshape((3, 4))

#case arange_reshape_minus1
np.arange(12).reshape(-1, 3)

#case dtype_of_array
x = np.array([1, 2, 3], dtype=np.int16)
x.dtype

#case dtype_itemsize
x = np.zeros((2,), dtype=np.complex64)
x.dtype.itemsize

#case dtype_str
x = np.zeros((2,), dtype='>f8')
x.dtype.str

#case big_endian_array
np.array([1, 256], dtype='>i2')

#case big_endian_tobytes
x = np.array([1, 256], dtype='>i2')
x.tobytes()

#case big_endian_float
np.array([1.5, -2.0], dtype='>f4')
