"""``np.errstate``: a context manager and decorator over ``seterr``/``seterrcall`` (numrs's
per-thread floating-point error setting; the rules live in the Rust crate)."""

import functools

from . import _numrs

_KEYS = ("all", "divide", "over", "under", "invalid")


class _Unspecified:
    pass


class errstate:
    """errstate(*, call=_Unspecified, all=None, divide=None, over=None, under=None, invalid=None)

    Context manager (and decorator) for floating-point error handling: inside it, the
    conditions are handled as given (see ``seterr``), and the previous setting is restored
    after, also on an exception.
    """

    __slots__ = ("_call", "_kwargs", "_saved", "_entered")

    def __init__(self, *, call=_Unspecified, **kwargs):
        # NumPy 2 takes the five keywords only; NumPy 1.x passes them to seterr on entry.
        if _numrs._numpy_version() != 1:
            for key in kwargs:
                if key not in _KEYS:
                    raise TypeError(
                        f"errstate.__init__() got an unexpected keyword argument '{key}'")
        self._call = call
        self._kwargs = kwargs
        self._saved = None
        self._entered = False

    def _set(self):
        old = _numrs.seterr(**self._kwargs)
        oldcall = _Unspecified
        if self._call is not _Unspecified:
            oldcall = _numrs.seterrcall(self._call)
        return old, oldcall

    @staticmethod
    def _restore(saved):
        old, oldcall = saved
        _numrs.seterr(**old)
        if oldcall is not _Unspecified:
            _numrs.seterrcall(oldcall)

    def __enter__(self):
        # NumPy 2 keeps its context token after exit: an instance is entered once.
        if self._entered and _numrs._numpy_version() != 1:
            raise TypeError("Cannot enter `np.errstate` twice.")
        self._entered = True
        self._saved = self._set()

    def __exit__(self, *exc_info):
        saved, self._saved = self._saved, None
        if saved is not None:
            self._restore(saved)

    def __call__(self, func):
        @functools.wraps(func)
        def inner(*args, **kwargs):
            saved = self._set()
            try:
                return func(*args, **kwargs)
            finally:
                self._restore(saved)

        return inner


errstate.__module__ = "numpy"
