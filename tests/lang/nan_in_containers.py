# A NaN finds itself in a list or tuple (CPython compares items by identity
# first), though NaN == NaN is False. (Floats have no identity in Aster: two
# NaNs made apart also count as the same one, where CPython says False.)
nan = float("nan")
items = [1.0, nan, "x"]
print(nan == nan, nan != nan, nan in items, items.count(nan), items.index(nan))
print(items == items, [nan] == [nan], (nan,) == (nan,), [nan] != [nan], (1, nan) in [(1, nan)])
items.remove(nan)
print(items, nan in items, nan in (nan,), nan in iter([nan]))
n = float("nan")
d = {}
d[n] = 1
print(d, n in d)
s = set()
s.add(n)
print(s)
print({n})
n = float("nan")
s = {1, n, 2}
print(len(s), n in s, 3 in s)
s.discard(n)
print(s, len(s))
print(sorted({n, 1.0}, key=str))
print(set([n, n]), frozenset([n]))
n = float("nan")
d = {n: 1, 2: 3}
d[n] = 5
print(d, len(d), d.get(n), n in d, list(d))
del d[n]
print(d)
import collections
c = collections.Counter([n, n, 1])
print(len(c))
