#!/usr/bin/env python3
"""Floating-point warnings at the edges: float `//`, `%` and `divmod` over zeros,
infinities and NaN (arrays of one and of many items, and scalars), and
the complex absolute value past the largest float or of NaN parts (NumPy 1.x warns
"overflow", NumPy 2 does not). One unit per case:

    name: <repr of the result>  <dtype>     or   name: <ExcType>: <message>
        <Category>: <message>               one line per warning, in the order raised
"""

import operator

import numpy as np
from _show import show, wcase


GRID = [("0", 0.0), ("m0", -0.0), ("1", 1.0), ("m2.5", -2.5), ("inf", float("inf")),
        ("minf", float("-inf")), ("nan", float("nan"))]
OPS = [("floordiv", operator.floordiv), ("mod", operator.mod), ("divmod", divmod)]

for dt in ["float64", "float32", "float16"]:
    for an, a in GRID:
        for bn, b in GRID:
            for on, op in OPS:
                A, B = np.array([a] * 3, dt), np.array([b] * 3, dt)
                wcase(f"{on}_{dt}_{an}_{bn}", lambda op=op, A=A, B=B: op(A, B))
                wcase(f"{on}_{dt}_{an}_{bn}_scalar", lambda op=op, A=A, B=B: op(A[0], B[0]))

for dt, big in [("complex64", 3e38), ("complex128", 1.7e308)]:
    for zn, z in [("big_big", complex(big, big)), ("big_0", complex(big, 0)),
                  ("nan_1", complex(float("nan"), 1)), ("1_nan", complex(1, float("nan"))),
                  ("inf_nan", complex(float("inf"), float("nan"))),
                  ("inf_inf", complex(float("inf"), float("inf"))), ("0_0", 0j), ("3_4", 3 + 4j)]:
        a = np.array([z] * 20, dt)
        wcase(f"abs_{dt}_{zn}", lambda a=a: np.abs(a))
        wcase(f"abs_{dt}_{zn}_one", lambda a=a: np.abs(a[:1]))
        wcase(f"abs_{dt}_{zn}_ufunc_scalar", lambda a=a: np.abs(a[0]))
        wcase(f"abs_{dt}_{zn}_python_abs", lambda a=a: abs(a[0]))
