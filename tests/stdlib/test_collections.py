# collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
from collections import UserDict, UserList
import collections

print("--- deque")
d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[1])
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(13)
print(d)
print(d.count(3), d.index(3), d.index(4, 2))
try:
    d.index(99)
except ValueError as e:
    print("ValueError", e)
d.remove("a")
print(d)
try:
    d.remove("zz")
except ValueError as e:
    print("ValueError", e)
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
print(d[0], d)
del d[1]
print(d)
d.insert(1, "ins")
print(d, 3 in d, 99 in d)
d.clear()
print(d, len(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError", e)
try:
    d.popleft()
except IndexError as e:
    print("IndexError", e)
try:
    d[0]
except IndexError as e:
    print("IndexError", e)

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(20)
print(m)
m.extend([7, 8])
print(m)
m.extendleft([1, 2])
print(m)
z = deque([1, 2], maxlen=0)
print(z)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
print(deque("abc", 5).copy())
it_d = deque([1, 2, 3])
try:
    for x in it_d:
        it_d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
big = deque()
for i in range(10000):
    big.appendleft(i)
for i in range(9990):
    big.pop()
print(list(big))
dd = deque([1, 2, 3])
dd += [4]
print(dd, list(dd), tuple(dd), sum(dd))
print(repr(deque([], maxlen=2)))
rq = deque()
rq.append(rq)
print(rq)

print("--- defaultdict")
dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd)
print(dd["c"], sorted(dd.keys()), "zz" in dd)
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(sorted(di.items()))
print(di.default_factory, isinstance(di, dict))
dn = defaultdict()
try:
    dn["x"]
except KeyError as e:
    print("KeyError", e)
print(dn, dn.get("x"), dict(defaultdict(int, {"q": 1}, r=2)))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
dc = dd.copy()
dc["new"].append(9)
print(type(dc).__name__, dc.default_factory, sorted(dc), sorted(dd))
print(defaultdict(lambda: 7)["k"])

print("--- Counter")
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], c.most_common(2), c.most_common())
print(sorted(c.elements()))
print(c.total())
c.update("aaz")
print(c)
c.subtract({"a": 10, "q": 1})
print(c)
print(+c, -c)
c1 = Counter(a=3, b=1)
c2 = Counter(a=1, b=2, c=1)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2)
print(c1 == Counter(b=1, a=3), c1 == Counter(a=3, b=1, c=0), c1 != c2)
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
print(Counter(), Counter([1, 1, 2]), Counter({"x": 5}))
del c1["zz"]
del c1["a"]
print(c1)
c3 = Counter(a=2)
c3 += Counter(a=1, b=1)
print(c3)
c3 -= Counter(a=5)
print(c3)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError")
words = "the quick brown the lazy the dog quick".split()
print(Counter(words).most_common(2))

print("--- OrderedDict")
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == dict(o2))
print(OrderedDict(), OrderedDict.fromkeys("abc", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(o1.copy(), type(o1.copy()).__name__)
print(o1.setdefault("z", 9), o1)
print(o1.pop("x"), o1.pop("nope", None), o1)

print("--- namedtuple")
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6))
print(Point._fields, p._asdict(), p._replace(x=10), Point._make([7, 8]))
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b, Point.__name__)
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(9), P3(9, 8), P3(9, 8, 7), P3._field_defaults)
P4 = namedtuple("P4", "a, b")
print(P4(1, 2))
for bad_args in [(1,), (1, 2, 3), ()]:
    try:
        Point(*bad_args)
    except TypeError as e:
        print("TypeError", e)
try:
    Point(1, y=2, z=3)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, x=3)
except TypeError as e:
    print("TypeError", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
for bad in ["_x y", "x x", "1x", "class y"]:
    try:
        namedtuple("Q", bad)
    except ValueError as e:
        print("ValueError", e)
print(namedtuple("R", "a _b a def", rename=True)._fields)
try:
    p.x = 5
except AttributeError:
    print("AttributeError on assignment")
class Point3(namedtuple("Point3Base", "x y z")):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
q = Point3(1, -2, 3)
print(q, q.norm1())
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.x.__doc__, Point.__doc__)

print("--- ChainMap")
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), "a" in cm, "q" in cm)
print(cm.get("q", "dflt"), sorted(cm.items()))
cm["d"] = 4
print(over, base)
del cm["b"]
print(cm["b"])
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child()
child["a"] = 100
print(child["a"], cm["a"], len(child.maps), child.parents["a"])
print(ChainMap({"x": 1}, {"y": 2}))
try:
    ChainMap({})["nope"]
except KeyError as e:
    print("KeyError", e)

print("--- UserDict/UserList")
ud = UserDict(a=1)
ud["b"] = 2
print(ud, len(ud), sorted(ud), ud.get("c", 0), "a" in ud)
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], len(ul), ul + [9])
