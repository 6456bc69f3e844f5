# dataclasses: ClassVar and InitVar annotations are not fields
import typing
from typing import ClassVar
from dataclasses import dataclass, field, fields, InitVar, asdict, astuple, replace


@dataclass
class P:
    x: int
    count: ClassVar[int] = 0


print(P(1), P.count, [f.name for f in fields(P)])


@dataclass
class Q:
    a: typing.ClassVar[int] = 5
    b: int
    c: ClassVar = "plain"
    d: "ClassVar[str]" = "s"
    e: "typing.ClassVar[int]" = 7
    g: int = 3


q = Q(2)
print(q, Q.a, Q.c, Q.d, Q.e, [f.name for f in fields(Q)], asdict(q), astuple(q))
print(Q.__dataclass_fields__["a"]._field_type, Q.__dataclass_fields__["d"]._field_type)
print(sorted(Q.__dataclass_fields__))


@dataclass
class Counter:
    instances: ClassVar[int] = 0
    name: str

    def __post_init__(self):
        Counter.instances += 1


Counter("a"), Counter("b")
print(Counter.instances, Counter("c"), Counter.instances)


@dataclass
class R:
    x: int
    scale: InitVar[int] = 2
    y: int = 0

    def __post_init__(self, scale):
        self.y = self.x * scale


r = R(3)
print(r, R(3, 5), [f.name for f in fields(R)], R.__dataclass_fields__["scale"]._field_type)
print(replace(r, x=4, scale=10))


@dataclass
class S:
    base: InitVar[int]
    total: int = field(init=False)
    tag: "InitVar[str]" = "t"

    def __post_init__(self, base, tag):
        self.total = base * 2
        self.tag_seen = tag


s = S(21)
print(s, s.total, s.tag_seen, [f.name for f in fields(S)])


@dataclass(frozen=True, order=True)
class F:
    LIMIT: ClassVar[int] = 10
    v: int


print(F(1) < F(2), F(3), hash(F(3)) == hash(F(3)), F.LIMIT)
try:
    @dataclass
    class Bad:
        c: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError:", e)
