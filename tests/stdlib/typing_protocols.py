# typing.Protocol with @runtime_checkable: structural isinstance/issubclass;
# type.__instancecheck__ for metaclasses; subclassing a NamedTuple class.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
@runtime_checkable
class Sized2(Protocol):
    size: int
    def area(self): ...
class Box:
    size = 3
    def area(self): return 9
class NoSize:
    def area(self): return 1
print(isinstance(File(), Closer), isinstance(1, Closer), isinstance(Box(), Sized2), isinstance(NoSize(), Sized2))
print(issubclass(File, Closer), issubclass(int, Closer))
class Plain(Protocol):
    def go(self): ...
try: isinstance(File(), Plain)
except TypeError as e: print(e)
class Impl(Plain):
    def go(self): return "went"
print(Impl().go())
class M(type):
    def __instancecheck__(cls, obj):
        return type.__instancecheck__(cls, obj) or obj == "yes"
class A(metaclass=M): pass
class B(A): pass
print(isinstance(B(), A), isinstance("yes", A), isinstance(1, A), issubclass(B, A))
from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int
class Point3(Point):
    def total(self):
        return self.x + self.y
p = Point3(1, 2)
print(p, p.total())
import asyncio
from typing import NamedTuple
class Msg(NamedTuple):
    kind: str
    payload: object = None
async def consumer(q):
    match await q.get():
        case Msg(kind, payload):
            print(kind, payload)
async def main():
    print(Msg.__match_args__)
    q = asyncio.Queue()
    q.put_nowait(Msg("DATA", 1))
    await consumer(q)
asyncio.run(main())
