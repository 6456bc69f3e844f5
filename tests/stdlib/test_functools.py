# functools: partial, reduce, lru_cache, cache, total_ordering, cmp_to_key, singledispatch
import functools
from functools import (partial, reduce, lru_cache, cache, total_ordering, cmp_to_key,
                       singledispatch)
import operator

def power(base, exp, mod=None):
    if mod is None:
        return base ** exp
    return base ** exp % mod

square = partial(power, exp=2)
print(square(5), square(3, mod=4), square.args, square.keywords, square.func is power)
two_to = partial(power, 2)
print(two_to(10), two_to.args)
nested = partial(partial(power, 3), exp=3)
print(nested(), nested.func is power, nested.args, nested.keywords)
print(repr(partial(int, base=2)), partial(int, base=2)("101"))
print(repr(partial(max, 1, 2)))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10),
      reduce(lambda a, b: a + b, ["a", "b", "c"]), reduce(operator.add, [], 7))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls)
info = sq.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache(maxsize=None)
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(50), fib2.cache_info())

@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info(), fact.__name__)

@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(maxsize=10)
def kw(a, b=1, *, c=2):
    return a + b + c
print(kw(1), kw(1, b=1), kw(1, c=2), kw(1), kw.cache_info())
print(lru_cache(maxsize=3)(lambda x: x).cache_parameters())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError", e)

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "V%d.%d" % (self.major, self.minor)

a, b = Version(1, 2), Version(1, 3)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]), max(a, b))

@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v
print(Rev(1) < Rev(2), Rev(1) >= Rev(2), Rev(3) <= Rev(3))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError", e)

def compare_len(a, b):
    return len(a) - len(b)
print(sorted(["ccc", "a", "bb", "dddd", "e"], key=cmp_to_key(compare_len)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(compare_len)
print(K("ab") < K("abc"), K("ab") == K("xy"), K("abc") >= K("a"))

@singledispatch
def describe(x):
    return "object"
@describe.register(int)
def _(x):
    return "int %d" % x
@describe.register(list)
def _(x):
    return "list of %d" % len(x)
print(describe(5), describe([1, 2]), describe("s"), describe(True))
