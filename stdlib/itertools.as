"""Functions creating iterators for efficient looping (pure-Python versions of CPython's itertools)."""

import sys

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
           "islice", "pairwise", "permutations", "product", "repeat", "starmap",
           "takewhile", "tee", "zip_longest"]


class _Iter:
    """Base of the iterator classes here: iter() returns self, next() drives self._gen."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


# ---------------------------------------------------------------------------
# Infinite iterators

class count(_Iter):
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        if not isinstance(start, (int, float)) or not isinstance(step, (int, float)):
            raise TypeError("a number is required")
        self._cur = start
        self._step = step

    def __next__(self):
        v = self._cur
        self._cur = v + self._step
        return v

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._cur,)
        return "count(%r, %r)" % (self._cur, self._step)


class cycle(_Iter):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable):
        self._gen = _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat(_Iter):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("integer argument expected, got '%s'" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


# ---------------------------------------------------------------------------
# Iterators terminating on the shortest input sequence

class accumulate(_Iter):
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain(_Iter):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next iterable,
    until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._gen = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterables):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        c = cls()
        c._gen = _chain(iterables)
        return c


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


class compress(_Iter):
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._gen = _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class dropwhile(_Iter):
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable):
        self._gen = _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


class takewhile(_Iter):
    """Return successive entries from an iterable as long as the predicate evaluates to true."""

    def __init__(self, predicate, iterable):
        self._gen = _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


class filterfalse(_Iter):
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable):
        self._gen = _filterfalse(function, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


class groupby(_Iter):
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = None

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._currvalue if self._keyfunc is None else self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))


class _grouper(_Iter):
    """One group of a groupby: its items while the parent stays on its key."""

    def __init__(self, parent, tgtkey, ident):
        self._parent = parent
        self._tgtkey = tgtkey
        self._ident = ident
        self._started = False
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        p = self._parent
        if self._started:
            try:
                p._currvalue = next(p._it)
            except StopIteration:
                self._done = True
                raise
            p._currkey = p._currvalue if p._keyfunc is None else p._keyfunc(p._currvalue)
        if not (p._id is self._ident and p._currkey == self._tgtkey):
            self._done = True
            raise StopIteration
        self._started = True
        return p._currvalue


class islice(_Iter):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start = args[0]
            stop = args[1]
            step = args[2] if len(args) == 3 else None
        else:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        if stop is not None and (not isinstance(stop, int) or stop < 0):
            if len(args) == 1:
                raise ValueError("Stop argument for islice() must be None or an integer: "
                                 "0 <= x <= sys.maxsize.")
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0:
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        elif not isinstance(step, int) or step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._gen = _islice(iter(iterable), start, stop, step)


def _islice(iterable, start, stop, step):
    if stop is None:
        stop = _MAXSIZE
    it = iter(range(start, stop, step))
    try:
        nexti = next(it)
    except StopIteration:
        # consume iterable up to the start position
        for i, element in zip(range(start), iterable):
            pass
        return
    i = -1
    try:
        for i, element in enumerate(iterable):
            if i == nexti:
                yield element
                nexti = next(it)
    except StopIteration:
        # consume to stop
        for i, element in zip(range(i + 1, stop), iterable):
            pass


_MAXSIZE = 0x7FFFFFFFFFFFFFFF


class pairwise(_Iter):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable):
        self._gen = _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


class starmap(_Iter):
    """Return an iterator whose values are returned from the function evaluated
    with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable):
        self._gen = _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class zip_longest(_Iter):
    """Return a zip_longest object; missing values are filled-in with fillvalue."""

    def __init__(self, *iterables, fillvalue=None):
        self._gen = _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    iterators = list(iterators)
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


# ---------------------------------------------------------------------------
# tee

class _TeeBuffer:
    """Shared state of tee iterators: the source iterator and a buffer of items
    not yet seen by every tee iterator."""

    def __init__(self, it):
        self.it = it
        self.items = {}
        self.first = 0   # index of the oldest buffered item
        self.end = 0     # index one past the newest item read
        self.readers = {}   # tee id -> position

    def get(self, pos):
        if pos == self.end:
            value = next(self.it)
            self.items[self.end] = value
            self.end += 1
            return value
        return self.items[pos]

    def trim(self):
        low = self.end
        for p in self.readers.values():
            if p < low:
                low = p
        while self.first < low:
            del self.items[self.first]
            self.first += 1


class _tee:
    """One of the independent iterators returned by tee()."""

    def __init__(self, buf, pos):
        self._buf = buf
        self._pos = pos
        buf.readers[id(self)] = pos

    def __iter__(self):
        return self

    def __next__(self):
        buf = self._buf
        value = buf.get(self._pos)
        self._pos += 1
        buf.readers[id(self)] = self._pos
        buf.trim()
        return value

    def __copy__(self):
        return _tee(self._buf, self._pos)

    def __del__(self):
        try:
            del self._buf.readers[id(self)]
        except (KeyError, AttributeError):
            pass


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("integer argument expected, got '%s'" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(_TeeBuffer(iter(iterable)), 0)
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


# ---------------------------------------------------------------------------
# Combinatoric iterators

class product(_Iter):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[j][indices[j]] for j in range(n))


class permutations(_Iter):
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        found = False
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                found = True
                break
        if not found:
            return


class combinations(_Iter):
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        found = -1
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                found = i
                break
        if found < 0:
            return
        i = found
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iter):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        found = -1
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                found = i
                break
        if found < 0:
            return
        i = found
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
