# dataclasses: @dataclass options, field(), fields/asdict/astuple/replace
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, MISSING, make_dataclass)
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p.x, p.y)
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__doc__, Point.__hash__ is None, Point.__match_args__)
print([f.name for f in fields(Point)], fields(p)[1].default)
print(fields(Point)[0].default is MISSING, fields(Point)[0].type is int)
print(asdict(p), astuple(p), replace(p, y=10), p)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(5), is_dataclass(int))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
p.x = 99
print(p)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    computed: int = field(init=False, default=7)

    def add(self, item):
        self.items.append(item)
        self.count += 1

a = Inventory("a")
b = Inventory("a")
a.add("x")
print(a, b, a.items is b.items, a.count, a.computed)
print(Inventory("z", secret="1") == Inventory("z", secret="2"))
print(Inventory.__doc__)
try:
    Inventory("z", computed=1)
except TypeError as e:
    print("TypeError", e)
try:
    replace(a, computed=1)
except ValueError as e:
    print("ValueError", e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "x"

fr = Frozen(1)
print(fr, hash(fr) == hash(Frozen(1)), fr == Frozen(1), {fr: 1}[Frozen(1, "x")])
try:
    fr.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del fr.b
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    fr.new = 1
except AttributeError as e:
    print("AttributeError", type(e).__name__, e)
print(replace(fr, b="y"), isinstance(FrozenInstanceError(), AttributeError))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(2, 1), Version(1, 5, "b"), Version(1, 5, "a"), Version(1, 0)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1))
try:
    Version(1) < 5
except TypeError:
    print("TypeError on < with int")


@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(default=None, hash=False)

print(hash(Hashable(3)) == hash(Hashable(3, [1])), Hashable(3) == Hashable(3))


@dataclass(eq=False)
class NoEq:
    a: int

n1, n2 = NoEq(1), NoEq(1)
print(n1 == n2, n1 == n1, NoEq.__hash__ is not None, repr(n1))


@dataclass(repr=False, init=False)
class Custom:
    a: int = 3

    def __repr__(self):
        return "Custom!"

print(Custom(), Custom().a)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10

d = Derived()
print(d, Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass
class PostInit:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2

print(PostInit(4))


@dataclass
class Nested:
    p: Point
    tags: list
    meta: dict

nest = Nested(Point(1, 2), [Point(3, 4), 5], {"k": Point(6, 7)})
print(asdict(nest))
print(astuple(nest))
dn = asdict(nest)
dn["tags"].append(1)
print(nest.tags)


@dataclass
class KW:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 0

print(KW(1), KW(1, 2), KW(1, b=3, c=4))
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 2

print(AllKW(a=1))
try:
    AllKW(1)
except TypeError as e:
    print("TypeError", e)
try:
    AllKW()
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass
    class Mutable:
        a: list = []
except ValueError as e:
    print("ValueError", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)

try:
    fields(5)
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass(order=True)
    class HasLt:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)


@dataclass
class WithClassAttr:
    a: int
    counter = 0

print(WithClassAttr(1), [f.name for f in fields(WithClassAttr)], WithClassAttr.counter)


@dataclass
class Empty:
    pass

print(Empty(), Empty() == Empty(), fields(Empty))

Dyn = make_dataclass("Dyn", [("x", int), ("y", int, field(default=5))])
print(Dyn(1), Dyn(1, 2) == Dyn(1, 2))


@dataclass
class Tree:
    val: int
    children: list = field(default_factory=list)

t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))
