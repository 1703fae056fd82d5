"""``numpy.lib.stride_tricks``: views with arbitrary strides (checked to stay in bounds)."""

from .._numrs import _as_strided, sliding_window_view, broadcast_to, broadcast_arrays  # noqa: F401

__all__ = ["as_strided", "sliding_window_view", "broadcast_to", "broadcast_arrays"]


def as_strided(x, shape=None, strides=None, subok=False, writeable=True):
    """
    Create a view into the array with the given shape and strides.

    .. warning:: This function has to be used with extreme care, see notes.

    Parameters
    ----------
    x : ndarray
        Array to create a new.
    shape : sequence of int, optional
        The shape of the new array. Defaults to ``x.shape``.
    strides : sequence of int, optional
        The strides of the new array. Defaults to ``x.strides``.
    subok : bool, optional
        If True, subclasses are preserved.
    writeable : bool, optional
        If set to False, the returned array will always be readonly.
        Otherwise it will be writable if the original array was. It
        is advisable to set this to False if possible (see Notes).

    Returns
    -------
    view : ndarray

    Notes
    -----
    numrs checks that every element of the view lies inside the memory of ``x``:
    strides that would reach outside it raise ``ValueError`` instead of reading or
    writing foreign memory.
    """
    return _as_strided(x, shape, strides, subok, writeable)


as_strided.__module__ = "numpy.lib.stride_tricks"
