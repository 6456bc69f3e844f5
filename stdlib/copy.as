"""Shallow and deep copy operations."""

import sys

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error



def _f():
    pass


class _C:
    def _m(self):
        pass


_atomic = (type(None), int, float, bool, str, bytes, type, range, type(_f), type(len),
           type(_C()._m), type(sys), property)


def _is_atomic(x):
    return x is None or x is Ellipsis or x is NotImplemented or isinstance(x, _atomic)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset) or _is_atomic(x):
        return x
    cp = getattr(cls, "__copy__", None)
    if cp is not None:
        return cp(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # the tuple may have been copied already through a cycle
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif _is_atomic(x):
        y = x
    else:
        dc = getattr(cls, "__deepcopy__", None)
        if dc is not None:
            y = dc(x, memo)
        else:
            y = _reconstruct(x, memo)
    # If it is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _new_like(x, memo):
    """Create an empty object of x's class, with the builtin contents copied."""
    cls = type(x)
    deep = memo is not None
    if isinstance(x, tuple):
        # tuple subclasses (e.g. namedtuples) must be built with their items
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        if hasattr(x, "_make"):
            return x._make(items), True
        return tuple.__new__(cls, items), True
    y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        for a in x:
            list.append(y, deepcopy(a, memo) if deep else a)
    elif isinstance(x, dict):
        for k in dict.keys(x):
            v = dict.__getitem__(x, k)
            if deep:
                dict.__setitem__(y, deepcopy(k, memo), deepcopy(v, memo))
            else:
                dict.__setitem__(y, k, v)
    elif isinstance(x, set):
        for a in x:
            set.add(y, deepcopy(a, memo) if deep else a)
    return y, False


def _reconstruct(x, memo):
    deep = memo is not None
    y, done = _new_like(x, memo)
    if deep:
        memo[id(x)] = y
    gs = getattr(x, "__getstate__", None)
    if gs is not None:
        state = gs()
    else:
        state = getattr(x, "__dict__", None)
        if state is not None:
            state = dict(state)  # (a live view of x's attributes: take them now)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        ss = getattr(y, "__setstate__", None)
        if ss is not None:
            ss(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                for key, value in state.items():
                    object.__setattr__(y, key, value)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    return y
