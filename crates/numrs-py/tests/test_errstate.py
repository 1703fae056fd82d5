"""np.errstate, np.seterr and np.seterrcall against NumPy 2 in one process: per-thread settings,
the decorator, exceptions from the errcall, FloatingPointError being Python's."""

import threading

import pytest

import numrs
from conftest import needs_numpy, same

pytestmark = needs_numpy


def in_thread(np):
    """The setting of a new thread (NumPy 2: the default context) and the caller's after."""
    seen = {}
    with np.errstate(all="raise"):
        t = threading.Thread(target=lambda: seen.update(np.geterr()))
        t.start()
        t.join()
        mine = np.geterr()
    return (seen, mine, np.geterr())


def raising_errcall(np):
    def boom(kind, flags):
        raise KeyError((kind, flags))

    with np.errstate(call=boom, all="call"):
        return np.divide(np.array([1.0, 0.0]), 0.0)


def decorated(np):
    @np.errstate(over="raise")
    def f():
        return np.exp(np.array([1000.0]))

    try:
        f()
    except FloatingPointError as e:
        return ("FloatingPointError", str(e), type(e) is FloatingPointError, np.geterr())


def seterr_inside_errstate(np):
    with np.errstate(divide="ignore"):
        np.seterr(over="raise")
        inside = np.geterr()
    return (inside, np.geterr())


CASES = {
    "thread": in_thread,
    "errcall_raises": raising_errcall,
    "decorator": decorated,
    "seterr_inside_errstate": seterr_inside_errstate,
    "scalar_raise": lambda np: np.errstate(divide="raise").__enter__() or np.float64(1.0) / 0.0,
}


@pytest.mark.parametrize("name", CASES)
def test_same_as_numpy(name):
    try:
        same(CASES[name])
    finally:
        for np in (numrs, __import__("numpy")):
            np.seterr(all="warn", under="ignore")
            np.seterrcall(None)
