"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap, UserDict, UserList."""

import sys

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield"])

# ids of containers whose repr is being computed (guards against recursion)
_repr_running = set()


################################################################################
# deque
################################################################################

class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints.
    Items live in a dict keyed by consecutive integers from _head to _tail - 1.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._data = {}
        self._head = 0
        self._tail = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -- ends ---------------------------------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._tail - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            del self._data[self._head]
            self._head += 1
        self._data[self._tail] = x
        self._tail += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._tail - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._tail -= 1
            del self._data[self._tail]
        self._head -= 1
        self._data[self._head] = x

    def pop(self):
        """Remove and return the rightmost element."""
        if self._tail == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        self._tail -= 1
        return self._data.pop(self._tail)

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._tail == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._data.pop(self._head)
        self._head += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._data = {}
        self._head = 0
        self._tail = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = self._tail - self._head
        if size <= 1:
            return
        half = size >> 1
        if n > half or n < -half:
            n %= size
            if n > half:
                n -= size
        d = self._data
        while n > 0:
            self._tail -= 1
            x = d.pop(self._tail)
            self._head -= 1
            d[self._head] = x
            n -= 1
        while n < 0:
            x = d.pop(self._head)
            self._head += 1
            d[self._tail] = x
            self._tail += 1
            n += 1
        self._state += 1

    def reverse(self):
        """Reverse *IN PLACE*."""
        d = self._data
        i = self._head
        j = self._tail - 1
        while i < j:
            d[i], d[j] = d[j], d[i]
            i += 1
            j -= 1
        self._state += 1

    # -- searching ----------------------------------------------------------

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        for x in self:
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value.  Raises ValueError if the value is not present."""
        size = self._tail - self._head
        if start < 0:
            start = max(start + size, 0)
        if stop is None:
            stop = size
        elif stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        for i in range(start, stop):
            x = self._data[self._head + i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (value,))

    def remove(self, value):
        """Remove first occurrence of value."""
        size = self._tail - self._head
        for i in range(size):
            x = self._data[self._head + i]
            if x is value or x == value:
                del self[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, x):
        """Insert x before index."""
        size = self._tail - self._head
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if index < 0:
            index = max(index + size, 0)
        if index > size:
            index = size
        self.rotate(-index)
        self.appendleft(x)
        self.rotate(index)

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def __reduce__(self):
        return (self.__class__, (list(self), self._maxlen))

    # -- sequence protocol --------------------------------------------------

    def __len__(self):
        return self._tail - self._head

    def __bool__(self):
        return self._tail != self._head

    def _checkindex(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        size = self._tail - self._head
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._data[self._checkindex(i)]

    def __setitem__(self, i, x):
        self._data[self._checkindex(i)] = x

    def __delitem__(self, i):
        k = self._checkindex(i)
        index = k - self._head
        self.rotate(-index)
        self.popleft()
        self.rotate(index)

    def __iter__(self):
        state = self._state
        i = self._head
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i >= self._tail:
                return
            yield self._data[i]
            i += 1

    def __reversed__(self):
        state = self._state
        i = self._tail - 1
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i < self._head:
                return
            yield self._data[i]
            i -= 1

    def __contains__(self, value):
        for x in self:
            if x is value or x == value:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            items = repr(list(self))
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is not None:
            return "%s(%s, maxlen=%d)" % (name, items, self._maxlen)
        return "%s(%s)" % (name, items)

    # -- comparisons and arithmetic -----------------------------------------

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.__class__((), self._maxlen)
        items = list(self)
        for _ in range(n):
            new.extend(items)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce a new value
    when a key is not present, in __getitem__ only.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        # (a recursive defaultdict shows dict's own marker: {...})
        factory = repr(self.default_factory)
        return "%s(%s, %s)" % (type(self).__name__, factory, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self



################################################################################
# namedtuple
################################################################################

def _plural_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % (quoted[0], quoted[1])
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _field_property(index, doc):
    def get(self):
        return self[index]
    return property(get, doc=doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % (name,))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % (name,))

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    qual_new = typename + ".__new__"

    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        if nargs > num_fields:
            raise TypeError("%s() takes %d positional argument%s but %d were given"
                            % (qual_new, num_fields + 1, "" if num_fields == 0 else "s", nargs + 1))
        values = list(args)
        if kwargs:
            for k in kwargs:
                if k not in field_names:
                    raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual_new, k))
                if field_names.index(k) < nargs:
                    raise TypeError("%s() got multiple values for argument '%s'" % (qual_new, k))
        missing = []
        for i in range(nargs, num_fields):
            name = field_names[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s"
                            % (qual_new, len(missing), "" if len(missing) == 1 else "s",
                               _plural_names(missing)))
        return tuple.__new__(_cls, values)

    __new__.__name__ = "__new__"
    __new__.__qualname__ = qual_new
    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, arg_list)
    if defaults:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    _make.__doc__ = "Make a new %s object from a sequence or iterable" % typename

    def _replace(self, /, **kwds):
        values = []
        for name, old in zip(field_names, self):
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(old)
        result = self._make(values)
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return result

    _replace.__doc__ = "Return a new %s object replacing specified fields with new values" % typename

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return "%s(%s)" % (self.__class__.__name__,
                           ", ".join("%s=%r" % (name, value) for name, value in zip(field_names, self)))

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    namespace = {
        "__doc__": "%s(%s)" % (typename, arg_list),
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _field_property(index, "Alias for field number %d" % index)

    result = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    result.__module__ = module
    return result


################################################################################
# The rarely used classes
################################################################################

# OrderedDict, Counter, ChainMap and the User* classes live in
# _collections_more, imported when first named (start-up time: asyncio
# imports this module for deque).
_MORE = ("OrderedDict", "Counter", "ChainMap", "UserDict", "UserList", "UserString")


def __getattr__(name):
    if name in _MORE:
        import _collections_more
        import collections as _self
        value = getattr(_collections_more, name)
        setattr(_self, name, value)
        return value
    raise AttributeError("module 'collections' has no attribute '" + name + "'")
