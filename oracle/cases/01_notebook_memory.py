# The memory half of the seed notebook (shared/seed/advanced_numpy_notebook.txt), cell by cell.
# np.float (removed in NumPy 1.24) is written np.float64; %timeit cells are reduced to their values.

# ---- Block of memory ----
#case nb03_block_int32
x = np.array([1, 2, 3], dtype=np.int32)
x

#case nb04_bytes_data
x = np.array([1, 2, 3], dtype=np.int32)
bytes(x.data)

#case nb05_array_interface_data_offset
x = np.array([1, 2, 3], dtype=np.int32)
x.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case nb06_array_interface_strides
x = np.array([1, 2, 3], dtype=np.int32)
x.__array_interface__['strides']

#case nb06_array_interface_typestr
x = np.array([1, 2, 3], dtype=np.int32)
x.__array_interface__['typestr']

#case nb06_array_interface_descr
x = np.array([1, 2, 3], dtype=np.int32)
x.__array_interface__['descr']

#case nb06_array_interface_shape
x = np.array([1, 2, 3], dtype=np.int32)
x.__array_interface__['shape']

#case nb06_array_interface_version
x = np.array([1, 2, 3], dtype=np.int32)
x.__array_interface__['version']

#case nb06_array_interface_readonly
x = np.array([1, 2, 3], dtype=np.int32)
x.__array_interface__['data'][1]

#case nb07_view_sees_write
x = np.array([1, 2, 3, 4])
y = x[:-1]
x[0] = 9
y

#case nb07_source_after_write
x = np.array([1, 2, 3, 4])
y = x[:-1]
x[0] = 9
x

#case nb08_frombuffer_int8
x = np.array([1, 2, 3, 4])
x[0] = 9
y = np.frombuffer(x, dtype=np.int8)
y

#case nb08_frombuffer_bytes
x = np.array([1, 2, 3, 4])
y = np.frombuffer(x, dtype=np.int8)
bytes(y.data)

#case nb09_frombuffer_base_is_x
x = np.array([1, 2, 3, 4])
y = np.frombuffer(x, dtype=np.int8)
y.base is x

#case nb10_frombuffer_flags
x = np.array([1, 2, 3, 4])
y = np.frombuffer(x, dtype=np.int8)
y.flags

# ---- Indexing scheme: strides ----
#case nb38_matrix_int8
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]], dtype=np.int8)
x

#case nb39_tobytes_A
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]], dtype=np.int8)
x.tobytes('A')

#case nb40_strides
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]], dtype=np.int8)
x.strides

#case nb41_flat_byte_offset
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]], dtype=np.int8)
byte_offset = 3*1 + 1*2
x.flat[byte_offset]

#case nb42_item
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]], dtype=np.int8)
x[1, 2]

#case nb43_int16_order_C
x = np.array([[1, 2, 3],
              [4, 5, 6]],
              dtype = np.int16,
              order = 'C')
x

#case nb44_int16_strides
x = np.array([[1, 2, 3],
              [4, 5, 6]],
              dtype = np.int16,
              order = 'C')
x.strides

#case nb45_int16_tobytes_A
x = np.array([[1, 2, 3],
              [4, 5, 6]],
              dtype = np.int16,
              order = 'C')
x.tobytes('A')

#case nb46_array_order_F
x = np.array([[1, 2, 3],
              [4, 5, 6]],
              dtype = np.int16,
              order = 'C')
y = np.array(x, order='F')
y

#case nb46_array_order_F_strides
x = np.array([[1, 2, 3],
              [4, 5, 6]],
              dtype = np.int16,
              order = 'C')
y = np.array(x, order='F')
y.strides

#case nb47_order_F_tobytes_A
x = np.array([[1, 2, 3],
              [4, 5, 6]],
              dtype = np.int16,
              order = 'C')
y = np.array(x, order='F')
y.tobytes('A')

#case nb48_transpose_uint8
y = np.array([[1, 3],
              [2, 4]],
              dtype = np.uint8).transpose()
y

#case nb48_transpose_copy
y = np.array([[1, 3],
              [2, 4]],
              dtype = np.uint8).transpose()
x = y.copy()
x

#case nb49_copy_strides
y = np.array([[1, 3],
              [2, 4]],
              dtype = np.uint8).transpose()
x = y.copy()
x.strides

#case nb50_transpose_strides
y = np.array([[1, 3],
              [2, 4]],
              dtype = np.uint8).transpose()
y.strides

#case nb51_copy_tobytes_A
y = np.array([[1, 3],
              [2, 4]],
              dtype = np.uint8).transpose()
x = y.copy()
x.tobytes('A')

#case nb52_transpose_tobytes_A
y = np.array([[1, 3],
              [2, 4]],
              dtype = np.uint8).transpose()
y.tobytes('A')

#case nb53_reversed
x = np.array([1, 2, 3, 4, 5, 6], dtype=np.int32)
y = x[::-1]
y

#case nb54_reversed_strides
x = np.array([1, 2, 3, 4, 5, 6], dtype=np.int32)
y = x[::-1]
y.strides

#case nb55_slice_data_offset
x = np.array([1, 2, 3, 4, 5, 6], dtype=np.int32)
y = x[2:]
y.__array_interface__['data'][0] - x.__array_interface__['data'][0]

#case nb55_slice_view
x = np.array([1, 2, 3, 4, 5, 6], dtype=np.int32)
y = x[2:]
y

#case nb56_zeros_strides
x = np.zeros((10, 10, 10), dtype=np.float64)
x.strides

#case nb57_step_slice_strides
x = np.zeros((10, 10, 10), dtype=np.float64)
x[::2,::3,::4].strides

#case nb57_step_slice_view
x = np.zeros((10, 10, 10), dtype=np.float64)
y = x[::2,::3,::4]
y

#case nb59_T_strides
x = np.zeros((10, 10, 10), dtype=np.float64)
x.T.strides

#case nb59_T_view
#novalues
x = np.zeros((10, 10, 10), dtype=np.float64)
x.T

#case nb60_reshape_T_strides
a = np.arange(6, dtype=np.int8).reshape(3, 2)
b = a.T
b.strides

#case nb60_arange_reshape
a = np.arange(6, dtype=np.int8).reshape(3, 2)
a

#case nb61_bytes_data
a = np.arange(6, dtype=np.int8).reshape(3, 2)
bytes(a.data)

#case nb62_T
a = np.arange(6, dtype=np.int8).reshape(3, 2)
b = a.T
b

#case nb63_reshape_of_T_copies
a = np.arange(6, dtype=np.int8).reshape(3, 2)
b = a.T
c = b.reshape(3*2)
c

#case nb63_reshape_of_T_base
a = np.arange(6, dtype=np.int8).reshape(3, 2)
b = a.T
c = b.reshape(3*2)
c.base is None

# ---- as_strided ----
#case nb65_as_strided_every_other
x = np.array([1, 2, 3, 4],
             dtype = np.int16)
as_strided(x,
           strides = (2 * 2, ),
           shape = (2, ))

#case nb66_step_slice
x = np.array([1, 2, 3, 4],
             dtype = np.int16)
x[::2]

#case nb67_exercise_int8
np.array([1, 2, 3, 4],
      dtype = np.int8)

#case nb68_as_strided_zero_stride
x = np.array([1, 2, 3, 4],
             dtype = np.int8)
y = as_strided(x,
               strides = (0, 1),
               shape = (3, 4))
y

#case nb69_as_strided_base_base
x = np.array([1, 2, 3, 4],
             dtype = np.int8)
y = as_strided(x,
               strides = (0, 1),
               shape = (3, 4))
y.base.base is x

# ---- Broadcasting ----
#case nb70_x2
x = np.array([1, 2, 3, 4], dtype=np.int16)
x2 = as_strided(x, strides=(0, 1*2), shape=(3, 4))
x2

#case nb71_y2
y = np.array([5, 6, 7],
             dtype = np.int16)
y2 = as_strided(y,
                strides = (1 * 2, 0),
                shape = (3,  4))
y2

#case nb72_x2_times_y2
x = np.array([1, 2, 3, 4], dtype=np.int16)
x2 = as_strided(x, strides=(0, 1*2), shape=(3, 4))
y = np.array([5, 6, 7],
             dtype = np.int16)
y2 = as_strided(y,
                strides = (1 * 2, 0),
                shape = (3,  4))
x2 * y2

#case nb73_newaxis_product
x = np.array([1, 2, 3, 4],
             dtype = np.int16)
y = np.array([5, 6, 7],
             dtype = np.int16)
x[np.newaxis,:] * y[:,np.newaxis]

# ---- diagonal ----
#case nb74_matrix_int32
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]],
              dtype = np.int32)
x

#case nb76_as_strided_diag
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]],
              dtype = np.int32)
x_diag = as_strided(x,
                    shape = (3, ),
                    strides = ((3 + 1) * x.itemsize, ))
x_diag

#case nb77_as_strided_upper_diag
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]],
              dtype = np.int32)
as_strided(x[0, 1:],
           shape = (2, ),
           strides = ((3 + 1) * x.itemsize, ))

#case nb78_as_strided_lower_diag
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]],
              dtype = np.int32)
as_strided(x[1:, 0],
           shape = (2, ),
           strides = ((3 + 1) * x.itemsize, ))

#case nb79_diag_k1
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]],
              dtype = np.int32)
y = np.diag(x, k=1)
y

#case nb80_diag_owndata
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]],
              dtype = np.int32)
y = np.diag(x, k=1)
y.flags.owndata

# ---- The 4-D challenge ----
#case nb81_challenge_loop_sum
x = np.arange(5 * 5 * 5 * 5).reshape(5, 5, 5, 5)
s = x[0, 0, 0, 0] + x[1, 0, 1, 0] + x[2, 0, 2, 0] + x[3, 0, 3, 0] + x[4, 0, 4, 0]
s = s + x[0, 1, 0, 1] + x[1, 1, 1, 1] + x[2, 1, 2, 1] + x[3, 1, 3, 1] + x[4, 1, 4, 1]
s = s + x[0, 2, 0, 2] + x[1, 2, 1, 2] + x[2, 2, 2, 2] + x[3, 2, 3, 2] + x[4, 2, 4, 2]
s = s + x[0, 3, 0, 3] + x[1, 3, 1, 3] + x[2, 3, 2, 3] + x[3, 3, 3, 3] + x[4, 3, 4, 3]
s = s + x[0, 4, 0, 4] + x[1, 4, 1, 4] + x[2, 4, 2, 4] + x[3, 4, 3, 4] + x[4, 4, 4, 4]
s

#case nb83_challenge_view
x = np.arange(5 * 5 * 5 * 5).reshape(5, 5, 5, 5)
y = as_strided(x,
               shape = (5, 5),
               strides = ((5 * 5 * 5 + 5) * x.itemsize,
                          (5 * 5 + 1) * x.itemsize))
y

#case nb84_challenge_sum
x = np.arange(5 * 5 * 5 * 5).reshape(5, 5, 5, 5)
y = as_strided(x,
               shape = (5, 5),
               strides = ((5 * 5 * 5 + 5) * x.itemsize,
                          (5 * 5 + 1) * x.itemsize))
s2 = y.sum()
s2

#case nb81_challenge_x
#novalues
x = np.arange(5 * 5 * 5 * 5).reshape(5, 5, 5, 5)
x

# ---- CPU cache effects ----
#case nb85_zeros_20000
#novalues
x = np.zeros((20000,))
x

#case nb86_strided_zeros
#novalues
y = np.zeros((20000 * 67,))[ : :67]
y

#case nb87_shapes
x = np.zeros((20000,))
y = np.zeros((20000 * 67,))[ : :67]
x.shape, y.shape

#case nb88_sum_contiguous
x = np.zeros((20000,))
x.sum()

#case nb89_sum_strided
y = np.zeros((20000 * 67,))[ : :67]
y.sum()

#case nb90_strides
x = np.zeros((20000,))
y = np.zeros((20000 * 67,))[ : :67]
x.strides, y.strides
