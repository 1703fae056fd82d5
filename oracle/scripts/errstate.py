#!/usr/bin/env python3
"""Floating-point error handling: np.seterr / np.geterr / np.errstate (as a context manager and
as a decorator) / np.seterrcall, each mode (ignore, warn, raise, print, call, log) for each
condition (divide, over, under, invalid) over ufuncs, casts, scalar operators and reductions;
which warnings errstate does not govern (ComplexWarning, "Mean of empty slice"); `out=` written
before the raise; NumPy's errors for bad modes and keywords. One unit per case:

    name: <repr of the result>  <dtype>     or   name: <ExcType>: <message>
        <Category>: <message>               one line per warning, in the order raised
        stderr: <line>                      what mode 'print' wrote (C-level stderr)
"""

import os
import tempfile
import warnings

import numpy as np
from _show import esc, show


def run_captured(fn):
    """fn() with file descriptor 2 captured (NumPy's 'print' mode writes there in C)."""
    with tempfile.TemporaryFile() as tmp:
        saved = os.dup(2)
        os.dup2(tmp.fileno(), 2)
        try:
            with warnings.catch_warnings(record=True) as got:
                warnings.simplefilter("always")
                try:
                    head = show(fn())
                except Exception as e:  # noqa: BLE001 - the exception is the case's result
                    head = f"{type(e).__name__}: {esc(e)}"
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        err = tmp.read().decode("utf-8", "replace")
    return head, got, err


def wcase(name, fn, **state):
    """fn() under np.errstate(**state) (no errstate when state is empty)."""
    def call():
        if not state:
            return fn()
        with np.errstate(**state):
            return fn()
    head, got, err = run_captured(call)
    lines = head.split("\n")
    print(f"{name}: " + "\n".join([lines[0]] + [l if l.startswith(" ") else "    " + l for l in lines[1:]]))
    for w in got:
        print(f"    {w.category.__name__}: {esc(w.message)}")
    for line in err.splitlines():
        print(f"    stderr: {line}")


nan, inf = float("nan"), float("inf")

def _setitem_f4(v):
    x = np.zeros(len(v), dtype=np.float32)
    x[:] = v
    return x


def _iadd(x, y):
    x += y
    return x


# representative operations, each raising one or more conditions
OPS = {
    "divide.f8": lambda: np.array([1.0, 0.0, -1.0]) / np.array([0.0, 0.0, 0.0]),
    "divide.f8.long": lambda: np.arange(100.0) / np.zeros(100),
    "floor_divide.f8": lambda: np.floor_divide(np.array([1.0, 0.0]), np.array([0.0, 0.0])),
    "floor_divide.i8": lambda: np.array([1, 2, 3]) // np.array([0, 1, 0]),
    "remainder.i4": lambda: np.remainder(np.array([5, 7], dtype=np.int32), np.array([0, 2], dtype=np.int32)),
    "remainder.f8": lambda: np.remainder(np.array([5.0, inf]), np.array([0.0, 2.0])),
    "true_divide.i8": lambda: np.array([1, 0]) / np.array([0, 0]),
    "power.f8.over": lambda: np.power(np.array([10.0]), np.array([400.0])),
    "power.f8.neg": lambda: np.power(np.array([-8.0]), np.array([0.5])),
    "sqrt.neg": lambda: np.sqrt(np.array([-1.0, 4.0])),
    "log.neg_zero": lambda: np.log(np.array([-1.0, 0.0, 1.0])),
    "log.zero": lambda: np.log(np.array([0.0])),
    "multiply.over_invalid": lambda: np.array([1e308, inf, 1.0]) * np.array([10.0, 0.0, 0.0]),
    "multiply.f4.over": lambda: np.array([1e30], dtype=np.float32) * np.array([1e30], dtype=np.float32),
    "multiply.under": lambda: np.array([1e-300]) * np.array([1e-300]),
    "multiply.under.long": lambda: np.full(50, 1e-300) * np.full(50, 1e-300),
    "exp.over": lambda: np.exp(np.array([1000.0, 0.0])),
    "exp.under": lambda: np.exp(np.array([-1000.0])),
    "add.inf_minus_inf": lambda: np.array([inf]) + np.array([-inf]),
    "cast.f8.nan.i4": lambda: np.array([nan, 1.0]).astype(np.int32),
    "cast.f8.big.f4": lambda: np.array([1e300]).astype(np.float32),
    "cast.f8.tiny.f4": lambda: np.array([1e-300]).astype(np.float32),
    "cast.f8.subnormal.f4": lambda: np.array([1e-40, 2.0 ** -140]).astype(np.float32),
    "cast.f8.tiny.f2": lambda: np.array([1e-10, 2.0 ** -20, 1e-6]).astype(np.float16),
    "cast.f4.tiny.f2": lambda: np.array([1e-10], dtype=np.float32).astype(np.float16),
    "cast.c16.tiny.c8": lambda: np.array([1e-300 + 1j]).astype(np.complex64),
    "cast.f8.tiny.i4": lambda: np.array([1e-300]).astype(np.int32),
    "cast.setitem.tiny.f4": lambda: _setitem_f4(np.array([1e-300, 1.0])),
    "cast.out.tiny.f4": lambda: np.add(np.array([1e-300]), np.array([0.0]), out=np.zeros(1, np.float32), casting="unsafe"),
    "scalar.ctor.tiny.f4": lambda: np.float32(1e-300),
    "scalar.ctor.big.f4": lambda: np.float32(1e300),
    "array.ctor.tiny.f4": lambda: np.array([1e-300], dtype=np.float32),
    "scalar.f4.mul_under": lambda: np.float32(1e-30) * np.float32(1e-30),
    "scalar.f2.mul_under": lambda: np.float16(1e-4) * np.float16(1e-4),
    "scalar.f8.mul_under": lambda: np.float64(1e-300) * np.float64(1e-300),
    "multiply.f2.under": lambda: np.array([1e-4], np.float16) * np.array([1e-4], np.float16),
    "cast.c16.f8": lambda: np.array([1 + 2j]).astype(np.float64),
    "cast.c16.nan.i4": lambda: np.array([complex(nan, 1.0)]).astype(np.int32),
    "scalar.f8.divide": lambda: np.float64(1.0) / np.float64(0.0),
    "scalar.f8.zero_by_zero": lambda: np.float64(0.0) / np.float64(0.0),
    "scalar.i8.floor_divide": lambda: np.int64(1) // np.int64(0),
    "scalar.i1.add_over": lambda: np.int8(100) + np.int8(100),
    "scalar.f8.mul_over": lambda: np.float64(1e308) * 10.0,
    "sum.over": lambda: np.array([1e308, 1e308]).sum(),
    "sum.f4.over": lambda: np.array([3e38, 3e38], dtype=np.float32).sum(),
    "prod.over": lambda: np.prod(np.array([1e200, 1e200])),
    "mean.empty": lambda: np.mean(np.array([])),
    "mean.axis.empty": lambda: np.mean(np.zeros((0, 2)), axis=0),
    "divmod.f8": lambda: divmod(np.array([1.0, 0.0]), np.array([0.0, 0.0])),
    "divmod.i8": lambda: divmod(np.array([1, 2]), np.array([0, 1])),
    "divmod.scalar.f8": lambda: divmod(np.float64(1.0), np.float64(0.0)),
    "scalar.f8.pow_over": lambda: np.float64(1e308) ** 2,
    "reciprocal.zero": lambda: np.reciprocal(np.array([0.0, 2.0])),
    "inplace.add_over": lambda: _iadd(np.array([1e308]), 1e308),
    "mean.over": lambda: np.array([1e308, 1e308]).mean(),
    "maximum.nan": lambda: np.maximum(np.array([nan]), np.array([1.0])),
    "less.nan": lambda: np.array([nan]) < np.array([1.0]),
}

# every op under each setting of all conditions
for mode in ["ignore", "warn", "raise"]:
    for op, fn in OPS.items():
        wcase(f"all_{mode}.{op}", fn, all=mode)

# one condition in 'raise', the others as by default: which warns, which raises
for cond in ["divide", "over", "under", "invalid"]:
    for op in ["divide.f8", "multiply.over_invalid", "multiply.under", "sqrt.neg", "floor_divide.i8",
               "cast.f8.nan.i4", "cast.f8.big.f4", "scalar.f8.zero_by_zero", "scalar.i1.add_over",
               "sum.over", "mean.empty", "exp.over"]:
        wcase(f"{cond}_raise.{op}", OPS[op], **{cond: "raise"})
    for op in ["divide.f8", "multiply.under", "sqrt.neg"]:
        wcase(f"{cond}_ignore.{op}", OPS[op], **{cond: "ignore"})
        wcase(f"{cond}_warn.{op}", OPS[op], **{cond: "warn"})

# mixed settings: warnings before the raise are raised, the ones after are not
wcase("mixed.divide_warn_invalid_raise", OPS["divide.f8"], divide="warn", invalid="raise")
wcase("mixed.divide_raise_invalid_warn", OPS["divide.f8"], divide="raise", invalid="warn")
wcase("mixed.over_ignore_invalid_raise", OPS["multiply.over_invalid"], over="ignore", invalid="raise")
wcase("mixed.all_raise_divide_ignore", OPS["divide.f8"], all="raise", divide="ignore")

# mode 'print': "Warning: ... encountered in ..." on stderr
for op in ["divide.f8", "multiply.over_invalid", "cast.f8.big.f4", "sqrt.neg"]:
    wcase(f"print.{op}", OPS[op], all="print")

# modes 'call' and 'log' with np.seterrcall / errstate(call=...)
calls = []


def record_call(*args):
    calls.append(args)


class Log:
    def write(self, msg):
        calls.append(("write", msg))


def with_call(fn, call, **state):
    def f():
        del calls[:]
        with np.errstate(call=call, **state):
            r = fn()
        return (r, list(calls))
    return f


for op in ["divide.f8", "multiply.over_invalid", "sqrt.neg", "cast.f8.nan.i4"]:
    wcase(f"call.{op}", with_call(OPS[op], record_call, all="call"))
    wcase(f"log.{op}", with_call(OPS[op], Log(), all="log"))
wcase("call.no_function", lambda: OPS["divide.f8"](), all="call")
wcase("log.no_object", lambda: OPS["divide.f8"](), all="log")


def raising_call(*args):
    raise ZeroDivisionError("from the callback")


wcase("call.raises", with_call(OPS["divide.f8"], raising_call, all="call"))
wcase("call.divide_only", with_call(OPS["divide.f8"], record_call, divide="call"))


# out= is written before the error is raised
def out_written(fn_name):
    def f():
        out = np.full(2, -7.0)
        try:
            with np.errstate(all="raise"):
                getattr(np, fn_name)(np.array([1.0, 2.0]), np.array([0.0, 1.0]), out=out)
        except FloatingPointError as e:
            return ("raised", str(e), out)
        return ("no raise", out)
    return f


wcase("out_written.divide", out_written("divide"))
wcase("out_written.floor_divide", out_written("floor_divide"))


def out_written_cast():
    out = np.zeros(2, dtype=np.float32)
    try:
        with np.errstate(over="raise"):
            np.add(np.array([1e300, 1.0]), np.array([0.0, 1.0]), out=out, casting="unsafe")
    except FloatingPointError as e:
        return ("raised", str(e), out)
    return ("no raise", out)


wcase("out_written.cast_to_out", out_written_cast)


def inplace_raise():
    x = np.array([1.0, 2.0])
    try:
        with np.errstate(divide="raise"):
            x /= np.array([0.0, 1.0])
    except FloatingPointError as e:
        return ("raised", str(e), x)
    return ("no raise", x)


wcase("inplace.divide", inplace_raise)


# seterr / geterr: return values, 'all' with overrides, None keeps
def seterr_sequence():
    saved = np.geterr()
    try:
        out = [np.geterr()]
        out.append(np.seterr(all="raise"))
        out.append(np.seterr(under="warn", divide=None))
        out.append(np.geterr())
        out.append(np.seterr(all="ignore", divide="raise"))
        out.append(np.geterr())
        out.append(np.seterr())
        out.append(np.seterr(all="call", over="log", invalid="print"))
        out.append(np.geterr())
        return out
    finally:
        np.seterr(**saved)


wcase("seterr.sequence", seterr_sequence)
wcase("geterr.default", np.geterr)


def seterr_applies():
    old = np.seterr(divide="raise")
    try:
        return OPS["divide.f8"]()
    finally:
        np.seterr(**old)


wcase("seterr.applies", seterr_applies)
wcase("seterr.restored", OPS["divide.f8"])


def bad(fn):
    def f():
        saved = np.geterr()
        try:
            return fn()
        finally:
            np.seterr(**saved)
    return f


wcase("seterr.bad_mode", bad(lambda: np.seterr(divide="bogus")))
wcase("seterr.bad_mode_all", bad(lambda: np.seterr(all="xx")))
wcase("seterr.bad_mode_upper", bad(lambda: np.seterr(over="RAISE")))
wcase("seterr.bad_mode_int", bad(lambda: np.seterr(invalid=3)))
wcase("seterr.bad_keyword", bad(lambda: np.seterr(bogus="raise")))
wcase("errstate.bad_mode", bad(lambda: np.errstate(divide="bogus").__enter__()))
wcase("errstate.bad_keyword.enter", bad(lambda: np.errstate(bogus="raise").__enter__()))
wcase("errstate.positional", lambda: np.errstate("raise"))
wcase("seterrcall.not_callable", lambda: np.seterrcall(3))
wcase("seterrcall.none", lambda: (np.seterrcall(None), np.geterrcall()))


# errstate: nesting, restoring on exceptions, as a decorator
def nested():
    out = []
    with np.errstate(all="ignore"):
        out.append(np.geterr())
        with np.errstate(divide="raise"):
            out.append(np.geterr())
            try:
                OPS["divide.f8"]()
            except FloatingPointError as e:
                out.append(str(e))
        out.append(np.geterr())
        out.append(OPS["divide.f8"]())
    out.append(np.geterr())
    return out


wcase("errstate.nested", nested)


def restored_after_exception():
    try:
        with np.errstate(all="raise"):
            OPS["divide.f8"]()
    except FloatingPointError:
        pass
    return np.geterr()


wcase("errstate.restored_after_exception", restored_after_exception)


@np.errstate(divide="ignore", invalid="raise")
def decorated(x, y):
    """docstring kept"""
    return (np.geterr(), x / y)


wcase("errstate.decorator.ok", lambda: decorated(np.array([1.0]), np.array([0.0])))
wcase("errstate.decorator.raises", lambda: decorated(np.array([0.0]), np.array([0.0])))
wcase("errstate.decorator.restored", np.geterr)
wcase("errstate.decorator.wraps", lambda: (decorated.__name__, decorated.__doc__))


def errstate_reused():
    e = np.errstate(over="raise")
    out = []
    for _ in range(2):
        with e:
            out.append(np.geterr()["over"])
        out.append(np.geterr()["over"])
    return out


wcase("errstate.reused", errstate_reused)
wcase("errstate.enter_returns", lambda: np.errstate(all="ignore").__enter__() is None and np.seterr(all="warn", under="ignore") and None)
wcase("errstate.type", lambda: (type(np.errstate()).__name__, type(np.errstate()).__module__))


def errstate_call_restored():
    with np.errstate(call=record_call):
        inside = np.geterrcall() is record_call
    return (inside, np.geterrcall())


wcase("errstate.call_restored", errstate_call_restored)

# the warnings filter "error" turns the warnings of mode 'warn' into exceptions (first one)
def filter_error(fn, **state):
    def f():
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with np.errstate(**state):
                return fn()
    return f


wcase("filter_error.divide_warn_invalid_raise", filter_error(OPS["divide.f8"], divide="warn", invalid="raise"))
wcase("filter_error.all_warn", filter_error(OPS["multiply.over_invalid"], all="warn"))
