# tobytes in C/F/A/K order and np.frombuffer (bytes or arrays; dtype, count, offset).

#case tobytes_default_C
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.tobytes()

#case tobytes_C_of_T
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.T.tobytes('C')

#case tobytes_F
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.tobytes('F')

#case tobytes_F_of_T
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.T.tobytes('F')

#case tobytes_A_of_T
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.T.tobytes('A')

#case tobytes_A_of_C
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.tobytes('A')

#case tobytes_A_of_strided
x = np.arange(12, dtype=np.int16).reshape(3, 4)
x[::2, ::-1].tobytes('A')

#case tobytes_K_of_T
x = np.arange(6, dtype=np.int16).reshape(2, 3)
x.T.tobytes('K')

#case tobytes_order_kw
x = np.arange(6, dtype=np.int8).reshape(2, 3)
x.tobytes(order='F')

#case tobytes_reversed
x = np.arange(4, dtype=np.int32)
x[::-1].tobytes()

#case tobytes_broadcast
x = np.arange(3, dtype=np.uint8)
np.broadcast_to(x, (2, 3)).tobytes()

#case tobytes_0d
x = np.array(258, dtype=np.int16)
x.tobytes()

#case tobytes_empty
x = np.zeros((2, 0), dtype=np.int32)
x.tobytes()

#case tobytes_float64
x = np.array([1.0, -0.5])
x.tobytes()

#case tobytes_float16
x = np.array([1.0, -0.5, 65504.0], dtype=np.float16)
x.tobytes()

#case tobytes_complex64
x = np.array([1+2j], dtype=np.complex64)
x.tobytes()

#case tobytes_bool
x = np.array([True, False, True])
x.tobytes()

#case tobytes_uint64
x = np.array([1, 18446744073709551615], dtype=np.uint64)
x.tobytes()

#case tobytes_bad_order_error
x = np.arange(3)
x.tobytes('X')

#case frombuffer_bytes_uint8
np.frombuffer(b'\x01\x02\x03\x04', dtype=np.uint8)

#case frombuffer_bytes_default_float
np.frombuffer(b'\x00\x00\x00\x00\x00\x00\xf0\x3f')

#case frombuffer_bytes_int16
np.frombuffer(b'\x01\x00\x02\x00\x03\x00', dtype=np.int16)

#case frombuffer_bytes_big_endian
np.frombuffer(b'\x01\x00\x02\x00', dtype='>i2')

#case frombuffer_bytes_readonly
y = np.frombuffer(b'\x01\x02\x03\x04', dtype=np.uint8)
y.flags

#case frombuffer_bytes_base_not_none
y = np.frombuffer(b'\x01\x02\x03\x04', dtype=np.uint8)
y.base is None

#case frombuffer_count
np.frombuffer(b'\x01\x02\x03\x04\x05\x06', dtype=np.uint8, count=4)

#case frombuffer_offset
np.frombuffer(b'\x01\x02\x03\x04\x05\x06', dtype=np.uint8, offset=2)

#case frombuffer_offset_count
np.frombuffer(b'\x01\x02\x03\x04\x05\x06', dtype=np.uint8, count=3, offset=1)

#case frombuffer_int16_offset_unaligned
np.frombuffer(b'\x01\x02\x03\x04\x05\x06', dtype=np.int16, offset=1, count=2)

#case frombuffer_int32_offset_unaligned_flags
y = np.frombuffer(b'\x00\x01\x02\x03\x04\x05\x06\x07\x08', dtype=np.int32, offset=1)
y.flags

#case frombuffer_int32_offset_unaligned_offset
y = np.frombuffer(b'\x00\x01\x02\x03\x04\x05\x06\x07\x08', dtype=np.int32, offset=1)
y

#case frombuffer_size_not_multiple_error
np.frombuffer(b'\x01\x02\x03', dtype=np.int16)

#case frombuffer_count_too_large_error
np.frombuffer(b'\x01\x02\x03\x04', dtype=np.uint8, count=5)

#case frombuffer_offset_too_large_error
np.frombuffer(b'\x01\x02\x03\x04', dtype=np.uint8, offset=5)

#case frombuffer_offset_equal_len_error
np.frombuffer(b'\x01\x02\x03\x04', dtype=np.uint8, offset=4)

#case frombuffer_empty_bytes
np.frombuffer(b'', dtype=np.uint8)

#case frombuffer_count_minus1
np.frombuffer(b'\x01\x02\x03\x04', dtype=np.uint8, count=-1)

#case frombuffer_array_int8
x = np.array([1, 2, 3, 4], dtype=np.int32)
np.frombuffer(x, dtype=np.int8)

#case frombuffer_array_shares
x = np.array([1, 2, 3, 4], dtype=np.int32)
y = np.frombuffer(x, dtype=np.int8)
np.shares_memory(x, y)

#case frombuffer_array_writeable
x = np.array([1, 2, 3, 4], dtype=np.int32)
y = np.frombuffer(x, dtype=np.int8)
y.flags.writeable

#case frombuffer_array_sees_writes
x = np.array([1, 2, 3, 4], dtype=np.int32)
y = np.frombuffer(x, dtype=np.int16)
x[1] = 65537
y

#case frombuffer_array_write_through
x = np.array([1, 2, 3, 4], dtype=np.int32)
y = np.frombuffer(x, dtype=np.uint8)
y[4] = 255
x

#case frombuffer_array_offset
x = np.array([1, 2, 3, 4], dtype=np.int32)
y = np.frombuffer(x, dtype=np.int32, offset=4, count=2)
y

#case frombuffer_array_offset_ptr
x = np.array([1, 2, 3, 4], dtype=np.int32)
y = np.frombuffer(x, dtype=np.int32, offset=4, count=2)
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case frombuffer_array_2d_source
x = np.arange(6, dtype=np.int16).reshape(2, 3)
np.frombuffer(x, dtype=np.int32)

#case frombuffer_array_float64_view
x = np.array([0, 1072693248], dtype=np.int32)
np.frombuffer(x, dtype=np.float64)

#case frombuffer_array_of_slice
x = np.arange(8, dtype=np.int8)
np.frombuffer(x[2:6], dtype=np.int16)

#case frombuffer_noncontiguous_error
x = np.arange(8, dtype=np.int8)
np.frombuffer(x[::2], dtype=np.int8)

#case frombuffer_readonly_source
x = np.arange(4, dtype=np.int8)
x.flags.writeable = False
y = np.frombuffer(x, dtype=np.int8)
y.flags.writeable

#case frombuffer_complex
np.frombuffer(b'\x00\x00\x80\x3f\x00\x00\x00\x40', dtype=np.complex64)

#case frombuffer_bool
np.frombuffer(b'\x00\x01\x01', dtype=np.bool_)

#case bytes_of_data_noncontiguous
x = np.arange(6, dtype=np.int8).reshape(2, 3)
bytes(x.T.data)
