# pprint of nested structures: indentation of nested dicts, lists and tuples
# at several widths and indents, depth limits ("..."), recursive structures
# (the "<Recursion on ...>" marker, with the id masked), dataclasses (the
# generated repr is expanded field by field; a custom repr, repr=False and
# field(repr=False) are honoured; recursion inside shows "..."), the
# collections types (OrderedDict, defaultdict, Counter, ChainMap, deque with
# and without maxlen, UserDict, UserList, UserString), SimpleNamespace and a
# subclass, subclasses of list/dict with and without their own __repr__, and
# PrettyPrinter subclasses overriding format() or pformat(), and a printer
# registered for a class of our own in PrettyPrinter._dispatch.
import pprint
import types
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque
from dataclasses import dataclass, field


def masked(obj, **kw):
    """pformat with every id() of a container in obj replaced by ID."""
    text = pprint.pformat(obj, **kw)
    seen = set()

    def walk(o):
        if id(o) in seen:
            return
        seen.add(id(o))
        for kid in (o.values() if isinstance(o, dict) else o if isinstance(o, (list, tuple)) else ()):
            walk(kid)
    walk(obj)
    for i in seen:
        text = text.replace("id=%d>" % i, "id=ID>")
    return text


print("--- nesting")
tree = {
    "name": "root",
    "children": [
        {"name": "left", "children": [], "tags": ("a", "b")},
        {"name": "right", "children": [{"name": "leaf", "value": list(range(12))}], "tags": ("c",)},
    ],
    "meta": {"created": (2024, 1, 31), "owner": {"first": "Ada", "last": "Lovelace"}},
}
for w in (120, 80, 60, 40, 20):
    print("width", w)
    pprint.pprint(tree, width=w)
pprint.pprint(tree, indent=3, width=50)
pprint.pprint(tree, indent=0, width=50)
pprint.pprint(tree, width=50, compact=True)
pprint.pprint(tree, width=50, sort_dicts=False)
pprint.pprint([[[[[1, 2, 3]]]], [[["deep", "er"]]]], width=10)
pprint.pprint((((1,),),), width=3)
pprint.pprint([(1, [2, (3, {4: [5]})])], width=8)
pprint.pprint({"k": {"k": {"k": {"k": "v" * 40}}}}, width=30)
pprint.pprint([{"a": 1, "b": 2}] * 3, width=20, compact=True)
pprint.pprint([list(range(15)), list(range(15))], width=30, compact=True, indent=2)

print("--- depth")
for dep in (1, 2, 3, 4):
    print("depth", dep)
    pprint.pprint(tree, depth=dep)
    pprint.pprint(tree, depth=dep, width=40)
pprint.pprint([1, [2, [3, [4, [5]]]]], depth=3)
pprint.pprint((1, (2, (3, (4,)))), depth=2)
pprint.pprint([1, (2,), {3: 4}, [], {}, ()], depth=1)
pprint.pprint({"a": [], "b": {}, "c": [1]}, depth=1)
print(pprint.PrettyPrinter(depth=2).pformat([[[1]], {"x": {"y": 1}}]))
print(pprint.saferepr([[[1]]]), pprint.isreadable([[[1]]]))
pp2 = pprint.PrettyPrinter(depth=1)
print(pp2.isreadable([[1]]), pp2.isreadable([1]), pp2.isrecursive([[1]]))

print("--- recursion")
lst = [1, 2]
lst.append(lst)
print(masked(lst))
print(masked(lst, width=5))
d = {"a": 1}
d["self"] = d
print(masked(d))
print(masked(d, width=10))
t = ([],)
t[0].append(t)
print(masked(t))
print(masked([lst, lst], width=20))
print(masked([lst, d, t], width=30, depth=2))
print(pprint.isrecursive(lst), pprint.isreadable(lst), pprint.isrecursive([lst]), pprint.isrecursive([[1], [1]]))
print(pprint.isrecursive(d), pprint.isreadable(d), pprint.isrecursive(t))
shared = [1, 2, 3]
pprint.pprint([shared, shared, {"again": shared}], width=20)
print(pprint.isrecursive([shared, shared]))

print("--- dataclasses")


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    name: str
    start: Point
    end: Point
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)


@dataclass(repr=False)
class NoRepr:
    a: int


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "Custom<%d>" % self.a


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = None


line = Line("diagonal", Point(0, 0), Point(100, 100), ["long", "tag", "list", "here"] * 3)
pprint.pprint(Point(1, 2))
pprint.pprint(line)
pprint.pprint(line, width=40)
pprint.pprint(line, width=40, indent=4)
pprint.pprint([line], width=50)
pprint.pprint({"line": line}, width=50, depth=2)
pprint.pprint(line, depth=1, width=30)
pprint.pprint([Custom(1)] * 12, width=30)
# repr=False leaves object's repr (it holds an address): printed as is, unexpanded
print(pprint.pformat(NoRepr(1), width=5).startswith("<"), pprint.isreadable(NoRepr(1)))
print(pprint.isreadable(Point(1, 2)), pprint.saferepr(Point(1, 2)))
root = Node(0)
kid = Node(1, parent=root)
root.children.append(kid)
root.children.append(Node(2, [Node(3)], root))
pprint.pprint(root, width=40)
pprint.pprint(root, width=200)
pprint.pprint(Point, width=5)
pprint.pprint([Point(1e100, 2.5), Point(-1e20, None)], width=20)

print("--- collections")
od = OrderedDict([("z", 1), ("a", [1, 2, 3]), ("m", "text " * 10)])
pprint.pprint(od)
pprint.pprint(od, width=40)
pprint.pprint(OrderedDict(), width=1)
pprint.pprint(OrderedDict(b=1, a=2), width=1)
dd = defaultdict(list, {"x": [1, 2], "b": list(range(20)), "a": []})
pprint.pprint(dd)
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int), width=1)
pprint.pprint(defaultdict(None, {1: 2, 0: 3}), width=5)
c = Counter("abracadabra alakazam")
pprint.pprint(c)
pprint.pprint(c, width=40)
pprint.pprint(c, width=40, indent=3)
pprint.pprint(Counter(), width=1)
cm = ChainMap({"a": 1, "b": 2}, {"b": 3, "c": [4] * 10}, {})
pprint.pprint(cm)
pprint.pprint(cm, width=30)
pprint.pprint(ChainMap(), width=1)
pprint.pprint(ChainMap({"only": "map" * 20}), width=30)
dq = deque(range(30))
pprint.pprint(dq)
pprint.pprint(dq, width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40, compact=True)
pprint.pprint(deque(["x" * 30, "y" * 30], maxlen=5), width=40)
pprint.pprint(deque(), width=1)
pprint.pprint(deque(maxlen=3), width=1)
pprint.pprint(UserDict({"b": list(range(30)), "a": 1}))
pprint.pprint(UserList([list(range(20)), "x" * 60]))
pprint.pprint(UserString("word " * 30))
pprint.pprint([UserString("word " * 30)], width=40)
pprint.pprint({"ordered": od, "counter": c, "deque": dq}, width=60)

print("--- SimpleNamespace")
ns = types.SimpleNamespace(alpha=1, beta=[1, 2, 3] * 5, gamma={"k": "v" * 30}, delta="text")
pprint.pprint(ns)
pprint.pprint(ns, width=40)
pprint.pprint(types.SimpleNamespace(), width=1)
pprint.pprint(types.SimpleNamespace(inner=types.SimpleNamespace(a=1, b="b" * 50)), width=40)


class Config(types.SimpleNamespace):
    pass


pprint.pprint(Config(host="localhost", port=8080, options={"debug": True, "paths": ["/a", "/b"] * 5}), width=40)

print("--- subclasses of builtins")


class MyList(list):
    pass


class ReprList(list):
    def __repr__(self):
        return "ReprList(%d items)" % len(self)


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


pprint.pprint(MyList(range(30)), width=30)
pprint.pprint(ReprList(range(30)), width=10)
pprint.pprint(MyDict({"b": 1, "a": list(range(20))}), width=40)
pprint.pprint(MyTuple(range(20)), width=30)
pprint.pprint([MyList([1, 2]), MyDict(a=1)])
print(pprint.saferepr(MyList([3, 2])), pprint.saferepr(ReprList([1])))

print("--- PrettyPrinter subclasses")


class HexPrinter(pprint.PrettyPrinter):
    """Prints ints in hex; everything else as usual."""

    def format(self, object, context, maxlevels, level):
        if isinstance(object, int) and not isinstance(object, bool):
            return hex(object), True, False
        return super().format(object, context, maxlevels, level)


hp = HexPrinter(width=30)
hp.pprint(list(range(250, 262)))
hp.pprint({"a": 255, "b": [4096, True, {"c": 65535}]})
print(hp.pformat((10, 11)), hp.isreadable([1, 2]), hp.isrecursive([1]))


class ShortStrings(pprint.PrettyPrinter):
    """Truncates long strings and marks them unreadable."""

    def format(self, object, context, maxlevels, level):
        if isinstance(object, str) and len(object) > 8:
            return repr(object[:8]) + "...", False, False
        return pprint.PrettyPrinter.format(self, object, context, maxlevels, level)


sp = ShortStrings(width=40)
sp.pprint(["short", "a much longer string", {"key-that-is-long": "value-that-is-long"}])
print(sp.isreadable(["short"]), sp.isreadable(["a much longer string"]))


class Upper(pprint.PrettyPrinter):
    def pformat(self, object):
        return super().pformat(object).upper()


print(Upper(width=20).pformat({"abc": ["def", "ghi", "jkl"]}))


class Bag:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return "Bag(%r)" % (self.items,)


def _pprint_bag(printer, object, stream, indent, allowance, context, level):
    stream.write("Bag(")
    printer._format(object.items, stream, indent + 4, allowance + 1, context, level)
    stream.write(")")


pprint.PrettyPrinter._dispatch[Bag.__repr__] = _pprint_bag
pprint.pprint(Bag(list(range(20))), width=30)
pprint.pprint({"bag": Bag(["x" * 10] * 3)}, width=30)
pprint.pprint(Bag([1, 2]))
