# astype and can_cast with structured and sub-array dtypes (fields by position; NumPy 2 rules)

#case sc_by_position_rename
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a['a'] = [1, 2]
a['b'] = [1.5, -2.5]
a.astype([('x', 'i8'), ('y', 'f4')])

#case sc_field_count_mismatch
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a.astype([('a', 'i4'), ('b', 'f8'), ('c', 'u1')])

#case sc_safe_widen
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a['a'] = [7, -8]
a.astype([('a', 'i8'), ('b', 'f8')], casting='safe')

#case sc_safe_refused
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a.astype([('a', 'i2'), ('b', 'f8')], casting='safe')

#case sc_equiv_byteswap
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a['a'] = [1, 2]
a.astype([('a', '>i4'), ('b', '>f8')], casting='equiv')

#case sc_no_refuses_aligned
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])
a.astype(np.dtype([('a', 'i4'), ('b', 'f8')], align=True), casting='no')

#case sc_can_cast_rename_safe
np.can_cast(np.dtype([('a', 'i4')]), np.dtype([('b', 'i4')]), 'safe')

#case sc_can_cast_rename_equiv
np.can_cast(np.dtype([('a', 'i4')]), np.dtype([('b', 'i4')]), 'equiv')

#case sc_can_cast_count_mismatch
np.can_cast(np.dtype([('a', 'i4')]), np.dtype([('a', 'i4'), ('b', 'i4')]), 'unsafe')

#case sc_one_field_to_plain
a = np.zeros(3, dtype=[('v', 'f8')])
a['v'] = [1.5, -2.5, 3.0]
a.astype('i2')

#case sc_one_field_to_plain_same_kind_refused
a = np.zeros(3, dtype=[('v', 'f8')])
a.astype('f8', casting='same_kind')

#case sc_plain_into_every_field
np.arange(3).astype([('a', 'u1'), ('b', 'f4'), ('c', 'S3')])

#case sc_nested
a = np.zeros(2, dtype=[('p', [('x', 'i4'), ('y', 'i4')]), ('z', 'f4')])
a['p']['y'] = [5, 6]
a.astype([('q', [('u', 'f8'), ('v', 'i1')]), ('z', 'f8')])

#case sc_subarray_truncate_pad
a = np.zeros(2, dtype=[('s', 'i4', (3,))])
a['s'] = [[1, 2, 3], [4, 5, 6]]
a.astype([('s', 'i8', (4,))])

#case sc_subarray_broadcast_2d
a = np.zeros(2, dtype=[('s', 'i4', (3,))])
a['s'] = [[1, 2, 3], [4, 5, 6]]
a.astype([('s', 'i2', (2, 3))])

#case sc_subarray_first_element
a = np.zeros(2, dtype=[('s', 'i4', (3,))])
a['s'] = [[1, 2, 3], [4, 5, 6]]
a.astype([('s', 'f8')])

#case sc_plain_to_subarray_dtype
np.arange(3, dtype=np.int16).astype(('f4', (2, 2)))
