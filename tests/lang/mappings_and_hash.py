# Non-dict mappings in dict()/{**m}/f(**m)/update; classes with __eq__ and
# no __hash__ are unhashable; subscripts with slices in a tuple.
class M:
    def __init__(self): self.d = {"a": 1}
    def keys(self): return self.d.keys()
    def __getitem__(self, k): return self.d[k]
print(dict(M()), {**M()})
import collections
print(dict(collections.ChainMap({"a": 1}, {"b": 2})))
def f(**kw): return kw
print(f(**M()), dict(**M()))
import collections
print(f(**collections.ChainMap({"a": 1}, {"b": 2})))
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
try:
    print(len({P(1), P(1)}))
except TypeError as e:
    print("TypeError", e)
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print("TypeError", e)
d = {}
try:
    d[P(2)] = 1
except TypeError as e:
    print("TypeError", e)
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1, :], g[::2], g[1:2], g[:, 0], g[...])
