"""Context variables (CPython's contextvars): each asyncio task runs in a
copy of the context it was created in, so a ContextVar set in one task is
not seen by the others. The running context is kept by the event loop
(vm/eventloop.lua: `CTX`); a Context's mapping is replaced, never changed
in place, on every set, so copies share it cheaply."""

import _asyncloop as _L

__all__ = ["Context", "ContextVar", "Token", "copy_context"]


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()
_NO_DEFAULT = object()


class Context:
    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        prev = _L.ctx_current()
        self._entered = True
        _L.ctx_switch(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _L.ctx_switch(prev)
            self._entered = False

    def copy(self):
        c = Context()
        c._data = self._data
        return c

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        if var not in self._data:
            raise KeyError(var)
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __repr__(self):
        return f"<Context object at 0x{id(self):x}>"


_base = Context()


def _current():
    c = _L.ctx_current()
    return _base if c is None else c


def copy_context():
    return _current().copy()


class Token:
    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"


class ContextVar:
    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get() takes at most 1 argument ({len(args)} given)")
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        data = ctx._data
        old = data[self] if self in data else _MISSING
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._context is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        new = dict(ctx._data)
        if token._old_value is _MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old_value
        ctx._data = new
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        d = ""
        if self._default is not _NO_DEFAULT:
            d = f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{d} at 0x{id(self):x}>"


_L.ctx_enable(_base, copy_context)
