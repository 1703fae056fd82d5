# repr and str of arrays of every numeric dtype and many shapes (NumPy 2 defaults:
# precision 8, linewidth 75, summarization past 1000 items).

#case repr_bool_1d
np.array([True, False, True], dtype=np.bool_)

#case repr_bool_2d
np.array([[True, False], [False, True]], dtype=np.bool_)

#case repr_bool_0d
np.array(True, dtype=np.bool_)

#case repr_bool_scalar
x = np.array([True], dtype=np.bool_)
x[0]

#case repr_bool_empty_1d
np.zeros((0,), dtype=np.bool_)

#case repr_bool_empty_2d
np.zeros((2, 0), dtype=np.bool_)

#case repr_bool_wrap
x = np.zeros(30, dtype=np.bool_)
x[::3] = True
x

#case repr_bool_summarized
x = np.zeros(2000, dtype=np.bool_)
x[::7] = True
x

#case repr_bool_3d
x = np.zeros((2, 3, 4), dtype=np.bool_)
x[:, 1] = True
x

#case repr_int8_1d
np.array([-128, 0, 5, 127], dtype=np.int8)

#case repr_int8_2d
np.array([[1, -2, 3], [-4, 5, -6]], dtype=np.int8)

#case repr_int8_0d
np.array(-7, dtype=np.int8)

#case repr_int8_scalar
x = np.array([-7], dtype=np.int8)
x[0]

#case repr_int8_empty_1d
np.zeros((0,), dtype=np.int8)

#case repr_int8_empty_2d
np.zeros((2, 0), dtype=np.int8)

#case repr_int8_wrap
np.arange(100, dtype=np.int8)

#case repr_int8_summarized
x = np.zeros(2000, dtype=np.int8)
x[::2] = 7
x

#case repr_int8_3d
np.arange(24, dtype=np.int8).reshape(2, 3, 4)

#case repr_int8_T_view
np.arange(6, dtype=np.int8).reshape(2, 3).T

#case repr_int16_1d
np.array([-32768, 0, 300, 32767], dtype=np.int16)

#case repr_int16_2d
np.array([[1, -2, 3], [-400, 5, -6]], dtype=np.int16)

#case repr_int16_0d
np.array(1234, dtype=np.int16)

#case repr_int16_scalar
x = np.array([1234], dtype=np.int16)
x[0]

#case repr_int16_empty_1d
np.zeros((0,), dtype=np.int16)

#case repr_int16_empty_2d
np.zeros((2, 0), dtype=np.int16)

#case repr_int16_wrap
np.arange(40, dtype=np.int16)

#case repr_int16_summarized
np.arange(2000, dtype=np.int16)

#case repr_int16_3d
np.arange(24, dtype=np.int16).reshape(2, 3, 4)

#case repr_int16_T_view
np.arange(6, dtype=np.int16).reshape(2, 3).T

#case repr_int32_1d
np.array([-2147483648, 0, 2147483647], dtype=np.int32)

#case repr_int32_2d
np.array([[10, -20, 30], [-4, 5, -6]], dtype=np.int32)

#case repr_int32_0d
np.array(-100000, dtype=np.int32)

#case repr_int32_scalar
x = np.array([-100000], dtype=np.int32)
x[0]

#case repr_int32_empty_1d
np.zeros((0,), dtype=np.int32)

#case repr_int32_empty_2d
np.zeros((2, 0), dtype=np.int32)

#case repr_int32_wrap
np.arange(40, dtype=np.int32)

#case repr_int32_summarized
np.arange(2000, dtype=np.int32)

#case repr_int32_3d
np.arange(24, dtype=np.int32).reshape(2, 3, 4)

#case repr_int32_T_view
np.arange(6, dtype=np.int32).reshape(2, 3).T

#case repr_int64_1d
np.array([-9223372036854775808, 0, 9223372036854775807], dtype=np.int64)

#case repr_int64_2d
np.array([[1, 22, 333], [4444, 55555, 666666]], dtype=np.int64)

#case repr_int64_0d
np.array(42, dtype=np.int64)

#case repr_int64_scalar
x = np.array([42], dtype=np.int64)
x[0]

#case repr_int64_empty_1d
np.zeros((0,), dtype=np.int64)

#case repr_int64_empty_2d
np.zeros((2, 0), dtype=np.int64)

#case repr_int64_wrap
np.arange(40, dtype=np.int64)

#case repr_int64_summarized
np.arange(2000, dtype=np.int64)

#case repr_int64_3d
np.arange(24, dtype=np.int64).reshape(2, 3, 4)

#case repr_int64_T_view
np.arange(6, dtype=np.int64).reshape(2, 3).T

#case repr_uint8_1d
np.array([0, 1, 255], dtype=np.uint8)

#case repr_uint8_2d
np.array([[1, 2, 3], [4, 5, 255]], dtype=np.uint8)

#case repr_uint8_0d
np.array(200, dtype=np.uint8)

#case repr_uint8_scalar
x = np.array([200], dtype=np.uint8)
x[0]

#case repr_uint8_empty_1d
np.zeros((0,), dtype=np.uint8)

#case repr_uint8_empty_2d
np.zeros((2, 0), dtype=np.uint8)

#case repr_uint8_wrap
np.arange(200, dtype=np.uint8)

#case repr_uint8_summarized
x = np.zeros(2000, dtype=np.uint8)
x[::2] = 7
x

#case repr_uint8_3d
np.arange(24, dtype=np.uint8).reshape(2, 3, 4)

#case repr_uint8_T_view
np.arange(6, dtype=np.uint8).reshape(2, 3).T

#case repr_uint16_1d
np.array([0, 1, 65535], dtype=np.uint16)

#case repr_uint16_2d
np.array([[1, 2, 3], [4, 5, 60000]], dtype=np.uint16)

#case repr_uint16_0d
np.array(65535, dtype=np.uint16)

#case repr_uint16_scalar
x = np.array([65535], dtype=np.uint16)
x[0]

#case repr_uint16_empty_1d
np.zeros((0,), dtype=np.uint16)

#case repr_uint16_empty_2d
np.zeros((2, 0), dtype=np.uint16)

#case repr_uint16_wrap
np.arange(40, dtype=np.uint16)

#case repr_uint16_summarized
np.arange(2000, dtype=np.uint16)

#case repr_uint16_3d
np.arange(24, dtype=np.uint16).reshape(2, 3, 4)

#case repr_uint16_T_view
np.arange(6, dtype=np.uint16).reshape(2, 3).T

#case repr_uint32_1d
np.array([0, 1, 4294967295], dtype=np.uint32)

#case repr_uint32_2d
np.array([[1, 2, 3], [4, 5, 6]], dtype=np.uint32)

#case repr_uint32_0d
np.array(7, dtype=np.uint32)

#case repr_uint32_scalar
x = np.array([7], dtype=np.uint32)
x[0]

#case repr_uint32_empty_1d
np.zeros((0,), dtype=np.uint32)

#case repr_uint32_empty_2d
np.zeros((2, 0), dtype=np.uint32)

#case repr_uint32_wrap
np.arange(40, dtype=np.uint32)

#case repr_uint32_summarized
np.arange(2000, dtype=np.uint32)

#case repr_uint32_3d
np.arange(24, dtype=np.uint32).reshape(2, 3, 4)

#case repr_uint32_T_view
np.arange(6, dtype=np.uint32).reshape(2, 3).T

#case repr_uint64_1d
np.array([0, 1, 18446744073709551615], dtype=np.uint64)

#case repr_uint64_2d
np.array([[1, 2, 3], [4, 5, 6]], dtype=np.uint64)

#case repr_uint64_0d
np.array(18446744073709551615, dtype=np.uint64)

#case repr_uint64_scalar
x = np.array([18446744073709551615], dtype=np.uint64)
x[0]

#case repr_uint64_empty_1d
np.zeros((0,), dtype=np.uint64)

#case repr_uint64_empty_2d
np.zeros((2, 0), dtype=np.uint64)

#case repr_uint64_wrap
np.arange(40, dtype=np.uint64)

#case repr_uint64_summarized
np.arange(2000, dtype=np.uint64)

#case repr_uint64_3d
np.arange(24, dtype=np.uint64).reshape(2, 3, 4)

#case repr_uint64_T_view
np.arange(6, dtype=np.uint64).reshape(2, 3).T

#case repr_float16_1d
np.array([0.0, 1.5, -2.25, 65504.0], dtype=np.float16)

#case repr_float16_2d
np.array([[0.1, 0.2], [0.3, 1000.0]], dtype=np.float16)

#case repr_float16_0d
np.array(3.14, dtype=np.float16)

#case repr_float16_scalar
x = np.array([3.14], dtype=np.float16)
x[0]

#case repr_float16_empty_1d
np.zeros((0,), dtype=np.float16)

#case repr_float16_empty_2d
np.zeros((2, 0), dtype=np.float16)

#case repr_float16_wrap
np.arange(40, dtype=np.float16)

#case repr_float16_summarized
np.arange(2000, dtype=np.float16)

#case repr_float16_3d
np.arange(24, dtype=np.float16).reshape(2, 3, 4)

#case repr_float16_T_view
np.arange(6, dtype=np.float16).reshape(2, 3).T

#case repr_float32_1d
np.array([0.0, 1.5, -2.25, 3.4e38], dtype=np.float32)

#case repr_float32_2d
np.array([[0.1, 0.2], [0.3, 1000.0]], dtype=np.float32)

#case repr_float32_0d
np.array(0.1, dtype=np.float32)

#case repr_float32_scalar
x = np.array([0.1], dtype=np.float32)
x[0]

#case repr_float32_empty_1d
np.zeros((0,), dtype=np.float32)

#case repr_float32_empty_2d
np.zeros((2, 0), dtype=np.float32)

#case repr_float32_wrap
np.arange(40, dtype=np.float32)

#case repr_float32_summarized
np.arange(2000, dtype=np.float32)

#case repr_float32_3d
np.arange(24, dtype=np.float32).reshape(2, 3, 4)

#case repr_float32_T_view
np.arange(6, dtype=np.float32).reshape(2, 3).T

#case repr_float64_1d
np.array([0.0, 1.5, -2.25, 1e300], dtype=np.float64)

#case repr_float64_2d
np.array([[0.1, 0.2], [0.3, 1000.0]], dtype=np.float64)

#case repr_float64_0d
np.array(0.1, dtype=np.float64)

#case repr_float64_scalar
x = np.array([0.1], dtype=np.float64)
x[0]

#case repr_float64_empty_1d
np.zeros((0,), dtype=np.float64)

#case repr_float64_empty_2d
np.zeros((2, 0), dtype=np.float64)

#case repr_float64_wrap
np.arange(40, dtype=np.float64)

#case repr_float64_summarized
np.arange(2000, dtype=np.float64)

#case repr_float64_3d
np.arange(24, dtype=np.float64).reshape(2, 3, 4)

#case repr_float64_T_view
np.arange(6, dtype=np.float64).reshape(2, 3).T

#case repr_complex64_1d
np.array([0j, 1+2j, -1.5-0.5j], dtype=np.complex64)

#case repr_complex64_2d
np.array([[1j, 2], [3-1j, -4.5j]], dtype=np.complex64)

#case repr_complex64_0d
np.array(1-1j, dtype=np.complex64)

#case repr_complex64_scalar
x = np.array([1-1j], dtype=np.complex64)
x[0]

#case repr_complex64_empty_1d
np.zeros((0,), dtype=np.complex64)

#case repr_complex64_empty_2d
np.zeros((2, 0), dtype=np.complex64)

#case repr_complex64_wrap
np.arange(40, dtype=np.complex64)

#case repr_complex64_summarized
np.arange(2000, dtype=np.complex64)

#case repr_complex64_3d
np.arange(24, dtype=np.complex64).reshape(2, 3, 4)

#case repr_complex64_T_view
np.arange(6, dtype=np.complex64).reshape(2, 3).T

#case repr_complex128_1d
np.array([0j, 1+2j, -1.5-0.5j], dtype=np.complex128)

#case repr_complex128_2d
np.array([[1j, 2], [3-1j, -4.5j]], dtype=np.complex128)

#case repr_complex128_0d
np.array(2.5+0.5j, dtype=np.complex128)

#case repr_complex128_scalar
x = np.array([2.5+0.5j], dtype=np.complex128)
x[0]

#case repr_complex128_empty_1d
np.zeros((0,), dtype=np.complex128)

#case repr_complex128_empty_2d
np.zeros((2, 0), dtype=np.complex128)

#case repr_complex128_wrap
np.arange(40, dtype=np.complex128)

#case repr_complex128_summarized
np.arange(2000, dtype=np.complex128)

#case repr_complex128_3d
np.arange(24, dtype=np.complex128).reshape(2, 3, 4)

#case repr_complex128_T_view
np.arange(6, dtype=np.complex128).reshape(2, 3).T
# ---- formatting details ----
#case repr_float_nan_inf
np.array([np.nan, np.inf, -np.inf, 1.0])

#case repr_float32_nan_inf
np.array([np.nan, -np.inf, 0.5], dtype=np.float32)

#case repr_float_negative_zero
np.array([-0.0, 0.0, 1.0])

#case repr_float_integral_values
np.array([1.0, 2.0, -3.0])

#case repr_float_sci_large
np.array([1e20, 1.0])

#case repr_float_sci_small
np.array([1e-20, 1.0])

#case repr_float_sci_tiny_only
np.array([1e-5, 2e-5])

#case repr_float_mixed_precision
np.array([0.123456789, 123456.789, 1.0])

#case repr_float_unique_digits
np.array([0.1, 0.25, 1.0/3.0])

#case repr_float_large_no_sci
np.array([123456789.0, 1.5])

#case repr_float_1e16
np.array([1e16, 1.0])

#case repr_float_all_zero
np.zeros(3)

#case repr_float_ratio_1000
np.array([0.001, 1.0])

#case repr_float_ratio_small_sci
np.array([0.0001, 1.0])

#case repr_float_sci_2d
np.array([[1e-10, 1.0], [2.0, 3e10]])

#case repr_float16_precision
np.array([0.1, 0.2, 0.3], dtype=np.float16)

#case repr_float32_precision
np.array([0.1, 0.2, 0.3], dtype=np.float32)

#case repr_float32_third
np.array([1.0/3.0, 2.0/3.0], dtype=np.float32)

#case repr_complex_nan_inf
np.array([complex(np.nan, 1.0), complex(1.0, np.inf)])

#case repr_complex_sci
np.array([1e20+1j, 1-1e-20j])

#case repr_complex_negative_imag
np.array([1-2j, -3-4j])

#case repr_complex_pure_real
np.array([1+0j, 2+0j])

#case repr_int_wide_negative_alignment
np.array([[1, -1000], [100, 5]])

#case repr_int_single_element
np.array([5])

#case repr_4d
np.arange(16).reshape(2, 2, 2, 2)

#case repr_4d_int8
np.arange(16, dtype=np.int8).reshape(2, 1, 2, 4)

#case repr_shape_1x1
np.ones((1, 1), dtype=np.int32)

#case repr_shape_3x1
np.arange(3, dtype=np.int16).reshape(3, 1)

#case repr_shape_1x3x1
np.arange(3, dtype=np.int16).reshape(1, 3, 1)

#case repr_empty_3d
np.zeros((2, 0, 3))

#case repr_empty_float_1d
np.zeros((0,))

#case repr_empty_int64_1d
np.zeros((0,), dtype=np.int64)

#case repr_empty_int64_2d
np.zeros((0, 4), dtype=np.int64)

#case repr_summarized_2d
np.arange(2000).reshape(40, 50)

#case repr_summarized_3d
np.arange(3000, dtype=np.int32).reshape(10, 10, 30)

#case repr_summarized_float
np.arange(1001, dtype=np.float64) * np.full((1001,), 0.1)

#case repr_not_summarized_1000
np.arange(1000, dtype=np.int16)

#case repr_wrap_2d_long_rows
np.arange(60, dtype=np.int64).reshape(2, 30)

#case repr_wrap_float_rows
np.arange(40, dtype=np.float64).reshape(2, 20) + np.full((2, 20), 0.5)

#case repr_wrap_complex
np.arange(12, dtype=np.complex128)

#case repr_broadcast_view
np.broadcast_to(np.arange(3, dtype=np.int8), (2, 3))

#case repr_reversed_view
np.arange(5, dtype=np.float32)[::-1]

#case repr_big_endian_int
np.array([1, -2], dtype='>i4')

#case repr_big_endian_float
np.array([1.5, 2.0], dtype='>f8')

#case repr_big_endian_uint16
np.array([1, 2], dtype='>u2')

#case repr_dtype_int8
np.zeros(2, dtype=np.int8).dtype

#case repr_dtype_float64
np.zeros(2).dtype

#case repr_dtype_bool
np.zeros(2, dtype=np.bool_).dtype

#case repr_dtype_complex64
np.zeros(2, dtype=np.complex64).dtype

#case repr_dtype_big_endian
np.zeros(2, dtype='>i2').dtype

#case repr_dtype_uint64
np.zeros(2, dtype=np.uint64).dtype

#case repr_dtype_float16
np.zeros(2, dtype=np.float16).dtype

#case repr_scalar_float64_integral
x = np.array([3.0])
x[0]

#case repr_scalar_float64_sci
x = np.array([1e-30])
x[0]

#case repr_scalar_float64_nan
x = np.array([np.nan])
x[0]

#case repr_scalar_float32_inf
x = np.array([-np.inf], dtype=np.float32)
x[0]

#case repr_scalar_float16_small
x = np.array([0.0001], dtype=np.float16)
x[0]

#case repr_scalar_complex_zero
x = np.zeros(1, dtype=np.complex128)
x[0]

#case repr_scalar_complex_negative_zero_imag
x = np.array([complex(1.0, -0.0)])
x[0]

#case repr_scalar_bool_false
x = np.array([False])
x[0]

#case repr_scalar_uint64_max
x = np.array([18446744073709551615], dtype=np.uint64)
x[0]

#case repr_scalar_big_endian_int
x = np.array([5], dtype='>i4')
x[0]
