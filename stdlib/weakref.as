"""weakref: references that do not keep their object alive, on Lua's weak
tables (the _weakref primitives in vm/modules.lua). Lua's collector is
not CPython's reference counting: an object goes, and its callbacks run,
at a garbage collection (gc.collect() forces one), not at its last del.
The weak containers drop dead entries when they are next used."""

import _weakref
import atexit as _atexit

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


class ref:
    """ref(obj[, callback]): calling it gives obj, or None once obj is gone;
    callback(ref) runs then."""

    def __init__(self, obj, callback=None):
        if callback is None and getattr(self, "_box", None) is not None:
            return  # (the cached ref __new__ gave back)
        _weakref.check(obj)
        self._box = _weakref.box(obj)
        self._hash = None
        self._type = type(obj).__name__
        self._id = id(obj)
        self.__callback__ = callback
        if callback is not None:
            _weakref.on_collect(obj, lambda: callback(self), callback)
        elif type(self) is ref:
            _weakref.cache(obj, self)  # ref(obj) is ref(obj), as in CPython
        _weakref.register(obj, self)

    def __new__(cls, obj, callback=None):
        if callback is None and cls is ref:
            r = _weakref.cached(obj) if _weakref_able(obj) else None
            if r is not None:
                return r
        return object.__new__(cls)

    def __call__(self):
        return _weakref.get(self._box)

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        if self._hash is None:
            obj = self()
            if obj is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(obj)
        return self._hash

    def __repr__(self):
        obj = self()
        if obj is None:
            return f"<weakref at {hex(id(self))}; dead>"
        return f"<weakref at {hex(id(self))}; to '{self._type}' at {hex(self._id)}>"


def _weakref_able(obj):
    try:
        _weakref.check(obj)
        return True
    except TypeError:
        return False


ReferenceType = ref


class WeakMethod(ref):
    """A weak reference to a bound method: it lives as long as its object."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth).__name__}") from None
        super().__init__(obj, callback)
        self._func = func
        self._meth_type = type(meth)

    def __call__(self):
        obj = super().__call__()
        if obj is None:
            return None
        return self._func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            a, b = ref.__call__(self), ref.__call__(other)
            if a is None or b is None:
                return self is other
            return a is b and self._func == other._func
        return NotImplemented

    def __hash__(self):
        return hash((ref.__hash__(self), id(self._func)))


def getweakrefcount(obj):
    return len(getweakrefs(obj)) if _weakref_able(obj) else 0


def getweakrefs(obj):
    if not _weakref_able(obj):
        return []
    return [r for r in _weakref.refs(obj) if r() is not None]


class ProxyType:
    """proxy(obj): stands for obj in attribute reads, calls, items and
    operators; ReferenceError once obj is gone. (Attribute assignment on
    the proxy stays on the proxy.)"""

    def __init__(self, obj, callback=None):
        self._proxy_ref = ref(obj, None if callback is None else (lambda r: callback(self)))

    def _get(self):
        obj = self._proxy_ref()
        if obj is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return obj

    def __getattr__(self, name):
        if name == "_proxy_ref":
            raise AttributeError(name)
        return getattr(self._get(), name)

    def __repr__(self):
        obj = self._get()
        return f"<weakproxy at {hex(id(self))}; to '{type(obj).__name__}' at {hex(id(obj))}>"

    def __str__(self):
        return str(self._get())

    def __bool__(self):
        return bool(self._get())

    def __len__(self):
        return len(self._get())

    def __iter__(self):
        return iter(self._get())

    def __contains__(self, x):
        return x in self._get()

    def __getitem__(self, k):
        return self._get()[k]

    def __setitem__(self, k, v):
        self._get()[k] = v

    def __delitem__(self, k):
        del self._get()[k]

    def __eq__(self, other):
        return self._get() == other

    def __lt__(self, other):
        return self._get() < other

    def __add__(self, other):
        return self._get() + other

    def __sub__(self, other):
        return self._get() - other

    def __mul__(self, other):
        return self._get() * other

    def __call__(self, *args, **kwargs):
        return self._get()(*args, **kwargs)

    __hash__ = None


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    _weakref.check(obj)
    return ProxyType(obj, callback)


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes with its value."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _purge(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            del self.data[key]
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        self._purge()
        return len(self.data)

    def __iter__(self):
        self._purge()
        return iter(list(self.data))

    def __repr__(self):
        return f"<WeakValueDictionary at {hex(id(self))}>"

    def get(self, key, default=None):
        r = self.data.get(key)
        if r is None:
            return default
        o = r()
        return default if o is None else o

    def keys(self):
        self._purge()
        return list(self.data)

    def values(self):
        out = []
        for r in list(self.data.values()):
            o = r()
            if o is not None:
                out.append(o)
        return out

    def items(self):
        out = []
        for k, r in list(self.data.items()):
            o = r()
            if o is not None:
                out.append((k, o))
        return out

    def itervaluerefs(self):
        self._purge()
        return iter(list(self.data.values()))

    def valuerefs(self):
        self._purge()
        return list(self.data.values())

    def pop(self, key, *default):
        r = self.data.pop(key, None)
        o = None if r is None else r()
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            k, r = self.data.popitem()
            o = r()
            if o is not None:
                return k, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes with its key."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _purge(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            del self.data[r]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self.data

    def __len__(self):
        self._purge()
        return len(self.data)

    def __iter__(self):
        for r in list(self.data):
            o = r()
            if o is not None:
                yield o

    def __repr__(self):
        return f"<WeakKeyDictionary at {hex(id(self))}>"

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(self)

    def values(self):
        return [v for r, v in list(self.data.items()) if r() is not None]

    def items(self):
        out = []
        for r, v in list(self.data.items()):
            o = r()
            if o is not None:
                out.append((o, v))
        return out

    def keyrefs(self):
        self._purge()
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            r, v = self.data.popitem()
            o = r()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy


class WeakSet:
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _purge(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            self.data.discard(r)

    def __iter__(self):
        for r in list(self.data):
            o = r()
            if o is not None:
                yield o

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            r = self.data.pop()
            o = r()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def update(self, other):
        for x in other:
            self.add(x)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        s = self.copy()
        s.update(other)
        return s

    __or__ = union

    def difference(self, other):
        return WeakSet(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return WeakSet(x for x in self if x in other)

    __and__ = intersection

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)


class finalize:
    """finalize(obj, func, *args, **kwargs): func(*args, **kwargs) runs once,
    when obj is collected, when the finalizer is called, or at exit (if
    atexit is true, the default)."""

    _registry = {}
    _exit_hooked = False

    def __init__(self, obj, func, /, *args, **kwargs):
        _weakref.check(obj)
        if not finalize._exit_hooked:
            _atexit.register(finalize._exitfunc)
            finalize._exit_hooked = True
        self._ref = ref(obj)
        self._info = (func, args, kwargs)
        self.atexit = True
        finalize._registry[id(self)] = self
        _weakref.on_collect(obj, self, func)

    def __call__(self, _=None):
        info = finalize._registry.pop(id(self), None) and self._info
        if info:
            self._info = None
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))
        return None

    def detach(self):
        obj = self._ref()
        if obj is not None and finalize._registry.pop(id(self), None) is not None:
            func, args, kwargs = self._info
            self._info = None
            return (obj, func, args, kwargs)
        return None

    def peek(self):
        obj = self._ref()
        if obj is not None and id(self) in finalize._registry:
            func, args, kwargs = self._info
            return (obj, func, args, kwargs)
        return None

    @property
    def alive(self):
        return id(self) in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return f"<finalize object at {hex(id(self))}; dead>"
        return f"<finalize object at {hex(id(self))}; for '{type(obj).__name__}' at {hex(id(obj))}>"

    @staticmethod
    def _exitfunc():
        pending = [f for f in list(finalize._registry.values()) if f.atexit]
        for f in reversed(pending):
            try:
                f()
            except Exception:
                import sys
                sys.excepthook(*sys.exc_info())
