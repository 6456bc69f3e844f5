"""traceback: format and print exceptions as the interpreter does.

Aster has no traceback objects (sys.exc_info()[2] is None): the functions
take the exception itself, and a (type, value, tb) triple through value."""

import sys
import _traceback as _T

__all__ = ["format_exc", "print_exc", "format_exception", "print_exception",
           "format_exception_only", "print_last"]

_sentinel = object()


def _value_of(exc, value):
    if value is not _sentinel:
        return value
    if isinstance(exc, BaseException) or exc is None:
        return exc
    raise TypeError("Exception expected for value, " + type(exc).__name__ + " found")


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _lines(_T.format(value, chain))


def format_exception_only(exc, /, value=_sentinel):
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _lines(_T.format_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
