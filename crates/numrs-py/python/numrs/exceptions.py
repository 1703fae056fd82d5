"""NumPy's exception types."""


class AxisError(ValueError, IndexError):
    """Axis supplied was invalid."""

    __module__ = "numpy.exceptions"


class UFuncTypeError(TypeError):
    """A ufunc cannot run on its inputs' types (no loop, or a cast the casting rule forbids)."""

    __module__ = "numpy.exceptions"


class ComplexWarning(RuntimeWarning):
    """A complex value was cast to a real type: the imaginary part is discarded."""

    __module__ = "numpy.exceptions"
