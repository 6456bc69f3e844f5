# hash() of tuples and frozensets is computed from the items, as CPython's
print(hash((1, 2, 3)), hash(()), hash((1,)), hash((-1, 0)), hash(((1, 2), 3)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash(frozenset({1, 2, 3})), hash(frozenset({0})))
t = (1, "x"); u = (1, "x")
print(hash(t) == hash(u), {t: 1}[u])
