"""types: names for the types of built-in objects, and SimpleNamespace."""


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


async def _ag():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = None
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
import sys as _sys
ModuleType = type(_sys)
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
AsyncGeneratorType = type(_ag())
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | None)
MappingProxyType = dict


_repr_running = set()  # ids of namespaces whose repr is being made


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was given
    (kept in a dict of their own, so vars() and repr() keep their order)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        object.__setattr__(self, "_ns", {})
        for k, v in kwargs.items():
            self._ns[k] = v

    def __getattr__(self, name):
        try:
            return self._ns[name]
        except KeyError:
            qual = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
            raise AttributeError("'" + qual + "' object has no attribute '" + name + "'") from None

    def __setattr__(self, name, value):
        self._ns[name] = value

    def __delattr__(self, name):
        try:
            del self._ns[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def __dict__(self):
        return self._ns

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            items = ", ".join(k + "=" + repr(v) for k, v in self._ns.items())
        finally:
            _repr_running.discard(key)
        return name + "(" + items + ")"

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self._ns == other._ns


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)
