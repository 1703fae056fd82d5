# Element-wise + and * of same-dtype arrays with broadcasting; .sum() of whole arrays.

#case add_1d_int64
x = np.arange(4)
y = np.arange(4)
x + y

#case add_int8_wraps
x = np.array([100, 120, -128], dtype=np.int8)
y = np.array([100, 10, -1], dtype=np.int8)
x + y

#case add_uint8_wraps
x = np.array([200, 255], dtype=np.uint8)
y = np.array([100, 1], dtype=np.uint8)
x + y

#case add_int16
x = np.array([1, 2, 3], dtype=np.int16)
y = np.array([10, 20, 30], dtype=np.int16)
x + y

#case add_int32
x = np.array([2147483647, 1], dtype=np.int32)
y = np.array([1, 1], dtype=np.int32)
x + y

#case add_uint16
x = np.array([65535, 1], dtype=np.uint16)
y = np.array([1, 1], dtype=np.uint16)
x + y

#case add_uint32
x = np.array([4294967295, 7], dtype=np.uint32)
y = np.array([2, 1], dtype=np.uint32)
x + y

#case add_uint64
x = np.array([18446744073709551615, 7], dtype=np.uint64)
y = np.array([2, 1], dtype=np.uint64)
x + y

#case add_float16
x = np.array([0.1, 1000.0], dtype=np.float16)
y = np.array([0.2, 0.5], dtype=np.float16)
x + y

#case add_float32
x = np.array([0.1, 1e30], dtype=np.float32)
y = np.array([0.2, 1e30], dtype=np.float32)
x + y

#case add_float64
x = np.array([0.1, 1.5, -2.0])
y = np.array([0.2, 2.5, 2.0])
x + y

#case add_complex128
x = np.array([1+2j, 3-4j])
y = np.array([0.5-1j, 1j])
x + y

#case add_complex64
x = np.array([1+2j, 3-4j], dtype=np.complex64)
y = np.array([0.5-1j, 1j], dtype=np.complex64)
x + y

#case add_bool_is_or
x = np.array([True, True, False, False])
y = np.array([True, False, True, False])
x + y

#case mul_bool_is_and
x = np.array([True, True, False, False])
y = np.array([True, False, True, False])
x * y

#case mul_int8_wraps
x = np.array([16, -128, 11], dtype=np.int8)
y = np.array([16, -1, 12], dtype=np.int8)
x * y

#case mul_int64
x = np.arange(5)
y = np.arange(5)
x * y

#case mul_uint32
x = np.array([65536, 3], dtype=np.uint32)
y = np.array([65536, 5], dtype=np.uint32)
x * y

#case mul_float32
x = np.array([1.5, -2.0, 1e20], dtype=np.float32)
y = np.array([2.0, 0.25, 1e20], dtype=np.float32)
x * y

#case mul_complex128
x = np.array([1+2j, 3-4j])
y = np.array([1-2j, 1j])
x * y

#case mul_float16
x = np.array([0.5, 300.0], dtype=np.float16)
y = np.array([3.0, 300.0], dtype=np.float16)
x * y

#case add_broadcast_row_col
x = np.arange(3, dtype=np.int32)
y = np.arange(4, dtype=np.int32).reshape(4, 1)
x + y

#case add_broadcast_row_col_flags
x = np.arange(3, dtype=np.int32)
y = np.arange(4, dtype=np.int32).reshape(4, 1)
z = x + y
z.flags

#case add_broadcast_0d
x = np.arange(6, dtype=np.int16).reshape(2, 3)
y = np.array(10, dtype=np.int16)
x + y

#case add_0d_0d_scalar_result
x = np.array(2, dtype=np.int16)
y = np.array(3, dtype=np.int16)
x + y

#case add_broadcast_3d
x = np.arange(4, dtype=np.float64)
y = np.arange(6, dtype=np.float64).reshape(2, 3, 1)
x + y

#case add_empty
x = np.zeros((0, 3), dtype=np.int32)
y = np.arange(3, dtype=np.int32)
x + y

#case add_T_operands
x = np.arange(6, dtype=np.int32).reshape(2, 3)
x + x.T.T

#case add_T_and_C
x = np.arange(9, dtype=np.int32).reshape(3, 3)
x + x.T

#case add_F_operands_result_layout
x = np.asfortranarray(np.arange(6, dtype=np.int32).reshape(2, 3))
y = np.asfortranarray(np.ones((2, 3), dtype=np.int32))
z = x + y
z.strides

#case add_reversed_operands
x = np.arange(5, dtype=np.int64)
x + x[::-1]

#case add_strided_operands
x = np.arange(10, dtype=np.int64)
x[::2] + x[1::2]

#case add_result_owns_data
x = np.arange(3)
y = np.arange(3)
z = x + y
z.flags.owndata

#case add_result_no_share
x = np.arange(3)
y = np.arange(3)
z = x + y
np.shares_memory(z, x)

#case add_np_function
x = np.arange(3, dtype=np.int8)
y = np.arange(3, dtype=np.int8)
np.add(x, y)

#case multiply_np_function
x = np.arange(3, dtype=np.int8)
y = np.arange(3, dtype=np.int8).reshape(3, 1)
np.multiply(x, y)

#case mul_broadcast_as_strided
x = np.array([1, 2, 3, 4], dtype=np.int16)
y = np.array([5, 6, 7], dtype=np.int16)
as_strided(x, strides=(0, 2), shape=(3, 4)) * as_strided(y, strides=(2, 0), shape=(3, 4))

#case mul_broadcast_to_operands
x = np.arange(3, dtype=np.int32)
np.broadcast_to(x, (2, 3)) * np.broadcast_to(x, (2, 3))

#case add_broadcast_error
x = np.arange(3)
y = np.arange(4)
x + y

#case add_broadcast_error_2d
x = np.zeros((2, 3))
y = np.zeros((3, 2))
x + y

#case mul_broadcast_error_3d
x = np.zeros((2, 3, 4), dtype=np.int8)
y = np.zeros((3, 3), dtype=np.int8)
x * y

#case add_nan_inf
x = np.array([np.nan, np.inf, -np.inf, 1.0])
y = np.array([1.0, 1.0, np.inf, np.inf])
x + y

#case sum_int64
x = np.arange(10)
x.sum()

#case sum_int8_promotes_to_int64
x = np.arange(100, dtype=np.int8)
x.sum()

#case sum_uint8_promotes_to_uint64
x = np.full((10,), 255, dtype=np.uint8)
x.sum()

#case sum_int32_to_int64
x = np.array([2147483647, 2147483647], dtype=np.int32)
x.sum()

#case sum_uint32_to_uint64
x = np.array([4294967295, 1], dtype=np.uint32)
x.sum()

#case sum_int16
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.sum()

#case sum_bool_counts
x = np.array([True, False, True, True])
x.sum()

#case sum_float64_pairwise
x = np.full((1000,), 0.1)
x.sum()

#case sum_float64_arange_fraction
x = np.arange(0.0, 1.0, 0.001)
x.sum()

#case sum_float32
x = np.full((1000,), 0.1, dtype=np.float32)
x.sum()

#case sum_float32_large
x = np.arange(100000, dtype=np.float32)
x.sum()

#case sum_float16
x = np.full((100,), 0.1, dtype=np.float16)
x.sum()

#case sum_complex128
x = np.array([1+2j, 3-1j, 0.5j])
x.sum()

#case sum_complex64
x = np.array([1+2j, 3-1j], dtype=np.complex64)
x.sum()

#case sum_empty_float
x = np.zeros((0,))
x.sum()

#case sum_empty_int
x = np.zeros((0, 3), dtype=np.int32)
x.sum()

#case sum_0d
x = np.array(5, dtype=np.int8)
x.sum()

#case sum_strided
x = np.arange(20, dtype=np.float64)
x[::3].sum()

#case sum_T
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.T.sum()

#case sum_broadcast
x = np.arange(3, dtype=np.int16)
np.broadcast_to(x, (100, 3)).sum()

#case sum_nan
x = np.array([1.0, np.nan])
x.sum()

#case sum_diag_view
x = np.arange(16, dtype=np.int32).reshape(4, 4)
np.diag(x).sum()

#case sum_float64_many_pairwise_order
x = np.arange(1, 10001, dtype=np.float64)
y = np.full((10000,), 1.0 / 3.0)
(x * y).sum()

#case sum_reversed_float
x = np.full((1000,), 0.1)
x[::-1].sum()

#case np_sum_fn
x = np.arange(6, dtype=np.int32)
np.sum(x)

# Fresh outputs take NumPy's strides (the ufunc fast path keeps them; see ufunc/fast.rs).

#case fresh_out_strides_column_plus_itself
a = np.array([1.0, 2.0, 3.0])
c = a[:, None]
r = c + c
(c.strides, r.shape, r.strides, r)

#case fresh_out_strides_empty
e = np.zeros(0)
(e + e).strides

#case fresh_out_strides_step3
b = np.arange(9.0)[::3]
r = b + b
(r.strides, r)

#case fresh_out_strides_contiguous_10
c = np.arange(10.0)
r = c + c
(r.strides, r.flags['C_CONTIGUOUS'], r[9])
