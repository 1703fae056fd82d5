"""``numpy.lib`` as far as numrs implements it."""

from . import stride_tricks  # noqa: F401
