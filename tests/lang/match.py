# The match statement (PEP 634): every kind of pattern, guards, errors.
from dataclasses import dataclass

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [] :
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest] if first == "cmd":
            return f"cmd {rest}"
        case [_, _, *mid, last]:
            return f"long mid={mid} last={last}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others}:
            return f"typed {t} {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diag {x}"
        case Point(x=px) as p:
            return f"point {px} {p.y}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case _:
            return "other"

for v in [0, 2, -1, "hello", None, True, [], [5], (1, 2), ["cmd", 1, 2], [1, 2, 3, 4, 5],
          {"type": "circle", "r": 3}, {"type": "sq", "a": 1, "b": 2}, Point(0, 0), Point(0, 5),
          Point(3, 3), Point(1, 2), 500, 7, 2.5, "abc", {1, 2}, "xy", b"ab", range(2)]:
    print(describe(v))

match (1, 2):
    case (a, b):
        print("tuple", a, b)

match 42:
    case x:
        print("captured", x)

import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2

for c in [Color.RED, Color.GREEN]:
    match c:
        case Color.RED:
            print("red!")
        case Color.GREEN:
            print("green!")

@dataclass
class Move:
    dx: int
    dy: int

match Move(1, 2):
    case Move(dx, dy=2):
        print("move", dx)

def loop():
    for i in range(5):
        match i:
            case 1:
                continue
            case 3:
                break
            case _:
                pass
        print("i", i)
loop()

match 1, 2, 3:
    case 1, *rest:
        print("rest", rest)

match {"a": 1}:
    case {"a": 1 | 2 as v}:
        print("v", v)

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)

match = 5
print(match)
def match(x): return x * 2
print(match(4))
case = 3
print(case)

from collections import defaultdict, OrderedDict

match True:
    case 1:
        print("True matches 1")
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")
match 1.0:
    case 1:
        print("1.0 matches 1")

dd = defaultdict(list)
dd["a"] = 1
match dd:
    case {"b": _}:
        print("wrong")
    case {"a": v}:
        print("defaultdict", v, sorted(dd))

match OrderedDict(x=1, y=2):
    case {"x": 1, **rest}:
        print("rest", rest)

class A:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1
try:
    match A():
        case A(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

class B:
    __match_args__ = ["a"]
try:
    match B():
        case B(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

class C:
    pass
match C():
    case C(missing=1):
        print("wrong")
    case C():
        print("plain C")

def guarded(x):
    match x:
        case [a, b] if (s := a + b) > 10:
            return f"big {s}"
        case [a, b]:
            return f"small {a} {b}"
    return "none"
print(guarded([5, 6]), guarded([1, 2]), guarded("ab"), guarded({"a": 1}))

def closure(v):
    match v:
        case (x, y):
            return lambda: x * y
print(closure((3, 4))())

def gen(items):
    for it in items:
        match it:
            case int(n):
                yield n * 10
            case str() as s:
                yield s.upper()
print(list(gen([1, "a", 2.5, 3])))

class K:
    match 3:
        case n:
            attr = n * 2
print(K.attr)

match "abc":
    case [*_]:
        print("wrong: str is not a sequence")
    case str(x):
        print("str", x)

match {"k": [1, {"z": (2, 3)}]}:
    case {"k": [1, {"z": (2, w)}]}:
        print("deep", w)

match [1, 2, 3, 4]:
    case [1, *mid, 4]:
        print("mid", mid)
match (1,):
    case (*all_,):
        print("all", all_)

x = 5
match x:
    case 1 | 2:
        print("no")
    case 4 | 5 | 6 if x > 4:
        print("or with guard")

match -3:
    case -3:
        print("neg literal")

match 0.5:
    case 0.5:
        print("float lit")

match "a":
    case "a" "b":
        print("no")
    case "a":
        print("implicit concat ok")

match None:
    case None:
        print("none pattern")

match [True, False, None]:
    case [True, False, None]:
        print("singletons")

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
match Point(1, 2):
    case Point(x=1, y=yy):
        print("kw only", yy)

subject = [1, 2]
match subject:
    case [subject, other]:
        print("rebind", subject, other)

match (1, 2):
    case [a, b] | (b, a, _):
        print("or seq", a, b)

match {}:
    case {}:
        print("empty mapping matches any dict")
match {"a": 1}:
    case {}:
        print("also nonempty")

match 5:
    case int(x) if x > 3:
        print("int guard", x)
match range(3):
    case [0, 1, 2]:
        print("range is a sequence")

import asyncio
from collections import namedtuple
from dataclasses import dataclass

P = namedtuple("P", "x y")
match P(1, 2):
    case P(x, y):
        print("namedtuple", x, y)
match P(3, 4):
    case (a, b):
        print("as sequence", a, b)

@dataclass
class Node:
    value: int
    children: list

def total(n):
    match n:
        case Node(value=v, children=[]):
            return v
        case Node(v, [*kids]):
            return v + sum(total(k) for k in kids)

print(total(Node(1, [Node(2, []), Node(3, [Node(4, [])])])))

async def handle(msg):
    match msg:
        case {"op": "sleep", "t": t} if await asyncio.sleep(0, result=True):
            return f"slept {t}"
        case {"op": op}:
            return f"unknown {op}"

async def main():
    print(await handle({"op": "sleep", "t": 1}), await handle({"op": "x"}))
asyncio.run(main())

def gen(events):
    for e in events:
        match e:
            case ("key", k) if k.isalpha():
                yield k.upper()
            case ("key", _):
                continue
            case ("quit",):
                return
            case _:
                yield "?"
print(list(gen([("key", "a"), ("key", "1"), ("mouse",), ("key", "b"), ("quit",), ("key", "c")])))
