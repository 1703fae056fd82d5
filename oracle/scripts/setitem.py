#!/usr/bin/env python3
"""Storing one Python or NumPy number into an array: `x[i] = v`, `x.flat[i] = v`,
`x[...] = v`, `x.fill(v)`, `np.full(n, v, dtype)` and NumPy 1.x's `x.itemset(i, v)`, over
dtypes and values (NaN, infinities, huge, fractional, out-of-range and complex numbers), with
the warnings raised; the flat iterator's own rules; `np.True_` / `np.False_`; and
`np.ascontiguousarray` / `np.asfortranarray` with `dtype=`. One unit per case:

    name: <repr of the result>  <dtype>     or   name: <ExcType>: <message>
        <Category>: <message>               one line per warning, in the order raised
"""

import numpy as np
from _show import show, wcase


DTYPES = ["bool", "int8", "uint8", "int64", "float16", "float32", "float64", "complex64"]
VALUES = [
    ("nan", float("nan")), ("inf", float("inf")), ("minf", float("-inf")), ("1e300", 1e300),
    ("2.5", 2.5), ("m2.5", -2.5), ("300", 300), ("m1", -1), ("2**70", 2**70), ("1j", 1j),
    ("2+3j", 2 + 3j), ("0j", 0j), ("True", True), ("f8nan", np.float64(float("nan"))),
    ("f8_2.5", np.float64(2.5)), ("c16", np.complex128(2 + 3j)), ("i8_300", np.int64(300)),
    ("i1_m1", np.int8(-1)), ("f4_1e30", np.float32(1e30)), ("b_true", np.True_),
]


def item(dt, v):
    x = np.zeros(3, dt)
    x[1] = v
    return x


def flat(dt, v):
    x = np.zeros(3, dt)
    x.flat[1] = v
    return x


def ellipsis(dt, v):
    x = np.zeros(3, dt)
    x[...] = v
    return x


def fill(dt, v):
    x = np.zeros(3, dt)
    x.fill(v)
    return x


def itemset(dt, v):
    x = np.zeros(3, dt)
    x.itemset(1, v)
    return x


def full(dt, v):
    return np.full(3, v, dt)


for dt in DTYPES:
    for vname, v in VALUES:
        for how in [item, flat, ellipsis, fill, itemset, full]:
            wcase(f"{how.__name__}_{dt}_{vname}", lambda how=how, dt=dt, v=v: how(dt, v))

# np.full of Python ints beyond int64 (NumPy: a uint64 below 2**64, else a Python object; an
# object array itself, np.full(n, 2**64), is not covered: numrs has no object dtype)
for vname, v in [("2**63", 2**63), ("2**64", 2**64), ("m2**63m1", -2**63 - 1)]:
    for dt in [None, "int64", "uint64", "int8", "uint8", "float16", "float64", "bool", "complex64"]:
        if dt is None and v != 2**63:
            continue
        wcase(f"full_big_{vname}_{dt}", lambda v=v, dt=dt: np.full(2, v, dt))


# The flat iterator's own rules: index checks first, one value per item.
def flat_set(v, i=1, shape=(3,), dt="int64", writeable=True):
    x = np.zeros(shape, dt)
    x.flags.writeable = writeable
    x.flat[i] = v
    return x


wcase("flat_out_of_bounds", lambda: flat_set(1, 10))
wcase("flat_negative", lambda: flat_set(1, -1))
wcase("flat_negative_out_of_bounds", lambda: flat_set(1, -4))
wcase("flat_read_only", lambda: flat_set(1, writeable=False))
wcase("flat_read_only_nan", lambda: flat_set(float("nan"), writeable=False))
wcase("flat_2d", lambda: flat_set(7, 4, shape=(2, 3)))
wcase("flat_2d_nan", lambda: flat_set(float("nan"), 4, shape=(2, 3)))
wcase("flat_2d_transposed", lambda: (lambda x: (x.T.flat.__setitem__(1, 5), x)[1])(np.zeros((2, 3), "int8")))
wcase("flat_str", lambda: flat_set("5"))
wcase("flat_list", lambda: flat_set([5]))
wcase("flat_list2", lambda: flat_set([5, 6]))
wcase("flat_tuple", lambda: flat_set((5,)))
wcase("flat_array_0d", lambda: flat_set(np.array(7)))
wcase("flat_array_1", lambda: flat_set(np.array([7.5])))
wcase("flat_array_2", lambda: flat_set(np.array([7, 8])))
wcase("flat_get_after_set", lambda: (lambda x: (x.flat.__setitem__(2, 2.9), x.flat[2])[1])(np.zeros(3, "int16")))

# itemset's forms (NumPy 1.x; NumPy 2 has no itemset)
wcase("itemset_tuple", lambda: (lambda x: (x.itemset((1, 2), 9), x)[1])(np.zeros((2, 3), "int32")))
wcase("itemset_flat_2d", lambda: (lambda x: (x.itemset(4, 9), x)[1])(np.zeros((2, 3), "int32")))
wcase("itemset_one", lambda: (lambda x: (x.itemset(9), x)[1])(np.zeros((1, 1), "int32")))
wcase("itemset_one_of_many", lambda: np.zeros(3).itemset(9))
wcase("itemset_out_of_bounds", lambda: np.zeros(3).itemset(5, 1.0))
wcase("itemset_nan_int", lambda: np.zeros(3, int).itemset(0, float("nan")))

# np.True_ and np.False_: NumPy's two bool scalars
wcase("true_repr", lambda: repr(np.True_))
wcase("false_repr", lambda: repr(np.False_))
wcase("true_str", lambda: str(np.True_))
wcase("true_type", lambda: type(np.True_).__name__)
wcase("true_is_bool_type", lambda: type(np.True_) is np.bool_)
wcase("true_value", lambda: np.True_)
wcase("false_value", lambda: np.False_)
wcase("true_is_constructed", lambda: np.bool_(1) is np.True_)
wcase("false_is_constructed", lambda: np.bool_(0.0) is np.False_)
wcase("true_is_any", lambda: np.array([0, 2]).any() is np.True_)
wcase("false_is_all", lambda: np.array([0, 2]).all() is np.False_)
wcase("true_is_item", lambda: np.array([True, False])[0] is np.True_)
wcase("false_is_comparison", lambda: (np.float64(1.0) < 0.5) is np.False_)
wcase("true_item", lambda: np.True_.item())
wcase("true_and_false", lambda: np.True_ & np.False_)
wcase("true_plus_true", lambda: np.True_ + np.True_)
wcase("bool_of_complex", lambda: np.bool_(1j))
wcase("array_bool_of_complex", lambda: np.array([1j, 0j, complex("nan")], bool))


# np.ascontiguousarray / np.asfortranarray with dtype=
def layout(r, src=None):
    return (r, r.flags.c_contiguous, r.flags.f_contiguous, r.strides,
            None if src is None else (r is src, np.shares_memory(r, src)))


base = np.arange(6, dtype=np.int32).reshape(2, 3)
for fn in [np.ascontiguousarray, np.asfortranarray]:
    n = fn.__name__
    wcase(f"{n}_list_float", lambda fn=fn: layout(fn([[1, 2], [3, 4]], dtype=float)))
    wcase(f"{n}_list_positional", lambda fn=fn: layout(fn([1.5, 2.5], "int8")))
    wcase(f"{n}_list_nan_int", lambda fn=fn: layout(fn([1.5, float("nan")], dtype=int)))
    wcase(f"{n}_same_dtype", lambda fn=fn: layout(fn(base, dtype=np.int32), base))
    wcase(f"{n}_same_dtype_string", lambda fn=fn: layout(fn(base, dtype="i4"), base))
    wcase(f"{n}_other_dtype", lambda fn=fn: layout(fn(base, dtype=np.float32), base))
    wcase(f"{n}_transposed", lambda fn=fn: layout(fn(base.T, dtype=np.int64), base))
    wcase(f"{n}_transposed_same", lambda fn=fn: layout(fn(base.T, dtype=None), base))
    wcase(f"{n}_strided", lambda fn=fn: layout(fn(base[:, ::2], dtype="f8"), base))
    wcase(f"{n}_scalar", lambda fn=fn: layout(fn(5, dtype=np.float16)))
    wcase(f"{n}_0d", lambda fn=fn: layout(fn(np.array(2.5), dtype=np.int16)))
    wcase(f"{n}_cast_warning", lambda fn=fn: layout(fn(np.array([1e300, -1.0]), dtype=np.float32)))
    wcase(f"{n}_complex_to_float", lambda fn=fn: layout(fn(np.array([1 + 2j]), dtype=float)))
    wcase(f"{n}_like_array", lambda fn=fn: layout(fn([1, 2], dtype=np.uint8, like=np.zeros(1))))
    wcase(f"{n}_bad_dtype", lambda fn=fn: fn([1, 2], dtype="q9"))
