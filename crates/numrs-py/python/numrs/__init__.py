"""numrs: NumPy's array memory model in Rust, with NumPy's Python API.

Everything here comes from the Rust extension ``numrs._numrs``; this file only names things
as NumPy does and provides :func:`install_as_numpy`.
"""

import builtins as _builtins
import operator as _operator
import sys as _sys

from . import _numrs
from ._numrs import *  # noqa: F401,F403  (the types, functions and ufuncs)
from ._numrs import bool as bool_  # noqa: F401
from . import exceptions  # noqa: F401
from .exceptions import AxisError  # noqa: F401
from . import lib  # noqa: F401

bool = bool_  # noqa: A001  (NumPy 2 has np.bool)
# NumPy's two bool scalars: every np.bool_ value is one of these objects.
True_, False_ = bool_(True), bool_(False)
# np.dtype(...) returns an instance of the kind's dtype class (Int32DType), as in NumPy.
dtype.__new__ = _numrs._make_dtype


# NumPy's module-level reductions are its methods, called on asarray(a).
def sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None):  # noqa: A001
    return asarray(a).sum(axis=axis, dtype=dtype, out=out, keepdims=keepdims, initial=initial, where=where)


def prod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None):
    return asarray(a).prod(axis=axis, dtype=dtype, out=out, keepdims=keepdims, initial=initial, where=where)


def min(a, axis=None, out=None, keepdims=False, initial=None, where=None):  # noqa: A001
    return asarray(a).min(axis=axis, out=out, keepdims=keepdims, initial=initial, where=where)


def max(a, axis=None, out=None, keepdims=False, initial=None, where=None):  # noqa: A001
    return asarray(a).max(axis=axis, out=out, keepdims=keepdims, initial=initial, where=where)


amin, amax = min, max


def mean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=None):
    return asarray(a).mean(axis=axis, dtype=dtype, out=out, keepdims=keepdims, where=where)


def any(a, axis=None, out=None, keepdims=False, *, where=None):  # noqa: A001
    return asarray(a).any(axis=axis, out=out, keepdims=keepdims, where=where)


def all(a, axis=None, out=None, keepdims=False, *, where=None):  # noqa: A001
    return asarray(a).all(axis=axis, out=out, keepdims=keepdims, where=where)


def argmin(a, axis=None, out=None, *, keepdims=False):
    return asarray(a).argmin(axis=axis, out=out, keepdims=keepdims)


def argmax(a, axis=None, out=None, *, keepdims=False):
    return asarray(a).argmax(axis=axis, out=out, keepdims=keepdims)


def reshape(a, shape, order="C"):
    return asarray(a).reshape(shape, order=order)


def ravel(a, order="C"):
    return asarray(a).ravel(order=order)


def transpose(a, axes=None):
    return asarray(a).transpose(axes)


def swapaxes(a, axis1, axis2):
    return asarray(a).swapaxes(axis1, axis2)


def diagonal(a, offset=0, axis1=0, axis2=1):
    return asarray(a).diagonal(offset, axis1, axis2)


def real(val):
    return asarray(val).real


def imag(val):
    return asarray(val).imag


def copy(a, order="K"):
    return asarray(a).copy(order=order)
newaxis = None
nan = _builtins.float("nan")
inf = _builtins.float("inf")
pi = 3.141592653589793
e = 2.718281828459045
half, single, double = float16, float32, float64
csingle, cdouble = complex64, complex128
byte, ubyte, short, ushort, intc, uintc = int8, uint8, int16, uint16, int32, uint32
int_, intp, uint, uintp, longlong, ulonglong = int64, int64, uint64, uint64, int64, uint64
float_ = float64
complex_ = complex128

#: The numrs package's own version.
__numrs_version__ = "0.1.0"
#: numrs's version until `install_as_numpy` sets the emulated NumPy's.
__version__ = __numrs_version__

_EMULATED = {1: "1.23.5", 2: "2.4.6"}
_NUMPY1_ALIASES = {"float": _builtins.float, "int": _builtins.int, "bool": _builtins.bool,
                   "complex": _builtins.complex, "object": _builtins.object, "str": _builtins.str}


def _itemset(self, *args):
    """NumPy 1.x's ``a.itemset(*args)``: ``a[index] = value`` (the same conversion), with
    ``args`` an item's flat index or index tuple and the value, or the value of a one-item array."""
    if not args:
        raise ValueError("itemset must have at least one argument")
    if len(args) == 1:
        if self.size != 1:
            raise ValueError("can only convert an array of size 1 to a Python scalar")
        self[(0,) * self.ndim] = args[0]
        return
    *index, value = args
    if len(index) == 1 and not isinstance(index[0], tuple):
        flat = _operator.index(index[0])
        n = self.size
        if not -n <= flat < n:
            raise IndexError(f"index {flat} is out of bounds for axis 0 with size {n}")
        flat %= n
        index = []
        for d in reversed(self.shape):
            index.append(flat % d)
            flat //= d
        index.reverse()
    elif len(index) == 1:
        index = index[0]
    self[tuple(index)] = value


def install_as_numpy(version=2):
    """Make ``import numpy`` give numrs, emulating NumPy ``version`` (1 or 2).

    Version 1 selects NumPy 1.x's value-based promotion and 1.x scalar reprs, and the
    deprecated aliases (``np.float``...) that NumPy 1.23 still had. ``numpy.__version__``
    then reports the emulated NumPy version (1.23.5 or 2.4.6, the versions numrs is checked
    against); ``numrs.__numrs_version__`` stays numrs's own.
    """
    global __version__
    if version not in _EMULATED:
        raise ValueError(f"numrs emulates NumPy 1 or 2, not {version!r}")
    _numrs._set_numpy_version(version)
    mod = _sys.modules[__name__]
    __version__ = _EMULATED[version]
    for cls, np2_name, np1_name in _numrs._DTYPE_CLASSES:
        cls.__name__ = cls.__qualname__ = np1_name if version == 1 else np2_name
        cls.__module__ = "numpy" if version == 1 else "numpy.dtypes"
    if version == 1:
        for name, value in _NUMPY1_ALIASES.items():
            setattr(mod, name, value)
        ndarray.itemset = _itemset  # removed in NumPy 2
        bool_.__name__ = bool_.__qualname__ = "bool_"
        # NumPy 1.23 has no numpy.exceptions: its ComplexWarning is numpy.ComplexWarning.
        mod.ComplexWarning = exceptions.ComplexWarning
        exceptions.ComplexWarning.__module__ = "numpy"
    else:
        for name in _NUMPY1_ALIASES:
            if name == "bool":
                setattr(mod, name, bool_)
            elif name in mod.__dict__:
                delattr(mod, name)
        bool_.__name__ = bool_.__qualname__ = "bool"
        if "itemset" in ndarray.__dict__:
            del ndarray.itemset
        mod.__dict__.pop("ComplexWarning", None)
        exceptions.ComplexWarning.__module__ = "numpy.exceptions"
    from .lib import _docs
    lib.stride_tricks.as_strided.__doc__ = _docs.AS_STRIDED[version]
    # The modules take NumPy's names too: pydoc and watermark print them.
    for name, module in (("numpy", mod), ("numpy.lib", lib),
                         ("numpy.lib.stride_tricks", lib.stride_tricks),
                         ("numpy.exceptions", exceptions)):
        module.__name__ = name
        _sys.modules[name] = module
    return mod


_REMOVED_IN_2 = {
    "float": "`np.float` was a deprecated alias for the builtin `float`. To avoid this error in existing code, use `float` by itself. Doing this will not modify any behavior and is safe. If you specifically wanted the numpy scalar type, use `np.float64` here.",
    "int": "`np.int` was a deprecated alias for the builtin `int`. To avoid this error in existing code, use `int` by itself. Doing this will not modify any behavior and is safe. When replacing `np.int`, you may wish to use e.g. `np.int64` or `np.int32` to specify the precision. If you wish to review your current use, check the release note link for additional information.",
    "complex": "`np.complex` was a deprecated alias for the builtin `complex`. To avoid this error in existing code, use `complex` by itself. Doing this will not modify any behavior and is safe. If you specifically wanted the numpy scalar type, use `np.complex128` here.",
    "object": "`np.object` was a deprecated alias for the builtin `object`. To avoid this error in existing code, use `object` by itself. Doing this will not modify any behavior and is safe. ",
    "str": "`np.str` was a deprecated alias for the builtin `str`. To avoid this error in existing code, use `str` by itself. Doing this will not modify any behavior and is safe. If you specifically wanted the numpy scalar type, use `np.str_` here.",
}


def __getattr__(name):
    if name in _REMOVED_IN_2:
        raise AttributeError(
            f"module 'numpy' has no attribute '{name}'.\n{_REMOVED_IN_2[name]}\n"
            "The aliases was originally deprecated in NumPy 1.20; for more details and guidance see the original release note at:\n"
            "    https://numpy.org/devdocs/release/1.20.0-notes.html#deprecations")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


from ._errstate import errstate  # noqa: E402,F401  (np.errstate; seterr & co. are in _numrs)
