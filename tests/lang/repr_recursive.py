# Recursive containers print CPython's markers also when the recursion goes
# through a user __repr__ (defaultdict, SimpleNamespace, OrderedDict, a
# wrapper class); a repr that fails leaves no container marked.
import types
from collections import defaultdict, OrderedDict
ns = types.SimpleNamespace(a=1)
ns.me = ns
print(ns)
d = defaultdict(list)
d["me"] = d
d["x"].append(d)
print(d)
o = OrderedDict(a=1)
o["me"] = o
print(o)
l = [1]
l.append(l)
dd = {"l": l}
dd["self"] = dd
print(l, dd)


class Bad:
    n = 0

    def __repr__(self):
        Bad.n += 1
        if Bad.n == 1:
            raise ValueError("no repr")
        return "Bad()"


x = [1, {"k": [Bad()]}]
try:
    repr(x)
except ValueError as e:
    print("ValueError", e)
print(x)


class Wrap:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return f"Wrap({self.inner!r})"


w = [1]
w.append(Wrap(w))
print(w, {"w": Wrap({"a": 1})})
