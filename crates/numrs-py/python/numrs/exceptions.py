"""NumPy's exception types."""


class AxisError(ValueError, IndexError):
    """Axis supplied was invalid."""

    __module__ = "numpy.exceptions"
