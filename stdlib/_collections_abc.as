"""collections.abc: abstract base classes of containers and iterators.

As in CPython, isinstance() and issubclass() accept a class that inherits
from the ABC, one registered with ABC.register(), and, for the one-method
ABCs (Iterable, Sized, Awaitable, ...), any class that defines the methods.
Subclassing Mapping, Sequence, Set and their mutable forms gives their
mixin methods."""

import sys

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]


def _defines(cls, name):
    for base in cls.__mro__:
        d = base.__dict__
        if name in d:
            return d[name] is not None
    return False


class ABCMeta(type):
    """The metaclass of these ABCs: structural and registered subclasses."""

    def __init__(cls, name, bases, namespace, **kwargs):
        cls._abc_children = []
        cls._abc_registered = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_children.append(cls)

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in subclass.__mro__:
            return True
        # registered here or under one of the ABCs that derive from this one
        # (list is registered as a MutableSequence, so it is Sized too)
        for registered in cls._abc_registered:
            if issubclass(subclass, registered):
                return True
        for child in cls._abc_children:
            if issubclass(subclass, child):
                return True
        required = cls.__dict__.get("_abc_methods")
        if required:
            return all(_defines(subclass, name) for name in required)
        return False

    def register(cls, subclass):
        cls._abc_registered.append(subclass)
        return subclass

    def __getitem__(cls, params):
        # AsyncIterator[str], Mapping[str, int]: annotations only
        return cls


class Hashable(metaclass=ABCMeta):
    _abc_methods = ("__hash__",)


class Awaitable(metaclass=ABCMeta):
    _abc_methods = ("__await__",)


class Coroutine(Awaitable):
    _abc_methods = ("send", "throw", "close", "__await__")


class AsyncIterable(metaclass=ABCMeta):
    _abc_methods = ("__aiter__",)

    def __aiter__(self):
        return self


class AsyncIterator(AsyncIterable):
    _abc_methods = ("__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):
    _abc_methods = ("asend", "athrow", "aclose", "__anext__", "__aiter__")


class Iterable(metaclass=ABCMeta):
    _abc_methods = ("__iter__",)


class Iterator(Iterable):
    _abc_methods = ("__next__", "__iter__")

    def __iter__(self):
        return self


class Reversible(Iterable):
    _abc_methods = ("__reversed__", "__iter__")


class Generator(Iterator):
    _abc_methods = ("send", "throw", "close", "__next__", "__iter__")


class Sized(metaclass=ABCMeta):
    _abc_methods = ("__len__",)


class Container(metaclass=ABCMeta):
    _abc_methods = ("__contains__",)


class Callable(metaclass=ABCMeta):
    _abc_methods = ("__call__",)


class Collection(Sized, Iterable, Container):
    _abc_methods = ("__len__", "__iter__", "__contains__")


class Set(Collection):
    """Mixins from __contains__, __iter__ and __len__."""
    _abc_methods = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(x in other for x in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        return self._from_iterable(x for x in other if x in self)

    def __or__(self, other):
        return self._from_iterable([x for s in (self, other) for x in s])

    def __sub__(self, other):
        return self._from_iterable(x for x in self if x not in other)

    def __xor__(self, other):
        return (self - other) | (other - self)

    def isdisjoint(self, other):
        return not any(x in self for x in other)


class MutableSet(Set):
    """Mixins from add and discard."""

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError("pop from an empty set")

    def clear(self):
        for value in list(self):
            self.discard(value)

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [x for x in self if x not in it]:
            self.discard(value)
        return self

    def __isub__(self, it):
        for value in it:
            self.discard(value)
        return self


class Mapping(Collection):
    """Mixins from __getitem__, __iter__ and __len__."""
    _abc_methods = ()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MutableMapping(Mapping):
    """Mixins from __setitem__ and __delitem__ too."""

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError("popitem(): mapping is empty")

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), **kwds):
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    _abc_methods = ()

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self._mapping) + ")"


class KeysView(MappingView, Set):
    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class Sequence(Reversible, Collection):
    """Mixins from __getitem__ and __len__."""
    _abc_methods = ()

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if stop is None:
            stop = len(self)
        for i in range(start, stop):
            v = self[i]
            if v is value or v == value:
                return i
        raise ValueError("value not in sequence")

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    """Mixins from __setitem__, __delitem__, insert too."""

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    pass


# the builtin types, as CPython registers them
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
ByteString.register(bytes)
MutableSequence.register(list)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
Callable.register(type(len))          # builtins
Callable.register(type(_defines))     # functions
Callable.register(type)               # classes
Callable.register(type(Sized.register))  # bound methods
