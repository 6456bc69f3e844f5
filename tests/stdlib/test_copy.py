# copy: shallow and deep copies, memo for cycles, __copy__/__deepcopy__
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(98)
print(s, d, s is a, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
t2 = (1, 2, "x")
print(copy.deepcopy(t2) is t2)
print(copy.copy({1, 2}) == {1, 2}, sorted(copy.deepcopy({"a": 1, "b": [2]}).items()))
print(copy.copy(5), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(3.5))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.x.append(5)
print(p2, p3, type(p3).__name__, p2.x is p.x, p3.x is p.x)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom("copied-" + str(self.v))
    def __deepcopy__(self, memo):
        return Custom("deep-" + str(self.v))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)

cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[2] is not cyc, len(cc))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.name, r2.children[0].name, r2.children[0].parent is r2, r2 is not root)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2[1] is not ml[1], ml2.tag)
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)

def f():
    return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len, copy.deepcopy(Point) is Point)
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
P = namedtuple("P", "a b")
np_ = P([1], 2)
np2 = copy.deepcopy(np_)
print(np2, type(np2).__name__, np2.a is not np_.a)
dd = defaultdict(list, {"x": [1]})
dd2 = copy.deepcopy(dd)
dd2["y"].append(2)
print(dd2, dd)
print(copy.copy(OrderedDict(a=1, b=2)), copy.deepcopy(deque([1, [2]], maxlen=5)), copy.copy(Counter("aab")))
class Slotted:
    def __init__(self):
        self.a = {"n": 1}
sl = copy.deepcopy(Slotted())
print(sl.a)
