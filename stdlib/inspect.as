"""inspect: the predicates (what kind of object is this?), getmembers,
unwrap, getdoc/cleandoc. Aster has no frame or code objects: currentframe()
returns None and stack() an empty list, as CPython allows for
implementations without frames; signature() and getsource() are missing."""

import types as _types
import _asyncloop as _L


def _unpartial(obj):
    while type(obj).__name__ == "partial" and type(obj).__module__ == "functools":
        obj = obj.func
    return obj


def _func_of(obj):
    obj = _unpartial(obj)
    if isinstance(obj, _types.MethodType):
        return obj.__func__
    return obj


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isfunction(obj):
    return isinstance(obj, _types.FunctionType) and _L.isdef(obj)


def isbuiltin(obj):
    return isinstance(obj, (_types.FunctionType, _types.BuiltinMethodType)) and not _L.isdef(obj)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isgeneratorfunction(obj):
    return _L.funckind(_func_of(obj)) == "generator"


def iscoroutinefunction(obj):
    f = _func_of(obj)
    return _L.funckind(f) == "coroutine" or getattr(f, "_is_coroutine_marker", None) is _is_coroutine_marker


def isasyncgenfunction(obj):
    return _L.funckind(_func_of(obj)) == "asyncgen"


_is_coroutine_marker = object()


def markcoroutinefunction(func):
    func._is_coroutine_marker = _is_coroutine_marker
    return func


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, _types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, _types.AsyncGeneratorType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, "__abstractmethods__", None))


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    t = type(obj)
    return hasattr(t, "__set__") or hasattr(t, "__delete__")


def getmembers(obj, predicate=None):
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and f.__wrapped__ is not None:
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f"wrapper loop when unwrapping {func!r}")
        seen.add(id(f))
    return f


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def currentframe():
    return None


def stack(context=1):
    return []
