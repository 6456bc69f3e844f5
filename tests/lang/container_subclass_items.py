# list and dict subclasses with their own item access: every d[k], l[i]
# goes through the overrides (the items live in an inner container)
import json

class LowerDict(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.log = []
        self.update(*args, **kw)
    def __setitem__(self, k, v):
        self.log.append(("set", k))
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __delitem__(self, k):
        dict.__delitem__(self, k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

d = LowerDict({"A": 1}, B=2)
d["C"] = 3
d["c"] = 4
print(d["a"], d["B"], d["c"], "A" in d, "z" in d, len(d), d, d.log)
print(sorted(d), list(d.items()), d.get("a"), d.get("A"), bool(d), isinstance(d, dict))
del d["A"]
print(d, d == {"b": 2, "c": 4}, {"b": 2, "c": 4} == d, dict(d), json.dumps(d, sort_keys=True))
e = {}
e.update(d)
print(e, {**d}, "{b}-{c}".format(**d), "%(b)s" % d, d.pop("b"), d, d.setdefault("q", 9), d)
d.attr = 5
print(d.attr, d.copy(), type(d.copy()).__name__, d | {"z": 1}, type(d).__name__)

class Upper(LowerDict):
    pass
u = Upper(x=1)
u["Y"] = 2
print(u, u["X"], u.log)

class Logged(list):
    def __getitem__(self, i):
        r = super().__getitem__(i)
        print("  get", i, "->", r)
        return r
    def __setitem__(self, i, v):
        print("  set", i, v)
        super().__setitem__(i, v)
    def __delitem__(self, i):
        print("  del", i)
        super().__delitem__(i)

l = Logged([1, 2, 3, 4])
l[0] = 10
x = l[1]
print(l[1:3], l[-1])
l[1:3] = [7, 8, 9]
del l[0]
del l[0:1]
print(l, len(l), list(l), [v * 2 for v in l], sum(l), sorted(l), 9 in l, l == [8, 9, 4], [8, 9, 4] == l)
l.append(5)
l += [6]
l.extend([7])
print(l, type(l).__name__, l.index(9), l.count(9), l + [0], [0] + l, l * 2, l.pop(), l)
l.sort(reverse=True)
print(l, list(reversed(l)), l.copy(), type(l.copy()).__name__, str(l), repr(l), bool(Logged()))
l.tag = "t"
print(l.tag, isinstance(l, list), max(l), min(l), tuple(l), "%s" % (l,))

class Plain(list):
    pass
p = Plain([3, 1, 2])
p[0] = 5
print(p, p[0], p + l, len(p))
class DD(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __missing__(self, k):
        self[k] = 0
        return 0
d = DD()
print(d["x"], d)
d["x"] += 1
print(d)
from collections import Counter
class C(Counter):
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
c = C("aab")
del c["a"]
print(c, c["zz"])
